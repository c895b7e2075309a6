import { person22 } from './blind-set-22-people';
import { opaque22, recovery22, totp22 } from './blind-set-22-values';
import { accessJwt22 } from './blind-set-22-oidc';
import { cred, iso22, once22, pers, pos, type PosCase22 } from './blind-set-22-types';

export const mfaCases: Record<string, PosCase22> = {
  'otpauth-uri': (r, id) => {
    const p = person22(r);
    const s = totp22(r, r.pick([10, 20] as const));
    const issuer = r.pick(['Brightlake', 'Northwind%20SSO', 'Kestrel']);
    const label = encodeURIComponent(`${decodeURIComponent(issuer)}:${p.email}`);
    const uri = `otpauth://totp/${label}?secret=${s}&issuer=${issuer}&algorithm=SHA1&digits=6&period=30`;
    const email = encodeURIComponent(p.email);
    return pos(
      id,
      r.next() < 0.5 ? `${iso22(r)} DEBUG mfa-enroll: generated provisioning uri ${uri} for user ${r.uuid()}` : `QR decode (zbarimg) from screenshot attached to helpdesk ticket:\nQR-Code:${uri}`,
      cred('totp-secret', s),
      pers('email-urlencoded', email),
    );
  },
  'okta-factor-enroll': (r, id) => {
    const s = totp22(r, 10);
    const body = {
      id: `uft${r.b62(17)}`,
      factorType: 'token:software:totp',
      provider: 'GOOGLE',
      status: 'PENDING_ACTIVATION',
      _embedded: { activation: { timeStep: 30, sharedSecret: s, encoding: 'base32', keyLength: 16 } },
    };
    return pos(id, `${iso22(r)} INFO enroll-proxy POST /api/v1/users/00u${r.b62(17)}/factors -> 200 ${JSON.stringify(body)}`, cred('totp-secret', s));
  },
  'recovery-codes': (r, id) => {
    const codes = [recovery22(r), recovery22(r), recovery22(r)];
    const text =
      r.next() < 0.5
        ? `${iso22(r)} DEBUG auth0 mfa associate response: {"authenticator_type":"otp","recovery_codes":${JSON.stringify(codes)},"barcode_uri":"otpauth://totp/..."}`
        : `User exported backup codes (support ticket paste):\n  1. ${codes[0]}\n  2. ${codes[1]}\n  3. ${codes[2]}\nKeep these codes somewhere safe.`;
    return pos(id, text, ...codes.map((c) => cred('mfa-recovery-code', c)));
  },
  'sms-otp-log': (r, id) =>
    once22(() => {
      const p = person22(r);
      const code = r.digits(6);
      return pos(
        id,
        `${iso22(r)} INFO sms-gateway: Twilio message ${`SM${r.hex(32)}`} queued to=${p.phone} body="Your Brightlake verification code is ${code}. It expires in 10 minutes."`,
        pers('phone', p.phone),
        cred('sms-otp', code),
      );
    }),
  'duo-skey': (r, id) => {
    const sk = r.b62(40);
    return pos(
      id,
      `[duo_unix] ${iso22(r)} Couldn't open /etc/duo/login_duo.conf: misconfigured (unknown key)\n[duo]\nikey = DI${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 18)}\nskey = ${sk}\nhost = api-${r.hex(8)}.duosecurity.com`,
      cred('duo-secret-key', sk),
    );
  },
  'reset-link': (r, id) => {
    const p = person22(r);
    const t = r.pick([opaque22(r, 32), r.hex(64), `${r.b62(6)}-${r.hex(32)}`]);
    const e = encodeURIComponent(p.email);
    return pos(
      id,
      `${iso22(r)} ERROR mailer: SMTP 451 temporary failure; will retry. to=${p.email} subject="Reset your password" link=https://app.${p.email.split('@')[1]}/reset-password?token=${t}&email=${e}`,
      cred('password-reset-token', t),
      pers('email-urlencoded', e),
    );
  },
  'magic-link': (r, id) => {
    const p = person22(r);
    const t = r.pick([r.hex(56), opaque22(r, 32)]);
    return pos(
      id,
      `GET /auth/v1/verify?token=${t}&type=magiclink&redirect_to=https%3A%2F%2Fapp.${p.email.split('@')[1]}%2Fwelcome 303 — logged by edge function "audit-all-requests"`,
      cred('magic-link-token', t),
    );
  },
  'okta-activation': (r, id) => {
    const t = r.b62(20);
    const org = r.pick(['brightlake', 'northwind', 'halcyon']);
    return pos(
      id,
      `POST /api/v1/users/00u${r.b62(17)}/lifecycle/activate?sendEmail=false -> {"activationUrl":"https://${org}.okta.com/welcome/${t}","activationToken":"${t}"}`,
      cred('okta-activation-token', t),
    );
  },
  'firebase-oob': (r, id) => {
    const oob = r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 54);
    return pos(
      id,
      `Email delivery failed (Mailgun 550), action link: https://${r.pick(['brightlake-prod', 'kestrel-app'])}.firebaseapp.com/__/auth/action?mode=resetPassword&oobCode=${oob}&apiKey=AIza${r.b62(35)}&lang=en`,
      cred('firebase-oob-code', oob),
    );
  },
  'redis-session': (r, id) => {
    const p = person22(r);
    const sid = r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 32);
    const at = accessJwt22(r, p);
    const sess = { cookie: { originalMaxAge: 86400000, httpOnly: true, secure: true }, passport: { user: { id: r.uuid(), email: p.email, accessToken: at } } };
    return pos(
      id,
      `127.0.0.1:6379> KEYS sess:*\n1) "sess:${sid}"\n127.0.0.1:6379> GET sess:${sid}\n"${JSON.stringify(sess).replace(/"/g, '\\"')}"`,
      cred('session-id', sid),
      cred('jwt-access-token', at),
    );
  },
  'session-cookie': (r, id) => {
    const sid = `s%3A${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 32)}.${r.b64(32).replace(/=+$/, '').replace(/\+/g, '%2B').replace(/\//g, '%2F')}`;
    return pos(
      id,
      `${iso22(r)} WARN csrf: token mismatch for POST /account/mfa headers={"cookie":"connect.sid=${sid}; _ga=GA1.1.${r.digits(9)}.${r.digits(10)}","x-request-id":"${r.uuid()}"}`,
      cred('session-cookie', sid),
    );
  },
  'php-session': (r, id) => {
    const p = person22(r);
    const t = opaque22(r, 40);
    const e = p.email;
    return pos(
      id,
      `PHP Warning: session_start(): Failed to decode session object. Session has been destroyed in /var/www/sso/index.php on line 12\n/var/lib/php/sessions/sess_${r.hex(26)}: auth|a:3:{s:5:"email";s:${e.length}:"${e}";s:12:"access_token";s:${t.length}:"${t}";s:3:"mfa";b:1;}`,
      pers('email', e),
      cred('oauth-access-token', t),
    );
  },
};
