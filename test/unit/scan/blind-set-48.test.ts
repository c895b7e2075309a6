import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet48 } from '../../helpers/blind-set-48';
import { formatOk48 } from '../../helpers/blind-set-48-format';

/** Sealed blind set 48: hospitality and travel (hotel property-management and channel managers, airline and GDS bookings with PNRs, online travel agencies, car rental, loyalty programmes, travel-expense tools); seed 1: 806 positives, 3112 values (1722 credential, 948 personal, 442 financial), 186 negatives.
 * AT FIRST SIGHT (seeds 1-5): 90.5-90.8 % covered (credential 97.6-98.1, personal 79.3-79.7, financial 86.2 %), 12.9 % flagged.
 * AFTER ROUND r48 (tuned on this set, so an upper bound): about 99.1-99.3 % covered (credential 99.5-99.9, personal
 * 99.5-99.7, financial about 96 %: NACHA entries quoted in errors left), 3.2 % flagged: the six `session=<uuid>` query parameters of search URLs, kept flagged on purpose (a
 * session id in a URL cannot be told from a login session by its form). The floors sit just under the worst seed. */
describeBlindSet({ n: 48, build: buildBlindSet48, formatOk: formatOk48, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.985, minByGroup: { credential: 0.994, personal: 0.993, financial: 0.95 }, maxFlagged: 0.035 });
