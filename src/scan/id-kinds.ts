import { BIRTH_DATE, birthKey, plausibleBirthDate } from './birth-dates';
import { aadhaarValid, bsnValid, codiceFiscaleValid, cpfValid, dniValid, nirValid, sinValid, steuerIdValid, tfnValid } from './id-checksums';
import { ahvValid, atSvnrValid, krRrnValid, myNumberValid } from './id-checksums-extra';
import { beNnValid, cprValid, cuilValid, curpValid, hetuValid, irdValid, nhsValid, ninoValid, noFnrValid, nricValid, peselValid, personnummerValid, ppsnValid, ptNifValid, zaIdValid } from './id-checksums-more';
import { balticIdValid, cnpValid, cnpjValid, cnRicValid, czRcValid, egnValid, einValid, hkidValid, ilIdValid, kennitalaValid, oibValid, rutValid, tcknValid, twIdValid } from './id-checksums-world';
import { documentNumber } from './detectors/identity-documents';
import { abnValid, afmValid, amkaValid, cccdValid, egIdValid, emiratesIdValid, emsoValid, gstinValid, huTaxIdValid, lvCodeValid, myKadValid, nikValid, nitValid, rfcValid, rucValid, saIdValid, steuernummerLayout, tajValid, thIdValid } from './id-checksums-global';
import { personalInnValid, snilsValid } from './id-checksums-ru';
import { keyWords } from './key-names';
import { vatValid } from './vat-numbers';
import { dateOrVersionLayout } from './phone-digits';
import { isFictionalPhone } from './public-values';
import { cardBrand, ibanValid, luhnValid, ssnValid } from './validators';

/** A value layout (matched on the whole value) and its check. */
type Layout = readonly [RegExp, (v: string) => boolean];

const compact = (v: string): string => v.replace(/[\s.\/-]/g, '');
const digitsOnly = (check: (d: string) => boolean) => (v: string): boolean => check(v.replace(/\D/g, ''));

/** US taxpayer numbers: SSN, ITIN (an SSN layout from 9), EIN. */
const US_TAX: readonly Layout[] = [
  [/^\d{3}([- ]?)\d{2}\1\d{4}$/, (v) => { const d = v.replace(/\D/g, ''); return d[0] === '9' ? /^9\d{2}(?:5\d|6[0-5]|7\d|8[0-8]|9[0-2]|9[4-9])/.test(d) : ssnValid(d); }],
  [/^\d{2}-\d{7}$/, einValid],
];

