import { describe, expect, it } from 'vitest';
import { createScanner, isLeak, type Finding } from '../../../src/scan/index';
import { buildBlindSet7, type BlindSet7 } from '../../helpers/blind-set-7';
import { fullyCovered, pct, tally, type Tally } from '../../helpers/coverage-tally';
import { abaOk, ibanOk, luhnOk } from '../../helpers/blind-set-7-checks';
import { bech32Ok } from '../../helpers/blind-set-7-crypto';
import { beBban, esBban, frBban, itBban } from '../../helpers/blind-set-7-bban';

/**
 * Blind held-out set 7 (issue #13): written by an author who did not read the detectors, for the
 * lead to measure detector work on material nobody tuning the scanner has seen. A value counts only
 * when every character of every occurrence lies inside leak findings; a negative is flagged when any
 * leak finding lands anywhere in its text. BLIND7_SEED picks the seed; BLIND7_REPORT=1 prints the
 * misses and false alarms themselves.
 *
 *
 * FIRST SIGHT (2026-12-04 07:14 UTC, main at 757584f, before anyone tuned against this set):
 *   seed 1: covered 79.6 % (176/221): credential 83.9 %, personal 70.5 %, financial 73.5 %; flagged 6.1 % (8/131)
 *   seed 2: covered 82.4 % (182/221): credential 83.9 %, personal 84.1 %, financial 73.5 %; flagged 6.1 % (8/131)
 *   seed 3: covered 80.1 % (177/221): credential 83.9 %, personal 72.7 %, financial 73.5 %; flagged 6.1 % (8/131)
 *   (seeds 1-20: 79.6-82.4 % covered, 6.1 % flagged)
 * Misses by class: passwords in prose (en/de/fr/es "the new password is", "Passwort lautet", "mot de
 * passe", "mdp", "contraseña", "pw", "Login: user / pass"); a password with `;`/space in 1Password JSON;
 * Honeycomb ingest and configuration keys; Weaviate key as a call argument; Elastic `ApiKey` header;
 * OTLP headers with URL-encoded `Basic%20`; GCP Secret Manager base64 payloads; private JWK `d`;
 * Twilio auth token as a positional argument; WooCommerce ck_/cs_ as positional PHP arguments; a bare
 * 32-hex Datadog key at line start; phone numbers in national layouts (FR pairs and dots, ES, DE with
 * `/`, URL-encoded, US next to an SSN); street addresses (EU street-first, a US address line alone);
 * dates of birth and routing/account numbers in CSV columns; account numbers beside a routing number
 * (Plaid JSON, ACH prose); a routing number after "Routing (ABA):".
 * False alarms by class: a bot's noreply e-mail, a Stripe customer id, a Twilio Account SID alone, the
 * Supabase anon (public) JWT, a 1Password `op://` reference, 555-01xx fictional phones, a quoted French
 * UI word taken for a password, a public server IPv4 in `ssh -v`.
 * The floors below sit just under first sight, so the test passes now and fails on a regression;
 * issue #13's target is >= 95 % covered and <= 5 % flagged.
 */
const SEED = Number(process.env['BLIND7_SEED'] ?? 1);
const MIN_COVERED = 0.78;
const MIN_BY_GROUP: Record<string, number> = { credential: 0.82, personal: 0.68, financial: 0.72 };
const MAX_FLAGGED = 0.07;

function measure(set: BlindSet7) {
  const scanner = createScanner();
  const leaksIn = (text: string): Finding[] => scanner.scan(text).filter(isLeak);
  const byGroup = new Map<string, Tally>();
  const bySource = new Map<string, Tally>();
  const byKind = new Map<string, Tally>();
  const flagged = new Map<string, Tally>();
  const misses: string[] = [];
  const alarms: string[] = [];
  for (const p of set.positives) {
    const leaks = leaksIn(p.text);
    for (const v of p.values) {
      const ok = fullyCovered(p.text, v.value, leaks);
      tally(byGroup, v.group, ok);
      tally(byGroup, 'all', ok);
      tally(bySource, p.id.split('/')[0]!, ok);
      tally(byKind, v.kind, ok);
      const shown = v.value.length > 64 ? `${v.value.slice(0, 44)}…(${v.value.length} chars)` : v.value;
      if (!ok) misses.push(`${p.id} [${v.kind}]: ${shown}  [leaks: ${leaks.map((f) => `${f.detector}@${f.start}-${f.end}`).join(', ') || 'none'}]`);
    }
  }
  for (const n of set.negatives) {
    const leaks = leaksIn(n.text);
    tally(flagged, n.id.split('/')[0]!, leaks.length > 0);
    tally(flagged, 'all', leaks.length > 0);
    if (leaks.length > 0) alarms.push(`${n.id}: ${leaks.map((f) => `${f.detector} "${n.text.slice(f.start, f.end).slice(0, 60)}"`).join(', ')}`);
  }
  return { byGroup, bySource, byKind, flagged, misses, alarms };
}

