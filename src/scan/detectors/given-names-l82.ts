import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isGivenName } from '../given-names';
import { NAME_T31, personNameT31 } from './voip-t31';

/**
 * Lead round l82 (outside probes: realistic log prose): a person's name written in prose with no label, told from
 * system words by its first word, which must be a common given name (given-names.ts):
 * - after a word that names a person (`retry scheduled for user Kenji Okafor`, `refund issued to cardholder ANNA
 *   KOWALSKA`, `KYC failed for applicant Siobhan O'Kelly`, `customer José Álvarez failed KYC`);
 * - after a greeting or an attention line (`Hi Priya Raman,`, `Attn: Tomasz Nowak`);
 * - right before the person's own contact in parentheses or brackets (`Kenji Okafor (+39 399 283 1781)`,
 *   `Ingrid Fischer <ingrid.f@gmx.de>`);
 * - quoted after the word name, contact or owner (`Name 'Sean Murphy' already taken`, an API's validation error).
 * Left alone on purpose: a name whose first word is no listed given name (`user Admin Console`, `customer Success
 * Team`), a second word that names a place, a company or a system (`for user Jordan Station`, `Morgan Stanley`), and a
 * name with nothing of the above around it.
 */

/** Words that name a person in prose (any case of the first letter; `card holder` and `account holder` as two words too). */
const PERSON_NOUN = String.raw`(?:[Uu]ser|USER|[Cc]ustomer|CUSTOMER|[Mm]ember|[Aa]pplicant|[Cc]ard ?[Hh]older|CARDHOLDER|[Aa]ccount ?[Hh]older|[Pp]atient|[Ee]mployee|[Rr]ecipient|[Pp]ayee|[Pp]ayer|[Bb]eneficiary|[Ss]ender|[Gg]uest|[Pp]assenger|[Cc]lient|[Ss]ubscriber|[Tt]enant|[Dd]river|[Bb]uyer|[Ss]eller|[Ss]tudent|[Cc]andidate|[Bb]orrower|[Cc]laimant|[Pp]olicy ?[Hh]older|[Tt]ravell?er|[Rr]ider|[Ss]hopper|[Dd]onor|[Rr]esident|[Vv]isitor|[Ss]igner|[Ss]ignatory|[Rr]equester|[Aa]ssignee|[Rr]eporter|[Aa]pprover|[Rr]eviewer|[Ii]nsured|[Ee]ndorser|[Gg]uarantor|[Dd]ebtor|[Cc]reditor|[Ll]andlord|[Ll]essee|[Cc]onsignee|[Ss]hipper|[Cc]ourier|[Dd]asher|[Cc]ontractor|[Ff]reelancer)`;

/** Lowercase literals the prefilter wakes the role detector on: each person noun before a space, `:`, `=` or a quote. */
const NOUN_KEYWORDS = [
  'user', 'customer', 'member', 'applicant', 'cardholder', 'card holder', 'accountholder', 'account holder', 'patient', 'employee', 'recipient', 'payee', 'payer',
  'beneficiary', 'sender', 'guest', 'passenger', 'client', 'subscriber', 'tenant', 'driver', 'buyer', 'seller', 'student', 'candidate', 'borrower', 'claimant',
  'policyholder', 'policy holder', 'traveler', 'traveller', 'rider', 'shopper', 'donor', 'resident', 'visitor', 'signer', 'signatory', 'requester', 'assignee',
  'reporter', 'approver', 'reviewer', 'insured', 'endorser', 'guarantor', 'debtor', 'creditor', 'landlord', 'lessee', 'consignee', 'shipper', 'courier', 'dasher', 'contractor', 'freelancer',
].flatMap((w) => [`${w} `, `${w}:`, `${w}=`, `${w} "`]);

/** What may stand between the person noun and the name: a space, `: `, `=`, `named`, a quote. */
const BETWEEN = String.raw`(?:[ \t]{1,2}(?:named[ \t])?|[ \t]?[:=][ \t]?)["'“]?`;

