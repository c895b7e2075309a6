import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isGivenName } from '../given-names';
import { personLike } from './paired-names';

/**
 * Lead round l88 (blind set 86's left classes, in general form): a person's name as the value of a field object whose
 * descriptor names a person, the way vaults, CRMs, form builders and tag lists print their fields:
 * `{"id":"cardholder","type":"STRING","label":"cardholder name","value":"Ivan Kuznetsov"}` (1Password Connect),
 * `{"Key":"Owner","Value":"Jessica Brennan"}` (AWS tags), `{"label":"Account holder","value":"Begoña Martínez"}`,
 * and as a row of a key/value table (`vault kv get`, `kubectl describe`): `signer      Grzegorz Wiśniewski`.
 * Left alone on purpose: single words (a first name alone), values of descriptors that name no person (`"label":"plan"`),
 * team and service owners (`"Owner":"Platform Team"`, `owner  payments-svc`).
 */

/** `word` with each ASCII letter matched in either case (no inline flags on Node 20). */
const ci = (word: string): string => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** Descriptors that name a person (matched as the whole label, any case, `_`, `-` or space between words). */
const PERSON_FIELD = `(?:${[
  'full name', 'legal name', 'display name', 'name on card', 'cardholder name', 'card holder name', 'cardholder', 'card holder', 'account holder',
  'account holder name', 'account name', 'holder name', 'customer name', 'contact name', 'employee name', 'employee', 'patient name', 'patient',
  'member name', 'applicant name', 'applicant', 'beneficiary name', 'beneficiary', 'payee name', 'payee', 'signer', 'signatory', 'authorized signer',
  'guest name', 'passenger name', 'traveler name', 'traveller name', 'recipient name', 'recipient', 'subscriber name', 'insured name', 'policyholder',
  'policy holder', 'owner', 'owner name', 'primary contact', 'emergency contact', 'next of kin', 'spouse', 'guarantor', 'authorized user',
]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.split(' ').map(ci).join('[ _-]?'))
  .join('|')})`;

/** A name word in title or upper case, with Latin accents and Vietnamese letters. */
const WORD = String.raw`(?:[A-Z]['’])?[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01af\u1ea0-\u1ef8][a-zß-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9A-Z]{1,24}(?:['’-][A-ZÀ-Þa-zß-ÿ\u0100-\u017f]{1,24})?`;
/** Family-name particles. */
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|la|le|da|das|do|dos|di|du|ter|ten|bin|al|el|El|Al)`;
/** Two to four name words. */
const NAME = String.raw`${WORD}(?: ${PARTICLE}){0,2} ${WORD}(?: ${WORD}){0,2}`;

/** Other members of the same object between the descriptor and the value (`"type":"STRING"`, `"purpose":""`). */
const MEMBERS = String.raw`(?:\s{0,4},\s{0,4}\\{0,3}"[\w-]{1,30}\\{0,3}"\s{0,2}:\s{0,2}(?:\\{0,3}"[^"\\\n{}]{0,80}\\{0,3}"|[\w.-]{1,20})){0,4}`;

/** Words that make the value a team, a service or a thing, not a person. */
const NOT_PERSON = /\b(?:Team|Teams|Group|Squad|Platform|Infra|Infrastructure|Ops|DevOps|SRE|Engineering|Support|Billing|Finance|Payments|Security|Service|Services|Admin|Admins|Bot|Robot|System|Systems|Department|Dept|Office|Desk|Corp|Inc|Ltd|LLC|GmbH|Bank|Company|Unknown|Redacted|Test|Demo|Example|Sample|Jane|John|Doe)\b/;

/** True for a person's full name; under `owner` (also a team's or a service's) a listed given name first. */
function fieldNameOk(v: string, label: string): boolean {
  const title = v.replace(/[A-Za-zÀ-ÿ\u0100-\u017f\u01a0-\u01b0\u1ea0-\u1ef9]+/g, (w) => (w === w.toUpperCase() ? w[0]! + w.slice(1).toLowerCase() : w));
  if (NOT_PERSON.test(title) || !personLike(title)) return false;
  return !/^owner$/i.test(label) || isGivenName(v.split(' ')[0]!);
}

/** A key/value table's row label naming a person (`vault kv get`, `kubectl describe`, `aws … --output table`). */
const TABLE_KEY = String.raw`(?:signer|signatory|authori[sz]ed_signer|account_holder|card_?holder|holder_name|beneficiary(?:_name)?|payee(?:_name)?|full_name|legal_name|employee_name|contact_name|customer_name|owner_name|approver_name|requester_name|next_of_kin|emergency_contact(?:_name)?|spouse_name|guarantor(?:_name)?)`;

export const FIELD_OBJECTS_L88_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-field-object-value',
    name: "Person's name as the value of a field object whose label names a person (`{\"label\":\"cardholder name\",\"value\":\"Ivan Kuznetsov\"}`, `{\"Key\":\"Owner\",\"Value\":…}`)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['"value', '\\"value', '"answer"', 'field_value'],
    pattern: new RegExp(
      String.raw`\\{0,3}"(?:id|name|label|key|Key|Name|Label|property|field|field_?name|attribute|title|display_?name|question)\\{0,3}"\s{0,2}:\s{0,2}\\{0,3}"(?<k>${PERSON_FIELD})\\{0,3}"` +
        MEMBERS +
        String.raw`\s{0,4},\s{0,4}\\{0,3}"(?:values?|Values?|field_value|answer|response)\\{0,3}"\s{0,2}:\s{0,2}(?:\[\s{0,2})?\\{0,3}"(?<v>${NAME})\\{0,3}"`,
    ),
    mask: 'full',
    validate: (v, ctx) => fieldNameOk(v, ctx.key ?? ''),
    remediation: "Keep vault items, CRM fields and tags that name people out of logs, or log their ids only",
  }),
  defineDetector({
    id: 'person-name-key-value-table-row',
    name: "Person's name in a key/value table row under a key naming a person (`vault kv get`: `signer      Grzegorz Wiśniewski`)",
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.65,
    keywords: ['signer', 'signatory', 'holder', 'beneficiary', 'payee', 'full_name', 'legal_name', 'employee_name', 'contact_name', 'customer_name', 'owner_name', 'approver_name', 'requester_name', 'next_of_kin', 'emergency_contact', 'spouse_name', 'guarantor'],
    // The key at a line's start (also after a JSON-escaped newline), two or more spaces, the name to the line's end.
    pattern: new RegExp(String.raw`(?:^|(?<=\n|\\n))${TABLE_KEY}[ \t]{2,40}(?<v>${NAME})[ \t]*(?=\r?\n|\\[rn]|$|\\?")`, 'm'),
    mask: 'full',
    validate: (v) => fieldNameOk(v, ''),
    remediation: "Keep secrets engines' and resources' key/value dumps out of logs: they print every field",
  }),
];
