import { defineDetector } from '../define-detector';
import type { Detector, MatchContext, Verdict } from '../detector';
import { keyWords, secretKeyKind } from '../key-names';
import { isPlaceholder } from '../placeholders';
import { isWordyPlaceholder } from '../placeholder-tokens';
import { abaChecksumOk, isLowEntropy, shannonEntropy, ssnValid } from '../validators';
import { bsnValid, dniValid } from '../id-checksums';
import { assignedValueVerdict } from './generic';
import { labelledNameOk } from './names-h28';

/**
 * Round r79 (blind set 79: random payloads from a grammar of containers, key spellings and escapes): one key/value
 * reader for every container a log line prints a record in, and three families of keys read through it.
 *
 * The key: a name in any convention (`snake_case`, `camelCase`, `PascalCase`, `kebab-case`, `SCREAMING`, `dotted.key`,
 * `Title Case` inside quotes, `Header-Case`), quoted or escaped as its container quotes it (`"k"`, `\"k\"`, `'k'`,
 * Ruby `:k`, PHP `[k]`, CLI `--k`, an XML element `<k>`), with the words that say which copy of the value it is
 * (`_enc`, `_raw`, `Prod`, `_current`, `V2`, `_1`: key-names.ts strips them).
 *
 * The operator: `=`, `:`, `=>`, `->`, `:=`, tabs, `] =>` (print_r), ` | ` (a two-column Markdown table), a space after
 * a `--flag`, the `>` of an XML element.
 *
 * The value, spanned as its container escapes it: double quotes with backslash escapes at the quote's own level (JSON,
 * JSON inside a JSON string: `\"…\\\"…\"`), single quotes with SQL's doubled `''` and unescaped inner quotes (Java's
 * toString) closed only before a delimiter, backticks, CDATA, and bare values that run to the next `key=`/`Key:` field
 * of their record (Go `%+v`, C# and Lombok dumps, logfmt) or to its closing bracket, spaces inside only for a
 * passphrase (words with a digit and a symbol).
 *
 * Families: passwords (the generic password rules judge the value), session ids (`sid`, `session_id`, `laravel_cookie`,
 * `PHP_session`: a random token of 16+ characters), and people's names (`first.name`, `last-name`, `LastName`,
 * `FULL_NAME`, `X-Name`: one capitalised word under a first- or last-name key, a full name under the others).
 */

/** Key characters: a name in any convention, or Title Case words (inside quotes or a table cell). */
const KEY = String.raw`(?<k>[A-Za-z_][\w.-]{0,63}|(?<=["'|] ?)[A-Z][a-z0-9]{1,15}(?: [A-Z][a-z0-9]{0,15}){1,4})`;
/** The operator between key and value (see the file comment); `>` only after an XML element's name. */
const OP = String.raw`(?:\\{0,3}["'])?\]?(?:[ \t]{0,3}(?:=>|->|:=|=|:)[ \t]{0,3}|\t{1,4}|[ \t]{1,3}\|[ \t]{1,3}|(?<=[A-Za-z0-9]) (?=\S)|(?<=<[A-Za-z_][\w.:-]{0,63})>)`;
/** Where the value opens: a quote (escaped 0-3 times), a backtick, CDATA, or its first bare character. */
const OPEN = String.raw`(?:\\{0,3}["'\x60]|<!\[CDATA\[)?`;

/** The pattern of a family: a key ending in one of `words` (a suffix word may follow), its operator, the value's rest of line. */
const keyed = (words: string): RegExp =>
  new RegExp(String.raw`(?<![\w.$@'"\\-])(?:--?|:|\[|<)?(?:\\{0,3}["'])?${KEY}(?<=(?:${ci(words)})(?:[_.\- ]?(?:${ci(SUFFIXES)}|[vV]\d{1,2}|\d{1,2}))?)${OP}${OPEN}(?<v>[^\s])`);

/** Words after the key's word that name a copy or a form of the value (`_enc`, `Prod`, `_id` of a session). */
const SUFFIXES = 'value|str|string|b64|enc|encrypted|encoded|raw|plain|prod|production|live|current|curr|new|old|prev|backup|id';

