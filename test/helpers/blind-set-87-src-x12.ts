import { iso, kit, type Kit87, spell, stack, ts14, vendorSecrets } from './blind-set-87-kit';
import { routing, usAccount } from './blind-set-87-money';
import { ascii, dobIn, person, type Person87 } from './blind-set-87-people';
import { T } from './blind-set-87-tokens';
import type { Case87, Source87 } from './blind-set-87-types';
import { wrapAlert } from './blind-set-87-wrap';

/** Blind set 87: X12 005010 EDI (837P, 270/271, 834, 835) as clearinghouse clients and EDI gateways log it. */

const PAYERS = [['AETNA', '60054'], ['UNITEDHEALTHCARE', '87726'], ['BLUE CROSS BLUE SHIELD OF ILLINOIS', '00621'], ['CIGNA', '62308'], ['HUMANA', '61101']] as const;
const up = (s: string): string => ascii(s).toUpperCase();
const d8 = (t: number): string => ts14(t).slice(0, 8);

function envelope(k: Kit87, gs: string, st: string, version: string, body: string[], sep: string): string {
  const r = k.r;
  const ctrl = String(r.int(1, 999999999)).padStart(9, '0');
  const gctrl = String(r.int(1, 99999));
  const sender = `${k.org.short}${r.digits(4)}`.padEnd(15, ' ');
  const recv = r.pick(['AVAILITY', 'CHCPAYERS', '030240928', 'WAYSTAR']).padEnd(15, ' ');
  const ymd = d8(k.t);
  const segs = [`ISA*00*          *00*          *ZZ*${sender}*ZZ*${recv}*${ymd.slice(2)}*${ts14(k.t).slice(8, 12)}*^*00501*${ctrl}*0*P*:`, `GS*${gs}*${sender.trim()}*${recv.trim()}*${ymd}*${ts14(k.t).slice(8, 12)}*${gctrl}*X*${version}`, `ST*${st}*0001*${version}`, ...body];
  segs.push(`SE*${body.length + 2}*0001`, `GE*1*${gctrl}`, `IEA*1*${ctrl}`);
  return segs.join(`~${sep}`) + '~';
}

function subscriber(c: Case87, p: Person87, idQual: 'MI' | '34'): string[] {
  const r = c.rng;
  const id = idQual === '34' && p.nid.kind === 'ssn' ? c.pii(p.nid.value.replace(/-/g, ''), 'ssn') : c.pii(`${r.pick(['W', 'XEH', 'ZGP', 'H'])}${r.num(9)}`, 'member-id');
  const name = c.pii(`${up(p.family)}*${up(p.given)}${p.middle ? `*${up(p.middle).slice(0, 1)}` : ''}`, 'person-name');
  return [`NM1*IL*1*${name}***${idQual === '34' && p.nid.kind === 'ssn' ? '34' : 'MI'}*${id}`, `N3*${c.pii(up(p.street), 'address')}`, `N4*${up(p.city)}*${p.state}*${p.zip.replace(/[\s-]/g, '')}`, `DMG*D8*${c.pii(dobIn(p.dob, 'hl7'), 'birth-date')}*${p.female ? 'F' : 'M'}`];
}

function claim837(c: Case87, k: Kit87): string[] {
  const r = k.r;
  const [payer, pid] = r.pick(PAYERS);
  const p = k.p;
  const segs = [`BHT*0019*00*${r.num(9)}*${d8(k.t)}*${ts14(k.t).slice(8, 12)}*CH`, `NM1*41*2*${up(k.org.name)}*****46*${r.num(9)}`, `PER*IC*BILLING OFFICE*TE*${k.org.phone.replace(/\D/g, '').slice(-10)}`, `NM1*40*2*${payer}*****46*${pid}`, 'HL*1**20*1', `NM1*85*2*${up(k.org.name)}*****XX*${r.pick(['1730188247', '1205946832', '1992701437'])}`, `N3*${up(k.org.office.split(',')[0]!)}`, `REF*EI*${k.org.ein.replace('-', '')}`, 'HL*2*1*22*0', `SBR*P*18*${r.num(6)}******CI`, ...subscriber(c, p, 'MI')];
  if (p.nid.kind === 'ssn' && r.chance(0.5)) segs.push(`REF*SY*${c.pii(p.nid.value.replace(/-/g, ''), 'ssn')}`);
  segs.push(`NM1*PR*2*${payer}*****PI*${pid}`, `CLM*${r.upperAlnum(10)}*${r.int(90, 2400)}.00***11:B:1*Y*A*Y*Y`, `HI*ABK:${r.pick(['E119', 'I10', 'M545', 'J069'])}`, 'LX*1', `SV1*HC:${r.pick(['99213', '99214', '97110', '80053'])}*${r.int(90, 400)}.00*UN*1***1`, `DTP*472*D8*${d8(k.t - 86400 * r.int(2, 30))}`);
  return segs;
}

