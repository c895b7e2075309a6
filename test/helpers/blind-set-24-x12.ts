import type { Rng9 } from './blind-set-9-rng';
import type { PosTemplate24 } from './blind-set-24-types';
import { abaRouting, fmtDate, memberId, npi, person, recentDate, ssn, usAccount, usAddress } from './blind-set-24-values';

/** X12 EDI (270/271, 837, 835) in clearinghouse errors, with `~` segment and `*` element delimiters. */

const isa = (r: Rng9, sender: string) => {
  const d = recentDate(r);
  const ctl = r.digits(9);
  return `ISA*00*          *00*          *ZZ*${sender.padEnd(15)}*ZZ*${r.pick(['CLAIMSCH', 'AVAILITY', '030240928']).padEnd(15)}*${fmtDate(d, 'ymd').slice(2)}*${r.int(10, 23)}${r.digits(2)}*^*00501*${ctl}*0*P*:~`;
};

export const X12_TEMPLATES: PosTemplate24[] = [
  {
    source: 'x12',
    name: 'availity-270',
    make: (r, b) => {
      const p = person(r);
      const secret = r.b62(32);
      return `availity-eligibility ERROR 400 AAA*Y**72*C~ (Invalid/Missing Subscriber/Insured ID) for trace ${r.digits(10)}
request (270): ${isa(r, 'SUBMITTER' + r.digits(4))}GS*HS*SUBMITTER*AVAILITY*${fmtDate(recentDate(r), 'ymd')}*1200*${r.int(1, 9999)}*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*${r.digits(10)}*${fmtDate(recentDate(r), 'ymd')}*1200~HL*1**20*1~NM1*PR*2*${r.pick(['HUMANA', 'CIGNA', 'AETNA'])}*****PI*${r.digits(5)}~HL*2*1*21*1~NM1*1P*2*RIVERSIDE FAMILY MEDICINE*****XX*${npi(r)}~HL*3*2*22*0~TRN*1*${r.digits(12)}*9${r.digits(9)}~NM1*IL*1*${p.last.toUpperCase()}*${p.first.toUpperCase()}****MI*${b.p('member-id', memberId(r))}~DMG*D8*${b.p('birth-date', fmtDate(p.dob, 'ymd'))}~DTP*291*D8*${fmtDate(recentDate(r), 'ymd')}~EQ*30~SE*13*0001~
token cache: AVAILITY_CLIENT_ID=${r.hex(32)} AVAILITY_CLIENT_SECRET=${b.c('client-secret', secret)}`;
    },
  },
  {
    source: 'x12',
    name: '837p-subscriber-reject',
    make: (r, b) => {
      const p = person(r);
      const a = usAddress(r);
      return `Claim scrubber rejected batch ${r.digits(6)} (837P) at loop 2010BA: N4 postal code does not match state
...~HL*2*1*22*0~SBR*P*18*GRP${r.digits(5)}******CI~NM1*IL*1*${p.last.toUpperCase()}*${p.first.toUpperCase()}~N3*${b.p('address', a.street.toUpperCase())}~N4*${a.city.toUpperCase()}*${a.state === 'WA' ? 'OR' : 'WA'}*${a.zip}~REF*SY*${b.p('ssn', ssn(r).replace(/-/g, ''))}~NM1*PR*2*MOLINA HEALTHCARE*****PI*${r.digits(5)}~CLM*${r.digits(8)}*${r.int(80, 900)}.00***11:B:1*Y*A*Y*Y~HI*ABK:${r.pick(['E119', 'I10', 'J069', 'M545'])}~...`;
    },
  },
  {
    source: 'x12',
    name: '835-bpr-eft',
    make: (r, b) => {
      const payerRt = abaRouting(r);
      const payeeRt = abaRouting(r);
      return `era-ingest: 835 rejected, BPR02 ${r.int(1000, 90000)}.${r.digits(2)} does not equal sum of CLP04; file ERA_${r.digits(8)}.835 moved to /edi/inbound/error
ST*835*${r.digits(4)}~BPR*I*${r.int(1000, 90000)}.${r.digits(2)}*C*ACH*CCP*01*${payerRt}*DA*${r.digits(10)}*1${r.digits(9)}**01*${b.f('aba-routing', payeeRt)}*DA*${b.f('bank-account', usAccount(r))}*${fmtDate(recentDate(r), 'ymd')}~TRN*1*${r.digits(12)}*1${r.digits(9)}~N1*PR*${r.pick(['BLUE SHIELD OF CALIFORNIA', 'WELLCARE', 'TRICARE EAST'])}~N1*PE*NORTHGATE ORTHOPEDICS*XX*${npi(r)}~`;
    },
  },
  {
    source: 'x12',
    name: 'sftp-837-drop',
    make: (r, b) => {
      const raw = r.password(16);
      const pw = encodeURIComponent(raw.slice(0, 6) + r.pick(['@', '#', '/', '%', '&', '+']) + raw.slice(6));
      return `2026-12-05T0${r.int(1, 8)}:${r.int(10, 59)}:00Z claims-uploader ERROR upload of 837P_${r.digits(8)}.x12 failed after 3 attempts
  target=sftp://sub_${r.digits(6)}:${b.c('password-urlencoded', pw)}@sftp.${r.pick(['changehealthcare.com', 'officeally.com', 'trizetto.com'])}:22/inbound/837
  cause: Error: All configured authentication methods failed (publickey,password)`;
    },
  },
  {
    source: 'x12',
    name: 'changehealthcare-271-json',
    make: (r, b) => {
      const p = person(r);
      const a = usAddress(r);
      const tok = r.b64url(48);
      return JSON.stringify({
        level: 'error',
        msg: 'eligibility response failed schema validation: planStatus[0].serviceTypeCodes must be array',
        request: { url: 'https://apigw.changehealthcare.com/medicalnetwork/eligibility/v3', headers: { authorization: `Bearer ${b.c('access-token', tok)}` } },
        response: {
          controlNumber: r.digits(9),
          tradingPartnerServiceId: r.digits(5),
          subscriber: {
            memberId: b.p('member-id', memberId(r)),
            firstName: p.first.toUpperCase(),
            lastName: p.last.toUpperCase(),
            gender: p.sex,
            dateOfBirth: b.p('birth-date', fmtDate(p.dob, 'ymd')),
            address: { city: a.city.toUpperCase(), state: a.state, postalCode: a.zip },
          },
        },
      });
    },
  },
];
