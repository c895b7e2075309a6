import { describe, expect, it } from 'vitest';
import { DIG, HEX, everydayProbe, mix, person, str } from '../../helpers/everyday-kit';

/**
 * Round r72 (blind set 72: the mainstream API providers): login-call passwords, provider-named key maps, Zendesk's
 * email/token pair, names under compound full-name keys and after CRM nouns, month/day birthdays, form answers, card
 * numbers under a billing object's `number` key, hex client secrets in prose — in contexts other than the set's; beside
 * them the look-alikes that stay clean, and the set's false alarm (a Telegram bot's profile name).
 */
const { found, clean } = everydayProbe();

const luhn = (prefix: string, len: number): string => {
  const body = prefix + str(DIG, len - prefix.length - 1);
  for (let c = 0; c < 10; c++) {
    const s = body + c;
    const sum = [...s].reverse().reduce((a, ch, i) => a + (i % 2 ? (Number(ch) * 2 > 9 ? Number(ch) * 2 - 9 : Number(ch) * 2) : Number(ch)), 0);
    if (sum % 10 === 0) return s;
  }
  return body + '0';
};

describe('round r72: credentials', () => {
  it('finds the password argument of login calls in several languages, not an empty or placeholder one', () => {
    const p = `${mix(10)}#${mix(6)}`;
    expect(found(`  File "sync.py", line 40, in run\n    sf.login("ops@corp.example.org", "${p}")`, p)).toBe(true);
    expect(found(`await client.authenticate('svc-export', '${p}');`, p)).toBe(true);
    expect(found(`ftp.login("anonymous", "${p}")`, p)).toBe(true);
    expect(clean(`conn.login('ops@corp.example.org', process.env.SF_PASSWORD)`)).toEqual([]);
    expect(clean(`conn.login("user", "password")`)).toEqual([]);
    expect(clean(`sf.login('ops@corp.example.org', '********')`)).toEqual([]);
  });

  it('finds keys under bare provider names, not object ids or public keys under them', () => {
    const k = mix(32);
    expect(found(`keys = {'openai': '${k}', 'timeout': 30}`, k)).toBe(true);
    const h = str(HEX, 32);
    expect(found(`{"datadog": "${h}", "site": "datadoghq.eu"}`, h)).toBe(true);
    expect(clean(`{"stripe": "acct_${mix(16)}", "mode": "live"}`)).toEqual([]);
    expect(clean(`{"stripe": "pk_live_${mix(24)}"}`)).toEqual([]);
    expect(clean(`{"github": "8d3e1f0c-9b2a-4c71-a5e3-2f6b9d0c4e11"}`)).toEqual([]);
  });

  it("finds Zendesk's email/token pair, not the literal placeholder", () => {
    const t = mix(40);
    expect(found(`curl -u agent@helpdesk.example.net/token:${t} https://acme.zendesk.com/api/v2/tickets.json`, t)).toBe(true);
    expect(clean('curl -u {email_address}/token:{api_token} https://acme.zendesk.com/api/v2/tickets.json')).toEqual([]);
  });

  it('finds a hex client secret in prose, not a short hex id or a count', () => {
    const s = str(HEX, 30);
    expect(found(`Plaid: retried /link/token/create with client secret ${s}`, s)).toBe(true);
    const q = `${str(HEX, 30)}0a`;
    expect(found(`the client secret is "${q}"`, q)).toBe(true);
    expect(clean('client secret 0000000000000000000000000000 rejected')).toEqual([]);
    expect(clean('client secret rotated for 12 apps')).toEqual([]);
  });
});

describe('round r72: personal and financial', () => {
  it('finds names under compound full-name keys and after CRM nouns, not roles or companies', () => {
    const n = person();
    expect(found(`{"billing_full_name": "${n}", "plan": "pro"}`, n)).toBe(true);
    expect(found(`props = {'hs_full_name_or_email': '${n}'}`, n)).toBe(true);
    expect(found(`merge blocked: lead "${n}" is owned by another rep`, n)).toBe(true);
    expect(found(`reminder failed for invitee '${n}'`, n)).toBe(true);
    expect(clean('{"full_name_field": "Release Manager"}')).toEqual([]);
    expect(clean('sync skipped contact "Accounts Payable" (role mailbox)')).toEqual([]);
  });

  it('finds month/day birthdays and form answers to birth-date and name questions, not other answers', () => {
    expect(found('{"merge_fields":{"BIRTHDAY":"11/23"}}', '11/23')).toBe(true);
    expect(found(`{"question":"Date of Birth","answer":"03/14/1961"}`, '03/14/1961')).toBe(true);
    const n = person();
    expect(found(`{"question": "Full name", "answer": "${n}"}`, n)).toBe(true);
    expect(clean('{"question":"Date of visit","answer":"2026-03-14"}')).toEqual([]);
    expect(clean('{"question":"Company name","answer":"Northwind Traders"}')).toEqual([]);
    expect(clean('{"release":"11/23","build":4}')).toEqual([]);
  });

  it('finds a card number under a billing object\'s number key, not an invoice number or an invalid one', () => {
    const c = luhn('4', 16);
    expect(found(`Recurly::Errors::ValidationError billing_info: {number: "${c}", month: 1}`, c)).toBe(true);
    const d = luhn('36', 14);
    expect(found(`{"credit_card": {"number": "${d}", "cvv_present": true}}`, d)).toBe(true);
    expect(clean('{"invoice": {"number": "100000000000042"}}')).toEqual([]);
    expect(clean('billing_info: {number: "4111111111111112"}')).toEqual([]);
  });

  it("stays silent on a Telegram bot's profile name", () => {
    expect(clean('{"ok":true,"result":{"id":7001,"is_bot":true,"first_name":"Orbit Notices","username":"orbit_notices_bot"}}')).toEqual([]);
  });
});