function enroll834(c: Case87, k: Kit87): string[] {
  const r = k.r;
  const p = { ...k.p, ...(k.p.nid.kind === 'ssn' ? {} : person(r, 'en-US')) } as Person87;
  const ssnD = p.nid.value.replace(/-/g, '');
  const segs = [`BGN*00*${r.num(8)}*${d8(k.t)}*${ts14(k.t).slice(8, 12)}****2`, `REF*38*${r.num(6)}`, `N1*P5*${up(k.org.name)}*FI*${k.org.ein.replace('-', '')}`, `N1*IN*${r.pick(PAYERS)[0]}*FI*${r.num(9)}`, `INS*Y*18*021*28*A***FT`, `REF*0F*${c.pii(ssnD, 'ssn')}`, `REF*1L*${r.num(6)}`, `DTP*336*D8*${d8(k.t - 86400 * 700)}`];
  segs.push(`NM1*IL*1*${c.pii(`${up(p.family)}*${up(p.given)}`, 'person-name')}****34*${ssnD}`, `PER*IP**HP*${c.pii(p.area + p.local, 'phone')}${r.chance(0.5) ? `*EM*${c.pii(p.email.toUpperCase(), 'email')}` : ''}`);
  segs.push(`N3*${c.pii(up(p.street), 'address')}`, `N4*${up(p.city)}*${p.state}*${p.zip}`, `DMG*D8*${c.pii(dobIn(p.dob, 'hl7'), 'birth-date')}*${p.female ? 'F' : 'M'}*${r.pick(['M', 'I', 'U'])}`, `HD*021**HLT*${r.pick(['PPO500', 'HDHP2800', 'EPOGOLD'])}*${r.pick(['EMP', 'ESP', 'FAM'])}`, `DTP*348*D8*${d8(k.t + 86400 * 20)}`);
  if (r.chance(0.6)) {
    const dep = person(r, 'en-US');
    segs.push(`INS*N*19*021*28*A`, `REF*0F*${ssnD}`, `NM1*IL*1*${c.pii(`${up(p.family)}*${up(dep.given)}`, 'person-name')}****34*${c.pii(dep.nid.value.replace(/-/g, ''), 'ssn')}`, `DMG*D8*${c.pii(dobIn({ ...dep.dob, y: r.int(2008, 2022) }, 'hl7'), 'birth-date')}*${dep.female ? 'F' : 'M'}`, `HD*021**HLT*PPO500*FAM`);
  }
  return segs;
}

function remit835(c: Case87, k: Kit87): string[] {
  const r = k.r;
  const [payer, pid] = r.pick(PAYERS);
  const total = `${r.int(200, 40000)}.${r.digits(2)}`;
  const bpr = r.chance(0.9) ? `BPR*I*${total}*C*ACH*CCP*01*${c.fin(routing(r), 'routing-number')}*DA*${c.fin(usAccount(r), 'account-number')}*1${r.num(9)}**01*${c.fin(routing(r), 'routing-number')}*DA*${c.fin(usAccount(r), 'account-number')}*${d8(k.t)}` : `BPR*I*${total}*C*CHK************${d8(k.t)}`;
  const segs = [bpr, `TRN*1*${r.num(10)}*1${r.num(9)}`, `DTM*405*${d8(k.t)}`, `N1*PR*${payer}`, `REF*2U*${pid}`, `N1*PE*${up(k.org.name)}*XX*${r.pick(['1730188247', '1205946832'])}`, 'LX*1'];
  for (let i = 0; i < r.int(1, 2); i++) {
    const p = i === 0 ? k.p : person(r);
    segs.push(`CLP*${r.upperAlnum(10)}*1*${r.int(100, 900)}*${r.int(50, 500)}*${r.int(0, 60)}*12*${r.num(14)}*11*1`, `NM1*QC*1*${c.pii(`${up(p.family)}*${up(p.given)}`, 'person-name')}****MI*${c.pii(`${r.pick(['W', 'XEH', 'U'])}${r.num(9)}`, 'member-id')}`, `SVC*HC:${r.pick(['99213', '99214', '36415'])}*${r.int(100, 300)}*${r.int(50, 200)}**1`, `CAS*CO*45*${r.int(10, 90)}.00`, `DTM*472*${d8(k.t - 86400 * 25)}`);
  }
  return segs;
}

