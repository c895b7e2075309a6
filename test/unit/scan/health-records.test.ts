import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { utrValid } from '../../../src/scan/detectors/health-ids';
import { fullyCovered } from '../../helpers/coverage-tally';
import { B62, DIG, UPPER, rng, type Rng } from './sample-rng';
import { aba, ssn } from './generators';
import { bsn } from './generators-r2p';
import { nhsOf } from './generators-pf18';

/**
 * Round f24 (blind set 24, regulated-industry integrations, measured at first sight, now tuning material): record
 * formats read field by field (HL7 v2, DICOM, NCPDP, CDA, X12), member ids and MBIs, national ids under filing field
 * names, EDI credentials; values drawn here, in contexts other than the set's, and the look-alikes that stay clean.
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const r = rng(Number(process.env['F24_SEED'] ?? 24));

const FAMILY = ['NAKAMURA', 'OYELARAN', 'BERGSTROM', 'PADILLA', 'WOJCIK', 'FAIRWEATHER'];
const GIVEN = ['TOMASZ', 'ADAEZE', 'LISBETH', 'RAFAEL', 'HIROKO', 'GWENDOLYN'];
const name = (g: Rng) => `${g.pick(FAMILY)}^${g.pick(GIVEN)}`;
const dob = (g: Rng) => `${g.int(1935, 2005)}${String(g.int(1, 12)).padStart(2, '0')}${String(g.int(1, 28)).padStart(2, '0')}`;
const dos = () => `2026${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}`;
const MBI_L = 'ACDEFGHJKMNPQRTUVWXY';
const mbi = (g: Rng) => `${g.int(1, 9)}${g.str(MBI_L, 1)}${g.str(MBI_L + DIG, 1)}${g.int(0, 9)}${g.str(MBI_L, 1)}${g.str(MBI_L + DIG, 1)}${g.int(0, 9)}${g.str(MBI_L, 2)}${g.str(DIG, 2)}`;
const memberId = (g: Rng) => `${g.str(UPPER, 1)}${g.str(DIG, 8)}${g.str(UPPER, 2)}`;
/** A UK UTR: nine digits and the check digit before them. */
function utr(g: Rng): string {
  for (;;) {
    const v = String(g.int(0, 9)) + g.str(DIG, 9);
    if (utrValid(v)) return v;
  }
}

