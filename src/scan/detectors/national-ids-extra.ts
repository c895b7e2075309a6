import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { ahvValid, atSvnrValid, krRrnValid, myNumberValid } from '../id-checksums-extra';
import { medicareValid } from '../id-checksums-more';
import { idUnderKey } from './national-ids';
import { lineNames } from './national-ids-context';
import { documentNumber } from './identity-documents';

/**
 * National identity and social security numbers of Switzerland, Austria, Japan and Korea under their
 * key names (checksums verified), and ids whose line names them though their key is generic
 * (`medicare … card_number="…"`, `"id_class":"pp","id_number":"…"`).
 */
export const EXTRA_NATIONAL_ID_DETECTORS: readonly Detector[] = [
  idUnderKey({
    id: 'ch-ahv',
    name: 'Swiss AHV / AVS number',
    keywords: ['ahv', 'avs', 'sozialversicherungsnummer'],
    key: String.raw`ahv(?:n13)?(?:[_ -]?(?:nr|nummer|number|no))?|avs(?:13)?(?:[_ -]?(?:nr|no|num[eé]ro|number))?|sozialversicherungsnummer`,
    value: String.raw`756(?:\.\d{4}\.\d{4}\.\d{2}|\d{10}| \d{4} \d{4} \d{2})`,
    validate: ahvValid,
    what: 'AHV number',
  }),
  idUnderKey({
    id: 'at-svnr',
    name: 'Austrian social security number (SVNR)',
    keywords: ['versicherungsnummer', 'svnr', 'sv-nr', 'sv_nr', 'sv nr', 'svnummer', 'sv-nummer', 'sozialversicherung'],
    key: String.raw`(?:sozial)?versicherungs(?:nummer|nr)|sv[_ -]?(?:nr|nummer)|sozialversicherung`,
    value: String.raw`[1-9]\d{3} ?\d{6}`,
    validate: atSvnrValid,
    what: 'social security number',
  }),
  idUnderKey({
    id: 'jp-my-number',
    name: 'Japanese My Number (個人番号)',
    keywords: ['my_number', 'mynumber', 'my number', 'my-number'],
    key: String.raw`my[_ -]?number|マイナンバー|個人番号`,
    value: String.raw`\d{4}[ -]?\d{4}[ -]?\d{4}`,
    validate: myNumberValid,
    what: 'My Number',
  }),
  idUnderKey({
    id: 'kr-rrn',
    name: 'Korean resident registration number',
    keywords: ['rrn', 'resident registration', 'resident_registration', 'jumin'],
    key: String.raw`rrn|resident[_ ]registration(?:[_ ](?:number|no))?|jumin(?:[_ -]?(?:number|no|bunho))?|주민(?:등록)?번호`,
    value: String.raw`\d{6}-?[1-8]\d{6}`,
    validate: krRrnValid,
    what: 'resident registration number',
  }),
  defineDetector({
    id: 'au-medicare-on-line',
    name: 'Australian Medicare card number (on a line that names Medicare)',
    category: 'personal',
    severity: 'high',
    priority: 59,
    confidence: 0.8,
    keywords: ['medicare'],
    // `medicare online verification failed: card_number="4413 90610 2"`: the 4-5-1 layout and check digit beside the word.
    pattern: /(?<![\w-])(?<v>[2-6]\d{3} \d{5} \d(?:[ /-]?\d)?|[2-6]\d{9})(?![\w-])/,
    mask: 'full',
    validate: (v, ctx) => medicareValid(v) && lineNames(ctx.text, ctx.start, ctx.start + v.length, /medicare/i),
    remediation: 'Remove this Medicare card number from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'passport-by-document-class',
    name: 'Passport number (under a generic id key, on a line that names a passport)',
    category: 'personal',
    severity: 'high',
    priority: 57,
    confidence: 0.75,
    keywords: ['passport', 'id_class', 'idclass', 'id-class'],
    // Persona / KYC: `{"id_class":"pp","id_number":"769638392"}`, `document_type=PASSPORT document_number=…`.
    pattern: /(?<![A-Za-z0-9])(?<k>(?:id|document|doc)[_-]?(?:number|no|num))["']?\s{0,2}[:=]\s{0,2}["']?(?<v>[A-Z0-9]{6,10})(?![\w-])/i,
    mask: 'full',
    validate: (v, ctx) => documentNumber(v) && /\d/.test(v) && lineNames(ctx.text, ctx.start, ctx.start + v.length, /passport|id[_-]?class["']?\s{0,2}[:=]\s{0,2}["']?pp(?![a-z])/i),
    remediation: 'Remove this passport number from the logs and purge the affected log indexes',
  }),
];
