/**
 * Blind set 84: messaging and developer vendors: Twilio, SendGrid, Mailgun, Postmark, Slack,
 * GitHub and OpenAI calls, with message bodies that carry recipients' details.
 */
import { mkCall, type Vendor } from './blind-set-84-call';
import { type Json } from './blind-set-84-ctx';
import { githubReqId, twilioId } from './blind-set-84-noise';
import { card } from './blind-set-84-money';
import { person } from './blind-set-84-people';
import { ALNUM, b64 } from './blind-set-84-rng';
import { githubToken, mailgunKey, openaiKey, sendgridKey, slackToken, twilioSid, twilioToken } from './blind-set-84-tokens';

const SENDERS = ['noreply@acmecorp.com', 'receipts@northwind-logistics.com', 'no-reply@brightpath.io'];

/** Twilio Messages with `AccountSid:AuthToken` basic auth and recipients' numbers. */
export const twilio: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  const sid = twilioSid(r);
  const token = twilioToken(r);
  const basic = ctx.cred('basic-auth', b64(`${sid}:${token}`));
  const to = ctx.pers('phone', p.phone);
  const form: [string, string][] = [['To', to], ctx.clean || r.chance(0.4) ? ['MessagingServiceSid', twilioId(r, 'MG')] : ['From', `+1${r.int(201, 989)}${r.int(200, 999)}${r.digits(4)}`], ['Body', `Hi ${ctx.pers('name', p.name)}, your order #${r.int(10000, 99999)} has shipped.`]];
  const status = r.pick([400, 401]);
  const respJson: Json = status === 401 ? { code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 } : { code: 21211, message: `The 'To' number ${to} is not a valid phone number.`, more_info: 'https://www.twilio.com/docs/errors/21211', status: 400 };
  return mkCall(ctx, { vendor: 'twilio', client: 'TwilioClient', op: 'createMessage', method: 'POST', url: `https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json`, auth: { user: sid, pass: ctx.cred('twilio-token', token) }, headers: [['Authorization', `Basic ${basic}`], ['Accept', 'application/json'], ['Accept-Charset', 'utf-8']], form, status, respJson, respHeaders: [['Twilio-Request-Id', `RQ${r.hex(32)}`], ['Twilio-Request-Duration', '0.031']] });
};

/** SendGrid v3 mail/send. */
export const sendgrid: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  const json: Json = { personalizations: [{ to: [{ email: ctx.pers('email', p.email), name: ctx.pers('name', p.name) }], dynamic_template_data: { first_name: ctx.part('first-name', p.first), order_id: `A${r.int(100000, 999999)}`, shipping_address: ctx.pers('address', p.street) } }], from: { email: r.pick(SENDERS), name: 'Acme Orders' }, template_id: `d-${r.hex(32)}` };
  const status = r.pick([400, 401, 403]);
  const respJson: Json = { errors: [{ message: status === 401 ? 'The provided authorization grant is invalid, expired, or revoked' : status === 403 ? 'The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved.' : 'Invalid type. Expected: object, given: string.', field: status === 400 ? 'personalizations.0.dynamic_template_data' : status === 403 ? 'from' : null, help: null }] };
  return mkCall(ctx, { vendor: 'sendgrid', client: 'SendGridClient', op: 'sendMail', method: 'POST', url: 'https://api.sendgrid.com/v3/mail/send', headers: [['Authorization', `Bearer ${ctx.cred('sendgrid-key', sendgridKey(r))}`], ['Accept', 'application/json']], json, status, respJson, respHeaders: [['X-Message-Id', r.chars(ALNUM + '-_', 22)]] });
};

