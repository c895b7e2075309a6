import { Draw, type NegTpl38, type Planted38, type Tpl38 } from './blind-set-38-draw';
import { Rng38, hash38 } from './blind-set-38-rng';
import { WP38 } from './blind-set-38-wp';
import { CMS38 } from './blind-set-38-cms';
import { SHOP38 } from './blind-set-38-shop';
import { PAY38 } from './blind-set-38-pay';
import { HOST38 } from './blind-set-38-host';
import { MAIL38 } from './blind-set-38-mail';
import { EDGE38 } from './blind-set-38-edge';
import { OPS38 } from './blind-set-38-ops';
import { HEADLESS38 } from './blind-set-38-headless';
import { AGENCY38 } from './blind-set-38-agency';
import { EXTRA38 } from './blind-set-38-extra';
import { NEG38_A } from './blind-set-38-neg';
import { NEG38_B } from './blind-set-38-neg2';

const POSITIVE: readonly Tpl38[] = [...WP38, ...CMS38, ...SHOP38, ...PAY38, ...HOST38, ...MAIL38, ...EDGE38, ...OPS38, ...HEADLESS38, ...AGENCY38, ...EXTRA38];
const NEGATIVE: readonly NegTpl38[] = [...NEG38_A, ...NEG38_B];

/** True when each planted value sits in the text and each short one (<= 6 chars) exactly once. */
const placed = (text: string, values: readonly Planted38[]) => values.length > 0 && values.every((v) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));

/**
 * Sealed blind set 38 (web hosting, CMS and agency operations): every positive template drawn 9
 * times and every negative template 10 times, each draw from its own stream keyed by seed, area,
 * template and draw (redrawn on the rare draw that plants a short value twice).
 */
export function buildBlindSet38(seed: number): { positives: { id: string; text: string; values: Planted38[] }[]; negatives: { id: string; text: string }[] } {
  const positives: { id: string; text: string; values: Planted38[] }[] = [];
  for (const t of POSITIVE) {
    for (let i = 0; i < 9; i++) {
      const key = `${seed}/${t.area}/${t.name}/${i}`;
      let done = false;
      let missing = '';
      for (let attempt = 0; attempt < 40 && !done; attempt++) {
        const d = new Draw(new Rng38(hash38(attempt === 0 ? key : `${key}#${attempt}`)));
        const text = t.make(d);
        if (placed(text, d.values)) {
          positives.push({ id: `${t.area}/${t.name}/${i}`, text, values: d.values });
          done = true;
        } else missing = d.values.filter((v) => !text.includes(v.value) || (v.value.length <= 6 && text.split(v.value).length !== 2)).map((v) => v.kind).join(', ');
      }
      if (!done) throw new Error(`blind set 38: ${key} never placed its values (${missing})`);
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const t of NEGATIVE) {
    for (let i = 0; i < 10; i++) negatives.push({ id: `${t.area}/${t.name}/${i}`, text: t.make(new Rng38(hash38(`${seed}/neg/${t.area}/${t.name}/${i}`))) });
  }
  return { positives, negatives };
}
