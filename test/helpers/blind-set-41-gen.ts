import { B62, B64URL, DIGITS, LOWER, UPPER, Rng9 } from './blind-set-9-rng';

/** Set 41's value generators for credentials: provider token formats with fresh random bodies. */
export type Group = 'credential' | 'personal' | 'financial';
export interface PV {
  value: string;
  kind: string;
  group: Group;
}
export interface Built {
  text: string;
  values: PV[];
}
export type Tpl = (r: Rng9) => Built;

export const C = (value: string, kind: string): PV => ({ value, kind, group: 'credential' });
export const P = (value: string, kind: string): PV => ({ value, kind, group: 'personal' });
export const F = (value: string, kind: string): PV => ({ value, kind, group: 'financial' });

const CRC_TABLE = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();

/** CRC32 (IEEE) of an ASCII string. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Base62 of a number, left-padded with zeros to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  while (n > 0) {
    out = B62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

const ALNUM_LU = UPPER + LOWER + DIGITS;

/** GitHub token: prefix, 30 base62 characters, 6-character base62 CRC32 of the body. */
export function githubToken(r: Rng9, prefix = 'ghp_'): string {
  const body = r.b62(30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

export const b64u = (s: string): string => Buffer.from(s).toString('base64url');

/** A JWT with the given header and payload and a random signature of `sigBytes` bytes. */
export function jwt(r: Rng9, header: object, payload: object, sigBytes = 32): string {
  return `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}.${r.b64url(sigBytes)}`;
}

export const epoch = (r: Rng9): number => 1_735_000_000 + r.int(0, 60_000_000);

export function isoTime(r: Rng9): string {
  return new Date(epoch(r) * 1000).toISOString();
}

export const slackBot = (r: Rng9): string => `xoxb-${r.digits(1).replace('0', '7')}${r.digits(11)}-${r.int(1, 9)}${r.digits(12)}-${r.b62(24)}`;
export const slackUser = (r: Rng9): string => `xoxp-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(12)}-${r.hex(32)}`;
export const slackApp = (r: Rng9): string => `xapp-1-A${r.chars(UPPER + DIGITS, 10)}-${r.int(1, 9)}${r.digits(12)}-${r.hex(64)}`;
export const slackRefresh = (r: Rng9): string => `xoxe-1-${r.chars(ALNUM_LU, 140)}`;
export const slackHook = (r: Rng9): string => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 10)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`;
export const entraSecret = (r: Rng9): string => `${r.chars(ALNUM_LU + '_~.', 3)}${r.int(0, 9)}Q~${r.chars(ALNUM_LU + '_~.-', 34)}`;
export const googleClientSecret = (r: Rng9): string => `GOCSPX-${r.chars(B64URL, 28)}`;
export const googleRefresh = (r: Rng9): string => `1//0${r.pick(['4', '5', '6', 'd', 'g'])}${r.chars(B64URL, 99)}`;
export const googleAccess = (r: Rng9): string => `ya29.a0${r.chars(B64URL, 170)}0${r.int(160, 199)}`;
export const zoomSecret = (r: Rng9): string => r.b62(32);
export const webexToken = (r: Rng9): string => `${r.b62(64)}_${r.pick(['P0A1', 'PF84', 'PE93'])}_${r.uuid()}`;
export const notionToken = (r: Rng9): string => (r.next() < 0.5 ? `secret_${r.b62(43)}` : `ntn_${r.int(1, 9)}${r.digits(10)}${r.b62(35)}`);
export const airtablePat = (r: Rng9): string => `pat${r.b62(14)}.${r.hex(64)}`;
export const asanaPat = (r: Rng9): string => (r.next() < 0.5 ? `1/${r.int(1, 9)}${r.digits(15)}:${r.hex(32)}` : `2/${r.int(1, 9)}${r.digits(15)}/${r.int(1, 9)}${r.digits(15)}:${r.hex(32)}`);
export const clickupToken = (r: Rng9): string => `pk_${r.int(1, 9)}${r.digits(r.int(6, 8))}_${r.chars(UPPER + DIGITS, 32)}`;
export const linearKey = (r: Rng9): string => `lin_api_${r.b62(40)}`;
export const linearOauth = (r: Rng9): string => `lin_oauth_${r.hex(64)}`;
export const atlassianToken = (r: Rng9): string => `ATATT3xFfGF0${r.chars(B64URL, 170)}=${r.chars('0123456789ABCDEF', 8)}`;
export const bitbucketAppPw = (r: Rng9): string => `ATBB${r.b62(28)}${r.chars('0123456789ABCDEF', 8)}`;
export const bitbucketRepoToken = (r: Rng9): string => `ATCTT3xFfGN0${r.chars(B64URL, 170)}=${r.chars('0123456789ABCDEF', 8)}`;
export const dropboxShort = (r: Rng9): string => `sl.${r.pick(['B', 'C', 'u.'])}${r.chars(B64URL, 138)}`;
export const dropboxRefresh = (r: Rng9): string => `${r.b62(11)}AAAAAAAAAA${r.chars(B62 + '-_', 43)}`;
export const adobeSign = (r: Rng9): string => `3AAABLblqZh${r.pick(['A', 'B', 'C'])}${r.chars(B64URL, 60)}`;
export const typeformToken = (r: Rng9): string => `tfp_${r.b62(44)}_${r.b62(14)}`;
export const sendgridKey = (r: Rng9): string => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`;
export const stripeSecret = (r: Rng9, live = true): string => `${r.pick(['sk', 'rk'])}_${live ? 'live' : 'test'}_51${r.b62(14)}${r.b62(80)}`;
export const stripeWhsec = (r: Rng9): string => `whsec_${r.b62(32)}`;
export const twilioSid = (r: Rng9): string => `AC${r.hex(32)}`;
export const hubspotPat = (r: Rng9): string => `pat-${r.pick(['na1', 'eu1', 'na2'])}-${r.uuid()}`;
export const shopifyToken = (r: Rng9): string => `shpat_${r.hex(32)}`;
export const mailchimpKey = (r: Rng9): string => `${r.hex(32)}-us${r.int(2, 21)}`;
export const awsKeyId = (r: Rng9): string => `AKIA${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
export const awsSecret = (r: Rng9): string => r.chars(UPPER + LOWER + DIGITS + '+/', 40);
export const oktaToken = (r: Rng9): string => `00${r.chars(B62 + '-_', 40)}`;
export const sfRefresh = (r: Rng9): string => `5Aep861${r.chars(ALNUM_LU + '._', 80)}`;
export const sfAccess = (r: Rng9): string => `00D${r.chars(ALNUM_LU, 12)}!AR${r.chars(ALNUM_LU, 4)}${r.chars(ALNUM_LU + '._', 92)}`;
export const zapierHook = (r: Rng9): string => `https://hooks.zapier.com/hooks/catch/${r.int(1000000, 24999999)}/${r.chars(LOWER + DIGITS, 7)}/`;
export const makeHook = (r: Rng9): string => `https://hook.${r.pick(['eu1', 'eu2', 'us1', 'us2'])}.make.com/${r.chars(LOWER + DIGITS, 32)}`;
export const pipedreamHook = (r: Rng9): string => `https://eo${r.chars(LOWER + DIGITS, 15)}.m.pipedream.net`;
export const teamsHook = (r: Rng9): string =>
  `https://${r.pick(['contoso', 'fabrikamhq', 'kestrelfreight', 'vantalabs'])}.webhook.office.com/webhookb2/${r.uuid()}@${r.uuid()}/IncomingWebhook/${r.hex(32)}/${r.uuid()}/V2${r.chars(ALNUM_LU + '-_', 45)}`;
export const hex = (r: Rng9, n: number): string => r.hex(n);

/** An RSA-style PKCS#8 PEM block with a random body of the right shape; `nl` joins its lines (no trailing newline). */
export function pemKey(r: Rng9, label = 'PRIVATE KEY', nl = '\n'): string {
  const head = label === 'RSA PRIVATE KEY' ? 'MIIEowIBAAKCAQEA' : 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ';
  const body = head + r.b64(1160).slice(0, 1592 - head.length);
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join(nl);
}

/** A passphrase made of words, as people choose them for service accounts. */
export function wordPassword(r: Rng9): string {
  const w = ['Harbor', 'violet', 'Tundra', 'maple', 'Quartz', 'ember', 'Saffron', 'orbit', 'Falcon', 'juniper', 'Copper', 'lantern', 'Meadow', 'cobalt', 'Riviera', 'thistle'];
  const sep = r.pick(['', '-', '.', '!', '_', '#']);
  return `${r.pick(w)}${sep}${r.pick(w)}${r.int(10, 9999)}${r.pick(['!', '?', '$', '&', '*', ''])}`;
}

/** A password with characters that need escaping in JSON, URLs or shells. */
export function spicyPassword(r: Rng9): string {
  return `${r.chars(ALNUM_LU, 5)}${r.pick(['@', '%', '&', '+', '='])}${r.chars(ALNUM_LU, 4)}${r.pick(['$', '!', '#'])}${r.chars(ALNUM_LU, 5)}`;
}

export const anyPassword = (r: Rng9): string => r.pick([() => r.password(r.int(12, 22)), () => wordPassword(r), () => r.urlPassword(18)])();
