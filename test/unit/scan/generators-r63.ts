import { abaChecksumOk } from '../../../src/scan/validators';
import { B62, DIG, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r63 (blind set 63: data pipelines, warehouses and change data capture): a sample for each of the
 * round's detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
const person = (r: Rng): string => `${given(r)} ${family(r)}`;
const viet = (r: Rng): string => `${r.pick(['Trương', 'Đặng', 'Phạm', 'Nguyễn'])} ${r.pick(['Văn', 'Thị', 'Ngọc'])} ${r.pick(['Thảo', 'Hương', 'Phượng', 'Dũng'])}`;
const vietEsc = (r: Rng): string => `${r.pick(['Tr\\u01b0\\u01a1ng', '\\u0110\\u1eb7ng', 'Ph\\u1ea1m'])} ${r.pick(['V\\u0103n', 'Th\\u1ecb'])} ${r.pick(['Th\\u1ea3o', 'H\\u01b0\\u01a1ng', 'D\\u0169ng'])}`;
const pw = (r: Rng): string => `${r.str(UPPER, 2)}${r.str(LOWER, 3)}${r.pick(['#', '%', '~', '!'])}${r.str(B62, 8)}${r.str(DIG, 2)}`;
const aba = (r: Rng): string => {
  for (;;) {
    const v = `0${r.int(1, 9)}${r.str(DIG, 7)}`;
    if (abaChecksumOk(v)) return v;
  }
};
const dni = (r: Rng): string => {
  const n = `${r.int(1, 9)}${r.str(DIG, 7)}`;
  return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]!;
};
const ninoSpaced = (r: Rng): string => `${r.pick(['AB', 'CE', 'JK', 'PR', 'SH'])} ${r.str(DIG, 2)} ${r.str(DIG, 2)} ${r.str(DIG, 2)} ${r.pick(['A', 'B', 'C', 'D'])}`;
const sortAccount = (r: Rng): string => `${r.int(10, 99)}-${r.str(DIG, 2)}-${r.str(DIG, 2)}", "${r.int(1, 9)}${r.str(DIG, 7)}`;
const dob = (r: Rng): string => `${r.int(1940, 1999)}-0${r.int(1, 9)}-${r.int(10, 28)}`;

/** Samples of the round-r63 detectors, keyed by detector id. */
export const R63_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-vietnamese-row-cell-card': (r) => ['bad record: 88120;', viet(r), `;4111 1111 1111 1111;${r.int(10, 99)}.00`],
  'person-name-vietnamese-row-cell-iban': (r) => ['rejected line -> 7731|', viet(r), `|DE${r.str(DIG, 2)}${r.str(DIG, 18)}|EUR`],
  'person-name-vietnamese-row-cell-phone': (r) => ['skip tuple (5521, ', viet(r), `, +84 90 ${r.str(DIG, 3)} ${r.str(DIG, 4)})`],
  'person-name-vietnamese-under-customer-key': (r) => [`{"ticket":${r.str(DIG, 6)},"client":"`, viet(r), '","ward":"B2"}'],
  'person-name-vietnamese-json-escaped': (r) => [`{"op":"c","after":{"id":${r.str(DIG, 5)},"display_name":"`, vietEsc(r), '","tier":"gold"}}'],
  'person-name-row-cell-before-routing-account': (r) => ['duplicate payee (', person(r), `,${aba(r)},${r.int(1, 9)}${r.str(DIG, 8)},savings)`],
  'uk-sort-code-account-quoted-cells': (r) => ['payee tuple ("x", "', sortAccount(r), '", "LIVE")'],
  'uk-nino-spaced-quoted-cell': (r) => ["employee row ('E-1', '", ninoSpaced(r), "', 'weekly')"],
  'person-name-quoted-cell-beside-uk-ids': (r) => ["claimant = ('", person(r), `', '${r.pick(['AB', 'CE', 'JK'])} 12 34 56 C', 'active')`],
  'es-dni-row-cell-beside-mailbox': (r) => [`export row 44;${person(r)};c${r.str(DIG, 4)}@correo.es;`, dni(r), ';ES'],
  'birth-date-row-cell-beside-mailbox': (r) => [`dq sample: 912|${person(r)}|p${r.str(DIG, 4)}@mailbox.org|`, dob(r), '|gold'],
  'birth-date-in-warehouse-date-parse-error': (r) => ['load failed: ERROR: invalid input syntax for type date: "', `${r.int(10, 28)}/0${r.int(1, 9)}/${r.int(1940, 1999)}`, '"'],
  'spark-defaults-conf-secret': (r) => ['cat conf/spark-defaults.conf\nspark.ssl.keyStorePassword    ', pw(r), '\nspark.ssl.enabled  true'],
  'flink-loading-configuration-secret': (r) => ['INFO GlobalConfiguration - Loading configuration property: fs.azure.account.oauth2.client.secret, ', `${r.str(B62, 24)}${r.str(DIG, 2)}`, ''],
  'azure-securestring-value': (r) => ['"servicePrincipalKey": {\n  "type": "SecureString",\n  "value": "', pw(r), '"\n}'],
};
