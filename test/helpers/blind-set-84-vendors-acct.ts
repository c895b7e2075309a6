/**
 * Blind set 84: commerce and accounting vendors (Shopify, NetSuite, QuickBooks, Xero, Zoho) and
 * the company's own services and Azure-fronted partner APIs, with bank details in bodies.
 */
import { mkCall, type Vendor } from './blind-set-84-call';
import { type Json } from './blind-set-84-ctx';
import { thin } from './blind-set-84-vendors-oauth';
import { card, cvc, expiry, iban, routing, ukBank, usAccount } from './blind-set-84-money';
import { clientIp, nationalId, person, ssn } from './blind-set-84-people';
import { ALNUM, b64, pctEnc } from './blind-set-84-rng';
import { hex32, opaque, shopifyToken, zohoToken } from './blind-set-84-tokens';
import { accessJwt, intuitJwe, password, sessionCookie, serviceUser } from './blind-set-84-tokens2';

/** Shopify Admin REST customers and orders with an `X-Shopify-Access-Token`. */
export const shopify: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  const shop = r.pick(['acme-store', 'northwind-outlet', 'brightpath-shop']);
  const addr: Json = { address1: ctx.pers('address', p.street), city: p.city, zip: p.postal, country_code: p.cc, phone: ctx.pers('phone', p.phoneNational), first_name: ctx.part('first-name', p.first), last_name: ctx.part('last-name', p.last) };
  const order = r.chance(0.4);
  const json: Json = order
    ? { order: { email: ctx.pers('email', p.email), browser_ip: ctx.pers('ip', clientIp(r)), line_items: [{ variant_id: r.int(1e13, 9e13), quantity: 1 }], billing_address: addr, financial_status: 'pending' } }
    : { customer: thin(r, { first_name: ctx.part('first-name', p.first), last_name: ctx.part('last-name', p.last), email: ctx.pers('email', p.email), phone: ctx.pers('phone', p.phone), addresses: [addr], verified_email: true }, 0.45, 0) };
  const status = r.pick([401, 422, 422, 429]);
  const respJson: Json = status === 401 ? { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' } : status === 429 ? { errors: 'Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.' } : { errors: { email: ['has already been taken'], phone: ['has already been taken'] } };
  return mkCall(ctx, { vendor: 'shopify', client: 'ShopifyAdminClient', op: order ? 'createOrder' : 'createCustomer', method: 'POST', url: `https://${shop}.myshopify.com/admin/api/${r.pick(['2024-01', '2024-04', '2023-10'])}/${order ? 'orders' : 'customers'}.json`, headers: [['X-Shopify-Access-Token', ctx.cred('shopify-token', shopifyToken(r))], ['Accept', 'application/json']], json, status, respJson, respHeaders: [['X-Request-Id', r.uuid()], ['X-Shopify-Shop-Api-Call-Limit', `${r.int(1, 40)}/40`]] });
};

