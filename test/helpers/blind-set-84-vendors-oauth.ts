/**
 * Blind set 84: OAuth token endpoint exchanges of many providers: refresh, authorization-code
 * (with PKCE), client-credentials, password and JWT-bearer grants, with client authentication in
 * the body, in Basic auth or in the query string, and the token responses that come back.
 */
import { mkCall, type Vendor } from './blind-set-84-call';
import { type Json } from './blind-set-84-ctx';
import { person } from './blind-set-84-people';
import { ALNUM, B64URL, b64 } from './blind-set-84-rng';
import { clientSecret64, googleAccessToken, opaque, qboRefresh, sfConsumerSecret, sfSession, zohoToken } from './blind-set-84-tokens';
import { accessJwt, docusignToken, idJwt, intuitJwe, jwt, password } from './blind-set-84-tokens2';

/** Removes optional keys of an object at random (keeps the first `keep`). */
export function thin<T extends Record<string, Json>>(r: { chance: (p: number) => boolean }, o: T, p: number, keep = 1): T {
  Object.keys(o).forEach((k, i) => {
    if (i >= keep && r.chance(p)) delete o[k];
  });
  return o;
}

/** A token endpoint call of a random provider. */
export const oauth: Vendor = (ctx, o) => {
  const r = ctx.r;
  const k = r.int(0, 8);
  const fail = o.fail ? r.chance(0.7) : r.chance(0.3);
  const status = fail ? r.pick([400, 400, 401]) : 200;
  const errJson: Json = { error: r.pick(['invalid_grant', 'invalid_client', 'unauthorized_client']), error_description: r.pick(['expired access/refresh token', 'Client authentication failed', 'authentication failure', 'Invalid refresh token']) };
  const form: [string, string][] = [];
  const headers: [string, string][] = [['Accept', 'application/json']];
  let url: string;
  let vendor: string;
  let resp: Json;
  const cid = r.chars(ALNUM, r.int(20, 32));
  const secret = () => ctx.cred('client-secret', r.chance(0.5) ? b64(r.bytes(r.pick([30, 32, 48]))) : clientSecret64(r).slice(0, r.int(32, 64)));
  const basicClient = (id: string, sec: string) => headers.push(['Authorization', `Basic ${ctx.cred('basic-auth', b64(`${id}:${sec}`))}`]);
  if (k === 0) {
    vendor = 'salesforce';
    url = `https://${r.pick(['login', 'acmecorp.my'])}.salesforce.com/services/oauth2/token`;
    const p = person(r);
    form.push(['grant_type', 'password'], ['client_id', `3MVG9${r.chars(ALNUM + '._', 80)}`], ['client_secret', ctx.cred('client-secret', sfConsumerSecret(r))], ['username', ctx.pers('email', p.email)], ['password', ctx.cred('password', password(r) + r.chars(ALNUM, 24))]);
    resp = { access_token: ctx.cred('salesforce-session', sfSession(r)), instance_url: 'https://acmecorp.my.salesforce.com', id: `https://login.salesforce.com/id/00D${r.chars(ALNUM, 15)}/005${r.chars(ALNUM, 15)}`, token_type: 'Bearer', issued_at: String(1714000000000 + r.int(0, 9e9)), signature: b64(r.bytes(32)) };
  } else if (k === 1) {
    vendor = 'xero';
    url = 'https://identity.xero.com/connect/token';
    basicClient(r.hex(32).toUpperCase(), clientSecret64(r).slice(0, 48));
    form.push(['grant_type', 'refresh_token'], ['refresh_token', ctx.cred('refresh-token', r.hex(64))]);
    resp = { id_token: ctx.cred('jwt', jwt(r, { iss: 'https://identity.xero.com', aud: r.hex(32).toUpperCase(), sub: r.hex(32) })), access_token: ctx.cred('jwt', accessJwt(r, 'https://identity.xero.com', 'https://identity.xero.com/resources', 'accounting.transactions offline_access')), expires_in: 1800, token_type: 'Bearer', refresh_token: ctx.cred('refresh-token', r.hex(64)), scope: 'openid profile email accounting.transactions offline_access' };
  } else if (k === 2) {
    vendor = 'quickbooks';
    url = 'https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer';
    basicClient(`AB${r.chars(ALNUM, 48)}`, r.chars(ALNUM, 40));
    form.push(['grant_type', 'refresh_token'], ['refresh_token', ctx.cred('intuit-refresh', qboRefresh(r))]);
    resp = { x_refresh_token_expires_in: 8726400, refresh_token: ctx.cred('intuit-refresh', qboRefresh(r)), access_token: ctx.cred('intuit-token', intuitJwe(r)), token_type: 'bearer', expires_in: 3600 };
  } else if (k === 3) {
    vendor = 'docusign';
    url = `https://account${r.pick(['', '-d'])}.docusign.com/oauth/token`;
    form.push(['grant_type', 'urn:ietf:params:oauth:grant-type:jwt-bearer'], ['assertion', ctx.cred('jwt', jwt(r, { iss: r.uuid(), sub: r.uuid(), aud: 'account.docusign.com', scope: 'signature impersonation' }))]);
    resp = { access_token: ctx.cred('docusign-token', docusignToken(r)), token_type: 'Bearer', expires_in: 3600 };
  } else if (k === 4) {
    vendor = 'zoho';
    const q = `refresh_token=${ctx.cred('zoho-token', zohoToken(r))}&client_id=1000.${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 30)}&client_secret=${ctx.cred('client-secret', r.hex(42))}&grant_type=refresh_token`;
    url = `https://accounts.zoho.${r.pick(['com', 'eu'])}/oauth/v2/token?${q}`;
    resp = fail ? { error: 'invalid_code' } : { access_token: ctx.cred('zoho-token', zohoToken(r)), api_domain: 'https://www.zohoapis.eu', token_type: 'Bearer', expires_in: 3600 };
  } else if (k === 5) {
    vendor = 'hubspot';
    url = 'https://api.hubapi.com/oauth/v1/token';
    form.push(['grant_type', 'refresh_token'], ['client_id', r.uuid()], ['client_secret', ctx.cred('client-secret', r.uuid())], ['redirect_uri', 'https://app.acmecorp.com/oauth/hubspot/callback'], ['refresh_token', ctx.cred('refresh-token', `na1-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`)]);
    resp = { token_type: 'bearer', refresh_token: ctx.cred('refresh-token', `na1-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`), access_token: ctx.cred('oauth-access-token', `CK${r.chars(B64URL, 10)}${r.chars(ALNUM + '-_', 140)}`), expires_in: 1800 };
  } else if (k === 6) {
    vendor = 'google';
    url = 'https://oauth2.googleapis.com/token';
    form.push(['client_id', `${r.digits(12)}-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com`], ['client_secret', ctx.cred('client-secret', `GOCSPX-${r.chars(ALNUM + '-_', 28)}`)], ['refresh_token', ctx.cred('refresh-token', `1//0${r.chars(ALNUM + '-_', 98)}`)], ['grant_type', 'refresh_token']);
    resp = { access_token: ctx.cred('google-token', googleAccessToken(r)), expires_in: 3599, scope: 'https://www.googleapis.com/auth/spreadsheets', token_type: 'Bearer' };
  } else if (k === 7) {
    vendor = r.pick(['okta', 'auth0']);
    const iss = vendor === 'okta' ? `https://${r.pick(['acmecorp', 'northwind'])}.okta.com/oauth2/default` : `https://${r.pick(['acme', 'brightpath'])}.us.auth0.com/`;
    url = vendor === 'okta' ? `${iss}/v1/token` : `${iss}oauth/token`;
    const p = person(r);
    form.push(['grant_type', 'authorization_code'], ['code', ctx.cred('oauth-code', r.chars(B64URL, r.int(30, 43)))], ['redirect_uri', 'https://app.acmecorp.com/auth/callback'], ['client_id', cid], ['client_secret', secret()], ['code_verifier', ctx.cred('code-verifier', r.chars(B64URL, 43))]);
    resp = { token_type: 'Bearer', expires_in: 3600, access_token: ctx.cred('jwt', accessJwt(r, iss, 'api://default', 'openid profile email offline_access')), scope: 'openid profile email offline_access', refresh_token: ctx.cred('refresh-token', opaque(r, 40, 48, B64URL)), id_token: ctx.cred('jwt', idJwt(r, iss, cid, p.name, p.email)) };
  } else {
    vendor = 'microsoft';
    const tenant = r.uuid();
    url = `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/token`;
    form.push(['client_id', r.uuid()], ['scope', 'https://graph.microsoft.com/.default'], ['client_secret', r.chance(0.6) ? ctx.cred('client-secret', `${r.chars(ALNUM, 3)}8Q~${r.chars(ALNUM + '~._-', 34)}`) : secret()], ['grant_type', 'client_credentials']);
    resp = fail ? { error: 'invalid_client', error_description: `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${r.uuid()}'.\r\nTrace ID: ${r.uuid()}\r\nCorrelation ID: ${r.uuid()}\r\nTimestamp: 2024-06-0${r.int(1, 9)} 1${r.int(0, 9)}:0${r.int(0, 9)}:4${r.int(0, 9)}Z`, error_codes: [7000215], trace_id: r.uuid(), correlation_id: r.uuid() } : { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: ctx.cred('jwt', accessJwt(r, `https://sts.windows.net/${tenant}/`, 'https://graph.microsoft.com', 'Mail.Send User.Read.All')) };
  }
  const respJson = fail && !(k === 4 || k === 8) ? errJson : resp;
  const asJson = vendor === 'auth0' && r.chance(0.5);
  return mkCall(ctx, { vendor, client: `${vendor[0]!.toUpperCase()}${vendor.slice(1)}OAuthClient`, op: 'refreshToken', method: 'POST', url, headers, form: form.length && !asJson ? form : undefined, json: asJson ? Object.fromEntries(form) : undefined, status: fail ? status : 200, respJson, respHeaders: [['Cache-Control', 'no-store'], ['Pragma', 'no-cache']] });
};
