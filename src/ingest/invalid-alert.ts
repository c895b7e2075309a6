import type { Alert } from '../alert/alert';
import { normalizeDatadog } from '../alert/normalize';
import { validatePayload } from '../alert/validate-payload';
import { unparsableAlert } from './unparsable-alert';

/** What was wrong with a body that parsed but is not the alert its template promised. */
export interface TemplateProblem {
  field: string;
  message: string;
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The payload without its wrong-typed fields (an array: its first object), or null when
 * nothing identifies an alert; `problems` collects every field that was dropped.
 */
function salvage(value: unknown, problems: string[]): Obj | null {
  const found: Obj | undefined = isObj(value) ? value : Array.isArray(value) ? (value.find(isObj) as Obj | undefined) : undefined;
  if (!found) return null;
  const p: Obj = { ...found };
  for (let i = 0; i < 32; i++) {
    const check = validatePayload(p);
    if (check.ok) return p;
    if (check.field === '(body)' || check.field === 'title') return null;
    problems.push(`${check.field}: ${check.message}`);
    delete p[check.field];
  }
  return null;
}

/**
 * An authenticated body that parsed as JSON but failed validation (an array, fields of the
 * wrong type): kept as an alert so it is never lost — the fields that could be read
 * (wrong-typed ones dropped; of an array, its first object), else what an unparsable body
 * salvages. It is marked `unparsable` (rules route it as such) with `invalid_payload` as event
 * type, and `extra.template_problem` says what was wrong with the payload template.
 */
export function invalidAlert(value: unknown, text: string, problem: TemplateProblem, o: { now: number; rawBody?: string; bytes?: number }): Alert {
  const first = `${problem.field}: ${problem.message}${Array.isArray(value) ? ` (${value.length} item${value.length === 1 ? '' : 's'}${value.some(isObj) ? '; the first object is shown' : ''})` : ''}`;
  const problems = [first];
  const p = salvage(value, problems);
  let base: Alert | null = null;
  if (p) {
    try {
      base = normalizeDatadog(p, { now: o.now, rawBody: o.rawBody ?? text });
    } catch {
      base = null;
    }
  }
  if (!base) {
    const u = unparsableAlert(text, o.now, o.bytes);
    base = { ...u, title: u.rawTitle ? `Invalid webhook payload: ${u.rawTitle}` : 'Invalid Datadog webhook payload' };
  }
  const note = [...new Set(problems)].join('; ');
  return { ...base, source: 'unparsable', eventType: 'invalid_payload', extra: { ...base.extra, template_problem: note } };
}
