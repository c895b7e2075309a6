import { B62, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import { awsKeyId, awsSecret, b64u, jwt, pw, ts } from './blind-set-14-tokens';
import { cred, pos, type PosCase14 } from './blind-set-14-types';

/** Credentials of ERP, HR, logistics, telco, MLOps and regional providers, and common ones in new contexts. */
export const credExtra: PosCase14[] = [
  (r) => {
    const s = r.hex(64);
    const t = r.hex(64);
    return pos('netsuite/tba-header', `NetSuite RESTlet 403 INVALID_LOGIN_ATTEMPT\n  Authorization: OAuth realm="${r.int(1000000, 9999999)}", oauth_consumer_key="${r.hex(64)}", oauth_token="${r.hex(64)}", oauth_signature_method="HMAC-SHA256"\n  (consumer_secret=${s} token_secret=${t})`, cred('netsuite-consumer-secret', s), cred('netsuite-token-secret', t));
  },
  (r) => {
    const k = r.hex(40);
    return pos('odoo/xmlrpc', `xmlrpc.client.Fault: <Fault 3: 'Access Denied'>\n  models.execute_kw('acme-prod', ${r.int(2, 90)}, '${k}', 'res.partner', 'search_read', [[['is_company', '=', True]]])`, cred('odoo-api-key', k));
  },
  (r) => {
    const p = pw(r, 16);
    return pos('sap/odata-basic', `com.sap.cloud.sdk.datamodel.odata.client.exception.ODataResponseException: 401\n  destination: {Name=S4HANA_PRD, URL=https://my${r.digits(6)}-api.s4hana.cloud.sap, Authentication=BasicAuthentication, User=COMM_USER_ORDERS, Password=${p}}`, cred('sap-password', p));
  },
  (r) => {
    const k = `shippo_live_${r.hex(40)}`;
    return pos('shippo/python-requests', `DEBUG:urllib3.connectionpool:https://api.goshippo.com:443 "POST /transactions/ HTTP/1.1" 401 None\nDEBUG:shippo:headers={'Authorization': 'ShippoToken ${k}', 'Shippo-API-Version': '2018-02-08'}`, cred('shippo-token', k));
  },
  (r) => {
    const k = `EZAK${r.hex(54)}`;
    return pos('easypost/ruby', `EasyPost::Errors::UnauthorizedError (APIKeyInvalid)\n  EasyPost::Client.new(api_key: '${k}')\n  from app/jobs/label_job.rb:14:in 'perform'`, cred('easypost-key', k));
  },
  (r) => {
    const s = r.b62(16);
    return pos('vonage/sms-php', `Vonage\\Client\\Exception\\Request: Bad Credentials\n#0 /var/www/vendor/vonage/client-core/src/Client.php(412)\nnew Basic(key: '${r.hex(8)}', secret: '${s}')`, cred('vonage-secret', s));
  },
  (r) => {
    const k = `KEY${r.hex(32).toUpperCase()}_${r.b62(22)}`;
    return pos('telnyx/go', `telnyx: POST https://api.telnyx.com/v2/messages: 401 Authentication failed\n  req.Header: map[Authorization:[Bearer ${k}] Content-Type:[application/json]]`, cred('telnyx-key', k));
  },
  (r) => {
    const k = `App ${r.hex(32)}-${r.hex(32)}`;
    return pos('infobip/okhttp', `--> POST https://${r.chars(LOWER + DIGITS, 6)}.api.infobip.com/sms/2/text/advanced\nAuthorization: ${k}\nContent-Type: application/json\n<-- 401 Unauthorized (212ms)`, cred('infobip-key', k.slice(4)));
  },
  (r) => {
    const k = r.hex(40);
    return pos('wandb/train-log', `wandb: ERROR api_key not configured (no-tty). call wandb.login(key=[your_api_key])\n+ WANDB_API_KEY=${k} python train.py --epochs 30 --run-name churn-v7`, cred('wandb-key', k));
  },
  (r) => {
    const t = `hf_${r.chars(UPPER + LOWER, 34)}`;
    return pos('sagemaker/hf-token', `${ts(r)} [sagemaker] ValueError: 401 Unauthorized for model meta-llama/Llama-3.1-8B\n  environment={'HF_MODEL_ID': 'meta-llama/Llama-3.1-8B', 'HUGGING_FACE_HUB_TOKEN': '${t}', 'SM_NUM_GPUS': '1'}`, cred('huggingface', t));
  },
  (r) => {
    const t = `dapi${r.hex(32)}`;
    return pos('databricks/feature-store', `databricks.sdk.errors.platform.Unauthenticated: Invalid access token.\n  FeatureEngineeringClient(host="https://adb-${r.digits(16)}.7.azuredatabricks.net", token="${t}")`, cred('databricks-token', t));
  },
  (r) => {
    const k = `gsk_${r.b62(52)}`;
    return pos('groq/langchain', `langchain_groq.chat_models: groq.AuthenticationError: Error code: 401\n  ChatGroq(model='llama-3.3-70b-versatile', groq_api_key=SecretStr('${k}'))`, cred('groq-key', k));
  },
  (r) => {
    const k = `pcsk_${r.b62(5)}_${r.b62(63)}`;
    return pos('pinecone/feast-online', `feast.errors: OnlineStoreError: pinecone.core.openapi.shared.exceptions.UnauthorizedException: (401)\n  online_store: {type: pinecone, api_key: ${k}, index: churn-features}`, cred('pinecone-key', k));
  },
  (r) => {
    const s = jwt(r, { iss: 'https://acme.eu.auth0.com/', sub: `${r.b62(32)}@clients`, aud: 'https://api.acme.io', gty: 'client-credentials', exp: 1780000000 }, 'RS256');
    return pos('auth0/m2m-token-log', `auth0-python: GET /api/v2/users?q=email%3A* 403 Insufficient scope; Authorization: Bearer ${s}`, cred('auth0-access-token', s));
  },
  (r) => {
    const t = `00${b64u(r, 40)}`;
    return pos('okta/scim-provisioning', `com.okta.sdk.resource.ResourceException: HTTP 401, Okta E0000011 (Invalid token provided)\n  OktaClient.builder().setOrgUrl("https://acme.okta.com").setClientCredentials(new TokenClientCredentials("${t}"))`, cred('okta-token', t));
  },
  (r) => {
    const a = awsKeyId(r, 'ASIA');
    const s = awsSecret(r);
    return pos('glue/spark-conf', `26/12/04 07:41:19 WARN S3AFileSystem: Could not access s3a://acme-lake/raw/\n  spark.hadoop.fs.s3a.access.key=${a}\n  spark.hadoop.fs.s3a.secret.key=${s}\n  spark.hadoop.fs.s3a.session.token=IQoJb3JpZ2luX2Vj${r.b64(120)}`, cred('aws-key-id', a), cred('aws-secret', s));
  },
  (r) => {
    const p = pw(r, 20);
    return pos('bigquery/dbt-profile', `Runtime Error\n  Could not connect: profiles.yml target 'prod' { type: snowflake, account: ${r.chars(LOWER, 7)}-${r.chars(LOWER, 7)}, user: DBT_CLOUD, password: '${p}', role: TRANSFORMER }`, cred('snowflake-password', p));
  },
  (r) => {
    const t = `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`;
    return pos('k8s/describe-secret-decoded', `$ kubectl get secret slack-export -o jsonpath='{.data.token}' | base64 -d\n${t}\n$ kubectl logs deploy/slack-export | tail -1\nslack_sdk.errors.SlackApiError: invalid_auth`, cred('slack-user', t));
  },
  (r) => {
    const k = r.hex(32);
    return pos('helm/values-debug', `USER-SUPPLIED VALUES:\nalgolia:\n  appId: ${r.chars(UPPER + DIGITS, 10)}\n  adminApiKey: ${k}\n`, cred('algolia-admin', k));
  },
  (r) => {
    const t = `github_pat_${r.b62(22)}_${r.b62(59)}`;
    return pos('actions/set-x-trace', `##[group]Run git clone\n+ git clone https://x-access-token:${t}@github.com/acme/infra-live.git\nfatal: Authentication failed for 'https://github.com/acme/infra-live.git/'`, cred('github-fine-grained', t));
  },
  (r) => {
    const k = `lin_api_${r.b62(40)}`;
    return pos('linear/graphql', `LinearError: Authentication required, not authenticated - You need to authenticate to access this operation.\n  new LinearClient({ apiKey: "${k}" })`, cred('linear-key', k));
  },
  (r) => {
    const s = `pdl_ntfset_${r.chars(LOWER + DIGITS, 26)}_${r.chars(B62, 32)}`;
    return pos('paddle/webhook-secret', `paddle-node-sdk: webhook signature mismatch (h1 differs); Paddle.webhooks.unmarshal(body, secretKey='${s}', signature)`, cred('paddle-webhook-secret', s));
  },
];
