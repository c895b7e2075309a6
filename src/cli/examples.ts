import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from './package-root';

/** The example sent when `herald try` names none. */
export const DEFAULT_EXAMPLE = 'stripe-leak';

/** One example payload from examples/. */
export interface Example {
  name: string;
  file: string;
  payload: Record<string, unknown>;
}

/** The folder of example payloads shipped with Herald. */
export function examplesDir(): string {
  return path.join(packageRoot(), 'examples');
}

/** Names of the shipped examples (`stripe-leak`, …), sorted. */
export function exampleNames(dir: string = examplesDir()): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/**
 * An example by name, or any payload file by path. Throws a message that lists the
 * examples when neither exists or the file is not a JSON object.
 */
export function loadExample(nameOrFile: string, dir: string = examplesDir()): Example {
  const named = path.join(dir, `${nameOrFile}.json`);
  const file = /^[a-z0-9-]+$/.test(nameOrFile) && existsSync(named) ? named : nameOrFile;
  if (!existsSync(file)) {
    throw new Error(`no example or file ${JSON.stringify(nameOrFile)}; examples: ${exampleNames(dir).join(', ')}`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file} is not JSON: ${(e as Error).message}`);
  }
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) throw new Error(`${file} is not a JSON object (a Datadog payload)`);
  return { name: path.basename(file, '.json'), file, payload: payload as Record<string, unknown> };
}

/**
 * A copy of a payload as a new delivery: a fresh 19-digit `$ID` (Herald drops a redelivery of
 * an id it has seen) and the event time set to now, so that a recovery sent after its trigger
 * is newer than it.
 */
export function freshDelivery(payload: Record<string, unknown>, now: number, random: () => number = Math.random): Record<string, unknown> {
  const id = `${String(now).padStart(13, '0').slice(-13)}${String(Math.floor(random() * 1e6)).padStart(6, '0')}`;
  const out: Record<string, unknown> = { ...payload, id };
  for (const k of ['date', 'last_updated']) if (k in payload) out[k] = String(now);
  return out;
}
