import { Rng, ABC } from './blind-set-7-rng';
import { jwt, epoch, rsaPem, pkcs8Pem } from './blind-set-7-checks';
import { email } from './blind-set-7-people';
import * as t from './blind-set-7-tokens';
import { cred, pers, pos, type Blind7Positive } from './blind-set-7-types';

/** Identity providers: Auth0, Okta, Cognito, Firebase Auth, Clerk, Supabase, Keycloak, private JWKs. */
export function identityCases(r: Rng): Blind7Positive[] {
  const out: Blind7Positive[] = [];
  const c = (name: string, text: string, ...v: Parameters<typeof pos>[2][]) => out.push(pos(`idp/${name}`, text, ...v));

  const a0 = t.auth0Secret(r);
  c('auth0TokenRequest', `POST https://acme.eu.auth0.com/oauth/token {"grant_type":"client_credentials","client_id":"${r.an(32)}","client_secret":"${a0}","audience":"https://acme.eu.auth0.com/api/v2/"}`, cred(a0, 'client-secret'));
  const mgmt = jwt(r, { iss: 'https://acme.eu.auth0.com/', sub: `${r.an(32)}@clients`, aud: 'https://acme.eu.auth0.com/api/v2/', iat: epoch(r), exp: epoch(r) + 86400, scope: 'read:users update:users', gty: 'client-credentials' }, 'RS256', 256);
  c('auth0MgmtBearer', `auth0.ManagementClient init token=${mgmt} domain=acme.eu.auth0.com`, cred(mgmt, 'jwt'));
  const ok = t.okta(r);
  c('oktaSsws', `GET /api/v1/users?filter=status%20eq%20%22LOCKED_OUT%22 HTTP/1.1\nAuthorization: SSWS ${ok}\nAccept: application/json`, cred(ok, 'okta-token'));
  const ok2 = t.okta(r);
  c('oktaTerraformTfvars', `okta_org_name  = "acme"\nokta_base_url  = "okta.com"\nokta_api_token = "${ok2}"`, cred(ok2, 'okta-token'));
  const cg = t.cognitoSecret(r);
  c('cognitoDescribeClient', `{\n    "UserPoolClient": {\n        "UserPoolId": "eu-west-1_${r.an(9)}",\n        "ClientName": "backend",\n        "ClientId": "${r.str(ABC.lowDig, 26)}",\n        "ClientSecret": "${cg}",\n        "RefreshTokenValidity": 30\n    }\n}`, cred(cg, 'client-secret'));
  const user = email(r);
  const cgPw = r.password();
  c('cognitoAdminSetPassword', `aws cognito-idp admin-set-user-password --user-pool-id us-east-1_${r.an(9)} --username ${user} --password '${cgPw}' --permanent`, cred(cgPw, 'password'), pers(user, 'email'));
  const saKey = pkcs8Pem(r);
  const saKeyEsc = saKey.replace(/\n/g, '\\n');
  c('firebaseServiceAccount', `{\n  "type": "service_account",\n  "project_id": "acme-app-${r.hex(5)}",\n  "private_key_id": "${r.hex(40)}",\n  "private_key": "${saKeyEsc}\\n",\n  "client_email": "firebase-adminsdk-${r.str(ABC.lowDig, 5)}@acme-app.iam.gserviceaccount.com"\n}`, cred(saKeyEsc, 'private-key'));
  const idTok = jwt(r, { iss: 'https://securetoken.google.com/acme-app', aud: 'acme-app', auth_time: epoch(r), user_id: r.an(28), sub: r.an(28), iat: epoch(r), exp: epoch(r) + 3600, email: user, email_verified: true }, 'RS256', 256);
  const refresh = `AMf-vB${r.str(ABC.url, 260)}`;
  c('firebaseSignInResponse', `{"kind":"identitytoolkit#VerifyPasswordResponse","localId":"${r.an(28)}","email":"${user}","idToken":"${idTok}","registered":true,"refreshToken":"${refresh}","expiresIn":"3600"}`, cred(idTok, 'jwt'), cred(refresh, 'refresh-token'), pers(user, 'email'));
  const ck = t.clerkSecret(r);
  c('clerkNextEnv', `NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_${Buffer.from('clerk.acme-shop.com$').toString('base64')}\nCLERK_SECRET_KEY=${ck}`, cred(ck, 'clerk-key'));
  const ref = r.str(ABC.low, 20);
  const srv = jwt(r, { iss: 'supabase', ref, role: 'service_role', iat: epoch(r) - 9e7, exp: epoch(r) + 3e8 });
  c('supabaseServiceRole', `const supabase = createClient('https://${ref}.supabase.co', '${srv}')`, cred(srv, 'jwt'));
  const sbp = t.supabasePat(r);
  c('supabaseCliToken', `SUPABASE_ACCESS_TOKEN=${sbp} supabase db push --linked`, cred(sbp, 'supabase-token'));
  const sbs = t.supabaseSecret(r);
  c('supabaseSecretKeyYaml', `supabase:\n  url: https://${ref}.supabase.co\n  secretKey: "${sbs}"`, cred(sbs, 'supabase-token'));
  const kc = r.an(32);
  c('keycloakClientJson', `{"clientId":"billing-backend","enabled":true,"clientAuthenticatorType":"client-secret","secret":"${kc}","redirectUris":["https://billing.acme.io/*"]}`, cred(kc, 'client-secret'));
  const kcPw = r.password();
  c('keycloakAdminEnv', `- name: KC_BOOTSTRAP_ADMIN_PASSWORD\n  value: "${kcPw}"\n- name: KC_HOSTNAME\n  value: sso.acme.io`, cred(kcPw, 'password'));
  const kcTok = jwt(r, { exp: epoch(r), iat: epoch(r), jti: r.uuid(), iss: 'https://sso.acme.io/realms/master', typ: 'Bearer', azp: 'admin-cli', preferred_username: 'admin' }, 'RS256', 256);
  c('keycloakKcadmCurl', `curl -s -H "Authorization: bearer ${kcTok}" https://sso.acme.io/admin/realms/prod/users?max=5`, cred(kcTok, 'jwt'));
  const d = r.b64url(32);
  c('privateJwkEc', `{"keys":[{"kty":"EC","crv":"P-256","kid":"${r.an(16)}","use":"sig","x":"${r.b64url(32)}","y":"${r.b64url(32)}","d":"${d}"}]}`, cred(d, 'private-jwk'));
  const dOkp = r.b64url(32);
  c('privateJwkOkpYaml', `signing_key:\n  kty: OKP\n  crv: Ed25519\n  x: ${r.b64url(32)}\n  d: ${dOkp}`, cred(dOkp, 'private-jwk'));
  const pem = rsaPem(r);
  const indented = pem.replace(/\n/g, '\n    ');
  const body = indented.slice(indented.indexOf('\n    ') + 5, indented.lastIndexOf('\n    -----END'));
  c('oidcSigningKeyYamlBlock', `oidc:\n  issuer: https://auth.acme.io\n  signing_key: |\n    ${indented}\n  ttl: 15m`, cred(body, 'private-key'));
  return out;
}
