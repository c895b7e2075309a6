import { belgianBban, frenchBban, italianBban, spanishBban } from './blind-set-4-bban';
import { abaOk, CHARS, makeIban, Rand, withLuhn } from './blind-set-4-rng';
import { ProviderTokens } from './blind-set-4-tokens';

const FIRST = ['maria', 'jonas', 'aisha', 'liam', 'chen', 'fatima', 'noah', 'ingrid', 'tomas', 'priya', 'kofi', 'elena'];
const LAST = ['okafor', 'lindqvist', 'moreau', 'tanaka', 'schneider', 'oliveira', 'kowalski', 'haddad', 'brennan', 'nakamura'];
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'icloud.com', 'proton.me', 'northwind-logistics.com', 'fabrikam.io'];
// Area codes in service, so every US number is one a phone-number library accepts.
const US_AREAS = ['212', '312', '415', '617', '646', '737', '206', '303', '404', '512', '702', '713', '305', '619'];
const WORDS = ['granite', 'harbor', 'velvet', 'cobalt', 'meadow', 'thunder', 'saffron', 'glacier', 'lantern', 'orchid', 'falcon', 'quartz'];

/**
 * All seeded generators a blind-set-4 case needs: provider tokens (`t`), passwords, personal and
 * financial values, and small encoders (base64, JWT, PEM) for the contexts that wrap them.
 */
export class Gen {
  readonly t: ProviderTokens;

  constructor(readonly r: Rand) {
    this.t = new ProviderTokens(r);
  }

  /** A human-chosen password: words, digits and a symbol, like people pick. */
  humanPassword(): string {
    const w = this.r.one(WORDS);
    const w2 = this.r.one(WORDS);
    const sym = this.r.one(['!', '#', '%', '*', '-', '.', '?', '+']);
    return `${w[0]!.toUpperCase()}${w.slice(1)}${sym}${w2}${this.r.int(10, 9999)}`;
  }
  /** A generated password from a password manager (safe in URLs: no @ : / ? #). */
  strongPassword(n = 20): string {
    return this.r.chars(CHARS.alnum + '-_.~!*', n);
  }
  /** A password with characters that stop naive value scanning: spaces, & ; # and quotes-free. */
  awkwardPassword(): string {
    return `${this.r.chars(CHARS.alnum, 5)} ${this.r.chars(CHARS.alnum, 4)}&${this.r.chars(CHARS.alnum, 3)};#${this.r.int(10, 99)}`;
  }
  /** A passphrase of four words with spaces. */
  passphrase(): string {
    return [0, 1, 2, 3].map(() => this.r.one(WORDS)).join(' ') + ` ${this.r.int(10, 99)}`;
  }
  /** An opaque random secret of n characters from a set. */
  opaque(n: number, set: string = CHARS.alnum): string {
    return this.r.chars(set, n);
  }

