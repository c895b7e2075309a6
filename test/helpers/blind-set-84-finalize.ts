/**
 * Blind set 84: turns what a generator planted into the values of a case. A client library prints
 * a value escaped (JSON inside JSON, Python bytes, Ruby inspect, form encoding, XML, wire bytes),
 * so each planted value is looked up in every form a printer could give it; the forms found in the
 * text are the values. A value the printer left out (a body it does not print) is no value.
 */
import { asciiEsc, jsonEsc, pyBytesRepr, rbInspect, wireEsc, xmlEsc, type Planted } from './blind-set-84-ctx';
import { formEnc, pctEnc } from './blind-set-84-rng';

const TRANSFORMS: ((s: string) => string)[] = [
  (s) => s,
  jsonEsc,
  (s) => asciiEsc(jsonEsc(s)),
  (s) => jsonEsc(s).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'),
  (s) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r'),
  (s) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r'),
  (s) => pyBytesRepr(`"${s}`).slice(3, -1),
  (s) => pyBytesRepr(`"${s}`).slice(3, -1).replace(/\\'/g, "'"),
  (s) => s.replace(/'/g, "'\\''"),
  (s) => rbInspect(s).slice(1, -1),
  formEnc,
  pctEnc,
  xmlEsc,
  wireEsc,
  asciiEsc,
];

/**
 * Every printed form of a value, without repeats: any two escapings, then up to two more levels
 * of JSON string escaping (a JSON body inside a JSON log inside a webhook's JSON).
 */
export function printedForms(v: string): string[] {
  const out = new Set<string>();
  for (const a of TRANSFORMS) {
    const once = a(v);
    for (const b of TRANSFORMS) out.add(b(once));
  }
  if (/^[\w.~+/=:-]*$/.test(v)) return [...out];
  for (const f of [...out]) {
    const j1 = jsonEsc(f);
    out.add(j1);
    out.add(jsonEsc(j1));
  }
  return [...out];
}

/** The values of a case: each planted value in every form the text holds it, checked by `formatOk`. */
export function finalize(text: string, planted: readonly Planted[], formatOk: (kind: string, value: string) => boolean): Planted[] {
  const seen = new Map<string, Planted>();
  for (const p of planted) {
    for (const form of printedForms(p.value)) {
      if (form.length === 0 || seen.has(form) || !text.includes(form) || !formatOk(p.kind, form)) continue;
      seen.set(form, { value: form, kind: p.kind, group: p.group });
    }
  }
  // A form that only ever sits inside a longer value of the same case is no value of its own.
  const all = [...seen.values()];
  return all.filter((v) => {
    const longer = all.filter((w) => w.value.length > v.value.length && w.value.includes(v.value));
    if (longer.length === 0) return true;
    return text.split(v.value).length - 1 > longer.reduce((n, w) => n + (text.split(w.value).length - 1) * (w.value.split(v.value).length - 1), 0);
  });
}

/** True when every short value (≤ 6 characters) occurs exactly once in the text. */
export function shortOnce(text: string, values: readonly Planted[]): boolean {
  return values.every((v) => v.value.length > 6 || text.split(v.value).length === 2);
}

/**
 * Cuts a text at about `n` characters the way a logger truncates a body, but never through a
 * planted value: the cut moves to before any value it would split.
 */
export function safeCut(text: string, n: number, planted: readonly Planted[]): string {
  if (text.length <= n) return text;
  let cut = n;
  for (const p of planted) {
    for (const form of printedForms(p.value)) {
      let i = text.indexOf(form);
      while (i >= 0 && i < cut) {
        if (i + form.length > cut) cut = i;
        i = text.indexOf(form, i + 1);
      }
    }
  }
  return text.slice(0, cut);
}
