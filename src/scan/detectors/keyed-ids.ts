import { isSpanishCompanyVat } from '../vat-numbers';
import type { Severity } from '../../alert/severity';
import { defineDetector } from '../define-detector';
import type { Detector, MaskStyle, MatchContext, Verdict } from '../detector';
import { afterCompanyName } from './company-ids-r33';
import { validUnderKey } from '../id-kinds';
import type { FindingCategory } from '../types';
import { FIELD_VALUE, GAP, TYPED_VALUE } from './national-ids';

/** A company's name with its legal form, somewhere before on the line (`Amadeus IT Group SA,`, `Globex S.L.`). */
const LEGAL_FORM_BEFORE = /[A-Z][\w&.-]*(?: [\w&.-]+){0,5} (?:S\.?A\.?U?|S\.?L\.?U?|S\.?L\.?L\.?|GmbH|AG|Ltd|Limited|Inc|LLC|B\.?V\.?|N\.?V\.?|S\.?p\.?A\.?|S\.?r\.?l\.?|SAS|SARL|Oy|AB|A\/S)\b/;
/** Up to 200 characters of `text` before `at`, within its line. */
const lineBefore = (text: string, at: number): string => {
  const nl = text.lastIndexOf('\n', at - 1);
  return text.slice(Math.max(nl + 1, at - 200), at);
};

/** A keyed value: a digit among its first characters (so a field's name, `"value"`, is none), letters, digits and the separators ids are written with (`+` and `%20` of form bodies, `%2F` of dates, `:` of times, `, ` of `March 12, 1987`). */
const VALUE = String.raw`(?=[A-Z .-]{0,10}\d)[A-Z0-9](?:[A-Z0-9]|(?:, |[ ./+:-]|%20|%2F)(?=[A-Z0-9])){4,24}`;

/** An XML element's attributes after its (namespaced) name: `<wd:National_ID wd:Type="GBR-NI">…`. */
const XML_ATTRS = String.raw`(?:\s[\w:.-]{1,40}=(?:"[^"<>\n]{0,80}"|'[^'<>\n]{0,80}')){1,4}\s?>`;

/** Short key names followed by an assignment or a closing quote only (`rfc ` and `nik ` are words of prose). */
const tight = (names: string[]): string[] => names.flatMap((k) => ['=', ':', ' =', '"', "'", '>', '%', '\\', ']'].map((s) => k + s));

/** Short key names beside what follows them, so that `setting`, `begin` or `pancake` opens no line. */
const short = (names: string[]): string[] => names.flatMap((k) => ['=', ':', '"', "'", '>', '%', '\\', '_', '-', ' ', ']'].map((s) => k + s));

/** The value of a keyed match, cut back to its longest prefix (at a separator) that the key's layouts accept. */
function longestValid(key: string, value: string): boolean | Verdict {
  const v = value.replace(/%2F/gi, '/');
  if (validUnderKey(key, v)) return true;
  for (let i = value.length - 1; i > 4; i--) {
    if (!/[ ./+:,-]/.test(value[i]!) || /[ ./+:,-]/.test(value[i - 1]!)) continue;
    if (validUnderKey(key, value.slice(0, i).replace(/%2F/gi, '/'))) return { ok: true, trimEnd: i };
  }
  return false;
}

/** What a keyed-id detector says beyond its key names. */
interface KeyedSpec {
  id: string;
  name: string;
  category: FindingCategory;
  severity: Severity;
  /** Key names (a regex fragment, case-insensitive); a word may come before (`customerTaxId`) and a number word after. */
  key: string;
  keywords: string[];
  mask: MaskStyle;
  remediation: string;
  /** Values the key names but that are no one's (a business id under an employer's key). */
  reject?: (value: string, key: string, ctx: MatchContext) => boolean;
  /** Below the per-country detectors' (58-62) by default: they name the finding when both match. */
  priority?: number;
}

