import type { Detector } from '../detector';
import { beNnValid, cprValid, cuilValid, curpValid, hetuValid, irdValid, medicareValid, nhsValid, noFnrValid, nricValid, peselValid, personnummerValid, ppsnValid, ptNifValid } from '../id-checksums-more';
import { idUnderKey } from './national-ids';

/** CURP layout: 4 letters, birth date, sex, state, 3 consonants, homonym character, check digit. */
export const CURP = String.raw`[A-Z]{4}\d{6}[HMX][A-Z]{5}[0-9A-Z]\d`;

/**
 * National identity, tax and health numbers of Nordic, EU, Commonwealth and Latin American
 * countries under their key names (or a field so named, its value after), checksums verified.
 */
export const MORE_NATIONAL_ID_DETECTORS: readonly Detector[] = [
  idUnderKey({
    id: 'pl-pesel',
    name: 'Polish PESEL',
    keywords: ['pesel'],
    key: String.raw`(?:nr[_ -]?)?pesel(?:[_ -]?(?:number|nr|no))?`,
    value: String.raw`\d{11}`,
    validate: peselValid,
    what: 'PESEL number',
  }),
  idUnderKey({
    id: 'se-personnummer',
    name: 'Swedish personal identity number (personnummer)',
    keywords: ['personnummer', 'personnr', 'personalnumber', 'personal_number', 'personal number', 'personal-number', 'samordningsnummer', 'personidentitetsnummer'],
    key: String.raw`person(?:nummer|nr|identitetsnummer)|personal[_ -]?number|samordningsnummer`,
    value: String.raw`(?:19|20)?\d{6}[-+]?\d{4}`,
    validate: personnummerValid,
    what: 'personal identity number',
  }),
  idUnderKey({
    id: 'fi-hetu',
    name: 'Finnish personal identity code (henkilötunnus)',
    keywords: ['hetu', 'henkil', 'personbeteckning', 'sotu'],
    key: String.raw`hetu|henkil[oö]tunnus|personbeteckning|sotu`,
    value: String.raw`\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]`,
    validate: hetuValid,
    what: 'personal identity code',
  }),
  idUnderKey({
    id: 'uk-nhs',
    name: 'UK NHS / CHI number',
    keywords: ['nhs', 'chi_number', 'chinumber', 'chi number', 'chi_no'],
    key: String.raw`nhs(?:[_ -]?(?:number|no|num|nbr|id))?|chi[_ -]?(?:number|no)`,
    value: String.raw`\d{3}[ -]?\d{3}[ -]?\d{4}`,
    validate: nhsValid,
    what: 'NHS number',
  }),
  idUnderKey({
    id: 'dk-cpr',
    name: 'Danish CPR number',
    keywords: ['cpr'],
    key: String.raw`cpr(?:[_ -]?(?:nr|nummer|number|no))?`,
    value: String.raw`\d{6}-?\d{4}`,
    validate: cprValid,
    what: 'CPR number',
  }),
  idUnderKey({
    id: 'no-fodselsnummer',
    name: 'Norwegian national identity number (fødselsnummer)',
    keywords: ['dselsnummer', 'dselsnr', 'fnr', 'dnummer', 'd-nummer', 'd_nummer', 'd nummer'],
    key: String.raw`f(?:ø|o|oe)dsels(?:nummer|nr)|fnr|d[_ -]?nummer`,
    value: String.raw`\d{6} ?\d{5}`,
    validate: noFnrValid,
    what: 'national identity number',
  }),
  idUnderKey({
    id: 'be-national-number',
    name: 'Belgian national register number',
    keywords: ['rijksregister', 'insz', 'niss', 'registre national', 'registre_national', 'national_regist', 'national regist', 'nationalregist', 'national-regist', 'national_number', 'national number', 'national-number', 'nationalnumber', 'national_no', 'national no', 'nationalno', 'national-no', 'ro national'],
    key: String.raw`rijksregister(?:nummer)?|insz|niss|(?:num[eé]ro[_ ](?:de[_ ])?)?registre[_ ]national|national[_ -]?(?:regist(?:er|ry)[_ -]?)?(?:number|no)|num[eé]ro[_ ]national`,
    value: String.raw`\d{2}\.?\d{2}\.?\d{2}[-. ]?\d{3}\.?\d{2}`,
    validate: beNnValid,
    what: 'national register number',
  }),
  idUnderKey({
    id: 'pt-nif',
    name: 'Portuguese tax number (NIF)',
    // `{"vat":"…"}` (Moloni, InvoiceXpress): a Portuguese customer's VAT number is the NIF.
    keywords: ['nif', 'contribuinte', '"vat"', "'vat'", 'vat=', 'vat:', 'vat_n', 'vat_id', 'vatn', 'vatid', 'vat number', 'vat-n'],
    key: String.raw`nif|n[uú]mero[_ ]de[_ ]contribuinte|contribuinte|vat(?:[_ -]?(?:number|no|nr|id))?`,
    value: String.raw`\d{9}|\d{3} \d{3} \d{3}`,
    validate: ptNifValid,
    what: 'tax number',
  }),
  idUnderKey({
    id: 'ie-ppsn',
    name: 'Irish PPS number',
    keywords: ['ppsn', 'pps number', 'pps_number', 'pps no', 'pps_no', 'ppsno', 'personal public service'],
    key: String.raw`ppsn(?:[_ -]?(?:number|no))?|pps[_ -]?(?:number|no)|personal[_ ]public[_ ]service(?:[_ ]number)?`,
    value: String.raw`\d{7}[A-W][A-IW]?`,
    validate: ppsnValid,
    what: 'PPS number',
  }),
  idUnderKey({
    id: 'au-medicare',
    name: 'Australian Medicare card number',
    keywords: ['medicare'],
    key: String.raw`medicare(?:[_ -]?card)?(?:[_ -]?(?:number|no))?`,
    value: String.raw`\d{4} ?\d{5} ?\d(?:[ /-]?\d)?`,
    validate: medicareValid,
    what: 'Medicare card number',
  }),
  idUnderKey({
    id: 'nz-ird',
    name: 'New Zealand IRD number',
    keywords: ['ird', 'inland revenue'],
    key: String.raw`ird(?:[_ -]?(?:number|no|nr))?|inland[_ ]revenue[_ ]number`,
    value: String.raw`\d{2,3}-?\d{3}-?\d{3}`,
    validate: irdValid,
    what: 'IRD number',
  }),
  idUnderKey({
    id: 'sg-nric',
    name: 'Singapore NRIC / FIN',
    keywords: ['nric', 'uinfin', 'uin_fin'],
    key: String.raw`nric(?:[_ -]?(?:fin|number|no))?|uin[_ -]?fin`,
    value: String.raw`[STFG]\d{7}[A-Z]`,
    validate: nricValid,
    what: 'NRIC number',
  }),
  idUnderKey({
    id: 'mx-curp',
    name: 'Mexican CURP',
    keywords: ['curp'],
    key: String.raw`curp`,
    value: CURP,
    validate: curpValid,
    what: 'CURP',
  }),
  idUnderKey({
    id: 'ar-cuil',
    name: 'Argentine CUIL / CUIT',
    keywords: ['cuil', 'cuit'],
    key: String.raw`cuil|cuit`,
    value: String.raw`\d{2}-?\d{8}-?\d`,
    // Round r76: a CUIT of type 30, 33 or 34 is a company's (`CUIT 30-…` on an invoice), no person's.
    validate: (v) => cuilValid(v) && !/^3[034]/.test(v),
    what: 'CUIL / CUIT',
  }),
];
