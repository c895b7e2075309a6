import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { secretKeyKind } from '../key-names';
import { isLowEntropy } from '../validators';
import { foreignPasswordKey } from './foreign-key-names';

/**
 * Lead round l84 (blind set 82 at a fresh seed): a password written bare in a record of unquoted fields, where the
 * value holds characters that end a value elsewhere (`{`, `(`, `"`, `]`, `:`, `,`): Go's `%+v` (`&{DbPassword:yRR{(OS_"C1[b
 * Retries:3}`), `key = value | key = value` batch lines, logfmt-like dumps. The other readers stop at the first such
 * character and leave the rest of the password in the text. Here the value is every non-space character up to the space
 * before the next field (`Key:`, `key=`, `key = `, `| `), or to the line's end (a closing `}` of the struct left out).
 * Left alone: quoted values (the quoted readers' own), values opening with a bracket or a quote (a structure, a mask),
 * references and URLs.
 */

/** The lowercase literals in password key names (English and the languages foreign-key-names.ts reads). */
const KEYWORDS = ['pass', 'pwd', 'senha', 'kennwort', 'contrase', 'wachtwoord', 'parola', 'salasana', 'heslo', 'haslo', 'clave', 'mot_de_passe', 'motdepasse'];

/** A character another reader ends a bare value at. */
const CUTTING = /[{}()[\]"'<>;,|\\`:]/;

/** True for a password-like run: letters and digits, a cutting character, no structure, reference or URL. */
function runOk(v: string): boolean {
  if (v.length < 8 || !CUTTING.test(v) || !/[A-Za-z]/.test(v) || !/\d/.test(v)) return false;
  if (/^[[{(<"'`$%]/.test(v) || /\$\{|\{\{|:\/\/|^\w+\(\)$/.test(v)) return false;
  return !isLowEntropy(v);
}

export const FIELD_RUNS_L84_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'password-run-before-next-field',
    name: 'Password with punctuation written bare in a record of unquoted fields, up to the next field (`&{DbPassword:yRR{(OS_"C1 Retries:3}`, `pwd = a]:(x | …`)',
    category: 'credential',
    severity: 'high',
    priority: 40.5, // over password-assignment (40), which stops at the first cutting character; under the specific readers (41+)
    confidence: 0.75,
    keywords: KEYWORDS,
    pattern:
      /(?<![\w.-])(?<k>[A-Za-z][\w.-]{0,40})(?:[:=]|[ \t]=[ \t])(?<v>[^\s]{8,128}?)(?=[ \t]+(?:\|[ \t]|[A-Za-z_][\w.-]{0,40}(?:[:=]|[ \t]=[ \t]))|\}{1,3}[ \t]*(?:\r?\n|$)|[ \t]*(?:\r?\n|$))/,
    mask: 'full',
    validate: (v, ctx) => {
      const key = ctx.key ?? '';
      return (secretKeyKind(key) === 'password' || foreignPasswordKey(key)) && runOk(v);
    },
    remediation: 'Rotate this password and print structs with secrets masked (a String() method, a redacting formatter)',
  }),
];
