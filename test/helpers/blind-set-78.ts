import { cfgDump78 } from './blind-set-78-cfg';
import { NEG_TEMPLATES78 } from './blind-set-78-neg';
import { Case78, hash78, Rng78 } from './blind-set-78-rng';
import { CRM_TEMPLATES78 } from './blind-set-78-tpl-crm';
import { HR_TEMPLATES78 } from './blind-set-78-tpl-hr';
import { OPS_TEMPLATES78 } from './blind-set-78-tpl-ops';
import { PAY_TEMPLATES78 } from './blind-set-78-tpl-pay';

const POS = { ...PAY_TEMPLATES78, ...CRM_TEMPLATES78, ...OPS_TEMPLATES78, ...HR_TEMPLATES78 };
const POS_REPEAT = 15;
const NEG_REPEAT = 10;

/** Sealed blind set 78: SaaS and payment provider objects (people, bank data, keys) in integration error logs. */
export function buildBlindSet78(seed: number) {
  const positives: { id: string; text: string; values: { value: string; kind: string; group: string }[] }[] = [];
  for (const [name, tpl] of Object.entries(POS)) {
    for (let k = 0; k < POS_REPEAT; k++) {
      const id = `${name}/${k}`;
      const r = new Rng78(hash78(`${seed}:${id}`));
      const c = new Case78();
      const lead = r.pick(['\n', '\n  ', '\n  context: ', '\n  | ', '\n    at failure handler: ']);
      const text = tpl(r, c) + lead + cfgDump78(r, c, 3, 5);
      positives.push({ id, text, values: c.values.map((v) => ({ ...v })) });
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const [name, tpl] of Object.entries(NEG_TEMPLATES78)) {
    for (let k = 0; k < NEG_REPEAT; k++) {
      const id = `${name}/${k}`;
      negatives.push({ id, text: tpl(new Rng78(hash78(`${seed}:neg:${id}`))) });
    }
  }
  return { positives, negatives };
}
