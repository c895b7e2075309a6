/** The escapes an alert may apply to a value between the file and the final text. */
export const jsonEsc = (s: string): string => JSON.stringify(s).slice(1, -1);
export const htmlEsc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
export const pctEsc = (s: string): string => encodeURIComponent(s);

const BASE: readonly (readonly [string, (s: string) => string])[] = [
  ['json', jsonEsc],
  ['html', htmlEsc],
  ['pct', pctEsc],
];

/**
 * Every printed form of a value, raw first, then the escapes composed up to three deep
 * (JSON-escaped, double-JSON, triple-JSON, HTML-escaped, percent-encoded, and their mixes).
 */
export const PRINTED_FORMS: readonly { name: string; apply: (s: string) => string }[] = (() => {
  const out: { name: string; apply: (s: string) => string }[] = [{ name: 'raw', apply: (s) => s }];
  let layer = [...out];
  for (let depth = 0; depth < 3; depth++) {
    const next: typeof out = [];
    for (const f of layer) for (const [n, g] of BASE) next.push({ name: f.name === 'raw' ? n : `${f.name}+${n}`, apply: (s) => g(f.apply(s)) });
    out.push(...next);
    layer = next;
  }
  return out;
})();

/** The distinct printed forms of one value, in PRINTED_FORMS order. */
export function printedForms(value: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of PRINTED_FORMS) {
    const p = f.apply(value);
    if (!seen.has(p)) {
      seen.add(p);
      out.push(p);
    }
  }
  return out;
}

/** Undoes the escapes (JSON, HTML, percent) until the text stops changing. */
export function unescapeAll(s: string): string {
  let cur = s;
  for (let i = 0; i < 6; i++) {
    let next = cur;
    if (/\\["\\\/bfnrtu]/.test(next)) {
      try {
        next = JSON.parse(`"${next.replace(/(^|[^\\])"/g, '$1\\"')}"`) as string;
      } catch {
        /* not a JSON string body */
      }
    }
    next = next
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    if (/%[0-9A-Fa-f]{2}/.test(next)) {
      try {
        next = decodeURIComponent(next);
      } catch {
        /* stray percent */
      }
    }
    if (next === cur) return cur;
    cur = next;
  }
  return cur;
}
