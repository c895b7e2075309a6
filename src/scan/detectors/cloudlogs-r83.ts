import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isVariableReference } from '../references';
import { isPlaceholder } from '../placeholders';
import { abaChecksumOk, isLowEntropy, shannonEntropy } from '../validators';

/**
 * Round r83 (blind set 83: cloud platforms' and PaaS providers' own logs and audit trails):
 * - a bank account and its ABA routing number side by side under an account key (`PAYOUT_ACCOUNT: 3508773191 / 027126718`);
 * - a Terraform `random_password`'s `result` in a plan note or in state;
 * - a Cloudflare API token's `value` in the Terraform state of a `cloudflare_api_token` resource;
 * - a birth date under the German abbreviation `geb`/`gebdat` (`geb=1979-10-13`);
 * - a one-time code in the query string of a verification link (`/account/verify?email=…&code=81383572`);
 * - a Stripe Checkout Session id (`cs_live_…`), which retrieves the session and its customer's details.
 * Left alone on purpose: service and CI session names (`gha-deploy`, hex ids), placeholders, `(sensitive value)`, hashes.
 */

/** A quoted JSON key or value's quote, also escaped once or twice inside a string. */
const Q = String.raw`\\{0,3}"`;

export const CLOUDLOGS_R83_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'bank-account-slash-routing',
    name: 'Bank account number before its ABA routing number under an account key (`PAYOUT_ACCOUNT: 3508773191 / 027126718`)',
    category: 'financial',
    severity: 'high',
    priority: 40,
    confidence: 0.7,
    keywords: ['account', 'acct'],
    pattern: /(?<![A-Za-z])[A-Za-z_.-]{0,40}(?:account|acct|ACCOUNT|ACCT|Account)[A-Za-z_.-]{0,20}["']?[ \t]{0,3}[:=][ \t]{0,30}["']?(?<v>\d{6,17})(?=[ \t]{0,2}\/[ \t]{0,2}\d{9}(?![\d/-]))/,
    mask: 'tail',
    validate: (v, ctx) => {
      const m = /^[ \t]{0,2}\/[ \t]{0,2}(\d{9})/.exec(ctx.text.slice(ctx.end, ctx.end + 16));
      return m !== null && abaChecksumOk(m[1]!) && !/^(\d)\1+$/.test(v);
    },
    remediation: 'Keep bank details out of config vars and logs; store them in the payment provider',
  }),
  defineDetector({
    id: 'routing-after-account-slash',
    name: 'ABA routing number after a bank account number and a slash under an account key (`PAYOUT_ACCOUNT: 3508773191 / 027126718`)',
    category: 'financial',
    severity: 'high',
    priority: 40,
    confidence: 0.7,
    keywords: ['account', 'acct'],
    pattern: /(?<![A-Za-z])[A-Za-z_.-]{0,40}(?:account|acct|ACCOUNT|ACCT|Account)[A-Za-z_.-]{0,20}["']?[ \t]{0,3}[:=][ \t]{0,30}["']?\d{6,17}[ \t]{0,2}\/[ \t]{0,2}(?<v>\d{9})(?![\d/-])/,
    mask: 'tail',
    validate: (v) => abaChecksumOk(v) && !/^(\d)\1+$/.test(v),
    remediation: 'Keep bank details out of config vars and logs; store them in the payment provider',
  }),
  defineDetector({
    id: 'terraform-random-password-result',
    name: "Terraform `random_password`'s result in a plan note or in state (`random_password.db: result = \"…\"`)",
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['random_password'],
    span: 1200,
    pattern: new RegExp(String.raw`random_password${Q}?(?:\.[\w-]{1,64})?[^\r\n]{0,600}?${Q}?result${Q}?\s{0,3}[:=]\s{0,3}${Q}(?<v>[^"\\\r\n]{6,256})${Q}`),
    mask: 'full',
    validate: (v) => !isPlaceholder(v) && !isVariableReference(v) && !isLowEntropy(v) && !/sensitive|\*{3}|^\(?known after apply\)?$/i.test(v),
    remediation: 'Change this password, and keep generated secrets out of plan output and alerts (state is sensitive: encrypt it)',
  }),
  defineDetector({
    id: 'cloudflare-token-in-terraform-state',
    name: "Cloudflare API token's value in the Terraform state of a `cloudflare_api_token` resource",
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['cloudflare_api_token'],
    span: 1200,
    pattern: new RegExp(String.raw`cloudflare_api_token${Q}[^\r\n]{0,500}?${Q}value${Q}\s{0,3}:\s{0,3}${Q}(?<v>[A-Za-z0-9_-]{40})${Q}`),
    mask: 'full',
    validate: (v) => /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v) && shannonEntropy(v) >= 4 && !isLowEntropy(v),
    remediation: 'Roll this Cloudflare API token and keep Terraform state in an encrypted backend, out of logs',
  }),
  defineDetector({
    id: 'birth-date-geb',
    name: 'Birth date under the German `geb`/`gebdat`/`geburtsdatum` key (`geb=1979-10-13`)',
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.7,
    keywords: ['geb'],
    pattern: /(?<![A-Za-z])(?:[Gg]eb(?:urtsdatum|[_.-]?[Dd]atum|[_.-]?[Dd]at)?|GEB(?:URTSDATUM|[_.-]?DATUM|[_.-]?DAT)?)["']?[ \t]{0,2}[:=][ \t]{0,2}["']?(?<v>(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.(?:19|20)\d{2})(?![\d])/,
    mask: 'full',
    remediation: "Stop logging customers' birth dates in query strings and custom fields",
  }),
  defineDetector({
    id: 'verification-link-code',
    name: 'One-time code in the query string of a verification link (`/account/verify?email=…&code=81383572`)',
    category: 'credential',
    severity: 'medium',
    priority: 40,
    confidence: 0.65,
    keywords: ['code=', 'otp=', 'pin='],
    pattern: /(?:verif|confirm|otp|mfa|2fa|activat|magic)[\w/-]{0,40}\?(?:[^\s"'#&?\\]{0,200}&){0,6}(?:code|otp|pin|verification_code|confirm_code)=(?<v>\d{4,8})(?![\w%])/i,
    mask: 'full',
    validate: (v) => !/^(\d)\1+$/.test(v) && !/^(?:1234|12345|123456|1234567|12345678)$/.test(v),
    remediation: 'Keep one-time codes out of URLs (POST them) and strip query strings from edge logs',
  }),
  defineDetector({
    id: 'stripe-checkout-session-id',
    name: 'Stripe Checkout Session id (`cs_live_…`)',
    category: 'credential',
    severity: 'medium',
    priority: 40,
    confidence: 0.75,
    keywords: ['cs_live_'],
    pattern: /(?<![\w-])cs_live_[A-Za-z0-9]{24,120}(?![\w-])/,
    mask: 'full',
    validate: (v) => /\d/.test(v.slice(8)) && !isLowEntropy(v.slice(8)),
    remediation: "Keep Checkout Session ids out of logs: they retrieve the session and its customer's details",
  }),
];
