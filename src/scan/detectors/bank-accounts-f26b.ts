import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { plausibleAccount } from './bank-accounts';

/**
 * Round f26b (blind set 26): bank account numbers in ERP forms: Xero's `BankAccountDetails` (sort code and
 * account in one string), payroll XML elements (`<ACHACCOUNTNUMBER>`), SAP IDoc bank segments (E1KNBKM, E1LFBKM).
 */

/** Bank words beside an account element: a routing or sort code, a bank, an IBAN, ACH. */
const BANK_CONTEXT = /bank|routing|sort_?code|\bbsb|ifsc|iban|swift|\bbic\b|ach|aba\b/i;

export const BANK_ACCOUNT_F26B_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'bank-account-details-field',
    name: 'Bank account number (a bank-details field)',
    category: 'financial',
    severity: 'high',
    priority: 64,
    confidence: 0.8,
    keywords: ['bankaccountdetails', 'bank_account_details', 'bank-account-details', 'bankdetails', 'bank_details'],
    // Xero `'BankAccountDetails': '32-13-55 71951477'` (UK sort code then account), `"bank_details":"062-000 12345678"` (BSB).
    pattern: /(?<![A-Za-z0-9])bank[_-]?(?:account[_-]?)?details["']?\s{0,2}(?::|=>|=)\s{0,2}["']?(?<v>(?:(?:\d{2}-\d{2}-\d{2}|\d{3}-\d{3}|\d{6})[ -])?\d{6,18})(?![\d-])/i,
    mask: 'tail',
    validate: (v) => plausibleAccount(v.replace(/^.*[ -]/, '')),
    remediation: 'Remove bank account details from logged contacts; log the contact id instead',
  }),
  defineDetector({
    id: 'bank-account-xml-element',
    name: 'Bank account number (XML element)',
    category: 'financial',
    severity: 'high',
    priority: 63,
    confidence: 0.8,
    keywords: ['accountnumber>', 'account_number>', 'acctnumber>', 'acctno>', 'accountno>', 'account_no>', 'acct_no>'],
    // Sage Intacct `<ACHBANKROUTINGNUMBER>…</…><ACHACCOUNTNUMBER>12237609</ACHACCOUNTNUMBER>`, `<BankAccountNumber>…`.
    pattern: /<(?<k>[A-Za-z_.:]{0,30}(?:account_?(?:number|no)|acct_?(?:number|no)))>(?<v>\d{6,17})<\//i,
    mask: 'tail',
    validate: (v, ctx) => plausibleAccount(v) && (BANK_CONTEXT.test(ctx.key ?? '') || BANK_CONTEXT.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start).replace(ctx.key ?? '', '') + ctx.text.slice(ctx.end, ctx.end + 300))),
    remediation: 'Remove bank account numbers from logged XML requests',
  }),
  defineDetector({
    id: 'sap-idoc-bank-segment',
    name: 'Bank account number (SAP IDoc bank segment)',
    category: 'financial',
    severity: 'high',
    priority: 63,
    confidence: 0.8,
    keywords: ['e1knbkm', 'e1lfbkm'],
    // DEBMAS/CREMAS `E1KNBKM   ES  BBVAES2XXXX    6586741756        ES94…`: country (BANKS), bank key (BANKL), account (BANKN).
    pattern: /(?<![A-Za-z0-9])E1(?:KN|LF)BKM[ \t]{1,30}[A-Z]{2}[ \t]{1,30}[A-Z0-9]{3,15}[ \t]{1,40}(?<v>\d{5,18})(?![\w-])/,
    mask: 'tail',
    validate: (v) => plausibleAccount(v),
    remediation: 'Remove bank segments from logged IDocs; log the IDoc number and status instead',
  }),
];
