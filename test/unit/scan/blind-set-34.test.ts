import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet34 } from '../../helpers/blind-set-34';
import { formatOk34 } from '../../helpers/blind-set-34-format';

/**
 * Sealed blind set 34: security operations and incident response (SIEM, EDR, secret scanning/DLP, pentest output, vault exports, IR triage, SSO debugging); 57 positive templates in 9 areas and 21 negative templates; seeds 1-3 each give 660 positives, about 2,870 values (about 54 % credential, 30 % personal, 16 % financial) and 190 negatives.
 *
 * First sight (lead, 2026-12-06 00:08 UTC, main 98c4741, 859 detectors): seeds 1–3 78.2–78.3 % covered (credential 81.8–82.0,
 * personal 71.1–71.2, financial 79.2–79.4), 10.5–11.1 % flagged.
 * After round r34 (888 detectors: names under incident labels, beside their own mailbox, as chat speakers, in SAML, case
 * objects and Windows events; mimikatz/secretsdump/Kerberoast/Metasploit/impacket credentials, Windows and auditd command-line
 * passwords; Sumo Logic, Datadog app key, AWS pair, Vault unseal shares, MFA backup codes, encoded PowerShell, CSV TOTP and
 * accounts, card records and CVVs; GuardDuty remote, WAF-blocked and nuclei-target addresses kept clean as IOCs): seeds 1–5
 * 99.8–100.0 % covered (credential 99.7–100.0, personal 100.0, financial 100.0), 1.6–3.2 % flagged — every flag an Okta
 * System Log `client.ipAddress` (a client address, reported by convention; the set calls it clean).
 */
describeBlindSet({ n: 34, build: buildBlindSet34, formatOk: formatOk34, minSize: { positives: 650, values: 2800, negatives: 190 }, minCovered: 0.997, minByGroup: { credential: 0.995, personal: 0.997, financial: 0.997 }, maxFlagged: 0.035 });
