import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r40 (blind set 40: observability, logging pipelines and on-call tooling): a sample for each of the round's
 * detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const SYM = '!#%*+-.?@^_~';
const mix = (r: Rng, a: string, n: number): string => `${r.str(UPPER, 1)}${r.str(LOWER, 1)}${r.str(DIG, 1)}${r.str(a, n - 3)}`;
const pw = (r: Rng, n = 14): string => `${r.str(UPPER, 2)}${r.str(LOWER, 3)}${r.str(SYM, 1)}${r.str(DIG, 2)}${r.str(B62, n - 8)}`;
const hexMix = (r: Rng, n: number): string => `${r.str(DIG, 1)}${r.str('abcdef', 1)}${r.str(HEX, n - 2)}`;
const uuid = (r: Rng): string => `${hexMix(r, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-b${r.str(HEX, 3)}-${r.str(HEX, 12)}`;
const given = (r: Rng): string => r.pick(['Marisol', 'Benedikt', 'Aurelie', 'Casimir', 'Leontine', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Trevelyan', 'Ostrowski']);
const person = (r: Rng): string => `${given(r)} ${family(r)}`;
const b64 = (s: string): string => Buffer.from(s, 'latin1').toString('base64');
/** A Brazilian CPF with its two check digits. */
const cpf = (r: Rng): string => {
  const d = Array.from({ length: 9 }, () => r.int(0, 9));
  if (new Set(d).size === 1) d[0] = (d[0]! + 1) % 10;
  const dv = (ds: number[]): number => {
    const s = ds.reduce((a, x, i) => a + x * (ds.length + 1 - i), 0) % 11;
    return s < 2 ? 0 : 11 - s;
  };
  d.push(dv(d));
  d.push(dv(d));
  return `${d.slice(0, 3).join('')}.${d.slice(3, 6).join('')}.${d.slice(6, 9).join('')}-${d.slice(9).join('')}`;
};

export const R40_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'log-shipper-directive-secret': (r) => ['td-agent.conf:\n<store>\n  @type splunk_hec\n  hec_token ', uuid(r), '\n</store>'],
  'elasticsearch-service-token': (r) => ['kibana.yml: elasticsearch.serviceAccountToken: ', b64(`\0\x01\0\x01elastic/kibana/kb-${r.int(1, 99)}:${mix(r, B62, 22)}`).replace(/=+$/, ''), ''],
  'elasticsearch-enrollment-token': (r) => ['node join: --enrollment-token ', b64(JSON.stringify({ ver: '8.13.0', adr: ['10.0.4.2:9200'], fgr: hexMix(r, 64), key: `${mix(r, B62, 20)}:${mix(r, B62, 22)}` })), ' accepted'],
  'elasticsearch-reset-password-output': (r) => ['Password for the [logstash_system] user successfully reset.\nNew value: ', mix(r, B62 + '_', 20), ''],
  'victorops-rest-endpoint-key': (r) => ['zabbix media: https://alert.victorops.com/integrations/generic/20131114/alert/', uuid(r), '/infra'],
  'honeycomb-sdk-write-key': (r) => ['honeytail --parser=json -k ', mix(r, B62, 22), ' --dataset=nginx -f /var/log/nginx/access.json'],
  'airbrake-project-key': (r) => ['airbrake.yml: project_key: ', hexMix(r, 32), ''],
  'yaml-nested-api-key': (r) => ['values.yaml:\ndatadog:\n  api:\n    key: ', hexMix(r, 32), '\n  site: datadoghq.eu'],
  'vendor-key-csv-column': (r) => ['svc,opsgenie_key,owner\nsearch,', uuid(r), ',sre\n'],
  'vendor-key-in-prose': (r) => ['#sre: the opsgenie api key for billing is ', uuid(r), ', please rotate'],
  'api-client-secret-note': (r) => ['# controller api client ops-export@northwind, secret ', uuid(r), ' (rotate quarterly)'],
  'browser-test-password-fill': (r) => ["await page.fill('input#current-password', '", pw(r), "');"],
  'person-name-set-user-call': (r) => [`Bugsnag.setUser('u-${r.str(DIG, 4)}', 'q${r.str(DIG, 3)}@mailbox.org', '`, person(r), "')"],
  'person-name-under-oncall-key': (r) => ['incident.created {"service":"ledger","oncall_user":"', person(r), '","urgency":"high"}'],
  'person-name-paged-in-alert': (r) => ['#alerts: bot escalated to ', person(r), ' after 10m without ack'],
  'device-id-in-event': (r) => ['{"event":"crash","device":{"id":"', uuid(r).toUpperCase(), '","os":"iOS 17.4"}}'],
  'national-id-under-short-key': (r) => ['kyc ok natl_id=', cpf(r), ' level=2'],
  'bank-account-sql-parameter': (r) => ["LOG:  execute S_2: INSERT INTO beneficiaries (iban, account_number) VALUES ($1, $2)\nDETAIL:  parameters: $1 = 'n/a', $2 = '", `${r.int(1, 9)}${r.str(DIG, 9)}`, "'"],
  'card-cvv-sql-column': (r) => ["slow query: INSERT INTO saved_cards (user_id, cvv, brand) VALUES (12, '", `${r.int(1, 9)}${r.str(DIG, 2)}`, "', 'amex')"],
};
