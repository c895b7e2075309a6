/** The result of checking that a parsed body is a Datadog alert. */
export type PayloadCheck = { ok: true; payload: Record<string, unknown> } | { ok: false; field: string; message: string };

const STRINGY = ['id', 'title', 'body', 'event_type', 'date', 'last_updated', 'link', 'hostname', 'service', 'env', 'team', 'text_only_msg'];
const OBJECTS = ['alert', 'org', 'event', 'security', 'routing', 'synthetics'];

/**
 * Check that a body that parsed as JSON is an alert: a JSON object whose known fields have
 * the right types and that has something to identify it (title, body, alert or security).
 * Says which field is wrong.
 */
export function validatePayload(v: unknown): PayloadCheck {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    return { ok: false, field: '(body)', message: `expected a JSON object, got ${Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v}` };
  }
  const p = v as Record<string, unknown>;
  for (const k of STRINGY) {
    const x = p[k];
    if (x !== undefined && x !== null && typeof x !== 'string' && typeof x !== 'number') {
      return { ok: false, field: k, message: `expected a string, got ${Array.isArray(x) ? 'an array' : typeof x}` };
    }
  }
  for (const k of OBJECTS) {
    const x = p[k];
    if (x !== undefined && x !== null && (typeof x !== 'object' || Array.isArray(x))) {
      return { ok: false, field: k, message: `expected an object, got ${Array.isArray(x) ? 'an array' : typeof x}` };
    }
  }
  const tags = p.tags;
  if (tags !== undefined && tags !== null && typeof tags !== 'string' && !(Array.isArray(tags) && tags.every((t) => typeof t === 'string'))) {
    return { ok: false, field: 'tags', message: 'expected a string like "a:b, c" or an array of strings' };
  }
  const alert = (p.alert ?? {}) as Record<string, unknown>;
  const sec = (p.security ?? {}) as Record<string, unknown>;
  const has = (x: unknown) => (typeof x === 'string' && x.trim() !== '' && x !== 'null') || typeof x === 'number';
  if (!has(p.title) && !has(p.body) && !has(alert.title) && !has(alert.id) && !has(alert.alert_id) && !has(sec.signal_title) && !has(sec.rule_name)) {
    return { ok: false, field: 'title', message: 'required: the payload has no title, body, alert or security fields (is the webhook payload template set?)' };
  }
  return { ok: true, payload: p };
}
