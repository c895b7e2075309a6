import { defineDetector, SEP } from '../define-detector';
import type { Detector } from '../detector';
import { cardNear, validateCvc } from './financial';

/** Security-code field names (`cvv`, `cvc2`, `cc_cid`, `security_code`, `card-verification-value`). */
const CVC_NAME = String.raw`(?:(?:cc|card|credit[_-]?card|payment)[_.-]?)?(?:cvv2?|cvc2?|cvn|cid|csc|security[_-]?code|card[_-]?code|verification[_-]?(?:value|code)|card[_-]?verification(?:[_-]?(?:value|code))?)`;

/** A card number (13-19 digits, grouped or not) somewhere in the text: the security code belongs to it. */
const CARD_NEARBY = /(?<!\d)(?:\d{4}[ -]?){2}\d{4}[ -]?\d{1,7}(?!\d)|(?<!\d)\d{4}[ -]?\d{6}[ -]?\d{4,5}(?!\d)/;

/** Card security codes in XML, PHP dumps and chat prose beside a card, and PINs beside a card (Bitcoin WIF keys: wif-keys.ts). */
export const CARD_EXTRA_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'card-cvc-element',
    name: 'Card security code (XML element)',
    category: 'financial',
    severity: 'high',
    priority: 70,
    confidence: 0.9,
    keywords: ['<cvv', '<cvc', '<cvn', '<cid', '<csc', '<cc', '<card', '<security', '<verification', '<payment', '<credit'],
    // Braintree `<credit-card>…<cvv>665</cvv>`, `<cvv2>`, `<securityCode>`, `<CardVerificationValue>`.
    pattern: new RegExp(String.raw`<(?<k>${CVC_NAME})>(?<v>\d{3,4})</`, 'i'),
    mask: 'full',
    remediation: 'Purge this card security code from the logs (PCI DSS forbids storing it) and stop logging payment payloads',
  }),
  defineDetector({
    id: 'card-cvc-dump',
    name: 'Card security code (PHP var_dump / print_r entry)',
    category: 'financial',
    severity: 'high',
    priority: 70,
    confidence: 0.9,
    keywords: ['cvv', 'cvc', 'cvn', 'cid', 'csc', 'security_code', 'card_code'],
    span: 120,
    // var_dump: `["cc_cid"]=>\n  string(4) "5669"`; print_r: `[cvv] => 123`.
    pattern: new RegExp(String.raw`\[["']?(?<k>${CVC_NAME})["']?\]\s{0,4}=>\s{0,12}(?:string\(\d\)\s{0,2}"(?<v>\d{3,4})"|int\((?<w>\d{3,4})\)|(?<u>\d{3,4})(?!\d))`, 'i'),
    mask: 'full',
    remediation: 'Purge this card security code from the logs (PCI DSS forbids storing it) and stop logging payment payloads',
  }),
  defineDetector({
    id: 'card-cvc-back-of-card',
    name: 'Card security code (the code on the back, in prose next to a card number)',
    category: 'financial',
    severity: 'high',
    priority: 68,
    confidence: 0.85,
    keywords: ['on the back', 'on back'],
    // `my card is 2720-… exp 09/28 and the code on the back is 988`, `the 3 digits on back: 123` (card-cvc-prose reads `cvv is 123`).
    pattern: /(?<![A-Za-z])(?:code|digits|numbers?) on (?:the )?back(?: of (?:the|my|your) card)?(?: (?:is|was|are|=)|:)? ?(?<v>\d{3,4})(?![\d\/.:-])/i,
    mask: 'full',
    validate: (_v, ctx) => CARD_NEARBY.test(ctx.text),
    remediation: 'Purge this card security code from the logs (PCI DSS forbids storing it) and stop logging payment payloads',
  }),
  defineDetector({
    id: 'card-expiry-next-line',
    name: 'Card expiry date (on a line after the card number)',
    category: 'financial',
    severity: 'low',
    priority: 69,
    confidence: 0.8,
    // A ticket's or a pretty-printed payload's fields, one a line: `Card number: 4111 …` then `Expiry: 04/27`
    // (card-expiry sees one line; this one starts at the card's line and reaches the next few).
    keywords: ['card', 'visa', 'mastercard', 'amex', 'pan:', 'pan"', 'ccnum', 'cc_number'],
    span: 300,
    precheck: { re: /exp|valid|good thru/i, reach: 0 },
    pattern: new RegExp(String.raw`(?<=\n[^\n]{0,40})(?<![\w])(?:exp(?:iry|iration|ires)?(?:[_-]?date)?|card[_-]?exp\w{0,8}|valid[_ -]?(?:thru|through|until)|good thru)(?:${SEP}|\.?\s{1,3}(?:date\s{1,2})?(?:(?:is|on)\s{1,2})?:?\s{0,2})(?<v>(?:0?[1-9]|1[0-2])\s?[/-]\s?(?:20)?\d{2})(?![\d/])`, 'i'),
    mask: 'full',
    validate: (v, ctx) => cardNear(ctx.text, ctx.start) !== null && validateCvc(v, ctx),
    remediation: 'Remove this card expiry date from the logs together with the card number',
  }),
  defineDetector({
    id: 'card-pin-beside-card',
    name: 'Card PIN (beside a card number)',
    category: 'financial',
    severity: 'critical',
    priority: 68,
    confidence: 0.8,
    keywords: ['pin ', 'pin:', 'pin=', 'pin"', "pin'", 'pin\\', 'pin_code', 'pincode', 'pin-code', 'pin_number'],
    // `card 4111… pin 4821`, `my PIN is 4821`, `{"card":"4111…","pin":"4821"}`: a 4-6 digit PIN within 300 characters of a whole card.
    pattern: /(?<![A-Za-z])pin(?:[ _-]?(?:code|number|no\.?))?(?: (?:is|was))?(?:\\{0,3}["'])?\s{0,2}[:=]?\s{0,2}(?:\\{0,3}["'])?(?<v>\d{4,6})(?![\d/.:-])/i,
    mask: 'full',
    validate: (v, ctx) => cardNear(ctx.text, ctx.start) !== null && validateCvc(v, ctx),
    remediation: 'Purge this card PIN from the logs and have the card reissued (a PIN must never be stored)',
  }),
];
