import { DIG, type Rng, type Sample } from './sample-rng';

/** An NHS number (mod-11 check digit; bodies whose check would be 10 are redrawn). */
export function nhsOf(r: Rng): string {
  for (;;) {
    const body = String(r.int(1, 9)) + r.str(DIG, 8);
    const c = 11 - ([...body].reduce((s, d, i) => s + Number(d) * (10 - i), 0) % 11);
    if (c !== 10) return body + String(c === 11 ? 0 : c);
  }
}

/** Sample lines (context before, value, context after) for the detectors of round pf18. */
export const PF18_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'console-table-personal': (r) => [`=> \\x\n-[ RECORD ${r.int(1, 9)} ]--+-----------\nid             | ${r.int(1, 99)}\nnhs_number     | `, nhsOf(r), '\nplan           | pro'],
  'console-table-financial': (r) => [
    `=> \\x\n-[ RECORD 1 ]--+---------\nid             | ${r.int(1, 99)}\nsort_code      | ${r.int(10, 99)}-${r.int(10, 99)}-${r.int(10, 99)}\naccount_number | `,
    `${r.int(1, 9)}${r.str(DIG, 7)}`,
    '\nopened_at      | 2024-03-07',
  ],
};
