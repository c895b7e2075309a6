import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { inPlaceholderTown } from './street-addresses';

/**
 * Round f26a: street lines of home addresses in worldwide commerce payloads, under address keys of
 * many naming styles and languages (`registrationAddress`, `logradouro`, `AdrLine`, `billing`,
 * `X-Ship-To`), in local layouts (`Rua das Flores, 203, apto 136`, `Jl. Kemang Raya No. 127`,
 * `Bağdat Caddesi No:50 D:17`, `Storgatan 126, lgh 1160`), and form-encoded addresses sent to a
 * geocoder.
 */

/** `re` (a regex source of lowercase key names) matching any letter case. */
const anyCase = (re: string): string => re.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** Keys of a street line, an address object's line, or a billing/shipping address given as one string. */
const ADDRESS_KEY = String.raw`${anyCase(String.raw`(?:addr(?:ess)?(?:_?line)?[_-]?[0-9]?|street(?:_?address)?[0-9]?|address_?line_?[0-9]|line_?[12]|logradouro|endere(?:c|ç)o|direcci(?:o|ó)n|indirizzo|adresse|adres|anschrift|stra(?:ss|ß)e|adr_?line|strt_?nm|billing|shipping|ship[_-]?to|delivery|deliver_?to|detail1|sub_?address)`)}`;

/** Street words of many countries, before or after the street's name. */
const STREET_WORD =
  /(?:^|[\s,])(?:rua|r\.|av\.?|avenida|alameda|travessa|estrada|rodovia|calle|c\/|carrer|paseo|camino|via|viale|piazza|corso|largo|rue|bd|boulevard|chemin|all[ée]e|impasse|jl\.?|jalan|gang|caddesi|cad\.|sokak|sok\.|sk\.|bulvar[ıi]|mahallesi|mah\.|ulica|ul\.|aleja|al\.|am|an der|auf dem|im|avenue|ave|road|rd|street|st|lane|ln|drive|dr|close|crescent|way|court|terrace|place|house|flat|apt|apto|apartamento|unit|suite|blok|lgh|no\.?|n[º°]|nr\.?)(?=$|[\s,.:])|\p{L}(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|laan|straat|gracht|kade|plein|singel|dijk|gade|vej|v[äa]gen|gatan|gata|tie|katu|kuja|veien|gate)(?=$|[\s,.\d])/iu;

