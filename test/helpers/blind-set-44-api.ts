import { B62, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import * as g from './blind-set-44-gen';
import type { Tpl } from './blind-set-44-gen';

/** Blind set 44, area `api`: insurtech and vendor integrations (Vertafore, Hi Marley, Snapsheet, CCC, Bridge, realtor.com). */
export const API: Tpl[] = [
  ['vertafore-orange-auth', 8, (r, v) => `> POST https://api.apps.vertafore.com/v1/auth/token
> {"UserName":"${r.pick(['ams360svc', 'qqcatalyst_int'])}@${r.pick(['hollisagency', 'tri-county-ins'])}.com","Password":"${v.c('password', g.hardPw(r))}","ProductCode":"${r.pick(['AMS360', 'QQC', 'SAGITTA'])}"}
< 200 {"AccessToken":"${v.c('jwt', g.jwt(r, { agency: r.digits(7), product: 'AMS360' }, 'RS256'))}","RefreshToken":"${v.c('oauth-refresh-token', r.b64url(32))}"}`],
  ['himarley-env', 8, (r, v) => `HIMARLEY_API_BASE=https://api.himarley.io/v1
HIMARLEY_API_KEY=${v.c('api-key', r.chars(LOWER + DIGITS, 40))}
HIMARLEY_WEBHOOK_HMAC=${v.c('signing-secret', r.b64(32))}
OKTA_CLIENT_SECRET=${v.c('client-secret', r.chars(B62 + '-_', 40))}`],
  ['jutro-env-local', 8, (r, v) => `# .env.local (Guidewire Jutro digital portal)
REACT_APP_GW_API_BASE=https://portal.${r.pick(['acme-ins', 'bluepeak'])}.guidewire.net/api
GW_SERVICE_PASSWORD=${v.c('password', g.pw(r))}
GW_HUB_CLIENT_SECRET=${v.c('client-secret', r.chars(B62 + '-_', 40))}
SPLUNK_HEC_TOKEN=${v.c('api-token', r.uuid().toUpperCase())}`],
  ['snapsheet-rails-token', 8, (r, v) => `Started POST "/api/v2/appraisals" for ${v.p('ipv4', g.ipv4(r))} at 2026-0${r.int(1, 9)}-1${r.int(0, 9)} 1${r.int(0, 9)}:2${r.int(0, 9)}:0${r.int(0, 9)} +0000
  Headers: {"HTTP_AUTHORIZATION"=>"Token token=\\"${v.c('api-token', r.hex(32))}\\", email=\\"${v.p('email', g.email(r))}\\""}
  Parameters: {"claim_number"=>"${g.claimNo(r)}", "vehicle"=>{"vin"=>"${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ' + DIGITS, 17)}"}}`],
  ['ccc-webhook-node', 8, (r, v) => `// services/ccc-webhook.js
const CCC_SHARED_SECRET = '${v.c('signing-secret', r.b62(48))}';
const token = jwt.sign({ shop: '${r.digits(6)}' }, '${v.c('jwt-secret', r.b64(32))}', { algorithm: 'HS256' });
module.exports = { verify: (sig, body) => hmac('sha256', CCC_SHARED_SECRET, body) === sig };`],
  ['bridge-python-client', 8, (r, v) => `import requests
BRIDGE_SERVER_TOKEN = "${v.c('api-token', r.hex(32))}"
resp = requests.get("https://api.bridgedataoutput.com/api/v2/zestimates_v2/zestimates",
                    headers={"Authorization": f"Bearer {BRIDGE_SERVER_TOKEN}"},
                    params={"address": "${v.p('street-address', g.address(r))}"})`],
  ['realtor-partner-yaml', 8, (r, v) => `realtor_com:
  partner_api:
    client_id: ${r.pick(['brk', 'mls'])}-${r.digits(6)}
    client_secret: "${v.c('client-secret', r.b64url(30))}"
  amqp_url: amqps://listhub:${v.c('amqp-password', g.urlPw(r))}@${r.pick(['rabbit', 'mq'])}.${r.pick(['nestwise', 'brightkey'])}.io:5671/feeds
  payouts:
    co_op_account: "${v.f('bank-account', g.account(r))}"
    co_op_routing: "${v.f('routing', g.aba(r))}"`],
  ['ansible-vars', 8, (r, v) => `# group_vars/claims_prod.yml (vault not applied!)
ansible_user: deploy
ansible_become_password: "${v.c('password', g.hardPw(r))}"
claims_db_password: ${v.c('db-password', g.urlPw(r))}
deploy_key: |
  ${v.c('private-key', g.pem(r, r.pick(['rsa', 'ec'] as const), '\n  '))}`],
  ['azure-devops-sas', 8, (r, v) => {
    const sig = r.b64(32);
    return `##[debug]AZURE_DEVOPS_EXT_PAT=${v.c('azure-devops-pat', r.chars('abcdefghijklmnopqrstuvwxyz234567', 52))}
##[debug]Uploading claim-docs export to https://${r.pick(['claimdocs', 'titleimg'])}prd.blob.core.windows.net/exports/batch-${r.digits(5)}.zip?sv=2022-11-02&ss=b&srt=o&sp=rwl&se=2026-1${r.int(0, 2)}-0${r.int(1, 9)}T00%3A00%3A00Z&spr=https&sig=${v.c('sas-signature', encodeURIComponent(sig))}`;
  }],
  ['tenant-sms-twilio', 8, (r, v) => `[notifications]
twilio_account_sid = ${g.twilioSid(r)}
twilio_auth_token = ${v.c('twilio-auth-token', r.hex(32))}
sendgrid_api_key = ${v.c('sendgrid-key', g.sendgrid(r))}
from_number = +1${r.pick(['312', '480', '214'])}${r.int(200, 999)}${r.digits(4)}`],
  ['docusign-key-json', 8, (r, v) => `{"integrationKey":"${r.uuid()}","userId":"${r.uuid()}","oauthBase":"account.docusign.com","rsaPrivateKey":"${v.c('private-key', g.pem(r, 'rsa', '\\n'))}"}`],
  ['dwolla-funding-source', 7, (r, v) => {
    const n = g.fullName(r);
    return `POST https://api.dwolla.com/customers/${r.uuid()}/funding-sources
Authorization: Bearer ${v.c('oauth-token', r.chars(B62, 50))}
Content-Type: application/vnd.dwolla.v1.hal+json

{"routingNumber":"${v.f('routing', g.aba(r))}","accountNumber":"${v.f('bank-account', g.account(r))}","bankAccountType":"checking","name":"${v.p('person-name', n)} - Escrow refund"}`;
  }],
  ['ams-export-tsv', 5, (r, v) => {
    const rows = [0, 1].map(() => `${r.chars(UPPER, 4)}${r.digits(2)}\t${v.p('person-name', g.fullName(r))}\t${v.f('ein', g.ein(r))}\t${v.f('card', g.card(r))}\t${r.pick(['Commercial Auto', 'BOP', 'GL'])}`);
    return `LookupCode\tInsured\tFEIN\tPremiumFinanceCard\tLOB\n${rows.join('\n')}`;
  }],
];
