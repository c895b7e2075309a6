import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { covered, leaks } from '../../helpers/leak-checks';
import { hetuCode } from '../../helpers/national-id-values-2';

/** Blind set 12's personal classes, values drawn at test time. */
const int = (lo: number, hi: number): number => randomInt(lo, hi + 1);

describe('personal data in blind set 12 contexts', () => {
  it('finds AU mobiles in national 4-3-3 layout, not as the head of a longer row', () => {
    const m = `04${int(10, 99)} ${int(100, 999)} ${int(100, 999)}`;
    expect(covered(`pipedrive: person.update 400 phone[0].value="${m}" label=mobile`, m)).toBe(true);
    expect(covered(`Call back on ${m} after 5pm`, m)).toBe(true);
    expect(leaks(`matrix row: ${m} 123 456`)).toEqual([]);
  });
  it('finds an id under the eIDAS attribute nationalIdentificationNumber', () => {
    const h = hetuCode(int);
    expect(covered(`suomifi-auth: SAML attribute (nationalIdentificationNumber) = ${h}; session expired`, h)).toBe(true);
    expect(covered(`{"attributes":{"nationalIdentificationNumber":"${h}","sn":"Virtanen"}}`, h)).toBe(true);
    expect(leaks(`nationalIdentificationNumber = ${int(100000, 999999)}-${int(1000, 9999)}X`)).toEqual([]);
  });
});
