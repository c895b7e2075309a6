import { B62, B64URL, DIGITS, LOWER, Rng9, UPPER } from './blind-set-9-rng';

/** One planted value: its text, kind and group. */
export interface Planted62 {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC32 of an ASCII string. */
export function crc32of62(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Base62 of a number, left-padded with zeros to six characters (GitHub/npm token checksum). */
export function b62pad6(n: number): string {
  let out = '';
  do {
    out = B62[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(6, '0');
}

/** Luhn check digit for a digit string. */
export function luhnDigit62(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Remainder mod 97 of an IBAN rearranged into digits. */
export function ibanMod62(iban: string): number {
  const r = iban.slice(4) + iban.slice(0, 4);
  let m = 0;
  for (const ch of r) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
}

const FIRST = ['Amara', 'Lukas', 'Siobhan', 'Mateus', 'Yuki', 'Olusegun', 'Ingrid', 'Rahul', 'Chiara', 'Dmitri', 'Fatima', 'Henrik', 'Mei-Ling', 'Tomasz', 'Aoife', 'Kwame', 'Valentina', 'Joaquín', 'Nguyen Van', 'Priyanka', 'Bartholomew', 'Zeynep', 'Émile', 'Thandiwe', 'Seo-yeon', 'Anneliese', 'Mohammed', 'Gabriela', 'Oskar', 'Leilani'];
const LAST = ['Okonkwo', 'Schneider', 'Fitzgerald', 'Albuquerque', 'Takahashi', 'Adeyemi', 'Lindqvist', 'Venkataraman', 'Bianchi', 'Sokolov', 'Haddad', 'Johansson', 'Nakashima', 'Wiśniewski', "O'Sullivan", 'Mensah', 'Rossi-Ferreira', 'Castañeda', 'Trần Thị', 'Raghunathan', 'Whitmore', 'Yılmaz', 'Lefèvre', 'Dlamini', 'Kovalenko', 'von Hohenberg', 'Al-Rashid', 'Moreno', 'Nieminen', 'Kealoha'];
const MAILDOM = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.co.uk', 'icloud.com', 'proton.me', 'gmx.de', 'web.de', 'orange.fr', 'libero.it', 'yahoo.co.jp', 'naver.com', 'mail.ru', 'aol.com', 'live.com', 'btinternet.com', 'free.fr', 't-online.de'];
const STREETS = ['Maple Avenue', 'Kastanienallee', 'Rue des Martyrs', 'Harbour View Road', 'Calle de Alcalá', 'Via Garibaldi', 'Prinsengracht', 'Elm Street', 'Queen Street West', 'Sunset Boulevard', 'Storgatan', 'Wilhelminastraat'];
const CITIES = ['Portland, OR 97214', '10437 Berlin', '75009 Paris', 'Cork T12 X8PK', '28014 Madrid', '20121 Milano', '1016 GV Amsterdam', 'Springfield, IL 62704', 'Toronto, ON M5V 2H1', 'Austin, TX 78704', '111 52 Stockholm', '3581 AB Utrecht'];
const PUBIP1 = [24, 31, 46, 62, 68, 73, 81, 84, 89, 94, 99, 109, 142, 151, 176, 185, 188, 195, 212, 217];

/** A case's value factory: every call plants one value and records it. */
export class Ctx62 {
  readonly vals: Planted62[] = [];
  constructor(readonly r: Rng9) {}

  /** Records a planted value and returns it. */
  put(kind: string, group: Planted62['group'], value: string): string {
    this.vals.push({ value, kind, group });
    return value;
  }
  /** Percent-encodes a text and the planted values inside it, so that the recorded values stay verbatim. */
  enc(text: string): string {
    for (const v of this.vals) if (text.includes(v.value) && encodeURIComponent(v.value) !== v.value) v.value = encodeURIComponent(v.value);
    return encodeURIComponent(text);
  }
  private cr(kind: string, v: string): string { return this.put(kind, 'credential', v); }
  private pe(kind: string, v: string): string { return this.put(kind, 'personal', v); }
  private fi(kind: string, v: string): string { return this.put(kind, 'financial', v); }
  private ghBody(prefix: string): string { const b = this.r.b62(30); return `${prefix}${b}${b62pad6(crc32of62(b))}`; }

  stripeSk(): string { return this.cr('stripe_secret', `sk_live_${this.r.b62(this.r.pick([24, 99]))}`); }
  stripeRk(): string { return this.cr('stripe_restricted', `rk_live_${this.r.b62(99)}`); }
  whsec(): string { return this.cr('stripe_webhook_secret', `whsec_${this.r.b62(32)}`); }
  ghp(): string { return this.cr('github_token', this.ghBody(this.r.pick(['ghp_', 'gho_', 'ghs_', 'ghu_']))); }
  ghFine(): string { return this.cr('github_fine_pat', `github_pat_11${this.r.chars(UPPER + DIGITS, 20)}_${this.r.b62(59)}`); }
  npm(): string { return this.cr('npm_token', this.ghBody('npm_')); }
  awsKey(): string { return this.cr('aws_access_key', this.r.pick(['AKIA', 'ASIA']) + this.r.chars(UPPER + '234567', 16)); }
  awsSecret(): string { return this.cr('aws_secret_key', this.r.chars(B62 + '+/', 40)); }
  slackBot(): string { return this.cr('slack_token', `${this.r.pick(['xoxb', 'xoxp'])}-${this.r.digits(12)}-${this.r.digits(13)}-${this.r.b62(24)}`); }
  slackHook(): string { return this.cr('slack_webhook', `https://hooks.slack.com/services/T${this.r.chars(UPPER + DIGITS, 10)}/B${this.r.chars(UPPER + DIGITS, 10)}/${this.r.b62(24)}`); }
  openai(): string { return this.cr('openai_key', `sk-proj-${this.r.chars(B64URL, 74)}T3BlbkFJ${this.r.chars(B64URL, 74)}`); }
  anthropic(): string { return this.cr('anthropic_key', `sk-ant-api03-${this.r.chars(B64URL, 93)}AA`); }
  sendgrid(): string { return this.cr('sendgrid_key', `SG.${this.r.chars(B64URL, 22)}.${this.r.chars(B64URL, 43)}`); }
  twilioToken(): string { return this.cr('twilio_auth_token', this.r.hex(32)); }
  mailgun(): string { return this.cr('mailgun_key', `key-${this.r.hex(32)}`); }
  shopify(): string { return this.cr('shopify_token', `${this.r.pick(['shpat_', 'shpca_', 'shpss_'])}${this.r.hex(32)}`); }
  square(): string { return this.cr('square_token', `EAAA${this.r.chars(B64URL, 60)}`); }
  ddApi(): string { return this.cr('datadog_api_key', this.r.hex(32)); }
  ddApp(): string { return this.cr('datadog_app_key', this.r.hex(40)); }
  hubspot(): string { return this.cr('hubspot_pat', `pat-${this.r.pick(['na1', 'eu1', 'na2'])}-${this.r.uuid()}`); }
  postman(): string { return this.cr('postman_key', `PMAK-${this.r.hex(24)}-${this.r.hex(34)}`); }
  gitlab(): string { return this.cr('gitlab_token', `glpat-${this.r.chars(B64URL, 20)}`); }
  azureKey(): string { return this.cr('azure_storage_key', this.r.b64(64)); }
  mailchimp(): string { return this.cr('mailchimp_key', `${this.r.hex(32)}-us${this.r.int(2, 21)}`); }
  docker(): string { return this.cr('docker_pat', `dckr_pat_${this.r.chars(B64URL, 27)}`); }
  pypi(): string { return this.cr('pypi_token', `pypi-AgEIcHlwaS5vcmc${this.r.chars(B64URL, 120)}`); }
  hf(): string { return this.cr('huggingface_token', `hf_${this.r.chars(UPPER + LOWER, 34)}`); }
  vault(): string { return this.cr('vault_token', `hvs.${this.r.chars(B64URL, 90)}`); }
  okta(): string { return this.cr('okta_token', `00${this.r.chars(B64URL, 40)}`); }
  secret64(kind: string): string { return this.cr(kind, this.r.chars(B64URL, 64)); }
  hexSecret(kind: string, n: number): string { return this.cr(kind, this.r.hex(n)); }
  alnum(kind: string, n: number): string { return this.cr(kind, this.r.b62(n)); }
  telegram(): string { return this.cr('telegram_bot_token', `${this.r.int(1000000000, 7999999999)}:AA${this.r.chars(B64URL, 33)}`); }
  linear(): string { return this.cr('linear_key', `lin_api_${this.r.b62(40)}`); }
  doppler(): string { return this.cr('doppler_token', `dp.st.prd.${this.r.b62(43)}`); }
  sfToken(): string { return this.cr('salesforce_token', `00D${this.r.b62(12)}!AR${this.r.chars(B62 + '._', 93)}`); }
  paypalSecret(): string { return this.cr('paypal_client_secret', `E${this.r.chars(B64URL, 79)}`); }
  password(): string { return this.cr('password', this.r.pick([() => this.r.password(this.r.int(12, 20)), () => `${this.r.pick(['Winter', 'blue', 'Koala', 'summer'])} ${this.r.b62(5)}; ${this.r.pick(['&', '#', '!'])}${this.r.digits(4)}`, () => `${this.r.b62(6)}&${this.r.b62(4)}#${this.r.digits(3)}!`])()); }
  urlPassword(): string { return this.cr('password', this.r.urlPassword(this.r.int(14, 22))); }
  jwt(): string {
    const h = Buffer.from(JSON.stringify({ alg: this.r.pick(['RS256', 'HS256', 'ES256']), typ: 'JWT', kid: this.r.hex(8) })).toString('base64url');
    const p = Buffer.from(JSON.stringify({ sub: `auth0|${this.r.hex(24)}`, aud: 'https://api.internal', iat: 1760000000 + this.r.int(0, 9e6), exp: 1770000000 + this.r.int(0, 9e6), scope: 'read:payments write:customers' })).toString('base64url');
    return this.cr('jwt', `${h}.${p}.${this.r.b64url(this.r.pick([32, 64, 256]))}`);
  }
  pem(): string {
    const kind = this.r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY']);
    const body = this.r.b64(kind.startsWith('EC') ? 121 : 300).match(/.{1,64}/g)!.join('\n');
    return this.cr('private_key', `-----BEGIN ${kind}-----\n${body}\n-----END ${kind}-----`);
  }
  /** A private key as it sits inside a JSON string (newlines escaped), recorded in that form. */
  pemJson(): string {
    const v = this.pem();
    const esc = JSON.stringify(v).slice(1, -1);
    this.vals[this.vals.length - 1]!.value = esc;
    return esc;
  }
  basic(user: string, pass: string): string { return this.cr('basic_auth', Buffer.from(`${user}:${pass}`).toString('base64')); }

  name(): string { return this.pe('person_name', `${this.r.pick(FIRST)} ${this.r.pick(LAST)}`); }
  first(): string { return this.pe('person_name', this.r.pick(FIRST)); }
  last(): string { return this.pe('person_name', this.r.pick(LAST)); }
  email(): string {
    const local = `${this.r.pick(['amara', 'lukas.b', 'siobhan_f', 'mateus', 'yuki.t', 'olu', 'ingrid.l', 'rahulv', 'chiara.b', 'dsokolov', 'f.haddad', 'henrikj'])}${this.r.pick(['', '.', '_'])}${this.r.digits(this.r.int(2, 4))}`;
    return this.pe('email', `${local}@${this.r.pick(MAILDOM)}`);
  }
  phone(): string {
    const r = this.r;
    return this.pe('phone', r.pick([() => `+1${r.int(2, 9)}${r.digits(2)}${r.int(2, 9)}${r.digits(6)}`, () => `+447${r.int(4, 9)}${r.digits(8)}`, () => `+4915${r.int(1, 9)}${r.digits(8)}`, () => `(${r.int(2, 9)}${r.digits(2)}) ${r.int(2, 9)}${r.int(1, 9)}${r.digits(1)}-${r.digits(4)}`, () => `07${r.int(4, 9)}${r.digits(2)} ${r.digits(6)}`, () => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`, () => `+81 90-${r.digits(4)}-${r.digits(4)}`])());
  }
  address(): string { return this.pe('street_address', `${this.r.int(3, 980)} ${this.r.pick(STREETS)}, ${this.r.pick(CITIES)}`); }
  street(): string { return this.pe('street_address', `${this.r.int(3, 980)} ${this.r.pick(STREETS)}`); }
  dob(): string { const y = this.r.int(1950, 2004), m = String(this.r.int(1, 12)).padStart(2, '0'), d = String(this.r.int(1, 28)).padStart(2, '0'); return this.pe('date_of_birth', this.r.pick([`${y}-${m}-${d}`, `${m}/${d}/${y}`, `${d}.${m}.${y}`])); }
  ip(): string { return this.pe('ip_address', `${this.r.pick(PUBIP1)}.${this.r.int(1, 254)}.${this.r.int(0, 254)}.${this.r.int(1, 254)}`); }
  ssn(): string {
    let a = this.r.int(1, 899);
    if (a === 666) a = 667;
    return this.pe('ssn', `${String(a).padStart(3, '0')}-${String(this.r.int(1, 99)).padStart(2, '0')}-${String(this.r.int(1, 9999)).padStart(4, '0')}`);
  }
  nationalId(): string {
    const r = this.r;
    const k = r.pick(['bsn', 'dni', 'cpf', 'sin', 'personnummer']);
    if (k === 'bsn') { for (;;) { const b = r.digits(8); const s = [...b].reduce((t, d, i) => t + Number(d) * (9 - i), 0) % 11; if (s < 10 && b[0] !== '0') return this.pe('nl_bsn', b + s); } }
    if (k === 'dni') { const n = String(r.int(10000000, 99999999)); return this.pe('es_dni', n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]); }
    if (k === 'cpf') { const b = [...r.digits(9)].map(Number); const d1 = ((b.reduce((t, d, i) => t + d * (10 - i), 0) * 10) % 11) % 10; const d2 = (([...b, d1].reduce((t, d, i) => t + d * (11 - i), 0) * 10) % 11) % 10; const s = b.join('') + d1 + d2; return this.pe('br_cpf', `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`); }
    if (k === 'sin') { const b = String(r.int(1, 7)) + r.digits(7); const s = b + luhnDigit62(b); return this.pe('ca_sin', `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}`); }
    const b = `${r.int(50, 99)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${r.digits(3)}`;
    return this.pe('se_personnummer', `${b.slice(0, 6)}-${b.slice(6)}${luhnDigit62(b)}`);
  }

  card(plain = false): string {
    const r = this.r;
    const [pre, len] = r.pick<[string, number]>([['4' + r.int(1, 9), 16], ['5' + r.int(1, 5), 16], ['2' + r.int(221, 720), 16], ['3' + r.pick(['4', '7']), 15], ['6011', 16]]);
    const body = pre + r.digits(len - 1 - pre.length);
    const n = body + luhnDigit62(body);
    const spaced = !plain && r.next() < 0.3 ? (len === 15 ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n.match(/.{4}/g)!.join(' ')) : n;
    return this.fi('card_number', spaced);
  }
  iban(): string {
    const r = this.r;
    const bban = r.pick([() => 'DE' + r.digits(18), () => 'GB' + r.chars(UPPER, 4) + r.digits(14), () => 'FR' + r.digits(23), () => 'NL' + r.chars(UPPER, 4) + r.digits(10), () => 'ES' + r.digits(20), () => 'IT' + r.chars(UPPER, 1) + r.digits(22)])();
    const cc = bban.slice(0, 2), rest = bban.slice(2);
    const check = String(98 - ibanMod62(`${cc}00${rest}`)).padStart(2, '0');
    const iban = `${cc}${check}${rest}`;
    return this.fi('iban', r.next() < 0.3 ? iban.match(/.{1,4}/g)!.join(' ') : iban);
  }
  aba(): string {
    for (;;) {
      const b = String(this.r.pick([0, 1, 2, 3])) + this.r.int(1, 9) + this.r.digits(6);
      const w = [3, 7, 1, 3, 7, 1, 3, 7];
      const s = [...b].reduce((t, d, i) => t + Number(d) * w[i]!, 0);
      const c = (10 - (s % 10)) % 10;
      if (b !== '00000000') return this.fi('aba_routing', b + c);
    }
  }
  account(): string { return this.fi('bank_account', String(this.r.int(1, 9)) + this.r.digits(this.r.int(8, 11))); }
}


