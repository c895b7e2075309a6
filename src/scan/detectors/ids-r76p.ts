import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { cpfValid, nirValid } from '../id-checksums';
import { amkaValid, emiratesIdValid, thIdValid } from '../id-checksums-global';
import { czRcValid, ilIdValid, twIdValid } from '../id-checksums-world';
import { luhnValid } from '../validators';

/**
 * Round r76p (blind set 76: localized logs of global integrations), national ids under their own names:
 * - under a label beyond Latin-1, each judged by its check digits or layout: Ukraine's РНОКПП, Greece's ΑΜΚΑ, Israel's
 *   ת"ז, the Emirates id, Thailand's citizen id, Taiwan's 身分證字號, the Czech rodné číslo (a few words may come between,
 *   `rodné číslo pojištěnce Jiří Dvořák: 910620/7913`), Russian and Japanese passports (`паспорт: 77 05 781335`, `旅券番号`);
 * - a document number beside its type (`"identification":{"type":"DNI","number":"…"}`, `"tipoDocumento":"CC","numeroDocumento":"…"`),
 *   a CPF under a `holder_document` key, a Mexican NSS (Luhn) under `nss`, an 8-digit DNI after `DNI`, a NIR after
 *   `sécurité sociale`.
 * Left alone on purpose: company numbers under the same words (a CNPJ, a CUIT 30-, an RFC of 12 characters), an id whose
 * check digits fail.
 */

/** Ukraine's РНОКПП (ІПН): 10 digits, the last a weighted check. */
export function rnokppValid(v: string): boolean {
  const d = v.replace(/\D/g, '');
  if (!/^\d{10}$/.test(d) || /^(\d)\1+$/.test(d)) return false;
  const w = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
  const s = w.reduce((a, x, i) => a + x * Number(d[i]), 0);
  return ((s % 11) + 11) % 11 % 10 === Number(d[9]);
}

