import { Rng9 } from './blind-set-9-rng';

/**
 * Phone plans of 50 countries: calling code, trunk prefix, mobile/landline leading digits,
 * national significant number length and the grouping used when writing it nationally.
 */
interface Plan {
  cc: string;
  code: string;
  trunk: string;
  lead: string[];
  len: number;
  groups: number[];
  sep: string;
}
const P = (cc: string, code: string, trunk: string, lead: string[], len: number, groups: number[], sep = ' '): Plan => ({ cc, code, trunk, lead, len, groups, sep });
export const PLANS73: Plan[] = [
  P('US', '1', '', ['212', '312', '415', '617', '713', '206', '305', '404'], 10, [3, 3, 4], '-'),
  P('CA', '1', '', ['416', '604', '514', '403', '613'], 10, [3, 3, 4], '-'),
  P('MX', '52', '', ['55', '33', '81'], 10, [2, 4, 4]),
  P('BR', '55', '', ['119', '219', '319', '619'], 11, [2, 5, 4], '-'),
  P('AR', '54', '0', ['11', '351'], 10, [2, 4, 4], '-'),
  P('CL', '56', '', ['9'], 9, [1, 4, 4]),
  P('CO', '57', '', ['310', '315', '300'], 10, [3, 7]),
  P('PE', '51', '', ['98', '99', '94'], 9, [3, 3, 3]),
  P('GB', '44', '0', ['7911', '7723', '7481', '20 8', '161'], 10, [4, 6]),
  P('IE', '353', '0', ['87', '86', '83'], 9, [2, 3, 4]),
  P('FR', '33', '0', ['6', '7', '1'], 9, [1, 2, 2, 2, 2]),
  P('DE', '49', '0', ['151', '160', '176', '30', '89'], 11, [3, 8]),
  P('AT', '43', '0', ['664', '676', '699'], 10, [3, 7]),
  P('CH', '41', '0', ['79', '78', '44'], 9, [2, 3, 2, 2]),
  P('NL', '31', '0', ['6'], 9, [1, 8], '-'),
  P('BE', '32', '0', ['470', '475', '496'], 9, [3, 2, 2, 2]),
  P('ES', '34', '', ['6', '7', '91'], 9, [3, 2, 2, 2]),
  P('PT', '351', '', ['91', '93', '96'], 9, [3, 3, 3]),
  P('IT', '39', '', ['347', '333', '06'], 10, [3, 3, 4]),
  P('PL', '48', '', ['5', '6', '7'], 9, [3, 3, 3]),
  P('SE', '46', '0', ['70', '73', '8'], 9, [2, 3, 2, 2]),
  P('NO', '47', '', ['4', '9'], 8, [3, 2, 3]),
  P('DK', '45', '', ['2', '3', '4'], 8, [2, 2, 2, 2]),
  P('FI', '358', '0', ['40', '50'], 9, [2, 3, 4]),
  P('GR', '30', '', ['69'], 10, [3, 3, 4]),
  P('RU', '7', '8', ['9'], 10, [3, 3, 2, 2], '-'),
  P('UA', '380', '0', ['67', '50', '93'], 9, [2, 3, 4]),
  P('TR', '90', '0', ['532', '542', '505'], 10, [3, 3, 2, 2]),
  P('IL', '972', '0', ['52', '54', '50'], 9, [2, 3, 4], '-'),
  P('AE', '971', '0', ['50', '55', '56'], 9, [2, 3, 4]),
  P('SA', '966', '0', ['50', '55', '53'], 9, [2, 3, 4]),
  P('EG', '20', '0', ['10', '11', '12'], 10, [2, 4, 4]),
  P('NG', '234', '0', ['803', '806', '813'], 10, [3, 3, 4]),
  P('ZA', '27', '0', ['82', '83', '72'], 9, [2, 3, 4]),
  P('KE', '254', '0', ['712', '722', '733'], 9, [3, 6]),
  P('IN', '91', '0', ['98', '99', '70'], 10, [5, 5]),
  P('PK', '92', '0', ['300', '321', '333'], 10, [3, 7]),
  P('CN', '86', '0', ['138', '139', '186'], 11, [3, 4, 4]),
  P('HK', '852', '', ['9', '6', '5'], 8, [4, 4]),
  P('TW', '886', '0', ['912', '933'], 9, [3, 3, 3]),
  P('JP', '81', '0', ['90', '80', '3'], 10, [2, 4, 4], '-'),
  P('KR', '82', '0', ['10'], 10, [2, 4, 4], '-'),
  P('TH', '66', '0', ['81', '89', '2'], 9, [2, 3, 4]),
  P('VN', '84', '0', ['91', '90', '98'], 9, [2, 3, 2, 2]),
  P('SG', '65', '', ['9', '8'], 8, [4, 4]),
  P('MY', '60', '0', ['12', '17', '19'], 9, [2, 3, 4], '-'),
  P('ID', '62', '0', ['812', '813', '857'], 11, [3, 4, 4], '-'),
  P('PH', '63', '0', ['917', '918', '927'], 10, [3, 3, 4]),
  P('AU', '61', '0', ['4', '2', '3'], 9, [3, 3, 3]),
  P('NZ', '64', '0', ['21', '27', '22'], 9, [2, 3, 4]),
];

