import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet34 } from '../../helpers/blind-set-34';
import { formatOk34 } from '../../helpers/blind-set-34-format';

/** Sealed blind set 34: security operations and incident response (SIEM, EDR, secret scanning/DLP, pentest output, vault exports, IR triage, SSO debugging); 57 positive templates in 9 areas and 21 negative templates; seeds 1-3 each give 660 positives, about 2,870 values (about 54 % credential, 30 % personal, 16 % financial) and 190 negatives. */
describeBlindSet({ n: 34, build: buildBlindSet34, formatOk: formatOk34, minSize: { positives: 650, values: 2800, negatives: 190 }, minCovered: 0, minByGroup: {}, maxFlagged: 1 });
