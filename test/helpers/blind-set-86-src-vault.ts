import { createHmac } from 'node:crypto';
import { pyDict } from './blind-set-86-enc';
import { basic, iso, isoMs, kit } from './blind-set-86-kit';
import { publicIp } from './blind-set-86-people';
import { password, pwKey, T } from './blind-set-86-tokens';
import type { Case86, Source86 } from './blind-set-86-types';

/** Blind set 86: HashiCorp Vault (raw audit log, login, agent/server logs, kv get), Duo (auth logs, Admin API), 1Password, Doppler, Infisical, CyberArk. */

const hm = (c: Case86): string => `hmac-sha256:${c.rng.hex(64)}`;

const vaultAudit = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const tok = c.cred(T.vaultToken(r), 'vault-token');
  const data: Record<string, string> = { [r.pick(['password', 'bind_password', 'db_password'])]: c.cred(password(r), 'password'), okta_token: c.cred(T.oktaApi(r), 'okta-token'), owner: c.pii(p.email, 'email') };
  const req = { time: isoMs(t, r), type: 'request', auth: { client_token: tok, accessor: hm(c), display_name: `oidc-${p.email}`, policies: ['default', 'identity-admin'], token_policies: ['default', 'identity-admin'], metadata: { username: p.email }, entity_id: r.uuid(), token_type: 'service', token_ttl: 2764800 }, request: { id: r.uuid(), client_id: r.uuid(), operation: 'update', mount_point: 'secret/', mount_type: 'kv', client_token: tok, client_token_accessor: hm(c), namespace: { id: 'root' }, path: `secret/data/${org.slug}/idp/okta`, data: { data }, remote_address: c.pii(publicIp(r), 'ip'), remote_port: r.int(30000, 60000) } };
  return `# audit device "file/raw" has log_raw=true\n${JSON.stringify(req)}\n{"time":"${isoMs(t, r)}","type":"response","auth":{"client_token":"${hm(c)}","accessor":"${hm(c)}"},"request":{"id":"${r.uuid()}","path":"secret/data/${org.slug}/idp/okta"},"error":"1 error occurred:\\n\\t* permission denied\\n\\n"}`;
};

