/**
 * The README's detector list is the code's: the block under "The N detectors" equals
 * `herald scan --list-detectors` (regenerate with `node scripts/readme-detectors.mjs`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectorList } from '../../../src/cli/scan-output';
import { DEFAULT_DETECTORS } from '../../../src/scan';

const README = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');

describe('README detector list', () => {
  it('matches --list-detectors, count included', () => {
    const m = /<details><summary>The (\d+) detectors \(<code>npx herald scan --list-detectors<\/code>\)<\/summary>\n\n```\n([\s\S]*?)```\n/.exec(README);
    expect(m, 'detector list block in README.md').not.toBeNull();
    expect(m![2]).toBe(detectorList(DEFAULT_DETECTORS, 'text'));
    expect(Number(m![1])).toBe(DEFAULT_DETECTORS.length);
  });
});
