import { B62, DIGITS, HEX, LOWER, Rng9, UPPER } from './blind-set-9-rng';

/** One planted value. */
export interface Val68 {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

const PERSONAL = new Set(['name', 'email', 'phone', 'street_address', 'dob', 'ssn', 'nino', 'sin', 'cpf', 'dni', 'passport', 'ip', 'ipv6', 'geo', 'geo_lat', 'geo_lng', 'postal_address']);
const FINANCIAL = new Set(['card', 'iban', 'routing', 'bank_account', 'sort_code', 'uk_account']);

export function group68(kind: string): Val68['group'] {
  if (PERSONAL.has(kind)) return 'personal';
  if (FINANCIAL.has(kind)) return 'financial';
  return 'credential';
}

const B64U = UPPER + LOWER + DIGITS + '-_';
const b64u = (s: string) => Buffer.from(s).toString('base64url');

const FIRST = ['Siobhán', 'José Luis', 'Thị Hương', 'Oluwaseun', 'Zoë', 'Björn', 'Chloé', 'Mehmet', 'Aarav', 'Wei', 'Fatima', 'Łukasz', 'Søren', 'Mariana', 'Kwame', 'Ingrid', 'Rafael', 'Yuki', 'Anaïs', 'Dmitri', 'Priya', 'Tomás', 'Leilani', 'Mateus', 'Hannah', 'Grégoire', 'Nomvula', 'Eilidh', 'Kaito', 'Valentina', 'Jürgen', 'Amara', 'Ciarán', 'Ayşe', 'Joaquín', 'Marguerite', 'Darnell', 'Sunita', 'Henrik', 'Adaeze'];
const LAST = ['Ní Bhraonáin', 'Peña Ortega', 'Nguyễn', 'Adébáyọ̀', 'Kowalczyk', 'Åström', 'Lefèvre', 'Yılmaz', 'Sharma', 'Zhang', 'Al-Sayed', 'Wiśniewski', 'Dalgaard', 'Gonçalves', 'Mensah', 'Halvorsen', 'Castillo', 'Takahashi', 'Moreau', 'Volkov', 'Raghunathan', 'O\'Donnell', 'Kahananui', 'Albuquerque', 'Whitfield', 'Dubois-Marchand', 'Dlamini', 'MacLeod', 'Sato', 'Ricci', 'Müller', 'Okonkwo', 'Ó Súilleabháin', 'Demir', 'Fernández', 'Beauchamp', 'Washington', 'Iyer', 'Lindqvist', 'Eze'];
const ASCII: Record<string, string> = { á: 'a', à: 'a', â: 'a', ä: 'a', å: 'a', ã: 'a', é: 'e', è: 'e', ê: 'e', ë: 'e', í: 'i', ï: 'i', ı: 'i', ó: 'o', ò: 'o', ö: 'o', ô: 'o', ø: 'o', ú: 'u', ü: 'u', ç: 'c', ñ: 'n', ł: 'l', ś: 's', ş: 's', ễ: 'e', ị: 'i', ươ: 'uo', ọ: 'o', Å: 'a', Ł: 'l', Ó: 'o', Ø: 'o' };
export function asciiOf(s: string): string {
  return s.normalize('NFC').toLowerCase().split('').map((c) => ASCII[c] ?? c).join('').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '');
}

const STREETS = ['Maple Grove Rd', 'Kingsley Road', 'Harbor View Dr', 'Alder Street', 'Willow Creek Ln', 'Rue des Lilas', 'Schillerstraße', 'Calle de Atocha', 'Via Garibaldi', 'Keizersgracht', 'Elm Park Avenue', 'Sycamore Ct', 'Bridge Street', 'Rua Augusta', 'Oak Hollow Blvd'];
const CITIES = ['Portland, OR 97214', 'Austin, TX 78704', 'Leeds LS6 2AB', '10627 Berlin', '69003 Lyon', '28012 Madrid', 'Toronto, ON M5V 2T6', 'São Paulo - SP, 01310-100', 'Denver, CO 80205', 'Manchester M14 5RB', '1016 DZ Amsterdam', 'Brooklyn, NY 11215'];

