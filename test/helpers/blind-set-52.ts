import type { BlindSetShape } from './blind-set-measure';
import { Rng9, hash9 } from './blind-set-9-rng';
import { Ctx52, type Planted52, type Template52 } from './blind-set-52-ctx';
import { LAB52 } from './blind-set-52-t-lab';
import { SEQ52 } from './blind-set-52-t-seq';
import { CLIN52 } from './blind-set-52-t-clin';
import { GRANT52 } from './blind-set-52-t-grant';
import { MORE52 } from './blind-set-52-t-more';
import { NEG52 } from './blind-set-52-neg';

/**
 * Sealed blind set 52: life sciences and research (LIMS and ELN, genomics pipelines and
 * sequencing cores, clinical trials and EDC/eCOA vendors, biobanks, research computing, grants
 * and IRB systems). Every draw comes from `Rng9` seeded with `52:<seed>:<caseId>:<attempt>`;
 * an attempt is redrawn when a planted value is missing from its text or a short value repeats.
 */
const TEMPLATES52: Template52[] = [...LAB52, ...SEQ52, ...CLIN52, ...GRANT52, ...MORE52];
const ROUNDS52 = 12;
const NEG_ROUNDS52 = 5;

function wellPlaced(text: string, values: readonly Planted52[]): boolean {
  return values.length > 0 && values.every((v) => v.value.length > 0 && text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

export function buildBlindSet52(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Planted52[] }[] = [];
  for (let k = 0; k < ROUNDS52; k++) {
    for (const t of TEMPLATES52) {
      if (k >= (t.rounds ?? 6)) continue;
      const id = `${t.area}/${t.name}/${k}`;
      for (let attempt = 0; ; attempt++) {
        const c = new Ctx52(hash9(`52:${seed}:${id}:${attempt}`));
        const text = t.make(c);
        if (wellPlaced(text, c.values) || attempt >= 60) {
          positives.push({ id, text, values: c.values });
          break;
        }
      }
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (let k = 0; k < NEG_ROUNDS52; k++) {
    for (const t of NEG52) {
      const id = `${t.area}/${t.name}/${k}`;
      negatives.push({ id, text: t.make(new Rng9(hash9(`52:${seed}:${id}:0`))) });
    }
  }
  return { positives, negatives };
}