/** Mailgun messages with `api:key` basic auth. */
export const mailgun: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  const domain = r.pick(['mg.acmecorp.com', 'mail.northwind-logistics.com', 'mg.brightpath.io']);
  const form: [string, string][] = [['from', `Acme <${r.pick(SENDERS)}>`], ['to', `${ctx.pers('name', p.name)} <${ctx.pers('email', p.email)}>`], ['subject', 'Your password reset link'], ['text', `Hello ${ctx.part('first-name', p.first)}, click https://app.acmecorp.com/reset?token=${ctx.cred('reset-token', r.chars(ALNUM, 40))} to reset your password.`]];
  const status = r.pick([400, 401]);
  const key = mailgunKey(r);
  return mkCall(ctx, { vendor: 'mailgun', auth: { user: 'api', pass: ctx.cred('mailgun-key', key) }, client: 'MailgunClient', op: 'sendMessage', method: 'POST', url: `https://api.${r.pick(['', 'eu.'])}mailgun.net/v3/${domain}/messages`, headers: [['Authorization', `Basic ${ctx.cred('basic-auth', b64(`api:${key}`))}`]], form, status, respText: status === 401 ? 'Forbidden' : undefined, respJson: status === 401 ? undefined : { message: "'to' parameter is not a valid address. please check documentation" } });
};

/** Postmark email with a server token header. */
export const postmark: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  const json: Json = { From: r.pick(SENDERS), To: `${ctx.pers('email', p.email)}`, Subject: 'Your invoice', HtmlBody: `<p>Dear ${ctx.pers('name', p.name)},</p><p>Your invoice is attached.</p>`, MessageStream: 'outbound' };
  const status = r.pick([401, 422]);
  const respJson: Json = status === 401 ? { ErrorCode: 10, Message: 'The Server Token you provided in the X-Postmark-Server-Token request header was invalid. Please verify that you are using a valid token.' } : { ErrorCode: 406, Message: 'You tried to send to a recipient that has been marked as inactive. Found inactive addresses: ' + ctx.pers('email', p.email) + '. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.' };
  return mkCall(ctx, { vendor: 'postmark', client: 'PostmarkClient', op: 'sendEmail', method: 'POST', url: 'https://api.postmarkapp.com/email', headers: [['Accept', 'application/json'], ['X-Postmark-Server-Token', ctx.cred('postmark-token', r.uuid())]], json, status, respJson });
};

/** Slack Web API chat.postMessage (errors come back as 200 with ok:false). */
export const slack: Vendor = (ctx, o) => {
  const r = ctx.r;
  const p = person(r);
  const json: Json = { channel: `C0${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9)}`, text: `:tada: New enterprise signup: ${ctx.pers('name', p.name)} <${ctx.pers('email', p.email)}> ${ctx.pers('phone', p.phoneNational)}`, unfurl_links: false };
  const err = r.pick(['invalid_auth', 'not_in_channel', 'channel_not_found', 'token_revoked']);
  return mkCall(ctx, { vendor: 'slack', client: 'SlackWebClient', op: 'chat.postMessage', method: 'POST', url: 'https://slack.com/api/chat.postMessage', headers: [['Authorization', `Bearer ${ctx.cred('slack-token', slackToken(r))}`], ['Content-Type', 'application/json; charset=utf-8']], json, status: o.fail ? 429 : r.pick([200, 200, 429]), respJson: { ok: false, error: err, warning: 'missing_charset', response_metadata: { warnings: ['missing_charset'] } }, respHeaders: [['x-slack-req-id', r.hex(32)]] });
};