/** National identity numbers whose layout (a birth date, letters) and checksum a random id rarely passes. */
const NATIONAL_STRONG: readonly Layout[] = [
  [/^[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}$/, (v) => nirValid(compact(v))],
  [/^[XYZ]?-?\d{7,8}-?[A-Z]$/, dniValid],
  [/^[A-Z]{6}[\dLMNPQRSTUV]{2}[ABCDEHLMPRST][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z]$/, codiceFiscaleValid],
  [/^\d{3}\.?\d{3}\.?\d{3}-?\d{2}$/, (v) => cpfValid(compact(v))],
  [/^\d{2}\.?\d{3}\.?\d{3}\/?\d{4}-?\d{2}$/, (v) => cnpjValid(v)],
  [/^\d{11}$/, (v) => peselValid(v) || noFnrValid(v) || beNnValid(v) || balticIdValid(v) || tcknValid(v)],
  [/^\d{2}\.?\d{2}\.?\d{2}-?\d{3}\.?\d{2}$/, (v) => beNnValid(compact(v))],
  [/^(?:19|20)?\d{6}[-+]\d{4}$/, personnummerValid],
  [/^(?:19|20)\d{10}$/, personnummerValid],
  [/^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/, hetuValid],
  [/^\d{7}[A-W][A-IW]?$/, ppsnValid],
  [/^[STFGM]\d{7}[A-Z]$/, nricValid],
  [/^[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d$/, curpValid],
  [/^\d{2}-?\d{8}-?\d$/, (v) => cuilValid(compact(v))],
  [/^756\.?\d{4}\.?\d{4}\.?\d{2}$/, (v) => ahvValid(compact(v))],
  [/^\d{6}\/\d{4}$/, czRcValid],
  [/^\d{6}-[1-8]\d{6}$/, (v) => krRrnValid(v)],
  [/^\d{13}$/, zaIdValid],
  [/^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/, ninoValid],
  [/^\d{1,2}\.?\d{3}\.?\d{3}-?[\dK]$/, rutValid],
  [/^\d{17}[\dX]$/, cnRicValid],
  [/^[A-Z]{1,2}\d{6}\(?[\dA]\)?$/, hkidValid],
  [/^[A-Z][1289]\d{8}$/, twIdValid],
  [/^784-?(?:19|20)\d{2}-?\d{7}-?\d$/, emiratesIdValid],
  [/^\d{6}-\d{2}-\d{4}$/, myKadValid],
  // An Indian PAN of a person (holder type P): a company's (C, F, …) is a business id.
  [/^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/, () => true],
];

/** National identity and tax numbers of plain digits with a one-digit check: a tenth of random numbers pass, so only under a key that names them. */
const NATIONAL_WEAK: readonly Layout[] = [
  [/^\d{9}$/, (v) => bsnValid(v) || sinValid(v) || tfnValid(v) || ptNifValid(v) || ilIdValid(v)],
  [/^\d{3}[ -]\d{3}[ -]\d{3}$/, (v) => sinValid(compact(v)) || tfnValid(compact(v))],
  [/^\d{2} ?\d{3} ?\d{3} ?\d{3}$/, (v) => steuerIdValid(compact(v))],
  [/^[2-9]\d{3} ?\d{4} ?\d{4}$/, (v) => aadhaarValid(compact(v)) || myNumberValid(compact(v))],
  [/^\d{12}$/, myNumberValid],
  [/^\d{11}$/, (v) => oibValid(v) || steuerIdValid(v)],
  [/^\d{6}-?\d{4}$/, (v) => cprValid(v) || kennitalaValid(v)],
  [/^\d{4} ?\d{6}$/, (v) => atSvnrValid(compact(v)) || egnValid(compact(v)) || czRcValid(compact(v))],
  [/^\d{13}$/, (v) => cnpValid(v) || krRrnValid(v)],
  [/^\d{3} ?\d{3} ?\d{4}$/, (v) => nhsValid(compact(v)) || saIdValid(compact(v))],
  [/^\d{10}$/, (v) => saIdValid(v) || huTaxIdValid(v)],
  [/^\d{9}$/, (v) => tajValid(v) || afmValid(v)],
  [/^\d{11}$/, (v) => amkaValid(v) || lvCodeValid(v)],
  [/^\d{6}-\d{5}$/, lvCodeValid],
  [/^\d{16}$/, nikValid],
  [/^\d{13}$/, (v) => thIdValid(v) || emsoValid(v)],
  [/^[23]\d{13}$/, egIdValid],
  [/^\d{12}$/, (v) => myKadValid(v) || cccdValid(v)],
  [/^\d{2,3}-?\d{3}-?\d{3}$/, (v) => irdValid(compact(v))],
];

/** Every national layout, for keys that name a national or tax id (a US SSN is the US one). */
const NATIONAL: readonly Layout[] = [...NATIONAL_STRONG, ...NATIONAL_WEAK, ...US_TAX];

/** Distinctive layouts only, for generic id keys (`id_number`, `document`): a dashed SSN, not nine bare digits. */
const GENERIC: readonly Layout[] = [...NATIONAL_STRONG, [/^\d{3}-\d{2}-\d{4}$/, (v) => ssnValid(v.replace(/-/g, ''))]];

/** A phone number: 8-15 digits in a phone's characters, not a date, a version or a run. */
const PHONE: readonly Layout[] = [
  [/^(?:tel:)?(?:\+|00)?\(?\d[\d ()./-]{6,20}\d$/, (v) => {
    const d = v.replace(/\D/g, '');
    // Fictional ranges (555-01xx, Ofcom drama) are the phone detectors' to report as example data.
    return d.length >= 8 && d.length <= 15 && !dateOrVersionLayout(v.replace(/^\+/, '')) && !/^(\d)\1+$/.test(d) && !'0123456789012345'.includes(d) && !isFictionalPhone(d);
  }],
];

/** A payment card (grouped or not), Luhn and a brand. */
const CARD: readonly Layout[] = [[/^\d{4}(?:[ -]?\d{2,4}){2,4}$/, digitsOnly((d) => d.length >= 13 && d.length <= 19 && luhnValid(d) && cardBrand(d) !== null)]];

/** An IBAN, compact or in groups of four. */
const IBAN: readonly Layout[] = [[/^[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}$/, (v) => ibanValid(v.replace(/ /g, ''))]];

/** A VAT number with its country prefix (`DE136695976`, `ATU13585627`, `CHE-116.281.710 MWST`). */
const VAT: readonly Layout[] = [[/^(?:CHE|[A-Z]{2})[ .-]?[0-9A-Z][0-9A-Z .-]{6,16}(?: (?:MWST|TVA|IVA))?$/, vatValid]];

/** A date of birth in one of BIRTH_DATE's layouts. */
const BIRTH: readonly Layout[] = [
  [new RegExp(`^(?:${BIRTH_DATE})$`, 'i'), plausibleBirthDate],
  [/^(?:19|20)\d{6}$/, (v) => plausibleBirthDate(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}`)],
];

/** A passport or driving-licence number: letters and digits (2+ digits), not a date, a run or a mask. */
const DOCUMENT: readonly Layout[] = [[/^[A-Z0-9]{1,3}[ -]?[A-Z0-9]{4,12}$|^[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d$/, (v) => documentNumber(v) && /^[A-Z0-9 -]+$/.test(v) && v.replace(/[\s-]/g, '').length >= 6]];

/** A trusted-traveler number: 9 digits (Global Entry PASSID, redress) or 2-3 letters and 7-8 digits (NEXUS, SENTRI, PreCheck `TT…`). */
const TRAVELER: readonly Layout[] = [[/^\d{9,10}$|^[A-Z]{2,3}\d{7,8}$/, (v) => !/^(\d)\1+$/.test(v) && !'01234567890'.includes(v)]];

/** A document number under a generic KYC field: letters then 6-12 digits, or digits then letters (`D3825910`, `123456789AB`), not a date or a run. */
const KYC_DOCUMENT: readonly Layout[] = [[/^[A-Z]{1,3}\d{6,12}$|^\d{6,10}[A-Z]{1,2}$/, documentNumber]];

/** A Philippine TIN with its branch code (`123-456-789-000`): four groups, which no other tax number has. */
const PH_TIN: readonly Layout[] = [[/^\d{3}-\d{3}-\d{3}-\d{3,5}$/, (v) => !/^(\d)\1+$/.test(v.replace(/-/g, ''))]];

/** A layout of digits and the separators national ids are written with, checked by `check` on the value as written or compacted. */
const digitsId = (check: (v: string) => boolean, extra = ''): readonly Layout[] => [[new RegExp(`^[\\d${extra} ./-]{6,24}$`), (v) => check(v) || check(compact(v))]];

/** Country-specific key names and the one id (and checksum) each names: a BSN key holds a BSN, not a Canadian SIN. */
const COUNTRY_KINDS: readonly (readonly [RegExp, readonly Layout[]])[] = [
  [/(?:^|_)(?:nir|insee|secu|securite_sociale|num_secu)$/, digitsId(nirValid, 'AB')],
  [/(?:^|_)(?:bsn|burgerservicenummer|citizen_service)$/, digitsId(bsnValid)],
  [/(?:^|_)(?:steuer_?id|steueridentifikationsnummer|steuer_identifikationsnummer|(?<!ust_)idnr)$/, digitsId(steuerIdValid)],
  [/(?:^|_)cpf$/, digitsId(cpfValid)],
  // A CNPJ names a company in Receita's public registry: under its own key it is no one's personal data (a `tax_id` may still hold a CPF).
  [/(?:^|_)cnpj$/, []],
  [/(?:^|_)(?:aadhaa?r|uid_aadhaar)$/, digitsId(aadhaarValid)],
  [/(?:^|_)(?:sin|social_insurance)$/, digitsId(sinValid)],
  [/(?:^|_)(?:tfn|tax_file)$/, digitsId(tfnValid)],
  [/(?:^|_)pesel$/, digitsId(peselValid)],
  [/(?:^|_)(?:personnummer|personnr|personal_number)$/, digitsId((v) => personnummerValid(v) || noFnrValid(v), '+')],
  [/(?:^|_)(?:hetu|henkilotunnus|personalidentitycode|personal_identity_code)$/, [[/^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/, hetuValid]]],
  [/(?:^|_)(?:nhs|chi)$/, digitsId(nhsValid)],
  [/(?:^|_)(?:cpr|cpr_nummer)$/, digitsId(cprValid)],
  [/(?:^|_)(?:fodselsnummer|fnr)$/, digitsId(noFnrValid)],
  [/(?:^|_)(?:rijksregisternummer|niss|numero_national|national_number|registre_national)$/, digitsId(beNnValid)],
  [/(?:^|_)(?:nif|contribuinte)$/, [...digitsId(ptNifValid), [/^[XYZ]?-?\d{7,8}-?[A-Z]$/, dniValid]]],
  [/(?:^|_)(?:ppsn|pps)$/, [[/^\d{7}[A-W][A-IW]?$/, ppsnValid]]],
  [/(?:^|_)ird$/, digitsId(irdValid)],
  [/(?:^|_)(?:nric|fin|uinfin)$/, [[/^[STFGM]\d{7}[A-Z]$/, nricValid]]],
  [/(?:^|_)(?:cuil|cuit)$/, digitsId(cuilValid)],
  [/(?:^|_)(?:dni|nie)$/, [[/^[XYZ]?-?\d{7,8}-?[A-Z]$/, dniValid]]],
  [/(?:^|_)curp$/, [[/^[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d$/, curpValid]]],
  [/(?:^|_)rut$/, digitsId(rutValid, 'Kk')],
  [/(?:^|_)(?:tckn|tc_kimlik|kimlik|kimlik_no)$/, digitsId(tcknValid)],
  [/(?:^|_)cnp$/, digitsId(cnpValid)],
  [/(?:^|_)oib$/, digitsId(oibValid)],
  [/(?:^|_)egn$/, digitsId(egnValid)],
  [/(?:^|_)(?:isikukood|asmens_kodas)$/, digitsId(balticIdValid)],
  [/(?:^|_)hkid$/, [[/^[A-Z]{1,2}\d{6}\(?[\dA]\)?$/, hkidValid]]],
  [/(?:^|_)rodne_cislo$/, digitsId(czRcValid)],
  [/(?:^|_)kennitala$/, digitsId(kennitalaValid)],
  [/(?:^|_)(?:ahv|avs)$/, digitsId(ahvValid)],
  [/(?:^|_)(?:svnr|sv_nummer|svnummer|sozialversicherungsnummer|versicherungsnummer)$/, digitsId(atSvnrValid)],
  [/(?:^|_)(?:my_number|mynumber|kojin_bango)$/, digitsId(myNumberValid)],
  [/(?:^|_)(?:rrn|jumin|resident_registration)$/, digitsId(krRrnValid)],
  [/(?:^|_)(?:sa_id|za_id)$/, digitsId(zaIdValid)],
  [/(?:^|_)(?:codice_fiscale|fiscal_code)$/, [[/^[A-Z]{6}[\dLMNPQRSTUV]{2}[ABCDEHLMPRST][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z]$/, codiceFiscaleValid]]],
  [/(?:^|_)(?:nino|national_insurance|ni)$/, [[/^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/, ninoValid]]],
  // Greece, Slovenia and the JMBG states, Latvia, Hungary, Thailand, Saudi Arabia, the UAE, Colombia, Peru, Australia (ABN),
  // Egypt, Indonesia, Malaysia, Mexico (RFC), Vietnam, Israel, Nigeria, Argentina/Peru DNI, the Philippines, Kenya.
  [/(?:^|_)amka$/, digitsId(amkaValid)],
  [/(?:^|_)afm$/, digitsId(afmValid)],
  [/(?:^|_)(?:emso|jmbg|maticni_broj)$/, digitsId(emsoValid)],
  [/(?:^|_)(?:personas_kods|personas_kod|pk_lv)$/, digitsId(lvCodeValid)],
  [/(?:^|_)(?:taj|taj_szam)$/, digitsId(tajValid)],
  [/(?:^|_)(?:adoazonosito(?:_jel)?|adoszam)$/, digitsId(huTaxIdValid)],
  [/(?:^|_)(?:thai_id|citizen_id_th|bat_prachachon)$/, digitsId(thIdValid)],
  [/(?:^|_)(?:iqama|muqeem|saudi_id|hawiya)$/, digitsId(saIdValid)],
  [/(?:^|_)snils$/, digitsId(snilsValid)],
  [/(?:^|_)(?:inn|inn_fl|personal_inn)$/, digitsId(personalInnValid)],
  [/(?:^|_)(?:emirates_id|eid_number|uae_id)$/, digitsId(emiratesIdValid)],
  [/(?:^|_)nit$/, digitsId(nitValid)],
  [/(?:^|_)ruc$/, digitsId(rucValid)],
  [/(?:^|_)abn$/, digitsId(abnValid)],
  [/(?:^|_)(?:raqam_qawmi|egyptian_id|eg_national_id)$/, digitsId(egIdValid)],
  [/(?:^|_)(?:nik|ktp|no_ktp)$/, digitsId(nikValid)],
  [/(?:^|_)(?:mykad|no_kp|kad_pengenalan|ic_no|ic_number|nric_no)$/, digitsId(myKadValid)],
  [/(?:^|_)rfc$/, [[/^[A-ZÑ&]{3,4}\d{6}[A-Z\d]{3}$/i, rfcValid]]],
  [/(?:^|_)(?:cccd|cmnd|can_cuoc|so_cccd)$/, digitsId(cccdValid)],
  [/(?:^|_)(?:teudat_zehut|zehut|tz|israeli_id)$/, digitsId(ilIdValid)],
  // Nigeria's bank verification number (11 digits, no check). A bare `nin` stays generic: Norway's Vipps names the fødselsnummer so.
  [/(?:^|_)bvn$/, [[/^\d{11}$/, (v) => !/^(\d)\1+$/.test(v)]]],
  [/(?:^|_)(?:dni|nro_documento|numero_documento|documento_identidad)$/, [[/^[XYZ]?-?\d{7,8}-?[A-Z]$/, dniValid], [/^\d{1,2}\.\d{3}\.\d{3}$|^\d{7,8}$/, (v) => !/^(\d)\1+$/.test(v.replace(/\./g, '')) && !/^0/.test(v)]]],
  [/(?:^|_)(?:philsys|psn|pcn)$/, [[/^\d{4}-?\d{4}-?\d{4}-?\d{4}$/, (v) => !/^(\d)\1+$/.test(v.replace(/-/g, ''))]]],
  [/(?:^|_)(?:sss|umid|crn)$/, [[/^\d{2}-\d{7}-\d$|^\d{4}-\d{7}-\d$|^\d{10}$|^\d{12}$/, (v) => !/^(\d)\1+$/.test(v.replace(/-/g, ''))]]],
  [/(?:^|_)(?:kra_pin|kra)$/, [[/^[AP]\d{9}[A-Z]$/, () => true]]],
  [/(?:^|_)(?:gstin|gst_?in|gst_no|gst_number|gst)$/, [[/^[0-9A-Z]{15}$/i, gstinValid]]],
  [/(?:^|_)(?:steuernummer|steuer_nr|st_nr|stnr)$/, [[/^[\d\/]{10,13}$/, steuernummerLayout]]],
  [/(?:^|_)(?:huduma|huduma_namba|kenya_id)$/, digitsId((v) => /^\d{7,9}$/.test(v))],
];

/** What a key (a column, a field, an attribute name) says its value is, by its words joined with `_` (number words dropped). */
const KINDS: readonly (readonly [RegExp, readonly Layout[]])[] = [
  ...COUNTRY_KINDS,
  [/(?:^|_)(?:ssn|social_security|socialsecurity|ss_number)$/, US_TAX],
  [/(?:^|_)(?:vat|vat_?id|vatin|vat_reg(?:istration)?|ust_?id|ust_idnr|ustid|tva|tva_intracom(?:munautaire)?|partita_iva|iva|btw|moms|mwst|nip)$/, VAT],
  [/(?:^|_)(?:i?tin|ein|fein|tax_?id|tax_(?:number|no|nr|num)|tax_identification|tax_ident|taxpayer(?:_id)?|employer_id(?:entification)?|federal_tax_id|tax_reg(?:istration)?|tax_file|tax_code)$/, [...US_TAX, ...NATIONAL, ...VAT, ...PH_TIN]],
  [/(?:^|_)(?:national|personal|citizen|resident|identity|identification|civil|natl)_?(?:id(?:entity|entification|entifier)?|code|card|identity_code|registration)$|(?:^|_)(?:national|documento_(?:de_)?identidad|doc_identidad)$/, NATIONAL],
  // KYC vendors' generic fields (Persona `identification-number`, `document_number`): a national id, or a document number of letters and digits.
  [/(?:^|_)(?:identification|id_number|identity_number|id_document|document)$/, [...GENERIC, ...KYC_DOCUMENT]],
  [/(?:^|_)(?:id_card|nin|nid|nic|id_number|identity_number|identity_card|gov_id|government_id|personal|documento|person_identifier)$/, GENERIC],
  [/(?:^|_)(?:phone|telephone|tel|mobile|msisdn|cell|cellphone|fax|telefon|telefono|tel[eé]fono|telefone|telefoon|handy|mobil|portable|cellulare|celular|whatsapp|gsm|contact_number)$/, PHONE],
  [/(?:^|_)(?:card|pan|cc|credit_card|card_number|cardnumber|ccnum|primary_account_number)$/, CARD],
  [/(?:^|_)iban$/, IBAN],
  [/(?:^|_)(?:passport(?:_id)?|reisepass|reisepassnummer|passnummer|passeport|pasaporte|passaporto|passaporte|paspoort|paspoortnummer|paspor|paszport|pasaport|passi)$/, DOCUMENT],
  // A trusted-traveler number (TSA PreCheck/Global Entry KTN, a DHS redress number): 9 digits, or letters then 7-8 digits.
  [/(?:^|_)(?:known_?travell?er|ktn|trusted_?travell?er|redress)(?:_id)?$/, TRAVELER],
  [/(?:^|_)(?:drivers?_licen[cs]e|driving_licen[cs]e|dl|licen[cs]e_(?:number|no|nr)|f(?:u|ue)hrerschein(?:nummer)?|permis(?:_de)?_conduire|licencia(?:_de)?_conducir|rijbewijs(?:nummer)?|patente(?:_di)?_guida)$/, DOCUMENT],
];

/** Attribute OIDs of SAML and X.500 that name personal data (`urn:oid:1.2.246.21` is the Finnish henkilötunnus). */
const OIDS: Readonly<Record<string, string>> = {
  '1.2.246.21': 'national_id',
  '1.2.752.29.4.13': 'personnummer',
  '1.3.6.1.4.1.2428.90.1.5': 'fodselsnummer',
  '2.5.4.20': 'phone',
  '0.9.2342.19200300.100.1.41': 'mobile',
  '1.3.6.1.5.5.7.9.1': 'date_of_birth',
  '1.3.6.1.4.1.25178.1.2.3': 'date_of_birth',
  '2.5.4.9': 'street',
  '2.5.4.16': 'postal_address',
  '0.9.2342.19200300.100.1.39': 'home_postal_address',
};

/** The key an attribute name stands for: a known OID's meaning, else the name's last path or URN part (`…/claims/ssn` → `ssn`). */
export function attributeKey(name: string): string {
  const oid = /(?:^|oid:)(\d+(?:\.\d+)+)$/i.exec(name);
  if (oid) return OIDS[oid[1]!] ?? '';
  return name.replace(/^.*[:/#]/, '');
}

/** Acronyms of national and tax ids that a key may pair (`sin_ssn`). */
const ID_ACRONYMS = new Set(['ssn', 'sin', 'tfn', 'nino', 'itin', 'tin', 'nir', 'ppsn', 'pps', 'bsn', 'cpf', 'curp', 'nric', 'dni', 'nie', 'nif', 'nhs', 'ird']);

/** Words of a key that only say "number" (`ssn_no`, `tax_id_number`, `telefonnummer` is a phone word). */
const NUMBER_WORDS = new Set(['number', 'no', 'nr', 'num', 'numero', 'nummer', 'nro', 'value', 'unique', 'uq', 'uk', 'key', 'idx', 'index']);

/** The layouts a key names, or null (`tax_id` → US taxpayer and national tax numbers; `dob` → dates). */
export function layoutsOfKey(key: string): readonly Layout[] | null {
  const words = keyWords(key);
  const whole = words.join('_');
  while (words.length > 1 && NUMBER_WORDS.has(words[words.length - 1]!)) words.pop();
  const joined = words.join('_');
  if (birthKey(joined)) return BIRTH;
  // Keys naming two ids at once (`sin_ssn`, `ssn_or_sin`, `alien_or_ssn`): either country's id.
  if (words.length >= 2 && words.length <= 4 && words.some((w) => ID_ACRONYMS.has(w)) && (words.includes('or') || words.every((w) => ID_ACRONYMS.has(w)))) return NATIONAL;
  // `tax_id_number` → `tax_id`; `my_number` stays whole.
  for (const [re, layouts] of KINDS) if (re.test(joined) || re.test(whole)) return layouts;
  return null;
}

/** True when a key name says it holds a personal or financial id (the prefilter-free check of layoutsOfKey). */
export function namesId(key: string): boolean {
  return layoutsOfKey(key) !== null;
}

/** True when `value` (URL-encoded spaces read as spaces) fits one of the key's layouts and its check. */
export function validUnderKey(key: string, value: string): boolean {
  const layouts = layoutsOfKey(key);
  if (layouts === null) return false;
  const v = value.replace(/%20|(?<=.)\+/g, ' ').trim();
  return layouts.some(([layout, ok]) => layout.test(v) && ok(v));
}
