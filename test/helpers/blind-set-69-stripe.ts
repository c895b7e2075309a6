import { b64, jsonAscii, sigHex, tpl, type Tpl69 } from './blind-set-69-ctx';
import { publicIp } from './blind-set-69-ids';
import { app, born, dob, host, mail, name, nid, post, reqId, street, tel } from './blind-set-69-kit';
import { T, aba, account, card, iban, jwt, sortCode } from './blind-set-69-tokens';

/** Stripe Identity, bank-account verification and operational dumps around KYC services. */
export const STRIPE: Tpl69[] = [
  tpl('stripe-identity', 'node-error', (c) => {
    const k = c.c('stripe-secret-key', T.stripeSecret(c.r));
    return `StripeInvalidRequestError: This API call cannot be made with a publishable API key. Please use a secret API key.
    at StripeError.generate (/app/node_modules/stripe/cjs/Error.js:10:20)
    at res.toJSON.then.StripeAPIError.message (/app/node_modules/stripe/cjs/RequestSender.js:105:54) {
  type: 'StripeInvalidRequestError',
  raw: { message: 'This API call cannot be made with a publishable API key.', type: 'invalid_request_error', headers: { 'request-id': 'req_${c.r.b62(14)}' } },
  requestId: 'req_${c.r.b62(14)}'
}
[identity] fallback retry with STRIPE_IDENTITY_KEY=${k}`;
  }),
  tpl('stripe-identity', 'verified-outputs', (c) => {
    const x = app(c, 'US');
    const k = c.c('stripe-secret-key', T.stripeSecret(c.r));
    return `$ curl -G https://api.stripe.com/v1/identity/verification_sessions/vs_${c.r.b62(24)} -u ${k}: -d "expand[]=verified_outputs"
{"id":"vs_${c.r.b62(24)}","object":"identity.verification_session","status":"verified","verified_outputs":{"first_name":"${name(c, x.p.given)}","last_name":"${name(c, x.p.family)}","id_number_type":"us_ssn","id_number":"${nid(c, x)}","email":"${mail(c, x.p.email)}","phone":"${tel(c, x.e164)}","address":{"line1":"${street(c, x.a.street)}","city":"${x.a.city}","state":"${x.a.region}","postal_code":"${post(c, x.a.postcode)}","country":"US"}}}
jq: error (at <stdin>:0): Cannot index string with "dob"`;
  }),
  tpl('stripe-identity', 'webhook-signature', (c) => {
    const s = c.c('stripe-webhook-secret', T.stripeWebhook(c.r));
    return `Webhook Error: No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe?
  stripe-signature: t=${c.unix()},v1=${sigHex(c)}
  endpointSecret: ${c.pick([s, `'${s}'`, `"${s}"`])}
  event type guess: identity.verification_session.requires_input`;
  }),
  tpl('stripe-identity', 'config-yaml', (c) => {
    const k = c.c('stripe-secret-key', T.stripeSecret(c.r));
    const w = c.c('stripe-webhook-secret', T.stripeWebhook(c.r));
    return `config validation failed: stripe.identity.return_url must be absolute
---
stripe:
  identity:
    api_key: ${k}
    webhook_secret: "${w}"
    return_url: /kyc/return
    publishable_key: pk_live_51${c.r.b62(95)}`;
  }),
  tpl('stripe-identity', 'report-document', (c) => {
    const x = app(c, c.pick(['US', 'GB', 'CA', 'IE']));
    const docNo = c.p('driver-license', x.p.cc === 'US' ? c.r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1) + c.r.digits(7) : c.r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 2) + c.r.digits(7));
    const k = c.c('stripe-secret-key', T.stripeSecret(c.r));
    return `identity report vr_${c.r.b62(24)} rejected: document_expired (Stripe-Account acct_${c.r.b62(16)}, key ${k})
"document":{"status":"unverified","error":{"code":"document_expired"},"type":"driving_license","first_name":"${name(c, x.p.given)}","last_name":"${name(c, x.p.family)}","number":"${docNo}","issuing_country":"${x.p.cc}","address":{"line1":"${street(c, x.a.street)}","postal_code":"${post(c, x.a.postcode)}","country":"${x.p.cc}"},"expiration_date":{"day":1,"month":1,"year":2025}}`;
  }),
  tpl('stripe-identity', 'ephemeral-key', (c) => {
    const ek = c.c('stripe-ephemeral-key', `ek_live_${c.r.b62(c.r.int(96, 110))}`);
    return `E/StripeIdentity: IdentityVerificationSheet failed: APIException{statusCode=401, message='Invalid ephemeral key'}
D/StripeIdentity: present(verificationSessionId=vs_${c.r.b62(24)}, ephemeralKeySecret=${ek})`;
  }),
  // ---- bank verification ----
  tpl('bankverify', 'micro-deposit', (c) => {
    const x = app(c, 'US');
    return `micro-deposit verification expired for ${name(c, x.p.full)} (${mail(c, x.p.email)})
routing_number=${c.f('aba-routing', aba(c.r))} account_number=${c.f('bank-account', account(c.r))} amounts=[0.32, 0.45] attempts=3`;
  }),
  tpl('bankverify', 'sepa-owner-check', (c) => {
    const x = app(c, c.pick(['DE', 'FR', 'ES', 'IT', 'NL']));
    return `{"level":"error","msg":"IBAN name check: NO_MATCH","iban":"${c.f('iban', iban(c.r, x.p.cc))}","bic":"${c.pick(['COBADEFFXXX', 'BNPAFRPPXXX', 'CAIXESBBXXX', 'UNCRITMMXXX', 'INGBNL2A'])}","account_holder":"${name(c, jsonAscii(x.p.full))}","suggested":"${name(c, jsonAscii(x.p.family.toUpperCase()))}","provider":"surepay","trace":"${reqId(c)}"}`;
  }),
  tpl('bankverify', 'payout-csv', (c) => {
    const a = app(c, c.pick(['DE', 'FR', 'NL'])),
      b = app(c, c.pick(['ES', 'IT']));
    const row = (x: typeof a): string => `${name(c, x.p.full)};${c.f('iban', iban(c.r, x.p.cc, true))};${mail(c, x.p.email)}`;
    return `payout file rejected by bank (line 2: invalid creditor name characters)
name;iban;email
${row(a)}
${row(b)}`;
  }),
  tpl('bankverify', 'sql-update', (c) => {
    const rt = c.f('aba-routing', aba(c.r));
    const ac = c.f('bank-account', account(c.r, 9, 17));
    return `ERROR:  new row for relation "bank_accounts" violates check constraint "routing_len"
DETAIL:  Failing row contains (${c.r.int(10000, 99999)}, ${c.r.uuid()}, checking, ${rt}, ${ac}, unverified, ${c.ts()}).
STATEMENT:  UPDATE bank_accounts SET routing_number = '${rt}', account_number = '${ac}' WHERE applicant_id = '${c.r.uuid()}'`;
  }),
  tpl('bankverify', 'sepa-xml', (c) => {
    const x = app(c, c.pick(['DE', 'FR', 'IT', 'ES']));
    const cc = x.p.cc;
    return `cvc-complex-type.2.4.a: Invalid content was found starting with element 'Ctry' in pain.001.001.09
<CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">150.00</InstdAmt></Amt><Cdtr><Nm>${name(c, x.p.full)}</Nm><PstlAdr><StrtNm>${street(c, x.a.street)}</StrtNm><PstCd>${post(c, x.a.postcode)}</PstCd><TwnNm>${x.a.city}</TwnNm></PstlAdr></Cdtr><CdtrAcct><Id><IBAN>${c.f('iban', iban(c.r, cc, false))}</IBAN></Id></CdtrAcct></CdtTrfTxInf>`;
  }),
  tpl('bankverify', 'uk-cop', (c) => {
    const x = app(c, 'GB');
    return `Confirmation of Payee: MBAM (close match) -> hold payout ${c.r.uuid()}
request {"SchemeName":"SortCodeAccountNumber","Identification":"${c.f('bank-account', c.r.digits(8))}","SortCode":"${c.f('sort-code', sortCode(c.r))}","Name":"${name(c, x.p.full)}","AccountType":"Personal"}
response {"Data":{"VerificationReport":{"Matched":false,"ReasonCode":"MBAM","Name":"${name(c, x.p.given.toUpperCase() + ' ' + x.p.family.toUpperCase())}"}}}`;
  }),
  tpl('bankverify', 'card-fee-debug', (c) => {
    const x = app(c);
    return `[verification-fee] charge failed: card_declined (do_not_honor)
[verification-fee] DEBUG card={"number":"${c.f('card-number', card(c.r))}","name":"${name(c, x.p.full)}","address_zip":"${post(c, x.a.postcode)}"} amount=1.99 currency=usd`;
  }),
  tpl('bankverify', 'direct-deposit-form', (c) => {
    const x = app(c, 'US');
    return `direct-deposit form parse error (field "Amount or %" empty) for envelope ${c.r.uuid()}
Employee Name: ${name(c, x.p.full)}
SSN: ${nid(c, x)}
Bank Routing Number: ${c.f('aba-routing', aba(c.r))}
Account Number: ${c.f('bank-account', account(c.r))}
Account Type: Checking`;
  }),
  // ---- operational dumps ----
  tpl('ops', 'k8s-secret-yaml', (c) => {
    const on = T.onfidoToken(c.r),
      ds = c.r.uuid();
    return `$ kubectl get secret kyc-provider-keys -o yaml
apiVersion: v1
data:
  ONFIDO_API_TOKEN: ${c.c('k8s-secret-b64', b64(on))}
  DOCUSIGN_SECRET_KEY: ${c.c('k8s-secret-b64', b64(ds))}
kind: Secret
metadata:
  name: kyc-provider-keys
  namespace: kyc
type: Opaque`;
  }),
  tpl('ops', 'docker-compose', (c) => {
    const pk = c.c('persona-api-key', T.personaKey(c.r));
    const sk = c.c('sumsub-secret-key', T.sumsubSecret(c.r));
    const st = c.c('sumsub-app-token', T.sumsubAppToken(c.r));
    return `ERROR: for kyc-api  Container "${c.r.hex(12)}" is unhealthy.
services:
  kyc-api:
    environment:
      - PERSONA_API_KEY=${pk}
      - SUMSUB_APP_TOKEN=${st}
      - SUMSUB_SECRET_KEY=${sk}
      - LOG_LEVEL=debug`;
  }),
  tpl('ops', 'terraform-plan', (c) => {
    const k = c.c('middesk-api-key', T.middeskKey(c.r));
    const d = c.c('docusign-secret-key', c.r.uuid());
    return `Error: creating Secrets Manager secret version: AccessDeniedException
  # aws_secretsmanager_secret_version.kyc will be created
  + resource "aws_secretsmanager_secret_version" "kyc" {
      + secret_string  = jsonencode({
          + docusign_secret_key = "${d}"
          + middesk_api_key     = "${k}"
        })
    }`;
  }),
  tpl('ops', 'sentry-breadcrumb', (c) => {
    const x = app(c);
    const t = c.c('onfido-sdk-token', jwt(c.r, { alg: 'HS256', typ: 'JWT' }, { payload: c.r.b64(64), uuid: c.r.hex(10), exp: c.unix() }, 32));
    return `Sentry event ${c.r.hex(32)} (kyc-web@3.14.2)
user: {"email":"${mail(c, x.p.email)}","ip_address":"${c.p('ip-address', publicIp(c.r))}"}
breadcrumb[fetch] POST /api/kyc/sdk-token -> 200 {"sdk_token":"${t}"}
exception: TypeError: Cannot read properties of null (reading 'mount')`;
  }),
  tpl('ops', 'pg-unique', (c) => {
    const x = app(c, 'US');
    const pw = c.c('password', c.r.urlPassword(18));
    return `[pgbouncer] connecting as kyc_writer:${pw}@10.0.8.3/kyc
ERROR:  duplicate key value violates unique constraint "applicants_ssn_key"
DETAIL:  Key (ssn)=(${nid(c, x)}) already exists.
STATEMENT:  INSERT INTO applicants (full_name, ssn, dob, email, phone) VALUES ('${name(c, x.p.full.replace(/'/g, "''"))}', '${x.id.value}', '${born(c, dob(x.p))}', '${mail(c, x.p.email)}', '${tel(c, x.phone)}')`;
  }),
  tpl('ops', 'redis-monitor', (c) => {
    const x = app(c);
    const t = c.c('sumsub-access-token', T.sumsubAccess(c.r));
    return `${c.unix()}.${c.r.digits(6)} [0 10.0.3.7:51844] "SET" "kyc:sess:${c.r.hex(16)}" "{\\"accessToken\\":\\"${t}\\",\\"email\\":\\"${mail(c, x.p.email)}\\"}" "EX" "600"`;
  }),
  tpl('ops', 'gha-curl', (c) => {
    const tok = c.c('onfido-api-token', T.onfidoToken(c.r));
    return `Run curl -fsS -H "Authorization: Token token=${tok}" https://api.eu.onfido.com/v3.6/webhooks
curl: (22) The requested URL returned error: 401
Error: Process completed with exit code 22. (${host(c)})`;
  }),
];
