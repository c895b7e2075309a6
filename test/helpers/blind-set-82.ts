import type { BlindSetShape } from './blind-set-measure';
import { CONTAINERS_A } from './blind-set-82-cont-a';
import { CONTAINERS_B } from './blind-set-82-cont-b';
import { CONTAINERS_C } from './blind-set-82-cont-c';
import { CREDENTIAL_GENS, type Spec } from './blind-set-82-creds';
import { bsEsc, freeKey, wordsOf, type Container, type Field, type Plant } from './blind-set-82-keys';
import { decoyField, noiseField } from './blind-set-82-noise';
import { FINANCIAL_GENS, PERSONAL_GENS } from './blind-set-82-people';
import { hash82, Rng82 } from './blind-set-82-rng';

/** Ad-hoc `key <op> value` log lines: random operators, spacing and quoting. */
const FREE_KV: Container = { name: 'kv-line', oneLine: true, render: (r, fs) => {
  const op = r.pick(['=', ': ', ' => ', ' := ', ' = ', ' -> ', ':']);
  const q = r.pick(['', '"', "'"]);
  const e = q === '"' ? bsEsc : (s: string) => s;
  const sep = r.pick([', ', ' ', ' | ', '; ']);
  const parts = fs.map((f) => `${f.key}${op}${q}${e(f.val)}${q}`);
  return { text: `${r.pick(['ERROR', 'WARN', 'debug', 'E'])} ${r.pick(['auth', 'sync', 'webhook', 'batch'])}${r.pick([': ', ' - ', ' >> '])}${parts.join(sep)}`, enc: new Map(fs.map((f) => [f, e])) };
} };

export const CONTAINERS_82: Container[] = [...CONTAINERS_A, ...CONTAINERS_B, ...CONTAINERS_C, FREE_KV];

function toFields(r: Rng82, s: Spec): Field[] {
  const phrase = r.pick(s.keys);
  const words = wordsOf(phrase);
  const key = s.role === 'cookie' ? phrase.replace(/\s+/g, '_') : freeKey(r, words);
  const f: Field = { words, key, val: s.val, plants: s.plants.map((p) => ({ ...p })), role: s.role };
  return [f, ...(s.extra ?? []).flatMap((x) => toFields(r, x))];
}

const uEsc = (v: string) => v.replace(/[@/:=+<>&'.]/g, (c) => (Math.abs(c.charCodeAt(0) * 7) % 3 === 0 ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
const entEsc = (v: string) => v.replace(/[@.:/=]/g, (c) => `&#${c.charCodeAt(0)};`);
const pctAll = (v: string) => encodeURIComponent(v);

function wrap(r: Rng82, text: string): string {
  const x = r.next();
  if (x < 0.2) return `2026-0${r.int(1, 9)}-1${r.int(0, 9)} 1${r.int(0, 9)}:0${r.int(0, 9)}:2${r.int(0, 9)},${r.digits(3)} ${r.pick(['ERROR', 'WARN', 'INFO'])} [${r.pick(['pool-3-thread-7', 'worker.12', 'main'])}] ${text}`;
  if (x < 0.3) return `${text}\n${r.pick(['… (truncated, 4096 bytes max)', '[message truncated]', '--- end of dump ---'])}`;
  return text;
}

function positive(r: Rng82, c: Container): { text: string; values: Plant[] } {
  const fields: Field[] = [];
  for (let n = r.int(2, 4); n > 0; n--) {
    const gens = r.weighted([[0.58, CREDENTIAL_GENS], [0.3, PERSONAL_GENS], [0.12, FINANCIAL_GENS]] as const);
    fields.push(...toFields(r, r.weighted(gens)(r)));
  }
  for (let n = r.int(1, 5); n > 0; n--) fields.splice(r.int(0, fields.length), 0, noiseField(r));
  if (r.chance(0.08)) {
    const src = fields.find((f) => f.plants.length === 1 && f.plants[0]!.value === f.val);
    if (src) fields.push({ words: ['state'], key: r.pick(['state', 'ctx_b64', 'meta', 'X-Context']), val: Buffer.from(JSON.stringify({ [src.key]: src.val, v: 1 })).toString('base64'), plants: [] });
  }
  if (c.oneLine) for (const f of fields) {
    f.val = f.val.replace(/\n/g, '\\n');
    for (const p of f.plants) p.value = p.value.replace(/\n/g, '\\n');
  }
  const out = c.render(r, fields);
  let text = out.text;
  const values: Plant[] = fields.flatMap((f) => f.plants.map((p) => ({ ...p, value: (out.enc.get(f) ?? ((s: string) => s))(p.value) })));
  if (r.chance(0.15) && values.length) {
    const v = r.pick(values);
    const t = /^json|graphql|http-response/.test(c.name) ? uEsc : /xml|html|soap/.test(c.name) ? entEsc : c.name === 'url-query' || c.name === 'form-urlencoded' ? null : pctAll;
    const nv = t ? t(v.value) : v.value;
    if (nv !== v.value && text.split(v.value).length === 2 && values.filter((w) => v.value.includes(w.value) || w.value.includes(v.value)).length === 1) {
      text = text.replace(v.value, nv);
      v.value = nv;
    }
  }
  return { text: wrap(r, text), values };
}

const okValue = (text: string, v: Plant) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2);

/** Sealed blind set 82: fresh random payloads from a combinatorial grammar of containers, key spellings, values and escapes. */
export function buildBlindSet82(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Plant[] }[] = [];
  const negatives: { id: string; text: string }[] = [];
  const counter = new Map<string, number>();
  const nextId = (name: string) => {
    const n = (counter.get(name) ?? 0) + 1;
    counter.set(name, n);
    return `${name}/${n}`;
  };
  const order = new Rng82(hash82(`82:${seed}:order`));
  for (let i = 0; i < 520; i++) {
    const c = i < CONTAINERS_82.length ? CONTAINERS_82[i]! : order.pick(CONTAINERS_82);
    let got: { text: string; values: Plant[] } | undefined;
    for (let attempt = 0; attempt < 6; attempt++) {
      got = positive(new Rng82(hash82(`82:${seed}:pos:${i}:${attempt}`)), c);
      if (got.values.every((v) => okValue(got!.text, v))) break;
    }
    const values = got!.values.filter((v) => okValue(got!.text, v));
    if (values.length) positives.push({ id: nextId(c.name), text: got!.text, values });
  }
  for (let i = 0; i < 210; i++) {
    const c = CONTAINERS_82[i % CONTAINERS_82.length]!;
    const r = new Rng82(hash82(`82:${seed}:neg:${i}`));
    const fields: Field[] = [];
    for (let n = r.int(1, 3); n > 0; n--) fields.push(decoyField(r));
    for (let n = r.int(1, 4); n > 0; n--) fields.splice(r.int(0, fields.length), 0, noiseField(r));
    negatives.push({ id: nextId(c.name), text: wrap(r, c.render(r, fields).text) });
  }
  return { positives, negatives };
}
