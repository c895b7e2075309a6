import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, str, UP, everydayProbe } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r41 (blind set 41: integration platforms and workplace SaaS glue): webhook URLs of automation tools in their
 * published shapes (Jira/Confluence Automation, Tines, Workato), an APIM subscription key as a named header's value,
 * secrets in box-drawn CLI tables and after an escaped `\=` in .properties files, Gmail app passwords under SMTP keys,
 * Okta tokens under a bare `okta` key, multi-row SQL INSERTs, bracket-annotated CSV headers, accounts under a routing
 * line above, names whose next field is their own mailbox or that sign a message — in contexts other than the set's,
 * values drawn at test time; beside them the look-alikes that stay clean (redacted key files, documentation and
 * loopback webhook hosts, counting-run test accounts).
 */
const { found, clean } = everydayProbe();

/** Hex with a digit and a letter in it. */
const hex = (n: number): string => `${randomInt(10)}${'abcdef'[randomInt(6)]}${str(HEX, n - 2)}`;
/** Letters of both cases and digits. */
const mix = (n: number, extra = ''): string => `${str(UP, 1)}${str(LO, 1)}${str(DIG, 1)}${str(B62 + extra, n - 3)}`;
/** A password with a symbol. */
const pw = (n = 15): string => `${str(UP, 2)}${str(LO, 3)}${'!#%*?@^~'[randomInt(8)]}${str(DIG, 2)}${str(B62, n - 8)}`;
const uuid = (): string => `${hex(8)}-${str(HEX, 4)}-4${str(HEX, 3)}-b${str(HEX, 3)}-${str(HEX, 12)}`;
const GIVEN = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Casimir'];
const FAMILY = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
const given = (): string => GIVEN[randomInt(GIVEN.length)]!;
const family = (): string => FAMILY[randomInt(FAMILY.length)]!;
/** Sixteen distinct-enough lowercase letters (a Gmail app password's shape). */
const appPassword = (): string => {
  for (;;) {
    const v = str(LO, 16);
    if (new Set(v).size >= 10) return v;
  }
};
/** An ABA routing number with a valid check digit. */
const aba = (): string => {
  const d = [0, ...Array.from({ length: 7 }, () => randomInt(10))];
  d[1] = 1 + randomInt(2);
  const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
  return [...d, (10 - (s % 10)) % 10].join('');
};
/** A 10-digit account number (not a run, not a repeated block). */
const account = (): string => `${1 + randomInt(8)}${str(DIG, 3)}7${str(DIG, 4)}3`;

describe('round r41: automation webhook URLs', () => {
  it('finds Jira/Confluence Automation incoming webhooks (current and legacy hosts) in rules, curl and chat', () => {
    const u1 = `https://api-private.atlassian.com/automation/webhooks/jira/a/${uuid()}/${uuid()}`;
    for (const t of [`rule "Sync to Slack" fired: POST ${u1} -> 200`, `curl -X POST -H 'Content-Type: application/json' ${u1} -d '{"issues":["OPS-1"]}'`, `{"webhookUrl":"${u1}","enabled":true}`]) {
      expect(found(t, u1), t).toBe(true);
    }
    const u2 = `https://api-private.atlassian.com/automation/webhooks/confluence/a/${uuid()}/${uuid()}`;
    expect(found(`incoming webhook for the space: ${u2}`, u2)).toBe(true);
    const u3 = `https://automation.atlassian.com/pro/hooks/${hex(40)}`;
    expect(found(`AUTOMATION_HOOK=${u3}`, u3)).toBe(true);
  });

  it('finds Tines webhook action URLs and Workato webhook triggers', () => {
    const t1 = `https://${['lucky-wave', 'rapid-pine'][randomInt(2)]}-${str(DIG, 4)}.tines.com/webhook/${hex(32)}/${hex(32)}`;
    for (const t of [`webhook_url: ${t1}`, `curl -X POST ${t1} -d @event.json`, `Tines story "Phishing triage" listens on ${t1}.`]) expect(found(t, t1), t).toBe(true);
    const w1 = `https://webhooks.workato.com/webhooks/rest/${hex(32)}/new-hire`;
    for (const t of [`# trigger: ${w1}`, `requests.post("${w1}", json=payload)`, `WORKATO_HOOK=${w1}`]) expect(found(t, w1), t).toBe(true);
    const w2 = `https://webhooks.eu.workato.com/webhooks/rest/${hex(32)}/po-approved`;
    expect(found(`EU data center trigger ${w2}`, w2)).toBe(true);
  });

  it('keeps documentation, loopback and placeholder hooks clean', () => {
    expect(clean(`n8n docs: https://n8n.acme.test/webhook/${uuid()} and http://localhost:5678/webhook-test/${uuid()}`)).toEqual([]);
    expect(clean(`example: https://n8n.example.com/webhook/${uuid()} (replace with yours)`)).toEqual([]);
    expect(clean('tines: https://tenant.tines.com/webhook/<path>/<secret>')).toEqual([]);
    expect(clean('workato: https://webhooks.workato.com/webhooks/rest/{{recipe_token}}/new-hire')).toEqual([]);
    // A real host still counts.
    const u = `https://n8n.kestrel-ops.io/webhook/${uuid()}`;
    expect(found(`hook ${u}`, u)).toBe(true);
  });
});

