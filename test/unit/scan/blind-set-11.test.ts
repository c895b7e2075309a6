import { buildBlindSet11 } from '../../helpers/blind-set-11';
import { describeBlindSet } from '../../helpers/blind-set-suite';
import { abaOk, ibanOk, luhnOk } from '../../helpers/blind-set-11-checks';
import { base58Ok, bech32Ok, crcTokenOk, eip55Ok } from '../../helpers/blind-set-11-crypto';
import { idChecks11 } from '../../helpers/blind-set-11-ids2';

/**
 * Blind held-out set 11 (issue #13): error logs from companies' API integrations as they arrive in
 * Datadog monitor alert log samples (HTTP dumps, SDK errors and stack traces, DB drivers, config files,
 * CI, k8s, Terraform, bank files, KYC/HR/CRM payloads), written without reading the detectors, their
 * docs, their fixtures or the earlier blind sets. Values are generated per seed in valid formats
 * (checksums recomputed below) and planted verbatim. A value counts only when every character of every
 * occurrence lies inside leak findings; a negative is flagged when any leak finding lands in its text.
 * BLIND11_SEED picks the seed; BLIND11_REPORT=1 prints the misses and false alarms themselves.
 *
 * Policy decisions (README "What is scanned" / "### Scanner"): Stripe pk_, Firebase web config,
 * Adyen client keys, Supabase anon keys, Stripe cus_ ids, Twilio account SIDs, Google OAuth client ids,
 * Plaid client ids and Sentry DSN public keys are public; AWS's documented example pair, Stripe/Amex
 * published test cards, jwt.io's sample token, DE89 3704… and 555-01xx phones are published examples;
 * noreply@ mailboxes, a server's address in curl -v output and secrets-manager references (op://,
 * vault:, ${{ secrets.X }}) are not leaks. All these sit in negatives, never as planted values.
 *
 * PRE-FIX BASELINE (main at 59a9585, the branch point, before the set-10 detector fixes; measured
 * 2026-12-04 16:24 UTC with set commit 9d2989a; recorded once, no case changed because of it):
 *   seed 1: covered 80.2 % (178/222): credential 91.7 % (110/120), personal 62.1 % (41/66),
 *           financial 75.0 % (27/36); flagged 0.8 % (1/120)
 *   seed 2: covered 80.2 % (178/222): credential 91.7 %, personal 63.6 % (42/66), financial 72.2 % (26/36);
 *           flagged 0.8 % (1/120)
 *   seed 3: covered 79.7 % (177/222): credential 91.7 %, personal 59.1 % (39/66), financial 77.8 % (28/36);
 *           flagged 0.8 % (1/120)
 *   Misses by class (seed 1): passwords as CLI arguments (sqlplus user/pass@db, mysqldump -p'…', a PHP
 *   stack-frame argument); a Twilio API key secret next to its SK sid; a PuTTY .ppk Private-Lines body;
 *   a Slack webhook URL covered only in part; an OAuth client secret with `\u003d`-escaped padding; a
 *   Braze REST key (UUID), a SparkPost key (40 hex), a Duo skey; national ids of UK NHS, ES DNI/NIE, BE,
 *   PL, SE, NO, DK, FI, PT, IE, CH, AT, MX CURP, AR CUIL, SG NRIC, AU Medicare, NZ IRD, ZA, JP My
 *   Number, KR RRN; a US passport number; dates of birth "25 March 1989" and dd/mm/yyyy; a Swedish
 *   national mobile "070-964 10 04" (found in part); cards: 14-digit Diners in SQL, 19-digit Maestro in
 *   XML, a Verve 506099 card, an Amex grouped with %20 in a form body; bank accounts in MT103, NACHA
 *   (and its routing number) and BAI2; a Litecoin base58 address. (Seeds 2-3 add: a CA driving licence,
 *   a Hipercard in a Python repr, a Mir card %20-grouped, DE "0151/…" and BR "(21) 9…" phones.)
 *   False alarm (all three seeds): `password:   24 bytes` in `kubectl describe secret` output.
 * Generator fixes after the first measurement (value invalid for its format, value inside another
 * value, "negative" really a leak):
 *   - NZ IRD numbers (8 digits) were printed 3-3-2 (`115-660-30`); IRD prints them 2-3-3
 *     (`11-566-030`). Figures unchanged on seeds 1-3 (still missed).
 * HELD-OUT FIGURE (2026-12-04 17:05 UTC, main at 20e5a44: the set-10 detector work of branches
 * issue-cred10 and issue-pf10, whose authors never saw this set, merged):
 *   seed 1: covered 88.7 % (197/222): credential 92.5 % (111/120), personal 83.3 % (55/66), financial 86.1 % (31/36)
 *   seed 2: covered 89.6 % (199/222): credential 92.5 %, personal 86.4 % (57/66), financial 86.1 %
 *   seed 3: covered 87.8 % (195/222): credential 92.5 %, personal 80.3 % (53/66), financial 86.1 %
 *   seeds 1-10: 87.4-89.6 % covered; flagged 0.8 % (1/120) on every seed. Below issue #13's 95 %.
 *   Still missed (seed 1): mysql -p'…', a PHP stack-frame password, the Twilio API key secret, the .ppk
 *   body, the Slack webhook URL in part, the `\u003d`-escaped client secret, Braze/SparkPost/Duo keys;
 *   ES DNI in a KYC payload, NO, PT, CH, AT, AU Medicare, JP, KR ids, a US passport, "25 March 1989";
 *   SE/DE/BR national phones; Diners in SQL, 12-digit Maestro in XML, a %20-grouped Amex; NACHA and
 *   BAI2 accounts. The set-10 work generalised to most national ids and bank files here, not to all.
 * AFTER FIXES FROM ITS MISSES (2026-12-04 17:33 UTC, main at afdf733 with branches issue-cred11 and
 * issue-pf11 merged; tuned on this set, so an upper bound): 99.5-100 % covered, 0 % flagged, seeds 1-10.
 * The floors below sit under the tuned figure, so the test fails on a regression.
 */
