import type { Tpl67 } from './blind-set-67-accounting';

/** Set 67 positives: credential-heavy dumps (env files, k8s secrets, CI logs, SDK configs) of the same integrations. */
export const SECRETS67: Tpl67[] = [
  ['ledger', (g) => `$ kubectl -n finance exec deploy/ledger-sync -- env | sort   # attached to INC-${g.int(1000, 9999)}\nAVALARA_LICENSE_KEY=${g.v('avalara_license')}\nCHARGEBEE_API_KEY=${g.v('chargebee_key')}\nDATABASE_URL=${g.v('pg_url')}\nPLAID_SECRET=${g.v('plaid_secret')}\nSTRIPE_SECRET_KEY=${g.v('stripe_sk')}\nTZ=UTC`],
  ['ledger', (g) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-integrations\n  namespace: finance\ntype: Opaque\nstringData:\n  RECURLY_API_KEY: "${g.v('recurly_key')}"\n  TAXJAR_API_TOKEN: "${g.v('taxjar_token')}"\n  PADDLE_API_KEY: "${g.v('paddle_key')}"\n  STRIPE_WEBHOOK_SECRET: "${g.v('stripe_whsec')}"\n# kubectl apply failed: admission webhook "secrets-policy" denied the request`],
  ['ledger', (g) => `##[error]Process completed with exit code 1.\nRun ./scripts/smoke-billing.sh\n  env:\n    ZUORA_CLIENT_SECRET: ${g.v('zuora_client_secret')}\n    XERO_CLIENT_SECRET: ${g.v('xero_client_secret')}\n    BREX_TOKEN: ${g.v('brex_token')}\n    RAMP_CLIENT_SECRET: ${g.v('ramp_secret')}\n(secrets were passed via plain env, masking disabled for this step)`],
  ['ledger', (g) => `Terraform plan output (finance-integrations):\n  + resource "aws_secretsmanager_secret_version" "netsuite" {\n      + secret_string = jsonencode({ consumer_secret = "${g.v('ns_secret')}", token_secret = "${g.v('ns_secret')}" })\n    }\n  + resource "aws_iam_access_key" "exports" { id = "${g.v('aws_key_id')}" secret = "${g.v('aws_secret')}" }\nError: creating Secrets Manager Secret Version: AccessDeniedException`],
  ['ledger', (g) => `[2025-${String(g.int(1, 12)).padStart(2, '0')}-0${g.int(1, 9)} ${g.int(10, 23)}:0${g.int(0, 9)}:14] production.ERROR: Illuminate\\Http\\Client\\RequestException: HTTP request returned status code 401 {"exception":"[object] (Illuminate\\\\Http\\\\Client\\\\RequestException(code: 401))","config":{"services.xero.client_secret":"${g.v('xero_client_secret')}","services.xero.webhook_key":"${g.v('xero_webhook_key')}","services.sendgrid.key":"${g.v('sendgrid')}"}}`],
  ['qbo', (g) => `{"severity":"ERROR","message":"token store write failed","component":"qbo-oauth","token":{"access_token":"${g.v('qbo_access_token')}","refresh_token":"${g.v('qbo_refresh_token')}","x_refresh_token_expires_in":8726400},"client_secret":"${g.v('intuit_client_secret')}"}`],
  ['netsuite', (g) => {
    const a = g.v('ns_secret');
    const b = g.v('ns_secret');
    return `netsuite-tba-rotation.log\n ${g.ts()} old token revoked, new token created for role "Integration - Ledger"\n   Token ID     : ${g.hex(64)}\n   Token Secret : ${a}\n ${g.ts()} integration record customrecord_ledger updated\n   Consumer Key    : ${g.hex(64)}\n   Consumer Secret : ${b}\n ${g.ts()} ERROR could not write to vault (permission denied), printed for manual copy`;
  }],
  ['stripe', (g) => {
    const rk = g.v('stripe_rk');
    const wh = g.v('stripe_whsec');
    const hook = g.v('slack_webhook');
    return `Traceback (most recent call last):\n  File "/srv/dunning/worker.py", line 211, in run\n    stripe.Invoice.list(status="open", api_key=settings.STRIPE_KEY)\nstripe.error.PermissionError: Request req_${g.b62(14)}: The provided key 'rk_live_***' does not have the required permissions\nlocals: settings=Settings(STRIPE_KEY='${rk}', STRIPE_WEBHOOK_SECRET='${wh}', SLACK_WEBHOOK='${hook}')`;
  }],
  ['chargebee', (g) => {
    const key = g.v('chargebee_key');
    const pw = g.v('password_url');
    const card = g.v('card');
    return `chargebee-cli import --site pinehill --api-key ${key} --file customers.csv\nrow 17: error card[number]=${card}: card_number_invalid\nwebhook target https://cb_hooks:${pw}@billing.pinehill.io/webhooks/chargebee returned 502`;
  }],
  ['recurly', (g) => `recurly-sync.yml (rendered) failed schema check:\n  recurly:\n    api_key: ${g.v('recurly_key')}\n    subdomain: pinehill\n  database:\n    url: ${g.v('pg_url')}\n  notify:\n    twilio_auth_token: ${g.v('twilio_token')}\n    slack: ${g.v('slack_webhook')}\n  error: notify.twilio_account_sid is required`],
  ['zuora', (g) => {
    const tok = g.v('zuora_token');
    const cs = g.v('zuora_client_secret');
    const iban = g.v('iban');
    return `zuora-payments ${g.logTs()} WARN SEPA mandate create rejected (IBAN checksum ok, BIC mismatch)\n  Bearer ${tok}\n  oauth client_secret=${cs}\n  paymentMethod.IBAN=${iban}`;
  }],
  ['paddle', (g) => `Error: Paddle API responded 401 authentication_malformed\n    at PaddleClient.request (/app/node_modules/@paddle/paddle-node-sdk/dist/cjs/internal/api/client.js:54:23)\nconst paddle = new Paddle('${g.v('paddle_key')}', { environment: Environment.production })\nwebhook secret: ${g.v('paddle_ntf')}\nfallback db: ${g.v('amqp_url')}`],
  ['avalara', (g) => {
    const lic = g.v('avalara_license');
    const tok = g.v('taxjar_token');
    const acct = g.v('account');
    const rt = g.v('routing');
    return `tax-engine failover: AvaTax 503, switching to TaxJar\n  avalara.account_id=${g.int(1100000000, 2999999999)} avalara.license_key=${lic}\n  taxjar.api_key=${tok}\n  remittance: bank routing ${rt} account ${acct}`;
  }],
  ['billcom', (g) => `billcom.properties\n  billcom.devKey=${g.v('billcom_devkey')}\n  billcom.userName=ap-automation\n  billcom.password=${g.v('password')}\n  billcom.mfaRememberMeId=${g.v('hex64_token')}\n  billcom.orgId=00801${g.b62(10)}\n=> Login failed BDC_1109 MFA required, remember-me expired`],
  ['expensify', (g) => `{"time":"${g.ts()}","level":50,"msg":"expensify poll failed","err":{"type":"FetchError","message":"request to https://integrations.expensify.com failed, reason: socket hang up"},"cfg":{"partnerUserID":"aa_api_finance_${g.int(100, 999)}","partnerUserSecret":"${g.v('expensify_secret')}","s3":{"accessKeyId":"${g.v('aws_key_id')}","secretAccessKey":"${g.v('aws_secret')}"}}}`],
  ['ramp', (g) => {
    const tok = g.v('ramp_token');
    const card = g.v('card_spaced');
    const wh = g.v('webhook_hex');
    return `ramp virtual card created for vendor "Northwind Freight" but GL coding failed\n  card: ${card} (limit ${g.amount()} USD)\n  Authorization: Bearer ${tok}\n  webhook secret: ${wh}`;
  }],
  ['brex', (g) => `brex-webhooks: secret rotated, two secrets active\n  BREX_WEBHOOK_SECRET_OLD=${g.v('stripe_whsec')}\n  BREX_API_TOKEN=${g.v('brex_token')}\n  BREX_API_TOKEN_SANDBOX=${g.v('brex_token')}`],
  ['plaid', (g) => `plaid-link-server crashed: TypeError: Cannot read properties of null (reading 'accounts')\n  PLAID_SECRET_PRODUCTION=${g.v('plaid_secret')}\n  PLAID_SECRET_DEVELOPMENT=${g.v('plaid_secret')}\n  last item access_token=${g.v('plaid_access')}\n  processor token for Dwolla: processor-production-${g.uuid()}`],
  ['yodlee', (g) => `YODLEE_ADMIN_LOGIN_NAME=${g.uuid()}\nYODLEE_CLIENT_SECRET=${g.v('zuora_client_secret')}\nYODLEE_COBRAND_PASSWORD=${g.v('password')}\n# token fetched at startup: ${g.v('jwt_rs')}\nstartup aborted: FastLink config missing`],
  ['gusto', (g) => {
    const tok = g.v('gusto_token');
    const wh = g.v('webhook_hex');
    const acct = g.v('account');
    const rt = g.v('routing');
    return `gusto webhook handler 500: KeyError 'payroll_uuid'\n  GUSTO_ACCESS_TOKEN=${tok}\n  GUSTO_WEBHOOK_VERIFICATION_TOKEN=${wh}\n  company funding account: routing=${rt} account=${acct}`;
  }],
  ['adp', (g) => {
    const key = g.v('private_key');
    return `ADP connector keystore export (debug) -- cert for client ${g.uuid()}\n${key}\nclient_secret=${g.v('adp_secret')}\nerror: PKIX path building failed`;
  }],
  ['freshbooks', (g) => `freshbooks_tokens.json (uploaded by mistake to ticket FIN-${g.int(100, 999)})\n{\n  "access_token": "${g.v('jwt_rs')}",\n  "refresh_token": "${g.v('hex64_token')}",\n  "client_secret": "${g.v('hex64_token')}",\n  "token_type": "Bearer"\n}`],
  ['intacct', (g) => `intacct.ini\n[sender]\nsender_id=LedgerSyncMPP\nsender_password=${g.v('password')}\n[login]\ncompany_id=PINEHILL-PROD\nuser_id=xml_gateway\nuser_password=${g.v('password')}\n[session]\nsession_id=${g.v('intacct_session')}\n; XL03000006 Sign-in information is incorrect`],
  ['xero', (g) => {
    const at = g.v('xero_access_token');
    const iban = g.v('iban_spaced');
    return `xero bank feed (Open Banking) statement line import failed: 400 "The bank account is not a bank feed account"\n  Authorization: Bearer ${at}\n  feedConnection.accountNumber=${iban.replace(/ /g, '')} (display ${iban})`;
  }],
];