  /** A person's name parts. */
  person(): { first: string; last: string } {
    return { first: this.r.one(FIRST), last: this.r.one(LAST) };
  }
  /** A personal email address at a real-world style domain. */
  email(): string {
    const { first, last } = this.person();
    const local = this.r.one([`${first}.${last}`, `${first[0]}${last}`, `${first}${this.r.int(1, 99)}`, `${last}.${first}`]);
    return `${local}@${this.r.one(MAIL_DOMAINS)}`;
  }
  /** An international phone number in one of several national display styles. */
  phone(): string {
    const d = (n: number): string => this.r.chars(CHARS.dec, n);
    return this.r.one([
      () => `+44 7${this.r.int(4, 9)}${d(2)} ${d(6)}`,
      () => `+49 15${this.r.int(1, 9)} ${this.r.num(8)}`,
      () => `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
      () => `+1 (${this.r.one(US_AREAS)}) ${this.r.int(2, 9)}${this.r.int(1, 4)}${d(1)}-${d(4)}`,
      () => `+61 4${d(2)} ${d(3)} ${d(3)}`,
      () => `+91 9${d(4)} ${d(5)}`,
      () => `+55 11 9${d(4)}-${d(4)}`,
      () => `+81 90-${d(4)}-${d(4)}`,
      () => `+31 6 ${this.r.num(8)}`,
    ])();
  }
  /** A compact E.164 number (US). */
  e164(): string {
    return `+1${this.r.one(US_AREAS)}${this.r.int(2, 9)}${this.r.int(1, 4)}${this.r.chars(CHARS.dec, 5)}`;
  }
  /** A US SSN in an issuable range (no 000, 666, 9xx area; no 00 group; no 0000 serial). */
  ssn(dashed = true): string {
    let area = this.r.int(1, 899);
    if (area === 666) area = 667;
    const a = String(area).padStart(3, '0');
    const g = String(this.r.int(1, 99)).padStart(2, '0');
    const s = String(this.r.int(1, 9999)).padStart(4, '0');
    return dashed ? `${a}-${g}-${s}` : `${a}${g}${s}`;
  }
  /** A UK National Insurance number with valid prefix letters. */
  nino(): string {
    let first = '';
    let second = '';
    // First letter never D F I Q U V; second never D F I O Q U V; a few pairs are never issued.
    while (!first || ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(first + second)) {
      first = this.r.one('ABCEGHJKLMNPRSTWXYZ'.split(''));
      second = this.r.one('ABCEGHJKLMNPRSTWXYZ'.split(''));
    }
    return `${first}${second} ${this.r.chars(CHARS.dec, 2)} ${this.r.chars(CHARS.dec, 2)} ${this.r.chars(CHARS.dec, 2)} ${this.r.one(['A', 'B', 'C', 'D'])}`;
  }
  /** A date of birth between 1950 and 2004. */
  dob(): { y: number; m: string; d: string } {
    return { y: this.r.int(1950, 2004), m: String(this.r.int(1, 12)).padStart(2, '0'), d: String(this.r.int(1, 28)).padStart(2, '0') };
  }

  /** A payment card number of a brand, Luhn-valid, compact. */
  card(brand: 'visa' | 'mc' | 'amex' | 'discover' = 'visa'): string {
    const prefix = {
      visa: '4' + this.r.num(5),
      mc: String(this.r.int(51, 55)) + this.r.chars(CHARS.dec, 4),
      amex: this.r.one(['34', '37']) + this.r.chars(CHARS.dec, 4),
      discover: '6011' + this.r.chars(CHARS.dec, 2),
    }[brand];
    const len = brand === 'amex' ? 15 : 16;
    for (;;) {
      const n = withLuhn(prefix + this.r.chars(CHARS.dec, len - 1 - prefix.length));
      // Real cards rarely repeat one digit for long; redraw runs that look like test numbers.
      if (!/(\d)\1{4}/.test(n)) return n;
    }
  }
  /** Groups a card number as printed: 4-4-4-4 or Amex 4-6-5. */
  grouped(card: string, sep = ' '): string {
    if (card.length === 15) return [card.slice(0, 4), card.slice(4, 10), card.slice(10)].join(sep);
    return card.match(/.{4}/g)!.join(sep);
  }
  /** An IBAN (compact) of a European country with the right BBAN layout. */
  iban(country?: string): string {
    const c = country ?? this.r.one(['DE', 'GB', 'FR', 'NL', 'ES', 'IT', 'BE', 'AT']);
    const d = (n: number): string => this.r.chars(CHARS.dec, n);
    const bban: Record<string, () => string> = {
      DE: () => d(18),
      GB: () => this.r.one(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + d(14),
      FR: () => frenchBban(d(5), d(5), d(11)),
      NL: () => this.r.one(['ABNA', 'INGB', 'RABO', 'TRIO']) + d(10),
      ES: () => spanishBban(d(4), d(4), d(10)),
      IT: () => italianBban(d(5), d(5), d(12)),
      BE: () => belgianBban(d(10)),
      AT: () => d(16),
    };
    return makeIban(c, bban[c]!());
  }
  /** An IBAN printed in groups of four. */
  ibanPrinted(iban: string): string {
    return iban.match(/.{1,4}/g)!.join(' ');
  }
  /** A US ABA routing number with a valid check digit. */
  routing(): string {
    for (;;) {
      const n = String(this.r.int(1, 12)).padStart(2, '0') + this.r.chars(CHARS.dec, 7);
      if (abaOk(n)) return n;
    }
  }

  /** Base64 of a UTF-8 string. */
  b64(s: string): string {
    return Buffer.from(s, 'utf8').toString('base64');
  }
  /** A signed-looking HS256/RS256 JWT with realistic claims. */
  jwt(claims: Record<string, unknown> = {}): string {
    const enc = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = 1764800000 + this.r.int(0, 2_000_000);
    const header = enc({ alg: this.r.one(['HS256', 'RS256']), typ: 'JWT', kid: this.r.chars(CHARS.hex, 16) });
    const body = enc({ sub: this.r.uuid(), iat: now, exp: now + 3600, iss: 'https://auth.northwind-logistics.com/', ...claims });
    return `${header}.${body}.${this.r.bytes(this.r.one([32, 256])).toString('base64url')}`;
  }
  /** A PEM private key block (PKCS#8 RSA header bytes, random body) with newline separator nl. */
  pem(nl = '\n', label = 'PRIVATE KEY'): string {
    const der = Buffer.concat([Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100', 'hex'), this.r.bytes(1180)]);
    const lines = der.toString('base64').match(/.{1,64}/g)!;
    return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join(nl);
  }
}
