import { person22 } from './blind-set-22-people';
import { clientSecret22, epoch22, googleAccess22, googleRefresh22, jwt22, opaque22, verifier22 } from './blind-set-22-values';
import { cred, iso22, pers, pos, type PosCase22, type Rng22 } from './blind-set-22-types';
import type { Person22 } from './blind-set-22-people';

/** An access token JWT for a person. */
export const accessJwt22 = (r: Rng22, p: Person22): string => {
  const iat = epoch22(r);
  return jwt22(
    r,
    {
      iss: `https://login.${p.email.split('@')[1]}/oauth2/default`,
      sub: r.uuid(),
      aud: 'api://default',
      iat,
      exp: iat + 3600,
      scp: ['openid', 'profile', 'email'],
      cid: `0oa${r.b62(17)}`,
      uid: `00u${r.b62(17)}`,
    },
    r.pick(['RS256', 'ES256']),
  );
};

/** An id token JWT carrying the person's claims. */
export const idJwt22 = (r: Rng22, p: Person22): string => {
  const iat = epoch22(r);
  return jwt22(r, {
    iss: `https://auth.${p.email.split('@')[1]}/`,
    sub: `auth0|${r.hex(24)}`,
    aud: r.b62(32),
    iat,
    exp: iat + 36000,
    nonce: r.b64url(16),
    email: p.email,
    email_verified: true,
    name: p.name,
  });
};

const host = (p: Person22) => `app.${p.email.split('@')[1]}`;

