import type { BlindSetShape } from './blind-set-measure';
import { Rng9, hash9 } from './blind-set-9-rng';
import { CI } from './blind-set-56-ci';
import { EXTRA } from './blind-set-56-extra';
import { X56 } from './blind-set-56-gen';
import { NEGATIVES } from './blind-set-56-negatives';
import { ASPNET, PHP } from './blind-set-56-net-php';
import { GO, NODE } from './blind-set-56-node-go';
import { FLASK, SPRING } from './blind-set-56-py-java';
import { DJANGO, RAILS, type T56 } from './blind-set-56-rails-django';

const AREAS: Record<string, T56[]> = { rails: RAILS, django: DJANGO, flask: FLASK, spring: SPRING, aspnet: ASPNET, php: PHP, node: NODE, go: GO };
const REPS = 7;
const NEG_REPS = 6;

/**
 * Sealed blind set 56: webhook receivers and API clients as their frameworks log them (Rails,
 * Django, Flask/FastAPI, Spring Boot, ASP.NET Core, Laravel/Symfony, Node, Go) calling payment,
 * CRM, messaging and identity providers. A pure function of the seed; each case draws from its
 * own stream seeded from `56:<seed>:<case id>`.
 */
export function buildBlindSet56(seed: number): BlindSetShape {
  const rng = (id: string) => new Rng9(hash9(`56:${seed}:${id}`));
  const positives: { id: string; text: string; values: { value: string; kind: string; group: string }[] }[] = [];
  for (let k = 0; k < REPS; k++) {
    for (const [area, tpls] of Object.entries(AREAS)) {
      [...tpls, ...(EXTRA[area] ?? []), ...(CI[area] ?? [])].forEach((t, i) => {
        const id = `${area}/${i}-${k}`;
        const x = new X56(rng(id));
        const text = t(x);
        positives.push({ id, text, values: x.vals });
      });
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (let k = 0; k < NEG_REPS; k++) {
    NEGATIVES.forEach((t, i) => {
      const id = `neg/${i}-${k}`;
      negatives.push({ id, text: t(rng(id)) });
    });
  }
  return { positives, negatives };
}
