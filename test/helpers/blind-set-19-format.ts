import { ibanOk, luhnOk } from './blind-set-9-checks';
import { base58Ok, bech32Ok, githubOk } from './blind-set-9-crypto';
import { eip55Ok } from './blind-set-17-keccak';
import { idChecks19 } from './blind-set-19-ids';

const jwtOk = (t: string): boolean => {
  try {
    const [h, b] = t.split('.');
    return Boolean(JSON.parse(Buffer.from(h!, 'base64url').toString()).alg) && typeof JSON.parse(Buffer.from(b!, 'base64url').toString()) === 'object';
  } catch {
    return false;
  }
};
const b64RoundTrip = (v: string): boolean =>
  /^[A-Za-z0-9+/]+=*$/.test(v)
    ? Buffer.from(v, 'base64').toString('base64').replace(/=+$/, '') === v.replace(/=+$/, '')
    : /^[\w-]+$/.test(v) && Buffer.from(v, 'base64url').toString('base64url') === v;
const pemOk = (v: string, nl: string): boolean => {
  const lines = v.split(nl).map((l) => l.trim());
  return /^-----BEGIN [A-Z ]+-----$/.test(lines[0]!) && /^-----END [A-Z ]+-----$/.test(lines.at(-1)!) && b64RoundTrip(lines.slice(1, -1).join(''));
};
const fwNorm = (s: string): string => s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const dec = (s: string): string => {
  let x = s;
  for (let i = 0; i < 3 && /%[0-9A-Fa-f]{2}/.test(x); i++) x = decodeURIComponent(x.replace(/\+/g, ' '));
  return x;
};
const EMAIL = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;
const phoneOk = (v: string): boolean => {
  const s = fwNorm(dec(v));
  return /^\+?[\d ()-]+$/.test(s) && s.replace(/\D/g, '').length >= 9 && s.replace(/\D/g, '').length <= 15;
};

/** Prefix and length shapes of provider tokens, to catch harness slips. */
const SHAPES: Record<string, RegExp> = {
  'aws-key-id': /^AKIA[A-Z2-9]{16}$/,
  'stripe-secret': /^sk_live_[0-9A-Za-z]{99}$/,
  'slack-bot': /^xoxb-\d{12}-\d{13}-[0-9A-Za-z]{24}$/,
  'openai-key': /^sk-proj-[\w-]{124}T3BlbkFJ[\w-]{24}$/,
  'anthropic-key': /^sk-ant-api03-[\w-]{93}AA$/,
  'google-api-key': /^AIza[\w-]{35}$/,
  'sendgrid-key': /^SG\.[\w-]{22}\.[\w-]{43}$/,
  'npm-token': /^npm_[0-9A-Za-z]{36}$/,
  'mercadopago-token': /^APP_USR-\d{16}-\d{6}-[0-9a-f]{32}-\d{9}$/,
  'mollie-key': /^live_[0-9A-Za-z]{30}$/,
  'digitalocean-token': /^dop_v1_[0-9a-f]{64}$/,
  'shopify-token': /^shpat_[0-9a-f]{32}$/,
  'telegram-bot': /^\d{10}:AA[\w-]{33}$/,
  'gitlab-pat': /^glpat-[\w-]{20}$/,
};

/** Checks a planted value's own format (checksums, decodable structure); true when it has none to check. */
export function formatOk19(kind: string, value: string): boolean {
  const compact = fwNorm(value).replace(/[ -]/g, '');
  if (kind === 'iban') return ibanOk(compact);
  if (kind === 'card') return luhnOk(compact) && compact.length >= 14 && compact.length <= 19;
  if (kind === 'card-urlenc') return luhnOk(dec(value).replace(/[ -]/g, ''));
  if (kind === 'cvc') return /^\d{3,4}$/.test(value);
  if (kind === 'btc-base58') return base58Ok(value);
  if (kind === 'btc-bech32') return bech32Ok(value);
  if (kind === 'eth-address') return eip55Ok(value);
  if (kind === 'jwt' || kind === 'jwt-with-pii') return jwtOk(value);
  if (kind === 'github-pat' || kind === 'github-oauth') return githubOk(value);
  if (kind === 'basic-b64') return b64RoundTrip(value) && Buffer.from(value, 'base64').toString().includes(':');
  if (kind === 'b64-pii') {
    const d = Buffer.from(value, /[-_]/.test(value) || !/=$/.test(value) ? 'base64url' : 'base64').toString();
    return /^[\w+/=-]+$/.test(value) && (d.includes('@') || /\+?\d[\d ]{8,}/.test(d));
  }
  if (kind === 'b64-secret') return b64RoundTrip(value) && Buffer.from(value, 'base64').toString().length >= 8;
  if (kind === 'private-key') return pemOk(value, '\n');
  if (kind === 'private-key-escaped') return pemOk(value, '\\n');
  if (kind === 'email') return EMAIL.test(value);
  if (kind === 'email-urlenc') return EMAIL.test(dec(value)) && /%(25)?40/.test(value);
  if (kind === 'phone' || kind === 'phone-urlenc') return phoneOk(value);
  if (kind === 'aws-secret') return /^[0-9A-Za-z+/]{40}$/.test(value);
  if (kind.endsWith('-urlenc')) return /%[0-9A-F]{2}/.test(value);
  const shape = SHAPES[kind];
  if (shape) return shape.test(value);
  const check = idChecks19[kind];
  return check ? check(fwNorm(value)) : true;
}
