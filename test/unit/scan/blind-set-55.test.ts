import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet55 } from '../../helpers/blind-set-55';
import { formatOk55 } from '../../helpers/blind-set-55-format';

/** Sealed blind set 55: Datadog monitor alerts as Herald receives them ($EVENT_MSG markdown, $TEXT_ONLY_MSG, $LOGS_SAMPLE tables, webhook bodies, tags, links) carrying log samples of pino, winston, bunyan, logback/log4j2, Python logging/structlog, zap/logrus/slog, Lograge, Serilog, Monolog and Elixir Logger, Synthetics request/response dumps and error-tracking traces with locals; seed 1: 560 positives, 1595 values (844 credential, 471 personal, 280 financial), 175 negatives.
 *
 * First sight (lead, 2026-12-06 16:05 UTC, 1173 detectors): seeds 1–3 94.6–94.7 % of values fully covered (credential 92.7 %,
 * personal 96.0–96.4 %, financial 97.9–98.2 %), 0 % of negatives flagged. Of the 86 misses of seed 1, 37 are values the scanner
 * reports by convention as no secret (bcrypt hashes, Twilio account SIDs, PayPal client ids); the rest were datadog-ci's
 * `--apiKey VALUE`, an `ecto://` URL's password, names under `traveler` keys and quoted after `payee`, national ids under
 * unusual keys and a card under a bare `number` key. After the lead's fixes (everyday-l55.test.ts), seeds 1–5: 96.9–97.1 %
 * (credential 95.5–95.6, personal 98.7–99.4, financial 97.5–98.2), 0 % flagged. Floors under the first-sight figures.
 */
describeBlindSet({ n: 55, build: buildBlindSet55, formatOk: formatOk55, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.94, minByGroup: { credential: 0.92, personal: 0.955, financial: 0.97 }, maxFlagged: 0.01 });
