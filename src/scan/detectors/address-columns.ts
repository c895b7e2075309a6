import { csvColumnAt, HEADER_REACH } from '../column-names';
import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { addressKey, streetValue } from './personal-records';

/**
 * Column names of a street address, as header literals the prefilter looks for beside a delimiter or a quote. A name
 * inside a longer one counts too (`,address` opens `,address_line1`, `address,` ends `shipping_address,`), so
 * the list stays short: a larger keyword automaton costs every character scanned.
 */
const NAMES = ['address', 'street', 'line1', 'strasse', 'adres', 'adresse', 'anschrift', 'direccion', 'indirizzo', 'endereco', 'morada', 'osoite'];
const KEYWORDS = NAMES.flatMap((n) => [...[',', ';', '\t', '|'].flatMap((sep) => [sep + n, n + sep]), `"${n}`, `${n}"`]);

/** Column names that hold a postal street address in other languages besides those addressKey knows. */
const MORE_STREET = /^(?:strasse|stra(?:ss|ß)e|anschrift|rue|calle|via|straat|gatan?|ulica)$/i;

/** True when the cell `v` at `ctx` lies in a street-address column of the table header above it. */
function inAddressColumn(v: string, ctx: MatchContext): boolean {
  const column = csvColumnAt(ctx.text, ctx.start, ctx.end);
  if (column === null) return false;
  const kind = MORE_STREET.test(column) ? 'street' : addressKey(column, '');
  if (kind === null || !streetValue(v, kind)) return false;
  // Under a bare `address` column a house number leads a capitalised street name (`27 Kingsway`), not prose (`12 things to do`).
  return kind === 'street' || !/^\d/.test(v) || /^\d{1,5}[A-Za-z]?,?\s+\p{Lu}/u.test(v);
}

/** Street addresses in exported tables (CSV, TSV, semicolon, pipe) under a column the header names for them. */
export const ADDRESS_COLUMN_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'street-address-csv-column',
    name: 'Street address (table column named for it)',
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.75,
    keywords: KEYWORDS,
    // `name,address,city,postcode` then `Jane,27 Kingsway,Manchester,M19 2LL`; a quoted cell whole (`"12 Main St, Apt 4"`).
    span: HEADER_REACH + 100,
    pattern: /(?<=(?:^|[\n,;\t|])[ \t]{0,3})(?:"(?<v>[^"\n]{5,120})"|(?<w>[^\s",;\t|][^\n",;\t|]{3,80}[^\s",;\t|]))(?=[ \t]{0,3}(?:[,;\t|\r\n]|$))/,
    mask: 'full',
    validate: inAddressColumn,
    remediation: 'Remove the address columns from this export or log (log a customer id instead)',
  }),
];
