import { B64URL, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import type { Provider21 } from './blind-set-21-layouts';
import { pairKeyId } from './blind-set-21-prov-infra';
import { b64json, cred, once21, pos, type PosCase21 } from './blind-set-21-types';

const AN = LOWER + DIGITS;
const UN = UPPER + DIGITS;
const W = B64URL;
const ALPHA = UPPER + LOWER;

/** SaaS and social platforms: one token kind each. */
export const SAAS: Provider21[] = [
  { id: 'saas/atlassian', kind: 'atlassian-api-token', name: 'JIRA_API_TOKEN', gen: (r) => `ATATT3xFfGF0${r.chars(W, 170)}=${r.hex(8).toUpperCase()}`, modes: 'b' },
  { id: 'saas/asana', kind: 'asana-pat', name: 'ASANA_ACCESS_TOKEN', gen: (r) => `2/${r.digits(16)}/${r.digits(16)}:${r.hex(32)}`, modes: 'b', hdr: 'Authorization: Bearer ', host: 'app.asana.com' },
  { id: 'saas/notion-old', kind: 'notion-token', name: 'NOTION_TOKEN', gen: (r) => `secret_${r.b62(43)}`, hdr: 'Authorization: Bearer ', host: 'api.notion.com' },
  { id: 'saas/notion-new', kind: 'notion-token', name: 'NOTION_API_KEY', gen: (r) => `ntn_${r.digits(11)}${r.b62(35)}`, modes: 'b' },
  { id: 'saas/linear', kind: 'linear-api-key', name: 'LINEAR_API_KEY', gen: (r) => `lin_api_${r.b62(40)}`, modes: 'b', hdr: 'Authorization: ', host: 'api.linear.app' },
  { id: 'saas/airtable', kind: 'airtable-pat', name: 'AIRTABLE_TOKEN', gen: (r) => `pat${r.b62(14)}.${r.hex(64)}`, modes: 'b', hdr: 'Authorization: Bearer ', host: 'api.airtable.com' },
  { id: 'saas/figma', kind: 'figma-pat', name: 'FIGMA_TOKEN', gen: (r) => `figd_${r.chars(W, 40)}`, modes: 'b', hdr: 'X-Figma-Token: ' },
  { id: 'saas/hubspot', kind: 'hubspot-private-app-token', name: 'HUBSPOT_ACCESS_TOKEN', gen: (r) => `pat-${r.pick(['na1', 'eu1'])}-${r.uuid()}`, modes: 'b' },
  { id: 'saas/intercom', kind: 'intercom-token', name: 'INTERCOM_ACCESS_TOKEN', gen: (r) => Buffer.from(`tok:${r.uuid().replace(/-/g, '_')}:1:0`).toString('base64'), hdr: 'Authorization: Bearer ' },
  { id: 'saas/zendesk', kind: 'zendesk-token', name: 'ZENDESK_API_TOKEN', gen: (r) => r.b62(40) },
  { id: 'saas/okta', kind: 'okta-token', name: 'OKTA_API_TOKEN', gen: (r) => `00${r.chars(W, 40)}`, hdr: 'Authorization: SSWS ' },
  { id: 'saas/auth0-secret', kind: 'auth0-client-secret', name: 'AUTH0_CLIENT_SECRET', gen: (r) => r.chars(W, 64) },
  { id: 'saas/postman', kind: 'postman-key', name: 'POSTMAN_API_KEY', gen: (r) => `PMAK-${r.hex(24)}-${r.hex(34)}`, modes: 'b', hdr: 'X-Api-Key: ', host: 'api.getpostman.com' },
  { id: 'saas/contentful-pat', kind: 'contentful-pat', name: 'CONTENTFUL_MANAGEMENT_TOKEN', gen: (r) => `CFPAT-${r.chars(W, 43)}`, modes: 'b' },
  { id: 'saas/contentful-delivery', kind: 'contentful-delivery-token', name: 'CONTENTFUL_DELIVERY_TOKEN', gen: (r) => r.chars(W, 43) },
  { id: 'saas/mapbox-secret', kind: 'mapbox-secret-token', name: 'MAPBOX_SECRET_TOKEN', gen: (r) => `sk.${b64json({ u: `acme${r.chars(LOWER, 4)}`, a: r.chars(AN, 25) })}.${r.chars(W, 22)}`, modes: 'b' },
  { id: 'saas/dropbox-short', kind: 'dropbox-short-lived-token', name: 'DROPBOX_ACCESS_TOKEN', gen: (r) => `sl.${r.chars(W, 136)}`, modes: 'b', hdr: 'Authorization: Bearer ', host: 'api.dropboxapi.com' },
  { id: 'saas/dropbox-long', kind: 'dropbox-long-lived-token', name: 'DROPBOX_TOKEN', gen: (r) => `${r.b62(11)}AAAAAAAAAA${r.chars(W, 43)}` },
  { id: 'saas/box', kind: 'box-developer-token', name: 'BOX_DEVELOPER_TOKEN', gen: (r) => r.b62(32), hdr: 'Authorization: Bearer ', host: 'api.box.com' },
  { id: 'saas/twitch', kind: 'twitch-token', name: 'TWITCH_CLIENT_SECRET', gen: (r) => r.chars(AN, 30) },
  { id: 'saas/twitter-bearer', kind: 'twitter-bearer-token', name: 'TWITTER_BEARER_TOKEN', gen: (r) => `AAAAAAAAAAAAAAAAAAAAA${r.b62(25)}%3D${r.b62(50)}`, modes: 'b', hdr: 'Authorization: Bearer ', host: 'api.twitter.com' },
  { id: 'saas/twitter-access', kind: 'twitter-access-token', name: 'TWITTER_ACCESS_TOKEN', gen: (r) => `${r.int(1, 9)}${r.digits(18)}-${r.b62(40)}` },
  { id: 'saas/facebook-token', kind: 'facebook-access-token', name: 'FB_ACCESS_TOKEN', gen: (r) => `EAA${r.chars(ALPHA, 2)}${r.b62(180)}`, modes: 'b' },
  { id: 'saas/facebook-secret', kind: 'facebook-app-secret', name: 'FACEBOOK_APP_SECRET', gen: (r) => r.hex(32) },
  { id: 'saas/linkedin-secret', kind: 'linkedin-client-secret', name: 'LINKEDIN_CLIENT_SECRET', gen: (r) => `WPL_AP1.${r.b62(16)}.${r.b62(8)}==` },
  { id: 'saas/typeform', kind: 'typeform-token', name: 'TYPEFORM_TOKEN', gen: (r) => `tfp_${r.chars(W, 44)}_${r.b62(14)}`, modes: 'b' },
  { id: 'saas/launchdarkly-sdk', kind: 'launchdarkly-sdk-key', name: 'LAUNCHDARKLY_SDK_KEY', gen: (r) => `sdk-${r.uuid()}`, modes: 'b' },
  { id: 'saas/launchdarkly-api', kind: 'launchdarkly-api-token', name: 'LD_API_TOKEN', gen: (r) => `api-${r.uuid()}`, hdr: 'Authorization: ' },
  { id: 'saas/prefect', kind: 'prefect-key', name: 'PREFECT_API_KEY', gen: (r) => `pnu_${r.b62(36)}`, modes: 'b' },
  { id: 'saas/readme', kind: 'readme-key', name: 'README_API_KEY', gen: (r) => `rdme_${r.chars(AN, 70)}`, modes: 'b' },
  { id: 'saas/clickup', kind: 'clickup-token', name: 'CLICKUP_API_TOKEN', gen: (r) => `pk_${r.digits(8)}_${r.chars(UN, 32)}`, modes: 'b' },
  { id: 'saas/trello-token', kind: 'trello-token', name: 'TRELLO_TOKEN', gen: (r) => `ATTA${r.hex(64)}${r.hex(8).toUpperCase()}` },
  { id: 'saas/fastly', kind: 'fastly-token', name: 'FASTLY_API_TOKEN', gen: (r) => r.chars(W, 32), hdr: 'Fastly-Key: ', host: 'api.fastly.com' },
  { id: 'saas/frameio', kind: 'frameio-token', name: 'FRAMEIO_TOKEN', gen: (r) => `fio-u-${r.chars(W, 64)}`, modes: 'b' },
  { id: 'saas/salesforce', kind: 'salesforce-access-token', name: 'SF_ACCESS_TOKEN', gen: (r) => `00D${r.b62(12)}!${r.chars(W.replace('-', '.'), 96)}`, hdr: 'Authorization: Bearer ' },
  { id: 'saas/cloudinary', kind: 'cloudinary-url', name: 'CLOUDINARY_SECRET', gen: (r) => r.chars(W, 27) },
];

/** Cases that carry two values (an id with its secret) or a whole webhook URL. */
export const PAIRS: PosCase21[] = [
  (r) => {
    const id = pairKeyId.aws(r);
    const sec = pairKeyId.awsSecret(r);
    const t = r.pick([
      `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${sec}\n`,
      `export AWS_ACCESS_KEY_ID=${id}\nexport AWS_SECRET_ACCESS_KEY=${sec}\n`,
      `provider "aws" {\n  region     = "eu-west-1"\n  access_key = "${id}"\n  secret_key = "${sec}"\n}`,
      `AmazonS3 s3 = new AmazonS3Client(new BasicAWSCredentials("${id}", "${sec}"));`,
      `s3 = boto3.client("s3", aws_access_key_id="${id}", aws_secret_access_key="${sec}")`,
    ]);
    return pos('cloud/aws-key-pair', t, cred('aws-access-key-id', id), cred('aws-secret-access-key', sec));
  },
  (r) => {
    const id = pairKeyId.aws(r);
    return pos('cloud/aws-key-id-bare', r.pick([id, `${id}\n`, `key: ${id}`]), cred('aws-access-key-id', id));
  },
  (r) => {
    const id = pairKeyId.alibaba(r);
    const sec = r.b62(30);
    return pos('cloud/alibaba-pair', `ALIBABA_CLOUD_ACCESS_KEY_ID=${id}\nALIBABA_CLOUD_ACCESS_KEY_SECRET=${sec}\n`, cred('alibaba-access-key-id', id), cred('alibaba-access-key-secret', sec));
  },
  (r) => {
    const id = pairKeyId.tencent(r);
    const sec = r.b62(32);
    return pos('cloud/tencent-pair', `cred = credential.Credential("${id}", "${sec}")`, cred('tencent-secret-id', id), cred('tencent-secret-key', sec));
  },
  (r) => {
    const id = pairKeyId.scaleway(r);
    const sec = r.uuid();
    return pos('cloud/scaleway-pair', `scw:\n  access_key: ${id}\n  secret_key: ${sec}\n`, cred('scaleway-access-key', id), cred('scaleway-secret-key', sec));
  },
  (r) => {
    const az = r.b64(64);
    return pos('cloud/azure-storage', `"ConnectionStrings": { "Blob": "DefaultEndpointsProtocol=https;AccountName=acme${r.chars(LOWER, 6)};AccountKey=${az};EndpointSuffix=core.windows.net" }`, cred('azure-storage-key', az));
  },
  (r) => {
    const sig = encodeURIComponent(r.b64(32));
    return pos('cloud/azure-sas', `https://acme${r.chars(LOWER, 5)}.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=${sig}`, cred('azure-sas-signature', sig));
  },
  (r) => {
    const id = `su${r.b62(12)}`;
    const key = r.b62(64);
    return pos('observ/sumo-pair', `SUMO_ACCESS_ID=${id}\nSUMO_ACCESS_KEY=${key}\n`, cred('sumologic-access-id', id), cred('sumologic-access-key', key));
  },
  (r) => {
    const sid = `AC${r.hex(32)}`;
    const tok = r.hex(32);
    return pos('comms/twilio-pair', `client = Client("${sid}", "${tok}")`, cred('twilio-auth-token', tok));
  },
  (r) => {
    const k = r.hex(8);
    const s = r.b62(16);
    return once21(() => pos('comms/vonage-pair', `VONAGE_API_KEY=${k}\nVONAGE_API_SECRET=${s}\n`, cred('vonage-api-key', k), cred('vonage-api-secret', s)));
  },
  (r) => {
    const t = `T${r.chars(UN, 10)}/B${r.chars(UN, 10)}/${r.b62(24)}`;
    return pos('comms/slack-webhook', r.pick([`SLACK_WEBHOOK_URL=https://hooks.slack.com/services/${t}`, `curl -X POST -H 'Content-type: application/json' --data '{"text":"deployed"}' https://hooks.slack.com/services/${t}`, `https://hooks.slack.com/services/${t}`]), cred('slack-webhook', t));
  },
  (r) => {
    const t = `T${r.chars(UN, 10)}/A${r.chars(UN, 10)}/${r.digits(18)}/${r.b62(32)}`;
    return pos('comms/slack-workflow-webhook', `webhook_url: "https://hooks.slack.com/triggers/${t}"`, cred('slack-workflow-webhook', t));
  },
  (r) => {
    const t = `${r.int(1, 9)}${r.digits(18)}/${r.chars(W, 68)}`;
    return pos('comms/discord-webhook', r.pick([`DISCORD_WEBHOOK=https://discord.com/api/webhooks/${t}`, `https://discordapp.com/api/webhooks/${t}`]), cred('discord-webhook', t));
  },
  (r) => {
    const t = `${r.uuid()}@${r.uuid()}/IncomingWebhook/${r.hex(32)}/${r.uuid()}`;
    return pos('comms/teams-webhook', `teams_webhook = "https://acme${r.chars(LOWER, 4)}.webhook.office.com/webhookb2/${t}"`, cred('teams-webhook', t));
  },
  (r) => {
    const k = r.chars(ALPHA + DIGITS, 25);
    const s = r.b62(50);
    return pos('saas/twitter-pair', `consumer_key: ${k}\nconsumer_secret: ${s}\n`, cred('twitter-api-key', k), cred('twitter-api-secret', s));
  },
  (r) => {
    const k = r.chars(UN, 16);
    const s = r.chars(ALPHA + DIGITS + '+/', 64);
    return pos('cloud/confluent-pair', `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${k}" password="${s}";`, cred('confluent-api-key', k), cred('confluent-api-secret', s));
  },
  (r) => {
    const app = r.chars(UN, 10);
    const k = r.hex(32);
    return pos('saas/algolia-admin', `const client = algoliasearch('${app}', '${k}'); // admin API key`, cred('algolia-admin-key', k));
  },
  (r) => {
    const key = r.digits(15);
    const sec = r.chars(W, 27);
    return pos('saas/cloudinary-url', `CLOUDINARY_URL=cloudinary://${key}:${sec}@acme-${r.chars(LOWER, 5)}`, cred('cloudinary-secret', sec));
  },
  (r) => {
    const sec = r.hex(30);
    const cid = r.hex(24);
    return pos('pay/plaid-pair', `plaid:\n  client_id: ${cid}\n  secret: ${sec}\n  env: production\n`, cred('plaid-secret', sec));
  },
  (r) => {
    const id = `rzp_live_${r.b62(14)}`;
    const sec = r.b62(24);
    return pos('pay/razorpay-pair', `razorpay = Razorpay::Client.new(key_id: '${id}', key_secret: '${sec}')`, cred('razorpay-key-secret', sec));
  },
];
