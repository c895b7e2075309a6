import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The built CLI (npm test builds first).
const CLI = path.resolve(__dirname, '../../../dist/src/cli/herald.js');
const dir = mkdtempSync(path.join(tmpdir(), 'herald-closed-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('herald when its reader stops early (`| head -1`)', () => {
  it('stops quietly: no unhandled EPIPE, no stack trace, exit code 0', () => {
    // A real pipe to a reader that exits after one line (the list is ~150 KB, more than a pipe holds);
    // bash reports herald's own exit status, then its stderr.
    const script = '"$0" "$1" scan --list-detectors 2>"$2" | head -1 >/dev/null; echo "${PIPESTATUS[0]}"; cat "$2"';
    const out = execFileSync('bash', ['-c', script, process.execPath, CLI, path.join(dir, 'stderr')], { encoding: 'utf8' });
    const [status, ...stderr] = out.split('\n');
    expect(stderr.join('\n')).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
    expect(status).toBe('0');
  });
});
