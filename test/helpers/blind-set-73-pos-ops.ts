import { js73, type PosTpl73 } from './blind-set-73-core';
import { basic73 } from './blind-set-73-creds';
import { K, card, db, dbIso, e164, em, fn, gn, iban, jwt, nid, nm, ph, pw, st, upw, userIp, who, whoId, whoPlain } from './blind-set-73-h';

/** Integration plumbing: CSV import reports, SFTP drops, GraphQL gateways, iPaaS configs, queues and CI secrets around the people data. */
export const POS_OPS73: PosTpl73[] = [
  { src: 'csv', name: 'import-report', make: (x) => {
    const a = whoId(x), b = who(x);
    return `customers_${x.r.digits(8)}.csv import report: 2 rows rejected\nrow,error,full_name,email,phone,national_id,date_of_birth\n${x.int(2, 900)},"phone: invalid for region ${a.cc}","${nm(x, a)}",${em(x, a)},"${ph(x, a)}",${nid(x, a).value},${db(x, a)}\n${x.int(901, 2000)},"email: duplicate","${nm(x, b)}",${em(x, b)},"${ph(x, b)}",,\nsource: s3://globex-imports/incoming (key ${K(x, 'aws_akid')} / ${K(x, 'aws_secret')})`;
  } },
  { src: 'csv', name: 'semicolon-eu-export', make: (x) => {
    const P = who(x, x.pick(['DE', 'FR', 'NL', 'PL', 'IT', 'ES']));
    return `Fehler beim Import (Zeile ${x.int(2, 500)}): Ungültige IBAN\nVorname;Nachname;Straße;PLZ;Ort;IBAN;Geburtsdatum\n${gn(x, P)};${fn(x, P)};${st(x, P)};${P.postcode};${P.city};${iban(x, P.cc, false)};${db(x, P)}\nSFTP-Zugang: user=import pass=${pw(x)} host=sftp.globex.de`;
  } },
  { src: 'sftp', name: 'sftp-paramiko', make: (x) => `paramiko.ssh_exception.AuthenticationException: Authentication failed.\n  host=sftp.bank-partner.com port=22 username=globex_payouts password='${pw(x)}'\n  pkey passphrase='${pw(x)}'\n  remote_path=/outbound/PAIN001_${x.r.digits(8)}.xml` },
  { src: 'sftp', name: 'sftp-private-key', make: (x) => `ERROR: could not load SFTP identity for partner "payroll-eu": passphrase required\n---- identity (from SFTP_PRIVATE_KEY) ----\n${K(x, 'pem_key')}\n---- end ----\nhost key fingerprint SHA256:${x.r.b64(32).replace(/=+$/, '')}` },
  { src: 'gql', name: 'gateway-variables', make: (x) => {
    const P = whoId(x);
    return `apollo-gateway: subgraph "identity" returned errors for operation UpdateCustomer\n  variables: ${js73({ id: x.uuid(), patch: { givenName: P.name.given, familyName: P.name.family, email: em(x, P), phone: ph(x, P), taxId: nid(x, P).value } })}\n  forwarded headers: authorization=Bearer ${jwt(x, 'https://auth.globex.io', x.uuid())}; x-internal-key=${K(x, 'b62_40')}`;
  } },
  { src: 'gql', name: 'hasura-constraint', make: (x) => {
    const P = who(x);
    return `{"errors":[{"extensions":{"path":"$.selectionSet.insert_customers_one.args.object","code":"constraint-violation"},"message":"Uniqueness violation. duplicate key value violates unique constraint \\"customers_email_key\\""}]} x-hasura-admin-secret=${x.c('hasura_admin', x.r.b62(32))} object={"name":"${nm(x, P)}","email":"${em(x, P)}","dob":"${dbIso(x, P)}"}`;
  } },
  { src: 'ipaas', name: 'mulesoft-props', make: (x) => `# mule-app.properties (secure properties decrypted in error dump)\nsalesforce.password=${pw(x)}\nsalesforce.securityToken=${x.c('sf_security_token', x.r.b62(25))}\nworkday.isu.password=${pw(x)}\nsftp.payroll.password=${pw(x)}\nonfido.token=${K(x, 'onfido')}\nanypoint.client_secret=${x.c('oauth_client_secret', x.hex(32))}` },
  { src: 'ipaas', name: 'zapier-task-log', make: (x) => {
    const P = who(x);
    return `Zap ${x.r.digits(9)} step 3 (Webhooks by Zapier) halted: 401\n  URL: https://hooks.globex.io/inbound?token=${K(x, 'b62_32')}\n  Data: name=${nm(x, P)} | email=${em(x, P)} | phone=${ph(x, P)}\n  Headers: X-Api-Key: ${K(x, 'hex40')}`;
  } },
  { src: 'queue', name: 'kafka-dlq', make: (x) => {
    const P = whoId(x);
    return `DLQ customer.upserted.v2 partition=${x.int(0, 11)} offset=${x.int(100000, 9999999)} error="SchemaValidation: birthDate not ISO-8601"\nvalue=${js73({ customerId: x.uuid(), name: { given: gn(x, P), family: fn(x, P) }, birthDate: db(x, P), address: { line1: st(x, P), postcode: P.postcode, country: P.cc } })}\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${x.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}" password="${x.c('confluent_secret', x.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64))}";`;
  } },
  { src: 'queue', name: 'sidekiq-args', make: (x) => {
    const P = who(x);
    return `WARN: Sidekiq job failed class=PayoutNotifier jid=${x.hex(24)} retry_count=3\n  args=["${em(x, P)}", "${nm(x, P)}", "${iban(x, undefined, false)}", {"api_key"=>"${K(x, 'stripe_sk')}"}]\n  error_message: "Connection refused - connect(2) for redis://:${upw(x)}@redis-payouts:6379"`;
  } },
  { src: 'queue', name: 'celery-task-repr', make: (x) => {
    const P = who(x);
    return `[ERROR/ForkPoolWorker-${x.int(1, 16)}] Task kyc.tasks.submit_applicant[${x.uuid()}] raised unexpected: HTTPError('401 Unauthorized')\n  args: ('${x.uuid()}',) kwargs: {'email': '${em(x, P)}', 'phone': '${e164(x, P)}', 'token': '${K(x, 'onfido')}', 'sumsub_secret': '${x.c('sumsub_secret', x.r.b62(32))}'}`;
  } },
  { src: 'ci', name: 'github-actions-env', make: (x) => `Run ./scripts/sync-customers.sh\n  env:\n    GH_TOKEN: ${K(x, 'github_pat')}\n    SLACK_WEBHOOK_URL: ${K(x, 'slack_webhook')}\n    DATADOG_API_KEY: ${K(x, 'datadog')}\n    PGPASSWORD: ${pw(x)}\n+ psql -h prod-db -U sync -c "select 1"\npsql: error: FATAL: password authentication failed for user "sync"` },
  { src: 'ci', name: 'terraform-plan', make: (x) => `  # aws_ssm_parameter.kyc_vendor_token will be updated in-place\n  ~ resource "aws_ssm_parameter" "kyc_vendor_token" {\n      ~ value = (sensitive value)\n    }\n  # (debug) TF_VAR_kyc_token=${K(x, 'onfido')}\n  # (debug) TF_VAR_address_api_key=${K(x, 'google_key')}\n  # (debug) TF_VAR_db_password=${pw(x)}` },
  { src: 'obs', name: 'slack-alert-payload', make: (x) => {
    const P = who(x);
    return `slack notify failed (channel_not_found) url=${K(x, 'slack_webhook')} bot_token=${K(x, 'slack_bot')}\n  text=":rotating_light: KYC rejected for ${nm(x, P)} (${em(x, P)}) from ${userIp(x)}"`;
  } },
  { src: 'obs', name: 'nginx-query-leak', make: (x) => {
    const P = whoPlain(x, undefined, true);
    return `${userIp(x)} - - [${x.int(10, 28)}/Apr/2025:${x.int(10, 23)}:${x.int(10, 59)}:${x.int(10, 59)} +0000] "GET /api/v1/lookup?email=${em(x, P)}&dob=${dbIso(x, P)}&access_token=${K(x, 'b62_40')} HTTP/1.1" 401 59 "-" "okhttp/4.12.0"`;
  } },
  { src: 'obs', name: 'java-tostring-customer', make: (x) => {
    const P = whoId(x);
    const c = card(x);
    return `org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_customer_tax_id]\n\tat com.globex.customer.CustomerService.save(CustomerService.java:214)\nentity=Customer(id=null, fullName=${nm(x, P)}, email=${em(x, P)}, taxId=${nid(x, P).value}, defaultCard=${c.pan}, createdBy=svc-sync)\ndatasource=jdbc:postgresql://cust-db:5432/cust?user=cust_app&password=${upw(x)}`;
  } },
  { src: 'obs', name: 'php-var-dump', make: (x) => {
    const P = who(x);
    const tok = K(x, 'onfido');
    return `PHP Fatal error:  Uncaught GuzzleHttp\\Exception\\ClientException: Client error: \`POST https://api.onfido.com/v3.6/applicants\` resulted in a \`401 Unauthorized\`\narray(4) {\n  ["token"]=> string(${tok.length}) "${tok}"\n  ["first_name"]=> string(${P.name.given.length}) "${gn(x, P)}"\n  ["last_name"]=> string(${P.name.family.length}) "${fn(x, P)}"\n  ["email"]=> string(${P.email.length}) "${em(x, P)}"\n}`;
  } },
  { src: 'obs', name: 'http-dump-basic-jwt', make: (x) => {
    const P = who(x);
    const user = 'globex-int';
    return `--> PUT https://hris.example-vendor.io/v2/workers/${x.r.digits(6)}\nAuthorization: Basic ${x.c('basic_auth', basic73(user, x.r.urlPassword(18)))}\nX-Client-Assertion: ${jwt(x, 'globex-int', 'hris-client')}\n{"preferred_name":"${nm(x, P)}","personal_email":"${em(x, P)}","mobile":"${ph(x, P)}"}\n<-- 409 Conflict (312ms)`;
  } },
  { src: 'obs', name: 'shopify-webhook-customer', make: (x) => {
    const P = who(x);
    return `shopify webhook customers/create HMAC verification failed (secret ${K(x, 'shopify_ss')}) ; admin token ${K(x, 'shopify_at')}\n${js73({ id: x.int(1e12, 9e12), email: em(x, P), first_name: P.name.given, last_name: P.name.family, phone: e164(x, P), default_address: { address1: st(x, P), zip: P.postcode, country_code: P.cc, name: nm(x, P) } })}`;
  } },
  { src: 'obs', name: 'azure-blob-export', make: (x) => {
    const P = whoId(x);
    return `Azure.RequestFailedException: This request is not authorized to perform this operation. Status: 403\n  ConnectionString=DefaultEndpointsProtocol=https;AccountName=globexhrexports;AccountKey=${K(x, 'azure_storage')};EndpointSuffix=core.windows.net\n  blob=hr/${x.r.digits(8)}/${P.name.handle}.json first line: {"employee":"${nm(x, P)}","ssn_or_national_id":"${nid(x, P).value}","bank":"${iban(x)}"}`;
  } },
];
