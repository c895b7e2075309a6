import { DIG, type Rng, type Sample } from './sample-rng';

/**
 * Values with valid checksums for the national ids and layouts of issue-pf16 (written from the
 * published algorithms, independently of src/scan/id-checksums-global.ts), and sample lines for its detectors.
 */
const p2 = (n: number): string => String(n).padStart(2, '0');
const digits = (s: string): number[] => [...s].map(Number);
const weighted = (d: readonly number[], w: readonly number[]): number => w.reduce((s, x, i) => s + x * d[i]!, 0);

/** The Luhn check digit that completes `body`. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const dob = (r: Rng): [number, number, number] => [r.int(1950, 2004), r.int(1, 12), r.int(1, 28)];

/** Greek AMKA: DDMMYY + 4 + Luhn. */
export function amka(r: Rng): string {
  const [y, m, d] = dob(r);
  const body = `${p2(d)}${p2(m)}${p2(y % 100)}${r.str(DIG, 4)}`;
  return body + luhnDigit(body);
}

/** Greek AFM: 8 digits, check sum(d_i 2^(8-i)) mod 11 mod 10. */
export function afm(r: Rng): string {
  const body = `${r.int(1, 9)}${r.str(DIG, 7)}`;
  return body + String((weighted(digits(body), [256, 128, 64, 32, 16, 8, 4, 2]) % 11) % 10);
}

