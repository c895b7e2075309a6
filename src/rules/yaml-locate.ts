import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import { formatPath, type Problem, type RawProblem } from './problems';

/** Gives each raw problem the line and column of the YAML node its path points to. */
export function locateProblems(doc: Document, lc: LineCounter, raw: readonly RawProblem[]): Problem[] {
  return raw.map((p) => {
    const offset = offsetOf(doc, p.path, p.atKey);
    const pos = lc.linePos(offset);
    return { path: formatPath(p.path), line: pos.line, column: pos.col, message: p.message };
  });
}

function offsetOf(doc: Document, path: readonly (string | number)[], atKey: boolean): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    if (isAlias(node)) node = node.resolve(doc);
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((it) => keyText(it.key) === String(seg));
      if (!pair) return offset;
      if (last && atKey) return rangeStart(pair.key) ?? offset;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
    } else {
      return offset;
    }
    offset = rangeStart(node) ?? offset;
  }
  return offset;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const r = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return r ? r[0] : undefined;
}
