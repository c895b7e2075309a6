import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet48 } from '../../helpers/blind-set-48';
import { formatOk48 } from '../../helpers/blind-set-48-format';

/** Sealed blind set 48: hospitality and travel (hotel property-management and channel managers, airline and GDS bookings with PNRs, online travel agencies, car rental, loyalty programmes, travel-expense tools); seed 1: 806 positives, 3112 values (1722 credential, 948 personal, 442 financial), 186 negatives. */
describeBlindSet({ n: 48, build: buildBlindSet48, formatOk: formatOk48, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: { credential: 0, personal: 0, financial: 0 }, maxFlagged: 1 });
