import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { generatedBody } from './prefixed-token';
import { generated } from './service-credentials';

/** Names of a key secret, in any case or separator style (`key_secret`, `keySecret`, `RAZORPAY_KEY_SECRET`). */
const SECRET_NEARBY = /(?:key|api|client)[_.-]?secret["']?\s{0,3}(?:[:=,]|=>)\s{0,3}["']?[A-Za-z0-9]{16,}/i;

/**
 * True when a Razorpay key id at `ctx.start…ctx.end` is written as half of a credential: followed
 * by `:secret` (curl -u, userinfo, Basic auth's plain form) or `", "secret"` (an auth tuple), with a
 * key secret assigned within 300 characters, or assigned to a key secret's name itself.
 */
function pairedRazorpayId(text: string, start: number, end: number): boolean {
  // Itself under a key secret's name (`RAZORPAY_KEY_SECRET=rzp_live_…`): kept where the secret belongs, it is handled as one.
  if (/(?:key|api|client)[_.-]?secret["']?\s{0,3}(?:[:=]|=>)\s{0,3}["']?$/i.test(text.slice(Math.max(0, start - 60), start))) return true;
  if (/^(?::|["']\s{0,3},\s{0,3}["'])[A-Za-z0-9]{16,}/.test(text.slice(end, end + 48))) return true;
  return SECRET_NEARBY.test(text.slice(Math.max(0, start - 300), end + 300));
}

/**
 * A vendor key id with its secret (blind set 12's and 13's leftovers). Razorpay documents its
 * key id and key secret as a pair used for HTTP Basic auth; the key id alone is semi-public
 * (Razorpay Checkout embeds it in every payment page). So a `rzp_live_`/`rzp_test_` key id is a
 * credential where it is written with its secret (`-u id:secret`, `auth=(id, secret)`,
 * `key_id`/`key_secret` side by side) and public otherwise (redacted, not counted as a leak).
 * An AWS, Tencent or Alibaba Cloud secret written right after its key id (`Credential("AKID…", "…")`,
 * `new BasicAWSCredentials("AKIA…", "…")`) is the pair's secret.
 */
export const MORE_KEY_PAIR_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'razorpay-key-id',
    name: 'Razorpay key id',
    category: 'credential',
    severity: 'high',
    priority: 75,
    keywords: ['rzp_live_', 'rzp_test_'],
    needs: ['rzp_'],
    pattern: /(?<![\w-])rzp_(?:live|test)_[A-Za-z0-9]{14}(?![\w-])/,
    kind: /^rzp_(?:live|test)_/,
    // The secret may follow on the next lines (`RAZORPAY_KEY_ID=…` then `RAZORPAY_KEY_SECRET=…` in an env file).
    span: 300,
    validate: (v, ctx) => {
      // The prefix is the evidence: no entropy floor (a random 14-character body falls under one about once in 300 draws).
      if (!generatedBody(v.slice(9))) return false;
      if (!pairedRazorpayId(ctx.text, ctx.start, ctx.end)) return { ok: true, public: true, severity: 'info' };
      return v.startsWith('rzp_test_') ? { ok: true, test: true, severity: 'medium' } : true;
    },
    remediation: 'Regenerate this Razorpay key pair (Dashboard > Account & Settings > API Keys): its secret was logged with it',
  }),
  defineDetector({
    id: 'cloud-key-pair-secret',
    name: 'Cloud key secret (beside its AWS, Tencent or Alibaba key id)',
    category: 'credential',
    severity: 'critical',
    priority: 80,
    keywords: ['akid', 'ltai', 'akia', 'asia'],
    needs: ['AKID', 'LTAI', 'AKIA', 'ASIA'],
    // `credential.Credential("AKID…", "<secret>")`, `AcsClient('LTAI…', '<secret>', 'cn-hangzhou')`, `LTAI…:<secret>`,
    // Go `NewStaticCredentialsProvider("AKIA…", "<secret>", "")`, Java `new BasicAWSCredentials("AKIA…", "<secret>")`.
    pattern: /(?<![\w-])(?:AKID[A-Za-z0-9]{32}|LTAI[A-Za-z0-9]{12,20}|A(?:KIA|SIA)[A-Z0-9]{16})["']?\s{0,3}[,:]\s{0,3}["']?(?<v>[A-Za-z0-9/+]{24,40})(?![A-Za-z0-9/+=])/,
    mask: 'full',
    validate: generated,
    remediation: 'Disable this key pair in the cloud console (Tencent CAM, Alibaba RAM) and create a new one',
  }),
];
