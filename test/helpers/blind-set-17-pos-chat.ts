import { jwtOf } from './blind-set-17-pos-queue';
import { tok } from './blind-set-17-tokens';
import { cred, iso17, jstr, pos, type PosCase17 } from './blind-set-17-types';

const ticket = (r: Parameters<PosCase17>[0]): number => r.int(20000, 990000);
const who = (r: Parameters<PosCase17>[0]): string => r.pick(['Hannah', 'Rafael', 'Priya', 'Tomasz', 'Kenji', 'Siobhan', 'Lukas']);

/** Credentials pasted by people into tickets, chats, comments and spreadsheets. */
export const posChat: PosCase17[] = [
  (r) => {
    const k = tok['stripe-secret'](r);
    return pos('chat/zendesk-stripe', `{"ticket":{"id":${ticket(r)},"subject":"Payouts not syncing","comments":[{"author_id":${r.num(12)},"public":true,"body":"hey, payouts stopped showing up since monday. here's our stripe key so you can check on your side: ${k}\\nthanks!"}]}}`, cred('stripe-secret', k));
  },
  (r) => {
    const pw = r.password(13);
    return pos('chat/intercom-pw', `{"type":"conversation_part","part_type":"comment","created_at":${1796000000 + r.int(0, 9999)},"body":"<p>I can't get into the admin panel. user is ${r.pick(['frontdesk', 'clinic-admin', 'warehouse2'])}, pw is ${jstr(pw)} — can you see what's wrong?</p>","author":{"type":"user"}}`, cred('password', jstr(pw)));
  },
  (r) => {
    const k = tok['anthropic-key'](r);
    return pos('chat/slack-event', `{"type":"event_callback","event":{"type":"message","channel":"C${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}","user":"U${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}","text":"for the summarizer bot, the key: ${k} (prod workspace)","ts":"${1796000000 + r.int(0, 9999)}.${r.digits(6)}"}}`, cred('anthropic-key', k));
  },
  (r) => {
    const k = tok['gitlab-pat'](r);
    return pos('chat/jira-comment-curl', `{"issue":"PLAT-${r.int(100, 9999)}","comment":{"author":"${who(r)}","body":"repro:\\n{code:bash}\\ncurl -H 'PRIVATE-TOKEN: ${k}' https://gitlab.kestrel-analytics.io/api/v4/projects/42/pipelines?status=failed\\n{code}\\nreturns 403 since the upgrade"}}`, cred('gitlab-pat', k));
  },
  (r) => {
    const pw = r.password(15);
    return pos('chat/freshdesk-login', `Freshdesk ticket #${ticket(r)} (priority: urgent)\nFrom: ${who(r)}\n\nHi team,\nwe need you to look at the reporting server today. Login details:\nlogin: admin\npassword: ${pw}\nhost: reports.brightlane-logistics.com\n\nCheers`, cred('password', pw));
  },
  (r) => {
    const id = tok['aws-key-id'](r);
    const sec = tok['aws-secret'](r);
    return pos('chat/slack-codeblock', `${who(r)} 10:${r.int(10, 59)} AM\ncan someone check why the export job fails? these are the creds it uses:\n\`\`\`\nexport AWS_ACCESS_KEY_ID=${id}\nexport AWS_SECRET_ACCESS_KEY=${sec}\nexport AWS_DEFAULT_REGION=eu-west-1\n\`\`\``, cred('aws-key-id', id), cred('aws-secret', sec));
  },
  (r) => {
    const k = tok['datadog-api-key'](r);
    return pos('chat/support-widget', `[support-widget] visitor message: "our api key for datadog is ${k} — the agent says 403 Forbidden on every flush, is our account suspended?"`, cred('datadog-api-key', k));
  },
  (r) => {
    const k = tok['okta-api-token'](r);
    return pos('chat/jira-rotated', `PLAT-${r.int(100, 9999)} comment by ${who(r)}: rotated the okta token after the offboarding, new one is ${k} — updated it in the sync job too, closing.`, cred('okta-api-token', k));
  },
  (r) => {
    const pw = r.urlPassword(14);
    return pos('chat/teams-db-url', `{"messageType":"message","from":{"user":{"displayName":"${who(r)}"}},"body":{"contentType":"html","content":"<div>db url for staging-copy is postgres://admin:${pw}@pg-staging.internal:5432/app — don't share outside the team pls</div>"},"createdDateTime":"${iso17(r)}"}`, cred('password', pw));
  },
  (r) => {
    const k = tok['npm-token'](r);
    return pos('chat/email-ticket-npm', `Subject: Re: CI can't install private packages\n\nHere's the npm token we use in CI: ${k}\nIt's set as NPM_TOKEN in the pipeline settings.\n\n> On Tue, support wrote:\n> could you confirm which token the runner uses?`, cred('npm-token', k));
  },
  (r) => {
    const k = tok['heroku-api-key'](r);
    return pos('chat/zendesk-heroku', `Zendesk #${ticket(r)} — internal note: customer pasted their deploy script:\nHEROKU_API_KEY=${k} git push heroku main\nAsked them to rotate it.`, cred('heroku-api-key', k));
  },
  (r) => {
    const k = tok['vercel-token'](r);
    return pos('chat/intercom-vercel', `conversation ${r.num(13)} · user: "deploys from the CLI keep failing with 'The specified token is not valid', my vercel token is ${k} if that helps"`, cred('vercel-token', k));
  },
  (r) => {
    const k = tok['cloudflare-api-token'](r);
    return pos('chat/slack-thread-cf', `${who(r)}: the DNS automation uses this one\n> CLOUDFLARE_API_TOKEN=${k}\n${who(r)}: ok, it only has Zone:Read, that's why the record update 403s`, cred('cloudflare-api-token', k));
  },
  (r) => {
    const k = tok['dockerhub-pat'](r);
    return pos('chat/jira-docker-login', `Steps to reproduce:\n1. docker login -u kestrelci -p ${k}\n2. docker pull kestrelanalytics/ingest:latest\nActual: toomanyrequests: You have reached your pull rate limit.`, cred('dockerhub-pat', k));
  },
  (r) => {
    const a = r.password(14);
    const b = r.password(16);
    return pos('chat/sheet-paste', `pasted from "IT accounts (old).xlsx":\nService\tUser\tPassword\tNotes\nWiFi guest\tguest\t${a}\trotate quarterly\nNAS admin\tadmin\t${b}\tbasement rack\nPrinter\t-\t-\tno auth`, cred('password', a), cred('password', b));
  },
  (r) => {
    const k = tok['github-pat'](r);
    return pos('chat/github-issue-body', `{"action":"opened","issue":{"number":${r.int(100, 9999)},"title":"Action fails to clone submodule","body":"My workflow has\\n\\n    with:\\n      token: ${k}\\n\\nand it still says repository not found."}}`, cred('github-pat', k));
  },
  (r) => {
    const k = tok['huggingface-token'](r);
    return pos('chat/discord-forwarded', `[discord→zendesk bridge] #help-models <${r.pick(['yuki', 'elif', 'connor'])}> why does from_pretrained say 401? I'm logged in with hf token ${k}`, cred('huggingface-token', k));
  },
  (r) => {
    const k = tok['shopify-shared-secret'](r);
    return pos('chat/partner-email', `From: ${r.pick(['dev', 'agency'])}@atelier-sol.fr\nSubject: App webhook verification\n\nBonjour, the HMAC check fails on our side. App secret is ${k}, API version 2026-10. Merci!`, cred('shopify-shared-secret', k));
  },
  (r) => {
    const k = tok['twilio-api-key-secret'](r);
    const sid = `SK${r.hex(32)}`;
    return pos('chat/freshchat', `agent: Could you share the SID and secret of the API key you're using?\nvisitor: sure, sid ${sid}, secret ${k}\nagent: Thanks, please revoke it after we're done.`, cred('twilio-api-key-secret', k));
  },
  (r) => {
    const k = tok['notion-token'](r);
    return pos('chat/linear-comment', `{"type":"Comment","action":"create","data":{"body":"Integration token for the docs sync: \`${k}\`\\nWorkspace: Kestrel Eng","issueId":"${r.uuid()}"}}`, cred('notion-token', k));
  },
  (r) => {
    const j = jwtOf(r, { iss: 'https://kestrel.eu.auth0.com/', sub: `auth0|${r.hex(24)}`, aud: ['https://api.kestrel-analytics.io'], iat: 1796000000, exp: 1796086400, azp: r.an(32), scope: 'openid profile read:reports' });
    return pos('chat/ticket-bearer', `Ticket ${ticket(r)}: "I copied the request from devtools: Authorization: Bearer ${j} — it works in Postman but not in your SDK"`, cred('jwt', j));
  },
  (r) => {
    const k = tok['atlassian-api-token'](r);
    return pos('chat/slack-atlassian', `${who(r)}: jira automation user token ${k} (created by me, expires in 1 year)`, cred('atlassian-api-token', k));
  },
  (r) => {
    const pw = r.password(12);
    return pos('chat/chat-transcript-wifi', `Chat transcript ${iso17(r)}\n[Visitor] hi, router at the depot keeps dropping\n[Agent] can you log in to the admin page?\n[Visitor] yes, i changed the admin password yesterday to ${pw}\n[Agent] ok, please reset it to something new after this call`, cred('password', pw));
  },
  (r) => {
    const k = tok['postman-key'](r);
    return pos('chat/jira-newman', `h3. Environment\nnewman run collection.json --postman-api-key ${k} -e staging\nh3. Result\n401 AUTHENTICATION_ERROR`, cred('postman-key', k));
  },
  (r) => {
    const k = tok['figma-pat'](r);
    return pos('chat/intercom-figma', `<p>Hi! The design-token export plugin stopped working. My personal access token: ${k}</p>`, cred('figma-pat', k));
  },
  (r) => {
    const k = tok['telegram-bot-token'](r);
    return pos('chat/zendesk-telegram', `Ticket ${ticket(r)} — "the alerts bot doesn't post anymore. bot token ${k}, chat id -100${r.num(10)}"`, cred('telegram-bot-token', k));
  },
  (r) => {
    const pw = r.password(14);
    return pos('chat/sms-forward', `SMS forwarded to helpdesk from +${r.num(11)}: "Hi it's ${who(r)} from the Leeds depot, new door alarm code and app pw: ${pw}. Please update the shared sheet"`, cred('password', pw));
  },
];
