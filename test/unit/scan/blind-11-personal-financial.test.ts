import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { aba, ahv, medicare, myNumber, rrn, svnr } from './generators-pf11';
import { DIG, rng } from './sample-rng';

/** Blind set 11's personal and financial classes (branch issue-pf11): values generated at test time, checksums valid. */
const scanner = createScanner();
const covered = (text: string, value: string): boolean => {
  const at = text.indexOf(value);
  return scanner.scan(text).filter(isLeak).some((f) => f.start <= at && f.end >= at + value.length);
};
const leaks = (text: string): number => scanner.scan(text).filter(isLeak).length;
const r = rng(11);
/** Changes the last digit, so the checksum fails. */
const badCheck = (v: string): string => v.slice(0, -1) + String((Number(v.at(-1)) + 1) % 10);
const luhnCard = (prefix: string, len: number): string => {
  const body = prefix + r.str(DIG, len - prefix.length - 1);
  for (let c = 0; c < 10; c++) {
    const s = body + c;
    const sum = [...s].reverse().reduce((a, ch, i) => a + (i % 2 ? (Number(ch) * 2 > 9 ? Number(ch) * 2 - 9 : Number(ch) * 2) : Number(ch)), 0);
    if (sum % 10 === 0) return s;
  }
  return body + '0';
};
const dniLetter = (n: string): string => 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]!;

describe('national ids under their keys (set 11)', () => {
  it('CH AHV, AT SVNR, JP My Number, KR RRN', () => {
    for (let i = 0; i < 5; i++) {
      const cases: [string, string][] = [
        [ahv(r), 'AHV-Nr. %s unbekannt'], [ahv(r), '{"avs_number":"%s"}'],
        [svnr(r), 'Versicherungsnummer %s ungültig'], [svnr(r), 'svnr=%s'],
        [myNumber(r), 'my_number="%s"'], [myNumber(r).replace(/ /g, ''), '{"myNumber":"%s"}'],
        [rrn(r), '{"rrn":"%s"}'], [rrn(r), 'resident registration number: %s'],
      ];
      for (const [v, t] of cases) {
        expect(covered(t.replace('%s', v), v), t.replace('%s', v)).toBe(true);
        // A 4-4-4 run from 0 reads as a national phone number (`0955 2908 2047`): that finding is not this test's.
        if (!v.startsWith('0')) expect(leaks(t.replace('%s', badCheck(v))), `bad check ${t.replace('%s', badCheck(v))}`).toBe(0);
      }
    }
  });
  it('no key, no finding', () => {
    expect(leaks(`order ${ahv(r)} shipped`)).toBe(0);
    expect(leaks(`batch ${rrn(r)} done`)).toBe(0);
    expect(leaks(`trace 6422 5443 7583 x`)).toBe(0);
  });
  it('AU Medicare on a Medicare line; a generic key elsewhere is not one', () => {
    const v = medicare(r);
    expect(covered(`medicare online verification failed: card_number="${v}" irn=1`, v)).toBe(true);
    expect(leaks(`gift card_number="${v}" declined`)).toBe(0);
    expect(leaks(`medicare verification: card_number="${badCheck(v.slice(0, -2)) + v.slice(-2)}"`)).toBe(0);
  });
  it('generic id keys: nin=, identificationData.number field then value, DNI layout', () => {
    const n = String(r.int(10000000, 99999999)), dni = n + dniLetter(n);
    const t = `{"invalidFields":[{"name":"individual.identificationData.number","value":"${dni}"}]}`;
    expect(covered(t, dni), t).toBe(true);
    expect(leaks(t.replace(dni, n + (dniLetter(n) === 'A' ? 'B' : 'A')))).toBe(0);
    expect(covered('Vipps userinfo error: nin=19049826284 mismatch', '19049826284')).toBe(true);
    expect(leaks('Vipps userinfo error: nin=19049826285 mismatch')).toBe(0);
  });
  it('PT NIF under a vat key (checksum)', () => {
    expect(covered('{"vat":"112125689","name":"Thiago"}', '112125689')).toBe(true);
    expect(leaks('{"vat":"112125680","name":"Thiago"}')).toBe(0);
  });
  it('passport under a generic id key when the line names a passport class', () => {
    const v = `${r.int(1, 9)}${r.str(DIG, 8)}`;
    expect(covered(`{"id_class":"pp","id_number":"${v}","issuing_country":"US"}`, v)).toBe(true);
    expect(covered(`document_type=PASSPORT document_number=${v}`, v)).toBe(true);
    expect(leaks(`{"id_class":"dl-history","id_number":"${v}"}`)).toBe(0);
  });
});

