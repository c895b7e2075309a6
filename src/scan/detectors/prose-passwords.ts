import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { isPlaceholder } from '../placeholders';
import { isVariableReference } from '../references';
import { isQuotedPrintableResidue } from '../secret-value';
import { isLowEntropy } from '../validators';

/** Letters of the languages below (Latin-1), for character classes without the `u` flag. */
const L = 'A-Za-zÀ-ÖØ-öø-ÿ';

/** Words for "password" in en/de/fr/es/pt/nl/it chat and mail, and their abbreviations. */
const WORD = String.raw`(?:passphrase|password|passwort|kennwort|mot de passe|mdp|contrase(?:ñ|n)a|clave|senha|wachtwoord|passwd|passcode|pwd|pw)`;

/** Up to five words between the password word and its verb: `für den SFTP-Zugang`, `nueva del panel`, `admin wifi`. */
const GAP = String.raw`(?<k>(?:[ \t]{1,3}[${L}0-9_()/@.-]{1,40}){0,5}?)`;

/** Verbs (and what may follow them) that introduce the password in prose: `is now`, `lautet:`, `est :`, `es`, `é`, `set to`. */
const VERB = String.raw`(?:['’]s|[ \t]{1,3}(?:(?:was|has[ \t]{1,3}been|got|is)[ \t]{1,3}(?:set|changed|reset|updated)[ \t]{1,3}to|is|ist|lautet|lauten|est|es|é|è|era|was|war|wurde|sera|será|blijft|(?:set|changed|reset|updated|geändert|gesetzt|changé|modifié|cambiada|cambiado|alterada|alterado|gewijzigd)[ \t]{1,3}(?:to|auf|in|en|a|para|naar))(?:[ \t]{1,3}(?:now|jetzt|nun|maintenant|désormais|ahora|agora|nu|ora|still|weiterhin|toujours|temporarily|simply|just))?)`;

/** `reset the password to X`, `changed my wifi password (yesterday) to X`, `Passwort geändert auf X` has its verb before the word. */
const RESET = String.raw`(?:set|changed?|reset|updated?)[ \t]{1,3}(?:[A-Za-z-]{1,20}[ \t]{1,3}){0,3}?${WORD}[ \t]{1,3}(?:(?:back|yesterday|today|tonight|earlier|again|already|just|now|temporarily|this[ \t]morning|last[ \t]night)[ \t]{1,3}){0,2}to[ \t]{1,3}`;

/**
 * An operator between the words and the value: `:`, `=`, `->`, `=>`, or a dash between spaces (`Password - X`); markup may
 * close the label (`*Password:* X` in Slack and Jira, `<b>Password:</b> X`, `<td>Password:</td><td>X</td>`), and a label cell may be
 * followed by the value's cell with no operator (`<td>Password</td><td style="…">X</td>`).
 */
const OP = String.raw`(?:[ \t]{0,3}(?:[:=]|->|→|=>)(?:\*{1,2}|_{1,2}|</?[a-z]{1,6}(?:\s[^<>\n]{0,60})?>){0,3}[ \t]{0,3}|[ \t]{1,3}[-–][ \t]{1,3}|\t{1,3}|(?:</[a-z]{1,6}>[ \t]{0,3}){1,2}<(?:td|dd|span|div|p)(?:\s[^<>\n]{0,80})?>)`;

/** Markup that opens the value in an HTML mail (`<b>`, `<strong>`, `<code>`, `<span style="…">`). */
const OPEN = String.raw`(?:<(?:b|strong|code|em|i|u|span|td|dd|tt|pre|kbd|mark)(?:\s[^<>\n]{0,80})?>){0,2}`;

/** Adjectives and verbs after which a password word may be followed by its value with a bare space (`temp password X`, `try password X`). */
// Round r34: `typed`, `entered`, `captured`, `stolen` (IR notes: `typed password X per keylogger`).
const ADJ = String.raw`(?:temp|temporary|new|initial|default|one-time|onetime|wifi|wi-fi|guest|admin|root|try|use|using|with|typed|entered|captured|stolen)`;

/** The password itself: one run without whitespace or quotes, ending before the next pair of a form body (`…&To=…`). */
const VALUE = String.raw`(?<v>(?:[^\s"'\x60«»„“”‘’「」<>&]|&(?![A-Za-z_][\w.-]{0,40}=)){6,128})`;

/** Words in the gap that make the sentence about something else than the password (`password hash is`, `password policy:`). */
const OFF_TOPIC = /^(?:hash|hashed|digest|policy|policies|length|hint|reset|expiry|expiration|field|prompt|manager|file|strength|rules?|requirements?|change|history|attempts?|salt|format|min|max|minimum|maximum|prompted|complexity|validation|error|mismatch|rotation|age|link|url|token|entropy|score|p[uú]blic[ao]?|publique|public)$/i; // round r76: `clave pública del comercio: …` (a public key)