/** NetSuite SuiteTalk REST vendor records with ACH details in custom fields. */
export const netsuite: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  const acct = `${r.int(1000000, 9999999)}${r.pick(['', '_SB1'])}`;
  const json: Json = { companyName: `${ctx.part('last-name', p.last)} Consulting`, email: ctx.pers('email', p.email), phone: ctx.pers('phone', p.phoneNational), isPerson: false, custentity_ach_routing: ctx.fin('routing', routing(r)), custentity_ach_account: ctx.fin('account-number', usAccount(r)), custentity_payee_name: ctx.pers('name', p.name), subsidiary: { id: String(r.int(1, 9)) } };
  const status = r.pick([400, 401]);
  const respJson: Json = status === 401 ? { type: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.2', title: 'Unauthorized', status: 401, 'o:errorDetails': [{ detail: 'Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.', 'o:errorCode': 'INVALID_LOGIN' }] } : { type: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.1', title: 'Bad Request', status: 400, 'o:errorDetails': [{ detail: 'Error while accessing a resource. Please enter value(s) for: Subsidiary.', 'o:errorPath': 'subsidiary', 'o:errorCode': 'USER_ERROR' }] };
  return mkCall(ctx, { vendor: 'netsuite', client: 'NetSuiteRestClient', op: 'createVendor', method: 'POST', url: `https://${acct.toLowerCase().replace('_', '-')}.suitetalk.api.netsuite.com/services/rest/record/v1/vendor`, headers: [['Authorization', `Bearer ${ctx.cred('jwt', accessJwt(r, `https://${acct}.suitetalk.api.netsuite.com`, 'netsuite', 'rest_webservices'))}`], ['Prefer', 'transient']], json, status, respJson });
};

/** QuickBooks Online customers with an Intuit JWE access token. */
export const quickbooks: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  const realm = `${r.int(1, 9)}${r.digits(18)}`;
  const json: Json = thin(r, { DisplayName: ctx.pers('name', p.name), GivenName: ctx.part('first-name', p.first), FamilyName: ctx.part('last-name', p.last), PrimaryEmailAddr: { Address: ctx.pers('email', p.email) }, PrimaryPhone: { FreeFormNumber: ctx.pers('phone', p.phoneNational) }, BillAddr: { Line1: ctx.pers('address', p.street), City: p.city, PostalCode: p.postal } }, 0.45, 1);
  const status = r.pick([400, 401]);
  const t = '2024-0' + r.int(5, 9) + '-1' + r.int(0, 9) + 'T0' + r.int(1, 9) + ':1' + r.int(0, 9) + ':2' + r.int(0, 9) + '.' + r.digits(3) + '-07:00';
  const respJson: Json = status === 401 ? { fault: { error: [{ message: 'message=AuthenticationFailed; errorCode=003200; statusCode=401', detail: 'Token expired: ' + r.chars(ALNUM, 24), code: '3200' }], type: 'AUTHENTICATION' }, time: t } : { Fault: { Error: [{ Message: 'Duplicate Name Exists Error', Detail: `The name supplied already exists. : Another customer, vendor or employee is already using this name. Please use a different name.`, code: '6240', element: '' }], type: 'ValidationFault' }, time: t };
  return mkCall(ctx, { vendor: 'quickbooks', client: 'QuickBooksClient', op: 'createCustomer', method: 'POST', url: `https://quickbooks.api.intuit.com/v3/company/${realm}/customer?minorversion=${r.pick(['65', '70', '73'])}`, headers: [['Authorization', `Bearer ${ctx.cred('intuit-token', intuitJwe(r))}`], ['Accept', 'application/json']], json, status, respJson, respHeaders: [['intuit_tid', `1-${r.hex(8)}-${r.hex(24)}`]] });
};

/** Xero accounting contacts with bank account details. */
export const xero: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  const uk = ukBank(r);
  const json: Json = { Contacts: [thin(r, { Name: ctx.pers('name', p.name), FirstName: ctx.part('first-name', p.first), LastName: ctx.part('last-name', p.last), EmailAddress: ctx.pers('email', p.email), BankAccountDetails: `${ctx.fin('sort-code', uk.sortCode)} ${ctx.fin('uk-account', uk.account)}`, Phones: [{ PhoneType: 'MOBILE', PhoneNumber: ctx.pers('phone', p.phoneNational) }], Addresses: [{ AddressType: 'STREET', AddressLine1: ctx.pers('address', p.street), City: p.city, PostalCode: p.postal }] }, 0.4, 1)] };
  const status = r.pick([400, 401, 403]);
  const respJson: Json = status === 400 ? { ErrorNumber: 10, Type: 'ValidationException', Message: 'A validation exception occurred', Elements: [{ ContactID: '00000000-0000-0000-0000-000000000000', Name: ctx.pers('name', p.name), ValidationErrors: [{ Message: `The contact name ${ctx.pers('name', p.name)} is already assigned to another contact. The contact name must be unique across all active contacts.` }] }] } : { Type: null, Title: status === 401 ? 'Unauthorized' : 'Forbidden', Status: status, Detail: status === 401 ? 'AuthenticationUnsuccessful' : 'AuthorizationUnsuccessful', Instance: r.uuid(), Extensions: {} };
  return mkCall(ctx, { vendor: 'xero', client: 'XeroClient', op: 'createContacts', method: 'POST', url: 'https://api.xero.com/api.xro/2.0/Contacts', headers: [['Authorization', `Bearer ${ctx.cred('jwt', accessJwt(r, 'https://identity.xero.com', 'https://identity.xero.com/resources', 'accounting.contacts offline_access'))}`], ['xero-tenant-id', r.uuid()], ['Accept', 'application/json']], json, status, respJson, respHeaders: [['Xero-Correlation-Id', r.uuid()]] });
};

/** Zoho CRM leads with a `Zoho-oauthtoken`. */
export const zoho: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  const json: Json = { data: [thin(r, { Last_Name: ctx.part('last-name', p.last), First_Name: ctx.part('first-name', p.first), Full_Name: ctx.pers('name', p.name), Email: ctx.pers('email', p.email), Mobile: ctx.pers('phone', p.phone), Street: ctx.pers('address', p.street), Lead_Source: 'Web Form' }, 0.45, 1)], trigger: ['workflow'] };
  const status = r.pick([400, 401]);
  const respJson: Json = status === 401 ? { code: 'INVALID_TOKEN', details: {}, message: 'invalid oauth token', status: 'error' } : { data: [{ code: 'DUPLICATE_DATA', details: { api_name: 'Email', id: r.digits(19) }, message: 'duplicate data', status: 'error' }] };
  return mkCall(ctx, { vendor: 'zoho', client: 'ZohoCrmClient', op: 'insertLeads', method: 'POST', url: `https://www.zohoapis.${r.pick(['com', 'eu', 'in'])}/crm/v5/Leads`, headers: [['Authorization', `Zoho-oauthtoken ${ctx.cred('zoho-token', zohoToken(r))}`]], json, status, respJson });
};

