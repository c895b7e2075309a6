import { defineDetector } from '../define-detector';
import { decodeJsonUnicode } from '../encoded-text';
import type { Detector } from '../detector';
import { plausibleBirthDate } from '../birth-dates';
import { dniValid } from '../id-checksums';
import { ninoValid } from '../id-checksums-more';
import { isRoleMailbox } from '../public-values';
import { abaChecksumOk, isLowEntropy } from '../validators';
import { personNameKey } from './fixes-l56';
import { ciPersonOk } from './names-r32';
import { PERSON, personLike } from './paired-names';
import { ROW_SIBLING, lineHasShape } from './rows-r39';

/**
 * Round r63 (blind set 63: data pipelines, warehouses and change data capture — Airflow, dbt, Snowflake/BigQuery/Redshift,
 * Fivetran/Airbyte/Singer/Stitch, Kafka Connect, Debezium, Spark, Flink, Data Factory, DMS). The classes:
 * - people's names written with Vietnamese letters as a cell of a rejected row (beside a card, an IBAN or a phone), under a
 *   `customer`/`client`/`recipient` key, and as JSON `\uXXXX` escapes under a name key (Singer taps write non-ASCII so);
 * - a name cell of a row followed by an ABA-valid routing number and an account (`[39279,Ann Lee,021000021,123456789,checking]`);
 * - UK rows of quoted cells (a DMS apply error's `values (…)`, a Python list): a sort code followed by an 8-digit account, a
 *   National Insurance number written with spaces (`'AB 12 34 56 C'`), and the name cell beside either;
 * - a Spanish DNI/NIE and a birth date (year before the last 16) as cells of a row that also holds a mailbox;
 * - a warehouse's date-parse error (`Date '25/11/1972' is not recognized`, `invalid input syntax for type date: "…"`) whose
 *   date is of a grown person's birth year;
 * - a password or secret of a space-separated `spark-defaults.conf` line (`spark.hadoop.javax.jdo.option.ConnectionPassword  …`)
 *   and of Flink's `Loading configuration property: s3.secret-key, …` log line;
 * - an Azure Data Factory / ARM `SecureString` value (`"password": {"type": "SecureString", "value": "…"}`).
 * A narrow fix beside: `schema-registry-user-info` reads Flink's hyphenated option `basic-auth.user-info` (data-platforms.ts).
 * Looked at and already covered before this round: Debezium day counts under birth-date keys, a routing number inside a
 * NACHA entry line, percent-encoded passwords and AWS secrets in connection URIs.
 * Left alone: a Dutch house-number suffix (`Oudegracht 153-huis`) in a CSV address column (two misses; a street grammar of its own).
 */

/** An initial capital of a name word: ASCII, Latin-1, Latin Extended-A, Vietnamese `Ơ`/`Ư` and Latin Extended Additional. */
const UP = String.raw`[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01af\u1ea0-\u1ef9]`;
/** The rest of a name word. */
const LOW = String.raw`[a-zß-öø-ÿ\u0100-\u017f\u01a1\u01b0\u1ea0-\u1ef9]`;
const VWORD = String.raw`${UP}${LOW}{1,20}(?:-${UP}${LOW}{1,20})?`;
/** Two to four title-case words, Vietnamese letters too. */
const VNAME = String.raw`${VWORD}(?: ${VWORD}){1,3}`;
/** Letters only Vietnamese writes (not in Latin-1 or Latin Extended-A). */
const VIET = /[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
/** The same letters as JSON escapes. */
const VIET_ESC = /\\u(?:1[eE][a-fA-F][0-9a-fA-F]|01[aAbB][01fF])/;

/**
 * Words of companies, shops and places a row's cell may hold, English and Vietnamese (city, district, street, shop,
 * restaurant, company, market, hotel, hospital); bounded by spaces, as `\b` ends at a non-ASCII letter.
 */
const NOT_PERSON_CELL =
  /(?:^| )(?:Inc|LLC|GmbH|Corp|Company|Group|Services|Solutions|Trading|Bank|Team|Support|Store|Shop|Thành|Phố|Quận|Huyện|Tỉnh|Đường|Phường|Xã|Quán|Phở|Cơm|Bún|Cà|Nhà|Công|Cửa|Khách|Chợ|Siêu|Bệnh|Viện)(?= |$)/;
const vietPersonOk = (v: string): boolean => VIET.test(v) && v.length <= 60 && !NOT_PERSON_CELL.test(v);

/** The line holding `[start, end)`. */
const lineAround = (text: string, start: number, end: number): string => {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to < 0 ? text.length : to);
};
/** The line around `[start, end)` without the value itself. */
const lineWithout = (text: string, start: number, end: number): string => {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, start) + ' ' + text.slice(end, to < 0 ? text.length : to);
};

