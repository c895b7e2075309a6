import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { abaValid } from '../validators';

/** A password's characters in a config line (no quote, space, or closing bracket). */
const PASS = String.raw`[^\s"'()<>\]]{4,64}`;

/** True when `v` reads as a keystore password, not a placeholder, a variable, a mask or Java's default. */
export function keystorePassword(v: string): boolean {
  if (/^(?:\$\{?|%|\{\{|<|\*+$|x+$)/i.test(v) || /^(?:changeit|changeme|password|secret|none|null|redacted|masked)$/i.test(v)) return false;
  return v.length >= 6 || /\d/.test(v);
}

/** Integration credentials of EDI, AS2 and MLLP partners: keystore passwords, IPsec PSKs, PKCS#12 bundles; payroll bank fields. */
export const EDI_CREDENTIAL_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'keystore-password-option',
    name: 'Keystore or certificate password (storepass, keypass, the PIN of a .pfx/.p12)',
    category: 'credential',
    severity: 'high',
    priority: 46,
    confidence: 0.8,
    keywords: ['storepass', 'keypass', '.pfx', '.p12', '.jks'],
    // `keytool … -storepass X`, `(storepass=X)`, `elster.pfx PIN=X`, `empresa.pfx senha=X`.
    pattern: new RegExp(String.raw`(?:(?<![A-Za-z0-9-])-?(?:store|key|src|dest)_?pass(?:word)?(?:\s{1,3}|\s{0,3}[=:]\s{0,3})|\.(?:pfx|p12|jks)\b[^\n]{0,40}?(?<![\w-])(?:pin|senha|passwort|kennwort|wachtwoord|contrase[nñ]a|mot[_ ]de[_ ]passe)\s{0,3}[=:]\s{0,3})["']?(?<v>${PASS})`, 'i'),
    mask: 'full',
    validate: (v) => keystorePassword(v),
    remediation: 'Rotate the certificate (its keystore password was logged) and stop logging keystore options',
  }),
  defineDetector({
    id: 'ipsec-psk',
    name: 'IPsec / VPN pre-shared key (ipsec.secrets `: PSK`)',
    category: 'credential',
    severity: 'critical',
    priority: 60,
    confidence: 0.85,
    keywords: ['psk'],
    // `203.0.113.5 198.51.100.7 : PSK "…"`, `%any host : PSK 0sBASE64…` (strongSwan: 0s base64, 0x hex; a `0x` not followed by hex alone is part of the key).
    pattern: /:\s{0,3}PSK\s{1,3}"?(?:0x(?=[0-9A-Fa-f]{16,}(?![^\s"]))|0s(?=[A-Za-z0-9+/=]{16}))?(?<v>[^\s"]{8,200})"?/,
    mask: 'full',
    validate: (v) => keystorePassword(v),
    remediation: 'Rotate this pre-shared key on both tunnel ends and stop logging ipsec.secrets',
  }),
  defineDetector({
    id: 'pkcs12-base64',
    name: 'PKCS#12 / PFX bundle (base64: certificate and private key)',
    category: 'credential',
    severity: 'critical',
    priority: 62,
    confidence: 0.9,
    keywords: ['ibazcc', 'miacaqmw'],
    // DER `30 82 LL LL 02 01 03 30 82`: a SEQUENCE whose first member is version 3, as every PFX begins (`MIIJYQIBAzCC…`).
    pattern: /(?<![A-Za-z0-9+/])(?<v>(?:MII[A-Za-z0-9+/]{2}[AQgw]IBAzCC|MIACAQMwgA)[A-Za-z0-9+/]{120,}={0,2})/,
    mask: 'prefix',
    remediation: 'Revoke and reissue this certificate: its PKCS#12 bundle (private key included) was logged',
  }),
  defineDetector({
    id: 'routing-number-nested-value',
    name: 'Bank routing number (under a routing key as a nested id value: ADP `routingTransitID.idValue`)',
    category: 'financial',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['routing'],
    pattern: /routing\w{0,20}\\{0,3}["']?\s{0,3}:\s{0,3}\{\s{0,3}\\{0,3}["']?(?:idValue|value|id|number)\\{0,3}["']?\s{0,3}:\s{0,3}\\{0,3}["']?(?<v>\d{9})(?!\d)/i,
    mask: 'full',
    validate: (v) => abaValid(v),
    remediation: 'Log direct-deposit changes without their bank fields',
  }),
  defineDetector({
    id: 'bank-branch-number-keyed',
    name: 'Bank branch number (Australian BSB, UK sort code under a branch-code key)',
    category: 'financial',
    severity: 'medium',
    priority: 48,
    confidence: 0.75,
    keywords: ['bsb', 'branch_code', 'branchcode', 'branch-code'],
    // `<BSB>779-645</BSB>`, `"bsb_number":"062-000"`, GoCardless `"branch_code":"15-00-72"` (a sort code's dashed pairs).
    pattern: /(?<![A-Za-z0-9])(?:(?:[a-z]{1,12}_)?bsb(?:_?(?:number|code|no))?\\{0,3}["']?(?:\s{0,3}[:=]\s{0,3}\\{0,3}["']?|>)(?<v>\d{3}[- ]?\d{3})|branch[_-]?code\\{0,3}["']?(?:\s{0,3}[:=]\s{0,3}\\{0,3}["']?|>)(?<w>\d{2}-\d{2}-\d{2}))(?![\w-])/i,
    mask: 'full',
    validate: (v) => !/^(\d)\1+$/.test(v.replace(/\D/g, '')),
    remediation: 'Log bank-detail changes without their bank fields',
  }),
  defineDetector({
    id: 'depositor-account-number',
    name: 'Bank account number (IRS DepositorAccountNum, DFI account keys)',
    category: 'financial',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['depositoraccount', 'depositor_account', 'dfiaccount', 'dfi_account'],
    pattern: /(?<![A-Za-z0-9])(?:depositor|dfi|receiving_?dfi)_?acc(?:oun)?t_?(?:num(?:ber)?|no|nbr)?\\{0,3}["']?(?:\s{0,3}[:=]\s{0,3}\\{0,3}["']?|>)(?<v>\d{4,17})(?!\d)/i,
    mask: 'tail',
    validate: (v) => !/^(\d)\1+$/.test(v),
    remediation: 'Log refund and deposit records without their bank fields',
  }),
  defineDetector({
    id: 'authorize-net-transaction-key',
    name: 'Authorize.Net transaction key',
    category: 'credential',
    severity: 'critical',
    priority: 55,
    confidence: 0.85,
    keywords: ['transactionkey', 'transaction_key', 'transaction-key'],
    // `"merchantAuthentication":{"name":"…","transactionKey":"8x7Y…"}`: with the login id, it charges cards on the merchant's account.
    // Round r38: also the XML API's element, `<transactionKey>8x7Y…</transactionKey>` (WooCommerce gateway request logs).
    pattern: /transaction[_-]?key(?:\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["']?|>)(?<v>[A-Za-z0-9]{16})(?![A-Za-z0-9])/i,
    mask: 'full',
    validate: (v) => /\d/.test(v) || /[a-z]/.test(v) && /[A-Z]/.test(v),
    remediation: 'Regenerate the transaction key in the Authorize.Net merchant interface and stop logging API requests',
  }),
];
