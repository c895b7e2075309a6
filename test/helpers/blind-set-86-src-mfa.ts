import { html, pct } from './blind-set-86-enc';
import { iso, isoMs, kit, traceId } from './blind-set-86-kit';
import { publicIp } from './blind-set-86-people';
import { jwt, T } from './blind-set-86-tokens';
import type { Case86, Source86 } from './blind-set-86-types';

/** Blind set 86: MFA enrolment (otpauth URIs, recovery codes, WebAuthn), magic links, password resets, SMS codes, sessions and cookies. */

const otpauth = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const seed = c.cred(T.totpSeed(r), 'totp-seed');
  const label = `${pct(org.name)}:${pct(p.email)}`;
  const uri = `otpauth://totp/${label}?secret=${seed}&issuer=${pct(org.name)}&algorithm=SHA1&digits=6&period=30`;
  return [`${iso(t)} DEBUG mfa.enroll user=${c.pii(p.email, 'email')} factor=totp status=PENDING_ACTIVATION`, `${iso(t)} DEBUG mfa.enroll qr payload: ${uri}`, `${iso(t)} ERROR mfa.activate: passcode mismatch (drift ${r.int(-3, 3)}) for user ${r.uuid()}; shared secret (base32) ${seed} stored as ${c.cred(r.hex(40), 'totp-seed')}`].join('\n');
};

const recoveryCodes = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const codes = Array.from({ length: r.pick([8, 10]) }, () => c.cred(r.pick([`${r.lowerAlnum(5)}-${r.lowerAlnum(5)}`, `${r.digits(4)} ${r.digits(4)}`, r.lowerAlnum(10)]), 'recovery-code'));
  if (r.chance(0.5)) return `${iso(t)} INFO support-portal ticket #${r.int(10000, 99999)} from ${c.pii(p.full, 'person-name')} <${c.pii(p.email, 'email')}>: "lost my phone, here are my ${org.name} backup codes:\n${codes.join('\n')}\nplease reset MFA"`;
  return JSON.stringify({ event: 'mfa.recovery_codes.generated', user: { id: r.uuid(), email: c.pii(p.email, 'email') }, recovery_codes: codes, ts: t });
};

const webauthn = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const opts = { challenge: r.b64url(43), rp: { name: org.name, id: org.domain }, user: { id: r.b64url(22), name: c.pii(p.email, 'email'), displayName: c.pii(p.full, 'person-name') }, pubKeyCredParams: [{ alg: -7, type: 'public-key' }, { alg: -257, type: 'public-key' }], timeout: 60000, attestation: 'none', excludeCredentials: [], authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' } };
  const cred = { id: r.b64url(43), rawId: r.b64url(43), response: { attestationObject: `o2NmbXRkbm9uZWdhdHRTdG10oGhhdXRoRGF0YVjF${r.b64url(260)}`, clientDataJSON: r.b64url(180), transports: ['internal', 'hybrid'], publicKeyAlgorithm: -7, publicKey: `MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${r.b64url(86)}` }, type: 'public-key', clientExtensionResults: {}, authenticatorAttachment: 'platform' };
  const sess = c.cred(T.session(r, 'connect'), 'session-cookie');
  return `${isoMs(t, r)} error [webauthn] verifyRegistrationResponse failed: Unexpected registration response origin "https://login.${org.domain}", expected "https://${org.domain}"\n  options=${JSON.stringify(opts)}\n  credential=${JSON.stringify(cred)}\n  cookie: connect.sid=${sess}\n  ip=${c.pii(publicIp(r), 'ip')}`;
};

const magicLink = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const tok = c.cred(r.pick([r.b64url(43), r.hex(64), `${r.alnum(24)}.${r.b64url(27)}`]), 'magic-link-token');
  const url = `https://app.${org.domain}/auth/magic?token=${tok}&email=${pct(p.email)}`;
  const bodyHtml = `<p>${html(`Hi ${p.given},`)}</p><p>Click the button below to sign in to ${html(org.name)}. This link expires in 15 minutes.</p><p><a href="${html(url)}">Sign in</a></p>`;
  if (r.chance(0.5)) return `${iso(t)} ERROR mailer: SMTP 451 4.7.1 temporarily deferred; message dumped\nTo: ${c.pii(p.full, 'person-name')} <${c.pii(p.email, 'email')}>\nSubject: Your sign-in link\n\n${bodyHtml}`;
  const stytch = c.cred(T.stytch(r), 'stytch-secret');
  return `StytchError: {"status_code":400,"request_id":"request-id-live-${r.uuid()}","error_type":"unable_to_auth_magic_link","error_message":"The magic link could not be authenticated because it was either already used or expired."}\n  token=${tok} attempted by ${c.pii(p.email, 'email')} from ${c.pii(publicIp(r), 'ip')}\n  client: new stytch.Client({ project_id: "project-live-${r.uuid()}", secret: "${stytch}" })`;
};

