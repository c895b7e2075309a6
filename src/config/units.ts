/** Parse a duration (`30s`, `5m`, `2h`, `1d`, `1w`, `250ms`, or a number of ms) into milliseconds. */
export function durationMs(v: string | number): number {
  if (typeof v === 'number') return v;
  const m = /^(\d+)(ms|s|m|h|d|w)$/.exec(v.trim());
  if (!m) throw new Error(`not a duration: ${JSON.stringify(v)} (use e.g. 30s, 5m, 2h, 1d)`);
  const n = Number(m[1]);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[m[2] as 'ms'];
  return n * unit;
}

/** Parse a size (`256kb`, `1mb`, `512b`, or a number of bytes) into bytes. */
export function sizeBytes(v: string | number): number {
  if (typeof v === 'number') return v;
  const m = /^(\d+)(b|kb|mb)$/i.exec(v.trim());
  if (!m) throw new Error(`not a size: ${JSON.stringify(v)}`);
  return Number(m[1]) * { b: 1, kb: 1024, mb: 1024 * 1024 }[m[2].toLowerCase() as 'b'];
}
