import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { isPlaceholder } from '../placeholders';
import { isQuotedPrintableResidue, secretValueOk } from '../secret-value';

/**
 * Round r76 (blind set 76: localized and non-English logs of global companies' integrations). The classes:
 * - a label in another language that names a password, a key, a token or a secret and goes on with a qualifier the
 *   key-name machinery (English words, `foreign-password-assignment`'s suffixes, native-script-password's labels) does not
 *   read: `MOT_DE_PASSE_BDD=`, `CLE_API_LYDIA=`, `HASLO_BAZY=`, `P24_KLUCZ_API=`, `ПАРОЛЬ_БД=`, `MONOBANK_ТОКЕН=`,
 *   `"مفتاح_API":`, `nexi.chiave_segreta=`, `sdi.parola_d_ordine=`, `пароль_архива`, `hasło do certyfikatu:`,
 *   `lösenord för delat konto:`, `klucz API (raportów)=`, `contraseña_llave=`, `webhook_secreto=`, `clé secrète Qonto :`;
 * - words of those languages no list knew: `jeton`, `mdp`, `apiSleutel`, `kodikos`, `matKhau`, `Schlüssel` at the end of
 *   a compound (`authentifizierungsSchlüssel`), Hungarian `jelszava`/`aláírókulcs`/`cserekulcs`, `API-avain`, `API-nøgle`,
 *   `ключ`, `токен`, `секрет`, `κλειδί`, `טוקן`, `कुंजी`, `टोकन`, `토큰`, `시크릿키`, `トークン`, `APIキー`, `シークレット`,
 *   `ライセンスキー`, `パスフレーズ`, `密钥`, `秘钥`, `令牌`;
 * - the separators of those texts: full-width `：` and `＝`, `「…」` brackets, and a value right after a bracketed label.
 * The value must read as a secret (secretValueOk; words in any script, numbers, dates, e-mail addresses, URLs and
 * bracketed slots are not), and a qualifier that makes the label about a secret rather than the secret (length,
 * policy, hash, id, name, file, expiry, public key, fingerprint — in the languages above) rejects it.
 * Left alone on purpose: passwords told in sentences (`yeni şifrem X`, `비밀번호는 X 입니다`: no label, left to the prose
 * detectors), numbered binds without column names (Hibernate's `binding parameter [5]`), and public keys and
 * fingerprints under the same words (`公钥`, `clave pública`, `öffentlicher Schlüssel`).
 */

/** Password words (Latin script) that need no other word to name a password. */
const PW_LATIN = String.raw`passwort|kennwort|mot[ _.-]?de[ _.-]?passe|mdp|contrase(?:ñ|n|%C3%B1)a|senha|wachtwoord|has(?:ł|l)[oa]|parol(?:a|ă|e)|salasana|adgangskode|passord|l(?:ö|o|oe)senord|hesl[oa]|jelsz(?:ó|o|av)|(?:ş|s)ifre|kodikos|m(?:ậ|a)t[ _]?kh(?:ẩ|a)u|lozinka|geslo|parool`;
/** Secret and key words (Latin script). */
const SECRET_LATIN = String.raw`cl(?:é|e)(?=[ _.-](?:api|secr|priv|d['’]api|de[ _]api|d['’]acc|d['’]int))|jeton|sleutel|schl(?:ü|ue|u)ssel|geheimnis|segreto|segredo|secreto|secreta|secr(?:è|e)te|klucz|kl(?:í|i)(?:č|c)|kulcs|n(?:ø|o)gle|n(?:ø|o)kkel|nyckel|avain|anahtar|cheie|chave|clave|llave|chiave|token(?= d[aeio][ '’])|sitzung|sesi(?:ó|o)n|sess(?:ã|a)o|oturum`;
/** Password words in other scripts. */
const PW_NATIVE = String.raw`密码|密碼|口令|パスワード|パスフレーズ|暗証番号|비밀번호|패스워드|암호|парол[ьяеюі]|Парол[ьяеюі]|ПАРОЛ[ЬЯЕЮІ]|кодовое слово|κωδικ[όο]ς?|Κωδικ[όο]ς?|συνθηματικό|كلمة[ _]المرور|كلمة[ _]السر|رمز العبور|סיסמ[הא]|पासवर्ड|รหัสผ่าน|[Hh]as[łŁ][oaOA]|HASŁ[OA]|[şŞ][iİ]fre|ŞİFRE|[Mm][ậẬ]t[ _]?kh[ẩẨ]u|MẬT KHẨU|[Pp]arol[ăĂ]`;
/** Secret and key words in other scripts. */
const SECRET_NATIVE = String.raw`ключ[аиу]?|Ключ[аиу]?|КЛЮЧ|токен[аы]?|Токен[аы]?|ТОКЕН|секрет|Секрет|СЕКРЕТ|κλειδί|Κλειδί|μυστικό|مفتاح|טוקן|מפתח|कुंजी|टोकन|सीक्रेट|토큰|시크릿|비밀키|인증키|トークン|シークレット|キー|密钥|密鑰|秘钥|秘鑰|令牌|คีย์|โทเค็น|セッション|세션|сесси[яи]|Сесси[яи]|会话|會話|[Kk]l[íÍ][čČ]|KLÍČ|(?:(?:api|API|Api|secret|Secret|SECRET|access|Access|ACCESS|app|App|APP|private|Private)[ _-]?(?:key|Key|KEY)|secret|Secret|SECRET|token|Token|TOKEN)(?=[ _.\-/()A-Za-z0-9]{0,40}[\u0100-\uffff])`;

