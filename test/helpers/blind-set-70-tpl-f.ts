import { aba70, acct70, dob70, ssn70 } from './blind-set-70-people';
import { basic70, jsonEsc70, pem70, S70, type Tpl70 } from './blind-set-70-secrets';

/** Configuration dumps, CI logs, unified HRIS APIs and notification side channels of payroll services. */
export const TPL70_F: Tpl70[] = [
  { src: 'config', name: 'yaml-dump', make: (c) => {
    const r = c.r;
    return `Fatal: could not start payroll-sync (config validation failed: integrations.gusto.api_version unsupported)
effective config:
integrations:
  gusto:
    client_secret: ${c.c(S70.b64url(r, 32), 'gusto-client-secret')}
    api_version: "2022-01-01"
  plaid:
    env: production
    secret: "${c.c(S70.plaidSecret(r), 'plaid-secret')}"
  sendgrid:
    api_key: '${c.c(S70.sendgrid(r), 'sendgrid-api-key')}'
  check:
    api_key: ${c.c(S70.hex(r, 40), 'check-api-key')}`;
  } },
  { src: 'config', name: 'k8s-env-json', make: (c) => {
    const r = c.r;
    return `{"level":"fatal","msg":"missing ADP_ORG_OID","pod":"payroll-worker-${r.hex(10)}-${r.chars('bcdfghjklmnpqrstvwxz2456789', 5)}","env":{"NODE_ENV":"production","ADP_CLIENT_ID":"${r.uuid()}","ADP_CLIENT_SECRET":"${c.c(r.uuid(), 'adp-client-secret')}","ADP_CERT_KEY":"${c.c(jsonEsc70(pem70(r, 'PRIVATE KEY')), 'private-key')}","REDIS_URL":"redis://:${c.c(S70.urlPassword(r), 'redis-password')}@10.0.${r.int(0, 255)}.${r.int(2, 250)}:6379/0"}}`;
  } },
  { src: 'config', name: 'terraform-plan', make: (c) => {
    const r = c.r;
    return `Error: creating Transfer Family user (payroll-sftp): ResourceExistsException
  # aws_secretsmanager_secret_version.paychex will be created
  + resource "aws_secretsmanager_secret_version" "paychex" {
      + secret_string = jsonencode({
          + client_secret = "${c.c(S70.opaque(r, 32), 'paychex-client-secret')}"
          + sftp_password = "${c.c(S70.password(r), 'sftp-password')}"
        })
    }
  provider "aws" { access_key = "${c.c(S70.awsKeyId(r), 'aws-access-key-id')}" secret_key = "${c.c(S70.awsSecret(r), 'aws-secret-access-key')}" }`;
  } },
  { src: 'config', name: 'gha-log', make: (c) => {
    const r = c.r;
    return `2026-05-1${r.int(0, 9)}T0${r.int(0, 9)}:0${r.int(0, 9)}:17.${r.digits(7)}Z ##[group]Run ./scripts/deploy-tax-bridge.sh --taxjar-key ${c.c(S70.hex(r, 32), 'taxjar-api-token')} --avalara-license ${c.c(S70.avalaraLicense(r), 'avalara-license-key')}
2026-05-1${r.int(0, 9)}T0${r.int(0, 9)}:0${r.int(0, 9)}:18.${r.digits(7)}Z fatal: could not read Username for 'https://github.com': terminal prompts disabled
2026-05-1${r.int(0, 9)}T0${r.int(0, 9)}:0${r.int(0, 9)}:18.${r.digits(7)}Z remote: https://x-access-token:${c.c(S70.githubPat(r), 'github-pat')}@github.com/acme/payroll-infra.git
##[error]Process completed with exit code 128.`;
  } },
  { src: 'config', name: 'azure-conn', make: (c) => {
    const r = c.r; const acct = `payrollexports${r.digits(3)}`;
    return `Azure.RequestFailedException: Server failed to authenticate the request. Status: 403 (AuthenticationFailed)
ErrorCode: AuthenticationFailed
   at Payroll.Exports.BlobArchiver.ArchiveW2Async() in /src/Exports/BlobArchiver.cs:line 58
ConnectionString: DefaultEndpointsProtocol=https;AccountName=${acct};AccountKey=${c.c(S70.azureKey(r), 'azure-storage-key')};EndpointSuffix=core.windows.net`;
  } },
  { src: 'config', name: 'dotenv-diff', make: (c) => {
    const r = c.r;
    return `pre-commit hook detect-secrets blocked commit; staged diff of .env.production:
-GUSTO_ACCESS_TOKEN=${c.c(S70.b64url(r, 32), 'gusto-access-token')}
+GUSTO_ACCESS_TOKEN=${c.c(S70.b64url(r, 32), 'gusto-access-token')}
-PLAID_SECRET=${c.c(S70.plaidSecret(r), 'plaid-secret')}
+PLAID_SECRET=
 PLAID_CLIENT_ID=${r.hex(24)}
+TWILIO_AUTH_TOKEN=${c.c(S70.twilioToken(r), 'twilio-auth-token')}`;
  } },
  { src: 'config', name: 'error-event-json', make: (c) => {
    const r = c.r; const p = c.who();
    return `{"event_id":"${r.hex(32)}","level":"error","exception":{"values":[{"type":"PayrollSyncError","value":"Deel contract ${r.chars('abcdefghijkmnpqrstuvwxyz23456789', 7)} has no payment cycle"}]},"request":{"url":"https://hr.internal/api/contracts/sync","headers":{"Authorization":"Bearer ${c.c(S70.opaque(r, 64), 'deel-api-token')}","Cookie":"_hr_session=${c.c(S70.b64url(r, 48), 'session-token')}"},"data":{"worker_email":"${c.p(p.email, 'email')}","worker_name":"${c.p(p.full, 'person-name')}"}}}`;
  } },
  { src: 'config', name: 'laravel-log', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `[2026-0${r.int(1, 9)}-1${r.int(0, 9)} 1${r.int(0, 9)}:2${r.int(0, 9)}:0${r.int(0, 9)}] production.ERROR: ADP worker sync failed {"exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: 400): ...)","config":{"adp":{"client_secret":"${c.c(r.uuid(), 'adp-client-secret')}","ssl_key_password":"${c.c(S70.password(r), 'keystore-password')}"}},"worker":{"name":"${c.p(p.full, 'person-name')}","ssn":"${c.p(ssn70(r), 'ssn')}","dob":"${c.p(dob70(p, 'iso'), 'birth-date')}"}}`;
  } },
  { src: 'config', name: 'workday-raas', make: (c) => {
    const r = c.r; const pw = S70.urlPassword(r);
    return `RaaS extract failed: HTTP 401 from https://ISU_Payroll_Integration:${c.c(pw, 'workday-isu-password')}@wd5-services1.myworkday.com/ccx/service/customreport2/acme/ISU_Payroll_Integration/Payroll_Census?format=json
retry with header Authorization: Basic ${c.c(basic70('ISU_Payroll_Integration@acme', pw), 'basic-auth')}`;
  } },
  { src: 'config', name: 'gcp-sa-json', make: (c) => {
    const r = c.r;
    return `google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant'})
service account file contents (payroll-recon):
{"type": "service_account", "project_id": "acme-payroll-${r.digits(4)}", "private_key": "${c.c(jsonEsc70(pem70(r, 'PRIVATE KEY')), 'private-key')}\\n", "client_email": "payroll-recon@acme-payroll.iam.gserviceaccount.com", "token_uri": "https://oauth2.googleapis.com/token"}`;
  } },
  { src: 'config', name: 'twilio-paystub-sms', make: (c) => {
    const r = c.r; const p = c.who(); const sid = `AC${r.hex(32)}`;
    return `TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number ${c.p(p.phone, 'phone')} is not a valid phone number.
  POST https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json
  auth: ${sid}:${c.c(S70.twilioToken(r), 'twilio-auth-token')}
  Body: "Hi ${c.p(p.full, 'person-name')}, your payslip for May is ready in the portal."`;
  } },
  { src: 'config', name: 'merge-hris', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `MergeHRISError: 429 Too Many Requests on GET /api/hris/v1/employees?include_sensitive_fields=true
  Authorization: Bearer ${c.c(S70.opaque(r, 64), 'merge-api-key')}
  X-Account-Token: ${c.c(S70.opaque(r, 50), 'merge-account-token')}
  last item: {"id":"${r.uuid()}","first_name":"${c.p(p.first, 'person-name')}","last_name":"${c.p(p.last, 'person-name')}","ssn":"${c.p(ssn70(r), 'ssn')}","home_location":{"street_1":"${c.p(p.street, 'street-address')}"},"date_of_birth":"${c.p(dob70(p, 'iso'), 'birth-date')}T00:00:00Z"}`;
  } },
  { src: 'config', name: 'stripe-treasury-payout', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `Stripe::InvalidRequestError: No such external account: 'ba_${S70.opaque(r, 24)}'
  request: POST /v1/treasury/outbound_payments (api key ${c.c(S70.stripeLive(r), 'stripe-secret-key')})
  destination_payment_method_data[us_bank_account][routing_number]=${c.f(aba70(r), 'aba-routing')}&destination_payment_method_data[us_bank_account][account_number]=${c.f(acct70(r), 'bank-account')}&destination_payment_method_data[billing_details][name]=${c.p(encodeURIComponent(p.full), 'person-name')}`;
  } },
];
