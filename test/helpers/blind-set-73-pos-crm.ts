import { js73, type PosTpl73 } from './blind-set-73-core';
import { K, card, db, e164, em, fn, gn, iban, nid, nm, ph, pw, st, upw, who, whoId } from './blind-set-73-h';

/** CRM upserts and billing sync errors (Salesforce, HubSpot, Dynamics, Zoho, Pipedrive, Stripe, Chargebee). */
export const POS_CRM73: PosTpl73[] = [
  { src: 'crm', name: 'sf-upsert-dup', make: (x) => {
    const P = who(x);
    return `${x.ts()} ERROR sfdc.upsert Contact external_id=${x.hex(12)} status=400 body=${js73([{ message: 'duplicate value found: Email__c duplicates value on record with id: 0035e00000' + x.hex(8).toUpperCase(), errorCode: 'DUPLICATE_VALUE', fields: ['Email__c'] }])} payload=${js73({ FirstName: gn(x, P), LastName: fn(x, P), Email__c: em(x, P), MobilePhone: ph(x, P) })} auth="Bearer ${K(x, 'salesforce_at')}"`;
  } },
  { src: 'crm', name: 'sf-oauth-refresh', make: (x) => `level=error logger=crm.salesforce msg="refresh token rejected" grant_type=refresh_token client_id=3MVG9${x.r.b62(80)} client_secret=${x.c('oauth_client_secret', x.r.chars('0123456789ABCDEF', 64))} refresh_token=${K(x, 'salesforce_rt')} instance=https://globex.my.salesforce.com` },
  { src: 'crm', name: 'hubspot-batch-upsert', make: (x) => {
    const a = who(x);
    let b = who(x);
    while (b.name.given === a.name.given || b.name.family === a.name.family) b = who(x);
    return `HubSpot batch upsert failed (207 Multi-Status)\nAuthorization: Bearer ${K(x, 'hubspot')}\nrequest: ${js73({ inputs: [{ idProperty: 'email', id: em(x, a), properties: { firstname: gn(x, a), lastname: fn(x, a), phone: ph(x, a), address: st(x, a), city: a.city } }, { idProperty: 'email', id: em(x, b), properties: { firstname: gn(x, b), lastname: fn(x, b), date_of_birth: db(x, b) } }] }, 2)}\nerrors: [{"status":"error","category":"VALIDATION_ERROR","message":"Property values were not valid"}]`;
  } },
  { src: 'crm', name: 'dynamics-aad', make: (x) => {
    const P = who(x, undefined, true);
    return `Microsoft.Xrm.Sdk.WebServiceClient: AADSTS7000215: Invalid client secret provided.\n  tenant=${x.uuid()} clientId=${x.uuid()} clientSecret=${K(x, 'azure_secret')}\n  while upserting contact { fullname: "${nm(x, P)}", emailaddress1: "${em(x, P)}", telephone1: "${ph(x, P)}" }`;
  } },
  { src: 'crm', name: 'zoho-python-repr', make: (x) => {
    const P = who(x);
    return `Traceback (most recent call last):\n  File "/srv/sync/zoho.py", line 212, in push_lead\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://www.zohoapis.eu/crm/v5/Leads/upsert\nLocals:\n  headers = {'Authorization': 'Zoho-oauthtoken 1000.${x.c('zoho_token', x.hex(32) + '.' + x.hex(32))}'}\n  lead = {'Last_Name': '${fn(x, P)}', 'First_Name': '${gn(x, P)}', 'Email': '${em(x, P)}', 'Mobile': '${ph(x, P)}', 'Street': '${st(x, P)}'}\n  refresh_token = '1000.${x.c('zoho_token', x.hex(32) + '.' + x.hex(32))}'`;
  } },
  { src: 'crm', name: 'pipedrive-url-token', make: (x) => {
    const P = who(x);
    return `${x.ts()} WARN  [pipedrive] POST https://globex.pipedrive.com/api/v1/persons?api_token=${K(x, 'hex40')} -> 400 {"success":false,"error":"Field 'phone' is invalid","data":{"name":"${nm(x, P)}","phone":[{"value":"${ph(x, P)}","primary":true}],"email":[{"value":"${em(x, P)}"}]}}`;
  } },
  { src: 'crm', name: 'sf-bulk-csv-fail', make: (x) => {
    const rows = [who(x), who(x), who(x)];
    return `Bulk API 2.0 job 7505e00000${x.hex(8).toUpperCase()} failedResults.csv (session ${K(x, 'salesforce_at')}):\n"sf__Id","sf__Error",FirstName,LastName,Email,Phone,Birthdate\n${rows.map((P) => `"","INVALID_EMAIL_ADDRESS:Email: invalid email address",${gn(x, P)},${fn(x, P)},${em(x, P)},${ph(x, P)},${x.p('date_of_birth', P.dobIso)}`).join('\n')}`;
  } },
  { src: 'billing', name: 'stripe-customer-create', make: (x) => {
    const P = who(x);
    return `Stripe::InvalidRequestError (Invalid country: "${P.cc}" for address)\n  request: POST /v1/customers api_key=${K(x, 'stripe_sk')}\n  params: {"name"=>"${nm(x, P)}", "email"=>"${em(x, P)}", "phone"=>"${ph(x, P)}", "address"=>{"line1"=>"${st(x, P)}", "postal_code"=>"${P.postcode}"}}\n  webhook endpoint secret: ${K(x, 'stripe_whsec')}`;
  } },
  { src: 'billing', name: 'stripe-sepa-mandate', make: (x) => {
    const P = who(x, x.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'BE', 'AT']));
    return js73({ level: 'error', msg: 'sepa_debit payment_method creation failed', stripe_account: 'acct_' + x.r.b62(16), key: K(x, 'stripe_rk'), billing_details: { name: nm(x, P), email: em(x, P) }, sepa_debit: { iban: iban(x, P.cc === 'AT' ? 'AT' : P.cc) }, error: { code: 'invalid_bank_account_iban', doc_url: 'https://stripe.com/docs/error-codes/invalid-bank-account-iban' } });
  } },
  { src: 'billing', name: 'chargebee-basic', make: (x) => {
    const P = who(x);
    const site = x.pick(['globex', 'initech-eu', 'umbrella']);
    const key = x.c('chargebee_key', `live_${x.r.b62(34)}`);
    return `curl -u ${key}: https://${site}.chargebee.com/api/v2/customers -d first_name="${gn(x, P)}" -d last_name="${fn(x, P)}" -d email="${em(x, P)}" -d card[number]=${card(x).pan} -d card[cvv]=${x.int(100, 999)}\n< HTTP/2 400\n{"message":"card[number] : invalid card number","api_error_code":"param_wrong_value"}\n# replayed from failed_jobs id=${x.int(1000, 99999)}; backup key ${x.c('chargebee_key', `live_${x.r.b62(34)}`)}`;
  } },
  { src: 'billing', name: 'adyen-java-ex', make: (x) => {
    const P = who(x);
    const c = card(x);
    return `com.adyen.service.exception.ApiException: Refused (HTTP 422) errorCode=101 message="Invalid card number"\n\tat com.adyen.service.Checkout.payments(Checkout.java:141)\n\tat com.globex.billing.AdyenGateway.charge(AdyenGateway.java:88)\nrequest={merchantAccount=GlobexECOM, x-API-key=${K(x, 'adyen')}, shopperName={firstName=${gn(x, P)}, lastName=${fn(x, P)}}, shopperEmail=${em(x, P)}, telephoneNumber=${ph(x, P)}, paymentMethod={type=scheme, number=${c.pan}, brand=${c.brand.toLowerCase()}}}`;
  } },
  { src: 'billing', name: 'invoice-sql', make: (x) => {
    let P = whoId(x);
    while (/['’]/.test(P.name.full)) P = whoId(x);
    const id = nid(x, P);
    return `ERROR:  duplicate key value violates unique constraint "billing_accounts_tax_id_key"\nDETAIL:  Key (tax_id)=(${id.value}) already exists.\nSTATEMENT:  INSERT INTO billing_accounts (holder_name, email, tax_id, iban, created_at) VALUES ('${nm(x, P)}', '${em(x, P)}', '${id.value}', '${iban(x, undefined, false)}', now())\n-- connection: postgres://billing_rw:${upw(x)}@pg-billing-primary.internal:5432/billing`;
  } },
  { src: 'crm', name: 'gql-contact-merge', make: (x) => {
    const P = who(x);
    return `[graphql] mutation mergeContacts failed: ValidationError: "phone" must be E.164\n  operationName: MergeContacts\n  variables: ${js73({ input: { primary: { fullName: nm(x, P), email: em(x, P), phone: ph(x, P), mailing: { street1: st(x, P), city: P.city, postalCode: P.postcode, country: P.cc } } } })}\n  headers: { "x-api-key": "${K(x, 'b62_40')}", "cookie": "crm_session=${K(x, 'session_rails')}" }`;
  } },
  { src: 'crm', name: 'ruby-hash-lead', make: (x) => {
    const P = who(x);
    return `E, [${x.ts()} #${x.int(1000, 9999)}] ERROR -- : CrmSync::LeadJob failed: Faraday::UnauthorizedError\n  {:lead=>{:first_name=>"${gn(x, P)}", :last_name=>"${fn(x, P)}", :email=>"${em(x, P)}", :mobile=>"${e164(x, P)}", :birthday=>"${db(x, P)}"}, :token=>"${K(x, 'hubspot')}", :smtp_password=>"${pw(x)}"}`;
  } },
  { src: 'crm', name: 'env-dump-crm', make: (x) => `# crm-sync container env at crash (pid ${x.int(100, 9999)})\nSALESFORCE_CLIENT_SECRET=${x.c('oauth_client_secret', x.r.chars('0123456789ABCDEF', 64))}\nSALESFORCE_PASSWORD=${pw(x)}\nSALESFORCE_SECURITY_TOKEN=${x.c('sf_security_token', x.r.b62(25))}\nHUBSPOT_PRIVATE_APP_TOKEN=${K(x, 'hubspot')}\nDATABASE_URL=mysql://crm:${upw(x)}@10.20.4.11:3306/crm\nLOG_LEVEL=debug\nREGION=eu-west-1` },
  { src: 'billing', name: 'payment-form-post', make: (x) => {
    const P = who(x, undefined, true);
    const c = card(x);
    const bd = `----WebKitFormBoundary${x.r.b62(16)}`;
    const part = (k: string, v: string) => `--${bd}\nContent-Disposition: form-data; name="${k}"\n\n${v}`;
    return `POST /checkout/pay HTTP/1.1\nHost: shop.globex-retail.com\nCookie: PHPSESSID=${K(x, 'phpsessid')}; cart=${x.hex(12)}\nContent-Type: multipart/form-data; boundary=${bd}\n\n${[part('cardholder', nm(x, P)), part('pan', c.pan), part('email', em(x, P)), part('csrf', x.hex(32))].join('\n')}\n--${bd}--\n-- 502 from upstream psp, request logged by nginx mirror`;
  } },
];
