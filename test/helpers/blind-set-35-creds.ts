import { B62, B64URL, DIGITS, HEX, LOWER, UPPER, type Rng35 } from './blind-set-35-rng';

/** Upper-case hex of `n` digits. */
export function hexU35(r: Rng35, n: number): string {
  return r.hex(n).toUpperCase();
}

/** An HS256/RS256/ES256-shaped JWT with the given header fields and claims. */
export function jwt35(r: Rng35, alg: string, claims: Record<string, unknown>, extraHeader: Record<string, unknown> = {}): string {
  const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT', ...extraHeader })).toString('base64url');
  const p = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const sigLen = alg === 'RS256' ? 256 : alg === 'ES256' ? 64 : 32;
  return `${h}.${p}.${r.b64url(sigLen)}`;
}

/** A unix time near 2026. */
export function epoch35(r: Rng35): number {
  return 1767000000 + r.int(0, 20000000);
}

function pem(label: string, der: Buffer): string {
  const body = der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
}

/** A PKCS#8 P-256 private key in PEM (the shape of an Apple `.p8` key). */
export function p8Key35(r: Rng35): string {
  const der = Buffer.concat([
    Buffer.from('308193020100301306072a8648ce3d020106082a8648ce3d030107047930770201010420', 'hex'),
    r.bytes(32),
    Buffer.from('a00a06082a8648ce3d030107a144034200' + '04', 'hex'),
    r.bytes(64),
  ]);
  return pem('PRIVATE KEY', der);
}

/** A PKCS#8 RSA-2048-shaped private key in PEM (random body behind a real DER header). */
export function rsaKey35(r: Rng35, label = 'PRIVATE KEY'): string {
  const head = Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100', 'hex');
  return pem(label, Buffer.concat([head, r.bytes(1217 - head.length)]));
}

/** An SEC1 EC private key in PEM (CloudFront/IVS playback key shape). */
export function ecKey35(r: Rng35): string {
  const der = Buffer.concat([Buffer.from('307702010104' + '20', 'hex'), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200' + '04', 'hex'), r.bytes(64)]);
  return pem('EC PRIVATE KEY', der);
}

/** A Discord bot token: base64 of a snowflake, a timestamp part and an HMAC part. */
export function discordBot35(r: Rng35): string {
  const id = String(r.int(1, 1)) + r.digits(18);
  return `${Buffer.from(id).toString('base64').replace(/=+$/, '')}.${r.chars(B64URL, 6)}.${r.chars(B64URL, r.pick([27, 38]))}`;
}

/** A Discord snowflake id (public look-alike). */
export function snowflake35(r: Rng35): string {
  return '1' + r.digits(18);
}

/** A Twitch-style 30-character lowercase token (client ids share the shape). */
export function twitch30(r: Rng35): string {
  return r.chars(LOWER + DIGITS, 30);
}

/** A Google API key. */
export function googleKey35(r: Rng35): string {
  return 'AIza' + r.chars(B62 + '-_', 35);
}

/** An AWS access key id and secret. */
export function aws35(r: Rng35): { id: string; secret: string } {
  return { id: r.pick(['AKIA', 'ASIA']) + r.chars(UPPER + '234567', 16), secret: r.chars(B62 + '+/', 40) };
}

/** An Azure AD client secret (`xxx8Q~…`). */
export function azureSecret35(r: Rng35): string {
  return `${r.chars(B62, 3)}${r.int(7, 8)}Q~${r.chars(B62 + '_-.~', 34)}`;
}

/** A Stripe secret or restricted key. */
export function stripeKey35(r: Rng35, kind: 'sk' | 'rk' = 'sk'): string {
  return `${kind}_live_${r.chars(B62, 24)}${r.next() < 0.5 ? r.chars(B62, 75) : ''}`;
}

/** A PayPal REST client secret. */
export function paypalSecret35(r: Rng35): string {
  return 'E' + r.chars(B62 + '-_', 79);
}

/** A password of the kind people choose, with words and symbols. */
export function humanPassword35(r: Rng35): string {
  const w = r.pick(['Dragon', 'sunflower', 'Kestrel', 'marmalade', 'Valkyrie', 'pineapple', 'Orion', 'tundra']);
  return `${w}${r.pick(['!', '#', '$', '@', '&', '*'])}${r.int(10, 2030)}${r.pick(['', 'x', 'Qz', '!'])}${r.chars(UPPER, 1)}`;
}

/** A random UUID in upper or lower case. */
export function uuid35(r: Rng35, upper = false): string {
  const u = r.uuid();
  return upper ? u.toUpperCase() : u;
}

/** `n` lowercase alnum characters. */
export function alnumL35(r: Rng35, n: number): string {
  return r.chars(LOWER + DIGITS, n);
}

/** A Unity license serial (`XX-XXXX-XXXX-XXXX-XXXX-XXXX`). */
export function unitySerial35(r: Rng35): string {
  const g = () => r.chars(UPPER + '23456789', 4);
  return `${r.pick(['E3', 'SC', 'F4', 'PX'])}-${g()}-${g()}-${g()}-${g()}-${g()}`;
}

/** A hex string in a chosen alphabet case. */
export function hexCase35(r: Rng35, n: number, upper: boolean): string {
  const h = r.chars(HEX, n);
  return upper ? h.toUpperCase() : h;
}
