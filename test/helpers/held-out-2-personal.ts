import { grouped, type Rng } from './held-out-2-rng';
import type { PosTemplate } from './held-out-2-types';

const FIRST = ['maria', 'jonas', 'aisha', 'liam', 'sofia', 'kenji', 'olga', 'mateo', 'priya', 'noah', 'chloe', 'tomasz'];
const LAST = ['keller', 'okafor', 'nguyen', 'schmidt', 'rossi', 'haddad', 'lindqvist', 'moreau', 'sato', 'kowalski'];
const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'icloud.com', 'proton.me', 'fastmail.fm', 'brightpath-hq.io', 'mail.ru', 'orange.fr'];

/** A realistic personal email address (never a documentation domain). */
export function email(r: Rng): string {
  const f = r.pick(FIRST);
  const l = r.pick(LAST);
  const local = r.pick([`${f}.${l}`, `${f}${l[0]}${r.int(70, 99)}`, `${f[0]}.${l}+${r.pick(['orders', 'shop', 'news'])}`, `${l}_${f}`, `${f}-${l}${r.int(1, 9)}`]);
  return `${r.next() < 0.15 ? local[0]!.toUpperCase() + local.slice(1) : local}@${r.pick(DOMAINS)}`;
}

const PUBLIC_FIRST_OCTETS = [23, 31, 37, 46, 62, 77, 81, 85, 91, 94, 109, 151, 176, 178, 188, 212, 213, 217];
/** A public (globally routed, non-documentation) IPv4 address. */
export function publicIpv4(r: Rng): string {
  return `${r.pick(PUBLIC_FIRST_OCTETS)}.${r.int(1, 254)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
/** A public IPv6 address of a consumer ISP range (2a02::/16, 2600::/12 style). */
export function publicIpv6(r: Rng): string {
  const h = () => r.hex(4).replace(/^0+(?=.)/, '');
  const g = `${r.pick(['2a02', '2a01', '2600', '2001:16b8', '2003'])}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`.split(':').slice(0, 8);
  // Seven groups are written in the compressed form (`::` for one zero group), as logs print them.
  return g.length === 8 ? g.join(':') : `${g.slice(0, 2).join(':')}::${g.slice(2).join(':')}`;
}

const US_AREA = ['212', '312', '415', '617', '646', '718', '917', '206', '303', '512', '404', '702'];
/** A phone number: E.164 or national print form, never a fictional 555 or Ofcom drama number. */
export function phone(r: Rng, form: 'e164' | 'national' = r.pick(['e164', 'national'] as const)): string {
  const cc = r.pick(['US', 'UK', 'DE', 'FR', 'IN'] as const);
  const nxx = () => String(r.int(201, 998)).replace(/^555$/, '556');
  if (cc === 'US') {
    const [a, b, c] = [r.pick(US_AREA), nxx(), r.digits(4)];
    return form === 'e164' ? `+1${a}${b}${c}` : r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`]);
  }
  if (cc === 'UK') {
    const m = `7${r.int(4, 9)}${r.digits(8)}`;
    return form === 'e164' ? `+44${m}` : `0${m.slice(0, 4)} ${m.slice(4)}`;
  }
  if (cc === 'DE') {
    const m = `15${r.int(1, 9)}${r.digits(8)}`;
    return form === 'e164' ? `+49${m}` : `0${m.slice(0, 3)} ${m.slice(3)}`;
  }
  if (cc === 'FR') {
    const m = `${r.pick(['6', '7'])}${r.digits(8)}`;
    return form === 'e164' ? `+33${m}` : `0${m[0]} ${grouped(m.slice(1), 2)}`;
  }
  const m = `${r.pick(['98', '97', '99', '88'])}${r.digits(8)}`;
  return form === 'e164' ? `+91${m}` : `+91 ${m.slice(0, 5)} ${m.slice(5)}`;
}

/** A US SSN in a valid range (area not 000/666/9xx, group and serial non-zero). */
export function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

