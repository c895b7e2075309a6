import { abaValid, ibanMod97 } from '../../../src/scan/validators';
import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r39 (blind set 39: data engineering and analytics): a sample for each of the round's
 * detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const SYM = '!#%*+-.?@^_~';
/** Letters of both cases and digits, both present. */
const mix = (r: Rng, n: number): string => `${r.str(UPPER, 1)}${r.str(LOWER, 1)}${r.str(DIG, 1)}${r.str(B62, n - 3)}`;
/** A password with a symbol in it. */
const pw = (r: Rng, n = 14): string => `${r.str(UPPER, 2)}${r.str(LOWER, 3)}${r.str(SYM, 1)}${r.str(DIG, 2)}${r.str(B62, n - 8)}`;
/** Hex with a digit and a letter. */
const hexMix = (r: Rng, n: number): string => `${r.str(DIG, 1)}${r.str('abcdef', 1)}${r.str(HEX, n - 2)}`;
const given = (r: Rng): string => r.pick(['Marisol', 'Benedikt', 'Aurelie', 'Casimir', 'Leontine', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Trevelyan', 'Ostrowski']);
const person = (r: Rng): string => `${given(r)} ${family(r)}`;
/** A Luhn-valid 16-digit Mastercard number. */
const card = (r: Rng): string => {
  const d = [5, r.int(1, 5), ...Array.from({ length: 13 }, () => r.int(0, 9))];
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    let x = d[14 - i]!;
    if (i % 2 === 0) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    sum += x;
  }
  return [...d, (10 - (sum % 10)) % 10].join('');
};
/** A German IBAN with valid check digits. */
const iban = (r: Rng): string => {
  const bban = r.str(DIG, 18);
  return `DE${String(98 - ibanMod97(`DE00${bban}`)).padStart(2, '0')}${bban}`;
};
/** An ABA routing number (drawn until its check digit holds). */
const aba = (r: Rng): string => {
  for (;;) {
    const v = `0${r.int(1, 2)}${r.str(DIG, 7)}`;
    if (abaValid(v)) return v;
  }
};
const uuidUpper = (r: Rng): string => `${r.str('0123456789ABCDEF', 8)}-${r.str('0123456789ABCDEF', 4)}-4${r.str('0123456789ABCDEF', 3)}-9${r.str('0123456789ABCDEF', 3)}-${r.str('0123456789ABCDEF', 12)}`;

export const R39_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'sql-credential-clause': (r) => [`duckdb> CREATE SECRET lake (TYPE GCS, KEY_ID 'GOOG1E${r.str(UPPER + DIG, 20)}', SECRET '`, mix(r, 40), "');"],
  'secret-string-value': (r) => ['plan: + resource "databricks_secret" "ingest" { + string_value = "', mix(r, 30), '" }'],
  'confluent-api-key-user': (r) => ['connector config: sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="', `${r.str(UPPER, 4)}${r.str(DIG, 4)}${r.str(UPPER + DIG, 8)}`, `" password="${mix(r, 64)}";`],
  'basic-auth-user-api-key': (r) => ['export job: curl -s -u ', hexMix(r, 32), `:${hexMix(r, 32)} https://analytics.acme-data.io/api/2/export`],
  'minio-alias-access-key': (r) => ['$ mc alias set archive https://s3.archive.acme-data.io ', `${r.str(LOWER, 4)}${r.str(DIG, 4)}${r.str(LOWER + DIG, 8)}`, ` ${mix(r, 40)}`],
  'informatica-param-password': (r) => ['[Finance.WF:wf_gl.ST:s_gl]\n$$TGT_PWD=', pw(r), '\n$$TGT_USER=gl_loader'],
  'odbc-braced-password': (r) => ['odbc.ini [Warehouse_DSN] UID=bi_ro PWD={', `${pw(r, 10)}; ${mix(r, 8)}`, '} Port=443'],
  'prose-password-quoted-whole': (r) => ['#oncall: the replica password is now "', `${pw(r, 12)} ${mix(r, 6)}`, '" until Friday'],
  'looker-api-client-id': (r) => ['deploy env: LOOKERSDK_CLIENT_ID=', mix(r, 20), ' LOOKERSDK_BASE_URL=https://bi.acme-data.io'],
  'netrc-api-login-key': (r) => ['~/.netrc: machine api.vendor-etl.io login ', mix(r, 16), ` password ${mix(r, 32)}`],
  'person-name-row-cell-card': (r) => ['rejected row 12: 4411|', person(r), `|${card(r)}|USD|19.90`],
  'person-name-row-cell-iban': (r) => ["dq sample rows: ('", person(r), `', '${iban(r)}')`],
  'person-name-row-cell-phone': (r) => ['ValueError: bad float in row "', person(r), `,+1 312 7${r.str(DIG, 2)} ${r.str(DIG, 4)},n/a"`],
  'person-name-row-cell-ssn': (r) => ['bad record: 7781;', person(r), `;${r.int(100, 665)}-${r.int(10, 99)}-${r.int(1000, 9999)};active`],
  'us-address-any-street': (r) => ['geocoder miss: "', `${r.int(100, 9999)} Via Appia, Fresno, CA 9${r.str(DIG, 4)}`, '" (no match)'],
  'nacha-account-right-justified': (r) => {
    const acct = `${r.int(1, 9)}${r.str(DIG, 9)}`;
    return [`NACHA entry rejected (account must be left-justified):\n622${aba(r)}${' '.repeat(7)}`, acct, `0000012500${r.str(DIG, 15)}JONAS BRANNOCK          0`];
  },
  'device-advertising-id': (r) => [`fraud review sample: {"subject_name":"${person(r)}","idfa":"`, uuidUpper(r), '","campaign":"spring"}'],
  'person-name-requested-by': (r) => ['Dataset refresh failed. Requested by: ', person(r), ' (bi-team)'],
  'person-name-user-label': (r) => ['ERROR login rejected; user: ', person(r), ' ip=203.0.113.9'],
  'person-name-logfmt-beside-contact': (r) => ['sync warn: row skipped name=', person(r), ` email=m.${r.str(LOWER, 5)}@post-box.de plan=gold`],
  'person-name-client-says': (r) => ['crm note: Client ', person(r), ' called about the duplicate invoice'],
};