/** The value stream of one case: draws a value of a kind and records it. */
export class Gen68 {
  readonly vals: Val68[] = [];
  constructor(readonly r: Rng9) {}

  /** Draws and records a value of `kind`. */
  v(kind: string, value?: string): string {
    const val = value ?? this.raw(kind);
    this.vals.push({ value: val, kind, group: group68(kind) });
    return val;
  }

  /** Draws a value of `kind` without recording it. */
  raw(kind: string): string {
    const r = this.r;
    switch (kind) {
      // ---- credentials
      case 'password': return r.password(r.int(12, 20));
      case 'url_password': return r.urlPassword(r.int(14, 22));
      case 'fcm_server_key': return `AAAA${r.chars(B64U, 7)}:APA91b${r.chars(B64U, 134)}`;
      case 'google_oauth_token': return `ya29.a0${r.chars(B64U, r.int(150, 200))}`;
      case 'google_refresh_token': return `1//0${r.chars(B64U, 2)}${r.chars(B64U, 100)}`;
      case 'gcp_client_secret': return `GOCSPX-${r.chars(B64U, 28)}`;
      case 'firebase_refresh_token': return `AMf-vB${r.chars(B64U, r.int(240, 300))}`;
      case 'firebase_id_token': return this.jwtRs({ kid: r.hex(40) }, { iss: `https://securetoken.google.com/${this.project()}`, aud: this.project(), auth_time: 1760000000 + r.int(0, 9e6), user_id: r.b62(28), sub: r.b62(28), iat: 1760000000 + r.int(0, 9e6), exp: 1770000000 + r.int(0, 9e6), firebase: { sign_in_provider: r.pick(['password', 'google.com', 'apple.com', 'phone']) } });
      case 'supabase_service_jwt': return this.jwtHs({ iss: 'supabase', ref: r.chars(LOWER, 20), role: 'service_role', iat: 1700000000 + r.int(0, 9e7), exp: 2000000000 + r.int(0, 9e7) });
      case 'supabase_user_jwt': return this.jwtHs({ aud: 'authenticated', exp: 1770000000 + r.int(0, 9e6), sub: r.uuid(), email: `${r.chars(LOWER, 8)}@gmail.com`, phone: '', role: 'authenticated', aal: 'aal1', session_id: r.uuid() });
      case 'supabase_secret': return `sb_secret_${r.chars(B64U, 31)}`;
      case 'supabase_pat': return `sbp_${r.hex(40)}`;
      case 'jwt_secret': return r.b64(48);
      case 'aws_access_key': return `AKIA${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
      case 'aws_temp_key': return `ASIA${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
      case 'aws_secret': return r.chars(UPPER + LOWER + DIGITS + '/+', 40);
      case 'aws_session_token': return `IQoJb3JpZ2luX2VjE${r.chars(UPPER + LOWER + DIGITS + '/+', r.int(300, 380))}`;
      case 'appsync_api_key': return `da2-${r.chars(LOWER + DIGITS, 26)}`;
      case 'cognito_access_token': return this.jwtRs({ kid: r.b64(32), alg: 'RS256' }, { sub: r.uuid(), iss: `https://cognito-idp.us-east-1.amazonaws.com/us-east-1_${r.b62(9)}`, client_id: r.chars(LOWER + DIGITS, 26), origin_jti: r.uuid(), token_use: 'access', scope: 'aws.cognito.signin.user.admin', auth_time: 1760000000 + r.int(0, 9e6), exp: 1770000000 + r.int(0, 9e6), username: r.uuid() });
      case 'cognito_refresh_token': return `eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.${r.b64url(256)}.${r.b64url(12)}.${r.b64url(r.int(1100, 1300))}.${r.b64url(16)}`;
      case 'revenuecat_secret': return `sk_${r.b62(32)}`;
      case 'revenuecat_webhook_auth': return `Bearer ${r.b62(32)}`;
      case 'appstore_shared_secret': return r.hex(32);
      case 'asc_jwt': return this.jwtEs({ alg: 'ES256', kid: r.chars(UPPER + DIGITS, 10), typ: 'JWT' }, { iss: r.uuid(), iat: 1760000000 + r.int(0, 9e6), exp: 1760001200 + r.int(0, 9e6), aud: 'appstoreconnect-v1', bid: `com.${r.pick(['acme', 'fitpal', 'quickride', 'moneta'])}.app` });
      case 'apns_jwt': return this.jwtEs({ alg: 'ES256', kid: r.chars(UPPER + DIGITS, 10) }, { iss: r.chars(UPPER + DIGITS, 10), iat: 1760000000 + r.int(0, 9e6) });
      case 'p8_key': return this.pem('PRIVATE KEY', this.p8Der(), '\n');
      case 'p8_key_escaped': return this.pem('PRIVATE KEY', this.p8Der(), '\\n');
      case 'rsa_pkcs8_escaped': return this.pem('PRIVATE KEY', this.rsaDer(), '\\n');
      case 'rsa_pkcs8': return this.pem('PRIVATE KEY', this.rsaDer(), '\n');
      case 'p12_base64': return Buffer.concat([Buffer.from([0x30, 0x82, 0x0a, 0x21, 0x02, 0x01, 0x03, 0x30, 0x82, 0x09, 0xe7, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01]), r.bytes(r.int(420, 600))]).toString('base64');
      case 'apple_app_password': return [0, 1, 2, 3].map(() => r.chars(LOWER, 4)).join('-');
      case 'branch_secret': return `secret_live_${r.b62(32)}`;
      case 'adjust_s2s_token': return r.hex(32);
      case 'appsflyer_api_token': return this.jwtHs({ aud: 'appsflyer', iss: 'https://hq1.appsflyer.com', sub: r.uuid(), iat: 1760000000 + r.int(0, 9e6), jti: r.uuid() });
      case 'auth0_client_secret': return r.chars(B64U, 64);
      case 'auth0_mgmt_token': return this.jwtRs({ alg: 'RS256', typ: 'JWT', kid: r.b62(22) }, { iss: `https://${r.pick(['acme', 'fitpal-prod', 'moneta'])}.eu.auth0.com/`, sub: `${r.b62(32)}@clients`, aud: 'https://acme.eu.auth0.com/api/v2/', iat: 1760000000 + r.int(0, 9e6), exp: 1760086400 + r.int(0, 9e6), scope: 'read:users update:users', gty: 'client-credentials' });
      case 'auth0_refresh_token': return `v1.M${r.chars(B64U, 130)}`;
      case 'clerk_secret': return `sk_live_${r.b62(40)}`;
      case 'clerk_session_jwt': return this.jwtRs({ alg: 'RS256', kid: `ins_${r.b62(27)}`, typ: 'JWT' }, { azp: 'https://app.moneta.io', exp: 1760000000 + r.int(0, 9e6), iat: 1760000000 + r.int(0, 9e6), iss: 'https://clerk.moneta.io', nbf: 1760000000, sid: `sess_${r.b62(27)}`, sub: `user_${r.b62(27)}` });
      case 'stripe_secret': return `sk_live_51${r.b62(r.int(94, 97))}`;
      case 'stripe_restricted': return `rk_live_51${r.b62(97)}`;
      case 'stripe_whsec': return `whsec_${r.b62(32)}`;
      case 'twilio_auth_token': return r.hex(32);
      case 'sendgrid_key': return `SG.${r.chars(B64U, 22)}.${r.chars(B64U, 43)}`;
      case 'slack_webhook': return `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 8)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`;
      case 'datadog_api_key': return r.hex(32);
      case 'sentry_auth_token': return `sntrys_${b64u(JSON.stringify({ iat: 1760000000 + r.int(0, 9e6), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: r.pick(['moneta', 'fitpal']) }))}_${r.chars(B64U, 43)}`;
      case 'mapbox_secret': return `sk.${b64u(JSON.stringify({ u: r.pick(['quickride', 'fitpal-maps']), a: `cl${r.chars(LOWER + DIGITS, 23)}` }))}.${r.chars(B64U, 22)}`;
      case 'npm_token': return `npm_${r.b62(36)}`;
      case 'github_pat': return `ghp_${r.b62(36)}`;
      case 'api_key_hex': return r.hex(40);
      case 'api_key_b62': return r.b62(r.int(32, 40));
      case 'onesignal_rest_key': return `os_v2_app_${r.chars('abcdefghijklmnopqrstuvwxyz234567', 113)}`;
      case 'hmac_secret': return r.b64(32);
      case 'expo_access_token': return r.chars(B64U.replace('-', ''), 40);
      case 'mongo_uri_password': return r.urlPassword(18);
      // ---- personal
      case 'name': return `${r.pick(FIRST)} ${r.pick(LAST)}`;
      case 'email': return this.email();
      case 'phone': return this.phone();
      case 'street_address': return `${r.int(2, 4999)} ${r.pick(STREETS)}`;
      case 'postal_address': return `${r.int(2, 4999)} ${r.pick(STREETS)}, ${r.pick(CITIES)}`;
      case 'dob': return this.dob();
      case 'ssn': return this.ssn();
      case 'nino': return this.nino();
      case 'sin': return this.sin();
      case 'cpf': return this.cpf();
      case 'dni': { const n = r.int(10000000, 99999999); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`; }
      case 'passport': return r.next() < 0.5 ? `${r.int(5, 6)}${r.digits(8)}` : `${r.pick(['C', 'F', 'G', 'H', 'J', 'K'])}${r.chars('CFGHJKLMNPRTVWXYZ0123456789', 8)}`;
      case 'ip': return this.ip();
      case 'ipv6': return `${r.pick(['2a02:c7f', '2600:1700', '2a01:e0a', '2607:fb90', '2804:14c'])}:${r.hex(4).replace(/^0+/, '') || '1'}:${r.hex(4).replace(/^0+/, '') || '1'}:${r.hex(4).replace(/^0+/, '') || '1'}:${r.hex(4).replace(/^0+/, '') || '1'}:${r.hex(3)}1`;
      case 'geo': return `${this.lat()},${this.lng()}`;
      case 'geo_lat': return this.lat();
      case 'geo_lng': return this.lng();
      // ---- financial
      case 'card': return this.card();
      case 'iban': return this.iban();
      case 'routing': return this.routing();
      case 'bank_account': return `${r.int(1, 9)}${r.digits(r.int(8, 11))}`;
      case 'sort_code': return `${r.int(10, 99)}-${r.digits(2)}-${r.digits(2)}`;
      case 'uk_account': return `${r.int(1, 9)}${r.digits(7)}`;
      default: throw new Error(`unknown kind ${kind}`);
    }
  }

  project(): string {
    return `${this.r.pick(['fitpal', 'quickride', 'moneta', 'tandem-chat', 'leafy'])}-${this.r.pick(['prod', 'app', 'live'])}${this.r.int(1, 9)}`;
  }

  jwt(header: object, payload: object, sigBytes: number): string {
    return `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}.${this.r.b64url(sigBytes)}`;
  }
  jwtRs(h: object, p: object): string { return this.jwt({ alg: 'RS256', typ: 'JWT', ...h }, p, 256); }
  jwtEs(h: object, p: object): string { return this.jwt({ typ: 'JWT', ...h, alg: 'ES256' }, p, 64); }
  jwtHs(p: object): string { return this.jwt({ alg: 'HS256', typ: 'JWT' }, p, 32); }

  p8Der(): Buffer {
    const r = this.r;
    return Buffer.concat([Buffer.from('308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420', 'hex'), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), r.bytes(64)]);
  }
  rsaDer(): Buffer {
    return Buffer.concat([Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100', 'hex'), this.r.bytes(1217 - 38)]);
  }
  pem(label: string, der: Buffer, nl: string): string {
    const b = der.toString('base64');
    const lines: string[] = [];
    for (let i = 0; i < b.length; i += 64) lines.push(b.slice(i, i + 64));
    return `-----BEGIN ${label}-----${nl}${lines.join(nl)}${nl}-----END ${label}-----${nl}`;
  }

  email(name?: string): string {
    const r = this.r;
    if (r.next() < 0.12) return `${r.chars(LOWER + DIGITS, 10)}@privaterelay.appleid.com`;
    const n = name ?? `${r.pick(FIRST)} ${r.pick(LAST)}`;
    const [f, ...rest] = n.split(' ');
    const l = asciiOf(rest.join(''));
    const local = r.pick([`${asciiOf(f!)}.${l}`, `${asciiOf(f!)[0]}${l}${r.int(1, 99)}`, `${l}.${asciiOf(f!)}${r.int(70, 99)}`, `${asciiOf(f!)}_${l}`]);
    return `${local}@${r.pick(['gmail.com', 'icloud.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'hotmail.fr', 'web.de', 'me.com', 'uol.com.br'])}`;
  }

  phone(): string {
    const r = this.r;
    const d = (n: number) => r.digits(n);
    const nz = () => String(r.int(2, 9));
    let ex = `${nz()}${d(2)}`;
    while (ex.slice(0, 3) === '555' || ex[1] === '1' && ex[2] === '1') ex = `${nz()}${d(2)}`;
    const area = `${nz()}${r.int(0, 8)}${r.int(0, 9)}`;
    switch (r.int(0, 9)) {
      case 0: return `+1${area}${ex}${d(4)}`;
      case 1: return `(${area}) ${ex}-${d(4)}`;
      case 2: return `+1 ${area}-${ex}-${d(4)}`;
      case 3: return `+447${r.int(4, 9)}${d(8)}`;
      case 4: return `07${r.int(4, 9)}${d(2)} ${d(6)}`;
      case 5: return `+49 15${r.int(1, 7)} ${d(8)}`;
      case 6: return `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
      case 7: return `+55 11 9${d(4)}-${d(4)}`;
      case 8: return `+91 9${d(4)} ${d(5)}`;
      default: return `+61 4${d(2)} ${d(3)} ${d(3)}`;
    }
  }

  dob(): string {
    const r = this.r;
    const y = r.int(1948, 2005);
    const m = r.int(1, 12);
    const dd = r.int(1, 28);
    const p = (n: number) => String(n).padStart(2, '0');
    return r.pick([`${y}-${p(m)}-${p(dd)}`, `${p(m)}/${p(dd)}/${y}`, `${p(dd)}.${p(m)}.${y}`]);
  }

  ssn(): string {
    const r = this.r;
    let a = r.int(1, 899);
    if (a === 666) a = 667;
    return `${String(a).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
  }

  nino(): string {
    const r = this.r;
    let pre = '';
    do pre = r.chars('ABCEGHJKLMNOPRSTWXYZ', 1) + r.chars('ABCEGHJKLMNPRSTWXYZ', 1);
    while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(pre));
    const d = r.digits(6);
    const s = r.pick(['A', 'B', 'C', 'D']);
    return r.next() < 0.5 ? `${pre}${d}${s}` : `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`;
  }

  sin(): string {
    const r = this.r;
    const body = `${r.int(1, 7)}${r.digits(7)}`;
    for (let c = 0; c <= 9; c++) if (luhn68(body + c)) {
      const s = body + c;
      return r.next() < 0.5 ? s : `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
    }
    throw new Error('sin');
  }

  cpf(): string {
    const r = this.r;
    let d = r.digits(9).split('').map(Number);
    if (new Set(d).size === 1) d = [1, 2, 3, 4, 5, 6, 7, 8, 0];
    const chk = (xs: number[]) => { const s = xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0); const m = (s * 10) % 11; return m === 10 ? 0 : m; };
    d.push(chk(d));
    d.push(chk(d));
    const s = d.join('');
    return r.next() < 0.6 ? `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` : s;
  }

  ip(): string {
    const r = this.r;
    for (;;) {
      const a = r.int(11, 223);
      if ([10, 100, 127, 169, 172, 192, 198, 203].includes(a)) continue;
      return `${a}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
    }
  }

  lat(): string {
    return `${this.r.next() < 0.7 ? '' : '-'}${this.r.int(1, 59)}.${this.r.digits(5)}${this.r.int(1, 9)}`;
  }
  lng(): string {
    return `${this.r.next() < 0.5 ? '' : '-'}${this.r.int(1, 170)}.${this.r.digits(5)}${this.r.int(1, 9)}`;
  }

  card(): string {
    const r = this.r;
    const t = r.int(0, 4);
    const pre = [`4${r.digits(5)}`, `5${r.int(1, 5)}${r.digits(4)}`, `2${r.int(221, 720)}${r.digits(2)}`, `3${r.pick(['4', '7'])}${r.digits(4)}`, `6011${r.digits(2)}`][t]!;
    const len = t === 3 ? 15 : 16;
    let body = pre + r.digits(len - 1 - pre.length);
    if (/^(4111|4242|4000|5555|5105|3782|3714|6011000|4012)/.test(body)) body = body[0] === '3' ? `34${body.slice(2)}` : `4${r.int(5, 9)}${body.slice(2)}`;
    let full = '';
    for (let c = 0; c <= 9; c++) if (luhn68(body + c)) full = body + c;
    const sp = r.next();
    if (sp < 0.6) return full;
    if (len === 15) return `${full.slice(0, 4)} ${full.slice(4, 10)} ${full.slice(10)}`;
    const sep = sp < 0.85 ? ' ' : '-';
    return full.match(/.{4}/g)!.join(sep);
  }

  iban(): string {
    const r = this.r;
    const c = r.pick(['DE', 'GB', 'NL', 'FR', 'BE', 'IE']);
    let bban = '';
    if (c === 'DE') bban = r.digits(18);
    else if (c === 'GB') bban = `${r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MONZ'])}${r.digits(14)}`;
    else if (c === 'IE') bban = `${r.pick(['AIBK', 'BOFI'])}${r.digits(14)}`;
    else if (c === 'NL') bban = `${r.pick(['ABNA', 'INGB', 'RABO', 'KNAB'])}${r.digits(10)}`;
    else if (c === 'FR') { const b = r.digits(5), g = r.digits(5), a = r.digits(11); const key = 97 - Number((BigInt(b + g + a) * 100n) % 97n); bban = `${b}${g}${a}${String(key).padStart(2, '0')}`; }
    else { const x = r.digits(10); const m = Number(BigInt(x) % 97n) || 97; bban = `${x}${String(m).padStart(2, '0')}`; }
    const num = (bban + c + '00').split('').map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');
    const chk = String(98 - Number(BigInt(num) % 97n)).padStart(2, '0');
    const iban = `${c}${chk}${bban}`;
    return r.next() < 0.6 ? iban : iban.match(/.{1,4}/g)!.join(' ');
  }

  routing(): string {
    const r = this.r;
    for (;;) {
      const d = `${String(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32])).padStart(2, '0')}${r.digits(6)}`;
      const w = [3, 7, 1, 3, 7, 1, 3, 7];
      const s = d.split('').reduce((a, x, i) => a + Number(x) * w[i]!, 0);
      return d + String((10 - (s % 10)) % 10);
    }
  }
}

export function luhn68(s: string): boolean {
  let sum = 0;
  const d = s.replace(/\D/g, '');
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return sum % 10 === 0;
}

export { B62, HEX };
