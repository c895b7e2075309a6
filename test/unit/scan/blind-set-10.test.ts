import { buildBlindSet10 } from '../../helpers/blind-set-10';
import { describeBlindSet } from '../../helpers/blind-set-suite';
import { abaOk, ibanOk, luhnOk } from '../../helpers/blind-set-10-checks';
import { base58Ok, bech32Ok, githubOk } from '../../helpers/blind-set-10-crypto';
import { idChecks } from '../../helpers/blind-set-10-ids';

/**
 * Blind held-out set 10 (issue #13): integration error logs as they arrive in Datadog monitor alerts
 * (payment, CRM, messaging, cloud, CI/CD, observability, database, identity and AI providers; HTTP
 * dumps, stack traces, structured logs, config files, k8s/Terraform/Helm output, SQL, XML/SOAP,
 * language dumps), written by an author who did not read src/scan/, docs/scanner.md, the detector
 * list, earlier sets' cases or fixtures. A value counts only when every character of every occurrence
 * lies inside leak findings; a negative is flagged when any leak finding lands anywhere in its text.
 * BLIND10_SEED picks the seed; BLIND10_REPORT=1 prints the misses and false alarms themselves.
 *
 * Policy (README "What is scanned"): Stripe pk_, Firebase web config, Adyen client keys, PostHog
 * project keys (phc_), Sentry DSNs, Stripe customer ids and Twilio account SIDs are public; published
 * test cards, AWS's example pair, 555-01xx phones, documentation domains and ranges are examples;
 * noreply@ mailboxes, a server's address in curl -v output and secrets-manager references are not
 * leaks. Such values appear only as negatives.
 *
 * FIRST SIGHT (2026-12-04 16:05 UTC, scanner = main at c6a8232 untouched; set at d33b4da plus the case fix below):
 *   seed 1: covered 85.1 % (188/221): credential 90.0 % (117/130), personal 81.4 % (48/59), financial 71.9 % (23/32); flagged 2.5 % (3/120)
 *   seed 2: covered 85.1 % (188/221): credential 90.0 % (117/130), personal 81.4 % (48/59), financial 71.9 % (23/32); flagged 2.5 % (3/120)
 *   seed 3: covered 85.1 % (188/221): credential 90.0 % (117/130), personal 81.4 % (48/59), financial 71.9 % (23/32); flagged 2.5 % (3/120)
 *   (seeds 1-10: 85.1-85.1 % covered, 2.5-2.5 % flagged; the same 33 values and 3 negatives fail on every seed)
 * Case fix before recording: the GCP service-account case planted the JSON-escaped trailing newline
 * (`\n` after `-----END PRIVATE KEY-----`) as part of the key; the value now ends at the END line (the
 * text is unchanged). Before the fix every seed read 84.6 % (187/221), credential 89.2 % (116/130).
 * Misses by class: provider keys without a distinctive prefix, or with one not recognised: LaunchDarkly
 * server SDK key (`sdk-<uuid>` in a Go logfmt line), Flagsmith server key (`ser.…` in nested JSON),
 * Algolia admin key (32 hex as the second argument of `algoliasearch(…)`), Freshdesk key in a Python
 * `auth=('<key>', 'X')` tuple, Keycloak client secret in a Spring `…client-secret=` property, ClickHouse
 * `X-ClickHouse-Key` header; passwords as CLI arguments (sqlplus `user/pass@//host`, sqlcmd `-P '…'`,
 * httpie `-a user:'…'`), in a `neo4j+s://user:pass@host` URI (password holding a dot) and in a ~/.pgpass
 * line; an ASP.NET Core `.AspNetCore.Cookies` auth cookie (`CfDJ8…`); a Microsoft Teams incoming-webhook
 * URL whose `https://<tenant>.webhook.office.com/webhookb2/` prefix is left outside the finding (the
 * secret path is covered). National ids: UK NINO (spaced and compact), UK NHS number in an HL7 PID
 * segment, ES NIE, DE Steuer-ID (spaced 2-3-3-3), PL PESEL, SE personnummer, FI HETU, ZA ID number; a UK
 * driving-licence number; a date of birth in prose (`birthdate "YYYY-MM-DD"` beside a passport number).
 * Financial: a 4-digit Amex CID under `cid=` in a form body, a Mir card (2200-2204) in YAML, a 19-digit
 * Maestro as a bare JSON number, a `%20`-grouped BE IBAN in a form body, routing and account numbers in
 * a NACHA entry-detail line, an account number in a SWIFT MT103 `:59:/` field, a TRON base58check
 * address, a Litecoin bech32 (`ltc1…`) address.
 * False alarms by class: the word `1Password` in "1Password CLI not signed in" (password-assignment);
 * the code line `token = resp.json()["access_token"]` in a Python traceback (secret-assignment); an
 * anonymous feature-flag context key `user_key=anon-<16 hex>` (secret-assignment).
 * AFTER FIXES FROM ITS MISSES (2026-12-04 17:05 UTC, main at 20e5a44 with branches issue-cred10 and
 * issue-pf10 merged; tuned on this set, so an upper bound): 100 % covered (221/221), 0 % flagged, seeds 1-3.
 * The floors below sit under the tuned figure, so the test fails on a regression.
 */
const MIN_COVERED = 0.98;
const MIN_BY_GROUP: Record<string, number> = { credential: 0.98, personal: 0.95, financial: 0.95 };
const MAX_FLAGGED = 0.02;


/** Checks a planted value's own format (checksums, decodable structure); true when it has none to check. */
function formatOk(kind: string, value: string): boolean {
  const compact = value.replace(/[ -]/g, '');
  if (kind === 'iban') return ibanOk(compact);
  if (kind === 'iban-urlencoded') return ibanOk(decodeURIComponent(value).replace(/ /g, ''));
  if (kind === 'card') {
    const plain = decodeURIComponent(value).replace(/[ -]/g, '');
    return luhnOk(plain) && plain.length >= 14;
  }
  if (kind === 'routing-number') return abaOk(value);
  if (kind === 'cvc') return /^\d{3,4}$/.test(value);
  if (kind === 'crypto-address') return /^(bc1|ltc1)/.test(value) ? bech32Ok(value) : value.startsWith('0x') ? /^0x[0-9a-f]{40}$/.test(value) : base58Ok(value);
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
  n: 10,
  build: buildBlindSet10,
  formatOk,
  minSize: { positives: 150, values: 190, negatives: 115 },
  minShare: { credential: 0.55, personal: 0.2, financial: 0.1 },
  minCovered: MIN_COVERED,
  minByGroup: MIN_BY_GROUP,
  maxFlagged: MAX_FLAGGED,
});
