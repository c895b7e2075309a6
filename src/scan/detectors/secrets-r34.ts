import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { secretValueOk } from '../secret-value';
import { cardBrand, luhnValid } from '../validators';
import { isCountingRun } from './bank-accounts';

/**
 * Round r34 (blind set 34: security operations and incident response): secrets of SOC pipelines
 * and account recovery — a Sumo Logic HTTP source URL's collector token, a Datadog application key,
 * an AWS secret key written right after its access key id (`AKIA… / …`), MFA backup codes, a
 * PowerShell `-EncodedCommand` whose decoded script holds a password, a password-manager CSV
 * export's TOTP seed and a card export's CVV.
 */

/** Not one character repeated, not a placeholder. */
const notRun = (v: string): boolean => !/^(.)\1+$/.test(v) && !/^(?:x+|X+|0+)$/.test(v);

/**
 * The header cell over the CSV cell at `start`: the nearest line above (within 3,000 characters)
 * with `want` among its comma-separated cells, and the cell's own column. Quoted cells with commas
 * are rare in these exports' leading columns; a row whose column differs is not matched.
 */
function csvHeaderAt(text: string, start: number, want: RegExp): boolean {
  const rowFrom = text.lastIndexOf('\n', start - 1) + 1;
  const col = text.slice(rowFrom, start).split(',').length - 1;
  let end = rowFrom - 1;
  for (let i = 0; i < 40 && end > 0 && rowFrom - end < 3000; i++) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const cells = text.slice(from, end).toLowerCase().split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    const at = cells.findIndex((c) => want.test(c));
    if (at >= 0) return at === col;
    end = from - 1;
  }
  return false;
}

