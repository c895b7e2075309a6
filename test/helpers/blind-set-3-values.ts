import { ALPHA, Rng, b64url, base62, crc32, ibanCheck, luhnDigit } from './blind-set-3-rng';

/**
 * Value generators for blind held-out set 3: token formats as providers publish them (prefix,
 * length, alphabet, checksum), personal and financial values in valid formats.
 */
export class BlindValues {
  constructor(readonly r: Rng) {}

  /** GitHub token kinds: 30 random base62 + 6-char base62 CRC32. */
  github(prefix: 'ghp' | 'gho' | 'ghu' | 'ghs' | 'ghr' = 'ghp'): string {
    const body = this.r.str(ALPHA.b62, 30);
    return `${prefix}_${body}${base62(crc32(body), 6)}`;
  }
  /** GitHub fine-grained PAT. */
  githubFine(): string {
    return `github_pat_11${this.r.str(ALPHA.upperNum, 20)}_${this.r.str(ALPHA.b62, 59)}`;
  }
  /** npm granular/automation token (same checksum layout as GitHub). */
  npm(): string {
    const body = this.r.str(ALPHA.b62, 30);
    return `npm_${body}${base62(crc32(body), 6)}`;
  }
  stripe(kind: 'sk' | 'rk' = 'sk'): string {
    return `${kind}_live_${this.r.str(ALPHA.b62, this.r.pick([24, 99]))}`;
  }
  stripeWebhook(): string {
    return `whsec_${this.r.str(ALPHA.b62, 32)}`;
  }
  twilioSid(): string {
    return `AC${this.r.str(ALPHA.hex, 32)}`;
  }
  hex(n: number): string {
    return this.r.str(ALPHA.hex, n);
  }
  b62(n: number): string {
    return this.r.str(ALPHA.b62, n);
  }
  sendgrid(): string {
    return `SG.${this.r.str(ALPHA.b64url, 22)}.${this.r.str(ALPHA.b64url, 43)}`;
  }
  mailchimp(): string {
    return `${this.hex(32)}-us${this.r.int(1, 21)}`;
  }
  slack(kind: 'xoxb' | 'xoxp' | 'xoxe.xoxp' = 'xoxb'): string {
    const d = () => this.r.digits(this.r.int(11, 13), true);
    if (kind === 'xoxb') return `xoxb-${d()}-${d()}-${this.r.str(ALPHA.b62, 24)}`;
    if (kind === 'xoxp') return `xoxp-${d()}-${d()}-${d()}-${this.hex(32)}`;
    return `xoxe.xoxp-1-${this.r.str(ALPHA.b62, 140)}`;
  }
  slackWebhookPath(): string {
    return `T${this.r.str(ALPHA.upperNum, 10)}/B${this.r.str(ALPHA.upperNum, 10)}/${this.r.str(ALPHA.b62, 24)}`;
  }
  slackAppToken(): string {
    return `xapp-1-A${this.r.str(ALPHA.upperNum, 10)}-${this.r.digits(13, true)}-${this.hex(64)}`;
  }
  gitlab(prefix = 'glpat-'): string {
    return `${prefix}${this.r.str(ALPHA.b62 + '_-', 20)}`;
  }
  awsKeyId(prefix: 'AKIA' | 'ASIA' = 'AKIA'): string {
    return prefix + this.r.str(ALPHA.b32.replace(/[01]/g, ''), 16);
  }
  awsSecret(): string {
    return this.r.str(ALPHA.b62 + '+/', 40);
  }
  /** An STS session token: the real ones start IQoJb3JpZ2luX2Vj and are several hundred base64 chars. */
  awsSession(): string {
    return `IQoJb3JpZ2luX2Vj${this.r.str(ALPHA.b62 + '+/', this.r.int(380, 600))}${this.r.pick(['', '=', '=='])}`;
  }
  gcpApiKey(): string {
    return `AIza${this.r.str(ALPHA.b62 + '_-', 35)}`;
  }
  gcpOauthSecret(): string {
    return `GOCSPX-${this.r.str(ALPHA.b62 + '_-', 28)}`;
  }
  googleAccessToken(): string {
    return `ya29.a0${this.r.str(ALPHA.b62 + '_-', 150)}`;
  }
  azureStorageKey(): string {
    return `${this.r.str(ALPHA.b62 + '+/', 86)}==`;
  }
  azureClientSecret(): string {
    return `${this.r.str(ALPHA.b62, 3)}${this.r.int(7, 8)}Q~${this.r.str(ALPHA.b62 + '_-.~', 34)}`;
  }
  newRelicUser(): string {
    return `NRAK-${this.r.str(ALPHA.upperNum, 27)}`;
  }
  newRelicLicense(): string {
    return `${this.hex(36)}NRAL`;
  }
  sentryUser(): string {
    return `sntryu_${this.hex(64)}`;
  }
  hubspot(): string {
    return `pat-${this.r.pick(['na1', 'eu1'])}-${this.r.uuid()}`;
  }
  shopify(prefix: 'shpat' | 'shpss' | 'shpca' | 'shppa' = 'shpat'): string {
    return `${prefix}_${this.hex(32)}`;
  }
  square(): string {
    return `EAAA${this.r.str(ALPHA.b62 + '_-', 60)}`;
  }
  braintree(): string {
    return `access_token$production$${this.r.str(ALPHA.lowerNum, 16)}$${this.hex(32)}`;
  }
  okta(): string {
    return `00${this.r.str(ALPHA.b62 + '_-', 40)}`;
  }
  salesforce(): string {
    return `00D${this.r.str(ALPHA.b62, 12)}!${this.r.str(ALPHA.b62 + '._', 96)}`;
  }
  digitalOcean(kind: 'dop' | 'doo' | 'dor' = 'dop'): string {
    return `${kind}_v1_${this.hex(64)}`;
  }
  netlify(): string {
    return `nfp_${this.r.str(ALPHA.b62, 36)}`;
  }
  pypi(): string {
    return `pypi-AgEIcHlwaS5vcmc${this.r.str(ALPHA.b64url, this.r.int(150, 200))}`;
  }
  dockerHub(): string {
    return `dckr_pat_${this.r.str(ALPHA.b62 + '_-', 27)}`;
  }
  openai(): string {
    return this.r.next() < 0.5 ? `sk-proj-${this.r.str(ALPHA.b62 + '_-', 156)}` : `sk-${this.r.str(ALPHA.b62, 20)}T3BlbkFJ${this.r.str(ALPHA.b62, 20)}`;
  }
  anthropic(): string {
    return `sk-ant-api03-${this.r.str(ALPHA.b62 + '_-', 93)}AA`;
  }
  vault(): string {
    return `hvs.${this.r.str(ALPHA.b62, 24)}`;
  }
  databricks(): string {
    return `dapi${this.hex(32)}`;
  }
  fcmServerKey(): string {
    return `AAAA${this.r.str(ALPHA.b62 + '_-', 7)}:APA91b${this.r.str(ALPHA.b62 + '_-', 134)}`;
  }
  /** A JWT with a realistic header and payload and a random signature. */
  jwt(claims: Record<string, unknown> = {}): string {
    const now = 1_780_000_000 + this.r.int(0, 9_999_999);
    const h = b64url(JSON.stringify({ alg: this.r.pick(['HS256', 'RS256']), typ: 'JWT' }));
    const p = b64url(JSON.stringify({ sub: this.r.uuid(), iat: now, exp: now + 3600, ...claims }));
    return `${h}.${p}.${this.r.str(ALPHA.b64url, this.r.pick([43, 342]))}`;
  }
  /** A password with mixed classes and, optionally, separators people use. */
  password(special = '!@#%^*-_.'): string {
    const body = this.r.str(ALPHA.b62, this.r.int(12, 18)).split('');
    for (let i = 0; i < 3; i++) body.splice(this.r.int(1, body.length - 1), 0, this.r.pick(special.split('')));
    return body.join('');
  }
  /** A PEM body (base64 lines of 64) starting like a real DER of the given kind. */
  pemBody(kind: 'pkcs8' | 'rsa' | 'ec' | 'openssh'): string[] {
    const lead = {
      pkcs8: 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ',
      rsa: 'MIIEowIBAAKCAQEA',
      ec: 'MHcCAQEEI',
      openssh: 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
    }[kind];
    const total = { pkcs8: 1600, rsa: 1580, ec: 160, openssh: 380 }[kind];
    const all = lead + this.r.str(ALPHA.b64, total - lead.length);
    const lines: string[] = [];
    for (let i = 0; i < all.length; i += kind === 'openssh' ? 70 : 64) lines.push(all.slice(i, i + (kind === 'openssh' ? 70 : 64)));
    if (kind !== 'openssh') lines[lines.length - 1] += '==';
    return lines;
  }

