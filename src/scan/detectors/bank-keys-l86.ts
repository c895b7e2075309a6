import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { keyCoreWords } from '../key-names';
import { abaValid, isLowEntropy } from '../validators';
import { cardNear, validateCvc } from './financial';

/**
 * Lead round l86 (blind set 82 at a fresh seed): bank numbers and card codes under keys that name them in any convention
 * and container the older readers did not list: `"ddaAccount":"…"`, `'ACCOUNT_NUMBER_PROD': '…'`, `| acct-no_1 | … |`,
 * `<input name="account-number" value="…">`, `name="user[routing]" value="…"`, `| Routing | … |`, `cvn = 869`,
 * `auth.cvn = "537"`. The key is read by its words (key-names.ts), so suffixes and casing do not matter.
 */

/** A key (brackets, dots and spaced title words allowed), what separates it from its value, and a digit run. */
const keyed = (digits: string, word: string): RegExp =>
  new RegExp(
    String.raw`(?<![\w.$@-])(?<k>(?=[\w.\[\] -]{0,50}?(?:${word}))[A-Za-z_][\w.\[\]-]{0,50}(?: [A-Z][a-z]{1,12}){0,2})(?:\\{0,3}["'])?(?:[ \t]{0,3}(?:=>|->|:=|[:=|])[ \t]{0,3}|\t{1,3}|>|[ \t]{1,3}value=)(?:\\{0,3}["'])?(?<v>${digits})(?![\d\w]|[.,/-]\d)`,
  );

/** The key's core words, its brackets and quotes taken as separators (`user[routing]` → user, routing). */
const words = (ctx: MatchContext): string[] => keyCoreWords((ctx.key ?? '').replace(/[[\]]/g, '_'));

/** Words that make an `account` key about something else than a bank account's number. */
const NOT_BANK = /^(?:id|ids|type|name|holder|status|ref|reference|manager|owner|email|mail|user|login|count|balance|currency|country|plan|tier|level|role|key|token|sid|secret|region|url|service|tag|label|phone|address|code|pin|age|limit|created|updated|version|index|page|size|alias|nickname|slug|uuid|guid|tax|vat|customer|merchant|member|loyalty|policy|invoice|order|ticket|case|contract|subscription|aws|gcp|azure|cloud|storage|sso|github|slack|stripe)$/;

/** A bank account's number: `account`/`acct` with a number word, or an account of a bank kind (`ddaAccount`, `bankAccount`). */
function bankAccountKey(w: readonly string[]): boolean {
  if (w.some((x) => NOT_BANK.test(x))) return false;
  const acct = w.findIndex((x) => /^(?:account|acct|acc|accno|acctno|accountno|accountnumber|acctnum)$/.test(x));
  if (acct < 0) return false;
  if (/^(?:accno|acctno|accountno|accountnumber|acctnum)$/.test(w[acct]!)) return true;
  return w.some((x) => /^(?:number|num|no|nr|nbr|bank|dda|checking|savings|deposit|payout|settlement|beneficiary|debtor|creditor|ach|direct)$/.test(x));
}

export const BANK_KEYS_L86_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'bank-account-under-account-key-any-form',
    name: 'Bank account number under a key naming it, in any convention and container (`ddaAccount`, `ACCOUNT_NUMBER_PROD`, `| acct-no_1 |`, `name="account-number" value=`)',
    category: 'financial',
    severity: 'high',
    priority: 30, // a fallback: every older bank reader names the same spans more specifically
    confidence: 0.7,
    keywords: ['account', 'acct', 'acc_', 'acc-', 'accno'],
    precheck: { re: /acc(?:oun)?t?[\w.\[\] -]{0,30}(?:\\{0,3}["'])?(?:[ \t]{0,3}(?:=>|->|:=|[:=|])[ \t]{0,3}|\t|>|[ \t]value=)(?:\\{0,3}["'])?\d{6}/i, reach: 60 },
    pattern: keyed(String.raw`\d{6,17}`, '[Aa][Cc][Cc]'),
    mask: 'tail',
    validate: (v, ctx) => bankAccountKey(words(ctx)) && !isLowEntropy(v) && !/^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])$/.test(v),
    remediation: 'Remove this bank account number from the logs',
  }),
  defineDetector({
    id: 'aba-routing-under-routing-key-any-form',
    name: 'ABA routing number (checksum holds) under a key naming it, in any container (`name="user[routing]" value=`, `| Routing | … |`)',
    category: 'financial',
    severity: 'medium',
    priority: 30,
    confidence: 0.8,
    keywords: ['routing', 'rtn', 'aba'],
    pattern: keyed(String.raw`\d{9}`, '[Rr][Oo][Uu][Tt][Ii][Nn][Gg]|[Rr][Tt][Nn]|[Aa][Bb][Aa]'),
    mask: 'full',
    validate: (v, ctx) => {
      const w = words(ctx);
      return abaValid(v) && w.some((x) => /^(?:routing|rtn|aba|routingnumber|abanumber)$/.test(x)) && !w.some((x) => /^(?:key|id|table|rule|rules|policy|group)$/.test(x));
    },
    remediation: 'Remove this routing number (and the account number next to it) from the logs',
  }),
  defineDetector({
    id: 'card-code-under-code-key-any-form',
    name: 'Card security code under a key naming it (`cvn = 869`, `auth.cvn`, `cvd`, `cvv2`) with a card number near',
    category: 'financial',
    severity: 'high',
    priority: 30,
    confidence: 0.75,
    keywords: ['cvc', 'cvv', 'cvn', 'cvd', 'csc'],
    // The card is often a line or a few above (`card = "…"` then `auth.cvn = "537"` in TOML): the window reaches back to it.
    span: 300,
    spanBack: 6,
    pattern: keyed(String.raw`\d{3,4}`, '[Cc][Vv][CcVvNnDd]|[Cc][Ss][Cc]'),
    mask: 'full',
    validate: (v, ctx) => words(ctx).some((x) => /^(?:cvc2?|cvv2?|cvn2?|cvd|csc|cardcvc|cardcvv)$/.test(x)) && cardNear(ctx.text, ctx.start) !== null && validateCvc(v, ctx),
    remediation: 'Purge this card security code from the logs (PCI DSS forbids storing it)',
  }),
];
