import type { BlindSetShape } from './blind-set-measure';
import { Rng9, hash9 } from './blind-set-9-rng';
import type { Built, PV, Tpl } from './blind-set-41-gen';
import { ipaasTpls } from './blind-set-41-ipaas';
import { workplaceTpls } from './blind-set-41-workplace';
import { workTpls } from './blind-set-41-work';
import { filesTpls } from './blind-set-41-files';
import { recordTpls } from './blind-set-41-records';
import { credTpls } from './blind-set-41-creds';
import { negativeTpls } from './blind-set-41-negatives';

/**
 * Sealed blind set 41: integration platforms and workplace SaaS glue (iPaaS recipes, workplace
 * suite APIs, work management, files and e-signature, forms and scheduling) and the records that
 * flow through them. Each case draws its own stream from `41:<seed>:<id>:<attempt>`; a case is
 * redrawn while a value is missing from its text or a short value occurs more than once.
 */
const PER_TEMPLATE = 8;

function wellPlaced(b: Built): boolean {
  return b.values.every((v) => b.text.includes(v.value) && (v.value.length > 6 || b.text.split(v.value).length === 2));
}

function dedupe(values: PV[]): PV[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(v.value) && (seen.add(v.value), true));
}

export function buildBlindSet41(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: PV[] }[] = [];
  const all: [string, Tpl][] = [...ipaasTpls, ...workplaceTpls, ...workTpls, ...filesTpls, ...recordTpls, ...credTpls];
  for (const [name, tpl] of all) {
    for (let i = 0; i < PER_TEMPLATE; i++) {
      const id = `${name}/${i}`;
      for (let attempt = 0; ; attempt++) {
        const b = tpl(new Rng9(hash9(`41:${seed}:${id}:${attempt}`)));
        if (wellPlaced(b)) {
          positives.push({ id, text: b.text, values: dedupe(b.values) });
          break;
        }
        if (attempt > 200) throw new Error(`blind set 41: cannot place the values of ${id}`);
      }
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const [name, tpl] of negativeTpls) {
    for (let i = 0; i < PER_TEMPLATE; i++) {
      const id = `${name}/${i}`;
      negatives.push({ id, text: tpl(new Rng9(hash9(`41:${seed}:${id}:0`))) });
    }
  }
  return { positives, negatives };
}
