import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { B62, HEX, URLSAFE, rng } from './sample-rng';
import { pw21 } from './generators-r21';
import { bareDerKey, codeVerifier, keytabBytes, recoveryCode, samlResponseXml, tok22, xxd } from './generators-r22a';

/**
 * Round fix22a (blind set 22, identity and access, measured at first sight, now tuning material):
 * the credential classes it missed, each in contexts other than the set's, a value counting only
 * when fully covered, and the look-alikes beside it that must stay clean.
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const r = rng(Number(process.env['FIX22A_SEED'] ?? 22));
const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('round fix22a: federation and OAuth flows', () => {
  it('finds SAML responses with an assertion in base64, URL-encoded, deflated and under other prefixes', () => {
    const plain = b64(samlResponseXml(r, 'saml2p'));
    expect(found(`<input type="hidden" name="SAMLResponse" value="${plain}"/>`, plain)).toBe(true);
    const bare = b64(`<?xml version="1.0" encoding="UTF-8"?>${samlResponseXml(r, '')}`);
    expect(found(`wresult missing; raw token=${bare}`, bare)).toBe(true);
    const enc = encodeURIComponent(b64(samlResponseXml(r)));
    expect(found(`php: SimpleSAML\\Error: POST /module.php/saml/sp/saml2-acs.php body SAMLResponse=${enc}&RelayState=x`, enc)).toBe(true);
  });

  it('leaves SAML requests, logout responses and assertion-less error responses alone', () => {
    const authn = b64(`<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_${r.str(HEX, 32)}" Version="2.0" IssueInstant="2026-12-01T10:00:00Z" AssertionConsumerServiceURL="https://sp.test/acs"><saml:Issuer>https://sp.test</saml:Issuer></samlp:AuthnRequest>`);
    const logout = b64(`<samlp:LogoutResponse xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_${r.str(HEX, 32)}" InResponseTo="_${r.str(HEX, 32)}" Version="2.0"><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status></samlp:LogoutResponse>`);
    const failed = b64(samlResponseXml(r, 'samlp', false));
    for (const t of [`GET /sso?SAMLRequest=${encodeURIComponent(authn)}&RelayState=abc`, `SAMLResponse=${logout}`, `{"SAMLResponse":"${failed}"}`]) expect(leaks(t), t).toEqual([]);
  });

  it('finds PKCE verifiers, device codes and codes in token requests, not challenges, states or user codes', () => {
    const v = codeVerifier(r);
    expect(found(`requests: POST https://oauth2.googleapis.com/token data={'code_verifier': '${v}', 'grant_type': 'authorization_code'}`, v)).toBe(true);
    const dc = `GmRhm${tok22(r, 38)}`;
    expect(found(`{"device_code":"${dc}","user_code":"WDJB-MJHT","verification_uri":"https://github.com/login/device"}`, dc)).toBe(true);
    const code = tok22(r, 30);
    expect(found(`http POST /oauth/token client_id=spa code=${code} grant_type=authorization_code redirect_uri=https://app.test/cb`, code)).toBe(true);
    const challenge = r.str(URLSAFE, 43);
    for (const t of [
      `GET /authorize?response_type=code&client_id=spa&state=${r.str(URLSAFE, 22)}&nonce=${r.str(URLSAFE, 22)}&code_challenge=${challenge}&code_challenge_method=S256`,
      `{"user_code":"BDWD-HQPK","verification_uri":"https://microsoft.com/devicelogin","expires_in":900}`,
      'grant_type=authorization_code&code=&redirect_uri=https%3A%2F%2Fapp.test%2Fcb',
    ])
      expect(leaks(t), t).toEqual([]);
  });

  it('finds a client secret logged as a client-authentication pair at introspection and revocation', () => {
    const cs = tok22(r, 43);
    expect(found(`envoy ext_authz: POST /oauth2/revoke (client orders-api:${cs}) -> 200`, cs)).toBe(true);
    expect(leaks(`POST /oauth2/introspect client=orders-api -> {"active":true,"client_id":"orders-api"}`)).toEqual([]);
  });

  it('finds IdP session tokens and Firebase action codes in prose', () => {
    const st = tok22(r, 56);
    expect(found(`okta-signin-widget: exchanging sessionToken ${st} for a session cookie`, st)).toBe(true);
    const oob = tok22(r, 54);
    expect(found(`mailer: link=https://id.acme.test/__/auth/action?apiKey=x&mode=signIn&oobCode=${oob}&continueUrl=%2F`, oob)).toBe(true);
  });

  it('finds private keys as bare base64 DER, not public keys or certificates', () => {
    const k = bareDerKey(r);
    expect(found(`keystore import failed for alias sp-signing, der=${k} (unsupported)`, k)).toBe(true);
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const spki = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    expect(leaks(`"publicKey": ["${spki}"]`)).toEqual([]);
  });

  it('does not read a JWKS key id as a key, nor an Okta factor type as a token', () => {
    for (const t of [
      `jose: no signing key ${r.str(URLSAFE, 43)} found in the JWKS fetched from https://auth.acme.test/.well-known/jwks.json`,
      '{"factorType":"token:software:totp","provider":"OKTA","status":"ACTIVE"}',
    ])
      expect(leaks(t), t).toEqual([]);
  });

  it('treats the key-URI documentation TOTP secret as example data, a random one as a secret', () => {
    expect(leaks('README: otpauth://totp/ACME:alice@acme.test?secret=JBSWY3DPEHPK3PXP&issuer=ACME&digits=6')).toEqual([]);
    const s = r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32);
    expect(found(`otpauth://totp/ACME:bob?secret=${s}&issuer=ACME`, s)).toBe(true);
  });
});

describe('round fix22a: directories and Kerberos', () => {
  it('decodes LDIF base64 passwords and personal attributes; stored hashes stay clean', () => {
    const pw = b64(pw21(r));
    expect(found(`dn: cn=svc,ou=apps,dc=acme,dc=test\nuserPassword;binary:: ${pw}\n`, pw)).toBe(true);
    const upw = Buffer.from(`"${pw21(r)}"`, 'utf16le').toString('base64');
    expect(found(`changetype: modify\nreplace: unicodePwd\nunicodePwd:: ${upw}\n-\n`, upw)).toBe(true);
    const addr = b64(`Rua Augusta ${r.int(1, 300)}\n1100-053 Lisboa`);
    expect(found(`dn: uid=ana,ou=people,dc=acme,dc=test\nhomePostalAddress:: ${addr}\n`, addr)).toBe(true);
    const ssha = b64(`{SSHA}${Buffer.from(r.str(HEX, 48), 'hex').toString('base64')}`);
    expect(leaks(`dn: uid=ana,ou=people,dc=acme,dc=test\nuserPassword:: ${ssha}\n`)).toEqual([]);
  });

  it('finds NT hashes in secretsdump lines, not the empty-password hash', () => {
    const nt = r.str(HEX, 32);
    expect(found(`Administrator:500:aad3b435b51404eeaad3b435b51404ee:${nt}:::`, nt)).toBe(true);
    expect(leaks('Guest:501:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::')).toEqual([]);
  });

  it('finds passwords fed to kinit, sudo -S and Expect, and sssd authtok values', () => {
    const a = pw21(r);
    expect(found(`kinit admin/admin@LAB.TEST <<< '${a}'`, a)).toBe(true);
    const b = pw21(r);
    expect(found(`+ echo "${b}" | /usr/bin/kinit -V etl@LAB.TEST`, b)).toBe(true);
    const c = pw21(r);
    expect(found(`spawn kinit etl@LAB.TEST\nPassword for etl@LAB.TEST: \nsend: sending "${c}\\n" to { exp7 }`, c)).toBe(true);
    const d = pw21(r);
    expect(found(`[domain/lab]\nkrb5_authtok = ${d}\n`, d)).toBe(true);
    for (const t of ['kinit -kt /etc/krb5.keytab HTTP/web1@LAB.TEST', 'echo "$KRB_PASS" | kinit etl@LAB.TEST', 'ldap_default_authtok_type = obfuscated_password'])
      expect(leaks(t), t).toEqual([]);
  });

  it('finds keytab keys in klist -K output, base64 and hex dumps; abbreviated trace keys stay clean', () => {
    const key = r.str(HEX, 64);
    expect(found(`   2 12/01/2026 10:00:00 host/db1.lab.test@LAB.TEST (aes256-cts-hmac-sha1-96)  (0x${key})`, key)).toBe(true);
    const kt = keytabBytes(r).toString('base64');
    expect(found(`KRB5_KEYTAB_B64: "${kt}"`, kt)).toBe(true);
    const dump = xxd(keytabBytes(r));
    const keyRow = dump.split('\n')[3]!.slice(10, 49).trim();
    expect(found(`$ xxd http.keytab\n${dump}\n`, keyRow)).toBe(true);
    expect(leaks('[4242] 1796000000.5: AS key obtained for encrypted timestamp: aes256-cts/4D07\n[4242] 1796000000.6: Encrypted timestamp (for 1796000000.1): plain 301A…, encrypted 5F2C…')).toEqual([]);
  });
});

describe('round fix22a: MFA codes, sessions and provisioning', () => {
  it('finds recovery codes in lists and arrays, not dates or ids beside the word', () => {
    const [a, b] = [recoveryCode(r), recoveryCode(r)];
    expect(found(`Your backup codes:\n- ${a}\n- ${b}\n`, a) && found(`Your backup codes:\n- ${a}\n- ${b}\n`, b)).toBe(true);
    const c = recoveryCode(r);
    expect(found(`{"recovery_codes": ["${c}"]}`, c)).toBe(true);
    expect(leaks(`recovery codes regenerated for user 00u${r.str(B62, 17)} at 2026-12-01\n2026-12-01\n`)).toEqual([]);
  });

  it('finds one-time codes in SMS bodies, not status or exit codes', () => {
    const code = String(r.int(100000, 999999));
    expect(found(`sns publish: Message="ACME: your security code: ${code}"`, code)).toBe(true);
    for (const t of ['curl: (22) status code: 502, exit code is 22', 'error code: 40301 while sending verification SMS']) expect(leaks(t), t).toEqual([]);
  });

  it('finds session ids in session-store keys and secrets in PHP-serialized data', () => {
    const sid = tok22(r, 32);
    expect(found(`redis> TTL sess:${sid}\n(integer) 86211`, sid)).toBe(true);
    const t = tok22(r, 40);
    expect(found(`a:1:{s:12:"api_password";s:40:"${t}";}`, t)).toBe(true);
    for (const x of ['redis> KEYS sess:*', 'a:2:{s:4:"page";s:2:"42";s:5:"token";s:0:"";}']) expect(leaks(x), x).toEqual([]);
  });

  it('finds RADIUS logged passwords and typed credential objects', () => {
    const p = pw21(r);
    expect(found(`Auth: (12) Login OK: [alice/${p}] (from client ap-3 port 1)`, p)).toBe(true);
    expect(leaks('Auth: (13) Login incorrect: [bob/<via Auth-Type = eap>] (from client ap-3 port 1)')).toEqual([]);
    const q = pw21(r);
    expect(found(`PUT /admin/realms/acme/users/42/reset-password {"type":"password","temporary":false,"value":"${q}"}`.replace('"temporary":false,', ''), q)).toBe(true);
    const s = r.str(B62, 32);
    expect(found(`kcadm.sh get clients/abc/client-secret\n{\n  "type" : "secret",\n  "value" : "${s}"\n}`, s)).toBe(true);
    expect(leaks('{"type":"password","value":"**********"}')).toEqual([]);
  });
});
