import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet44 } from '../../helpers/blind-set-44';
import { formatOk44 } from '../../helpers/blind-set-44-format';

/** Sealed blind set 44: insurance, real estate and legal; seed 1: 837 positives, 3020 values (1614 credential, 983 personal, 423 financial), 221 negatives.
 *
 * First sight (lead, 2026-12-06, main cb1a64d, 1065 detectors): seeds 1–3 83.7–83.9 % of values fully covered (credential
 * 91.1 %, personal 72.6–73.2 %, financial 81.1–81.3 %), 3.2 % of negatives flagged (7/221). Floors under the first-sight figures.
 *
 * Tuned after round r44 (branch r44, 1085 detectors; seeds 1–5): 95.1–95.4 % of values fully covered (credential 99.2–99.3 %,
 * personal 88.1–88.8 %, financial 95.5–95.8 %), 0 % of negatives flagged (0/221; the seven OData `$skiptoken` paging cursors
 * are no longer read as secrets). Left: surname-only fields (SOAP/MISMO `LastName`, SQL `last_nm`, form `last_name`), names
 * in free prose (`for Ezekiel Haverford (…)`, `Hi it's …`, `Visitor (…):`, `"name":"… - guest"`, a þ-quoted DAT load file,
 * a pipe-delimited CLUE order with no header), an ADO connection-string password holding an unquoted `;`, a non-UUID
 * `interfaceKey`, coordinates after a geocoded address (`… -> lat, lng`), company TINs (`TIN of RRE`, `employer_ein`),
 * an account number in prose (`from their account …`) and Encompass `accountIdentifier`. Floors under the tuned figures.
 */
describeBlindSet({ n: 44, build: buildBlindSet44, formatOk: formatOk44, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.95, minByGroup: { credential: 0.99, personal: 0.88, financial: 0.953 }, maxFlagged: 0.01 });
