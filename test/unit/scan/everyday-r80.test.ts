import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, UP, everydayProbe, mix, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r80 (blind set 80: observability and security pipelines relaying another tool's record into an alert): secrets
 * under OpenTelemetry and Jaeger attributes, in NGINX bodies logged with `\x22` quotes, quoted passphrases after
 * `sshpass -p`/`redis-cli -a`, Cloudflare tokens in its logs; bank accounts under a payment party's key; names before
 * an account in parentheses, after an on-call or contact label before a phone, under a contact key beside a phone or
 * mailbox, in `\x22`-escaped bodies; the client address of a WAF-blocked request that carried a user's bearer token —
 * in contexts other than the set's; beside them the look-alikes that stay clean.
 */
const { found, clean } = everydayProbe();

/** A German IBAN with valid check digits, compact. */
function ibanDe(): string {
  const bban = str(DIG, 18);
  const check = String(98n - (BigInt(`${bban}131400`) % 97n)).padStart(2, '0');
  return `DE${check}${bban}`;
}
const pubIp = (): string => `${81 + randomInt(40)}.${randomInt(250) + 1}.${randomInt(250) + 1}.${randomInt(250) + 1}`;

describe('round r80: secrets relayed by telemetry and edge logs', () => {
  it('finds a secret under an OTLP or Jaeger attribute, not a trace id or a setting', () => {
    const a = mix(20);
    expect(found(`exporter dump: [{"key":"smtp.auth.password","value":{"stringValue":"${a}"}},{"key":"net.peer.port","value":{"intValue":"587"}}]`, a)).toBe(true);
    const b = mix(32);
    expect(found(`jaeger span tags: [{"key":"partner.client_secret","vType":"STRING","vStr":"${b}"}]`, b)).toBe(true);
    expect(clean(`[{"key":"trace.parent_id","value":{"stringValue":"${str(HEX, 16)}"}},{"key":"session.timeout","value":{"stringValue":"30m"}}]`)).toEqual([]);
    expect(clean(`[{"key":"db.password","value":{"stringValue":"[REDACTED]"}},{"key":"api.token_ttl","value":{"stringValue":"${mix(12)}"}}]`)).toEqual([]);
  });

  it('finds a secret and a name in a body logged with \\x22 quotes, not an order body', () => {
    const s = `${mix(14)}!`;
    const n = person();
    const line = `${pubIp()} - - "PUT /v2/profile" 409 req="{\\x22holder_name\\x22:\\x22${n}\\x22,\\x22pin_secret\\x22:\\x22${s}\\x22}"`;
    expect(found(line, s)).toBe(true);
    expect(found(line, n)).toBe(true);
    const t = mix(26);
    expect(found(`{"log":"POST /oauth/token body={\\\\x22refresh_token\\\\x22:\\\\x22${t}\\\\x22}","stream":"stdout"}`, t)).toBe(true);
    expect(clean(`10.2.0.7 - - "POST /cart" 200 req="{\\x22name\\x22:\\x22Blue Lantern\\x22,\\x22password_policy\\x22:\\x22strict\\x22,\\x22qty\\x22:\\x223\\x22}"`)).toEqual([]);
  });

  it('finds a quoted passphrase with spaces after sshpass or redis-cli -a, not a variable', () => {
    const p = `${str(LO, 5)} ${mix(9)} ${randomInt(90) + 10}`;
    expect(found(`journald: _CMDLINE=sshpass -p "${p}" ssh -o StrictHostKeyChecking=no backup@vault-2`, p)).toBe(true);
    const q = `${mix(7)} ${str(LO, 6)}`;
    expect(found(`ps auxww | grep redis: redis-cli --tls -h cache-01 -a '${q}' --no-auth-warning info`, q)).toBe(true);
    expect(clean(`ExecStart=/usr/bin/sshpass -p "$BACKUP_PASS" rsync -a /data backup@nas:/data`)).toEqual([]);
  });

  it('finds a Cloudflare API token after a token label in a Cloudflare log, not a token id', () => {
    const t = `${mix(22)}_${mix(17)}`;
    expect(found(`Cloudflare Terraform provider: authentication error (code 10000)\nworkspace var api token = ${t}`, t)).toBe(true);
    expect(clean(`Cloudflare audit: token id: ${mix(40)} created by ops`)).toEqual([]);
    expect(clean(`Cloudflare API token status: active (expires ${2027 + randomInt(3)}-01-01)`)).toEqual([]);
  });

  it('reports the client of a blocked request that carried a bearer token, not an attacker', () => {
    const ip = pubIp();
    const jwt = `eyJ${str(B62, 20)}.eyJ${str(B62, 40)}.${str(B62, 43)}`;
    expect(found(`{"action":"BLOCK","httpRequest":{"clientIp":"${ip}","uri":"/api/me","headers":[{"name":"Authorization","value":"Bearer ${jwt}"}]}}`, ip)).toBe(true);
    expect(clean(`{"action":"BLOCK","httpRequest":{"clientIp":"${pubIp()}","uri":"/search","args":"q=1%27+OR+1%3D1"}}`)).toEqual([]);
  });
});

describe('round r80: people and accounts in alert payloads', () => {
  it("finds an account under a payment party's key in a transfer record, not an AWS account", () => {
    const a = `${randomInt(9) + 1}${str(DIG, 10)}`;
    expect(found(`{"type":"sepa_credit","debtor_account":"${a}","creditor_iban":"${ibanDe()}"}`, a)).toBe(true);
    const b = `${randomInt(9) + 1}${str(DIG, 9)}`;
    expect(found(`{"labels":{"alertname":"DisbursementStuck","remitter_acct":"${b}","severity":"page"}}`, b)).toBe(true);
    expect(clean(`{"eventName":"AssumeRole","sourceAccount":"${randomInt(9) + 1}${str(DIG, 11)}","recipientAccountId":"${randomInt(9) + 1}${str(DIG, 11)}"}`)).toEqual([]);
  });

  it("finds names, birth dates and bank numbers in the collector's debug exporter attributes, not a service's", () => {
    const n = person();
    const acct = `${randomInt(9) + 1}${str(DIG, 10)}`;
    const dump = `Span #0\nAttributes:\n     -> applicant.name: Str(${n})\n     -> applicant.birth_date: Str(1979-0${randomInt(9) + 1}-2${randomInt(8)})\n     -> payout.account_number: Str(${acct})\n     -> payout.iban_country: Str(DE)`;
    expect(found(dump, n)).toBe(true);
    expect(found(dump, acct)).toBe(true);
    expect(clean(`Resource attributes:\n     -> service.name: Str(Ledger Gateway)\n     -> deployment.date: Str(2026-11-2${randomInt(9)})\n     -> order.number: Str(${randomInt(9) + 1}${str(DIG, 10)})`)).toEqual([]);
  });

  it('finds a name before an account or birth date in parentheses, not a product', () => {
    const n = person();
    expect(found(`RuntimeError: ledger mismatch for ${n} (acct ${randomInt(9) + 1}${str(DIG, 9)})`, n)).toBe(true);
    const m = person();
    expect(found(`KYC check failed: ${m} (DOB 19${randomInt(50) + 50}-0${randomInt(9) + 1}-1${randomInt(9)}) not matched`, m)).toBe(true);
    expect(clean(`RuntimeError: ledger mismatch for Business Checking (account ${randomInt(9) + 1}${str(DIG, 9)})`)).toEqual([]);
  });

  it('finds a name after an on-call or contact label before a phone, and under a contact key beside a phone', () => {
    const a = person();
    expect(found(`Opsgenie: responder on duty: ${a} +33 6 ${randomInt(90) + 10} ${randomInt(90) + 10} ${randomInt(90) + 10} ${randomInt(90) + 10}`, a)).toBe(true);
    const b = person();
    expect(found(`{\n  "store_contact": "${b}",\n  "store_phone": "(646) ${randomInt(800) + 200}-${randomInt(9000) + 1000}"\n}`, b)).toBe(true);
    const c = person();
    expect(found(`secondary on-call: ${c} (+49 151 ${str(DIG, 8)})`, c)).toBe(true);
    expect(clean(`escalation owner: Platform Team +1 800 555 0100`)).toEqual([]);
    expect(clean(`{\n  "support_contact": "Billing Desk",\n  "support_phone": "+1 800 555 0100"\n}`)).toEqual([]);
    expect(clean(`{"site_contact": "${person()}", "site_id": "${str(UP, 3)}-${str(DIG, 4)}"}`)).toEqual([]);
  });
});
