import { keyWords } from './key-names';

/** Month names and abbreviations (en, de, fr, es, it, nl) by number; a 3-letter prefix of each is enough. */
const MONTHS: readonly (readonly string[])[] = [
  ['jan', 'janv', 'ene', 'gen', 'jän'],
  ['feb', 'fév', 'fev'],
  ['mar', 'mär', 'maa'],
  ['apr', 'avr', 'abr'],
  ['may', 'mai', 'mei', 'mag', 'maj'],
  ['jun', 'juin', 'giu'],
  ['jul', 'juil', 'lug'],
  ['aug', 'aoû', 'aou', 'ago'],
  ['sep', 'set'],
  ['oct', 'okt', 'ott', 'out'],
  ['nov'],
  ['dec', 'déc', 'dez', 'dic'],
];

/** The month number (1-12) of a month name, or 0. */
function monthOf(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n === 'mars' || n === 'marzo' || n === 'maart' || n === 'märz' || n === 'march' || n === 'mrt' || n === 'março') return 3;
  if (n === 'juin' || n === 'june' || n === 'juni' || n === 'junio' || n === 'giugno') return 6;
  if (n === 'juillet' || n === 'july' || n === 'juli' || n === 'julio' || n === 'luglio') return 7;
  // Longer names are checked above; `mar`/`jun`/`jul` abbreviations and other names by their prefix.
  const i = MONTHS.findIndex((alts) => alts.some((a) => n.startsWith(a)));
  return i < 0 ? 0 : i + 1;
}

const MONTH_WORD = String.raw`[A-Za-zäéûç]{3,9}\.?`;
const SEP = String.raw`(?:[-/.]|%2F)`;
const TIME = String.raw`(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;

/**
 * A date as people's records carry it: ISO `yyyy-mm-dd` (a time may follow), `yyyy/mm/dd`,
 * `dd/mm/yyyy`, `mm-dd-yyyy`, `dd.mm.yyyy`, URL-encoded `dd%2Fmm%2Fyyyy`, `12 March 1987`,
 * `12. März 1987`, `12-Mar-1987`, `March 12, 1987`, `12 de marzo de 1987`, `3rd of March, 1984`,
 * `1er mars 1984`, and with a two-digit year (`03.03.84`, `3/3/84`: under a birth key only, like every layout here).
 */
export const BIRTH_DATE = String.raw`\d{4}${SEP}\d{1,2}${SEP}\d{1,2}${TIME}|\d{1,2}${SEP}\d{1,2}${SEP}\d{4}|\d{1,2}(?:st|nd|rd|th|er|\.)?[ -](?:de |of (?:the )?)?${MONTH_WORD}(?:,? |-)(?:de )?\d{4}|${MONTH_WORD} (?:the )?\d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2}`;

const ISO_DAY = String.raw`\d{4}-\d{1,2}-\d{1,2}${TIME}`;

/**
 * A date of birth as a debugger, a REPL or a driver prints the object that holds it: Python
 * `datetime.date(1984, 3, 7)` (and `datetime.datetime(1984, 3, 7, 0, 0)`), Ruby `Date.new(1984,3,7)`,
 * Java `LocalDate.of(1984, 3, 7)`, mongosh `ISODate("1984-03-07T00:00:00Z")`, `new Date("…")`,
 * pandas `Timestamp('…')`, Extended JSON `{"$date": "…"}`, Ruby's `#<Date: 1984-03-07 …>` and a weekday
 * before the day (`Wed, 07 Mar 1984`, Rails console), Go's `time.Date(1984, time.March, 7, …)`, .NET's JSON
 * `/Date(447120000000)/` (milliseconds since 1970). The whole wrapper is the value.
 */
export const WRAPPED_BIRTH_DATE = String.raw`(?:datetime\.)?date(?:time)?\(\d{4}, ?\d{1,2}, ?\d{1,2}(?:, ?\d{1,6}){0,5}\)|(?:Date|DateTime|LocalDate|LocalDateTime)(?:\.new|\.of)\(\d{4}, ?\d{1,2}, ?\d{1,2}(?:, ?\d{1,6}){0,5}\)|(?:ISODate|new Date|Date|Timestamp|datetime|LocalDate\.parse|DateTime\.parse|Date\.parse)\(["']${ISO_DAY}["']\)|\{ ?["']?\$date["']? ?: ?["']${ISO_DAY}["'] ?\}|#<Date: ${ISO_DAY}[^>\n]{0,60}>|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} ${MONTH_WORD} \d{4}|time\.Date\(\d{4}, time\.[A-Z][a-z]{2,8}, \d{1,2}(?:, [\w.]{1,12}){0,5}\)|\\?\/Date\(-?\d{9,13}(?:[+-]\d{4})?\)\\?\/`;

