import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { createScanner, isLeak } from '../../../src/scan/index';
import { pooledSets } from '../../helpers/wrap-measure';

/** A character above U+00FF. */
const WIDE = /[^\x00-\xff]/; // eslint-disable-line no-control-regex -- the Latin-1 range

const wideOnly = DEFAULT_DETECTORS.filter((d) => d.wideOnly);

describe('Detector.wideOnly: detectors that the prefilter skips on a text without a character above U+00FF', () => {
  // Rounds r62 and r65: and the Vietnamese-lettered family names and names in record slots (their letters are above U+00FF).
  it('are the native-script detectors, none of them with keywords or a shape', () => {
    // Round r73: a name under a CJK label, an account number under a CJK key (each match holds its label).
    expect(wideOnly.map((d) => d.id).sort()).toEqual(['bank-account-under-cjk-key', 'bank-account-under-native-label', 'birth-date-under-native-label', 'cjk-keyed-personal', 'jp-postal-address', 'national-id-under-native-label-r76p', 'native-keyed-id', 'native-postal-address', 'native-script-password', 'native-secret-label', 'person-name-after-native-role-word', 'person-name-cjk-self-introduction', 'person-name-under-cjk-label', 'person-name-under-native-label', 'person-name-vietnamese-family-name', 'person-name-vietnamese-in-record', 'phone-under-native-label', 'street-address-after-cjk-address-label']);
    for (const d of wideOnly) expect([d.id, d.keywords.length, d.shape]).toEqual([d.id, 0, null]);
  });

  it('match only spans that hold such a character, on every text of blind sets 10-24 and their native-script cases', () => {
    const { positives, negatives } = pooledSets(1);
    const texts = [...positives, ...negatives].map((c) => c.text);
    let matched = 0;
    for (const d of wideOnly) {
      for (const text of texts) {
        d.pattern.lastIndex = 0;
        for (let m = d.pattern.exec(text); m; m = d.pattern.exec(text)) {
          matched++;
          expect(WIDE.test(m[0]), `${d.id}: ${m[0]}`).toBe(true);
          if (m[0].length === 0) d.pattern.lastIndex++;
        }
      }
    }
    expect(matched).toBeGreaterThan(20); // the sets hold native-script values: the check saw some
  });

  it('still find native-script values in a long Latin-1-looking log once a wide character is in it', () => {
    const scanner = createScanner({ cleanTexts: false });
    const filler = 'INFO sync ok records=12 took=40ms\n'.repeat(50);
    const text = `${filler}ERROR 登録失敗 パスワード: Kx9vLm2qRt7Zp\n${filler}`;
    expect(scanner.scan(text).filter(isLeak).map((f) => f.detector)).toContain('native-script-password');
    expect(scanner.scan(`${filler}hasło=Kx9vLm2qRt7Zp\n`).filter(isLeak).map((f) => f.detector)).toContain('native-script-password');
  });
});
