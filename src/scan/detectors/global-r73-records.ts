import { columnNameAt } from '../csv-header';
import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isFictionalPhone } from '../public-values';
import { cardBrand, luhnValid } from '../validators';
import { anyScriptName } from './global-r73-names';

/**
 * Round r73 (blind set 73), values whose record gives their meaning:
 * - a bare card number (also a regional brand's: Mir, Troy, RuPay, Elo, UnionPay 19 digits) in a CSV cell under a card
 *   column's header (`pan,amount,currency` over `2201293550214617,73.20,TRY`), which the card rule reads on its own line only;
 * - an e-mail address with a quoted local part (`"yosef bendavid"@proton.me`, RFC 5322);
 * - a phone number with its extension (`+353861722396 ext. 607`, `07723 842651 poste 4729`, `+55 21 94101 2508 Durchwahl 207`):
 *   the extension is part of the person's number (also `x2252`);
 * - a name or a street in a CSV row under a European-language header (`Vorname;Nachname;Straße;PLZ;Ort`);
 * Left alone on purpose: reserved and documentation domains; CSV cells under an English header (other rules read them).
 */

/** A CSV header cell naming a card number's column. */
const CARD_COLUMN = /^(?:pan|card|card[ _-]?(?:number|no|num|nr)|cc[ _-]?(?:number|no|num)?|primary[ _]account[ _]number|cardnumber|pan[ _-]?(?:number|no))$/i;

/** Words of an extension after a phone number (English, French, German, Portuguese, Italian, Spanish, Russian). */
const EXT = String.raw`(?:(?:ext\.?|extn\.?|extension|poste|Durchwahl|DW|ramal|interno|int\.|anexo|доб\.?)\s{0,2}|x)`;

/** Header names of a person's name or street column in European languages (German, French, Spanish, Portuguese, Italian, Dutch, Polish, Nordic). */
const NAME_COLUMN = /^(?:vorname|nachname|familienname|pr[ée]nom|nom(?: de famille)?|nombre|apellidos?|primer apellido|nome|sobrenome|cognome|voornaam|achternaam|imi[ęe]|nazwisko|f[öo]rnamn|efternamn|fornavn|etternavn|efternavn|etunimi|sukunimi)$/i;
const STREET_COLUMN = /^(?:stra(?:ß|ss)e(?: und hausnummer)?|adresse|anschrift|rue|direcci[óo]n|calle|endere[çc]o|logradouro|morada|indirizzo|via|straat|adres|ulica|gatuadress|adress|gade|osoite|katuosoite)$/i;
// ASCII only (the prefilter's keywords are ASCII): `förnamn` by `rnamn`, `Straße` beside `Vorname` or `PLZ`.
const CSV_HEADER_WORDS = ['vorname', 'nachname', 'familienname', 'nom;', 'nom,', ';nom', ',nom', 'apellido', 'nombre;', 'nombre,', 'sobrenome', 'nome;', 'nome,', 'cognome', 'voornaam', 'achternaam', 'nazwisko', 'rnamn', 'efternamn', 'fornavn', 'etternavn', 'efternavn', 'etunimi', 'sukunimi', 'strasse', 'anschrift', 'direcci', 'endere', 'logradouro', 'indirizzo', 'straat', 'ulica', 'gatuadress', 'adresse;', 'adresse,']

