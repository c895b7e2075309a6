import { company71, host71, ip71, padR71, ts71, z71, type NegTpl71 } from './blind-set-71-core';

const N = (name: string, make: NegTpl71['make']): NegTpl71 => ({ src: 'neg-edi', name, make });

/** Negatives: integration failures with ids, hashes, control numbers and masked values, but no secret or person. */
export const NEG_A71: NegTpl71[] = [
  N('x12-997-ack', (r) => `Received 997 for interchange ${r.digits(9)} from ${company71(r)}
ISA*00*          *00*          *ZZ*${padR71(`ACME${r.int(100, 999)}`, 15)}*ZZ*${padR71(`PAYER${r.digits(5)}`, 15)}*260101*1200*^*00501*${r.digits(9)}*0*P*:~GS*FA*PAYER*ACME*20260101*1200*${r.int(1, 9999)}*X*005010X231A1~ST*997*0001~AK1*HC*${r.int(1, 9999)}~AK2*837*${r.digits(4)}~AK5*A~AK9*A*1*1*1~SE*6*0001~`),
  N('x12-ta1-reject', (r) => `${ts71(r)} WARN TA1 received: TA1*${r.digits(9)}*260101*${z71(r.int(0, 2359), 4)}*R*0${r.pick(['06', '22', '24', '25'])} (interchange control number mismatch) partner=${company71(r)} mailbox=/outbound/ack`),
  N('x12-999-syntax', (r) => `999 for GS ${r.int(1, 9999)}: IK3*CLM*${r.int(5, 40)}*2300*8~IK4*2*782*6~IK5*R*5~AK9*R*1*1*0 (CLM02 must be numeric; claim control number ${r.digits(12)})`),
  N('edifact-contrl', (r) => `UNB+UNOC:3+${r.pick(['5412345000013', '4012345000009'])}:14+${r.pick(['5410000000001', '4000001000005'])}:14+260101:${z71(r.int(0, 2359), 4)}+${r.digits(8)}'UNH+1+CONTRL:D:3:UN'UCI+${r.digits(8)}+SENDER+RECEIVER+7'UNT+3+1'UNZ+1+${r.digits(8)}'`),
  N('edifact-aperak', (r) => `APERAK received for ORDERS ${r.digits(10)}: ERC+${r.int(10, 99)}' FTX+AAO+++Article ${r.digits(13)} unknown in master data' (GLN ${r.pick(['4012345000009', '5412345000013'])})`),
  N('as2-mdn-ok', (r) => `${ts71(r)} INFO AS2 MDN received: Original-Message-ID: <OPENAS2-${r.digits(13)}@${host71(r)}>; Disposition: automatic-action/MDN-sent-automatically; processed/error: decryption-failed; Received-Content-MIC: ${r.b64(32)}, sha-256`),
  N('as2-cert-thumbprint', (r) => `AS2 partner certificate expires in ${r.int(1, 30)} days: subject="CN=as2.${r.pick(['partner', 'walmart', 'homedepot'])}.example, O=${company71(r)}" thumbprint=${r.hex(40).toUpperCase()} serial=${r.hex(16)} notAfter=2026-${z71(r.int(1, 12), 2)}-${z71(r.int(1, 28), 2)}`),
  N('sftp-hostkey-changed', (r) => `@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @
@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
The fingerprint for the ED25519 key sent by the remote host is
SHA256:${r.b64(32).replace(/=+$/, '')}.
Offending ED25519 key in /home/edi/.ssh/known_hosts:${r.int(2, 40)}
Host key verification failed for ${host71(r)} (${ip71(r)}).`),
  N('known-hosts-line', (r) => `known_hosts entry added for partner SFTP: ${host71(r)},${ip71(r)} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).replace(/=+$/, '').slice(0, 43)}`),
  N('sftp-masked-config', (r) => `sftp connector config (effective): host=${host71(r)} port=22 user=edi_${r.pick(['in', 'out'])} password=${r.pick(['********', '[REDACTED]', '<hidden>', '${SFTP_PASSWORD}'])} privateKey=${r.pick(['${file:/run/secrets/edi_key}', '/opt/edi/keys/id_ed25519', '[masked]'])} strictHostKeyChecking=yes`),
  N('ftplib-masked', (r) => `*cmd* 'USER edi_upload'
*resp* '331 Password required for edi_upload'
*cmd* 'PASS ************'
*resp* '530 Login incorrect.'
ftplib.error_perm: 530 Login incorrect. (host ${host71(r)}, session ${r.hex(12)})`),
  N('nacha-control', (r) => `ACH batch control mismatch: 8220${z71(r.int(1, 999999), 6)}${r.digits(10)}${z71(r.int(0, 99999999), 12)}${z71(r.int(0, 99999999), 12)}${r.digits(10)}${' '.repeat(25)}${r.digits(8)}${z71(r.int(1, 9999999), 7)} expected entry hash ${r.digits(10)}`),
  N('bai2-summary', (r) => `BAI2 file ${r.digits(8)}.bai processed: 1 group, ${r.int(1, 40)} accounts, ${r.int(10, 900)} transactions; totals 98 record ${r.int(100000, 99999999)} matched. Duration ${r.int(100, 9000)} ms`),
  N('sepa-stats', (r) => `pain.002 status report for MsgId ${r.hex(16).toUpperCase()}: GrpSts=PART, ${r.int(1, 9)} of ${r.int(10, 200)} transactions RJCT (reason AC04 closed account, AM05 duplication); EndToEndIds ${r.hex(12).toUpperCase()}, ${r.hex(12).toUpperCase()}`),
  N('test-card-note', (r) => `Sandbox payment batch ${r.digits(6)} failed as expected: test card 4111 1111 1111 1111 (Visa test number from the gateway docs) returned decline code 05; amount ${r.int(1, 900)}.00 USD, order ORD-${r.digits(8)}`),
  N('iban-doc-example', (r) => `Validation message shown to partner: "IBAN must look like DE89 3704 0044 0532 0130 00 (example from the ISO 13616 standard)"; got field length ${r.int(5, 15)} in row ${r.int(2, 400)}`),
  N('mq-reason-codes', (r) => `AMQ9209E: Connection to host '${host71(r)}(1414)' for channel 'EDI.SVRCONN' closed. AMQ9999E: Channel 'EDI.SVRCONN' to host '${ip71(r)}' ended abnormally. reason=2009 MQRC_CONNECTION_BROKEN msgId=414D5120514D4544493120${r.hex(16).toUpperCase()}`),
  N('mq-correlid', (r) => `${ts71(r)} MQ GET timeout on EDI.REPLY.Q: CorrelId X'${r.hex(48).toUpperCase()}' MsgId X'${r.hex(48).toUpperCase()}' wait=${r.int(1000, 60000)}ms QM=QMEDI${r.int(1, 9)}`),
  N('cics-abend-plain', (r) => `DFHAC2206 ${z71(r.int(0, 23), 2)}:${z71(r.int(0, 59), 2)}:${z71(r.int(0, 59), 2)} CICSPRD${r.int(1, 4)} Transaction ${r.pick(['ENRL', 'CLMS', 'PAYR'])} has failed with abend ${r.pick(['ASRA', 'AEY9', 'AICA', 'AKCS'])}. Resource backout was successful. PSW 078D1000 ${r.hex(8).toUpperCase()} INTC 0007`),
  N('jes-job-ended', (r) => `$HASP395 EDIX${r.int(100, 999)}  ENDED - RC=0008
IEF142I EDIX${r.int(100, 999)} STEP01 - STEP WAS EXECUTED - COND CODE 0008
IEF373I STEP/STEP01  /START 2026${r.int(1, 365)}.${z71(r.int(0, 2359), 4)}
IEF032I STEP/STEP01  /STOP  2026${r.int(1, 365)}.${z71(r.int(0, 2359), 4)} CPU: 0 HR 00 MIN ${r.int(0, 59)}.${r.int(10, 99)} SEC`),
  N('jcl-no-password', (r) => `//EDIX${r.int(100, 999)} JOB (ACCT${r.digits(4)}),'EDI NIGHTLY',CLASS=A,MSGCLASS=X,NOTIFY=&SYSUID
//STEP01   EXEC PGM=IKJEFT01
//SYSTSIN  DD *
 DSN SYSTEM(DB2P)
 RUN PROGRAM(MBRLOAD) PLAN(EDIPLAN)
/*
IKJ56644I NO VALID TSO USERID, DEFAULT USER ATTRIBUTES USED`),
  N('sqlcode-plain', (r) => `DSNT408I SQLCODE = -${r.pick(['805', '811', '904', '911'])}, ERROR: ${r.pick(['DBRM OR PACKAGE NAME EDIPLAN.MBRLOAD.', 'RESOURCE UNAVAILABLE', 'DEADLOCK OR TIMEOUT'])} REASON 00C900${r.hex(2).toUpperCase()}, TYPE 00000${r.int(100, 999)}, NAME EDIDB.TSMEMBR`),
];
