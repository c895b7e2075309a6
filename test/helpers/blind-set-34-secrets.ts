import { B62, B64URL, DIGITS, LOWER, Rng34, UPPER } from './blind-set-34-rng';
import { base62, crc32of } from './blind-set-34-check';

const WORDS = ['Falcon', 'Harbor', 'Summer', 'Winter', 'Orchid', 'Tundra', 'Copper', 'Maple', 'Quasar', 'Raven', 'Saffron', 'Glacier', 'Pelican', 'Cobalt', 'Juniper', 'Marble'];
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A password a person would choose or a generator would emit (no quotes, backslashes, spaces, ampersands or percent signs). */
export function pass34(r: Rng34): string {
  const k = r.int(0, 4);
  if (k === 0) return `${r.pick(WORDS)}${r.int(2019, 2026)}${r.pick(['!', '#', '$', '@', '*'])}`;
  if (k === 1) return r.password(r.int(12, 20));
  if (k === 2) return `${r.pick(WORDS).toLowerCase()}-${r.pick(WORDS).toLowerCase()}-${r.pick(WORDS).toLowerCase()}-${r.int(10, 99)}`;
  if (k === 3) return `${r.pick(['P@ss', 'Adm1n', 'Welc0me', 'Ch@nge'])}${r.chars(DIGITS + UPPER, 4)}${r.pick(['!', '#', '$'])}`;
  return r.chars(LOWER + UPPER + DIGITS + '!#$*@^', r.int(10, 24));
}

/** A password that can sit in a URL, a shell word or a form body unescaped. */
export function urlPass34(r: Rng34): string {
  return r.next() < 0.5 ? r.urlPassword(r.int(12, 20)) : `${r.pick(WORDS)}${r.int(100, 9999)}${r.pick(['_', '.', '-'])}${r.chars(UPPER, 2)}`;
}

/** GitHub-style token: prefix, 30 random base62, 6-char base62 CRC32 of the random part. */
export function ghToken34(r: Rng34, prefix = 'ghp_'): string {
  const body = r.b62(30);
  return prefix + body + base62(crc32of(body), 6);
}

/** A fine-grained GitHub PAT. */
export function ghFine34(r: Rng34): string {
  return `github_pat_${r.chars(UPPER + DIGITS, 22)}_${r.b62(59)}`;
}

/** An npm automation token (same checksum scheme as GitHub's). */
export function npm34(r: Rng34): string {
  return ghToken34(r, 'npm_');
}

/** An AWS access key id and secret access key. */
export function aws34(r: Rng34): { id: string; secret: string } {
  return { id: r.pick(['AKIA', 'ASIA']) + r.chars(B32.replace(/[0189]/g, ''), 16), secret: r.chars(B62 + '+/', 40) };
}

/** A Slack bot or user token. */
export function slack34(r: Rng34): string {
  return `${r.pick(['xoxb', 'xoxp'])}-${r.digits(11)}-${r.digits(12)}-${r.b62(24)}`;
}

/** A Slack incoming-webhook URL (the whole URL is the secret). */
export function slackHook34(r: Rng34): string {
  return `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 8)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`;
}

/** A Stripe live secret or restricted key. */
export function stripe34(r: Rng34): string {
  return `${r.pick(['sk_live_', 'rk_live_'])}${r.b62(r.pick([24, 99]))}`;
}

/** An Okta API token (SSWS). */
export function okta34(r: Rng34): string {
  return '00' + r.chars(B62 + '-_', 40);
}

/** An Azure AD / Entra client secret (new format with the Q~ marker). */
export function azureSecret34(r: Rng34): string {
  return `${r.b62(3)}${r.int(7, 8)}Q~${r.chars(B62 + '_.~-', 34)}`;
}

/** A Google API key. */
export function gApiKey34(r: Rng34): string {
  return 'AIza' + r.chars(B64URL, 35);
}

/** A SendGrid API key. */
export function sendgrid34(r: Rng34): string {
  return `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`;
}

/** A GitLab personal access token. */
export function gitlab34(r: Rng34): string {
  return 'glpat-' + r.chars(B64URL, 20);
}

/** A HashiCorp Vault service token. */
export function vault34(r: Rng34): string {
  return 'hvs.' + r.b62(24);
}

/** A Vault Shamir unseal key share (33 bytes, base64). */
export function unseal34(r: Rng34): string {
  return r.b64(33);
}