/** GitHub REST issues created from error reports (which quote customer details). */
export const github: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  const scheme = r.pick(['token', 'Bearer', 'token']);
  const repo = `${r.pick(['acmecorp', 'northwind'])}/${r.pick(['checkout', 'web-app', 'support-triage'])}`;
  const auth: [string, string] = ['Authorization', `${scheme} ${ctx.cred('github-token', githubToken(r))}`];
  if (r.chance(0.4)) {
    const json: Json = { name: 'web', active: true, events: ['push', 'pull_request'], config: { url: `https://hooks.${r.pick(['acmecorp.com', 'northwind-logistics.com'])}/github/${r.hex(8)}`, content_type: 'json', insecure_ssl: '0', secret: ctx.cred('webhook-secret', r.chance(0.5) ? r.hex(40) : r.chars(ALNUM, 32)) } };
    const status = r.pick([404, 422]);
    return mkCall(ctx, { vendor: 'github', client: 'GitHubClient', op: 'createWebhook', method: 'POST', url: `https://api.github.com/repos/${repo}/hooks`, headers: [['Accept', 'application/vnd.github+json'], auth], json, status, respJson: status === 404 ? { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/webhooks#create-a-repository-webhook', status: '404' } : { message: 'Validation Failed', errors: [{ resource: 'Hook', code: 'custom', message: 'Hook already exists on this repository' }], documentation_url: 'https://docs.github.com/rest/repos/webhooks#create-a-repository-webhook', status: '422' }, respHeaders: [['X-GitHub-Request-Id', githubReqId(r)]] });
  }
  const json: Json = { title: `Checkout fails for customer ${r.int(1000, 99999)}`, body: `Reported by ${ctx.pers('name', p.name)} (${ctx.pers('email', p.email)}).\n\nSteps: add item, pay, error 500.`, labels: ['bug', 'customer-report'] };
  const status = r.pick([401, 403, 404, 422]);
  const respJson: Json = status === 401 ? { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } : status === 403 ? { message: 'Resource not accessible by personal access token', documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue', status: '403' } : status === 404 ? { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue', status: '404' } : { message: 'Validation Failed', errors: [{ value: 'customer-report', resource: 'Label', field: 'name', code: 'invalid' }], documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue', status: '422' };
  return mkCall(ctx, { vendor: 'github', client: 'GitHubClient', op: 'createIssue', method: 'POST', url: `https://api.github.com/repos/${repo}/issues`, headers: [['Accept', 'application/vnd.github+json'], auth, ['X-GitHub-Api-Version', '2022-11-28']], json, status, respJson, respHeaders: [['X-GitHub-Request-Id', githubReqId(r)], ['X-RateLimit-Remaining', String(r.int(0, 4999))]] });
};

/** OpenAI chat completions summarising support tickets (which quote customers). */
export const openai: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  const key = openaiKey(r);
  const json: Json = { model: r.pick(['gpt-4o-mini', 'gpt-4o', 'gpt-4.1-mini']), messages: [{ role: 'system', content: 'Summarise the support ticket in one sentence.' }, { role: 'user', content: `From: ${ctx.pers('name', p.name)} <${ctx.pers('email', p.email)}>\nPhone: ${ctx.pers('phone', p.phone)}\nMy order never arrived at ${ctx.pers('address', p.street)}, ${p.city}.${r.chance(0.35) ? ` I paid with ${ctx.fin('card', card(r).printed)} and want the money back.` : ''}` }], temperature: 0.2 };
  const status = r.pick([401, 429, 400]);
  const respJson: Json = status === 401 ? { error: { message: `Incorrect API key provided: ${key.slice(0, 8)}${'*'.repeat(r.int(20, 140))}${key.slice(-4)}. You can find your API key at https://platform.openai.com/account/api-keys.`, type: 'invalid_request_error', param: null, code: 'invalid_api_key' } } : status === 429 ? { error: { message: 'Rate limit reached for gpt-4o-mini in organization org-' + r.chars(ALNUM, 24) + ' on requests per min (RPM): Limit 500, Used 500, Requested 1.', type: 'requests', param: null, code: 'rate_limit_exceeded' } } : { error: { message: "This model's maximum context length is 128000 tokens.", type: 'invalid_request_error', param: 'messages', code: 'context_length_exceeded' } };
  const headers: [string, string][] = [['Authorization', `Bearer ${ctx.cred('openai-key', key)}`]];
  if (r.chance(0.4)) headers.push(['OpenAI-Organization', `org-${r.chars(ALNUM, 24)}`]);
  return mkCall(ctx, { vendor: 'openai', client: 'OpenAIClient', op: 'createChatCompletion', method: 'POST', url: 'https://api.openai.com/v1/chat/completions', headers, json, status, respJson, respHeaders: [['x-request-id', `req_${r.hex(32)}`], ['openai-processing-ms', String(r.int(20, 900))]] });
};
