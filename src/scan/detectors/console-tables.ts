import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import type { FindingCategory } from '../types';
import { matchInSlice, type RawMatch } from '../match-detector';

/**
 * Database console output (psql aligned tables and `\x` expanded records, MySQL boxed tables,
 * markdown tables) read as records: each row's cells under their column names, or each
 * `name | value` line of an expanded record. A record is written out as a one-line JSON object
 * (`{"ssn": "…", "dob": "…"}`, a form every keyed detector knows) and scanned with the personal and
 * financial detectors; a cell in which one of them finds a leak is reported whole.
 */

/** The detectors a record is scanned with (registered by detectors/index.ts: the built-in personal and financial ones). */
let inner: readonly Detector[] = [];

/** Sets the detectors records are scanned with (called once by detectors/index.ts, which cannot be imported here). */
export function setConsoleTableDetectors(all: readonly Detector[]): void {
  inner = all.filter((d) => (d.category === 'personal' || d.category === 'financial') && !d.id.startsWith('console-table-') && !d.id.startsWith('named-pair-') && !d.id.startsWith('encoded-field-') && !d.id.startsWith('pipe-table-') && !d.id.startsWith('parsed-column-') && d.id !== 'base64-wrapped-personal-data');
}

/** A table rule: psql `----+------`, MySQL `+----+----+`, markdown `|---|---|` / `| --- | --- |`. */
const RULE = /^[ \t]*[+|]?[ \t]*:?-{2,}:?[ \t]*(?:[+|][ \t]*:?-{2,}:?[ \t]*)+[+|]?[ \t]*$/;
/** psql's expanded-record header: `-[ RECORD 1 ]----+-----` (`+-[ RECORD 1 ]--+` with `\pset border 2`). */
const RECORD = /^\+?-\[ RECORD \d+ \]/;
/** A column name: a word of letters, digits, `_`, `.`, `-`, spaces (`date of birth`). */
const NAME = /^[\p{L}_][\p{L}\p{N}_ .#°-]{0,40}$/u;
/** A rule-less markdown table's header (round h28): two or more lowercase column names, each between pipes (`| ifsc | account_number |`). */
const PIPE_HEADER = /^[ \t]*\|(?:[ \t]*[a-z][a-z0-9_]{0,40}[ \t]*\|){2,}[ \t\r]*$/;
/** A line between pipes (a row of a markdown table). */
const PIPE_ROW = /^[ \t]*\|.*\|[ \t\r]*$/;
/** Names of a two-column table's name column whose second column is `value`. */
const KEY_COLUMN = /^(?:key|name|field|attribute|property|column|variable_name|setting|param(?:eter)?)$/i;

interface Cell {
  text: string;
  at: number;
}

/** The cells of a table line split at `|` (MySQL's and markdown's outer pipes dropped), trimmed, with where each starts in `text`. */
function cellsOf(text: string, start: number, end: number): Cell[] {
  const out: Cell[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 124) {
      let a = from;
      let b = i;
      while (a < b && (text[a] === ' ' || text[a] === '\t')) a++;
      while (b > a && (text[b - 1] === ' ' || text[b - 1] === '\t' || text[b - 1] === '\r')) b--;
      out.push({ text: text.slice(a, b), at: a });
      from = i + 1;
    }
  }
  if (out.length > 1 && out[0]!.text === '' && /^[ \t]*\|/.test(text.slice(start, end))) out.shift();
  if (out.length > 1 && out[out.length - 1]!.text === '' && /\|[ \t\r]*$/.test(text.slice(start, end))) out.pop();
  return out;
}

type Field = [name: string, cell: Cell];