/** A value under a key that names what it is (or a field so named, its value after: `{"name":"ssn","value":"…"}`), checked against the layouts and checksums that key names (see id-kinds.ts). */
function keyedId(s: KeyedSpec): Detector {
  return defineDetector({
    id: s.id,
    name: s.name,
    category: s.category,
    severity: s.severity,
    priority: s.priority ?? 56,
    confidence: 0.8,
    keywords: s.keywords,
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?<k>(?:[A-Za-z]{1,24}[_.-]?)?(?:${s.key})(?:[_ .-]?(?:number|no|nr|num|nummer|numero))?)(?:${GAP}|${TYPED_VALUE}|${FIELD_VALUE}${GAP}|${XML_ATTRS})(?<v>${VALUE})(?![\w-])`, 'i'),
    mask: s.mask,
    // A form's bracketed key (`card[number]`, `card%5Bnumber%5D`) reads as `card_number`.
    validate: (v, ctx) => (s.reject?.(v, ctx.key ?? '', ctx) === true ? false : longestValid((ctx.key ?? '').replace(/%5[BD]|[[\]]/gi, '_'), v)),
    remediation: s.remediation,
  });
}

/**
 * Personal and financial ids under key names the per-country detectors do not spell, in more
 * languages and layouts: `employerIdentificationNumber`, `num_secu`, `cpf_number`, `kojin_bango`,
 * `data_de_nascimento`, `reisepassnummer`, `pan=4111+1111+…`.
 */
export const KEYED_ID_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'phone-more-keys',
    name: 'Phone number (under a phone key, more languages and layouts)',
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.75,
    keywords: ['phone', 'tel', 'mobil', 'msisdn', 'cell', 'fax', 'handy', 'whatsapp', 'portable', 'celular', 'gsm'],
    // `"telefon":"8 (906) 586-87-41"`, `<celular>+55 (11) 98765-4321</celular>`, `handy=0151/2345678`: a phone key, 8-15 digits in a phone's characters.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?<k>(?:[A-Za-z]{1,24}[_.-]?)?(?:phone|telephone|tel[eé]fono|telefone|telefon|telefoon|tel|mobile|mobil|msisdn|cell(?:phone|ulare)?|celular|fax|handy|whatsapp|portable|gsm)(?:[_ .-]?(?:number|no|nr|num|nummer|numero))?)${GAP}(?<v>(?:\+|%2B|00)?\(?\d[\d ()./-]{6,22}\d)(?![\w-])`, 'i'),
    mask: 'phone',
    // Round r58: a North American number (`+1 `) is ten digits after its country code; `+1 555-0170` is a documentation stub.
    validate: (v, ctx) => {
      // (The key's separator may hold the `+`: `"phone":"+1 555-0170"` reads `1 555-0170`.)
      const p = (ctx.text[ctx.start - 1] === '+' ? '+' : '') + v.replace(/^%2B/i, '+');
      if (/^(?:\+|00)1[ .(-]/.test(p) && p.replace(/\D/g, '').length !== (p.startsWith('00') ? 13 : 11)) return false;
      return validUnderKey(ctx.key ?? '', p);
    },
    remediation: 'Remove this phone number from the log line (log a user id instead)',
  }),
  keyedId({
    id: 'personal-id-under-key',
    name: 'Personal or tax id, VAT number (under a key that names it)',
    category: 'personal',
    severity: 'high',
    key: String.raw`ssn|social[_ -]?security|i?tin|f?ein|tax(?=[_ -]?(?:number|no|nr|num)\b)|tax[_ .-]?(?:payer[_ -]?)?id(?:entification)?|taxpayer|employer[_ -]?id(?:entification)?|(?:national|personal|citizen|resident|identity|civil)[_ -]?(?:id(?:entity|entification|entifier)?|code|identity[_ -]?code|card|number|service|registration)|identification|(?:id[_ -]?)?document|num[eé]ro[_ -]?national|documento|aadhaa?r|social[_ -]?insurance|sin|tfn|tax[_ -]?file|burgerservicenummer|sv[_ -]?nummer|id[_ -]?(?:card|number)|gov(?:ernment)?[_ -]?id|num[_ -]?secu|s[eé]cu(?:rit[eé][_ -]?sociale)?|nir|insee|steuer[_ -]?id(?:entifikationsnummer)?|nif|contribuinte|uinfin|cpf|cnpj|pesel|bsn|hetu|henkilotunnus|personnummer|fodselsnummer|fnr|rijksregisternummer|niss|ppsn|pps|ird|nric|fin|cuil|cuit|curp|rut|tckn|tc[_ -]?kimlik|kimlik|cnp|oib|egn|isikukood|asmens[_ -]?kodas|hkid|rodne[_ -]?cislo|kennitala|my[_ -]?number|kojin[_ -]?bango|rrn|jumin|sa[_ -]?id|za[_ -]?id|nhs|chi|vat(?:[_ -]?(?:id|in|reg(?:istration)?))?|ust[_ -]?id(?:nr)?|tva(?:[_ -]?intracom(?:munautaire)?)?|partita[_ -]?iva|iva|btw|moms|mwst|nip|amka|afm|emso|jmbg|personas[_ -]?kods?|taj(?:[_ -]?szam)?|adoazonosito(?:[_ -]?jel)?|adoszam|thai[_ -]?id|iqama|muqeem|saudi[_ -]?id|hawiya|emirates[_ -]?id|uae[_ -]?id|nit|ruc|abn|egyptian[_ -]?id|nik|ktp|mykad|no[_ -]?kp|kad[_ -]?pengenalan|ic[_ -]?(?:no|number)|rfc|cccd|cmnd|can[_ -]?cuoc|teudat[_ -]?zehut|zehut|israeli[_ -]?id|bvn|dni|nro[_ -]?documento|philsys|psn|pcn|sss|umid|kra[_ -]?pin|huduma(?:[_ -]?namba)?|gstin|gst[_ -]?(?:in|no|number)|steuer[_ -]?(?:nummer|nr)|st[_ -]?nr`,
    keywords: [
      'ssn', 'social', 'tax', 'employer', 'national', 'personal', 'citizen', 'resident', 'identity', 'civil', 'id_card', 'idcard', 'id-card', 'id card',
      'id_number', 'idnumber', 'id-number', 'id number', 'identification', 'document_n', 'documentn', 'document-n', 'document n', 'govid', 'gov_id', 'government', 'secu', 'cpf', 'cnpj', 'pesel', 'bsn', 'hetu', 'henkilo',
      'personnummer', 'fodsels', 'rijksreg', 'niss', 'pps', 'nric', 'cuil', 'cuit', 'curp', 'tckn', 'kimlik', 'oib', 'egn', 'isikukood', 'asmens',
      'hkid', 'rodne', 'kennitala', 'mynumber', 'my_number', 'my number', 'kojin', 'rrn', 'jumin', 'sa_id', 'za_id', 'said', 'nhs', 'taxpayer',
      'documento', 'aadha', 'burgerservice', 'svnummer', 'sv_nummer', 'sv-nummer', 'numero', 'vat', 'ust_id', 'ustid', 'ust-id', 'ust id', 'tva', 'partita', 'btw', 'moms', 'mwst',
      ...short(['tin', 'itin', 'ein', 'fein', 'fnr', 'ird', 'fin', 'rut', 'cnp', 'chi', 'sin', 'tfn', 'nip', 'iva']),
      'amka', 'emso', 'jmbg', 'personas', 'adoazonosito', 'adoszam', 'thai', 'taj_', 'tajszam', 'iqama', 'muqeem', 'saudi', 'hawiya', 'emirates', 'uae_id', 'uaeid',
      'egyptian', 'mykad', 'pengenalan', 'cccd', 'cmnd', 'can_cuoc', 'zehut', 'israeli', 'philsys', 'umid', 'kra_pin', 'krapin', 'huduma', 'ktp', 'steuerid', 'steuer_id', 'steuer-id', 'steueridentifikation', 'insee', 'contribuinte', 'uinfin', ...tight(['nir', 'nif']), 'gstin', 'gst_n', 'gstn', 'steuernummer', 'steuer_nr', 'steuernr', ...tight(['st_nr', 'stnr']),
      ...tight(['afm', 'taj', 'nit', 'ruc', 'abn', 'nik', 'no_kp', 'nokp', 'ic_no', 'icno', 'ic_number', 'icnumber', 'rfc', 'bvn', 'dni', 'psn', 'pcn', 'sss']),
    ],
    mask: 'full',
    // An EIN under an employer's own key (`employer_ein`, `company_fein`) on a W-2 or 1099 header names the business (printed on every form).
    // A `VAT Reg.` / `VAT registration` label is how a business prints its own VAT number on letterheads and invoices: company data too.
    // Round r33: an EIN or VAT number right after a company's name with its legal form (`Globex LLC, EIN 12-3456789`,
    // `Northwind Ltd company_no=… VAT=DE…`) is the company's.
    reject: (v, key, ctx) =>
      (/^\d{2}-\d{7}$/.test(v) && /^(?:employer|company|business|corp(?:orate)?)[_ .-]?f?ein$/i.test(key)) || /^vat[_ -]?reg/i.test(key) || afterCompanyName(key, ctx) ||
      // Round r76: a Mexican RFC of 12 characters is a company's (persona moral); XAXX/XEXX010101000 is SAT's generic RFC of the public.
      (/^rfc$/i.test(key) && (/^[A-Z&Ñ]{3}\d{6}[A-Z0-9]{3}$/.test(v) || /^X[AE]XX010101000$/.test(v))) ||
      // A CUIT of type 30, 33 or 34 is a company's.
      (/^cui[lt]$/i.test(key) && /^3[034]-?\d{8}-?\d$/.test(v)) ||
      // Round l88: a Spanish VAT number that is a CIF (`ESA84236934`: a company's) after a company's name with its legal
      // form on its line (`supplier Amadeus IT Group SA, …, VAT ESA84236934`); alone under a VAT key it stays (blind set 13).
      (/^(?:vat|iva|nif|tva|ust|btw|mwst)/i.test(key) && isSpanishCompanyVat(v) && LEGAL_FORM_BEFORE.test(lineBefore(ctx.text, ctx.start))),
    remediation: 'Remove this personal id from the logs and purge the affected log indexes',
  }),
  keyedId({
    id: 'date-of-birth-more-keys',
    name: 'Date of birth (under a birth-date key, more languages and layouts)',
    category: 'personal',
    severity: 'medium',
    // Below date-of-birth's 55, which names the finding where both match.
    priority: 54,
    // `data_de_nascimento`, `fodselsdato`, `syntymaaika`, `data_urodzenia`, `dogum_tarihi`, compact `19790120`.
    key: String.raw`dob|birth[_ -]?date|birthday|date[_ -]?of[_ -]?birth|geburtsdatum|geburtstag|(?:fecha[_ -]?(?:de[_ -])?)?nacimiento|(?:date[_ -]?(?:de[_ -])?)?naissance|(?:data[_ -]?(?:di[_ -])?)?nascita|(?:data[_ -]?(?:de[_ -])?)?nascimento|geboortedatum|fodselsdato|fodelsedatum|syntymaaika|(?:data[_ -]?)?urodzenia|(?:datum[_ -]?)?narozeni|dogum[_ -]?tarihi`,
    keywords: ['dob', 'birth', 'geburts', 'nacimiento', 'naissance', 'nascita', 'nascimento', 'geboorte', 'fodsels', 'fodelse', 'syntyma', 'urodzenia', 'narozeni', 'dogum'],
    mask: 'full',
    remediation: 'Remove this date of birth from the log line (log a user id instead)',
  }),
  keyedId({
    id: 'identity-document-more-keys',
    name: 'Passport or driving-licence number (under a key in more languages)',
    category: 'personal',
    severity: 'high',
    // `reisepassnummer`, `paspoortnummer`, `passnummer`, `fuhrerscheinnummer`, `licencia_conducir`, `permis_conduire`, `rijbewijs`.
    key: String.raw`passport(?:[_ -]?id)?|(?:known|trusted)[_ -]?travell?er|redress|(?:reise)?pass(?:nummer)?|paspoort(?:nummer)?|passeport|pasaporte|passaporto|passaporte|paspor|paszport|pasaport|drivers?[_ -]?licen[cs]e|driving[_ -]?licen[cs]e|dl|licen[cs]e|f(?:u|ue)hrerschein(?:nummer)?|permis[_ -]?(?:de[_ -])?conduire|licencia[_ -]?(?:de[_ -])?conducir|rijbewijs(?:nummer)?|patente[_ -]?(?:di[_ -])?guida`,
    keywords: ['passport', 'traveler', 'traveller', 'redress', 'passnummer', 'reisepass', 'paspoort', 'passeport', 'pasaporte', 'passaporto', 'paspor', 'paszport', 'pasaport', 'licen', 'hrerschein', 'permis', 'rijbewijs', 'patente', ...short(['dl'])],
    mask: 'full',
    remediation: 'Remove this identity document number from the logs and purge the affected log indexes',
  }),
  keyedId({
    id: 'card-under-key',
    name: 'Payment card number (under a card key, form-encoded groups)',
    category: 'financial',
    severity: 'critical',
    // `pan=4111+1111+1111+1111` (a form body's spaces), `primary_account_number=…`, `ccnum=…`; a bare `card` (`debit_card`) only
    // before `=` and `+` groups (`card=5113+4076+…`): credit-card reads every other card after `card=` already.
    key: String.raw`card(?:[_ -]|\[|%5B)?(?:number|no|num)|card(?==\d{4,6}\+\d)|pan|cc[_ -]?(?:number|num|no)|ccnum|credit[_ -]?card(?:[_ -]?number)?|primary[_ -]?account[_ -]?number`,
    // `pan_n…` rather than `pan_` (every `span_id` of a trace holds that).
    keywords: ['card', 'ccnum', 'cc_n', 'cc-n', 'ccn', 'primary_account', 'primaryaccount', 'primary account', 'pan_n', ...short(['pan']).filter((k) => k !== 'pan_')],
    mask: 'card',
    remediation: 'Purge this card number from the logs (PCI DSS) and stop logging payment payloads',
  }),
];
