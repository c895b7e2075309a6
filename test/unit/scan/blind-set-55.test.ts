import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet55 } from '../../helpers/blind-set-55';
import { formatOk55 } from '../../helpers/blind-set-55-format';

/** Sealed blind set 55: Datadog monitor alerts as Herald receives them ($EVENT_MSG markdown, $TEXT_ONLY_MSG, $LOGS_SAMPLE tables, webhook bodies, tags, links) carrying log samples of pino, winston, bunyan, logback/log4j2, Python logging/structlog, zap/logrus/slog, Lograge, Serilog, Monolog and Elixir Logger, Synthetics request/response dumps and error-tracking traces with locals; seed 1: 560 positives, 1595 values (844 credential, 471 personal, 280 financial), 175 negatives. */
describeBlindSet({ n: 55, build: buildBlindSet55, formatOk: formatOk55, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: {}, maxFlagged: 1 });
