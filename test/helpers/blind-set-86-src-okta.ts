import { form, formBody, pyDict } from './blind-set-86-enc';
import { basic, iso, isoMs, kit, payroll, traceId } from './blind-set-86-kit';
import { publicIp } from './blind-set-86-people';
import { password, pwKey, T } from './blind-set-86-tokens';
import type { Case86, Source86 } from './blind-set-86-types';

/** Blind set 86: Okta (System Log, API errors with SSWS, OAuth, inline and event hooks) and Auth0 (tenant logs, Management API, Actions). */

const UA = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', 'okta-sdk-nodejs/7.0.1 node/20.12.2 linux/6.1.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148'];

const oktaEvent = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const ip = c.pii(publicIp(r), 'ip');
  const tok = c.cred(T.oktaSessionToken(r), 'okta-session-token');
  const ev = {
    actor: { id: `00u${r.alnum(17)}`, type: 'User', alternateId: c.pii(p.email, 'email'), displayName: c.pii(p.full, 'person-name'), detailEntry: null },
    client: { userAgent: { rawUserAgent: r.pick(UA), os: 'Windows 10', browser: 'CHROME' }, zone: 'null', device: 'Computer', id: null, ipAddress: ip, geographicalContext: { city: p.city, state: null, country: p.country, postalCode: p.postal, geolocation: { lat: r.int(-60, 60) + r.next(), lon: r.int(-120, 140) + r.next() } } },
    authenticationContext: { authenticationProvider: null, credentialProvider: null, credentialType: null, issuer: null, interface: null, authenticationStep: 0, externalSessionId: T.oktaSid(r) },
    displayMessage: r.pick(['User login to Okta', 'Authentication of user via MFA', 'Verify user identity']),
    eventType: r.pick(['user.session.start', 'user.authentication.sso', 'user.authentication.auth_via_mfa']),
    outcome: { result: 'FAILURE', reason: r.pick(['INVALID_CREDENTIALS', 'VERIFICATION_ERROR', 'LOCKED_OUT']) },
    published: isoMs(t, r),
    securityContext: { asNumber: r.int(1000, 60000), asOrg: r.pick(['comcast cable communications llc', 'deutsche telekom ag', 'bharti airtel ltd.']), isp: 'isp', domain: null, isProxy: false },
    severity: 'WARN',
    debugContext: { debugData: { requestId: r.alnum(27), requestUri: '/login/sessionCookieRedirect', url: `/login/sessionCookieRedirect?checkAccountSetupComplete=true&token=${tok}&redirectUrl=https%3A%2F%2F${org.slug}.okta.com%2Fapp%2FUserHome`, threatSuspected: 'false', loginResult: 'INVALID_CREDENTIALS', dtHash: r.hex(64) } },
    legacyEventType: 'core.user_auth.login_failed', transaction: { type: 'WEB', id: r.alnum(27), detail: {} }, uuid: r.uuid(), version: '0', request: { ipChain: [{ ip, geographicalContext: { city: p.city, country: p.country }, version: ip.includes(':') ? 'V6' : 'V4', source: null }] }, target: null,
  };
  return r.chance(0.5) ? JSON.stringify(ev) : JSON.stringify(ev, null, 2);
};

