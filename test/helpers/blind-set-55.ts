import type { BlindSetShape } from './blind-set-measure';
import { CRED_TEMPLATES } from './blind-set-55-cred';
import { G55, type Case55 } from './blind-set-55-gen';
import { NEG_TEMPLATES } from './blind-set-55-neg';
import { PAY_TEMPLATES } from './blind-set-55-pay';
import { PEOPLE_TEMPLATES } from './blind-set-55-people';
import { cutAfterValues, wrapAlert } from './blind-set-55-wrap';

type Tpl = [string, (g: G55) => Case55];

/** Two excerpts of one alert: a credential case and a personal/payment case in the same $LOGS_SAMPLE. */
const MIXED: Tpl[] = CRED_TEMPLATES.map(([n, f], i): Tpl => {
  const [m, h] = PEOPLE_TEMPLATES[i % PEOPLE_TEMPLATES.length]!;
  return [`${n}+${m}`, (g) => {
    const a = f(g);
    const b = h(g);
    return { text: `${a.text}\n${g.pick(['---', '', '…', '[+2 more log events]'])}\n${b.text}`, values: [...a.values, ...b.values] };
  }];
});

const AREAS: [string, Tpl[], number][] = [
  ['cred', CRED_TEMPLATES, 320],
  ['pay', PAY_TEMPLATES, 100],
  ['people', PEOPLE_TEMPLATES, 100],
  ['mixed', MIXED, 40],
];

/**
 * Sealed blind set 55: Datadog monitor alerts as Herald receives them ($EVENT_MSG markdown,
 * $TEXT_ONLY_MSG, $LOGS_SAMPLE tables, webhook bodies) carrying log samples of many loggers,
 * Synthetics dumps and error-tracking traces with planted credentials, personal and payment data.
 * A pure function of the seed: each case draws from its own stream seeded `55:<seed>:<case id>`.
 */
export function buildBlindSet55(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Case55['values'] }[] = [];
  for (const [area, tpls, count] of AREAS) {
    for (let i = 0; i < count; i++) {
      const [name, f] = tpls[i % tpls.length]!;
      const id = `${area}/${name}-${i}`;
      const g = new G55(`55:${seed}:${id}`);
      const body = f(g);
      const multiLine = body.values.some((v) => v.value.includes('\n'));
      positives.push({ id, text: wrapAlert(g, cutAfterValues(g, body), multiLine), values: body.values });
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (let i = 0; i < 175; i++) {
    const [name, f] = NEG_TEMPLATES[i % NEG_TEMPLATES.length]!;
    const id = `neg/${name}-${i}`;
    const g = new G55(`55:${seed}:${id}`);
    negatives.push({ id, text: wrapAlert(g, f(g)) });
  }
  return { positives, negatives };
}
