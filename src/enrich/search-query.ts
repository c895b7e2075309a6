import type { Alert } from '../alert/alert';

const PLAIN = /^[A-Za-z0-9_.@-]+$/;

/** A value in Datadog search syntax: as is when plain, else quoted with `"` and `\` escaped. */
export function searchValue(v: string): string {
  return PLAIN.test(v) ? v : `"${v.replace(/["\\]/g, '\\$&')}"`;
}

/** One `key:value` tag (or a bare tag) as a search term. */
export function tagTerm(tag: string): string {
  const i = tag.indexOf(':');
  if (i <= 0) return searchValue(tag);
  const key = tag.slice(0, i);
  return `${PLAIN.test(key) ? key : searchValue(key)}:${searchValue(tag.slice(i + 1))}`;
}

/**
 * The error-log query for an alert: `service:<svc> env:<env> status:error`; without service
 * and env, its scope tags (up to 5) instead. Undefined when there is nothing to narrow by.
 */
export function logQuery(alert: Pick<Alert, 'service' | 'env' | 'scope'>): string | undefined {
  const terms: string[] = [];
  if (alert.service) terms.push(`service:${searchValue(alert.service)}`);
  if (alert.env) terms.push(`env:${searchValue(alert.env)}`);
  if (terms.length === 0) terms.push(...alert.scope.filter((t) => t && t !== '*').slice(0, 5).map(tagTerm));
  if (terms.length === 0) return undefined;
  return `${terms.join(' ')} status:error`;
}

/** A downtime scope from alert scope tags: `env:prod AND service:x`, or `*` when empty. */
export function downtimeScope(scope: string[]): string {
  const terms = scope.map((t) => t.trim()).filter((t) => t && t !== '*').map(tagTerm);
  return terms.length ? terms.join(' AND ') : '*';
}
