import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { aba, ssn } from './generators';
import { DIG, rng, UPPER } from './sample-rng';

/**
 * Round g27a (blind set 27: people operations): values inside record formats that name their fields
 * (PDF form dumps, vCards with folded lines, quoted-printable mail, payroll tables whose bank columns
 * are only called `bank_1`, USCIS receipts), each in contexts other than the set's, a value counting
 * only when fully covered, and the look-alikes beside them that must stay clean.
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const r = rng(2727);

const GIVEN = ['Leontyne', 'Cormac', 'Ifeoma', 'Rasmus', 'Yolanda', 'Tobiah'];
const FAMILY = ['Vanterpool', 'Kirkegaard', 'Adebayo-Cole', 'Espinoza', 'Haverkamp', 'Quennell'];
const person = (): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;
/** A nine-digit passport number. */
const passport = (): string => `${r.int(1, 9)}${r.str(DIG, 8)}`;
/** A UK sort code. */
const sortCode = (): string => `${r.int(10, 99)}-${r.str(DIG, 2)}-${r.str(DIG, 2)}`;
/** An Indian IFSC (four letters, a zero, six branch characters). */
const ifsc = (): string => `${r.str(UPPER, 4)}0${r.str(DIG, 6)}`;
/** A bank account number of `n` digits (no run of one digit). */
const account = (n: number): string => `${r.int(1, 9)}${r.str(DIG, n - 2)}${r.int(1, 9)}`;

describe('round g27a: PDF form field dumps', () => {
  it('finds names and passport numbers in FDF fields named for them', () => {
    const name = person();
    const pp = passport();
    const fdf = `pdftk: fill_form warning, fdf follows\n%FDF-1.2\n1 0 obj<</FDF<</Fields[<</T(Legal Name)/V(${name})>><</T(passport_no)/V(${pp})>><</T(start_date)/V(2027-01-04)>>]>>>>endobj`;
    expect(found(fdf, name), fdf).toBe(true);
    expect(found(fdf, pp), fdf).toBe(true);
    const spaced = `[hr-forms] FDF: << /T (spouse_name) /V (${name}) >> << /T (plan) /V (PPO) >>`;
    expect(found(spaced, name), spaced).toBe(true);
  });

  it('finds names and ids in XFDF fields named for them, not plan, company or masked values', () => {
    const name = person();
    const s = ssn(r);
    const xfdf = `<xfdf xmlns="http://ns.adobe.com/xfdf/"><fields>\n<field name="beneficiary_name"><value>${name}</value></field>\n<field name="beneficiary_ssn"><value>${s}</value></field>\n</fields></xfdf>`;
    expect(found(xfdf, name), xfdf).toBe(true);
    expect(found(xfdf, s), xfdf).toBe(true);
    const dependent = person();
    const one = `XFDF import failed for <field name="dependent_full_name"> <value>${dependent}</value></field>`;
    expect(found(one, dependent), one).toBe(true);
    // Near misses: plan names, company names and masked values in form fields, clean.
    const clean = [
      '%FDF-1.2\n1 0 obj<</FDF<</Fields[<</T(plan_name)/V(Gold PPO Plus)>><</T(full_name)/V(Acme Benefits Team)>>]>>>>endobj',
      '<xfdf><fields><field name="employee_ssn"><value>XXX-XX-1234</value></field><field name="employee_name"><value>[REDACTED]</value></field></fields></xfdf>',
      `<field name="passport_no"><value>000000000</value></field><field name="department"><value>People Operations</value></field>`,
    ];
    for (const t of clean) expect(leaks(t), t).toEqual([]);
  });
});

describe('round g27a: vCard home addresses, folded lines read on', () => {
  it('finds a home address whole, folded or not', () => {
    const folded = `;;${r.int(10, 999)} Larchmont Dr;Sp\r\n okane;WA;99${r.str(DIG, 3)};US`;
    const card = `[carddav] PUT failed (412), card follows\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:${person()}\r\nADR;TYPE=HOME:${folded}\r\nEND:VCARD`;
    expect(found(card, folded), card).toBe(true);
    const plain = `;;Flat ${r.int(2, 40)}, ${r.int(1, 99)} Queen's Rd;Bristol;;BS8 ${r.int(1, 9)}QY;UK`;
    const v4 = `BEGIN:VCARD\nVERSION:4.0\nADR;TYPE=home,pref:${plain}\nEND:VCARD`;
    expect(found(v4, plain), v4).toBe(true);
  });

  it("reports a company card's work address as public, not as a leak", () => {
    const card = `BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Northwind Traders, Inc.\r\nFN:Northwind Payroll Desk\r\nADR;TYPE=WORK:;;${r.int(100, 999)} Market St, Suite ${r.int(100, 900)};San Francisco;CA;94105;US\r\nEND:VCARD`;
    expect(leaks(card), card).toEqual([]);
  });
});

