import { AUTH36 } from './blind-set-36-auth';
import { BROKERS36 } from './blind-set-36-brokers';
import { CACHE36 } from './blind-set-36-cache';
import { DLQ36 } from './blind-set-36-dlq';
import { Draw, type Planted36, type Template36 } from './blind-set-36-draw';
import { FLAGS36 } from './blind-set-36-flags';
import { GATEWAY36 } from './blind-set-36-gateway';
import { MESH36 } from './blind-set-36-mesh';
import { NEGATIVES36 } from './blind-set-36-negatives';
import { PAYMENTS36 } from './blind-set-36-payments';
import { PLATFORM36 } from './blind-set-36-platform';
import { hash36, Rng36 } from './blind-set-36-rng';

/** Every positive template of blind set 36. */
export const TEMPLATES36: Template36[] = [...GATEWAY36, ...MESH36, ...BROKERS36, ...CACHE36, ...AUTH36, ...FLAGS36, ...DLQ36, ...PAYMENTS36, ...PLATFORM36];

export interface BlindSet36 {
  positives: { id: string; text: string; values: Planted36[] }[];
  negatives: { id: string; text: string }[];
}

function sound(text: string, values: readonly Planted36[]): boolean {
  return values.every((v) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/**
 * Sealed blind set 36 (API gateways, service mesh, message brokers, the internal platform): each
 * positive template drawn 9 times and each negative 10 times, every draw from its own stream.
 */
export function buildBlindSet36(seed: number): BlindSet36 {
  const positives: BlindSet36['positives'] = [];
  for (const t of TEMPLATES36) {
    for (let i = 0; i < 9; i++) {
      const r = new Rng36(hash36(`${seed}/${t.area}/${t.name}/${i}`));
      let d = new Draw(r);
      let text = t.make(d);
      for (let k = 0; k < 20 && !sound(text, d.values); k++) {
        d = new Draw(r);
        text = t.make(d);
      }
      positives.push({ id: `${t.area}/${t.name}/${i}`, text, values: d.values });
    }
  }
  const negatives: BlindSet36['negatives'] = [];
  for (const t of NEGATIVES36) {
    for (let i = 0; i < 10; i++) {
      const r = new Rng36(hash36(`${seed}/neg/${t.area}/${t.name}/${i}`));
      negatives.push({ id: `${t.area}-neg/${t.name}/${i}`, text: t.make(r) });
    }
  }
  return { positives, negatives };
}
