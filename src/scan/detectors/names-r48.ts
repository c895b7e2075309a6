import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { findShapes, SHAPE } from '../find-shapes';
import { nearby } from '../nearby';
import { luhnValid } from '../validators';
import { NAME_T31 as NAME_T31_BASE, personNameT31 } from './voip-t31';

/**
 * Round r48 (blind set 48: hospitality and travel): people's names as booking systems write them —
 * a bare `"name":` beside its `"surname":` (Hotelbeds holders), the name printed on a card
 * (`<cc_name>`, `cardHolderName`-less `name_on_card`), renters and passengers under their keys
 * (`"renter":`, `pax_name`, `passenger_name`), a SCIM `name.formatted`, a UN/EDIFACT PAXLST `NAD`
 * segment (`NAD+FL+++SURNAME:GIVEN`) and a caller introducing themself in a chat (`hi, it's Ann Lee,`).
 */

/** One title- or upper-case name word (`Elif`, `SØRENSEN`, `Mei-Ling`, `O'Brien`). */
const WORD = String.raw`(?:[A-Z]['’]|Ma?c)?[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9](?:[a-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20}|[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20})(?:['’-][A-ZÀ-Þa-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20})?`;

/** Another identifier of the person within reach: an e-mail, a phone, a card, a birth date, a long digit group. */
const IDENTIFIER = /\d{6,}|\+\d{6,}|[\w.+-]+@[\w-]+\.[a-z]{2,}|\b(?:dob|birth|phone|mobile|email|passport|licen[cs]e|card|gps|rental|booking|reservation)\b/i;

/** A full name as NAME_T31 reads it, lowercase particles also after its second word (`Aisling Van der Berg`). */
const NAME_T31 = String.raw`${NAME_T31_BASE}(?:(?: (?:van|von|der|den|de|del|la|le|da|dos|di)){1,2} ${WORD})?`;

/** True when the line around `at` holds a card shape as the prefilter finds it (the detector then runs the same with or without the prefilter). */
function lineHasCard(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  const pos: number[] = [];
  const bits: number[] = [];
  findShapes(text.slice(from, to), pos, bits, undefined, true);
  return bits.some((b) => (b & SHAPE.card) !== 0);
}

/** Values that name nobody. */
const NOT_A_NAME = /^(?:null|none|n\/a|unknown|test|string|name|first|given|redacted|anonymous|user|admin|guest|customer|example|sample|demo|john|jane|doe)$/i;