/** Credential words in a decoded PowerShell script: a literal after `ConvertTo-SecureString`, `-Password`, `PSCredential(` or `password =`. */
const SCRIPT_SECRET = /ConvertTo-SecureString\s+(?:-String\s+)?['"][^'"]{4,}['"]|-(?:Account)?Password\s+['"][^'"$]{4,}['"]|PSCredential\s*\(\s*['"][^'"]+['"]\s*,\s*\(?\s*['"][^'"]{4,}['"]|\$\w*(?:pass|pwd)\w*\s*=\s*['"][^'"$]{4,}['"]/i;

export const SECRET_R34_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'sumologic-http-source-token',
    name: 'Sumo Logic HTTP source URL (its last path segment is the collector token)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.9,
    keywords: ['sumologic.com/receiver/'],
    pattern: /\bsumologic\.com\/receiver\/v1\/(?:http|otlp|prometheus)\/(?<v>[A-Za-z0-9_=-]{40,400})/,
    mask: 'full',
    validate: notRun,
    remediation: 'Regenerate the HTTP source URL in Sumo Logic and keep it in the secret store, not in logs',
  }),
  defineDetector({
    id: 'vault-unseal-key-share',
    name: 'HashiCorp Vault unseal key share as `vault operator init` prints it (`Unseal Key 1: …`, base64 or hex)',
    category: 'credential',
    severity: 'critical',
    priority: 62,
    confidence: 0.9,
    keywords: ['unseal key', 'unseal_key'],
    pattern: /\b[Uu]nseal[ _][Kk]eys?(?:[ _]\d{1,2})?\\{0,3}["']?[ \t]{0,4}[:=][ \t]{0,4}\\{0,3}["']?(?<v>[A-Za-z0-9+/]{44}|[0-9a-f]{66})(?![A-Za-z0-9+/=])/,
    mask: 'full',
    // A Shamir share is 33 bytes: 44 base64 characters or 66 hex digits.
    validate: (v) => notRun(v) && (v.length === 66 || Buffer.from(v, 'base64').length === 33),
    remediation: 'Rekey Vault (`vault operator rekey`) so the exposed shares stop unsealing it, and keep shares offline',
  }),
  defineDetector({
    id: 'datadog-app-key-labelled',
    name: 'Datadog application key (40 hex) under an app-key label near Datadog',
    category: 'credential',
    severity: 'high',
    priority: 61,
    confidence: 0.8,
    keywords: ['app key', 'app_key', 'appkey', 'application key', 'application_key'],
    pattern: /(?<![A-Za-z])(?:app(?:lication)?[ _-]?key)(?:\\{0,3}["'])?[ \t]{0,3}(?:[:=][ \t]{0,3})?(?:\\{0,3}["'])?(?<v>[0-9a-f]{40})(?![0-9a-fA-F])/i,
    mask: 'full',
    validate: (v, ctx) => notRun(v) && /datadog|\bdd[_-]|DD_/i.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.end + 100)),
    remediation: 'Revoke the application key in Datadog (Organization Settings > Application Keys) and issue a new one',
  }),
  defineDetector({
    id: 'aws-secret-after-key-id',
    name: 'AWS secret access key written right after its access key id (`AKIA… / <secret>`, `AKIA…:<secret>`)',
    category: 'credential',
    severity: 'critical',
    priority: 63,
    confidence: 0.9,
    keywords: ['akia', 'asia'],
    pattern: /\b(?:AKIA|ASIA)[A-Z2-7]{16}[ \t]{0,3}[/:,|][ \t]{0,3}(?<v>[A-Za-z0-9+/]{40})(?![A-Za-z0-9+/=])/,
    mask: 'full',
    validate: (v) => /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && !/EXAMPLE/.test(v),
    remediation: 'Deactivate this access key in IAM, rotate it, and record key ids without their secrets',
  }),
  defineDetector({
    id: 'mfa-backup-codes',
    name: 'MFA backup or recovery codes listed after their label',
    category: 'credential',
    severity: 'high',
    // Below mfa-recovery-code (48), which reads the same labels.
    priority: 47,
    confidence: 0.8,
    keywords: ['backup code', 'backup verification', 'recovery code', 'scratch code', 'backup_code', 'recovery_code', 'totp_backup', 'mfa_backup'],
    pattern: /(?<![A-Za-z])(?:backup|recovery|scratch|totp_backup|mfa_backup)[ _-]?(?:verification[ _-]?)?(?:codes?)?\b[^\r\n\d]{0,40}?(?<v>\d{4}[ -]?\d{4}(?:[ \t]{0,3}[,;][ \t]{0,3}\d{4}[ -]?\d{4}){0,15}|[0-9a-f]{5}-[0-9a-f]{5}(?:[ \t]{0,3}[,;][ \t]{0,3}[0-9a-f]{5}-[0-9a-f]{5}){0,15})(?![\w-])/i,
    mask: 'full',
    validate: (v) => notRun(v.replace(/[ ,;-]/g, '')),
    remediation: "Regenerate the user's backup codes and hand them over out of band, never in a ticket or log",
  }),
  defineDetector({
    id: 'mfa-backup-code-key',
    name: 'MFA backup code under its key (`totp_backup`, `backup_code`, `recovery_code`)',
    category: 'credential',
    severity: 'high',
    // Below mfa-recovery-code (48), which reads the same labels.
    priority: 47,
    confidence: 0.8,
    keywords: ['totp_backup', 'mfa_backup', 'backup_code', 'recovery_code'],
    pattern: /(?<![A-Za-z])(?:totp_backup|mfa_backup|backup_?codes?|recovery_?codes?)\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["'](?<v>[^"'\\\s]{6,64})\\{0,3}["']/i,
    mask: 'full',
    validate: (v) => secretValueOk('password', v) && notRun(v),
    remediation: "Regenerate the user's backup codes and keep them out of request logs",
  }),
  defineDetector({
    id: 'powershell-encoded-command-secret',
    name: 'PowerShell -EncodedCommand whose decoded (UTF-16LE) script holds a password literal',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['powershell', 'pwsh'],
    pattern: /\b(?:powershell|pwsh)(?:\.exe)?\b[^\r\n|]{0,200}?\s[-/]e(?:c|n|nc|nco|ncod|ncode|ncoded|ncodedc\w{0,7})?[ \t]+(?<v>[A-Za-z0-9+/]{40,20000}={0,2})(?![A-Za-z0-9+/=])/i,
    mask: 'full',
    validate: (v) => {
      const b = Buffer.from(v, 'base64');
      if (b.length < 20 || b.length % 2 !== 0) return false;
      return SCRIPT_SECRET.test(b.toString('utf16le'));
    },
    remediation: 'Change the password the encoded script carries; pass credentials to scripts from a vault, not inline',
  }),
  defineDetector({
    id: 'password-manager-csv-totp',
    name: "TOTP seed in a password-manager CSV export's totp column",
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['totp'],
    span: 3000,
    pattern: /(?<=,)(?<v>[A-Z2-7]{16,64})(?=,|\r?\n|$)/,
    mask: 'full',
    validate: (v, ctx) => notRun(v) && /[2-7]/.test(v) && csvHeaderAt(ctx.text, ctx.start, /^(?:login_)?totp$/),
    remediation: 'Re-enrol the accounts whose TOTP seeds were exported and delete the export',
  }),
  defineDetector({
    id: 'bank-account-csv-column',
    name: 'Bank account number in a CSV column named for it (`bank_account`, `account_number`)',
    category: 'financial',
    severity: 'high',
    priority: 55,
    confidence: 0.75,
    keywords: ['bank_account', 'account_number', 'acct_no', 'account_no'],
    span: 3000,
    pattern: /(?<=,)(?<v>\d{6,17})(?=,|\r?\n|$)/,
    mask: 'full',
    // Round r41: not a counting run either (`1234567890` is a test row's placeholder).
    validate: (v, ctx) => notRun(v) && !isCountingRun(v) && csvHeaderAt(ctx.text, ctx.start, /^(?:bank[ _]?account(?:[ _]?(?:number|no))?|account[ _]?(?:number|no)|acct[ _]?no|bank_acct)$/),
    remediation: 'Export disputes and payouts with masked account numbers (last four digits)',
  }),
  defineDetector({
    id: 'card-number-in-card-record',
    name: 'Card number under a bare `Number:` label in a card record (stealer logs, password-manager card notes)',
    category: 'financial',
    severity: 'critical',
    priority: 69,
    confidence: 0.85,
    keywords: ['number:', 'number :'],
    // The window holds the record's lines above (`NoteType:Credit Card`, `Name on Card:`) and after (`Exp:`).
    span: 100,
    spanBack: 6,
    pattern: /(?<![A-Za-z])Number[ \t]{0,12}:[ \t]{0,4}(?<v>\d{13,19})(?!\d)/,
    mask: 'card',
    // The record says it is a card on the lines around (`NoteType:Credit Card`, `Holder:`, `Exp:`, `Security Code:`).
    validate: (v, ctx) =>
      luhnValid(v) && cardBrand(v) !== null && /card|holder|\bexp(?:iry|iration)?\b|security code|cvv|cvc|visa|mastercard|amex/i.test(ctx.text.slice(Math.max(0, ctx.start - 200), ctx.end + 100)),
    remediation: 'Purge this card number from the logs (PCI DSS) and treat the card as compromised',
  }),
  defineDetector({
    id: 'card-cvv-export',
    name: 'Card CVV in a card export (`Exp / CVV : 04/28 / 123`, a vault card object\'s `"code"`)',
    category: 'financial',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['cvv', '"card"'],
    span: 400,
    pattern: /(?:\bExp(?:iry)?[ \t]?\/[ \t]?CVV2?[ \t]{0,12}:[ \t]{0,4}\d{2}\/\d{2,4}[ \t]{0,3}\/[ \t]{0,3}|"card"\s{0,2}:\s{0,2}\{[^{}]{0,400}?"code"\s{0,2}:\s{0,2}")(?<v>\d{3,4})(?!\d)/i,
    mask: 'full',
    remediation: 'Never store or export card security codes (PCI DSS 3.3.2); delete the export',
  }),
];
