/**
 * Blind set 84: app-installation and webhook-registration calls, where credentials travel in
 * bodies: Slack `oauth.v2.access`, GitHub App installation tokens, Shopify's access-token grant,
 * Stripe Connect OAuth, SendGrid event-webhook OAuth settings, Mailgun webhook URLs with basic
 * auth, DocuSign Connect configurations and HubSpot's legacy `hapikey` query parameter.
 */
import { failStatus, mkCall, type Vendor } from './blind-set-84-call';
import { type Json } from './blind-set-84-ctx';
import { stripeId, stripePk } from './blind-set-84-noise';
import { ALNUM, B64URL, pctEnc } from './blind-set-84-rng';
import { shopifyToken, stripeKey } from './blind-set-84-tokens';
import { jwt, password, serviceUser } from './blind-set-84-tokens2';

/** Slack OAuth v2 code exchange (client secret in the form, bot and user tokens back). */
export const slackOauth: Vendor = (ctx, o) => {
  const r = ctx.r;
  const fail = o.fail && r.chance(0.6);
  const form: [string, string][] = [['code', ctx.cred('oauth-code', `${r.digits(12)}.${r.digits(13)}.${r.hex(64)}`)], ['client_id', `${r.digits(12)}.${r.digits(13)}`], ['client_secret', ctx.cred('client-secret', r.hex(32))], ['redirect_uri', 'https://app.acmecorp.com/integrations/slack/callback']];
  const team = `T${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}`;
  const resp: Json = fail ? { ok: false, error: r.pick(['invalid_code', 'bad_client_secret', 'code_already_used']) } : { ok: true, app_id: `A${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}`, authed_user: { id: `U${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}`, scope: 'chat:write', access_token: ctx.cred('slack-token', `xoxp-${r.digits(11)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`), token_type: 'user' }, scope: 'chat:write,channels:read', token_type: 'bot', access_token: ctx.cred('slack-token', `xoxb-${r.digits(11)}-${r.digits(13)}-${r.chars(ALNUM, 24)}`), bot_user_id: `U${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}`, team: { id: team, name: 'Acme' }, enterprise: null, is_enterprise_install: false };
  return mkCall(ctx, { vendor: 'slack', client: 'SlackOAuthClient', op: 'oauth.v2.access', method: 'POST', url: 'https://slack.com/api/oauth.v2.access', headers: [], form, status: 200, respJson: resp, respHeaders: [['x-slack-req-id', r.hex(32)]] });
};

/** GitHub App: an installation access token minted with the app's JWT. */
export const githubAppToken: Vendor = (ctx, o) => {
  const r = ctx.r;
  const appJwt = ctx.cred('jwt', jwt(r, { iss: String(r.int(100000, 999999)) }));
  const inst = r.int(10000000, 99999999);
  const status = o.fail && r.chance(0.5) ? r.pick([401, 404]) : 201;
  const resp: Json = status === 201 ? { token: ctx.cred('github-token', `ghs_${r.chars(ALNUM, 36)}`), expires_at: `2024-0${r.int(5, 9)}-1${r.int(0, 9)}T1${r.int(0, 9)}:0${r.int(0, 9)}:00Z`, permissions: { contents: 'read', issues: 'write', metadata: 'read' }, repository_selection: 'selected' } : { message: status === 401 ? "'Expiration time' claim ('exp') is too far in the future" : 'Not Found', documentation_url: 'https://docs.github.com/rest/apps/apps#create-an-installation-access-token-for-an-app', status: String(status) };
  return mkCall(ctx, { vendor: 'github', client: 'GitHubAppClient', op: 'createInstallationAccessToken', method: 'POST', url: `https://api.github.com/app/installations/${inst}/access_tokens`, headers: [['Accept', 'application/vnd.github+json'], ['Authorization', `Bearer ${appJwt}`], ['X-GitHub-Api-Version', '2022-11-28']], json: { repositories: [r.pick(['checkout', 'support-triage'])] }, status, respJson: resp });
};

/** Shopify OAuth: exchanging an install code for an offline access token. */
export const shopifyGrant: Vendor = (ctx, o) => {
  const r = ctx.r;
  const shop = r.pick(['acme-store', 'northwind-outlet', 'brightpath-shop']);
  const json: Json = { client_id: r.hex(32), client_secret: ctx.cred('shopify-token', shopifyToken(r, 'shpss')), code: ctx.cred('oauth-code', r.hex(32)) };
  const fail = o.fail && r.chance(0.6);
  const resp: Json = fail ? { error: 'invalid_request', error_description: 'The authorization code was not found or was already used' } : { access_token: ctx.cred('shopify-token', shopifyToken(r, 'shpat')), scope: 'read_customers,write_orders' };
  return mkCall(ctx, { vendor: 'shopify', client: 'ShopifyOAuth', op: 'accessToken', method: 'POST', url: `https://${shop}.myshopify.com/admin/oauth/access_token`, headers: [['Accept', 'application/json']], json, status: fail ? 400 : 200, respJson: resp });
};