export const oidcCases: Record<string, PosCase22> = {
  'callback-code': (r, id) => {
    const p = person22(r);
    const code = r.pick([opaque22(r, 32), `${r.uuid()}.${r.uuid()}.${r.uuid()}`, r.b62(43)]);
    const line =
      r.next() < 0.5
        ? `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)} - - [${iso22(r)}] "GET /oauth2/callback?code=${code}&state=${r.b64url(24)}&session_state=${r.uuid()} HTTP/1.1" 502 166 "-" "Mozilla/5.0"`
        : `${iso22(r)} ERROR oauth2-proxy: Error redeeming code during OAuth2 callback: token exchange failed: 401 invalid_client\n  request_uri="/oauth2/callback?state=${r.b64url(24)}%3A%2F&code=${code}" host=${host(p)}`;
    return pos(id, line, cred('oauth-authorization-code', code));
  },
  'implicit-fragment': (r, id) => {
    const p = person22(r);
    const at = accessJwt22(r, p);
    const it = idJwt22(r, p);
    const url = `https://${host(p)}/callback#access_token=${at}&token_type=Bearer&expires_in=3600&scope=openid%20profile&id_token=${it}&state=${r.hex(32)}`;
    const text =
      r.next() < 0.5
        ? `Sentry breadcrumb [navigation] from: /login to: ${url}`
        : `TypeError: Cannot read properties of undefined (reading 'sub')\n    at parseHash (auth.js:88:17)\n  location.href = "${url}"`;
    return pos(id, text, cred('jwt-access-token', at), cred('jwt-id-token', it));
  },
  'token-response': (r, id) => {
    const p = person22(r);
    const at = accessJwt22(r, p);
    const rt = r.pick([opaque22(r, 48), `v1.${r.b64url(60)}`, r.b62(40)]);
    const it = idJwt22(r, p);
    const body = JSON.stringify({ access_token: at, token_type: 'Bearer', expires_in: 86400, refresh_token: rt, id_token: it, scope: 'openid profile email offline_access' }, null, r.pick([0, 2]));
    return pos(
      id,
      `${iso22(r)} [auth-service] ERROR failed to persist tokens for ${r.uuid()}: redis: connection pool timeout\nresponse body: ${body}`,
      cred('jwt-access-token', at),
      cred('refresh-token', rt),
      cred('jwt-id-token', it),
    );
  },
  'token-request-form': (r, id) => {
    const p = person22(r);
    const code = opaque22(r, 32);
    const secret = clientSecret22(r);
    const v = verifier22(r);
    const text =
      r.next() < 0.5
        ? `curl -sS -X POST https://login.${p.email.split('@')[1]}/oauth/token -d grant_type=authorization_code -d code=${code} -d client_id=${r.b62(32)} -d client_secret=${secret} -d code_verifier=${v} -d redirect_uri=https%3A%2F%2F${host(p)}%2Fcb\n{"error":"invalid_grant","error_description":"Invalid authorization code"}`
        : `${iso22(r)} DEBUG o.s.s.oauth2.client.endpoint: POST /oauth/token body=grant_type=authorization_code&code=${code}&redirect_uri=https%3A%2F%2F${host(p)}%2Flogin%2Foauth2%2Fcode%2Fokta&client_id=0oa${r.b62(17)}&client_secret=${secret}&code_verifier=${v}\n${iso22(r)} ERROR [invalid_grant] PKCE verification failed.`;
    return pos(id, text, cred('oauth-authorization-code', code), cred('oauth-client-secret', secret), cred('pkce-code-verifier', v));
  },
  'basic-client-auth': (r, id) => {
    const cid = r.pick([r.uuid(), r.b62(32), `0oa${r.b62(17)}`]);
    const secret = clientSecret22(r, 30);
    const b = Buffer.from(`${cid}:${secret}`).toString('base64');
    return pos(
      id,
      `${iso22(r)} envoy access: "POST /oauth2/token HTTP/1.1" 401 upstream=idp authority=auth.internal headers={"authorization":"Basic ${b}","content-type":"application/x-www-form-urlencoded"}`,
      cred('basic-auth-client', b),
    );
  },
  'device-flow': (r, id) => {
    const dc = r.pick([opaque22(r, 32), r.b64url(48)]);
    const uc = `${r.chars('BCDFGHJKLMNPQRSTVWXZ', 4)}-${r.chars('BCDFGHJKLMNPQRSTVWXZ', 4)}`;
    return pos(
      id,
      `$ gh-idp-cli login --device\n{"device_code":"${dc}","user_code":"${uc}","verification_uri":"https://microsoft.com/devicelogin","expires_in":900,"interval":5}\npolling token endpoint: POST /oauth2/v2.0/token grant_type=urn:ietf:params:oauth:grant-type:device_code&device_code=${dc}\n-> 400 {"error":"authorization_pending"}`,
      cred('oauth-device-code', dc),
    );
  },
  'jwks-private-rsa': (r, id) => {
    const d = r.b64url(256);
    const pp = r.b64url(128);
    const jwk = { kty: 'RSA', use: 'sig', kid: r.b64url(32), alg: 'RS256', n: r.b64url(256), e: 'AQAB', d, p: pp, q: r.b64url(128), dp: r.b64url(128), dq: r.b64url(128), qi: r.b64url(128) };
    return pos(
      id,
      `ALERT: /.well-known/jwks.json on auth-${r.pick(['eu', 'us', 'ap'])}-1 returns private members (synthetic check jwks-public-only failed)\nbody: {"keys":[${JSON.stringify(jwk)}]}`,
      cred('jwk-private-d', d),
      cred('jwk-private-p', pp),
    );
  },
  'jwk-ec-private': (r, id) => {
    const d = r.b64url(32);
    const jwk = { kty: 'EC', crv: 'P-256', kid: r.uuid(), x: r.b64url(32), y: r.b64url(32), d };
    return pos(id, `${iso22(r)} WARN jose: signing key loaded from env OIDC_SIGNING_JWK=${JSON.stringify(jwk)} (consider a KMS-backed key)`, cred('jwk-private-d', d));
  },
  'google-oauth-tokens': (r, id) => {
    const a = googleAccess22(r);
    const rt = googleRefresh22(r);
    return pos(
      id,
      `GaxiosError: invalid_grant\n    at Gaxios._request (/app/node_modules/gaxios/build/src/gaxios.js:142:23)\n  config: { url: 'https://oauth2.googleapis.com/token', method: 'POST' },\n  credentials: {\n    access_token: '${a}',\n    refresh_token: '${rt}',\n    scope: 'https://www.googleapis.com/auth/admin.directory.user.readonly',\n    token_type: 'Bearer',\n    expiry_date: ${epoch22(r)}000\n  }`,
      cred('google-access-token', a),
      cred('google-refresh-token', rt),
    );
  },
  introspection: (r, id) => {
    const t = r.pick([opaque22(r, 32), r.b62(40)]);
    const secret = clientSecret22(r, 32);
    return pos(
      id,
      `${iso22(r)} kong[${r.int(100, 9999)}]: [oauth2-introspection] POST https://idp.internal/oauth2/introspect token=${t}&token_type_hint=access_token (client rs-orders:${secret}) -> {"active":false}`,
      cred('oauth-access-token', t),
      cred('oauth-client-secret', secret),
    );
  },
  'id-token-claims': (r, id) => {
    const p = person22(r);
    const addr = `${p.street}\n${p.postal} ${p.city}`;
    const claims = { sub: r.uuid(), email: p.email, phone_number: p.phone, phone_number_verified: true, birthdate: p.birth, address: { formatted: addr, country: p.country }, aud: r.b62(24) };
    const s = JSON.stringify(claims);
    return pos(
      id,
      `${iso22(r)} DEBUG next-auth][callback] profile=${s}\n${iso22(r)} ERROR [next-auth][error][OAUTH_CALLBACK_HANDLER_ERROR] email already linked to another account`,
      pers('email', p.email),
      pers('birth-date', p.birth),
      pers('home-address', JSON.stringify(addr).slice(1, -1)),
    );
  },
  'client-secret-env': (r, id) => {
    const secret = r.pick([clientSecret22(r, 48), r.b62(40), `${r.pick(['gocspx-', 'GOCSPX-'])}${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 28)}`]);
    return pos(
      id,
      `Step "deploy" env (printenv | sort):\nNODE_ENV=production\nOIDC_CLIENT_ID=${r.uuid()}\nOIDC_CLIENT_SECRET=${secret}\nOIDC_ISSUER=https://login.microsoftonline.com/${r.uuid()}/v2.0\nPORT=8080`,
      cred('oauth-client-secret', secret),
    );
  },
  'refresh-grant-spring': (r, id) => {
    const rt = r.pick([opaque22(r, 40), `${r.b62(8)}.${r.b64url(48)}`]);
    return pos(
      id,
      `${iso22(r)} ERROR 1 --- [nio-8080-exec-${r.int(1, 9)}] o.s.s.o.c.w.OAuth2AuthorizedClientManager : refresh failed\norg.springframework.security.oauth2.core.OAuth2AuthorizationException: [invalid_grant] Token is not active\n\tparameters: {grant_type=[refresh_token], refresh_token=[${rt}], scope=[openid offline_access]}`,
      cred('refresh-token', rt),
    );
  },
};
