import { describe, expect, it } from 'vitest';
import { serviceLog } from '../../../bench/support/service-log';
import { buildAutomaton } from '../../../src/scan/aho-corasick';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { findShapes } from '../../../src/scan/find-shapes';
import { createTextPass } from '../../../src/scan/text-pass';
import { cardNumber, cleanLine, iban, rng, SAMPLES, ssn } from './generators';

const automaton = buildAutomaton(new Map([['token', [0]], ['private key', [1]], ['sk_live_', [2]]]));

/** Texts with every shape at every kind of boundary: runs at the start and end, runs next to each other. */
function texts(seed: number): string[] {
  const r = rng(seed);
  const kinds = Object.keys(SAMPLES);
  const hex = (n: number): string => r.str('0123456789abcdef', n);
  const out = ['', '1234567', 'AB12', 'xAB1', 'SK' + hex(32), 'AC' + hex(32) + 'f', '::1:2', '00-1a-2b-3c-4d-5e', '10.0.0.1', '8.8.8.8', serviceLog(60_000, seed, 7).text];
  for (let i = 0; i < 600; i++) {
    const [b, v, a] = SAMPLES[r.pick(kinds)]!(r);
    const pieces = [cleanLine(r), b + v + a, cardNumber(r), iban(r, i % 2 === 0), ssn(r), `SK${hex(31 + (i % 3))}`, `fe80::${hex(4)}:${hex(2)}`, `${r.int(1, 254)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(0, 255)}`, `+1 (415) 555-${r.int(1000, 9999)}`, 'GB82WEST12345698765432'];
    // Glued with nothing, a space or a letter: runs of one kind end where another begins.
    out.push(Array.from({ length: 4 }, () => r.pick(pieces)).join(r.pick(['', ' ', 'x', '-', ':'])));
  }
  return out;
}

describe('createTextPass', () => {
  it.each([1, 2])('finds the shapes findShapes finds, in the same order, private quads skipped or not (seed %i)', (seed) => {
    for (const skip of [false, true]) {
      const pass = createTextPass(automaton, { skipPrivateIpv4: skip });
      let shapes = 0;
      for (const text of texts(seed)) {
        const pos: number[] = [];
        const bits: number[] = [];
        findShapes(text, pos, bits, undefined, skip);
        pass.run(text);
        expect([...pass.shapePos].map((p, i) => [p, pass.shapeBits[i]])).toEqual(pos.map((p, i) => [p, bits[i]]));
        shapes += pos.length;
      }
      expect(shapes).toBeGreaterThan(1000);
    }
  });

  it('reports where each keyword ends, case-insensitively, with the automaton state that names it', () => {
    const pass = createTextPass(automaton);
    const text = 'a TOKEN and a Private Key, sk_live_x token';
    pass.run(text);
    const hits = Array.from({ length: pass.hits }, (_, i) => [pass.hitPos[i], automaton.outputs[pass.hitState[i]!]]);
    expect(hits).toEqual([
      [text.indexOf('TOKEN') + 4, [0]],
      [text.indexOf('Private Key') + 10, [1]],
      [text.indexOf('sk_live_') + 7, [2]],
      [text.lastIndexOf('token') + 4, [0]],
    ]);
    // A text with many hits grows the arrays; the next run reports only its own.
    pass.run('token '.repeat(5000));
    expect(pass.hits).toBe(5000);
    pass.run('no hits');
    expect(pass.hits).toBe(0);
  });

  it('agrees with the detectors\' own automaton on the service log', () => {
    const byKeyword = new Map<string, number[]>();
    DEFAULT_DETECTORS.forEach((d, i) => d.keywords.forEach((k) => byKeyword.set(k, [...(byKeyword.get(k) ?? []), i])));
    const a = buildAutomaton(byKeyword);
    const pass = createTextPass(a);
    const text = serviceLog(100_000, 5, 11).text;
    pass.run(text);
    let s = 0;
    const ref: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      s = a.delta[(s << a.shift) | (c < 128 ? a.classOf[c]! : 0)]!;
      if (a.outputs[s]) ref.push(i);
    }
    expect(ref.length).toBeGreaterThan(100);
    expect([...pass.hitPos.subarray(0, pass.hits)]).toEqual(ref);
  });
});
