import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';
import { personLike } from './paired-names';

/**
 * Round r44 (blind set 44: insurance, real estate, property management and legal): people's names
 * under the labels that name a party to a claim, a lease, a loan or a case (`Claimant:`, `Injured
 * party:`, `Owner of record:`, `Borrower:`, `Decedent:`, `Signer:`; `Tenant`/`Resident`/`Buyer`
 * beside a phone or e-mail), as prose labels, keys or form fields (`signers[0][name]=`,
 * `borrower_name=First+Last`), with a middle initial (`Marisol J. Gallagher`); and a letter's
 * `Dear First M. Last,` greeting.
 */

/** A title-case name word (`O'Donnell`, `Castellano-Ruiz`, `McAllister`). */
const WORD = String.raw`(?:[A-Z]['’]|Ma?c(?=[A-Z])|D[aeiu](?=[A-Z])|L[ae](?=[A-Z]))?[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9][a-zß-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20}(?:['’-][A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]?[a-zß-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20})?`;
/** A space as logs and forms write it. */
const SP = String.raw`(?: |\+|%20)`;
/** Family-name particles. */
const PARTICLE = String.raw`(?:van|von|der|den|de|del|la|le|da|dos|di|du)`;
/** A full name: a given name, an optional middle initial, one or two more name words (particles between). */
const NAME = String.raw`${WORD}(?:${SP}[A-Z]\.)?(?:${SP}${PARTICLE}){0,2}${SP}${WORD}(?:${SP}${WORD})?`;
/** What ends a labelled name: a quote, punctuation, a dash or bracket after a space, two spaces, a line end. */
const END = String.raw`(?=\\{0,3}["'&,;:)\]<!]|\s{1,3}[-–—(/|]|\s{2}|\s?\r?\n|$)`;
/** Between a label and its value: `: `, `=`, `": "`, `\": \"`. */
const BETWEEN = String.raw`(?:\\{0,3}["']?\s{0,2}[:=]\s{0,3}\\{0,3}["']?)`;

/** Labels naming a party outright. */
const PARTY = String.raw`(?:co[ _-]?)?claimant|(?:named[ _-]?)?insured|injured[ _-]?party|owner[ _-]?of[ _-]?record|record[ _-]?owner|(?:co[ _-]?)?borrower|decedent|plaintiff|defendant|deponent|guarantor|grantor|grantee|lessee|signer|legal[ _-]?name`;
/** Labels naming a party only beside the party's phone, e-mail or national id (a `tenant` is also a SaaS account). */
const WEAK_PARTY = String.raw`tenant|resident|buyer|seller|occupant|landlord`;
/** A phone number, an e-mail address or an SSN of the same record. */
const CONTACT = /[\w.+-]+@[\w-]+\.[a-z]{2,}|\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\+\d[\d ]{9,14}\d|\b\d{3}-\d{2}-\d{4}\b/i;
/** Words that make a labelled value a thing, not a person. */
const NOT_NAME = /\b(?:Unknown|Redacted|Anonymous|Placeholder|Example|Sample|Jane|John|Doe|Test|Portal|Pending|Account|Workspace|Default|Estate|Trust|Properties|Realty|Homes|Mutual)\b/;

/** `re` (a regex source of lowercase label words) matching any letter case. */
const anyCase = (re: string): string => re.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

const nameOk = (v: string): boolean => {
  const d = v.replace(/\+|%20/g, ' ');
  return personLike(d) && !NOT_NAME.test(d);
};

export const NAMES_R44_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-under-party-label',
    name: "Person's name under a label naming a party to a claim, loan, lease or case (`Claimant:`, `Injured party:`, `Owner of record:`, `Borrower:`, `Signer:`)",
    category: 'personal',
    severity: 'medium',
    priority: 41,
    confidence: 0.7,
    span: 80,
    keywords: ['claimant', 'insured', 'injured', 'owner of record', 'record owner', 'borrower', 'decedent', 'plaintiff', 'defendant', 'deponent', 'guarantor', 'grantor', 'grantee', 'lessee', 'signer', 'legal'],
    // `Claimant: Yesenia Esposito   SSN: …`, `Injured party: Wilhelmina I. Oyelaran    MBI: …`, `Owner of record: Priyanka Quintero, 3342 …`,
    // `borrower_name=Xiomara+Haverford&…`, `-F 'signers[0][name]=Margarethe Haverford'`, `"signer": {"name": "Dwayne I. Haverford"`.
    pattern: new RegExp(
      String.raw`(?<![A-Za-z])(?:${anyCase(PARTY)})(?:[ _-]?${anyCase('(?:full[ _-]?)?name')})?(?:s?\[\d{1,3}\])?(?:\[name\]|\.name|\\{0,3}["']\s{0,2}:\s{0,2}\{\s{0,12}\\{0,3}["']name)?${BETWEEN}(?<v>${NAME})${END}`,
    ),
    mask: 'full',
    validate: (v) => /^[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9'’]/.test(v) && nameOk(v),
    remediation: "Log claims, loans, leases and matters by their number, without the parties' names",
  }),
  defineDetector({
    id: 'person-name-under-occupant-label',
    name: "Person's name under a tenant, resident, buyer or seller label, beside the person's phone, e-mail or SSN",
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.65,
    keywords: ['tenant', 'resident', 'buyer', 'seller', 'occupant', 'owner ', 'landlord '],
    // `Resident: Rashida Mbeki — 303-477-8522`, `Buyer: Xiomara McAllister ((208) 291-0998)`, `{"Unit":"312","Tenant":"Wilhelmina M. Ferreira","PhoneNumbers":…}`.
    // `Owner Priyanka Castellanos +14804329635 must approve` (no separator: the phone must follow the name).
    pattern: new RegExp(
      String.raw`(?<![A-Za-z])(?:${anyCase(WEAK_PARTY)})(?:[ _-]?${anyCase('name')})?${BETWEEN}(?<v>${NAME})${END}|\b(?:Owner|Tenant|Resident|Buyer|Seller|Occupant|Landlord) (?<w>${NAME})(?= (?:\+1 ?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b)`,
    ),
    mask: 'full',
    validate: (v, ctx) => /^[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9'’]/.test(v) && nameOk(v) && nearby(CONTACT, ctx.text, ctx.start, ctx.end, 160),
    remediation: "Log tenants, residents and buyers by their record id, without their names",
  }),
  defineDetector({
    id: 'person-name-in-welcome',
    name: "Person's full name in a welcome line (`Welcome home, Anneliese Przybylski!`)",
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.7,
    keywords: ['welcome'],
    pattern: new RegExp(String.raw`\bWelcome(?: (?:home|back|aboard|to the (?:building|community|neighborhood|team)))?, (?<v>${WORD}(?: [A-Z]\.)? ${WORD}(?: ${WORD})?)(?=[!,.]|\s*$)`),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Keep welcome e-mails and messages to residents and customers out of logs and tickets",
  }),
  defineDetector({
    id: 'person-name-dear-with-initial',
    name: "Person's full name with a middle initial in a letter's greeting (`Dear Rutger S. Wojciechowski,`)",
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.7,
    keywords: ['dear '],
    pattern: new RegExp(String.raw`\bDear (?<v>${WORD} [A-Z]\. ${WORD}(?: ${WORD})?)(?=[,:])`),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Keep letters to customers out of logs and tickets (or redact the greeting)",
  }),
];