/** Second and later words that make the phrase a place, a company, a product or a system word, not a person. */
const NOT_FAMILY = new RegExp(
  String.raw`^(?:Stanley|Schwab|Chase|Fargo|Sachs|Lynch|Motors?|Airlines?|Airways|Hotels?|Resorts?|Tech|Labs?|Studios?|Media|Health|Care|Capital|Holdings|Software|Cloud|Data|Analytics|Security|Payments?|Pay|Card|Wallet|Market|Mall|Plaza|Tower|Building|Airport|Station|Terminal|Beach|Lake|River|Valley|Island|Bay|Harbou?r|Park|Square|Court|Place|Hall|House|Way|Drive|Boulevard|Road|Street|Avenue|College|University|Academy|Institute|Foundation|Church|Day|Week|Month|Year|Period|Alert|Mode|Console|Portal|Dashboard|Api|App|Application|Server|Client|Queue|Retry|Error|Failed|Failure|Not|Found|Login|Logout|Session|Profile|Settings|Id|Name|Email|Phone|Address|Record|Records|Object|Request|Response|Event|Events|Job|Task|Worker|Agent|Role|Roles|Access|Token|Key|Secret|Policy|Rule|Rules|Update|Updated|Created|Deleted|Import|Export|Sync|Webhook|Status|State|County|City|Province|Region|District|Sandbox|Production|Staging|Edition|Version|Release|Build|Deploy|Cluster|Node|Pod|Service|Services|Team|Group|Support|Center|Centre|Bank|Ltd|Inc|Llc|Corp|Co|Company|Partners|Solutions|Systems?|Enterprises?|Industries|International|Global|Services|Store|Shop|Cafe|Restaurant|Pharmacy|Clinic|Hospital|School|Library|Museum|Theatre|Theater|Cinema|Gallery|Stadium|Arena|Grill|Kitchen|Bakery|Boutique|Salon|Spa|Fitness|Gym|Insurance|Mutual|Trust|Fund|Funds|Ventures|Consulting|Logistics|Express|Freight|Energy|Power|Electric|Water|Gas|Oil|Mining|Foods?|Farms?|Pharma|Bio|Biotech|Digital|Networks?|Communications|Telecom|Wireless|Mobile|Online|Web|Net|Games|Gaming|Sports|Records|Music|Films?|Pictures|Publishing|Press|News|Times|Post|Journal|Review|Magazine|Radio|Tv|Channel)$`,
);

/** True when `v` reads as a person's name: a listed given name first, then family words that name no place or company. */
export function givenFamilyOk(v: string): boolean {
  const words = v.split(/[ ]+/);
  if (words.length < 2 || !isGivenName(words[0]!)) return false;
  const rest = words.slice(1).filter((w) => !/^(?:van|von|der|den|de|del|la|le|da|dos|di|Ó)$/.test(w));
  const title = (w: string): string => (w === w.toUpperCase() ? w[0]! + w.slice(1).toLowerCase() : w);
  return rest.length > 0 && rest.every((w) => !NOT_FAMILY.test(title(w))) && personNameT31(v);
}

/** The end of a name in prose: the line's end, punctuation, a quote, a bracket or a space before a non-capital. */
const NAME_END = String.raw`(?=$|[\r\n]|[,.;:!?)\]}"'”<>(]|[ \t]+(?![A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]))`;

/** A contact of the person's own right after the name: a phone or a mailbox in parentheses or angle brackets, or `, +<phone>`. */
const OWN_CONTACT = String.raw`(?=[ \t]?(?:[(<\[][ \t]?(?:\+?\d[\d ().-]{6,18}\d|mailto:)?[\w.+-]{0,64}(?:@[\w-]{1,63}\.[\w.-]{2,63}|\d)|,[ \t]?\+\d))`;

