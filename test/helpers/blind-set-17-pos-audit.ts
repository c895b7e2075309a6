import { tok } from './blind-set-17-tokens';
import { b64, cred, iso17, jstr, ms17, pos, type PosCase17 } from './blind-set-17-types';

const ip = (r: Parameters<PosCase17>[0]): string => `${r.pick(['81', '92', '176', '203'])}.${r.int(1, 254)}.${r.int(1, 254)}.${r.int(1, 254)}`;

/** Audit trails, database statement logs, query history and GraphQL variables carrying credentials. */
export const posAudit: PosCase17[] = [
  (r) => {
    const k = tok['okta-api-token'](r);
    return pos('audit/okta-workflows', `{"flowName":"Unlock locked-out users","executionId":"${r.hex(32)}","status":"error","startedAt":"${iso17(r)}","card":{"app":"API Connector","action":"Raw Request","inputs":{"method":"GET","url":"https://acme.okta.com/api/v1/users?filter=status eq \\"LOCKED_OUT\\"","headers":{"Accept":"application/json","Authorization":"SSWS ${k}"}},"error":{"statusCode":429,"message":"Too Many Requests"}}}`, cred('okta-api-token', k));
  },
  (r) => {
    const id = tok['aws-key-id'](r);
    const sec = tok['aws-secret'](r);
    return pos('audit/cloudtrail-ecs-taskdef', `{"eventSource":"ecs.amazonaws.com","eventName":"RegisterTaskDefinition","awsRegion":"eu-central-1","sourceIPAddress":"${ip(r)}","requestParameters":{"family":"report-exporter","containerDefinitions":[{"name":"exporter","image":"${r.digits(12)}.dkr.ecr.eu-central-1.amazonaws.com/exporter:1.${r.int(0, 40)}.${r.int(0, 9)}","environment":[{"name":"AWS_ACCESS_KEY_ID","value":"${id}"},{"name":"AWS_SECRET_ACCESS_KEY","value":"${sec}"},{"name":"EXPORT_BUCKET","value":"finance-exports"}]}]}}`, cred('aws-key-id', id), cred('aws-secret', sec));
  },
  (r) => {
    const t = r.an(32);
    return pos('audit/github-hook-create', `{"@timestamp":${ms17(r)},"action":"hook.create","actor":"${r.pick(['mkowalczyk', 'priya-r', 'tanaka-k'])}","org":"kestrel-analytics","repo":"kestrel-analytics/ingest","hook_id":${r.num(9)},"config":{"content_type":"json","insecure_ssl":"0","url":"https://ci.kestrel-analytics.io/generic-webhook-trigger/invoke?token=${t}"},"events":["push"]}`, cred('webhook-token', t));
  },
  (r) => {
    const pw = r.urlPassword(16);
    return pos('audit/gworkspace-admin', `{"kind":"admin#reports#activity","id":{"time":"${iso17(r)}","applicationName":"admin","customerId":"C0${r.an(7)}"},"actor":{"email":"it-admin@northfieldclinic.org"},"events":[{"type":"APPLICATION_SETTINGS","name":"CHANGE_APPLICATION_SETTING","parameters":[{"name":"APPLICATION_NAME","value":"Gmail"},{"name":"SETTING_NAME","value":"Outbound gateway"},{"name":"OLD_VALUE","value":""},{"name":"NEW_VALUE","value":"smtp://relay-user:${pw}@smtp-relay.northfieldclinic.org:587"}]}]}`, cred('password', pw));
  },
  (r) => {
    const s = tok['auth0-client-secret'](r);
    return pos('audit/auth0-actions-log', `{"date":"${iso17(r)}","type":"sapi","description":"Action execution","details":{"action_name":"sync-to-crm","logs":"event.secrets = { CRM_CLIENT_ID: '${r.an(32)}', CRM_CLIENT_SECRET: '${s}' }\\nPOST https://crm.brightlane-logistics.com/oauth/token -> 400"},"client_id":"${r.an(32)}","log_id":"${r.num(56)}"}`, cred('auth0-client-secret', s));
  },
  (r) => {
    const pw = r.password(18);
    return pos('audit/vault-non-hmac', `{"time":"${iso17(r)}","type":"request","auth":{"client_token":"hmac-sha256:${r.hex(64)}","accessor":"hmac-sha256:${r.hex(64)}","display_name":"approle-ci","policies":["default","db-admin"]},"request":{"id":"${r.uuid()}","operation":"update","mount_type":"database","path":"database/config/orders-pg","data":{"connection_url":"postgresql://{{username}}:{{password}}@orders-pg:5432/orders","username":"vault_admin","password":"${pw}","plugin_name":"postgresql-database-plugin"},"remote_address":"10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}"}}`, cred('password', pw));
  },
  (r) => {
    const t = tok['vault-token'](r);
    return pos('audit/vault-log-raw', `{"time":"${iso17(r)}","type":"response","auth":{"accessor":"${r.an(24)}","display_name":"kubernetes-payments-api"},"request":{"id":"${r.uuid()}","operation":"update","path":"auth/kubernetes/login"},"response":{"auth":{"client_token":"${t}","accessor":"${r.an(24)}","policies":["default","payments-read"],"token_ttl":3600,"orphan":true}}}`, cred('vault-token', t));
  },
  (r) => {
    const v = b64(r.password(22));
    return pos('audit/k8s-secret-create', `{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"RequestResponse","auditID":"${r.uuid()}","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/payments/secrets","verb":"create","user":{"username":"system:serviceaccount:argocd:argocd-application-controller"},"objectRef":{"resource":"secrets","namespace":"payments","name":"ledger-db"},"requestObject":{"kind":"Secret","apiVersion":"v1","metadata":{"name":"ledger-db"},"data":{"DB_USER":"${b64('ledger')}","DB_PASSWORD":"${v}"},"type":"Opaque"},"responseStatus":{"code":201}}`, cred('k8s-secret-b64', v));
  },
  (r) => {
    const pw = r.password(16);
    return pos('audit/k8s-stringdata', `{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Request","verb":"patch","requestURI":"/api/v1/namespaces/search/secrets/es-creds?fieldManager=kubectl-client-side-apply","user":{"username":"oidc:${r.pick(['hannah.w', 'rafael.d'])}@kestrel-analytics.io"},"requestObject":{"stringData":{"ELASTIC_USERNAME":"elastic","ELASTIC_PASSWORD":"${pw}"}}}`, cred('password', pw));
  },
  (r) => {
    const pw = r.password(14);
    return pos('audit/pg-alter-role', `${iso17(r).replace('T', ' ').replace('Z', ' UTC')} [${r.int(1000, 99999)}] admin@orders LOG:  statement: ALTER ROLE reporting WITH LOGIN PASSWORD '${pw}' VALID UNTIL '2027-06-30';`, cred('password', pw));
  },
  (r) => {
    const k = tok['linear-key'](r);
    return pos('audit/pg-update-literal', `${iso17(r).replace('T', ' ').slice(0, 19)} UTC [${r.int(1000, 99999)}] LOG:  duration: ${r.int(1000, 9000)}.${r.digits(3)} ms  statement: UPDATE workspace_integrations SET access_token = '${k}', updated_at = now() WHERE workspace_id = ${r.int(1, 9999)} AND provider = 'linear'`, cred('linear-key', k));
  },
  (r) => {
    const pw = r.password(15);
    return pos('audit/mysql-general-log', `${iso17(r)}\t   ${r.int(10, 9999)} Query\tCREATE USER IF NOT EXISTS 'etl_loader'@'10.%' IDENTIFIED BY '${pw}'`, cred('password', pw));
  },
  (r) => {
    const id = tok['aws-key-id'](r);
    const sec = tok['aws-secret'](r);
    return pos('audit/snowflake-query-history', `QUERY_ID: 01b${r.hex(5)}-0000-${r.hex(4)}-0000-${r.hex(12)}\nUSER_NAME: DBT_PROD\nEXECUTION_STATUS: FAIL\nERROR_MESSAGE: SQL compilation error: Stage 'RAW.PUBLIC.S3_EVENTS' already exists.\nQUERY_TEXT: CREATE STAGE raw.public.s3_events URL='s3://kestrel-events-raw/' CREDENTIALS=(AWS_KEY_ID='${id}' AWS_SECRET_KEY='${sec}') FILE_FORMAT=(TYPE=JSON);`, cred('aws-key-id', id), cred('aws-secret', sec));
  },
  (r) => {
    const k = tok['mailchimp-key'](r);
    return pos('audit/bigquery-jobs', `{"jobId":"bquxjob_${r.hex(8)}_${r.hex(12)}","user_email":"looker-sa@marketing-prod.iam.gserviceaccount.com","state":"DONE","error_result":{"reason":"invalidQuery"},"query":"SELECT list_id, COUNT(*) FROM \`marketing-prod.crm.mailchimp_sync\` WHERE api_key = '${k}' GROUP BY 1"}`, cred('mailchimp-key', k));
  },
  (r) => {
    const pw = r.password(16);
    return pos('audit/mongo-profiler', `{"op":"update","ns":"tenant_cfg.settings","command":{"q":{"tenantId":"${r.hex(24)}"},"u":{"$set":{"smtp.host":"smtp.office365.com","smtp.user":"billing@brightlane-logistics.com","smtp.password":"${pw}"}},"multi":false,"upsert":false},"keysExamined":1,"docsExamined":1,"millis":${r.int(100, 900)},"ts":{"$date":"${iso17(r)}"},"client":"10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}","user":"app@admin"}`, cred('password', pw));
  },
  (r) => {
    const k = tok['hubspot-pat'](r);
    return pos('audit/graphql-variables', `[apollo] GraphQLError: Integration validation failed\n  operationName: ConnectIntegration\n  variables: {"input":{"workspaceId":"ws_${r.an(12)}","provider":"HUBSPOT","accessToken":"${k}","scopes":["crm.objects.contacts.read"]}}\n  path: ["connectIntegration"]`, cred('hubspot-pat', k));
  },
  (r) => {
    const pw = r.password(13);
    return pos('audit/graphql-login', `{"level":"warn","msg":"slow resolver","operation":"mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }","variables":"{\\"email\\":\\"${r.pick(['dispatch', 'frontdesk', 'warehouse'])}@brightlane-logistics.com\\",\\"password\\":\\"${jstr(pw)}\\"}","durationMs":${r.int(2000, 9000)}}`, cred('password', jstr(pw)));
  },
  (r) => {
    const id = tok['aws-key-id'](r);
    const sec = tok['aws-secret'](r);
    return pos('audit/clickhouse-query-log', `Row 1:\n──────\ntype:          ExceptionWhileProcessing\nevent_time:    ${iso17(r).replace('T', ' ').slice(0, 19)}\nquery:         INSERT INTO events_archive SELECT * FROM s3('https://kestrel-archive.s3.eu-west-1.amazonaws.com/2026/*.parquet', '${id}', '${sec}', 'Parquet')\nexception:     Code: 499. DB::Exception: Access Denied. (S3_ERROR)`, cred('aws-key-id', id), cred('aws-secret', sec));
  },
  (r) => {
    const pw = r.password(17);
    return pos('audit/pg-user-mapping', `${iso17(r).replace('T', ' ').slice(0, 19)} UTC [${r.int(1000, 99999)}] postgres@analytics ERROR:  server "legacy_erp" does not exist\n${iso17(r).replace('T', ' ').slice(0, 19)} UTC [${r.int(1000, 99999)}] postgres@analytics STATEMENT:  CREATE USER MAPPING FOR analytics_ro SERVER legacy_erp OPTIONS (user 'erp_reader', password '${pw}');`, cred('password', pw));
  },
  (r) => {
    const k = tok['databricks-token'](r);
    return pos('audit/databricks-audit', `{"serviceName":"jobs","actionName":"runNow","timestamp":${ms17(r)},"userIdentity":{"email":"airflow@kestrel-analytics.io"},"requestParams":{"job_id":"${r.num(15)}","notebook_params":"{\\"env\\":\\"prod\\",\\"sync_token\\":\\"${k}\\"}"},"response":{"statusCode":200}}`, cred('databricks-token', k));
  },
  (r) => {
    const k = tok['terraform-cloud-token'](r);
    return pos('audit/atlantis-audit', `time=${iso17(r)} level=info msg="running workflow" repo=kestrel-analytics/infra pull=${r.int(100, 999)} env="TF_TOKEN_app_terraform_io=${k} TF_IN_AUTOMATION=1 TF_WORKSPACE=prod"`, cred('terraform-cloud-token', k));
  },
  (r) => {
    const k = tok['doppler-token'](r);
    return pos('audit/argocd-app-update', `time="${iso17(r)}" level=info msg="admin updated application 'billing-api'" application=billing-api dest-namespace=billing project=payments spec.source.helm.parameters=[{"name":"image.tag","value":"2.${r.int(0, 30)}.${r.int(0, 9)}"},{"name":"env.DOPPLER_TOKEN","value":"${k}"}]`, cred('doppler-token', k));
  },
];