  // ---- personal / financial ----
  email(): string {
    const first = this.r.pick(['maria', 'j.okafor', 'liam.chen', 'priya_r', 'tomasz', 'a.dubois', 'kenji.t', 'sofia88', 'ahmed.k', 'olga.petrova']);
    const dom = this.r.pick(['gmail.com', 'outlook.com', 'yahoo.co.uk', 'fastmail.fm', 'proton.me', 'gmx.de', 'orange.fr', 'icloud.com', 'hey.com', 'web.de']);
    return `${first}${this.r.int(2, 97)}@${dom}`;
  }
  /** An E.164 number outside fictional ranges. */
  phoneE164(): string {
    const c = this.r.pick(['us', 'uk', 'de', 'fr', 'in', 'br']);
    if (c === 'us') return `+1${this.r.int(201, 989)}${this.r.int(201, 549)}${this.r.digits(4)}`;
    if (c === 'uk') return `+447${this.r.int(400, 999)}${this.r.digits(6)}`;
    if (c === 'de') return `+4915${this.r.int(1, 9)}${this.r.digits(8)}`;
    if (c === 'fr') return `+33${this.r.pick(['6', '7'])}${this.r.digits(8)}`;
    if (c === 'in') return `+91${this.r.int(7, 9)}${this.r.digits(9)}`;
    return `+5511${this.r.int(91, 99)}${this.r.digits(7)}`;
  }
  /** A US number in national notation. */
  phoneUsNational(): string {
    return `(${this.r.int(201, 989)}) ${this.r.int(201, 549)}-${this.r.digits(4)}`;
  }
  phoneUkNational(): string {
    return `07${this.r.int(400, 999)} ${this.r.digits(6)}`;
  }
  iban(country: 'DE' | 'GB' | 'FR' | 'NL' | 'ES' = 'DE', grouped = false): string {
    const bban = {
      DE: () => this.r.digits(18),
      GB: () => this.r.str(ALPHA.upper, 4) + this.r.digits(14),
      FR: () => this.r.digits(10) + this.r.str(ALPHA.upperNum, 11) + this.r.digits(2),
      NL: () => this.r.str(ALPHA.upper, 4) + this.r.digits(10),
      ES: () => this.r.digits(20),
    }[country]();
    const s = country + ibanCheck(country, bban) + bban;
    return grouped ? s.replace(/(.{4})(?=.)/g, '$1 ') : s;
  }
  card(brand: 'visa' | 'mc' | 'amex' | 'discover' = 'visa', sep = ''): string {
    const pre = { visa: '4' + this.r.digits(5), mc: String(this.r.int(51, 55)) + this.r.digits(4), amex: this.r.pick(['34', '37']) + this.r.digits(4), discover: '6011' + this.r.digits(2) }[brand];
    const len = brand === 'amex' ? 15 : 16;
    const body = pre + this.r.digits(len - 1 - pre.length);
    const n = body + luhnDigit(body);
    if (!sep) return n;
    return brand === 'amex' ? `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}` : n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
  }
  ssn(): string {
    let a = this.r.int(1, 899);
    if (a === 666) a = 667;
    return `${String(a).padStart(3, '0')}-${String(this.r.int(1, 99)).padStart(2, '0')}-${String(this.r.int(1, 9999)).padStart(4, '0')}`;
  }
  ukNi(spaced = false): string {
    const first = 'ABCEGHJKLMNOPRSTWXYZ';
    const second = 'ABCEGHJKLMNPRSTWXYZ';
    let p = '';
    do p = this.r.pick(first.split('')) + this.r.pick(second.split(''));
    while (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p));
    const d = this.r.digits(6);
    const s = this.r.pick(['A', 'B', 'C', 'D']);
    return spaced ? `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${p}${d}${s}`;
  }
  /** A public IPv4 address outside private, loopback, CGNAT, documentation and multicast ranges. */
  publicIp(): string {
    const a = this.r.pick([24, 31, 37, 46, 62, 73, 81, 89, 94, 109, 151, 176, 185, 188, 212, 217]);
    return `${a}.${this.r.int(1, 254)}.${this.r.int(0, 255)}.${this.r.int(1, 254)}`;
  }
  dob(): string {
    return `${this.r.int(1950, 2004)}-${String(this.r.int(1, 12)).padStart(2, '0')}-${String(this.r.int(1, 28)).padStart(2, '0')}`;
  }
}
