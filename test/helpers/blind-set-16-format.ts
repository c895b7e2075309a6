import { idChecks16 } from './blind-set-16-ids';
import { abaOk, ibanOk, luhnOk } from './blind-set-9-checks';
import { base58Ok, bech32Ok, githubOk } from './blind-set-9-crypto';

const jwtOk = (t: string): boolean => {
  const [h, b] = t.split('.');
  return Boolean(JSON.parse(Buffer.from(h!, 'base64url').toString()).alg) && typeof JSON.parse(Buffer.from(b!, 'base64url').toString()) === 'object';
};
const b64RoundTrip = (v: string): boolean => Buffer.from(v, 'base64').toString('base64').replace(/=+$/, '') === v.replace(/=+$/, '');
const pemOk = (v: string, nl: string): boolean => {
  const lines = v.split(nl).map((l) => l.trim());
  return /^-----BEGIN [A-Z ]+-----$/.test(lines[0]!) && /^-----END [A-Z ]+-----$/.test(lines.at(-1)!) && b64RoundTrip(lines.slice(1, -1).join(''));
};
const validDate = (y: number, m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1900 && y <= 2026;

/** Prefix and length shapes of provider tokens, to catch harness slips (the providers publish these). */
const SHAPES: Record<string, RegExp> = {
  'stripe-secret': /^sk_live_[0-9A-Za-z]{99}$/,
  'aws-key-id': /^AKIA[0-9A-Z]{16}$/,
  'aws-secret': /^[0-9A-Za-z+/]{40}$/,
  'openai-key': /^sk-proj-[\w-]{124}T3BlbkFJ[\w-]{24}$/,
  'anthropic-key': /^sk-ant-api03-[\w-]{93}AA$/,
  'npm-token': /^npm_[0-9A-Za-z]{36}$/,
  'slack-bot': /^xoxb-\d{12}-\d{13}-[0-9A-Za-z]{24}$/,
  'slack-user': /^xoxp-\d{12}-\d{12}-\d{13}-[0-9a-f]{32}$/,
  'sendgrid-key': /^SG\.[\w-]{22}\.[\w-]{43}$/,
  'gitlab-pat': /^glpat-[\w-]{20}$/,
  'databricks-token': /^dapi[0-9a-f]{32}$/,
  'digitalocean-token': /^dop_v1_[0-9a-f]{64}$/,
  'shopify-token': /^shpat_[0-9a-f]{32}$/,
  'mailgun-key': /^key-[0-9a-f]{32}$/,
  'hubspot-pat': /^pat-na1-[0-9a-f-]{36}$/,
  'twilio-auth-token': /^[0-9a-f]{32}$/,
  'datadog-api-key': /^[0-9a-f]{32}$/,
  'datadog-app-key': /^[0-9a-f]{40}$/,
};

/** Checks a planted value's own format (checksums, decodable structure); true when it has none to check. */
export function formatOk16(kind: string, value: string): boolean {
  const compact = value.replace(/[ -]/g, '');
  if (kind === 'iban') return ibanOk(compact);
  if (kind === 'card') return luhnOk(compact) && compact.length >= 14 && compact.length <= 19;
  if (kind === 'routing-number') return abaOk(value);
  if (kind === 'cvc') return /^\d{3,4}$/.test(value);
  if (kind === 'sort-code') return /^\d{2}-?\d{2}-?\d{2}$/.test(value);
  if (kind === 'account-number') return /^\d{8,12}$/.test(value);
  if (kind === 'btc-base58' || kind === 'tron-address') return base58Ok(value);
  if (kind === 'btc-bech32') return bech32Ok(value);
  if (kind === 'eth-address') return /^0x[0-9a-f]{40}$/.test(value);
  if (kind === 'jwt') return jwtOk(value);
  if (kind.startsWith('github-')) return githubOk(value);
  if (kind === 'basic-b64') return b64RoundTrip(value) && Buffer.from(value, 'base64').toString().includes(':');
  if (kind === 'k8s-secret-b64') return b64RoundTrip(value);
  if (kind === 'jfrog-token') return Buffer.from(value, 'base64').toString().startsWith('reftkn:01:');
  if (kind === 'private-key') return pemOk(value, '\n');
  if (kind === 'private-key-escaped') return pemOk(value, '\\n');
  if (kind === 'email') return /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(value);
  if (kind === 'email-urlenc') return /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(decodeURIComponent(value)) && value.includes('%40');
  if (kind === 'phone') return /^\+?[\d ()-]+$/.test(value) && value.replace(/\D/g, '').length >= 9 && value.replace(/\D/g, '').length <= 15;
  if (kind === 'dob') {
    const iso = value.match(/^(\d{4})-(\d{2})-(\d{2})$/), dmy = value.match(/^(\d{2})[/.](\d{2})[/.](\d{4})$/);
    if (iso) return validDate(+iso[1]!, +iso[2]!, +iso[3]!);
    return Boolean(dmy) && (validDate(+dmy![3]!, +dmy![2]!, +dmy![1]!) || validDate(+dmy![3]!, +dmy![1]!, +dmy![2]!));
  }
  if (kind === 'passport') return /^[A-Z][A-Z0-9]{7,8}$/.test(value);
  if (kind === 'db-password-urlenc' || kind === 'azure-sas-sig') return /%[0-9A-F]{2}/.test(value) || /^[\w.~-]+$/.test(value);
  const shape = SHAPES[kind];
  if (shape) return shape.test(value);
  const check = idChecks16[kind];
  return check ? check(value) : true;
}
