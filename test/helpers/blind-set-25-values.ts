import { B62, B64URL, HEX, LOWER, UPPER, DIGITS, Rng9 } from './blind-set-9-rng';
import { base62, crc32 } from './blind-set-25-checks';

/** Blind set 25's encoders and credential generators; the personal and financial generators live in blind-set-25-pii.ts and are re-exported here. */
export * from './blind-set-25-pii';

// ---- encoders -------------------------------------------------------------------------------
/** Percent-encodes everything but unreserved characters (RFC 3986), as URLSearchParams-less clients do. */
export const url = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
/** application/x-www-form-urlencoded: spaces as `+`. */
export const form = (s: string): string => url(s).replace(/%20/g, '+');
export const url2 = (s: string): string => url(url(s));
export const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
export const b64u = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');
/** JSON `\uXXXX` escapes for every character outside [A-Za-z0-9 ] (what `JSON.stringify` with ensure_ascii-like escapers print for `@`, `<`, `&`, `'`, `=`). */
export const jsonU = (s: string): string => s.replace(/[^A-Za-z0-9 ]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
/** HTML entities as template engines print them: named for &<>"', numeric for the rest of the punctuation. */
export const html = (s: string): string =>
  s.replace(/[^A-Za-z0-9 ]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '@': '&#64;' })[c] ?? `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
/** Quoted-printable: `=` and non-ASCII as =XX. */
export const qp = (s: string): string => s.replace(/[=\x7f-\xff]/g, (c) => '=' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
export const ansi = (s: string, colour = 33): string => `\x1b[${colour}m${s}\x1b[0m`;

// ---- credentials ----------------------------------------------------------------------------
/** A password with at least one character that must be percent-encoded in a URL or form. */
export function pw(r: Rng9, n = 16): string {
  const core = r.chars(LOWER + UPPER + DIGITS, n - 3);
  return core.slice(0, 3) + r.pick(['@', '#', '%', '&', '+', '=', '/', ':', '?', '$']) + core.slice(3, 9) + r.pick(['!', '^', '*', '(', ',', ';']) + core.slice(9) + r.digits(1);
}
export const githubToken = (r: Rng9, p = 'ghp'): string => {
  const body = r.b62(30);
  return `${p}_${body}${base62(crc32(body), 6)}`;
};
export const githubPat = (r: Rng9): string => `github_pat_11${r.chars(UPPER + DIGITS, 20)}_${r.b62(59)}`;
export const gitlabToken = (r: Rng9): string => `glpat-${r.chars(B62 + '-_', 20)}`;
export const awsKeyId = (r: Rng9, p = 'AKIA'): string => p + r.chars(UPPER + '234567', 16);
export const awsSecret = (r: Rng9): string => r.chars(B62 + '/+', 40);
export const awsSession = (r: Rng9): string => 'IQoJb3JpZ2luX2Vj' + r.chars(B62 + '/+', 180) + '==';
export const slackToken = (r: Rng9, p = 'xoxb'): string => `${p}-${r.digits(1).replace('0', '7')}${r.digits(11)}-${r.int(1, 9)}${r.digits(12)}-${r.b62(24)}`;
export const slackWebhook = (r: Rng9): string => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 8)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`;
export const stripeKey = (r: Rng9, p = 'sk'): string => `${p}_live_51${r.b62(22)}${r.b62(74)}`;
export const whsec = (r: Rng9): string => `whsec_${r.b62(32)}`;
export const sendgridKey = (r: Rng9): string => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`;
export const openaiKey = (r: Rng9): string => `sk-proj-${r.chars(B64URL, 58)}T3BlbkFJ${r.chars(B64URL, 58)}`;
export const anthropicKey = (r: Rng9): string => `sk-ant-api03-${r.chars(B64URL, 93)}AA`;
export const hubspotToken = (r: Rng9): string => `pat-${r.pick(['na1', 'eu1'])}-${r.uuid().replace(/-4/, '-' + r.hex(1))}`;
export const oktaToken = (r: Rng9): string => `00${r.chars(B64URL, 40)}`;
export const atlassianToken = (r: Rng9): string => `ATATT3xFfGF0${r.chars(B64URL, 180)}=${r.chars('0123456789ABCDEF', 8)}`;
export const intercomToken = (r: Rng9): string => b64(`tok:${r.uuid()}:1:0`);
export const paypalSecret = (r: Rng9): string => `E${r.chars(B64URL, 79)}`;
export const squareToken = (r: Rng9): string => `EAAA${r.chars(B64URL, 60)}`;
export const adyenKey = (r: Rng9): string => `AQE${r.chars(B62, 3)}hmfxK${r.chars(B62, 40)}=-${r.chars(B62 + '+/', 40)}=-${r.chars(B62, 12)}`;
export const salesforceToken = (r: Rng9): string => `00D${r.chars(B62, 12)}!AQ${r.chars(B62 + '.', 94)}`;
export const herokuKey = (r: Rng9): string => `HRKU-AA${r.chars(B64URL, 58)}`;
export const newrelicKey = (r: Rng9): string => `NRAK-${r.chars(UPPER + DIGITS, 27)}`;
export const azureSecret = (r: Rng9): string => `${r.chars(B62, 3)}${r.int(7, 8)}Q~${r.chars(B62 + '_.-', 34)}`;
export const azureStorageKey = (r: Rng9): string => r.b64(64);
export const hex = (r: Rng9, n: number): string => r.chars(HEX, n);

export function jwt(r: Rng9, claims: Record<string, unknown>, alg = 'HS256'): string {
  const h = b64u(JSON.stringify({ alg, typ: 'JWT', ...(alg !== 'HS256' ? { kid: r.hex(16) } : {}) }));
  const now = 1764900000 + r.int(0, 900000);
  const p = b64u(JSON.stringify({ ...claims, iat: now, exp: now + 3600 }));
  return `${h}.${p}.${r.b64url(alg === 'HS256' ? 32 : 256)}`;
}

export function pemKey(r: Rng9, label = 'PRIVATE KEY', eol = '\n'): string {
  const der = Buffer.concat([Buffer.from([0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00]), r.bytes(r.int(330, 420))]).toString('base64');
  const lines = der.match(/.{1,64}/g)!;
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join(eol);
}
