import { Rng9, hash9 } from './blind-set-9-rng';
import { TEMPLATES_A, type BenignTemplate } from './benign-logs-fp28-a';
import { TEMPLATES_B } from './benign-logs-fp28-b';
import { TEMPLATES_C } from './benign-logs-fp28-c';
import { TEMPLATES_D } from './benign-logs-fp28-d';
import { TEMPLATES_E } from './benign-logs-fp28-e';
import { TEMPLATES_F } from './benign-logs-fp28-f';
import { TEMPLATES_G } from './benign-logs-fp28-g';
import { TEMPLATES_H } from './benign-logs-fp28-h';
import { TEMPLATES_I } from './benign-logs-fp28-i';
import { TEMPLATES_J } from './benign-logs-fp28-j';

/** Every benign-log template of round fp28 (formats real services print, values that are ids). */
export const BENIGN_TEMPLATES_FP28: readonly BenignTemplate[] = [...TEMPLATES_A, ...TEMPLATES_B, ...TEMPLATES_C, ...TEMPLATES_D, ...TEMPLATES_E, ...TEMPLATES_F, ...TEMPLATES_G, ...TEMPLATES_H, ...TEMPLATES_I, ...TEMPLATES_J];

/** One generated benign text and the template it came from. */
export type BenignCase = { template: string; text: string };

/** `count` benign texts for `seed`, cycling the templates, each from its own seeded stream. */
export function benignLogsFp28(seed: number, count = 600): BenignCase[] {
  const out: BenignCase[] = [];
  for (let i = 0; i < count; i++) {
    const t = BENIGN_TEMPLATES_FP28[i % BENIGN_TEMPLATES_FP28.length]!;
    const r = new Rng9(hash9(`fp28:${seed}:${t.name}:${i}`));
    out.push({ template: t.name, text: t.make(r) });
  }
  return out;
}
