import type { BlindSetShape } from './blind-set-measure';
import { finalize89, type Positive89 } from './blind-set-89-finalize';
import { NEG_AIR } from './blind-set-89-neg-air';
import { NEG_SHIP } from './blind-set-89-neg-ship';
import { NEG_TEL } from './blind-set-89-neg-tel';
import { Rng89 } from './blind-set-89-rng';
import { benignConfig, SOURCES_89 } from './blind-set-89-sources';
import { Case89, type Group89, type Source89 } from './blind-set-89-types';
import { envLine, wrap } from './blind-set-89-wrap';

export const POSITIVES_89 = 500;
export const NEGATIVES_89 = 220;

/** How far a tally of values by group is from the shares the set keeps (credential, financial floors; personal cap). */
function deficit(t: Record<Group89, number>): number {
  const n = Math.max(1, t.credential + t.personal + t.financial);
  return Math.max(0, 0.55 - t.credential / n) + Math.max(0, 0.16 - t.financial / n) + Math.max(0, t.personal / n - 0.3);
}

/** A deck of (source, printer) pairs: every printer once, weighted sources sometimes twice. */
function deck(r: Rng89): [Source89, number][] {
  const d: [Source89, number][] = [];
  for (const s of SOURCES_89) {
    const w = s.weight ?? 1;
    s.printers.forEach((_, i) => {
      const n = Math.floor(w) + (r.chance(w - Math.floor(w)) ? 1 : 0);
      for (let k = 0; k < n; k++) d.push([s, i]);
    });
  }
  return r.shuffle(d);
}

/**
 * Blind set 89: travel, logistics, delivery and telecom integrations as their error logs reach an
 * alert. 500 positives, 220 negatives; a function of the seed.
 */
export function buildBlindSet89(seed: number): BlindSetShape {
  const r = new Rng89(seed);
  const positives: Positive89[] = [];
  let d: [Source89, number][] = [];
  let n = 0;
  let rejected = 0;
  const perSource = new Map<string, number>();
  let tally: Record<Group89, number> = { credential: 0, personal: 0, financial: 0 };
  while (positives.length < POSITIVES_89) {
    if (d.length === 0) d = deck(r);
    const [src, pi] = d.pop()!;
    const c = new Case89(r);
    let body = src.printers[pi]!(c);
    if (r.chance(0.6) && src.env.length > 0) {
      const spec = r.pick(src.env);
      const line = envLine(r, spec.words, c.cred(spec.make(r), spec.kind));
      body = r.chance(0.5) ? `${line}\n${body}` : `${body}\n${line}`;
    }
    const p = finalize89(`${src.name}/p${pi}-${n++}`, wrap(r, body, src.name), c.values);
    if (p.values.length === 0) continue;
    const next = { ...tally };
    for (const v of p.values) next[v.group]++;
    if (rejected < 25 && (perSource.get(src.name) ?? 0) >= 4 && tally.credential + tally.personal + tally.financial >= 60 && deficit(next) > deficit(tally)) {
      rejected++;
      continue;
    }
    rejected = 0;
    tally = next;
    perSource.set(src.name, (perSource.get(src.name) ?? 0) + 1);
    positives.push(p);
  }
  const templates = [...NEG_SHIP, ...NEG_AIR, ...NEG_TEL];
  const negatives: { id: string; text: string }[] = [];
  let order = r.shuffle(templates);
  for (let i = 0; i < NEGATIVES_89; i++) {
    if (order.length === 0) order = r.shuffle(templates);
    const t = order.pop()!;
    let body = t.make(r);
    if (r.chance(0.6)) body = r.chance(0.5) ? `${benignConfig(r)}\n${body}` : `${body}\n${benignConfig(r)}`;
    negatives.push({ id: `${t.family}/${t.name}-${i}`, text: wrap(r, body, t.family.slice(4)) });
  }
  return { positives, negatives };
}
