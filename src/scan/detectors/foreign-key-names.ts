import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';
import { secretValueOk } from '../secret-value';

/** Password key names in the languages of EU, LatAm and Nordic integrations (JSON, env, YAML, form keys). */
const PASSWORD_WORDS = String.raw`senha|contrase(?:ñ|n)a|clave|passwort|kennwort|mot[_.-]?de[_.-]?passe|wachtwoord|has(?:l|ł)o|parola|l(?:ö|o|oe)senord|salasana|adgangskode|passord|heslo|jelsz(?:o|ó)|(?:ş|s)ifre|mima`; // Round r45: Chinese pinyin `mima` (密码, `DB_MIMA`)

/** Secret and API-key key names in the same languages. */
const SECRET_WORDS = String.raw`chave|segredo|geheimnis|schl(?:ü|ue)ssel|cl(?:e|é)[_.-]?api|token[_.-]?(?:de[_.-]?)?acceso|clave[_.-]?secreta`;

/** Qualifiers that may follow the word (`senha_admin`, `chave_api`, `clave_usuario`). */
const SUFFIX = String.raw`(?:[_.-]?(?:api|app|db|bd|admin|usuario|utilisateur|user|secreta|secreto|acesso|acceso|servicio|servico|privada|privado|smtp|mail|ftp|sftp|prod))?`; // Round r45: `MOT_DE_PASSE_SMTP`

/** The word the key ends in is a secret's (else a password's). */
const SECRET_KEY = new RegExp(String.raw`(?:${SECRET_WORDS})${SUFFIX}$`, 'i');

/**
 * Password labels written in a script beyond Latin-1 (blind set 19): Chinese, Japanese, Korean, Russian, Arabic,
 * Hindi, Greek, Hebrew, Thai, Vietnamese and Polish. The prefilter's keywords are ASCII, so these are found by the
 * precheck below, which a text of Latin-1 characters alone (most logs) fails at once.
 */
const NATIVE_LABELS = [
  '密码', '密碼', '口令', 'パスワード', '暗証番号', '비밀번호', '암호', 'пароль', 'Пароль', 'ПАРОЛЬ', 'كلمة المرور', 'كلمة السر',
  'पासवर्ड', 'κωδικός', 'Κωδικός', 'סיסמה', 'รหัสผ่าน', 'mật khẩu', 'Mật khẩu', 'hasło', 'Hasło', 'HASŁO',
];

/** A value after a native label: quoted, or up to a space (also U+3000), a quote or CJK punctuation. */
const NATIVE_VALUE = String.raw`(?:\\{0,3}"(?<v>[^"\\\r\n]{1,256})|\\{0,3}'(?<w>[^'\\\r\n]{1,256})|(?<u>[^\s"'\\,;&<>(){}\[\]|\u3000\u3001\u3002\uff0c\uff1b]{1,256}))`;

/** `label` as quoted-printable (`=E3=83=91…`) or percent-encoding (`%E3%83%91…`) writes it: each UTF-8 byte beyond ASCII `<mark>XX`, a space `space`. */
const encodeLabel = (label: string, mark: string, space: string): string =>
  [...Buffer.from(label, 'utf8')].map((b) => (b === 32 ? space : b < 128 ? String.fromCharCode(b) : mark + b.toString(16).toUpperCase().padStart(2, '0'))).join('');

/** The native labels as a quoted-printable mail body or a form body (`+` or `%20` for a space) encodes them. */
const ENCODED_LABELS = [...new Set(NATIVE_LABELS.flatMap((l) => [encodeLabel(l, '=', ' '), encodeLabel(l, '%', '+'), encodeLabel(l, '%', '%20')]))];

/** Where an encoded label's first escape starts, and the keyword: its first two escaped bytes (`=E3=83`, `%D0%BF`). */
const encodedKeyword = (l: string): string => {
  const at = l.search(/[=%][0-9A-F]{2}/);
  return l.slice(0, at + 6).toLowerCase();
};

/** A byte of an encoded value: a printable character other than delimiters, or an `=XX`/`%XX` escape. */
const ENCODED_VALUE = String.raw`(?<v>(?:[^\s"'<>&=%]|=[0-9A-Fa-f]{2}|%[0-9A-Fa-f]{2}){1,256})`;

/** A key that names a password in another language (`Passwort`, `contraseña`, `mot de passe`, `パスワード`), as a table header writes it. */
const FOREIGN_PASSWORD_KEY = new RegExp(String.raw`^(?:[A-Za-z][A-Za-z0-9]{0,30}[_.\- ])?(?:${PASSWORD_WORDS}|mot de passe|${NATIVE_LABELS.join('|')})${SUFFIX}$`, 'i');

/** True when `key` (a column header, trimmed) names a password in a language other than English. */
export function foreignPasswordKey(key: string): boolean {
  return FOREIGN_PASSWORD_KEY.test(key);
}

/**
 * Passwords and secrets under key names in other languages (blind set 13's breadth round): a
 * Brazilian payment log's `"senha":"…"`, a Spanish ERP's `contraseña=`, `clave_secreta`, a German
 * `Passwort:`, French `mot_de_passe`, Dutch, Polish, Italian, Nordic, Czech, Hungarian and Turkish
 * names, Portuguese `chave_api`/`segredo`. The key must end in the word (`ClaveProdServ` is a
 * Mexican invoice's product code, not a password), with an optional `prefix_`.
 */