/** Year, month, day of a date written in one of BIRTH_DATE's layouts (day and month may be swapped), or null. */
function partsOf(v: string): [number, number, number] | null {
  let s = v.replace(/%2F/gi, '/');
  // A wrapped date (WRAPPED_BIRTH_DATE): its numbers, or the date after a weekday.
  const w = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d.+)$/.exec(s);
  if (w) s = w[1]!;
  else if (/^\\?\/Date\(/.test(s)) {
    const t = new Date(Number(/-?\d+/.exec(s)![0]));
    return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
  } else if (s.startsWith('time.Date(')) {
    const g = /^time\.Date\((\d{4}), time\.(\w+), (\d{1,2})/.exec(s);
    return g ? [+g[1]!, monthOf(g[2]!), +g[3]!] : null;
  } else if (/^(?:[A-Za-z. ]{1,24}\(|\{|#<)/.test(s)) {
    const n = /(\d{4})(?:-|, ?)(\d{1,2})(?:-|, ?)(\d{1,2})/.exec(s);
    return n ? [+n[1]!, +n[2]!, +n[3]!] : null;
  }
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(s);
  if (m) return [+m[1]!, +m[2]!, +m[3]!];
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return [+m[3]!, +m[2]!, +m[1]!];
  m = /^(\d{1,2})(?:st|nd|rd|th|er|\.)?[ -](?:de |of (?:the )?)?(\S+?)(?:,? |-)(?:de )?(\d{4})$/i.exec(s);
  if (m) return [+m[3]!, monthOf(m[2]!), +m[1]!];
  m = /^(\S+) (?:the )?(\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(s);
  if (m) return [+m[3]!, monthOf(m[1]!), +m[2]!];
  // A two-digit year: this century when not after this year, else the last.
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2})$/.exec(s);
  if (m) {
    const yy = +m[4]!;
    return [yy <= new Date().getUTCFullYear() % 100 ? 2000 + yy : 1900 + yy, +m[3]!, +m[1]!];
  }
  return null;
}

/** True when `v` is a calendar date of a living person: year 1900 to this year, day/month in either order. */
export function plausibleBirthDate(v: string): boolean {
  const p = partsOf(v);
  if (p === null) return false;
  const [y, a, b] = p;
  if (y < 1900 || y > new Date().getUTCFullYear()) return false;
  const dm = (d: number, mo: number): boolean => mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
  // [y, month, day] as parsed; for dd/mm/yyyy also mm/dd/yyyy.
  if (!dm(b, a) && (/^\d{4}/.test(v) || !dm(a, b))) return false;
  return !(y === 1900 && a === 1 && b === 1); // a default, not a birthday
}

/** True when the key names a date of birth: `dob`, `date_of_birth`, `birthDate`, `birthday`, `fecha_nacimiento`, `date_naissance`, prose `born (on)`. */
export function birthKey(key: string): boolean {
  const w = keyWords(key);
  const last = w[w.length - 1] ?? '';
  const prev = w[w.length - 2] ?? '';
  // The key ends in the birth word (`customer_dob`, `date_of_birth`), or in `date` after it (`birth_date`):
  // `dob_verified_at`, `birth_place` and `birth_year` hold other things.
  // Duffel's `born_on`, `bornOn`.
  if (last === 'on' && prev === 'born') return true;
  if (/^(?:dob|birth|birthdate|birthday|dateofbirth|geburtsdatum|geburtstag|nacimiento|naissance|nascita|nascimento|geboortedatum|fodselsdato|fodelsedatum|syntymaaika|urodzenia|narozeni|born|geboren)$/.test(last)) return true;
  // `dogum_tarihi` (Turkish), `birth_date`, `dob_iso`.
  return (/^(?:date|iso|str)$/.test(last) && /^(?:dob|birth)$/.test(prev)) || (last === 'tarihi' && prev === 'dogum');
}

/**
 * Prose that says a date of birth follows, in words no key name has: `D.O.B.`, `born on the`, `né le`,
 * `née le`, `nacido el`, `nata il`, `nascida em`, `geboren op`, `geb.`, `urodzony`, `birthday is`.
 */
export const PROSE_BIRTH = String.raw`d\.o\.b\.?|n[ée]e? le|nacid[oa] el|nat[oa] il|nascid[oa] em|geboren op|geb\.|urodzon[ya]|birthday(?: is)?`;

/** True when `key` is one of PROSE_BIRTH's phrases. */
export const proseBirthKey = (key: string): boolean => new RegExp(`^(?:${PROSE_BIRTH})$`, 'i').test(key);
