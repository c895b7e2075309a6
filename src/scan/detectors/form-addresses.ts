import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { addressKey, streetValue } from './personal-records';
import { attributeKey } from '../id-kinds';
import { attributeNames, SAML_ATTRIBUTE } from '../saml-attributes';

/** A form value decoded: `+` is a space, `%XX` its byte (null when the escapes are broken). */
function formDecoded(v: string): string | null {
  try {
    return decodeURIComponent(v.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Street words that open a street's name (French, Spanish, Italian, Portuguese): `1655+Rue+des+Tanneurs`. */
const TYPE_FIRST = 'Rue|Avenue|Calle|Avenida|Via|Viale|Piazza|Plaza|Rua|Chemin|Boulevard|Paseo|Carrer|Corso';
/** Street words that close a street's name (English): `2566+Kingsbury+Road`. */
const TYPE_LAST = 'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Grove|Gardens|Hill|Row|Walk|Square|Circle|Parkway|Highway';

/** A house number then a street in form encoding (`+` for spaces), a flat or unit after it. */
const FORM_STREET = new RegExp(
  String.raw`(?<=[=+]|%20)(?<v>\d{1,5}[A-Za-z]?(?:\+|%20)(?:(?:${TYPE_FIRST})(?:(?:\+|%20)(?:[a-z]{1,3}|[A-Z][a-z]+)){1,4}|(?:[A-Z][a-z]+(?:\+|%20)){1,3}(?:${TYPE_LAST}))(?:(?:\+|%20|%2C\+?)(?:Apt|Unit|Suite|Flat|Apartment)(?:\+|%20)\d{1,5}[A-Z]?)?)(?=[&'"\s]|%0[AD]|$)`,
);

/** Keys of a search box: a street typed into one (`q=123+Main+St`) is a lookup, not a person's record. */
const SEARCH_KEY = /(?:^|[?&\s'"])(?:q|query|search|s|term|keywords?|find|lookup|address_query)=[^&\s]*$/i;

/** Street addresses in form-encoded bodies and query strings, and in SAML attribute statements. */
export const FORM_ADDRESS_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'street-address-form-encoded',
    name: 'Street address (form-encoded, under an address key)',
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.75,
    keywords: ['addr', 'street', 'line1', 'line_1', 'line2', 'line_2'],
    // `address=123+Main+St&city=Boston`, `shipping[address][line1]=742+Evergreen+Terrace&…`, `street=Hauptstra%C3%9Fe+12`.
    pattern: /(?<![^\s?&"'])(?<k>[A-Za-z_][\w.[\]%-]{0,60}?)=(?<v>[^&\s"'<>=]{0,80}?(?:\+|%20)[^&\s"'<>=]{1,120}?)(?=[&\s"'<]|$)/,
    mask: 'full',
    validate: (v, ctx) => {
      const key = (formDecoded(ctx.key ?? '') ?? '').replace(/\]/g, '');
      const kind = addressKey(key, ctx.text);
      const value = formDecoded(v);
      return kind !== null && value !== null && streetValue(value, kind);
    },
    remediation: 'Remove this street address from the logged request body (log a customer id instead)',
  }),
  defineDetector({
    id: 'street-address-form-text',
    name: 'Street address (form-encoded, in any field: a message text, a note)',
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.7,
    // Short prefixes of the street words after a `+` (`+st` is `+street` and `+st&`; the pattern checks the whole word).
    keywords: ['+st', '+rd', '+ro', '+la', '+ln', '+dr', '+av', '+wa', '+pl', '+te', '+cl', '+cr', '+gr', '+ga', '+hi', '+sq', '+ci', '+pa', '+hw', '+bo', '+bl', '+co', '+ct', '+rue', '+calle', '+via', '+rua', '+pi', '+ca'],
    // Mailgun `text=Ship+to+2566+Kingsbury+Road`, `note=Deliver+to+1655+Rue+des+Tanneurs+Apt+4`: the message carries the address.
    pattern: FORM_STREET,
    mask: 'full',
    validate: (_v, ctx) => !SEARCH_KEY.test(ctx.text.slice(Math.max(0, ctx.start - 200), ctx.start)),
    remediation: 'Remove this street address from the logged request body (log a customer id instead)',
  }),
  defineDetector({
    id: 'street-address-saml-attribute',
    name: 'Street address (SAML attribute named for it)',
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.8,
    keywords: ['attributevalue'],
    // `<saml:Attribute Name="streetaddress">` (Entra's `…/claims/streetaddress`, `homePostalAddress`, `urn:oid:2.5.4.9`)
    // then `<saml:AttributeValue>661 Sveavagen, Bristol BS8 1TH<`; pretty-printed, the value is on the next line.
    span: 400,
    spanBack: 1,
    pattern: SAML_ATTRIBUTE,
    mask: 'full',
    validate: (v, ctx) =>
      attributeNames(ctx.key).some((name) => {
        const kind = addressKey(attributeKey(name), '');
        // LDAP's postal syntax separates lines with `$` (`12 Main St$Springfield, IL 62704`).
        return kind !== null && streetValue(v.replace(/\s?\$\s?/g, ', '), kind);
      }),
    remediation: 'Stop logging SAML assertions (or log them with attribute values masked)',
  }),
];