/** A Google OAuth client secret. */
export function gOauth34(r: Rng34): string {
  return 'GOCSPX-' + r.chars(B64URL, 28);
}

/** An Elastic API key as sent in `Authorization: ApiKey` (base64 of id:key). */
export function elasticKey34(r: Rng34): string {
  return Buffer.from(`${r.chars(B64URL, 20)}:${r.chars(B64URL, 22)}`).toString('base64');
}

/** A Basic auth credential (base64 of user:password). */
export function basic34(user: string, password: string): string {
  return Buffer.from(`${user}:${password}`).toString('base64');
}

/** A PowerShell -EncodedCommand blob (UTF-16LE base64) of a script. */
export function psEncoded34(script: string): string {
  return Buffer.from(script, 'utf16le').toString('base64');
}

/** A TOTP seed in base32. */
export function totp34(r: Rng34): string {
  return r.chars(B32, 32);
}

/** A signed JWT (RS256-sized signature) carrying the claims given. */
export function jwt34(r: Rng34, claims: Record<string, unknown>): string {
  const h = Buffer.from(JSON.stringify({ alg: 'RS256', kid: r.hex(16), typ: 'JWT' })).toString('base64url');
  const p = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${h}.${p}.${r.b64url(256)}`;
}

/** A PEM private key (PKCS#8 Ed25519, SEC1 P-256 or OpenSSH) with real DER/OpenSSH structure; `nl` is the line break as written. */
export function pem34(r: Rng34, nl = '\n'): string {
  const k = r.int(0, 2);
  let label: string;
  let der: Buffer;
  if (k === 0) {
    label = 'PRIVATE KEY';
    der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), r.bytes(32)]);
  } else if (k === 1) {
    label = 'EC PRIVATE KEY';
    der = Buffer.concat([Buffer.from('307702010104', 'hex'), Buffer.from([0x20]), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), r.bytes(64)]);
  } else {
    label = 'OPENSSH PRIVATE KEY';
    const pub = r.bytes(32);
    const str = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
    const keyType = Buffer.from('ssh-ed25519');
    const pubBlob = Buffer.concat([str(keyType), str(pub)]);
    const check = r.bytes(4);
    const priv = Buffer.concat([check, check, str(keyType), str(pub), str(Buffer.concat([r.bytes(32), pub])), str(Buffer.from('root@bastion')), Buffer.from([1, 2, 3, 4, 5])]);
    der = Buffer.concat([Buffer.from('openssh-key-v1\0'), str(Buffer.from('none')), str(Buffer.from('none')), str(Buffer.alloc(0)), Buffer.from([0, 0, 0, 1]), str(pubBlob), Buffer.from([0, 0, (priv.length >> 8) & 255, priv.length & 255]), priv]);
  }
  const lines = der.toString('base64').match(/.{1,64}/g)!;
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join(nl);
}

/** An NTLM (NT) hash. */
export function ntlm34(r: Rng34): string {
  return r.hex(32);
}

/** A Kerberoast TGS-REP hash in hashcat format (etype 23). */
export function krbTgs34(r: Rng34, user: string, realm: string, spn: string): string {
  return `$krb5tgs$23$*${user}$${realm}$${spn}*$${r.hex(32)}$${r.hex(r.int(40, 60) * 16)}`;
}

/** A session cookie value in one of several frameworks' shapes; returns the cookie name and value. */
export function cookie34(r: Rng34): { name: string; value: string } {
  const k = r.int(0, 4);
  if (k === 0) return { name: 'JSESSIONID', value: r.chars('0123456789ABCDEF', 32) };
  if (k === 1) return { name: 'connect.sid', value: `s%3A${r.chars(B64URL, 32)}.${r.chars(B62, 43)}` };
  if (k === 2) return { name: 'PHPSESSID', value: r.chars('0123456789abcdefghijklmnopqrstuv', 26) };
  if (k === 3) return { name: '_app_session', value: `${r.b62(r.int(80, 140))}--${r.hex(40)}` };
  return { name: 'sid', value: r.b64url(r.int(24, 40)) };
}

/** A hex secret of `n` digits (Datadog keys, Twilio tokens, Rails secret_key_base, AES keys). */
export function hexKey34(r: Rng34, n: number): string {
  return r.hex(n);
}
