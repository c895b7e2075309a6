import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isGivenName } from '../given-names';
import { personNameT31 } from './voip-t31';

/**
 * Lead round l88: a person's name written family name first, `Family, Given` (`worker: Nguyễn, Hoa`, `"name": "Kowalski,
 * Anna"`, `PATIENT: GARCIA, MARIA J`), as HR, payroll, health and bank systems print it, under a key that names a person
 * or a name. Title or upper case, Latin letters with their accents (Vietnamese included), a middle initial after the given
 * name. Under a key naming a person (`employee`, `patient`, `worker`…) the name's shape suffices; under any other name key
 * (`name`, `displayName`) the given name must be a common one (given-names.ts).
 * Left alone on purpose: places and companies (`Paris, France`, `Acme, Inc`, `Lake, Station`), lowercase values.
 */

/** Letters of a name word, upper and lower case (Latin-1, Latin Extended-A, Vietnamese). */
const L = String.raw`A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9`;
/** Initial letters of a name word. */
const U = String.raw`A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01af\u1ea0-\u1ef8`;
/** A name word: a capital, then 1-24 letters, parts joined by an apostrophe or a hyphen (`O'Brien`, `Ruiz-Picasso`). */
const WORD = String.raw`(?:[A-Z]['’])?[${U}][${L}]{1,24}(?:['’-][${U}]?[${L}]{1,24})?`;
/** Family-name particles (`van der`, `de la`, `dos`). */
const PARTICLE = String.raw`(?:[Vv]an|[Vv]on|[Dd]er|[Dd]en|[Dd]e|[Dd]el|[Dd]ella|[Ll]a|[Ll]e|[Dd]a|[Dd]os|[Dd]i|[Dd]u|[Tt]er|[Bb]in|[Aa]l|[Ee]l|VAN|VON|DE|DEL|LA|DA|DOS|DI)`;
/** `Family, Given [Middle] [M.]`: one to three family words, then one or two given words and an initial. */
const INVERTED = String.raw`(?:${PARTICLE} ){0,2}${WORD}(?: (?:${PARTICLE} ){0,2}${WORD}){0,2}, ?${WORD}(?: ${WORD})?(?: [A-Z]\.?)?`;

/** Keys naming a person outright: the name's shape is enough under them. */
const PERSON_KEY = String.raw`(?:worker|employee|patient|insured|subscriber|member|applicant|candidate|beneficiary|(?:card|account|policy)?[ _-]?holder|payee|payer|customer|guarantor|dependent|spouse|guardian|recipient|claimant|cardholder|borrower|tenant|student|traveller|traveler|passenger|guest|physician|doctor|nurse|caregiver|signer|driver)`;
/** Any key of a person or a name: `name`, `employeeName`, `worker_name`, `Full Name`, `display-name`. */
const KEY = String.raw`(?<k>(?:[A-Za-z]{0,24}[ _.-]?)?(?:[Nn]ame|NAME)|${PERSON_KEY}(?:[ _.-]?(?:[Nn]ame|NAME))?)`;
/** Between the key and its value: `: `, `=`, `": "`, `\": \"`. */
const BETWEEN = String.raw`\\{0,3}["']?[ \t]{0,2}(?:[:=]|=>)[ \t]{0,2}\\{0,3}["']?`;
/** What ends the value: a quote, a bracket, a separator, the line's end, two spaces. */
const END = String.raw`(?=\\{0,3}["'<&]|[ \t]*(?:[(\[|;)}\]]|\r?\n|$)|,|[ \t]{2}|\\[nrt])`;

/** Words that make the value a place, a company or a system, not a person. */
const NOT_PERSON_WORD =
  /^(?:Inc|Ltd|Llc|Gmbh|Corp|Co|Company|Group|Holdings|Partners|Bank|Clinic|Hospital|Health|Care|Medical|Center|Centre|University|College|School|Services?|Solutions|Systems?|Labs?|Team|Support|Billing|Admin|Administrator|Test|Demo|Example|Sample|Unknown|Redacted|Anonymous|User|Customer|Patient|Employee|Member|Name|France|Germany|Spain|Italy|Canada|Mexico|Brazil|India|China|Japan|Usa|Uk|Texas|California|Paris|London|Berlin|Madrid|Rome|Street|Road|Avenue|Lane|Drive|Suite|Floor|North|South|East|West|Jane|John|Doe)$/;

/** Title case of an upper-case word (`GARCIA` → `Garcia`). */
const title = (w: string): string => (w === w.toUpperCase() ? w[0]! + w.slice(1).toLowerCase() : w);

/** The value as `Given … Family` when it reads as a person's inverted name (null otherwise); `strict`: a listed given name first. */
export function invertedPersonName(v: string, strict: boolean): string | null {
  const comma = v.indexOf(',');
  const family = v.slice(0, comma).trim();
  const given = v.slice(comma + 1).trim();
  const words = `${family} ${given}`.split(/ +/).map((w) => title(w.replace(/\.$/, '')));
  if (words.some((w) => NOT_PERSON_WORD.test(w))) return null;
  const firstGiven = given.split(/ +/)[0]!;
  if (strict && !isGivenName(firstGiven)) return null;
  const whole = `${given.replace(/ [A-Z]\.?$/, '')} ${family}`;
  return personNameT31(whole) ? whole : null;
}

/** True when `key` names a person (not only a name). */
const personKey = new RegExp(String.raw`^${PERSON_KEY}(?:[ _.-]?name)?$`, 'i');

export const INVERTED_NAMES_L88_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-inverted-under-key',
    name: "Person's name written family name first under a person or name key (`worker: Nguyễn, Hoa`, `\"name\": \"Kowalski, Anna\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.6,
    keywords: ['name', 'worker', 'employee', 'patient', 'insured', 'subscriber', 'member', 'applicant', 'candidate', 'beneficiary', 'holder', 'payee', 'payer', 'customer', 'guarantor', 'dependent', 'spouse', 'guardian', 'recipient', 'claimant', 'borrower', 'tenant', 'student', 'travel', 'passenger', 'guest', 'physician', 'doctor', 'nurse', 'caregiver', 'signer', 'driver'],
    // The comma between the family and the given name, a capital after it; the key opens at most ~130 characters before.
    precheck: { re: new RegExp(String.raw`[${L}], ?[${U}]`), reach: 140 },
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])${KEY}${BETWEEN}(?<v>${INVERTED})${END}`),
    mask: 'full',
    validate: (v, ctx) => invertedPersonName(v, !personKey.test(ctx.key ?? '')) !== null,
    remediation: "Refer to people by id in logs and payloads; their names belong in the system of record",
  }),
];