const vaultLogin = (c: Case86): string => {
  const { r, p, org } = kit(c);
  const tok = c.cred(T.vaultToken(r), 'vault-token');
  const pw = c.cred(password(r), 'password');
  return [`$ vault login -method=ldap username=${p.email.split('@')[0]!} password='${pw.replace(/'/g, `'\\''`)}'`, 'Success! You are now authenticated. The token information displayed below', 'is already stored in the token helper. You do NOT need to run "vault login"', 'again. Future Vault requests will automatically use this token.', '', 'Key                    Value', '---                    -----', `token                  ${tok}`, `token_accessor         ${r.alnum(24)}`, 'token_duration         768h', 'token_renewable        true', 'token_policies         ["default" "identity-admin"]', `identity_policies      []`, `policies               ["default" "identity-admin"]`, `token_meta_username    ${p.email.split('@')[0]}`, `$ vault kv get -mount=secret ${org.slug}/duo`, `== Secret Path ==\nsecret/data/${org.slug}/duo\n\n====== Data ======\nKey      Value\n---      -----\nikey     ${c.cred(T.duoIkey(r), 'duo-ikey')}\nskey     ${c.cred(T.duoSkey(r), 'duo-skey')}\nhost     api-${r.hex(8)}.duosecurity.com`].join('\n');
};

const vaultAgent = (c: Case86): string => {
  const { r, org, t } = kit(c);
  const sid = c.cred(r.uuid(), 'approle-secret-id');
  const tok = c.cred(T.vaultToken(r), 'vault-token');
  return [`${iso(t)} [ERROR] agent.auth.handler: error authenticating: error="Error making API request.\n\nURL: PUT https://vault.${org.domain}:8200/v1/auth/approle/login\nCode: 400. Errors:\n\n* invalid role or secret ID" backoff=1.${r.digits(2)}s`, `${iso(t)} [DEBUG] agent.auth.approle: role_id=${r.uuid()} secret_id=${sid} (read from /etc/vault/secret-id, remove_secret_id_file_after_reading=false)`, `${iso(t)} [INFO]  agent.sink.file: token written: path=/run/vault/token`, `${iso(t)} [DEBUG] agent.template.server: rendering "/etc/app/identity.env": VAULT_TOKEN=${tok}`, `${iso(t)} [WARN]  agent: unseal key share 1 (debug dump): ${c.cred(r.b64(44), 'vault-unseal-key')}`].join('\n');
};

const duoAuthLog = (c: Case86): string => {
  const { r, p, t } = kit(c);
  const ev = { access_device: { browser: 'Chrome', browser_version: '124.0.6367.91', ip: c.pii(publicIp(r), 'ip'), location: { city: p.city, country: p.country, state: '' }, os: 'Mac OS X', os_version: '14.4.1' }, alias: '', application: { key: `DI${r.upperAlnum(18)}`, name: r.pick(['Microsoft 365', 'Cisco AnyConnect', 'Okta']) }, auth_device: { ip: r.chance(0.5) ? publicIp(r) : null, location: { city: p.city, country: p.country }, name: c.pii(p.phoneE164, 'phone') }, email: c.pii(p.email, 'email'), event_type: 'authentication', factor: r.pick(['duo_push', 'phone_call', 'sms_passcode']), isotimestamp: iso(t), ood_software: null, reason: r.pick(['user_mistake', 'deny_unenrolled_user', 'location_restricted']), result: 'denied', timestamp: t, txid: r.uuid(), user: { groups: ['Duo Users'], key: `DU${r.upperAlnum(18)}`, name: p.email.split('@')[0]! } };
  const sk = c.cred(T.duoSkey(r), 'duo-skey');
  return r.chance(0.5) ? `duo-siem poll (ikey=DI${r.upperAlnum(18)} skey=${sk})\n` + JSON.stringify({ response: { authlogs: [ev], metadata: { next_offset: [String(t * 1000), r.uuid()], total_objects: 1 } }, stat: 'OK' }) : `duo-siem: ${pyDict(ev as unknown as Record<string, unknown>)}\nDUO_SKEY=${sk}`;
};

const duoAdmin = (c: Case86): string => {
  const { r, p, t } = kit(c);
  const ikey = c.cred(T.duoIkey(r), 'duo-ikey');
  const skey = c.cred(T.duoSkey(r), 'duo-skey');
  const host = `api-${r.hex(8)}.duosecurity.com`;
  const date = new Date(t * 1000).toUTCString().replace('GMT', '-0000');
  const canon = [date, 'POST', host, '/admin/v1/users', `email=${encodeURIComponent(p.email)}&username=${encodeURIComponent(p.email)}`].join('\n');
  const sig = createHmac('sha1', skey).update(canon).digest('hex');
  const auth = basic(c, ikey, sig);
  return [`duo_client.admin DEBUG POST https://${host}/admin/v1/users`, `headers=${pyDict({ Date: date, Authorization: `Basic ${auth}`, Host: host, 'Content-type': 'application/x-www-form-urlencoded' })}`, `params=${pyDict({ username: c.pii(p.email, 'email'), realname: c.pii(p.full, 'person-name'), email: p.email })}`, `RuntimeError: Received 401 Invalid signature in request credentials (code 40103)`, `duo config: ikey=${ikey} skey=${skey} api_host=${host}`].join('\n');
};

const onePassword = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const item = { id: r.lowerAlnum(26), title: `${org.name} – LDAP bind (svc)`, version: r.int(1, 9), vault: { id: r.lowerAlnum(26), name: 'Identity' }, category: 'LOGIN', last_edited_by: r.upperAlnum(26), created_at: iso(t - 9e6), updated_at: iso(t), fields: [{ id: 'username', type: 'STRING', purpose: 'USERNAME', label: 'username', value: `svc-ldap@${org.domain}` }, { id: 'password', type: 'CONCEALED', purpose: 'PASSWORD', label: pwKey(r), value: c.cred(password(r), 'password'), entropy: r.int(60, 130) + r.next() }, { id: 'notesPlain', type: 'STRING', purpose: 'NOTES', label: 'notesPlain', value: `owner: ${c.pii(p.full, 'person-name')} <${c.pii(p.email, 'email')}>, ${c.pii(p.phoneE164, 'phone')}` }, { id: r.lowerAlnum(26), type: 'CONCEALED', label: 'recovery code', value: c.cred(`${r.upperAlnum(4)}-${r.upperAlnum(4)}-${r.upperAlnum(4)}-${r.upperAlnum(4)}`, 'recovery-code') }] };
  if (r.chance(0.5)) return `$ op item get "LDAP bind (svc)" --vault Identity --format json --reveal\n${JSON.stringify(item, null, 2)}`;
  const tok = c.cred(T.opConnect(r, t), 'op-connect-token');
  return `${iso(t)} ERROR connect-sdk GET http://op-connect:8080/v1/vaults/${item.vault.id}/items/${item.id} -> 200 but field "api_key" missing; Authorization: Bearer ${tok}\nitem=${JSON.stringify(item)}\nOP_SERVICE_ACCOUNT_TOKEN=${c.cred(T.opService(r), 'op-service-token')}`;
};