describe('dates of birth and phones (set 11)', () => {
  it('a named field, then its value', () => {
    expect(covered('tab "dob" value "25 March 1989" failed pattern validation', '25 March 1989')).toBe(true);
    expect(covered("field 'birthDate' valor '1981-01-26'", '1981-01-26')).toBe(true);
    expect(leaks('tab "created" value "25 March 1989"')).toBe(0);
  });
  it('SE, DE slash and BR layouts', () => {
    expect(covered('to=["070-964 10 04"] failed', '070-964 10 04')).toBe(true);
    expect(covered('recipient 0151/5358246 rejected', '0151/5358246')).toBe(true);
    expect(covered("field is invalid: '(21) 93680-4927'", '(21) 93680-4927')).toBe(true);
    expect(leaks('GET /api/0151/5358246 200')).toBe(0);
    expect(leaks('build 2024-11 (21) 3680-4927')).toBe(0);
  });
});

describe('cards and bank files (set 11)', () => {
  it('14-digit Diners in a SQL row, 12-digit Maestro in XML, 4-6-5 %20 Amex', () => {
    const diners = luhnCard('38', 14), maestro = luhnCard('5018', 12), amex = luhnCard('37', 15);
    expect(covered(`INSERT INTO payment_methods (customer_id, pan, brand) VALUES (42, '${diners}', 'DINERS')`, diners)).toBe(true);
    expect(covered(`<CARD-SSL><cardNumber>${maestro}</cardNumber>`, maestro)).toBe(true);
    const enc = `${amex.slice(0, 4)}%20${amex.slice(4, 10)}%20${amex.slice(10)}`;
    expect(covered(`payment%5Bcard_number%5D=${enc}&x=1`, enc)).toBe(true);
    expect(leaks(`request_id=${diners} ok`)).toBe(0);
    expect(leaks(`order ${maestro} total`)).toBe(0);
    expect(leaks(`<cardNumber>${badCheck(maestro)}</cardNumber>`)).toBe(0);
  });
  it('NACHA header and entry detail, BAI2 03 records (16 records are not accounts)', () => {
    const rt = aba(r), acct = `${r.int(1, 9)}${r.str(DIG, 10)}`;
    const nacha = `ACH file rejected by ODFI\n101 ${rt} 1234567890261124${r.int(1000, 2359)}A094101ACME BANK\n6270${rt}${acct.padEnd(17, ' ')}0000123456123456789012345ANN LEE               0123456789012345`;
    expect(covered(nacha, rt)).toBe(true);
    expect(covered(nacha, acct)).toBe(true);
    const bacct = `${r.int(1, 9)}${r.str(DIG, 9)}`;
    const bai = `BAI2 parse error\n01,123456789,ACMEBANK,261124,0200,1,,,2/\n02,ACMECORP,123456789,1,261123,2400,,2/\n03,${bacct},USD,010,500000,,/\n16,1234567890,USD,x`;
    expect(covered(bai, bacct)).toBe(true);
    expect(scanner.scan(bai).filter(isLeak).length).toBe(1);
    expect(leaks(`BAI2 error\n03,${bacct},USD,010`)).toBe(0);
  });
});
