import type { Rng, Sample } from './sample-rng';
import { B62, B64, DIG, UPPER } from './sample-rng';
import { password } from './generators-cred16';
import { card } from './generators-pf10';
import { aba } from './generators-pf11';
import { cpfOf } from './personal-samples';

/** A password without the characters the samples' forms use as delimiters or escapes. */
const pw = (r: Rng): string => password(r, 16).replace(/["'\\^\s#=%&<>@|:]/g, 'x');

/** Samples of the detectors of round fix20 (data platforms and pipelines), one realistic context each. */
export const R20_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'hadoop-property-secret': (r) => ['HiveMetaStore: Unable to open a test connection\n  <property><name>javax.jdo.option.ConnectionPassword</name><value>', pw(r), '</value></property>'],
  'azure-fs-account-key': (r) => ['spark.hadoop.fs.azure.account.key.lake.dfs.core.windows.net -> ', r.str(B64, 86) + '==', '\nAbfsRestOperationException: 403'],
  'schema-registry-user-info': (r) => ['value.converter.schema.registry.basic.auth.user.info=', `${r.str(UPPER + DIG, 16)}:${r.str(B64, 64)}`, '\nRestClientException: Unauthorized'],
  'box-row-secret': (r) => ['Save the API key and secret.\n| API Key    | ABCDEF0123456789 |\n| API Secret | ', r.str(B62, 64), ' |\n+------------+'],
  'config-list-secret': (r) => ['$ meltano config tap-postgres list\npassword [env: TAP_POSTGRES_PASSWORD] current value: \'', pw(r), "' (from `.env`)"],
  'card-record-cvc': (r) => [`DETAIL:  Failing row contains (830887, null, ${card(r, '4', 16)}, `, String(r.int(100, 999)), ', 12/29, 865.15, approved).'],
  'ach-record-account': (r) => ['DETAIL:  Failing row contains (89422, Hollis Creek Farms, ', `${aba(r)}, ${r.str(DIG, 11)}`, ', checking, -303.00, 2026-11-30).'],
  'aligned-birth-date': (r) => ['ValueError: cannot convert float NaN to integer\n   customer_id  full_name         dob\n0        15345  Keiko Fair  ', `19${r.int(50, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)}`, '\n'],
  'parsed-column-personal': (r) => ['Code: 27. DB::ParsingException: Cannot parse input\nColumn 2,   name: cpf,     type: String, parsed text: "', cpfOf(r), '"'],
  'parsed-column-financial': (r) => ['Code: 27. DB::ParsingException: Cannot parse input\nColumn 3,   name: routing_number,     type: String, parsed text: "', aba(r), '"'],
};