/** The records of the tables in `text`: lists of (column name, cell). */
function recordsOf(text: string, ruleless: boolean): Field[][] {
  const lines: [number, number][] = [];
  for (let s = 0; s <= text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    lines.push([s, e]);
    s = e + 1;
  }
  const line = (i: number): string => text.slice(lines[i]![0], lines[i]![1]);
  const records: Field[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = line(i);
    if (ruleless) {
      // Only markdown tables without a rule line, as agents' SQL tools print results (`| ifsc | account_number |`, then rows).
      if (PIPE_HEADER.test(l) && i + 1 < lines.length && PIPE_ROW.test(line(i + 1)) && !RULE.test(line(i + 1))) {
        const names = cellsOf(text, lines[i]![0], lines[i]![1]).map((c) => c.text);
        let r = i + 1;
        for (; r < lines.length && PIPE_ROW.test(line(r)) && !RULE.test(line(r)); r++) {
          const cells = cellsOf(text, lines[r]![0], lines[r]![1]);
          if (cells.length !== names.length) break;
          records.push(cells.map((c, k) => [names[k]!, c]));
        }
        i = r - 1;
      }
      continue;
    }
    if (RECORD.test(l)) {
      // `name | value` lines up to a blank line or the next record.
      const rec: Field[] = [];
      for (i++; i < lines.length && !RECORD.test(line(i)); i++) {
        const cells = cellsOf(text, lines[i]![0], lines[i]![1]);
        if (cells.length !== 2 || !NAME.test(cells[0]!.text)) break;
        rec.push([cells[0]!.text, cells[1]!]);
      }
      i--;
      if (rec.length > 0) records.push(rec);
      continue;
    }
    if (!RULE.test(l)) continue;
    // The header: the line after a MySQL box's top rule (`+--+`), else the line before the rule.
    let h = -1;
    if (/^[ \t]*\+/.test(l) && i + 2 < lines.length && line(i + 1).includes('|') && RULE.test(line(i + 2))) h = i + 1;
    else if (i > 0 && line(i - 1).includes('|')) h = i - 1;
    if (h < 0) continue;
    const names = cellsOf(text, lines[h]![0], lines[h]![1]).map((c) => c.text);
    if (names.length < 2 || !names.every((n) => NAME.test(n))) continue;
    const keyValue = names.length === 2 && KEY_COLUMN.test(names[0]!) && /^value$/i.test(names[1]!);
    const kv: Field[] = [];
    let r = h === i + 1 ? i + 3 : i + 1;
    for (; r < lines.length; r++) {
      const rl = line(r);
      if (RULE.test(rl)) {
        if (h === i + 1) break;
        continue;
      }
      if (!rl.includes('|')) break;
      const cells = cellsOf(text, lines[r]![0], lines[r]![1]);
      if (cells.length !== names.length) break;
      if (keyValue) {
        if (NAME.test(cells[0]!.text)) kv.push([cells[0]!.text, cells[1]!]);
      } else records.push(cells.map((c, k) => [names[k]!, c]));
    }
    if (kv.length > 0) records.push(kv);
    i = h === i + 1 ? r : r - 1; // past a MySQL box's bottom rule (not read as the rule under a header)
  }
  return records;
}

/** Detectors of a card's companions (security code, expiry, PIN): counted beside a card only. */
const CARD_EXTRA = /^card-(?:cvc|cid|expiry|pin)/;

/** The categories of the leaks the inner detectors find in `json` inside each of `spans` (by index), or an empty map. */
function leaksInside(json: string, spans: readonly { from: number; to: number }[]): Map<number, FindingCategory> {
  const out = new Map<number, FindingCategory>();
  const lower = json.toLowerCase();
  const raw: RawMatch[] = [];
  for (const d of inner) {
    if (d.keywords.length > 0 && d.shape === null && !d.keywords.some((k) => lower.includes(k))) continue;
    matchInSlice(d, json, 0, raw);
  }
  // A card's security code, expiry or PIN counts only in a record that holds the card (one record a line), as
  // in the card-column and key/value-list rules: `{"cvc": "123"}` alone is a code of no known card.
  const lineOf = (at: number): number => json.lastIndexOf('\n', at - 1);
  const cardLines = new Set<number>();
  for (const m of raw) if ((m.detector.id === 'credit-card' || m.detector.id === 'card-under-key') && !m.verdict.test) cardLines.add(lineOf(m.start));
  for (const m of raw) {
    if (m.verdict.test || m.verdict.public) continue;
    if (CARD_EXTRA.test(m.detector.id) && !cardLines.has(lineOf(m.start))) continue;
    const i = spans.findIndex((x) => m.start >= x.from && m.end <= x.to);
    if (i >= 0) out.set(i, m.detector.category);
  }
  return out;
}