export const FOREIGN_KEY_NAME_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'foreign-password-assignment',
    name: 'Password or secret under a non-English key name',
    category: 'credential',
    severity: 'high',
    priority: 52,
    keywords: [
      'senha',
      'contrase',
      'clave',
      'passwort',
      'kennwort',
      'mot_de_passe',
      'motdepasse',
      'mot-de-passe',
      'wachtwoord',
      'haslo',
      'parola',
      'senord',
      'salasana',
      'adgangskode',
      'passord',
      'heslo',
      'jelsz',
      'ifre',
      'chave',
      'segredo',
      'geheimnis',
      'ssel',
      'cle_api',
      'cle-api',
      'cleapi',
      'acceso',
      'mima',
    ],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9\u00C0-\u024F])(?<k>(?:[A-Za-z][A-Za-z0-9]{0,30}[_.[-])?(?:${SECRET_WORDS}|${PASSWORD_WORDS})${SUFFIX})` +
        // Round l85: a form parameter's bracketed key (`user[senha]`, `creds[kennwort]`).
        String.raw`\]?(?:\\{0,3}["'])?\s{0,3}(?:=>|:=|=|:)\s{0,3}(?:\\{0,3}"(?<v>[^"\\\r\n]{1,256})|\\{0,3}'(?<w>[^'\\\r\n]{1,256})|(?<u>[^\s"',;&<>(){}\[\]|\\]{1,256}))`,
      'i',
    ),
    mask: 'full',
    // Words in any script (`şifre: yanlış girildi`, "wrong password") are a message, not the value.
    // Round r76: digits alone under a key word (`chave=3526…`, an NF-e's 44-digit access key; `clave=…` a product code) are no secret.
    validate: (v, ctx) => !/^[\p{L}\s]+$/u.test(v) && (SECRET_KEY.test(ctx.key ?? '') ? !/^\d+$/.test(v) && secretValueOk('secret', v) : secretValueOk('password', v)),
    remediation: 'Change this password or secret and keep it out of logged payloads and config dumps',
  }),
  defineDetector({
    id: 'native-script-password',
    wideOnly: true,
    name: 'Password under a label in a non-Latin script (密码, パスワード, 비밀번호, пароль, كلمة المرور, पासवर्ड, hasło…)',
    category: 'credential',
    severity: 'high',
    priority: 52,
    // `パスワード：\u3000Xk9…` (a full-width colon and space), `密码: …`, `&비밀번호=…`, `пароль: …`, a YAML key `パスワード: …`,
    // or a space alone (`临时密码 Xk9… ，请修改`): the value's own shape decides.
    pattern: new RegExp(String.raw`(?<k>${NATIVE_LABELS.join('|')})["'\\]{0,3}(?:[ \t\u3000]{0,3}(?:[:=\uff1a\uff1d]|=>)[ \t\u3000]{0,3}|[ \t\u3000]{1,3})${NATIVE_VALUE}`),
    precheck: { re: new RegExp(NATIVE_LABELS.join('|')), reach: 0 },
    mask: 'full',
    // Words in any script (`пароль: неверный`, "wrong password") are a message, not the value.
    // So are words in quotes or brackets (`«скрыт»`, `「非表示」`, `(hidden)`): a placeholder.
    validate: (v) => {
      // Round r76: a word closed by punctuation too (`пароль изменён: 2026-03-04`, "password changed:").
      const inner = v.replace(/^[«“„「『〈《【(\[<'"（]+|[»”“」』〉》】)\]>'"）:：.,;!?]+$/gu, '');
      return !/^[\p{L}\p{M}\s]+$/u.test(inner) && !isPlaceholder(inner) && secretValueOk('password', v);
    },
    remediation: 'Change this password and keep it out of logged payloads, forms and messages',
  }),
  defineDetector({
    id: 'encoded-native-password',
    name: 'Password under a non-Latin label in a quoted-printable mail or a form body (=E3=83=91…, %E3%83%91…)',
    category: 'credential',
    severity: 'high',
    priority: 52.5, // names the finding over native-script-password, which reads the decoded text: the encoding is what was logged
    // The label's first two escaped bytes as each encoding writes them (few keywords: a script's labels share them).
    keywords: [...new Set(ENCODED_LABELS.map(encodedKeyword))],
    pattern: new RegExp(String.raw`(?<k>${ENCODED_LABELS.join('|')})(?:[ \t+]|=20|%20){0,3}(?::|=3A|%3A|=3D|%3D|=)(?:[ \t+]|=20|%20){0,3}${ENCODED_VALUE}`, 'i'),
    mask: 'full',
    validate: (v) => {
      // The escapes are UTF-8 bytes (`=E9=9D=9E=E8=A1=A8=E7=A4=BA` is 非表示, "hidden").
      const plain = Buffer.from(v.replace(/[=%]([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');
      const inner = plain.replace(/^[«“„「『〈《【(\[<'"（]+|[»”“」』〉》】)\]>'"）]+$/gu, '');
      return !/^[\p{L}\p{M}\s]+$/u.test(inner) && !isPlaceholder(inner) && secretValueOk('password', plain);
    },
    remediation: 'Change this password and stop logging mail bodies and form posts',
  }),
];
