import { B62, DIG, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r53 (blind set 53: construction, facilities and property operations): a sample for each of
 * the round's detectors (see generators.ts), in contexts of our own, values drawn from the sample
 * generator.
 */

const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
const pw = (r: Rng): string => `${r.str(UPPER, 2)}${r.str(LOWER, 3)}${r.pick(['#', '%', '~', '!'])}${r.str(B62, 8)}${r.str(DIG, 2)}`;
const coord = (r: Rng, max: number): string => `${r.int(10, max)}.${r.str(DIG, 6)}`;

/** Samples of the round-r53 detectors, keyed by detector id. */
export const R53_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'uk-sort-code-account-short-labels': (r) => ['Refund to customer: sort ', `${r.int(10, 98)}-${r.int(10, 98)}-${r.int(10, 98)} acc ${r.int(1, 9)}${r.str(DIG, 7)}`, ' (faster payment)'],
  'uk-utr-labelled': (r) => ['self-assessment import: taxpayer UTR ', `${r.int(1, 9)}${r.str(DIG, 9)}`, ' tax year 2024-25 status=filed'],
  'geo-lat-lon-fields-of-person': (r) => [
    `{"courier":{"name":"rider-${r.str(DIG, 4)}","phone":"+44 7700 ${r.str(DIG, 6)}"},"pos":{"lat":`,
    `${coord(r, 59)},"lng":-${coord(r, 9)}`,
    ',"acc":12}}',
  ],
  'geo-lat-lon-csv-columns-of-person': (r) => [`member_id,email,home_lat,home_lon\n${r.str(DIG, 6)},m${r.str(DIG, 4)}@example.net.uk,`, `${coord(r, 59)},-${coord(r, 120)}`, '\n'],
  'xml-name-value-password': (r) => ['<props><prop k="db.url" v="jdbc:pg://db"/><prop k="db.password" v="', pw(r), '"/></props>'],
  'vault-kv-v2-secret-value': (r) => ['vault kv get -format=json secret/payroll\n{"data":{"data":{"hq_router":"', `${r.str(LOWER, 4)}${r.str(DIG, 3)}${r.str(UPPER, 3)}${r.str(B62, 10)}`, '"},"metadata":{"version":3}}}'],
  'vpn-psk-assignment': (r) => ['[tunnel-hq]\nremote = 203.0.113.7\nipsec_psk = ', pw(r), '\n'],
  'password-label-with-note': (r) => ['Handover: reporting DB password (see wiki page 12): ', pw(r), ' until rotation'],
  'curl-user-key-id': (r) => ['$ curl -s -u ', `${r.str(UPPER, 3)}${r.str(LOWER, 3)}${r.str(DIG, 2)}${r.str(B62, 12)}`, `:${r.str(B62, 32)} https://api.example.net/v1/orders`],
  'basic-auth-concatenated': (r) => [
    "xhr.setRequestHeader('Authorization', 'Basic ' + '",
    Buffer.from(`${r.str(LOWER, 6)}${r.str(DIG, 2)}:${r.str(B62, 20)}`).toString('base64'),
    "');",
  ],
  'person-name-xml-upper-first-last': (r) => [`<MEMBER>\n  <FIRSTNAME>${given(r)}</FIRSTNAME>\n  <LASTNAME>`, family(r), `</LASTNAME>\n  <CARD>${r.str(DIG, 8)}</CARD>\n</MEMBER>`],
  'person-name-under-site-role-key': (r) => [`WO-${r.str(DIG, 5)} closed; technician=`, `${given(r)} ${family(r)}`, `; asset=AHU-${r.int(1, 9)}`],
  'person-name-prose-role-before-contact': (r) => ['Overnight: resident ', `${given(r)} ${family(r)}`, `, mobile +1 415 ${r.str(DIG, 3)} ${r.str(DIG, 4)}, reported a leak`],
  'person-name-label-in-tax-form': (r) => ['Parsed W-4:\n  Name: ', `${given(r)} ${family(r)}`, `\n  SSN: ${r.int(100, 599)}-${r.int(10, 99)}-${r.int(1000, 9999)}\n  Filing status: single\n`],
};
