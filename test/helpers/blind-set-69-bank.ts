import { formEnc, tpl, type Ctx69, type Tpl69 } from './blind-set-69-ctx';
import { cpf } from './blind-set-69-ids';
import { app, name, reqId } from './blind-set-69-kit';
import { T, aba, account, card, ein, iban, sortCode } from './blind-set-69-tokens';

const custId = (c: Ctx69): string => `cus_${c.r.b62(14)}`;

/** Bank-account verification and payout set-up after KYC: accounts, routing numbers, IBANs, cards. */
export const BANK: Tpl69[] = [
  tpl('bankverify', 'nacha-entry', (c) => {
    const x = app(c, 'US');
    const rt = c.f('aba-routing', aba(c.r));
    const ac = c.f('bank-account', account(c.r, 9, 14));
    const nm = name(c, x.p.full.toUpperCase().slice(0, 22).trim());
    return `ACH file rejected by ODFI: record 6 at line ${c.r.int(3, 40)} has invalid transaction code
622${rt}${ac.padEnd(17)}${String(c.r.int(100, 99999)).padStart(10, '0')}${c.r.digits(15)}${nm.padEnd(22)}  0${c.r.digits(15)}`;
  }),
  tpl('bankverify', 'pix-key', (c) => {
    const x = app(c, 'BR');
    return `Pix key ownership mismatch (DICT): chave=${c.p('br-cpf', cpf(c.r, c.chance(0.5)))} tipo=CPF
conta={"ispb":"${c.pick(['00000000', '60746948', '00360305'])}","agencia":"${c.r.int(1000, 9999)}","numero":"${c.f('bank-account', account(c.r, 7, 10))}","tipo":"CACC"} titular="${name(c, x.p.full)}" endToEndId=E${c.r.digits(8)}${c.r.digits(12)}${c.r.b62(11)}`;
  }),
  tpl('bankverify', 'ifsc-penny-drop', (c) => {
    const x = app(c, 'IN');
    const k = c.c('razorpay-key-secret', T.alnum(c.r, 24));
    return `penny drop failed: beneficiary name mismatch (score 41)
fund_account={"account_type":"bank_account","bank_account":{"name":"${name(c, x.p.full)}","ifsc":"${c.pick(['HDFC0000123', 'ICIC0001234', 'SBIN0005943'])}","account_number":"${c.f('bank-account', account(c.r, 11, 16))}"}} auth=rzp_live_${c.r.b62(14)}:${k}`;
  }),
  tpl('bankverify', 'iban-batch-json', (c) => {
    const ibs = [0, 1, 2].map(() => c.f('iban', iban(c.r)));
    return `SEPA payout batch ${c.r.uuid()} rejected: BIC missing for non-SEPA-reachable accounts
[{"customer":"${custId(c)}","iban":"${ibs[0]}","amount":"${c.r.int(10, 900)}.00"},{"customer":"${custId(c)}","iban":"${ibs[1]}","amount":"${c.r.int(10, 900)}.50"},{"customer":"${custId(c)}","iban":"${ibs[2]}","amount":"${c.r.int(10, 900)}.00"}]`;
  }),
  tpl('bankverify', 'card-bin-lookup', (c) => {
    const a = c.f('card-number', card(c.r)),
      b = c.f('card-number', card(c.r));
    return `binlist lookup timeout, retry queue contains full PANs (fix logging!):
  - ${a}
  - ${b}
request ${reqId(c)}`;
  }),
  tpl('bankverify', 'swift-mt103', (c) => {
    const x = app(c, c.pick(['DE', 'FR', 'GB', 'NL', 'IT']));
    return `MT103 validation failed: field :59: line 3 exceeds 35 characters
:20:PAYNEST${c.r.digits(8)}
:32A:2603${c.r.int(10, 28)}EUR${c.r.int(100, 90000)},00
:50K:/${c.f('iban', iban(c.r, 'DE', false))}
PAYNEST GMBH
:59:/${c.f('iban', iban(c.r, x.p.cc, false))}
${name(c, x.p.full.toUpperCase())}
:71A:SHA`;
  }),
  tpl('bankverify', 'funding-source', (c) => {
    const x = app(c, 'US');
    const sec = c.c('dwolla-client-secret', T.alnum(c.r, 50));
    return `POST https://api.dwolla.com/customers/${c.r.uuid()}/funding-sources -> 400 ValidationError (DuplicateResource)
client_secret=${sec}
{"routingNumber":"${c.f('aba-routing', aba(c.r))}","accountNumber":"${c.f('bank-account', account(c.r))}","bankAccountType":"checking","name":"${name(c, x.p.given)}'s Checking"}`;
  }),
  tpl('bankverify', 'kyb-bank', (c) => {
    const k = c.c('middesk-api-key', T.middeskKey(c.r));
    return `KYB bank verification: business account does not belong to TIN
ein=${c.f('ein', ein(c.r))} routing=${c.f('aba-routing', aba(c.r))} account=${c.f('bank-account', account(c.r, 10, 12))} holder="Orbit Payroll Inc" (middesk key ${k})`;
  }),
  tpl('bankverify', 'stripe-external-account', (c) => {
    const k = c.c('stripe-secret-key', T.stripeSecret(c.r));
    const rt = aba(c.r),
      ac = account(c.r);
    return `POST /v1/accounts/acct_${c.r.b62(16)}/external_accounts 400 (routing_number invalid for country)
Authorization: Bearer ${k}
external_account[object]=bank_account&external_account[country]=US&external_account[currency]=usd&external_account[routing_number]=${c.f('aba-routing', rt)}&external_account[account_number]=${c.f('bank-account', ac)}`;
  }),
  tpl('bankverify', 'uk-bacs-csv', (c) => {
    const a = app(c, 'GB');
    return `BACS submission failed validation (record 2): account name contains invalid character
sort_code,account_number,account_name,amount,reference
${c.f('sort-code', sortCode(c.r))},${c.f('bank-account', c.r.digits(8))},${name(c, a.p.full.toUpperCase())},${c.r.int(10, 900)}.00,PAYNEST${c.r.digits(6)}
${c.f('sort-code', sortCode(c.r))},${c.f('bank-account', c.r.digits(8))},"ORBIT PAYROLL LTD",${c.r.int(10, 900)}.00,PAYNEST${c.r.digits(6)}`;
  }),
  tpl('bankverify', 'form-encoded-mandate', (c) => {
    const x = app(c, c.pick(['FR', 'ES', 'DE', 'IT']));
    const k = c.c('gocardless-access-token', `live_${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 40)}`);
    return `mandate setup failed: bank_account_exists (GoCardless, token ${k})
body: account_holder_name=${name(c, formEnc(x.p.full))}&iban=${c.f('iban', iban(c.r, x.p.cc, false))}&country_code=${x.p.cc}`;
  }),
];
