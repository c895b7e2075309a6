/** Value generators and sample generators for the detectors of branch issue-pf13 (blind set 13's personal and financial classes). */
import { createHash } from 'node:crypto';
import { bech32Checksum } from '../../../src/scan/bech32';
import { base58 } from '../../helpers/financial-values';
import { DIG, UPPER, type Rng, type Sample } from './sample-rng';

const bytes = (r: Rng, n: number): Buffer => Buffer.from(Array.from({ length: n }, () => r.int(0, 255)));
const sha = (b: Buffer): Buffer => createHash('sha256').update(b).digest();
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** A US SSN without dashes (area 001-665 or 667-899, group and serial not zero). */
export const ssnBare = (r: Rng): string => `${String(r.pick([r.int(1, 665), r.int(667, 899)])).padStart(3, '0')}${pad2(r.int(1, 99))}${String(r.int(1, 9999)).padStart(4, '0')}`;

/** A US EIN with an IRS campus prefix. */
export const ein = (r: Rng): string => `${r.pick(['12', '20', '27', '45', '46', '81', '94', '95'])}-${r.str(DIG, 7)}`;

/** A Finnish henkilötunnus (20th century, check character mod 31). */
export function hetu(r: Rng): string {
  const dd = pad2(r.int(1, 28));
  const mm = pad2(r.int(1, 12));
  const yy = pad2(r.int(40, 99));
  const serial = String(r.int(2, 899)).padStart(3, '0');
  return `${dd}${mm}${yy}-${serial}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(dd + mm + yy + serial) % 31]}`;
}

/** A Brazilian CNPJ, formatted `12.345.678/0001-95`. */
export function cnpj(r: Rng): string {
  const d = [...r.str(DIG, 8), '0', '0', '0', '1'].map(Number);
  for (const w of [[5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]]) {
    const m = w.reduce((a, x, i) => a + x * d[i]!, 0) % 11;
    d.push(m < 2 ? 0 : 11 - m);
  }
  const s = d.join('');
  return `${s.slice(0, 2)}.${s.slice(2, 5)}.${s.slice(5, 8)}/${s.slice(8, 12)}-${s.slice(12)}`;
}

/** A Chilean RUT, formatted `12.345.678-5` (or `-K`). */
export function rut(r: Rng): string {
  const body = String(r.int(5_000_000, 25_000_000));
  let sum = 0;
  for (let i = body.length - 1, w = 2; i >= 0; i--, w = w === 7 ? 2 : w + 1) sum += Number(body[i]) * w;
  const c = 11 - (sum % 11);
  const dv = c === 11 ? '0' : c === 10 ? 'K' : String(c);
  return `${body.slice(0, -6)}.${body.slice(-6, -3)}.${body.slice(-3)}-${dv}`;
}

/** A Turkish T.C. Kimlik No (two check digits). */
export function tckn(r: Rng): string {
  const d = [r.int(1, 9), ...[...r.str(DIG, 8)].map(Number)];
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  d.push((((odd * 7 - even) % 10) + 10) % 10);
  d.push(d.reduce((a, b) => a + b, 0) % 10);
  return d.join('');
}

/** A Mexican CLABE (18 digits, weights 3-7-1, check digit). */
export function clabe(r: Rng): string {
  const body = r.pick(['002', '012', '014', '021', '072']) + r.str(DIG, 14);
  const sum = [...body].reduce((a, c, i) => a + ((Number(c) * [3, 7, 1][i % 3]!) % 10), 0);
  return body + ((10 - (sum % 10)) % 10);
}

/** A German VAT number (`DE` + 8 digits + ISO 7064 MOD 11,10 check digit). */
export function vatDe(r: Rng): string {
  const body = String(r.int(1, 9)) + r.str(DIG, 7);
  let product = 10;
  for (const ch of body) {
    const sum = (Number(ch) + product) % 10 || 10;
    product = (2 * sum) % 11;
  }
  return `DE${body}${(11 - product) % 10}`;
}

/** A bech32 address for `hrp` over `n` random data characters. */
export function bech32Address(r: Rng, hrp: string, n: number): string {
  const data = r.str('qpzry9x8gf2tvdw0s3jn54khce6mua7l', n);
  return `${hrp}1${data}${bech32Checksum(hrp, data)}`;
}

/** A Tezos tz1 address (Base58Check over the 3-byte prefix and a 20-byte hash). */
export function tezos(r: Rng): string {
  const p = Buffer.concat([Buffer.from([6, 161, 159]), bytes(r, 20)]);
  return base58(Buffer.concat([p, sha(sha(p)).subarray(0, 4)]));
}

/** A Polkadot (prefix 0) SS58 address. */
export function polkadot(r: Rng): string {
  const body = Buffer.concat([Buffer.from([0]), bytes(r, 32)]);
  const sum = createHash('blake2b512').update(Buffer.from('SS58PRE')).update(body).digest();
  return base58(Buffer.concat([body, sum.subarray(0, 2)]));
}

