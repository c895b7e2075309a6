import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { isPlaceholder } from '../placeholders';
import { TEST_CARD_NUMBERS } from './financial';
import { isLowEntropy, isPlainWord, luhnValid } from '../validators';
import { ciPersonOk, exampleMailboxLine, PERSON_R32 } from './names-r32';

/**
 * Round r72 (blind set 72: the mainstream API providers, from their own documentation). The classes:
 * - the password argument of a client's login call (`conn.login('user@acme.com', 'pass+securitytoken')`, jsforce,
 *   simple-salesforce, Selenium helpers, `client.authenticate("u", "p")`);
 * - a key map whose keys are the providers' bare names (`{"mistral": "<key>", "cohere": "<key>"}`, `datadog: <hex>`);
 * - Zendesk's `email/token:<api token>` pair, in logs and before Basic encoding;
 * - people's names under a compound key that holds `full_name` (`hs_full_name_or_email`, `billing_full_name`), and
 *   quoted after a CRM noun (`query for contact "Ana Ruiz"`, `lead 'Omar Haddad'`);
 * - a birthday written as month and day only (Mailchimp's `BIRTHDAY` merge field, `"birthday":"07/11"`);
 * - a form's question/answer pair whose question asks for the date of birth or the full name (Calendly, Typeform, Jotform);
 * - a card number under a bare `number` key of a billing or card object (Recurly `billing_info: {number: …}`);
 * - a client secret in prose as hex (`stored with client secret <30 hex>`, Plaid's length).
 * Left alone on purpose: names inside file names (`Ana_Ruiz_statement.pdf`) and in free sentences without a noun of
 * their role (`Refund issued to …`), a person's name inside an account's nickname (`"Ana Ruiz Checking"`), an AWS
 * access key id alone (still reported: it names the key and the account), business addresses (an address rule cannot
 * tell a headquarters from a home).
 */

