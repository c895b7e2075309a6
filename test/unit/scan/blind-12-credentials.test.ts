import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { B62, b62, covered, leaks, pick } from '../../helpers/leak-checks';

/** Blind set 12's credential classes (src/scan/detectors/vendor-urls.ts), values drawn at test time. */
const HEX = '0123456789abcdef';
const secret = (n: number): string => pick(B62 + '_-', n - 2) + pick('0123456789', 1) + pick('abcdefgh', 1);

describe('vendor URLs and token shapes (blind set 12)', () => {
  it('finds the secret of a CLOUDINARY_URL, in env, YAML and a log line', () => {
    const s = secret(27);
    const key = pick('0123456789', 15);
    expect(covered(`CLOUDINARY_URL=cloudinary://${key}:${s}@acme-media`, s)).toBe(true);
    expect(covered(`  cloudinary_url: "cloudinary://${key}:${s}@shop"`, s)).toBe(true);
    expect(covered(`Error: Invalid Signature. config={"url":"cloudinary://${key}:${s}@acme"}`, s)).toBe(true);
    expect(leaks(`CLOUDINARY_URL=cloudinary://${key}:<api_secret>@acme-media`)).toEqual([]);
  });
  it('finds Dropbox sl. and sl.u. tokens, not ssl./xsl. words or short values', () => {
    const a = `sl.u.${b62(140)}`;
    const b = `sl.${b62(138)}`;
    expect(covered(`dbx = dropbox.Dropbox("${a}")`, a)).toBe(true);
    expect(covered(`Authorization: Bearer ${b}`, b)).toBe(true);
    expect(covered(`{"access_token": "${a}", "token_type": "bearer"}`, a)).toBe(true);
    expect(leaks(`loaded ssl.${b62(140)} and xsl.transform sl.short`)).toEqual([]);
  });
  it('finds a Loggly customer token in an inputs or bulk URL', () => {
    const t = randomUUID();
    expect(covered(`rsyslog: omfwd error posting to https://logs-01.loggly.com/inputs/${t}/tag/http/ : 403`, t)).toBe(true);
    expect(covered(`POST http://logs-01.loggly.com/bulk/${t}/tag/bulk/ 400`, t)).toBe(true);
    expect(leaks(`GET https://acme.loggly.com/search?rsid=${randomUUID()} 200`)).toEqual([]);
  });
  it('finds a B2 application key given to b2 authorize-account', () => {
    const k = `K00${pick('0123456789', 1)}${b62(27)}`;
    expect(covered(`b2 authorize-account ${pick(HEX, 25)} ${k}\nERROR: unauthorized`, k)).toBe(true);
    expect(covered(`+ b2 account authorize "${pick(HEX, 12)}" "${k}"`, k)).toBe(true);
    expect(leaks(`b2 authorize-account ${pick(HEX, 25)} $B2_APPLICATION_KEY`)).toEqual([]);
  });
});
