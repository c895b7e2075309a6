import { bech32Checksum } from '../../../src/scan/bech32';
import { ibanMod97 } from '../../../src/scan/validators';
import { PERSONAL_SAMPLES } from './personal-samples';

export { rng, UPPER, LOWER, DIG, B62, URLSAFE, B64, HEX, type Rng, type Sample } from './sample-rng';
import { B62, B64, DIG, HEX, LOWER, UPPER, URLSAFE, type Rng, type Sample } from './sample-rng';
import { CRED_SAMPLES } from './generators-cred';
import { C30_SAMPLES } from './generators-c30';
import { S9CRED_SAMPLES } from './generators-s9cred';
import { PF10_SAMPLES } from './generators-pf10';
import { PF11_SAMPLES } from './generators-pf11';
import { PF13_SAMPLES } from './generators-pf13';
import { R2P_SAMPLES } from './generators-r2p';
import { PF16_SAMPLES } from './generators-pf16';
import { PF17_SAMPLES } from './generators-pf17';
import { PF18_SAMPLES } from './generators-pf18';
import { CRED10_SAMPLES } from './generators-cred10';
import { CRED11_SAMPLES } from './generators-cred11';
import { CRED13_SAMPLES } from './generators-cred13';
import { R2C_SAMPLES } from './generators-r2c';
import { CRED16_SAMPLES } from './generators-cred16';
import { CRED17_SAMPLES } from './generators-cred17';
import { CRED18_SAMPLES } from './generators-cred18';
import { R19_SAMPLES } from './generators-r19';
import { R20_SAMPLES } from './generators-r20';
import { F24_SAMPLES } from './generators-f24';
import { F24L_SAMPLES } from './generators-f24l';
import { F25A_SAMPLES } from './generators-f25a';
import { F23_SAMPLES } from './generators-f23';
import { F23L_SAMPLES } from './generators-f23l';
import { F25B_SAMPLES } from './generators-f25b';
import { F26B_SAMPLES } from './generators-f26b';
import { G27B_SAMPLES } from './generators-g27b';
import { F26A_SAMPLES } from './generators-f26a';
import { G27A_SAMPLES } from './generators-g27a';
import { H28_SAMPLES } from './generators-h28';
import { GH28_SAMPLES } from './generators-gh28';
import { H29_SAMPLES } from './generators-h29';
import { T31_SAMPLES } from './generators-t31';
import { R33_SAMPLES } from './generators-r33';
import { R34_SAMPLES } from './generators-r34';
import { NP_SAMPLES } from './generators-np';
import { R35_SAMPLES } from './generators-r35';
import { R36_SAMPLES } from './generators-r36';
import { R37_SAMPLES } from './generators-r37';
import { R38_SAMPLES } from './generators-r38';
import { R39_SAMPLES } from './generators-r39';
import { R40_SAMPLES } from './generators-r40';
import { R42_SAMPLES } from './generators-r42';
import { R44_SAMPLES } from './generators-r44';
import { R43_SAMPLES } from './generators-r43';
import { R45_SAMPLES } from './generators-r45';
import { R49_SAMPLES } from './generators-r49';
import { R50_SAMPLES } from './generators-r50';
import { L55_SAMPLES } from './generators-l55';
import { L56_SAMPLES } from './generators-l56';
import { R48_SAMPLES } from './generators-r48';
import { R51_SAMPLES } from './generators-r51';
import { R53_SAMPLES } from './generators-r53';
import { R57_SAMPLES } from './generators-r57';
import { R58_SAMPLES } from './generators-r58';
import { R52_SAMPLES } from './generators-r52';
import { R59_SAMPLES } from './generators-r59';
import { R61_SAMPLES } from './generators-r61';
import { R60_SAMPLES } from './generators-r60';
import { ENCODED_SAMPLES } from './generators-encoded';
import { S67_SAMPLES } from './generators-s67';
import { R63_SAMPLES } from './generators-r63';
import { R65_SAMPLES } from './generators-r65';
import { R67_SAMPLES } from './generators-r67';
import { R66_SAMPLES } from './generators-r66';
import { R69_SAMPLES } from './generators-r69';
import { R71_SAMPLES } from './generators-r71';
import { R70_SAMPLES } from './generators-r70';
import { R62_SAMPLES } from './generators-r62';
import { R64_SAMPLES } from './generators-r64';
import { R68_SAMPLES } from './generators-r68';
import { R41_SAMPLES } from './generators-r41';
import { R32_SAMPLES } from './generators-r32';
import { F21_SAMPLES } from './generators-f21';
import { R21_SAMPLES } from './generators-r21';
import { R22A_SAMPLES } from './generators-r22a';
import { FTH_SAMPLES } from './generators-fth';
import { R22B_SAMPLES } from './generators-r22b';
import { R74_SAMPLES } from './generators-r74';
import { R75_SAMPLES } from './generators-r75';
import { F20_SAMPLES } from './generators-f20';
import { R72_SAMPLES } from './generators-r72';
import { R73_SAMPLES } from './generators-r73';
import { R77_SAMPLES } from './generators-r77';
import { R76_SAMPLES } from './generators-r76';
import { R76P_SAMPLES } from './generators-r76p';
import { R78_SAMPLES } from './generators-r78';
import { R80_SAMPLES } from './generators-r80';
import { L82_SAMPLES } from './generators-l82';
import { R83_SAMPLES } from './generators-r83';
import { R81_SAMPLES } from './generators-r81';
import { L84_SAMPLES } from './generators-l84';
import { L85_SAMPLES } from './generators-l85';
import { L86_SAMPLES } from './generators-l86';
import { L87_SAMPLES } from './generators-l87';
import { L88_SAMPLES } from './generators-l88';

export const uuid = (r: Rng): string =>
  `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.str(HEX, 3)}-${r.str(HEX, 12)}`;
const b64url = (s: string): string => Buffer.from(s).toString('base64url');

