import { NATIONAL_IDS } from './blind-set-33-ids';
import { amount, ccy, company, host, isoDate, level, ts } from './blind-set-33-noise';
import { B62 } from './blind-set-33-rng';
import { aba, emailOf, ibanAs, password, person, phone, usAccount, type Template33 } from './blind-set-33-values';

/** Treasury and payouts (Wise, Modern Treasury, Currencycloud, Airwallex, Payoneer, PayPal) and accounting/ERP sync (QuickBooks, Xero, NetSuite, Sage, FreshBooks, Bill.com, Expensify, Ramp, Brex). */
export const LEDGER_TEMPLATES: readonly Template33[] = [
  {
    area: 'treasury', name: 'wise-recipient',
    make: (c, r) => {
      const p = person(r, r.pick(['GB', 'DE', 'FR', 'ES']));
      const details = p.country === 'GB' ? `"sortCode":"${r.digits(6)}","accountNumber":"${c.f('uk-account-number', r.digits(8))}"` : `"iban":"${c.f('iban', ibanAs(r, p.country))}"`;
      return `wise POST /v1/accounts -> 422 {"errors":[{"code":"NOT_VALID","message":"Please specify a valid recipient address"}]}\nAuthorization: Bearer ${c.c('wise-api-token', r.uuid())}\nbody={"currency":"${p.country === 'GB' ? 'GBP' : 'EUR'}","type":"${p.country === 'GB' ? 'sort_code' : 'iban'}","profile":${r.int(1e6, 9e7)},"accountHolderName":"${c.p('account-holder-name', p.full)}","details":{"legalType":"PRIVATE",${details},"email":"${c.p('email', emailOf(r, p))}"}}`;
    },
  },
  {
    area: 'treasury', name: 'modern-treasury-counterparty',
    make: (c, r) => {
      const p = person(r, 'US');
      const key = c.c('modern-treasury-api-key', `live-${r.b62(48)}`);
      return `ModernTreasury::BadRequestError: Counterparty account routing invalid\n  org=${r.uuid()} key=${key}\n  POST /api/counterparties {"name":"${c.p('counterparty-name', p.full)}","email":"${c.p('email', emailOf(r, p))}","accounts":[{"account_type":"checking","routing_details":[{"routing_number_type":"aba","routing_number":"${aba(r)}"}],"account_details":[{"account_number":"${c.f('us-account-number', usAccount(r))}"}]}]}\n  MT_WEBHOOK_KEY=${c.c('modern-treasury-webhook-key', r.b62(40))}`;
    },
  },
  {
    area: 'treasury', name: 'currencycloud-login',
    make: (c, r) => {
      const p = person(r, 'GB');
      return `currencycloud authenticate failed (auth_failed) after 3 retries\n  POST /v2/authenticate/api login_id=${c.p('email', emailOf(r, p))} api_key=${c.c('currencycloud-api-key', r.hex(64))}\n  stale X-Auth-Token: ${c.c('currencycloud-auth-token', r.hex(32))}\n  on_behalf_of=${r.uuid()} ccy_pair=${ccy(r)}${ccy(r)} amount=${amount(r)}`;
    },
  },
  {
    area: 'treasury', name: 'airwallex-beneficiary',
    make: (c, r) => {
      const p = person(r, r.pick(['AU', 'GB', 'US']));
      return `- level: ${level(r)}\n  logger: payouts.airwallex\n  message: create beneficiary failed (validation_error)\n  auth: {x-client-id: ${r.b62(22)}, x-api-key: ${c.c('airwallex-api-key', r.hex(64))}}\n  beneficiary:\n    bank_details:\n      account_name: "${c.p('account-holder-name', p.full)}"\n      account_number: "${c.f('au-account-number', r.digits(9))}"\n      local_clearing_system: BANK_TRANSFER\n      account_routing_type1: bsb\n      account_routing_value1: "${r.pick(['062', '083', '033'])}${r.digits(3)}"\n    address: {city: Melbourne, country_code: AU}`;
    },
  },
  {
    area: 'treasury', name: 'payoneer-oauth',
    make: (c, r) => {
      const p = person(r, r.pick(['IN', 'BR', 'MX']));
      return `[payoneer-sdk] token request: client_id=${r.b62(32)} client_secret=${c.c('payoneer-client-secret', r.b62(32))} grant_type=client_credentials scope=read write\n[payoneer-sdk] access_token=${c.c('payoneer-access-token', r.b64url(48))} expires_in=2592000\n[payoneer-sdk] payee registration 409: payee_id=${r.digits(8)} email=${c.p('email', emailOf(r, p))} name="${c.p('payee-name', p.full)}"`;
    },
  },
  {
    area: 'treasury', name: 'paypal-payouts-batch',
    make: (c, r) => {
      const items = [0, 1].map(() => {
        const p = person(r, r.pick(['US', 'DE', 'GB', 'FR']));
        return r.next() < 0.5 ? `{"recipient_type":"EMAIL","receiver":"${c.p('email', emailOf(r, p))}","amount":{"value":"${amount(r, 5, 800)}","currency":"USD"},"note":"Thanks ${c.p('first-name', p.first)}!"}` : `{"recipient_type":"PHONE","receiver":"${c.p('phone', phone(r, 'US'))}","amount":{"value":"${amount(r, 5, 800)}","currency":"USD"}}`;
      });
      return `PayPalHttpError 401 INVALID_CLIENT: curl -u "${r.chars(B62 + '-', 80)}:${c.c('paypal-client-secret', r.chars(B62 + '-', 80))}" https://api-m.paypal.com/v1/oauth2/token\nprevious token: Bearer ${c.c('paypal-access-token', `A21AA${r.chars(B62 + '-_', 92)}`)}\npending batch: {"sender_batch_header":{"sender_batch_id":"Payouts_${isoDate(r)}_${r.digits(4)}"},"items":[${items.join(',')}]}`;
    },
  },
  {
    area: 'accounting', name: 'qbo-token-store',
    make: (c, r) => `intuit-oauth: refresh failed (invalid_grant) realmId=${r.digits(19)}\n{"token_type":"bearer","access_token":"${c.c('qbo-access-token', `eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..${r.b64url(16)}.${r.b64url(420)}.${r.b64url(16)}`)}","refresh_token":"${c.c('qbo-refresh-token', `AB11${r.digits(10)}${r.b62(36)}`)}","x_refresh_token_expires_in":8726400,"expires_in":3600}\nQBO_CLIENT_ID=AB${r.b62(48)}\nQBO_CLIENT_SECRET=${c.c('qbo-client-secret', r.b62(40))}`,
  },
  {
    area: 'accounting', name: 'xero-contact-sync',
    make: (c, r) => {
      const p = person(r, 'AU');
      return `xero-node ApiError 400 ValidationException for tenant ${r.uuid()}\n  at AccountingApi.updateOrCreateContacts (xero-node/dist/gen/api/accountingApi.js:${r.int(1e3, 2e4)})\n  contact: {"Name":"${c.p('sole-trader-name', p.full)} (sole trader)","TaxNumber":"${c.p('au-tfn', NATIONAL_IDS['au-tfn']!.make(r))}","BankAccountDetails":"${r.pick(['062', '083'])}-${r.digits(3)} ${c.f('au-account-number', r.digits(9))}","EmailAddress":"${c.p('email', emailOf(r, p))}"}\n  client: {clientId: "${r.hex(32).toUpperCase()}", clientSecret: "${c.c('xero-client-secret', r.b64url(36))}"}\n  tokenSet.refresh_token = ${c.c('xero-refresh-token', r.hex(64))}`;
    },
  },
  {
    area: 'accounting', name: 'netsuite-tba',
    make: (c, r) => `# netsuite-sync/.env (attached to failed deploy ${r.hex(7)})\nNS_ACCOUNT_ID=${r.digits(7)}_SB1\nNS_CONSUMER_KEY=${r.hex(64)}\nNS_CONSUMER_SECRET=${c.c('netsuite-consumer-secret', r.hex(64))}\nNS_TOKEN_ID=${r.hex(64)}\nNS_TOKEN_SECRET=${c.c('netsuite-token-secret', r.hex(64))}\nNS_RESTLET=https://${r.digits(7)}-sb1.restlets.api.netsuite.com/app/site/hosting/restlet.nl?script=${r.int(100, 999)}&deploy=1`,
  },
  {
    area: 'accounting', name: 'sage-supplier',
    make: (c, r) => {
      const p = person(r, 'GB');
      return `SageBusinessCloud: POST /contacts 422 — "bank_account_details.account_number is invalid"\nAuthorization: Bearer ${c.c('sage-access-token', r.b64url(90))}\n{"contact":{"name":"${c.p('sole-trader-name', p.full)} Plumbing","contact_type_ids":["VENDOR"],"tax_number":"","notes":"UTR ${c.p('uk-utr', r.digits(10))}","main_contact_person":{"email":"${c.p('email', emailOf(r, p))}","mobile":"${c.p('phone', phone(r, 'GB'))}"},"bank_account_details":{"account_name":"${c.p('account-holder-name', p.full)}","sort_code":"${r.digits(2)}-${r.digits(2)}-${r.digits(2)}","account_number":"${c.f('uk-account-number', r.digits(8))}"}}}`;
    },
  },
  {
    area: 'accounting', name: 'freshbooks-client',
    make: (c, r) => {
      const p = person(r, r.pick(['US', 'CA']));
      return `${ts(r)} ${level(r)} freshbooks.invoices.send account=${r.b62(5)} status=401\n  Authorization: Bearer ${c.c('freshbooks-access-token', r.hex(64))}\n  client: ${JSON.stringify({ fname: p.first, lname: p.last, email: emailOf(r, p), home_phone: phone(r, p.country) })}`.replace(/"fname":"([^"]+)","lname":"([^"]+)","email":"([^"]+)","home_phone":"([^"]+)"/, (m, a: string, b: string, e: string, ph: string) => {
        c.p('first-name', a);
        c.p('last-name', b);
        c.p('email', e);
        c.p('phone', ph);
        return m;
      });
    },
  },
  {
    area: 'accounting', name: 'billcom-vendor-1099',
    make: (c, r) => {
      const p = person(r, 'US');
      return `billcom.Login ok sessionId=${c.c('billcom-session-id', `!${r.b62(60)}`)} orgId=${r.b62(20)}\nbillcom vendor create failed (BDC_1109 duplicate):\n  devKey=${c.c('billcom-dev-key', r.b62(34))}\n  vendor: name="${c.p('vendor-sole-proprietor', p.full)}" taxId=${c.p('us-ssn', NATIONAL_IDS['us-ssn']!.make(r))} track1099=true\n  bank: routingNumber=${aba(r)} accountNumber=${c.f('us-account-number', usAccount(r))}\n  login password used: ${c.c('billcom-password', password(r))}`;
    },
  },
  {
    area: 'accounting', name: 'expensify-export',
    make: (c, r) => {
      const p = person(r, r.pick(['US', 'GB', 'CA']));
      const creds = JSON.stringify({ partnerUserID: `aa_api_${r.hex(8)}`, partnerUserSecret: r.hex(40) });
      const secret = (JSON.parse(creds) as { partnerUserSecret: string }).partnerUserSecret;
      c.c('expensify-partner-secret', secret);
      return `Integration Server error: requestJobDescription=${JSON.stringify(JSON.stringify({ type: 'file', credentials: JSON.parse(creds) as object, onReceive: { immediateResponse: ['returnRandomFileName'] } }))}\nreport ${r.digits(16)} submitter=${c.p('email', emailOf(r, p))} (${c.p('employee-name', p.full)}) total=${amount(r, 5, 5000)}`;
    },
  },
  {
    area: 'accounting', name: 'ramp-brex-sync',
    make: (c, r) => {
      const p = person(r, 'US');
      const q = person(r, 'US');
      return `spend-sync: ramp + brex reconciliation crashed\nRAMP_CLIENT_ID=ramp_id_${r.b62(40)}\nRAMP_CLIENT_SECRET=${c.c('ramp-client-secret', `ramp_sec_${r.b62(48)}`)}\nBREX_TOKEN=${c.c('brex-user-token', `bxt_${r.b62(60)}`)}\nunmatched: card_last4=${r.digits(4)} holder="${c.p('employee-name', p.full)}" merchant="AWS EMEA" amount=${amount(r, 5, 9000)} ${ccy(r)}\nunmatched: card_last4=${r.digits(4)} holder="${c.p('employee-name', q.full)}" approver=${c.p('email', emailOf(r, q))}`;
    },
  },
  {
    area: 'accounting', name: 'vendor-master-csv',
    make: (c, r) => {
      const rows = [0, 1, 2].map((i) => {
        if (i === 1) return `${company(r)},EIN ${r.digits(2)}-${r.digits(7)},${aba(r)},(corporate),${isoDate(r)}`;
        const p = person(r, 'US');
        return `${c.p('vendor-sole-proprietor', p.full)},SSN ${c.p('us-ssn', NATIONAL_IDS['us-ssn']!.make(r))},${aba(r)},${c.f('us-account-number', usAccount(r))},${isoDate(r)}`;
      });
      return `erp-sync ${host(r, 'erp-sync')}: vendor master import aborted at row 3 (column count)\nvendor_name,tax_id,routing,account,updated\n${rows.join('\n')}`;
    },
  },
];


