import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { validUnderKey } from '../id-kinds';

/** Keys of an id's value in identifier objects (ADP `idValue`, FHIR and SCIM `value`, `idNumber`, `documentNumber`). */
const VALUE_KEY = String.raw`idValue|id_value|value|number|idNumber|id_number|identifier|identifierValue|documentNumber|document_number`;

/** Sibling fields that name the id's type: ADP `nameCode.codeValue`, `type`, `idType`, ISO 20022 `schemeName`, `documentType`. */
const TYPE_FIELD = /["']?(?:codeValue|code|idType|id_type|type|typeCode|type_code|schemeName|scheme_name|scheme|kind|documentType|document_type|identifierType|identifier_type|shortName)["']?\s{0,2}(?::|=>|=)\s{0,2}["'](?<t>[A-Za-z][A-Za-z_ -]{1,30})["']/g;

/** Type names of contact and payment data, which their own detectors read (a `{"type":"mobile","value":…}` is a phone). */
const NOT_ID_TYPE = /phone|mobile|tel|fax|card|pan|iban|email|mail|url|account/i;

/** Short names of id kinds as type fields write them (quoted, any case). */
const TYPE_NAMES = ['sin', 'ssn'];

/** True when a sibling type field within 100 characters of `[start, end)` names an id kind whose layout and check `v` passes. */
function typedBeside(text: string, start: number, end: number, v: string): boolean {
  const from = Math.max(0, start - 100);
  const around = text.slice(from, Math.min(text.length, end + 100));
  for (const m of around.matchAll(TYPE_FIELD)) {
    const t = m.groups!['t']!.trim();
    if (NOT_ID_TYPE.test(t)) continue;
    if (validUnderKey(t.replace(/[ -]/g, '_'), v)) return true;
  }
  return false;
}

/** National and tax ids whose type is named in a sibling field rather than in their own key. */
export const TYPED_NATIONAL_ID_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'national-id-typed-sibling',
    name: 'National identity number (its type named in a sibling field)',
    category: 'personal',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: [
      ...['idvalue', 'codevalue'],
      // A type value in double quotes (`"type":"SIN"`): the id kinds' short names.
      ...TYPE_NAMES.map((n) => `"${n}"`),
    ],
    // ADP `"governmentIDs":[{"idValue":"336-329-842","nameCode":{"codeValue":"SIN"}}]`,
    // `{"idType":"SSN","idNumber":"…"}`, `{"type":"NIN","value":"…"}`, `{"schemeName":"NIDN","identifier":"…"}`.
    pattern: new RegExp(String.raw`["'](?<k>${VALUE_KEY})["']\s{0,2}(?::|=>|=)\s{0,2}["'](?<v>[A-Za-z0-9][A-Za-z0-9 .\/-]{4,22})["']`),
    mask: 'full',
    validate: (v, ctx) => typedBeside(ctx.text, ctx.start, ctx.end, v),
    remediation: 'Remove government ids from logged payloads; log the worker or customer id instead',
  }),
];
