import { defineDetector, NAMED_VALUE, rei, SEP } from '../define-detector';
import type { Detector, MatchContext, Verdict } from '../detector';
import { abaValid, cardBrand, CONTEXT_BRANDS, IBAN_LENGTHS, ibanValid, isLowEntropy, luhnValid } from '../validators';
import { bech32Valid } from '../bech32';
import { besideCard } from './card-runs';
import { hexGroupRun } from '../hex-groups';
import { EXAMPLE_IBANS } from './example-ibans';
import { isPublicContract } from '../public-contracts';
import { bankDirectoryLine, directoryRow, onChainRecord } from './company-ids-r33';

/** Published test card numbers (Stripe, Braintree, Adyen docs): found, marked test. */
export const TEST_CARD_NUMBERS: ReadonlySet<string> = new Set([
  '4242424242424242', '4000056655665556', '4000000000000002', '4000000000009995', '4111111111111111',
  '4012888888881881', '4000000000000077', '5555555555554444', '2223003122003222', '5200828282828210',
  '5105105105105100', '5431111111111111', '378282246310005', '371449635398431', '6011111111111117',
  '6011000990139424', '3056930009020004', '36227206271667', '3566002020360505', '6200000000000005',
  // Stripe's 3-D Secure, decline, fraud, dispute and per-country test cards (docs.stripe.com/testing).
  '4000002500003155', '4000002760003184', '4000008260003178', '4000000000003220', '4000000000003063', '4000000000003089',
  '4000000000003238', '4000000000003246', '4000000000003253', '4000003800000446', '4000000000000341', '4000000000009987',
  '4000000000009979', '4000000000000069', '4000000000000127', '4000000000000119', '4000000000000101', '4000000000000036',
  '4000000000000010', '4000000000000028', '4000000000004954', '4100000000000019', '4000000000000259', '4000000000001976',
  '4000000000005423', '4000000760000002', '4000001240000000', '4000004840008001', '4000000560000004', '4000002080000001',
  '4000002460000001', '4000002500000003', '4000002760000016', '4000008260000000', '4000003560000008', '4000003920000003',
  // Adyen's test card numbers (docs.adyen.com/development-resources/testing/test-card-numbers): Visa, Mastercard, Amex,
  // Diners, Discover, JCB, UnionPay, Maestro; they authorise only on Adyen's test platform.
  '4111111145551142', '4988438843884305', '4166676667666746', '4646464646464644', '4000620000000007', '4000060000000006',
  '4293189100000008', '4988080000000000', '4111112014267661', '4400000000000008', '4484600000000004', '4607000000000009',
  '4977949494949497', '5555341244441115', '5577000055770004', '5136333333333335', '5585558555855583', '5555444433331111',
  '2222410740360010', '2222400070000005', '5101180000000007', '5100290029002909', '370000000000002', '370000000100018',
  '36006666333344', '36070500001020', '6011601160116611', '6445644564456445', '3569990010095841', '6243030000000001',
  '6703444444444449', '6771798021000008', '5000550000000029',
]);

