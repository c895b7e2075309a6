import { Rng } from './blind-set-7-rng';
import { pkcs8Pem } from './blind-set-7-checks';
import * as t from './blind-set-7-tokens';
import { cred, pos, type Blind7Positive } from './blind-set-7-types';

/** Secrets managers' output: Vault, AWS Secrets Manager, GCP Secret Manager, Azure Key Vault, 1Password, Doppler, Infisical. */
export function vaultCases(r: Rng): Blind7Positive[] {
  const out: Blind7Positive[] = [];
  const c = (name: string, text: string, ...v: Parameters<typeof pos>[2][]) => out.push(pos(`vault/${name}`, text, ...v));

  const vpw = r.password();
  const vkey = t.awsSecret(r);
  c('vaultKvJson', `{\n  "request_id": "${r.uuid()}",\n  "lease_id": "",\n  "lease_duration": 0,\n  "renewable": false,\n  "data": {\n    "data": {\n      "db_password": "${vpw}",\n      "aws_secret_access_key": "${vkey}"\n    },\n    "metadata": {\n      "created_time": "2026-11-30T08:12:44.1Z",\n      "version": 7\n    }\n  }\n}`, cred(vpw, 'password'), cred(vkey, 'aws-secret'));
  const vt = t.vaultToken(r);
  c('vaultTokenEnv', `VAULT_ADDR=https://vault.internal:8200 VAULT_TOKEN=${vt} vault kv get -format=json secret/payments`, cred(vt, 'vault-token'));
  const vb = t.vaultBatch(r);
  c('vaultLoginTable', `Key                  Value\n---                  -----\ntoken                ${vb}\ntoken_accessor       n/a\ntoken_duration       768h`, cred(vb, 'vault-token'));
  const smPw = r.password('!#$%&*;');
  const smKey = t.awsSecret(r);
  c('awsSmSecretString', `{\n    "ARN": "arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:prod/billing/db-${r.an(6)}",\n    "Name": "prod/billing/db",\n    "VersionId": "${r.uuid()}",\n    "SecretString": "{\\"username\\":\\"billing_app\\",\\"password\\":\\"${smPw}\\",\\"engine\\":\\"postgres\\",\\"host\\":\\"billing.cluster-${r.hex(12)}.eu-west-1.rds.amazonaws.com\\"}",\n    "VersionStages": ["AWSCURRENT"]\n}`, cred(smPw, 'password'));
  c('awsSmOneLineLog', `got secret {"Name":"ci/deploy","SecretString":"{\\"AWS_SECRET_ACCESS_KEY\\":\\"${smKey}\\",\\"region\\":\\"eu-west-1\\"}"}`, cred(smKey, 'aws-secret'));
  const gPlain = r.password();
  const gB64 = Buffer.from(gPlain).toString('base64');
  c('gcpAccessJson', `{"name":"projects/${r.digits(12)}/secrets/smtp-password/versions/4","payload":{"data":"${gB64}","dataCrc32c":"${r.digits(10)}"}}`, cred(gB64, 'base64-secret'));
  const gKey = pkcs8Pem(r);
  const gKeyB64 = Buffer.from(gKey).toString('base64');
  c('gcpPayloadPem', `payload:\n  data: ${gKeyB64}\n  dataCrc32c: '${r.digits(10)}'`, cred(gKeyB64, 'base64-secret'));
  const az = t.azureSecret(r);
  c('azKeyvaultShow', `{\n  "attributes": {"enabled": true, "recoveryLevel": "Recoverable+Purgeable"},\n  "contentType": null,\n  "id": "https://kv-prod-weu.vault.azure.net/secrets/sp-client-secret/${r.hex(32)}",\n  "value": "${az}"\n}`, cred(az, 'azure-secret'));
  const azConn = r.b64(64);
  c('azStorageConnTsv', `az keyvault secret show --vault-name kv-prod --name storage-conn --query value -o tsv\nDefaultEndpointsProtocol=https;AccountName=acmeprodlogs;AccountKey=${azConn};EndpointSuffix=core.windows.net`, cred(azConn, 'azure-storage-key'));
  const opPw = r.password(' !#&;');
  c('opItemGetJson', `"fields": [\n  {"id": "username", "type": "STRING", "purpose": "USERNAME", "label": "username", "value": "svc-reporting"},\n  {"id": "password", "type": "CONCEALED", "purpose": "PASSWORD", "label": "password", "value": "${opPw}", "entropy": 96.2}\n]`, cred(opPw, 'password'));
  const ops = t.opServiceAccount(r);
  c('opServiceAccountEnv', `OP_SERVICE_ACCOUNT_TOKEN=${ops}`, cred(ops, 'onepassword-token'));
  const dp = t.doppler(r);
  c('dopplerServiceToken', `docker run -e DOPPLER_TOKEN="${dp}" acme/api:4.2.1`, cred(dp, 'doppler-token'));
  const dpw = r.password();
  const dst = t.stripeLikeSecret(r);
  c('dopplerDownloadJson', `$ doppler secrets download --no-file --format json\n{"DATABASE_PASSWORD":"${dpw}","DOPPLER_CONFIG":"prd","STRIPE_SECRET_KEY":"${dst}"}`, cred(dpw, 'password'), cred(dst, 'stripe-key'));
  const inf = r.hex(64);
  c('infisicalClientSecret', `infisical login --method=universal-auth --client-id=${r.uuid()} --client-secret=${inf}`, cred(inf, 'infisical-secret'));
  const infPw = r.password();
  const infJwt = r.an(40);
  c('infisicalExportDotenv', `$ infisical export --env=prod\nREDIS_PASSWORD='${infPw}'\nJWT_SIGNING_SECRET='${infJwt}'\nLOG_LEVEL='info'`, cred(infPw, 'password'), cred(infJwt, 'signing-secret'));
  const pw = r.password();
  c('vaultDbCredsHcl', `path "database/creds/readonly" {}\n# vault read database/creds/readonly -> username=v-token-readonly-${r.an(20)} password=${pw} lease_duration=1h`, cred(pw, 'password'));
  const ado = r.password('!#$%*');
  c('adoNetFromKeyVault', `ConnectionStrings__Billing=Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=billing;User ID=billing_app;Password=${ado};Encrypt=True;`, cred(ado, 'password'));
  const mpw = r.password();
  c('mongoSrvFromSecret', `secret/data/prod/mongo uri="mongodb+srv://app:${encodeURIComponent(mpw)}@cluster0.${r.str('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/prod?retryWrites=true&w=majority"`, cred(encodeURIComponent(mpw), 'url-password'));
  return out;
}
