import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';
import { personLike } from './paired-names';

/**
 * Round c30 (blind set 30: marketing, CRM and customer-data platforms): people's names in lead
 * payloads and CRM text — the name/value pairs of lead forms (Meta Lead Ads `field_data`, TikTok,
 * LinkedIn, Typeform answers),
 * keys that end in a role (`authorized_signer`), an account holder named in prose, a signature under
 * a quoted reply, and a name the writer says they spoke to or keep notes for beside a card or SSN.
 */

/** An initial capital of a name word: ASCII, Latin-1 and Latin Extended-A. */
const UP = String.raw`[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]`;
/** The rest of a name word. */
const LOW = String.raw`[a-zß-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]`;
/** A name word in title case (`O'Neil`, `MacDonald`, `Joon-ho`, `Kowalczyk`). */
const WORD = String.raw`(?:[A-Z]['’]|Ma?c(?=[A-Z])|D[aeiu](?=[A-Z])|L[ae](?=[A-Z]))?${UP}${LOW}{1,20}(?:['’-]${UP}?${LOW}{1,20})?`;
/** Lowercase particles of family names. */
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|la|le|da|das|do|dos|di|du|ter|ten|bin|al|el)`;
/** A full name: two to four title-case words. */
const PERSON = String.raw`${WORD}(?: ${PARTICLE}){0,2} ${WORD}(?: ${WORD}){0,2}`;

/** Words of a greeting, a status or a product that a two-word capitalised line may be instead of a name. */
const NOT_NAME = /\b(?:Hello|Thanks|Thank|Regards|Best|Cheers|Sent|From|Customer|Support|Team|Billing|Sales|Service|Payment|Failed|Error|Warning|Original|Message|Forwarded|Reply|Subject|Date|Account|Card|Please|Note|Notes|Order|Invoice|Plan|Update|Updated|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Street|Road|Avenue|City|Apple|Google|Microsoft|Amazon|Meta|Stripe|Salesforce|Zendesk|Intercom|Hubspot|HubSpot)\b/;

const nameOk = (v: string): boolean => personLike(v) && !NOT_NAME.test(v);

/** Where the line holding `at` starts. */
const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;


/** Keys of a lead form's name field (`full_name`, `first_and_last_name`, `name`, `nome_completo`). */
const LEAD_NAME_KEY = String.raw`(?:full[_ ]?name|first_and_last_name|(?:contact|customer|lead|your|legal|applicant|attendee|registrant|donor|member)[_ ]?name|name|nombre(?:_completo)?|nome(?:_completo)?|nom(?:_complet)?|vollst(?:ä|ae)ndiger_name)`;

/** A contact of the same record: an e-mail address or a phone number, or a key naming one. */
const CONTACT = /[\w.+%-]+@[\w-]+\.[a-z]{2,}|\+\d[\d ()-]{7,16}\d|"(?:e-?mail|phone|mobile)/i;

/** Financial or national identifiers near a name in prose: a card, an IBAN, an SSN, an account. */
const MONEY_OR_ID = /\b\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{1,7}\b|\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}|\b\d{3}-?\d{2}-?\d{4}\b|(?<![a-z])(?:iban|card|ssn|account|acct|routing|sort[ _]?code|bsb)(?![a-z])/i;

/** Role suffixes of a key that names a person (`authorized_signer`, `primary_account_holder`, `co_applicant`). */
const ROLE_SUFFIX = String.raw`signer|signatory|account_?holder|card_?holder|holder|payer|debtor|guarantor|cosigner|co_?applicant|applicant|beneficiary|donor|registrant|attendee|representative|contact_?person`;

export const NAME_C30_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-in-form-field-pair',
    name: "Person's name in a lead form's name/value pair (Meta `field_data`, TikTok `field_value`, `{key, value}`)",
    category: 'personal',
    severity: 'medium',
    priority: 44.5,
    confidence: 0.7,
    keywords: ['"values"', '"value"', 'field_value', '"answer"', '"response"'],
    // `{"name":"full_name","values":["Lucía Muñoz"]}`, `{"field_name":"name","field_value":"Marcus Kowalczyk"}`, `{"key":"full_name","value":"Ann Lee"}`.
    pattern: new RegExp(
      String.raw`"(?:name|field_name|field|key|label|question|id)"\s{0,2}:\s{0,2}"(?<k>${LEAD_NAME_KEY})"\s{0,2},\s{0,4}` +
        String.raw`"(?:values?|field_value|answer|response)"\s{0,2}:\s{0,2}(?:\[\s{0,2})?"(?<v>${PERSON})"`,
    ),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Log lead form submissions by lead id, without the person's answers",
  }),
  defineDetector({
    id: 'person-name-under-role-suffix-key',
    name: "Person's name under a key ending in their role (`authorized_signer`, `primary_account_holder`) beside an account or contact",
    category: 'personal',
    severity: 'medium',
    priority: 43.5,
    confidence: 0.7,
    // The record's following lines (a form's fields, one a line): the window reaches 300 characters past the value.
    span: 500,
    keywords: ['signer', 'signatory', 'holder', 'payer', 'debtor', 'guarantor', 'applicant', 'beneficiary', 'donor', 'registrant', 'attendee', 'representative', 'contact_person', 'contactperson'],
    // `authorized_signer: Megan Castellano`, `"primary_account_holder":"Ann Lee"`, `co_applicant=Luis Ortega`.
    pattern: new RegExp(
      // The key's leading words are read behind its role word (a search from every letter of a line cost too much).
      String.raw`(?<=(?<![A-Za-z0-9])[A-Za-z]{2,20}[_-](?:[A-Za-z]{2,12}[_-])?)(?:${ROLE_SUFFIX})(?:_?name)?["']?\s{0,2}[:=]\s{0,2}["']?(?<v>${PERSON})(?=["']|\s{0,2}[,;|}\]\r\n]|$)`,
    ),
    mask: 'full',
    validate: (v, ctx) => {
      if (!nameOk(v)) return false;
      const around = ctx.text.slice(lineStart(ctx.text, ctx.start), ctx.start) + ' ' + ctx.text.slice(ctx.end, ctx.end + 300);
      return MONEY_OR_ID.test(around) || CONTACT.test(around);
    },
    remediation: "Log form submissions by id, without the signer's name",
  }),
  defineDetector({
    id: 'person-name-as-account-holder-in-prose',
    name: "Person's name given as an account's or card's holder in a message, beside the account",
    category: 'personal',
    severity: 'medium',
    priority: 43.25,
    confidence: 0.7,
    keywords: ['holder', 'inhaber', 'titular'],
    // `(account holder Torsten Schäfer)`, `card holder: Ann Lee`, `Kontoinhaber Jürgen Bergmann`, `titular da conta João Silva`.
    pattern: new RegExp(
      String.raw`(?:(?:[Aa]ccount|[Cc]ard|[Bb]ank)[ -]?[Hh]older(?:'s)?(?: [Nn]ame)?(?: is| was)?\s{0,2}[:=-]?\s{0,2}|[Kk]onto[Ii]nhaber(?:in)?:?\s{1,2}|[Tt]itular(?: da conta| de la cuenta)?:?\s{1,2})(?<v>${PERSON})\b`,
    ),
    mask: 'full',
    validate: (v, ctx) => nameOk(v) && nearby(MONEY_OR_ID, ctx.text, ctx.start, ctx.end, 300),
    remediation: "Log refund and payout requests by id, without the account holder's name",
  }),
  defineDetector({
    id: 'person-name-signing-quoted-reply',
    name: "Person's name signing a quoted reply or message that holds a card, IBAN or account",
    category: 'personal',
    severity: 'medium',
    priority: 40.5,
    confidence: 0.6,
    keywords: ['> '],
    lineStart: true,
    span: 120, // the window reaches back over the quoted lines above (spanBack)
    spanBack: 4,
    // `> Please use 2359 1403 3968 8811 instead.\n> Lachlan Campbell\n`: the signature line of a customer's quoted reply.
    pattern: new RegExp(String.raw`(?:^|(?<=\n))> (?:(?:Thanks|Regards|Best|Cheers|Thank you),?[ \t]{1,2})?(?<v>${PERSON})[ \t]*(?=\r?\n|$)`),
    mask: 'full',
    validate: (v, ctx) => {
      if (!nameOk(v)) return false;
      // Up to four lines before are the same quoted message (each starts with `>`), and they hold a financial or national identifier.
      let at = lineStart(ctx.text, ctx.start);
      const quoted: string[] = [];
      for (let n = 0; n < 4 && at > 0; n++) {
        const from = lineStart(ctx.text, at - 1);
        const line = ctx.text.slice(from, at - 1);
        if (!line.startsWith('>')) break;
        quoted.push(line);
        at = from;
      }
      return quoted.length > 0 && MONEY_OR_ID.test(quoted.join('\n'));
    },
    remediation: "Store inbound replies in the CRM only; log them by message id, without the sender's signature",
  }),
  defineDetector({
    id: 'person-name-spoken-to-in-note',
    name: "Person's name in a CRM note (`spoke to …`, `notes for … (<SSN>)`) beside a card, account or national id",
    category: 'personal',
    severity: 'medium',
    priority: 40.5,
    confidence: 0.6,
    keywords: ['spoke ', 'talked ', 'speaking ', 'notes for ', 'note for ', 'record for ', 'profile for ', 'file for '],
    // `Spoke to Brandon Delgado today, … card 4024 9336 7518 2469`, `HubSpot notes for Dustin Castellano (571857209)`.
    pattern: new RegExp(String.raw`(?:\b(?:[Ss]poke|[Tt]alked|[Ss]peaking) (?:to|with) |\b(?:notes?|record|profile|file) for (?:the (?:customer|contact|client) )?)(?<v>${PERSON})\b`),
    mask: 'full',
    validate: (v, ctx) => nameOk(v) && nearby(MONEY_OR_ID, ctx.text, ctx.start, ctx.end, 200),
    remediation: "Keep customers' card and id details out of CRM notes; log notes by id",
  }),
];