const MIN_COVERED = 0.98;
const MIN_BY_GROUP: Record<string, number> = { credential: 0.98, personal: 0.95, financial: 0.95 };
const MAX_FLAGGED = 0.02;


/** Checks a planted value's own format (checksums, decodable structure); true when it has none to check. */
function formatOk(kind: string, value: string): boolean {
  if (kind === 'iban') return ibanOk(value.replace(/ /g, ''));
  if (kind === 'card') {
    const plain = decodeURIComponent(value).replace(/[ -]/g, '');
    return luhnOk(plain) && plain.length >= 12 && plain.length <= 19;
  }
  if (kind === 'routing-number') return abaOk(value);
  if (kind === 'cvc') return /^\d{3,4}$/.test(value);
  if (kind === 'crypto-address') return /^(bc1|ltc1)/.test(value) ? bech32Ok(value) : value.startsWith('0x') ? eip55Ok(value) : base58Ok(value);
  if (kind === 'github-token' || kind === 'npm-token') return crcTokenOk(value);
  if (kind === 'private-key') {
    const body = value.replace(/\\n/g, '\n').replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
    return /^[A-Za-z0-9+/]{100,}={0,2}$/.test(body) && Buffer.from(body, 'base64').toString('base64') === body;
  }
  if (kind === 'jwt') {
    const [h, b] = value.split('.');
    return Boolean(JSON.parse(Buffer.from(h!, 'base64url').toString()).alg) && typeof JSON.parse(Buffer.from(b!, 'base64url').toString()) === 'object';
  }
  if (kind === 'email') return /^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(decodeURIComponent(value));
  const check = idChecks11[kind];
  return check ? check(value) : true;
}

describeBlindSet({
  n: 11,
  build: buildBlindSet11,
  formatOk,
  minSize: { positives: 170, values: 200, negatives: 115 },
  minShare: { credential: 0.5, personal: 0.2, financial: 0.1 },
  minCovered: MIN_COVERED,
  minByGroup: MIN_BY_GROUP,
  maxFlagged: MAX_FLAGGED,
});