describe('round r41: keys and secrets in connector configs and CLI output', () => {
  it('finds an APIM subscription key set as the value of a named header (connector policy, Postman, YAML)', () => {
    const k = hex(32);
    for (const t of [
      `{"templateId":"setheader","parameters":{"x-ms-apimTemplateParameter.name":"Ocp-Apim-Subscription-Key","x-ms-apimTemplateParameter.value":"${k}"}}`,
      `"header":[{"key":"Ocp-Apim-Subscription-Key","value":"${k}","type":"text"}]`,
      `- name: Ocp-Apim-Subscription-Key, value: ${k}`,
    ]) {
      expect(found(t, k), t).toBe(true);
    }
    expect(clean('{"name":"Ocp-Apim-Subscription-Key","value":"00000000000000000000000000000000"}')).toEqual([]);
    expect(clean('{"name":"Ocp-Apim-Subscription-Key","value":"<subscription-key>"}')).toEqual([]);
  });

  it('finds secrets in box-drawn CLI tables and leaves their ids and placeholders', () => {
    const s1 = mix(40);
    const s2 = hex(32);
    const t = `$ zapier env:get 2.0.1\n┌──────────────────┬──────────────────────────────────────────┐\n│ Key              │ Value                                    │\n├──────────────────┼──────────────────────────────────────────┤\n│ OAUTH_CLIENT_ID  │ kestrel-app                              │\n│ OAUTH_SECRET     │ ${s1} │\n│ WEBHOOK_TOKEN    │ ${s2}         │\n└──────────────────┴──────────────────────────────────────────┘`;
    expect(found(t, s1), t).toBe(true);
    expect(found(t, s2), t).toBe(true);
    const s3 = mix(30);
    expect(found(`║ DB_PASSWORD ║ ${s3} ║`, s3)).toBe(true);
    expect(found(`┃ api_key ┃ ${s2} ┃`, s2)).toBe(true);
    expect(clean(`│ API_KEY        │ <set me>           │\n│ CLIENT_SECRET  │ \${CLIENT_SECRET}   │\n│ TOKEN_TTL      │ 3600               │`)).toEqual([]);
  });

  it('finds passwords after an escaped `\\=` in .properties files', () => {
    const p1 = pw(18);
    for (const t of [
      `db.url=jdbc\\:postgresql\\://pg01\\:5432/erp?user\\=erp&password\\=${p1}`,
      `mail.smtp.url=smtp\\://relay?user\\=ops&pwd\\=${p1}&tls\\=true`,
      `proxy.settings=host\\=gw;proxyPassword\\=${p1}`,
    ]) {
      expect(found(t, p1), t).toBe(true);
    }
    expect(clean('db.url=jdbc\\:postgresql\\://pg01\\:5432/erp?user\\=erp&password\\=changeme')).toEqual([]);
    expect(clean('db.url=jdbc\\:postgresql\\://pg01\\:5432/erp?user\\=erp&password\\=${DB_PASSWORD}')).toEqual([]);
  });

  it('finds Gmail app passwords under SMTP and IMAP keys beside a Gmail host or mailbox, not elsewhere', () => {
    const a = appPassword();
    for (const t of [
      `SMTP_HOST=smtp.gmail.com\nSMTP_USER=ops.alerts@gmail.com\nSMTP_PASS=${a}`,
      `spring.mail.host=smtp.gmail.com\nspring.mail.password=${a}`,
      `imap:\n  host: imap.gmail.com\n  imap_password: "${a}"`,
    ]) {
      expect(found(t, a), t).toBe(true);
    }
    expect(clean(`SMTP_HOST=mail.kestrel.io\nSMTP_PASS=${a}`)).toEqual([]);
    expect(clean('SMTP_HOST=smtp.gmail.com\nSMTP_PASS=aaaaaaaaaaaaaaaa')).toEqual([]);
  });

  it('finds Okta API tokens under a bare `okta` key and login passwords with the service named', () => {
    const tok = `00${mix(40, '_-')}`;
    for (const t of [`credentials:\n  okta: "${tok}"`, `OKTA=${tok}`, `{"okta":"${tok}"}`]) expect(found(t, tok), t).toBe(true);
    expect(clean(`okta: "00${'x'.repeat(40)}"`)).toEqual([]);
    const p = pw(14);
    for (const t of [`the login for Asana is ops-admin / ${p} for now`, `login to Grafana is viewer / ${p}`, `Login on vpn is jdoe / ${p}`]) expect(found(t, p), t).toBe(true);
  });

  it('finds secrets in every row of a multi-row SQL INSERT', () => {
    const s1 = mix(40, '_-');
    const s2 = mix(40, '_-');
    const t = `INSERT INTO oauth_apps (id, vendor, client_id, client_secret, note) VALUES\n  (1, 'zoom', '${mix(22)}', '${s1}', 'prod'),\n  (2, 'box', '${mix(32)}', '${s2}', 'stage');`;
    expect(found(t, s1), t).toBe(true);
    expect(found(t, s2), t).toBe(true);
    expect(clean(`INSERT INTO oauth_apps (id, vendor, client_secret) VALUES\n  (1, 'zoom', NULL),\n  (2, 'box', 'client_secret_placeholder');`)).toEqual([]);
  });
});