describe(`blind held-out set 7 (seed ${SEED})`, () => {
  const set = buildBlindSet7(SEED);

  it('is large and well formed: unique ids, values inside their texts, valid checksums', () => {
    const values = set.positives.flatMap((p) => p.values);
    expect(set.positives.length).toBeGreaterThanOrEqual(150);
    expect(values.length).toBeGreaterThanOrEqual(180);
    expect(set.negatives.length).toBeGreaterThanOrEqual(120);
    const share = (g: string) => values.filter((v) => v.group === g).length / values.length;
    expect(share('credential')).toBeGreaterThan(0.55);
    expect(share('personal')).toBeGreaterThan(0.15);
    expect(share('financial')).toBeGreaterThan(0.1);
    const ids = [...set.positives, ...set.negatives].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of set.positives) {
      expect(p.values.length, p.id).toBeGreaterThan(0);
      for (const v of p.values) expect(p.text.includes(v.value), `${p.id}: ${v.value}`).toBe(true);
    }
    for (const v of values) {
      const compact = v.value.replace(/[ -]/g, '');
      if (v.kind === 'iban') {
        expect(ibanOk(compact), v.value).toBe(true);
        const national = { FR: frBban, ES: esBban, IT: itBban, BE: beBban }[compact.slice(0, 2)];
        if (national) expect(national(compact.slice(4)), v.value).toBe(compact.slice(4));
      }
      if (v.kind === 'card') expect(luhnOk(compact), v.value).toBe(true);
      if (v.kind === 'routing-number') expect(abaOk(v.value), v.value).toBe(true);
      if (v.kind === 'cvc') expect(v.value, v.value).toMatch(/^\d{3,4}$/);
      if (v.kind === 'ssn') expect(v.value.replace(/-/g, ''), v.value).toMatch(/^(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}$/);
      if (v.kind === 'crypto-address') expect(v.value.startsWith('bc1') ? bech32Ok(v.value) : /^0x[0-9a-f]{40}$/.test(v.value), v.value).toBe(true);
      if (v.kind === 'private-key') {
        const body = v.value.replace(/\\n/g, '\n').replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
        expect(body, v.value).toMatch(/^[A-Za-z0-9+/]{300,}={0,2}$/);
        expect(Buffer.from(body, 'base64').toString('base64').replace(/=+$/, ''), v.value).toBe(body.replace(/=+$/, ''));
      }
      if (v.kind === 'jwt') {
        const [h, b] = v.value.split('.');
        expect(JSON.parse(Buffer.from(h!, 'base64url').toString()).alg, v.value).toBeTruthy();
        expect(typeof JSON.parse(Buffer.from(b!, 'base64url').toString()), v.value).toBe('object');
      }
    }
  });

  it('is a function of the seed', () => {
    expect(buildBlindSet7(SEED)).toEqual(set);
    expect(buildBlindSet7(SEED + 1).positives[0]!.text).not.toBe(set.positives[0]!.text);
  });

  it(`covers >= ${MIN_COVERED * 100} % of values and flags <= ${MAX_FLAGGED * 100} % of negatives (floors under first sight)`, () => {
    const r = measure(set);
    const lines = [`blind set 7, seed ${SEED}`, 'values fully covered:'];
    for (const [k, t] of r.byGroup) lines.push(`  group  ${k.padEnd(11)} ${pct(t)}`);
    for (const [k, t] of r.bySource) lines.push(`  source ${k.padEnd(11)} ${pct(t)}`);
    for (const [k, t] of r.byKind) if (t.hit < t.total) lines.push(`  class  ${k.padEnd(18)} ${pct(t)}`);
    lines.push('negatives flagged:');
    for (const [k, t] of r.flagged) lines.push(`  source ${k.padEnd(11)} ${pct(t)}`);
    lines.push(`misses: ${r.misses.length}, false alarms: ${r.alarms.length}`);
    // The cases themselves are printed only on request, so routine runs do not show tuners the set.
    if (process.env['BLIND7_REPORT'] === '1') lines.push(...r.misses.map((m) => `  miss  ${m}`), ...r.alarms.map((a) => `  alarm ${a}`));
    console.log(lines.join('\n'));
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
