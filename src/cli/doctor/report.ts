/** How one check came out. */
export type CheckStatus = 'ok' | 'warn' | 'error' | 'skip';

/** What `herald doctor` checks, in the order it reports them. */
export const AREAS = ['config', 'redis', 'slack', 'datadog'] as const;
/** One of AREAS. */
export type Area = (typeof AREAS)[number];

/** One finding: what was checked, how it came out, and for problems how to fix it. */
export interface Check {
  area: Area;
  status: CheckStatus;
  /** One line: what holds, or what is wrong. Never a secret. */
  title: string;
  /** How to fix it (problems only). */
  fix?: string;
}

/** A check constructor bound to one area. */
export function checker(area: Area): {
  ok: (title: string) => Check;
  warn: (title: string, fix?: string) => Check;
  error: (title: string, fix?: string) => Check;
  skip: (title: string) => Check;
} {
  return {
    ok: (title) => ({ area, status: 'ok', title }),
    warn: (title, fix) => ({ area, status: 'warn', title, ...(fix ? { fix } : {}) }),
    error: (title, fix) => ({ area, status: 'error', title, ...(fix ? { fix } : {}) }),
    skip: (title) => ({ area, status: 'skip', title }),
  };
}

const MARK: Record<CheckStatus, string> = { ok: '✓', warn: '!', error: '✗', skip: '-' };

/** Counts of problems in a report. */
export function tally(checks: readonly Check[]): { errors: number; warnings: number } {
  return { errors: checks.filter((c) => c.status === 'error').length, warnings: checks.filter((c) => c.status === 'warn').length };
}

/** The human report: one block per area, a mark per check, the fix under each problem, a summary. */
export function formatReport(checks: readonly Check[]): string {
  let out = '';
  for (const area of AREAS) {
    const mine = checks.filter((c) => c.area === area);
    if (mine.length === 0) continue;
    out += `${area}\n`;
    for (const c of mine) {
      out += `  ${MARK[c.status]} ${c.title}\n`;
      if (c.fix) out += `      fix: ${c.fix}\n`;
    }
  }
  const { errors, warnings } = tally(checks);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  out += `\n${errors === 0 && warnings === 0 ? 'All clear: no problems found.' : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`}${errors > 0 ? ' Fix the errors above before relying on Herald.' : ''}\n`;
  return out;
}