describe('round f24: record formats read field by field', () => {
  it('reads HL7 v2 PID, NK1 and GT1 fields (names, birth dates, typed ids, PID-19, addresses) on any separator', () => {
    for (const sep of ['\r', '\\r', '\n']) {
      const n = name(r), b = dob(r), nhs = nhsOf(r), s = ssn(r).replace(/-/g, '');
      const msg = [`MSH|^~\\&|CERNER|GENHOSP|CLOVERLEAF|HIE|${dos()}0930||ADT^A31|${r.str(DIG, 8)}|P|2.3`, `PID|1|${r.str(DIG, 6)}|${nhs}^^^NHSBT^NH~${r.str(DIG, 7)}^^^GH^MR||${n}^Q^^DR||${b}0000|F|||14 Quarry Ln^^Leeds^WY^75001^GBR||||||||${s}`, `GT1|1||${name(r)}||^^Hull^HU^75002`].join(sep);
      const text = `cloverleaf: xlate error on thread adt_out, message held: ${msg}`;
      for (const v of [n, b, nhs, s]) expect(found(text, v), `${JSON.stringify(sep)} ${v}`).toBe(true);
    }
    const s19 = ssn(r).replace(/-/g, ''), dl = `D${r.str(DIG, 7)}`;
    const listed = `hl7-validator: PID-19 present without consent (fields PID-3, PID-19, PID-20 follow)\n  (PID-3, PID-19, PID-20): ${r.str(DIG, 7)}^^^CLINIC^MR | ${s19} | ${dl}^NV`;
    for (const v of [s19, dl]) expect(found(listed, v), v).toBe(true);
    const street = `${r.int(10, 9999)} Birch Hollow Rd\\T\\Unit ${r.int(1, 9)}`;
    expect(found(`NK1|1|${name(r)}|SPO|${street}^^Fargo^ND^58102^USA^H`, street)).toBe(true);
  });

  it('reads DICOM patient elements (dcmdump and pydicom), NCPDP fields and CDA headers', () => {
    const n = `${name(r)}^${r.str(UPPER, 1)}`, pid = `MR${r.str(DIG, 7)}`, b = dob(r);
    const dump = `findscu: C-FIND response\n(0010,0010) PN [${n}]    # 24, 1 PatientName\n(0010,0020) LO [${pid}]  # 10, 1 PatientID\n(0010,0030) DA [${b}]    # 8, 1 PatientBirthDate`;
    for (const v of [n, pid, b]) expect(found(dump, v), v).toBe(true);
    const pn = name(r);
    expect(found(`(0010, 0010) Patient's Name                      PN: '${pn}'`, pn)).toBe(true);
    const card = memberId(r), b2 = dob(r);
    const claim = `switch rejected B2: ${r.str(DIG, 6)}D0B2${r.str(DIG, 10)}\x1cAM04\x1cC2${card}\x1cC1GRP${r.str(DIG, 4)}\x1cAM01\x1cC4${b2}\x1cC52`;
    for (const v of [card, b2]) expect(found(claim, v), v).toBe(true);
    const s = ssn(r).replace(/-/g, ''), b3 = dob(r);
    const cda = `<recordTarget><patientRole><id extension="${s}" root="2.16.840.1.113883.4.1"/><patient><birthTime value="${b3}"/></patient></patientRole></recordTarget>`;
    for (const v of [s, b3]) expect(found(cda, v), v).toBe(true);
  });

  it('reads X12 subscriber loops (NM1 ids, DMG, N3, REF*SY) and BPR bank fields', () => {
    const id = memberId(r), b = dob(r), s = ssn(r).replace(/-/g, ''), street = `${r.int(100, 9999)} CEDAR KNOLL DR`;
    const x12 = `276 status request failed: HL*3*2*22*0~NM1*IL*1*${r.pick(FAMILY)}*${r.pick(GIVEN)}*Q***MI*${id}~N3*${street}~N4*AUSTIN*TX*78701~DMG*D8*${b}*M~REF*SY*${s}~`;
    for (const v of [id, b, s, street]) expect(found(x12, v), v).toBe(true);
    const rt = aba(r), acct = r.str(DIG, 11);
    const bpr = `820 premium payment: BPR*C*${r.int(100, 9000)}.00*C*ACH*CTX*01*${aba(r)}*DA*${r.str(DIG, 9)}*${r.str(DIG, 10)}**01*${rt}*SG*${acct}*${dos()}~`;
    for (const v of [rt, acct]) expect(found(bpr, v), v).toBe(true);
  });

  it('finds member ids, Medicare MBIs, and national ids under filing field names', () => {
    const id = memberId(r), m = mbi(r);
    expect(found(`eligibility cache miss for {"payer":"60054","insuredId":"${id}","relationship":"18"}`, id)).toBe(true);
    expect(found(`crossover claim: Medicare MBI ${m} not on file with the MAC`, m)).toBe(true);
    const u = utr(r), b = bsn(r);
    expect(found(`self-assessment: {"nino":"redacted","sa_utr":"${u}","period":"2025-26"}`, u)).toBe(true);
    expect(found(`<inkomstenverhouding><SofiNr>${b}</SofiNr></inkomstenverhouding>`, b)).toBe(true);
  });

  it('finds EDI credentials: keystore passwords, PSKs, PKCS#12 bundles, Authorize.Net keys', () => {
    const pw = `${r.str(B62, 10)}!${r.int(10, 99)}`;
    expect(found(`keytool -importkeystore -srckeystore partner.p12 -srcstoretype PKCS12 -storepass ${pw}`, pw)).toBe(true);
    const psk = r.str(B62, 28);
    expect(found(`192.0.2.10 %any : PSK "${psk}"`, psk)).toBe(true);
    const p12 = `MIIKCQIBAzCCCc8G${r.str(B62 + '+/', 400)}`;
    expect(found(`AS2 partner cert (base64): ${p12}`, p12)).toBe(true);
    const tk = r.str(B62, 16);
    expect(found(`authnet request {"merchantAuthentication":{"name":"${r.str(B62, 8)}","transactionKey":"${tk}"}}`, tk)).toBe(true);
  });

  it('finds names beside a record id, not names alone or names of companies', () => {
    const rt = aba(r);
    expect(found(`refund ACH returned R04: payee="Hiroko Nakamura" routing_number=${rt} account_number=${r.str(DIG, 10)}`, 'Hiroko Nakamura')).toBe(true);
    const names = (t: string) => leaks(t).filter((f) => f.detector === 'person-name-in-record');
    expect(names(`vendor payee="Medline Industries Inc" routing_number=${rt}`)).toEqual([]);
    expect(leaks('webhook delivered: name="Nakamura, Hiroko" status=sent')).toEqual([]);
  });
});

describe('round f24: look-alikes that stay clean', () => {
  it('does not flag codes, control ids, NPIs, dates of service, test patients or masks', () => {
    for (const t of [
      `MSH|^~\\&|LIS|LAB|EHR|HOSP|${dos()}1200||ORU^R01|${r.str(DIG, 12)}|P|2.5.1\rOBR|1|${r.str(DIG, 8)}|${r.str(DIG, 8)}|24323-8^Comprehensive metabolic panel^LN|||${dos()}0800`,
      `PID|1||TEST${r.int(1, 9)}^^^SYN^MR||TEST^PATIENT||${dos()}|U`,
      `(0010,0010) PN [ANONYMIZED]\n(0010,0020) LO [ANONYMIZED]\n(0008,0020) DA [${dos()}]`,
      `NM1*85*2*LAKESIDE PEDIATRICS*****XX*1${r.str(DIG, 9)}~DTP*472*D8*${dos()}~SV1*HC:99213*120.00*UN*1***1~`,
      `eligibility fallback: memberId=XXXXXXX${r.str(DIG, 4)} subscriber_id=***${r.str(DIG, 4)}`,
      'tin-check: 078-05-1120 and 219-09-9999 are documentation SSNs',
      `supplier CNPJ 11.222.333/0001-81 registered`,
      'lti: auth=https://sso.example.edu/api/lti/authorize_redirect jwks=https://sso.example.edu/api/lti/security/jwks',
      'keystore: /etc/pki/partner.p12 (storepass=${KEYSTORE_PASS})',
    ])
      expect(leaks(t), t).toEqual([]);
  });
});
