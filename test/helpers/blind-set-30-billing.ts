import { form30, logPrefix30, Plant30, type Template30 } from './blind-set-30-case';
import { account30, card30, iban30, last4, nationalId30, routing30 } from './blind-set-30-ids';
import { person30, type Country30 } from './blind-set-30-people';
import { basic30, sfConsumerSecret } from './blind-set-30-tokens';
import { chargebeeKey, gocardlessToken, stripeKey, stripeWhsec, zuoraSecret } from './blind-set-30-keys';

const SITE = ['brightpath', 'northwind-gear', 'kestrelfoods', 'heliogroup'];

/** Chargebee, Recurly, Zuora, Stripe and GoCardless syncs into the CRM: cards, bank accounts, keys. */
export const BILLING30: Template30[] = [
  {
    id: 'billing/chargebee-card-request',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['US', 'GB', 'CA', 'AU'] as Country30[]));
      const card = card30(r, 'plain');
      const key = chargebeeKey(r);
      return k.done(`${logPrefix30(r)} chargebee POST https://${r.pick(SITE)}.chargebee.com/api/v2/customers -> 400
authorization: Basic ${k.c('basic-auth', basic30(key, ''))}
body: first_name=${form30(u.first)}&last_name=${form30(u.last)}&email=${k.p('email', form30(u.email))}&card[number]=${k.f('card-number', card)}&card[expiry_month]=${r.int(1, 12)}&card[expiry_year]=${r.int(2026, 2031)}&card[billing_zip]=${form30(u.postcode)}
{"message":"card[cvv] : cannot be blank","type":"invalid_request","api_error_code":"param_wrong_value","param":"card[cvv]","error_code":"param_wrong_value","error_msg":"cannot be blank","error_param":"card[cvv]","http_status_code":400}`);
    },
  },
  {
    id: 'billing/chargebee-webhook-sync',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      const card = card30(r, 'plain');
      const ev = { id: `ev_${r.b62(17)}`, event_type: 'customer_changed', content: { customer: { id: r.b62(16), first_name: u.first, last_name: u.last, email: k.p('email', u.email), billing_address: { line1: k.p('street-address', u.street), city: u.city, zip: u.postcode, country: u.country } }, card: { masked_number: `************${last4(card)}`, card_type: 'visa', expiry_month: r.int(1, 12), expiry_year: r.int(2026, 2030) } } };
      return k.done(`chargebee webhook -> salesforce Account update failed (UNABLE_TO_LOCK_ROW), event parked
${JSON.stringify(ev)}
named credential Chargebee_API: endpoint=https://${r.pick(SITE)}.chargebee.com/api/v2 username=${k.c('chargebee-api-key', chargebeeKey(r))} password=(blank)`);
    },
  },
  {
    id: 'billing/recurly-billing-info',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, 'US');
      const ach = r.chance(0.5);
      const info = ach ? { first_name: u.first, last_name: u.last, account_type: 'checking', routing_number: routing30(r), account_number: k.f('us-bank-account', account30(r, r.int(9, 12))), name_on_account: k.p('person-name', u.full) } : { first_name: u.first, last_name: u.last, number: k.f('card-number', card30(r, 'plain')), month: r.int(1, 12), year: r.int(2026, 2031), address: { street1: k.p('street-address', u.street), city: u.city, postal_code: u.postcode, country: 'US' } };
      return k.done(`Recurly::Errors::ValidationError: ${ach ? 'Account number is invalid for the given routing number' : 'Billing info number is invalid'}
  PUT https://v3.recurly.com/accounts/code-${r.b62(10)}/billing_info
  Authorization: Basic ${k.c('basic-auth', basic30(r.hex(32), ''))}
  Accept: application/vnd.recurly.v2021-02-25+json
  ${JSON.stringify(info)}
  from app/services/billing_sync.rb:${r.int(20, 140)}:in \`push_billing_info'`);
    },
  },
  {
    id: 'billing/recurly-env',
    make: (r) => {
      const k = new Plant30();
      return k.done(`RECURLY_SUBDOMAIN=${r.pick(SITE)}
RECURLY_API_KEY=${k.c('recurly-api-key', r.hex(32))}
RECURLY_PUBLIC_KEY=ewr1-${r.b62(22)}
RECURLY_WEBHOOK_URL=https://hooks:${k.c('password', r.password(20, '_-.~'))}@billing-bridge.brightpath.io/recurly
SALESFORCE_SYNC_ENABLED=true
SALESFORCE_CLIENT_SECRET=${k.c('salesforce-consumer-secret', sfConsumerSecret(r))}
# printed by: printenv | sort  (support bundle ${r.uuid()})`);
    },
  },
  {
    id: 'billing/zuora-oauth',
    make: (r) => {
      const k = new Plant30();
      const acct = `A${r.num(8)}`;
      return k.done(`${logPrefix30(r)} zuora oauth POST https://rest.${r.pick(['', 'eu.', 'na.'])}zuora.com/oauth/token
request: {"client_id":"${r.uuid()}","client_secret":"${k.c('zuora-client-secret', zuoraSecret(r))}","grant_type":"client_credentials"}
response: {"access_token":"${k.c('zuora-access-token', r.hex(32))}","token_type":"bearer","expires_in":3599,"scope":"entity.${r.uuid()} platform.write service.events.read tenant.${r.num(5)} user.${r.hex(32)}","jti":"${r.hex(32)}"}
subsequent GET /v1/accounts/${acct} failed: {"success":false,"processId":"${r.hex(16).toUpperCase()}","reasons":[{"code":50000040,"message":"Cannot find entity by key: '${acct}'."}]}`);
    },
  },
  {
    id: 'billing/zuora-payment-method',
    make: (r) => {
      const k = new Plant30();
      const sepa = r.chance(0.5);
      const c = r.pick(['DE', 'FR', 'NL', 'ES', 'IT'] as Country30[]);
      const u = person30(r, sepa ? c : r.pick(['US', 'GB', 'CA'] as Country30[]));
      const pm = sepa ? { type: 'SEPA', IBAN: k.f('iban', iban30(r, c)), accountHolderInfo: { accountHolderName: k.p('person-name', u.full), city: u.city, zipCode: u.postcode, country: c }, mandateInfo: { mandateId: `MD${r.num(10)}`, mandateStatus: 'Active' } } : { type: 'CreditCard', cardNumber: k.f('card-number', card30(r, 'plain')), expirationMonth: r.int(1, 12), expirationYear: r.int(2026, 2031), cardHolderInfo: { cardHolderName: k.p('person-name', u.full), zipCode: u.postcode } };
      return k.done(`zuora POST /v1/object/payment-method -> {"success":false,"reasons":[{"code":${r.pick([53100020, 53100320])},"message":"${sepa ? 'The IBAN is not valid for the selected country.' : 'Transaction declined.do_not_honor - Do not honor'}"}]}
Authorization: Bearer ${k.c('zuora-access-token', r.hex(32))}
Zuora-Entity-Ids: ${r.hex(32)}
${JSON.stringify({ accountKey: `A${r.num(8)}`, ...pm })}`);
    },
  },
  {
    id: 'billing/stripe-sync-env',
    make: (r) => {
      const k = new Plant30();
      return k.done(`stripe-salesforce-sync crashed on boot: Error: Salesforce login failed (INVALID_LOGIN)
  config: {
    stripe: { secretKey: '${k.c('stripe-secret-key', stripeKey(r))}', webhookSecret: '${k.c('stripe-webhook-secret', stripeWhsec(r))}', apiVersion: '2024-04-10' },
    salesforce: { loginUrl: 'https://login.salesforce.com', username: 'stripe.sync@${r.pick(['brightpath.io', 'northwind-logistics.com'])}', password: '${k.c('password', r.password(16, '!#%*_.~@$'))}' },
    restrictedKey: '${k.c('stripe-restricted-key', stripeKey(r, 'rk'))}'
  }`);
    },
  },
  {
    id: 'billing/invoice-export-csv',
    make: (r) => {
      const k = new Plant30();
      const rows = [0, 1, 2, 3].map(() => {
        const c = r.pick(['DE', 'FR', 'NL', 'GB', 'US'] as Country30[]);
        const u = person30(r, c);
        const acct = c === 'US' ? `${routing30(r)} / ${k.f('us-bank-account', account30(r, r.int(9, 12)))}` : c === 'GB' && r.chance(0.5) ? `${r.digits(2)}-${r.digits(2)}-${r.digits(2)} / ${k.f('uk-bank-account', account30(r, 8))}` : k.f('iban', iban30(r, c, false));
        return `INV-${r.num(6)},${u.country === 'US' ? 'cus_' : 'CB-'}${r.b62(12)},${r.int(20, 900)}.${r.digits(2)},${c === 'US' ? 'USD' : c === 'GB' ? 'GBP' : 'EUR'},"${acct}",${r.pick(['failed', 'retry_scheduled'])}`;
      });
      return k.done(`dunning export (payments failed last 7 days) attached to #billing-alerts:
invoice_number,customer_id,amount,currency,payout_account,status
${rows.join('\n')}`);
    },
  },
  {
    id: 'billing/affiliate-payouts',
    make: (r) => {
      const k = new Plant30();
      const rows = [0, 1].map(() => {
        const u = person30(r, 'US');
        const [kind, ssn] = nationalId30(r, 'US', u);
        return `PTR-${r.num(6)}|${k.p(kind, ssn)}|${routing30(r)}|${k.f('us-bank-account', account30(r, r.int(9, 12)))}|${r.int(50, 4000)}.${r.digits(2)}`;
      });
      return k.done(`${logPrefix30(r)} partner-payouts: NACHA file rejected by bank (batch ${r.num(7)}), W-9 data in payload:
partner_id|tax_id|routing|account|amount_usd
${rows.join('\n')}
upload: sftp://brightpath_ach:${k.c('password', r.password(16, '_.~'))}@sftp.${r.pick(['svb', 'jpmorgan', 'bankofamerica'])}-ach.example.net/inbound/ (exit 0)`);
    },
  },
  {
    id: 'billing/gocardless-mandate',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, 'GB');
      const body = { customer_bank_accounts: { account_holder_name: k.p('person-name', u.full), account_number: k.f('uk-bank-account', account30(r, 8)), branch_code: `${r.digits(6)}`, country_code: 'GB', links: { customer: `CU${r.b62(12).toUpperCase()}` } } };
      return k.done(`gocardless create bank account failed: 422 {"error":{"message":"Validation failed","type":"validation_failed","code":422,"errors":[{"field":"branch_code","message":"is invalid","request_pointer":"/customer_bank_accounts/branch_code"}],"request_id":"${r.b62(26)}"}}
POST https://api.gocardless.com/customer_bank_accounts
Authorization: Bearer ${k.c('gocardless-access-token', gocardlessToken(r))}
GoCardless-Version: 2015-07-06
${JSON.stringify(body)}
customer email on file: ${k.p('email', u.email)}`);
    },
  },
  {
    id: 'billing/card-in-crm-note',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['US', 'GB', 'AU', 'CA'] as Country30[]));
      const card = card30(r, r.pick(['spaced', 'dashed'] as const));
      return k.done(`HubSpot note on deal "${r.pick(['Annual renewal', 'Upgrade to Pro', 'Team plan'])}" (created by sales, flagged by DLP export):
"Spoke to ${k.p('person-name', u.full)} today, wants us to charge the renewal to their personal card ${k.f('card-number', card)}, exp ${String(r.int(1, 12)).padStart(2, '0')}/${r.int(26, 31)}. Call back before ${r.pick(['Friday', 'the 15th', 'end of month'])}."
engagement id ${r.num(11)}, owner ${r.num(9)}`);
    },
  },
];