const oktaHookDelivery = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const events = [0, 1].map(() => ({ uuid: r.uuid(), published: isoMs(t, r), eventType: 'user.lifecycle.create', version: '0', displayMessage: 'Create Okta user', severity: 'INFO', client: { ipAddress: c.pii(publicIp(r), 'ip') }, actor: { id: `00u${r.alnum(17)}`, type: 'User', alternateId: c.pii(`${r.pick(['h.nakamura', 'a.okafor', 'j.brennan', 'm.lindqvist'])}@${org.domain}`, 'email'), displayName: 'IT Admin' }, target: [{ id: `00u${r.alnum(17)}`, type: 'User', alternateId: c.pii(p.email, 'email'), displayName: c.pii(p.full, 'person-name') }] }));
  const body = { eventType: 'com.okta.event_hook', eventTypeVersion: '1.0', cloudEventsVersion: '0.1', source: `https://${org.slug}.okta.com/api/v1/eventHooks/who${r.alnum(17)}`, eventId: r.uuid(), data: { events }, eventTime: iso(t), contentType: 'application/json' };
  const secret = c.cred(r.alnum(32), 'webhook-secret');
  return `POST /hooks/okta HTTP/1.1\nHost: provisioning.${org.domain}\nAuthorization: ${secret}\nContent-Type: application/json\nX-Okta-Verification-Challenge: \n\n${JSON.stringify(body)}\n-> 500 handler error: Cannot read properties of undefined (reading 'login')`;
};

const oktaApiNode = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const tok = c.cred(T.oktaApi(r), 'okta-token');
  const pw = c.cred(password(r), 'password');
  const profile: Record<string, string> = { firstName: c.piiPart(p.given, 'person-name'), lastName: c.piiPart(p.family, 'person-name'), email: c.pii(p.email, 'email'), login: p.email, mobilePhone: c.pii(p.phoneE164, 'phone'), secondEmail: c.pii(p.personalEmail, 'email'), streetAddress: c.pii(p.street, 'address'), city: p.city, zipCode: p.postal, countryCode: p.country };
  for (const [k, v] of payroll(c, p, 2)) profile[k] = v;
  const body = JSON.stringify({ profile, credentials: { password: { value: pw } } });
  return [`${iso(t)} ERROR [okta-provisioner] createUser failed: Okta HTTP 400 E0000001 Api validation failed: password`, `  OktaApiError: Api validation failed: password (errorCauses: [{"errorSummary":"password: Password requirements were not met. Password requirements: at least 12 characters, a symbol."}])`, `  request: { method: 'POST', url: 'https://${org.slug}.okta.com/api/v1/users?activate=true', headers: { Authorization: 'SSWS ${tok}', 'User-Agent': 'okta-sdk-nodejs/7.0.1', Accept: 'application/json' },`, `    body: '${body.replace(/'/g, "\\'")}' }`, `  okta-request-id: ${r.alnum(27)}`, `    at Http.errorFilter (/app/node_modules/@okta/okta-sdk-nodejs/src/http.js:68:23)`].join('\n');
};

const oktaCurl = (c: Case86): string => {
  const { r, p, org } = kit(c);
  const tok = c.cred(T.oktaApi(r), 'okta-token');
  const uid = `00u${r.alnum(17)}`;
  return [`$ curl -v -X POST -H "Accept: application/json" -H "Content-Type: application/json" -H "Authorization: SSWS ${tok}" \\`, `  "https://${org.slug}.okta.com/api/v1/users/${uid}/lifecycle/reset_password?sendEmail=false"`, `> POST /api/v1/users/${uid}/lifecycle/reset_password?sendEmail=false HTTP/2`, `> Host: ${org.slug}.okta.com`, `> authorization: SSWS ${tok}`, `< HTTP/2 200`, `< x-okta-request-id: ${r.alnum(27)}`, `< x-rate-limit-remaining: ${r.int(10, 599)}`, `{"summary":"Reset password link for ${c.pii(p.email, 'email')}","resetPasswordUrl":"https://${org.slug}.okta.com/reset_password/${c.cred(r.alnum(20), 'reset-token')}"}`].join('\n');
};

