import { B62, B64URL, DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';
import { crc62, ibanMod, luhnDigit } from './blind-set-56-check';

export { crc62, ibanMod, luhnDigit };

/** One planted value. */
export interface V56 {
  value: string;
  kind: string;
  group: string;
}

const FIRST = ['Amelia', 'Mateo', 'Priya', 'Lukas', 'Chloé', 'Oluwaseun', 'Haruto', 'Sofía', 'Declan', 'Ines', 'Rafael', 'Mei', 'Tobias', 'Aaliyah', 'Grzegorz', 'Nadia', 'Ewan', 'Camille', 'Kwame', 'Freya', 'Dmitri', 'Lucía', 'Siddharth', 'Maeve'];
const LAST = ['Okafor', 'Lindqvist', 'Ramanathan', 'Fitzgerald', 'Moreau', 'Nakamura', 'Castellanos', 'Brennan', 'Kowalczyk', 'Haddad', 'Oyelaran', 'Van der Berg', "O'Sullivan", 'Zhang', 'Abernathy', 'Delacroix', 'Schäfer', 'Mbeki', 'Thorsen', 'Albuquerque'];
const STREETS = ['Maple Avenue', 'Linden Street', 'Harbour Road', 'Elm Court', 'Kingsway', 'Rue de Rivoli', 'Calle de Alcalá', 'Sycamore Lane', 'Brunswick Terrace', 'Willow Drive'];
const CITIES = ['Portland, OR 97214', 'Austin, TX 78704', 'Leeds LS6 2AB', 'Columbus, OH 43215', 'Boulder, CO 80302', 'Raleigh, NC 27601', 'Madison, WI 53703'];
const MAIL = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'proton.me', 'web.de', 'hotmail.fr', 'fastmail.com'];