/** The company's own services: payouts, KYC and card vault behind API keys, sessions or basic auth. */
export const internal: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  const host = r.pick(['payouts.internal.acmecorp.net', 'kyc-svc.prod.svc.cluster.local:8443', 'vault-proxy.acme.internal', 'ledger.int.acmecorp.net']);
  const headers: [string, string][] = [];
  const a = r.int(0, 4);
  let url = `https://${host}`;
  if (a === 0) headers.push([r.pick(['X-Api-Key', 'x-api-key', 'X-Acme-Key', 'X-Internal-Token']), ctx.cred('api-key', opaque(r, 32, 48))]);
  else if (a === 1) headers.push(['X-Auth-Token', ctx.cred('auth-token', hex32(r))]);
  else if (a === 2) {
    const c = sessionCookie(r);
    headers.push(['Cookie', `${c.name}=${ctx.cred('session-cookie', c.value)}; locale=en-GB`]);
  } else if (a === 3) {
    const k = ctx.cred('api-key', opaque(r, 32, 40));
    headers.push(['Authorization', r.pick([`Token ${k}`, `Token token=${k}`, `Token token="${k}"`, `Api-Key ${k}`, `Key ${k}`, `apikey ${k}`])]);
  }
  else url = `https://${serviceUser(r)}:${pctEnc(ctx.cred('password', password(r)))}@${host}`;
  if (r.chance(0.45)) headers.push([r.pick(['X-Service-Token', 'X-Client-Secret', 'X-Signing-Key']), ctx.cred('api-key', opaque(r, 40, 64))]);
  const k = r.int(0, 2);
  let json: Json;
  let path: string;
  if (k === 0) {
    const ib = iban(r);
    path = '/v2/payouts';
    json = { payee: { name: ctx.pers('name', p.name), email: ctx.pers('email', p.email) }, bank: r.chance(0.5) ? { iban: ctx.fin('iban', ib.value), bic: r.pick(['DEUTDEFF', 'BNPAFRPP', 'NWBKGB2L', 'INGBNL2A']) } : { routing_number: ctx.fin('routing', routing(r)), account_number: ctx.fin('account-number', usAccount(r)), account_type: 'checking' }, amount: { value: r.int(1000, 500000), currency: 'EUR' } };
  } else if (k === 1) {
    path = '/v1/verifications';
    const id = r.chance(0.5) ? { kind: 'ssn', value: ssn(r) } : nationalId(r);
    json = { applicant: thin(r, { full_name: ctx.pers('name', p.name), date_of_birth: ctx.pers('dob', p.dob), national_id: ctx.pers(id.kind, id.value), address_line1: ctx.pers('address', p.street), postcode: p.postal, phone: ctx.pers('phone', p.phone) }, 0.35, 1), client_ip: ctx.pers('ip', clientIp(r)) };
  } else {
    const c = card(r);
    const e = expiry(r);
    path = '/v1/tokenize';
    json = { pan: ctx.fin('card', c.printed), cvv: ctx.fin('cvc', cvc(r, c)), exp: `${e.month}/${e.year.slice(2)}`, cardholder: ctx.pers('name', p.name), customer_ip: ctx.pers('ip', clientIp(r)) };
  }
  const status = r.pick([400, 401, 403, 500, 502, 503]);
  const respJson: Json = { error: { code: status >= 500 ? 'UPSTREAM_UNAVAILABLE' : status === 400 ? 'VALIDATION_FAILED' : 'UNAUTHENTICATED', message: status >= 500 ? 'upstream connect error or disconnect/reset before headers. reset reason: connection termination' : 'request rejected', trace_id: r.hex(32) } };
  return mkCall(ctx, { vendor: 'internal', client: r.pick(['PayoutsClient', 'KycClient', 'VaultClient']), op: path.split('/').pop()!, method: 'POST', url: url + path, headers, json, status, respJson });
};

