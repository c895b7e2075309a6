import { DIG, type Rng, type Sample } from './sample-rng';

/** An NHS number (mod-11 check digit; bodies whose check would be 10 are redrawn). */
export function nhsOf(r: Rng): string {
  for (;;) {
    const body = String(r.int(1, 9)) + r.str(DIG, 8);
    const c = 11 - ([...body].reduce((s, d, i) => s + Number(d) * (10 - i), 0) % 11);
    if (c !== 10) return body + String(c === 11 ? 0 : c);
  }
}

/** An ABA routing number (a Federal Reserve prefix, the 3-7-1 check digit). */
export function abaOf(r: Rng): string {
  const body = String(r.int(1, 12)).padStart(2, '0') + r.str(DIG, 6);
  const w = [3, 7, 1];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * w[i % 3]!, 0);
  return body + String((10 - (sum % 10)) % 10);
}

/** Sample lines (context before, value, context after) for the detectors of round pf18. */
export const PF18_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'console-table-personal': (r) => [`=> \\x\n-[ RECORD ${r.int(1, 9)} ]--+-----------\nid             | ${r.int(1, 99)}\nnhs_number     | `, nhsOf(r), '\nplan           | pro'],
  'console-table-financial': (r) => [`=> \\x\n-[ RECORD 1 ]--+---------\nid             | ${r.int(1, 99)}\nrouting_number | `, abaOf(r), '\nopened_at      | 2024-03-07'],
  'named-pair-personal': (r) => [`"postData": {"params": [\n  {\n    "name": "nhs_number",\n    "value": "`, nhsOf(r), `"\n  }\n]}`],
  'named-pair-financial': (r) => [`"postData": {"params": [\n  {\n    "name": "routing_number",\n    "value": "`, abaOf(r), `"\n  }\n]}`],
};
