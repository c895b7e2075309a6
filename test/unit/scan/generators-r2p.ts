import { createHash } from 'node:crypto';
import { DIG, UPPER, type Rng, type Sample } from './sample-rng';

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const sha = (b: Uint8Array): Uint8Array => new Uint8Array(createHash('sha256').update(b).digest());
const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Base58Check of `payload` (version byte included), written independently of src/scan/base58.ts. */
export function base58check(payload: Uint8Array): string {
  const full = new Uint8Array([...payload, ...sha(sha(payload)).subarray(0, 4)]);
  let n = BigInt('0x' + Buffer.from(full).toString('hex'));
  let s = '';
  while (n > 0n) {
    s = B58[Number(n % 58n)] + s;
    n /= 58n;
  }
  for (const b of full) {
    if (b !== 0) break;
    s = '1' + s;
  }
  return s;
}

/** A mainnet Bitcoin WIF private key (compressed `K…`/`L…` or uncompressed `5…`). */
export function wif(r: Rng, compressed: boolean): string {
  const key = Array.from({ length: 32 }, () => r.int(1, 255));
  return base58check(new Uint8Array([0x80, ...key, ...(compressed ? [1] : [])]));
}

/** A CN resident id: region, birth date, serial, ISO 7064 MOD 11-2 check. */
export function cnRic(r: Rng): string {
  const b = `${r.pick(['110101', '310104', '440305', '510107', '320102'])}${r.int(1950, 2005)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}${r.str(DIG, 3)}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const s = [...b].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11;
  return b + '10X98765432'[s];
}

const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const verhoeff = (s: string): number => [...s].reverse().reduce((c, d, i) => VD[c]![VP[i % 8]![Number(d)]!]!, 0);

/** An Aadhaar number in 4-4-4 groups (Verhoeff check), or a look-alike whose check fails. */
export function aadhaar(r: Rng, valid = true): string {
  const b = String(r.int(2, 9)) + r.str(DIG, 10);
  const good = [...DIG].find((c) => verhoeff(b + c) === 0)!;
  const d = valid ? good : String((Number(good) + r.int(1, 9)) % 10);
  const s = b + d;
  return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
}

/** A Norwegian fødselsnummer (birth date, individual number, two mod-11 checks). */
export function fnr(r: Rng): string {
  for (;;) {
    const b = `${pad(r.int(1, 28), 2)}${pad(r.int(1, 12), 2)}${pad(r.int(50, 99), 2)}${r.str(DIG, 3)}`;
    const k1 = 11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((a, w, i) => a + w * Number(b[i]), 0) % 11);
    if (k1 === 10) continue;
    const c1 = b + (k1 === 11 ? 0 : k1);
    const k2 = 11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((a, w, i) => a + w * Number(c1[i]), 0) % 11);
    if (k2 === 10) continue;
    return c1 + (k2 === 11 ? 0 : k2);
  }
}

/** A Dutch BSN (11-proof). */
export function bsn(r: Rng): string {
  for (;;) {
    const b = String(r.int(1, 6)) + r.str(DIG, 7);
    const s = [...b].reduce((a, c, i) => a + Number(c) * (9 - i), 0);
    for (let d = 0; d < 10; d++) if ((s - d) % 11 === 0) return b + d;
  }
}

const mrzVal = (c: string): number => (c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
const mrzCheck = (s: string): number => [...s].reduce((a, c, i) => a + mrzVal(c) * [7, 3, 1][i % 3]!, 0) % 10;

/** A passport MRZ line 2 (TD3) with its passport number, every check digit right (or the birth date's wrong). */
export function mrzTd3(r: Rng, valid = true): { line: string; number: string } {
  const number = r.str(UPPER, 2) + r.str(DIG, 7);
  const dob = `${pad(r.int(50, 99), 2)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}`;
  const exp = `${pad(r.int(27, 35), 2)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}`;
  const dobCheck = valid ? mrzCheck(dob) : (mrzCheck(dob) + 1) % 10;
  const parts = `${number}${mrzCheck(number)}`, d = `${dob}${dobCheck}`, e = `${exp}${mrzCheck(exp)}`, p = '<'.repeat(14) + '0';
  const line = `${parts}${r.pick(['NLD', 'DEU', 'GBR', 'FRA'])}${d}${r.pick(['M', 'F'])}${e}${p}${mrzCheck(parts + d + e + p)}`;
  return { line, number };
}

/** A German card driving-licence number (check: weights 9…1 mod 11, 10 = X), or one with a wrong check. */
export function deLicence(r: Rng, valid = true): string {
  const nine = `${r.str('ABCDEFGHJKLMNP', 1)}${r.str(DIG, 2)}${r.str(DIG, 1)}${r.str(UPPER, 2)}${r.str(DIG + UPPER, 3)}`;
  const m = [...nine].reduce((a, c, i) => a + mrzVal(c) * (9 - i), 0) % 11;
  const check = valid ? (m === 10 ? 'X' : String(m)) : String((m + 1) % 10);
  return `${nine}${check}${r.str(DIG, 1)}`;
}

/** A Luhn-valid UnionPay card (62…, 16 digits). */
export function unionPay(r: Rng): string {
  const b = '62' + r.pick(['12', '26', '28', '58', '84']) + r.str(DIG, 11);
  for (let c = 0; c < 10; c++) {
    const s = b + c;
    const sum = [...s].reverse().reduce((a, ch, i) => a + (i % 2 ? (Number(ch) * 2 > 9 ? Number(ch) * 2 - 9 : Number(ch) * 2) : Number(ch)), 0);
    if (sum % 10 === 0) return s;
  }
  return b + '0';
}

/** Mobiles: JP `090-1234-5678`, KR `010-1234-5678`, TR `0532 123 45 67`, CN `186…` (11 bare digits). */
export const jpMobile = (r: Rng): string => `0${r.pick(['7', '8', '9'])}0-${r.str(DIG, 4)}-${r.str(DIG, 4)}`;
export const krMobile = (r: Rng): string => `010-${r.str(DIG, 4)}-${r.str(DIG, 4)}`;
export const trMobile = (r: Rng): string => `05${r.int(30, 55)} ${r.str(DIG, 3)} ${r.str(DIG, 2)} ${r.str(DIG, 2)}`;
export const cnMobile = (r: Rng): string => `1${r.pick(['3', '5', '8', '9'])}${r.str(DIG, 9)}`;
/** A Japanese date of birth `1983年10月1日`. */
export const jpDob = (r: Rng): string => `${r.int(1950, 2004)}年${r.int(1, 12)}月${r.int(1, 28)}日`;
/** A Japanese postal address (prefecture, ward or city, 丁目-番-号). */
export const jpAddress = (r: Rng): string =>
  `${r.pick(['東京都港区芝浦', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町', '北海道札幌市中央区北', '福岡県福岡市博多区'])}${r.int(1, 9)}丁目${r.int(1, 30)}番${r.int(1, 20)}号`;

/** A US SSN (valid area, group and serial). */
const ssnDashed = (r: Rng): string => `${pad(r.int(100, 665), 3)}-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}`;

/** Sample lines for each detector of round 2's personal and financial classes (blind sets 13/14). */
export const R2P_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'cjk-keyed-personal': (r) => ['SmartHR API 422: {"last_name":"鈴木","生年月日":"', jpDob(r), '"}'],
  'jp-postal-address': (r) => ['{"error":"送り先住所が不正です","shipment":{"住所":"', jpAddress(r), '"}}'],
  'kr-rrn-layout': (r) => ['  parameters: [Brennan, ', rrnBare(r), ', 010-5739-3456]'],
  'cn-resident-id-layout': (r) => ['biz_content={"identity_param":{"cert_type":"IDENTITY_CARD","cert_no":"', cnRic(r), '"}}'],
  'aadhaar-grouped': (r) => ["ERROR ekyc.py:214 offline XML parse failed: {'uid': '", aadhaar(r), "', 'gender': 'F'}"],
  'cn-mobile-under-key': (r) => ['{"mobile":"', cnMobile(r), '","name":"Zhang"}'],
  'east-asian-mobile': (r) => ['member import: [Brennan, ', r.pick([jpMobile, krMobile])(r), ']'],
  'id-custom-field': (r) => ['Record: {Id=003cwWLsJZc7a9k, LastName=Peeters, BSN__c=', bsn(r), '}'],
  'id-vendor-key': (r) => ['bankid-callback: session completed pid=', fnr(r), ' level=substantial'],
  'etsi-person-identifier': (r) => ['smart-id: authentication OK result.documentNumber=PNOEE-', `${r.int(3, 6)}${r.str(DIG, 10)}`, '-XLVA-Q'],
  'cl-rut-on-line': (r) => ['SII rechazo DTE tipo 39: RUT receptor no válido (RutRecep=', rutDotted(r), ')'],
  'mrz-line': (r) => ['{"document":{"type":"passport","mrz_line_2":"', mrzTd3(r).line, '"}}'],
  'kyc-document-number': (r) => ['{"info":{"idDocs":[{"idDocType":"PASSPORT","country":"GBR","number":"', mrzTd3(r).number, '"}]}}'],
  'de-driving-licence': (r) => ['Onfido document report: {"document_type":"driving_licence","Führerscheinnummer":"', deLicence(r), '"}'],
  'card-cvc-element': (r) => [`<credit-card><number>${unionPay(r)}</number><cvv>`, String(r.int(100, 999)), '</cvv></credit-card>'],
  'card-cvc-dump': (r) => ['array(2) {\n  ["cc_cid"]=>\n  string(3) "', String(r.int(100, 999)), '"\n}'],
  'card-cvc-back-of-card': (r) => [`chat: "my card is ${unionPay(r)} and the code on the back is `, String(r.int(100, 999)), ', please retry"'],
  'birth-date-beside-ssn': (r) => [`"custom_fields":[{"id":360568944430,"value":"${ssnDashed(r)}"},{"id":360275876067,"value":"`, `${pad(r.int(1, 12), 2)}/${pad(r.int(1, 28), 2)}/${r.int(1940, 2004)}`, '"}]'],
};

/** A KR RRN `yymmdd-Sxxxxxc` (weights 2-9,2-5, mod 11). */
function rrnBare(r: Rng): string {
  const y = r.int(1950, 1999);
  const b = `${pad(y % 100, 2)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}${r.int(1, 2)}${r.str(DIG, 5)}`;
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const c = (11 - ([...b].reduce((a, d, i) => a + Number(d) * w[i]!, 0) % 11)) % 10;
  return `${b.slice(0, 6)}-${b.slice(6)}${c}`;
}

/** A Chilean RUT `12.345.678-5` (mod 11). */
function rutDotted(r: Rng): string {
  const body = String(r.int(5_000_000, 25_000_000));
  let sum = 0;
  for (let i = body.length - 1, w = 2; i >= 0; i--, w = w === 7 ? 2 : w + 1) sum += Number(body[i]) * w;
  const c = 11 - (sum % 11);
  return `${body.slice(0, -6)}.${body.slice(-6, -3)}.${body.slice(-3)}-${c === 11 ? '0' : c === 10 ? 'K' : String(c)}`;
}

/** An ID-card MRZ (TD1): line 1 (type, issuer, document number and check) and line 2 (birth date, expiry, their checks). */
export function mrzTd1(r: Rng): { line1: string; line2: string } {
  const doc = r.str(UPPER, 3) + r.str(DIG, 6);
  const line1 = `I<${r.pick(['EST', 'BEL', 'DEU', 'NLD'])}${doc}${mrzCheck(doc)}${'<'.repeat(15)}`;
  const dob = `${pad(r.int(50, 99), 2)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}`;
  const exp = `${pad(r.int(27, 35), 2)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}`;
  const body = `${dob}${mrzCheck(dob)}${r.pick(['M', 'F'])}${exp}${mrzCheck(exp)}${r.pick(['EST', 'BEL'])}${'<'.repeat(11)}`;
  return { line1, line2: body + mrzCheck(body) };
}
