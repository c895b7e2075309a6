import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, str, UP, everydayProbe } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r40 (blind set 40: observability, logging pipelines and on-call tooling): log-shipper directives, Elasticsearch
 * service and enrollment tokens and reset-password output, Splunk On-Call endpoint keys, Honeycomb SDK and CLI keys,
 * Airbrake project keys, keys nested under a YAML `api:` block, vendor keys in migration tables and chat, passwords that
 * browser tests type; people in setUser calls, under on-call and payout keys, after paging verbs; device ids in events —
 * in contexts other than the set's, values drawn at test time; beside them the look-alikes that stay clean (Datadog RUM
 * client tokens, shipper directives with references, on-call schedule names, test fixtures reading the environment).
 */
const { found, clean } = everydayProbe();

const hex = (n: number): string => `${randomInt(10)}${'abcdef'[randomInt(6)]}${str(HEX, n - 2)}`;
const mix = (n: number): string => `${str(UP, 1)}${str(LO, 1)}${str(DIG, 1)}${str(B62, n - 3)}`;
const pw = (n = 15): string => `${str(UP, 2)}${str(LO, 3)}${'!#%*?@^~'[randomInt(8)]}${str(DIG, 2)}${str(B62, n - 8)}`;
const uuid = (): string => `${hex(8)}-${str(HEX, 4)}-4${str(HEX, 3)}-a${str(HEX, 3)}-${str(HEX, 12)}`;
const GIVEN = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Casimir'];
const FAMILY = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
const person = (): string => `${GIVEN[randomInt(GIVEN.length)]!} ${FAMILY[randomInt(FAMILY.length)]!}`;
const b64 = (s: string): string => Buffer.from(s, 'latin1').toString('base64');

describe('round r40: collector, APM and on-call credentials', () => {
  it('finds secrets in Fluent Bit and Fluentd directives (key, spaces, value)', () => {
    const p = pw(17);
    const t1 = `[OUTPUT]\n    Name          http\n    Host          ingest.loghub.net\n    http_user     shipper\n    http_passwd   ${p}\n    Format        json`;
    expect(found(t1, p), t1).toBe(true);
    const k = `${mix(30)}/${mix(9)}`;
    const t2 = `[OUTPUT]\n    Name  s3\n    aws_secret_access_key\t${k}\n    bucket archive-logs`;
    expect(found(t2, k), t2).toBe(true);
    const u = uuid();
    const t3 = `<store>\n  @type splunk_hec\n  hec_token ${u}\n  index main\n</store>`;
    expect(found(t3, u), t3).toBe(true);
  });

  it('finds Elasticsearch service and enrollment tokens and the reset-password output', () => {
    const svc = b64(`\0\x01\0\x01elastic/fleet-server/token-${randomInt(99)}:${mix(22)}`).replace(/=+$/, '');
    const t1 = `fleet-server.yml:\n  service_token: ${svc}`;
    expect(found(t1, svc), t1).toBe(true);
    const enr = b64(JSON.stringify({ ver: '8.14.1', adr: ['192.168.7.4:9200'], fgr: hex(64), key: `${mix(20)}:${mix(22)}` }));
    const t2 = `kibana setup: paste enrollment token ${enr} into the browser`;
    expect(found(t2, enr), t2).toBe(true);
    const np = mix(20);
    const t3 = `ansible TASK [reset kibana_system] stdout:\nPassword for the [kibana_system] user successfully reset.\nNew value: ${np}`;
    expect(found(t3, np), t3).toBe(true);
  });

  it('finds Splunk On-Call endpoint keys, Honeycomb SDK and CLI keys, Airbrake keys and a key nested under api:', () => {
    const vo = uuid();
    const t1 = `nagios notify: POST https://alert.victorops.com/integrations/generic/20131114/alert/${vo}/payments -> 200`;
    expect(found(t1, vo), t1).toBe(true);
    const wk = hex(32);
    const t2 = `libhoney.init(writekey=os.getenv("HONEYCOMB_KEY") or "${wk}", dataset="jobs")`;
    expect(found(t2, wk), t2).toBe(true);
    const ck = mix(22);
    const t3 = `deploy.sh: honeyvent -k ${ck} -d builds -n status -v ok`;
    expect(found(t3, ck), t3).toBe(true);
    const ab = hex(32);
    const t4 = `const notifier = new Notifier({ projectId: 41822, projectKey: '${ab}', environment: 'prod' });`;
    expect(found(t4, ab), t4).toBe(true);
    const dd = hex(32);
    const t5 = `datadog.yaml rendered:\n  api:\n    site: datadoghq.eu\n    key: ${dd}\n  logs_enabled: true`;
    expect(found(t5, dd), t5).toBe(true);
  });

  it('finds vendor keys in a migration table and in chat, and passwords browser tests type', () => {
    const a = hex(32);
    const b = uuid();
    const t1 = `team;legacy_pagerduty_key;opsgenie_api_key\nsearch;${a};${b}`;
    expect(found(t1, a), t1).toBe(true);
    expect(found(t1, b), t1).toBe(true);
    const c = uuid();
    const t2 = `<kemal> fyi the victorops key for the db team is ${c} until we rotate`;
    expect(found(t2, c), t2).toBe(true);
    const p = pw(14);
    const t3 = `await page.type('input[name="passwd"]', '${p}');`;
    expect(found(t3, p), t3).toBe(true);
    const q = pw(12);
    const t4 = `cy.get('#user-password').type('${q}')`;
    expect(found(t4, q), t4).toBe(true);
    const sec = uuid();
    const t5 = `runbook: the export job uses api client metrics-export@acme-prod secret ${sec}`;
    expect(found(t5, sec), t5).toBe(true);
    const hp = `${pw(10)}#${str(B62, 5)}`;
    const t6 = `[OUTPUT]\n    Name  loki\n    http_passwd   ${hp}\n    Labels job=fluentbit`;
    expect(found(t6, hp), t6).toBe(true);
  });
});

