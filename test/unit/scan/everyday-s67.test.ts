import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, UP, str, everydayProbe } from '../../helpers/everyday-kit';
import { einValid } from '../../../src/scan/id-checksums-world';

/**
 * Fixes after blind set 67 (accounting and billing integrations): EINs under tax-id keys, Sage Intacct
 * session ids, OAuth 1.0a signing keys — in contexts other than the set's; beside them the look-alikes that stay clean.
 */
const { found, clean } = everydayProbe();
const ein = (): string => {
  for (;;) {
    const v = `${['12', '27', '46', '54', '83'][Number(str(DIG, 1)) % 5]}-${str(DIG, 7)}`;
    if (einValid(v)) return v;
  }
};
const sid = (): string => `${str(UP, 2)}${str(LO, 6)}${str(DIG, 3)}${str(B62, 19)}..`;

describe('fixes after blind set 67', () => {
  it('finds an EIN under a tax-id key; not an order number or a date under other keys', () => {
    const a = ein();
    expect(found(`Vendor{DisplayName='x', TaxIdentifier='${a}', Terms='Net 30'}`, a)).toBe(true);
    const b = ein();
    expect(found(`w9 upload: federal_tax_id: ${b} status=pending`, b)).toBe(true);
    expect(clean(`{"order_id":"12-3456789","tax_rate":"0.0825"}`)).toEqual([]);
    expect(clean('tax_id: 00-0000000 (placeholder)')).toEqual([]);
  });

  it('finds a Sage Intacct session id under a session key; not a session counter or a sentence', () => {
    const a = sid();
    expect(found(`ClientConfig { SessionId = "${a}", EndpointUrl = "https://api.intacct.com/ia/xml/xmlgw.phtml" }`, a)).toBe(true);
    const b = sid();
    expect(found(`  session: ${b}`, b)).toBe(true);
    expect(clean('session: resumed after timeout.. retrying')).toEqual([]);
    expect(clean(`session_id=${str(HEX, 32)} ok`)).toEqual([]);
  });

  it('finds an OAuth 1.0a signing key written out; not a query string', () => {
    const k = `${str(HEX, 64)}&${str(HEX, 64)}`;
    expect(found(`netsuite: key = "${k}"`, k)).toBe(true);
    expect(clean('cache key = "utm_source=newsletter2026&utm_medium=email2026"')).toEqual([]);
    expect(clean(`etag key = "${'a'.repeat(20)}&${'b'.repeat(20)}"`)).toEqual([]);
  });
});
