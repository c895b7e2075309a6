import type { PosTemplate24 } from './blind-set-24-types';
import { abaRouting, card, sortCode, stripeKey, ukAccount, usAccount } from './blind-set-24-values';

/** Patient billing: portal card payments, dental and pharmacy point of sale, patient refunds, private-clinic direct debits. */

export const BILLING_TEMPLATES: PosTemplate24[] = [
  {
    source: 'billing',
    name: 'mychart-stripe-form',
    make: (r, b) => {
      const key = stripeKey(r);
      return `patient-pay ERROR stripe.error.CardError: Your card was declined. (request req_${r.b62(14)})
  POST https://api.stripe.com/v1/payment_methods
  Authorization: Bearer ${b.c('stripe-key', key)}
  body: type=card&card[number]=${b.f('card', card(r))}&card[exp_month]=${r.int(1, 12)}&card[exp_year]=20${r.int(27, 31)}&billing_details[address][postal_code]=${r.digits(5)}&metadata[guarantor_account]=${r.digits(8)}`;
    },
  },
  {
    source: 'billing',
    name: 'dental-payconnect',
    make: (r, b) => {
      const pw = r.password(14);
      return `OpenDental PayConnect plugin: ProcessPayment failed (Status 1, "Invalid card number or expiration") 
  ClinicNum=${r.int(1, 9)} PatNum=${r.int(1000, 99999)} Amount=${r.int(20, 2000)}.00
  CardNumber='${b.f('card', card(r, true))}' Expiration='${String(r.int(1, 12)).padStart(2, '0')}${r.int(27, 31)}'
  credentials: Username=pc_${r.digits(6)} Password=${b.c('password', pw)}`;
    },
  },
  {
    source: 'billing',
    name: 'patient-refund-ach',
    make: (r, b) => {
      const pw = r.password(16).replace(/[;=]/g, 'x');
      return `System.Data.SqlClient.SqlException (0x80131904): Cannot insert the value NULL into column 'approved_by', table 'PatAcct.dbo.refund_batch'
   at RevenueCycle.Refunds.AchRefundWriter.Write(RefundBatch batch)
   parameters: @guarantor_acct=${r.digits(9)}, @routing='${b.f('aba-routing', abaRouting(r))}', @account='${b.f('bank-account', usAccount(r))}', @amount=${r.int(10, 800)}.${r.digits(2)}, @reason='CREDIT_BALANCE'
   connection: Server=tcp:sql-rcm-prd.database.windows.net,1433;Initial Catalog=PatAcct;User ID=rcm_app;Password=${b.c('db-password', pw)};Encrypt=True`;
    },
  },
  {
    source: 'billing',
    name: 'clinic-gocardless-mandate',
    make: (r, b) => {
      const tok = `live_${r.b62(40)}`;
      return `gocardless-client ERROR 422 validation_failed: {"errors":[{"field":"branch_code","message":"is invalid"}]}
  POST /customer_bank_accounts {"customer_bank_accounts":{"account_number":"${b.f('bank-account', ukAccount(r))}","branch_code":"${b.f('sort-code', sortCode(r))}","country_code":"GB","account_holder_name":"[patient]"}}
  GOCARDLESS_ACCESS_TOKEN=${b.c('access-token', tok)}`;
    },
  },
  {
    source: 'billing',
    name: 'pharmacy-pos-square',
    make: (r, b) => {
      const tok = `EAAA${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 60)}`;
      return `pos-terminal ${r.pick(['STORE', 'RX'])}-${r.digits(4)}: keyed entry fallback logged (should be tokenised!) pan=${b.f('card', card(r))} exp=${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}
  square: POST https://connect.squareup.com/v2/payments 401 {"errors":[{"category":"AUTHENTICATION_ERROR","code":"UNAUTHORIZED"}]}
  SQUARE_ACCESS_TOKEN=${b.c('access-token', tok)}`;
    },
  },
];
