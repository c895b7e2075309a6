import { generateKeyPairSync } from 'node:crypto';
import type { Rng, Sample } from './sample-rng';
import { B62, DIG, HEX, LOWER, URLSAFE } from './sample-rng';
import { pw21 } from './generators-r21';

/** A SAML 2.0 response carrying an assertion (`prefix` the namespace prefix of the protocol element). */
export function samlResponseXml(r: Rng, prefix = 'samlp', withAssertion = true): string {
  const id = `_${r.str(HEX, 32)}`;
  const p = prefix === '' ? '' : `${prefix}:`;
  const assertion = withAssertion
    ? `<saml:Assertion ID="_${r.str(HEX, 32)}" Version="2.0"><saml:Issuer>https://idp.${r.str(LOWER, 6)}.test/</saml:Issuer><saml:Subject><saml:NameID>${r.str(LOWER, 7)}</saml:NameID></saml:Subject><saml:Conditions NotOnOrAfter="2027-02-01T10:00:00Z"/><ds:SignatureValue>${r.str(B62, 172)}</ds:SignatureValue></saml:Assertion>`
    : '';
  return `<${p}Response xmlns${prefix === '' ? '' : `:${prefix}`}="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${id}" Version="2.0"><${p}Status><${p}StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></${p}Status>${assertion}</${p}Response>`;
}

/** A SAML response in base64. */
export const samlB64 = (r: Rng, prefix = 'samlp'): string => Buffer.from(samlResponseXml(r, prefix)).toString('base64');

/** A PKCE code verifier (RFC 7636: 43–128 unreserved characters). */
export const codeVerifier = (r: Rng): string => r.str(URLSAFE + '.~', r.int(43, 96));

/** A Kerberos keytab (one entry, aes256) as bytes. */
export function keytabBytes(r: Rng): Buffer {
  const realm = Buffer.from(r.pick(['EXAMPLE.ORG', 'LAB.INTERNAL', 'ACME.NET']));
  const comps = [Buffer.from('HTTP'), Buffer.from(`web${r.int(1, 99)}.lab.internal`)];
  const key = Buffer.from(r.str(HEX, 64), 'hex');
  const parts: Buffer[] = [u16(comps.length), u16(realm.length), realm];
  for (const c of comps) parts.push(u16(c.length), c);
  parts.push(u32(1), u32(1790000000 + r.int(0, 9999999)), Buffer.from([r.int(1, 9)]), u16(18), u16(key.length), key);
  const entry = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([5, 2]), u32(entry.length), entry]);
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}

/** `xxd` output of `bytes` (16 per line, 2-byte groups, the ASCII column). */
export function xxd(bytes: Buffer): string {
  const lines: string[] = [];
  for (let o = 0; o < bytes.length; o += 16) {
    const row = bytes.subarray(o, o + 16);
    const hex = (row.toString('hex').match(/.{1,4}/g) ?? []).join(' ');
    const ascii = [...row].map((c) => (c >= 32 && c < 127 ? String.fromCharCode(c) : '.')).join('');
    lines.push(`${o.toString(16).padStart(8, '0')}: ${hex.padEnd(39)}  ${ascii}`);
  }
  return lines.join('\n');
}

/** An unencrypted private key as bare base64 DER (PKCS#8 EC or RSA, or PKCS#1 RSA). */
export function bareDerKey(r: Rng): string {
  const kind = r.pick(['ec', 'rsa8', 'rsa1', 'ed'] as const);
  if (kind === 'ec') return generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  if (kind === 'ed') return generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  return privateKey.export({ format: 'der', type: kind === 'rsa8' ? 'pkcs8' : 'pkcs1' }).toString('base64');
}

/** A recovery code in one of the common layouts (GitHub `xxxxx-xxxxx`, grouped alphanumerics, Google `1234 5678`). */
export const recoveryCode = (r: Rng): string =>
  r.pick([() => `${r.str('0123456789abcdef', 5)}-${r.str('0123456789abcdef', 4)}${r.int(0, 9)}`, () => `${r.str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4)}-${r.int(1, 9)}${r.str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 3)}-${r.str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4)}`, () => `${r.int(1, 9)}${r.str(DIG, 3)} ${r.str(DIG, 4)}`])();

/** A generated token of `n` url-safe characters with a digit and both cases. */
export const tok22 = (r: Rng, n: number): string => `${r.str(URLSAFE, n - 3)}a${r.int(0, 9)}Z`;