/** The cells (start → end in `text`, and the leak's category) in which the inner detectors find a leak, records read as JSON objects. */
function leakyCells(text: string, ruleless = false): LeakyValues {
  const out = new Map<number, { end: number; category: FindingCategory }>();
  const records = recordsOf(text, ruleless);
  if (records.length === 0) return out;
  // One JSON object per record, one per line; where each value sits in it and in `text`.
  let json = '';
  const spans: { from: number; to: number; cell: Cell }[] = [];
  for (const rec of records) {
    json += '{';
    rec.forEach(([name, cell], k) => {
      if (/["\\]/.test(name + cell.text) || cell.text === '') return;
      json += `${k > 0 ? ', ' : ''}"${name}": "`;
      spans.push({ from: json.length, to: json.length + cell.text.length, cell });
      json += cell.text + '"';
    });
    json += '}\n';
  }
  for (const [i, category] of leaksInside(json, spans)) {
    const cell = spans[i]!.cell;
    out.set(cell.at, { end: cell.at + cell.text.length, category });
  }
  return out;
}

/** Leaky values of a window's text: start → end, and the leak's category. */
type LeakyValues = Map<number, { end: number; category: FindingCategory }>;

/**
 * A validator asking whether the value at ctx is one in which `find` found a leak of `category`. What `find`
 * returns is kept for the last window's text: the detectors of both categories run on the same window one after
 * the other.
 */
function lastWindowLookup(find: (text: string) => LeakyValues): (ctx: MatchContext, category: FindingCategory) => boolean {
  let last: { text: string; values: LeakyValues } | null = null;
  return (ctx, category) => {
    if (last === null || last.text !== ctx.text) last = { text: ctx.text, values: find(ctx.text) };
    else last.text = ctx.text; // the same content as another object: compare by identity from now on (see match-starts.ts)
    const c = last.values.get(ctx.start);
    return c !== undefined && c.end === ctx.end && c.category === category;
  };
}

/** True when the cell at ctx is one in which a detector of `category` finds a leak, read as its record's field. */
const leakyCell = lastWindowLookup((text) => leakyCells(text));
/** The same for markdown tables without a rule line (round h28). */
const leakyRulelessCell = lastWindowLookup((text) => leakyCells(text, true));

/** A table's rule lines: psql and MySQL `-+-`, markdown `-|-` and `- | -`; psql's `-[ RECORD n ]` header. */
const RULE_KEYWORDS = ['-+-', '-|-', '- | -', '-[ record '];
/** A cell: after a line start or `|` and spaces, up to the last non-space before the next `|` or line end. */
const CELL = /(?<=(?:^|\n|\|)[ \t]{0,200})(?<v>[^|\s](?:[^|\n]*[^|\s])?)/;
/** A cell between two pipes (a row of a markdown table). */
const PIPE_CELL = /(?<=\|[ \t]{0,200})(?<v>[^|\s](?:[^|\n]*[^|\s])?)(?=[ \t]*\|)/;
/** How far below its rule line a table is read. */
const SPAN = 6000;

/**
 * A parameter list's field named, then its value: HAR `postData.params`/`queryString`/`headers`, Postman
 * `urlencoded`/`formdata` (`{"name": "sort_code", "value": "…"}`, `"key"` for `"name"`), on one line or, as
 * exported, over two (`"name": "iban",` then `"value": "…"` on the next line); OpenTelemetry's OTLP/JSON attribute
 * lists (`{"key": "app.customer.nric", "value": {"stringValue": "…"}}`).
 */
const NAMED_PAIR = /"(?:name|key)"[ \t]{0,3}:[ \t]{0,3}"(?<k>[A-Za-z_][\w .\[\]-]{0,60})"[ \t]{0,3},[ \t]{0,3}(?:\r?\n[ \t]{0,40})?"value"[ \t]{0,3}:[ \t]{0,3}(?:\{[ \t]{0,3}"(?:stringValue|intValue)"[ \t]{0,3}:[ \t]{0,3})?"(?<v>[^"\\\r\n]{1,200})"/;

/**
 * ClickHouse's parse-error dump of the row it rejected: `Column 2,   name: cpf,     type: String, parsed
 * text: "841.610.700-98"` (the column's name, its type, the text it read).
 */
const PARSED_COLUMN = /name:[ \t]{0,40}(?<k>[A-Za-z_][\w.]{0,60}),[ \t]{0,40}type:[ \t]{0,40}[\w(), ]{1,60}?,[ \t]{0,40}parsed text:[ \t]{0,3}"(?<v>[^"\r\n]{1,200})"/;

