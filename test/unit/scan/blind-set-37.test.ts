import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet37 } from '../../helpers/blind-set-37';
import { formatOk37 } from '../../helpers/blind-set-37-format';

/**
 * Sealed blind set 37: retail stores, restaurants and point of sale (POS platforms, payment terminals, gift cards and loyalty, ordering and delivery, reservations, staff and payroll, suppliers, store IT, service configs); seed 1: 846 positives, 2952 values (1512 credential, 1044 personal, 396 financial), 230 negatives.
 *
 * First sight (lead, 2026-12-06, main 5a7f75e, 921 detectors): seeds 1–3 85.3–85.4 % of values fully covered (credential
 * 87.8–88.1 %, personal 80.4–80.7 %, financial 87.6–88.6 %), 8.7 % of negatives flagged (20/230).
 * After round r37 (949 detectors: Revel API-AUTHENTICATION secrets, Converge ssl_pin, Authorize.Net XML transaction and
 * signature keys, OAuth-scheme hex tokens, Yotpo x-guid, Modulr keys, device tokens, Django sessionid dicts, base64 cache
 * keys and base64 connection URLs, TeamViewer/AnyDesk/VNC and local admin notes, door and gate codes; EMV tag 57 and 5F20,
 * track 1 with sentinels, gift card numbers and PINs, Givex JSON-RPC password and card; names under prefixed first/last
 * keys, customer/diner labels, X12 PER, `party of N`, kiosk and message greetings, INSERT rows and quoted CSV headers;
 * retail role mailboxes kept clean): seeds 1-5 99.0–99.1 % covered (credential 98.6–98.8, personal 99.1, financial
 * 100.0), 0.0 % flagged. Left: bcrypt hashes (a convention: look-alikes), a Clover order's `title`, the Givex PIN param.
 */
describeBlindSet({ n: 37, build: buildBlindSet37, formatOk: formatOk37, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.988, minByGroup: { credential: 0.984, personal: 0.988, financial: 0.995 }, maxFlagged: 0.01 });
