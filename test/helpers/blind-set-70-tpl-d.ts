import type { Rng9 } from './blind-set-9-rng';
import { aba70, acct70, dob70, iban70, sin70, ssn70, type Person70 } from './blind-set-70-people';
import { asciiJson70, type Case70, S70, type Tpl70 } from './blind-set-70-secrets';

const COS = ['ACME LOGISTICS', 'NORTHWIND TRADE', 'BLUEFIN FOODS', 'KESTREL LABS', 'HARBOR DENTAL'];
const ymd = (r: Rng9) => `26${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}`;

/** A NACHA batch header (company id is a bank-assigned 9-prefixed number, not a tax id). */
function batch5(r: Rng9, co: string): string {
  const d = ymd(r);
  return `5220${co.padEnd(16).slice(0, 16)}${' '.repeat(20)}9${r.digits(9)}PPDPAYROLL   ${d}${d}   1${r.digits(8)}${r.digits(7)}`;
}
/** One PPD entry detail record for a person, marking routing, account, name and amount. */
function entry6(c: Case70, p: Person70, code: string, zero = false): string {
  const r = c.r;
  const rt = c.f(aba70(r), 'aba-routing');
  const ac = c.f(acct70(r), 'bank-account');
  const amt = zero ? '0000000000' : c.f(String(r.int(85000, 980000)).padStart(10, '0'), 'pay-amount');
  const nm = c.p(`${p.upFirst} ${p.upLast}`.slice(0, 22).trimEnd(), 'person-name');
  return `6${code}${rt}${ac.padEnd(17)}${amt}${('EMP' + r.digits(5)).padEnd(15)}${nm.padEnd(22)}  0${r.digits(15)}`;
}