describe('round r40: people and devices in telemetry', () => {
  it('finds names in setUser calls, under on-call and payout keys and after paging verbs', () => {
    const a = person();
    const t1 = `Rollbar hook: scope.setUser("u-${randomInt(9999)}", "oq${randomInt(99)}@mailbox.org", "${a}");`;
    expect(found(t1, a), t1).toBe(true);
    const b = person();
    const t2 = `alertmanager payload {"labels":{"severity":"page"},"annotations":{"on_call":"${b}","runbook":"rb/42"}}`;
    expect(found(t2, b), t2).toBe(true);
    const c = person();
    const t3 = `payout queued {"receiver_name":"${c}","amount":"120.00"}`;
    expect(found(t3, c), t3).toBe(true);
    const d = person();
    const t4 = `#ops-alerts: bot escalated to ${d} at 03:12 after no ack`;
    expect(found(t4, d), t4).toBe(true);
  });

  it('finds a device id under device in a crash event', () => {
    const id = uuid().toUpperCase();
    const t = `crash report {"app":"ios","device": {"id": "${id}", "model": "iPhone15,2"}}`;
    expect(found(t, id), t).toBe(true);
  });
});

describe('round r40: look-alikes that stay clean', () => {
  it('does not report Datadog RUM client tokens, references in directives, schedule names or env-read test passwords', () => {
    expect(clean(`DD_RUM.init({ clientToken: 'pub${hex(32)}', site: 'datadoghq.eu' })`)).toEqual([]);
    expect(clean('[OUTPUT]\n    Name        es\n    HTTP_Passwd ${ES_PASSWORD}\n    tls On')).toEqual([]);
    expect(clean('<store>\n  hec_token "#{ENV[\'HEC_TOKEN\']}"\n</store>')).toEqual([]);
    expect(clean('{"oncall":"Primary Rotation","escalated_to":"Database Team"}')).toEqual([]);
    expect(clean('paging Oncall Rotation for service checkout-api')).toEqual([]);
    expect(clean("await page.fill('#password', process.env.E2E_PASSWORD!);")).toEqual([]);
    expect(clean(`jira import: project_key=OPS, issue_type=Incident`)).toEqual([]);
    expect(clean('{"device":{"id":"00000000-0000-0000-0000-000000000000"}}')).toEqual([]);
  });
});

describe('round r40: ids, accounts and card codes in pipeline records', () => {
  const cpf = (): string => {
    const d = Array.from({ length: 9 }, () => randomInt(10));
    if (new Set(d).size === 1) d[0] = (d[0]! + 1) % 10;
    const dv = (ds: number[]): number => {
      const s = ds.reduce((a, x, i) => a + x * (ds.length + 1 - i), 0) % 11;
      return s < 2 ? 0 : 11 - s;
    };
    d.push(dv(d));
    d.push(dv(d));
    return `${d.slice(0, 3).join('')}.${d.slice(3, 6).join('')}.${d.slice(6, 9).join('')}-${d.slice(9).join('')}`;
  };
  it('finds a national id under nat_id, a bank account bound to account_no, a CVV in an insert', () => {
    const id = cpf();
    const t1 = `onboarding check passed: {"natl_id":"${id}","risk":"low"}`;
    expect(found(t1, id), t1).toBe(true);
    const acct = `${1 + randomInt(9)}${str(DIG, 9)}`;
    const t2 = `2026-03-02 10:11:12 UTC [812] pay@pay LOG:  execute S_3: INSERT INTO payees (bank_name, acct_no, created) VALUES ($1, $2, now())\n2026-03-02 10:11:12 UTC [812] pay@pay DETAIL:  parameters: $1 = 'Sparkasse', $2 = '${acct}'`;
    expect(found(t2, acct), t2).toBe(true);
    const cvc = `${1 + randomInt(9)}${str(DIG, 2)}`;
    const t3 = `general_log: Query INSERT INTO wallet_cards (user_id, last4, cvc, brand) VALUES (77, '4242', '${cvc}', 'visa')`;
    expect(found(t3, cvc), t3).toBe(true);
  });

  it('does not report NAT gateway ids, service account numbers or non-CVV numbers', () => {
    expect(clean('vpc flow: nat_id=nat-0a1b2c3d4e5f67890 bytes=1024')).toEqual([]);
    expect(clean("LOG:  execute S_1: UPDATE subscriptions SET account_no = $1 WHERE id = $2\nDETAIL:  parameters: $1 = '40021977', $2 = '17'")).toEqual([]);
    expect(clean("INSERT INTO cards (user_id, cvv_checked, brand) VALUES (77, '1', 'visa')")).toEqual([]);
  });
});
