import { ALPHA, jwt } from './held-out-2-rng';
import type { PosTemplate } from './held-out-2-types';
import { tok, uuid } from './held-out-2-values';

/** Credential positives from Salesforce, HubSpot, Shopify, registries, AI APIs, JWT and OAuth shapes. */
export const SAAS_CREDENTIALS: readonly PosTemplate[] = [
  [
    'salesforce-session-header',
    (r) => {
      const s = tok.sfSession(r);
      return { text: `[sfdc-sync] INVALID_SESSION_ID: Session expired or invalid; GET /services/data/v60.0/sobjects/Account Authorization: OAuth ${s}`, values: [s] };
    },
  ],
  [
    'salesforce-session-soap',
    (r) => {
      const s = tok.sfSession(r);
      return { text: `<soapenv:Header><urn:SessionHeader><urn:sessionId>${s}</urn:sessionId></urn:SessionHeader></soapenv:Header> -> faultcode sf:INVALID_SESSION_ID`, values: [s] };
    },
  ],
  [
    'salesforce-refresh-token-json',
    (r) => {
      const s = tok.sfRefresh(r);
      const a = tok.sfSession(r);
      return { text: `token refresh ok: {"access_token":"${a}","refresh_token":"${s}","instance_url":"https://brightpath.my.salesforce.com","token_type":"Bearer"}`, values: [a, s] };
    },
  ],
  [
    'hubspot-pat-bearer',
    (r) => {
      const k = tok.hubspot(r);
      return { text: `HubSpot API 401: {"status":"error","message":"Authentication credentials not found.","category":"INVALID_AUTHENTICATION"} (auth: Bearer ${k})`, values: [k] };
    },
  ],
  [
    'hubspot-pat-env',
    (r) => {
      const k = tok.hubspot(r);
      return { text: `HUBSPOT_ACCESS_TOKEN='${k}'`, values: [k] };
    },
  ],
  [
    'shopify-token-header',
    (r) => {
      const k = tok.shopify(r);
      return { text: `ShopifyAPI::Errors::HttpResponseError: [401] Invalid API key or access token (unrecognized login or wrong password) X-Shopify-Access-Token: ${k}`, values: [k] };
    },
  ],
  [
    'shopify-token-toml',
    (r) => {
      const k = tok.shopify(r);
      return { text: `[shopify]\nshop = "brightpath-store.myshopify.com"\naccess_token = "${k}"`, values: [k] };
    },
  ],
  [
    'npm-token-npmrc',
    (r) => {
      const k = tok.npm(r);
      return { text: `npm ERR! code E401\nnpm ERR! Unable to authenticate, your authentication token seems to be invalid.\n# .npmrc: //registry.npmjs.org/:_authToken=${k}`, values: [k] };
    },
  ],
  [
    'npm-token-env',
    (r) => {
      const k = tok.npm(r);
      return { text: `env: NODE_ENV=production NPM_TOKEN=${k} CI=true`, values: [k] };
    },
  ],
  [
    'pypi-token-twine',
    (r) => {
      const k = tok.pypi(r);
      return { text: `twine upload --non-interactive -u __token__ -p ${k} dist/*\nHTTPError: 403 Forbidden from https://upload.pypi.org/legacy/`, values: [k] };
    },
  ],
  [
    'pypi-token-pypirc',
    (r) => {
      const k = tok.pypi(r);
      return { text: `[pypi]\nusername = __token__\npassword = ${k}`, values: [k] };
    },
  ],
  [
    'openai-key-python-error',
    (r) => {
      const k = tok.openai(r);
      return {
        text: `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${k}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}`,
        values: [k],
      };
    },
  ],
  [
    'anthropic-key-header',
    (r) => {
      const k = tok.anthropic(r);
      return {
        text: `anthropic.AuthenticationError: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}} sent headers: x-api-key: ${k}; anthropic-version: 2023-06-01`,
        values: [k],
      };
    },
  ],
  [
    'jwt-bearer-header',
    (r) => {
      const t = jwt(r, { scope: 'orders:write', iss: 'https://auth.brightpath-hq.io/' });
      return { text: `${r.pick(['10.4.1.7', '172.20.3.9'])} - - "GET /v2/orders HTTP/1.1" 401 62 authorization="Bearer ${t}"`, values: [t] };
    },
  ],
  [
    'jwt-cookie',
    (r) => {
      const t = jwt(r, { role: 'admin' });
      return { text: `Cookie: _ga=GA1.2.${r.digits(9)}.${r.digits(10)}; session=${t}; theme=dark`, values: [t] };
    },
  ],
  [
    'jwt-set-cookie',
    (r) => {
      const t = jwt(r);
      return { text: `< Set-Cookie: access_token=${t}; Path=/; HttpOnly; Secure; SameSite=Lax`, values: [t] };
    },
  ],
  [
    'oauth-token-response',
    (r) => {
      const a = tok.googleAccess(r);
      const rt = tok.googleRefresh(r);
      const id = jwt(r, { email_verified: true, aud: `${r.digits(12)}-${r.str(ALPHA.lower + ALPHA.digits, 32)}.apps.googleusercontent.com` });
      return {
        text: `DEBUG oauthlib token response: {"access_token": "${a}", "expires_in": 3599, "refresh_token": "${rt}", "scope": "openid https://www.googleapis.com/auth/drive.readonly", "token_type": "Bearer", "id_token": "${id}"}`,
        values: [a, rt, id],
      };
    },
  ],
  [
    'oauth-opaque-tokens-camel',
    (r) => {
      const a = tok.opaque(r, 43);
      const rt = tok.opaque(r, 64);
      return { text: `TokenStore.save failed: duplicate key; entity={ accessToken: '${a}', refreshToken: '${rt}', expiresAt: 1764806400 }`, values: [a, rt] };
    },
  ],
  [
    'oauth-client-secret-form',
    (r) => {
      const cs = r.str(ALPHA.b62 + '-_~', 40);
      return { text: `POST /oauth/token body: grant_type=client_credentials&client_id=${uuid(r)}&client_secret=${cs}&scope=api.read -> 400 invalid_client`, values: [cs] };
    },
  ],
  [
    'oauth-refresh-form',
    (r) => {
      const rt = tok.opaque(r, 48);
      return { text: `request body="grant_type=refresh_token&refresh_token=${rt}&client_id=mobile-ios"`, values: [rt] };
    },
  ],
  [
    'auth-header-token-scheme',
    (r) => {
      const k = r.hex(40);
      return { text: `requests.exceptions.HTTPError: 401 Client Error for url https://sentry.io/api/0/projects/ — request.headers={'Authorization': 'Token ${k}', 'Accept': '*/*'}`, values: [k] };
    },
  ],
  [
    'auth-header-apikey-scheme',
    (r) => {
      const k = r.b62(48);
      return { text: `upstream rejected: Authorization: Api-Key ${k}`, values: [k] };
    },
  ],
  [
    'x-api-key-header-java',
    (r) => {
      const k = r.str(ALPHA.b62, 40);
      return {
        text: `org.springframework.web.client.HttpClientErrorException$Forbidden: 403 Forbidden: [no body]\n\tat ... request: POST https://partner.fleetbase.net/v1/shipments [Content-Type:"application/json", X-Api-Key:"${k}"]`,
        values: [k],
      };
    },
  ],
];
