import { accessToken81, basic81, jwt81, mapbox81, password81, plainPassword81, refreshToken81, sendgrid81, sessionCookie81, twilio81 } from './blind-set-81-creds';
import { card81, cvc81, iban81, person81 } from './blind-set-81-people';
import type { Rng81 } from './blind-set-81-rng';
import type { Template81 } from './blind-set-81-types';

const HOSTS = ['api.fernway.app', 'ios.kestrelpay.io', 'api.tidebook.com', 'gw.lumora.app', 'api.parcelnest.eu'];
const APPS = ['Fernway', 'Kestrel', 'Tidebook', 'Lumora', 'ParcelNest'];

/** An os_log / NSLog style line prefix for an iOS app process. */
export function oslog81(r: Rng81, app: string): (msg: string) => string {
  const pid = r.int(300, 9000);
  const tid = r.int(10000, 990000);
  let us = r.int(0, 80_000_000_000);
  return (msg: string) => {
    us += r.int(100, 90000);
    const t = new Date(us / 1000).toISOString().slice(11, 19);
    return `2026-12-06 ${t}.${String(us % 1000000).padStart(6, '0')}+0100 ${app}[${pid}:${tid}] ${msg}`;
  };
}

/** iOS app templates: Alamofire cURL, URLSession logs, Swift dump/print, Keychain and UserDefaults dumps, NSError. */
export const IOS81: [string, Template81][] = [
  ['alamofire-curl-login', (r, b) => {
    const u = person81(r);
    const app = r.pick(APPS);
    const pw = password81(r);
    b.c('password', pw);
    const ck = sessionCookie81(r);
    return `$ curl -v \\
\t-X POST \\
\t-b "${ck.name}=${b.c('session-cookie', ck.value)}" \\
\t-H "Accept-Encoding: br;q=1.0, gzip;q=0.9, deflate;q=0.8" \\
\t-H "Accept-Language: en-US;q=1.0, de-US;q=0.9" \\
\t-H "Content-Type: application/json" \\
\t-H "User-Agent: ${app}/${r.int(2, 9)}.${r.int(0, 20)}.${r.int(0, 9)} (com.${app.toLowerCase()}.ios; build:${r.int(100, 9000)}; iOS 17.${r.int(0, 6)}.${r.int(0, 2)}) Alamofire/5.${r.int(6, 9)}.${r.int(0, 4)}" \\
\t-d "{\\"password\\":\\"${pw}\\",\\"username\\":\\"${b.p('email', u.email)}\\"}" \\
\t"https://${r.pick(HOSTS)}/v2/session"`;
  }],
  ['alamofire-curl-bearer', (r, b) => {
    const u = person81(r);
    const app = r.pick(APPS);
    const ck = sessionCookie81(r);
    return `${app}[${r.int(300, 9000)}:${r.int(10000, 99999)}] [Network] request failed (-1009), replay with:
$ curl -v \\
\t-X PATCH \\
\t-b "${ck.name}=${b.c('session-cookie', ck.value)}" \\
\t-H "Authorization: Bearer ${b.c('jwt', jwt81(r))}" \\
\t-H "Content-Type: application/json" \\
\t-H "X-Client-Trace: ${r.hex(16)}" \\
\t-d "{\\"phone\\":\\"${b.p('phone', u.phone)}\\",\\"address\\":{\\"street\\":\\"${b.p('street-address', u.street)}\\",\\"city\\":\\"${u.city}\\",\\"zip\\":\\"${u.zip}\\"},\\"birthday\\":\\"${b.p('birth-date', u.birth)}\\"}" \\
\t"https://${r.pick(HOSTS)}/v1/users/me"`;
  }],
  ['urlsession-oslog', (r, b) => {
    const app = r.pick(APPS);
    const L = oslog81(r, app);
    const tw = twilio81(r);
    const basic = basic81(r, tw.sid);
    b.c('basic-auth', basic.header);
    return [
      L(`[API] Request: POST https://api.twilio.com/2010-04-01/Accounts/${tw.sid}/Verify/Services.json`),
      L(`[API] headers: ["Content-Type": "application/x-www-form-urlencoded", "Authorization": "Basic ${basic.header}", "Accept": "application/json"]`),
      L(`[API] Config loaded: TwilioConfig(accountSid: "${tw.sid}", authToken: "${b.c('twilio-auth-token', tw.token)}", verifySid: "VA${r.hex(32)}")`),
      L(`[API] Response 401 in ${r.int(100, 2000)} ms`),
    ].join('\n');
  }],
  ['swift-dump-profile', (r, b) => {
    const u = person81(r);
    const app = r.pick(APPS);
    const y = Number(u.birth.slice(0, 4));
    return `▿ ${app}.UserProfile
  - id: "${r.uuid().toUpperCase()}"
  - firstName: "${u.first}"
  - lastName: "${u.last}"
  - displayName: "${b.p('person-name', u.full)}"
  - email: "${b.p('email', u.email)}"
  ▿ phone: Optional("${b.p('phone', u.phone)}")
    - some: "${u.phone}"
  ▿ birthDate: ${b.p('birth-date', u.birth)} 00:00:00 +0000
    - timeIntervalSinceReferenceDate: ${((y - 2001) * 31557600 + r.int(0, 31557600)).toFixed(1)}
  ▿ homeAddress: ${app}.PostalAddress
    - street: "${b.p('street-address', u.street)}"
    - city: "${u.city}"
    - postalCode: "${u.zip}"
    - isoCountryCode: "${u.country}"
  - payoutIBAN: "${b.f('iban', iban81(r))}"
  - sessionToken: "${b.c('bearer-token', accessToken81(r))}"
  - marketingConsent: false
  - loyaltyTier: ${app}.Tier.silver`;
  }],
  ['swift-print-credentials', (r, b) => {
    const app = r.pick(APPS);
    const L = oslog81(r, app);
    return [
      L(`AuthService: token refresh succeeded -> Credentials(accessToken: "${b.c('jwt', jwt81(r))}", tokenType: "Bearer", expiresIn: ${r.pick([900, 3600, 86400])}, refreshToken: Optional("${b.c('refresh-token', refreshToken81(r))}"), idToken: Optional("${b.c('jwt', jwt81(r, 'id'))}"), scope: Optional("openid profile email offline_access"))`),
      L(`AuthService: scheduling next refresh in ${r.int(100, 3500)}s`),
    ].join('\n');
  }],
  ['keychain-dump', (r, b) => {
    const u = person81(r);
    const app = r.pick(APPS).toLowerCase();
    const item = (svc: string, acct: string, data: string) => `Generic Password
----------------
Service: ${svc}
Account: ${acct}
Entitlement Group: ${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10)}.com.${app}.ios
Label: (null)
Accessible Attribute: kSecAttrAccessibleAfterFirstUnlock, protection level 4
Description: (null)
Comment: (null)
Synchronizable: 0
Generic Field: (null)
Keychain Data: ${data}
`;
    return [item(`com.${app}.auth`, b.p('email', u.email), b.c('refresh-token', refreshToken81(r))), item(`com.${app}.login`, u.email, b.c('password', plainPassword81(r))), item(`com.${app}.mapbox`, 'default', b.c('mapbox-secret', mapbox81(r, 'sk')))].join('\n');
  }],
  ['userdefaults-read', (r, b) => {
    const u = person81(r);
    const app = r.pick(APPS).toLowerCase();
    return `$ xcrun simctl spawn booted defaults read com.${app}.ios
{
    AppleLanguages =     (
        "en-US"
    );
    "auth.accessToken" = "${b.c('jwt', jwt81(r))}";
    "auth.userEmail" = "${b.p('email', u.email)}";
    "checkout.lastIBAN" = "${b.f('iban', iban81(r))}";
    "profile.fullName" = "${b.p('person-name', u.full)}";
    "profile.mobile" = "${b.p('phone', u.phone)}";
    launchCount = ${r.int(2, 900)};
    onboardingVersion = ${r.int(1, 6)};
}`;
  }],
  ['nserror-url-token', (r, b) => {
    const h = r.pick(HOSTS);
    const tok = b.c('bearer-token', accessToken81(r));
    const u = person81(r);
    const url = `https://${h}/v2/receipts/download?token=${tok}&email=${u.email}`;
    b.p('email', u.email);
    return `Task <${r.uuid().toUpperCase()}>.<${r.int(1, 40)}> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 "The request timed out." UserInfo={_kCFStreamErrorCodeKey=-2102, NSUnderlyingError=0x600003${r.hex(6)} {Error Domain=kCFErrorDomainCFNetwork Code=-1001 "(null)" UserInfo={_kCFStreamErrorCodeKey=-2102, _kCFStreamErrorDomainKey=4}}, _NSURLErrorFailingURLSessionTaskErrorKey=LocalDataTask <${r.uuid().toUpperCase()}>.<1>, NSLocalizedDescription=The request timed out., NSErrorFailingURLStringKey=${url}, NSErrorFailingURLKey=${url}, _kCFStreamErrorDomainKey=4}`;
  }],
  ['sendgrid-debug-print', (r, b) => {
    const u = person81(r);
    const app = r.pick(APPS);
    const L = oslog81(r, app);
    return [
      L(`[Support] sending ticket via SendGrid, key=${b.c('sendgrid-key', sendgrid81(r))}`),
      L(`[Support] SupportTicket(from: "${b.p('email', u.email)}", name: "${b.p('person-name', u.full)}", subject: "Refund for order", body: "Please refund to my card ${b.f('card', card81(r))}, CVV ${b.f('cvc', cvc81(r))}. Call me on ${b.p('phone', u.phone)}")`),
    ].join('\n');
  }],
  ['apple-pay-fallback', (r, b) => {
    const u = person81(r);
    const app = r.pick(APPS);
    const L = oslog81(r, app);
    return [
      L(`[Checkout] Apple Pay unavailable, manual entry: CardForm(number: "${b.f('card', card81(r))}", expiry: "${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}", cvc: "${b.f('cvc', cvc81(r))}", name: "${b.p('person-name', u.full)}", postalCode: "${u.zip}")`),
      L(`[Checkout] billing contact: CNPostalAddress street=${b.p('street-address', u.street)} city=${u.city} email=${b.p('email', u.email)}`),
      L(`[Checkout] headers ["Authorization": "Bearer ${b.c('jwt', jwt81(r))}", "Idempotency-Key": "${r.uuid()}"]`),
      L(`[Checkout] POST /v1/payment_intents/${'pi_' + r.b62(24)}/confirm -> 402 card_declined`),
    ].join('\n');
  }],
];