/** A house number (`127`, `139a`, `180A`, `108-II`, `No:50`, `No. 127`, `Nº 5`). */
const HOUSE_NUMBER = /(?:^|[\s,#:])\d{1,5}(?:[A-Za-z]|-[A-Z]{1,3}|-\d{1,3})?(?=$|[\s,.])/u;

/** Values that are no street line: mail, URLs, addresses of machines, hashes, dates, amounts. */
const NOT_STREET = /@|:\/\/|^0x|^[\d\s.:,-]+$|[\d.]{7,}|^[0-9a-f:]{6,}$|\d{4}-\d{2}-\d{2}|\b(?:express|standard|priority|economy|method|plan|free|same|next|day|days|hours?|pending|failed|true|false|null|none|n\/a)\b/i;

/** True when `v` reads as a street line: a house number, a word of letters, and a street word or a number right after the street's name. */
export function streetLineF26(v: string): boolean {
  const s = v.replace(/\\[nrt]/g, ' ').trim();
  if (s.length < 6 || s.length > 120 || NOT_STREET.test(s)) return false;
  if (!HOUSE_NUMBER.test(s) || !/\p{L}{3,}/u.test(s)) return false;
  if (STREET_WORD.test(s)) return true;
  // Number first (`123 rue de la Paix`, `221B Baker Street`), or a capitalised name then the number (`Prinsengracht 180A`, `Moi Avenue, House 249`).
  return /^\d{1,5}[A-Za-z]?,?\s\p{Lu}\p{L}{2,}/u.test(s) || /^\p{Lu}\p{L}{3,}(?:\s\p{L}{2,}){0,3},?\s\d{1,5}(?:[A-Za-z]|-[A-Z]{1,3})?(?:$|,)/u.test(s);
}

/** A form value decoded: `+` is a space, `%XX` its byte (null when the escapes are broken). */
function formDecoded(v: string): string | null {
  try {
    return decodeURIComponent(v.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** A geocoder's request before the query (`maps/api/geocode/json?`, Nominatim's `/search?`, Mapbox, HERE, OpenCage). */
const GEOCODER = /(?:geocod|nominatim|\/maps\/|places|autocomplete|mapbox|opencage|here\.com)[^\s"']{0,80}$/i;

export const ADDRESS_F26A_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'street-address-under-key-f26a',
    name: 'Street address under an address, street, billing or shipping key (local layouts of many countries)',
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['addr', 'street', 'line1', 'line_1', 'line2', 'logradouro', 'endere', 'direcci', 'indirizzo', 'adres', 'anschrift', 'strasse', 'adrline', 'strtnm', 'billing"', "billing'", 'billing=', 'shipping"', "shipping'", 'shipping=', 'ship-to', 'ship_to', 'shipto', 'delivery"', "delivery'", 'delivery=', 'detail1', 'subaddress'],
    // `"registrationAddress":"Bağdat Caddesi No:50 D:17 Kadıköy"`, `"logradouro":"Rua das Flores, 203, apto 136"`, `<AdrLine>Calle Mayor, 7, 4º A</AdrLine>`,
    // `"billing":"Storgatan 126, lgh 1160"`, `` `street` = 'Am Lustgarten 139a' ``, `address=Moi Avenue, House 208"`, `X-Shop-Ship-To: Kenyatta Avenue, House 93`.
    pattern: new RegExp(
      String.raw`(?<k>${ADDRESS_KEY})(?:\\{0,3}["'\x60]?\s{0,2}(?:=>|[:=])\s{0,2}\\{0,3}["'](?<v>[^"'\\\n<>]{6,120})(?=\\{0,3}["'])|>(?<w>[^<>\n]{6,120})</|(?:=|: )(?<u>[^"'\\\n<>=&|]{6,120}?)(?=\s{1,3}[A-Za-z_][\w.-]{0,30}=|\\?["']|[|&]|\r?$|\n))`,
    ),
    mask: 'full',
    // An employer's or company's own address (`employer_address=` on a W-2 header, `companyAddress`) is the business's, not a person's.
    // Nor is one in a placeholder town (`"address":"Am Bahnhof 1","city":"Musterstadt"`).
    validate: (v, ctx) =>
      streetLineF26(v) &&
      !/(?:employer|company|business|corporate|headquarters)[_.-]?$/i.test(ctx.text.slice(Math.max(0, (ctx.matchStart ?? ctx.start) - 16), ctx.matchStart ?? ctx.start)) &&
      !inPlaceholderTown(ctx.text, ctx.start, ctx.end),
    remediation: 'Remove this street address from the logs (log a customer or order id instead)',
  }),
  defineDetector({
    id: 'street-address-geocoder-query',
    name: 'Street address in a geocoding request (form-encoded `address=` or `q=`)',
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.7,
    keywords: ['address=', '?q=', '&q=', 'query=', 'text='],
    // Google `geocode/json?address=Rua+das+Flores%2C+281%2C+apto+173%2C+S%C3%A3o+Paulo`, Nominatim `search?q=Kerkstraat+108-II%2C+1016+GV+Amsterdam`.
    pattern: /(?<=[?&])(?<k>address|q|query|text)=(?<v>[^&\s"'<>=]{6,200})(?=[&\s"'<]|$)/,
    mask: 'full',
    validate: (v, ctx) => {
      if (!/\+|%20|%2C/i.test(v) || !GEOCODER.test(ctx.text.slice(Math.max(0, (ctx.matchStart ?? ctx.start) - 120), ctx.matchStart ?? ctx.start))) return false;
      const value = formDecoded(v);
      if (value === null) return false;
      return streetLineF26(value.split(',')[0]!.trim()) || streetLineF26(value.split(',').slice(0, 2).join(',').trim());
    },
    remediation: 'Log geocoding failures by order or customer id, without the queried address',
  }),
];