const groupBy = (s: string, gs: number[], sep: string): string => {
  const out: string[] = [];
  let at = 0;
  gs.forEach((g, i) => {
    out.push(s.slice(at, i === gs.length - 1 ? undefined : at + g));
    at += g;
  });
  return out.join(sep);
};

export interface Phone73 {
  e164: string;
  national: string;
  intl: string;
}

/** A phone of country `cc` in E.164, national and spaced international forms. */
export function phone73(r: Rng9, cc: string): Phone73 {
  const pl = PLANS73.find((p) => p.cc === cc) ?? PLANS73[0]!;
  const lead = r.pick(pl.lead).replace(/ /g, '');
  let nsn = lead + r.digits(pl.len - lead.length);
  if (cc === 'US' || cc === 'CA') nsn = nsn.slice(0, 3) + String(r.int(2, 9)) + (r.int(0, 1) ? '2' : '4') + r.digits(1) + r.digits(4);
  let national = pl.trunk + groupBy(nsn, pl.groups, pl.sep);
  if (cc === 'US' || cc === 'CA') national = r.int(0, 1) ? `(${nsn.slice(0, 3)}) ${nsn.slice(3, 6)}-${nsn.slice(6)}` : `${nsn.slice(0, 3)}.${nsn.slice(3, 6)}.${nsn.slice(6)}`;
  if (cc === 'BR') national = `(${nsn.slice(0, 2)}) ${nsn.slice(2, 7)}-${nsn.slice(7)}`;
  if (cc === 'RU') national = `8 (${nsn.slice(0, 3)}) ${nsn.slice(3, 6)}-${nsn.slice(6, 8)}-${nsn.slice(8)}`;
  if (cc === 'DE' && r.int(0, 2) === 0) national = `(0${nsn.slice(0, 3)}) ${nsn.slice(3)}`;
  if ((cc === 'IT' || cc === 'ES' || cc === 'PL' || cc === 'PT') && r.int(0, 1)) national = groupBy(nsn, pl.groups, ' ');
  const intl = cc === 'AR' ? `+54 9 ${nsn.slice(0, 2)} ${nsn.slice(2, 6)}-${nsn.slice(6)}` : `+${pl.code} ${groupBy(nsn, pl.groups, ' ')}`;
  return { e164: `+${pl.code}${nsn}`, national, intl };
}

/** One of the three written forms, sometimes with an extension (landline desks). */
export function phoneAs73(r: Rng9, ph: Phone73): string {
  const v = r.pick([ph.e164, ph.e164, ph.national, ph.national, ph.intl]);
  return r.int(0, 9) === 0 ? `${v} ${r.pick(['ext. ', 'x', 'Durchwahl ', 'poste '])}${r.int(10, 4999)}` : v;
}
