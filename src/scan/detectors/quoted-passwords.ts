import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';
import { isLowEntropy, isPlainWord } from '../validators';

/** A quoted PHP argument (single or double quotes), not captured. */
const ARG = String.raw`\s*(?:'[^'\n]{0,256}'|"[^"\n]{0,256}"|[$\w>()-]{1,64})\s*,`;

/** True when a quoted value looks like a password rather than a word or a slot. */
function passwordLike(v: string): boolean {
  if (v.length < 6 || v.length > 128 || /\s/.test(v) || isPlaceholder(v) || isLowEntropy(v)) return false;
  // A word is letters only (any alphabet: `geändert`); a password mixes in digits, symbols or both cases.
  // A capitalised word in quotes is a button or menu label (`Cliquez sur « Réinitialiser »`), not a password.
  return /[^\p{L}]/u.test(v) || (/[a-z]/.test(v) && /[A-Z]/.test(v) && v.length >= 8 && !isPlainWord(v));
}

/** Passwords recognised by where they are quoted: PHP connection calls in stack traces, prose in several languages. */
export const QUOTED_PASSWORD_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'php-connect-password',
    name: 'Password argument of a PHP database connection',
    category: 'credential',
    severity: 'high',
    priority: 62,
    keywords: ['pdo', 'mysqli'],
    // PHP stack traces print arguments: `PDO->__construct('mysql:…', 'user', '<password>')`, `new PDO(…)`,
    // `mysqli->__construct(host, user, <password>, …)`, `mysqli_connect(…)`, `mysqli->real_connect(…)`,
    // `mysqli_real_connect(Object(mysqli), host, user, <password>)`.
    pattern: new RegExp(
      String.raw`(?:PDO->__construct|new\s+\\?PDO|mysqli->__construct|new\s+\\?mysqli|mysqli_connect|mysqli->real_connect|mysqli_real_connect\(\s*[$\w>()-]{1,64}\s*,)\(?` +
        String.raw`(?<=\(|,)${ARG}${ARG}\s*(?:'(?<v>[^'\n]{1,128})'|"(?<w>[^"\n]{1,128})")`,
      'i',
    ),
    mask: 'full',
    validate: (v) => v.length >= 4 && !isPlaceholder(v) && !/^\$\w+$/.test(v),
    remediation: 'Change this database password and turn off argument printing in PHP stack traces (zend.exception_ignore_args)',
  }),
  defineDetector({
    id: 'prose-password-quoted',
    name: 'Password quoted in prose',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.75,
    keywords: ['mot de passe', 'passwort', 'kennwort', 'contrase', 'senha', 'wachtwoord', 'password', 'passcode'],
    // `Le mot de passe … est « … »`, `Das Passwort lautet „…“`, `la contraseña es “…”`, `a senha é ‘…’`, `「…」`.
    pattern: /(?:mot de passe|passwort|kennwort|contrase(?:ñ|n)a|senha|wachtwoord|password|passcode)[^\n«„“”‘’「」"]{0,48}?(?:«\s?(?<v>[^»\s]{1,128})\s?»|[„“](?<w>[^“”\s]{1,128})[“”]|[‘「](?<u>[^’」\s]{1,128})[’」])/i,
    mask: 'full',
    validate: passwordLike,
    remediation: 'Change this password and stop sharing credentials in messages',
  }),
];