/** A secret-looking value: not a word, not a placeholder, not low in entropy, two character classes at least. */
const secretish = (v: string): boolean =>
  v.length >= 6 && !isPlainWord(v) && !isPlaceholder(v) && !isLowEntropy(v) && [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length >= 2;

/** Bare provider names that key maps of credentials use; generic English words (`box`, `square`, `zoom`) are left out. */
const PROVIDERS = [
  'openai', 'anthropic', 'mistral', 'cohere', 'groq', 'replicate', 'huggingface', 'together', 'perplexity', 'deepseek', 'fireworks', 'elevenlabs',
  'deepgram', 'assemblyai', 'pinecone', 'stripe', 'twilio', 'sendgrid', 'mailgun', 'postmark', 'mailchimp', 'github', 'gitlab', 'slack', 'discord',
  'telegram', 'datadog', 'sentry', 'pagerduty', 'opsgenie', 'algolia', 'mapbox', 'zendesk', 'hubspot', 'salesforce', 'shopify', 'airtable',
  'asana', 'mixpanel', 'amplitude', 'intercom', 'klaviyo', 'braze', 'plaid', 'paypal', 'adyen', 'coinbase', 'dropbox', 'docusign', 'okta', 'auth0',
  'cloudflare', 'vercel', 'netlify', 'heroku', 'digitalocean', 'fastly', 'newrelic', 'honeycomb', 'contentful', 'supabase', 'resend', 'brevo',
];

/** Object ids and public keys that providers prefix (`cus_…`, `acct_…`, `pk_live_…`); secret prefixes (`sk_`, `rk_`) have rules of their own. */
const ID_PREFIX = /^(?![sr]k_)[a-z]{1,8}_/;

/** A key: mixed letters and digits, or a long lowercase hex key (Datadog's 32, a 40 or 64 hex secret). */
const keyLike = (v: string): boolean =>
  !ID_PREFIX.test(v) && !isPlaceholder(v) && !isLowEntropy(v) && ((/[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v)) || /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/.test(v));

/** Nouns of a person's place in a CRM or a booking before a quoted name (`contact "Ana Ruiz"`). */
const CRM_NOUN = String.raw`(?:contact|lead|member|subscriber|invitee|attendee|recipient|requester|guest|candidate|signer|prospect)`;

/** True when the name reads as a person's and its line gives no documentation mailbox. */
const personAt = (v: string, ctx: MatchContext): boolean => ciPersonOk(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end);

export const PROVIDERS_R72_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'login-call-password-argument',
    name: "Password argument of a client's login call (`conn.login('user', 'password')`, `client.authenticate(\"u\", \"p\")`)",
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['login(', 'log_in(', 'signin(', 'sign_in(', 'authenticate('],
    pattern:
      /(?<![\w])(?:[Ll]og_?[Ii]n|[Ss]ign_?[Ii]n|[Aa]uthenticate)\(\s{0,2}(?<q1>["'])[^"'\s]{1,100}\k<q1>\s{0,2},\s{0,2}(?<q>["'])(?<v>(?:(?!\k<q>)[^\n\\]){6,200})\k<q>\s{0,2}[,)]/,
    mask: 'full',
    validate: secretish,
    remediation: 'Rotate the password (and the Salesforce security token appended to it); pass credentials from a secret store, never as literals in code that logs its calls',
  }),
  defineDetector({
    id: 'provider-named-key-map-value',
    name: 'Key under a bare provider name in a map of credentials (`{"mistral": "<key>", "cohere": "<key>"}`)',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.7,
    keywords: PROVIDERS.flatMap((p) => [`"${p}"`, `'${p}'`]),
    pattern: new RegExp(String.raw`(?<q1>["'])(?:${PROVIDERS.join('|')})\k<q1>\s{0,2}(?::|=>|=)\s{0,2}(?<q>["'])(?<v>[A-Za-z0-9][A-Za-z0-9_-]{22,126}[A-Za-z0-9])\k<q>`, 'i'),
    mask: 'full',
    validate: keyLike,
    remediation: 'Rotate the keys in this map and load them from a secret store instead of logging the map',
  }),
  defineDetector({
    id: 'zendesk-email-token-pair',
    name: 'Zendesk API token in its `email/token:<token>` form',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.9,
    keywords: ['/token:'],
    pattern: /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,100}\/token:(?<v>[A-Za-z0-9]{40})(?![A-Za-z0-9])/,
    mask: 'full',
    validate: (v) => !isLowEntropy(v) && !isPlaceholder(v),
    remediation: 'Revoke the Zendesk API token (Admin Center > Apps and integrations > Zendesk API) and log requests without their credentials',
  }),
  defineDetector({
    id: 'person-name-under-compound-full-name-key',
    name: "Person's full name under a compound key that holds `full_name` (`hs_full_name_or_email`, `billing_full_name`)",
    category: 'personal',
    severity: 'medium',
    priority: 34,
    confidence: 0.65,
    keywords: ['full_name', 'fullname', 'full-name'],
    pattern: new RegExp(String.raw`(?<q1>["'])[A-Za-z0-9_.-]{0,30}(?:[Ff]ull[_-]?[Nn]ame|FULL[_-]?NAME)[A-Za-z0-9_.-]{0,30}\k<q1>\s{0,2}(?::|=>|=)\s{0,2}(?<q>["'])(?<v>${PERSON_R32})\k<q>`),
    mask: 'full',
    validate: personAt,
    remediation: 'Send and log CRM records by id, without the contact properties',
  }),
  defineDetector({
    id: 'person-name-quoted-after-crm-noun',
    name: "Person's full name quoted after a CRM or booking noun (`query for contact \"Ana Ruiz\"`, `invitee 'Omar Haddad'`)",
    category: 'personal',
    severity: 'medium',
    priority: 34,
    confidence: 0.6,
    keywords: ['contact "', "contact '", 'lead "', "lead '", 'member "', "member '", 'subscriber "', "subscriber '", 'invitee "', "invitee '", 'attendee "',
      "attendee '", 'recipient "', "recipient '", 'requester "', "requester '", 'guest "', "guest '", 'candidate "', "candidate '", 'signer "', "signer '",
      'prospect "', "prospect '"],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_.-])${CRM_NOUN} (?<q>["'])(?<v>${PERSON_R32})\k<q>`, 'i'),
    mask: 'full',
    validate: personAt,
    remediation: 'Name records by id in error messages, not by the person',
  }),
  ...PROVIDERS_R72_B(),
];

