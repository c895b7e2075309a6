import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isCompanyAddress } from '../company-addresses';

// Letters of street and city names (the patterns have no `u` flag, so no \p{L}).
const UC = 'A-ZÄÖÜÉÈÁÍÓÚÑÅÆØŁŚŹŻĆŃĄĘČŠŽŘĎŤŇÇÃÕÂÊÔ';
const LC = "a-zäöüßéèêëàâçôîïùûáíóúñåæøłśźżćńąęěščřžýůťďňãõ'’";
/** A capitalised name word, hyphenated compounds too (`Karl-Marx`, `Jean-Jaurès`). */
const NAME = `[${UC}][${LC}]+(?:-[${UC}]?[${LC}]+)*`;
/** A European postcode and city after the street: `10115 Berlin`, `75002 Paris`, `1015 CJ Amsterdam`, `D-80331 München`, Italian ` - 00184 Roma`. */
const EU_TAIL = String.raw`(?:(?:,?\s|\s[-–]\s)(?:[A-Z]-)?\d{4,5}(?:\s?[A-Z]{2})?\s${NAME}(?:[\s-]${NAME}){0,2})?`;
/** An Italian province code after the city (`40126 Bologna BO`, `20122 Milano (MI)`), inside the postcode tail. */
const IT_TAIL = String.raw`(?:(?:,?\s|\s[-–]\s)\d{5}\s${NAME}(?:[\s-]${NAME}){0,2}(?:\s\([A-Z]{2}\)|\s[A-Z]{2}(?![\w-]))?|${EU_TAIL})`;

/** German street names that are a preposition and a name, no street word (`Am Mühlbach`, `An der Alster`, `Zum Anger`, `In den Gärten`). */
const DE_PREPOSITION = String.raw`(?:Am|Im|Zum|Zur|Beim|(?:An|Auf|In|Unter|Hinter|Vor|Bei|Über|Ueber)\s(?:der|den|dem))`;

