import type { BlindSetShape } from './blind-set-measure';
import { Rng9, hash9 } from './blind-set-9-rng';
import { Ctx47, type Val47 } from './blind-set-47-gen';
import { connect47, five9, genesys47, type Tpl47 } from './blind-set-47-ccaas-a';
import { aircall47, cxone47, flex47, talkdesk47 } from './blind-set-47-ccaas-b';
import { ivr47, recordings47, transcripts47 } from './blind-set-47-talk';
import { helpdesk47 } from './blind-set-47-helpdesk';
import { desktop47, salesforce47, survey47 } from './blind-set-47-salesforce';
import { bots47, infra47, qa47, wfm47 } from './blind-set-47-bots';
import { negatives47 } from './blind-set-47-neg';
import { integrations47 } from './blind-set-47-creds';
import { money47 } from './blind-set-47-money';

const AREAS: readonly (readonly [string, readonly Tpl47[]])[] = [
  ['genesys', genesys47],
  ['five9', five9],
  ['connect', connect47],
  ['cxone', cxone47],
  ['talkdesk', talkdesk47],
  ['flex', flex47],
  ['aircall', aircall47],
  ['transcript', transcripts47],
  ['ivr', ivr47],
  ['recording', recordings47],
  ['helpdesk', helpdesk47],
  ['salesforce', salesforce47],
  ['survey', survey47],
  ['desktop', desktop47],
  ['bot', bots47],
  ['qa', qa47],
  ['wfm', wfm47],
  ['infra', infra47],
  ['integration', integrations47],
  ['payments', money47],
];

/** True when every value sits in the text and each short value occurs exactly once. */
function sound(text: string, vals: readonly Val47[]): boolean {
  if (vals.length === 0) return false;
  return vals.every((v) => v.value.length > 0 && text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/** Sealed blind set 47: contact centres and customer support. */
export function buildBlindSet47(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Val47[] }[] = [];
  const negatives: { id: string; text: string }[] = [];
  for (const [area, tpls] of AREAS) {
    for (const [name, count, make] of tpls) {
      for (let k = 0; k < count; k++) {
        const id = `${area}/${name}/${k}`;
        for (let attempt = 0; ; attempt++) {
          const c = new Ctx47(new Rng9(hash9(`47:${seed}:${id}:${attempt}`)));
          const text = make(c);
          if (sound(text, c.vals)) {
            positives.push({ id, text, values: c.vals });
            break;
          }
          if (attempt > 50) throw new Error(`blind set 47: cannot draw ${id}`);
        }
      }
    }
  }
  for (const [name, count, make] of negatives47) {
    for (let k = 0; k < count; k++) {
      const id = `neg/${name}/${k}`;
      const c = new Ctx47(new Rng9(hash9(`47:${seed}:${id}:0`)));
      negatives.push({ id, text: make(c) });
    }
  }
  return { positives, negatives };
}
