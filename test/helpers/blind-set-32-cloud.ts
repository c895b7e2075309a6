import { cr, pe, region, svc, type Tpl32 } from './blind-set-32-kit';
import { awsKeyId, awsSecret, awsSession, azureSecret, azureStorageKey, doToken, privateKeyPem, vendorToken } from './blind-set-32-creds';
import { email, person } from './blind-set-32-people';
import { B62, UPPER } from './blind-set-32-rng';

/** Cloud CLI output and config files. */
export const CLOUD_TEMPLATES: Record<string, Tpl32> = {
  'aws-credentials-file': (r) => {
    const k1 = awsKeyId(r);
    const s1 = awsSecret(r);
    const k2 = awsKeyId(r);
    const s2 = awsSecret(r);
    const text = `$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${k1}\naws_secret_access_key = ${s1}\n\n[${r.pick(['prod-admin', 'billing', 'terraform'])}]\naws_access_key_id=${k2}\naws_secret_access_key=${s2}\nregion=${region(r)}\n\nAn error occurred (ExpiredToken) when calling the ListBuckets operation: The security token included in the request is expired`;
    return { text, values: [cr(k1, 'aws-access-key-id'), cr(s1, 'aws-secret-key'), cr(k2, 'aws-access-key-id'), cr(s2, 'aws-secret-key')] };
  },
  'aws-sts-assume-role': (r) => {
    const k = awsKeyId(r, 'ASIA');
    const s = awsSecret(r);
    const t = awsSession(r);
    const acct = r.digits(12);
    const text = `$ aws sts assume-role --role-arn arn:aws:iam::${acct}:role/${r.pick(['ci-deploy', 'TerraformApply', 'OrganizationAccountAccessRole'])} --role-session-name gh-${r.int(1000000, 9999999)}\n{\n    "Credentials": {\n        "AccessKeyId": "${k}",\n        "SecretAccessKey": "${s}",\n        "SessionToken": "${t}",\n        "Expiration": "${r.iso().slice(0, 19)}+00:00"\n    },\n    "AssumedRoleUser": {\n        "AssumedRoleId": "AROA${r.chars(UPPER + '234567', 17)}:gh-${r.int(1000000, 9999999)}",\n        "Arn": "arn:aws:sts::${acct}:assumed-role/ci-deploy/gh"\n    }\n}`;
    return { text, values: [cr(k, 'aws-access-key-id'), cr(s, 'aws-secret-key'), cr(t, 'aws-session-token')] };
  },
  'gcp-sa-key-json': (r) => {
    const pk = privateKeyPem(r, 'pkcs8', '\\n');
    const proj = `${r.pick(['acme', 'northwind', 'bluepeak'])}-${r.pick(['prod', 'data', 'ci'])}-${r.int(100000, 999999)}`;
    const a = person(r);
    const e = email(r, a, 'work');
    const text = `$ gcloud auth activate-service-account --key-file=/tmp/sa.json\nERROR: (gcloud.auth.activate-service-account) Could not read json file /tmp/sa.json: Expecting ',' delimiter\n$ cat /tmp/sa.json\n{\n  "type": "service_account",\n  "project_id": "${proj}",\n  "private_key_id": "${r.hex(40)}",\n  "private_key": "${pk}\\n",\n  "client_email": "${r.pick(['deployer', 'ci-push', 'terraform'])}@${proj}.iam.gserviceaccount.com",\n  "client_id": "1${r.digits(20)}",\n  "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}\n$ gcloud config list account\naccount = ${e}`;
    return { text, values: [cr(pk, 'gcp-private-key'), pe(e, 'gcloud-user-email')] };
  },
  'az-sp-create': (r) => {
    const pw = azureSecret(r);
    const key = azureStorageKey(r);
    const a = person(r);
    const e = email(r, a, 'work');
    const text = `$ az ad sp create-for-rbac --name ${svc(r)}-gha --role contributor --scopes /subscriptions/${r.uuid()}/resourceGroups/rg-${svc(r)}\nCreating 'contributor' role assignment under scope '/subscriptions/...'\n{\n  "appId": "${r.uuid()}",\n  "displayName": "${svc(r)}-gha",\n  "password": "${pw}",\n  "tenant": "${r.uuid()}"\n}\n$ az account show --query user\n{"name": "${e}", "type": "user"}\n$ az storage account show-connection-string -n st${r.chars('abcdefghijklmnopqrstuvwxyz', 10)}\n{"connectionString": "DefaultEndpointsProtocol=https;AccountName=st${r.chars('abcdefghij', 6)};AccountKey=${key};EndpointSuffix=core.windows.net"}`;
    return { text, values: [cr(pw, 'azure-client-secret'), pe(e, 'azure-user-email'), cr(key, 'azure-storage-key')] };
  },
  'doctl-linode-hcloud': (r) => {
    const d = doToken(r);
    const l = vendorToken(r, 'linode-token');
    const h = vendorToken(r, 'hetzner-token');
    const text = `$ cat ~/.config/doctl/config.yaml\naccess-token: ${d}\ncontext: default\n$ cat ~/.config/linode-cli\n[DEFAULT]\ndefault-user = ${r.pick(['acmeops', 'nw-infra'])}\n\n[acmeops]\ntoken = ${l}\nregion = eu-central\n$ cat ~/.config/hcloud/cli.toml\nactive_context = "prod"\n[[contexts]]\n  name = "prod"\n  token = "${h}"\nError: unable to authenticate you (401)`;
    return { text, values: [cr(d, 'digitalocean-token'), cr(l, 'linode-token'), cr(h, 'hetzner-token')] };
  },
  'edge-platform-env': (r) => {
    const cf = vendorToken(r, 'cloudflare-api-token');
    const v = vendorToken(r, 'vercel-token');
    const n = vendorToken(r, 'netlify-token');
    const text = `::group::Deploy preview\n+ printenv | grep -E 'TOKEN|ACCOUNT'\nCLOUDFLARE_ACCOUNT_ID=${r.hex(32)}\nCLOUDFLARE_API_TOKEN=${cf}\nVERCEL_TOKEN=${v}\nNETLIFY_AUTH_TOKEN=${n}\n+ npx vercel deploy --prebuilt --token=${v}\nError! The specified token is not valid. Use \`vercel login\` to generate a new token.\n::endgroup::`;
    return { text, values: [cr(cf, 'cloudflare-token'), cr(v, 'vercel-token'), cr(n, 'netlify-token')] };
  },
  'heroku-netrc-fly': (r) => {
    const a = person(r);
    const e = email(r, a);
    const hk = vendorToken(r, r.pick(['heroku-api-key', 'heroku-token']));
    const fly = vendorToken(r, 'fly-token');
    const text = `$ cat ~/.netrc\nmachine api.heroku.com\n  login ${e}\n  password ${hk}\nmachine git.heroku.com\n  login ${e}\n  password ${hk}\n$ FLY_API_TOKEN="FlyV1 ${fly}" flyctl deploy --remote-only\nError: failed to fetch an image or build from source: unauthorized`;
    return { text, values: [pe(e, 'heroku-user-email'), cr(hk, 'heroku-key'), cr(fly, 'fly-token')] };
  },
  'azure-sas-appsettings': (r) => {
    const key = azureStorageKey(r);
    const sig = encodeURIComponent(r.b64(32));
    const sb = r.b64(32);
    const text = `[\n  {"name": "AzureWebJobsStorage", "value": "DefaultEndpointsProtocol=https;AccountName=func${r.chars('abcdefghijklmnopqrstuvwxyz', 8)};AccountKey=${key};EndpointSuffix=core.windows.net", "slotSetting": false},\n  {"name": "EXPORT_BLOB_URL", "value": "https://exp${r.chars('abcdefghijklmnopqrstuvwxyz', 6)}.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=${sig}", "slotSetting": false},\n  {"name": "ServiceBusConnection", "value": "Endpoint=sb://${svc(r)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${sb}", "slotSetting": true}\n]`;
    return { text, values: [cr(key, 'azure-storage-key'), cr(sig, 'azure-sas-signature'), cr(sb, 'azure-servicebus-key')] };
  },
  'aws-cli-debug': (r) => {
    const k = awsKeyId(r, 'ASIA');
    const t = awsSession(r);
    const text = `${r.iso().replace('T', ' ').slice(0, 23)} - MainThread - botocore.endpoint - DEBUG - Sending http request: <AWSPreparedRequest stream_output=False, method=POST, url=https://sts.${region(r)}.amazonaws.com/, headers={'Content-Type': b'application/x-www-form-urlencoded; charset=utf-8', 'User-Agent': b'aws-cli/2.${r.int(10, 30)}.${r.int(0, 20)}', 'X-Amz-Date': b'${r.iso().slice(0, 10).replace(/-/g, '')}T${r.digits(6)}Z', 'X-Amz-Security-Token': b'${t}', 'Authorization': b'AWS4-HMAC-SHA256 Credential=${k}/${r.iso().slice(0, 10).replace(/-/g, '')}/${region(r)}/sts/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature=${r.hex(64)}'}>`;
    return { text, values: [cr(t, 'aws-session-token'), cr(k, 'aws-access-key-id')] };
  },
  'gcloud-adc': (r) => {
    const cs = `GOCSPX-${r.chars(B62 + '-_', 28)}`;
    const rt = `1//0${r.chars(B62 + '-_', 99)}`;
    const text = `$ cat ~/.config/gcloud/application_default_credentials.json\n{\n  "account": "",\n  "client_id": "${r.digits(12)}-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com",\n  "client_secret": "${cs}",\n  "quota_project_id": "${r.pick(['acme', 'northwind'])}-prod",\n  "refresh_token": "${rt}",\n  "type": "authorized_user"\n}\ngoogle.auth.exceptions.RefreshError: ('invalid_grant: Token has been expired or revoked.', {'error': 'invalid_grant'})`;
    return { text, values: [cr(cs, 'google-client-secret'), cr(rt, 'google-refresh-token')] };
  },
  'aws-config-sso-user': (r) => {
    const a = person(r);
    const e = email(r, a, 'work');
    const k = awsKeyId(r);
    const s = awsSecret(r);
    const text = `$ aws configure list --profile ${r.pick(['ops', 'sandbox'])}\n      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                      ops           manual    --profile\naccess_key     ****************${k.slice(-4)} shared-credentials-file\n$ aws iam create-access-key --user-name ${e}\n{"AccessKey": {"UserName": "${e}", "AccessKeyId": "${k}", "Status": "Active", "SecretAccessKey": "${s}", "CreateDate": "${r.iso()}"}}`;
    return { text, values: [pe(e, 'iam-user-email'), cr(k, 'aws-access-key-id'), cr(s, 'aws-secret-key')] };
  },
};
