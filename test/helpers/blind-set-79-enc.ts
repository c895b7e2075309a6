import { keyName79, NEST_KEYS, PLAIN_KEYS, plainValue79, type Conv } from './blind-set-79-keys';
import type { Rng79 } from './blind-set-79-rng';

/** A field to render: key words, the raw value, and whether the value spans lines. */
export interface Field79 {
  key: string[];
  raw: string;
  multiline?: boolean;
  /** The scheme (`Bearer`, `Basic`, `token`) when the value may go in an `Authorization` header. */
  auth?: string;
}

/** A character-wise encoder: how a value appears inside a container's quoting. */
export type Enc = (s: string) => string;

/** What a container rendered: the text and, for each field, the encoder its value went through. */
export interface Rendered79 {
  text: string;
  encs: Enc[];
}

/** A container family: its name, whether it can hold multi-line values, and its renderer. */
export interface Container79 {
  name: string;
  multiline: boolean;
  render: (fs: readonly Field79[], r: Rng79) => Rendered79;
}

/** Identity. */
export const idEnc: Enc = (s) => s;
/** JSON string body (also Rust Debug, protobuf text, YAML double quotes). */
export const jsonEnc: Enc = (s) => JSON.stringify(s).slice(1, -1);
/** JSON string inside a JSON string. */
export const json2Enc: Enc = (s) => jsonEnc(jsonEnc(s));
/** Backslash-escaped single quotes (Python, Ruby, PHP single-quoted). */
export const sqEnc: Enc = (s) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n');
/** SQL or YAML single quotes: the quote doubled. */
export const dblSqEnc: Enc = (s) => s.replace(/'/g, "''");
/** XML text and attribute escaping. */
export const xmlEnc: Enc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Percent-encoding (query strings, cookies). */
export const urlEnc: Enc = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
/** Form encoding (space as `+`). */
export const formEnc: Enc = (s) => urlEnc(s).replace(/%20/g, '+');
/** Shell double quotes. */
export const shDqEnc: Enc = (s) => s.replace(/[\\"$`]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
/** Markdown table cell. */
export const mdEnc: Enc = (s) => s.replace(/\|/g, '\\|');
/** CSV quoted cell. */
export const csvEnc: Enc = (s) => s.replace(/"/g, '""');

/** Whether a value can stand bare (no quoting) in a shell, env file or logfmt. */
export function bareOk(s: string): boolean {
  return /^[A-Za-z0-9_.\/:@%+=,-]+$/.test(s);
}

/** Key names for the fields, unique within one container. */
export function names79(r: Rng79, fs: readonly Field79[], convs: readonly Conv[]): string[] {
  const c = r.pick(convs);
  const seen = new Set<string>();
  return fs.map((f) => {
    let n = r.next() < 0.85 ? keyName79(r, f.key, [c]) : keyName79(r, f.key, convs);
    while (seen.has(n)) n += r.pick(['2', '_alt', 'B']);
    seen.add(n);
    return n;
  });
}

/** A nesting path of 0-3 levels in a convention. */
export function nestPath79(r: Rng79, max = 3): string[] {
  const n = r.int(0, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let k = r.pick(NEST_KEYS);
    while (out.includes(k)) k = r.pick(NEST_KEYS);
    out.push(k);
  }
  return out;
}

/** Adds 0-2 harmless sibling fields at random positions; returns the fields and which of them are the real ones. */
export function withSiblings79(r: Rng79, fs: readonly Field79[]): { all: Field79[]; idx: number[] } {
  const all: Field79[] = [...fs];
  const n = r.int(0, 2);
  const extra: Field79[] = [];
  for (let i = 0; i < n; i++) {
    const key = r.pick(PLAIN_KEYS);
    if (fs.some((f) => f.key.join() === key.join()) || extra.some((f) => f.key.join() === key.join())) continue;
    extra.push({ key: [...key], raw: plainValue79(r, key) });
  }
  for (const e of extra) all.splice(r.int(0, all.length), 0, e);
  return { all, idx: fs.map((f) => all.indexOf(f)) };
}

/** Renders with siblings and keeps only the real fields' encoders. */
export function withSib(render: (fs: readonly Field79[], r: Rng79) => Rendered79): (fs: readonly Field79[], r: Rng79) => Rendered79 {
  return (fs, r) => {
    const { all, idx } = withSiblings79(r, fs);
    const out = render(all, r);
    return { text: out.text, encs: idx.map((i) => out.encs[i]!) };
  };
}
