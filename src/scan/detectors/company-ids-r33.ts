import type { MatchContext } from '../detector';

/**
 * Round r33 (blind set 33: fintech back offices): the public look-alikes of its rails, kept small and
 * shared by the detectors they narrow — a company's own tax id after its name, a bank directory's
 * routing row, the addresses of an on-chain record.
 */

/** A company's legal form ending its name (`Globex Payroll LLC`, `Acme GmbH`, `Kestrel Foods Pty Ltd`, `Helios S.A.`). */
const LEGAL_FORM = /(?:^|[\s(,])(?:GmbH|AG|SE|KG|Inc\.?|Ltd\.?|Limited|LLC|LLP|plc|PLC|Corp\.?|S\.A\.?|SAS|SARL|S\.r\.l\.?|S\.p\.A\.?|B\.V\.?|N\.V\.?|AB|Oy|ApS|A\/S|AS)(?=[\s,;)]|$)/;

/**
 * True when the key is an EIN or VAT key (`EIN`, `fein`, `VAT`, `vat_id`, `USt-IdNr`, `TVA`) and the 120 characters of
 * the line before the value name a company with its legal form: the company's own tax id, printed on its invoices.
 */
export function afterCompanyName(key: string, ctx: MatchContext): boolean {
  if (!/^(?:f?ein|vat(?:[_ -]?(?:id|in|no|number|reg\w*))?|ust[_ -]?id\w*|tva\w*)$/i.test(key)) return false;
  const lineStart = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
  const before = ctx.text.slice(Math.max(lineStart, ctx.start - 120), ctx.start);
  return LEGAL_FORM.test(before);
}

/** Words of an account beside a routing number: the row is a customer's, not a directory's. */
const ACCOUNT_WORD = /\b(?:acct|account|dda|a\/c|beneficiary|payee|customer)\b/i;

/**
 * True when the routing number is a bank directory's row: the bank's name in capitals right after it and then a
 * column gap or a comma (`ABA 021000021  CHASE  fedwire=Y`), and no account word on the line.
 */
export function directoryRow(ctx: MatchContext): boolean {
  const lineEnd = ctx.text.indexOf('\n', ctx.end);
  const after = ctx.text.slice(ctx.end, lineEnd < 0 ? ctx.text.length : lineEnd);
  if (!/^[ \t]{1,4}(?!ACCT|ACCOUNT|DDA)[A-Z][A-Z&.'-]{2,}(?: [A-Z&.'-]{1,20}){0,4}(?:[ \t]{2,}|,|$)/.test(after)) return false;
  const lineStart = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
  return !ACCOUNT_WORD.test(ctx.text.slice(lineStart, ctx.start) + after);
}

/**
 * Fields of an on-chain record: a mined transaction's receipt (`blockNumber`, `gasUsed`, `txHash`, `transactionHash`) or a
 * read-only JSON-RPC call (`eth_call`, `eth_getBalance`): the addresses in it are public chain data, not a customer's.
 */
const ON_CHAIN = /(?<![A-Za-z])(?:tx_?hash|transaction_?hash|block_?hash|block_?number|gas_?used|effective_?gas_?price)(?![a-z])|(?<![\w])eth_(?:call|get[A-Z]\w{2,30}|estimateGas|blockNumber)(?![\w])/i;

/** True when `text` (the line around a wallet address) is an on-chain record. */
export function onChainRecord(text: string): boolean {
  return ON_CHAIN.test(text);
}

/** Words of a bank directory's load or lookup (`bank-directory refresh`, `4200 branches loaded`, `routing table sync`). */
const DIRECTORY_WORDS = /\bbank[ _-]?directory\b|\bdirectory (?:refresh|sync|load|lookup|import)|\bbranch(?:es)? (?:loaded|imported|directory|lookup|list)|\brouting[ _-]table\b|\bbank[ _-]?(?:list|lookup)\b/i;
/** Words of a customer's account beside a code. */
const ACCOUNT_NEAR = /account|acct|\bacc\b|a\/c|konto|compte|cuenta|\bconta\b|beneficiary|payee|\biban\b|customer|employee|member|holder/i;

/**
 * Round r73: true when a bank code (sort code, BSB, IFSC, routing number) at `[ctx.start, ctx.end)` sits on the line of a
 * bank directory's refresh or lookup (`bank-directory refresh: sort_code=… ifsc=… routing=… -- 4200 branches loaded`)
 * with no account, payee or holder within 250 characters: a branch's public code, not a customer's bank details.
 */
export function bankDirectoryLine(ctx: MatchContext): boolean {
  const ls = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
  const le = ctx.text.indexOf('\n', ctx.end);
  const line = ctx.text.slice(Math.max(ls, ctx.start - 400), le < 0 ? Math.min(ctx.text.length, ctx.end + 400) : Math.min(le, ctx.end + 400));
  return DIRECTORY_WORDS.test(line) && !ACCOUNT_NEAR.test(ctx.text.slice(Math.max(0, ctx.start - 250), ctx.end + 250));
}
