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
