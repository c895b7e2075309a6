/** A column name without quotes or a table prefix (`"users"."password"` → `password`, `` `ssn` `` → `ssn`). */
function bare(name: string): string {
  return name.trim().replace(/^.*\./, '').replace(/^[`"[]|[`"\]]$/g, '');
}

/**
 * The column a logged statement binds placeholder `$n` to, or null: a comparison or assignment
 * (`password = $2`, `SET api_key=$3`, `email ILIKE $1`), or the n-th place of
 * `INSERT … (cols) VALUES (…, $n, …)`, whose tuple may call functions (`now()`, `lower($1)`).
 * Shared by the detectors of Postgres bind parameters (query-logs.ts, sql-parameters.ts).
 */
export function boundColumn(stmt: string, n: string): string | null {
  const cmp = new RegExp(String.raw`([\w."\x60\[\]]{1,80})\s{0,3}(?:=|<>|!=|\bi?like\b)\s{0,3}\$${n}(?!\d)`, 'i').exec(stmt);
  if (cmp) return bare(cmp[1]!);
  const ins = /\(([^()]{1,800})\)\s{0,3}values\s{0,3}\(((?:[^()]|\([^()]{0,80}\)){1,800})\)/i.exec(stmt);
  if (!ins) return null;
  const at = ins[2]!.split(',').findIndex((p) => p.trim() === `$${n}`);
  const cols = ins[1]!.split(',');
  return at >= 0 && at < cols.length ? bare(cols[at]!) : null;
}
