import { host, person, ts, workDomain } from './blind-set-88-people';
import { awsKeyId, awsSecret, awsSession, azureKey, b64, jwt, password, pemKey } from './blind-set-88-tokens';
import type { Source88 } from './blind-set-88-types';

/** Cloud CLI files: docker config, kubeconfig, AWS, gcloud, Azure. */
export const CLOUD_SOURCES: readonly Source88[] = [
  {
    name: 'docker-config',
    printers: [
      (c) => {
        const p = person(c.r);
        return `{\n\t"auths": {\n\t\t"https://index.docker.io/v1/": {\n\t\t\t"auth": "${c.cred('docker_auth', b64(`${p.user}:${password(c.r, 'safe')}`))}"\n\t\t},\n\t\t"ghcr.io": {\n\t\t\t"auth": "${c.cred('docker_auth', b64(`${p.user}:${'ghp_' + c.r.alnum(36)}`))}"\n\t\t}\n\t},\n\t"credsStore": ""\n}`;
      },
      (c) => {
        const reg = `registry.${workDomain(c.r)}`;
        const inner = JSON.stringify({ auths: { [reg]: { username: 'robot$ci', password: password(c.r, 'safe'), auth: c.r.b64(24) } } });
        return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\n  namespace: workers\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${c.cred('k8s_secret_b64', b64(inner))}\n`;
      },
      (c) =>
        `WARNING! Your password will be stored unencrypted in /root/.docker/config.json.\n+ cat /root/.docker/config.json\n{"auths":{"${c.r.digits(12)}.dkr.ecr.us-east-1.amazonaws.com":{"auth":"${c.cred('docker_auth', b64(`AWS:${jwt(c.r)}`))}"}}}\n`,
    ],
  },
  {
    name: 'kubeconfig',
    printers: [
      (c) =>
        `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: ${c.r.b64(60)}\n    server: https://${c.r.hex(32).toUpperCase()}.gr7.eu-west-1.eks.amazonaws.com\n  name: prod\ncontexts:\n- context:\n    cluster: prod\n    user: admin\n  name: prod\ncurrent-context: prod\nkind: Config\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${c.r.b64(90)}\n    client-key-data: ${c.cred('k8s_client_key_b64', b64(pemKey(c.r, 'RSA PRIVATE KEY') + '\n'))}\n`,
      (c) =>
        `$ kubectl config view --raw --minify\napiVersion: v1\nkind: Config\nusers:\n- name: ci-deployer\n  user:\n    token: ${c.cred('jwt', jwt(c.r, { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'ci' }))}\n- name: legacy-admin\n  user:\n    username: admin\n    password: ${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\n`,
      (c) => {
        const p = person(c.r);
        return `users:\n- name: ${c.pii('email', p.workEmail)}\n  user:\n    auth-provider:\n      config:\n        client-id: kubernetes\n        client-secret: ${c.cred('oauth_client_secret', c.r.alnum(32))}\n        id-token: ${c.cred('jwt', jwt(c.r, { email: p.workEmail, name: p.name }))}\n        idp-issuer-url: https://sso.${workDomain(c.r)}/realms/eng\n      name: oidc\n`;
      },
    ],
  },
  {
    name: 'aws',
    printers: [
      (c) =>
        `[default]\naws_access_key_id = ${c.cred('aws_access_key_id', awsKeyId(c.r))}\naws_secret_access_key = ${c.cred('aws_secret_access_key', awsSecret(c.r))}\n\n[ops-admin]\naws_access_key_id=${c.cred('aws_access_key_id', awsKeyId(c.r, true))}\naws_secret_access_key=${c.cred('aws_secret_access_key', awsSecret(c.r))}\naws_session_token=${c.cred('aws_session_token', awsSession(c.r))}\n`,
      (c) =>
        `{\n    "Credentials": {\n        "AccessKeyId": "${c.cred('aws_access_key_id', awsKeyId(c.r, true))}",\n        "SecretAccessKey": "${c.cred('aws_secret_access_key', awsSecret(c.r))}",\n        "SessionToken": "${c.cred('aws_session_token', awsSession(c.r))}",\n        "Expiration": "${ts(c.r)}"\n    }\n}`,
      (c) =>
        `+ env | sort | grep -i aws\nAWS_ACCESS_KEY_ID=${c.cred('aws_access_key_id', awsKeyId(c.r))}\nAWS_DEFAULT_REGION=eu-central-1\nAWS_SECRET_ACCESS_KEY=${c.cred('aws_secret_access_key', awsSecret(c.r))}\n+ aws s3 cp build.tgz s3://artifacts-${c.r.lower(6)}/\nupload failed: An error occurred (AccessDenied)\n`,
      (c) =>
        `[profile sso-dev]\nsso_start_url = https://d-${c.r.hex(10)}.awsapps.com/start\nsso_region = us-east-1\n\n[profile legacy]\nregion = us-west-2\naws_access_key_id = ${c.cred('aws_access_key_id', awsKeyId(c.r))}\naws_secret_access_key = ${c.cred('aws_secret_access_key', awsSecret(c.r))}\n`,
      (c) =>
        `      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                <not set>             None    None\naccess_key     ****************${c.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 4)} shared-credentials-file\n$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${c.cred('aws_access_key_id', awsKeyId(c.r))}\naws_secret_access_key = ${c.cred('aws_secret_access_key', awsSecret(c.r))}\n`,
    ],
  },
  {
    name: 'gcloud',
    printers: [
      (c) => {
        const proj = `${c.r.pick(['billing', 'ingest', 'herald'])}-${c.r.int(100000, 999999)}`;
        const key = JSON.stringify(c.cred('private_key', pemKey(c.r, 'PRIVATE KEY') + '\n'));
        return `{\n  "type": "service_account",\n  "project_id": "${proj}",\n  "private_key_id": "${c.cred('gcp_private_key_id', c.r.hex(40))}",\n  "private_key": ${key},\n  "client_email": "worker@${proj}.iam.gserviceaccount.com",\n  "client_id": "${c.r.digits(21)}",\n  "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}`;
      },
      (c) => {
        const json = JSON.stringify({
          type: 'service_account',
          project_id: `p-${c.r.lower(8)}`,
          private_key_id: c.r.hex(40),
          private_key: pemKey(c.r, 'PRIVATE KEY') + '\n',
          client_email: 'ci@p.iam.gserviceaccount.com',
        });
        return `GOOGLE_CREDENTIALS=${c.cred('gcp_sa_b64', b64(json))}\nGOOGLE_PROJECT=p-${c.r.lower(8)}\n`;
      },
      (c) => {
        const p = person(c.r);
        return `{\n  "client_id": "${c.r.digits(12)}-${c.r.lower(32)}.apps.googleusercontent.com",\n  "client_secret": "${c.cred('gcp_client_secret', 'GOCSPX-' + c.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 28))}",\n  "refresh_token": "${c.cred('gcp_refresh_token', '1//0' + c.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 99))}",\n  "type": "authorized_user",\n  "account": "${c.pii('email', p.email)}"\n}`;
      },
    ],
  },
  {
    name: 'azure',
    printers: [
      (c) => {
        const app = `${c.r.pick(['billing', 'herald', 'ingest'])}-${c.r.lower(5)}`;
        return `<publishData>\n  <publishProfile profileName="${app} - Web Deploy" publishMethod="MSDeploy" publishUrl="${app}.scm.azurewebsites.net:443" msdeploySite="${app}" userName="$${app}" userPWD="${c.cred('password', c.r.alnum(60))}" destinationAppUrl="https://${app}.azurewebsites.net" SQLServerDBConnectionString="" />\n  <publishProfile profileName="${app} - FTP" publishMethod="FTP" publishUrl="ftps://waws-prod-am2-${c.r.int(100, 999)}.ftp.azurewebsites.windows.net/site/wwwroot" ftpPassiveMode="True" userName="${app}\\$${app}" userPWD="${c.cred('password', c.r.alnum(60))}" />\n</publishData>`;
      },
      (c) =>
        `{\n  "appId": "${c.r.hex(8)}-${c.r.hex(4)}-${c.r.hex(4)}-${c.r.hex(4)}-${c.r.hex(12)}",\n  "displayName": "gh-actions-deployer",\n  "password": "${c.cred('azure_client_secret', c.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-', 3) + '8Q~' + c.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-', 34))}",\n  "tenant": "${c.r.hex(8)}-${c.r.hex(4)}-${c.r.hex(4)}-${c.r.hex(4)}-${c.r.hex(12)}"\n}`,
      (c) =>
        `{\n  "IsEncrypted": false,\n  "Values": {\n    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=st${c.r.lower(10)};AccountKey=${c.cred('azure_storage_key', azureKey(c.r))};EndpointSuffix=core.windows.net",\n    "FUNCTIONS_WORKER_RUNTIME": "node",\n    "SqlConnection": "Server=tcp:${host(c.r)},1433;Database=orders;User ID=app;Password=${c.cred('password', password(c.r, 'safe'))};Encrypt=true"\n  }\n}`,
      (c) =>
        `Endpoint=sb://${c.r.lower(8)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${c.cred('azure_sas_key', c.r.b64(32))}\nDefaultEndpointsProtocol=https;AccountName=st${c.r.lower(10)};AccountKey=${c.cred('azure_storage_key', azureKey(c.r))};EndpointSuffix=core.windows.net\n`,
    ],
  },
];
