import { payBody, show, type Gen83 } from './blind-set-83-common';
import type { K83 } from './blind-set-83-values';

const project = (k: K83) => `${k.r.pick(['acme', 'orbit', 'lumen', 'kestrel'])}-${k.r.pick(['prod', 'billing', 'data'])}-${k.r.digits(6)}`;

/** A service-account key file's JSON, as it gets pasted into env vars and logs. */
export function saJson(k: K83, depth: number, p = project(k)): Record<string, string> {
  const sa = `${k.r.pick(['deployer', 'etl-runner', 'api-backend'])}@${p}.iam.gserviceaccount.com`;
  const key = depth > 0 ? k.pem(depth) : k.pemRaw();
  let pk = key;
  for (let i = 0; i < depth; i++) pk = JSON.parse(`"${pk}"`) as string;
  return { type: 'service_account', project_id: p, private_key_id: depth > 0 ? k.keyId() : k.r.hex(40), private_key: pk, client_email: sa, client_id: k.r.digits(21), auth_uri: 'https://accounts.google.com/o/oauth2/auth', token_uri: 'https://oauth2.googleapis.com/token', client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(sa)}`, universe_domain: 'googleapis.com' };
}

export const gcpAudit: Gen83 = (k) => {
  const p = project(k);
  const who = k.email();
  const v = k.r.int(0, 2);
  const req = v === 0
    ? { '@type': 'type.googleapis.com/google.iam.admin.v1.CreateServiceAccountKeyRequest', name: `projects/${p}/serviceAccounts/deployer@${p}.iam.gserviceaccount.com` }
    : v === 1 ? { '@type': 'type.googleapis.com/google.cloud.secretmanager.v1.AddSecretVersionRequest', parent: `projects/${p}/secrets/stripe-key`, payload: { data: k.b64of(k.stripe()) } }
    : { '@type': 'type.googleapis.com/google.cloud.run.v2.UpdateServiceRequest', service: { template: { containers: [{ env: [{ name: 'DB_PASSWORD', value: k.pwAny() }, { name: 'GITHUB_TOKEN', value: k.gh() }] }] } } };
  const resp = v === 0 ? { '@type': 'type.googleapis.com/google.iam.admin.v1.ServiceAccountKey', privateKeyData: k.c(Buffer.from(JSON.stringify(saJson(k, 0, p), null, 2)).toString('base64'), 'sa-key-b64'), keyAlgorithm: 'KEY_ALG_RSA_2048' } : { '@type': 'type.googleapis.com/google.longrunning.Operation', done: false };
  return show(k, { protoPayload: { '@type': 'type.googleapis.com/google.cloud.audit.AuditLog', status: {}, authenticationInfo: { principalEmail: who, principalSubject: `user:${who}` }, requestMetadata: { callerIp: k.r.next() < 0.7 ? k.ip() : k.ip6(), callerSuppliedUserAgent: 'google-cloud-sdk gcloud/468.0.0 command/gcloud.iam.service-accounts.keys.create', requestAttributes: {}, destinationAttributes: {} }, serviceName: 'iam.googleapis.com', methodName: 'google.iam.admin.v1.CreateServiceAccountKey', request: req, response: resp }, insertId: k.r.hex(12), resource: { type: 'service_account', labels: { project_id: p, unique_id: k.r.digits(21) } }, timestamp: k.ts(), severity: 'NOTICE', logName: `projects/${p}/logs/cloudaudit.googleapis.com%2Factivity` });
};

export const cloudRun: Gen83 = (k) => {
  const p = project(k);
  const base = { insertId: k.r.hex(16), resource: { type: 'cloud_run_revision', labels: { service_name: 'checkout-api', revision_name: `checkout-api-000${k.r.int(10, 99)}-${k.lower(3)}`, location: 'europe-west1', project_id: p } }, timestamp: k.ts(), severity: 'ERROR', trace: `projects/${p}/traces/${k.r.hex(32)}` };
  const v = k.r.int(0, 2);
  if (v === 0) return JSON.stringify({ ...base, httpRequest: { requestMethod: 'POST', requestUrl: `https://checkout-api-${k.r.hex(10)}-ew.a.run.app/v1/charge?session=${k.cookie()}`, status: 500, remoteIp: k.ip(), userAgent: 'Mozilla/5.0', latency: '0.412s' }, jsonPayload: { message: 'charge failed', body: payBody(k) } });
  if (v === 1) return JSON.stringify({ ...base, textPayload: `Error: connect ECONNREFUSED while using REDIS_URL=rediss://default:${k.pw()}@redis-${k.r.digits(5)}.c1.europe-west1-2.gce.cloud.redislabs.com:${k.r.int(10000, 19999)} for user ${k.email()} (card ${k.card()})` });
  return JSON.stringify({ ...base, jsonPayload: { msg: 'GOOGLE_APPLICATION_CREDENTIALS_JSON parse error', raw: JSON.stringify(saJson(k, 2, p)), customer: { phone: k.phone(), iban: k.iban() } } });
};

export const pubsubPush: Gen83 = (k) => {
  const inner = { event: 'subscription.updated', user: { email: k.email(), full_name: k.name(), billing_address: k.address() }, payment: { iban: k.iban(), mandate: `MD${k.r.digits(10)}` }, webhook_secret: k.webhook() };
  return `POST /_ah/push-handlers/billing 500\nBody: ${JSON.stringify({ message: { attributes: { eventType: 'subscription.updated' }, data: Buffer.from(JSON.stringify(inner)).toString('base64'), messageId: k.r.digits(16), publishTime: k.ts() }, subscription: `projects/${project(k)}/subscriptions/billing-push` })}\nDecoded data: ${JSON.stringify(inner)}`;
};

