import type { Finding } from '../../src/scan/index';

/**
 * A text re-wrapped the way real alerts carry it: `text` is the new text; `at[i]` is where the
 * original character `i` now starts (`at[text.length]` = where the original end lies); `own[j]`
 * is 1 when character `j` of the new text stands for an original character (0 for inserted
 * prefixes, quotes and the `\r` of a CRLF).
 */
export interface Wrapped {
  text: string;
  at: Int32Array;
  own: Uint8Array;
}

/** One metamorphic transform: a name and the mapping from a text to its wrapped form. */
export interface WrapTransform {
  name: string;
  wrap: (text: string) => Wrapped;
}

/** Builds a Wrapped text: `head`, then each original character's replacement (`emit`), then `tail`. */
function build(text: string, head: string, tail: string, emit: (c: string, i: number) => { inserted: string; own: string }): Wrapped {
  const parts: string[] = [head];
  const own: number[] = new Array<number>(head.length).fill(0);
  const at = new Int32Array(text.length + 1);
  let pos = head.length;
  for (let i = 0; i < text.length; i++) {
    const e = emit(text[i]!, i);
    parts.push(e.own, e.inserted);
    at[i] = pos;
    for (let k = 0; k < e.own.length; k++) own.push(1);
    for (let k = 0; k < e.inserted.length; k++) own.push(0);
    pos += e.own.length + e.inserted.length;
  }
  at[text.length] = pos;
  parts.push(tail);
  for (let k = 0; k < tail.length; k++) own.push(0);
  return { text: parts.join(''), at, own: Uint8Array.from(own) };
}

/** JSON string escape of one UTF-16 unit of `text` at `i` (a lone surrogate escaped, as JSON.stringify does). */
function jsonUnit(text: string, i: number): string {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const n = text.charCodeAt(i + 1);
    if (n >= 0xdc00 && n <= 0xdfff) return text[i]!;
  } else if (c >= 0xdc00 && c <= 0xdfff) {
    const p = text.charCodeAt(i - 1);
    if (p >= 0xd800 && p <= 0xdbff) return text[i]!;
  }
  return JSON.stringify(text[i]).slice(1, -1);
}

/** The whole text as the `message` string of a JSON log event (`{"ddsource":"app","message":"…"}`). */
export const jsonEmbedded: WrapTransform = {
  name: 'json-string',
  wrap: (text) => build(text, '{"ddsource":"app","message":"', '"}', (_c, i) => ({ own: jsonUnit(text, i), inserted: '' })),
};

/**
 * The whole text as the `msg` of a JSON log line that is itself a string in a JSON event (a
 * shipper that wraps the app's JSON line as `message`): every character escaped twice.
 */
export const jsonInJson: WrapTransform = {
  name: 'json-in-json',
  wrap: (text) =>
    build(text, '{"service":"api","message":"{\\"level\\":\\"error\\",\\"msg\\":\\"', '\\"}"}', (_c, i) => ({
      own: JSON.stringify(jsonUnit(text, i)).slice(1, -1),
      inserted: '',
    })),
};

/** A zero-width space after every seventh character (outside line breaks): a value split by characters that print as nothing. */
export const zeroWidth: WrapTransform = {
  name: 'zero-width',
  wrap: (text) => build(text, '', '', (c, i) => ({ own: c, inserted: i % 7 === 6 && c !== '\n' ? '\u200B' : '' })),
};

/** A console logger's colours: the text in red, every word after a space in cyan (ESC `[…m` sequences). */
export const ansiColours: WrapTransform = {
  name: 'ansi-colours',
  wrap: (text) => build(text, '\x1b[31m', '\x1b[0m', (c) => ({ own: c, inserted: c === ' ' ? '\x1b[0m\x1b[36m' : '' })),
};

/** Every line starting with `prefix`; line breaks become `eol` (`\r\n` for CRLF). */
function perLine(name: string, prefix: string, head = '', eol = '\n'): WrapTransform {
  return {
    name,
    wrap: (text) =>
      build(text, head + prefix, '', (c) => (c === '\n' ? { own: '', inserted: eol + prefix } : { own: c, inserted: '' })),
  };
}

/** The text as written (the baseline), under the same coverage rule as the transforms. */
export const AS_WRITTEN: WrapTransform = perLine('as-written', '');

/** The transforms 1–4 of the metamorphic test, in report order. */
export const WRAP_TRANSFORMS: readonly WrapTransform[] = [
  jsonEmbedded,
  jsonInJson,
  perLine('prefix-iso', '2026-12-05T08:41:07.123Z ERROR [worker-3] '),
  perLine('prefix-syslog', '<134>Dec  5 08:41:07 host app[123]: '),
  perLine('prefix-k8s', 'stderr F '),
  perLine('crlf', '', '', '\r\n'),
  perLine('yaml-block', '    ', 'log: |\n'),
  perLine('md-quote', '> '),
  zeroWidth,
  ansiColours,
];

/**
 * True when every occurrence of the original `value` in `original` is covered in the wrapped
 * text: each of its characters' new forms lies inside the findings, except raw line breaks and
 * inserted characters (a log prefix inside a multi-line value is not the value's).
 */
export function wrappedCovered(original: string, value: string, w: Wrapped, leaks: readonly Finding[]): boolean {
  const mask = new Uint8Array(w.text.length);
  for (const f of leaks) mask.fill(1, f.start, f.end);
  for (let at = original.indexOf(value); at >= 0; at = original.indexOf(value, at + 1)) {
    for (let j = w.at[at]!; j < w.at[at + value.length]!; j++) {
      const ch = w.text[j];
      if (w.own[j] && ch !== '\n' && ch !== '\r' && !mask[j]) return false;
    }
  }
  return true;
}
