import { B64_TEMPLATES } from './blind-set-75-b64';
import { DENSE_TEMPLATES } from './blind-set-75-dense';
import { JSON_TEMPLATES } from './blind-set-75-json';
import { NEG_ENC_TEMPLATES } from './blind-set-75-neg-enc';
import { NEG_PLAIN_TEMPLATES } from './blind-set-75-neg-plain';
import { PCT_TEMPLATES } from './blind-set-75-pct';
import { PLAIN_TEMPLATES } from './blind-set-75-plain';
import { hash75, Rng75 } from './blind-set-75-rng';
import { TEXT_TEMPLATES } from './blind-set-75-text';
import { Gen75, type Planted75 } from './blind-set-75-values';

type Tpl = (g: Gen75) => string;

/** Positive template families: the first id segment. */
const POSITIVE_FAMILIES: Record<string, Record<string, Tpl>> = {
  pct: { ...PCT_TEMPLATES },
  json: { ...JSON_TEMPLATES },
  b64: { ...B64_TEMPLATES },
  textenc: { ...TEXT_TEMPLATES },
  plain: { ...PLAIN_TEMPLATES },
};

/** The family of each credential-dense template (by the encoding it uses). */
const DENSE_FAMILY: [RegExp, string][] = [
  [/^(pct|form|stripe-form)/, 'pct'],
  [/^kinesis/, 'b64'],
  [/^(k8s|curl)/, 'b64'],
  [/^(ecs|dd|docker|oauth|payout|cards|json)/, 'json'],
  [/^(fullwidth|zwsp)/, 'plain'],
  [/./, 'textenc'],
];
for (const [name, tpl] of Object.entries(DENSE_TEMPLATES)) {
  const fam = DENSE_FAMILY.find(([re]) => re.test(name))![1];
  POSITIVE_FAMILIES[fam]![name] = tpl;
}

const NEGATIVE_FAMILIES: Record<string, Record<string, Tpl>> = {
  encoded: NEG_ENC_TEMPLATES,
  plain: NEG_PLAIN_TEMPLATES,
};

const PER_TEMPLATE = 4;

/** True when every value sits in the text and a short value only once. */
function wellPlaced(text: string, vals: readonly Planted75[]): boolean {
  return vals.every((v) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/**
 * Sealed blind set 75: hostile-but-authenticated alert bodies whose values arrive in every encoding
 * (percent, form, JSON escapes and JSON-in-JSON, HTML entities, quoted-printable, base64 where real
 * systems use it, hex, C/Python/Go escapes, multipart, YAML, CSV) or plain with Unicode tricks,
 * odd quoting, wrapping and very long lines. Values are planted as they stand in the text.
 */
export function buildBlindSet75(seed: number): { positives: { id: string; text: string; values: Planted75[] }[]; negatives: { id: string; text: string }[] } {
  const positives: { id: string; text: string; values: Planted75[] }[] = [];
  const negatives: { id: string; text: string }[] = [];
  for (const [fam, tpls] of Object.entries(POSITIVE_FAMILIES)) {
    for (const [name, tpl] of Object.entries(tpls)) {
      for (let i = 0; i < PER_TEMPLATE; i++) {
        const id = `${fam}/${name}/${i}`;
        for (let attempt = 0; ; attempt++) {
          const g = new Gen75(new Rng75(hash75(`${seed}:${id}:${attempt}`)));
          const text = tpl(g);
          if (wellPlaced(text, g.vals) || attempt >= 40) {
            positives.push({ id, text, values: g.vals });
            break;
          }
        }
      }
    }
  }
  for (const [fam, tpls] of Object.entries(NEGATIVE_FAMILIES)) {
    for (const [name, tpl] of Object.entries(tpls)) {
      for (let i = 0; i < PER_TEMPLATE; i++) {
        const id = `${fam}/${name}/${i}`;
        negatives.push({ id, text: tpl(new Gen75(new Rng75(hash75(`${seed}:neg:${id}`)))) });
      }
    }
  }
  return { positives, negatives };
}