export const NAMES_R48_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-given-name-before-surname',
    name: "Person's given name under a bare `name` key whose sibling is `surname`/`last_name`",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.65,
    keywords: ['surname', 'last_name', 'lastname', 'family_name', 'familyname'],
    // Hotelbeds `"holder":{"name":"Elif","surname":"Sørensen"}`: `name` is the given half when `surname` follows it.
    pattern: new RegExp(String.raw`["']name["']\s{0,3}:\s{0,3}["'](?<v>${WORD}(?:[ -]${WORD})?)["']\s{0,3},\s{0,3}["'](?:sur_?name|last_?name|lastName|surName|family_?name|familyName)["']\s{0,3}:\s{0,3}["']${WORD}`),
    mask: 'full',
    validate: (v) => !NOT_A_NAME.test(v),
    remediation: "Log booking holders by reservation id, without the person's name",
  }),
  defineDetector({
    id: 'person-name-on-card-key',
    name: "Cardholder's name under a card-name key (`<cc_name>`, `name_on_card`, `card_name`)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['cc_name', 'ccname', 'card_name', 'cardname', 'name_on_card', 'nameoncard', 'cc_holder', 'embossed_name', 'embossedname'],
    // Booking.com `<cc_name>DIEGO KACZMAREK</cc_name>`, `"name_on_card":"Ann Lee"`: the name embossed on a card.
    pattern: new RegExp(String.raw`(?<![\w])(?:cc_?name|card_?name|name_?on_?card|cc_?holder(?:_?name)?|embossed_?name)(?:>|["']?\s{0,3}[:=]\s{0,3}["'])(?<v>${NAME_T31})(?=<\/|["'])`, 'i'),
    mask: 'full',
    validate: (v) => personNameT31(v),
    remediation: "Do not log payment card details, the cardholder's name included",
  }),
  defineDetector({
    id: 'person-name-renter-passenger-key',
    name: "Person's full name under a renter, passenger or traveller key",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.65,
    keywords: ['renter', 'pax_name', 'paxname', 'passenger', 'traveller_name', 'traveler_name', 'travellername', 'travelername', 'lead_guest', 'leadguest'],
    // Telematics `"renter":"Marcus Papadopoulos"`, DCS `"pax_name":"Kwame Papadopoulos"`, `passengerName="…"`.
    pattern: new RegExp(String.raw`(?<![\w])(?:renter(?:_?name)?|pax_?name|passenger(?:_?name)?|travell?er_?name|lead_?guest(?:_?name)?)["']?\s{0,3}[:=]\s{0,3}["'](?<v>${NAME_T31})["']`, 'i'),
    mask: 'full',
    validate: (v, ctx) => personNameT31(v) && nearby(IDENTIFIER, ctx.text, ctx.start, ctx.end, 300),
    remediation: "Log rentals and passengers by booking reference, without the person's name",
  }),
  defineDetector({
    id: 'person-name-scim-formatted',
    name: "Person's full name in a SCIM `name.formatted`",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['"formatted"'],
    // SCIM 2.0 `"name":{"formatted":"Ingrid Okonkwo","familyName":…}` (user provisioning webhooks).
    pattern: new RegExp(String.raw`"name"\s{0,3}:\s{0,3}\{[^{}]{0,200}?"formatted"\s{0,3}:\s{0,3}"(?<v>${NAME_T31})"`),
    mask: 'full',
    validate: (v) => personNameT31(v),
    remediation: "Log provisioning events by user id, without the person's name",
  }),
  defineDetector({
    id: 'person-name-edifact-nad',
    name: "Person's name in a UN/EDIFACT PAXLST `NAD` segment (APIS)",
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.75,
    keywords: ['nad+'],
    // `NAD+FL+++GOLDSTEIN:VICTOR+…'`: party FL (passenger), DDT/DDU (crew), then surname:given(:middle).
    pattern: /(?<![A-Z])NAD\+(?:FL|FM|DDT|DDU|COT|ZZZ)\+{3}(?<v>[A-Z][A-Z' -]{1,34}:[A-Z][A-Z' -]{1,34}(?::[A-Z][A-Z' -]{0,34})?)(?=['+])/,
    mask: 'full',
    remediation: 'Keep APIS/PAXLST messages out of logs; log the flight and message reference only',
  }),
  defineDetector({
    id: 'person-name-member-case-note',
    name: "Member's full name before their bracketed member number (`Member Ann Lee (#100564899)`)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.65,
    keywords: ['member '],
    // A loyalty or fraud case note: `Member Hannah Thornbury (#100564899) reports …`.
    pattern: new RegExp(String.raw`\b[Mm]ember (?<v>${NAME_T31}) \((?:#|no\.? ?)(?:[A-Z]{2})?\d{6,12}\)`),
    mask: 'full',
    validate: (v) => personNameT31(v),
    remediation: "Log loyalty cases by member id, without the member's name",
  }),
  defineDetector({
    id: 'person-name-after-card-cell',
    name: "Cardholder's name (upper case) in the cell after a card number of a delimited record (a card-issuer feed)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    shape: 'card',
    // A corporate-card transaction feed `D|6011487259540840|AMELIA WHITFIELD|HILTON HOTELS|…`: the embossed name after the PAN.
    pattern: /(?<=(?:^|[|,;\t])\d{13,19}[|,;\t])(?<v>[A-ZÀ-Þ][A-ZÀ-Þ'’-]{1,20}(?: [A-ZÀ-Þ][A-ZÀ-Þ'’-]{1,20}){1,3})(?=[|,;\t])/,
    mask: 'full',
    validate: (v, ctx) => personNameT31(v) && luhnValid(/(\d{13,19})[|,;\t]$/.exec(ctx.text.slice(Math.max(0, ctx.start - 21), ctx.start))?.[1] ?? '') && lineHasCard(ctx.text, ctx.start),
    remediation: "Mask card feeds (the PAN and the cardholder's name) before logging them",
  }),
  defineDetector({
    id: 'person-name-chat-intro',
    name: "Person's full name as they introduce themself in a chat (`hi, it's Ann Lee,`)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.6,
    keywords: ["it's ", 'it’s ', 'it is ', "i'm ", 'i’m ', 'i am ', 'my name is '], // Round r51: `hi, I'm …`, `hello, my name is …`
    // `Traveller: hi, it's Tomasz Brennan, I'm stuck at AMS …` with a card or phone in the same message.
    pattern: new RegExp(String.raw`\b(?:[Hh]i|[Hh]ello|[Hh]ey),? (?:it's|it’s|it is|I'm|I’m|I am|my name is) (?<v>${NAME_T31})(?=[,.;!]|\s(?:here|from)\b)`),
    mask: 'full',
    validate: (v, ctx) => personNameT31(v) && nearby(IDENTIFIER, ctx.text, ctx.start, ctx.end, 300),
    remediation: "Redact customers' names from chat transcripts before logging them",
  }),
];