/** A Stellar account id (`G…`, base32 with CRC-16/XMODEM). */
export function stellar(r: Rng): string {
  const body = Buffer.concat([Buffer.from([48]), bytes(r, 32)]);
  let crc = 0;
  for (const b of body) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  const all = Buffer.concat([body, Buffer.from([crc & 0xff, crc >> 8])]);
  let bits = 0;
  let acc = 0;
  let s = '';
  for (const b of all) {
    acc = ((acc << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) s += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[(acc >> (bits -= 5)) & 31];
  }
  return bits > 0 ? s + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[(acc << (5 - bits)) & 31] : s;
}

/** A Solana address: 32 random bytes in Base58 (mixed case and a digit, as nearly all are). */
export function solana(r: Rng): string {
  for (;;) {
    const s = base58(Buffer.concat([Buffer.from([r.int(1, 255)]), bytes(r, 31)]));
    if (/\d/.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s)) return s;
  }
}

/** A Luhn-valid Visa number. */
export function visa(r: Rng): string {
  const body = '4' + r.str(DIG, 14);
  for (let c = 0; c < 10; c++) {
    const s = body + c;
    const sum = [...s].reverse().reduce((a, ch, i) => a + (i % 2 ? (Number(ch) * 2 > 9 ? Number(ch) * 2 - 9 : Number(ch) * 2) : Number(ch)), 0);
    if (sum % 10 === 0) return s;
  }
  return body + '0';
}

/** Sample lines for each detector of this branch: contexts only it covers. */
export const PF13_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'personal-id-csv-column': (r) => ['payroll export\nemployee_id,full_name,ssn,department\n1042,A. Lee,', ssnBare(r), ',Finance'],
  'personal-id-sql-column': (r) => ["INSERT INTO employees (id, name, tax_id) VALUES (7, 'A. Lee', '", ssnBare(r), "');"],
  'personal-id-sql-error': (r) => ['ERROR: duplicate key value violates unique constraint "employees_tax_id_key" DETAIL: Key (tax_id)=(', ssnBare(r), ') already exists.'],
  'personal-id-saml-attribute': (r) => ['<saml:Attribute Name="urn:oid:1.2.246.21" FriendlyName="nationalIdentificationNumber"><saml:AttributeValue>', hetu(r), '</saml:AttributeValue></saml:Attribute>'],
  'personal-id-under-key': (r) => ['vendor onboarding {"employerIdentificationNumber":"', ein(r), '","legalName":"Acme LLC"}'],
  'date-of-birth-more-keys': (r) => ['kyc check {"fodselsdato":"', `${r.int(1950, 2000)}${pad2(r.int(1, 12))}${pad2(r.int(1, 28))}`, '"}'],
  'identity-document-more-keys': (r) => ['Ausweisprüfung reisepassnummer=', `C${r.str('CFGHJKLMNPRTVWXYZ', 3)}${r.str(DIG, 5)}`, ' status=abgelehnt'],
  'card-under-key': (r) => ['POST /pay body: amount=1200&pan=', visa(r).replace(/(\d{4})(?=\d)/g, '$1+'), '&exp=12%2F29'],
  'mx-clabe': (r) => ['spei transfer failed {"clabe":"', clabe(r), '","monto":1500}'],
  'in-ifsc': (r) => ['payout failed ifsc_code=', `${r.pick(['HDFC', 'ICIC', 'SBIN'])}0${r.str(UPPER + DIG, 6)}`, ' beneficiary=Ann'],
  'bank-branch-code': (r) => ['eft setup {"transit_number":"', r.str(DIG, 5), `","institution_number":"003","account_number":"${r.int(1000000, 9999999)}"}`],
  'bank-account-beside-branch': (r) => ['pix fallback agencia=1234 conta=', `${r.int(10000, 99999)}-${r.int(0, 9)}`, ' banco=341'],
  'bech32-chain-address': (r) => ['withdrawal to ', bech32Address(r, 'cosmos', 32), ' queued'],
  'stellar-address': (r) => ['xlm payout destination=', stellar(r), ' memo=12345'],
  'tezos-address': (r) => ['tezos withdrawal to=', tezos(r), ' amount=12'],
  'polkadot-address': (r) => ['polkadot payout wallet=', polkadot(r), ' amount=3'],
  'solana-address': (r) => ['solana withdrawal to_address=', solana(r), ' amount=1.5'],
  'phone-more-keys': (r) => ['crm sync {"kontakt":{"telefon":"', `8 (9${r.str(DIG, 2)}) ${r.str(DIG, 3)}-${r.str(DIG, 2)}-${r.str(DIG, 2)}`, '"}}'],
  'street-address-form-encoded': (r) => ['POST /checkout body: email=ann%40corp.io&address=', `${r.int(1, 9999)}+${r.pick(['Main', 'Oak', 'Maple'])}+${r.pick(['St', 'Ave', 'Road'])}`, '&city=Boston'],
};
