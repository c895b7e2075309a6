import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet36 } from '../../helpers/blind-set-36';
import { formatOk36 } from '../../helpers/blind-set-36-format';

/**
 * Sealed blind set 36: API gateways, service mesh, message brokers, caches, internal auth, feature flags, payment integrations and dead-letter queues; seed 1: 738 positives, 1944 values (1008 credential, 684 personal, 252 financial), 250 negatives.
 */
describeBlindSet({ n: 36, build: buildBlindSet36, formatOk: formatOk36, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: { credential: 0, personal: 0, financial: 0 }, maxFlagged: 1 });