/** Qualifiers that make the label about a secret, not the secret (English and the languages above). */
const META = new Set(['hash', 'hashed', 'digest', 'policy', 'length', 'len', 'reset', 'expiry', 'expires', 'expiration', 'ttl', 'file', 'path', 'dir', 'min', 'max', 'required', 'field', 'prompt', 'count', 'type', 'rule', 'rules', 'hint', 'regex', 'id', 'ids', 'name', 'url', 'uri', 'endpoint', 'version', 'header', 'env', 'ref', 'arn', 'format', 'mode', 'status', 'error', 'date', 'time', 'age', 'rotation', 'timeout', 'size', 'prefix', 'fingerprint', 'index', 'label', 'public', 'pub', 'publique', 'pública', 'publica', 'pubblica', 'öffentlich', 'öffentlicher', 'publiczny', 'longitud', 'longueur', 'länge', 'lunghezza', 'comprimento', 'długość', 'uzunluk', 'uzunluğu', 'nombre', 'nom', 'nome', 'naam', 'datei', 'fichier', 'archivo', 'arquivo', 'plik', 'dosya', 'ruta', 'chemin', 'caminho', 'pfad', 'tipo', 'typ', 'fehler', 'erreur', 'erro', 'errore', 'błąd', 'hata', 'richtlinie', 'política', 'politique', 'politica', 'manager', 'store', 'provider', 'source', 'project', 'region', 'scope', 'scopes', 'audience', 'issuer', 'algorithm', 'alg', 'kind', 'usage', 'limit', 'location', 'interval', 'idempotencia', 'idempotence', 'idempotenz', 'rastreo', 'pix', 'producto', 'produto', 'prodserv', 'длина', 'имя', 'файл', 'путь', 'тип', 'ошибка', 'хеш', 'хэш', 'срок', 'открытый', 'публичный', 'отпечаток', 'идемпотентности', '公钥', '公開', '长度', '長さ', '길이', '文件', 'ファイル', '파일', '类型', '種類', '指纹', '指紋', '哈希', 'ハッシュ', '해시', '期限', '有効期限', '过期', '유효기간', '序列号', 'シリアル', '公開鍵', '공개키', '공개']);

/** The qualifiers in scripts without spaces between words, found inside the tail (`密码长度`). */
const META_WIDE = [...META].filter((m) => /[\u3000-\uffff]/.test(m));

/** Words before the secret word that make the label name something public (`公開キー`, `public token`, `chave pix`). */
const PUBLIC_BEFORE = /(?:public|publishable|öffentlich|открыт|публичн|公開|公|공개|idempoten|идемпотент|cache|sort|partition|pix|rastreo|produkt|product|producto|produto|ssh|gpg|pgp)[\p{L}]{0,4}[ _.-]?$/iu;

/** A label's value: quoted, in CJK brackets, or a run up to a space (also U+3000), a quote or CJK punctuation. */
const VALUE = String.raw`(?:\\{0,3}"(?<v>[^"\\\r\n]{1,256})\\{0,3}"|['「『](?<w>[^'」』\\\r\n]{1,256})['」』]|(?<u>[^\s"'\\,;&<>(){}\[\]|«»「」『』\u3000\u3001\u3002\uff08\uff09\uff0c\uff1b]{1,256}))`;