const oktaOauth = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const cid = T.oktaClientId(r);
  const sec = T.oktaSecret(r);
  const code = c.cred(r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43), 'oauth-code');
  const verifier = c.cred(r.b64url(r.int(43, 64)), 'pkce-verifier');
  const form1 = r.chance(0.5)
    ? formBody([['grant_type', 'authorization_code'], ['code', code], ['redirect_uri', `https://app.${org.domain}/callback`], ['code_verifier', verifier], ['client_id', cid], ['client_secret', c.cred(sec, 'okta-client-secret')]])
    : formBody([['grant_type', 'authorization_code'], ['code', code], ['redirect_uri', `https://app.${org.domain}/callback`], ['code_verifier', verifier]]);
  const hdr = form1.includes('client_secret') ? '' : `\nauthorization: Basic ${basic(c, cid, sec)}`;
  const at = c.cred(T.oktaAccess(r, t, org.slug, p.email), 'okta-access-token');
  const rt = c.cred(T.refreshOpaque(r), 'refresh-token');
  return [`DEBUG openid-client POST https://${org.slug}.okta.com/oauth2/default/v1/token${hdr}`, `body: ${form1}`, `DEBUG response 200 {"token_type":"Bearer","expires_in":3600,"access_token":"${at}","scope":"openid profile email offline_access","refresh_token":"${rt}"}`, `WARN session store write failed for ${c.pii(p.email, 'email')} (redis READONLY)`].join('\n');
};

const oktaImportHook = (c: Case86): string => {
  const { r, p, org } = kit(c);
  const req = { eventId: r.uuid(), eventTime: iso(1714521600 + r.int(0, 5e6), false), eventType: 'com.okta.user.credential.password.import', eventTypeVersion: '1.0', contentType: 'application/json', cloudEventVersion: '0.1', source: `https://${org.slug}.okta.com/api/v1/inlineHooks/cal${r.alnum(17)}`, data: { context: { request: { id: r.alnum(27), method: 'POST', url: { value: '/api/v1/authn' }, ipAddress: c.pii(publicIp(r), 'ip') }, credential: { username: c.pii(p.email, 'email'), password: c.cred(password(r), 'password') } }, action: { credential: 'UNVERIFIED' } } };
  if (r.chance(0.5)) return `[hook-verifier] legacy LDAP bind rejected, returning UNVERIFIED\nrequest=${JSON.stringify(req)}`;
  return `hook request: ${pyDict(req as unknown as Record<string, unknown>)}`;
};

const auth0Logs = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const ip = c.pii(publicIp(r), 'ip');
  const entries = [0, 1, 2].map((i) => {
    const type = r.pick(['f', 'fp', 'fu', 's', 'pwd_leak', 'limit_wc']);
    const data: Record<string, unknown> = { date: isoMs(t + i * 7, r), type, description: type === 'fp' ? 'Wrong email or password.' : type === 's' ? '' : 'Invalid user or password', connection: 'Username-Password-Authentication', connection_id: `con_${r.alnum(16)}`, client_id: r.alnum(32), client_name: `${org.name} Portal`, ip, user_agent: 'Chrome 124.0.0 / Windows 10.0.0', details: { error: { message: type === 'fp' ? 'Wrong email or password.' : 'invalid_grant' } }, user_id: `auth0|${r.hex(24)}`, user_name: c.pii(p.email, 'email'), strategy: 'auth0', strategy_type: 'database', log_id: `900${r.digits(53)}`, tenant_name: `${org.slug}-prod` };
    if (type === 'fp' && r.chance(0.5)) data['details'] = { error: { message: 'Wrong email or password.' }, body: { username: p.email, password: c.cred(password(r), 'password'), realm: 'Username-Password-Authentication' } };
    return { log_id: data['log_id'], data };
  });
  return r.chance(0.5) ? JSON.stringify(entries) : `auth0 log stream batch (${entries.length}) failed to index: mapper_parsing_exception\n${entries.map((e) => JSON.stringify(e)).join('\n')}`;
};

