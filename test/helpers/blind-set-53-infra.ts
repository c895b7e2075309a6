import type { Area53 } from './blind-set-53-types';

/** The platform under the construction apps: CI, cloud, databases, mail and chat plumbing of contractors and facility operators. */
export const INFRA53: Area53 = {
  area: 'infra',
  templates: [
    ['aws-creds-drawings', 6, (c) => `[default]\naws_access_key_id = ${c.awsKeyId()}\naws_secret_access_key = ${c.awsSecret()}\nregion = us-east-2\n# bucket: ${c.gc()}-plan-room-prod (drawing sets, submittals)`],
    ['github-actions-log', 5, (c) => `Run ./scripts/deploy-bim-viewer.sh\n+ git clone https://x-access-token:${c.ghp('ghs')}@github.com/${c.gc()}/bim-viewer.git\n+ export MAPBOX_SECRET=${c.mapboxSecret()}\n+ npm config set //registry.npmjs.org/:_authToken ${c.npm()}\nError: Process completed with exit code 1.`],
    ['k8s-secret', 5, (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: punchlist-api\n  namespace: field-apps\ntype: Opaque\nstringData:\n  DATABASE_URL: postgresql://punch:${c.urlPw()}@punchlist-db.field-apps.svc:5432/punch\n  REDIS_URL: redis://:${c.urlPw()}@redis-master:6379/0\n  JWT_SIGNING_KEY: ${c.b64Key('signing_key', 48)}\n  GOOGLE_MAPS_KEY: ${c.gapi()}`],
    ['docker-compose', 5, (c) => `services:\n  cmms-worker:\n    image: ghcr.io/${c.gc()}/cmms-worker:2.14.1\n    environment:\n      - MONGO_URI=mongodb+srv://cmms_rw:${c.urlPw()}@cluster0.${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/cmms\n      - SMTP_PASS=${c.pw()}\n      - DD_API_KEY=${c.ddApi()}\n      - SLACK_WEBHOOK_URL=${c.slackHook()}`],
    ['azure-ad-app', 5, (c) => `az ad app credential reset --id ${c.uuid()} --append\n{\n  "appId": "${c.uuid()}",\n  "password": "${c.azureSecret()}",\n  "tenant": "${c.uuid()}"\n}\n# used by sharepoint-submittals-sync for ${c.email()}`],
    ['slack-bot-python', 5, (c) => `slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)\nThe server responded with: {'ok': False, 'error': 'not_in_channel'}\n  bot token in use: ${c.slackBot()}\n  message: "Safety stand-down: ${c.name().name} called in sick, reach them at ${c.phone()}"`],
    ['okta-scim', 5, (c) => `PUT https://${c.gc()}.okta.com/api/v1/users/00u${c.b62(17)}\nAuthorization: SSWS ${c.okta()}\n{"profile":{"firstName":"${c.person().first}","email":"${c.email()}","mobilePhone":"${c.phone()}","employeeNumber":"${c.int(10000, 99999)}","title":"Assistant Superintendent"}}`],
    ['ssh-deploy-key', 5, (c) => `# jump box for site trailers' LTE routers — key for user fieldops\n${c.pem('OPENSSH')}\n# cradlepoint NetCloud API: X-CP-API-ID=${c.hex(8)} X-CP-API-KEY=${c.hexKey('api_key', 40)} X-ECM-API-KEY=${c.hexKey('api_key', 40)}`],
    ['mailgun-bounce', 5, (c) => `mailgun.exceptions.ApiError: 401 Forbidden (domain mg.${c.gc()}.com)\n  api_key=${c.mailgun()}\n  to=${c.email()} subject="Your badge is ready for pickup"`],
    ['sentry-breadcrumb', 5, (c) => `{"event_id":"${c.hex(32)}","level":"error","request":{"url":"https://portal.${c.gc()}.com/subs/login","method":"POST","data":{"email":"${c.email()}","password":"${c.pw()}"},"env":{"REMOTE_ADDR":"${c.ip()}"}},"user":{"ip_address":"${c.ip()}"}}`],
    ['jdbc-oracle-primavera', 5, (c) => `oracle.jdbc.driver.T4CConnection.logon: ORA-01017: invalid username/password; logon denied\n  url=jdbc:oracle:thin:privuser/${c.urlPw()}@p6-db01:1521/PMDB\n  P6 Integration API admin password (primavera.properties): ${c.pw()}`],
    ['gcp-sa-json', 5, (c) => {
      const key = c.pem('PKCS8').replace(/\n/g, '\\n');
      c.values[c.values.length - 1]!.value = key;
      return `{\n  "type": "service_account",\n  "project_id": "${c.gc()}-reality-capture",\n  "private_key_id": "${c.hex(40)}",\n  "private_key": "${key}",\n  "client_email": "pointcloud-ingest@${c.gc()}-reality-capture.iam.gserviceaccount.com"\n}`;
    }],
    ['vault-kv', 5, (c) => `$ vault kv get -format=json secret/facilities/bms\n{"data":{"data":{"niagara_admin":"${c.pw()}","metasys_api":"${c.pw()}","verkada_key":"${c.b62Key('api_key', 40)}","totp_seed":"${c.totpSeed()}"},"metadata":{"version":${c.int(2, 30)}}}}`],
    ['auth0-mgmt', 5, (c) => `curl --request POST --url https://${c.gc()}.us.auth0.com/oauth/token --header 'content-type: application/json' --data '{"client_id":"${c.b62(32)}","client_secret":"${c.cred('oauth_client_secret', c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 64))}","audience":"https://${c.gc()}.us.auth0.com/api/v2/","grant_type":"client_credentials"}'`],
  ],
};