/** The label's tail after the word: up to five qualifiers (`_BDD`, ` do certyfikatu`, ` API (raportów)`, `_anti_phishing`). */
/** Letters of the scripts above, for character classes (detector patterns run without the `u` flag). */
const LET = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\u0600-\u06FF\u0900-\u097F\u0E00-\u0E7F\u1E00-\u1EFF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF`;

const TAIL = String.raw`[${LET}]{0,4}(?:[ _.\-/]{1,3}\(?[${LET}0-9'’]{1,24}\)?){0,5}?`;

/** The operator: `=`, `:`, full-width `：`/`＝`, `=>`, `->`, after an optional closing quote; or `「` opening the value. */
const OP = String.raw`(?:\\{0,3}["'»”]?[ \t\u3000]{0,3}(?:[:=\uff1a\uff1d]|=>|->|→)[ \t\u3000]{0,3}|[ \t\u3000]{0,2}(?=[「『]))`;

/** Letters before the word that still leave it a word of its own (a compound: `aláírókulcs`, `authentifizierungsSchlüssel`). */
const COMPOUND_OK = /^(?:kulcs|jelsz|schl|passwort|kennwort|wachtwoord|sleutel|nyckel|n[øo]gle|n[øo]kkel|salasana|avain|l[öo]senord)/i;

/** The label word's kind and whether the label, read around the match, names the secret itself. */
function labelOk(ctx: MatchContext, pw: boolean): 'password' | 'secret' | null {
  const ms = ctx.matchStart ?? ctx.start;
  const word = ctx.key ?? '';
  const before = ctx.text.slice(Math.max(0, ms - 40), ms);
  const prev = before.slice(-1);
  // The word starts a word: after a non-letter, at a camelCase turn (`apiSleutel`), or closing a compound (`cserekulcs`).
  // Scripts that write spaces between words (Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari): `подключения` holds no `ключ`.
  const spaced = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}]/u;
  if (/[\p{L}\p{M}]/u.test(prev) && spaced.test(prev) && spaced.test(word.charAt(0))) {
    const camel = /\p{Ll}/u.test(prev) && /^\p{Lu}/u.test(word);
    if (!camel && !COMPOUND_OK.test(word)) return null;
  }
  if (PUBLIC_BEFORE.test(before)) return null;
  // The tail: qualifiers in any script, split at separators and camelCase turns.
  const tail = ctx.text.slice(ms + word.length, ctx.start);
  const label = tail.replace(/["'»”「『\s\u3000:=\uff1a\uff1d>→-]+$/u, '');
  const words = label.split(/[\s_.\-/()]+|(?<=\p{Ll})(?=\p{Lu})/u).filter(Boolean).map((w) => w.toLowerCase());
  if (words.some((w) => META.has(w)) || META_WIDE.some((m) => label.includes(m))) return null;
  // English `token`/`secret` alone are the English detectors' (a key ending in the word); here with a qualifier only.
  if (/^(?:token|secret)$/i.test(word) && words.length === 0) return null;
  return pw ? 'password' : 'secret';
}

/** True when `v` can be the secret a label names (secretValueOk), not a word, a number, a date, an address or a slot. */
function valueOk(v: string, kind: 'password' | 'secret'): boolean {
  const inner = v.replace(/^[«“„「『〈《【(\[<'"（]+|[»”“」』〉》】)\]>'"）.,。，]+$/gu, '');
  if (inner.length < 6 || /^[\p{L}\p{M}\s'’-]+$/u.test(inner) || isPlaceholder(inner)) return false;
  if (/^\d+(?:[.,:/ -]\d+)+$/.test(inner) || /:\/\/|^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(inner) || /^\d{4}-\d\d-\d\d/.test(inner)) return false;
  if (kind === 'secret' && /^\d+$/.test(inner)) return false;
  // Slots and references (`{"API_SECRET":"##API_SECRET##"}`, `@@X@@`, `#{X}#`), store paths (`secret/data/prod/db#password`).
  if (/^[{[#@$%]|##|@@|\{\{|#\{/.test(inner) || ((inner.match(/\//g) ?? []).length >= 2 && !/\d/.test(inner))) return false;
  return secretValueOk(kind, inner);
}

const PW_LATIN_RE = new RegExp(String.raw`^(?:${PW_LATIN})`, 'iu');
const PW_NATIVE_RE = new RegExp(String.raw`^(?:${PW_NATIVE})`, 'u');

/** Validation shared by both detectors: the label (kind by its word), then the value. */
function localizedOk(v: string, ctx: MatchContext): boolean {
  const word = ctx.key ?? '';
  // A quoted-printable escape after a word (`Passwort ge=C3=A4ndert`): no operator, no value.
  if (isQuotedPrintableResidue(ctx.text, ctx.start, v) || (ctx.text[ctx.start - 1] === '=' && /^[0-9A-F]{2}(?:=|[A-Za-z]{0,12}[.,]?$)/.test(v) && /=[0-9A-F]{2}/.test(ctx.text.slice(Math.max(0, ctx.start - 3), ctx.end)))) return false;
  const kind = labelOk(ctx, PW_LATIN_RE.test(word) || PW_NATIVE_RE.test(word));
  return kind !== null && valueOk(v, kind);
}

/** The non-Latin detector's validation: an English word (`API Key`, `secret`, `token`) counts only with a non-Latin tail or a full-width operator. */
function nativeOk(v: string, ctx: MatchContext): boolean {
  const word = ctx.key ?? '';
  if (/^[\x20-\x7e]+$/.test(word) && !/[\u0100-\uffff]/.test(ctx.text.slice((ctx.matchStart ?? ctx.start) + word.length, ctx.start))) return false;
  return localizedOk(v, ctx);
}

export const LOCALIZED_R76_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'localized-secret-label',
    name: 'Password, key or token under a label in another language with a qualifier (`MOT_DE_PASSE_BDD=`, `klucz API (raportów)=`, `clé secrète Qonto :`)',
    category: 'credential',
    severity: 'high',
    // Below foreign-password-assignment and the English assignment detectors, which name the finding where both match.
    priority: 36,
    confidence: 0.75,
    keywords: [
      'passwort', 'kennwort', 'mot de passe', 'mot_de_passe', 'motdepasse', 'mot-de-passe', 'mdp', 'contrase', 'senha', 'wachtwoord', 'haslo', 'hasla',
      'parola', 'parole', 'salasana', 'adgangskode', 'passord', 'senord', 'heslo', 'hesla', 'jelsz', 'ifre', 'kodikos', 'matkhau', 'mat_khau', 'mat khau',
      'lozinka', 'geslo', 'parool', 'cle_', 'cle-', 'cle ', 'cle.', 'clé', 'hasł', 'parolă', 'mật', 'klič', 'klíc', 'jeton', 'sleutel', 'ssel', 'geheimnis', 'segreto', 'segredo', 'secreto', 'secreta',
      'secrète', 'secrete', 'klucz', 'klic', 'klíč', 'kulcs', 'nøgle', 'nogle', 'gle=', 'gle:', 'kkel', 'nyckel', 'avain', 'anahtar', 'cheie', 'chave', 'clave',
      'llave', 'chiave', 'token de', 'token da', 'token do', 'token di', 'sitzung', 'sesion', 'sesión', 'sessao', 'sessão', 'oturum',
    ],
    // eslint-disable-next-line no-misleading-character-class -- LET holds combining marks on purpose (Vietnamese, Thai, Devanagari letters as written)
    pattern: new RegExp(String.raw`(?<k>${PW_LATIN}|${SECRET_LATIN})${TAIL}${OP}${VALUE}`, 'i'),
    mask: 'full',
    validate: localizedOk,
    remediation: 'Rotate this secret and keep localized config dumps, forms and tickets that carry it out of the logs',
  }),
  defineDetector({
    id: 'native-secret-label',
    wideOnly: true,
    name: 'Password, key or token under a label in a non-Latin script (`APIキー＝`, `카카오 토큰:`, `ключ_api`, `пароль_архива`, `कुंजी=`)',
    category: 'credential',
    severity: 'high',
    priority: 36,
    confidence: 0.75,
    // eslint-disable-next-line no-misleading-character-class -- LET holds combining marks on purpose (Vietnamese, Thai, Devanagari letters as written)
    pattern: new RegExp(String.raw`(?<k>${PW_NATIVE}|${SECRET_NATIVE})${TAIL}${OP}${VALUE}`),
    precheck: { re: new RegExp(String.raw`${PW_NATIVE}|${SECRET_NATIVE}`), reach: 0 },
    mask: 'full',
    validate: nativeOk,
    remediation: 'Rotate this secret and keep localized logs, tickets and config dumps that carry it out of shared channels',
  }),
];
