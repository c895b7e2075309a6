import type { Rng9 } from './blind-set-9-rng';
import { Ctx71, company71, fit71, host71, jsonEsc71, padR71, ts71, up71, z71, type Tpl71 } from './blind-set-71-core';
import { aba71, acct71, mbi71, ssn71 } from './blind-set-71-ids';
import { pw71 } from './blind-set-71-keys';
import { addr71, dobText71, phone71, usPerson71 } from './blind-set-71-people';

const T = (name: string, make: Tpl71['make']): Tpl71 => ({ src: 'x12', name, make });

/** An ISA/GS envelope; with a security password in ISA04 when `x` is given. */
function isa(r: Rng9, e: string, t: string, x?: Ctx71): string {
  const sec = x ? x.c('isa-security-password', r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10)) : ' '.repeat(10);
  return `ISA${e}00${e}          ${e}${x ? '01' : '00'}${e}${sec}${e}ZZ${e}${padR71(`${r.pick(['ACME', 'GLOBEX', 'UMBRELLA'])}${r.int(100, 999)}`, 15)}${e}ZZ${e}${padR71(`PAYER${r.digits(5)}`, 15)}${e}26${z71(r.int(1, 12), 2)}${z71(r.int(1, 28), 2)}${e}${z71(r.int(0, 2359), 4)}${e}^${e}00501${e}${r.digits(9)}${e}0${e}P${e}:${t}`;
}

/** A member loop of an 834: INS, REF, NM1, PER, N3, N4, DMG. */
function member834(x: Ctx71, r: Rng9, e: string, t: string, sub: boolean): string {
  const p = usPerson71(r);
  const a = addr71(r, 'US');
  const ssn = x.p('ssn', ssn71(r, 'plain'));
  return [
    `INS${e}${sub ? 'Y' : 'N'}${e}${sub ? '18' : r.pick(['01', '19'])}${e}021${e}28${e}A${e}${e}${e}FT`,
    `REF${e}0F${e}${ssn}`,
    `REF${e}1L${e}GRP${r.digits(6)}`,
    `DTP${e}356${e}D8${e}2026${z71(r.int(1, 12), 2)}01`,
    `NM1${e}IL${e}1${e}${x.p('person-name', up71(p.last))}${e}${x.p('person-name', up71(p.first))}${e}${r.pick(['', 'A', 'J'])}${e}${e}${e}34${e}${ssn}`,
    `PER${e}IP${e}${e}HP${e}${x.p('phone', phone71(r, 'US').replace(/[^0-9]/g, '').slice(-10))}`,
    `N3${e}${x.p('street-address', up71(a.street))}`,
    `N4${e}${up71(a.city)}${e}${a.region}${e}${a.postal.replace('-', '')}`,
    `DMG${e}D8${e}${x.p('date-of-birth', dobText71(r, 'd8'))}${e}${r.pick(['F', 'M', 'U'])}`,
    `HD${e}021${e}${e}HLT${e}PPO${r.int(1, 9)}${e}EMP`,
  ].join(t);
}

function bpr(x: Ctx71, r: Rng9, e: string): string {
  return `BPR${e}I${e}${r.int(100, 99999)}.${z71(r.int(0, 99), 2)}${e}C${e}ACH${e}CCP${e}01${e}${x.f('aba-routing', aba71(r))}${e}DA${e}${x.f('bank-account', acct71(r))}${e}${r.int(1, 9)}${r.digits(9)}${e}${e}01${e}${x.f('aba-routing', aba71(r))}${e}DA${e}${x.f('bank-account', acct71(r))}${e}2026${z71(r.int(1, 12), 2)}${z71(r.int(1, 28), 2)}`;
}

