import { defineDetector } from '../define-detector';
import type { Detector, Verdict } from '../detector';
import { aadhaarValid } from '../id-checksums';
import { noFnrValid } from '../id-checksums-more';
import { cnRicValid, rutValid } from '../id-checksums-world';
import { validUnderKey } from '../id-kinds';
import { GAP } from './national-ids';

/** A keyed value: digits, capitals and the separators ids are written with. */
const VALUE = String.raw`[0-9A-Z](?:[0-9A-Z]|[ ./-](?=[0-9A-Z])){4,24}`;

/** What vendor keys that are not id words hold: `pid` (BankID's fødselsnummer), `uid` (Aadhaar e-KYC), `cert_no`, `fiscal_id`, `gsmNumber`. */
function validUnderVendorKey(key: string, v: string): boolean {
  const k = key.toLowerCase().replace(/[^a-z]/g, '');
  if (k === 'pid') return /^\d{11}$/.test(v) && noFnrValid(v);
  if (k === 'uid') return /^\d{4}([ -]?)\d{4}\1\d{4}$/.test(v) && aadhaarValid(v.replace(/\D/g, ''));
  if (k.startsWith('cert')) return cnRicValid(v) || validUnderKey('national_id', v);
  if (k.startsWith('fiscal')) return validUnderKey('tax_id', v);
  if (k.startsWith('gsm')) return validUnderKey('phone', v);
  return false;
}

/** The vendor-keyed value cut back at a separator to its longest prefix the key accepts (`pid=21126292853 level=…` read case-insensitively runs on). */
function longestUnderVendorKey(key: string, v: string): boolean | Verdict {
  if (validUnderVendorKey(key, v)) return true;
  for (let i = v.length - 1; i > 4; i--) if (/[ ./-]/.test(v[i]!) && validUnderVendorKey(key, v.slice(0, i))) return { ok: true, trimEnd: i };
  return false;
}

/** ETSI EN 319 412-1 natural-person semantics identifiers: type (national id, id card, passport, tax id), country, `-`, the id. */
const ETSI_ID = String.raw`(?<![A-Za-z0-9])(?:PNO|IDC|PAS|TIN)[A-Z]{2}-(?<v>[0-9A-Z]{5,20})(?![0-9A-Za-z])`;

/** National ids under vendor key names and notations that are not id words: Salesforce `__c` fields, BankID `pid`, ETSI ids, RUTs. */
export const VENDOR_ID_KEY_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'id-custom-field',
    name: 'Personal id in a custom field (Salesforce `__c`)',
    category: 'personal',
    severity: 'high',
    priority: 63, // above nl-bsn and the other national ids, which read `BSN__c` as `BSN` since round c30
    confidence: 0.8,
    keywords: ['__c'],
    // `BSN__c=602265307`, `"SSN__c":"…"`, `Passport_Number__c`: the field name without its suffix names the id.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_])(?<k>[A-Za-z][A-Za-z0-9_]{1,40}?)__c(?:${GAP})(?<v>${VALUE})(?![\w-])`),
    mask: 'full',
    validate: (v, ctx) => validUnderKey(ctx.key ?? '', v),
    remediation: 'Remove this personal id from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'id-vendor-key',
    name: 'Personal id under a vendor key (`pid`, `uid`, `cert_no`, `fiscal_id`, `gsmNumber`)',
    category: 'personal',
    severity: 'high',
    priority: 57,
    confidence: 0.8,
    keywords: ['pid', 'uid', 'cert_no', 'certno', 'cert-no', 'cert_num', 'certnum', 'fiscal', 'gsm'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?<k>pid|uid|cert[_-]?(?:no|num(?:ber)?)|fiscal[_-]?(?:id|code|number|no)?|gsm[_-]?(?:number|no)?)(?:${GAP})(?<v>\+?${VALUE})(?![\w-])`, 'i'),
    mask: 'full',
    validate: (v, ctx) => longestUnderVendorKey(ctx.key ?? '', v),
    remediation: 'Remove this personal id from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'etsi-person-identifier',
    name: 'National id, passport or tax id in an ETSI semantics identifier (`PNOEE-…`, eIDAS certificates)',
    category: 'personal',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['pno', 'idc', 'pas', 'tin'],
    // The identifier is upper case (`PNOEE-`): lines with `tin` in `routing` or `setting` are skipped unread.
    needs: ['PNO', 'IDC', 'PAS', 'TIN'],
    // Smart-ID `documentNumber=PNOEE-38410043762-XLVA-Q`, a certificate's `serialNumber=IDCBE-…`, `PASDE-…`, `TINIT-…`.
    pattern: new RegExp(ETSI_ID),
    mask: 'full',
    validate: (v) => /\d.*\d.*\d/.test(v),
    remediation: 'Remove this identity number from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'cl-rut-on-line',
    name: 'Chilean RUT (on a line that names it, mod-11 check)',
    category: 'personal',
    severity: 'high',
    priority: 59,
    confidence: 0.85,
    keywords: ['rut', 'sii'],
    // `RutRecep=10.050.643-2`, `rut_emisor: 76086428-5`: the layout and its mod-11 check, anywhere on a line naming it.
    pattern: /(?<![\w.-])(?<v>\d{1,2}(?:\.\d{3}){2}-[\dkK]|\d{7,8}-[\dkK])(?![\w-])/,
    mask: 'full',
    validate: (v, ctx) => rutValid(v) && (v.includes('.') || /rut|\bsii\b/i.test(ctx.text)),
    remediation: 'Remove this RUT from the logs and purge the affected log indexes',
  }),
];
