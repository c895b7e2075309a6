import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { validUnderKey } from '../id-kinds';
import { keyedSecretValue } from '../secret-value';

/** A line break as a dump writes it: a real one, or `\r\n`/`\n` escaped (Python's `b'…'`, a JSON string). */
const NL = String.raw`(?:\r?\n|(?:\\r)?\\n)`;

/**
 * One form-data part of a multipart body: its `Content-Disposition: form-data; name="<k>"` header
 * (not a file part: no `filename=`), any further headers, a blank line, then the value's line `<v>`.
 * The part's name is the key of its value, as `name=value` is in a form-encoded body.
 */
export const PART = new RegExp(
  String.raw`Content-Disposition:[ \t]{0,4}form-data;[ \t]{0,4}name=\\{0,3}"(?<k>[^"\\\r\n;]{1,64})\\{0,3}"[ \t]{0,4}(?:${NL}[A-Za-z][\w-]{1,40}:[^\r\n\\]{0,200}){0,4}${NL}${NL}(?<v>[^\r\n\\]{1,512})`,
  'i',
);

/** The value of a part, its trailing blanks cut off (`trimEnd` relative to the value's start), or false when empty. */
export function partValue(v: string, ok: (value: string) => boolean): boolean | { ok: true; trimEnd: number } {
  const value = v.trimEnd();
  if (value.length === 0 || !ok(value)) return false;
  return value.length === v.length ? true : { ok: true, trimEnd: value.length };
}

/**
 * Fields of a multipart/form-data body (an upload's dump in a 413 or a framework's debug page):
 * a part named like a secret (`api_key`, `password`, `client_secret`) holding a plausible one, and
 * a part named like a personal id or date (`pan`, `passport_number`, `date_of_birth`, `bsn`) whose
 * value fits that key's layouts and checksums (id-kinds.ts).
 */
export const MULTIPART_FIELD_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'multipart-secret-field',
    name: 'Secret in a multipart form-data field',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['form-data'],
    span: 512, // the value is lines below its part's header
    pattern: PART,
    mask: 'full',
    validate: (v, ctx) => partValue(v, (value) => keyedSecretValue(ctx.key ?? '', value)),
    remediation: 'Rotate this secret and stop logging request bodies',
  }),
  defineDetector({
    id: 'multipart-personal-field',
    name: 'Personal id or date in a multipart form-data field',
    category: 'personal',
    severity: 'high',
    priority: 44,
    confidence: 0.8,
    keywords: ['form-data'],
    span: 512, // the value is lines below its part's header
    pattern: PART,
    mask: 'full',
    validate: (v, ctx) => partValue(v, (value) => validUnderKey(ctx.key ?? '', value)),
    remediation: 'Remove personal data from logged upload bodies (log the part names only)',
  }),
];
