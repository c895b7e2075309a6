import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/** A password as people type them: letters, a symbol, digits (no quote, `@`, `/`, `:` or `%`). */
const pw = (r: Rng): string => r.str(B62, r.int(8, 12)) + r.pick(['!', '#', '^', '*', '+', '.']) + r.str(DIG, 2);
const uuid = (r: Rng): string => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;
const hex = (r: Rng, n: number): string => r.str(HEX, n - 2) + r.str(DIG, 1) + r.pick(['a', 'b', 'c', 'd', 'e', 'f']);

/** Sample generators for branch issue-cred10's detectors (see generators.ts). */
export const CRED10_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'cli-password-argument': (r) =>
    r.pick<Sample>([
      ['+ sqlplus -s ledger_ro/', pw(r), '@//ora-scan.corp.net:1521/LEDGERP @/jobs/eod.sql'],
      ["+ sqlcmd -S orders-sql,1433 -U sa -P '", pw(r), "' -C -Q \"SELECT 1\""],
      ["$ http -a ops-bot:'", pw(r), "' POST https://jenkins.internal/job/deploy"],
      ['ldapsearch -x -H ldaps://dc1 -D cn=admin,dc=corp -w ', pw(r), ' -b dc=corp'],
    ]),
  'pgpass-password': (r) => ['$ cat ~/.pgpass\npg-ledger-01.internal:5432:ledger:etl:', pw(r), '\npsql: FATAL: password authentication failed'],
  'redis-config-password': (r) => ['# /etc/redis/redis.conf\nrequirepass ', pw(r), '\nNOAUTH Authentication required.'],
  'basic-auth-tuple': (r) => ['freshdesk 401: requests auth=(\'', r.str(LOWER + DIG, 22) + r.str(DIG, 2), "', 'X')"],
  'launchdarkly-sdk-key': (r) => ['level=error msg="LaunchDarkly client failed to initialize" sdkKey=', `${r.pick(['sdk', 'mob'])}-${uuid(r)}`, ' stream=https://stream.launchdarkly.com'],
  'flagsmith-server-key': (r) => ['{"flagsmith":{"environment_key":"', `ser.${r.str(B62, 21)}${r.str(DIG, 1)}`, '"}}'],
  'unleash-api-token': (r) => ['UNLEASH_API_TOKEN=', `default:${r.pick(['production', 'development'])}.${hex(r, 64)}`, ''],
  'statsig-server-secret': (r) => ['statsig init failed: invalid key ', `secret-${r.str(B62, 42)}${r.str(DIG, 1)}`, ' (401)'],
  'devcycle-server-key': (r) => ['DEVCYCLE_SERVER_SDK_KEY=', `dvc_server_${uuid(r)}_${hex(r, 12)}`, ''],
  'growthbook-secret-key': (r) => ['growthbook api: Authorization: Bearer ', `secret_admin_${r.str(B62, 31)}${r.str(DIG, 1)}`, ' -> 403'],
  'app-search-private-key': (r) => ['app search client key=', `private-${r.str(LOWER, 12)}${r.str(DIG, 12)}`, ' rejected'],
  'coveo-api-key': (r) => ['coveo search failed 401: apiKey=', `xx${uuid(r)}`, ' org=acmeprod'],
  'power-automate-webhook': (r) => [
    'POST ',
    `https://prod-${r.str(DIG, 2)}.westeurope.logic.azure.com:443/workflows/${r.str(HEX, 32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${r.str(B62 + '_-', 42)}${r.str(DIG, 1)}`,
    ' -> 400 Bad Request',
  ],
  'algolia-client-key': (r) => [`  client: algoliasearch("${r.str(UPPER + DIG, 9)}${r.str(DIG, 1)}", "`, hex(r, 32), '") // reindex job'],
};
