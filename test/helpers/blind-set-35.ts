import type { BlindSetShape } from './blind-set-measure';
import { Draw35, type Planted35, type Template35 } from './blind-set-35-draw';
import { GAME_TEMPLATES35 } from './blind-set-35-tpl-game';
import { LIVE_TEMPLATES35 } from './blind-set-35-tpl-live';
import { MEDIA_TEMPLATES35 } from './blind-set-35-tpl-media';
import { PAY_TEMPLATES35 } from './blind-set-35-tpl-pay';
import { SUPPORT_TEMPLATES35 } from './blind-set-35-tpl-support';
import { OPS_TEMPLATES35 } from './blind-set-35-tpl-ops';
import { MONEY_TEMPLATES35 } from './blind-set-35-tpl-money';
import { NEG_TEMPLATES35 } from './blind-set-35-neg';
import { Rng35, hash35 } from './blind-set-35-rng';

/** Every positive template of set 35. */
export const TEMPLATES35: Template35[] = [...GAME_TEMPLATES35, ...LIVE_TEMPLATES35, ...MEDIA_TEMPLATES35, ...PAY_TEMPLATES35, ...SUPPORT_TEMPLATES35, ...OPS_TEMPLATES35, ...MONEY_TEMPLATES35];

const DRAWS = 9;
const NEG_DRAWS = 10;

function sound(text: string, values: readonly Planted35[]): boolean {
  return values.length > 0 && values.every((v) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/**
 * Sealed blind set 35 (games, media, streaming and creator platforms): every positive template
 * drawn DRAWS times (or its own count) and every negative template NEG_DRAWS times, each draw from its own stream
 * keyed by seed, template and draw (a draw whose short value repeats is redrawn).
 */
export function buildBlindSet35(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Planted35[] }[] = [];
  for (const t of TEMPLATES35) {
    for (let i = 0; i < (t.draws ?? DRAWS); i++) {
      for (let attempt = 0; ; attempt++) {
        const d = new Draw35(new Rng35(hash35(`35/${seed}/${t.area}/${t.name}/${i}/${attempt}`)));
        const text = t.make(d);
        if (sound(text, d.values) || attempt >= 8) {
          positives.push({ id: `${t.area}/${t.name}/${i}`, text, values: d.values });
          break;
        }
      }
    }
  }
  const negatives = NEG_TEMPLATES35.flatMap((t) =>
    Array.from({ length: NEG_DRAWS }, (_, i) => ({ id: `${t.area}/${t.name}/${i}`, text: t.make(new Rng35(hash35(`35n/${seed}/${t.area}/${t.name}/${i}`))) })),
  );
  return { positives, negatives };
}