/** A Vietnamese-lettered name in a row cell: after `|`, `,`, `;`, `(` or `[` (quotes optional), before the next delimiter. */
// The cell holds a Vietnamese letter itself (the precheck's contract: every match has one within its reach).
const VIET_CELL = new RegExp(String.raw`(?<=[|,;(\[][ \t]{0,12}['"]?)(?<v>(?=[^|,;)\]'"\n]{0,100}[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9])${VNAME})(?=['"]?[ \t]{0,12}[|,;)\]])`);

const vietRowDetector = (shape: 'card' | 'iban' | 'phone', what: string): Detector =>
  defineDetector({
    id: `person-name-vietnamese-row-cell-${shape}`,
    name: `Person's name written with Vietnamese letters as a cell of a row that also holds ${what} (a loader's rejected row)`,
    category: 'personal',
    severity: 'medium',
    priority: 42.5, // over the row-cell rules (42), which read Vietnamese letters too since round l88: this one names the script
    confidence: 0.65,
    shape,
    precheck: { re: VIET, reach: 180 },
    pattern: VIET_CELL,
    mask: 'full',
    validate: (v, ctx) => vietPersonOk(v) && ROW_SIBLING.test(lineWithout(ctx.text, ctx.start, ctx.end)) && lineHasShape(ctx.text, ctx.start, shape),
    remediation: 'Log the row number and the failing column, not the row; keep rejected rows in a restricted error table',
  });

const VNAME_WHOLE = new RegExp(`^${VNAME}$`);

/** A UK sort code followed by an 8-digit account, each a quoted cell (`'14-48-81', '41015788'`). */
const SORT_ACCOUNT = String.raw`\d{2}-\d{2}-\d{2}(?:', ?'|", ?")\d{8}`;
/** A National Insurance number written in its spaced form (`AB 12 34 56 C`). */
const NINO_SPACED = String.raw`[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d{2} \d{2} \d{2} [A-D]`;
/** Keywords of rows of quoted cells: a Python/SQL tuple or list (`', '`) or a CSV of quoted cells. */
const QUOTED_ROW = ["', '", "','", '", "', '","'];
/** The line of the value holds a row keyword (the prefilter runs these rules only there; so must every reading). */
const quotedRowLine = (text: string, start: number, end: number): boolean => {
  const line = lineAround(text, start, end);
  return QUOTED_ROW.some((k) => line.includes(k));
};

/** A birth year: from 1920 to sixteen years ago. */
const grownBirthYear = (v: string): boolean => {
  const y = Number(/\b(?:19|20)\d{2}\b/.exec(v)?.[0] ?? 0);
  return y >= 1920 && y <= new Date().getUTCFullYear() - 16;
};

