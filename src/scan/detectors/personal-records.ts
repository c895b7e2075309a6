import { defineDetector, rei, SEP } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { BIRTH_DATE, birthKey, plausibleBirthDate, PROSE_BIRTH, proseBirthKey, WRAPPED_BIRTH_DATE } from '../birth-dates';
import { keyWords } from '../key-names';
import { ssnValid } from '../validators';
import { isCompanyAddress } from '../company-addresses';

/** Words before `address` that make it a postal address (`shipping_address`), unlike `ip_address`. */
const POSTAL_QUALIFIERS: ReadonlySet<string> = new Set(['home', 'street', 'postal', 'post', 'mailing', 'billing', 'shipping', 'delivery', 'residential', 'residence', 'customer', 'physical', 'correspondence', 'contact', 'registered', 'permanent', 'current', 'previous', 'formatted']);

/** Address words of other languages (and MyInfo's registered address): a postal address, not a network one. */
const FOREIGN_ADDRESS: ReadonlySet<string> = new Set(['osoite', 'katuosoite', 'adresse', 'adress', 'adres', 'adresa', 'direccion', 'indirizzo', 'endereco', 'morada', 'regadd', 'postadresse', 'wohnadresse', 'lakcim', 'utca']);

/** True when the key names a postal street address: `address_line1`, `streetAddress`, `addr1`, `street`, `shipping_address`, `address`. */
export function addressKey(key: string, context: string): 'street' | 'address' | null {
  // Names written in one lowercase word (SAML and LDAP: `homeaddress`, `homepostaladdress`, `postaladdress`).
  const w = keyWords(key.replace(/(home|postal|street|mailing|residential|registered)(?=(?:postal)?address)/gi, '$1_').replace(/postal(?=address)/gi, 'postal_'));
  const hasAddr = w.some((y) => /^addr(?:ess)?/.test(y));
  if (w.some((x) => /^street\d?$/.test(x) || x === 'streetaddress' || (hasAddr && /^(?:addr(?:ess)?)?line\d?$/.test(x)) || /^addr(?:ess)?(?:line)?\d$/.test(x))) return 'street';
  if (hasAddr && /^\d$/.test(w[w.length - 1]!)) return 'street'; // address_1
  // Stripe's and others' address objects: `"line1":"…"` beside city/postal code keys, or in a billing or shipping object.
  if (/^line[12]$/.test(w[w.length - 1]!) && /address|postal|zip|city|billing|shipping/i.test(context)) return 'street';
  const last = w[w.length - 1];
  // The word for a postal address in more languages (`osoite`, `adresse`, `direccion`, `indirizzo`, `endereco`), MyInfo's `regadd`.
  if (last !== undefined && FOREIGN_ADDRESS.has(last)) return 'street';
  if (last !== 'address' && last !== 'addr') return null;
  if (w.length === 1) return 'address';
  return POSTAL_QUALIFIERS.has(w[w.length - 2]!) ? 'street' : null;
}