/** Stripe Connect OAuth token call (the platform's secret key as client_secret). */
export const stripeConnect: Vendor = (ctx, o) => {
  const r = ctx.r;
  const form: [string, string][] = [['client_secret', ctx.cred('stripe-secret', stripeKey(r))], ['code', ctx.cred('oauth-code', `ac_${r.chars(ALNUM, 32)}`)], ['grant_type', 'authorization_code']];
  const fail = o.fail && r.chance(0.6);
  const resp: Json = fail ? { error: 'invalid_grant', error_description: `Authorization code does not exist: ac_${r.chars(ALNUM, 8)}...` } : { access_token: ctx.cred('stripe-secret', stripeKey(r)), livemode: true, refresh_token: ctx.cred('refresh-token', `rt_${r.chars(ALNUM, 48)}`), scope: 'read_write', stripe_publishable_key: stripePk(r), stripe_user_id: stripeId(r, 'acct').slice(0, 21), token_type: 'bearer' };
  return mkCall(ctx, { vendor: 'stripe', client: 'StripeConnect', op: 'oauthToken', method: 'POST', url: 'https://connect.stripe.com/oauth/token', headers: [], form, status: fail ? 400 : 200, respJson: resp });
};

/** SendGrid event webhook settings with OAuth client credentials. */
export const sendgridWebhook: Vendor = (ctx, o) => {
  const r = ctx.r;
  const json: Json = { enabled: true, url: `https://hooks.acmecorp.com/sendgrid/${r.hex(8)}`, bounce: true, delivered: true, dropped: true, oauth_client_id: r.uuid(), oauth_client_secret: ctx.cred('client-secret', r.chars(B64URL, 40)), oauth_token_url: 'https://auth.acmecorp.com/oauth2/token' };
  const status = o.fail ? failStatus(ctx, [400, 401, 403]) : 200;
  return mkCall(ctx, { vendor: 'sendgrid', client: 'SendGridClient', op: 'updateEventWebhook', method: 'PATCH', url: 'https://api.sendgrid.com/v3/user/webhooks/event/settings', headers: [['Authorization', `Bearer ${ctx.cred('sendgrid-key', `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`)}`]], json, status, respJson: status === 200 ? json : { errors: [{ field: 'url', message: 'url is invalid' }] } });
};

/** Mailgun webhook registration whose target URL carries basic-auth credentials. */
export const mailgunWebhook: Vendor = (ctx, o) => {
  const r = ctx.r;
  const target = `https://${serviceUser(r)}:${pctEnc(ctx.cred('password', password(r)))}@hooks.acmecorp.com/mailgun/events`;
  const form: [string, string][] = [['id', r.pick(['delivered', 'permanent_fail', 'complained'])], ['url', target]];
  const key = `key-${r.hex(32)}`;
  const status = o.fail ? r.pick([400, 401]) : 200;
  return mkCall(ctx, { vendor: 'mailgun', client: 'MailgunClient', op: 'createWebhook', method: 'POST', url: `https://api.mailgun.net/v3/domains/${r.pick(['mg.acmecorp.com', 'mg.brightpath.io'])}/webhooks`, auth: { user: 'api', pass: ctx.cred('mailgun-key', key) }, headers: [['Authorization', `Basic ${ctx.cred('basic-auth', Buffer.from(`api:${key}`).toString('base64'))}`]], form, status, respJson: status === 200 ? { message: 'Webhook has been created', webhook: { urls: [target] } } : { message: 'Webhook already exists' } });
};

/** DocuSign Connect configuration with a basic-auth password for the listener. */
export const docusignConnect: Vendor = (ctx, o) => {
  const r = ctx.r;
  const json: Json = { configurationType: 'custom', urlToPublishTo: `https://hooks.acmecorp.com/docusign/${r.hex(8)}`, name: 'Envelope status', allowEnvelopePublish: 'true', includeHMAC: 'true', requiresAcknowledgement: 'true', userName: serviceUser(r), password: ctx.cred('password', password(r)), events: ['envelope-completed', 'envelope-declined'] };
  const status = o.fail ? r.pick([400, 401]) : 201;
  return mkCall(ctx, { vendor: 'docusign', client: 'DocuSignClient', op: 'createConnectConfiguration', method: 'POST', url: `https://${r.pick(['na3', 'na4', 'eu'])}.docusign.net/restapi/v2.1/accounts/${r.uuid()}/connect`, headers: [['Authorization', `Bearer ${ctx.cred('jwt', jwt(r, { iss: r.uuid(), sub: r.uuid(), aud: 'account.docusign.com', scope: 'signature' }))}`]], json, status, respJson: status === 201 ? { connectId: String(r.int(1e6, 9e6)) } : { errorCode: 'INVALID_REQUEST_PARAMETER', message: 'The request contained at least one invalid parameter. Invalid value for urlToPublishTo.' } });
};
