import type { Alert } from '../alert/alert';
import { TRANSITIONS } from '../alert/alert';
import type { Severity } from '../alert/severity';

/** Regexes and `contains` look at most this many characters of a field. */
export const MAX_MATCH_INPUT = 16 * 1024;

/** What an alert is matched against: the alert plus the severity decided so far. */
export class MatchContext {
  private logsText: string | undefined;
  private allText: string | undefined;

  constructor(
    readonly alert: Alert,
    /** The severity decided so far (route matching) or the decision's severity (inhibition). */
    public severity: Severity,
  ) {}

  /** The log messages, joined by newlines (computed once). */
  get logs(): string {
    if (this.logsText === undefined) {
      const logs = this.alert.logs;
      let s = '';
      for (let i = 0; i < logs.length && s.length < MAX_MATCH_INPUT; i++) s += (i > 0 ? '\n' : '') + logs[i].message;
      this.logsText = s;
    }
    return this.logsText;
  }

  /** Title, message and logs joined by newlines (computed once). */
  get text(): string {
    if (this.allText === undefined) this.allText = `${this.alert.title}\n${this.alert.message}\n${this.logs}`;
    return this.allText;
  }
}

/** How a field's values compare. */
export type FieldKind = 'text' | 'number' | 'priority' | 'boolean' | 'list' | 'severity';

/** A field that conditions, `group_by` and `equal` can name. */
export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** When set, equality values must be one of these. */
  values?: readonly string[];
  /** Text: string or null (absent). Number/priority: number or null. List: string[]. Severity: name or null. */
  get(c: MatchContext): unknown;
  /**
   * For composite text fields (`logs`, `text`): does `test` hold for any part (title, message,
   * each log line), within MAX_MATCH_INPUT characters in all? Saves joining the parts.
   */
  someText?(c: MatchContext, test: (s: string) => boolean): boolean;
}

/** Runs `test` over the parts in order, bounded to MAX_MATCH_INPUT characters in all. */
function someBounded(parts: readonly string[], test: (s: string) => boolean, budget: number): number {
  for (let i = 0; i < parts.length && budget > 0; i++) {
    const s = parts[i];
    if (s === '') continue;
    if (test(s.length > budget ? s.slice(0, budget) : s)) return -1;
    budget -= s.length + 1;
  }
  return budget;
}

function someLog(c: MatchContext, test: (s: string) => boolean, budget: number): boolean {
  const logs = c.alert.logs;
  for (let i = 0; i < logs.length && budget > 0; i++) {
    const s = logs[i].message;
    if (s === '') continue;
    if (test(s.length > budget ? s.slice(0, budget) : s)) return true;
    budget -= s.length + 1;
  }
  return false;
}

const text = (name: string, get: (a: Alert) => string | null, values?: readonly string[]): FieldSpec => ({
  name,
  kind: 'text',
  values,
  get: (c) => {
    const v = get(c.alert);
    return v === null || v === '' ? null : v;
  },
});

