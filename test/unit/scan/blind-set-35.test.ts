import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet35 } from '../../helpers/blind-set-35';
import { formatOk35 } from '../../helpers/blind-set-35-format';

/** Sealed blind set 35: games, media, streaming and creator platforms (game backends and stores, live-ops and streaming, media/CDN/DRM, creator payouts and tax forms, player support, crash telemetry, build farm); seeds 1-3 each: 572 positives, 2,325 values (1,212 credential, 792 personal, 321 financial), 190 negatives. */
describeBlindSet({ n: 35, build: buildBlindSet35, formatOk: formatOk35, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: {}, maxFlagged: 1 });
