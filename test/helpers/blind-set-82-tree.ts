import { bare, jsonEsc, spell, wordsOf, type Field, type Rendered } from './blind-set-82-keys';
import type { Rng82 } from './blind-set-82-rng';

/** A nested object: named children that are objects or fields. */
export interface Node {
  name: string;
  kids: (Node | Field)[];
}
export const isField = (x: Node | Field): x is Field => 'val' in x;

const WRAP = ['data', 'payload', 'request', 'body', 'params', 'config', 'user', 'billing', 'auth', 'context', 'meta', 'attributes', 'customer', 'settings', 'details', 'input', 'spec', 'credentials', 'profile', 'source'];

/** Spreads fields over paths 0-4 objects deep below the root (so 1-5 levels in all). */
export function tree(r: Rng82, fs: Field[], maxDepth = 5): Node {
  const root: Node = { name: '', kids: [] };
  const paths: Node[] = [root];
  for (let i = r.int(0, 3); i > 0; i--) {
    let at = r.pick(paths);
    const depth = r.int(1, maxDepth - 1);
    for (let d = 0; d < depth; d++) {
      const used = new Set(at.kids.map((k) => (isField(k) ? k.key : k.name)));
      const name = r.pick(WRAP.filter((w) => !used.has(w)));
      const n: Node = { name, kids: [] };
      at.kids.push(n);
      paths.push(n);
      at = n;
    }
  }
  for (const f of fs) r.pick(paths).kids.push(f);
  const prune = (n: Node): boolean => {
    n.kids = n.kids.filter((k) => isField(k) || prune(k));
    return n.kids.length > 0;
  };
  prune(root);
  return root;
}

/** Every field gets the same escape. */
export function same(fs: Field[], e: (s: string) => string): Rendered['enc'] {
  return new Map(fs.map((f) => [f, e]));
}

/** JSON text of a tree, compact or indented. */
export function jsonOf(n: Node, pretty: boolean, ind = ''): string {
  const nl = pretty ? '\n' : '';
  const sub = pretty ? ind + '  ' : '';
  const parts = n.kids.map((k) => `${sub}"${jsonEsc(isField(k) ? k.key : k.name)}":${pretty ? ' ' : ''}${isField(k) ? (k.raw ? k.val : `"${jsonEsc(k.val)}"`) : jsonOf(k, pretty, sub)}`);
  return `{${nl}${parts.join(`,${nl}`)}${nl}${pretty ? ind : ''}}`;
}

/** A whole-JSON rendering of fields (1-5 deep); `wrapDepth` extra escapes for JSON inside JSON strings. */
export function jsonRender(r: Rng82, fs: Field[]): Rendered {
  return { text: jsonOf(tree(r, fs), r.chance(0.5)), enc: same(fs, jsonEsc) };
}

/** YAML block text of a tree; escapes per field decided by the value. */
export function yamlOf(r: Rng82, n: Node, ind: string, enc: Rendered['enc']): string {
  const out: string[] = [];
  for (const k of n.kids) {
    if (!isField(k)) {
      out.push(`${ind}${k.name}:\n${yamlOf(r, k, ind + '  ', enc)}`);
      continue;
    }
    const key = /^[\w.\-\[\]]+$/.test(k.key) ? k.key : `"${jsonEsc(k.key)}"`;
    if (k.raw || (bare(k.val) && !/^(true|false|null|yes|no|~)$/i.test(k.val) && r.chance(0.7))) {
      enc.set(k, (s) => s);
      out.push(`${ind}${key}: ${k.val}`);
    } else if (k.val.includes('\n')) {
      const pad = ind + '  ';
      enc.set(k, (s) => s.replace(/\n/g, `\n${pad}`));
      out.push(`${ind}${key}: |\n${pad}${k.val.replace(/\n/g, `\n${pad}`)}`);
    } else if (r.chance(0.5)) {
      enc.set(k, (s) => s.replace(/'/g, "''"));
      out.push(`${ind}${key}: '${k.val.replace(/'/g, "''")}'`);
    } else {
      enc.set(k, jsonEsc);
      out.push(`${ind}${key}: "${jsonEsc(k.val)}"`);
    }
  }
  return out.join('\n');
}

/** Key in one fixed style (for formats whose keys are identifiers). */
export const styled = (f: Field, style: Parameters<typeof spell>[1]): string => spell(f.words.length ? f.words : wordsOf(f.key), style);