const STATIC_FIELDS: FieldSpec[] = [
  text('source', (a) => a.source, ['datadog', 'security', 'unparsable']),
  text('monitor_id', (a) => a.monitorId),
  text('title', (a) => a.title),
  text('transition', (a) => a.transition, TRANSITIONS),
  { name: 'priority', kind: 'priority', get: (c) => c.alert.priority },
  text('status', (a) => a.status),
  text('alert_type', (a) => a.alertType),
  text('event_type', (a) => a.eventType),
  text('service', (a) => a.service),
  text('env', (a) => a.env),
  text('team', (a) => a.team),
  text('host', (a) => a.host),
  text('message', (a) => a.message),
  {
    name: 'logs',
    kind: 'text',
    get: (c) => (c.logs === '' ? null : c.logs),
    someText: (c, test) => someLog(c, test, MAX_MATCH_INPUT),
  },
  {
    name: 'text',
    kind: 'text',
    get: (c) => c.text,
    someText: (c, test) => {
      const left = someBounded([c.alert.title, c.alert.message], test, MAX_MATCH_INPUT);
      return left < 0 || someLog(c, test, left);
    },
  },
  { name: 'scope', kind: 'list', get: (c) => c.alert.scope },
  { name: 'leak.detected', kind: 'boolean', get: (c) => c.alert.leak.detected },
  {
    name: 'leak.category',
    kind: 'list',
    values: ['credential', 'personal', 'financial', 'infrastructure'],
    get: (c) => c.alert.leak.categories,
  },
  { name: 'leak.detectors', kind: 'list', get: (c) => c.alert.leak.detectors },
  { name: 'leak.max_severity', kind: 'severity', get: (c) => c.alert.leak.maxSeverity },
  { name: 'leak.count', kind: 'number', get: (c) => c.alert.leak.count },
  { name: 'severity', kind: 'severity', get: (c) => c.severity },
  // Synthetics tests and security signals (from the payload template's `synthetics` / `security` objects).
  text('synthetics.test', (a) => a.extra.synthetics_test ?? null),
  text('synthetics.failing_step', (a) => a.extra.synthetics_failing_step ?? null),
  text('synthetics.error', (a) => a.extra.synthetics_error ?? a.extra.synthetics_summary ?? null),
  text('synthetics.location', (a) => a.extra.synthetics_location ?? null),
  text('synthetics.test_type', (a) => a.extra.synthetics_test_type ?? null),
  text('security.rule', (a) => a.extra.security_rule ?? null),
  text('security.signal_severity', (a) => a.extra.security_severity ?? null),
];

/** Fields of synthetics tests and security signals, as `herald rules explain` lists them. */
export const PAYLOAD_DETAIL_FIELDS: readonly string[] = ['synthetics.test', 'synthetics.failing_step', 'synthetics.error', 'synthetics.location', 'synthetics.test_type', 'security.rule', 'security.signal_severity'];

/** The detail fields that have a value for this alert, as `[name, value]`. */
export function payloadDetails(alert: Alert): [name: string, value: string][] {
  const c = new MatchContext(alert, 'info');
  const out: [string, string][] = [];
  for (const name of PAYLOAD_DETAIL_FIELDS) {
    const v = fieldString(lookupField(name)!, c);
    if (v) out.push([name, v]);
  }
  return out;
}

const BY_NAME = new Map(STATIC_FIELDS.map((f) => [f.name, f]));
const TAG_FIELDS = new Map<string, FieldSpec>();

/** The field names conditions accept (plus `tags.<key>`). */
export const FIELD_NAMES: readonly string[] = [...STATIC_FIELDS.map((f) => f.name), 'tags.<key>'];

/** The spec of a field by name (`service`, `tags.integration`, `leak.category`…), or undefined. */
export function lookupField(name: string): FieldSpec | undefined {
  const known = BY_NAME.get(name);
  if (known) return known;
  if (!name.startsWith('tags.') || name.length <= 5) return undefined;
  let spec = TAG_FIELDS.get(name);
  if (!spec) {
    const key = name.slice(5);
    spec = {
      name,
      kind: 'text',
      get: (c) => (Object.prototype.hasOwnProperty.call(c.alert.tags, key) ? c.alert.tags[key] : null),
    };
    if (TAG_FIELDS.size < 10_000) TAG_FIELDS.set(name, spec);
  }
  return spec;
}

/** A field's value as a plain string (lists joined by `,`, absent = ''), for fingerprints and `equal`. */
export function fieldString(spec: FieldSpec, c: MatchContext): string {
  const v = spec.get(c);
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join(',');
  return String(v);
}

/** The `group_by` fields' values for an alert, the input of alert/fingerprint.ts `groupedFingerprint`. Throws on an unknown field. */
export function groupByValues(alert: Alert, groupBy: readonly string[], severity: Severity): [name: string, value: string][] {
  const c = new MatchContext(alert, severity);
  return groupBy.map((name) => {
    const spec = lookupField(name);
    if (!spec) throw new Error(`group_by: unknown field ${JSON.stringify(name)}`);
    return [name, fieldString(spec, c)];
  });
}