/** A case's random stream with generators that record each planted value. */
export class X56 {
  readonly vals: V56[] = [];
  constructor(readonly r: Rng9) {}
  private put(value: string, kind: string, group: string): string {
    this.vals.push({ value, kind, group });
    return value;
  }
  c(kind: string, value: string): string {
    return this.put(value, kind, 'credential');
  }
  p(kind: string, value: string): string {
    return this.put(value, kind, 'personal');
  }
  f(kind: string, value: string): string {
    return this.put(value, kind, 'financial');
  }
  // ---- unrecorded helpers
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  int(a: number, b: number): number {
    return this.r.int(a, b);
  }
  id(n = 12): string {
    return this.r.hex(n);
  }
  uuid(): string {
    return this.r.uuid();
  }
  ts(): string {
    return `2026-${String(this.int(1, 12)).padStart(2, '0')}-${String(this.int(10, 28))}T${String(this.int(10, 23))}:${String(this.int(10, 59))}:${String(this.int(10, 59))}.${this.r.digits(3)}Z`;
  }
  ip(): string {
    return `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
  }
  first(): string {
    return this.pick(FIRST);
  }
  last(): string {
    return this.pick(LAST);
  }
  // ---- credentials
  stripeSk(): string {
    return this.c('stripe_secret_key', this.pick(['sk_live_', 'rk_live_']) + (this.r.next() < 0.5 ? this.r.b62(24) : '51' + this.r.b62(97)));
  }
  whsec(): string {
    return this.c('stripe_webhook_secret', 'whsec_' + this.r.b62(32));
  }
  gh(): string {
    const body = this.r.b62(30);
    return this.c('github_token', this.pick(['ghp_', 'gho_', 'ghs_', 'ghu_', 'ghr_']) + body + crc62(body));
  }
  ghFine(): string {
    return this.c('github_fine_grained_pat', `github_pat_11${this.r.chars(UPPER + DIGITS, 20)}_${this.r.b62(59)}`);
  }
  npm(): string {
    const body = this.r.b62(30);
    return this.c('npm_token', 'npm_' + body + crc62(body));
  }
  slack(): string {
    return this.c('slack_token', `${this.pick(['xoxb', 'xoxp'])}-${this.r.digits(12)}-${this.r.digits(13)}-${this.r.b62(24)}`);
  }
  slackHook(): string {
    return this.c('slack_webhook', `https://hooks.slack.com/services/T${this.r.chars(UPPER + DIGITS, 10)}/B${this.r.chars(UPPER + DIGITS, 10)}/${this.r.b62(24)}`);
  }
  twilioTok(): string {
    return this.c('twilio_auth_token', this.r.hex(32));
  }
  twilioKey(): string {
    return this.c('twilio_api_key_secret', this.r.b62(32));
  }
  sendgrid(): string {
    return this.c('sendgrid_api_key', `SG.${this.r.chars(B64URL, 22)}.${this.r.chars(B64URL, 43)}`);
  }
  awsId(): string {
    return this.c('aws_access_key_id', 'AKIA' + this.r.chars(UPPER + '234567', 16));
  }
  awsSecret(): string {
    return this.c('aws_secret_access_key', this.r.chars(B62 + '/+', 40));
  }
  okta(): string {
    return this.c('okta_api_token', '00' + this.r.chars(B62 + '-_', 40));
  }
  auth0Secret(): string {
    return this.c('oauth_client_secret', this.r.chars(B62 + '-_', 64));
  }
  shopify(): string {
    return this.c('shopify_token', this.pick(['shpat_', 'shpca_', 'shppa_', 'shpss_']) + this.r.hex(32));
  }
  square(): string {
    return this.c('square_access_token', this.r.next() < 0.5 ? 'EAAA' + this.r.chars(B62 + '-_', 60) : 'sq0atp-' + this.r.chars(B62 + '-_', 22));
  }
  squareSecret(): string {
    return this.c('square_oauth_secret', 'sq0csp-' + this.r.chars(B62 + '-_', 43));
  }
  paypalSecret(): string {
    return this.c('paypal_client_secret', 'E' + this.r.chars(B62 + '-_', 79));
  }
  paypalToken(): string {
    return this.c('paypal_access_token', 'A21AA' + this.r.chars(B62 + '-_', 92));
  }
  sfToken(): string {
    return this.c('salesforce_access_token', `00D${this.r.chars(B62, 12)}!AQ${this.r.chars(B62, 2)}AR${this.r.chars(B62 + '._', 90)}`);
  }
  hubspot(): string {
    return this.c('hubspot_private_app_token', `pat-${this.pick(['na1', 'eu1', 'na2'])}-${this.r.uuid()}`);
  }
  adyen(): string {
    return this.c('adyen_api_key', `AQE${this.r.chars(B62, 40)}+${this.r.chars(B62, 20)}/${this.r.chars(B62, 30)}=-${this.r.chars(B62, 30)}=-${this.r.chars(B62 + '<>', 16)}`);
  }
  google(): string {
    return this.c('google_api_key', 'AIza' + this.r.chars(B62 + '-_', 35));
  }
  mailgun(): string {
    return this.c('mailgun_api_key', `key-${this.r.hex(32)}`);
  }
  openai(): string {
    return this.c('openai_api_key', `sk-proj-${this.r.chars(B62 + '-_', 74)}T3BlbkFJ${this.r.chars(B62 + '-_', 74)}`);
  }
  dd(): string {
    return this.c('datadog_api_key', this.r.hex(32));
  }
  pw(n = 16): string {
    return this.c('password', this.r.password(n));
  }
  urlPw(n = 16): string {
    return this.c('password', this.r.urlPassword(n));
  }
  hexSecret(n: number, kind = 'secret_key'): string {
    return this.c(kind, this.r.hex(n));
  }
  b64Secret(bytes: number, kind = 'secret_key'): string {
    return this.c(kind, this.r.b64(bytes));
  }
  djangoKey(): string {
    return this.c('django_secret_key', this.r.chars(LOWER + DIGITS + '!@#%^&*(-_=+)', 50));
  }
  jwt(): string {
    const h = Buffer.from(JSON.stringify({ alg: this.pick(['RS256', 'HS256', 'ES256']), typ: 'JWT', kid: this.r.hex(8) })).toString('base64url');
    const p = Buffer.from(JSON.stringify({ sub: `auth0|${this.r.hex(24)}`, aud: 'https://api.herald-int.example', iat: 1796000000 + this.int(0, 9e6), exp: 1797000000 + this.int(0, 9e6), scope: 'read:orders write:orders' })).toString('base64url');
    return this.c('jwt', `${h}.${p}.${this.r.b64url(this.pick([32, 256]))}`);
  }
  basic(user: string): string {
    return this.c('basic_auth', Buffer.from(`${user}:${this.r.password(14)}`).toString('base64'));
  }
  session(n = 32): string {
    return this.c('session_id', this.r.chars(LOWER + DIGITS, n));
  }
  azureKey(): string {
    return this.c('azure_storage_key', this.r.b64(64));
  }
  // ---- personal
  name(): string {
    return this.p('person_name', `${this.first()} ${this.last()}`);
  }
  email(full?: string): string {
    const n = (full ?? `${this.first()} ${this.last()}`).toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').split(' ');
    return this.p('email', `${n[0]}${this.pick(['.', '_', ''])}${n[n.length - 1]}${this.r.next() < 0.4 ? this.int(7, 99) : ''}@${this.pick(MAIL)}`);
  }
  phone(): string {
    const k = this.int(0, 2);
    if (k === 0) return this.p('phone', `+1${this.int(2, 9)}${this.r.digits(2)}${this.int(2, 9)}${this.r.digits(6)}`);
    if (k === 1) return this.p('phone', `+44 7${this.r.digits(3)} ${this.r.digits(6)}`);
    return this.p('phone', `(${this.int(2, 9)}${this.r.digits(2)}) ${this.int(2, 9)}${this.r.digits(2)}-${this.r.digits(4)}`);
  }
  street(): string {
    return this.p('street_address', `${this.int(12, 9870)} ${this.pick(STREETS)}`);
  }
  addr(): string {
    return this.p('postal_address', `${this.int(12, 9870)} ${this.pick(STREETS)}, ${this.pick(CITIES)}`);
  }
  dob(): string {
    return this.p('date_of_birth', `${this.int(1951, 2004)}-${String(this.int(1, 12)).padStart(2, '0')}-${String(this.int(10, 28))}`);
  }
  ssn(): string {
    let a = this.int(1, 899);
    if (a === 666) a = 667;
    return this.p('us_ssn', `${String(a).padStart(3, '0')}-${String(this.int(1, 99)).padStart(2, '0')}-${String(this.int(1, 9999)).padStart(4, '0')}`);
  }
  nino(): string {
    return this.p('uk_nino', `${this.r.chars('ABCEGHJKLMNPRSTWXYZ', 1)}${this.r.chars('ABCEGHJKLMNPRSTWXYZ', 1)}${this.r.digits(6)}${this.pick(['A', 'B', 'C', 'D'])}`);
  }
  cpf(): string {
    const d = this.r.digits(9).split('').map(Number);
    const chk = (ds: number[]) => ((ds.reduce((s, x, i) => s + x * (ds.length + 1 - i), 0) * 10) % 11) % 10;
    d.push(chk(d));
    d.push(chk(d));
    const s = d.join('');
    return this.p('br_cpf', `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`);
  }
  dni(): string {
    const n = this.int(10000000, 99999999);
    return this.p('es_dni', `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`);
  }
  // ---- financial
  card(): string {
    const pre = this.pick(['4', '51', '53', '55', '2221', '37', '34', '6011']);
    const len = pre === '37' || pre === '34' ? 15 : 16;
    const body = pre + this.r.digits(len - 1 - pre.length);
    const n = body + luhnDigit(body);
    const sep = this.pick(['', '', ' ', '-']);
    const out = len === 15 ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep) : (n.match(/.{4}/g) ?? []).join(sep);
    return this.f('card_number', out);
  }
  iban(): string {
    const [cc, bl] = this.pick([['DE', 18], ['FR', 23], ['NL', 14], ['ES', 20], ['GB', 18], ['IT', 23], ['BE', 12]] as const);
    let bban = this.r.digits(bl);
    if (cc === 'NL') bban = this.r.chars(UPPER, 4) + this.r.digits(10);
    if (cc === 'GB') bban = this.pick(['NWBK', 'BARC', 'MIDL', 'LOYD']) + this.r.digits(14);
    if (cc === 'IT') bban = this.r.chars(UPPER, 1) + this.r.digits(22);
    const m = ibanMod(`${cc}00${bban}`);
    return this.f('iban', `${cc}${String(98 - m).padStart(2, '0')}${bban}`);
  }
  aba(): string {
    const d = (this.pick(['0', '1', '2', '3']) + this.r.digits(7)).split('').map(Number);
    if (d[0] === 0 && d[1] === 0) d[1] = 1;
    const w = [3, 7, 1, 3, 7, 1, 3, 7];
    const s = d.reduce((a, x, i) => a + x * w[i]!, 0);
    return this.f('aba_routing', d.join('') + String((10 - (s % 10)) % 10));
  }
  acct(): string {
    return this.f('bank_account', `${this.int(1, 9)}${this.r.digits(this.int(8, 11))}`);
  }
}
