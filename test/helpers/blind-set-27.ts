/**
 * Sealed blind set 27: people operations and the service desk. Error logs and payloads from a
 * company's HR, recruiting, identity, e-signature, support and spend integrations as they reach
 * Datadog (Workday SOAP faults and EIB rejects, HRIS/ATS/screening API errors, SCIM and LDAP
 * provisioning, vCard/iCalendar/XFDF/FDF dumps, MIME mail, chat bots, payroll files).
 *
 * DECISIONS (what counts as a leak, as an auditor reading the Slack channel would expect):
 * - Credentials are leaks whole: passwords (SOAP WS-Security, LDAP bind, SMTP, database URLs, CalDAV),
 *   API keys and tokens in every provider shape, OAuth client secrets (Graph `…Q~…` values, UUID-shaped
 *   DocuSign/ADP/Concur secrets under secret keys included), refresh tokens, JWTs, webhook signing and
 *   HMAC keys, magic-link and session tokens/cookies (JSESSIONID, Slack `d=xoxd-…` percent-encoded as the
 *   cookie carries it), Slack incoming-webhook URLs (only the secret last path segment is planted; the
 *   T…/B… ids are identifiers), private keys (PEM, also JSON-escaped inside service-account and Box configs), Box
 *   passphrases, `Authorization: Basic` blobs (the base64 is the span: it decodes to key or user:password),
 *   LDAP `userPassword::` hashes (crackable), and the 1Password `scimsession` file.
 * - Identifiers are not secrets: Entra tenant/app/object ids, DocuSign integration keys (the OAuth client
 *   id) and envelope ids, OAuth client ids, Twilio SIDs, Okta/Slack/Google/Zoom object ids, Workday WIDs,
 *   SCIM resource ids, ticket and requisition numbers, trace ids, hashes, public keys and certificates,
 *   DKIM signatures, sealed (encrypted) secrets. Secret *references* (vault paths, secretKeyRef, env names),
 *   placeholders (`<API_KEY>`, `${…}`, `changeme`, `xxxx`), masked and redacted values are not leaks.
 * - Personal data of a person is a leak: national ids of the employee's country (with valid check digits),
 *   birth dates, home addresses, personal e-mails and mobile numbers, passports, visa receipt numbers,
 *   driver's licences, known-traveler numbers, background-check findings, medical and leave reasons, a
 *   salary tied to a named person. Names are planted where a field labels them as the person's legal or
 *   full name in an HR record (SOAP Legal_Name, CSV/TSV name column, form field, `Candidate:` line,
 *   applicant, leave invite, QP salutation); names elsewhere stay in the text unplanted, measured
 *   neither way (a free-text name alone is not something a pattern scanner can be held to).
 *   Work addresses (`first.last@acme.example`, logins) are not planted: routine in ops logs; they are not
 *   used in negatives either. Photos are not measured.
 * - Company-level data is not personal: the employer's EIN and address, shared mailboxes (hr@, people-ops@),
 *   the company's switchboard, job titles, departments, cost centres, salary bands, holiday calendars and
 *   dates that are not birth dates, published documentation examples (AWS EXAMPLE keys, the DE89… IBAN,
 *   QQ NINO, the 4242 sandbox card). Note: the employer EIN here is a negative (a public business id on
 *   every W-2), although blind set 13 asks for EINs under employer keys to be found; the lead may want
 *   to reconcile the two.
 * - Financial data is a leak: card numbers (Luhn-valid, corporate or personal), IBANs, and payroll bank
 *   accounts with the routing number, sort code, BSB, IFSC, Canadian transit or CLABE next to them (the pair
 *   is what lets money move). The employer's own debit IBAN in a payroll file counts too (an account
 *   number is sensitive whoever owns it); last-4 and BIN ranges do not.
 *
 * Each template draws from its own seeded stream (hash9 of its name mixed with the seed): the set is a
 * pure function of the seed.
 */
import { Rng9, hash9 } from './blind-set-9-rng';
import { Bag27, type Negative27, type NegTemplate27, type Positive27, type PosTemplate27 } from './blind-set-27-types';
import { DESK27 } from './blind-set-27-desk';
import { DOCS27 } from './blind-set-27-docs';
import { HRIS27 } from './blind-set-27-hris';
import { IDENTITY27 } from './blind-set-27-identity';
import { NEG_IDS27 } from './blind-set-27-neg-ids';
import { NEG_LOGS27 } from './blind-set-27-neg-logs';
import { RECRUIT27 } from './blind-set-27-recruit';
import { SPEND27 } from './blind-set-27-spend';

/** Every positive template of set 27. */
export const POSITIVES27: PosTemplate27[] = [...HRIS27, ...RECRUIT27, ...IDENTITY27, ...DOCS27, ...DESK27, ...SPEND27];
/** Every negative template of set 27. */
export const NEGATIVES27: NegTemplate27[] = [...NEG_IDS27, ...NEG_LOGS27];

/** Cases drawn per positive and per negative template. */
export const PER_POSITIVE27 = 5;
export const PER_NEGATIVE27 = 4;

const stream = (seed: number, name: string): Rng9 => new Rng9((hash9(`blind-27:${name}`) ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0);

/** Builds set 27 for `seed`: each template's cases from its own stream. */
export function buildBlindSet27(seed: number): { positives: Positive27[]; negatives: Negative27[] } {
  const positives: Positive27[] = [];
  for (const t of POSITIVES27) {
    const r = stream(seed, t.name);
    for (let i = 0; i < PER_POSITIVE27; i++) {
      const b = new Bag27();
      const text = t.make(r, b);
      positives.push({ id: `${t.source}/${t.name}/${i}`, text, values: b.values });
    }
  }
  const negatives: Negative27[] = [];
  for (const t of NEGATIVES27) {
    const r = stream(seed, t.name);
    for (let i = 0; i < PER_NEGATIVE27; i++) negatives.push({ id: `${t.source}/${t.name}/${i}`, text: t.make(r) });
  }
  return { positives, negatives };
}
