import type { PosTemplate25 } from './blind-set-25-types';
import * as V from './blind-set-25-values';
import { bank, cardNo } from './blind-set-25-ids';

/** Payment files and payment forms: SEPA pain.001 XML, NACHA entries, checkout form bodies, payout batches, BACS/BECS/SPEI payouts. */

export const MONEY_TEMPLATES: PosTemplate25[] = [
  {
    source: 'money',
    name: 'sepa-pain001',
    make: (r, b) => {
      const tx = () =>
        `<CdtTrfTxInf><PmtId><EndToEndId>E2E-${r.digits(10)}</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">${r.int(10, 9000)}.${r.digits(2)}</InstdAmt></Amt><CdtrAcct><Id><IBAN>${b.f('iban', V.iban(r, r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'BE', 'AT', 'PT', 'FI', 'LU', 'IE'])))}</IBAN></Id></CdtrAcct></CdtTrfTxInf>`;
      return `cvc-complex-type.2.4.a: Invalid content was found starting with element 'CdtrAgt'. (payout batch PO-${r.digits(8)}, pain.001.001.09)
<PmtInf><PmtInfId>PMT-${r.digits(8)}</PmtInfId><DbtrAcct><Id><IBAN>${b.f('iban', V.iban(r, r.pick(['DE', 'NL', 'GB', 'CH', 'SE', 'DK', 'NO', 'PL'])))}</IBAN></Id></DbtrAcct>${tx()}${tx()}${tx()}</PmtInf>`;
    },
  },
  {
    source: 'money',
    name: 'nacha-entries',
    make: (r, b) => {
      const entry = () => {
        const rt = b.f('aba-routing', V.aba(r));
        const acct = b.f('bank-account', V.account(r));
        return `622${rt}${acct.padEnd(17, ' ')}${String(r.int(1000, 900000)).padStart(10, '0')}${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 15)}PAYROLL EMPLOYEE      0${r.digits(15)}`;
      };
      return `ACH file rejected by bank (R03 No Account/Unable to Locate) for batch ${r.digits(7)}; entries:
${entry()}
${entry()}
${entry()}`;
    },
  },
  {
    source: 'money',
    name: 'checkout-form-body',
    make: (r, b) => {
      const c = V.card(r);
      return `[checkout] 400 from /v1/payment_methods: body=type=card&card%5Bnumber%5D=${b.f('card~form', V.form(V.spacedCard(c)))}&card%5Bexp_month%5D=${r.int(1, 12)}&card%5Bexp_year%5D=20${r.int(27, 31)}&billing_details%5Bemail%5D=${b.p('email~form', V.form(V.email(r)))}&key=${b.c('stripe-key', V.stripeKey(r, 'rk'))}
[checkout] retry with backup processor card=${cardNo(r, b)}`;
    },
  },
  {
    source: 'money',
    name: 'payout-batch-json',
    make: (r, b) => {
      const f = (k: string, v: string) => `"${k}":"${v}"`;
      const item = () => `{"payout_id":"po_${r.b62(14)}","amount":${r.int(100, 900000)},${bank(r, b, f)}}`;
      return `{"level":"error","msg":"payout batch rejected","provider":"${r.pick(['wise', 'gocardless', 'modern-treasury', 'airwallex'])}","items":[${item()},${item()},${item()}],"api_key":"${b.c('api-key', 'live_' + r.b62(40))}"}`;
    },
  },
  {
    source: 'money',
    name: 'card-vault-migration',
    make: (r, b) => `WARN [vault-migrate] fallback to plaintext export for ${r.int(2, 40)} cards (tokenization service 503):
token=tok_${r.b62(24)} pan=${cardNo(r, b)} exp=${r.int(1, 12)}/${r.int(27, 31)}
token=tok_${r.b62(24)} pan=${cardNo(r, b)} exp=${r.int(1, 12)}/${r.int(27, 31)}
token=tok_${r.b62(24)} pan=${V.b64(V.card(r)).replace(/.*/, (m) => b.f('card~b64', m))} (b64) exp=${r.int(1, 12)}/${r.int(27, 31)}`,
  },
  {
    source: 'money',
    name: 'gocardless-bacs-becs',
    make: (r, b) => `GoCardlessPro::ValidationFailedError: Bank account already exists
  request: POST /customer_bank_accounts {"customer_bank_accounts":{"account_holder_name":"${V.fullName(r)}","country_code":"GB","branch_code":"${b.f('sort-code', V.sortCode(r).replace(/-/g, ''))}","account_number":"${b.f('bank-account', r.digits(8).replace(/^0/, '4'))}"}}
  fallback AU mandate: {"branch_code":"${b.f('bsb', V.bsb(r))}","account_number":"${b.f('bank-account', `${r.int(1, 9)}${r.digits(8)}`)}"} access_token=${b.c('access-token', 'live_' + r.b64url(30))}
  spei: {"clabe":"${b.f('clabe', V.clabe(r))}","concepto":"reembolso ${r.digits(6)}"}`,
  },
];
