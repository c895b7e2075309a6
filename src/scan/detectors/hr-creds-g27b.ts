import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';
import { isVariableReference } from '../references';
import { isLowEntropy, shannonEntropy } from '../validators';

/**
 * Round g27b (blind set 27: people operations and the service desk): secrets printed by a shell session pasted
 * into a log or a ticket: `$ echo $SLACK_CLIENT_SECRET` and, on the next line, its value.
 */

/** Variable names that hold a credential (`SLACK_CLIENT_SECRET`, `GH_TOKEN`, `DB_PASSWORD`, `STRIPE_API_KEY`). */
const SECRET_VAR = String.raw`[A-Za-z][A-Za-z0-9_]{0,40}(?:SECRET|TOKEN|PASSWORD|PASSWD|PASS|PWD|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|SIGNING_?KEY|PASSPHRASE|CREDENTIALS?)(?:_[A-Z0-9]{1,12})?`;

/**
 * A printed value: one run of token characters alone on its line. A hex value of 20+ characters has at most
 * 4 bits per character, and about 1 random 32-hex value in 260 falls under 3.2: it is held to 2.7 instead.
 */
const printedValue = (v: string): boolean =>
  v.length >= 10 &&
  !isPlaceholder(v) &&
  !isVariableReference(v) &&
  !isLowEntropy(v) &&
  /\d/.test(v) &&
  /[A-Za-z]/.test(v) &&
  shannonEntropy(v) >= (v.length >= 20 && /^[0-9a-f]+$/i.test(v) ? 2.7 : 3.2) &&
  !/^\d+(?:\.\d+)*$/.test(v);

export const HR_CRED_G27B_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'shell-echo-secret',
    name: 'Secret printed by echo or printenv of a secret variable (pasted shell session)',
    category: 'credential',
    severity: 'high',
    priority: 52,
    confidence: 0.8,
    keywords: ['echo $', 'echo "$', 'echo ${', 'printenv '],
    // The value is on the line after the command.
    span: 600,
    // `$ echo $SLACK_CLIENT_SECRET\n<value>`, `> printenv OKTA_API_TOKEN\n<value>`: the command names the secret, the next line is it.
    pattern: new RegExp(String.raw`(?<![\w-])(?:echo[ \t]{1,3}"?\$\{?|printenv[ \t]{1,3})(?<k>${SECRET_VAR})\}?"?[ \t]*\r?\n[ \t]{0,4}(?<v>[A-Za-z0-9_+/.~=:-]{10,512})[ \t]*(?=\r?\n|$)`),
    mask: 'full',
    validate: (v) => printedValue(v),
    remediation: 'Rotate this secret and keep shell transcripts out of tickets and logs',
  }),
];
