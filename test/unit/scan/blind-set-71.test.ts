import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet71 } from '../../helpers/blind-set-71';
import { formatOk71 } from '../../helpers/blind-set-71-format';

/**
 * Sealed blind set 71: legacy enterprise integration as its failures reach an alert — SOAP faults with WS-Security
 * UsernameToken passwords and WCF traces, EDI X12 (834, 835, 837, 820, 270, 999) and EDIFACT (PAYMUL, PAYORD, PAXLST)
 * segments, SWIFT MT103/MT940 and SEPA pain files, AS2/SFTP/FTPS transfers (OpenAS2, Mendelson, JSch, paramiko, WinSCP,
 * curl, Camel, GoAnywhere, Connect:Direct, rclone), NACHA/BAI2/BACS/CSV/fixed-width batch files, JCL, CICS and IBM MQ,
 * TIBCO, MuleSoft, Boomi, BizTalk, webMethods, SAP RFC/JCo/IDoc/BTP/CPI, Oracle/DB2/SQL Server/Sybase, LDAP, Kerberos
 * keytabs, Windows event logs and .NET configuration transforms; seed 1: 1247 positives from 123 templates, 3203 values
 * (1714 credential, 1047 personal, 442 financial), 196 negatives from 49 templates.
 *
 * First sight: seeds 1–3 73.8–74.2 % (credential 82.5–82.6 %, personal 59.8–61.2 %, financial 73.1–73.3 %), 8.2 % flagged.
 * After round r71 (41 detectors, src/scan/detectors/legacy-r71.ts, legacy-r71-x12.ts, legacy-r71-records.ts): seeds 1–3
 * 90.4–90.9 % (credential 96.4–96.8 %, personal 79.7–81.0 %, financial 92.1–92.3 %), 0.0 % flagged; left: names in
 * fixed-width, COBOL DISPLAY, CICS COMMAREA, BACS standard-18 and SQL*Loader bad-file records and in free payload lines
 * (no key, no delimiter a general rule could read without flagging every padded column), card numbers glued to a
 * settlement record's other digits, the user/password line of a JCL in-stream FTP script, a few passwords cut at a
 * quote or `<` (`Fvxlta"S8SDC`, `Hlqnme<ISG0C`), a PuTTY key file's header, public lines and MAC (putty-private-key
 * redacts the private lines; set 11 keeps the rest readable on purpose).
 */
describeBlindSet({ n: 71, build: buildBlindSet71, formatOk: formatOk71, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.9, minByGroup: { credential: 0.96, personal: 0.79, financial: 0.918 }, maxFlagged: 0.005 });