const passwordReset = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const tok = c.cred(r.pick([r.hex(40), r.b64url(32), r.uuid()]), 'reset-token');
  const link = `https://${r.pick(['id', 'accounts', 'login'])}.${org.domain}/password/reset/${tok}`;
  const text = [`Dear ${c.pii(p.full, 'person-name')},`, '', `We received a request to reset the password for ${c.pii(p.email, 'email')}.`, `Reset it here: ${link}`, '', `If you did not request this, contact it-helpdesk@${org.domain}.`].join('\n');
  return r.chance(0.5) ? `mailgun send failed (Forbidden) payload={"to":"${p.email}","subject":"Reset your password","text":${JSON.stringify(text)}}` : `[${iso(t)}] reset-service WARN bounce for ${p.email}\n${text}\nuser_agent="Mozilla/5.0" ip=${c.pii(publicIp(r), 'ip')}`;
};

const smsCode = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const code = c.cred(r.digits(6), 'otp-code');
  const tw = c.cred(T.twilioToken(r), 'twilio-auth-token');
  return [`${iso(t)} ERROR verify-sms: Twilio 21614 'To' number ${c.pii(p.phoneE164, 'phone')} is not a valid mobile number`, `  body="Your ${org.name} verification code is ${code}. It expires in 10 minutes."`, `  account=AC${r.hex(32)} auth=${tw} user=${c.pii(p.email, 'email')} trace_id=${traceId(r)}`].join('\n');
};

const cookies = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const kinds = r.shuffle(['connect', 'rails', 'java', 'php', 'asp'] as const).slice(0, r.int(2, 3));
  const names: Record<string, string> = { connect: 'connect.sid', rails: `_${org.slug.replace(/-/g, '_')}_session`, java: 'JSESSIONID', php: 'PHPSESSID', asp: '.AspNetCore.Cookies' };
  const parts = kinds.map((k) => `${names[k]}=${c.cred(T.session(r, k), 'session-cookie')}`);
  const bearer = c.cred(T.oktaAccess(r, t, org.slug, p.email), 'okta-access-token');
  return [`${isoMs(t, r)} WARN gateway 401 GET https://portal.${org.domain}/api/me`, `> Cookie: ${parts.join('; ')}; _ga=GA1.2.${r.num(9)}.${t}`, `> Authorization: Bearer ${bearer}`, `> X-Forwarded-For: ${c.pii(publicIp(r), 'ip')}, 10.${r.int(0, 50)}.${r.int(0, 254)}.${r.int(1, 254)}`, `< WWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"`, `user=${c.pii(p.email, 'email')}`].join('\n');
};

const sessionStore = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const sid = r.b64url(32);
  const sess = { cookie: { originalMaxAge: 86400000, expires: iso(t + 86400), secure: true, httpOnly: true, path: '/', sameSite: 'lax' }, passport: { user: { id: r.uuid(), email: c.pii(p.email, 'email'), name: c.pii(p.full, 'person-name'), accessToken: c.cred(T.googleAccess(r), 'google-access-token'), refreshToken: c.cred(T.googleRefresh(r), 'google-refresh-token') } }, csrfSecret: c.cred(r.b64url(24), 'csrf-secret') };
  const idt = c.cred(jwt(r, { iss: 'https://accounts.google.com', azp: `${r.digits(12)}-${r.lowerAlnum(32)}.apps.googleusercontent.com`, aud: `${r.digits(12)}-${r.lowerAlnum(32)}.apps.googleusercontent.com`, sub: r.digits(21), hd: org.domain, email: p.email, email_verified: true, at_hash: r.b64url(22), name: p.full, given_name: p.given, family_name: p.family, iat: t, exp: t + 3600 }, 'RS256', r.hex(40)), 'id-token');
  return `redis> GET sess:${sid}\n"${JSON.stringify(sess).replace(/["\\]/g, (m) => `\\${m}`)}"\nredis> GET oidc:idtoken:${sid}\n"${idt}"\n(identity-portal session dump for OOM investigation)`;
};

export const MFA_SOURCES: readonly Source86[] = [
  { name: 'mfa-enroll', formats: [otpauth, recoveryCodes, webauthn] },
  { name: 'magic-link', formats: [magicLink, passwordReset] },
  { name: 'sms-otp', formats: [smsCode, passwordReset] },
  { name: 'sessions', formats: [cookies, sessionStore] },
];
