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
 */
describeBlindSet({ n: 71, build: buildBlindSet71, formatOk: formatOk71, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: {}, maxFlagged: 1 });
