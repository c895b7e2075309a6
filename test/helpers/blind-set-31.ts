import type { BlindSetShape } from './blind-set-measure';
import { Plant31, type NegTemplate31, type Planted31, type Template31 } from './blind-set-31-case';
import { hash31, Rng31 } from './blind-set-31-rng';
import { CPAAS_TEMPLATES } from './blind-set-31-cpaas';
import { CPAAS2_TEMPLATES } from './blind-set-31-cpaas2';
import { VOIP_TEMPLATES } from './blind-set-31-voip';
import { VOIP2_TEMPLATES } from './blind-set-31-voip2';
import { IOT_TEMPLATES } from './blind-set-31-iot';
import { IOT2_TEMPLATES } from './blind-set-31-iot2';
import { LORA_TEMPLATES } from './blind-set-31-lora';
import { FLEET_TEMPLATES } from './blind-set-31-fleet';
import { FSM_TEMPLATES } from './blind-set-31-fsm';
import { BILLING_TEMPLATES } from './blind-set-31-billing';
import { BILLING2_TEMPLATES } from './blind-set-31-billing2';
import { BILLING3_TEMPLATES } from './blind-set-31-billing3';
import { OPS_TEMPLATES } from './blind-set-31-ops';
import { NEG_COMMS_TEMPLATES } from './blind-set-31-neg';
import { NEG_IOT_TEMPLATES } from './blind-set-31-neg2';
import { NEG_OPS_TEMPLATES } from './blind-set-31-neg3';
import { CARRIER_TEMPLATES } from './blind-set-31-carrier';
import { CARRIER2_TEMPLATES } from './blind-set-31-carrier2';

/** Positive template families of blind set 31 by area (the area is the first part of each case id). */
export const AREAS31: readonly [string, readonly Template31[]][] = [
  ['cpaas', [...CPAAS_TEMPLATES, ...CPAAS2_TEMPLATES]],
  ['voip', [...VOIP_TEMPLATES, ...VOIP2_TEMPLATES]],
  ['iot', [...IOT_TEMPLATES, ...IOT2_TEMPLATES, ...LORA_TEMPLATES]],
  ['fleet', [...FLEET_TEMPLATES, ...FSM_TEMPLATES]],
  ['billing', [...BILLING_TEMPLATES, ...BILLING2_TEMPLATES, ...BILLING3_TEMPLATES]],
  ['carrier', [...CARRIER_TEMPLATES, ...CARRIER2_TEMPLATES]],
  ['ops', OPS_TEMPLATES],
];

/** Negative template families of blind set 31 by area. */
export const NEG_AREAS31: readonly [string, readonly NegTemplate31[]][] = [
  ['neg-comms', NEG_COMMS_TEMPLATES],
  ['neg-iot', NEG_IOT_TEMPLATES],
  ['neg-ops', NEG_OPS_TEMPLATES],
];

/** Draws per positive template and per negative template. */
export const DRAWS31 = { positive: 5, negative: 4 };

/** True when every value sits in the text and each short value occurs exactly once. */
function wellPlaced(text: string, values: readonly Planted31[]): boolean {
  return values.length > 0 && values.every((v) => v.value.length > 0 && text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/**
 * Sealed blind set 31 (telecom, IoT and field operations) for a seed: every template drawn a few
 * times, each draw from its own stream; a draw whose short values repeat in its text is redrawn.
 */
export function buildBlindSet31(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Planted31[] }[] = [];
  for (const [area, templates] of AREAS31) {
    for (const t of templates) {
      for (let d = 0; d < DRAWS31.positive; d++) {
        let text = '';
        let plant = new Plant31();
        for (let attempt = 0; attempt < 40; attempt++) {
          plant = new Plant31();
          text = t.make(new Rng31(hash31(`31:${seed}:${area}/${t.id}/${d}:${attempt}`)), plant);
          if (wellPlaced(text, plant.values)) break;
        }
        positives.push({ id: `${area}/${t.id}/${d}`, text, values: plant.values });
      }
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const [area, templates] of NEG_AREAS31) {
    for (const t of templates) {
      for (let d = 0; d < DRAWS31.negative; d++) {
        negatives.push({ id: `${area}/${t.id}/${d}`, text: t.make(new Rng31(hash31(`31n:${seed}:${area}/${t.id}/${d}`))) });
      }
    }
  }
  return { positives, negatives };
}