function sftpLine(x: Ctx71, r: Rng9): string {
  return r.pick([
    () => `source: sftp://edi_in:${x.c('sftp-password', r.urlPassword(r.int(12, 16)))}@${host71(r)}:22/inbound/834/`,
    () => `pickup job cfg {host: ${host71(r)}, user: van_${r.int(10, 99)}, pass: "${x.c('sftp-password', pw71(r).replace(/["\\]/g, '!'))}"}`,
    () => `VAN mailbox login ${r.pick(['ACMEVAN', 'EDIX'])}${r.int(100, 999)} / ${x.c('van-password', r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 8))}`,
  ])();
}

/** EDI X12 health and payment transactions (834, 835, 837, 820, 270) as validators and translators report them. */
export const X1271: Tpl71[] = [
  T('834-single-999', (x, r) => {
    const t = r.pick(['~\n', '~']);
    return `${ts71(r)} ERROR X12Validator: 999 generated for interchange ${r.digits(9)} - AK9*R*1*1*0 (segment DMG, element 02: invalid date)
${isa(r, '*', t)}GS*BE*${r.pick(['ACME', 'GLOBEX'])}*PAYER*20260101*1200*${r.int(1, 9999)}*X*005010X220A1${t}ST*834*0001*005010X220A1${t}BGN*00*${r.digits(8)}*20260101*1200****2${t}${member834(x, r, '*', t, true)}${t}SE*${r.int(12, 40)}*0001${t}`;
  }),
  T('834-family', (x, r) => {
    const t = '~\n';
    return `[edi-inbound] translation failed for ${company71(r)}: MemberLoop 2000 count mismatch (HD segments: 3, INS: 2)
${sftpLine(x, r)}
ST*834*${r.digits(4)}*005010X220A1~
${member834(x, r, '*', t, true)}~
${member834(x, r, '*', t, false)}~
SE*29*0001~`;
  }),
  T('834-pipe-isa-password', (x, r) => {
    const t = '~';
    return `BatchRunner[${r.int(1000, 9999)}]: rejected interchange from partner (TA1*${r.digits(9)}*260101*1200*R*022) - "Invalid Control Character"
raw: ${isa(r, '|', t, x)}GS|BE|SENDER|RECEIVER|20260101|1200|1|X|005010X220A1~ST|834|0001|005010X220A1~${member834(x, r, '|', t, true)}~SE|13|0001~`;
  }),
  T('835-remit', (x, r) => {
    const p = usPerson71(r);
    const t = '~\n';
    return `Remit posting error: CLP amount does not balance to BPR02 (diff ${r.int(1, 500)}.${z71(r.int(0, 99), 2)}) file=ERA_${r.digits(10)}.835
ST*835*${r.digits(4)}${t}${bpr(x, r, '*')}${t}TRN*1*${r.digits(10)}*1${r.digits(9)}${t}N1*PR*${company71(r)}${t}N1*PE*${up71(company71(r))}*XX*1${r.digits(9)}${t}CLP*${r.digits(8)}*1*${r.int(100, 9000)}*${r.int(10, 900)}**MC*${r.digits(12)}*11${t}NM1*QC*1*${x.p('person-name', up71(p.last))}*${x.p('person-name', up71(p.first))}****MI*${x.p('us-mbi', mbi71(r))}${t}SVC*HC:99213*${r.int(80, 300)}*${r.int(40, 200)}${t}SE*22*0001`;
  }),
  T('837p-claim', (x, r) => {
    const sub = usPerson71(r);
    const a = addr71(r, 'US');
    const t = r.pick(['~\n', '~']);
    return `claims-gateway | WARN | 277CA rejection A7:562 "Entity's National Provider Identifier (NPI)" for claim ${r.digits(10)}
${isa(r, '*', t, r.next() < 0.4 ? x : undefined)}ST*837*0001*005010X222A1${t}HL*2*1*22*0${t}SBR*P*18*******MB${t}NM1*IL*1*${x.p('person-name', up71(sub.last))}*${x.p('person-name', up71(sub.first))}****MI*${x.p('us-mbi', mbi71(r))}${t}N3*${x.p('street-address', up71(a.street))}${t}N4*${up71(a.city)}*${a.region}*${a.postal.replace('-', '')}${t}DMG*D8*${x.p('date-of-birth', dobText71(r, 'd8'))}*${r.pick(['M', 'F'])}${t}CLM*${r.digits(10)}*${r.int(50, 2000)}***11:B:1*Y*A*Y*Y${t}HI*ABK:${r.pick(['E119', 'I10', 'J449', 'M545'])}${t}SE*25*0001${t}`;
  }),
  T('837i-ssn', (x, r) => {
    const sub = usPerson71(r);
    const pat = usPerson71(r);
    return `${ts71(r)} [X12Parser] SegmentValidationException at line ${r.int(10, 200)}: NM1*QC element NM109 not allowed when HL03=23 and PAT01 present
context:
 NM1*IL*1*${x.p('person-name', up71(sub.last))}*${x.p('person-name', up71(sub.first))}****MI*${x.p('ssn', ssn71(r, 'plain'))}~
 DMG*D8*${x.p('date-of-birth', dobText71(r, 'd8'))}*F~
 HL*3*2*23*0~
 PAT*19~
 NM1*QC*1*${x.p('person-name', up71(pat.last))}*${x.p('person-name', up71(pat.first))}~
 PER*IC*${up71(sub.first)}*TE*${x.p('phone', phone71(r, 'US').replace(/[^0-9]/g, '').slice(-10))}~`;
  }),
  T('820-premium', (x, r) => {
    const t = '~\n';
    const ppl = [usPerson71(r), usPerson71(r)];
    return `PremiumRecon: 820 from ${company71(r)} - RMR*IK amounts sum ${r.int(100, 900)}.00 != BPR02
ST*820*0001*005010X218${t}${bpr(x, r, '*')}${t}TRN*3*${r.digits(10)}${t}N1*PE*${company71(r)}*FI*${r.digits(9)}${t}${ppl.map((p) => `ENT*${r.int(1, 9)}*2J*34*${x.p('ssn', ssn71(r, 'plain'))}${t}NM1*IL*1*${x.p('person-name', up71(p.last))}*${x.p('person-name', up71(p.first))}${t}RMR*IK*${r.digits(8)}**${r.int(100, 900)}.00`).join(t)}${t}SE*14*0001`;
  }),
  T('820-json-map', (x, r) => {
    const p = usPerson71(r);
    return `{"level":"error","ts":"${ts71(r)}","msg":"mapping 820 to ledger failed","err":"unknown remittance type \\"2J\\"","transaction":{"payment":{"amount":"${r.int(100, 9999)}.00","originatingDfi":"${x.f('aba-routing', aba71(r))}","originatingAccount":"${x.f('bank-account', acct71(r))}","receivingDfi":"${x.f('aba-routing', aba71(r))}","receivingAccount":"${x.f('bank-account', acct71(r))}"},"remittances":[{"individual":{"lastName":"${x.p('person-name', jsonEsc71(p.last))}","firstName":"${x.p('person-name', jsonEsc71(p.first))}","ssn":"${x.p('ssn', ssn71(r))}"}}]},"source":"${sftpLine(x, r).replace(/"/g, '\\"')}"}`;
  }),
  T('999-ik4-badvalue', (x, r) => {
    const ssn = x.p('ssn', ssn71(r, 'plain'));
    const dob = x.p('date-of-birth', dobText71(r, 'd8'));
    return `Received 999 for GS ${r.int(1, 9999)} from ${company71(r)} (AK9*R):
ST*999*0001*005010X231A1~AK1*BE*${r.int(1, 9999)}*005010X220A1~AK2*834*0001~IK3*REF*${r.int(5, 40)}*2000*8~IK4*2*127*7*${ssn}~CTX*SITUATIONAL TRIGGER*INS*${r.int(3, 30)}**1~IK3*DMG*${r.int(5, 40)}*2100*8~IK4*2*1251*8*${dob}~IK5*R*5~AK9*R*1*1*0~SE*11*0001~
resubmit via ${sftpLine(x, r)}`;
  }),
  T('edireader-exception', (x, r) => {
    const p = usPerson71(r);
    const a = addr71(r, 'US');
    return `com.berryworks.edireader.error.EDISyntaxException: Segment count error in SE segment. Expected ${r.int(10, 30)} instead of ${r.int(31, 60)}
\tat com.berryworks.edireader.AnsiReader.parseTransaction(AnsiReader.java:${r.int(200, 600)})
\tat com.acme.edi.inbound.X12Router.route(X12Router.java:${r.int(40, 200)})
Caused by segment buffer: [NM1*IL*1*${x.p('person-name', up71(p.last))}*${x.p('person-name', up71(p.first))}*M***34*${x.p('ssn', ssn71(r, 'plain'))}~N3*${x.p('street-address', up71(a.street))}~N4*${up71(a.city)}*${a.region}*${a.postal}~DMG*D8*${x.p('date-of-birth', dobText71(r, 'd8'))}*M~]
reader config: jdbc.url=jdbc:postgresql://${host71(r)}:5432/edi?user=edireader&password=${x.c('jdbc-password', r.urlPassword(r.int(12, 18)))}`;
  }),
  T('270-eligibility', (x, r) => {
    const p = usPerson71(r);
    return `${ts71(r)} ERROR EligibilityBroker - clearinghouse returned AAA*N**75*C (Subscriber/Insured Not Found)
request: ST*270*0001*005010X279A1~BHT*0022*13*${r.digits(10)}*20260101*1200~HL*3*2*22*0~TRN*1*${r.digits(10)}*9${r.digits(9)}~NM1*IL*1*${x.p('person-name', up71(p.last))}*${x.p('person-name', up71(p.first))}****MI*${x.p('us-mbi', mbi71(r))}~DMG*D8*${x.p('date-of-birth', dobText71(r, 'd8'))}~DTP*291*D8*20260115~EQ*30~SE*13*0001~
clearinghouse auth: Authorization: Bearer ${x.c('bearer-token', r.b62(r.int(40, 56)))}`;
  }),
  T('834-stedi-json', (x, r) => {
    const p = usPerson71(r);
    const a = addr71(r, 'US');
    return `{"errors":[{"code":"element_invalid","message":"Element 'DMG-02' must be a valid date","path":"/detail/member_level_detail_INS_loop/0/member_name_NM1_loop/member_demographics_DMG"}],"input":{"member_name_NM1_loop":{"member_name_NM1":{"member_last_name_03":"${x.p('person-name', jsonEsc71(up71(p.last)))}","member_first_name_04":"${x.p('person-name', jsonEsc71(up71(p.first)))}","member_identifier_09":"${x.p('ssn', ssn71(r, 'plain'))}"},"member_residence_street_address_N3":{"residence_address_line_01":"${x.p('street-address', up71(a.street))}"},"member_demographics_DMG":{"member_birth_date_02":"${x.p('date-of-birth', dobText71(r, 'd8'))}"}}},"request":{"headers":{"Authorization":"Key ${x.c('api-key', r.b62(r.int(24, 32)))}"}}}`;
  }),
  T('834-fixed-line', (x, r) => {
    const p = usPerson71(r);
    const last = x.p('person-name', fit71(up71(p.last), 20));
    const first = x.p('person-name', fit71(up71(p.first), 15));
    return `Reconciliation mismatch for member (834 vs HRIS):
  834 : ${padR71(last, 20)}${padR71(first, 15)}${x.p('ssn', ssn71(r, 'plain'))} ${x.p('date-of-birth', dobText71(r, 'd8'))} ${r.pick(['EE', 'ES', 'FAM'])}
  HRIS: status=TERMINATED effective=2026-${z71(r.int(1, 12), 2)}-01 plan=PPO${r.int(1, 9)}
  HRIS connection user=hris_reader password=${x.c('db-password', pw71(r))}`;
  }),
];