/** The values of the pairs `pattern` finds in `text` (start → end, and the leak's category) in which the inner detectors find a leak, the pairs read as one JSON object. */
const leakyPairs = (pattern: RegExp) => (text: string): LeakyValues => {
  const out = new Map<number, { end: number; category: FindingCategory }>();
  let json = '{';
  const spans: { from: number; to: number; at: number }[] = [];
  const re = new RegExp(pattern.source, 'gd');
  for (const m of text.matchAll(re)) {
    const [at, end] = m.indices!.groups!['v']!;
    json += `${spans.length > 0 ? ', ' : ''}"${m.groups!['k']!}": "`;
    spans.push({ from: json.length, to: json.length + end - at, at });
    json += m.groups!['v']! + '"';
  }
  for (const [i, category] of leaksInside(json + '}', spans)) out.set(spans[i]!.at, { end: spans[i]!.at + spans[i]!.to - spans[i]!.from, category });
  return out;
};

/**
 * A form or query field whose value is percent-encoded (round h28: `dob=April%2019%2C%201955`, Twilio's
 * `SpeechResult=my%20details%20IBAN%3A%20ES96%20…`): the value holds an escape of a space, `+`, `,`, `/`, `:`, `@` or `#`.
 * A value ends at the next `=` (an encoded form writes `%3D`): else each `a=` of `a=a=a=…` read 400 characters ahead and
 * back (4 µs a character, 0.4 s for 100 KB).
 */
