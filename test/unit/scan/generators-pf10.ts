/** Sample generators for the detectors of branch issue-pf10 (blind set 10's personal and financial classes; spread into SAMPLES). */
import { createHash } from 'node:crypto';
import { bech32Checksum } from '../../../src/scan/bech32';
import { ibanMod97 } from '../../../src/scan/validators';
import { base58 } from '../../helpers/financial-values';
import * as ids from '../../helpers/national-id-values-2';
import { DIG, type Rng, type Sample } from './sample-rng';

const sha = (b: Buffer): Buffer => createHash('sha256').update(b).digest();
const bytes = (r: Rng, n: number): Buffer => Buffer.from(Array.from({ length: n }, () => r.int(0, 255)));
/** A Base58Check address of `version` over 20 seeded bytes. */
const b58check = (r: Rng, version: number): string => {
  const p = Buffer.concat([Buffer.from([version]), bytes(r, 20)]);
  return base58(Buffer.concat([p, sha(sha(p)).subarray(0, 4)]));
};
/** A Luhn-valid card number from `prefix`. */
export const card = (r: Rng, prefix: string, len: number): string => {
  const body = prefix + r.str(DIG, len - prefix.length - 1);
  for (let c = 0; c < 10; c++) {
    const s = body + c;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let x = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return s;
  }
  return body + '0';
};
const aba = (r: Rng): string => {
  for (;;) {
    const s = `0${r.int(1, 9)}${r.str(DIG, 7)}`;
    if ([...s].reduce((a, x, i) => a + Number(x) * [3, 7, 1][i % 3]!, 0) % 10 === 0) return s;
  }
};
const curp = (r: Rng): string => {
  const C = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
  const body = `${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4)}${r.int(50, 99)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(10, 28))}${r.pick(['H', 'M'])}${r.pick(['DF', 'JC', 'NL'])}${r.str('BCDFGHJKLMNPRSTVXZ', 3)}0`;
  const sum = [...body].reduce((a, ch, i) => a + C.indexOf(ch) * (18 - i), 0);
  return body + ((10 - (sum % 10)) % 10);
};
const medicare = (r: Rng): string => {
  const eight = String(r.int(2, 6)) + r.str(DIG, 7);
  return `${eight}${[1, 3, 7, 9, 1, 3, 7, 9].reduce((a, w, i) => a + w * Number(eight[i]), 0) % 10}${r.int(1, 9)}`;
};
const ird = (r: Rng): string => {
  for (;;) {
    const eight = '0' + String(r.int(1, 9)) + r.str(DIG, 6);
    const rem = [3, 2, 7, 6, 5, 4, 3, 2].reduce((a, w, i) => a + w * Number(eight[i]), 0) % 11;
    const c = rem === 0 ? 0 : 11 - rem;
    if (c !== 10) return eight.slice(1) + c;
  }
};

/** Samples (context before, value, context after) by detector id. */
export const PF10_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'pl-pesel': (r) => ['KSeF: nabywca PESEL=', ids.peselNumber(r.int), ' odrzucony'],
  'se-personnummer': (r) => ['BankID collect {"personalNumber":"', ids.personnummer(r.int), '"}'],
  'fi-hetu': (r) => ['<henkilo><hetu>', ids.hetuCode(r.int), '</hetu></henkilo>'],
  'uk-nhs': (r) => ['patient lookup nhs_number=', ids.nhsNumber(r.int), ' not found'],
  'dk-cpr': (r) => ['borger opslag cpr=', `${String(r.int(1, 28)).padStart(2, '0')}${String(r.int(1, 12)).padStart(2, '0')}${r.int(50, 99)}-${r.str(DIG, 4)}`, ' fejlede'],
  'no-fodselsnummer': (r) => ['Altinn: fødselsnummer=', ids.fodselsnummer(r.int), ' ugyldig'],
  'be-national-number': (r) => ['eID: rijksregisternummer ', ids.beNationalNumber(r.int), ' onbekend'],
  'pt-nif': (r) => ['fatura recusada nif=', ids.ptNif(r.int), ' (AT)'],
  'ie-ppsn': (r) => ['Revenue: PPSN ', ids.ppsn(r.int), ' not matched'],
  'au-medicare': (r) => ['claim rejected medicare_number=', medicare(r), ' provider=42'],
  'nz-ird': (r) => ['payday filing: ird_number=', ird(r), ' invalid'],
  'sg-nric': (r) => ['MyInfo: {"uinfin":"', ids.nric(r.int), '"}'],
  'mx-curp': (r) => ['RENAPO: curp=', curp(r), ' no encontrado'],
  'ar-cuil': (r) => ['AFIP: cuil=', ids.cuil(r.int), ' rechazado'],
  'national-id-generic-key': (r) => ['kyc result id_type=NATIONAL_ID id_number=', ids.zaIdNumber(r.int), ' country=ZA'],
  'uk-nino-on-line': (r) => ['hmrc-rti: FPS rejected row: 42,"Ann Lee","', ids.ninoNumber(r.int, true), '",A'],
  'es-dni-on-line': (r) => ["Holded: array ( 'code' => '", ids.nieNumber(r.int), "', 'countryCode' => 'ES' )"],
  'se-personnummer-on-line': (r) => ['BankID collect failed: displayed="', ids.personnummer(r.int), '"'],
  'uk-nhs-hl7': (r) => ['PID|1||', ids.nhsNumber(r.int), '^^^NHS^NH||DOE^JANE'],
  'uk-driving-licence': (r) => ['onfido driving_licence document_numbers value=', ids.ukLicence(r.int), ' issuing_country=GBR'],
  'card-cid': (r) => [`POST /pay body: pan=${card(r, '37', 15)}&cid=`, r.str(DIG, 4), '&amount=12.00'],
  'iban-url-encoded': (r) => {
    const bban = r.str(DIG, 12);
    const check = String(98 - ibanMod97(`BE00${bban}`)).padStart(2, '0');
    return ['POST /refunds body: iban=', encodeURIComponent(`BE${check}${bban}`.replace(/(.{4})(?=.)/g, '$1 ')), '&holder=A'];
  },
  'nacha-routing-number': (r) => ['ACH file validation failed:\n622', aba(r), `${r.str(DIG, 10)}       0000125000${r.str(DIG, 8)}`],
  'nacha-account-number': (r) => [`NACHA entry detail rejected:\n627${aba(r)}`, r.str(DIG, 10), '       0000009900ID12345'],
  'swift-account-field': (r) => ['MT103 NAK\n:59:/', r.str(DIG, 12), '\nJANE DOE'],
  'tron-address': (r) => ['TRC20 deposit to=', b58check(r, 0x41), ' amount=10 USDT'],
  'litecoin-address': (r) => ['LTC withdrawal to ', b58check(r, 0x30), ' queued'],
  'dogecoin-address': (r) => ['doge payout to ', b58check(r, 0x1e), ' queued'],
  'dash-address': (r) => ['dash_address=', b58check(r, 0x4c), ' payout queued'],
  'litecoin-bech32-address': (r) => {
    const data = 'q' + Array.from({ length: 32 }, () => 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'[r.int(0, 31)]).join('');
    return ['refund currency=LTC address=', `ltc1${data}${bech32Checksum('ltc', data)}`, ' failed'];
  },
  'xrp-address': (r) => {
    const s = b58check(r, 0);
    const A = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
    const R = 'rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz';
    return ['XRP withdrawal to ', [...s].map((c) => R[A.indexOf(c)]).join(''), ' tag=42'];
  },
};
