import type { BlindSetShape } from './blind-set-measure';
import { hash9, Rng9 } from './blind-set-9-rng';
import { formatOk40 } from './blind-set-40-format';
import { Ctx, type Val40 } from './blind-set-40-values';
import { AGENT_TEMPLATES } from './blind-set-40-agents';
import { APM_TEMPLATES } from './blind-set-40-apm';
import { ONCALL_TEMPLATES } from './blind-set-40-oncall';
import { DATA_TEMPLATES } from './blind-set-40-data';
import { PIPELINE_TEMPLATES } from './blind-set-40-pipeline';
import { TOKEN_TEMPLATES } from './blind-set-40-tokens';
import { NEGATIVE_TEMPLATES } from './blind-set-40-neg';
import { NEGATIVE_TEMPLATES_2 } from './blind-set-40-neg2';

/** A positive template: builds one text and records the values it plants through the context. */
export interface Template40 {
  name: string;
  make: (c: Ctx) => string;
}

/** A negative template: one text with look-alikes and no value. */
export interface NegTemplate40 {
  name: string;
  make: (r: Rng9) => string;
}

const PER_TEMPLATE = 8;
const PER_NEGATIVE = 8;

const wellFormed = (text: string, vals: readonly Val40[]): boolean =>
  vals.length > 0 &&
  vals.every((v) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2) && formatOk40(v.kind, v.value));

/**
 * Sealed blind set 40 (observability, logging pipelines, on-call tooling). Each template yields
 * PER_TEMPLATE cases, each drawn from its own stream of the seed; a draw that is not well formed
 * (a short value that repeats by chance) is redrawn from the next stream.
 */
export function buildBlindSet40(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Val40[] }[] = [];
  const areas: [string, readonly Template40[]][] = [['agents', AGENT_TEMPLATES], ['apm', APM_TEMPLATES], ['oncall', ONCALL_TEMPLATES], ['data', DATA_TEMPLATES], ['pipeline', PIPELINE_TEMPLATES], ['tokens', TOKEN_TEMPLATES]];
  for (const [area, templates] of areas) {
    for (const t of templates) {
      for (let k = 0; k < PER_TEMPLATE; k++) {
        const id = `${area}/${t.name}/${k}`;
        let made: { text: string; values: Val40[] } | undefined;
        for (let attempt = 0; attempt < 40 && !made; attempt++) {
          const c = new Ctx(new Rng9(hash9(`40:${seed}:${id}:${attempt}`)));
          const text = t.make(c);
          if (wellFormed(text, c.vals)) made = { text, values: c.vals };
        }
        if (!made) throw new Error(`blind set 40: ${id} not well formed in 40 draws`);
        positives.push({ id, ...made });
      }
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const t of [...NEGATIVE_TEMPLATES, ...NEGATIVE_TEMPLATES_2]) {
    for (let k = 0; k < PER_NEGATIVE; k++) {
      const id = `neg/${t.name}/${k}`;
      negatives.push({ id, text: t.make(new Rng9(hash9(`40n:${seed}:${id}`))) });
    }
  }
  return { positives, negatives };
}
