import { ALPHA, type Rng } from './held-out-2-rng';
import type { PosTemplate } from './held-out-2-types';
import { tok } from './held-out-2-values';

const ts = (r: Rng) => `2026-11-${String(r.int(10, 28))}T${String(r.int(10, 23))}:${String(r.int(10, 59))}:${String(r.int(10, 59))}.${r.digits(3)}Z`;

/** Credential positives in the error and log shapes of SaaS providers (Stripe … GitLab). */
export const PROVIDER_CREDENTIALS: readonly PosTemplate[] = [
  [
    'stripe-key-sdk-error',
    (r) => {
      const k = tok.stripeSecret(r);
      return { text: `${ts(r)} ERROR StripeAuthenticationError: Invalid API Key provided: ${k} (request req_${r.b62(14)})`, values: [k] };
    },
  ],
  [
    'stripe-key-env',
    (r) => {
      const k = tok.stripeSecret(r);
      return { text: `STRIPE_SECRET_KEY=${k}`, values: [k] };
    },
  ],
  [
    'stripe-key-bearer-dump',
    (r) => {
      const k = tok.stripeSecret(r);
      return { text: `> POST /v1/payment_intents HTTP/1.1\n> Host: api.stripe.com\n> Authorization: Bearer ${k}\n> Stripe-Version: 2024-06-20`, values: [k] };
    },
  ],
  [
    'stripe-whsec-config',
    (r) => {
      const k = tok.stripeWhsec(r);
      return { text: `webhook verification failed (endpoint_secret='${k}', tolerance=300): No signatures found matching the expected signature for payload`, values: [k] };
    },
  ],
  [
    'twilio-sid-token-basic-url',
    (r) => {
      const sid = tok.twilioSid(r);
      const t = tok.twilioToken(r);
      return {
        text: `POST https://${sid}:${t}@api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json failed: 401 {"code": 20003, "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401}`,
        values: [t],
      };
    },
  ],
  [
    'twilio-token-env-pair',
    (r) => {
      const t = tok.twilioToken(r);
      return { text: `TWILIO_ACCOUNT_SID=${tok.twilioSid(r)}\nTWILIO_AUTH_TOKEN=${t}`, values: [t] };
    },
  ],
  [
    'twilio-token-python-client',
    (r) => {
      const t = tok.twilioToken(r);
      return {
        text: `  File "/app/notify/sms.py", line 41, in send\n    client = Client("${tok.twilioSid(r)}", "${t}")\ntwilio.base.exceptions.TwilioRestException: HTTP 401 error: Unable to create record: Authenticate`,
        values: [t],
      };
    },
  ],
  [
    'twilio-api-key-secret',
    (r) => {
      const secret = r.b62(32);
      return { text: `twilio: api_key_sid=${tok.twilioSid(r, 'SK')} api_key_secret=${secret} region=ie1`, values: [secret] };
    },
  ],
  [
    'sendgrid-key-header',
    (r) => {
      const k = tok.sendgrid(r);
      return {
        text: `HTTP Error 401: Unauthorized while calling POST https://api.sendgrid.com/v3/mail/send headers={'Authorization': 'Bearer ${k}', 'Content-Type': 'application/json'}`,
        values: [k],
      };
    },
  ],
  [
    'sendgrid-key-yaml',
    (r) => {
      const k = tok.sendgrid(r);
      return { text: `mailer:\n  provider: sendgrid\n  apiKey: ${k}\n  from: no-reply@notify.brightpath-hq.io`, values: [k] };
    },
  ],
  [
    'mailgun-key-curl',
    (r) => {
      const k = tok.mailgun(r);
      return { text: `+ curl -s --user 'api:${k}' https://api.eu.mailgun.net/v3/mg.brightpath-hq.io/messages -F from='Ops <ops@mg.brightpath-hq.io>'`, values: [k] };
    },
  ],
  [
    'mailgun-key-basic-node',
    (r) => {
      const k = tok.mailgun(r);
      return {
        text: `Error: Unauthorized at IncomingMessage.<anonymous> (/srv/node_modules/mailgun.js/dist/mailgun.node.js:2:41213) { status: 401, details: 'Forbidden', config: { username: 'api', key: '${k}', url: 'https://api.mailgun.net' } }`,
        values: [k],
      };
    },
  ],
  [
    'slack-bot-token-web-api',
    (r) => {
      const k = tok.slackBot(r);
      return { text: `[ERROR] web-api:WebClient:0 failed to call chat.postMessage: invalid_auth token=${k} channel=C0${r.str(ALPHA.upper + ALPHA.digits, 8)}`, values: [k] };
    },
  ],
  [
    'slack-user-token-json',
    (r) => {
      const k = tok.slackUser(r);
      return {
        text: `{"level":"warn","msg":"oauth.v2.access ok","authed_user":{"id":"U0${r.str(ALPHA.upper + ALPHA.digits, 8)}","scope":"chat:write","access_token":"${k}","token_type":"user"}}`,
        values: [k],
      };
    },
  ],
  [
    'slack-app-token-env',
    (r) => {
      const k = tok.slackApp(r);
      return { text: `export SLACK_APP_TOKEN="${k}"`, values: [k] };
    },
  ],
  [
    'slack-webhook-url-error',
    (r) => {
      const u = tok.slackHook(r);
      return {
        text: `${ts(r)} alertmanager: notify retry canceled due to unrecoverable error after 1 attempts: channel "#ops": unexpected status code 404: ${u}: no_team`,
        values: [u.slice(u.indexOf('services/') + 9)],
      };
    },
  ],
  [
    'slack-webhook-url-json',
    (r) => {
      const u = tok.slackHook(r);
      return { text: `{"receiver":"slack-critical","slack_configs":[{"api_url":"${u}","send_resolved":true}]}`, values: [u.slice(u.indexOf('services/') + 9)] };
    },
  ],
  [
    'github-token-git-remote',
    (r) => {
      const k = tok.github(r);
      return { text: `fatal: unable to access 'https://x-access-token:${k}@github.com/brightpath/infra.git/': The requested URL returned error: 403`, values: [k] };
    },
  ],
  [
    'github-token-header',
    (r) => {
      const k = tok.github(r);
      return {
        text: `octokit request failed: GET /repos/brightpath/api/actions/runs - 401 with id ${r.str(ALPHA.upper + ALPHA.digits, 4)}:${r.str(ALPHA.upper + ALPHA.digits, 5)} headers: {"authorization":"token ${k}","user-agent":"octokit-rest.js/20.0.2"}`,
        values: [k],
      };
    },
  ],
  [
    'github-fine-grained-pat-env',
    (r) => {
      const k = tok.githubPat(r);
      return { text: `GH_TOKEN=${k} gh release create v2.4.1 --generate-notes`, values: [k] };
    },
  ],
  [
    'gitlab-pat-header',
    (r) => {
      const k = tok.gitlab(r);
      return { text: `GET https://gitlab.com/api/v4/projects/4821/pipelines -> 401 Unauthorized; request headers: PRIVATE-TOKEN: ${k}`, values: [k] };
    },
  ],
  [
    'gitlab-pat-clone-url',
    (r) => {
      const k = tok.gitlab(r);
      return { text: `Cloning into 'deploy'...\nremote: HTTP Basic: Access denied\nfatal: Authentication failed for 'https://oauth2:${k}@gitlab.com/brightpath/deploy.git/'`, values: [k] };
    },
  ],
];
