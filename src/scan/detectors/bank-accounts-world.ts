import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { lineNames } from './national-ids-context';
import { GAP } from './national-ids';
import { accountBesideCode } from './bank-accounts';
import { bankDirectoryLine } from './company-ids-r33';

/** MX CLABE: 18 digits (bank, branch, account), the last a check digit (weights 3, 7, 1; sum mod 10). */
export function clabeValid(v: string): boolean {
  const d = v.replace(/\D/g, '');
  if (d.length !== 18 || /^(\d)\1+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (Number(d[i]) * [3, 7, 1][i % 3]!) % 10;
  return (10 - (sum % 10)) % 10 === Number(d[17]);
}

/** An account number's digits: not a run of one digit and not a counting run (`1234567`). */
function plausibleDigits(v: string): boolean {
  const d = v.replace(/\D/g, '');
  if (new Set(d).size <= 2) return false;
  let steps = 0;
  for (let i = 1; i < d.length; i++) if (Math.abs(d.charCodeAt(i) - d.charCodeAt(i - 1)) === 1) steps++;
  return steps < d.length - 1;
}

/** Words of a line that give bank details: a branch, a bank code, a transfer scheme. */
const BANK_DETAILS = /transit|institution|\bbsb|ifsc|ag[eê]ncia|agencia|branch|sort[ _-]?code|clabe|routing[ _-]?(?:number|no|nr|code)|\baba\b|swift|\bbic\b|banco|bank[ _-]?(?:code|name|number)|\bbank\b|iban|spei|\bpix\b|\beft\b|\bach\b|bacs|neft|imps/i;

/** Bank details of Mexico, India, Canada and Brazil, and account numbers beside a branch or bank code. */
export const WORLD_BANK_ACCOUNT_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'mx-clabe',
    name: 'Mexican CLABE (interbank account number)',
    category: 'financial',
    severity: 'high',
    priority: 66,
    confidence: 0.85,
    keywords: ['clabe', 'spei', 'cuenta'],
    // `{"clabe":"012180012345678912"}`, `SPEI … cuenta destino 012 180 01234567891 2`: the check digit and a CLABE word on the line.
    pattern: /(?<![\w.-])(?<v>\d{18}|\d{3} \d{3} \d{11} \d)(?![\w-])/,
    mask: 'tail',
    validate: (v, ctx) => clabeValid(v) && lineNames(ctx.text, ctx.start, ctx.start + v.length, /clabe|spei|cuenta/i),
    remediation: 'Remove this CLABE (bank account number) from the logs',
  }),
  defineDetector({
    id: 'in-ifsc',
    name: 'Indian IFSC (bank branch code, on a line that names it)',
    category: 'financial',
    severity: 'medium',
    priority: 60,
    confidence: 0.85,
    keywords: ['ifsc'],
    // `"ifsc":"HDFC0001234"`: four letters, a zero, six letters or digits; it names the branch of the account beside it.
    pattern: /(?<![A-Za-z0-9])(?<v>[A-Z]{4}0[A-Z0-9]{6})(?![A-Za-z0-9])/,
    mask: 'full',
    // An IFSC alone (a bank directory lookup) names a branch: public directory data, reported but not a leak.
    validate: (v, ctx) => lineNames(ctx.text, ctx.start, ctx.start + v.length, /ifsc/i) && ((!bankDirectoryLine(ctx) && accountBesideCode(ctx.text, ctx.start, ctx.start + v.length)) || { ok: true, public: true }),
    remediation: 'Remove this IFSC (and the account number next to it) from the logs',
  }),
  defineDetector({
    id: 'bank-branch-code',
    name: 'Bank branch code (Canadian transit, Brazilian agência)',
    category: 'financial',
    severity: 'medium',
    priority: 60,
    confidence: 0.8,
    keywords: ['transit', 'agencia', 'agência', 'ag%c3%aancia', 'bank_branch', 'bankbranch', 'bank-branch', 'bank branch', 'branch_', 'branch-', 'branch ', 'branchn', 'branchc'],
    // `"transit_number":"12345"`, `agencia=1234`, `"bank_branch":"0001-9"`: the branch part of an account's details.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?<k>(?:bank[_ -]?)?(?:transit|ag[eê]ncia|agencia|ag%C3%AAncia)(?:[_ -]?(?:number|no|nr|code|num|numero|banc[aá]ria))?|bank[_ -]?branch(?:[_ -]?(?:number|no|nr|code))?|branch[_ -]?(?:number|no|nr|code))${GAP}(?<v>\d{4,5}(?:-[\dXx])?)(?![\w-])`, 'i'),
    mask: 'full',
    validate: (v, ctx) => (/transit/i.test(ctx.key ?? '') ? /^\d{5}$/.test(v) : /^\d{4}(?:-[\dXx])?$/.test(v)) && lineNames(ctx.text, ctx.start, ctx.start + v.length, /account|acct|conta|institution|banco|bank/i),
    remediation: 'Remove this branch code (and the account number next to it) from the logs',
  }),
  defineDetector({
    id: 'bank-account-beside-branch',
    name: 'Bank account number (beside a branch or bank code)',
    category: 'financial',
    severity: 'high',
    priority: 64,
    confidence: 0.8,
    // `conta` only before a separator or `corrente` (not `container`, `contact`).
    keywords: ['account', 'acct', 'acc_', 'acc-', 'accno', 'acc_no', 'contacorrente', ...['=', ':', '"', "'", '>', '%', '\\', '_', '-', ' '].map((s) => `conta${s}`), 'cuenta', 'konto', 'rekening', 'compte'],
    // `{"transit_number":"12345","institution_number":"003","account_number":"1234567"}`, `agencia=1234 conta_corrente=12345-6`,
    // `bsb_number=062000 acc_no=123456789`, `ifsc_code=HDFC0001234 bank_account_no=…`.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?<k>(?:bank[_ .-]?|beneficiary[_ .-]?)?(?:account|acct|acc|conta(?:[_ -]?corrente)?|cuenta|n[uú]mero[_ -]?(?:de[_ -])?(?:cuenta|conta|compte)|kontonummer|konto|rekeningnummer|rekening|compte)(?:[_ .-]?(?:number|num|no|nr|#))?)${GAP}(?<v>\d{5,18}(?:-[\dXx])?)(?![\w-])`, 'i'),
    mask: 'tail',
    validate: (v, ctx) => plausibleDigits(v) && BANK_DETAILS.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start + v.length + 300).replace(ctx.key ?? '', '')),
    remediation: 'Remove this bank account number from the logs',
  }),
];
