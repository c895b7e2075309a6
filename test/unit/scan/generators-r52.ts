import { ninoValid } from '../../../src/scan/id-checksums-more';
import { einValid } from '../../../src/scan/id-checksums-world';
import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r52 (blind set 52: life sciences and research): a sample for each of the round's
 * detectors (see generators.ts), in contexts of our own (retail, logistics, HR, SaaS), values
 * drawn from the sample generator.
 */

const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander', 'Rosamund', 'Leopold']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan', 'Ashcombe', 'Fairweather']);
const full = (r: Rng): string => `${given(r)} ${family(r)}`;
const ein = (r: Rng): string => {
  for (;;) {
    const v = `${r.int(10, 88)}-${r.str(DIG, 7)}`;
    if (einValid(v)) return v;
  }
};
const nino = (r: Rng): string => {
  for (;;) {
    const v = `${r.str('ABCEGHJKLMNPRSTWXYZ', 2)}${r.str(DIG, 6)}${r.pick(['A', 'B', 'C', 'D'])}`;
    if (ninoValid(v)) return v;
  }
};
const mix = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 4)}`;
const month = (r: Rng): string => r.pick(['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']);

/** Samples of the round-r52 detectors, keyed by detector id. */
export const R52_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-session-from': (r) => ['vpn: user ', full(r), ` connected from 198.51.100.${r.int(2, 250)} via tun0`],
  'person-name-comment-owner': (r) => ['cron refresh\n# nightly stock sync, owner ', full(r), `\n0 3 * * * /opt/sync.sh --shop ${r.int(1, 99)}`],
  'person-name-xml-role-element': (r) => ['<Order id="88"><Requester>', full(r), `</Requester><Qty>${r.int(1, 9)}</Qty></Order>`],
  'person-name-json-inverted': (r) => ['{"book":"Tides","authors":[{"name":"', `${family(r)}, ${given(r)}`, `","role":"editor"}]}`],
  'person-name-cli-kv-table': (r) => ['$ shopctl whoami\n| Name  | ', full(r), ` |\n| Email | ${r.str(LOWER, 6)}@example.org |\n`],
  'person-name-form-bracket-name': (r) => [`POST /v1/payment_methods type=card&shipping[name]=`, `${given(r)}+${family(r)}`, `&shipping[address][city]=Leeds`],
  'person-name-role-label-line': (r) => ['Courier booking\nCompanion: ', full(r), `  DOB 19${r.int(50, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)}\n`],
  'person-name-before-office-of': (r) => ['Please process the refund (approved by ', full(r), ', Office of the Controller) today'],
  'sql-insert-person-column': (r) => [`INSERT INTO customer (id, display_name, dob) VALUES (${r.int(1, 9999)}, '`, `${family(r).toUpperCase()}, ${given(r).toUpperCase()}`, `', TO_DATE('1980-01-02','YYYY-MM-DD'));`],
  'csv-person-or-position-cell': (r) => [`export\nid,email,plan,LastName\n${r.str(DIG, 5)},${r.str(LOWER, 6)}@example.net,gold,`, family(r), '\n'],
  'geo-lat-lon-object-under-location': (r) => ['{"member":"m-88","location":{"lat":', `${r.int(10, 59)}.${r.str(DIG, 6)},"lng":-${r.int(10, 120)}.${r.str(DIG, 6)}`, ',"acc":12}}'],
  'salt-assignment': (r) => ["<?php // payouts\n$link_salt = '", mix(r, 32), "';\n"],
  'session-id-auth-response': (r) => ['login ok {"status":"ok","sessionId":"', r.str(HEX, 96).toUpperCase(), '","ttl":3600}'],
  'client-key-beside-url': (r) => ['client = ShopClient(base_url, key="', mix(r, 32), '")'],
  'bank-account-remit-prose': (r) => ['supplier note: please remit the balance to account ', `${r.int(1, 9)}${r.str(DIG, 9)}`, ' by Friday'],
  'ein-labelled-prose': (r) => ['Vendor onboarding: Tax ID for 1099 reporting: ', ein(r), ' (sole proprietor)'],
  'person-name-email-subject-for': (r) => ['\nSubject: Expense refund for ', full(r), `\n\nHi, the transit number is ${r.str(DIG, 5)} and the account is on file.\n`],
  'person-name-before-id-paren': (r) => ['please merge the duplicate records of ', full(r), ` (NHS number ${r.str(DIG, 3)} ${r.str(DIG, 3)} ${r.str(DIG, 4)}) today`],
  'nino-labelled-prose': (r) => ['payroll change: NI number on the starter form: ', nino(r), ' (verified)'],
  'dob-ddmonyyyy-labelled': (r) => ['member profile DOB ', `${r.int(10, 28)}${month(r)}19${r.int(50, 99)}`, ' tier=gold'],
  'mrn-labelled': (r) => ['{"visit":"v-1","mrn":"', `${r.str(UPPER, 1)}${r.str(DIG, 9)}`, '","ward":"4B"}'],
  'person-field-in-file-header': (r) => ['##fileformat=custom\n##SubjectName=', full(r), `\n##run=${r.int(1, 99)}\n`],
  'hl7-pid-address-field': (r) => [`MSH|^~\\&|APP|FAC|||20260101||ADT^A01|${r.int(1, 999)}|P|2.5\rPID|1||${r.str(DIG, 8)}^^^HOSP||DOE^JOHN||19800101|M|||`, `${r.int(10, 999)} Mill Lane^^Leeds^^LS1 4AB`, `||${r.str(DIG, 10)}\r`],
  'soap-login-action-token': (r) => ['<Body><Call><Method>Session.Login</Method><Params>', r.str(HEX, 40).toUpperCase(), '</Params></Call></Body>'],
};