/** Slovenian EMŠO: DDMMYYY 50 BBB K. */
export function emso(r: Rng): string {
  for (;;) {
    const [y, m, d] = dob(r);
    const body = `${p2(d)}${p2(m)}${String(y % 1000).padStart(3, '0')}50${r.str(DIG, 3)}`;
    const k = 11 - (weighted(digits(body), [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    if (k === 10) continue;
    return body + String(k === 11 ? 0 : k);
  }
}

/** Latvian personas kods (old form) DDMMYY-CNNNX. */
export function lvCode(r: Rng): string {
  for (;;) {
    const [y, m, d] = dob(r);
    const body = `${p2(d)}${p2(m)}${p2(y % 100)}${y >= 2000 ? 2 : 1}${r.str(DIG, 3)}`;
    const x = (1101 - weighted(digits(body), [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11;
    if (x === 10) continue;
    return `${body.slice(0, 6)}-${body.slice(6)}${x}`;
  }
}

/** Hungarian TAJ: 8 digits, x3/x7, mod 10. */
export function taj(r: Rng): string {
  const body = `${r.int(1, 9)}${r.str(DIG, 7)}`;
  return body + String(weighted(digits(body), [3, 7, 3, 7, 3, 7, 3, 7]) % 10);
}

/** Thai national id: 12 digits then (11 - sum mod 11) mod 10. */
export function thId(r: Rng): string {
  const body = `${r.int(1, 8)}${r.str(DIG, 11)}`;
  return body + String((11 - (weighted(digits(body), [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10);
}

/** Saudi national id (1) or iqama (2): Luhn over 10 digits. */
export function saId(r: Rng): string {
  const body = `${r.int(1, 2)}${r.str(DIG, 8)}`;
  return body + luhnDigit(body);
}

/** UAE Emirates ID 784-YYYY-NNNNNNN-C. */
export function emiratesId(r: Rng): string {
  const body = `784${r.int(1960, 2005)}${r.str(DIG, 7)}`;
  const c = luhnDigit(body);
  return `${body.slice(0, 3)}-${body.slice(3, 7)}-${body.slice(7)}-${c}`;
}

/** Colombian NIT: 9 digits, dash, check digit. */
export function nit(r: Rng): string {
  const body = `${r.pick(['8', '9'])}${r.str(DIG, 8)}`;
  const w = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];
  const s = [...body].reverse().reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11;
  return `${body}-${s > 1 ? 11 - s : s}`;
}

/** Peruvian RUC: 10/20 + 8 digits + check. */
export function ruc(r: Rng): string {
  const body = `${r.pick(['10', '20'])}${r.str(DIG, 8)}`;
  const x = 11 - (weighted(digits(body), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return body + String(x === 10 ? 0 : x === 11 ? 1 : x);
}

/** Indonesian NIK: province 31, regency, district, DDMMYY (+40 for women), serial. */
export function nik(r: Rng): string {
  const [y, m, d] = dob(r);
  return `31${p2(r.int(1, 75))}${p2(r.int(1, 40))}${p2(d + (r.int(0, 1) ? 40 : 0))}${p2(m)}${p2(y % 100)}${String(r.int(1, 9999)).padStart(4, '0')}`;
}

/** Malaysian MyKad YYMMDD-PB-NNNN. */
export function myKad(r: Rng): string {
  const [y, m, d] = dob(r);
  return `${p2(y % 100)}${p2(m)}${p2(d)}-${p2(r.int(1, 14))}-${r.str(DIG, 4)}`;
}

/** Egyptian national id: century, YYMMDD, governorate, serial, a check digit. */
export function egId(r: Rng): string {
  const [y, m, d] = dob(r);
  return `${y >= 2000 ? 3 : 2}${p2(y % 100)}${p2(m)}${p2(d)}${r.pick(['01', '02', '12', '21', '88'])}${r.str(DIG, 4)}${r.int(1, 9)}`;
}

/** Mexican RFC of a person: 4 letters, YYMMDD, homoclave. */
export function rfc(r: Rng): string {
  const [y, m, d] = dob(r);
  const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return `${r.str(L, 4)}${p2(y % 100)}${p2(m)}${p2(d)}${r.str(L + DIG, 2)}${r.str(DIG, 1)}`;
}

/** Israeli Teudat Zehut: 8 digits then a Luhn-like check. */
export function ilId(r: Rng): string {
  const body = r.str(DIG, 8);
  return body + luhnDigit(body);
}

/** Australian Business Number (mod 89). */
export function abn(r: Rng): string {
  for (;;) {
    const rest = `${r.str(DIG, 9)}`;
    for (let c = 10; c <= 99; c++) {
      const s = `${c}${rest}`;
      const d = digits(s);
      d[0]! -= 1;
      if (weighted(d, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 === 0) return s;
    }
  }
}

/** A mod-97 IBAN of a country with `bban` as its body. */
export function ibanOf(country: string, bban: string): string {
  const num = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = 98 - Number(BigInt(num) % 97n);
  return `${country}${p2(check)}${bban}`;
}

/** A French NIR grouped `S YY MM DD CCC NNN KK` (dept 2 digits, commune, serial, key 97 - n mod 97). */
export function nirGrouped(r: Rng): string {
  const body = `${r.int(1, 2)}${p2(r.int(50, 99))}${p2(r.int(1, 12))}${p2(r.int(10, 95))}${r.int(100, 989)}${r.int(100, 998)}`;
  const key = p2(Number(97n - (BigInt(body) % 97n)));
  return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${key}`;
}

/** Samples for the detectors of issue-pf16 (see generators.ts). */
export const PF16_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'personal-id-var-dump': (r) => ['PHP Fatal error: Uncaught DomainException\narray(2) {\n  ["numero_securite_sociale"]=>\n  string(21) "', nirGrouped(r), '"\n}'],
  'personal-id-hibernate-bind': (r) => ['org.hibernate.SQL : insert into employee (email, national_id, id) values (?, ?, ?)\nTRACE o.h.type.descriptor.sql.BasicBinder : binding parameter [2] as [VARCHAR] - [', nirGrouped(r).replace(/ /g, ''), ']'],
  'phone-json-escaped': (r) => ['{"Contact":{"Name":"Ann Lee","Phone":"', `\\u002B44${r.int(7100, 7999)}${r.str(DIG, 6)}`, '"}}'],
  'email-json-escaped': (r) => ['{"Contact":{"Email":"', `${r.pick(['ann.lee', 'j.smith', 'maria'])}${r.int(1, 99)}\\u0040${r.pick(['corp.io', 'mail.de', 'acme.co.uk'])}`, '"}}'],
  'bank-account-native-key': (r) => ['{"titular":"Ana Lopez","numero_cuenta":"', `${r.str(DIG, 4)} ${r.str(DIG, 4)} ${r.str(DIG, 2)} ${r.int(1, 9)}${r.str(DIG, 9)}`, '"}'],
  'street-address-nordic': (r) => ["tyontekija = {'nimi': 'Aino', 'toimitus': ", `Mannerheimintie ${r.int(2, 120)} B ${r.int(1, 40)}, 00${r.int(10, 99)}0 Helsinki`, '}'],
  'street-address-pt-pl': (r) => ['correios: entrega falhou para ', `Rua ${r.pick(['Augusta', 'das Flores', 'do Carmo'])} ${r.int(1, 999)}, ${r.int(1000, 9999)}-${String(r.int(0, 999)).padStart(3, '0')} Lisboa`, ' (destinatário ausente)'],
  'street-address-cz-sk': (r) => ['zasilka nedorucena: ', `Václavské náměstí ${r.int(1, 99)}, 1${r.int(10, 99)} 00 Praha ${r.int(1, 9)}`, ' (adresat nezastizen)'],
  'street-address-sg': (r) => ['delivery failed for parcel SG-4471: ', `Blk ${r.int(100, 899)} Tampines Street ${r.int(11, 99)} #${p2(r.int(2, 25))}-${r.int(100, 999)} Singapore 52${r.str(DIG, 4)}`, ' (recipient absent)'],
};