/** True when a value in prose looks like a password: mixes letters with digits or symbols, no sentence word, no hash, no path. */
export function prosePasswordLike(v: string): boolean {
  if (v.length < 6 || v.length > 128 || isPlaceholder(v) || isLowEntropy(v) || isVariableReference(v)) return false;
  if (/^\*(?:\*|[A-Za-z_][\w-]*$)/.test(v)) return false; // a mask or a YAML alias
  if (/^[[{<%(]|:\/\/|^\/|^~\/|^\d+(?:[.,:/-]\d+)*$|^\d{4}-\d\d-\d\d[T ]/.test(v)) return false; // slots, URLs, paths, numbers, dates, times
  // Hashes by their scheme (`sha256$…`, `pbkdf2:sha256:…`, `sha512-…`), not a password that begins with `sha` (`shaYQr5-22`).
  if (/^\$2[aby]?\$|^\{S?SHA|^(?:(?:sha\d*|md5|argon2?\w*|pbkdf2?\w*|scrypt|bcrypt\w*)[$:=]|sha\d+-)/i.test(v) || /^[0-9a-f]{32,}$/i.test(v)) return false;
  const body = v.replace(/[.,;:!?)]+$/, '');
  // A word (`PasswordDigest`, `Réinitialiser`, `Wi-Fi`) is no password; joined random parts (`Orbit-uuhvvzKx`) are.
  if (/^[\p{L}'-]+$/u.test(body)) return body.length >= 10 && /[-']/.test(body) && /\p{Ll}\p{Lu}/u.test(body);
  return /\p{L}/u.test(body) && /[^\p{L}]/u.test(body) && (/\d/.test(body) || /[^\p{L}\p{N}]/u.test(body));
}

/**
 * True when letters and digits alternate at least four times (`4s0q8j8_29`), or twice within one run of six or more
 * between `-_.` (`2sszk82.99`, `c3fqhk1.54`), as in a generated password, not a name with a number (`build2024-1`, `chain-v2`).
 */
function mixedAtRandom(v: string): boolean {
  const turns = (s: string): number => (s.match(/[A-Za-z](?=\d)|\d(?=[A-Za-z])/g) ?? []).length;
  return turns(v) >= 4 || v.split(/[-_.]/).some((s) => s.length >= 6 && turns(s) >= 2);
}

/** Validation of a prose match: the words between (group `k`) name no other topic, the value looks like a password. */
function proseValue(v: string, ctx: MatchContext): boolean {
  // `password: X` / `pwd=X` is an assignment: password-assignment judges it (YAML aliases, masks, references).
  if (/^(?:password|passwd|passcode|passphrase|pwd)[ \t]{0,3}[:=][ \t]{0,3}["'\x60]?$/i.test(ctx.text.slice(ctx.matchStart ?? ctx.start, ctx.start))) return false;
  if ((ctx.key ?? '').split(/[ \t]+/).some((w) => OFF_TOPIC.test(w.replace(/[().]/g, '')))) return false;
  if (isQuotedPrintableResidue(ctx.text, ctx.start, v)) return false; // `page.=0A=0AThanks`: an escape, no `=`
  // Round r76: asterisks after the operator close a bold label only where one opened it (`*Password:* X`); else they mask
  // the value (`Password=***;Timeout=5`, `senha=*** пароль=…`) and what follows is the next field.
  const ms = ctx.matchStart ?? ctx.start;
  if (/[:=]\s{0,3}\*+\s{0,3}["'\x60]?$/.test(ctx.text.slice(ms, ctx.start)) && !/[*_]\s{0,2}$/.test(ctx.text.slice(Math.max(0, ms - 3), ms))) return false;
  if (/^[A-Za-z_][\w.-]{0,40}:[})\]]?$/.test(v)) return false; // Go `%+v` with an empty field: `{… Password:<nil> Token:}`
  // The next field of a masked line (`password=*** port=5432`): a `name=value` of its own, not the password.
  // A name is words with a number at most at its end (`port`, `db_host`, `user2`); a random `d7u2v=` starts a password.
  const field = /^([a-z_][a-z0-9_.-]{1,30})=[^=]/.exec(v);
  if (field && !/\d[a-z]/.test(field[1]!)) return false;
  // `crc32c=Ab+pw==,md5=…`: base64 padding after letters that spell `pw`, no operator and value.
  if (v.startsWith('=') && /[A-Za-z0-9+/]$/.test(ctx.text.slice(Math.max(0, (ctx.matchStart ?? ctx.start) - 1), ctx.matchStart ?? ctx.start))) return false;
  return prosePasswordLike(v);
}

/** Passwords written in sentences and chat lines rather than `key = value` (every language the support team writes in). */
export const PROSE_PASSWORD_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'prose-password',
    name: 'Password in prose',
    category: 'credential',
    severity: 'high',
    priority: 38,
    confidence: 0.7,
    keywords: ['password', 'passphrase', 'passwort', 'kennwort', 'mot de passe', 'mdp ', 'mdp:', 'mdp=', 'contrase', 'clave', 'senha', 'wachtwoord', 'passwd', 'passcode', 'pwd', 'pw ', 'pw:', 'pw=', 'pass:', 'pass =', 'pass=', 'pass ->', 'pass -', 'pass →', 'pass :'],
    // `The new password is X`, `Passwort für den Zugang lautet: X`, `mot de passe temporaire est : X`, `mdp wifi = X`,
    // `la contraseña nueva es X`, `CONTRASEÑA: X`, `a senha é X`, `het wachtwoord is X`, `user admin pw X`.
    // A bare space before the value only after a verb or after an abbreviation (`pw X`): `Passwort für den Zugang` is no value.
    pattern: new RegExp(
      String.raw`(?<![${L}0-9_.$@/<-])(?:(?<=${ADJ}[ \t]{1,3})(?:password|passwort|passcode|pw|pwd)[ \t]{1,3}(?=[^\s"'\x60«»„“”‘’「」<>]{6})(?![A-Za-z]+[ \t.,]|(?:is|was|for|to|of)\b)|${WORD}(?![${L}0-9_])${GAP}(?:${VERB}(?:${OP}|[ \t]{1,3})|${OP})|(?:pw|pwd|mdp|passwd)[ \t]{1,3}|pass(?:${OP})|${RESET})${OPEN}["'\x60]?${VALUE}`,
      'i',
    ),
    mask: 'full',
    validate: proseValue,
    remediation: 'Change this password and stop sharing credentials in messages',
  }),
  defineDetector({
    id: 'login-pair-password',
    name: 'Password in a user / password pair',
    category: 'credential',
    severity: 'high',
    priority: 38,
    confidence: 0.7,
    keywords: ['login', 'user & pass', 'user and pass', 'username & pass', 'username and pass', 'user/pass', 'username/pass', 'user/pw', 'user + pass', 'log in with', 'log in as', 'sign in with', 'signin with', 'creds', 'credentials', 'zugang', 'zugangsdaten', 'identifiants', 'acceso', 'acesso', 'inloggegevens', 'credenziali'],
    // Round r38: an arrow too (`# temp login -> client / X` in an exposed .htpasswd).
    // Round r41: the service named between (`the shared login for Jotform is admin / X`).
    // `Login: jdoe@example.com / X`, `creds: admin / X`, `credentials admin:X`, `Zugangsdaten: admin | X`, `identifiants : admin / X`.
    pattern: new RegExp(
      String.raw`(?<![${L}0-9_./-])(?:(?:login|creds|credentials|zugang(?:sdaten)?|identifiants|acceso|acesso|inloggegevens|credenziali)(?![./])(?:[ \t]{1,3}(?:for|to|on)[ \t]{1,3}[${L}0-9][${L}0-9_.-]{0,40})?(?:[ \t]{1,3}(?:are|is|were|was|sind|son|sont|zijn))?|(?:log|sign)[ \t]?in[ \t]{1,3}(?:with|as|using)|user(?:[ \t]?name)?[ \t]{0,3}(?:&|and|\/|\+)[ \t]{0,3}(?:password|pass|pwd|pw)[ \t]{0,3}[:=-])[ \t]{0,3}(?:->|=>|[:=-])?[ \t]{0,3}[${L}0-9_+@-][${L}0-9_.+@-]{1,63}(?:[ \t]{1,3}[/|][ \t]{1,3}|[:/])["'\x60]?(?<v>[^\s"'\x60<>]{6,128})`,
      'i',
    ),
    mask: 'full',
    // Both cases, a symbol other than `-_.`, or letters and digits mixed at random (`chain-v2` and `build-2024.1` are
    // names, `S7D5KD3#70` and `4s0q8j8_29` passwords).
    // Round r65: `credentials=arn:aws:iam::…:role/…` names the role a service assumes (an ARN split at its first `:`), no pair.
    // Round l87: not a host name, with a port or a Kerberos realm (`credentials for MSSQLSvc/sql04.corp.fr:1433@CORP.FR`).
    validate: (v) => prosePasswordLike(v) && !/^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d{1,5}(?:@[A-Z0-9.-]+)?|@[A-Z0-9.-]+)(?:\\[nr"]?)*$/.test(v) && (v.match(/\//g) ?? []).length < 2 && /\d/.test(v) && ((/[a-z]/.test(v) && /[A-Z]/.test(v)) || /[^\w.-]/.test(v) || mixedAtRandom(v)) && !/^\d{1,3}(?:ms|s|m|h|kb|mb)?$/i.test(v) && !/^aws(?:-[a-z-]+)?:[a-z0-9-]+:[a-z0-9-]*:\d{0,12}:/.test(v),
    remediation: 'Change this password and stop sharing credentials in messages',
  }),
];