/** The round's second half: birthdays, form answers, billing card numbers and prose client secrets. */
function PROVIDERS_R72_B(): Detector[] {
  const month = String.raw`(?:0?[1-9]|1[0-2])`;
  const day = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
  return [
    defineDetector({
      id: 'birthday-month-day',
      name: 'Birthday as month and day only under a birthday key (Mailchimp `"BIRTHDAY":"07/11"`)',
      category: 'personal',
      severity: 'medium',
      priority: 40,
      confidence: 0.7,
      keywords: ['birthday', 'birth_day', 'date_of_birth', 'dob'],
      pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?:[Bb]irth_?[Dd]ay|BIRTH_?DAY|[Dd]ate_?[Oo]f_?[Bb]irth|DATE_OF_BIRTH|dob|DOB)\\{0,3}["']?\s{0,2}(?::|=>|=)\s{0,2}\\{0,3}(?<q>["'])(?<v>${month}[/-]${day})\\{0,3}\k<q>`),
      mask: 'full',
      remediation: 'Sync and log list members by id, without their merge fields',
    }),
    defineDetector({
      id: 'form-question-answer-personal',
      name: "A form's answer to a question that asks for the date of birth or the full name (`{\"question\":\"Date of birth\",\"answer\":\"1984-02-11\"}`)",
      category: 'personal',
      severity: 'medium',
      priority: 40,
      confidence: 0.7,
      keywords: ['"question"', "'question'"],
      pattern:
        /(?<q1>["'])question\k<q1>\s{0,2}(?::|=>|=)\s{0,2}(?<q2>["'])[^"'\n]{0,60}?(?:[Dd]ate of [Bb]irth|[Bb]irth ?[Dd]ate|[Bb]irthday|DOB|[Ff]ull [Nn]ame|[Yy]our [Nn]ame|[Nn]ame of the (?:patient|attendee|guest))[^"'\n]{0,40}?\k<q2>\s{0,2},\s{0,2}(?<q3>["'])answer\k<q3>\s{0,2}(?::|=>|=)\s{0,2}(?<q>["'])(?<v>[^"'\n]{3,60}?)\k<q>/,
      mask: 'full',
      validate: (v, ctx) => {
        const asked = ctx.text.slice(ctx.matchStart ?? ctx.start, ctx.start);
        if (/[Nn]ame/.test(asked) && !/[Bb]irth|DOB/.test(asked)) return ciPersonOk(v);
        return /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})$/.test(v);
      },
      remediation: 'Log booking and form webhooks by id, without their questions and answers',
    }),
    defineDetector({
      id: 'card-number-under-billing-number-key',
      name: 'Card number under a bare `number` key of a billing or card object (Recurly `billing_info: {number: …}`)',
      category: 'financial',
      severity: 'high',
      priority: 55,
      confidence: 0.85,
      keywords: ['billing_info', 'billinginfo', 'payment_method', 'paymentmethod', 'credit_card', 'creditcard', 'card:', 'card=', '"card"', "'card'"],
      pattern:
        /(?:billing_?info|billingInfo|payment_?method|paymentMethod|credit_?card|creditCard|card)\\{0,3}["']?\s{0,2}(?::|=>|=)\s{0,2}[{(]?[^{}()\n]{0,160}?(?<![A-Za-z0-9_])["']?number["']?\s{0,2}(?::|=>|=)\s{0,2}["']?(?<v>\d{13,19})(?!\d)/,
      mask: 'tail',
      validate: (v) => {
        if (!luhnValid(v) || /^(\d)\1+$/.test(v)) return false;
        return TEST_CARD_NUMBERS.has(v) ? { ok: true, test: true, severity: 'info', confidence: 0.8 } : true;
      },
      remediation: 'Never log billing objects with the raw card number; send cards to the processor tokenised (Recurly.js, Stripe Elements)',
    }),
    defineDetector({
      id: 'client-secret-hex-in-prose',
      name: 'Client secret in prose as hex (`stored with client secret <30 hex>`)',
      category: 'credential',
      severity: 'high',
      priority: 45,
      confidence: 0.75,
      keywords: ['client secret '],
      pattern: /(?<![A-Za-z0-9_-])[Cc]lient [Ss]ecret(?: (?:is|was|of|=|:))? (?<q>["'`]?)(?<v>[0-9a-f]{24,64})\k<q>(?![0-9A-Za-z])/,
      mask: 'full',
      validate: (v) => !isLowEntropy(v) && /[a-f]/.test(v) && /\d/.test(v),
      remediation: 'Rotate the client secret and keep it out of messages and logs',
    }),
  ];
}
