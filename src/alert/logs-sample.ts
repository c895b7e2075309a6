import type { LogLine } from './alert';

/** Most log lines kept from a sample. */
export const MAX_LOG_LINES = 20;

/**
 * Read `$LOGS_SAMPLE` in any shape it arrives: an object `{columns, rows:[{items, message}]}`,
 * the same as a JSON string, `""`, `null`, missing, or garbage (ignored).
 */
export function parseLogsSample(v: unknown): LogLine[] {
  let sample = v;
  if (typeof sample === 'string') {
    const s = sample.trim();
    if (s === '' || s === 'null') return [];
    try {
      sample = JSON.parse(s);
    } catch {
      return [{ time: '', host: '', message: s }]; // cut after redaction (boundAlert)
    }
  }
  if (!sample || typeof sample !== 'object') return [];
  const rows = (sample as { rows?: unknown }).rows;
  if (!Array.isArray(rows)) return [];
  const columns = (sample as { columns?: unknown }).columns;
  const cols = Array.isArray(columns) ? columns.map((c) => String(c).toLowerCase()) : [];
  const timeIdx = cols.indexOf('time');
  const hostIdx = cols.indexOf('host');
  const out: LogLine[] = [];
  for (const row of rows.slice(0, MAX_LOG_LINES)) {
    if (!row || typeof row !== 'object') continue;
    const items = Array.isArray((row as { items?: unknown }).items) ? ((row as { items: unknown[] }).items) : [];
    const message = (row as { message?: unknown }).message;
    out.push({
      time: timeIdx >= 0 && items[timeIdx] != null ? String(items[timeIdx]) : items[0] != null ? String(items[0]) : '',
      host: hostIdx >= 0 && items[hostIdx] != null ? String(items[hostIdx]) : items[1] != null ? String(items[1]) : '',
      message: typeof message === 'string' ? message : message == null ? '' : JSON.stringify(message),
    });
  }
  return out;
}
