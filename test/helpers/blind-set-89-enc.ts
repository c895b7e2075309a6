/** The printed forms a planted value may take once its text has been escaped for transport. */
const json = (v: string): string => JSON.stringify(v).slice(1, -1);
const xml = (v: string): string => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const xmlq = (v: string): string => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pct = (v: string): string => encodeURIComponent(v);
const form = (v: string): string => encodeURIComponent(v).replace(/%20/g, '+');

export const PRINTED_FORMS: readonly { name: string; print: (v: string) => string }[] = [
  { name: 'raw', print: (v) => v },
  { name: 'json', print: json },
  { name: 'json2', print: (v) => json(json(v)) },
  { name: 'json3', print: (v) => json(json(json(v))) },
  { name: 'xml', print: xml },
  { name: 'xmlq', print: xmlq },
  { name: 'xml-json', print: (v) => json(xml(v)) },
  { name: 'xml-json2', print: (v) => json(json(xml(v))) },
  { name: 'pct', print: pct },
  { name: 'form', print: form },
  { name: 'pct-json', print: (v) => json(pct(v)) },
  { name: 'form-json', print: (v) => json(form(v)) },
  { name: 'form-json2', print: (v) => json(json(form(v))) },
];

export const jsonEsc = json;
export const xmlEsc = xml;
export const formEnc = form;

/** Undoes the escapes a printed form may carry (JSON, then XML entities, then percent-encoding). */
export function decodePrinted(v: string): string {
  let s = v;
  for (let i = 0; i < 3 && /\\["\\/nrtu]/.test(s); i++) {
    try {
      s = JSON.parse(`"${s}"`) as string;
    } catch {
      break;
    }
  }
  s = s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  if (/%[0-9A-Fa-f]{2}/.test(s)) {
    try {
      s = decodeURIComponent(s);
    } catch {
      /* leave as is */
    }
  }
  return s;
}
