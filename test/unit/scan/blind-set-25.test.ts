/**
 * Sealed blind set 25: an outside reviewer's first hour. Mainstream API providers' SDK errors,
 * HTTP client and server dumps, CI and deployment output, with values in hostile encodings and
 * field placements (percent-, double-percent-, form-, base64-, base64url-, JSON-, HTML-, XML- and
 * quoted-printable-encoded; cookies, multipart, CSV, gRPC metadata, struct dumps, traceback locals).
 *
 * First sight: to be measured by the lead.
 */
import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet25 } from '../../helpers/blind-set-25';
import { formatOk25 } from '../../helpers/blind-set-25-format';

describeBlindSet({
  n: 25,
  build: buildBlindSet25,
  formatOk: formatOk25,
  minSize: { positives: 250, values: 450, negatives: 120 },
  minCovered: 0.5,
  minByGroup: { credential: 0.5, personal: 0.3, financial: 0.3 },
  maxFlagged: 0.5,
});
