/**
 * Sealed blind set 25: an outside reviewer's first hour. Mainstream API providers' SDK errors,
 * HTTP client and server dumps, CI and deployment output, with values in hostile encodings and
 * field placements (percent-, double-percent-, form-, base64-, base64url-, JSON-, HTML-, XML- and
 * quoted-printable-encoded; cookies, multipart, CSV, gRPC metadata, struct dumps, traceback locals).
 *
 * First sight (measured by the lead, 2026-12-05 12:25 UTC, on main b7b4b07 = scanner of c628098, 602
 * detectors; the author never ran the scanner): seeds 1-3, core scanner 86.7-87.1 % of values fully
 * covered, ingest's decoding scanner 87.6-88.0 %; 24.0-24.8 % of negatives flagged (both). With the
 * base64-JSON-anywhere change that was written before the set was seen (cb769c2): core 87.6-88.0 %,
 * ingest 88.6-89.0 % (credential 96.5-96.8 %, personal 79.4-80.1 %, financial 79.1-81.3 %).
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
