import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, UP, aba, everydayProbe, mix, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r59 (blind set 59: cloud platforms' logs of integration services): Vietnamese-lettered names under
 * person keys, names beside contacts in prose, forms and vendor records, foreign national ids under `ssn`
 * keys, IPv6 in a PostgreSQL log prefix, registry auth in pull errors, PagerDuty keys, Key Vault audit
 * values, .NET configuration paths, secrets piped into secret stores, passwords in parentheses, `*_pass=`
 * values with `;`/spaces, actuator passphrases, Synthetics password steps, ACH rows, NACHA records, keys
 * after a failed call (an Adyen notification's signature stays clean) — in contexts other than the set's (retail, logistics, HR,
 * SaaS, CI), values drawn at test time; beside them the look-alikes that stay clean.
 */
const { found, clean } = everydayProbe();
const pw = (): string => `${mix(6)}${['#', '%', '~', '!'][randomInt(4)]}${str(B62, 7)}`;
const viet = (): string => `${['Thảo', 'Hương', 'Phượng', 'Dũng'][randomInt(4)]} ${['Nguyễn', 'Trương', 'Đặng', 'Phạm'][randomInt(4)]}`;

describe('round r59: names', () => {
  it('finds a Vietnamese-lettered name under a person key, not a product or a place under a name key', () => {
    const n = viet();
    expect(found(`{"shipment":"${str(DIG, 8)}","consignee_name":"${n}","zone":"HCM-3"}`, n)).toBe(true);
    expect(found(`payload={'full_name': '${n}', 'tier': 'gold'}`, n)).toBe(true);
    expect(clean('{"product_name":"Phở Hương","sku":"PH-22"}')).toEqual([]);
    expect(clean('{"city_name":"Hồ Chí","region":"south"}')).toEqual([]);
  });

  it('finds names beside a phone, an IBAN, an upload target and a form pair; not teams, companies or placeholders', () => {
    const [a, b, c, d, e] = [person(), person(), person(), person(), person()];
    expect(found(`support: message from ${a} (phone +61 4${str(DIG, 2)} ${str(DIG, 3)} ${str(DIG, 3)}) escalated`, a)).toBe(true);
    expect(found(`hubspot sync error contact=${b} +1 212 ${str(DIG, 3)} ${str(DIG, 4)} code=409`, b)).toBe(true);
    expect(found(`chargeback refund to IBAN GB${str(DIG, 2)} NWBK ${str(DIG, 4)} ${str(DIG, 4)} ${str(DIG, 4)} ${str(DIG, 2)} for ${c}`, c)).toBe(true);
    expect(found(`rendering statement for ${d} to https://files.example.net/p/${str(DIG, 5)}.pdf`, d)).toBe(true);
    expect(found(`rejected: [["name","${e}"],["address","12 Mill Lane"]]`, e)).toBe(true);
    expect(clean(`message from Support Team (phone +61 4${str(DIG, 2)} ${str(DIG, 3)} ${str(DIG, 3)})`).some((f) => f.includes('Support'))).toBe(false);
    expect(clean(`rendering invoice for Acme Supplies to https://files.example.net/i/${str(DIG, 5)}.pdf`)).toEqual([]);
    expect(clean('form: [["name","Summer Sale"],["sku","X1"]]')).toEqual([]);
    expect(clean('{"vendorName":"Northwind Traders","iban":"placeholder"}')).toEqual([]);
  });

  it('finds a sole trader under a vendor key beside an IBAN, not a company', () => {
    const p = person();
    expect(found(`{"vendor_name":"${p}","iban":"DE${str(DIG, 20)}","terms":14}`, p)).toBe(true);
    expect(clean(`{"vendor_name":"Blue Harbor Logistics","iban":"DE${str(DIG, 20)}"}`).some((f) => f.includes('Blue Harbor'))).toBe(false);
  });
});

describe('round r59: national ids and addresses', () => {
  it("finds a NINO or a CPF under an ssn key, not an order number or a US-format placeholder", () => {
    const nino = `${['AB', 'CE', 'JK'][randomInt(3)]}${str(DIG, 6)}${['A', 'B', 'C', 'D'][randomInt(4)]}`;
    expect(found(`hr import row: employee_ssn="${nino}" start=2026-01-05`, nino)).toBe(true);
    expect(clean(`hr import row: ssn_status=ok batch=${str(DIG, 6)}`)).toEqual([]);
    expect(clean('kyc: national_id: pending, ssn is 000-00-0000 (placeholder)')).toEqual([]);
  });

  it('finds an IPv6 client in a PostgreSQL line prefix, not a documentation address', () => {
    const ip = `2a01:${str(HEX, 4)}:${str('123456789', 1)}${str(HEX, 2)}::${str(HEX, 3)}:1${str(HEX, 3)}`;
    expect(found(`2026-04-02 08:00:01 UTC:${ip}(44120):report@dw:[881]:LOG: disconnection`, ip)).toBe(true);
    expect(clean('2026-04-02 08:00:01 UTC:2001:db8::10(44120):report@dw:[881]:LOG: disconnection')).toEqual([]);
  });
});

describe('round r59: credentials in platform logs', () => {
  it('finds a registry Basic credential in a pull error and a PagerDuty routing key; not a bare word or a hash', () => {
    const b64 = Buffer.from(`ci-pusher:${mix(20)}`).toString('base64');
    expect(found(`kubelet: pull access denied (auth "${b64}")`, b64)).toBe(true);
    expect(clean(`kubelet: pull failed (auth "${Buffer.from('hello world, no colon here').toString('base64')}")`)).toEqual([]);
    const rk = `R0${str(UP, 8)}${str(DIG, 4)}${str(UP + DIG, 18)}`;
    expect(found(`monitors.yaml: routingKey: ${rk}`, rk)).toBe(true);
    expect(clean('routing_key: RRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR')).toEqual([]);
  });

  it('finds Key Vault values, .NET configuration secrets and piped secrets; not references or versions', () => {
    const [v, k, t] = [pw(), `${str(HEX, 32)}`, mix(36)];
    expect(found(`{"operationName":"SecretGet","properties":{"id":"https://hr-kv.vault.azure.net/secrets/payroll-api/3","value":"${v}"}}`, v)).toBe(true);
    expect(found(`env: {"Stripe__ApiKey": "${k}"}`, k)).toBe(true);
    expect(found(`$ echo "${t}" | npx wrangler secret put MAPBOX_TOKEN`, t)).toBe(true);
    expect(clean('{"operationName":"SecretGet","properties":{"id":"https://hr-kv.vault.azure.net/secrets/payroll-api/3","value":"[REDACTED]"}}')).toEqual([]);
    expect(clean('{"Stripe__ApiKey": "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/x)"}')).toEqual([]);
    expect(clean('{"Logging__LogLevel__Token": "Information"}')).toEqual([]);
    expect(clean('$ echo "$MAPBOX_TOKEN" | npx wrangler secret put MAPBOX_TOKEN')).toEqual([]);
  });

  it('finds passwords in parentheses, `*_pass=` values with `;` and actuator passphrases; not masked values', () => {
    const [a, b] = [pw(), `${mix(5)};${str(B62, 5)}&${str(DIG, 2)}`];
    expect(found(`rsync to backup host as ops (password: ${a})`, a)).toBe(true);
    expect(found(`export job: smtp_pass=${b} smtp_host=mail.internal`, b)).toBe(true);
    const phrase = `${['copper', 'violet'][randomInt(2)]} ${['lake', 'forest'][randomInt(2)]} ${str(DIG, 2)}#${str(UP, 2)}`;
    expect(found(`{"REDIS_PASSWORD":{"value":"${phrase}"}}`, phrase)).toBe(true);
    expect(clean('ssh as ops (password: hidden)')).toEqual([]);
    expect(clean('{"REDIS_PASSWORD":{"value":"******"}}')).toEqual([]);
    expect(clean('smtp_pass=see vault host=mail')).toEqual([]);
  });

  it('finds a Synthetics password step value and a key after a failed call; not a variable or a notification signature', () => {
    const [p, key] = [pw(), `${str(UP, 3)}${str(LO, 3)}${str(DIG, 3)}${str(B62, 30)}`];
    expect(found(`Step 2 failed (Type text in "Confirm password")\nValue: ${p}\nURL: https://app.example.net`, p)).toBe(true);
    expect(clean('Step 2 failed (Type text in "password")\nValue: {{ PASSWORD }}\n')).toEqual([]);
    expect(found(`mailchimp: PUT /lists -> 401 (key=${key})`, key)).toBe(true);
    expect(clean('cache miss (key=user_profile_settings_for_dashboard)')).toEqual([]);
    // A notification's per-message signature is no reusable secret (round f25a): it stays clean.
    expect(clean(`notification: {"additionalData":{"hmacSignature":"${str(B62, 22)}${str(DIG, 2)}${str(B62, 19)}="}}`)).toEqual([]);
  });
});

describe('round r59: ACH rows and NACHA records', () => {
  it('finds an ACH row and a NACHA entry record; not an order row or a NACHA file header count', () => {
    const [r, acct, p] = [aba(), `${randomInt(9) + 1}${str(DIG, 9)}`, person()];
    expect(found(`payroll: ACH file written: ${r},${acct},${p},2150.00`, `${r},${acct},${p}`)).toBe(true);
    expect(clean(`orders: batch written: ${str(DIG, 9)},${str(DIG, 6)},Blue Widget,19.99`)).toEqual([]);
    const [r2, acct2, p2] = [aba(), `${randomInt(9) + 1}${str(DIG, 8)}`, person()];
    const rec = `${r2}${acct2}        0000${str(DIG, 6)}EMP${str(DIG, 12)}${p2}`;
    expect(found(`NACHA validation failed at line 7: 622${rec}`, rec)).toBe(true);
    expect(clean(`NACHA file accepted: batches=3 entries=${str(DIG, 3)} total=0000125000`)).toEqual([]);
  });
});

describe('round r59: look-alikes the set flagged', () => {
  it('a service-account key id beside a redacted key and a secrets list of digests stay clean', () => {
    expect(clean(`{"type":"service_account","private_key_id":"${str(HEX, 40)}","private_key":"[REDACTED]","client_email":"etl@proj.iam.gserviceaccount.com"}`)).toEqual([]);
    expect(clean(`NAME              DIGEST            CREATED AT\nSTRIPE_API_KEY    ${str(HEX, 16)}  3d ago\nSMTP_PASSWORD     ${str(HEX, 16)}  12h ago`)).toEqual([]);
  });
});
