import { splitList } from './parse-title';

/** Parse `$TAGS` (`a:b, c` or `a:b,c`, or an array) into key → value; valueless tags map to ''. */
export function parseTags(v: unknown): Record<string, string> {
  const list = Array.isArray(v) ? v.map(String) : typeof v === 'string' ? splitList(v) : [];
  const out: Record<string, string> = {};
  for (const t of list) {
    const i = t.indexOf(':');
    const key = (i < 0 ? t : t.slice(0, i)).trim();
    if (!key || key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const value = i < 0 ? '' : t.slice(i + 1).trim();
    out[key] = key in out && out[key] !== '' && value !== '' && out[key] !== value ? `${out[key]},${value}` : value || out[key] || '';
  }
  return out;
}

/** Tags back to `key:value` strings (for display and Datadog). */
export function formatTags(tags: Record<string, string>): string[] {
  return Object.entries(tags).map(([k, v]) => (v === '' ? k : `${k}:${v}`));
}