/** A UK National Insurance number with a valid prefix and suffix. */
export function nino(r: Rng, spaced: boolean): string {
  for (;;) {
    const p = r.pick('ABCEGHJKLMNOPRSTWXYZ'.split('')) + r.pick('ABCEGHJKLMNPRSTWXYZ'.split(''));
    if (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p)) continue;
    const d = r.digits(6);
    const s = r.pick(['A', 'B', 'C', 'D']);
    return spaced ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${p}${d}${s}`;
  }
}

const dob = (r: Rng) => ({ y: r.int(1948, 2006), m: r.int(1, 12), d: r.int(1, 28) });
const p2 = (n: number) => String(n).padStart(2, '0');

/** Personal-data positives: emails, phones, national ids, client IPs, dates of birth, addresses. */
export const PERSONAL: readonly PosTemplate[] = [
  [
    'email-json-field',
    (r) => {
      const e = email(r);
      return { text: `{"level":"error","msg":"charge failed","customer":{"id":"cus_${r.b62(14)}","email":"${e}"}}`, values: [e] };
    },
  ],
  [
    'email-smtp-bounce',
    (r) => {
      const e = email(r);
      return { text: `550 5.1.1 <${e}>: Recipient address rejected: User unknown in virtual mailbox table`, values: [e] };
    },
  ],
  [
    'email-display-name',
    (r) => {
      const e = email(r);
      return { text: `From: "${r.pick(FIRST)} ${r.pick(LAST)}" <${e}> — SendGrid event: dropped (Bounced Address)`, values: [e] };
    },
  ],
  [
    'email-query-encoded',
    (r) => {
      const e = email(r);
      const enc = encodeURIComponent(e);
      return { text: `GET /api/users/lookup?email=${enc}&include=orders HTTP/1.1" 404`, values: [enc] };
    },
  ],
  [
    'email-sql',
    (r) => {
      const e = email(r);
      return { text: `ERROR: duplicate key value violates unique constraint "users_email_key" DETAIL: Key (email)=(${e}) already exists.`, values: [e] };
    },
  ],
  [
    'phone-twilio-error',
    (r) => {
      const p = phone(r, 'e164');
      return { text: `TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number ${p} is not a valid phone number.`, values: [p] };
    },
  ],
  [
    'phone-json-national',
    (r) => {
      const p = phone(r, 'national');
      return { text: `{"shipping":{"name":"${r.pick(FIRST)} ${r.pick(LAST)}","phone":"${p}"}}`, values: [p] };
    },
  ],
  [
    'phone-camel-key',
    (r) => {
      const p = phone(r);
      return { text: `Validation failed for Customer: mobileNumber=${p}, reason=carrier lookup timeout`, values: [p] };
    },
  ],
  [
    'ssn-json',
    (r) => {
      const s = ssn(r);
      const b = dob(r);
      const d = `${b.y}-${p2(b.m)}-${p2(b.d)}`;
      return { text: `KYC provider rejected applicant: {"first_name":"${r.pick(FIRST)}","ssn":"${s}","dob":"${d}"}`, values: [s, d] };
    },
  ],
  [
    'ssn-undashed-key',
    (r) => {
      const s = ssn(r).replace(/-/g, '');
      return { text: `W-9 import row 42 failed: tin_type=SSN tin=${s} reason=name mismatch`, values: [s] };
    },
  ],
  [
    'nino-spaced',
    (r) => {
      const n = nino(r, true);
      return { text: `HMRC RTI submission error 5001 for employee NINO: ${n} (payroll run 2026-11)`, values: [n] };
    },
  ],
  [
    'nino-compact-key',
    (r) => {
      const n = nino(r, false);
      return { text: `"national_insurance_number": "${n}"`, values: [n] };
    },
  ],
  [
    'client-ipv4-access-log',
    (r) => {
      const ip = publicIpv4(r);
      return { text: `${ip} - - [03/Dec/2026:21:14:07 +0000] "POST /account/password HTTP/2.0" 500 231 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"`, values: [ip] };
    },
  ],
  [
    'client-ip-forwarded-for',
    (r) => {
      const ip = publicIpv4(r);
      return { text: `upstream timed out while reading response header, client: 10.2.0.14, request: "GET /checkout", x_forwarded_for: "${ip}, 10.2.0.14"`, values: [ip] };
    },
  ],
  [
    'client-ipv6-access-log',
    (r) => {
      const ip = publicIpv6(r);
      return { text: `{"remote_addr":"${ip}","method":"GET","path":"/me","status":401,"ua":"okhttp/4.12.0"}`, values: [ip] };
    },
  ],
  [
    'dob-key-iso',
    (r) => {
      const b = dob(r);
      const v = `${b.y}-${p2(b.m)}-${p2(b.d)}`;
      return { text: `patient record rejected: {"mrn":"${r.digits(8)}","date_of_birth":"${v}"}`, values: [v] };
    },
  ],
  [
    'dob-key-european',
    (r) => {
      const b = dob(r);
      const v = `${p2(b.d)}/${p2(b.m)}/${b.y}`;
      return { text: `birthDate=${v} failed age check (min 18)`, values: [v] };
    },
  ],
  [
    'address-key-json',
    (r) => {
      const v = `${r.int(2, 480)} ${r.pick(['Elm Street', 'Rue de la Paix', 'Königstraße', 'Maple Avenue', 'High Street'])}`;
      return { text: `AddressValidationError: {"address_line1":"${v}","city":"${r.pick(['Leeds', 'Lyon', 'Denver', 'Stuttgart'])}","postal_code":"${r.digits(5)}"}`, values: [v] };
    },
  ],
  [
    'address-camel-key',
    (r) => {
      const v = `${r.pick(['Flat', 'Apt'])} ${r.int(1, 40)}, ${r.int(2, 300)} ${r.pick(['Bishopsgate', 'Oak Lane', 'Sunset Blvd'])}`;
      return { text: `shipment.create failed: streetAddress='${v}' not deliverable`, values: [v] };
    },
  ],
  [
    'email-and-phone-pair',
    (r) => {
      const e = email(r);
      const p = phone(r, 'e164');
      return { text: `HubSpot contact upsert conflict: properties={email=${e}, phone=${p}, lifecyclestage=lead}`, values: [e, p] };
    },
  ],
  [
    'email-uppercase-log',
    (r) => {
      const e = email(r).toUpperCase();
      return { text: `AUTH FAILURE USER=${e} REASON=LOCKED_OUT ATTEMPTS=5`, values: [e] };
    },
  ],
  [
    // Moved from the negatives (issue-35): a Stripe customer id identifies a person in the shop's records.
    // Issue 13 (three blind sets call it a false alarm): it is redacted and reported, not counted as a leak,
    // so the case keeps its text (and the random stream) but no longer counts the id as a value.
    'stripe-customer-id',
    (r) => {
      const c = `cus_${r.b62(14)}`;
      return { text: `stripe: created ${r.pick(['pi_3', 'ch_3', 'in_1', 'sub_1'])}${r.b62(23)} for ${c} via pm_1${r.b62(23)} (req_${r.b62(14)})`, values: [] };
    },
  ],
  [
    'ip-in-audit-json-camel',
    (r) => {
      const ip = publicIpv4(r);
      return { text: `{"event":"login.failed","userId":"${r.digits(6)}","clientIp":"${ip}","geo":"DE"}`, values: [ip] };
    },
  ],
];
