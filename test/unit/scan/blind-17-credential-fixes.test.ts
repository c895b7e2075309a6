import { describe, expect, it } from 'vitest';
import { b62, covered, leaks, pick } from '../../helpers/leak-checks';

/**
 * Blind set 17's credential classes left after round 4 (cred17/pf17), fixed as classes once the set had been
 * measured held out (tuning: the set's own figures after this are an upper bound). Values are drawn at each run;
 * every class has look-alikes that must stay unflagged.
 */
const HEX = '0123456789abcdef';
const b64 = (s: string): string => Buffer.from(s, 'latin1').toString('base64');
/** A password with every character class (the shape people are told to choose). */
const password = (): string => `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${pick('abcdefghijkmnopqrstuvwxyz', 4)}${pick('!#$%?*', 1)}${pick('0123456789', 3)}${pick('abcdefghijkmnopqrstuvwxyz', 2)}`;

describe('SASL OAuth exchanges in mail-protocol debug logs', () => {
  const token = `ya29.a0Af${b62(60)}`;
  const xoauth = b64(`user=ops@northfield-clinic.org\x01auth=Bearer ${token}\x01\x01`);
  const bearer = b64(`n,a=ops@northfield-clinic.org,\x01host=smtp.gmail.com\x01port=587\x01auth=Bearer ${token}\x01\x01`);

  it('finds the base64 of IMAP AUTHENTICATE XOAUTH2, SMTP AUTH XOAUTH2 and AUTH OAUTHBEARER', () => {
    expect(covered(`imaplib debug: 12:04.03 > b'EGJE1 AUTHENTICATE XOAUTH2 ${xoauth}'`, xoauth)).toBe(true);
    expect(covered(`smtplib send: 'AUTH XOAUTH2 ${xoauth}\\r\\n'`, xoauth)).toBe(true);
    expect(covered(`C: AUTH OAUTHBEARER ${bearer}`, bearer)).toBe(true);
  });

  it('does not flag the server challenge, or an exchange whose base64 holds no bearer token', () => {
    const challenge = b64('{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}');
    expect(leaks(`12:08.99 < b'+ ${challenge}'`)).toEqual([]);
    expect(leaks(`C: AUTH XOAUTH2 ${b64('user=ops@northfield-clinic.org\x01\x01')}`)).toEqual([]);
  });
});

describe('secrets named by a product in prose', () => {
  it('finds a hex vendor key after "api key … is" and a token given as "the new one"', () => {
    const dd = pick(HEX, 32);
    expect(covered(`visitor message: "our api key for datadog is ${dd} — the agent says 403 Forbidden"`, dd)).toBe(true);
    const okta = `00${b62(40)}`;
    expect(covered(`PLAT-3645 comment: rotated the okta token after the offboarding, new one is ${okta} — updated the sync job`, okta)).toBe(true);
    // Okta tokens are base64url: `_` may cut them into short runs, random as a whole all the same.
    const cut = `00${b62(8)}_${b62(11)}_${b62(12)}_${b62(7)}`;
    expect(covered(`rotated the okta token, new one is ${cut} - updated the sync job`, cut)).toBe(true);
    const pw = password();
    expect(covered(`changed the vpn password this morning, the new one: ${pw}`, pw)).toBe(true);
  });

  it('leaves hex ids and digests named in prose alone', () => {
    const h = pick(HEX, 32);
    expect(leaks(`token ${h} was revoked by the admin`)).toEqual([]);
    expect(leaks(`the commit is ${pick(HEX, 40)} and the build key is cache-${pick(HEX, 12)}`)).toEqual([]);
    expect(leaks(`we replaced the old logo, the new one is available at /static/logo-v2.svg`)).toEqual([]);
    expect(leaks(`the key id is ${h}`)).toEqual([]);
    expect(leaks(`the token is Tenant42-EUWest1-Prod2024-Region7-Shard03 for the staging tenant`)).toEqual([]);
  });
});

describe('passwords in chats and spreadsheet pastes', () => {
  it('finds every password row of a pasted table whose rows look like names', () => {
    const [a, b] = [password(), password()];
    const t = `pasted from "IT accounts (old).xlsx":\nService\tUser\tPassword\tNotes\nWiFi guest\tguest\t${a}\trotate quarterly\nNAS admin\tadmin\t${b}\tbasement rack\nPrinter\t-\t-\tno auth`;
    expect(covered(t, a)).toBe(true);
    expect(covered(t, b)).toBe(true);
  });

  it('finds a password changed "yesterday" to a value', () => {
    const pw = password();
    expect(covered(`[Visitor] yes, i changed the admin password yesterday to ${pw}`, pw)).toBe(true);
    expect(leaks(`[Agent] i changed the password policy yesterday to require 12 characters`)).toEqual([]);
  });
});

describe('look-alikes from event streams and mail', () => {
  it('does not read quoted-printable escapes after "password" as an assignment', () => {
    const t = `Content-Transfer-Encoding: quoted-printable\n\nHi Hannah,=0A=0AYour password was changed. If this wasn't you, pl=\nease reset your password from the sign-in page.=0A=0AThanks`;
    expect(leaks(t)).toEqual([]);
    // An encoded `=` (`=3D`) is still the operator: the password after it is found.
    const pw = password();
    expect(covered(`Your temporary password=3D${pw}=0A`, pw)).toBe(true);
  });

  it("does not flag AWS's ClientRequestToken (an idempotency id), but still a request token of OAuth 1.0", () => {
    const uuid = `${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-a${pick(HEX, 3)}-${pick(HEX, 12)}`;
    expect(leaks(`{"eventSource":"secretsmanager.amazonaws.com","requestParameters":{"secretId":"prod/exporter","clientRequestToken":"${uuid}","secretString":"HIDDEN_DUE_TO_SECURITY_REASONS"}}`)).toEqual([]);
    const rt = b62(32);
    expect(covered(`oauth_callback_confirmed=true requestToken=${rt}`, rt)).toBe(true);
  });
});