describe('round r41: personal and financial records of workplace tools', () => {
  it('reads bracket-annotated CSV headers (Google Workspace bulk upload) for national ids', () => {
    const ssn = `${100 + randomInt(500)}-${10 + randomInt(80)}-${1000 + randomInt(8999)}`;
    const t = `First Name [Required],Last Name [Required],Email Address [Required],Employee ID,Custom [HR] National ID\nOswin,Drummond,oswin@kestrel.io,E1042,${ssn}`;
    expect(found(t, ssn), t).toBe(true);
    const t2 = `Name,Department,Office,Custom [HR] National ID\nOswin Drummond,Finance,Leeds,${ssn}`;
    expect(found(t2, ssn), t2).toBe(true);
    expect(clean('First Name [Required],Last Name [Required],Email Address [Required],Org Unit Path [Required]\nOswin,Drummond,oswin@example.com,/Staff')).toEqual([]);
  });

  it('finds an account under a routing line above it (INI sections, YAML), not a counting run', () => {
    const acct = account();
    const r = aba();
    for (const t of [`[ach]\nrouting = ${r}\naccount = ${acct}`, `payout:\n  routing: "${r}"\n  account: "${acct}"`, `routing_number=${r}\n# checking\naccount=${acct}`]) {
      expect(found(t, acct), t).toBe(true);
    }
    expect(clean('employee_id,legal_name,routing_number,account_number\nTEST-1,"Test Employee",000000000,1234567890')).toEqual([]);
    expect(clean('vendor,bank_account\nTEST,0987654321')).toEqual([]);
  });

  it("finds a name whose record's next field is the person's own mailbox (JSON, HTML cells, labelled lines, key lists)", () => {
    const g = given();
    const f = family();
    const n = `${g} ${f}`;
    const mail = `${g.toLowerCase()}.${f.toLowerCase()}${str(DIG, 2)}@gmail.com`;
    for (const t of [
      `{"participant":{"user_name":"${n}","email":"${mail}","join_time":"2026-03-01T10:00:00Z"}}`,
      `<tr><td>Acme GmbH</td><td>${n}</td><td>${mail}</td></tr>`,
      `Bundle:\n  Payee name: ${n}\n  Payee e-mail: ${mail}`,
      `{"displayName": "${n}", "mail": "${mail}", "jobTitle": "Buyer"}`,
      `attendee=${n};email=${mail};status=accepted`,
    ]) {
      expect(found(t, n), t).toBe(true);
    }
    // Accents folded: `Joaquín` writes `joaquin` in a mailbox.
    expect(found(`{"name":"Joaquín ${f}","email":"joaquin.${f.toLowerCase()}@outlook.com"}`, `Joaquín ${f}`)).toBe(true);
    // A mailbox that is not the name's, a company, a documentation mailbox: clean.
    expect(clean(`{"user_name":"${n}","email":"support@kestrel.io"}`).filter((x) => x.startsWith('person'))).toEqual([]);
    expect(clean('{"name":"Northwind Traders","email":"northwind.traders@northwind.com"}').filter((x) => x.startsWith('person-name-beside'))).toEqual([]);
    expect(clean(`<td>${n}</td><td>${g.toLowerCase()}.${f.toLowerCase()}@example.com</td>`).filter((x) => x.startsWith('person-name-beside'))).toEqual([]);
  });

  it('finds a worker named beside their account, and a worker label that names a process', () => {
    const n = `${given()} ${family()}`;
    const acct = account();
    for (const t of [`last_error: "worker ${n} deposit account ${acct} / ABA ${aba()} rejected"`, `worker: ${n}\nssn: 512-48-9173`, `{"worker":"${n}","iban":"DE89370400440532013000"}`]) {
      expect(found(t, n), t).toBe(true);
    }
    expect(clean('worker Celery Beat started pid=4411').filter((x) => x.startsWith('person'))).toEqual([]);
  });

  it('finds a name signing a message after a sign-off word, and leaves teams and bots', () => {
    const n = `${given()} ${family()}`;
    for (const t of [`> my card was charged twice, please refund. Thanks! ${n}\nsent via Typeform`, `Kind regards,\n${n}`, `"Could you update my address? Cheers, ${n}"`]) {
      expect(found(t, n), t).toBe(true);
    }
    expect(clean('Thanks! Platform Team')).toEqual([]);
    expect(clean('Regards,\nRelease Bot')).toEqual([]);
    expect(clean('Thanks, Jane Doe')).toEqual([]);
  });

  it('keeps a redacted service-account key file clean (its key id and the armoured placeholder)', () => {
    const kid = hex(40);
    const t = `{\n  "type": "service_account",\n  "private_key_id": "${kid}",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n<REDACTED>\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "sync@proj.iam.gserviceaccount.com"\n}`;
    expect(clean(t).filter((x) => !x.startsWith('email'))).toEqual([]);
    const t2 = `{"private_key_id":"${kid}","private_key":"-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"}`;
    expect(clean(t2)).toEqual([]);
    // With the key itself present, the id is reported as before.
    const body = str(B62 + '+/', 64);
    const t3 = `{"private_key_id":"${kid}","private_key":"-----BEGIN PRIVATE KEY-----\\nMIIEv${body}\\n${body}\\n-----END PRIVATE KEY-----\\n"}`;
    expect(found(t3, kid), t3).toBe(true);
  });
});