function elig270(c: Case87, k: Kit87, resp: boolean): string[] {
  const r = k.r;
  const [payer, pid] = r.pick(PAYERS);
  const segs = [`BHT*0022*${resp ? '11' : '13'}*${r.num(9)}*${d8(k.t)}*${ts14(k.t).slice(8, 12)}`, 'HL*1**20*1', `NM1*PR*2*${payer}*****PI*${pid}`, 'HL*2*1*21*1', `NM1*1P*2*${up(k.org.name)}*****XX*1992701437`, 'HL*3*2*22*0', `TRN*1*${r.num(10)}*9${r.num(9)}`, ...subscriber(c, k.p, 'MI'), `DTP*291*D8*${d8(k.t)}`];
  if (resp) segs.push('EB*1*IND*30**PPO', 'EB*C*IND*30***23*2500', `EB*B*IND*98***27*${r.pick(['25', '40', '60'])}`, 'MSG*COPAY APPLIES TO IN-NETWORK OFFICE VISITS');
  else segs.push('EQ*30');
  return segs;
}

const ediGateway = (c: Case87): string => {
  const k = kit(c);
  const { r, t } = k;
  const kind = r.weighted([[0, 1], [1, 0.8], [2, 2.4], [3, 0.6]] as const);
  const sep = r.pick(['', '\n', '\r\n']);
  const doc = kind === 0 ? envelope(k, 'HC', '837', '005010X222A1', claim837(c, k), sep) : kind === 1 ? envelope(k, 'BE', '834', '005010X220A1', enroll834(c, k), sep) : kind === 2 ? envelope(k, 'HP', '835', '005010X221A1', remit835(c, k), sep) : (r.chance(0.5) ? envelope(k, 'HS', '270', '005010X279A1', elig270(c, k, false), sep) : envelope(k, 'HB', '271', '005010X279A1', elig270(c, k, true), sep));
  const file = `${r.pick(['837P', '834', '835', '270'])}_${k.org.short}_${d8(t)}_${r.num(6)}.x12`;
  const auth = r.chance(0.5) ? `sftp ${spell(r, ['availity', 'sftp', 'password'])}=${c.cred(T.clientSecret(r), 'password')}` : `Authorization: Bearer ${c.cred(T.opaque(r, 44), 'bearer-token')}`;
  const text = r.pick([
    () => `${auth}\n${iso(t, true)} ERROR edi-gateway TA1/999 rejected ${file}: IK3*${r.pick(['NM1', 'DMG', 'N4', 'CLM'])}*${r.int(5, 40)}**8~IK4*${r.int(1, 9)}**7~\npayload:\n${doc}`,
    () => `EDI translation failed (${file}) at segment ${r.int(5, 30)}: element too long; ${auth}\n${doc}\n${stack(r, 'java', 'edi')}`,
    () => JSON.stringify({ level: 'error', time: iso(t, true), service: 'edi-gateway', file, message: 'payer rejected interchange', transport: auth, x12: doc, [spell(r, ['availity', 'client', 'secret'])]: c.cred(T.clientSecret(r), 'client-secret') }),
  ])();
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'edi')}`, 'EDI interchanges rejected', t);
};

const changeHc = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  const tok = c.cred(T.opaque(r, r.int(28, 44)), 'bearer-token');
  const body = { controlNumber: r.num(9), tradingPartnerServiceId: r.pick(PAYERS)[1], provider: { organizationName: k.org.name, npi: '1730188247' }, subscriber: { memberId: c.pii(`${r.pick(['W', 'XEH'])}${r.num(9)}`, 'member-id'), firstName: c.pii(p.given, 'person-name'), lastName: c.pii(p.family, 'person-name'), gender: p.female ? 'F' : 'M', dateOfBirth: c.pii(dobIn(p.dob, 'hl7'), 'birth-date') }, encounter: { serviceTypeCodes: ['30'] } };
  const sec = c.cred(T.clientSecret(r), 'client-secret');
  const text = `${iso(t, true)} WARN changehc.eligibility POST https://apigw.changehealthcare.com/medicalnetwork/eligibility/v3 -> ${r.pick([400, 401, 502])}\n  oauth: client_id=${r.alnum(32)} client_secret=${sec}\n  Authorization: Bearer ${tok}\n  body: ${JSON.stringify(body)}\n  errors: [{"field":"subscriber.memberId","description":"Invalid Member ID","code":"72","followupAction":"Please Correct and Resubmit"}]`;
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'changehc')}`, 'Change Healthcare eligibility failing', t);
};

export const X12_SOURCES: readonly Source87[] = [
  { name: 'edi-gateway', formats: [ediGateway, ediGateway] },
  { name: 'changehc-elig', formats: [changeHc] },
];
