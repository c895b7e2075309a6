import type { BlindSetShape } from './blind-set-measure';
import { Ctx43, Rng9, type NegTpl43, type Planted43, type Tpl43 } from './blind-set-43-gen';
import { hash9 } from './blind-set-9-rng';
import { EDU43 } from './blind-set-43-edu';
import { ADMIT43 } from './blind-set-43-admit';
import { IDENT43 } from './blind-set-43-ident';
import { GOV43 } from './blind-set-43-gov';
import { FUND43 } from './blind-set-43-fund';
import { HEALTH43 } from './blind-set-43-health';
import { INFRA43 } from './blind-set-43-infra';
import { NEG43 } from './blind-set-43-neg';
import { EXTRA43 } from './blind-set-43-extra';

/** How many cases a template gets, from a seed-independent probe draw: fewer for person-heavy templates, more for secret- and money-heavy ones. */
function casesFor(t: Tpl43): number {
  const probe = new Ctx43(new Rng9(hash9(`43:probe:${t.id}`)));
  t.make(probe);
  const n = (g: string) => probe.values.filter((v) => v.group === g).length;
  const [c, q, f] = [n('credential'), n('personal'), n('financial')];
  if (f >= 2) return 10;
  if (q > c + f) return 2;
  if (q === 0) return 8;
  return 5;
}
const NEG_PER_TEMPLATE = 6;

export const POSITIVE_TEMPLATES_43: Tpl43[] = [...EDU43, ...ADMIT43, ...IDENT43, ...GOV43, ...FUND43, ...HEALTH43, ...INFRA43, ...EXTRA43];
export const NEGATIVE_TEMPLATES_43: NegTpl43[] = [...NEG43];

function wellPlaced(text: string, values: readonly Planted43[]): boolean {
  return values.length > 0 && values.every((v) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/** Sealed blind set 43 (education, public sector, nonprofits): a pure function of `seed`. */
export function buildBlindSet43(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Planted43[] }[] = [];
  for (const t of POSITIVE_TEMPLATES_43) {
    for (let k = 0, m = casesFor(t); k < m; k++) {
      const id = `${t.id}/${k}`;
      for (let attempt = 0; ; attempt++) {
        const c = new Ctx43(new Rng9(hash9(`43:${seed}:${id}:${attempt}`)));
        const text = t.make(c);
        if (wellPlaced(text, c.values) || attempt > 200) {
          positives.push({ id, text, values: c.values });
          break;
        }
      }
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const t of NEGATIVE_TEMPLATES_43) {
    for (let k = 0; k < NEG_PER_TEMPLATE; k++) {
      const id = `${t.id}/${k}`;
      negatives.push({ id, text: t.make(new Rng9(hash9(`43:${seed}:${id}:0`))) });
    }
  }
  return { positives, negatives };
}