const doppler = (c: Case86): string => {
  const { r, org } = kit(c);
  const sec = { AUTH0_CLIENT_SECRET: c.cred(T.auth0Secret(r), 'auth0-client-secret'), AUTH0_DOMAIN: `${org.slug}.eu.auth0.com`, DOPPLER_CONFIG: 'prd', DOPPLER_ENVIRONMENT: 'prd', DOPPLER_PROJECT: 'identity', GOOGLE_CLIENT_SECRET: c.cred(T.googleSecret(r), 'google-client-secret'), SESSION_SECRET: c.cred(r.hex(64), 'session-secret'), STYTCH_SECRET: c.cred(T.stytch(r), 'stytch-secret'), CLERK_SECRET_KEY: c.cred(T.clerk(r), 'clerk-secret') };
  return `$ DOPPLER_TOKEN=${c.cred(T.doppler(r), 'doppler-token')} doppler secrets download --no-file --format json\n${JSON.stringify(sec, null, r.pick([0, 2]))}\nError: unable to parse output as dotenv (job identity-deploy #${r.int(100, 9999)})`;
};

const infisical = (c: Case86): string => {
  const { r, org, t } = kit(c);
  const secrets = [['WORKOS_API_KEY', c.cred(T.workos(r), 'workos-key')], ['ONELOGIN_CLIENT_SECRET', c.cred(T.onelogin(r), 'onelogin-secret')], ['LDAP_BIND_PASSWORD', c.cred(password(r), 'password')]];
  const cs = c.cred(r.hex(64), 'infisical-client-secret');
  return [`${iso(t)} [infisical-agent] universal-auth login failed: 401 {"statusCode":401,"message":"Invalid credentials","error":"Unauthorized"}`, `client_id=${r.uuid()} client_secret=${cs}`, `fallback token INFISICAL_TOKEN=${c.cred(T.infisical(r), 'infisical-token')}`, `cached secrets (${org.slug}/prod): ${JSON.stringify({ secrets: secrets.map(([k, v]) => ({ secretKey: k, secretValue: v, version: r.int(1, 9), type: 'shared' })) })}`].join('\n');
};

const cyberark = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const resp = (): Record<string, string> => ({ Content: c.cred(password(r), 'password'), CreationMethod: 'PVWA', Address: `dc01.${org.domain}`, Safe: 'IAM-ServiceAccounts', UserName: 'svc_okta_ad_agent', LogonDomain: org.netbios, Name: `Operating System-WinDomain-${org.domain}-svc_okta_ad_agent`, PolicyID: 'WinDomain', DeviceType: 'Operating System', CPMDisabled: 'NoReason', Folder: 'Root', PasswordChangeInProcess: 'False' });
  if (r.chance(0.5)) return `GET https://ccp.${org.domain}/AIMWebService/api/Accounts?AppID=OktaADAgent&Safe=IAM-ServiceAccounts&Object=svc_okta_ad_agent -> 200\n${JSON.stringify(resp())}\nERROR agent registration failed; requested by ${c.pii(p.email, 'email')}`;
  const key = c.cred(T.conjur(r), 'conjur-api-key');
  return [`${iso(t)} conjur-authn: POST https://conjur.${org.domain}/authn/${org.slug}/host%2Fidentity%2Fscim-bridge/authenticate`, `body (api key): ${key}`, `-> 401 Unauthorized`, `PVWA logon: POST /PasswordVault/API/auth/LDAP/Logon {"username":"${p.email.split('@')[0]!}","password":"${c.cred(password(r), 'password').replace(/["\\]/g, (m) => `\\${m}`)}","concurrentSession":true}`, `PVWA session token: ${c.cred(T.cyberarkSession(r), 'cyberark-session')}`].join('\n');
};

export const VAULT_SOURCES: readonly Source86[] = [
  { name: 'vault', formats: [vaultAudit, vaultLogin, vaultAgent] },
  { name: 'duo', formats: [duoAuthLog, duoAdmin] },
  { name: '1password', formats: [onePassword] },
  { name: 'doppler-infisical', formats: [doppler, infisical] },
  { name: 'cyberark', formats: [cyberark] },
];
