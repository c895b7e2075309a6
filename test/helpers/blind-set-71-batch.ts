import { company71, fit71, host71, jsonEsc71, padL71, padR71, ts71, up71, z71, type Tpl71 } from './blind-set-71-core';
import { aba71, acct71, card71, clabe71, sin71, ssn71 } from './blind-set-71-ids';
import { pw71, racf71 } from './blind-set-71-keys';
import { addr71, dobText71, email71, person71, phone71, usPerson71 } from './blind-set-71-people';

const B = (name: string, make: Tpl71['make']): Tpl71 => ({ src: 'batch', name, make });

/** Fixed-width and CSV batch files (NACHA, payroll, HR extracts, bank files) as loaders report them. */
export const BATCH71: Tpl71[] = [
  B('nacha-entry', (x, r) => {
    const rows = [0, 1].map(() => {
      const p = usPerson71(r);
      const rt = x.f('aba-routing', aba71(r));
      return `6${r.pick(['22', '32', '27'])}${rt}${padR71(x.f('bank-account', acct71(r)), 17)}${z71(r.int(1000, 999999), 10)}${padR71(`EMP${r.digits(6)}`, 15)}${padR71(x.p('person-name', fit71(up71(p.full), 22)), 22)}  0${rt.slice(0, 8)}${r.digits(7)}`;
    });
    return `ACH pre-flight failed: entry hash ${r.digits(10)} does not match batch control (8 record) in PAYROLL_${r.digits(8)}.ach
101 ${aba71(r)} ${r.digits(10)}2601011200A094101${padR71('FIRST NATIONAL BANK', 23)}${padR71(company71(r), 23)}        
5220${padR71(company71(r), 16)}${' '.repeat(20)}${r.digits(10)}PPDPAYROLL   260101260101   1${r.digits(8)}0000001
${rows.join('\n')}`;
  }),
  B('payroll-csv', (x, r) => {
    const hdr = 'employee_id,last_name,first_name,ssn,birth_date,street,city,state,zip,routing_number,account_number';
    const rows = [0, 1].map(() => {
      const p = usPerson71(r);
      const a = addr71(r, 'US');
      const q = (s: string) => (/[,"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
      return `${r.digits(6)},${q(x.p('person-name', p.last))},${q(x.p('person-name', p.first))},${x.p('ssn', ssn71(r))},${x.p('date-of-birth', dobText71(r, 'us'))},${q(x.p('street-address', a.street))},${a.city},${a.region},${a.postal},${x.f('aba-routing', aba71(r))},${x.f('bank-account', acct71(r))}`;
    });
    return `PayrollImport ERROR line ${r.int(2, 400)}: column count 12 != header 11 (file /data/in/${company71(r).split(' ')[0]!.toLowerCase()}_payroll_202601.csv)
${hdr}
${rows.join('\n')}`;
  }),
  B('csv-quoted-names', (x, r) => {
    const p = person71(r, r.pick(['ie', 'es', 'ar', 'vi']));
    const a = addr71(r);
    const nm = x.p('person-name', `"${p.last.replace(/'/g, "'")}, ${p.first}"`.slice(1, -1));
    return `pandas.errors.ParserError: Error tokenizing data. C error: Expected 6 fields in line ${r.int(3, 900)}, saw 7
offending line: ${r.digits(7)};"${nm}";"${x.p('postal-address', a.line.replace(/"/g, '""'))}";${x.p('phone', phone71(r))};${x.p('email', email71(r, p))};${x.p('date-of-birth', dobText71(r, 'eu'))}`;
  }),
  B('hr-fixed-width', (x, r) => {
    const p = person71(r, r.pick(['us', 'in', 'ng', 'pl', 'es']));
    const a = addr71(r, 'US');
    return `IEC130I / PGM=HRXTRACT  *** S0C7 DATA EXCEPTION IN PARAGRAPH 2100-EDIT-DOB  (RC=12)
INPUT RECORD (LRECL=200):
${z71(r.int(1, 999999), 6)}${padR71(x.p('person-name', fit71(up71(p.last), 20)), 20)}${padR71(x.p('person-name', fit71(up71(p.first), 15)), 15)}${x.p('ssn', ssn71(r, 'plain'))}${x.p('date-of-birth', dobText71(r, 'd8'))}${padR71(x.p('street-address', fit71(up71(a.street), 30)), 30)}${padR71(up71(a.city), 18)}${a.region}${a.postal.slice(0, 5)}
JOB HRX0${r.int(100, 999)} SUBMITTED BY HRBATCH  (RACF PASSWORD ${x.c('racf-password', racf71(r))} FROM JCL)`;
  }),
  B('bai2-accounts', (x, r) => {
    return `BAI2 import: 98 record totals do not balance (group ${r.int(1, 9)}) - file from ${r.pick(['BOFA', 'WELLS', 'CHASE'])} via sftp
01,${r.digits(9)},${r.digits(9)},260101,0600,1,,,2/
02,${r.digits(9)},${aba71(r)},1,260101,0600,USD,2/
03,${x.f('bank-account', acct71(r))},USD,010,${r.int(1000, 9999999)},,,015,${r.int(1000, 9999999)},,/
16,195,${r.int(100, 999999)},Z,${r.digits(12)},,ACH CREDIT ORIG ID ${r.digits(10)}/
03,${x.f('bank-account', acct71(r))},USD,010,${r.int(1000, 9999999)},,/
49,${r.int(1000, 9999999)},4/
sftp session: user=treasury_bai password=${x.c('sftp-password', pw71(r))}`;
  }),
  B('sqlldr-rejects', (x, r) => {
    const p = usPerson71(r);
    return `SQL*Loader: Release 19.0.0.0.0 - Production on ${r.pick(['Mon', 'Tue', 'Wed'])} Jan ${r.int(1, 28)} 02:${z71(r.int(0, 59), 2)}:11 2026
Record ${r.int(2, 900)}: Rejected - Error on table EDI.MEMBER, column SSN.
ORA-12899: value too large for column "EDI"."MEMBER"."SSN" (actual: 11, maximum: 9)
Bad file line: ${r.digits(6)}|${x.p('person-name', up71(p.last))}|${x.p('person-name', up71(p.first))}|${x.p('ssn', ssn71(r))}|${x.p('date-of-birth', dobText71(r, 'us'))}|${x.p('phone', phone71(r, 'US'))}
Command line: sqlldr userid=edi_load/${x.c('db-password', r.urlPassword(r.int(10, 14)))}@EDIPRD control=member.ctl bad=member.bad`;
  }),
  B('cobol-display', (x, r) => {
    const p = usPerson71(r);
    return `//STEP020  EXEC PGM=CLMPOST
 CLMPOST  ENTERED 2026-01-${z71(r.int(1, 28), 2)} 03.${z71(r.int(10, 59), 2)}.${z71(r.int(10, 59), 2)}
 CLMPOST  WS-MEMBER-REC = '${padR71(x.p('person-name', fit71(up71(p.last), 15)), 15)}${padR71(x.p('person-name', fit71(up71(p.first), 12)), 12)}${x.p('ssn', ssn71(r, 'plain'))}${x.p('date-of-birth', dobText71(r, 'd8'))}'
 CLMPOST  WS-PAY-ACCT   = '${x.f('bank-account', acct71(r))}' WS-PAY-RTN = '${x.f('aba-routing', aba71(r))}'
 CLMPOST  *** SQLCODE -803 ON INSERT INTO CLAIM_PAYMENT ***
 CEE3250C The system or user abend U4038 was issued.`;
  }),
  B('canada-payroll', (x, r) => {
    const p = person71(r, r.pick(['fr', 'us', 'in', 'cn']));
    const a = addr71(r, 'CA');
    return `${ts71(r)} ERROR t4-export: SIN failed CRA validation for slip ${r.digits(6)} (box 12)
{"employee":{"surname":"${x.p('person-name', jsonEsc71(p.last))}","given":"${x.p('person-name', jsonEsc71(p.first))}","sin":"${x.p('ca-sin', sin71(r))}","address":"${x.p('postal-address', jsonEsc71(a.line))}"},"bank":{"institution":"00${r.int(1, 9)}","transit":"${r.digits(5)}","account":"${x.f('bank-account', r.digits(7))}"}}`;
  }),
  B('mexico-spei', (x, r) => {
    const p = person71(r, r.pick(['es', 'br']));
    return `SPEI dispersión rechazada (código ${r.int(1, 30)}: CUENTA INEXISTENTE) lote ${r.digits(8)}
${r.digits(5)}|${x.f('mx-clabe', clabe71(r))}|${x.p('person-name', up71(p.full))}|${r.int(100, 90000)}.${r.int(10, 99)}|NOMINA ENERO
conexión banca: usuario=NOMINA01 contraseña=${x.c('password', pw71(r))}`;
  }),
  B('positive-pay', (x, r) => {
    const rows = [0, 1, 2].map(() => `${x.f('bank-account', acct71(r))},${r.digits(6)},${r.int(10, 9000)}.${r.int(10, 99)},01/${z71(r.int(1, 28), 2)}/2026,${x.p('person-name', up71(usPerson71(r).full))}`);
    return `PositivePay upload rejected by bank portal (HTTP 422: payee name required for all items)
${rows.join('\n')}
portal creds (from job env): PP_USER=ppay_${r.int(1, 9)} PP_PASS=${x.c('password', r.password(r.int(12, 16)))}`;
  }),
  B('benefits-csv-pipes', (x, r) => {
    const p = person71(r);
    const a = addr71(r);
    return `WARN carrier feed ${company71(r)}: 1 row skipped (unknown relationship code 'X')
RelCode|MemberName|DOB|Address|Phone|Email|Card
X|${x.p('person-name', p.full)}|${x.p('date-of-birth', dobText71(r, 'iso'))}|${x.p('postal-address', a.line)}|${x.p('phone', phone71(r))}|${x.p('email', email71(r, p))}|${x.f('card-number', card71(r, true))}`;
  }),
  B('ach-return-json', (x, r) => {
    const p = usPerson71(r);
    return `{"severity":"ERROR","message":"ACH return R03 (No Account/Unable to Locate) could not be matched","return":{"traceNumber":"${r.digits(15)}","receivingDfi":"${x.f('aba-routing', aba71(r))}","dfiAccount":"${x.f('bank-account', acct71(r))}","individualName":"${x.p('person-name', jsonEsc71(up71(p.full)))}","amount":${r.int(100, 900000)}},"odfi":{"host":"${host71(r)}","user":"odfi_batch","password":"${x.c('password', jsonEsc71(pw71(r)))}"}}`;
  }),
  B('payroll-fixed-uk', (x, r) => {
    const p = person71(r, r.pick(['ie', 'in', 'us', 'pl', 'ng']));
    return `BACS submission warning: standard 18 record ${r.int(2, 900)} - destination account name truncated
${r.digits(6)}${x.f('bank-account', r.digits(8))}099${r.digits(6)}${r.digits(8)}${z71(r.int(1000, 999999), 11)}${padR71(`PAYROLL ${company71(r).slice(0, 9)}`, 18)}${padR71(x.p('person-name', fit71(up71(p.full), 18)), 18)}
BACS bureau login ${r.int(100000, 999999)} / PIN ${x.c('password', r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10))}`;
  }),
  B('address-change-fixed', (x, r) => {
    const p = person71(r);
    const a = addr71(r);
    return `AddressNormalizer: country ${a.country} rejected by CASS/SERP (no match)
member=${padL71(r.digits(9), 9)} name=${x.p('person-name', p.full)} addr=${x.p('postal-address', a.line)} tel=${x.p('phone', phone71(r))}`;
  }),
];