/** Words after a preposition that open a date or a count, not a street (`Im Jahr 2024, 50000 Besucher`), and nouns counted after a number. */
const NOT_DE_STREET = /^(?:\S+\s){1,2}(?:Jahre?n?|Vorjahr|Monat|Tag|Quartal|Sommer|Winter|Herbst|Fr\u00fchling|Schnitt|Durchschnitt|Vergleich|Ende|Anfang|Zeitraum|Januar|Februar|M\u00e4rz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b|\d{5}\s(?:Teilnehmer|Besucher|Einwohner|Menschen|Nutzer|Kunden|Mitarbeiter|Personen|Euro|EUR|St\u00fcck|F\u00e4lle|Eintr\u00e4ge|Zeilen|Anfragen|Stimmen|Exemplare)\b/;

/**
 * City, state or county and a US ZIP, UK, Canadian or Irish postcode after a street line: `, Mountain View, CA 94043`,
 * `, London SW1A 1AA`, `, Toronto, ON M5H 2N2`, `, Dublin 2, D02 VF65` (a city's district number, an Eircode), `, Bengaluru 560001`.
 */
const EN_TAIL = String.raw`(?:,\s${NAME}(?:\s${NAME}){0,2}(?:\s\d{1,2}(?![\w-]))?)?(?:,?\s(?:[A-Z]{2}\s\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|(?:(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s)?[A-Z]\d[A-Z]\s\d[A-Z]\d|[AC-FHKNPRTV-Y]\d[\dW]\s?[AC-FHKNPRTV-Y\d]{4}|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s\d{4}|\d{6}))?`;

/** Street types written after the number in English (US, UK, CA, AU). */
const EN_TYPES = 'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Parkway|Pkwy|Place|Pl|Terrace|Circle|Highway|Hwy|Trail|Square|Crescent|Gardens|Grove|Mews|Hill';

/** British street types that are also common words (`close`, `row`, `walk`): a detector of their own, listed only where one is capitalised. */
const UK_WORD_TYPES = ['Close', 'Row', 'Rise', 'Walk', 'Parade', 'Wynd'];

/** The English layout: a number (or a flat), the name, one of `types`, a direction, a unit, then city, state and postcode. */
const enLayout = (types: string): string =>
  String.raw`(?:(?:Flat|Apartment|Apt\.?|Unit|Suite)\s\d{1,4}[A-Z]?,?\s(?:\d{1,6}[A-Za-z]?,?\s)?|\d{1,6}[A-Za-z]?\s)(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s)?(?:(?:${NAME}|[A-Z]{2,3}|\d{1,3}(?:st|nd|rd|th))\s){1,3}(?:${types})\.?(?:\s(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\b)?(?:,?\s(?:Apt|Suite|Ste|Unit|Fl|Floor)\.?\s?#?\w{1,5}|\s#\w{1,5})?${EN_TAIL}`;

const EN_KEYWORDS = [' st ', ' st.', ' st,', ' st"', " st'", ' st\\', ' st<', ' street', ' avenue', ' ave', ' road', ' rd', ' blvd', ' boulevard', ' lane', ' ln', ' drive', ' dr', ' court', ' ct', ' way', ' parkway', ' pkwy', ' place', ' pl', ' terrace', ' circle', ' highway', ' hwy', ' trail', ' square', ' crescent', ' gardens', ' grove', ' mews', ' hill'];

/** A number then a word that says what it counts: not a house number. */
const COUNTED = /^\d+\s(?:minutes?|seconds?|hours?|days?|weeks?|months?|years?|times?|items?|rows?|records?|files?|users?|errors?|retries|attempts?|release|version|build|step|page|level|tier|phase|part|chapter|section|round|stage)\b/i;

/** A finding for a street address (the same for each layout). */
function streetDetector(id: string, name: string, keywords: string[], pattern: string, gate?: { needs: string[]; reject?: RegExp }): Detector {
  return defineDetector({
    id,
    name,
    category: 'personal',
    severity: 'medium',
    // Under the keyed street-address detector: where both match, the keyed finding (and its name) wins.
    priority: 44,
    confidence: 0.7,
    keywords,
    pattern: new RegExp(String.raw`(?<![\w.@/-])(?:${pattern})(?![\w-])`),
    mask: 'full',
    // A house number 0 is not one, nor a count of minutes or a release number (`5 Minutes Dr`).
    // (`110 00`, a Czech or Swedish postcode's second group, is no house number.)
    validate: (v, ctx) => {
      if (/(?:^|(?<!\d{3})\s)0+(?=\s|,|$)/.test(v) || COUNTED.test(v) || (gate?.reject?.test(v) ?? false)) return false;
      // Round r43: in the placeholder town of forms and fixtures (`123 Main St, Anytown`), no one's address.
      if (inPlaceholderTown(ctx.text, ctx.start, ctx.end)) return false;
      // A registered office in a footer or a brand's settings (`"footer":"Registered office: 500 Howard Street…"`): a company's.
      return isCompanyAddress(ctx.text, ctx.start) ? { ok: true, public: true, severity: 'info' } : true;
    },
    ...(gate ? { needs: gate.needs } : {}),
    remediation: 'Remove this street address from the log line (log a customer id instead)',
  });
}

/** The placeholder towns of forms, fixtures and documentation (`Anytown`, German `Musterstadt`). */
const PLACEHOLDER_TOWN = /\b(?:Any[ -]?(?:town|city|ville)|Muster(?:stadt|hausen|dorf)|Beispielstadt)\b/i;

/** True when the address at [start, end) sits in a placeholder town (named within 40 characters after it): no one's address. */
export function inPlaceholderTown(text: string, start: number, end: number): boolean {
  return PLACEHOLDER_TOWN.test(text.slice(start, end + 40));
}

/** Street addresses in the layouts of their countries, without a key: a street word, a house number, a postcode. */
export const STREET_ADDRESS_DETECTORS: readonly Detector[] = [
  // DE, AT, CH, NL: the name holds the street word, the number follows (`Hauptstraße 12`, `Keizersgracht 123`), Dutch
  // `Laan van Meerdervoort 33`, with a house-number suffix (`12a`, `33-I`, `175-hs`, `8-2`, `12 hs`).
  streetDetector(
    'street-address-name-first',
    'Street address (street word then number: DE, NL)',
    ['stra', 'str.', 'weg', 'platz', 'allee', 'gasse', 'damm', 'ufer', 'chaussee', 'gracht', 'laan', 'plein', 'kade', 'singel', 'dijk'],
    String.raw`(?:${NAME}\s|(?:[${UC}][${LC}]+-)+)?(?:[${UC}][${LC}]*(?:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|damm|ufer|chaussee|straat|gracht|laan|plein|kade|singel|dijk)|(?:Straße|Strasse|Weg|Platz|Allee|Gasse|Damm|Ufer)|(?:Laan|Weg|Kade|Plein|Dijk|Singel)\s(?:van|der|de|den|het|op|ten|te)\s(?:(?:der|de|den|het)\s)?${NAME}(?:\s${NAME})?)\s?\d{1,4}(?:\s?[a-z]|-(?:I{1,3}|IV|hs|HS|bis|[A-Za-z]|\d{1,3})|\s(?:hs|HS|bis|I{1,3}))?(?![\w-])${EU_TAIL}`,
  ),
  // FR, BE: the number, then the street type (`12 rue de la Paix, 75002 Paris`, `82 avenue Jean Jaurès`), a flat after it (`, Apt 4`).
  streetDetector(
    'street-address-fr',
    'Street address (French layout)',
    [' rue ', 'avenue', ' av.', 'boulevard', ' bd ', 'place ', 'allee', 'chemin', 'impasse', 'quai ', 'cours ', 'route ', 'square ', 'passage '],
    String.raw`\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:[Rr]ue|[Aa]venue|[Aa]v\.|[Bb]oulevard|[Bb]d|[Pp]lace|[Aa]ll[ée]e|[Cc]hemin|[Ii]mpasse|[Qq]uai|[Cc]ours|[Rr]oute|[Ss]quare|[Pp]assage)\s(?:(?:de la|de l'|du|des|de|d'|l'|la|le)\s?)?${NAME}(?:\s(?:(?:de la|de|du|des|la|le|l'|d')\s?)?(?!(?:Apt|Unit|Suite|Flat|Appt)\b)${NAME}){0,4}(?:,?\s(?:Apt|Unit|Suite|Flat|Appt|Apt\.|Bât\.?|Bat\.?)\s?\d{1,4}[A-Za-z]?(?![\w-]))?${EU_TAIL}`,
  ),
  // ES, IT: the street type, the name, then the number (`Calle Mayor 5, 28013 Madrid`, `Via Roma 12, 00184 Roma`).
  streetDetector(
    'street-address-type-first',
    'Street address (Spanish or Italian layout)',
    ['calle', 'c/ ', 'avenida', 'avda', 'plaza', 'paseo', 'carrer', 'camino', 'ronda', 'traves', 'via ', 'viale', 'piazza', 'corso', 'largo', 'vicolo'],
    String.raw`(?:[Cc]alle|C/(?= )|[Aa]venida|[Aa]vda\.?|[Pp]laza|[Pp]aseo|[Cc]arrer|[Cc]amino|[Rr]onda|[Tt]raves[ií]a|[Vv]ia|[Vv]iale|[Pp]iazza|[Pp]iazzale|[Cc]orso|[Ll]argo|[Vv]icolo)\s?(?:(?:de la|de los|de las|del|de|d'|dei|degli|delle|della|di|San|Santa)\s?)?${NAME}(?:\s(?:(?:de la|de|del|la|dei|della|di)\s)?${NAME}){0,3},?\s(?:n[ºo°]\.?\s?)?\d{1,4}(?:\/?[A-Za-z])?(?![\w-])(?:,\s?\d{1,2}[ºª°]?(?:\s?[A-Z])?(?![\w-]))?${IT_TAIL}`,
  ),
  // ES, IT, PT, FR written with the house number first, as English forms put it (`3721 Calle de Alcala, Unit 17`,
  // `1819 Via Garibaldi Apt 36`, `2566 Rue des Tanneurs`): the number, the street type, the name, a flat or unit.
  streetDetector(
    'street-address-number-type-first',
    'Street address (house number, then a Spanish, Italian or Portuguese street type)',
    ['calle', 'avenida', 'plaza', 'paseo', 'carrer', 'camino', 'via ', 'viale', 'piazza', 'corso', 'largo', 'rua '],
    String.raw`\d{1,5}[A-Za-z]?,?\s(?:Calle|Avenida|Plaza|Paseo|Carrer|Camino|Via|Viale|Piazza|Piazzale|Corso|Largo|Rua)\s(?:(?:de la|de los|de las|del|de|do|da|dos|d'|dei|degli|delle|della|di|San|Santa)\s?)?${NAME}(?:\s(?:(?:de la|de|del|do|da|la|dei|della|di)\s)?${NAME}){0,3}(?:,?\s(?:Apt|Unit|Suite|Flat|Piso|Int|Interno|Scala)\.?\s?\d{1,4}[A-Za-z]?)?`,
  ),
  // US, UK, CA, AU, IE, IN: the number, the name, the street type (`1600 Amphitheatre Pkwy`, `Flat 3, 12 High Street, London SW1A 1AA`,
  // `Flat 12, MG Road, Bengaluru 560001`: a flat's number may stand for the house number).
  streetDetector('street-address-number-first', 'Street address (English layout)', EN_KEYWORDS, enLayout(EN_TYPES)),
  // UK closes, rows, parades (`14 Fairfield Close, Leeds LS6 2QT`, `3 Kings Parade`): woken by the lowercase word, run only
  // where it is capitalised (`1 row affected`, `connection close` are passed over before any call).
  streetDetector(
    'street-address-uk-types',
    'Street address (English layout, British street types)',
    UK_WORD_TYPES.map((t) => ` ${t.toLowerCase()}`),
    enLayout(UK_WORD_TYPES.join('|')),
    // Not a table's or a trade's words (`2 Empty Row`, `3 Random Walk`, `1 Position Close`).
    { needs: UK_WORD_TYPES.map((t) => ` ${t}`), reject: /^\d+\s(?:Empty|Data|Header|Table|Random|Position|Trade|Session|Order|Window|Dialog|Modal|File|Stream|Socket|Connection|Price|Bar|Candle|Day|Market|Early|Late)\s/ },
  ),
  // FI, SE, NO, DK: the street word ends the name, the number follows, then a staircase and flat
  // (`Mannerheimintie 12 B 7, 00100 Helsinki`, `Storgatan 5 lgh 1102, 114 51 Stockholm`, `Karl Johans gate 22, 0159 Oslo`, `Vesterbrogade 12, 3. tv, 1620 København V`).
  streetDetector(
    'street-address-nordic',
    'Street address (Nordic layout: FI, SE, NO, DK)',
    ['tie ', 'katu ', 'kuja ', 'polku ', 'kaari ', 'gatan ', 'vägen ', 'vagen ', 'veien ', 'vegen ', 'gata ', 'gate ', 'gaten ', 'vej ', 'gade ', 'torv ', 'stræde ', 'allé '],
    String.raw`(?:${NAME}\s){0,2}(?:[${UC}][${LC}]*(?:tie|katu|kuja|polku|kaari|gatan|vägen|vagen|veien|vegen|gata|gate|gaten|vej|gade|torv|stræde|allé)|(?<=[${LC}]\s)(?:gate|gata|vei|veien|vej|gade|allé|plass))\s\d{1,4}(?:\s?[A-Za-z](?![\w-]))?(?:\s(?:as\.\s|lgh\s)?\d{1,4}(?![\w.-]))?(?:,\s\d{1,2}\.(?:\s(?:th|tv|mf))?)?(?:,?\s(?:(?:FI|SE|S|N|NO|DK)-)?\d{3}\s?\d{1,2}\s${NAME}(?:\s(?:${NAME}|[A-Z]|\d{1,2}))?)?`,
  ),
  // SG: an HDB block or a building, street, unit `#12-345`, `Singapore 520123` (`Blk 774 Tampines Street 32 #25-989 Singapore 526855`,
  // with commas: `Blk 818 Ang Mo Kio Avenue 4, #18-974, Singapore 564751`).
  streetDetector(
    'street-address-sg',
    'Street address (Singapore layout: block, unit, postcode)',
    ['blk ', 'block ', 'singapore '],
    String.raw`(?:(?:Blk|BLK|Block)\s\d{1,4}[A-Z]?,?\s)?(?:\d{1,4}[A-Z]?\s)?(?:${NAME}\s){1,3}(?:(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Crescent|Lane|Walk|Close|Link|Ring|Central|Way|North|South|East|West),?\s)?(?:\d{1,3},?\s)?#\d{2,3}-\d{2,5}[A-Z]?(?:,?\s${NAME}(?:\s${NAME}){0,2})?,?\s(?:Singapore|SINGAPORE|S)\s?\(?\d{6}\)?`,
  ),
  // PT, BR, PL: the street type, the name, the number (`Rua Augusta 123, 1100-048 Lisboa`, `Rua das Flores, 123 - Centro, São Paulo - SP, 01001-000`,
  // `ul. Marszałkowska 12/34, 00-001 Warszawa`), with the postcode of each (`1100-048`, `01001-000`, `00-001`); MX `Av. Reforma 222, Col. Juárez, 06600 Ciudad de México`.
  streetDetector(
    'street-address-pt-pl',
    'Street address (Portuguese, Brazilian or Polish layout)',
    ['rua ', 'av. ', 'avenida ', 'travessa ', 'praça ', 'praca ', 'alameda ', 'estrada ', 'rodovia ', 'ul. ', ' al. ', 'ulica ', 'aleja '],
    String.raw`(?:Rua|R\.|Avenida|Av\.|Travessa|Tv\.|Largo|Praça|Praca|Alameda|Estrada|Rodovia|ul\.|al\.|pl\.|os\.|[Uu]lica|[Aa]leja)\s(?:(?:da|das|do|dos|de|del)\s)?${NAME}(?:\s(?:(?:da|das|do|dos|de)\s)?${NAME}){0,4},?\s(?:n[ºo°]\.?\s?)?\d{1,5}[A-Za-z]?(?:\/\d{1,4}[A-Za-z]?)?(?![\w-])(?:\s-\s${NAME}(?:\s${NAME}){0,2})?(?:,\sCol\.\s${NAME}(?:\s${NAME}){0,2})?(?:,\s${NAME}(?:\s${NAME}){0,3}(?:\s?-\s?[A-Z]{2}(?![\w-]))?)?(?:,?\s(?:\d{5}-\d{3}|(?:\d{4}-\d{3}|\d{2}-\d{3})\s${NAME}(?:\s${NAME}){0,2}|\d{5}\s${NAME}(?:\s(?:(?:de|del|la)\s)?${NAME}){0,3}))?`,
  ),
  // DE, AT: a preposition and a name, no street word (`Am Mühlbach 66a, 10969 Berlin`, `An der Alster 7, 20099 Hamburg`):
  // only with a house number, a comma and a five-digit postcode and city after it; the capital preposition is needed.
  streetDetector(
    'street-address-de-preposition',
    'Street address (German preposition street name, with postcode)',
    ['am ', 'im ', 'zum ', 'zur ', 'beim ', 'an der ', 'an den ', 'an dem ', 'auf der ', 'auf den ', 'auf dem ', 'in der ', 'in den ', 'in dem ', 'unter den ', 'unter der ', 'hinter de', 'vor de', 'bei de', 'ber de'],
    String.raw`${DE_PREPOSITION}\s${NAME}(?:[\s-]${NAME}){0,2}\s\d{1,3}(?:\s?[a-z](?![\w-])|-\d{1,3})?,\s(?:D-)?\d{5}\s${NAME}(?:[\s-](?:${NAME}|(?:am|an der|im)\s${NAME}))?`,
    { needs: ['Am ', 'Im ', 'Zum ', 'Zur ', 'Beim ', 'An ', 'Auf ', 'In ', 'Unter ', 'Hinter ', 'Vor ', 'Bei ', 'Über ', 'Ueber '], reject: NOT_DE_STREET },
  ),
  // CZ, SK: the name (a square, an avenue) and number, then the postcode `110 00` and city (`Václavské náměstí 12, 110 00 Praha 1`).
  streetDetector(
    'street-address-cz-sk',
    'Street address (Czech or Slovak layout)',
    ['náměstí', 'namesti', 'námestie', 'ulice', 'třída', 'trida', 'praha', 'brno', 'ostrava', 'bratislava', 'košice', 'kosice', 'plzeň', 'plzen'],
    String.raw`(?:${NAME}\s){0,2}(?:${NAME}|náměstí|námestie|třída|ulice)\s\d{1,4}(?:\/\d{1,4})?[a-z]?,\s\d{3}\s\d{2}\s${NAME}(?:\s(?:${NAME}|\d{1,2}(?![\w-])))?`,
  ),
];
