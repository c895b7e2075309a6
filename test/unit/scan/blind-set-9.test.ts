import { buildBlindSet9 } from '../../helpers/blind-set-9';
import { describeBlindSet } from '../../helpers/blind-set-suite';
import { abaOk, ibanOk, luhnOk } from '../../helpers/blind-set-9-checks';
import { base58Ok, bech32Ok, githubOk } from '../../helpers/blind-set-9-crypto';
import { idChecks } from '../../helpers/blind-set-9-id-checks';

/**
 * Blind held-out set 9 (issue #13): integration error logs as they arrive in Datadog monitor alerts
 * (HTTP client debug output, SDK errors, DB drivers/ORMs, framework dumps, k8s, CI, webhooks, nested
 * and wrapped encodings), written by an author who did not read the detectors, key names,
 * placeholders or docs/scanner.md. A value counts only when every character of every occurrence lies
 * inside leak findings; a negative is flagged when any leak finding lands anywhere in its text.
 * BLIND9_SEED picks the seed; BLIND9_REPORT=1 prints the misses and false alarms themselves.
 *
 * Decisions (see blind-set-9-neg-public.ts): Stripe `pk_`, Firebase web config, Adyen client keys,
 * Algolia search-only keys, Mapbox `pk.` tokens, reCAPTCHA site keys and Sentry DSN public keys are
 * public by design; documented test cards (4242…, 4000 0566…, 5555…4444, 3782…, 4111…), AWS's example
 * pair, jwt.io's example token and the textbook example IBANs are published test values (README:
 * "published test values are recognised and marked as such"); a Stripe `cus_` id is a negative here
 * although Herald counts it as personal on purpose (README, blind set 3).
 *
 * FIRST SIGHT (2026-12-04 13:48 UTC, scanner = main at 519593e untouched; set at 074d530 plus the case fix below):
 *   seed 1: covered 87.0 % (174/200): credential 93.1 %, personal 75.6 %, financial 75.9 %; flagged 10.0 % (12/120)
 *   seed 2: covered 87.0 % (174/200): credential 93.1 %, personal 75.6 %, financial 75.9 %; flagged 10.8 % (13/120)
 *   seed 3: covered 86.5 % (173/200): credential 93.1 %, personal 73.2 %, financial 75.9 %; flagged 10.0 % (12/120)
 *   (seeds 1-10: 86.5-87.5 % covered, 10.0-10.8 % flagged)
 * Case fix before recording: a CVC is now drawn so it does not also occur inside the card number
 * (seed 4 counted a covered CVC as missed because "200" also sat inside the unfound card).
 * Misses by class: a Go MySQL DSN password (`user:pass@tcp(host)/db`); a PHP var_dump password (key
 * and value on separate lines); a WS-Security `<wsse:Password>` element; a Spring actuator /env
 * `"spring.mail.password":{"value":…}`; a k8s `.dockerconfigjson` base64 blob; a base64-wrapped JSON
 * env bundle holding an OpenAI key; SMTP `AUTH PLAIN` base64; a URL-encoded Slack webhook URL in a form
 * body; a Discord bot token. National ids, all of them: FR NIR (spaced), ES DNI, IT codice fiscale, DE
 * Steuer-ID, NL BSN, BR CPF, IN Aadhaar, IN PAN, CA SIN; UK mobiles in national layout (07xxx xxx xxx);
 * URL-encoded date of birth and US phone in a form body; a US street address in a Salesforce toString
 * dump. Cards URL-encoded with `%20` groups in a form body, in a Python dict under `'number'`, a 14-digit
 * Diners in SQL; a CVC in prose ("security code 557"); routing and account numbers under Stripe's
 * `bank_account[routing_number]`/`[account_number]` form keys; a base58 BTC address (`1…`/`3…`).
 * False alarms by class: a Stripe `cus_` id; a Twilio Account SID alone; an Adyen client key `live_…`;
 * jwt.io's example token; CVC "123" beside Stripe's 4242 test card; the example IBANs DE89 3704…/GB82
 * WEST…; 555-01xx fictional US phones; an Ofcom drama-range UK number; `admin@localhost.localdomain`;
 * a public server IP in `curl -v`; a vendor's support mailbox; (seed 2) a 16-digit Sentry project id
 * that happens to pass Luhn.
 * AGAINST FIXED MAIN (2026-12-04 15:12 UTC, main at 271f25b: the detector work of branches issue-cred,
 * issue-pers and issue-fin, written from blind set 7's misses and a lost set's miss list by helpers who
 * never saw this set; plus the lead's Stripe `cus_` decision: reported, not counted):
 *   seeds 1-3: covered 93.0 % (186/200): credential 95.4 %, personal 92.7 %, financial 82.8 %;
 *   flagged 5.8 % (7/120), 6.7 % (8/120), 5.8 %; seeds 1-10: 92.5-93.0 % covered, 5.8-6.7 % flagged.
 *   This is the held-out figure of issue #13's detector round: below its 95 % / 5 % target.
 * AFTER FIXES FROM ITS MISSES (2026-12-04 15:58 UTC, main after the merges of issue-s9cred and
 * issue-s9pf and a UK 5-3-3 mobile layout; tuned on this set, so an upper bound, not a held-out figure):
 *   seeds 1-10: covered 99.5-100 % (seeds 5 and 9 before the 5-3-3 layout: a UK mobile `07923 765 525`),
 *   flagged 0.8 % (1/120: a vendor's support mailbox, `support@pagerduty.com`, left as a judgement call).
 * The floors below sit under the tuned figure, so the test fails on a regression.
 */
const MIN_COVERED = 0.98;
const MIN_BY_GROUP: Record<string, number> = { credential: 0.98, personal: 0.95, financial: 0.95 };
const MAX_FLAGGED = 0.02;


/** Checks a planted value's own format (checksums, decodable structure); true when it has none to check. */
function formatOk(kind: string, value: string): boolean {
  const compact = value.replace(/[ -]/g, '');
  if (kind === 'iban') return ibanOk(compact);
  if (kind === 'card') {
    const plain = decodeURIComponent(value).replace(/[ -]/g, '');
    return luhnOk(plain) && plain.length >= 14;
  }
  if (kind === 'routing-number') return abaOk(value);
  if (kind === 'cvc') return /^\d{3,4}$/.test(value);
  if (kind === 'crypto-address') return value.startsWith('bc1') ? bech32Ok(value) : value.startsWith('0x') ? /^0x[0-9a-f]{40}$/.test(value) : base58Ok(value);
  if (kind === 'github-token' && /^gh[pousr]_/.test(value)) return githubOk(value);
  if (kind === 'private-key') {
    const body = value.replace(/\\n/g, '\n').replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
    return /^[A-Za-z0-9+/]{100,}={0,2}$/.test(body) && Buffer.from(body, 'base64').toString('base64') === body;
  }
  if (kind === 'jwt') {
    const [h, b] = value.split('.');
    return Boolean(JSON.parse(Buffer.from(h!, 'base64url').toString()).alg) && typeof JSON.parse(Buffer.from(b!, 'base64url').toString()) === 'object';
  }
  const check = idChecks[kind];
  return check ? check(value) : true;
}

describeBlindSet({
  n: 9,
  build: buildBlindSet9,
  formatOk,
  minSize: { positives: 150, values: 190, negatives: 115 },
  minShare: { credential: 0.55, personal: 0.15, financial: 0.1 },
  minCovered: MIN_COVERED,
  minByGroup: MIN_BY_GROUP,
  maxFlagged: MAX_FLAGGED,
});
