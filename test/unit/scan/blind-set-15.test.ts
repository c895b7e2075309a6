import { describe, expect, it } from 'vitest';
import { buildBlindSet15 } from '../../helpers/blind-set-15';
import { blindSetReport, measureBlindSet } from '../../helpers/blind-set-measure';
import { abaOk, ibanOk, luhnOk } from '../../helpers/blind-set-9-checks';
import { idChecks15 } from '../../helpers/blind-set-15-ids';
import { base58Ok, bech32Ok } from '../../helpers/blind-set-15-wallets';

/**
 * Blind held-out set 15 (issue #13): FIRST-SIGHT-PLACEHOLDER
 */
const SEED = Number(process.env['BLIND15_SEED'] ?? 1);
const MIN_COVERED = 0;
const MIN_BY_GROUP: Record<string, number> = { credential: 0, personal: 0, financial: 0 };
const MAX_FLAGGED = 1;

const jwtOk = (t: string): boolean => {
  const [h, b] = t.split('.');
  return Boolean(JSON.parse(Buffer.from(h!, 'base64url').toString()).alg) && typeof JSON.parse(Buffer.from(b!, 'base64url').toString()) === 'object';
};

/** Checks a planted value's own format (checksums, decodable structure); true when it has none to check. */
function formatOk(kind: string, value: string): boolean {
  const compact = value.replace(/[ -]/g, '');
  if (kind === 'iban') return ibanOk(compact);
  if (kind === 'card') return luhnOk(compact) && compact.length >= 14;
  if (kind === 'routing-number') return abaOk(value);
  if (kind === 'cvc') return /^\d{3,4}$/.test(value);
  if (kind === 'btc-base58' || kind === 'tron-address') return base58Ok(value);
  if (kind === 'btc-bech32') return bech32Ok(value);
  if (kind === 'eth-address') return /^0x[0-9a-f]{40}$/.test(value);
  if (kind === 'auth0-mgmt-jwt' || kind === 'supabase-service') return jwtOk(value);
  if (kind.endsWith('-b64')) return Buffer.from(value, 'base64').toString('base64') === value && Buffer.from(value, 'base64').toString().includes(':');
  const check = idChecks15[kind];
  return check ? check(value) : true;
}

describe(`blind held-out set 15 (seed ${SEED})`, () => {
  const set = buildBlindSet15(SEED);

  it('is large and well formed: unique ids, values inside their texts, valid checksums', () => {
    const values = set.positives.flatMap((p) => p.values);
    expect(set.positives.length).toBeGreaterThanOrEqual(110);
    expect(values.length).toBeGreaterThanOrEqual(125);
    expect(set.negatives.length).toBeGreaterThanOrEqual(80);
    const share = (g: string) => values.filter((v) => v.group === g).length / values.length;
    expect(share('credential')).toBeGreaterThan(0.5);
    expect(share('personal')).toBeGreaterThan(0.25);
    expect(share('financial')).toBeGreaterThan(0.12);
    const ids = [...set.positives, ...set.negatives].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of set.positives) {
      expect(p.values.length, p.id).toBeGreaterThan(0);
      for (const v of p.values) {
        expect(p.text.includes(v.value), `${p.id}: ${v.value}`).toBe(true);
        // A short value must not also sit inside another part of the text (a CVC inside the card number).
        if (v.value.length <= 6) expect(p.text.split(v.value).length, `${p.id}: ${v.value} occurs once`).toBe(2);
        expect(formatOk(v.kind, v.value), `${p.id} [${v.kind}]: ${v.value}`).toBe(true);
      }
    }
  });

  it('is a function of the seed', () => {
    expect(buildBlindSet15(SEED)).toEqual(set);
    expect(buildBlindSet15(SEED + 1).positives[0]!.text).not.toBe(set.positives[0]!.text);
  });

  it(`covers >= ${MIN_COVERED * 100} % of values and flags <= ${MAX_FLAGGED * 100} % of negatives (floors under the first-sight figure)`, () => {
    const r = measureBlindSet(set);
    console.log(blindSetReport(`blind set 15, seed ${SEED}`, r, process.env['BLIND15_REPORT'] === '1'));
    const all = r.byGroup.get('all')!;
    const bad = r.flagged.get('all')!;
    expect(all.hit / all.total).toBeGreaterThanOrEqual(MIN_COVERED);
    for (const [group, min] of Object.entries(MIN_BY_GROUP)) {
      const t = r.byGroup.get(group)!;
      expect(t.hit / t.total, group).toBeGreaterThanOrEqual(min);
    }
    expect(bad.hit / bad.total).toBeLessThanOrEqual(MAX_FLAGGED);
  });
});