/** A documentation or robot mailbox right after the name (`Dana Kim <dana@example.com>`, `<noreply@…>`): a sample or a bot, no person's contact. */
const EXAMPLE_OR_ROBOT_MAILBOX = /^[ \t]?[(<[][ \t]?(?:mailto:)?(?:[\w.+-]{0,64}@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|example|test|invalid|localhost)\b|(?:no-?reply|do-?not-?reply|bot|noreply\+[\w.-]+)@)/i;

export const GIVEN_NAMES_L82_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-after-person-noun',
    name: "Person's name (a common given name first) after a word naming a person in prose (`for user Kenji Okafor`, `cardholder ANNA KOWALSKA`)",
    category: 'personal',
    severity: 'medium',
    priority: 30, // under every labelled name detector, which names the same spans more specifically
    confidence: 0.6,
    keywords: NOUN_KEYWORDS,
    pattern: new RegExp(String.raw`(?<![\w-])${PERSON_NOUN}${BETWEEN}(?<v>${NAME_T31})${NAME_END}`),
    mask: 'full',
    validate: givenFamilyOk,
    remediation: "Refer to users and customers by id in log messages, not by name",
  }),
  defineDetector({
    id: 'person-name-after-greeting',
    name: "Person's name (a common given name first) after a greeting or an attention line (`Hi Priya Raman,`, `Attn: Tomasz Nowak`)",
    category: 'personal',
    severity: 'medium',
    priority: 30,
    confidence: 0.6,
    keywords: ['dear ', 'hi ', 'hello ', 'hey ', 'attn', 'attention:', 'greetings '],
    pattern: new RegExp(String.raw`(?<![\w-])(?:[Dd]ear|[Hh]i|[Hh]ello|[Hh]ey|[Gg]reetings|ATTN:?|[Aa]ttn:?|[Aa]ttention:)[ \t]{1,2}(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?[ \t])?(?<v>${NAME_T31})${NAME_END}`),
    mask: 'full',
    validate: givenFamilyOk,
    remediation: "Log a message's template id and recipient id, not the rendered greeting",
  }),
  defineDetector({
    id: 'person-name-before-own-contact',
    name: "Person's name (a common given name first) right before their phone or e-mail in brackets (`Kenji Okafor (+39 399 …)`, `Ingrid Fischer <ingrid@…>`)",
    category: 'personal',
    severity: 'medium',
    priority: 30,
    confidence: 0.6,
    keywords: ['(+', '<', '@', ', +'],
    precheck: { re: /[(<[][ \t]?(?:\+|\d|mailto:|[\w.+-]{1,64}@)|,[ \t]?\+\d/, reach: 110 },
    pattern: new RegExp(String.raw`(?<![\w'’-])(?<v>${NAME_T31})${OWN_CONTACT}`),
    mask: 'full',
    validate: (v, ctx) => givenFamilyOk(v) && !EXAMPLE_OR_ROBOT_MAILBOX.test(ctx.text.slice(ctx.end, ctx.end + 120)),
    remediation: "Log people by id, without their name and contact details",
  }),
  defineDetector({
    id: 'person-name-quoted-after-name-word',
    name: "Person's name (a common given name first) quoted after the word `name`, `contact` or `owner` in prose (`Name 'Sean Murphy' already taken`)",
    category: 'personal',
    severity: 'medium',
    priority: 30,
    confidence: 0.6,
    keywords: ["name '", 'name "', "contact '", 'contact "', "owner '", 'owner "'],
    pattern: new RegExp(String.raw`(?<![\w-])(?:[Nn]ame|NAME|[Cc]ontact|CONTACT|[Oo]wner|OWNER)[ \t](?<q>["'])(?<v>${NAME_T31})\k<q>`),
    mask: 'full',
    validate: givenFamilyOk,
    remediation: "Quote the record's id in validation errors, not the person's name",
  }),
];
