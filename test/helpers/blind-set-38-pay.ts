import type { Tpl38 } from './blind-set-38-draw';
import * as g from './blind-set-38-gen';

const A = 'payments';

/** Payment plugins and billing integrations on client shops: gateways, SQL dumps, mandates, disputes. */
export const PAY38: Tpl38[] = [
  {
    area: A,
    name: 'authorizenet-xml',
    make: (d) => {
      const tk = d.c('authorizenet-transaction-key', d.b62(16));
      const cardN = d.card('');
      const cvv = d.cvv();
      const acct = d.account();
      const rt = d.routing();
      return `[woocommerce-gateway-authorize-net-cim] ${d.ts()} Request:\n<createTransactionRequest xmlns="AnetApi/xml/v1/schema/AnetApiSchema.xsd"><merchantAuthentication><name>${d.b62(9)}</name><transactionKey>${tk}</transactionKey></merchantAuthentication><transactionRequest><transactionType>authCaptureTransaction</transactionType><amount>${d.int(10, 900)}.00</amount><payment><creditCard><cardNumber>${cardN}</cardNumber><expirationDate>20${d.int(27, 31)}-0${d.int(1, 9)}</expirationDate><cardCode>${cvv}</cardCode></creditCard></payment></transactionRequest></createTransactionRequest>\nRetry as eCheck: <bankAccount><accountType>checking</accountType><routingNumber>${rt}</routingNumber><accountNumber>${acct}</accountNumber><nameOnAccount>${d.name()}</nameOnAccount></bankAccount>\nResponse: E00027 The transaction was unsuccessful.`;
    },
  },
  {
    area: A,
    name: 'magento-payment-sql',
    make: (d) => {
      const pw = d.pw('db-password');
      const rows: string[] = [];
      for (let i = 0; i < 3; i++) rows.push(`(${d.int(10000, 99999)},'${d.card('')}','${d.pick(['VI', 'MC', 'AE', 'DI'])}','${d.int(1, 12)}','20${d.int(27, 31)}','checkmo')`);
      return `mysqldump: [Warning] Using a password on the command line interface can be insecure.\n$ mysqldump -u magento -p'${pw}' magento sales_order_payment > /tmp/payments.sql  (found in /var/www/.bash_history by audit)\nINSERT INTO \`sales_order_payment\` (\`parent_id\`,\`cc_number_enc\`,\`cc_type\`,\`cc_exp_month\`,\`cc_exp_year\`,\`method\`) VALUES ${rows.join(',')};`;
    },
  },
  {
    area: A,
    name: 'gocardless-mandate',
    make: (d) => {
      const tok = d.c('gocardless-access-token', `live_${d.r.b64url(30)}`);
      const wh = d.c('webhook-secret', d.r.b64url(30));
      const ib1 = d.iban();
      const ib2 = d.iban();
      return `membership-sync ERROR: GoCardless 422 validation_failed {"error":{"type":"validation_failed","errors":[{"field":"iban","message":"is invalid","request_pointer":"/customer_bank_accounts/iban"}]}}\nrequest body: {"customer_bank_accounts":{"iban":"${ib1}","account_holder_name":"${d.name()}"}}\nprevious account on file: ${ib2}\nenv: GOCARDLESS_ACCESS_TOKEN=${tok} GOCARDLESS_WEBHOOK_SECRET=${wh}`;
    },
  },
  {
    area: A,
    name: 'braintree-dispute',
    make: (d) => {
      const pk = d.c('braintree-private-key', d.hex(32));
      const c1 = d.card(' ');
      const c2 = d.card();
      return `Braintree::AuthenticationError in DisputesController#sync\n  Braintree::Configuration.new(environment: :production, merchant_id: "${g.lowerAlnum(d.r, 16)}", public_key: "${g.lowerAlnum(d.r, 16)}", private_key: "${pk}")\n  dispute ${g.lowerAlnum(d.r, 12)}: chargeback on card ${c1}, customer says the charge was meant for card ${c2}`;
    },
  },
  {
    area: A,
    name: 'square-pos-sync',
    make: (d) => {
      const tok = d.c('square-access-token', `EAAA${d.r.b64url(45).slice(0, 60)}`);
      const cardN = d.card('-');
      return `square-woo-sync: 401 {"errors":[{"category":"AUTHENTICATION_ERROR","code":"UNAUTHORIZED","detail":"This request could not be authorized."}]}\n  Authorization: Bearer ${tok}\n  Square-Version: 2025-10-16\n  offline payment queued with manual card entry ${cardN} (card-on-file import)`;
    },
  },
  {
    area: A,
    name: 'bacs-retainer-import',
    make: (d) => {
      const rows: string[] = [];
      for (let i = 0; i < 3; i++) rows.push(`${d.name()},${d.sort()},${d.ukAccount()},${d.int(100, 2000)}.00`);
      const key = d.c('xero-client-secret', d.r.b64url(36));
      return `Xero bank-feed import failed (line 4: invalid sort code checksum)\nXERO_CLIENT_SECRET=${key}\npayee,sort_code,account_number,amount\n${rows.join('\n')}`;
    },
  },
  {
    area: A,
    name: 'stripe-connect-payouts',
    make: (d) => {
      const sk = d.c('stripe-secret-key', `sk_live_${d.b62(99)}`);
      const acct = d.account();
      const rt = d.routing();
      const ib = d.iban(false);
      return `stripe.error.InvalidRequestError: Request req_${d.b62(14)}: The routing number ${rt} is not valid for country US\n  stripe.api_key = "${sk}"\n  stripe.Account.create_external_account("acct_${d.b62(16)}", external_account={"object":"bank_account","country":"US","currency":"usd","routing_number":"${rt}","account_number":"${acct}"})\n  EU sub-account payout IBAN: ${ib}`;
    },
  },
];
