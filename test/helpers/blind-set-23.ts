import { hash9 } from './blind-set-9-rng';
import { aiCases23 } from './blind-set-23-ai';
import { cloudCases23 } from './blind-set-23-cloud';
import { commerceCases23 } from './blind-set-23-commerce';
import { commsCases23 } from './blind-set-23-comms';
import { crmCases23 } from './blind-set-23-crm';
import { dataCases23 } from './blind-set-23-data';
import { devCases23 } from './blind-set-23-dev';
import { identityCases23 } from './blind-set-23-identity';
import { negIdCases23 } from './blind-set-23-neg-ids';
import { negLogCases23 } from './blind-set-23-neg-logs';
import { negPublicCases23 } from './blind-set-23-neg-public';
import { officeCases23 } from './blind-set-23-office';
import { payCases23 } from './blind-set-23-pay';
import type { Negative23, NegTemplate23, PosTemplate23, Positive23 } from './blind-set-23-types';
import { Gen23 } from './blind-set-23-values';
import { saasCases23 } from './blind-set-23-saas';
import { treasuryCases23 } from './blind-set-23-treasury';
import { worldCases23 } from './blind-set-23-world';

/** How many draws each template makes (ids `source/name-1`, `source/name-2`). */
const DRAWS = 2;

const POSITIVE_SOURCES: readonly (readonly [string, readonly PosTemplate23[]])[] = [
  ['payments', payCases23],
  ['crm', crmCases23],
  ['comms', commsCases23],
  ['cloud', cloudCases23],
  ['devtools', devCases23],
  ['data', dataCases23],
  ['ai', aiCases23],
  ['commerce', commerceCases23],
  ['backoffice', officeCases23],
  ['identity', identityCases23],
  ['regional', worldCases23],
  ['treasury', treasuryCases23],
  ['saas', saasCases23],
];

const NEGATIVE_SOURCES: readonly (readonly [string, readonly NegTemplate23[]])[] = [
  ['neg-ids', negIdCases23],
  ['neg-public', negPublicCases23],
  ['neg-logs', negLogCases23],
];

/** Each case draws from its own stream, seeded by the set's seed and the case id. */
function streamFor(seed: number, id: string): Gen23 {
  return new Gen23((Math.imul(seed >>> 0, 0x9e3779b1) ^ hash9(id)) >>> 0);
}

/**
 * Blind set 23, "Tuesday in the alerts channel": the everyday error output of a mid-size
 * company's API integrations as real providers and libraries print it. A pure function of the seed.
 */
export function buildBlindSet23(seed: number): { positives: Positive23[]; negatives: Negative23[] } {
  const positives: Positive23[] = [];
  const negatives: Negative23[] = [];
  for (const [source, templates] of POSITIVE_SOURCES) {
    for (const [name, make] of templates) {
      for (let k = 1; k <= DRAWS; k++) {
        const id = `${source}/${name}-${k}`;
        const d = make(streamFor(seed, id), k);
        positives.push({ id, text: d.text, values: d.values });
      }
    }
  }
  for (const [source, templates] of NEGATIVE_SOURCES) {
    for (const [name, make] of templates) {
      for (let k = 1; k <= DRAWS; k++) {
        const id = `${source}/${name}-${k}`;
        negatives.push({ id, text: make(streamFor(seed, id), k) });
      }
    }
  }
  return { positives, negatives };
}