/** NACHA files, direct-deposit changes and wage garnishments. */
export const TPL70_D: Tpl70[] = [
  { src: 'nacha', name: 'entry-hash-mismatch', make: (c) => {
    const r = c.r;
    const lines = [batch5(r, r.pick(COS)), entry6(c, c.who('US'), '22'), entry6(c, c.who('US'), '32')];
    return `ACHFileRejected: ODFI returned file PAYROLL_${ymd(r)}_01.ach: batch 0000001 entry hash mismatch (expected ${r.digits(10)})
--- records 2-4 ---
${lines.join('\n')}
upload via sftp://achupload:${c.c(S70.urlPassword(r), 'sftp-password')}@sftp.${r.pick(['firstbank-ach', 'treasury-connect'])}.com/inbound`;
  } },
  { src: 'nacha', name: 'return-r03', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `ACH return received: R03 (No Account/Unable to Locate Account) — net pay not delivered
${entry6(c, p, '22')}
799R03${r.digits(15)}      ${r.digits(8)}${' '.repeat(44)}${r.digits(15)}
notify: payroll-ops via ${c.c(S70.slackHook(r), 'slack-webhook-url')}`;
  } },
  { src: 'nacha', name: 'prenote', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `WARN prenote (tx 23) failed ODFI validation — employee will be paid by check
${batch5(r, r.pick(COS))}
${entry6(c, p, '23', true)}
treasury api: POST https://app.moderntreasury.com/api/payment_orders -u ${r.uuid()}:${c.c(S70.modernTreasury(r), 'modern-treasury-api-key')}`;
  } },
  { src: 'nacha', name: 'python-builder', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `Traceback (most recent call last):
  File "payroll/ach/build.py", line 77, in add_entry
    batch.add(Entry(transaction_code=22, routing_number="${c.f(aba70(r), 'aba-routing')}", account_number="${c.f(acct70(r), 'bank-account')}", amount=${c.f(`${r.int(900, 9800)}.${r.digits(2)}`, 'pay-amount')}, individual_name="${c.p(p.full, 'person-name')}"))
  File "payroll/ach/fields.py", line 31, in validate_name
    raise ValueError(f"non-ASCII character in individual name: {value!r}")
ValueError: non-ASCII character in individual name
(DWOLLA_SECRET=${c.c(S70.dwollaSecret(r), 'dwolla-secret')})`;
  } },
  { src: 'deposit', name: 'change-audit', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `{"ts":"${c.ts()}","level":"warn","event":"direct_deposit.changed","actor":"${c.p(p.email, 'email')}","employee":"${c.p(p.full, 'person-name')}","old_account":"****${r.digits(4)}","new_routing":"${c.f(aba70(r), 'aba-routing')}","new_account":"${c.f(acct70(r), 'bank-account')}","ip":"10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}","session":"${c.c(S70.b64url(r, 32), 'session-token')}","risk":"new_device"}`;
  } },
  { src: 'deposit', name: 'plaid-auth', make: (c) => {
    const r = c.r; const at = c.c(S70.plaidAccess(r), 'plaid-access-token');
    return `PlaidError: ITEM_LOGIN_REQUIRED on /auth/get (request_id ${r.b62(15)})
  request: {"client_id":"${r.hex(24)}","secret":"${c.c(S70.plaidSecret(r), 'plaid-secret')}","access_token":"${at}"}
  cached numbers: {"ach":[{"account":"${c.f(acct70(r), 'bank-account')}","account_id":"${r.b62(37)}","routing":"${c.f(aba70(r), 'aba-routing')}","wire_routing":null}]}`;
  } },
  { src: 'deposit', name: 'fraud-alert', make: (c) => {
    const r = c.r; const p = c.who(r.pick(['DE', 'FR', 'NL', 'ES', 'GB']));
    return `:rotating_light: *Payroll fraud rule DD-2* fired
• employee: ${c.p(p.full, 'person-name')} (${c.p(p.email, 'email')})
• bank details changed ${r.int(2, 4)}× in 24h, latest IBAN \`${c.f(iban70(r, p.cc, true), 'iban')}\`
• previous IBAN \`${c.f(iban70(r, p.cc, false), 'iban')}\`
• change made from phone ${c.p(p.phone, 'phone')}
_bot ${c.c(S70.slackBot(r), 'slack-bot-token')}_`;
  } },
  { src: 'deposit', name: 'canada-cpa005', make: (c) => {
    const r = c.r; const p = c.who('CA');
    const inst = `0${r.pick(['001', '002', '003', '004', '006', '010', '815'])}${r.digits(5)}`;
    const nm = c.p(`${p.upLast} ${p.upFirst}`.slice(0, 30).trimEnd(), 'person-name');
    return `CPA-005 file rejected by RBC: logical record 2, segment 1 invalid account
D${r.digits(9)}${r.digits(4)}450${c.f(String(r.int(80000, 600000)).padStart(10, '0'), 'pay-amount')}${ymd(r).slice(0, 5)}${c.f(inst, 'ca-routing')}${c.f(r.digits(7), 'bank-account')}${' '.repeat(25)}${nm.padEnd(30)}
employee SIN on file: ${c.p(sin70(r, ' '), 'sin')}  (sftp pw: ${c.c(S70.password(r), 'sftp-password')})`;
  } },
  { src: 'deposit', name: 'uk-bacs', make: (c) => {
    const r = c.r; const p = c.who('GB');
    const sc = c.f(`${r.int(10, 99)}-${r.int(10, 99)}-${r.int(10, 99)}`, 'sort-code'); const ac = c.f(String(r.int(10000000, 99999999)), 'bank-account');
    const nm = c.p(`${p.upFirst} ${p.upLast}`.slice(0, 18).trimEnd(), 'person-name');
    return `BACS submission ${r.int(100, 999)} failed: Standard 18 record 4 — destination account closed (ADDACS code 2)
${c.f(sc.replace(/-/g, ''), 'sort-code')}${ac}099${c.f(String(r.int(100000, 999999)), 'sort-code')}${c.f(String(r.int(10000000, 99999999)), 'bank-account')}    ${c.f(String(r.int(100000, 900000)).padStart(11, '0'), 'pay-amount')}${'ACME PAYROLL'.padEnd(18)}${'SALARY'.padEnd(18)}${nm.padEnd(18)}
bureau login: ${c.c(S70.password(r), 'bacs-bureau-password')}
record view: sort code ${sc}, account ${ac}`;
  } },
  { src: 'deposit', name: 'au-aba-cemtex', make: (c) => {
    const r = c.r; const p = c.who('AU');
    const bsb = c.f(`${r.pick(['062', '063', '082', '033', '012'])}-${r.digits(3)}`, 'bsb'); const ac = c.f(r.digits(9), 'bank-account');
    const nm = c.p(`${p.upLast} ${p.upFirst}`.slice(0, 32).trimEnd(), 'person-name');
    return `ABA file validation failed (line 3: invalid trace BSB)
1${bsb}${ac} 53${c.f(String(r.int(100000, 900000)).padStart(10, '0'), 'pay-amount')}${nm.padEnd(32)}SALARY ${r.digits(6)}    ${c.f(`${r.pick(['062', '082', '083'])}-${r.digits(3)}`, 'bsb')}${c.f(r.digits(9), 'bank-account')}ACME PTY LTD    00000000
bank API key: ${c.c(S70.opaque(r, 40), 'bank-api-key')}`;
  } },
  { src: 'garnish', name: 'iwo-intake', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `IWO intake failed: remittance ID missing for case ${r.digits(3)}-${r.digits(6)} (state SDU ${r.pick(['CA', 'TX', 'NY', 'FL'])})
  obligor: ${c.p(p.full, 'person-name')}
  obligor SSN: ${c.p(ssn70(r), 'ssn')}  DOB: ${c.p(dob70(p, 'us'), 'birth-date')}
  per pay period: current support ${c.f(`$${r.int(120, 900)}.${r.digits(2)}`, 'pay-amount')}, arrears ${c.f(`$${r.int(20, 99)}.${r.digits(2)}`, 'pay-amount')}
  garnishment vendor token: ${c.c(S70.b64url(r, 40), 'garnishment-api-token')}`;
  } },
  { src: 'garnish', name: 'levy-ocr', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `OCR of Form 668-W(ICS) returned low confidence (0.${r.int(40, 69)}); queued for manual review
  Ocp-Apim-Subscription-Key: ${c.c(S70.hex(r, 32), 'azure-cognitive-key')}
  extracted: {"taxpayer":"${c.p(p.full, 'person-name')}","ssn":"${c.p(ssn70(r), 'ssn')}","address":"${c.p(p.address, 'postal-address')}","filing_status":"single","exemptions":${r.int(1, 4)}}`;
  } },
  { src: 'garnish', name: 'calc-csv', make: (c) => {
    const r = c.r; const p = c.who('US'); const q = c.who('US');
    return `pg: ERROR: numeric field overflow (garnishment_calc) — connection postgresql://garnish:${c.c(S70.urlPassword(r), 'db-password')}@10.20.${r.int(0, 255)}.${r.int(1, 254)}/payroll
COPY garnishment_calc (employee, ssn, disposable_earnings, order_type) FROM STDIN CSV; rows:
"${c.p(p.full, 'person-name')}",${c.p(ssn70(r), 'ssn')},${c.f(`${r.int(1500, 7000)}.${r.digits(2)}`, 'pay-amount')},child_support
"${c.p(q.full, 'person-name')}",${c.p(ssn70(r), 'ssn')},${c.f(`${r.int(1500, 7000)}.${r.digits(2)}`, 'pay-amount')},student_loan`;
  } },
  { src: 'garnish', name: 'json-escaped-order', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `{"level":50,"time":${r.int(1780000000000, 1790000000000)},"msg":"garnishment order parse failed","raw":"{\\"debtor\\":\\"${c.p(asciiJson70(p.full), 'person-name')}\\",\\"ssn\\":\\"${c.p(ssn70(r), 'ssn')}\\",\\"employer_fein\\":null,\\"creditor_portal_password\\":\\"${c.c(S70.password(r), 'password')}\\"}"}`;
  } },
];