/** A value of a secret: letters and a digit or symbol, not a mask, a placeholder or a reference. */
const secretish = (v: string, min = 8): boolean =>
  v.length >= min && /[A-Za-z]/.test(v) && /[\d\W_]/.test(v) && !isLowEntropy(v) &&
  !/^(?:\*+|x+|changeme|password|placeholder|redacted|example|secret|hidden|none|null|undefined|your[\w-]*)$/i.test(v) &&
  !/^[$%{<[*#]/.test(v) && !/\$\{|\{\{|<[a-z_-]+>/i.test(v);

/** The last segment of a dotted configuration key names a password or secret (`ConnectionPassword`, `secret-key`, `apikey`). */
const SECRET_SEGMENT = /(?:^|[._-])(?:[a-z]*pass(?:word|wd)|secret(?:[._-]?(?:access[._-]?)?key)?|api[._-]?key|(?:access|auth)[._-]?token|sasl[._-]?password)$/i;

export const PIPELINES_R63_DETECTORS: readonly Detector[] = [
  vietRowDetector('card', 'a card number'),
  vietRowDetector('iban', 'an IBAN'),
  vietRowDetector('phone', 'a phone number'),
  defineDetector({
    id: 'person-name-vietnamese-under-customer-key',
    name: "Person's name written with Vietnamese letters under a customer's, client's or recipient's key (`\"customer\":\"Nguyễn Thị Phương\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: ['customer', 'client', 'recipient', 'payee', 'contact', 'member', 'patient', 'employee'],
    precheck: { re: VIET, reach: 260 },
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_])(?<k>(?:[A-Za-z][A-Za-z0-9_]{0,30}?[_.-]?)?(?:[Cc]ustomer|[Cc]lient|[Rr]ecipient|[Pp]ayee|[Cc]ontact|[Mm]ember|[Pp]atient|[Ee]mployee))\\{0,3}["']?[ \t]{0,3}[:=][ \t]{0,3}\\{0,3}["'](?<v>(?=[^"'\n]{0,100}[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9])${VNAME})\\{0,3}["']`,
    ),
    mask: 'full',
    validate: (v) => vietPersonOk(v),
    remediation: 'Log customers by id, not by name',
  }),
  defineDetector({
    id: 'person-name-vietnamese-json-escaped',
    name: "Person's name with Vietnamese letters written as JSON `\\uXXXX` escapes under a name key (a Singer tap's RECORD)",
    category: 'personal',
    severity: 'medium',
    priority: 44, // over the Vietnamese key rule (43.5), which reads the escaped name's plain letters around its escapes
    confidence: 0.7,
    keywords: ['name', 'holder', 'customer'],
    precheck: { re: VIET_ESC, reach: 1100 },
    pattern: /(?<![A-Za-z0-9_])(?<k>(?:[A-Za-z][A-Za-z0-9_]{0,40}?)?(?:[Nn]ame|NAME|[Hh]older|[Cc]ustomer))\\{0,3}["']?[ \t]{0,3}[:=][ \t]{0,3}\\{0,3}["'](?<v>(?=[^"'\n]{0,400}?\\u(?:1[eE][a-fA-F][0-9a-fA-F]|01[aAbB][01fF]))(?:[A-Za-z]|\\u[0-9a-fA-F]{4}){2,40}(?: (?:[A-Za-z]|\\u[0-9a-fA-F]{4}){2,40}){1,3})\\{0,3}["']/,
    mask: 'full',
    validate: (v, ctx) => {
      const k = ctx.key ?? '';
      if (!VIET_ESC.test(v)) return false;
      const name = decodeJsonUnicode(v);
      return VNAME_WHOLE.test(name) && vietPersonOk(name) && (personNameKey(k) || /^(?:name|full_?name|display_?name|customer(?:_?name)?|holder)$/i.test(k));
    },
    remediation: 'Replicate names into a restricted schema and log record ids, not records',
  }),
  defineDetector({
    id: 'person-name-row-cell-before-routing-account',
    name: "Person's name as a row cell followed by a routing number and an account (`[39279,Ann Lee,021000021,123456789,checking]`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: ['checking', 'savings', 'routing'],
    pattern: new RegExp(String.raw`(?<=[|,;(\[][ \t]{0,2}['"]?)(?<v>${PERSON}|${VNAME})(?=['"]?[ \t]{0,2}[|,;][ \t]{0,2}['"]?\d{9}['"]?[ \t]{0,2}[|,;][ \t]{0,2}['"]?\d{4,17}['"]?[ \t]{0,2}[|,;)\]])`),
    mask: 'full',
    validate: (v, ctx) => {
      const m = new RegExp(String.raw`^['"]?[ \t]{0,2}[|,;][ \t]{0,2}['"]?(\d{9})`).exec(ctx.text.slice(ctx.end));
      return m !== null && abaChecksumOk(m[1]!) && /checking|savings|routing/i.test(lineAround(ctx.text, ctx.start, ctx.end)) && (VIET.test(v) ? vietPersonOk(v) : ciPersonOk(v) && personLike(v));
    },
    remediation: 'Log the row number and the failing key, not the row with its bank details',
  }),
  defineDetector({
    id: 'uk-sort-code-account-quoted-cells',
    name: "UK sort code and account number as adjacent quoted cells of a row (`values ('…', '14-48-81', '41015788')`)",
    category: 'financial',
    severity: 'high',
    priority: 55,
    confidence: 0.75,
    keywords: QUOTED_ROW,
    precheck: { re: /\d{2}-\d{2}-\d{2}['"], ?['"]\d{8}/, reach: 0 },
    pattern: new RegExp(String.raw`(?<=['"])(?<v>${SORT_ACCOUNT})(?=['"])`),
    mask: 'full',
    // Not a run of one digit, nor a date beside the same date written yyyymmdd (`'01-05-24', '20240501'`).
    validate: (v, ctx) => {
      const [, a, b, c, acct] = /^(\d\d)-(\d\d)-(\d\d)['"], ?['"](\d{8})$/.exec(v) ?? [];
      if (!quotedRowLine(ctx.text, ctx.start, ctx.end)) return false;
      if (acct === undefined || /^(\d)\1-\1\1-\1\1/.test(v) || /^(\d)\1{7}$/.test(acct)) return false;
      return !(acct === `20${c}${b}${a}` || acct === `20${a}${b}${c}` || acct === `19${c}${b}${a}` || acct === `20${c}${a}${b}`);
    },
    remediation: 'Log the mandate or payee id, not the sort code and account',
  }),
  defineDetector({
    id: 'uk-nino-spaced-quoted-cell',
    name: "UK National Insurance number in its spaced form as a quoted cell of a row (`('…', 'AB 12 34 56 C', …)`)",
    category: 'personal',
    severity: 'high',
    priority: 55,
    confidence: 0.75,
    keywords: QUOTED_ROW,
    precheck: { re: /[A-Z]{2} \d{2} \d{2} \d{2} [A-D]/, reach: 0 },
    pattern: new RegExp(String.raw`(?<=[(\[,][ \t]{0,2}['"])(?<v>${NINO_SPACED})(?=['"][ \t]{0,2}[,)\]])`),
    mask: 'full',
    validate: (v, ctx) => ninoValid(v) && quotedRowLine(ctx.text, ctx.start, ctx.end),
    remediation: 'Remove this National Insurance number from the logs',
  }),
  defineDetector({
    id: 'person-name-quoted-cell-beside-uk-ids',
    name: "Person's name as a quoted row cell beside a spaced NINO or a sort code and account (`('Ann Lee', 'AB 12 34 56 C', '14-48-81', …)`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: QUOTED_ROW,
    precheck: { re: /[A-Z]{2} \d{2} \d{2} \d{2} [A-D]|\d{2}-\d{2}-\d{2}['"], ?['"]\d{8}/, reach: 500 },
    // The identifiers follow the name in its row (a name leads its row).
    pattern: new RegExp(
      String.raw`(?<=[(\[,][ \t]{0,2}['"])(?<v>${PERSON})(?=['"][ \t]{0,2},[^\n]{0,300}?['"](?:${NINO_SPACED}|\d{2}-\d{2}-\d{2}['"], ?['"]\d{8})['"])`,
    ),
    mask: 'full',
    validate: (v, ctx) => {
      const line = lineWithout(ctx.text, ctx.start, ctx.end);
      const ids = new RegExp(String.raw`['"](?:(${NINO_SPACED})|${SORT_ACCOUNT})['"]`).exec(line);
      return ids !== null && (ids[1] === undefined || ninoValid(ids[1])) && ciPersonOk(v) && personLike(v) && quotedRowLine(ctx.text, ctx.start, ctx.end);
    },
    remediation: 'Log the row key, not the customer’s name and identifiers',
  }),
  defineDetector({
    id: 'es-dni-row-cell-beside-mailbox',
    name: 'Spanish DNI/NIE as a cell of a delimited row that also holds a mailbox (`96101|Ana Ruiz|ana@…|70051965Z|…`)',
    category: 'personal',
    severity: 'high',
    priority: 55,
    confidence: 0.75,
    keywords: ['@'],
    precheck: { re: /[XYZ]?\d{7,8}[A-Z](?!\w)/, reach: 0 },
    pattern: /(?<=(?:^|[|,;\t])[ \t]?['"]?)(?<v>[XYZ]?\d{7,8}[A-Z])(?=['"]?[ \t]?(?:[|,;\t]|$))/m,
    mask: 'full',
    validate: (v, ctx) => {
      const mail = /([A-Za-z0-9._+-]{1,64})@([A-Za-z0-9.-]+\.[A-Za-z]{2,24})/.exec(lineAround(ctx.text, ctx.start, ctx.end));
      return dniValid(v) && mail !== null && !isRoleMailbox(mail[1]!, mail[2]!);
    },
    remediation: 'Load identity documents into a restricted column and log row numbers, not raw lines',
  }),
  defineDetector({
    id: 'birth-date-row-cell-beside-mailbox',
    name: "Birth date (a grown person's year) as a cell of a delimited row that also holds a mailbox and a name",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.6,
    keywords: ['@'],
    precheck: { re: /(?:19[2-9]\d|20[01]\d)-[01]\d-[0-3]\d/, reach: 0 },
    pattern: /(?<=[|,;\t][ \t]?['"]?)(?<v>(?:19[2-9]\d|20[01]\d)-[01]\d-[0-3]\d)(?=['"]?[ \t]?(?:[|,;\t]|$))/m,
    mask: 'full',
    validate: (v, ctx) => {
      const line = lineAround(ctx.text, ctx.start, ctx.end);
      const mail = /([A-Za-z0-9._+-]{1,64})@([A-Za-z0-9.-]+\.[A-Za-z]{2,24})/.exec(line);
      // A row of a person: a mailbox that is no role's, a name cell; no other date cell (a row of event dates; a log line's
      // leading timestamp is no cell).
      const dates = line.match(/[|,;\t][ \t]?['"]?(?:19|20)\d{2}-\d{2}-\d{2}/g) ?? [];
      return plausibleBirthDate(v) && grownBirthYear(v) && mail !== null && !isRoleMailbox(mail[1]!, mail[2]!) && dates.length === 1 &&
        new RegExp(String.raw`(?:^|[|,;\t])[ \t]?['"]?${PERSON}['"]?[ \t]?[|,;\t]`).test(line);
    },
    remediation: 'Log the row number and the failing column, not the raw line with the customer’s birth date',
  }),
  defineDetector({
    id: 'birth-date-in-warehouse-date-parse-error',
    name: "Birth date in a warehouse's date-parse error (`Date '25/11/1972' is not recognized`, `invalid input syntax for type date: \"…\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.6,
    keywords: ['is not recognized', 'for type date', 'field value out of range', 'invalid date'],
    pattern:
      /(?<=\bDate '(?=[^'\n]{6,12}' is not recognized)|for type date: \\?"|date\/time field value out of range: \\?"|[Ii]nvalid date:? ['"])(?<v>\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})(?=\\?['"])/,
    mask: 'full',
    validate: (v) => /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})$/.test(v) && plausibleBirthDate(v) && grownBirthYear(v),
    remediation: 'Log the row number and the column, not the rejected value; it may be a customer’s birth date',
  }),
  defineDetector({
    id: 'spark-defaults-conf-secret',
    name: 'Password or secret of a space-separated `spark-defaults.conf` line (`spark.hadoop.javax.jdo.option.ConnectionPassword  …`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['password ', 'password\t', 'passwd ', 'passwd\t', 'secret ', 'secret\t', 'secret.key ', 'secret-key ', 'apikey ', 'api.key '],
    // A dotted key alone at the line's start, spaces or tabs, one value to the line's end.
    // The key ends in a keyword's word, and a space or tab follows it (the keywords are those words and that blank).
    pattern: /^[ \t]{0,4}(?<k>[a-z][\w-]{0,40}(?:\.[\w-]{0,60}){0,9}\.[\w-]{0,60}(?:[Pp]assword|PASSWORD|[Pp]asswd|[Ss]ecret|[Ss]ecret[.-][Kk]ey|[Aa]pi[Kk]ey|[Aa]pi\.[Kk]ey))[ \t]+(?<v>[^\s=:]\S{5,200})[ \t]*$/m,
    mask: 'full',
    validate: (v, ctx) => SECRET_SEGMENT.test(ctx.key ?? '') && secretish(v),
    remediation: 'Move the password to a Hadoop credential provider (hadoop.security.credential.provider.path) and rotate it',
  }),
  defineDetector({
    id: 'flink-loading-configuration-secret',
    name: "Secret in Flink's `Loading configuration property: <key>, <value>` log line",
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.85,
    keywords: ['configuration property:'],
    pattern: /[Cc]onfiguration property: (?<k>[\w.-]{1,120}), (?<v>\S{6,300})[ \t]*$/m,
    mask: 'full',
    validate: (v, ctx) => SECRET_SEGMENT.test(ctx.key ?? '') && secretish(v, 12),
    remediation: 'Rotate the key and pass it through an environment variable or a secret file; Flink masks only keys it knows as sensitive',
  }),
  defineDetector({
    id: 'azure-securestring-value',
    name: 'Azure Data Factory / ARM `SecureString` value (`"password": {"type": "SecureString", "value": "…"}`)',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.85,
    keywords: ['securestring'],
    span: 160,
    spanBack: 1,
    pattern:
      /(?<="type"\s{0,6}:\s{0,6}"SecureString"\s{0,6},\s{0,40}"value"\s{0,6}:\s{0,6}"|"value"\s{0,6}:\s{0,6}"(?=[^"\\\n]{4,300}"\s{0,6},\s{0,40}"type"\s{0,6}:\s{0,6}"SecureString"))(?<v>[^"\\\n]{4,300})"/,
    mask: 'full',
    validate: (v) => secretish(v, 6),
    remediation: 'Reference the secret from Key Vault (AzureKeyVaultSecret) instead of an inline SecureString, and rotate it',
  }),
];