export const azureActivity: Gen83 = (k) => {
  const sub = k.r.uuid();
  const acct = `st${k.lower(8)}prod`;
  const caller = k.email();
  return show(k, { time: k.ts(), resourceId: `/SUBSCRIPTIONS/${sub.toUpperCase()}/RESOURCEGROUPS/RG-PROD/PROVIDERS/MICROSOFT.WEB/SITES/API-PROD/CONFIG/APPSETTINGS`, operationName: 'MICROSOFT.WEB/SITES/CONFIG/WRITE', category: 'Administrative', resultType: 'Success', callerIpAddress: k.ip(), correlationId: k.r.uuid(), identity: { claims: { name: k.name(), 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn': caller, ipaddr: k.ip() } }, properties: { requestbody: JSON.stringify({ properties: { AzureWebJobsStorage: `DefaultEndpointsProtocol=https;AccountName=${acct};AccountKey=${k.accountKey()};EndpointSuffix=core.windows.net`, AZURE_CLIENT_SECRET: k.clientSecret(), AZURE_CLIENT_ID: k.r.uuid() } }) } });
};

export const appService: Gen83 = (k) => {
  const acct = `st${k.lower(8)}`;
  return [
    `${k.ts()} [Error] Request failed: GET https://${acct}.blob.core.windows.net/invoices/${k.r.digits(7)}.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-01T00:00:00Z&st=2026-11-14T00:00:00Z&spr=https&sig=${k.sasSig()} -> 403`,
    `${k.ts()} [Information] Microsoft.AspNetCore.Hosting.Diagnostics: Request starting HTTP/1.1 POST https://api-prod.azurewebsites.net/api/signup application/json ${k.r.int(200, 900)}`,
    `${k.ts()} [Warning] SignupController: validation failed for ${JSON.stringify({ Email: k.email(), Phone: k.phone(), DateOfBirth: k.dob(), Password: k.pwAny() })} from ${k.ip()}`,
    `${k.ts()} [Error] Npgsql.PostgresException: 28P01: password authentication failed; ConnectionString="Host=pg-prod.postgres.database.azure.com;Database=app;Username=app@pg-prod;Password=${k.pw()};SslMode=Require"`,
  ].join('\n');
};

export const keyvault: Gen83 = (k) => {
  const vault = `kv-${k.lower(6)}-prod`;
  return JSON.stringify({ time: k.ts(), resourceId: `/SUBSCRIPTIONS/${k.r.uuid().toUpperCase()}/RESOURCEGROUPS/RG-SEC/PROVIDERS/MICROSOFT.KEYVAULT/VAULTS/${vault.toUpperCase()}`, operationName: 'SecretSet', operationVersion: '7.4', category: 'AuditEvent', resultType: 'Success', callerIpAddress: k.ip(), identity: { claim: { upn: k.email(), oid: k.r.uuid(), appid: k.r.uuid() } }, properties: { id: `https://${vault}.vault.azure.net/secrets/sql-admin/${k.r.hex(32)}`, clientInfo: 'azsdk-python-keyvault-secrets/4.8.0', requestUri: `https://${vault}.vault.azure.net/secrets/sql-admin?api-version=7.4`, httpStatusCode: 200, debugRequestBody: { value: `Server=tcp:sql-prod.database.windows.net,1433;User ID=sqladmin;Password=${k.pw()};Encrypt=True`, contentType: 'text/plain' }, debugNotes: `rotated by ${k.name()} after ticket SEC-${k.r.digits(4)}; backup card on file ${k.card()}` } });
};

export const azureFunctions: Gen83 = (k) => {
  const id = k.r.uuid();
  return [
    `${k.ts()} [Information] Executing 'Functions.PayoutTrigger' (Reason='This function was programmatically called via the host APIs.', Id=${id})`,
    `${k.ts()} [Information] Payout request: ${JSON.stringify(payBody(k))}`,
    `${k.ts()} [Error] Executed 'Functions.PayoutTrigger' (Failed, Id=${id}, Duration=${k.r.int(20, 3000)}ms)`,
    `Result: Failure Exception: Azure.RequestFailedException: Server failed to authenticate the request. Connection string: DefaultEndpointsProtocol=https;AccountName=st${k.lower(8)};AccountKey=${k.accountKey()};EndpointSuffix=core.windows.net`,
    `  x-functions-key: ${k.c(k.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 54) + '==', 'functions-key')}`,
  ].join('\n');
};

export const appInsights: Gen83 = (k) => JSON.stringify({
  name: 'AppTraces', time: k.ts(), iKey: k.r.uuid(), tags: { 'ai.cloud.role': 'orders-api', 'ai.location.ip': k.ip(), 'ai.user.authUserId': k.email(), 'ai.operation.id': k.r.hex(32) },
  data: { baseType: 'MessageData', baseData: { ver: 2, message: `Outbound call failed: POST https://api.sendgrid.com/v3/mail/send Authorization: Bearer ${k.sendgrid()}`, severityLevel: 3, properties: { CustomerName: k.name(), ShippingAddress: k.address(), CardNumber: k.card(), AccountNumber: k.account(), RoutingNumber: k.routing() } } },
});
