import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { validUnderKey } from '../id-kinds';

/**
 * National-id labels in scripts beyond Latin-1 and the key each means (as `personal-id-under-key`
 * reads ASCII keys): Japanese My Number, Russian SNILS and INN, the Saudi national id, Aadhaar.
 */
const NATIVE_ID_KEYS: ReadonlyMap<string, string> = new Map([
  ['マイナンバー', 'my_number'],
  ['個人番号', 'my_number'],
  ['СНИЛС', 'snils'],
  ['Снилс', 'snils'],
  ['ИНН', 'inn'],
  ['رقم الهوية الوطنية', 'saudi_id'],
  ['رقم الهوية', 'saudi_id'],
  ['الهوية الوطنية', 'saudi_id'],
  ['आधार संख्या', 'aadhaar'],
  ['आधार नंबर', 'aadhaar'],
  ['आधार', 'aadhaar'],
]);

const LABELS = [...NATIVE_ID_KEYS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Personal ids under a label in a non-Latin script; the precheck (the labels) fails at once on Latin-1 text. */
export const NATIVE_KEYED_ID_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'native-keyed-id',
    wideOnly: true,
    name: 'National id under a label in a non-Latin script (マイナンバー, СНИЛС, ИНН, رقم الهوية, आधार)',
    category: 'personal',
    severity: 'high',
    priority: 58,
    confidence: 0.85,
    // `個人番号（マイナンバー）：5532 4105 7126`, `СНИЛС 586-912-557 48`, `ИНН 836748092991`, `رقم الهوية الوطنية: 1…`, `आधार संख्या: …`;
    // a few words may come between (`個人番号は半角数字で入力してください（入力値：…）`): the id's check digits decide.
    pattern: new RegExp(
      String.raw`(?<k>${LABELS})(?:[（(][^）)\n]{1,16}[）)]|[^\n\d]{0,30}?)[ \t\u3000]{0,3}(?:[:=\uff1a№#]|&nbsp;)?[ \t\u3000]{0,3}["'「]?(?<v>[0-9][0-9 \-]{7,18}[0-9])(?![0-9])`,
    ),
    precheck: { re: new RegExp(LABELS), reach: 0 },
    mask: 'full',
    validate: (v, ctx) => validUnderKey(NATIVE_ID_KEYS.get(ctx.key ?? '') ?? '', v),
    remediation: 'Remove this national id from the logs and purge the affected log indexes',
  }),
];
