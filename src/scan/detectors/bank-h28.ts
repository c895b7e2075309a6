import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';
import { abaChecksumOk } from '../validators';

/**
 * Round h28 (blind set 28: AI application and agent logs): bank details people type into prompts, tool
 * arguments and retrieved documents — a routing number, BSB, sort code or IFSC beside an account number,
 * one label per value (`ABA routing: 196098984, Acct no.: 939115669`, `"routing_number": "…"`,
 * `BSB: 082-301\nAccount: 87878843`), also inside JSON and Python strings where `\n` joins the lines.
 */

/** Start of a label: not inside a word, or right after an escaped line break (`…\nAccount:`). */
const OPEN = String.raw`(?:(?<![A-Za-z0-9_])|(?<=\\[nrt]))`;
/** Between a label and its value: `: `, ` #: `, `=`, `": "`, `\": \"`, a key's trailing `_`, or prose (`routing 196098984`, `Routing # is …`). */
const BETWEEN = String.raw`(?:_?\\{0,3}["']?\s{0,2}(?:[:=#]|#:)\s{0,2}\\{0,3}["']?|\s(?:#\s)?(?:is\s)?)`;
/** An account number's label (`Account`, `Acct no.`, `account_number`, `bank account #`). */
const ACCOUNT_LABEL = String.raw`(?:bank[ _-]?)?(?:account|acct|a\/c)(?:[ _-]?(?:number|num|no\.?|nr\.?|#))?`;
/** A branch code's label beside an account: ABA routing, transit, BSB, sort code, IFSC. */
const BRANCH_NEAR = /(?<=^|[^A-Za-z]|\\[nrt])(?:routing|aba\b|transit|bsb\b|sort[ _-]?code|ifsc(?:[ _-]?code)?\b)\s{0,2}(?:[a-z#.]{0,8}\s{0,2})?(?:\\?["'])?\s{0,2}[:=#]|(?:^|[^A-Za-z0-9])[A-Z]{4}0[A-Z0-9]{6}(?![A-Za-z0-9])|(?:routing|\baba)\s{1,2}(?:#\s)?(?:is\s)?\d{9}/i;
/** An account label near a routing number or BSB. */
const ACCOUNT_NEAR = /(?:account|acct|a\/c)(?:[ _-]?(?:number|num|no\.?|nr\.?|#))?(?:\s{0,2}(?:\\?["'])?\s{0,2}[:=#]|\s{1,2}(?:is\s)?\d{6})/i;


/** Bank routing and account numbers under their labels, each beside the other half of the pair. */
export const BANK_H28_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'aba-routing-beside-account',
    name: 'US ABA routing number under its label, beside an account number',
    category: 'financial',
    severity: 'medium',
    priority: 40,
    confidence: 0.7,
    keywords: ['routing', 'aba'],
    pattern: new RegExp(String.raw`${OPEN}(?:ABA(?:[ _-]?routing)?|routing)(?:[ _-]?(?:number|num|no\.?|#|transit))?${BETWEEN}(?<v>\d{9})(?![\d-]|\.\d)`, 'i'),
    mask: 'tail',
    validate: (v, ctx) => abaChecksumOk(v) && nearby(ACCOUNT_NEAR, ctx.text, ctx.start, ctx.end, 200),
    remediation: 'Keep bank details out of prompts and tool-call logs: tokenize them before the model sees them',
  }),
  defineDetector({
    id: 'bank-account-beside-branch-label',
    name: 'Bank account number under its label, beside a routing number, BSB, sort code or IFSC',
    category: 'financial',
    severity: 'high',
    priority: 40,
    confidence: 0.7,
    keywords: ['account', 'acct', 'a/c'],
    pattern: new RegExp(String.raw`(?:(?<![A-Za-z_])|(?<=\\[nrt]))${ACCOUNT_LABEL}${BETWEEN}(?<v>\d{6,18})(?![\d-]|\.\d)`, 'i'),
    mask: 'tail',
    validate: (v, ctx) => !/^(\d)\1+$/.test(v) && nearby(BRANCH_NEAR, ctx.text, ctx.start, ctx.end, 160),
    remediation: 'Keep bank details out of prompts and tool-call logs: tokenize them before the model sees them',
  }),
  defineDetector({
    id: 'bsb-beside-account',
    name: 'Australian BSB (bank-state-branch) under its label, beside an account number',
    category: 'financial',
    severity: 'medium',
    priority: 40,
    confidence: 0.7,
    keywords: ['bsb'],
    pattern: new RegExp(String.raw`${OPEN}bsb(?:[ _-]?(?:number|code|no\.?))?${BETWEEN}(?<v>\d{3}[- ]?\d{3})(?![\d-])`, 'i'),
    mask: 'tail',
    validate: (v, ctx) => nearby(ACCOUNT_NEAR, ctx.text, ctx.start, ctx.end, 160),
    remediation: 'Keep bank details out of prompts and tool-call logs: tokenize them before the model sees them',
  }),
];