/** Azure-fronted APIs: Azure OpenAI (`api-key`) and a partner bank behind APIM (`Ocp-Apim-Subscription-Key`). */
export const azure: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  if (r.chance(0.5)) {
    const json: Json = { messages: [{ role: 'user', content: `Classify this complaint from ${ctx.pers('name', p.name)} (${ctx.pers('email', p.email)}): my card ending ${r.digits(4)} was charged twice.` }], max_tokens: 200 };
    const status = r.pick([401, 429]);
    return mkCall(ctx, { vendor: 'azure-openai', client: 'AzureOpenAIClient', op: 'chatCompletions', method: 'POST', url: `https://${r.pick(['acme-openai', 'nw-aoai-prod'])}.openai.azure.com/openai/deployments/${r.pick(['gpt-4o', 'gpt-35-turbo'])}/chat/completions?api-version=2024-02-15-preview`, headers: [['api-key', ctx.cred('azure-api-key', hex32(r))]], json, status, respJson: status === 401 ? { error: { code: '401', message: 'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.' } } : { error: { code: '429', message: 'Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-02-15-preview have exceeded token rate limit of your current OpenAI S0 pricing tier.' } }, respHeaders: [['apim-request-id', r.uuid()]] });
  }
  const from = iban(r);
  const to = iban(r);
  const json: Json = { debtorAccount: { iban: ctx.fin('iban', from.value), name: ctx.pers('name', p.name) }, creditorAccount: { iban: ctx.fin('iban', to.value), name: `${r.pick(['Stadtwerke', 'Hausverwaltung', 'Praxis'])} ${r.chars(ALNUM, 4)}` }, instructedAmount: { amount: `${r.int(10, 4000)}.${r.digits(2)}`, currency: 'EUR' }, remittanceInformationUnstructured: `Invoice ${r.int(1000, 99999)}` };
  const status = r.pick([400, 401]);
  return mkCall(ctx, { vendor: 'partner-bank', client: 'PartnerBankClient', op: 'initiatePayment', method: 'POST', url: `https://api.${r.pick(['partnerbank.de', 'openbank-gw.eu'])}/psd2/v1/payments/sepa-credit-transfers`, headers: [['Ocp-Apim-Subscription-Key', ctx.cred('apim-key', hex32(r))], ['X-Request-ID', r.uuid()], ['PSU-IP-Address', ctx.pers('ip', clientIp(r))]], json, status, respJson: status === 401 ? { statusCode: 401, message: 'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.' } : { tppMessages: [{ category: 'ERROR', code: 'FORMAT_ERROR', text: 'creditorAccount.iban invalid' }] } });
};

/** Basic auth blob of a user and password (for printers that add it). */
export function basicOf(user: string, pass: string): string {
  return b64(`${user}:${pass}`);
}
