import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { cpfValid, dniValid } from '../id-checksums';
import { ninoValid } from '../id-checksums-more';
import { isLowEntropy } from '../validators';
import { ciPersonOk } from './names-r32';

/**
 * Round r65 (blind set 65: commerce platforms and messaging providers as their webhooks and API errors reach an alert).
 * The classes:
 * - a key named in an error beside the word that it failed (`(api key rejected: …)`, `token invalid: …`);
 * - token rows of a CLI/console box (`| x-auth-token | … |`, `| Consumer Key | … |`, `| Access Token | … |`);
 * - eBay credentials by their own shapes: OAuth user tokens (`v^1.1#i^1#…#t^H4sI…`), Auth'n'Auth tokens
 *   (`AgAAAA**AQAAAA**…`) and Cert IDs (`PRD-<12 hex>-<4>-<4>-<4>-<4>`);
 * - Ably API keys (`appId.keyId:secret`) on a line that names Ably;
 * - a Postmark server token used as the SMTP username (`MAIL_USERNAME <uuid>` beside `smtp.postmarkapp.com`);
 * - Authorize.Net transaction keys in the AIM/SIM form field (`x_tran_key`);
 * - Apple app-specific passwords (`abcd-efgh-ijkl-mnop`) under an app/app-specific password key;
 * - a Brazilian CPF, Spanish DNI/NIE or UK NINO under Magento's `taxvat`/`vat_id`;
 * - a UK sort code and account written together after `acct`/`a/c` (`acct 12-34-56 / 12345678`), and the payee's name before them;
 * - bank fields of a bracketed form (`payment[bank][ac_number]=…`, `[sort_code]`, `[ac_name]`);
 * - a street address of a number and a one-word street (`7774 Kingsway`, `12 Prinsengracht, Apt 3`) under an
 *   address-line-1 key (`first_line`, `address_1`, `[billing_address_1] =>`);
 * - `name=First Last` before a ship-to, address or contact key;
 * - names written with Vietnamese letters (`Nguyễn`) in the slots other name rules cut short at such a letter:
 *   under a person-role key or table cell, in an ISO 20022 `<Nm>`, before a mailbox, in a CSV name column.
 * Left alone on purpose (the lead's review of the flagged negatives): a Shopify app-proxy `signature=` (per-request HMAC,
 * generic.ts), a Mailgun webhook `signature` object and a Pusher app key (generic.ts), Postmark's `POSTMARK_API_TEST`
 * (auth.ts), an IAM role ARN after `credentials=` (prose-passwords.ts). A Twilio API Key SID `SK…` stays reported:
 * other sets (18, 19) plant it as a credential under `TWILIO_API_KEY`/`api_key=`.
 */