/** A regex source matching `words` in any letter case, without the `i` flag (which would make Title Case keys take any word). */
function ci(words: string): string {
  return words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

/** The words that close a key of each family (the key classifier decides; these only find candidates). */
const PASSWORD_WORDS = 'password|passwd|passphrase|passcode|pass|pwd|pw';
const SESSION_WORDS = 'session|sid|sess|sessid|sessionid|cookie';
const NAME_WORDS = 'name|surname|forename';
const ID_WORDS = 'id|ids|nino|bsn|ssn|dni|nif|nie|number|no|num|nr';
const BANK_WORDS = 'aba|routing|code|sortcode|number|no|num|nr|cvv|cvc|cvv2|cvc2|csc';
const SECRET_WORDS = 'secret|token|key|keys|auth|creds|credentials|credential|login|sig|signature|private|bearer|authorization';

/** Where the value opened: the quote character and how many backslashes escaped it, or null for a bare value. */
function opener(text: string, start: number): { q: string; n: number } | null {
  if (text.startsWith('<![CDATA[', start - 9)) return { q: ']]>', n: 0 };
  const q = text[start - 1];
  if (q !== '"' && q !== "'" && q !== '`') return null;
  let n = 0;
  while (n < 3 && text[start - 2 - n] === '\\') n++;
  return { q, n };
}

/** The next field of a record after a bare value: a separator, then `key=`, `key:`, `Key =`, `key->`, `key\t`. */
const NEXT_FIELD = /^(?:(?:[ \t]*[,;|&][ \t]*|[ \t]+)(?:--?|:)?\\{0,3}["']?[A-Za-z_][\w.-]{0,63}\\{0,3}["']?(?:[ \t]{0,3}(?:=>|->|:=|=|:(?!\/\/))|\t)|[ \t]+--?[A-Za-z][\w.-]{0,63}(?:[ =]|$)|[ \t]+\d?>&?\d?)/;
/** A record's closing brackets at the end of a bare value (`…Orbit}`, `…xxmz)`), then the line's end or the next member. */
const CLOSER = /^[ \t]*[)}\]]+[ \t]*(?:[,;"\\]|$|\r|\n|%%%)/;

/** The length of the value from `start` as its container writes it, or -1 when it does not close on its line. */
function valueLength(text: string, start: number, open: { q: string; n: number } | null, max: number): number {
  // At most `max` characters (the family's longest value): hostile `pass=pass=…` lines ask for one span a key.
  const stop = Math.min(text.length, start + max);
  if (open !== null && open.q === ']]>') {
    const e = text.indexOf(']]>', start);
    return e < 0 || e > stop ? -1 : e - start;
  }
  if (open !== null) {
    const { q, n } = open;
    for (let i = start; i < stop; i++) {
      const c = text[i]!;
      if (c === '\n' || c === '\r') return -1;
      if (c === '\\') {
        let r = 0;
        while (text[i + r] === '\\') r++;
        if (text[i + r] === q) {
          if (r <= n && (r === n || n > 0)) return i - start; // the quote at the opening's own level (or an outer one) closes
          i += r; // a quote escaped deeper than the opening: part of the value
          continue;
        }
        i += r - 1;
        continue;
      }
      if (c !== q || n > 0) continue;
      if (q === "'" && text[i + 1] === "'") {
        i++; // SQL's doubled quote
        continue;
      }
      // An unescaped single quote inside a value (Java's toString does not escape): it closes only before a delimiter.
      if (q === "'" && !/^(?:[ \t]*(?:[,;)}\]|]|$|\r|\n|\\|")|[ \t]+(?:WHERE|AND|OR|SET)\b)/.test(text.slice(i + 1, i + 8))) continue;
      return i - start;
    }
    return -1;
  }
  // A bare value: to the next field, a closing bracket at the record's end, an XML tag, or the line's end.
  for (let i = start; i < stop; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') return i - start;
    if (c === '<' && text[i + 1] === '/') return i - start;
    if (c === '\\' && (text[i + 1] === 'n' || text[i + 1] === 't' || text[i + 1] === 'r') && i > start && /^\\[nrt](?:\\[nrt]|[ \t]|[A-Za-z_"%])/.test(text.slice(i, i + 3))) return i - start;
    if ((c === ')' || c === '}' || c === ']') && CLOSER.test(text.slice(i, i + 12))) return i - start;
    if ((c === ' ' || c === '\t' || c === ',' || c === ';' || c === '|' || c === '&') && NEXT_FIELD.test(text.slice(i, i + 80))) return i - start;
    if (c === '"' && text[i - 1] !== '\\' && /^"[ \t]*(?:[,}\]]|$)/.test(text.slice(i, i + 4))) return i - start;
  }
  return stop - start;
}

/** A bare value with spaces is taken whole only as a passphrase: 2-6 words with a digit and a symbol; else its first word. */
function bareWords(v: string): string {
  const t = v.replace(/[ \t]+$/, '');
  if (!/[ \t]/.test(t)) return t;
  const words = t.split(/[ \t]+/);
  // A passphrase: 3-6 words, one of them digits with a symbol (`Tundra Falcon 93# Orbit`); not a value and a command after it.
  if (words.length >= 3 && words.length <= 6 && words.some((w) => /^\d{1,4}[^\w\s]{1,2}$|^[^\w\s]{1,2}\d{1,4}$/.test(w)) && words.every((w) => w.length <= 24)) return t;
  return words[0]!;
}

/** The value's span (length from ctx.start) and text, or null. */
function spanOf(ctx: MatchContext, max: number, spaces = false): { len: number; raw: string; quoted: boolean } | null {
  const open = opener(ctx.text, ctx.start);
  const len = valueLength(ctx.text, ctx.start, open, max);
  if (len <= 0) return null;
  let raw = ctx.text.slice(ctx.start, ctx.start + len);
  // A name keeps its spaces (`X-Name: Ana Ruiz`, `[name] => Ana Ruiz`): the name rules judge the words.
  if (open === null) raw = spaces ? raw.replace(/[ \t]+$/, '') : bareWords(raw);
  // A trailing separator or Markdown cell border is no part of the value.
  if (open === null) raw = raw.replace(/[ \t]*[|,;]?[ \t]*$/, '');
  // A closing bracket at the end with no opener in the value closes the record around it (`login(password: $pw)`).
  while (open === null && /[)}\]]$/.test(raw)) {
    const close = raw[raw.length - 1]!;
    const opener = close === ')' ? '(' : close === '}' ? '{' : '[';
    if (raw.split(opener).length >= raw.split(close).length) break;
    raw = raw.slice(0, -1);
  }
  return raw.length === 0 ? null : { len: raw.length, raw, quoted: open !== null };
}

/** How the operator was written: `|` cells and a lone space need their own context (checked in `keyedContextOk`). */
function keyedContextOk(ctx: MatchContext): boolean {
  const ms = ctx.matchStart ?? ctx.start;
  const between = ctx.text.slice(ms, ctx.start);
  const ls = ctx.text.lastIndexOf('\n', ms - 1) + 1;
  const lineBefore = ctx.text.slice(ls, ms);
  // A Markdown two-column row: `| Key | Value |`, the key the row's first cell.
  if (/\|[ \t]{0,3}[`]?$/.test(between.replace(/[`"']$/, '')) && !/^(?:[^|]*\|)?[ \t]*\|[ \t]*$/.test(lineBefore)) return false;
  // A lone space as operator: after a `--flag`, or a key alone at the start of its line (a .properties file written with spaces).
  if (/^[^=:>|\t]*[A-Za-z0-9_.-] ["'`]?$/.test(between) && !/[=:>|\t]/.test(between)) {
    const flag = between.startsWith('--');
    // At a line's start only a key with a separator or an inner capital (`api.token e96d…`, `ldapPw x`), not a word of prose (`Password - see …`).
    const keyLike = /[._-]|[a-z][A-Z]/.test(ctx.key ?? '');
    if (/^\\{0,3}["']/.test(between) || (!flag && (!/^[ \t]*$/.test(lineBefore) || !keyLike))) return false;
  }
  // A key of Title Case words (`"Root Password Prod":`, `| Php Session Id |`) only inside quotes or a table cell.
  if (/\s/.test(ctx.key ?? '') && !/^(?:\\{0,3}["'])/.test(between) && !/\|[ \t]{0,3}$/.test(lineBefore)) return false;
  // `>` closes an XML element's name only: `<k>value`.
  if (/^<[A-Za-z_]/.test(between) && !/>(?:<!\[CDATA\[)?$/.test(between)) return false;
  return true;
}

/** Key words after the suffixes that name a copy of the value are dropped (`sid_value`, `session_id_prod`). */
function coreWords(key: string): string[] {
  const w = keyWords(key.replace(/^(?:--?|:|\[|<)/, ''));
  while (w.length > 1 && /^(?:value|str|string|b64|base64|enc|encrypted|encoded|raw|plain|prod|production|live|current|curr|new|old|prev|previous|backup|v\d{1,2}|\d{1,4})$/.test(w[w.length - 1]!)) w.pop();
  return w;
}

/** A session id's key: its last word `session`, `sid`, `sessid`, `cookie`, or `session id`/`session key`. */
function sessionKey(key: string): boolean {
  // An `X-Session-Id` request header names a client's tracing session as often as a login: left to the header rules.
  if (/^x-/i.test(key)) return false;
  const w = coreWords(key);
  const last = w[w.length - 1] ?? '';
  const prev = w[w.length - 2] ?? '';
  if (/^(?:session|sid|sess|sessid|sessionid|phpsessid|cookie)$/.test(last)) return !(last === 'cookie' && /^(?:set|http|secure|same|max)$/.test(prev));
  return (last === 'id' || last === 'key' || last === 'value') && /^(?:session|sess|sid)$/.test(prev);
}

/** A session token: 16-256 URL-safe characters, letters and digits mixed, no words, not a date or a number. */
function sessionValue(v: string): boolean {
  if (!/^[A-Za-z0-9%._~+/=:-]{16,256}$/.test(v) || !/\d/.test(v) || !/[A-Za-z]/.test(v)) return false;
  // A value that is itself `name=value` (`cookie=key=tenant%3A…`, a whole Cookie header): the inner name decides, not this key.
  if (/^[A-Za-z_][\w.-]{0,63}=/.test(v)) return false;
  if (/^\d{4}-\d{2}-\d{2}/.test(v) || isLowEntropy(v) || shannonEntropy(v) < 3) return false;
  // Words run together with a number (`AllowSecretsRead5`, an IAM statement's `Sid`) name something; a token is drawn.
  if (/^(?:[A-Z][a-z]{1,15}){2,}\d{0,4}$/.test(v)) return false;
  // A value that names something (`tenant:acme:quota`, `redis://…`, a path) is no token.
  return !/^[a-z]+:\/\//i.test(v) && !/^(?:[a-z]+[:/]){1,}[a-z0-9-]+$/.test(v);
}

/** Name keys: a first or last name alone, or the full name under a person's name key. */
const SINGLE_NAME_KEY = /^(?:first|last|given|family|middle|sur|fore|maiden)$/;
const FULL_NAME_KEY = /^(?:full|legal|customer|billing|shipping|holder|cardholder|recipient|payee|beneficiary|patient|employee|person)$/;

/** What a name key allows: `single` (a capitalised word or a full name), `full` (a full name), or null. */
function nameKeyKind(key: string): 'single' | 'full' | null {
  // A dotted path is named by its last segment when the whole does not name it (`integration.name`, `ctx.customer_name`).
  const dot = key.lastIndexOf('.');
  return nameKindOf(key) ?? (dot > 0 ? nameKindOf(key.slice(dot + 1)) : null);
}

function nameKindOf(key: string): 'single' | 'full' | null {
  const w = coreWords(key);
  const last = w[w.length - 1] ?? '';
  const prev = w[w.length - 2] ?? '';
  if (last === 'surname' || last === 'forename' || last === 'lastname' || last === 'firstname' || last === 'givenname' || last === 'familyname') return 'single';
  if (last === 'fullname') return 'full';
  if (last !== 'name') return null;
  if (SINGLE_NAME_KEY.test(prev)) return 'single';
  if (w.length === 1 || (w.length === 2 && prev === 'x') || FULL_NAME_KEY.test(prev)) return 'full';
  return null;
}

/** A national id's key (`national.id`, `NationalId`, `ni_number`, `bsn`, `ssn`, `tax_id`, `dni`): the id kinds it may hold. */
function idKeyKind(key: string): string | null {
  const w = coreWords(key);
  const last = w[w.length - 1] ?? '';
  const prev = w[w.length - 2] ?? '';
  if (/^(?:nino|bsn|ssn|dni|nif|nie)$/.test(last)) return last;
  if (/^(?:number|no)$/.test(last) && /^(?:ni|nino)$/.test(prev)) return 'nino';
  if (/^(?:id|ids|number|no|num|nr)$/.test(last) && /^(?:national|nino|bsn|ssn|social|tax|dni|nif|nie|citizen|personal)$/.test(prev)) return prev === 'nino' ? 'nino' : prev === 'social' ? 'ssn' : 'any';
  if (/^(?:nationalid|taxid|nationalidnumber)$/.test(last)) return 'any';
  return null;
}

/** A bank field's key: routing (`aba`, `routing_number`), sort code, account number (`acctNo`, `bank-account`), card code (`cvc`, `security.code`). */
function bankKeyKind(key: string): string | null {
  const w = coreWords(key);
  const last = w[w.length - 1] ?? '';
  const prev = w[w.length - 2] ?? '';
  if (last === 'aba' || last === 'routing' || (/^(?:number|no|num|nr|code)$/.test(last) && (prev === 'routing' || prev === 'aba'))) return 'routing';
  if (last === 'sortcode' || (last === 'code' && prev === 'sort')) return 'sort';
  if (/^(?:number|no|num|nr)$/.test(last) && /^(?:account|acct)$/.test(prev)) return 'account';
  if (last === 'acctno' || last === 'accountnumber' || (last === 'account' && prev === 'bank')) return 'account';
  if (/^(?:cvv|cvc|cvv2|cvc2|csc)$/.test(last) || (last === 'code' && prev === 'security')) return 'cvv';
  return null;
}

/** The value of an id or bank key, checked by its kind's own rule (checksums where the kind has one). */
function idValueOk(kind: string, v: string, text: string): boolean {
  const nino = /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) && !/^(?:BG|GB|NK|KN|TN|NT|ZZ)/.test(v);
  const ssn = /^\d{3}-\d{2}-\d{4}$/.test(v) && ssnValid(v.replace(/-/g, ''));
  switch (kind) {
    case 'nino': return nino;
    case 'bsn': return bsnValid(v);
    case 'ssn': return ssn;
    case 'dni': case 'nif': case 'nie': return dniValid(v);
    case 'any': return nino || ssn || (/^\d{9}$/.test(v) && bsnValid(v)) || (/^\d{8}[A-Z]$/.test(v) && dniValid(v));
    case 'routing': return abaChecksumOk(v);
    case 'sort': return /^\d{2}-\d{2}-\d{2}$|^\d{6}$/.test(v) && !/^0{2}-?0{2}-?0{2}$/.test(v);
    case 'account': return /^\d{6,17}$/.test(v) && !/^(\d)\1+$/.test(v);
    // A card code only beside a card number: a 3-4 digit value under `cvc` alone could be anything.
    case 'cvv': return /^\d{3,4}$/.test(v) && /(?<!\d)\d{4}(?:[ +-]?\d{4}){2}[ +-]?\d{1,7}(?!\d)|(?<!\d)\d{4}[ -]?\d{6}[ -]?\d{5}(?!\d)/.test(text);
    default: return false;
  }
}

/** Words that open no person's first or last name alone (values of `name`-ish keys that are settings). */
const NOT_SINGLE = /^(?:None|Null|Unknown|Test|Admin|User|Customer|Default|Name|First|Last|Required|Optional|True|False|Redacted|Hidden|Anonymous|N\/A)$/;

/** The longest value each family reads (characters). */
const MAX_VALUE = { password: 160, secret: 400, session: 260, id: 24, bank: 24, name: 64 } as const;

/** Validation of each family; the value is spanned first (spanOf). */
function judge(family: 'password' | 'session' | 'name' | 'secret' | 'id' | 'bank'): (v: string, ctx: MatchContext) => boolean | Verdict {
  return (_v, ctx) => {
    const key = ctx.key ?? '';
    if (family === 'password' && secretKeyKind(key.trim()) !== 'password') return false;
    if (family === 'session' && !sessionKey(key)) return false;
    // A bare `session_id`/`Session-ID`/`sid` under `=` or `:` is as often an audit log's or TLS's session id (benign by the
    // earlier sets' convention): only a framework's or a cookie's name (`laravel_cookie`, `php_session`, `rails-cookie`) takes
    // those forms; the others only the operators no audit log writes (`->`, tabs, `] =>`, XML elements, table cells, CLI flags).
    if (family === 'session' && !coreWords(key).some((w) => /^(?:cookie|php|phpsessid|laravel|rails|connect|express|django|flask|remember|sess|ci|jsession|jsessionid)$/.test(w)) && !/(?:->|\t|\][ \t]{0,3}=>[ \t]{0,3}|\|[ \t]{0,3}`?|>(?:<!\[CDATA\[)?|[A-Za-z0-9] ["'`]?)$/.test(ctx.text.slice(ctx.matchStart ?? ctx.start, ctx.start))) return false;
    const bearer = family === 'secret' && coreWords(key).pop() === 'bearer';
    if (family === 'secret' && !bearer && secretKeyKind(key.trim()) !== 'secret') return false;
    // The forms the generic secret-assignment reads (`key=`, `"key":`, `key: `) stay its own: here only the other operators
    // (`->`, tabs, `] =>`, table cells, XML elements, a lone space) and keys of Title Case words or `bearer`.
    if (family === 'secret' && !bearer && !/\s/.test(key.trim()) && !/(?:->|\t|\][ \t]{0,3}=>[ \t]{0,3}|\|[ \t]{0,3}`?|>(?:<!\[CDATA\[)?|[A-Za-z0-9] ["'`]?)$/.test(ctx.text.slice(ctx.matchStart ?? ctx.start, ctx.start))) return false;
    const idKind = family === 'id' ? idKeyKind(key) : family === 'bank' ? bankKeyKind(key) : null;
    if ((family === 'id' || family === 'bank') && idKind === null) return false;
    const nameKind = family === 'name' ? nameKeyKind(key) : null;
    if (family === 'name' && nameKind === null) return false;
    if (!keyedContextOk(ctx)) return false;
    const ms0 = ctx.matchStart ?? ctx.start;
    // A shell or template expansion (`${DB_PASSWORD:?required}`, `$(TOKEN)`, `%(password)s`) names a variable, it assigns nothing.
    if (/(?:\$\{|\$\(|%\(|\{\{\s?)$/.test(ctx.text.slice(Math.max(0, ms0 - 3), ms0))) return false;
    const span = spanOf(ctx, MAX_VALUE[family], family === 'name');
    if (span === null) return false;
    // An XML element's value closes with its element (`<password>…</password>`); `:<password>@host` is a URI's placeholder.
    if (/^<[^>]*>(?:<!\[CDATA\[)?$/.test(ctx.text.slice(ms0, ctx.start)) && !/^(?:\]\]>)?<\//.test(ctx.text.slice(ctx.start + span.len, ctx.start + span.len + 5))) return false;
    // A value that ends in an escape (`change-me\\\"`) was spanned at the wrong quoting level (JSON inside JSON): not read.
    if (/\\["']?$/.test(span.raw)) return false;
    const value = span.raw.replace(/\\(["'\\])/g, '$1').replace(/''/g, "'");
    // The match holds the value's first character only (the next key of the record stays searchable): the placeholder rules run here on the whole value.
    if (family !== 'name' && (isPlaceholder(value) || isWordyPlaceholder(value) || /^[[(<{][A-Za-z _-]{1,30}[\])>}]?$/.test(value))) return false;
    if (family === 'secret') {
      const ms = ctx.matchStart ?? ctx.start;
      const verdict = assignedValueVerdict('secret', bearer ? 'bearer_token' : key, value, span.quoted, ctx.text.slice(Math.max(0, ms - 400), ms));
      if (verdict === false || verdict === 'letters') return false;
      if (typeof verdict === 'object') return { ...verdict, trimEnd: span.len };
      return { ok: true, trimEnd: span.len };
    }
    if (family === 'password') {
      const ms = ctx.matchStart ?? ctx.start;
      // The forms password-assignment reads whole (`key=value`, `"key":"value"` without inner quotes, brackets or spaces) stay its own:
      // here the other operators, Title Case keys, and values it would cut (quotes, brackets, `,;|`, spaces inside).
      if (!/\s/.test(key.trim()) && !/(?:->|\t|\][ \t]{0,3}=>[ \t]{0,3}|\|[ \t]{0,3}`?|>(?:<!\[CDATA\[)?|[A-Za-z0-9] ["'`]?)$/.test(ctx.text.slice(ms, ctx.start)) && !/["'\\{}()[\]<>,;|\s]/.test(span.raw)) return false;
      // Code, not a value: a call (`System.getenv("DB_PASSWORD")`, `os.Getenv("X")`).
      if (!span.quoted && /^[A-Za-z_$][\w$]*(?:(?:\.|->|::)[A-Za-z_$][\w$]*)*\(/.test(value)) return false;
      const verdict = assignedValueVerdict('password', key, value, span.quoted, ctx.text.slice(Math.max(0, ms - 400), ms));
      if (verdict === false) return false;
      if (typeof verdict === 'object') return { ...verdict, trimEnd: span.len };
      return { ok: true, trimEnd: span.len };
    }
    if (family === 'session') return sessionValue(value) ? { ok: true, trimEnd: span.len } : false;
    if (idKind !== null) return idValueOk(idKind, value, ctx.text) ? { ok: true, trimEnd: span.len } : false;
    const name = value.trim();
    if (name !== value) return false;
    if (nameKind === 'single' && /^[A-Z][a-zà-ÿ'’-]{1,30}$/.test(name) && !NOT_SINGLE.test(name)) return { ok: true, trimEnd: span.len };
    if (!(labelledNameOk(name) && /^[A-Z][^ ]{1,30}(?: [^ ]{1,30}){1,3}$/.test(name))) return false;
    // A bare `name` names devices, services and products as often as people: only beside another field of a person's record.
    const w = coreWords(key);
    if (w.length === 1 || (w.length === 2 && w[0] === 'x')) {
      const around = ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start + 300);
      if (!/@[\w-]+\.[a-z]{2,}|phone|mobile|msisdn|e-?mail|\bdob\b|birth|street|address|addr1|\bssn\b|nino|national|iban|last[_.\- ]?name|first[_.\- ]?name/i.test(around)) return false;
    }
    return { ok: true, trimEnd: span.len };
  };
}

/** The three detectors of the round's key/value reader. */
export const KEYED_R79_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'password-keyed-any-container',
    name: 'Password under a password key in any container, spanned as the container escapes it (`db.passwd->…`, `Pwd = a"b\'c, …`, `\'x\'\'y\'`)',
    category: 'credential',
    severity: 'high',
    priority: 20, // under every older detector: a finding here only widens or adds, never renames (a loser widens the winner's span)
    confidence: 0.7,
    keywords: ['pass', 'pwd', 'pw'],
    precheck: { re: /(?:pass(?:word|wd|phrase|code)?|pwd|pw)(?:[_.\- ]?[A-Za-z0-9]{1,10})?(?:\\{0,3}["'])?\]?(?:[ \t]{0,3}(?:=>|->|:=|=|:)|\t|[ \t]{1,3}\||>| \S)/i, reach: 96 },
    pattern: keyed(PASSWORD_WORDS),
    mask: 'full',
    placeholders: false, // judged on the whole value in judge()
    validate: judge('password'),
    remediation: 'Change this password and log records without their credential fields',
  }),
  defineDetector({
    id: 'secret-keyed-any-container',
    name: 'Secret or token under a secret key written with another operator or spelling (`Secret-Key->…`, `[bearer_v2] => …`, `"Dd Access Key": …`, `TwilioAccessKey\t…`)',
    category: 'credential',
    severity: 'high',
    priority: 20, // under every older detector: a finding here only widens or adds, never renames
    confidence: 0.7,
    keywords: ['secret', 'token', 'key', 'auth', 'cred', 'login', 'sig', 'private', 'bearer'],
    precheck: { re: /(?:secret|token|key|auth|cred|login|sig|private|bearer)(?:[_.\- ]?[A-Za-z0-9]{1,10})?(?:\\{0,3}["'])?\]?(?:[ \t]{0,3}(?:=>|->|:=|=|:)|\t|[ \t]{1,3}\||>| \S)|["'|] ?[A-Z][a-z0-9]{1,15}(?: [A-Z][a-z0-9]{0,15}){0,4} (?:Secret|Token|Key|Auth|Creds|Credentials|Login|Sig|Signature|Private|Bearer)\b|bearer/i, reach: 96 },
    pattern: keyed(SECRET_WORDS),
    mask: 'full',
    placeholders: false, // judged on the whole value in judge()
    validate: judge('secret'),
    remediation: 'Rotate this secret and log records without their credential fields',
  }),
  defineDetector({
    id: 'session-id-keyed-any-container',
    name: 'Session id under a session key in any container (`sid->…`, `<SessionId>…`, `laravel_cookie: …`, `--backup.session=…`)',
    category: 'credential',
    severity: 'high',
    priority: 20, // under every older detector: a finding here only widens or adds, never renames
    confidence: 0.7,
    keywords: ['session', 'sid', 'sess', 'cookie'],
    precheck: { re: /(?:session|sid|sess|cookie)(?:[_.\- ]?[A-Za-z0-9]{1,10})?(?:\\{0,3}["'])?\]?(?:[ \t]{0,3}(?:=>|->|:=|=|:)|\t|[ \t]{1,3}\||>| \S)/i, reach: 96 },
    pattern: keyed(SESSION_WORDS),
    mask: 'full',
    placeholders: false, // judged on the whole value in judge()
    validate: judge('session'),
    remediation: 'Invalidate these sessions and log requests by user id, not by session token',
  }),
  defineDetector({
    id: 'national-id-keyed-any-container',
    name: 'National id under an id key in any container and convention (`national.id=…`, `NationalId:=…`, `<national_id>…`), checked by its kind',
    category: 'personal',
    severity: 'high',
    priority: 20, // under every older detector: a finding here only widens or adds, never renames
    confidence: 0.75,
    keywords: ['national', 'nino', 'ni_n', 'ni-n', 'ni.n', 'ni n', 'ninumber', 'bsn', 'ssn', 'dni', 'nif', 'nie', 'tax', 'social', 'citizen', 'personal'],
    precheck: { re: /(?:id|ids|nino|bsn|ssn|dni|nif|nie|number|no|num|nr)(?:[_.\- ]?[A-Za-z0-9]{1,10})?(?:\\{0,3}["'])?\]?(?:[ \t]{0,3}(?:=>|->|:=|=|:)|\t|[ \t]{1,3}\||>| \S)/i, reach: 96 },
    pattern: keyed(ID_WORDS),
    mask: 'full',
    validate: judge('id'),
    remediation: "Log people by id in your system, not by their national identifier",
  }),
  defineDetector({
    id: 'bank-field-keyed-any-container',
    name: 'Routing number, sort code, account number or card code under its key in any container and convention (`Aba\t…`, `<sortcode>…`, `| Acct No | …`)',
    category: 'financial',
    severity: 'high',
    priority: 20, // under every older detector: a finding here only widens or adds, never renames
    confidence: 0.7,
    keywords: ['aba', 'routing', 'sort', 'acct', 'account', 'cvv', 'cvc', 'csc', 'security'],
    precheck: { re: /(?:aba|routing|code|sortcode|number|no|num|nr|acct|account|cvv|cvc|cvv2|cvc2|csc)(?:[_.\- ]?[A-Za-z0-9]{1,10})?(?:\\{0,3}["'])?\]?(?:[ \t]{0,3}(?:=>|->|:=|=|:)|\t|[ \t]{1,3}\||>| \S)/i, reach: 96 },
    pattern: keyed(BANK_WORDS + '|acctno|account|accountnumber'),
    mask: 'full',
    validate: judge('bank'),
    remediation: 'Log payments and payouts by id, without bank and card fields',
  }),
  defineDetector({
    id: 'person-name-keyed-any-container',
    name: "Person's name under a name key in any container and convention (`first.name=…`, `<last-name>…`, `NAME:=\"…\"`, `LastName\\t…`)",
    category: 'personal',
    severity: 'medium',
    priority: 20, // under every older detector: a finding here only widens or adds, never renames (a loser widens the winner's span)
    confidence: 0.65,
    keywords: ['name'],
    precheck: { re: /(?:name|surname|forename)(?:[_.\- ]?[A-Za-z0-9]{1,10})?(?:\\{0,3}["'])?\]?(?:[ \t]{0,3}(?:=>|->|:=|=|:)|\t|[ \t]{1,3}\||>| \S)/i, reach: 96 },
    pattern: keyed(NAME_WORDS),
    mask: 'full',
    validate: judge('name'),
    remediation: "Log customers by id, without their names",
  }),
];