const NATIVE_IDS: ReadonlyMap<string, (v: string) => boolean> = new Map<string, (v: string) => boolean>([
  ['РНОКПП', rnokppValid],
  ['рнокпп', rnokppValid],
  ['ІПН', rnokppValid],
  ['ΑΜΚΑ', amkaValid],
  ['Α.Μ.Κ.Α.', amkaValid],
  ['ת"ז', ilIdValid],
  ['ת״ז', ilIdValid],
  ['תעודת זהות', ilIdValid],
  ['מספר זהות', ilIdValid],
  ['رقم الهوية الإماراتية', emiratesIdValid],
  ['الهوية الإماراتية', emiratesIdValid],
  ['เลขประจำตัวประชาชน', thIdValid],
  ['เลขบัตรประชาชน', thIdValid],
  ['身分證字號', (v) => twIdValid(v.toUpperCase())],
  ['身分證號', (v) => twIdValid(v.toUpperCase())],
  ['身份證字號', (v) => twIdValid(v.toUpperCase())],
  ['rodné číslo', czRcValid],
  ['Rodné číslo', czRcValid],
  ['паспорт', (v) => /^\d{2} ?\d{2} ?\d{6}$/.test(v) && !/^(\d)\1+$/.test(v.replace(/\D/g, ''))],
  ['Паспорт', (v) => /^\d{2} ?\d{2} ?\d{6}$/.test(v) && !/^(\d)\1+$/.test(v.replace(/\D/g, ''))],
  ['旅券番号', (v) => /^[A-Z]{2}\d{7}$/.test(v)],
]);
const LABELS = [...NATIVE_IDS.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** Luhn over the 11 digits of a Mexican NSS (IMSS number). */
const nssMxValid = (v: string): boolean => /^\d{11}$/.test(v) && !/^(\d)\1+$/.test(v) && luhnValid(v);

export const IDS_R76P_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'national-id-under-native-label-r76p',
    wideOnly: true,
    name: 'National id under its own label beyond Latin-1 (РНОКПП, ΑΜΚΑ, ת"ז, Emirates id, Thai id, 身分證字號, rodné číslo, паспорт, 旅券番号)',
    category: 'personal',
    severity: 'high',
    priority: 57,
    confidence: 0.85,
    precheck: { re: new RegExp(LABELS), reach: 0 },
    // The label, a few words (`pojištěnce Jiří Dvořák`), a separator, the id: the check digits decide.
    pattern: new RegExp(String.raw`(?<k>${LABELS})(?:\\?["'])?(?:[^\d\r\n]{0,40}?)[ \t\u3000]{0,3}(?:[:=：＝№#]|=>)?[ \t\u3000]{0,3}(?:\\?["'「])?(?<v>[A-Za-z]{1,2}\d{7,9}|\d[\d \-/]{6,20}\d)(?![\d])`),
    mask: 'full',
    validate: (v, ctx) => NATIVE_IDS.get(ctx.key ?? '')?.(v.trim()) ?? false,
    remediation: 'Remove this national id from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'document-number-beside-type',
    name: 'Identity document number beside its type (`"type":"DNI","number":"…"`, `"tipoDocumento":"CC","numeroDocumento":"…"`)',
    category: 'personal',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['"dni"', '"cc"', '"ce"', '"ci"', '"le"', '"lc"'],
    pattern: /"(?:type|tipo(?:_?[Dd]ocumento)?|document_?[Tt]ype|doc_?type)"\s{0,2}:\s{0,2}"(?<k>DNI|CC|CE|CI|LE|LC)"\s{0,2},\s{0,2}"(?:number|n[uú]mero(?:_?[Dd]ocumento)?|document_?[Nn]umber|doc_?number)"\s{0,2}:\s{0,2}"(?<v>\d{1,2}\.?\d{3}\.?\d{3}|\d{6,10})"/,
    mask: 'full',
    validate: (v, ctx) => {
      const d = v.replace(/\./g, '');
      if (/^(\d)\1+$/.test(d) || /^0/.test(d)) return false;
      return ctx.key === 'CC' || ctx.key === 'CE' ? d.length >= 6 && d.length <= 10 : d.length >= 7 && d.length <= 8;
    },
    remediation: "Log the customer's id, not their identity document number",
  }),
  defineDetector({
    id: 'cpf-under-holder-document',
    name: "CPF under a payer's or holder's document key (`\"holder_document\":\"…\"`)",
    category: 'personal',
    severity: 'high',
    // Above personal-id-under-key, which reads `…document` keys too: one winner whichever runs.
    priority: 66,
    confidence: 0.8,
    keywords: ['document'],
    pattern: /"(?:holder|customer|payer|buyer|owner|cardholder)_?[Dd]ocument(?:o|_?number)?\\?"\s{0,2}:\s{0,2}\\?"(?<v>\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2})\\?"/,
    mask: 'full',
    validate: cpfValid,
    remediation: "Log the customer's id, not their CPF",
  }),
  defineDetector({
    id: 'mx-nss-under-key',
    name: 'Mexican social security number (NSS, 11 digits with a Luhn check) under an `nss` key',
    category: 'personal',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['nss'],
    pattern: /(?<![A-Za-z])(?:nss|NSS|Nss)(?:_?imss|_?IMSS)?["']?[ \t]{0,2}(?:[:=]|=>)[ \t]{0,2}["']?(?<v>\d{11})(?!\d)/,
    mask: 'full',
    validate: nssMxValid,
    remediation: "Log the employee's id, not their NSS",
  }),
  defineDetector({
    id: 'dni-eight-digits-after-label',
    name: 'Argentine or Peruvian DNI (8 digits) right after `DNI`',
    category: 'personal',
    severity: 'high',
    priority: 50,
    confidence: 0.7,
    keywords: ['dni'],
    pattern: /(?<![A-Za-z])DNI(?: N[º°o]\.?| nro\.?)?[ \t]{0,2}:?[ \t]{1,2}(?<v>\d{2}\.?\d{3}\.?\d{3})(?![\dA-Za-z])/,
    mask: 'full',
    validate: (v) => !/^(\d)\1+$/.test(v.replace(/\./g, '')) && !/^0/.test(v),
    remediation: "Log the customer's id, not their DNI",
  }),
  defineDetector({
    id: 'fr-nir-after-securite-sociale',
    name: 'French social security number (NIR) after `sécurité sociale` in prose',
    category: 'personal',
    severity: 'high',
    priority: 56,
    confidence: 0.85,
    keywords: ['sociale'],
    pattern: /s[ée]curit[ée] sociale[^\d\r\n]{0,40}?(?<v>[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2})(?!\d)/i,
    mask: 'full',
    validate: nirValid,
    remediation: "Remove this NIR from the logs",
  }),
];