export const GLOBAL_R73_RECORD_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'personal-csv-column-european-header',
    name: "Name or street in a CSV cell under a European-language header (`Vorname;Nachname;Straße` over `Pieter-Jan;Verhoeven;Keizersgracht 460 bus 3`)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.75,
    keywords: CSV_HEADER_WORDS,
    // The rows below the header: a window of 3000 characters from the header's line.
    span: 3000,
    pattern: /(?<=^|[\n,;\t|])(?<v>[^\n,;\t|"]{2,80})(?=[,;\t|]|\r?\n|$)/,
    mask: 'full',
    validate: (v, ctx) => {
      if (!/[A-Za-z\u00C0-\uFFFF]{2}/.test(v)) return false;
      const column = (columnNameAt(ctx.text, ctx.start) ?? '').trim();
      if (NAME_COLUMN.test(column)) return anyScriptName(v, 1) && !/^[a-z]/.test(v);
      // A street: letters and a house number, no date or amount.
      return STREET_COLUMN.test(column) && /\d/.test(v) && /\p{L}{3}/u.test(v) && !/^\d{1,4}[./-]\d{1,2}[./-]\d{2,4}$/.test(v.trim());
    },
    remediation: 'Log the import row number, not the row',
  }),
  defineDetector({
    id: 'card-under-csv-card-column',
    name: "Card number in a CSV cell under a card column's header (`pan,amount,currency` over `2201293550214617,73.20,TRY`)",
    category: 'financial',
    severity: 'critical',
    priority: 70,
    confidence: 0.9,
    keywords: ['pan,', ',pan', 'pan;', ';pan', 'pan\t', 'card_number', 'cardnumber', 'card number,', 'cc_number', 'primary_account_number'],
    // The rows below the header: a window of 3000 characters from the header's line.
    span: 3000,
    pattern: /(?<=^|[\n,;\t|])(?<v>\d{13,19})(?=[,;\t|]|\r?\n|$)/,
    mask: 'tail',
    validate: (v, ctx) => luhnValid(v) && cardBrand(v) !== null && !/^(\d)\1+$/.test(v) && CARD_COLUMN.test(columnNameAt(ctx.text, ctx.start) ?? ''),
    remediation: 'Keep card numbers out of batch files that reach logs; use the PSP token per row',
  }),
  defineDetector({
    id: 'email-quoted-local-part',
    name: 'E-mail address with a quoted local part (`"yosef bendavid"@proton.me`)',
    category: 'personal',
    severity: 'medium',
    priority: 50,
    confidence: 0.85,
    keywords: ['"@'],
    // The quotes open after a space, `<`, `'`, `(`, `:` or `=` (not after another quote: JSON's `"":null}],"@odata…`).
    pattern: /(?<=^|[\s<'(:=,;])(?<v>"[^"\\\n\r@{}[\]:,;<>]{1,64}"@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,5}\.[A-Za-z]{2,24})(?![\w.-])/,
    mask: 'full',
    // A letter inside the quotes; not a reserved or documentation domain.
    validate: (v) => /[A-Za-z\u00C0-\uFFFF]/.test(v.slice(1, v.indexOf('"', 1))) && !/@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:example|test|invalid|localhost))$/i.test(v),
    remediation: "Log the contact's id, not the address the person gave",
  }),
  defineDetector({
    id: 'phone-with-extension',
    name: 'Phone number with its extension (`+353861722396 ext. 607`, `07723 842651 poste 4729`, `… Durchwahl 207`)',
    category: 'personal',
    severity: 'medium',
    priority: 47,
    confidence: 0.75,
    keywords: ['ext.', ' ext ', 'extn', 'extension ', 'poste ', 'durchwahl', ' dw ', 'ramal', 'interno', 'int. ', 'anexo', 'доб', ...'123456789'.split('').map((d) => ` x${d}`)],
    // The number's last digit, its extension word and the extension's first digit, at most 35 characters in (`+` and
    // 3 digits, a separator, `(`, 5 digits, `)`, four groups of a separator and 5 digits): the pattern tried from every
    // character of an access log's `(X11; Linux x86_64)` line cost ~2.5 µs a line.
    precheck: { re: new RegExp(String.raw`\d\s{1,2}${EXT}\d`), reach: 40 },
    pattern: new RegExp(String.raw`(?<![\w+.-])(?<v>(?:\+\d{1,3}[ .-]?)?\(?\d{1,5}\)?(?:[ .-]?\d{2,5}){1,4}\s{1,2}${EXT}\d{1,6})(?![\w-])`),
    mask: 'full',
    validate: (v) => {
      const number = v.replace(new RegExp(String.raw`\s{1,2}${EXT}\d{1,6}$`), '');
      const d = number.replace(/\D/g, '');
      // A phone's digits: 8–15 of them, international, with a trunk 0 or grouped; not a fictional number or a run of one digit.
      return d.length >= 8 && d.length <= 15 && (/^[+0(]/.test(number) || /\d[ .-]\d/.test(number)) && !isFictionalPhone(d) && !/^(\d)\1+$/.test(d);
    },
    remediation: "Log the contact's id, not the person's phone number",
  }),
];