const ENCODED_FIELD = /(?<![\w%.-])(?<k>[A-Za-z_][\w.\[\]-]{0,40})=(?<v>[^&\s"'<>=]{0,400}%(?:20|2[BbCcFf3]|3[Aa]|40|23)[^&\s"'<>=]{0,400})/;

/** An IBAN's shape, grouped or not: the IBAN detector reads it (with its check digits); read decoded, the groups of a wrong one looked like a phone. */
const IBAN_SHAPED = /^[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}$/;
/** A decoded field value that may hold personal or financial data (see leakyEncodedFields). */
const FIELD_DATA = /@|\d\D*\d\D*\d\D*\d/;

/** The percent-encoded fields of `text` (start → end, and the leak's category) whose decoded values the inner detectors find a leak in, read as one JSON object. */
function leakyEncodedFields(text: string): LeakyValues {
  const out: LeakyValues = new Map();
  let json = '{';
  const spans: { from: number; to: number; at: number; end: number }[] = [];
  for (const m of text.matchAll(new RegExp(ENCODED_FIELD.source, 'gd'))) {
    const [at, end] = m.indices!.groups!['v']!;
    let v: string;
    try {
      v = decodeURIComponent(m.groups!['v']!.replace(/\+/g, ' '));
    } catch {
      continue;
    }
    if (/["\\\r\n]/.test(v)) continue;
    // Only values that can hold personal or financial data: four digits (a date, phone, id, account)
    // or an `@`. Datadog's own monitor links (`group=env%3Aprod%2Cservice%3Aapi`) sit in every alert,
    // and reading them with every inner detector cost ~1 ms an alert.
    if (!FIELD_DATA.test(v) || IBAN_SHAPED.test(v)) continue;
    json += `${spans.length > 0 ? ', ' : ''}"${m.groups!['k']!}": "`;
    spans.push({ from: json.length, to: json.length + v.length, at, end });
    json += v + '"';
  }
  if (spans.length === 0) return out;
  for (const [i, category] of leaksInside(json + '}', spans)) out.set(spans[i]!.at, { end: spans[i]!.end, category });
  return out;
}

/** True when the inner detectors of `category` find a leak in a percent-encoded form field's decoded value at ctx. */
const leakyEncodedField = lastWindowLookup(leakyEncodedFields);

/** True when the inner detectors of `category` find a leak in the value of a named pair at ctx, its list read as one JSON object. */
const leakyPair = lastWindowLookup(leakyPairs(NAMED_PAIR));
/** The same for the columns of a ClickHouse parse-error dump. */
const leakyParsedColumn = lastWindowLookup(leakyPairs(PARSED_COLUMN));

/** What the personal and the financial detector of one form share; each reports its own category. */
interface FormSpec {
  id: string;
  /** What the data is in (`a parameter list (HAR, Postman), under the name beside it`). */
  what: string;
  priority: number;
  keywords: string[];
  span: number;
  pattern: RegExp;
  lookup: (ctx: MatchContext, category: FindingCategory) => boolean;
  /** Keywords count only at a line's start. */
  lineStart?: boolean;
  remediation: Record<'personal' | 'financial', string>;
}

/** The personal and the financial detector of a form (`<id>-personal`, `<id>-financial`). */
function personalAndFinancial(s: FormSpec): Detector[] {
  return (['personal', 'financial'] as const).map((category) =>
    defineDetector({
      id: `${s.id}-${category}`,
      name: `${category === 'personal' ? 'Personal' : 'Financial'} data in ${s.what}`,
      category,
      severity: category === 'personal' ? 'medium' : 'high',
      priority: s.priority,
      confidence: 0.8,
      keywords: s.keywords,
      ...(s.lineStart ? { lineStart: true } : {}),
      span: s.span,
      spanBack: 1,
      pattern: s.pattern,
      mask: 'full',
      validate: (_v, ctx) => s.lookup(ctx, category),
      remediation: s.remediation[category],
    }),
  );
}

/** Personal and financial data in database console tables, read as records under their column names, and in parameter lists. */
export const CONSOLE_TABLE_DETECTORS: readonly Detector[] = [
  ...personalAndFinancial({
    id: 'console-table',
    what: 'a database console table (psql, MySQL, markdown), under its column name',
    priority: 36,
    keywords: RULE_KEYWORDS,
    span: SPAN,
    pattern: CELL,
    lookup: leakyCell,
    remediation: {
      personal: 'Do not paste query results with customer rows into alerts or logs (log row ids instead)',
      financial: 'Do not paste query results with account or card data into alerts or logs (log row ids instead)',
    },
  }),
  // Round h28: a markdown table without its rule line (agents' SQL tools), found where a line starts with `| `.
  ...personalAndFinancial({
    id: 'pipe-table',
    what: 'a markdown table without a rule line, under its column name',
    priority: 36,
    keywords: ['| '],
    lineStart: true,
    span: SPAN,
    pattern: PIPE_CELL,
    lookup: leakyRulelessCell,
    remediation: {
      personal: 'Do not log query results with customer rows from agent tools (log row ids instead)',
      financial: 'Do not log query results with account or card data from agent tools (log row ids instead)',
    },
  }),
  // Round h28: form and query fields read decoded (voice agents' `SpeechResult=…`, KYC forms' `dob=…`).
  ...personalAndFinancial({
    id: 'encoded-field',
    what: 'a percent-encoded form or query field, read decoded',
    priority: 35,
    // Not `%3a` or `%2c` alone: Datadog's monitor links in every alert hold them (`group=env%3Aprod%2Cservice%3Aapi`).
    keywords: ['%20', '%2b', '%2f', '%40', '%23'],
    span: 0,
    pattern: ENCODED_FIELD,
    lookup: leakyEncodedField,
    remediation: {
      personal: 'Do not log form bodies or callback parameters with customer data (log a request id instead)',
      financial: 'Do not log form bodies or callback parameters with card or bank data (log a request id instead)',
    },
  }),
  ...personalAndFinancial({
    id: 'named-pair',
    what: 'a parameter list (HAR, Postman), under the name beside it',
    priority: 35,
    keywords: ['"value":', '"value" :'],
    span: 300,
    pattern: NAMED_PAIR,
    lookup: leakyPair,
    remediation: {
      personal: 'Do not log HAR files or request parameter lists with customer data (log a request id instead)',
      financial: 'Do not log HAR files or request parameter lists with card or bank data (log a request id instead)',
    },
  }),
  ...personalAndFinancial({
    id: 'parsed-column',
    what: "a database's parse-error dump of a rejected row (ClickHouse), under its column name",
    priority: 35,
    keywords: ['parsed text:'],
    span: 300,
    pattern: PARSED_COLUMN,
    lookup: leakyParsedColumn,
    remediation: {
      personal: 'Do not log rejected rows with customer data (log the row number and file instead)',
      financial: 'Do not log rejected rows with card or bank data (log the row number and file instead)',
    },
  }),
];