/** An initial capital of a name word: ASCII, Latin-1, Latin Extended-A, Vietnamese `Ơ`/`Ư` and Latin Extended Additional. */
const UP = String.raw`[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01af\u1ea0-\u1ef9]`;
/** The rest of a name word. */
const LOW = String.raw`[a-zß-öø-ÿ\u0100-\u017f\u01a1\u01b0\u1ea0-\u1ef9]`;
const WORD = String.raw`(?:[A-Z]['’]|Ma?c(?=[A-Z])|D[aeiu](?=[A-Z])|L[ae](?=[A-Z]))?${UP}${LOW}{1,20}(?:['’-]${UP}?${LOW}{1,20})?`;
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|la|le|da|das|do|dos|di|du|ter|ten|bin|binti|al|Ó|Ní)`;
/** Two to four title-case words (particles between them), Vietnamese letters too. */
const NAME = String.raw`${WORD}(?: ${PARTICLE}){0,2} ${WORD}(?:(?: ${PARTICLE}){0,2} ${WORD}){0,2}`;
/** Letters only Vietnamese writes (not in Latin-1 or Latin Extended-A). */
const VIET = /[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
/** What may end a name: not another letter, name word or digit. */
const END = String.raw`(?![\w’'-]|[\u00c0-\u024f\u1ea0-\u1ef9])`;

/** Words of companies, teams, places and products a name-shaped value may be. */
const NOT_PERSON = /\b(?:Inc|LLC|Llc|GmbH|Ltd|Corp|Corporation|Co|Company|Group|Services|Solutions|Systems|Trading|Traders|Supplies|Supply|Partners|Holdings|Industries|Logistics|Consulting|Technologies|Tech|Labs|Studio|Studios|Store|Shop|Foods|Media|Software|Bank|Team|Support|Sales|Billing|Office|Demo|Test|Sample|Example|Street|Road|Avenue|City|Market|Restaurant|Hotel|Cafe|Café)\b/;
const personOk = (v: string): boolean => ciPersonOk(v) && !NOT_PERSON.test(v);

/** A secret-looking value: letters and a digit or symbol, not a low-entropy run or a placeholder word. */
const secretish = (v: string, min = 8): boolean =>
  v.length >= min && /[A-Za-z]/.test(v) && /[\d\W_]/.test(v) && !isLowEntropy(v) && !/^(?:\*+|x+|changeme|password|placeholder|redacted|example|secret|hidden|none|null|undefined|your[\w-]*)$/i.test(v) && !/^[$%{<[]/.test(v);

/** A national id of another country (CPF, DNI/NIE, NINO) in its written form, valid by its checksum. */
const foreignIdOk = (v: string): boolean => {
  if (/^\d{3}\.?\d{3}\.?\d{3}-?\d{2}$/.test(v)) return cpfValid(v.replace(/\D/g, '').replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, '$1.$2.$3-$4'));
  if (/^[XYZ]?\d{7,8}[A-Z]$/.test(v)) return dniValid(v);
  if (/^[A-Z]{2}\d{6}[A-D]$/.test(v)) return ninoValid(v);
  return false;
};

/** The last word of a key that names a person's role (`cc_owner`, `account_holder`, `driver`, `admin_name`). */
const ROLE_KEY = /(?:^|[_\-. ]|[a-z](?=[A-Z]))(?:name|owner|holder|driver|recipient|beneficiary|payee|buyer|customer|courier|rider|contact|consignee|cardholder|passenger|guest|patient|member|employee|signer|debtor|creditor|attendee|traveller|traveler|client|shopper|sender|addressee|Name|Owner|Holder|Driver|Recipient|Beneficiary|Payee|Buyer|Customer|Courier)$/;
/** Keys of things, places and organisations (`product_name`, `city_name`, `company`). */
const THING_KEY = /product|item|sku|city|town|region|province|district|street|place|location|shop|store|brand|company|business|merchant|org|team|hotel|restaurant|dish|menu|venue|campaign|category|file|host|bucket|channel|event|plan|method|title|label|tag|country|bank|service|app|project|device/i;

/** A CSV header line (within 3000 characters before `start`) whose first column names a person. */
const csvNameHeaderBefore = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - 3000), start);
  return /(?:^|\n)"?(?:beneficiary|name|full_?name|account_?holder|holder|payee|customer|recipient|cardholder|debtor)"?[,;\t]/i.test(before);
};

