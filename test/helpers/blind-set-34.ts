import type { BlindSetShape } from './blind-set-measure';
import { Plant34, type NegTemplate34, type PosTemplate34 } from './blind-set-34-kit';
import { Rng34, hash34 } from './blind-set-34-rng';
import { SIEM_TEMPLATES34 } from './blind-set-34-siem';
import { EDR_TEMPLATES34 } from './blind-set-34-edr';
import { DLP_TEMPLATES34 } from './blind-set-34-dlp';
import { OFFSEC_TEMPLATES34 } from './blind-set-34-offsec';
import { VAULT_TEMPLATES34 } from './blind-set-34-vault';
import { IR_TEMPLATES34 } from './blind-set-34-ir';
import { NEG_TEMPLATES34 } from './blind-set-34-neg';
import { WAF_TEMPLATES34 } from './blind-set-34-waf';

/** Every positive template of set 34. */
export const POS_TEMPLATES34: PosTemplate34[] = [...SIEM_TEMPLATES34, ...EDR_TEMPLATES34, ...DLP_TEMPLATES34, ...OFFSEC_TEMPLATES34, ...VAULT_TEMPLATES34, ...IR_TEMPLATES34, ...WAF_TEMPLATES34];

/** Every negative template of set 34. */
export const NEG_TEMPLATES_ALL34: NegTemplate34[] = NEG_TEMPLATES34;

type Pos = BlindSetShape['positives'][number];

/** True when every value sits in the text and each short value (6 chars or fewer) occurs exactly once. */
function sound(text: string, vals: Plant34['vals']): boolean {
  return vals.length > 0 && vals.every((v) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/** One positive case: draws again from the same stream until its short values are unambiguous. */
function drawPositive(t: PosTemplate34, id: string, seed: number): Pos {
  const r = new Rng34(hash34(`${seed}|${id}`));
  for (let attempt = 0; ; attempt++) {
    const plant = new Plant34();
    const text = t.make(r, plant);
    if (sound(text, plant.vals) || attempt > 50) return { id, text, values: plant.vals };
  }
}

/**
 * Sealed blind set 34, "security operations and incident response": SIEM and pipeline events, EDR
 * command lines, secret-scanning and DLP alerts, pentest tool output, password-manager exports and
 * key-rotation tickets, phishing and forensic triage, SSO debugging; negatives hold only IOCs, ids,
 * rule texts, masked values, placeholders and documented test data.
 */
export function buildBlindSet34(seed: number): BlindSetShape {
  const positives: Pos[] = [];
  for (const t of POS_TEMPLATES34) for (let d = 1; d <= t.draws; d++) positives.push(drawPositive(t, `${t.area}/${t.name}/${d}`, seed));
  const negatives: { id: string; text: string }[] = [];
  for (const t of NEG_TEMPLATES_ALL34) {
    for (let d = 1; d <= t.draws; d++) {
      const id = `${t.area}/${t.name}/${d}`;
      negatives.push({ id, text: t.make(new Rng34(hash34(`${seed}|${id}`))) });
    }
  }
  return { positives, negatives };
}
