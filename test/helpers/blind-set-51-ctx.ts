import { B62, B64URL, DIGITS, LOWER, Rng9, UPPER } from './blind-set-9-rng';
import { CITIES, FIRST, LAST, MAILS, STREETS, UK_ROADS, UK_TOWNS, ibanMod51, luhnDigit51, plain } from './blind-set-51-data';

/** One planted value. */
export interface Planted51 {
  value: string;
  kind: string;
  group: string;
}

/** A template: a name and a text maker that plants its values through the context. */
export interface Tpl51 {
  name: string;
  n: number;
  make: (c: Ctx51) => string;
}

/** An area: the source name and its templates. */
export interface Area51 {
  area: string;
  templates: readonly Tpl51[];
}

/** Generation context of one case: a seeded stream plus the list of values planted so far. */
export class Ctx51 {
  readonly r: Rng9;
  readonly values: Planted51[] = [];

  constructor(seed: number) {
    this.r = new Rng9(seed);
  }

  private put(value: string, kind: string, group: string): string {
    if (!this.values.some((v) => v.value === value)) this.values.push({ value, kind, group });
    return value;
  }
  cred(kind: string, v: string): string {
    return this.put(v, kind, 'credential');
  }
  pers(kind: string, v: string): string {
    return this.put(v, kind, 'personal');
  }
  fin(kind: string, v: string): string {
    return this.put(v, kind, 'financial');
  }

  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }
  hex(n: number): string {
    return this.r.hex(n);
  }
  b62(n: number): string {
    return this.r.b62(n);
  }
  digits(n: number): string {
    return this.r.digits(n);
  }
  upnum(n: number): string {
    return this.r.chars(UPPER + DIGITS, n);
  }
  lownum(n: number): string {
    return this.r.chars(LOWER + DIGITS, n);
  }
  uuid(): string {
    return this.r.uuid();
  }
  b64(n: number): string {
    return this.r.b64(n);
  }
  b64url(n: number): string {
    return this.r.b64url(n);
  }
  nz(n: number): string {
    return String(this.int(1, 9)) + this.digits(n - 1);
  }

  // ---- raw generators (not planted) ----
  ts(): string {
    const d = new Date(Date.UTC(2024, 0, 1) + this.int(0, 600) * 86400000 + this.int(0, 86399) * 1000 + this.int(0, 999));
    return d.toISOString();
  }
  vin(): string {
    const A = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
    const wmi = this.pick(['1FT', '1HG', '2T1', '3VW', '5YJ', 'WBA', 'JTD', 'KM8', '1C4', 'WDD', '5UX', '1GC']);
    const body = wmi + this.r.chars(A, 5) + '0' + this.pick(['N', 'P', 'R', 'S']) + this.r.chars(A, 1) + this.digits(6);
    const tr: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
    const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let s = 0;
    for (let i = 0; i < 17; i++) s += (/[0-9]/.test(body[i]) ? Number(body[i]) : tr[body[i]]) * w[i];
    const cd = s % 11 === 10 ? 'X' : String(s % 11);
    return body.slice(0, 8) + cd + body.slice(9);
  }
  plate(): string {
    return this.pick([() => `${this.r.chars(UPPER, 3)}${this.digits(4)}`, () => `${this.digits(1)}${this.r.chars(UPPER, 3)}${this.digits(3)}`, () => `${this.r.chars(UPPER, 2)}${this.digits(2)} ${this.r.chars(UPPER, 3)}`])();
  }
  stock(): string {
    return `${this.pick(['P', 'U', 'N', 'T'])}${this.digits(5)}${this.pick(['', 'A', 'B'])}`;
  }
  host(): string {
    return `${this.pick(['dms', 'crm', 'telematics', 'rides', 'fleet', 'lot', 'quote'])}-${this.pick(['prod', 'prd', 'live', 'east'])}-${this.int(1, 9)}`;
  }
  jwtRaw(payload: Record<string, unknown>, alg = 'RS256', sigBytes = 256): string {
    const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT', kid: this.b64url(12) })).toString('base64url');
    const p = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${h}.${p}.${this.b64url(sigBytes)}`;
  }
  epoch(): number {
    return 1704067200 + this.int(0, 50000000);
  }

  // ---- planted personal ----
  person(): { first: string; last: string; full: string } {
    const first = this.pick(FIRST);
    const last = this.pick(LAST);
    return { first, last, full: `${first} ${last}` };
  }
  name(): string {
    return this.pers('person_name', this.person().full);
  }
  emailOf(first: string, last: string): string {
    const f = plain(first);
    const l = plain(last);
    const local = this.pick([`${f}.${l}`, `${f[0]}${l}${this.int(1, 99)}`, `${f}${l[0]}${this.int(70, 99)}`, `${l}.${f}`, `${f}_${l}`]);
    return this.pers('email', `${local}@${this.pick(MAILS)}`);
  }
  email(): string {
    const p = this.person();
    return this.emailOf(p.first, p.last);
  }
  phone(style = this.int(0, 3)): string {
    const area = this.pick(CITIES)[3];
    const ex = `${this.int(2, 9)}${this.digits(2)}`;
    const ln = this.digits(4);
    const v = [`(${area}) ${ex}-${ln}`, `+1${area}${ex}${ln}`, `${area}-${ex}-${ln}`, `+1 ${area} ${ex} ${ln}`][style % 4];
    return this.pers('phone', v);
  }
  ukPhone(): string {
    return this.pers('phone', this.pick([`07${this.int(400, 999)} ${this.digits(6)}`, `+447${this.int(400, 999)}${this.digits(6)}`]));
  }
  address(): string {
    const [city, st, zip] = this.pick(CITIES);
    return this.pers('address', `${this.int(101, 9899)} ${this.pick(STREETS)}${this.pick(['', `, Apt ${this.int(2, 40)}${this.pick(['', 'B'])}`])}, ${city}, ${st} ${zip}`);
  }
  street(): string {
    return this.pers('address', `${this.int(101, 9899)} ${this.pick(STREETS)}`);
  }
  cityOf(): [string, string, string] {
    const [c, s, z] = this.pick(CITIES);
    return [c, s, z];
  }
  ukAddress(): string {
    const [town, pc] = this.pick(UK_TOWNS);
    return this.pers('address', `${this.int(1, 220)} ${this.pick(UK_ROADS)}, ${town} ${pc} ${this.int(1, 9)}${this.r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`);
  }
  dob(style = 0): string {
    const y = this.int(1952, 2003);
    const m = this.int(1, 12);
    const d = this.int(1, 28);
    const p = (x: number) => String(x).padStart(2, '0');
    return this.pers('dob', style === 1 ? `${p(m)}/${p(d)}/${y}` : style === 2 ? `${p(d)}/${p(m)}/${y}` : `${y}-${p(m)}-${p(d)}`);
  }
  ssn(dashes = true): string {
    let area = this.int(1, 899);
    if (area === 666) area = 667;
    const g = this.int(1, 99);
    const s = this.int(1, 9999);
    const a = String(area).padStart(3, '0');
    const gg = String(g).padStart(2, '0');
    const ss = String(s).padStart(4, '0');
    return this.pers('ssn', dashes ? `${a}-${gg}-${ss}` : `${a}${gg}${ss}`);
  }
  nino(): string {
    const f = 'ABCEGHJKLMNOPRSTWXYZ';
    const s = 'ABCEGHJKLMNPRSTWXYZ';
    let pre = this.r.chars(f, 1) + this.r.chars(s, 1);
    if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(pre)) pre = 'AB';
    return this.pers('uk_nino', `${pre}${this.digits(6)}${this.pick(['A', 'B', 'C', 'D'])}`);
  }
  dl(): string {
    return this.pers('driver_license', this.pick([`${this.r.chars(UPPER, 1)}${this.digits(7)}`, `${this.r.chars(UPPER, 1)}${this.digits(12)}`, `${this.digits(9)}`, `${this.r.chars(UPPER, 1)}${this.digits(3)}-${this.digits(4)}-${this.digits(4)}`]));
  }
  ukDl(last: string): string {
    const sur = (plain(last).toUpperCase() + '99999').slice(0, 5);
    const y = this.int(55, 99);
    const m = this.int(1, 12) + this.pick([0, 50]);
    return this.pers('uk_driving_licence', `${sur}${String(y)[0]}${String(m).padStart(2, '0')}${String(this.int(1, 28)).padStart(2, '0')}${String(y)[1]}${this.r.chars(UPPER, 2)}9${this.r.chars(UPPER, 2)}`);
  }
  passport(): string {
    return this.pers('passport', this.pick([this.nz(9), `${this.r.chars(UPPER, 1)}${this.nz(8)}`]));
  }
  geo(): [string, string] {
    const lat = (this.int(25000, 47000) / 1000 + this.int(0, 999) / 1e6).toFixed(6);
    const lon = (-(this.int(71000, 122000) / 1000 + this.int(0, 999) / 1e6)).toFixed(6);
    return [this.pers('geo_lat', lat), this.pers('geo_lon', lon)];
  }
  ip(): string {
    return this.pers('ip_address', `${this.pick([24, 47, 68, 73, 98, 104, 172, 174, 184, 208])}.${this.int(1, 254)}.${this.int(1, 254)}.${this.int(2, 254)}`);
  }
  ip6(): string {
    return this.pers('ip_address', `2600:${this.hex(4).replace(/^0+/, '') || '1'}:${this.hex(4).replace(/^0+/, '') || '1'}:${this.hex(3)}a::${this.hex(4).replace(/^0+/, '') || '1'}`);
  }

  // ---- planted financial ----
  card(brand = this.pick(['visa', 'mc', 'amex', 'disc'])): string {
    const pre = brand === 'visa' ? '4' + this.digits(5) : brand === 'mc' ? String(this.int(51, 55)) + this.digits(4) : brand === 'amex' ? this.pick(['34', '37']) + this.digits(4) : '6011' + this.digits(2);
    const len = brand === 'amex' ? 15 : 16;
    const body = pre + this.digits(len - 1 - pre.length);
    return this.fin('card_number', body + luhnDigit51(body));
  }
  cvv(n = 3): string {
    return this.fin('cvv', this.nz(n));
  }
  iban(cc = this.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IT'])): string {
    const bban = cc === 'DE' ? this.digits(18) : cc === 'GB' ? this.pick(['NWBK', 'BARC', 'LOYD', 'HBUK']) + this.digits(14) : cc === 'FR' ? this.digits(10) + this.upnum(11) + this.digits(2) : cc === 'NL' ? this.pick(['ABNA', 'INGB', 'RABO']) + this.digits(10) : cc === 'ES' ? this.digits(20) : this.r.chars(UPPER, 1) + this.digits(10) + this.upnum(12);
    const ck = 98 - ibanMod51(`${cc}00${bban}`);
    return this.fin('iban', `${cc}${String(ck).padStart(2, '0')}${bban}`);
  }
  routing(plant = true): string {
    for (;;) {
      const first = this.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32']);
      const d = (first + this.digits(6)).split('').map(Number);
      for (let c = 0; c < 10; c++) {
        const s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + c);
        if (s % 10 === 0) return plant ? this.fin('aba_routing', d.join('') + c) : d.join('') + c;
      }
    }
  }
  account(n = this.int(8, 12)): string {
    return this.fin('bank_account', this.nz(n));
  }
  loanAcct(): string {
    return this.fin('loan_account', this.pick([this.nz(10), `${this.nz(3)}-${this.digits(7)}-${this.digits(3)}`, this.nz(12)]));
  }
  ein(): string {
    return this.fin('ein', `${this.pick(['12', '20', '27', '33', '45', '46', '47', '54', '61', '74', '82', '88', '94'])}-${this.digits(7)}`);
  }

  // ---- planted credentials ----
  pw(n = this.int(12, 20)): string {
    return this.cred('password', this.r.password(n));
  }
  urlPw(n = this.int(12, 20)): string {
    return this.cred('password', this.r.urlPassword(n));
  }
  jwt(payload: Record<string, unknown>, kind = 'jwt', alg = 'RS256'): string {
    return this.cred(kind, this.jwtRaw(payload, alg, alg.startsWith('HS') ? 32 : 256));
  }
  awsKey(): [string, string] {
    return [this.cred('aws_access_key_id', this.pick(['AKIA', 'ASIA']) + this.r.chars(UPPER + '234567', 16)), this.cred('aws_secret_key', this.r.chars(B62 + '+/', 40))];
  }
  stripeSk(): string {
    return this.cred('stripe_secret_key', `${this.pick(['sk_live_', 'rk_live_'])}${this.b62(this.pick([24, 99]))}`);
  }
  whsec(): string {
    return this.cred('stripe_webhook_secret', `whsec_${this.b62(32)}`);
  }
  twilio(): string {
    return this.cred('twilio_auth_token', this.hex(32));
  }
  sendgrid(): string {
    return this.cred('sendgrid_key', `SG.${this.r.chars(B64URL, 22)}.${this.r.chars(B64URL, 43)}`);
  }
  gmaps(): string {
    return this.cred('google_api_key', `AIza${this.r.chars(B64URL, 35)}`);
  }
  mapboxSk(): string {
    return this.cred('mapbox_secret_token', `sk.${Buffer.from(JSON.stringify({ u: this.pick(['fleetops', 'ridego-maps', 'lotview']), a: this.lownum(25) })).toString('base64url')}.${this.b64url(16)}`);
  }
  slackHook(): string {
    return this.cred('slack_webhook', `https://hooks.slack.com/services/T${this.upnum(8)}/B${this.upnum(10)}/${this.b62(24)}`);
  }
  slackBot(): string {
    return this.cred('slack_token', `xoxb-${this.nz(12)}-${this.nz(13)}-${this.b62(24)}`);
  }
  ghp(): string {
    return this.cred('github_token', `${this.pick(['ghp_', 'gho_', 'ghs_'])}${this.b62(36)}`);
  }
  pem(kind = 'private_key'): string {
    const lines: string[] = [];
    const body = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ' + this.r.chars(B62 + '+/', 1550);
    for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
    return this.cred(kind, `-----BEGIN PRIVATE KEY-----\n${lines.join('\n')}\n-----END PRIVATE KEY-----`);
  }
  ecPem(sep = '\n'): string {
    const body = 'MHcCAQEEI' + this.r.chars(B62 + '+/', 39) + 'oAoGCCqGSM49AwEHoUQDQgAE' + this.r.chars(B62 + '+/', 88);
    const lines: string[] = [];
    for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
    return this.cred('private_key', ['-----BEGIN EC PRIVATE KEY-----', ...lines, '-----END EC PRIVATE KEY-----'].join(sep));
  }
  azureKey(): string {
    return this.cred('azure_sas_key', this.b64(32));
  }
  datadog(): string {
    return this.cred('datadog_api_key', this.hex(32));
  }
  fcm(): string {
    return this.cred('fcm_server_key', `AAAA${this.r.chars(B64URL, 7)}:APA91b${this.r.chars(B64URL, 134)}`);
  }
  npm(): string {
    return this.cred('npm_token', `npm_${this.b62(36)}`);
  }
  hexSecret(n = 32, kind = 'api_secret'): string {
    return this.cred(kind, this.hex(n));
  }
  alnum(n: number, kind = 'api_key'): string {
    return this.cred(kind, this.b62(n));
  }
}