/** A street address: a house number and a word of letters, no URL, mail, IP or hex id. */
export function streetValue(v: string, kind: 'street' | 'address'): boolean {
  // A JSON-escaped line break between the street and the city (`"Maple Avenue 24\\n3511 AB Utrecht"`) is a space.
  const s = v.replace(/\\[nrt]/g, ' ').trim();
  if (s.length < 5 || /@|:\/\/|^0x|^[\d.:]+$|[\d.]{7,}|^[0-9a-f:]{6,}$/i.test(s)) return false;
  // A Dutch house number may carry a floor or unit suffix (`Oudegracht 153-huis`, `Kade 12-hs`, `Laan 33-II`; r63).
  if (!/(?:^|[\s,#])\d{1,5}[A-Za-z]?(?:-(?:huis|hs|bis|[IV]{1,3}|[A-Za-z]|\d{1,3}))?(?=$|[\s,])/.test(s) || !/\p{L}{3,}/u.test(s)) return false;
  // Under a bare `address` key the value must read like one: a house number first, a flat/unit, or a
  // street word then the number (`Hauptstraße 5`, `Keizersgracht 12`), or a street, its number, a European
  // postcode and a city (`Am Kirchberg 12a, 51249 Leipzig`, `Laan van Meerdervoort 33-I, 2983 ML Den Haag`).
  return kind === 'street' || /^(?:\d{1,5}[A-Za-z]?,?\s+\p{L}|(?:flat|apt|apartment|unit|suite|blk|block)\b)|\p{L}(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|laan|straat|gracht|gade|vej|vägen|gatan|tie|katu|kuja|veien|gate|gata)\s\d{1,5}[a-z]?\b/iu.test(s) ||
    /^\p{Lu}[\p{L} .'-]{2,48}\s\d{1,4}(?:[a-z]|-\w{1,3})?,\s?(?:[A-Z]-)?\d{4,5}(?:\s?[A-Z]{2})?\s\p{Lu}\p{L}+/u.test(s);
}

/**
 * What the key of a keyed value says of it: addressKey's answer, else that of the label the value carries
 * (Personio `"dynamic_1201":{"label":"Private Adresse","value":"…"}`); `formatted` inside an `address` object
 * (OIDC's address claim `"address":{"formatted":"…"}`, Google's geocoder) is a street address.
 */
function keyedAddressKind(ctx: MatchContext): 'street' | 'address' | null {
  const key = ctx.key ?? '';
  const kind = addressKey(key, ctx.text);
  if (kind !== null) return kind;
  const between = ctx.text.slice(ctx.matchStart ?? ctx.start, ctx.start);
  const label = /["']label["']\s{0,2}:\s{0,2}["']([^"'\n{}]{1,40})["']/.exec(between)?.[1];
  if (label !== undefined) return addressKey(label, ctx.text);
  if (!/^formatted$/i.test(key)) return null;
  // SCIM's `"addresses":[{"type":"home","formatted":"…"}]` too (an earlier item of the list before it).
  return /address(?:es)?\\{0,3}["']?\s{0,3}[:=]\s{0,3}(?:\[\s{0,3}(?:\{[^{}]{0,300}\}\s{0,3},\s{0,3}){0,3})?\{[^{}]{0,200}$/i.test(ctx.text.slice(Math.max(0, (ctx.matchStart ?? ctx.start) - 1200), ctx.matchStart ?? ctx.start)) ? 'street' : null;
}

/** `=`, `:`, `=>`, `:=` right after the key (no space before it, so that `tin=` is a sound prefilter keyword), quotes around. */
const TIGHT_SEP = String.raw`(?:\\{0,3}["']|%22|%27)?(?:=>|:=|=|:|%3D|%3A)\s{0,3}(?:\\{0,3}["']|%22|%27)?`;

/** Quoted (taken whole) or bare value of up to nine words, which neither starts with nor runs into a `key=`. */
const WORDS_VALUE = String.raw`(?:\\{0,3}"(?<v>[^"\\\r\n]{4,160}(?:\\[nr](?:\\n)?[^"\\\r\n]{2,80}){0,3})|\\{0,3}'(?<w>[^'\\\r\n]{4,160})|(?![\w.-]{1,41}\s{0,3}[=:])(?<u>[^\s"',;&=<>{}\[\]()|]+(?: (?![\w.-]+[=:])[^\s"',;&=<>{}\[\]()|]+){0,8}))`;

/** Comma-separated parts after a bare address (city, state, postcode, country), none of them a `key=` or `key:`. */
const ADDRESS_TAIL = /^(?:,[ \t]?(?![\w.-]{1,41}[ \t]{0,3}[=:])[^\s"',;&=<>{}\[\]()|]+(?:[ \t](?![\w.-]+[=:])[^\s"',;&=<>{}\[\]()|]+){0,5}){1,4}/;

/** Personal records under their key names: dates of birth, US taxpayer numbers without dashes, street addresses. */
export const PERSONAL_RECORD_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'date-of-birth',
    name: 'Date of birth (under a birth-date key)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.85,
    // Prose phrases (PROSE_BIRTH): `d.o.b`, `ne le`/`nee le` and ` le 0`…` le 3` (`né le 3 mars`: the prefilter's keywords are ASCII), `nacid`, `nato il`, `nata il`, `nascid`, `geb.`, `urodzon`.
    keywords: ['dob', 'birth', 'geburtsdatum', 'nacimiento', 'naissance', 'nascita', 'geboortedatum', 'born', 'geboren', 'd.o.b', 'ne le ', 'nee le ', ' le 0', ' le 1', ' le 2', ' le 3', 'nacid', 'nato il', 'nata il', 'nascid', 'geb.', 'urodzon'],
    // `key: date`, a wrapped date (`datetime.date(1984, 3, 7)`, `ISODate("…")`: WRAPPED_BIRTH_DATE), `<dob>date</dob>`, a named field then its value (`tab "dob" value "25 March 1989"`), prose `Date of birth 12/03/1985`, `user[dob]=…`, URL-encoded `%26dob%3D…`, `user%5Bdob%5D=…`.
    pattern: rei`(?:(?<![\w.-])|(?<=%[0-9A-F]{2}))(?<k>(?:[A-Za-z_][\w.-]{0,24}?)?(?:dob|birth[A-Za-z_.-]{0,10}|geburtsdatum|nacimiento|naissance|nascita|geboortedatum)|date of birth|birth date|born(?:_on|On)?|geboren|${PROSE_BIRTH})(?:\]|%5D)?(?: (?:on|am|is|was))?(?: the)?(?:${SEP}|>|\s{1,3}(?:\\{0,3}["']|%22)?|["']\s{1,3}(?:value|valor|wert)\s{0,3}[=:]?\s{0,3}["'])(?<v>${WRAPPED_BIRTH_DATE}|${BIRTH_DATE})(?![\d/.-]?\d|%2F)`,
    mask: 'full',
    validate: (v, ctx: MatchContext) => (birthKey(ctx.key ?? '') || proseBirthKey(ctx.key ?? '')) && plausibleBirthDate(v),
    remediation: 'Remove this date of birth from the log line (log a user id instead)',
  }),
  defineDetector({
    id: 'us-tax-id-under-key',
    name: 'US taxpayer number (SSN, ITIN) under a tax-id key',
    category: 'personal',
    severity: 'high',
    priority: 60,
    keywords: ['tin=', 'tin:', 'tin"', "tin'", 'tin\\', 'tin%', 'tax', 'ssn', 'social'],
    // `tin=123456789`, `"taxpayer_id": "123-45-6789"`, `ssn_number=…`: nine digits with or without dashes.
    pattern: rei`(?<![A-Za-z0-9])(?:(?:us|payee|payer|customer|user|employee|applicant)[_-]?)?(?:i?tin|ssn(?:[_-]?(?:number|no|nr))?|tax(?:payer)?[_-]?(?:id(?:entification)?|number|no)(?:[_-]?(?:number|no))?|taxpayer|social[_-]?security[_-]?(?:number|no))${TIGHT_SEP}(?<v>\d{3}-?\d{2}-?\d{4})(?![\w-])`,
    mask: 'ssn',
    validate: (v) => (/^\d{9}$|^\d{3}-\d{2}-\d{4}$/.test(v) ? ssnValid(v.replace(/-/g, '')) : false),
    remediation: 'Remove this taxpayer number from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'street-address',
    name: 'Street address (under an address key)',
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.75,
    keywords: ['addr', 'street', 'line1', 'line2', 'line_1', 'line_2', 'osoite', 'adres', 'direcci', 'indirizzo', 'endereco', 'morada', 'regadd', 'lakcim'],
    // `"regadd":{"value":"…"}` (MyInfo, attribute objects): the value one level down, also after a label
    // (Personio `"address":{"label":"Anschrift","value":"…"}`).
    // Also a list's one item (`"homeAddress"=>["…"]` from ruby-saml, `'street': ['…']`) and an XML element (`<wd:Address_Line_1>…<`).
    pattern: new RegExp(String.raw`(?<![\w.$@-])(?<k>[A-Za-z_][\w.-]{0,40})(?!:[A-Za-z_][\w.-]{0,40}>)(?:\\{0,3}["'])?\s{0,3}(?:=>|:=|=|:|(?<=<(?:[\w-]{1,20}:)?[A-Za-z_][\w.-]{0,40})>)\s{0,3}(?:\{\s{0,2}(?:["']label["']\s{0,2}:\s{0,2}["'][^"'\n{}]{0,40}["']\s{0,2},\s{0,2})?["']value["']\s{0,2}:\s{0,2})?(?:\[\s{0,2})?` + WORDS_VALUE),
    mask: 'full',
    validate: (v, ctx) => {
      const kind = keyedAddressKind(ctx);
      if (kind === null || !streetValue(v, kind)) return false;
      if (isCompanyAddress(ctx.text, ctx.start)) return { ok: true, public: true, severity: 'info' }; // `"company":{"address":"…"}`
      // A bare address runs on past its commas (`78 Elm Avenue, Springfield, IL 62704`): the city,
      // state and postcode are the same person's address, so the finding covers the whole value.
      const tail = ctx.text[ctx.start - 1] === '"' || ctx.text[ctx.start - 1] === "'" ? null : ADDRESS_TAIL.exec(ctx.text.slice(ctx.end, ctx.end + 160));
      return tail ? { ok: true, trimEnd: v.length + tail[0].length } : true;
    },
    remediation: 'Remove this street address from the log line (log a customer id instead)',
  }),
];