export const COMMERCE_R65_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'secret-named-failed-in-error',
    name: 'Key or token named in an error beside the word that it failed (`(api key rejected: …)`, `token invalid: …`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.75,
    keywords: ['key rejected', 'token rejected', 'secret rejected', 'password rejected', 'key invalid', 'token invalid', 'key revoked', 'token revoked', 'key expired', 'token expired', 'key denied', 'token denied', 'key refused', 'token refused'],
    pattern: /(?<![\w-])(?:api[ _-]?key|access[ _-]?key|key|token|access[ _-]?token|secret|password)[ \t](?:was[ \t])?(?:rejected|invalid|revoked|expired|denied|refused)[ \t]{0,2}[:=][ \t]{0,2}["'`]?(?<v>[A-Za-z0-9._~+/=!#$%*-]{8,256})(?=["'`]?(?:[)\]\s,;]|$))/i,
    mask: 'full',
    validate: (v) => secretish(v) && !/^(?:https?|sk|pk)$/i.test(v) && !/^\d+(?:\.\d+)*$/.test(v),
    remediation: 'Rotate this key and log which key failed by its id, not its value',
  }),
  defineDetector({
    id: 'box-row-token-label',
    name: 'Token in a CLI or console box row under a token label (`| x-auth-token | … |`, `| Consumer Key | … |`, `| Access Token | … |`)',
    category: 'credential',
    severity: 'high',
    // Over `box-row-secret` (55), whose keywords (`| token`) do not wake it on `| x-auth-token |`: one name in every reading.
    priority: 56,
    confidence: 0.8,
    // Every spelling the pattern reads (any padding after the pipe; space, `_` or `-` inside the label): the prefilter wakes it on each.
    keywords: [
      'api token', 'api_token', 'api-token', 'auth token', 'auth_token', 'auth-token', 'access token', 'access_token', 'access-token',
      'consumer key', 'consumer_key', 'consumer-key', 'consumer secret', 'consumer_secret', 'consumer-secret', 'bearer token',
      'bearer_token', 'bearer-token', 'refresh token', 'refresh_token', 'refresh-token',
    ],
    pattern: /^[ \t]*\|[ \t]*(?<k>(?:x-)?auth[ _-]token|access[ _-]token|consumer[ _-](?:key|secret)|api[ _-]token|bearer[ _-]token|refresh[ _-]token)[ \t]*\|[ \t]*(?<v>[A-Za-z0-9._~+/=-]{16,512})[ \t]*\|[ \t]*$/im,
    mask: 'full',
    validate: (v) => /[A-Za-z]/.test(v) && /\d/.test(v) && !isLowEntropy(v) && !/^(?:x+|\*+)$/i.test(v),
    remediation: 'Rotate this token and keep console output with secrets out of tickets and logs',
  }),
  defineDetector({
    id: 'ebay-oauth-user-token',
    name: 'eBay OAuth user or application token (`v^1.1#i^1#p^3#…#t^H4sI…`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.9,
    keywords: ['v^1.1#'],
    pattern: /(?<![\w^#])(?<v>v\^1\.1#i\^1#(?:[A-Za-z]\^\d{1,3}#){1,10}t\^[A-Za-z0-9+/=_-]{40,8192}(?:#[A-Za-z0-9+/=_^#-]{0,256})?)/,
    mask: 'prefix',
    kind: /^v\^1\.1#/,
    remediation: 'Revoke this eBay token (Developer Program > User Tokens) and keep Authorization headers out of logs',
  }),
  defineDetector({
    id: 'ebay-auth-n-auth-token',
    name: "eBay Auth'n'Auth token (`AgAAAA**AQAAAA**aAAAAA**…`)",
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.9,
    keywords: ['agaaaa**'],
    pattern: /(?<![A-Za-z0-9+/*])(?<v>AgAAAA\*\*[A-Za-z0-9+/=*]{80,8192})/,
    mask: 'prefix',
    kind: /^AgAAAA\*\*/,
    remediation: "Revoke this eBay Auth'n'Auth token and keep Trading API request bodies out of logs",
  }),
  defineDetector({
    id: 'ebay-cert-id',
    name: 'eBay Cert ID, the application’s client secret (`PRD-1a2b3c4d5e6f-1a2b-3c4d-5e6f-7a8b`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['prd-', 'sbx-'],
    keywordBoundary: 'word',
    pattern: /(?<![\w-])(?<v>(?:PRD|SBX)-[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4})(?![\w-])/,
    mask: 'full',
    validate: (v) => !isLowEntropy(v.slice(4).replace(/-/g, '')),
    remediation: 'Reset this eBay Cert ID in the developer portal and keep it in a secret store',
  }),
  defineDetector({
    id: 'ably-api-key',
    name: 'Ably API key (`appId.keyId:secret`) on a line that names Ably',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['ably'],
    pattern: /(?<![\w.:-])(?<v>[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{40,48})(?![\w-])/,
    mask: 'full',
    validate: (v) => {
      const secret = v.slice(14);
      return /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /\d/.test(secret) && !isLowEntropy(secret);
    },
    remediation: 'Revoke this Ably key in the app dashboard and issue token auth to clients instead',
  }),
  defineDetector({
    id: 'postmark-token-smtp-username',
    name: 'Postmark server token used as the SMTP username (`MAIL_USERNAME <uuid>` beside `smtp.postmarkapp.com`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['mail_username', 'mail_user', 'smtp_user', 'smtp_username', 'smtp.user', 'smtp-user', 'smtp_login', 'email_host_user'],
    // The host is set on a line of its own, before or after the username: the window takes the lines around.
    span: 600,
    spanBack: 8,
    pattern: /(?<![\w.-])(?<k>(?:MAIL|SMTP|EMAIL(?:_HOST)?)[_.-]?(?:USER(?:NAME)?|LOGIN))["']?(?:[ \t]{1,24}|[ \t]{0,3}(?:=>|[:=])[ \t]{0,3})["']?(?<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/i,
    mask: 'full',
    // Postmark takes the server token as both SMTP username and password: beside its host, the username is the token.
    validate: (_v, ctx) => /postmarkapp\.com/i.test(ctx.text.slice(Math.max(0, ctx.start - 800), ctx.end + 600)),
    remediation: 'Rotate this Postmark server token and keep mail settings out of error pages',
  }),
  defineDetector({
    id: 'authorize-net-x-tran-key',
    name: 'Authorize.Net transaction key in the AIM/SIM form field (`x_tran_key=…`, `"x_tran_key":"…"`)',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    // The JSON API's `transactionKey` is read by authorize-net-transaction-key; the older AIM/SIM form field is not.
    keywords: ['x_tran_key', 'x_trans_key'],
    pattern: /(?<![\w-])(?<k>x_tran_key|x_trans_key)\\{0,3}["']?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}\\{0,3}["']?(?<v>[A-Za-z0-9]{16})(?![A-Za-z0-9])/i,
    mask: 'full',
    validate: (v) => (/\d/.test(v) || (/[a-z]/.test(v) && /[A-Z]/.test(v))) && !isLowEntropy(v),
    remediation: 'Regenerate this Authorize.Net transaction key and keep payment requests out of debug logs',
  }),
  defineDetector({
    id: 'apple-app-specific-password',
    name: 'Apple app-specific password (`abcd-efgh-ijkl-mnop`) under an app or app-specific password key',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.85,
    keywords: ['specific_password', 'specific-password', 'specificpassword', 'app_password', 'app-password', 'apppassword', 'app password'],
    pattern: /(?<![\w-])(?<k>[A-Za-z_.-]{0,40}(?:specific[_ -]?password|app[_ -]?password))\\{0,3}["']?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}\\{0,3}["']?(?<v>[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4})(?![\w-])/i,
    mask: 'full',
    validate: (v) => new Set(v.replace(/-/g, '')).size >= 7,
    remediation: 'Revoke this app-specific password at appleid.apple.com and use an App Store Connect API key',
  }),
  defineDetector({
    id: 'national-id-under-taxvat',
    name: "A person's CPF, DNI/NIE or NINO under Magento's `taxvat`/`vat_id` (`\"taxvat\":\"12345678Z\"`)",
    category: 'personal',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['taxvat', 'vat_id', 'vatid'],
    pattern: /(?<![\w-])(?<k>taxvat|vat_?id)\\{0,3}["']?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}\\{0,3}["']?(?<v>[0-9XYZA-Z][0-9A-Z.-]{8,13})(?![\w.-])/i,
    mask: 'full',
    validate: (v) => foreignIdOk(v),
    remediation: "Keep customers' tax ids out of request logs; log the customer id",
  }),
  defineDetector({
    id: 'uk-sort-code-account-after-acct',
    name: 'UK sort code and account written together after `acct`/`a/c` (`acct 12-34-56 / 12345678`)',
    category: 'financial',
    severity: 'high',
    // Over `bank-code-account-pair` (63), which reads the same pair only where its keywords (`bank`, `account`) wake it.
    priority: 64,
    confidence: 0.8,
    keywords: ['acct', 'a/c', 'sort code', 'account no', 'account number'],
    pattern: /(?<![\w-])(?:acct|a\/c|account(?: no\.?| number)|sort code(?: and account| \/ account)?)[:#]?[ \t]{0,2}(?<v>\d{2}-\d{2}-\d{2}[ \t]{0,2}[/,][ \t]{0,2}\d{8})(?!\d)/i,
    mask: 'full',
    validate: (v) => !/^(\d)\1-\1\1-\1\1/.test(v),
    remediation: 'Log refunds and payouts by id, not by bank details',
  }),
  defineDetector({
    id: 'person-name-before-uk-bank-account',
    name: "Payee's name before a UK sort code and account (`Refund to Ann Lee acct 12-34-56 / 12345678`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: ['acct', 'a/c', 'sort code'],
    pattern: new RegExp(String.raw`(?<=\b(?:[Tt]o|[Ff]or|[Pp]ayee:?|[Bb]eneficiary:?) )(?<v>${NAME}) (?:acct|a/c|sort code|account(?: no\.?| number)?)[:#]? ?\d{2}-\d{2}-\d{2}`),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: 'Log refunds and payouts by id, not by account holder',
  }),
  defineDetector({
    id: 'bank-field-bracket-form',
    name: 'Bank account number or sort code in a bracketed form field (`payment[bank][ac_number]=…`, `[sort_code]=…`)',
    category: 'financial',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['[ac_number]', '[ac_no]', '[account_number]', '[account_no]', '[acct_number]', '[bank_account]', '[sort_code]', '[sortcode]', '%5bac_number%5d', '%5baccount_number%5d', '%5bsort_code%5d'],
    pattern: /(?:\[|%5B)(?<k>ac_number|ac_no|account_number|account_no|acct_number|bank_account|sort_?code)(?:\]|%5D)=[ \t]?(?<v>\d{2}-\d{2}-\d{2}|\d{6,17})(?![\w-])/i,
    mask: 'full',
    validate: (v, ctx) => {
      const sort = /sort/i.test(ctx.key ?? '');
      if (sort) return /^(?:\d{2}-\d{2}-\d{2}|\d{6})$/.test(v) && !/^0+$/.test(v.replace(/-/g, ''));
      return /^\d{6,17}$/.test(v) && !/^(\d)\1+$/.test(v);
    },
    remediation: 'Keep vendors’ bank details out of logged form bodies',
  }),
  defineDetector({
    id: 'person-name-bracket-form-account-holder',
    name: "Account holder's name in a bracketed form field (`payment[bank][ac_name]=Ann Lee`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: ['[ac_name]', '[account_name]', '[account_holder', '[holder_name]', '[acct_name]', '%5bac_name%5d', '%5baccount_name%5d'],
    pattern: new RegExp(String.raw`(?:\[|%5B)(?:ac_name|acct_name|account_name|account_holder(?:_name)?|holder_name)(?:\]|%5D)=[ \t]?(?<v>${NAME})${END}`, 'i'),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: 'Keep vendors’ bank details out of logged form bodies',
  }),
  defineDetector({
    id: 'street-address-one-word-under-line1-key',
    name: 'Street address of a number and a one-word street under an address-line-1 key (`"first_line":"7774 Kingsway"`, `[billing_address_1] => …`)',
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: ['first_line', 'address_1', 'address1', 'address_line1', 'address_line_1', 'addressline1', 'line1', 'line_1'],
    pattern: /(?<![A-Za-z0-9])(?<k>[A-Za-z_-]{0,24}(?:first_line|address_?1|address_?line_?1|addressLine1|line_?1))(?:\]|%5D)?\\{0,3}["']?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}\\{0,3}["']?(?<v>\d{1,5}[A-Za-z]? [A-ZÀ-Þ][a-zß-ÿA-Z'.-]{1,30}(?: [A-ZÀ-Þ0-9][a-zß-ÿA-Z'.-]{0,30}){0,3}(?:, ?(?:Apt|Apartment|Unit|Suite|Ste|Flat|Fl|Floor|#)\.? ?[A-Za-z0-9-]{1,6})?)(?=\\{0,3}["']|[ \t]*(?:[,;&\r\n]|$))/,
    mask: 'full',
    validate: (v) => !/^\d+ (?:Items?|Units?|Pieces?|Orders?|Errors?|Warnings?|Days?|Hours?|Minutes?|Seconds?|Results?|Rows?)\b/i.test(v),
    remediation: "Keep customers' postal addresses out of logs; refer to the order id",
  }),
  defineDetector({
    id: 'person-name-key-before-address-key',
    name: "Person's name after `name=` before a ship-to, address or contact key (`name=Ann Lee ship_to=…`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.7,
    keywords: ['name='],
    pattern: new RegExp(String.raw`(?<![\w.-])(?:full_?name|customer_?name|buyer_?name|name)=(?<v>${NAME}) (?=(?:ship_?to|bill_?to|shipping_?address|address|addr|street|email|phone|mobile|tel|dob|birth_?date|postcode|zip)=)`, 'i'),
    mask: 'full',
    validate: (v) => personOk(v),
    remediation: 'Log customers by id, not by name and address',
  }),
  defineDetector({
    id: 'person-name-vietnamese-in-record',
    wideOnly: true,
    name: "Person's name written with Vietnamese letters in a record slot (`\"cc_owner\":\"…\"`, `| admin_name | … |`, `<Nm>…</Nm>`, `… <mail@…>`, a CSV name column)",
    category: 'personal',
    severity: 'medium',
    // Below the other name rules: a name they cut short at a Vietnamese letter widens their finding.
    priority: 35,
    confidence: 0.7,
    precheck: { re: VIET, reach: 260 },
    pattern: new RegExp(
      String.raw`(?:(?<![A-Za-z0-9_])(?<k>[A-Za-z][A-Za-z0-9_-]{0,40})\\{0,3}["']?[ \t]{0,24}(?:=>|[:=|])[ \t]{0,24}\\{0,3}["']?|<Nm>|(?<=(?:^|\n)"?))(?<v>(?=[^\n"'|<>,;:=]{0,100}[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9])${NAME})${END}(?:\\{0,3}["']?[ \t]{0,24}(?:[|,;}\]\n]|</Nm>|$)|["']?[ \t]{1,3}<[\w.+-]{1,64}@)`,
    ),
    mask: 'full',
    validate: (v, ctx) => {
      if (!VIET.test(v) || !personOk(v)) return false;
      const k = ctx.key;
      if (k && ROLE_KEY.test(k) && !THING_KEY.test(k.replace(/(?:owner|holder|name)$/i, '').replace(/(?:cc|card|account|acct)_?$/i, ''))) return true;
      const ms = ctx.matchStart ?? ctx.start;
      if (ctx.text.startsWith('<Nm>', ms)) return true;
      const after = ctx.text.slice(ctx.end, ctx.end + 80);
      // A mail's display name before its mailbox (`to: 'Ann Nguyễn <ann@…>'`).
      if (/^["']?[ \t]{1,3}<[\w.+-]{1,64}@/.test(after)) return true;
      if (k) return false;
      // A CSV row's first cell under a header that names a person.
      return /^"?[ \t]*[,;\t]/.test(after) && csvNameHeaderBefore(ctx.text, ctx.start);
    },
    remediation: 'Log customers and payees by id, not by name',
  }),
];
