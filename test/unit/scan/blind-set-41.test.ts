import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet41 } from '../../helpers/blind-set-41';
import { formatOk41 } from '../../helpers/blind-set-41-format';

/** Sealed blind set 41: integration platforms and workplace SaaS glue (iPaaS, workplace suite APIs, work management, files and e-signature, forms and scheduling) and the records that flow through them; seed 1: 848 positives, 2886 values (1520 credential, 974 personal, 392 financial), 232 negatives. */
describeBlindSet({ n: 41, build: buildBlindSet41, formatOk: formatOk41, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: { credential: 0, personal: 0, financial: 0 }, maxFlagged: 1 });
