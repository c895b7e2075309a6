import type { BlindSetShape } from './blind-set-measure';
import { drawCred79 } from './blind-set-79-cred';
import { CONTAINERS_A } from './blind-set-79-containers-a';
import { CONTAINERS_B } from './blind-set-79-containers-b';
import type { Container79, Field79 } from './blind-set-79-enc';
import { keyWords79 } from './blind-set-79-keys';
import { drawNeg79 } from './blind-set-79-neg';
import { wrap79 } from './blind-set-79-noise';
import { drawPii79 } from './blind-set-79-pii';
import { hash79, Rng79, weighted79 } from './blind-set-79-rng';

/** One planted value. */
export interface Value79 {
  value: string;
  kind: string;
  group: string;
}

/** Every container family of the grammar. */
export const CONTAINERS79: readonly Container79[] = [...CONTAINERS_A, ...CONTAINERS_B];

const AUTH_KINDS = new Set(['jwt', 'github-pat', 'gitlab-pat', 'slack-bot-token', 'npm-token', 'vault-token', 'digitalocean-token', 'shopify-token', 'square-token', 'figma-token', 'doppler-token']);

interface Planned extends Field79 {
  kind: string;
  group: string;
  plant?: string;
}

/** Draws the fields of one positive case: 1-4 draws of credential, personal or financial fields. */
function drawFields(r: Rng79, c: Container79): Planned[] {
  const out: Planned[] = [];
  const n = r.int(1, 4);
  for (let i = 0; i < n; i++) {
    const g = weighted79(r, { credential: 0.68, personal: 0.2, financial: 0.12 });
    if (g === 'credential') {
      let d = drawCred79(r);
      while (d.multiline && !c.multiline) d = drawCred79(r);
      if (out.some((o) => o.multiline) && d.multiline) continue;
      const auth = d.kind === 'basic-auth' ? 'Basic' : AUTH_KINDS.has(d.kind) ? r.pick(['Bearer', 'Bearer', 'token']) : undefined;
      out.push({ key: keyWords79(r, d.fam, d.vendor, d.value), raw: d.value, kind: d.kind, group: 'credential', multiline: d.multiline, plant: d.plant, auth });
    } else {
      const pre = r.next() < 0.15 ? [r.pick(['billing', 'shipping', 'customer', 'holder', 'contact'])] : [];
      for (const p of drawPii79(r, g)) {
        const key = p.key.length === 1 || pre.length === 0 ? [...pre, ...p.key] : p.key;
        if (out.some((o) => o.key.join() === key.join())) continue;
        out.push({ key, raw: p.value, kind: p.kind, group: p.group });
      }
    }
  }
  return out;
}

/** Whether every value occurs in the text, and a short one exactly once. */
function wellFormed(text: string, vs: readonly Value79[]): boolean {
  return vs.length > 0 && vs.every((v) => v.value.length > 0 && text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/** One positive case from the grammar: fields in a container in surroundings; retried until well formed. */
function positive(seed: number, k: number): { id: string; text: string; values: Value79[] } {
  for (let attempt = 0; ; attempt++) {
    const r = new Rng79(hash79(`79/pos/${seed}/${k}/${attempt}`));
    const c = r.pick(CONTAINERS79);
    const fs = drawFields(r, c);
    if (fs.length === 0) continue;
    const out = c.render(fs, r);
    const multi = fs.some((f) => f.multiline) || out.text.includes('\n');
    const w = wrap79(r, out.text, multi);
    const values = fs.map((f, i) => ({ value: w.t(out.encs[i]!(f.plant ?? f.raw)), kind: f.kind, group: f.group }));
    if (wellFormed(w.text, values)) return { id: `${c.name}/${w.source}/${k}`, text: w.text, values };
  }
}

/** One negative case from the same grammar: secret-ish keys with harmless values and harmless keys with high-entropy values. */
function negative(seed: number, k: number): { id: string; text: string } {
  const r = new Rng79(hash79(`79/neg/${seed}/${k}`));
  const c = r.pick(CONTAINERS79);
  const out = c.render(drawNeg79(r), r);
  const w = wrap79(r, out.text, out.text.includes('\n'));
  return { id: `${c.name}/${w.source}/n${k}`, text: w.text };
}

/**
 * Sealed blind set 79: fresh random payloads from a grammar (container and nesting, key name, naming
 * convention, assignment form, quoting/escaping, value format, surroundings) with planted
 * credentials, personal and financial values; negatives from the same grammar with nothing to redact.
 */
export function buildBlindSet79(seed: number): BlindSetShape {
  const positives = Array.from({ length: 540 }, (_, k) => positive(seed, k));
  const negatives = Array.from({ length: 190 }, (_, k) => negative(seed, k));
  return { positives, negatives };
}