/** Samples of the detectors of round fix22a (blind set 22: identity and access), one realistic context each. */
export const R22A_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'saml-response': (r) => ['POST /Shibboleth.sso/SAML2/POST 500 form: RelayState=ss%3Amem%3A1&SAMLResponse=', encodeURIComponent(samlB64(r, r.pick(['samlp', 'saml2p', '']))), ' ua=Mozilla/5.0'],
  'oauth-pkce-verifier': (r) => ['oauthlib DEBUG token body: {"grant_type": "authorization_code", "code_verifier": "', codeVerifier(r), '"}'],
  'oauth-device-code': (r) => ['az login --use-device-code --debug: response {"user_code": "F7K2QW9P", "device_code": "', `DAQABAAEAAAD${tok22(r, 120)}`, '", "interval": 5}'],
  'oauth-token-request-code': (r) => ['token exchange failed: {"client_id":"web","grant_type":"authorization_code","code":"', tok22(r, 43), '","redirect_uri":"https://app.test/cb"}'],
  'oauth-client-pair': (r) => ['apisix: POST /oauth2/v1/introspect failed 401 (client=api-gw:', tok22(r, 40), ') token_type_hint=access_token'],
  'idp-session-token': (r) => ['authn ok for jdoe, activationToken ', tok22(r, 20), ' expires in 7d'],
  'firebase-oob-code': (r) => ['verify email link sent: https://acme-app.firebaseapp.com/__/auth/action?mode=verifyEmail&oobCode=', tok22(r, 54), '&lang=de'],
  'ldif-base64-password': (r) => ['\n# entry-id: 12\ndn: uid=jdoe,ou=People,dc=acme,dc=test\nuserPassword:: ', Buffer.from(pw21(r)).toString('base64'), '\n'],
  'ldif-base64-personal': (r) => ['\ndn: uid=jdoe,ou=People,dc=acme,dc=test\npostalAddress:: ', Buffer.from(`Hauptstra\u00dfe ${r.int(1, 99)}$${r.int(10000, 99999)} K\u00f6ln`).toString('base64'), '\n'],
  'secretsdump-nt-hash': (r) => [`\nACME\\backup_svc:${r.int(1100, 9999)}:aad3b435b51404eeaad3b435b51404ee:`, r.str(HEX, 32), ':::'],
  'password-stdin-pipe': (r) => ['+ printf \'%s\\n\' \'', pw21(r), '\' | sudo -S systemctl restart sssd'],
  'expect-sent-password': (r) => ['spawn ssh deploy@10.0.4.7\ndeploy@10.0.4.7\'s password: \nsend: sending "', pw21(r), '\\r" to { exp6 }'],
  'kerberos-key-hex': (r) => ['klist -kKe: 2 12/01/2026 10:00:00 HTTP/web1 (aes128-cts-hmac-sha256-128)  (0x', r.str(HEX, 32), ')'],
  'keytab-base64': (r) => ['vault kv get -field=keytab secret/krb/http: ', keytabBytes(r).toString('base64'), ''],
  'keytab-hexdump': (r) => {
    const dump = xxd(keytabBytes(r));
    const cut = dump.indexOf('\n') + 1;
    return [`\n${dump.slice(0, cut)}`, dump.slice(cut), '\n'];
  },
  'mfa-recovery-code': (r) => ['2FA enabled; recovery codes: ["', recoveryCode(r), '"]'],
  'sms-otp-code': (r) => ['vonage sms to=[masked] text="', `${r.int(100000, 999999)}`, ' is your Acme login code. Do not share it."'],
  'session-store-id': (r) => ['redis-cli --scan --pattern "PHPREDIS_SESSION:*" -> PHPREDIS_SESSION:', r.str('abcdefghijklmnopqrstuv0123456789', 26), ''],
  'php-serialized-secret': (r) => ['cache entry: a:2:{s:4:"user";s:4:"jdoe";s:13:"refresh_token";s:40:"', tok22(r, 40), '";}'],
  'radius-logged-password': (r) => ['Auth: (7) Login incorrect (mschap: No NT-Password): [jdoe/', pw21(r), '] (from client wlc-02 port 13)'],
  'typed-credential-value': (r) => ['SCIM PATCH body={"Operations":[{"op":"add","path":"urn:ietf:params:scim:schemas:core:2.0:User:password","value":"', pw21(r), '"}]}'],
  'bare-der-private-key': (r) => ['SAML_SP_PRIVATE_KEY=', bareDerKey(r), ''],
};
