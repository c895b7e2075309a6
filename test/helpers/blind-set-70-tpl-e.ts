import type { Rng9 } from './blind-set-9-rng';
import { dob70, nino70, ssn70, tfn70 } from './blind-set-70-people';
import { basic70, jsonEsc70, pem70, pgp70, S70, type Tpl70 } from './blind-set-70-secrets';

/** Benefits enrolment (EDI 834 and carrier APIs) and retirement-plan contributions. */
export const TPL70_E: Tpl70[] = [
  { src: 'benefits', name: 'edi-834', make: (c) => {
    const r = c.r; const p = c.who('US'); const s = c.p(ssn70(r, ''), 'ssn');
    return `834 outbound to carrier failed: TA1 interchange note code 024 (invalid interchange content)
ISA*00*          *01*${c.c(S70.opaque(r, 10), 'isa-password')}*ZZ*ACMEPAYROLL    *ZZ*${r.pick(['BCBSIL', 'AETNA', 'UHC'])}         *${ymd6(r)}*1200*^*00501*${r.digits(9)}*0*P*:~
INS*Y*18*021*28*A***FT~REF*0F*${s}~DTP*336*D8*20260${r.int(1, 9)}01~
NM1*IL*1*${c.p(p.upLast, 'person-name')}*${c.p(p.upFirst, 'person-name')}****34*${s}~
N3*${c.p(p.street.toUpperCase(), 'street-address')}~DMG*D8*${c.p(dob70(p, 'compact'), 'birth-date')}*${r.pick(['M', 'F', 'U'])}~HD*021**HLT*PPO${r.int(1, 9)}*EMP~`;
  } },
  { src: 'benefits', name: '999-reject', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `999 received: AK5*R*5 — transaction set rejected; segment in error:
NM1*IL*1*${c.p(p.upLast, 'person-name')}*${c.p(p.upFirst, 'person-name')}****34*${c.p(ssn70(r, ''), 'ssn')}~DMG*D8*${c.p(dob70(p, 'compact'), 'birth-date')}*F~
resend via AS2 with basic auth ${c.c(basic70('acme_as2', S70.password(r)), 'basic-auth')}`;
  } },
  { src: 'benefits', name: 'enrollment-json', make: (c) => {
    const r = c.r; const e = c.who('US'); const sp = c.who('US'); const ch = c.who('US');
    return `EnrollmentSyncError: carrier API returned 409 (dependent already covered under another subscriber)
  x-api-key: ${c.c(S70.b64url(r, 30), 'carrier-api-key')}
  {"subscriber":{"name":"${c.p(e.full, 'person-name')}","ssn":"${c.p(ssn70(r), 'ssn')}","dob":"${c.p(dob70(e, 'iso'), 'birth-date')}"},"dependents":[{"name":"${c.p(sp.full, 'person-name')}","relationship":"spouse","dob":"${c.p(dob70(sp, 'iso'), 'birth-date')}"},{"name":"${c.p(ch.first + ' ' + e.last, 'person-name')}","relationship":"child","dob":"${c.p(`2019-0${r.int(1, 9)}-1${r.int(0, 9)}`, 'birth-date')}"}],"plan":"DENTAL-PPO-${r.int(100, 999)}"}`;
  } },
  { src: 'benefits', name: 'cobra-letter', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `Lob error 422 creating COBRA election notice letter: "to.address_line1 is too long"
  LOB_API_KEY=live_${c.c(S70.hex(r, 35), 'lob-api-key')}
  to: {"name":"${c.p(p.full, 'person-name')}","address":"${c.p(p.address, 'postal-address')}"}
  merge_variables: {"qualifying_event":"termination","coverage_end":"2026-0${r.int(1, 9)}-30"}`;
  } },
  { src: 'benefits', name: 'hsa-contribution', make: (c) => {
    const r = c.r; const p = c.who('US'); const q = c.who('US');
    return `HSA contribution file HEQ_${r.digits(8)}.txt rejected by custodian (2 records)
${c.p(ssn70(r, ''), 'ssn')}|${c.p(p.upLast, 'person-name')}|${c.p(p.upFirst, 'person-name')}|EE|${c.f(String(r.int(5000, 30000)).padStart(10, '0'), 'pay-amount')}|ER|${c.f(String(r.int(2000, 10000)).padStart(10, '0'), 'pay-amount')}
${c.p(ssn70(r, ''), 'ssn')}|${c.p(q.upLast, 'person-name')}|${c.p(q.upFirst, 'person-name')}|EE|${c.f(String(r.int(5000, 30000)).padStart(10, '0'), 'pay-amount')}|ER|0000000000
sftp_password=${c.c(S70.password(r), 'sftp-password')}`;
  } },
  { src: 'retire', name: '401k-deferral-csv', make: (c) => {
    const r = c.r; const ps = [c.who('US'), c.who('US')];
    const rows = ps.map((p) => `${c.p(ssn70(r), 'ssn')},${c.p(p.last, 'person-name')},${c.p(p.first, 'person-name')},${c.p(dob70(p, 'us'), 'birth-date')},${r.int(2, 15)}%,${c.f(`${r.int(100, 900)}.${r.digits(2)}`, 'pay-amount')}`);
    return `Guideline contribution upload failed (400: "participant not found"), key ${c.c(S70.opaque(r, 48), 'guideline-api-key')}
ssn,last_name,first_name,dob,deferral_pct,deferral_amt
${rows.join('\n')}`;
  } },
  { src: 'retire', name: 'loan-repayment', make: (c) => {
    const r = c.r; const p = c.who('US');
    return `RecordkeeperClientError: 403 on /v2/plans/${r.digits(5)}/loan-repayments
  client_secret=${c.c(S70.b64url(r, 32), 'recordkeeper-client-secret')}
  item={"participant":{"ssn":"${c.p(ssn70(r), 'ssn')}","name":"${c.p(p.full, 'person-name')}"},"loan_number":"${r.int(1, 4)}","repayment":"${c.f(`${r.int(80, 600)}.${r.digits(2)}`, 'pay-amount')}"}`;
  } },
  { src: 'retire', name: 'nest-uk', make: (c) => {
    const r = c.r; const p = c.who('GB');
    return `NEST contribution schedule upload rejected: "NI number format invalid" (row 2)
NINO,Forename,Surname,DOB,Address1,Pensionable earnings,Group
${c.p(nino70(r, r.next() < 0.5), 'nino')},${c.p(p.first, 'person-name')},${c.p(p.last, 'person-name')},${c.p(dob70(p, 'eu'), 'birth-date')},"${c.p(p.street, 'street-address')}",${c.f(`${r.int(1800, 6500)}.${r.digits(2)}`, 'pay-amount')},GRP-${r.int(1, 9)}
NEST web login: acme_payroll / ${c.c(S70.password(r), 'password')}`;
  } },
  { src: 'retire', name: 'superstream-au', make: (c) => {
    const r = c.r; const p = c.who('AU');
    return `SuperStream MRR/contribution message rejected by clearing house (code ERR-TFN-01)
<Member><TaxFileNumber>${c.p(tfn70(r, false), 'tfn')}</TaxFileNumber><FamilyName>${c.p(p.last, 'person-name')}</FamilyName><GivenName>${c.p(p.first, 'person-name')}</GivenName><BirthDate>${c.p(dob70(p, 'iso'), 'birth-date')}</BirthDate><USI>${r.digits(11)}${r.digits(3)}</USI></Member>
gateway: ${c.c(basic70(`ACME${r.digits(6)}`, S70.password(r)), 'basic-auth')}`;
  } },
  { src: 'sftp', name: 'gnupg-import', make: (c) => {
    const r = c.r; const pp = c.c(S70.password(r, 28), 'pgp-passphrase');
    return `gnupg: import_keys returned 0 imported; stderr: gpg: key ${r.hex(16).toUpperCase()}: error sending to agent: Bad passphrase
key material (payroll-export@acme):
${c.c(pgp70(r, r.next() < 0.5), 'pgp-private-key')}
passphrase from env PAYROLL_PGP_PASSPHRASE=${pp}`;
  } },
  { src: 'sftp', name: 'k8s-secret-ssh', make: (c) => {
    const r = c.r;
    return `Error from server (Invalid): error when applying patch to secret "payroll-sftp":
{"apiVersion":"v1","kind":"Secret","metadata":{"name":"payroll-sftp","namespace":"payroll"},"stringData":{"id_ed25519":"${c.c(jsonEsc70(pem70(r, 'OPENSSH PRIVATE KEY')), 'ssh-private-key')}","password":"${c.c(S70.password(r), 'sftp-password')}","host":"sftp.${r.pick(['adp', 'paychex', 'empower-retirement'])}.com"}}
for: "payroll-sftp.yaml": metadata.resourceVersion: Invalid value: 0x0: must be specified for an update`;
  } },
  { src: 'sftp', name: 'paramiko', make: (c) => {
    const r = c.r;
    return `paramiko.ssh_exception.AuthenticationException: Authentication failed.
  File "/opt/payroll/transfer.py", line 29, in connect
    client.connect(hostname="sftp.${r.pick(['benefitfocus', 'guideline', 'principal'])}.com", username="acme_${r.digits(4)}", password="${c.c(S70.password(r), 'sftp-password')}", key_filename=None, look_for_keys=False)
retrying with key passphrase "${c.c(S70.password(r), 'ssh-key-passphrase')}"`;
  } },
  { src: 'sftp', name: 'winscp', make: (c) => {
    const r = c.r; const [raw, enc] = S70.formPassword(r);
    void raw;
    return `WinSCP script (payroll_upload.txt) exit code 1
> open sftp://PAYROLL_SVC:${c.c(enc, 'sftp-password')}@files.${r.pick(['paylocity', 'paycor', 'trinet'])}.com/ -hostkey="ssh-ed25519 255 ${r.b64(32).replace(/=+$/, '')}"
Authentication failed.
Connection failed.`;
  } },
  { src: 'sftp', name: 'ecdsa-pem-in-log', make: (c) => {
    const r = c.r;
    return `crypto/x509 error loading client key for ADP SFTP gateway (key printed by debug flag --dump-key):
${c.c(pem70(r, 'EC PRIVATE KEY'), 'ec-private-key')}
tls: private key does not match public key (cert serial ${r.hex(16)})`;
  } },
];

function ymd6(r: Rng9): string {
  return `26${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}`;
}