const auth0Mgmt = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const tok = c.cred(T.auth0Mgmt(r, t, org.slug), 'auth0-mgmt-token');
  const pk = pwKey(r);
  const meta: Record<string, string> = { phone: c.pii(p.phoneE164, 'phone'), birthdate: c.pii(p.dobIso, 'birth-date'), [p.nid.label]: c.pii(p.nid.value, p.nid.kind) };
  for (const [k, v] of payroll(c, p, 1)) meta[k] = v;
  const body = { email: c.pii(p.email, 'email'), name: c.pii(p.full, 'person-name'), password: c.cred(password(r), 'password'), connection: 'Username-Password-Authentication', user_metadata: meta, app_metadata: { plan: 'enterprise', [`legacy_${pk}`]: c.cred(password(r), 'password') } };
  return [`ManagementApiError: PasswordStrengthError: Password is too weak (statusCode 400)`, `    at ManagementClient.request (/srv/node_modules/auth0/dist/cjs/management/__generated/runtime.js:${r.int(60, 200)}:19)`, `  requestInit: {`, `    method: 'POST',`, `    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ${tok}', 'Auth0-Client': '${Buffer.from('{"name":"node-auth0","version":"4.3.1"}').toString('base64')}' },`, `    body: '${JSON.stringify(body).replace(/'/g, "\\'")}'`, `  },`, `  url: 'https://${org.slug}.eu.auth0.com/api/v2/users'`].join('\n');
};

const auth0Cc = (c: Case86): string => {
  const { r, org } = kit(c);
  const cid = r.alnum(32);
  const sec = c.cred(T.auth0Secret(r), 'auth0-client-secret');
  const body = r.chance(0.5) ? JSON.stringify({ client_id: cid, client_secret: sec, audience: `https://${org.slug}.eu.auth0.com/api/v2/`, grant_type: 'client_credentials' }) : formBody([['grant_type', 'client_credentials'], ['client_id', cid], ['client_secret', sec], ['audience', `https://api.${org.domain}`]]);
  return `${iso(1714521600 + r.int(0, 5e6))} error auth0-token-cache: POST https://${org.slug}.eu.auth0.com/oauth/token -> 401 {"error":"access_denied","error_description":"Unauthorized"} trace_id=${traceId(r)} body=${body}${body.startsWith('{') ? '' : ` (urlencoded, client_secret=${form(sec) === sec ? 'plain' : 'encoded'})`}`;
};

const auth0Action = (c: Case86): string => {
  const { r, p, t } = kit(c);
  const user = { user_id: `auth0|${r.hex(24)}`, email: c.pii(p.email, 'email'), email_verified: true, name: c.pii(p.full, 'person-name'), phone_number: c.pii(p.phoneE164, 'phone'), user_metadata: { address: c.pii(p.address, 'address'), ...Object.fromEntries(payroll(c, p, 1)) }, last_ip: c.pii(publicIp(r), 'ip') };
  const secrets = { CRM_API_KEY: c.cred(r.hex(40), 'api-key'), SLACK_WEBHOOK: c.cred(`https://hooks.slack.com/services/T${r.upperAlnum(10)}/B${r.upperAlnum(10)}/${r.alnum(24)}`, 'slack-webhook') };
  return [`${isoMs(t, r)} [post-login / sync-to-crm] console.log: event.user ${JSON.stringify(user)}`, `${isoMs(t + 1, r)} [post-login / sync-to-crm] console.log: event.secrets ${JSON.stringify(secrets)}`, `${isoMs(t + 2, r)} [post-login / sync-to-crm] Error: CRM responded 403 Forbidden`].join('\n');
};

export const OKTA_SOURCES: readonly Source86[] = [
  { name: 'okta-syslog', formats: [oktaEvent, oktaHookDelivery] },
  { name: 'okta-api', formats: [oktaApiNode, oktaCurl, oktaOauth] },
  { name: 'okta-inline-hook', formats: [oktaImportHook, oktaHookDelivery] },
  { name: 'auth0-logs', formats: [auth0Logs, auth0Action] },
  { name: 'auth0-mgmt', formats: [auth0Mgmt, auth0Cc] },
];
