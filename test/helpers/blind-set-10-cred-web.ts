import { B64URL, B62, LOWER, DIGITS, type Rng10 } from './blind-set-10-rng';
import { ageKey } from './blind-set-10-crypto';
import { cred, pos, type PosCase10 } from './blind-set-10-types';
import { email, host, podName, reqId, ts } from './blind-set-10-values';

/** HTTP auth, cookies and sessions, JWTs, OAuth secrets, private keys, AI provider keys. */
const b64u = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const jwt = (r: Rng10, payload: object, alg = 'HS256'): string => `${b64u({ alg, typ: 'JWT' })}.${b64u(payload)}.${r.b64url(alg === 'RS256' ? 256 : 32)}`;
const wrap = (s: string, n: number): string => s.match(new RegExp(`.{1,${n}}`, 'g'))!.join('\n');

export const credWeb: PosCase10[] = [
  (r) => {
    const t = jwt(r, { iss: 'supabase', ref: r.chars(LOWER, 20), role: 'service_role', iat: 1730000000 + r.int(0, 9e6), exp: 2045000000 });
    return pos('web/supabase-service-role-env', `Error: new row violates row-level security policy for table "profiles"\n  at PostgrestBuilder.then (/app/node_modules/@supabase/postgrest-js/dist/cjs/PostgrestBuilder.js:94:31)\n  SUPABASE_URL=https://${r.chars(LOWER, 20)}.supabase.co SUPABASE_SERVICE_ROLE_KEY=${t}`, cred('jwt', t));
  },
  (r) => {
    const t = jwt(r, { sub: r.uuid(), email: email(r), scope: 'openid profile offline_access payments:write', iat: 1762160000 + r.int(0, 99999), exp: 1762170000 + r.int(0, 99999), iss: 'https://auth.brightwell.dev/' }, 'RS256');
    return pos('web/bearer-jwt-envoy-log', `[${ts(r)}] "POST /v2/payouts HTTP/2" 502 UF 412 91 30001 - "10.4.7.19" "okhttp/4.12.0" "${r.uuid()}" "payouts.internal:8443" authorization="Bearer ${t}"`, cred('jwt', t));
  },
  (r) => {
    const sid = `s%3A${r.chars(B64URL, 32)}.${encodeURIComponent(r.b64(32).replace(/=+$/, ''))}`;
    return pos('web/express-session-cookie', `GET /admin/refunds 500 - TypeError: Cannot read properties of undefined (reading 'role')\n  request.headers.cookie: "connect.sid=${sid}; _ga=GA1.2.${r.digits(10)}.${r.digits(10)}"`, cred('session-cookie', sid));
  },
  (r) => {
    const v = `${r.b64(180).replace(/=+$/, '')}--${r.chars(B64URL.replace(/[-_]/g, ''), 24)}--${r.b64(16).replace(/=+$/, '')}==`;
    return pos('web/rails-session-cookie', `Started POST "/admin/users/${r.int(100, 9999)}/impersonate" for 10.4.11.8\nActionController::InvalidAuthenticityToken (Can't verify CSRF token authenticity.)\n  Cookie: _brightwell_session=${v}`, cred('session-cookie', v));
  },
  (r) => {
    const v = `CfDJ8${r.chars(B64URL, 300)}`;
    return pos('web/aspnet-auth-cookie', `warn: Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationHandler[0]\n      .AspNetCore.Cookies was not authenticated. Failure message: Unprotect ticket failed\n      Cookie header: .AspNetCore.Cookies=${v}; .AspNetCore.Antiforgery.${r.chars(B62, 11)}=CfDJ8${r.chars(B64URL, 40)}`, cred('session-cookie', v));
  },
  (r) => {
    const v = r.chars(LOWER + DIGITS, 32);
    return pos('web/django-sessionid-curl', `curl 'https://admin.brightwell.dev/admin/ledger/payout/' -H 'cookie: csrftoken=${r.chars(B62, 32)}; sessionid=${v}' --compressed\n<h1>Server Error (500)</h1>`, cred('session-cookie', v));
  },
  (r) => {
    const v = Buffer.from(JSON.stringify({ iv: r.b64(16), value: r.b64(120), mac: r.hex(64), tag: '' })).toString('base64');
    return pos('web/laravel-session-cookie', `[${ts(r)}] production.ERROR: Illuminate\\Contracts\\Encryption\\DecryptException: The MAC is invalid.\n  Cookie: XSRF-TOKEN=${r.b64(40)}; laravel_session=${v}`, cred('session-cookie', v));
  },
  (r) => {
    const rt = `1//0${r.chars(B64URL, 99)}`;
    return pos('web/google-refresh-token-form', `POST https://oauth2.googleapis.com/token HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nclient_id=${r.digits(12)}-${r.chars(LOWER + DIGITS, 32)}.apps.googleusercontent.com&client_secret=GOCSPX-${r.chars(B64URL, 28)}&refresh_token=${encodeURIComponent(rt)}&grant_type=refresh_token\n\n{"error": "invalid_grant", "error_description": "Token has been expired or revoked."}`, cred('oauth-refresh-token', encodeURIComponent(rt)));
  },
  (r) => {
    const s = `GOCSPX-${r.chars(B64URL, 28)}`;
    return pos('web/google-client-secret-json', `oauthlib.oauth2.rfc6749.errors.InvalidClientError: (invalid_client) Unauthorized\nclient_secrets.json: {"web":{"client_id":"${r.digits(12)}-${r.chars(LOWER + DIGITS, 32)}.apps.googleusercontent.com","project_id":"crm-sync-prod","client_secret":"${s}","redirect_uris":["https://crm.brightwell.dev/oauth2/callback"]}}`, cred('google-oauth-client-secret', s));
  },
  (r) => {
    const s = r.chars(B64URL, 64);
    return pos('web/auth0-client-secret-escaped-json', `{"level":50,"time":${Date.UTC(2026, 10, 3)},"msg":"token request failed","err":{"type":"AxiosError","message":"Request failed with status code 401","config":{"data":"{\\"grant_type\\":\\"client_credentials\\",\\"client_id\\":\\"${r.chars(B62, 32)}\\",\\"client_secret\\":\\"${s}\\",\\"audience\\":\\"https://api.brightwell.dev\\"}"}}}`, cred('oauth-client-secret', s));
  },
  (r) => {
    const t = `00${r.chars(B64URL, 40)}`;
    return pos('web/okta-ssws-header', `okta-sdk-java: com.okta.sdk.resource.client.ApiException: Invalid token provided (E0000011)\n  > GET /api/v1/users?filter=status+eq+"ACTIVE" HTTP/1.1\n  > Authorization: SSWS ${t}`, cred('okta-api-token', t));
  },
  (r) => {
    const s = r.chars(B62, 32);
    return pos('web/keycloak-client-secret-properties', `o.s.s.o.c.w.OAuth2LoginAuthenticationFilter : Authentication request failed: [invalid_client] Invalid client or Invalid client credentials\nspring.security.oauth2.client.registration.keycloak.client-id=ledger-ui\nspring.security.oauth2.client.registration.keycloak.client-secret=${s}`, cred('oauth-client-secret', s));
  },
  (r) => {
    const u = `svc-${r.chars(LOWER, 6)}`;
    const pw = r.password(14);
    const b = Buffer.from(`${u}:${pw}`).toString('base64');
    return pos('web/basic-auth-nginx-debug', `${ts(r)} [debug] 31#31: *88213 http header: "Authorization: Basic ${b}"\n${ts(r)} [error] 31#31: *88213 upstream sent 401 while reading response header from upstream, request: "GET /internal/export HTTP/1.1", upstream: "http://10.4.2.17:9000/internal/export"`, cred('http-basic-auth', b));
  },
  (r) => {
    const pw = r.password(13);
    return pos('web/httpie-auth-flag', `$ http -a ops-bot:'${pw}' POST https://jenkins.brightwell.dev/job/ledger-deploy/buildWithParameters ENV=prod\nHTTP/1.1 401 Unauthorized\nX-Jenkins: 2.479.1`, cred('password-cli-arg', pw));
  },
  (r) => {
    const pw = r.password(16);
    return pos('web/login-form-body', `POST /api/session 500 ${r.int(10, 900)}ms reqId=${reqId(r)}\nbody: username=${encodeURIComponent(email(r))}&password=${encodeURIComponent(pw)}&remember_me=1\nError: ECONNREFUSED 10.4.6.2:6379`, cred('password-form', encodeURIComponent(pw)));
  },
  (r) => {
    const pw = r.password(14);
    return pos('web/graphql-login-variables', `GraphQLError: Unexpected error value: { message: "connect ETIMEDOUT" }\n  operationName: "SignIn"\n  variables: {"input":{"email":"${email(r)}","password":"${pw}","otp":null}}`, cred('password-json', pw), );
  },
  (r) => {
    const k = `sk-ant-api03-${r.chars(B64URL, 93)}AA`;
    return pos('web/anthropic-key-python', `anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}\n  client = Anthropic(api_key="${k}", max_retries=2)`, cred('anthropic-api-key', k));
  },
  (r) => {
    const k = `gsk_${r.b62(52)}`;
    return pos('web/groq-key-env-dump', `Worker crashed: groq.AuthenticationError: Error code: 401 - {'error': {'message': 'Invalid API Key', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}\nos.environ: environ({'PATH': '/usr/local/bin:/usr/bin', 'GROQ_API_KEY': '${k}', 'HOSTNAME': '${podName(r, 'summarizer')}'})`, cred('groq-api-key', k));
  },
  (r) => {
    const k = `r8_${r.b62(37)}`;
    return pos('web/replicate-token-header', `replicate: POST https://api.replicate.com/v1/predictions -> 401 {"title":"Unauthenticated","detail":"You did not pass a valid authentication token","status":401}\n  Authorization: Bearer ${k}`, cred('replicate-api-token', k));
  },
  (r) => {
    const k = `hf_${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`;
    return pos('web/huggingface-token-git', `Cloning into 'ledger-embeddings'...\nremote: Invalid username or password.\nfatal: Authentication failed for 'https://user:${k}@huggingface.co/brightwell/ledger-embeddings/'`, cred('huggingface-token', k));
  },
  (r) => {
    const k = `pplx-${r.hex(48)}`;
    return pos('web/perplexity-key-node', `Error: 401 status code (no body)\n    at APIError.generate (/app/node_modules/openai/error.js:53:20)\n  new OpenAI({ apiKey: '${k}', baseURL: 'https://api.perplexity.ai' })`, cred('perplexity-api-key', k));
  },
  (r) => {
    const k = `xai-${r.b62(80)}`;
    return pos('web/xai-key-yaml', `llm_providers:\n  grok:\n    base_url: https://api.x.ai/v1\n    api_key: ${k}\nERROR provider grok returned 400 "Incorrect API key provided"`, cred('xai-api-key', k));
  },
  (r) => {
    const k = r.chars(B62, 40);
    return pos('web/cohere-key-header', `cohere.errors.UnauthorizedError: status_code: 401, body: {'message': 'invalid api token'}\n  headers={'Authorization': 'Bearer ${k}', 'X-Client-Name': 'rerank-svc'}`, cred('cohere-api-key', k));
  },
  (r) => {
    const body = wrap(Buffer.concat([Buffer.from('openssh-key-v1\0', 'binary'), Buffer.from('000000046e6f6e65000000046e6f6e6500000000000000010000003300000b7373682d6564323535313900000020', 'hex'), r.bytes(270)]).toString('base64'), 70);
    const k = `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----`;
    return pos('web/openssh-key-ci-echo', `+ echo "$DEPLOY_KEY" > ~/.ssh/id_ed25519 && cat ~/.ssh/id_ed25519\n${k}\nLoad key "/root/.ssh/id_ed25519": error in libcrypto`, cred('private-key', k));
  },
  (r) => {
    const body = wrap(Buffer.concat([Buffer.from('30770201010420', 'hex'), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), r.bytes(64)]).toString('base64'), 64);
    const k = `-----BEGIN EC PRIVATE KEY-----\n${body}\n-----END EC PRIVATE KEY-----`;
    return pos('web/ec-key-helm-values', `Error: UPGRADE FAILED: template: apns-relay/templates/secret.yaml:8:20: executing "apns-relay/templates/secret.yaml" at <b64enc>: wrong type\nvalues:\n  apns:\n    keyId: ${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10)}\n    signingKey: |\n${k.split('\n').map((l) => '      ' + l).join('\n')}`, cred('private-key', k.split('\n').map((l, i) => (i === 0 ? l : '      ' + l)).join('\n')));
  },
  (r) => {
    const k = ageKey(r);
    return pos('web/age-identity-sops', `Failed to get the data key required to decrypt the SOPS file.\nGroup 0: FAILED\n  age1${r.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}: FAILED\n    - | failed to load age identities: SOPS_AGE_KEY=${k}: no identity matched any of the recipients`, cred('age-secret-key', k));
  },
  (r) => {
    const k = r.b64(32);
    return pos('web/wireguard-private-key-conf', `wg-quick: \`wg0' already exists\n[Interface]\nAddress = 10.66.0.7/32\nPrivateKey = ${k}\nListenPort = 51820\n[Peer]\nPublicKey = ${r.b64(32)}`, cred('wireguard-private-key', k));
  },
  (r) => {
    const k = `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}`;
    return pos('web/opsgenie-geniekey', `opsgenie: create alert failed status=422 host=${host(r)}\n  > Authorization: GenieKey ${k}\n  < {"message":"Key format is not valid!","took":0.001}`, cred('opsgenie-api-key', k));
  },
];