/** A random card number of a real brand with a valid Luhn digit. */
export function cardNumber(r: Rng): string {
  const [prefix, len] = r.pick([['4', 16], ['51', 16], ['55', 16], ['2221', 16], ['37', 15], ['6011', 16], ['3530', 16]] as const);
  let d = prefix + r.str(DIG, len - prefix.length - 1);
  for (let c = 0; c <= 9; c++) {
    const cand = d + c;
    let sum = 0;
    for (let i = 0; i < cand.length; i++) {
      let x = cand.charCodeAt(cand.length - 1 - i) - 48;
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) {
      d = cand;
      break;
    }
  }
  return len === 15 ? `${d.slice(0, 4)} ${d.slice(4, 10)} ${d.slice(10)}` : d.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** A random German IBAN with correct mod-97 check digits. */
export function iban(r: Rng, grouped: boolean): string {
  const bban = r.str(DIG, 18);
  const check = String(98 - ibanMod97(`DE00${bban}`)).padStart(2, '0');
  const compact = `DE${check}${bban}`;
  return grouped ? compact.replace(/(.{4})(?=.)/g, '$1 ') : compact;
}

/** A random ABA routing number with a valid prefix and check digit. */
export function aba(r: Rng): string {
  const first8 = String(r.int(1, 12)).padStart(2, '0') + r.str(DIG, 6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = [...first8].reduce((acc, ch, i) => acc + Number(ch) * w[i]!, 0);
  return first8 + String((10 - (sum % 10)) % 10);
}

export function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 665;
  return `${String(area).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

// Public addresses only: private, loopback, link-local and CGNAT ranges are not reported by default.
const ipv4 = (r: Rng): string => `${r.pick([23, 34, 52, 81, 104, 151, 185, 203, 212])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
const pass = (r: Rng): string => r.str(B62, r.int(8, 14)) + r.int(0, 9) + r.pick(['!', '#', '$', '%', '^', '*', '~']);
const nino = (r: Rng): string => `${r.pick(['A', 'C', 'E', 'H', 'J', 'L'])}${r.pick(['B', 'E', 'H', 'R', 'W'])}${r.str(DIG, 6)}${r.pick(['A', 'B', 'C', 'D'])}`;

/** A generator of realistic true positives for every built-in detector. */
export const SAMPLES: Record<string, (r: Rng) => Sample> = {
  'aws-access-key-id': (r) => ['s3 upload failed aws_access_key_id=', 'AKIA' + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16), ' region=us-east-1'],
  'aws-secret-access-key': (r) => ['boto config aws_secret_access_key=', r.str(B64, 40), ' profile=prod'],
  'aws-bedrock-api-key': (r) => ['bedrock call with key ', 'ABSK' + r.str(B64, 150), ' failed'],
  'google-api-key': (r) => ['GET https://maps.googleapis.com/maps/api/geocode/json?key=', 'AIza' + r.str(URLSAFE, 35), ' -> 403'],
  'google-oauth-token': (r) => ['gmail sync failed token=', 'ya29.' + r.str(URLSAFE, 120), ' status=401'],
  'gcp-private-key-id': (r) => ['loaded credentials {"type":"service_account","private_key_id":"', r.str(HEX, 40), '"}'],
  'azure-storage-key': (r) => ['DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=', r.str(B64, 86) + '==', ';EndpointSuffix=core.windows.net'],
  'azure-sas-token': (r) => ['GET https://acme.blob.core.windows.net/exports/a.csv?sv=2022-11-02&sp=r&se=2026-10-01T00:00:00Z&sig=', r.str(B62, 20) + '%2B' + r.str(B62, 20) + '%3D', ' -> 403'],
  'azure-client-secret': (r) => ['graph auth failed secret ', r.str(B62, 3) + r.int(0, 9) + 'Q~' + r.str(B62, 34), ' for tenant'],
  'digitalocean-token': (r) => ['doctl auth with ', 'dop_v1_' + r.str(HEX, 64), ' rejected'],
  'heroku-api-key': (r) => ['heroku deploy failed HEROKU_API_KEY ', 'HRKU-AA' + r.str(URLSAFE, 58), ' expired'],
  'cloudflare-api-token': (r) => ['origin ca key ', `v1.0-${r.str(HEX, 24)}-${r.str(HEX, 146)}`, ' rejected'],
  'vault-token': (r) => ['vault login token ', 'hvs.' + r.str(URLSAFE, 95), ' denied'],
  'terraform-cloud-token': (r) => ['terraform login token ', `${r.str(B62, 14)}.atlasv1.${r.str(B62, 65)}`, ' invalid'],
  'databricks-token': (r) => ['databricks jobs api ', 'dapi' + r.str(HEX, 32), ' 403'],
  'doppler-token': (r) => ['doppler secrets download token ', 'dp.pt.' + r.str(B62, 43), ' failed'],
  'pulumi-token': (r) => ['pulumi login failed PULUMI_ACCESS_TOKEN ', 'pul-' + r.str(HEX, 40), ' invalid'],
  'onepassword-token': (r) => ['op service account ', 'ops_eyJ' + r.str(URLSAFE, 300), ' expired'],
  'age-secret-key': (r) => ['sops decrypt with ', 'AGE-SECRET-KEY-1' + r.str('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58), ' failed'],
  'private-key': (r) => ['{"key":"', `-----BEGIN RSA PRIVATE KEY-----\\n${r.str(B64, 64)}\\n${r.str(B64, 64)}\\n${r.str(B64, 40)}==\\n-----END RSA PRIVATE KEY-----`, '"}'],
  'database-uri-password': (r) => ['pg connect failed postgres://app_user:', r.str(B62, 16), '@db.internal:5432/app'],
  'redis-uri-password': (r) => ['redis error url=redis://:', r.str(B62, 20), '@cache.internal:6379/0'],
  'amqp-uri-password': (r) => ['amqp reconnect amqps://svc:', r.str(B62, 18), '@mq.internal:5671/prod'],
  'jdbc-password': (r) => ['jdbc:sqlserver://db.internal:1433;databaseName=app;user=svc;password=', pass(r), ';encrypt=true'],
  'url-credentials': (r) => ['git clone https://deploy:', r.str(B62, 20), '@git.internal.example/org/repo.git failed'],
  'http-basic-auth': (r) => ['upstream 401 request_headers={Authorization: Basic ', Buffer.from(`svc-${r.str(LOWER, 5)}:${pass(r)}`).toString('base64'), '}'],
  'bearer-token': (r) => ['GET /v2/items -> 401 headers={"Authorization":"Bearer ', r.str(B62, 40), '"}'],
  'api-key-header': (r) => ['request_headers={X-API-Key: ', r.str(B62, 32), ', Accept: json}'],
  'authorization-header': (r) => ['headers={"Authorization":"Token ', r.str(B62, 40), '"}'],
  jwt: (r) => ['callback failed id_token=', `${b64url('{"alg":"RS256","typ":"JWT"}')}.${b64url(`{"sub":"${r.str(DIG, 8)}","exp":${r.int(1, 9e8)}}`)}.${r.str(URLSAFE, 43)}`, ' status=401'],
  'http-cookie': (r) => ['request_headers Cookie: ', `sid=${r.str(B62, 24)}; theme=dark`, ''],
  'session-cookie': (r) => ['proxy error Cookie JSESSIONID=', r.str('0123456789ABCDEF', 32), ' path=/'],
  'github-pat': (r) => ['git push failed token ', 'ghp_' + r.str(B62, 36), ' revoked'],
  'github-fine-grained-pat': (r) => ['gh api failed token ', 'github_pat_' + r.str(B62 + '_', 82), ' 401'],
  'github-oauth-token': (r) => ['oauth callback token ', 'gho_' + r.str(B62, 36), ' 401'],
  'github-app-token': (r) => ['installation token ', 'ghs_' + r.str(B62, 36), ' expired'],
  'github-refresh-token': (r) => ['refresh with ', 'ghr_' + r.str(B62, 36), ' failed'],
  'gitlab-pat': (r) => ['gitlab api 401 token ', 'glpat-' + r.str(B62, 20), ' expired'],
  'gitlab-token': (r) => ['runner register ', 'glrt-' + r.str(B62, 20), ' failed'],
  'npm-token': (r) => ['npm publish //registry.npmjs.org/:_authToken=', 'npm_' + r.str(B62, 36), ' E401'],
  'pypi-token': (r) => ['twine upload password ', 'pypi-AgEIcHlwaS5vcmc' + r.str(URLSAFE, 70), ' 403'],
  'postman-api-key': (r) => ['newman run key ', `PMAK-${r.str(HEX, 24)}-${r.str(HEX, 34)}`, ' 401'],
  'atlassian-api-token': (r) => ['jira sync 401 token ', 'ATATT3xFfGF0' + r.str(URLSAFE, 170) + '=' + r.str('0123456789ABCDEF', 8), ' user=bot'],
  'linear-api-key': (r) => ['linear webhook key ', 'lin_api_' + r.str(B62, 40), ' invalid'],
  'notion-token': (r) => ['notion sync token ', 'ntn_' + r.str(DIG, 11) + r.str(B62, 35), ' unauthorized'],
  'airtable-pat': (r) => ['airtable 401 token ', 'pat' + r.str(B62, 14) + '.' + r.str(HEX, 64), ' base=app'],
  'huggingface-token': (r) => ['hf hub download token ', 'hf_' + r.str(UPPER + LOWER, 34), ' 401'],
  'slack-bot-token': (r) => ['chat.postMessage failed token=', `xoxb-${r.str(DIG, 12)}-${r.str(DIG, 13)}-${r.str(B62, 24)}`, ' error=invalid_auth'],
  'slack-user-token': (r) => ['slack export token ', `xoxp-${r.str(DIG, 12)}-${r.str(DIG, 12)}-${r.str(DIG, 13)}-${r.str(HEX, 32)}`, ' revoked'],
  'slack-config-token': (r) => ['slack manifest token ', 'xoxe.xoxp-1-' + r.str(B62, 163), ' expired'],
  'slack-app-token': (r) => ['socket mode token ', `xapp-1-A${r.str(UPPER + DIG, 10)}-${r.str(DIG, 13)}-${r.str(HEX, 64)}`, ' invalid'],
  'slack-webhook': (r) => ['POST https://hooks.slack.com/services/', `T${r.str(UPPER + DIG, 10)}/B${r.str(UPPER + DIG, 10)}/${r.str(B62, 24)}`, ' -> 404 no_service'],
  'teams-webhook': (r) => ['POST ', `https://acme.webhook.office.com/webhookb2/${uuid(r)}@${uuid(r)}/IncomingWebhook/${r.str(HEX, 32)}/${uuid(r)}`, ' -> 400'],
  'discord-webhook': (r) => ['POST https://discord.com/api/webhooks/', `${r.str(DIG, 18)}/${r.str(URLSAFE, 68)}`, ' -> 429'],
  'zapier-webhook': (r) => ['POST https://hooks.zapier.com/hooks/catch/', `${r.str(DIG, 7)}/${r.str(LOWER + DIG, 6)}`, '/ -> 410'],
  'telegram-bot-token': (r) => ['GET https://api.telegram.org/bot', `${r.str(DIG, 10)}:AA${r.str(URLSAFE, 33)}`, '/getMe -> 401'],
  'twilio-api-key': (r) => ['twilio client key ', 'SK' + r.str(HEX, 32), ' 401'],
  'twilio-account-sid': (r) => ['POST /2010-04-01/Accounts/', 'AC' + r.str(HEX, 32), '/Messages.json -> 401'],
  'twilio-auth-token': (r) => ['twilio init TWILIO_AUTH_TOKEN=', r.str(HEX, 32), ' region=us1'],
  'sendgrid-api-key': (r) => ['sendgrid mail send 401 key=', `SG.${r.str(URLSAFE, 22)}.${r.str(URLSAFE, 43)}`, ' '],
  'mailgun-api-key': (r) => ['mailgun auth api:', 'key-' + r.str(HEX, 32), ' rejected'],
  'mailchimp-api-key': (r) => ['mailchimp list sync apikey ', `${r.str(HEX, 32)}-us${r.int(1, 21)}`, ' 401'],
  'brevo-api-key': (r) => ['brevo send failed api-key: ', `xkeysib-${r.str(HEX, 64)}-${r.str(B62, 16)}`, ' 401'],
  'postmark-token': (r) => ['request_headers={X-Postmark-Server-Token: ', uuid(r), '}'],
  'stripe-secret-key': (r) => ['stripe 401 headers={"Authorization":"Bearer ', 'sk_live_' + r.str(B62, 99), '"}'],
  'stripe-restricted-key': (r) => ['stripe client init key=', 'rk_live_' + r.str(B62, 99), ' mode=live'],
  'stripe-publishable-key': (r) => ['checkout init publishable ', 'pk_live_' + r.str(B62, 99), ' ok'],
  'stripe-webhook-secret': (r) => ['webhook verify failed secret ', 'whsec_' + r.str(B62, 32), ' sig mismatch'],
  'stripe-client-secret': (r) => ['confirm failed client_secret ', `pi_${r.str(B62, 24)}_secret_${r.str(B62, 25)}`, ' status=400'],
  'stripe-customer-id': (r) => ['charge failed customer=', 'cus_' + r.str(UPPER, 4) + r.str(DIG, 4) + r.str(B62, 6), ' attempt=2'],
  'square-access-token': (r) => ['square catalog 401 token ', 'EAAA' + r.str(B62, 60), ' '],
  'square-oauth-secret': (r) => ['square oauth secret ', 'sq0csp-' + r.str(URLSAFE, 43), ' rejected'],
  'braintree-access-token': (r) => ['braintree gateway ', `access_token$production$${r.str(LOWER + DIG, 16)}$${r.str(HEX, 32)}`, ' 401'],
  'plaid-access-token': (r) => ['plaid /accounts/get item ', 'access-production-' + uuid(r), ' ITEM_LOGIN_REQUIRED'],
  'openai-api-key': (r) => ['openai 401 key ', `sk-proj-${r.str(URLSAFE, 74)}T3BlbkFJ${r.str(URLSAFE, 74)}`, ' invalid'],
  'anthropic-api-key': (r) => ['anthropic 401 x-api-key ', `sk-ant-api03-${r.str(URLSAFE, 93)}AA`, ' '],
  'datadog-api-key': (r) => ['agent start DD_API_KEY=', r.str(HEX, 32), ' site=datadoghq.com'],
  'datadog-app-key': (r) => ['terraform provider DD_APP_KEY=', r.str(HEX, 40), ' ok'],
  'newrelic-user-key': (r) => ['nerdgraph 401 key ', 'NRAK-' + r.str(UPPER + DIG, 27), ' '],
  'newrelic-insert-key': (r) => ['insights insert key ', 'NRII-' + r.str(URLSAFE, 32), ' rejected'],
  'newrelic-browser-key': (r) => ['browser agent licenseKey ', 'NRJS-' + r.str(HEX, 19), ' loaded'],
  'sentry-token': (r) => ['sentry-cli auth token ', 'sntryu_' + r.str(HEX, 64), ' 401'],
  'pagerduty-api-key': (r) => ['pd client PAGERDUTY_API_KEY=', 'u+' + r.str(B62, 18), ' 401'],
  'grafana-token': (r) => ['grafana api 401 token ', `glsa_${r.str(B62, 32)}_${r.str(HEX, 8)}`, ' '],
  'dynatrace-token': (r) => ['dynatrace ingest token ', `dt0c01.${r.str(UPPER + DIG, 24)}.${r.str(UPPER + DIG, 64)}`, ' 401'],
  'shopify-token': (r) => ['shopify admin api 401 X-Shopify-Access-Token ', 'shpat_' + r.str(HEX, 32), ' shop=acme.myshopify.com'],
  'hubspot-private-app-token': (r) => ['hubspot batch upsert 401 token ', 'pat-na1-' + uuid(r), ' '],
  'hubspot-api-key': (r) => ['GET https://api.hubapi.com/contacts/v1/lists?hapikey=', uuid(r), ' -> 401'],
  'salesforce-session-token': (r) => ['sfdc query 401 sid ', `00D${r.str(B62, 12)}!${r.str(B62 + '._', 80)}`, ' '],
  'salesforce-consumer-key': (r) => ['sfdc connected app ', '3MVG9' + r.str(B62 + '._', 80), ' refresh failed'],
  'okta-api-token': (r) => ['okta users api headers={Authorization: SSWS ', '00' + r.str(URLSAFE, 40), '}'],
  'facebook-access-token': (r) => ['graph api 190 token ', 'EAAC' + r.str(B62, 150), ' expired'],
  'supabase-token': (r) => ['supabase cli token ', 'sbp_' + r.str(HEX, 40), ' invalid'],
  'mapbox-token': (r) => ['mapbox upload token ', `sk.eyJ${r.str(URLSAFE, 80)}.${r.str(URLSAFE, 22)}`, ' 401'],
  'algolia-admin-key': (r) => ['algolia reindex ALGOLIA_ADMIN_KEY=', r.str(HEX, 32), ' app=ACME'],
  'aws-session-token': (r) => ['sts assume-role ok {"Credentials":{"SessionToken":"', 'IQoJb3JpZ2luX2Vj' + r.str(B64, 400), '","Expiration":"2026-10-01T00:00:00Z"}}'],
  'flyio-token': (r) => ['fly deploy FLY_API_TOKEN=', 'fo1_' + r.str(URLSAFE, 43), ' failed'],
  'sumologic-credentials': (r) => ['collector register sumo_access_id=', 'su' + r.str(B62, 12), ' rejected'],
  'sidekiq-credentials': (r) => ['bundle install failed BUNDLE_ENTERPRISE__CONTRIBSYS__COM=', `${r.str(HEX, 8)}:${r.str(HEX, 8)}`, ' status=401'],
  'sourcegraph-token': (r) => ['src search failed SRC_ACCESS_TOKEN ', 'sgp_' + r.str(HEX, 40), ' unauthorized'],
  'sonarqube-token': (r) => ['sonar-scanner -Dsonar.token=', 'squ_' + r.str(HEX, 40), ' -Dsonar.host.url=https://sonar.acme.io'],
  'snyk-token': (r) => ['snyk auth failed SNYK_TOKEN=', uuid(r), ' org=acme'],
  'docker-pat': (r) => ['docker login -u ci --password-stdin <<< ', 'dckr_pat_' + r.str(URLSAFE, 27), ' failed'],
  'adyen-api-key': (r) => ['adyen payments 401 X-API-Key ', `AQE${r.str(B64, 60)}==-${r.str(B64, 43)}=-${r.str(B62, 16)}`, ' merchant=Acme'],
  'facebook-app-token': (r) => ['graph debug_token access_token=' + r.str(DIG, 15) + '|', r.str(HEX, 32), ' expires=0'],
  'curl-user-credentials': (r) => ['+ curl -sS -u deploy:', pass(r).replace(/[~$]/g, '!'), ' https://nexus.acme.io/repository/raw/'],
  'google-refresh-token': (r) => ['oauth exchange failed refresh=', '1//0' + r.str(URLSAFE, 100), ' invalid_grant'],
  'xml-secret-element': (r) => ['soap fault request=<auth><user>svc</user><password>', pass(r).replace(/[<>]/g, '!'), '</password></auth>'],
  'name-value-secret': (r) => ['pod spec env: [{name: DB_PASSWORD, value: "', pass(r), '"}]'],
  'cli-password-flag': (r) => ['+ mysql -h db.internal -u root -p', pass(r).replace(/[$~]/g, '!').replace(/^-/, 'x'), ' billing < dump.sql'],
  'cli-login-password': (r) => ['+ docker login -u ci-bot -p ', pass(r).replace(/[$~'"]/g, '!').replace(/^-/, 'x'), ' registry.acme.io'],
  'netrc-password': (r) => ['machine api.github.com login octo-bot password ', pass(r).replace(/[$~'"]/g, '!'), ''],
  'phone-under-key': (r) => ['{"client":"Dupont","telephone":"', `0${r.int(1, 7)} ${r.str(DIG, 2)} ${r.str(DIG, 2)} ${r.str(DIG, 2)} ${r.str(DIG, 2)}`, '"}'],
  'password-assignment': (r) => ['login failed user=svc password=', pass(r), ' attempt=3'],
  'secret-assignment': (r) => ['oauth refresh failed client_secret=', r.str(B62, 28), ' grant_type=refresh_token'],
  'url-query-credential': (r) => ['GET https://api.partner.example/v1/items?limit=10&access_token=', r.str(B62, 32), '&page=2 -> 500'],
  'oauth-client-id': (r) => ['token refresh failed (client_id=', r.str(B62, 24), ') status=400'],
  email: (r) => ['charge failed for ', `${r.str(LOWER, r.int(3, 8))}.${r.str(LOWER, r.int(3, 8))}${r.int(1, 99)}@${r.pick(['acme-payments.com', 'gmail.com', 'mail.acme-corp.de', 'corp.acme.org'])}`, ' status=402'], // RFC 2606 domains are documentation, not people
  'phone-number': (r) =>
    r.pick([
      (): Sample => ['contact upsert phone=', `+1-${r.int(201, 989)}-${r.int(200, 999)}-${r.str(DIG, 4)}`, ' -> 409'],
      (): Sample => ['sms delivery failed to ', `+44 20 ${r.str(DIG, 4)} ${r.str(DIG, 4)}`, ' code=30003'],
      (): Sample => ['callback number ', `(${r.int(201, 989)}) ${r.int(200, 999)}-${r.str(DIG, 4)}`, ' unreachable'],
    ])(),
  'us-ssn': (r) => ['kyc check failed ssn=', ssn(r), ' status=review'],
  'us-itin': (r) => ['tax form w9 itin ', `9${r.str(DIG, 2)}-${r.int(70, 88)}-${r.str(DIG, 4)}`, ' mismatch'],
  'uk-nino': (r) => ['payroll export nino=', nino(r), ' employee=42'],
  'ipv4-address': (r) => ['login failed client_ip=', ipv4(r), ' attempts=7'],
  'ipv6-address': (r) => ['request from ', `2001:db8:${r.str(HEX, 4)}:${r.str(HEX, 4)}:${r.str(HEX, 4)}:${r.str(HEX, 4)}:${r.str(HEX, 4)}:${r.str(HEX, 4)}`, ' blocked'],
  'mac-address': (r) => ['dhcp lease for ', Array.from({ length: 6 }, () => r.str(HEX, 2)).join(':'), ' renewed'],
  'credit-card': (r) => ['payment failed card=', cardNumber(r), ' decline_code=do_not_honor'],
  'card-cvc': (r) => ['charge payload exp_month=12 cvc=', r.str(DIG, 3), ' amount=4999'],
  'card-cvc-prose': (r) => [`support chat: my card is ${cardNumber(r)} and the security code `, r.str(DIG, 3), ', why was it declined?'],
  // An expiry date is found beside a card number only (alone it identifies no card).
  'card-expiry': (r) => ['card declined card=4000 0566 5566 5556 exp=', `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(26, 35)}`, ' reason=expired_card'],
  iban: (r) => ['sepa payout failed iban=', iban(r, r.next() < 0.5), ' reason=AC04'],
  'aba-routing-number': (r) => ['ach transfer failed routing_number=', aba(r), ' account=checking'],
  'bank-account-number': (r) => ['ach transfer failed account_number=', r.str(DIG, 12), ' status=R03'],
  'bank-account-beside-routing': (r) => ['ach return R03 routing 021000021 account ', r.str(DIG, 10) + r.int(10, 99), ' unable to locate'],
  'bank-csv-column': (r) => ['payroll export:\nemployee_id,name,bank_account,net_pay\nE1,"Doe, Jane",', r.str(DIG, 10) + r.int(10, 99), ',4200.00'],
  // Fixed published addresses (Base58Check needs SHA-256 to generate): the genesis coinbase and a BIP-13 P2SH example.
  'bitcoin-base58-address': (r) => ['withdrawal to wallet ', r.pick(['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy']), ' queued'],
  'ethereum-address-under-key': (r) => ['payout {"wallet":"', r.str(HEX, 40), '","chain":1}'],
  'ethereum-address': (r) => ['payout to wallet ', '0x' + r.str(HEX + 'ABCDEF', 40), ' pending'],
  'bitcoin-address': (r) => {
    const data = 'q' + r.str('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 38).slice(0, 32); // 38 draws, as before checksums: later samples stay as they were
    return ['withdrawal to ', `bc1${data}${bech32Checksum('bc', data)}`, ' queued'];
  },
  'secret-declaration': (r) => ['config dump: var ingestToken string = "', r.str(B62, 12) + r.str(DIG, 2) + r.str(B62, 14), '"'],
  'yaml-block-secret': (r) => ['rendered values:\n  api_token: |\n    ', r.str(B62, 20) + r.str(DIG, 3) + r.str(B62, 9), '\n  replicas: 2'],
  'spring-bind-failure-secret': (r) => ["Failed to bind properties under 'spring.datasource' to DataSourceProperties:\n    Property: spring.datasource.password\n    Value: \"", r.str(B62, 12) + r.str(DIG, 2) + r.str(B62, 6), '"\n    Reason: sealed'],
  'xml-secret-element-multiline': (r) => ['<config>\n  <ApiToken>\n    ', r.str(B62, 18) + r.str(DIG, 2) + r.str(B62, 10), '\n  </ApiToken>\n</config>'],
  'onepassword-secret-key': (r) => ['op signin failed secret_key=', `A3-${r.str(UPPER + DIG, 5)}7-${r.str(UPPER + DIG, 6)}-${r.str(UPPER + DIG, 5)}-${r.str(UPPER + DIG, 5)}-${r.str(UPPER + DIG, 5)}-${r.str(UPPER + DIG, 5)}`, ' account=acme'],
  'planetscale-token': (r) => ['mysql connect failed: ', `pscale_${r.pick(['pw', 'tkn', 'oauth'])}_${r.str(URLSAFE, 43)}`, ' denied'],
  'openshift-token': (r) => ['+ oc login --token=', 'sha256~' + r.str(URLSAFE, 43), ' --server=https://api.ocp.acme.io:6443'],
  'easypost-api-key': (r) => ['shipment create 401 key=', 'EZAK' + r.str(B62, 54), ' carrier=usps'],
  'perplexity-api-key': (r) => ['llm call failed Authorization: Bearer ', 'pplx-' + r.str(B62, 48), ' 401'],
  'intra42-client-secret': (r) => ['oauth exchange client_secret ', `s-s4t2${r.pick(['ud', 'af'])}-${r.str(HEX, 64)}`, ' rejected'],
  'claude-code-session-url': (r) => ['remote control at https://claude.ai/code/', 'session_' + r.str(B62, 24), ' started'],
  'jwt-base64': (r) => ['upstream header x-auth-b64=', Buffer.from(`${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(`{"sub":"${r.str(DIG, 8)}"}`)}.${r.str(URLSAFE, 43)}`).toString('base64'), ' rejected'],
  'slack-legacy-token': (r) => ['legacy integration token ', `xoxs-${r.str(DIG, 10)}-${r.str(DIG, 10)}-${r.str(DIG, 10)}-${r.str(HEX, 10)}`, ' revoked'],
  // Issue 35: credentials known by their neighbours, personal records under their keys.
  'twilio-token-beside-sid': (r) => [`sms.py:41 client = Client("AC${r.str(HEX, 32)}", "`, r.str(HEX, 32), '") -> 401'],
  'mailgun-private-key': (r) => ["mailgun config { username: 'api', key: '", `${r.str(HEX, 32)}-${r.str(HEX, 8)}-${r.str(HEX, 8)}`, "' } -> 401"],
  'url-query-app-key': (r) => [`GET https://api.${r.pick(['weather', 'geo', 'fx'])}.example/v2/q?city=Lyon&${r.pick(['appid', 'app_key', 'license_key'])}=`, r.str(B62, 30) + r.int(0, 9), '&units=metric -> 429'],
  'field-value-secret': (r) => [`ValidationError: {"field":"${r.pick(['passphrase', 'db_password', 'clientSecret'])}","value":"`, r.str(B62, 16) + r.int(0, 9) + ' ' + r.str(B62, 6), '","reason":"reused"}'],
  'date-of-birth': (r) => [`kyc rejected {"${r.pick(['dob', 'date_of_birth', 'birthDate'])}":"`, `${r.int(1950, 2005)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`, '"}'],
  'us-tax-id-under-key': (r) => [`W-9 import failed ${r.pick(['tin', 'taxpayer_id', 'tax_id'])}=`, ssn(r).replace(/-/g, ''), ' reason=name mismatch'],
  // Issue 37.
  'twilio-token-near-sid': (r) => [`support chat: SID AC${r.str(HEX, 32)}\ntoken `, r.str(HEX, 32), ' (please rotate)'],
  'cli-table-secret': (r) => ['vault read secret/app\nKey              Value\n---              -----\nclient_secret    ', r.str(B62, 26) + r.int(0, 9), '\nttl              768h'],
  'session-cookie-named': (r) => ['har entry {"name":"Set-Cookie","value":"_acme_session=', r.str(B62, 47) + r.int(0, 9), '; path=/; secure; HttpOnly"}'],
  'php-connect-password': (r) => ["#0 /var/www/src/Db.php(42): PDO->__construct('mysql:host=db;dbname=shop', 'shop', '", r.str(B62, 12) + r.pick(['%', '#', '!']) + r.int(0, 9), "')"],
  'prose-password-quoted': (r) => {
    const [before, after] = r.pick([['Le mot de passe du compte admin est « ', ' »'], ['Das Passwort lautet „', '“'], ['la contraseña es “', '”']] as const);
    return [before, r.str(B62, 10) + r.pick(['.', '-', '_']) + r.int(0, 9), after];
  },
  'street-address': (r) => [`shipment failed ${r.pick(['address_line1', 'streetAddress', 'shipping_address'])}='`, `${r.int(2, 480)} ${r.pick(['Elm Street', 'Rue de la Paix', 'Oak Lane'])}`, "' not deliverable"],
  // Issue 45.
  'k8s-env-secret': (r) => [`kubectl get deploy api -o yaml\n        - name: ${r.pick(['STRIPE_API_KEY', 'DB_PASSWORD', 'SENTRY_AUTH_TOKEN'])}\n          value: "`, r.str(B62, 24) + r.int(0, 9), '"\n        - name: LOG_LEVEL'],
  'php-define-secret': (r) => [`wp-config.php dumped: define( '${r.pick(['DB_PASSWORD', 'AUTH_KEY', 'NONCE_SALT'])}', '`, pass(r), "' );"],
  'sql-identified-by': (r) => ["Query\tCREATE USER 'app'@'%' IDENTIFIED BY '", pass(r), "'"],
  'cli-config-set-secret': (r) => ['+ redis-cli CONFIG SET requirepass "', pass(r), '"'],
  'cli-flag-secret': (r) => [`+ mysqldump --user backup ${r.pick(['--password', '--db-password'])} `, pass(r), ' --single-transaction shop'],
  'secret-key-base': (r) => ['bin/rails credentials:show secret_key_base: ', r.str(HEX, 128), ' (printed by a deploy script)'],
  'pat-assignment': (r) => ['pipeline env AZURE_DEVOPS_EXT_PAT=', r.str('abcdefghijklmnopqrstuvwxyz234567', 51) + r.int(2, 7), ' az devops login'],
  'phone-url-encoded': (r) => ['POST /webhooks/sms body=MessageStatus=sent&To=', `%2B1${r.int(2, 9)}${r.str(DIG, 9)}`, '&ApiVersion=2010-04-01'],
  // Branch issue-pers: personal-data breadth (see personal-samples.ts).
  ...PERSONAL_SAMPLES,
  // issue-cred.
  ...CRED_SAMPLES,
  // issue-fin (second round).
  'bank-sort-code': (r) => ['payee added: sort code ', `${r.str(DIG, 2)}-${r.str(DIG, 2)}-${r.int(10, 99)}`, ' account 3192••••'],
  'bank-sql-column': (r) => ["duplicate key: INSERT INTO payouts (user_id, account_number, amount) VALUES (42, '", r.str(DIG, 10) + r.int(10, 99), "', 1200)"],
  // issue-s9cred.
  ...S9CRED_SAMPLES,
  // issue-pf10.
  ...PF10_SAMPLES,
  ...PF11_SAMPLES,
  // issue-pf13.
  ...PF13_SAMPLES,
  ...R2P_SAMPLES,
  // issue-cred10.
  ...CRED10_SAMPLES,
  // issue-cred11.
  ...CRED11_SAMPLES,
  ...CRED13_SAMPLES,
  // Round 2 credential classes (blind sets 13 and 14).
  ...R2C_SAMPLES,
  // Credential round for blind set 16.
  ...CRED16_SAMPLES,
  // Credential round for blind set 17.
  ...CRED17_SAMPLES,
  ...CRED18_SAMPLES,
  // issue-pf16: personal data in SDK and runtime dumps, Nordic and Singapore addresses.
  ...PF16_SAMPLES,
  ...PF17_SAMPLES,
  ...PF18_SAMPLES,
  // Round fix19: languages and encodings (blind set 19).
  ...R19_SAMPLES,
  ...R20_SAMPLES,
  // Round f21: postal addresses in native scripts and layouts.
  ...F21_SAMPLES,
  ...R21_SAMPLES,
  // Round fix22a: identity and access credentials (blind set 22).
  ...R22A_SAMPLES,
  ...FTH_SAMPLES,
  // Round fix22b: set 22's personal classes, set 21's declared secrets.
  ...R22B_SAMPLES,
  // Round f20: values in a second layer of encoding.
  ...F20_SAMPLES,
  // Round f24: regulated-industry integrations (blind set 24).
  ...F24_SAMPLES,
  ...F25A_SAMPLES,
  // Round f23: everyday integration errors (blind set 23).
  ...F23_SAMPLES,
  // Round f24l: VPN key files, ids named by their record's context.
  ...F24L_SAMPLES,
  ...F23L_SAMPLES,
  // Round f25b: names paired with ids, bank pairs, SQL bindings (blind set 25).
  ...F25B_SAMPLES,
  // Round f26b: typed document ids, UPI and Alipay ids, provider secrets, ERP bank accounts (blind set 26).
  ...F26B_SAMPLES,
  // Round f26a: names under role keys, greetings, mailboxes, payment files; street lines in local layouts (blind set 26).
  ...F26A_SAMPLES,
  // Round g27b: secrets echoed in pasted shell sessions (blind set 27).
  ...G27B_SAMPLES,
  ...G27A_SAMPLES,
  // Round h28: labelled names, bank pairs, NIR and passports in prompts; rule-less tables, encoded form fields (blind set 28).
  ...H28_SAMPLES,
  // Round gh28: published-prefix provider tokens of GitHub secret scanning's list, Azure signature keys.
  ...GH28_SAMPLES,
  // Round h29: PNR/APIS, NDC/OTA, provider keys, plists, Postman exports, Swift dumps, payout records (blind set 29).
  ...H29_SAMPLES,
  // Round t31: SIP/VoIP, IoT and carrier secrets, subscriber ids, names in telecom and billing records (blind set 31).
  ...T31_SAMPLES,
  // Round c30: names in lead forms and CRM text, marketing provider tokens, ACH pairs, unhashed ad user data (blind set 30).
  ...C30_SAMPLES,
  // Round r33: wallet secrets, RPC and exchange keys, bank-file parties and accounts, LAU and webhook keys (blind set 33).
  ...R33_SAMPLES,
  // Round np: provider formats and password shapes of Nosey Parker's rule examples.
  ...NP_SAMPLES,
  // Round r32: names in git output, CI variables and timelines; Sentry DSN, kubeadm, AppRole, Terraform and CloudFormation secrets (blind set 32).
  ...R32_SAMPLES,
  // Round r35: Steam, Agora, DRM, build-farm and stream keys, k8s stringData, labelled names, Connect forms, quoted NACHA entries (blind set 35).
  ...R35_SAMPLES,
  // Round r34: SOC and IR names, offensive-tool hashes and command-line passwords, SOC pipeline secrets, MFA codes, exports (blind set 34).
  ...R34_SAMPLES,
  ...R36_SAMPLES, // Round r36: gateway, mesh, broker and platform secrets, names before `<+phone>` (blind set 36).
  // Round r37: POS, gateway, gift card and store-IT secrets, EMV and track data, names in POS, ordering and EDI records (blind set 37).
  ...R37_SAMPLES,
  // Round r38: CMS and hosting config secrets, storage key ids, plugin licences, agency chat passwords, names in WHOIS, forms and rows (blind set 38).
  ...R38_SAMPLES,
  // Round r39: warehouse, lake and pipeline credentials, failed-row names, US address lines, device ids (blind set 39).
  ...R39_SAMPLES,
  // Round r40: log-shipper, Elasticsearch, on-call and APM keys, browser-test passwords, names in telemetry, ids and CVVs in records (blind set 40).
  ...R40_SAMPLES,
  // Round r42: ERP, carrier and EDI credentials, ACH and routing-line bank details, names in split CSV columns, SAP fields, EDI segments, cXML (blind set 42).
  ...R42_SAMPLES,
  // Round r43: PHP property secrets, named config secrets, Sanctum, ApiKey headers, CAS tickets, session tokens, TOML, bank numbers beside routing and in SQL rows, foreign name labels (blind set 43).
  ...R43_SAMPLES,
  // Round r41: iPaaS webhook URLs, APIM keys as header values, box-table and escaped .properties secrets, names by their own mailbox or sign-off (blind set 41).
  ...R41_SAMPLES,
  // Round r44: lockbox, keypad and access codes, coordinates, SMTP app passwords, Erlang cookies, HMAC and jwt.sign secrets, PACER tokens,
  // SQL Server and settings-table passwords, NIEM ids, aba+number pairs; names under claim, loan, lease and case party labels (blind set 44).
  ...R44_SAMPLES,
  // Round r45: dev-tool and registry credentials (yarn, gem, bundler, conda, vault, aws configure, send-email, HAR), geo strings, NACHA headers, names in dev dumps (blind set 45).
  ...R45_SAMPLES,
  // Round r49: Branch, Matrix, Braintree, MessageBird keys, NINO columns, coordinates, SQL birth dates, names in forms and profiles (blind set 49).
  ...R49_SAMPLES,
  // Round r50: X12 NM1 names and REF tax ids, query-string and <First>/<Last> names, YAML payees, lat/lon keys and latlng arrays, SSO codes, webhook verification codes, Agora tokens (blind set 50).
  ...R50_SAMPLES,
  // After blind set 55 (the lead): URI passwords of any scheme, names quoted after a person's role noun.
  ...L55_SAMPLES,
  // After blind set 56 (the lead): names under person-role `…name` keys, mail display names, name and NINO cells beside a mailbox,
  // EF Core parameters, Private Packagist tokens.
  ...L56_SAMPLES,
  // Round r48: EDIFACT PAXLST segments, GDS FP cards, BACS lines, PANs in prose, loyalty and known-traveller numbers, licence objects,
  // labelled addresses, shared and signature secrets; names beside surname, on cards, under renter/passenger keys, SCIM, chats (blind set 48).
  ...R48_SAMPLES,
  // Round r51: lat/lon keys, lat/lng CSV columns and trip endpoints, loan accounts, OCPP authorization keys, WS-Security key user names,
  // <Pswd>/<BirthDt>/<DLNumber> elements, licences in SQL and after DL, names after role labels, in SQL UPDATE and <name type>, prose passwords, SID (blind set 51).
  ...R51_SAMPLES,
  // Round r53: `sort … acc …` bank details, labelled UTRs, a person's lat/lng fields and CSV columns, name/value XML passwords, Vault KV reads,
  // VPN PSKs, noted password labels, curl -u key ids, concatenated Basic credentials, FIRSTNAME/LASTNAME XML, names under site roles (blind set 53).
  ...R53_SAMPLES,
  // Round r52: names in session logs, comment owners, XML role elements, inverted JSON names, CLI tables, form brackets, role labels, SQL/CSV
  // person columns, file headers, FHIR HumanName; lat/lon objects, salts, auth session ids, client keys, remit-to accounts, EINs, NINOs, MRNs (blind set 52).
  ...R52_SAMPLES,
  // Round r57: names in record fields above their own mailbox, Basic passwords written out, logical-assignment secrets, `…SECRET_PRIVATE` keys,
  // web-server credential headers, Cypress record keys, Duo skeys, base64 webhook URLs (blind set 57).
  ...R57_SAMPLES,
  // Round r58: lone first/last names beside a contact, recipient/user names, greeted and self-introduced names, names before a contact
  // label, job positional args (name, routing, account), RDFI labels, signature and verifier keys, Google codes, BSNs (blind set 58).
  ...R58_SAMPLES,
  // Round r59: Vietnamese-lettered names, names beside contacts in prose and forms, foreign ids under ssn keys, RDS IPv6 prefixes, registry auth,
  // PagerDuty keys, Key Vault/.NET/piped secrets, ACH/NACHA rows, Synthetics and actuator passwords, keys after a failed call (blind set 59).
  ...R59_SAMPLES,
  // Round r61: repeated password form fields, session ids in session dumps, Express signed cookies, payment parties before an IBAN,
  // dollar-quoted SQL names, ORM parameter comments (blind set 61).
  ...R61_SAMPLES,
  // Round r60: Close/Mandrill/vendor-named keys, qualified and prose webhook signing keys, property-dump passwords, diff-arrow and field-diff
  // birth dates, bank numbers and national ids, compound streets, city-postcode lines, transcript, SuppliedName and merge-field names (blind set 60).
  ...R60_SAMPLES,
  // Secrets and personal data sent encoded: base64, hex, `\x`/`\u` escapes (detectors/encoded-runs.ts).
  ...ENCODED_SAMPLES,
  // Fixes after blind set 67: EINs under tax-id keys, Sage Intacct session ids, OAuth 1.0a signing keys.
  ...S67_SAMPLES,
  // Round r63: Vietnamese names in rows, customer keys and JSON escapes, rows with routing numbers, UK sort codes and spaced NINOs, DNI and
  // birth-date cells beside a mailbox, warehouse date-parse errors, spark-defaults, Flink configuration and SecureString secrets (blind set 63).
  ...R63_SAMPLES,
  // Round r65: keys named as failed in errors, token box rows, eBay tokens and Cert IDs, Ably keys, Postmark SMTP usernames, Authorize.Net
  // and Apple app-specific keys, taxvat ids, UK bank pairs, bracketed bank forms, one-word streets, Vietnamese-lettered names (blind set 65).
  ...R65_SAMPLES,
  // Round r67: JWE tokens, Brex tokens, Plaid secrets, Bill.com sessions, remember-me tokens, indented NACHA records, bank fields in table rows
  // and CSV columns, VAT/EIN under tax keys, names under bank and payroll keys (blind set 67).
  ...R67_SAMPLES,
  // Round r70: pay under compensation keys and columns, NACHA/BACS/CPA-005/BECS record fields, contribution and EFW2 records, payroll
  // and tax-filing secrets (GovTalk, Vertex, CRA, Avalara, TaxJar, Modern Treasury), names under HR keys (blind set 70).
  ...R70_SAMPLES,
  // Round r62: names in fixtures, diffs, seeds, prompts, stub logs and encoded bodies, Vietnamese family names, short Datadog keys, vendor-labelled
  // hex secrets, bare PayPal secrets, HMAC/Basic labels, passwords with spaces in connection strings, env dumps and -var flags (blind set 62).
  ...R62_SAMPLES,
  // Round r64: names under display-name keys, in attribute lists, LDAP DNs, before a mailbox and on embossing lines; birth dates in attribute
  // arrays and provisioning logs; Workday national ids; deposit accounts; SecureString, ldap3, agent, TOTP and Keycloak secrets (blind set 64).
  ...R64_SAMPLES,
  // Round r66: gRPC metadata maps, name/value Authorization schemes, gateway trace XML, Tyk and NGINX Plus keyval keys, APIM and signer keys;
  // names, birth dates and SSNs in validation echoes; account/routing pairs; digest counter keys and signatures beside a key id (blind set 66).
  ...R66_SAMPLES,
  // Round r69: DocuSign/Adobe Sign tokens, Guzzle auth arrays, keys in HMAC debug lines, SecretStr values, Middesk/Persona/Socure/Sumsub keys,
  // CoP and Brazilian accounts, Pix CPFs, postcodes, names in KYC payloads, MRZs, AAMVA and card OCR, public ids and request HMACs (blind set 69).
  ...R69_SAMPLES,
  // Round r68: user-name keys, CLI attribute shorthand, DynamoDB bank fields, keychain/Supabase CLI passwords, bare trip positions, Auth0 refresh
  // tokens, Terraform plan and Actions debug secrets, secrets objects, SSM paths, fastlane, quoted Authorization values, RevenueCat keys (blind set 68).
  ...R68_SAMPLES,
  // Round r71: mainframe FTP, Connect:Direct, Camel RAW, machine keys, shell-trace stdin, database CLI and wallet passwords, PuTTY keys, JCL,
  // RACF and EBICS secrets, ACH JSON fields, X12 N3/PER/ENT/IK4 and pipe segments, EDIFACT NAD, SPEI, positive pay, BAI2 (blind set 71).
  ...R71_SAMPLES,
  // Round r72: login-call passwords, provider-named key maps, Zendesk email/token pairs, compound full-name keys, CRM nouns, month/day
  // birthdays, form Q&A answers, billing `number` cards, prose client secrets (blind set 72).
  ...R72_SAMPLES,
  // Round r74: values paired with columns named in a separate list (Key details, ORM parameter lists, values_list, COPY data, fixed-width
  // tables, session-store rows, compared literals, Rails binds), DynamoDB typed secrets, Sanctum tokens, TOTP seeds, ADO.NET passwords (blind set 74).
  ...R74_SAMPLES,
  // Round r73: cookie files, session ids, HSM PINs, rotation values, courier/Loqate/Personio keys, prose passwords, UUID webhook keys, names in
  // any script and under CJK labels, CSV and SQL-bind names, CSV cards, RFCs, quoted-local e-mails, phone extensions (blind set 73).
  ...R73_SAMPLES,
  // Round r77: Convex deploy keys, Split authorizationKey, noted keys, prose passwords and hex secrets, Stream/Recurly/Mixpanel/Uploadcare/
  // Stytch secrets, signed media URLs, CLI tokens, security keys; names beside IBANs, phones, role nouns, own e-mails, identifier words,
  // party keys and form labels, name objects, cvv_number, SSN last four, account_identifiers, birthdayAt (blind set 77).
  ...R77_SAMPLES,
  // Round r75: HTML key/value cells, quoted bank rows, harvester-proof e-mails, shell '"'"' quoting, CSV doubled quotes, SSM SecureStrings,
  // AUTH commands, HTML form fields, multipart name fields, mixed-separator cards, prose CVCs, compound SSN keys, underscored names, SCIM filters (blind set 75).
  ...R75_SAMPLES,
  // Round r76: passwords, keys, tokens and sessions under labels in other languages and scripts with qualifiers, full-width operators
  // and 「」 brackets (blind set 76).
  ...R76_SAMPLES,
  // Round r76p: names under localized labels (~25 languages), after role words, before a localized `wrote`, in cardholder objects and escaped
  // JSON or forms; CBUs, native-label accounts, BLZ, agência; national ids under native labels; phones and birth dates under native labels (blind set 76).
  ...R76P_SAMPLES,
  // Round r78: names and street lines under bracketed form keys, Basic-auth users printed in plain, national ids under nin/TaxIdentifier,
  // romaji chome and AU unit addresses, BR mobiles in national layout, DocuSign sender-provided numbers (blind set 78).
  ...R78_SAMPLES,
  // Round r80: secrets in OpenTelemetry/Jaeger attributes and NGINX \x22-escaped bodies, quoted passphrases after sshpass/redis-cli, Cloudflare
  // tokens in its logs; party account keys; names before an account in parentheses, after on-call labels, under contact keys (blind set 80).
  ...R80_SAMPLES,
  // Lead round l82: names in prose without a label, a common given name first, after a word naming a person, after a greeting, before
  // the person's own phone or e-mail in brackets (outside probes).
  ...L82_SAMPLES,
  // Round r83: account / routing pairs, random_password results and Cloudflare token values in Terraform state, geb= birth dates,
  // verification-link codes, Checkout Session ids; names as AWS SSO session names, in user headers, Azure claims, before an address (blind set 83).
  ...R83_SAMPLES,
  // Round r81: secrets in Android string elements, keychain dumps, Swift optionals, browser globals and bare session keys; names in
  // SharedPreferences, before a phone in parentheses, in payment messages, billed-to lines and value-wrapped attributes; Swift phones (blind set 81).
  ...R81_SAMPLES,
  // Lead round l84: a password with punctuation written bare in a record of unquoted fields, up to the next field (blind set 82, fresh seed).
  ...L84_SAMPLES,
  ...L85_SAMPLES,
  ...L86_SAMPLES,
  ...L87_SAMPLES,
  ...L88_SAMPLES,
};

/** Clean log lines full of UUIDs, trace ids, SHAs, timestamps and order numbers. */
export function cleanLine(r: Rng): string {
  const ts = `2026-09-${String(r.int(1, 30)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.str(DIG, 3)}Z`;
  const svc = r.pick(['stripe_sync', 'hubspot_sync', 'salesforce_sync', 'billing_api', 'auth_api', 'netsuite_sync']);
  return r.pick([
    () => `${ts} INFO ${svc}: synced ${r.int(1, 999)} records in ${r.int(5, 9999)}ms request_id=req_${r.str(B62, 14)} trace_id=${r.str(DIG, 19)} span_id=${r.str(DIG, 18)}`,
    () => `${ts} DEBUG worker: job ${uuid(r)} completed status=200 duration_ms=${r.int(1, 999)} attempt=1/5`,
    () => `${ts} INFO deploy: commit ${r.str(HEX, 40)} rolled out version=${r.int(1, 9)}.${r.int(0, 99)}.${r.int(0, 9)} build=${r.str(DIG, 6)}`,
    () => `${ts} ERROR ${svc}: order ORD-2026-${r.str(DIG, 8)} failed after 30000ms order_id=${r.str(DIG, 9)} ts=${r.int(1700000000000, 1800000000000)}`,
    () => `${ts} WARN http: GET /api/v2/contacts?limit=100&page=${r.int(1, 99)} -> 429 retry_after=${r.int(1, 9)}s dd.trace_id=${r.str(DIG, 19)} dd.span_id=${r.str(DIG, 19)}`,
    () => `${ts} INFO cache: hit ratio 0.${r.str(DIG, 2)} key=contacts:${r.str(DIG, 6)} evicted=${r.int(0, 999)} size_bytes=${r.str(DIG, 7)}`,
    () => `${ts} INFO ${svc}: token refresh ok expires_in=3600 correlationId=${uuid(r)} event_id=${r.str(DIG, 19)}`,
    () => `${ts} INFO monitor: aggreg_key=${r.str(HEX, 32)} cycle_key=${r.str(DIG, 19)} alert_id=${r.str(DIG, 8)} at ${r.int(1700000000, 1800000000)}`,
    () => `${ts} INFO k8s: pod sync-worker-${r.str(HEX, 6)}-${r.str(LOWER + DIG, 5)} on node ip-10-${r.int(0, 255)}-${r.int(0, 255)}-${r.int(0, 255)} restarted ${r.int(0, 9)} times`,
    () => `${ts} INFO invoice in_${r.str(B62, 14)} paid amount=${r.int(100, 99999)} currency=usd line_items=${r.int(1, 20)} tax_rate=0.${r.str(DIG, 3)}`,
    () => `${ts} WARN ${svc}: slow query took ${r.int(100, 9999)}ms rows=${r.int(0, 99999)} sha256=${r.str(HEX, 64)}`,
    () => `${ts} INFO api: POST /v1/refunds/${uuid(r)} -> 201 in ${r.int(1, 999)}ms user_agent="python-requests/2.31.0"`,
  ])();
}
