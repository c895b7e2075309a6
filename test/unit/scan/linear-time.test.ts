import { describe, expect, it } from 'vitest';
import { createScanner } from '../../../src/scan';

const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/**
 * One-line hostile bodies: a fragment that wakes many detectors, repeated with no newline. Each value
 * on such a line is a candidate, so a validator that reads the whole line (its row, the header above,
 * the rest of the record) once per candidate costs the line's length squared. Found on 2026-12-07:
 * `Dear Anna, ` repeated to 200 KB took 4.7 s of CPU (the row-cell name detectors read the whole line
 * per greeting), `--- ---=` 400 KB 6.6 s, `3-10-17 Sakura ` 400 KB 4.7 s.
 */
const UNITS = [
  'Dear Anna, ', 'Anna Smith (anna@x.io) ', 'user Margaret Oyelaran ', 'name: Anna Smith, ', '--- ---=', '--- --- ',
  "INSERT INTO t VALUES ('a', '", "SELECT * FROM users WHERE password = '", '{"password":"hunter2x","user":"a"},',
  '"email":"anna.smith@corp.io",', 'Authorization: Bearer abcdef123456 ', 'employee,name,', '4111 1111 1111 1111 ',
  'ssn 123-45-6789 ', 'iban DE89370400440532013000 ', 'geo 12.345678,-45.123456 ', 'address: 3-10-17 Sakura ',
  'vault.azure.net/secrets/aaaaaaaaaa ', 'key=value&', '8.8.8.8 ', '"value": "', '| a | b |', 'eyJhbGciOiJIUzI1NiJ9.',
  'Hi Kenji, call Kenji at ', '$ vault kv get -field=db_password kv/payments/prod ', '5 Lindenallee ', 'wif KwHiiBQzpuaRGK9xmVLq4HJyhGLjNAwGMJNpzMVmZrCoGkKBu796, ', '"type":"SecureString","value":"', 'first_name=Anna&', '%3D%22', '\\u0041\\n',
];

describe('the scan costs linear time on one long line, and on many lines', () => {
  // CPU time of this process, the better of two runs: a busy machine stretches one run, not both. Linear
  // cost grows 4x from 32 KB to 128 KB; a cost of the line's length per candidate grows 16x. The bound is
  // 8x plus 60 ms, so that scans too fast to time well pass.
  // As lines: a validator that reads every line up to the header above (HEADER_REACH) per row cost ~12 µs a character
  // (256 KB of `geo <lat>,<lng>` lines: 2.9 s) until consecutive rows shared the lookup.
  const CASES = UNITS.flatMap((u) => [[u, 'one line'], [u.trimEnd() + '\n', 'lines']]);
  it.each(CASES)('%j repeated (%s): 128 KB costs at most 8x what 32 KB costs, and at most 1.5 s', (unit) => {
    const scanner = createScanner({ cleanTexts: false });
    const cpu = (text: string): number => {
      const best = [0, 1].map(() => {
        const t0 = process.cpuUsage();
        scanner.scan(text);
        const d = process.cpuUsage(t0);
        return (d.user + d.system) / 1000;
      });
      return Math.min(...best);
    };
    const small = cpu(fill(unit, 32 * 1024));
    const large = cpu(fill(unit, 128 * 1024));
    expect(large, `${JSON.stringify(unit)}: 32 KB ${small.toFixed(0)} ms, 128 KB ${large.toFixed(0)} ms`).toBeLessThan(8 * small + 60);
    expect(large, `${JSON.stringify(unit)}: 128 KB ${large.toFixed(0)} ms`).toBeLessThan(1500);
  });
});