describe('round g27a: quoted-printable mail with UTF-8 characters', () => {
  it('reads names and addresses written with =C3=xx escapes, not accented words alone', () => {
    const mail = [
      'Content-Type: text/plain; charset="utf-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Hallo J=C3=BCrgen Kr=C3=A4mer,',
      'bitte best=C3=A4tigen Sie Ihre Adresse (Lindenstra=C3=9Fe 41, 10969 Berlin).',
    ].join('\n');
    expect(found(mail, 'J=C3=BCrgen Kr=C3=A4mer'), mail).toBe(true);
    expect(found(mail, 'Lindenstra=C3=9Fe 41, 10969 Berlin'), mail).toBe(true);
    // Near misses: a QP body with accented words and no person in it, clean.
    const plain = 'Content-Transfer-Encoding: quoted-printable\n\nViele Gr=C3=BC=C3=9Fe aus dem People-Team, Ihre Personalabteilung =E2=80=93 bis bald.';
    expect(leaks(plain), plain).toEqual([]);
  });
});

describe('round g27a: payroll tables whose bank columns say only `bank`', () => {
  it('finds routing codes and the account beside them in bank_1 / bank_2 columns, not bank names or lone numbers', () => {
    const sc = sortCode();
    const acc1 = account(8);
    const code = ifsc();
    const acc2 = account(12);
    const rt = aba(r);
    const acc3 = account(10);
    const tsv = `head payroll.tsv:\nemployee\tcountry\tbank_1\tbank_2\tgross\nE-${r.str(DIG, 4)}\tGB\t${sc}\t${acc1}\t4100.00\nE-${r.str(DIG, 4)}\tIN\t${code}\t${acc2}\t2200.50\nE-${r.str(DIG, 4)}\tUS\t${rt}\t${acc3}\t6120.00`;
    for (const v of [sc, acc1, code, acc2, rt, acc3]) expect(found(tsv, v), `${v}\n${tsv}`).toBe(true);
    const sc2 = sortCode();
    const acc4 = account(8);
    const csv = `payroll_batch rejected; rows:\n"emp","Bank 1","Bank 2","net"\n"${r.str(DIG, 5)}","${sc2}","${acc4}","3.100,00"`;
    expect(found(csv, sc2), csv).toBe(true);
    expect(found(csv, acc4), csv).toBe(true);
    // Near misses: bank names, and numbers with no routing code beside them,, clean.
    const t = `employee\tbank_1\tbank_2\tcost_centre\nE-${r.str(DIG, 4)}\tBarclays\t${r.str(DIG, 6)}\tCC-${r.str(DIG, 3)}\nE-${r.str(DIG, 4)}\tHSBC\t${r.str(DIG, 7)}\tCC-${r.str(DIG, 3)}`;
    expect(leaks(t), t).toEqual([]);
  });
});

describe('round g27a: USCIS receipts and names under applicant or candidate keys', () => {
  it('finds USCIS receipt numbers under a receipt key', () => {
    for (const p of ['IOE', 'WAC', 'LIN', 'SRC']) {
      const v = `${p}${r.int(20, 29)}${r.str(DIG, 8)}`;
      for (const t of [`immigration-sync: case updated receipt=${v} status=RFE`, `{"petition":"I-129","receiptNumber":"${v}"}`, `Receipt #: ${v} (premium processing)`])
        expect(found(t, v), t).toBe(true);
    }
  });

  it('finds a candidate or applicant named beside their ids, not store receipts or short codes', () => {
    const a = person();
    const t1 = `Screening complete\nCandidate: ${a}\nSSN: ${ssn(r)}`;
    expect(found(t1, a), t1).toBe(true);
    const b = person();
    const t2 = `relocation: applicant: ${b}  passport=${passport()}`;
    expect(found(t2, b), t2).toBe(true);
    // Near misses: store receipts and short case codes, clean.
    for (const t of [`stripe: receipt_number=${r.str(DIG, 4)}-${r.str(DIG, 4)} sent`, `receipt=EAC${r.str(DIG, 6)} malformed`, `receipt=RCPT-${r.str(DIG, 10)}`])
      expect(leaks(t), t).toEqual([]);
  });
});
