import { describe, expect, it } from 'vitest';
import { abaValid, cardBrand, ibanValid, luhnValid, shannonEntropy, ssnValid } from '../../../src/scan';
import { aba, cardNumber, iban, rng } from './generators';

describe('Luhn', () => {
  it.each([
    ['4242424242424242', true], ['4242424242424241', false], ['378282246310005', true], ['0', false],
    ['79927398713', true], ['79927398710', false], ['', false], ['4242-4242', false], ['00', true],
  ])('%s → %s', (d, ok) => expect(luhnValid(d)).toBe(ok));

  it('accepts generated cards and rejects every single-digit change', () => {
    const r = rng(1);
    for (let i = 0; i < 200; i++) {
      const d = cardNumber(r).replace(/\D/g, '');
      expect(luhnValid(d)).toBe(true);
      const pos = r.int(0, d.length - 1);
      const changed = d.slice(0, pos) + String((Number(d[pos]) + r.int(1, 9)) % 10) + d.slice(pos + 1);
      expect(luhnValid(changed)).toBe(false);
    }
  });
});

describe('card brands', () => {
  it.each([
    ['4242424242424242', 'visa'], ['5555555555554444', 'mastercard'], ['2223003122003222', 'mastercard'],
    ['378282246310005', 'amex'], ['6011111111111117', 'discover'], ['3566002020360505', 'jcb'],
    ['36227206271667', 'diners'], ['4242424242424', 'visa'], ['424242424242424', null], ['1234567812345670', null],
    ['3782822463100050', null], ['8790400011122233344', null],
  ])('%s → %s', (d, brand) => expect(cardBrand(d)).toBe(brand));
});

describe('IBAN mod-97', () => {
  it.each([
    ['DE89370400440532013000', true], ['GB82WEST12345698765432', true], ['FR1420041010050500013M02606', true],
    ['NO9386011117947', true], ['DE89370400440532013001', false], ['GB82WEST1234569876543', false],
    ['XX89370400440532013000', false], ['de89370400440532013000', true], ['DE8937040044053201300!', false],
  ])('%s → %s', (v, ok) => expect(ibanValid(v)).toBe(ok));

  it('accepts generated IBANs and rejects swapped digits', () => {
    const r = rng(2);
    for (let i = 0; i < 200; i++) {
      const v = iban(r, false);
      expect(ibanValid(v)).toBe(true);
      const swapped = v.slice(0, 10) + v[11] + v[10] + v.slice(12);
      if (swapped !== v) expect(ibanValid(swapped)).toBe(false);
    }
  });
});

describe('ABA routing checksum', () => {
  it.each([
    ['021000021', true], ['011000015', true], ['121000358', true], ['021000022', false],
    ['000000000', false], ['991000021', false], ['12345678', false], ['0210000210', false],
  ])('%s → %s', (v, ok) => expect(abaValid(v)).toBe(ok));

  it('accepts generated routing numbers', () => {
    const r = rng(3);
    for (let i = 0; i < 200; i++) expect(abaValid(aba(r))).toBe(true);
  });
});

describe('SSN structure', () => {
  it.each([
    ['123456780', true], ['000123456', false], ['666123456', false], ['900123456', false],
    ['123006789', false], ['123450000', false], ['111111111', false], ['123456789', false],
  ])('%s → %s', (v, ok) => expect(ssnValid(v)).toBe(ok));
});

describe('Shannon entropy', () => {
  it('is 0 for one repeated character and log2(n) for n distinct characters', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('abcd')).toBeCloseTo(2);
    expect(shannonEntropy('0123456789abcdef')).toBeCloseTo(4);
  });
});