// The card's own fields before it count too (`{"verification_value":"123","number":"4111…"}`, ActiveMerchant).
// Short words only as words of their own: a random id (`req_raf3tzcMCVviSt`) may hold `CVv`.
const CARD_WORDS = /(?:card|\bcc\b|\bcc[_-]?(?:num|no\b|nr\b)|\bpan\b|(?<![a-z0-9])(?:visa|amex|cvc|cvv)|(?<![a-z0-9])mir(?![a-z])|master|maestro|rupay|diners|\bjcb\b|union ?pay|\belo\b|hipercard|cart[aã]o|\bcarte\b|karte|tarjeta|\bcarta\b|kaart|karta|karty|kartę|kartu|kártya|kortet|credit|debit|payment|verification_value|exp_month|last_?(?:4|four)|(?<![a-z])kart(?:[ _-]?(?:no|num|nr))?(?![a-z])|卡号|卡號|银行卡|信用卡|カード|카드|карт)/i;
/** A Hibernate bound parameter of a text type (`binding parameter [3] as [VARCHAR] - [`, Hibernate 6 `(3:VARCHAR) <- [`): ids are bound as numbers, a card number as text. */
const TEXT_BIND = /(?:as \[N?(?:VAR)?CHAR\] - \[|:N?(?:VAR)?CHAR\) <- \[)$/;
/** An `account`/`acct` key right before the value (`{"account":"5425…"}`, `acct=4111…`): a brand's IIN, length and Luhn make it a card. */
const ACCOUNT_KEY = /(?<![a-z])(?:acc(?:oun)?t(?:[_.-]?(?:number|num|no|nr))?|acc[_.-]?(?:number|num|no|nr))["'\\]{0,3}\s{0,2}[:=]\s{0,2}["'\\]{0,3}$/i;
/** A Stripe PaymentMethod or Source id (`pm_1Nv…`, `src_…`): the object it names is a card's (round r32). */
const PAYMENT_METHOD_ID = /(?<![A-Za-z0-9])(?:pm|src)_[A-Za-z0-9]{10,30}\\{0,3}["']/;
/** Fields that follow a card number in a payment payload. */
const CARD_AFTER = /cvc|cvv|exp_?(?:month|year)|expiry|expiration|cardholder|holder_?name/i; // l55: Adyen's `"number":"…","holderName":"…"`
// Round r67: `realm=` too (a QuickBooks company id, `realm=3048854887485504`: 16 digits that may pass Luhn, never a card).
const ID_WORDS = /(?:id|ts|time|timestamp|trace|span|order|seq|offset|realm|(?<!ac)count|ref|invoice|tracking|number|no|nr)["'\\]{0,3}\s{0,2}[:=#]\s{0,2}["'\\]{0,3}$/i;
/** The head of an IBAN written in groups, right before a match: country, check digits, then whole groups (space or `%20`). */
const IBAN_HEAD = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:(?: |%20)[A-Z0-9]{4})*(?: |%20)$/;
/** Nouns of things numbered by machines, then a space (`project 4504…`, `job id 4792…`, `run #…`): a long id follows, not a card. */
const ID_NOUNS = /\b(?:project|build|job|run|trace|span|offset|seq|event|message|request|ticket|issue|task|workflow|pipeline|deployment|release|snowflake|tweet|guild|channel)(?:[ _-]?id)?\s(?:#\s?)?$/i;

/** True when `groups` (digit groups of one run) split into two or more valid cards (4-4-4-4, 4-6-5, 4-4-4-4-3). */
function cardRun(groups: readonly string[]): boolean {
  const shapes = [[4, 4, 4, 4], [4, 6, 5], [4, 6, 4], [4, 4, 4, 4, 3], [4, 4, 4, 3]];
  let i = 0;
  let cards = 0;
  outer: while (i < groups.length) {
    for (const shape of shapes) {
      if (i + shape.length > groups.length || !shape.every((len, k) => groups[i + k]!.length === len)) continue;
      const digits = groups.slice(i, i + shape.length).join('');
      if (cardBrand(digits) && luhnValid(digits)) {
        i += shape.length;
        cards++;
        continue outer;
      }
    }
    return false;
  }
  return cards >= 2;
}

/** `before` with the URL-encoded quotes and separators of an encoded body decoded (`%22number%22%3A%22` → `"number":"`). */
function urlDecodedKey(before: string): string {
  return before.includes('%') ? before.replace(/%(22|27|3[AaDd]|5[BbDd])/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))) : before;
}

/** The whole card number (brand, length, Luhn; grouped or not) nearest within 300 characters of `at` in `text`, or null. */
export function cardNear(text: string, at: number): string | null {
  const from = Math.max(0, at - 300);
  const window = text.slice(from, at + 300);
  let best: string | null = null;
  let dist = Infinity;
  for (const m of window.matchAll(/(?<!\d)\d(?:[ .-]?\d){12,18}(?!\d)/g)) {
    const digits = m[0].replace(/\D/g, '');
    const d = Math.abs(from + m.index - at);
    if (cardBrand(digits) !== null && luhnValid(digits) && d < dist) [best, dist] = [digits, d];
  }
  return best;
}

/** True when a whole card number lies within 300 characters of `at` in `text`. */
const cardInText = (text: string, at: number): boolean => cardNear(text, at) !== null;

/** A security code beside a published test card (`4242…`, `"cvc":"123"`) is test data too: reported, severity info. */
export function validateCvc(_v: string, ctx: MatchContext): Verdict | boolean {
  const card = cardNear(ctx.text, ctx.start);
  return card !== null && TEST_CARD_NUMBERS.has(card) ? { ok: true, test: true, severity: 'info', confidence: 0.8 } : true;
}

/** Card number check: brand (IIN and length), Luhn, consistent grouping, context for bare runs. */
function validateCard(v: string, ctx: MatchContext): Verdict | boolean {
  // `%20` or `%2D` groups a card in a URL-encoded form body (`number=4111%201111%20…`).
  const digits = v.replace(/%2[0Dd]/g, ' ').replace(/\D/g, '');
  if (digits.length > 19) {
    // Cards of a run may be grouped with different separators (`3566-5340-5675-7865 4644 4016 4054 4361`).
    const groups = v.split(/[ -]/);
    return groups.every((g) => /^\d+$/.test(g)) && cardRun(groups) ? { ok: true, confidence: 0.95 } : false;
  }
  const brand = cardBrand(digits);
  if (!brand || !luhnValid(digits)) return false;
  // A grouped card followed by a space and a digit run counts only when that run is a card too (a list of PANs).
  const next = v.includes(' ') ? /^ (\d{13,19})(?!\d)/.exec(ctx.text.slice(ctx.start + v.length, ctx.start + v.length + 21)) : null;
  if (next && !(luhnValid(next[1]!) && cardBrand(next[1]!) !== null)) return false;
  const before = urlDecodedKey(ctx.text.slice(Math.max(0, ctx.start - 40), ctx.start));
  // A card number right beside another one across a comma (CSV row) is in card context too (card-runs.ts).
  // So is a card's own data right after it (`{"number":"4111…","exp_month":12,"cvc":"…"}`).
  // Round r32: a Stripe PaymentMethod or Source id just before (`{"id":"pm_…","number":"4242…"}`, a card vault's sync payload) is card context too.
  const cardContext = PAYMENT_METHOD_ID.test(before) || CARD_WORDS.test(before) || ACCOUNT_KEY.test(before) || TEXT_BIND.test(before) || CARD_AFTER.test(ctx.text.slice(ctx.start + v.length, ctx.start + v.length + 60)) || besideCard(ctx.text, ctx.start, ctx.start + v.length);
  const grouped = digits.length !== v.length;
  if (grouped && hexGroupRun(ctx.text, ctx.start, ctx.start + v.length)) return false;
  // The tail groups of an IBAN-shaped run (`DE25 9043 5820 5369 9488 29`, also `%20`-grouped): the IBAN detector judges
  // it by its check digits; a wrong one's Luhn-valid tail is no card.
  if (grouped && IBAN_HEAD.test(ctx.text.slice(Math.max(0, ctx.start - 48), ctx.start))) return false;
  // Dot-grouped (`4111.1111.1111.1111`, typed in a chat) only where the line speaks of a card: dotted digit runs are versions and ids.
  if (v.includes('.') && !cardContext) return false;
  if (!grouped && !cardContext && CONTEXT_BRANDS.has(brand)) return false;
  if (!grouped && !cardContext) {
    if (digits.length !== 15 && digits.length !== 16) return false;
    if (ID_WORDS.test(before.slice(-24)) || ID_NOUNS.test(before.slice(-24))) return false;
    // An FCM v1 message id (`projects/p/messages/0:1700000000000000%abc123…`): digits between `0:` and `%hex`.
    if (/(?:^|[^\w:])0:$/.test(before) && /^%[0-9a-f]{6}/i.test(ctx.text.slice(ctx.start + v.length))) return false;
    // A Sentry DSN's project id (`https://key@o123.ingest.sentry.io/4504123456789012`) is an id. Only that form:
    // any other URL path may carry a card (`/monitors/<card>` built from a hostile monitor id is redacted).
    if (ctx.text[ctx.start - 1] === '/' && /:\/\/[\w-]{8,}(?::[\w-]*)?@[\w.-]*\bsentry\b[\w.-]*\.[a-z]{2,}(?::\d+)?\/(?:api\/)?$/i.test(ctx.text.slice(Math.max(0, ctx.start - 200), ctx.start))) return false;
  }
  // Published test cards are documentation values: redacted and reported, not counted as a leak (severity info, see isLeak).
  if (TEST_CARD_NUMBERS.has(digits)) return { ok: true, test: true, severity: 'info', confidence: 0.9 };
  return { ok: true, confidence: grouped || cardContext ? 0.95 : 0.8 };
}

/** IBAN: known country length, groups of four, mod-97; trims trailing words the match took. */
function validateIban(v: string, ctx: MatchContext): Verdict | boolean {
  const len = IBAN_LENGTHS[v.slice(0, 2)];
  if (len === undefined) return false;
  let count = 0;
  let i = 0;
  for (; i < v.length && count < len; i++) if (v[i] !== ' ') count++;
  if (count < len) return false;
  const next = i < v.length ? v[i] : ctx.text[ctx.start + i];
  if (next !== undefined && /[A-Za-z0-9]/.test(next)) return false;
  const body = v.slice(0, i);
  if (body.includes(' ') && !/^[A-Z0-9]{4}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?$/.test(body)) return false;
  const compact = body.replace(/ /g, '');
  if (!ibanValid(compact)) return false;
  // Registry and documentation examples are test values (reported, severity info, not counted).
  return EXAMPLE_IBANS.has(compact) ? { ok: true, trimEnd: i, test: true, severity: 'info', confidence: 0.9 } : { ok: true, trimEnd: i, confidence: 0.95 };
}

/** Financial data: card numbers (Luhn), CVC, expiry, IBAN (mod-97), ABA routing, accounts, wallets. */
export const FINANCIAL_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'credit-card',
    name: 'Payment card number',
    category: 'financial',
    severity: 'critical',
    priority: 70,
    shape: 'card',
    // `number%22`: an encoded JSON key (`%22number%22%3A%224111…`), whose digit run the card shape does not see.
    // Round l86: the card's word in customers' languages, for the groupings the card shape does not see (`karty to 2300.8448.…`);
    // round l87: `carte`, `karte`, `kaart` (not `cart`: a shop's `/cart?items=…` would wake the card readers on every request).
    keywords: ['card', 'karty', 'karta', 'karte', 'kaart', 'tarjeta', 'carta', 'carte', 'cc=', 'cc:', 'pan=', 'pan:', 'visa', 'mastercard', 'amex', 'credit', 'debit', 'number%22', 'pan%22', 'last4', 'last_4', 'last_four', 'lastfour', 'acct%22', 'account%22', 'pan"', "pan'", 'maestro', 'rupay', 'diners', 'jcb', 'unionpay', 'union pay', ...['num', 'no', 'nr'].flatMap((w) => [`cc${w}`, `cc_${w}`, `cc-${w}`])],
    // A comma may precede a card (a CSV row of cards), not a thousands group (`1,234,…`; an amount's decimals `1476.89,` are no
    // thousands group, round r48); so may a
    // URL-encoded quote or colon (`%22number%22%3A%224111…` in an encoded JSON body).
    // Track 1 data starts `%B<pan>^`; a dump's run of dots (`tcpdump -A`: bytes not printable) may precede it. Groups may be separated by
    // `%20` or `%2D` (a URL-encoded form body or query string: `card=5113%204076%207681%205541`, `4111%2D1111%2D…`); `+` groups
    // (form encoding's space) are card-under-key's, under a card key: `+` joins other numbers of form bodies too.
    // A grouped card may be followed by a space and more digits only when those are a whole
    // ungrouped card (`3747 162987 55942 6011123498765431` in a list of PANs).
    pattern: /(?:(?<=%[0-9A-Fa-f]{2}|%B|\.\.)|(?<![\w.%-]|(?<![\d.])\d{1,3},))(?:\d{4}(?:[ -]\d{3,6}){5,19}(?![\d])|\d{4}\.\d{4}\.\d{4}\.\d{4}(?![.\d])|\d{4}([ -]?)\d{4}\1\d{4}\1\d{1,7}(?:\1\d{1,3})?(?:(?!\1\d)|(?= \d{13,19}(?!\d)))|\d{4}(%20|%2[Dd])\d{4}\2\d{4}\2\d{1,7}(?!\2\d)|\d{4}(%20|%2[Dd])\d{6}\3\d{4,5}(?!\3\d)|\d{12}(?!\d)|\d{4}([ -]?)\d{6}\4\d{4,5}(?:(?!\4\d)|(?= \d{13,19}(?!\d))))(?!\d)/,
    mask: 'card',
    validate: validateCard,
    remediation: 'Purge this card number from the logs (PCI DSS) and stop logging payment payloads',
  }),
  defineDetector({
    id: 'card-cvc',
    name: 'Card security code',
    category: 'financial',
    severity: 'high',
    priority: 70,
    keywords: ['cvc', 'cvv', 'csc', 'security_code', 'security-code', 'securitycode', 'security code', 'card_code', 'cardcode', 'card-code', 'verification_value', 'card_verification', 'cardverification'],
    // `card[cvc]=914` (form-encoded nested keys, also URL-encoded `%5D`): the bracket may close the key.
    // Also prefixed (`card_cvc`, `cardCvv`, `cc.cvv`), and a Python repr in a JSON string (`"cvv":"'123'"`); after an
    // escaped line break (`…\nCVV: 795`) or glued to the card's last group (`… 27723CVC: 4493`, round h28).
    pattern: rei`(?:(?<![A-Za-z0-9])|(?<=%5B)|(?<=\\[nrt])|(?<=[ -]\d{4,5}))(?:(?:card|cc|credit[_-]?card|payment)[_.-]?)?(?:cvc2?|cvv2?|csc|security[_ -]?code|card[_-]?code|verification_value|card[_-]?verification(?:[_-]?(?:value|code))?)(?:\]|%5D)?${SEP}["']?(?<v>\d{3,4})(?![\d])`,
    mask: 'full',
    validate: validateCvc,
    remediation: 'Purge this card security code from the logs (PCI DSS forbids storing it)',
  }),
  defineDetector({
    id: 'card-cvc-prose',
    name: 'Card security code (in prose, beside a card)',
    category: 'financial',
    severity: 'high',
    priority: 69,
    keywords: ['cvc', 'cvv', 'csc', 'security code', 'card code', 'cid '],
    // `the security code 557`, `CVV is 123`, `cvc2 of 0421`, Amex `cid 4321`: prose gives no `=`, so a whole card number must lie near.
    pattern: /(?<![A-Za-z0-9])(?:cvc2?|cvv2?|csc|cid|security code|card code)(?: (?:is|was|of|number|code|no\.?))?:? {1,3}(?<v>\d{3,4})(?![\d.,]\d|\d)/i,
    mask: 'full',
    validate: (v, ctx) => cardInText(ctx.text, ctx.start) && validateCvc(v, ctx),
    remediation: 'Purge this card security code from the logs (PCI DSS forbids storing it)',
  }),
  defineDetector({
    id: 'card-expiry',
    name: 'Card expiry date',
    category: 'financial',
    severity: 'low',
    priority: 70,
    // `expires`/`valid` only as the pattern reads them: not OAuth's `expires_in=` or `invalid`/`validation` on every other line.
    keywords: ['exp=', 'exp:', 'exp"', "exp'", 'exp\\', 'exp%3d', 'exp%3a', 'exp =', 'exp :', 'exp ', 'exp.', 'expiry', 'expiration', 'expires ', 'expires:', 'expires=', 'expires"', "expires'", 'expires\\', 'expires\t', 'expires_d', 'expires-d', 'expiresd', 'expires%3d', 'expires%3a', 'expiring', 'exp_date', 'exp-date', 'expdate', 'card_exp', 'card-exp', 'cardexp', 'valid thru', 'valid through', 'valid until', 'valid-thru', 'valid_thru', 'validthru', 'valid-through', 'valid_through', 'valid-until', 'valid_until', 'good thru'],
    // Also as people type it beside a card: `exp 04/27`, `exp. 04/2027`, `expires 4/27`, `expiry date is 04/27`, `valid thru 04/27`.
    pattern: rei`(?<![\w])(?:exp(?:iry|iration|ires|iring)?(?:[_-]?date)?|card[_-]?exp\w{0,8}|valid[_ -]?(?:thru|through|until)|good thru)(?:${SEP}|\.?\s{1,3}(?:date\s{1,2})?(?:(?:is|on|of)\s{1,2})?:?\s{0,2})(?<v>(?:0?[1-9]|1[0-2])\s?[/-]\s?(?:20)?\d{2})(?![\d/])`,
    mask: 'full',
    // An expiry date alone identifies no card (PCI DSS protects it only stored with the PAN): found beside a card number only
    // (beside a published test card it is test data too, like the security code).
    validate: (v, ctx) => cardInText(ctx.text, ctx.start) && validateCvc(v, ctx),
    remediation: 'Remove this card expiry date from the logs together with the card number',
  }),
  defineDetector({
    id: 'iban',
    name: 'IBAN',
    category: 'financial',
    severity: 'high',
    priority: 70,
    shape: 'iban',
    pattern: /(?<![A-Za-z0-9])[A-Z]{2}\d{2} ?[A-Z0-9]{4} ?[A-Z0-9]{4}[A-Z0-9 ]{3,32}/,
    mask: 'iban',
    validate: validateIban,
    remediation: 'Remove this bank account number (IBAN) from the logs',
  }),
  defineDetector({
    id: 'aba-routing-number',
    name: 'US ABA routing number',
    category: 'financial',
    severity: 'medium',
    priority: 70,
    keywords: ['aba', 'rtn', 'routing'],
    // Round r44: `TRUST_ACCT_ABA=…` (an env name's last word), `ABA Routing:     …` (a label padded into a column).
    // `Routing (ABA): …`, `bank_account[routing_number]=…` (Stripe form keys, also `%5D`), `routingNumber => '…'` (PHP/Ruby), `routing%22%3A%22…` (URL-encoded JSON).
    pattern: rei`(?:(?<![A-Za-z0-9])aba|\brtn|routing)[A-Za-z_ .#()/-]{0,20}?(?:\]|%5D)?(?:${NAMED_VALUE}|(?:\\{0,3}["']|%22|%27)?\s{0,3}(?:=>|[:=#>]|%3A|%3D)?[ \t]{0,8}(?:\\{0,3}["']|%22|%27)?)(?<v>\d{9})(?![\d])`,
    mask: 'full',
    // Round r33: a bank directory's row (`ABA 021000021  CHASE  fedwire=Y`) names the bank, not a customer's account.
    // Round r73: on a bank directory's refresh line with no account near, a branch's public code (reported, not a leak).
    validate: (v, ctx) => abaValid(v) && !directoryRow(ctx) && (!bankDirectoryLine(ctx) || { ok: true, public: true, severity: 'info' }),
    remediation: 'Remove this routing number (and the account number next to it) from the logs',
  }),
  defineDetector({
    id: 'bank-account-number',
    name: 'US bank account number',
    category: 'financial',
    severity: 'high',
    priority: 65,
    confidence: 0.7,
    keywords: ['account', 'acct'],
    // `acct no. 123…`, `bank_account[account_number]=…` (form keys), `Account No.: 987…`, `<AccountNumber>…</AccountNumber>`.
    pattern: rei`(?:(?<![A-Za-z])|(?<=%5B))(?:bank[_ .-]?)?(?:account|acct)[_ .-]?(?:number|num|no|nr|#)\.?(?:\]|%5D)?(?:${SEP}|\s{1,3}|>|${NAMED_VALUE})(?<v>\d{8,17})(?![\d])`,
    mask: 'tail',
    // `account_number=1111111111` (a demo fixture), `12345678`: repeated or counting digits are no one's account.
    validate: (v) => !isLowEntropy(v),
    remediation: 'Remove this bank account number from the logs',
  }),
  defineDetector({
    id: 'ethereum-address',
    name: 'Ethereum wallet address',
    category: 'financial',
    severity: 'low',
    priority: 60,
    confidence: 0.7,
    keywords: ['0x'],
    pattern: /(?<![\w])0x[0-9a-fA-F]{40}(?![\w])/,
    kind: /^0x/,
    // The zero address and burn addresses (`0x000…000`, `0x000…dEaD`) belong to no one.
    // Nor do the stablecoin, router and registry contracts every payment log names (public-contracts.ts).
    // Round r33: nor do the addresses of an on-chain record (a mined transaction's receipt, a read-only JSON-RPC call).
    validate: (v, ctx) => !/^0x0{30,}(?:[0-9a-f]{0,4}|dead)$/i.test(v) && !isPublicContract(v) && !onChainRecord(ctx.text),
    remediation: 'Check whether this wallet address identifies a customer and stop logging it if so',
  }),
  defineDetector({
    id: 'bitcoin-address',
    name: 'Bitcoin (bech32) address',
    category: 'financial',
    severity: 'low',
    priority: 60,
    confidence: 0.7,
    keywords: ['bc1'],
    pattern: /(?<![\w])bc1[02-9ac-hj-np-z]{25,87}(?![\w])/,
    kind: /^bc1/,
    // Its checksum: a 32-hex trace id that starts with `bc1` passes the pattern, not the checksum.
    validate: (v) => bech32Valid(v),
    remediation: 'Check whether this wallet address identifies a customer and stop logging it if so',
  }),
];
