import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';

/** Names, phones, mailboxes, birth dates, addresses, passports and licences from a case's stream. */
export const FIRST = ['Maria', 'Jonas', 'Aiko', 'Rahul', 'Fatima', 'Lucas', 'Sofia', 'Mateo', 'Ingrid', 'Kwame', 'Chloé', 'Oskar', 'Priya', 'Tomasz', 'Elif', 'Noah'];
export const LAST = ['Kowalski', 'Andersson', 'Tanaka', 'Sharma', 'Haddad', 'Moreau', 'Rossi', 'García', 'Virtanen', 'Mensah', 'Dubois', 'Nieminen', 'Iyer', 'Nowak', 'Yılmaz', 'Fischer'];
export const name = (r: Rng9): [string, string] => [r.pick(FIRST), r.pick(LAST)];
const n = (r: Rng9, k: number): string => r.digits(k);
const nz = (r: Rng9): string => String(r.int(2, 9));
const usLine = (r: Rng9): [string, string, string] => [String(r.int(201, 989)).replace('555', '556'), String(r.int(201, 989)).replace('555', '556'), n(r, 4)];

/** Phone layouts: [layout name, generator]. */
export const PHONES: [string, (r: Rng9) => string][] = [
  ['us-paren', (r) => { const [a, b, c] = usLine(r); return `(${a}) ${b}-${c}`; }],
  ['us-e164', (r) => { const [a, b, c] = usLine(r); return `+1${a}${b}${c}`; }],
  ['uk-mobile', (r) => `07${r.int(400, 999)} ${n(r, 6)}`],
  ['uk-intl', (r) => `+44 7${r.int(400, 999)} ${n(r, 3)} ${n(r, 3)}`],
  ['de-mobile', (r) => `0${r.pick(['151', '160', '170', '176'])} ${n(r, 4)} ${n(r, 4)}`],
  ['fr-pairs', (r) => `0${r.pick(['6', '7'])} ${n(r, 2)} ${n(r, 2)} ${n(r, 2)} ${n(r, 2)}`],
  ['es-intl', (r) => `+34 6${n(r, 2)} ${n(r, 3)} ${n(r, 3)}`],
  ['it-mobile', (r) => `+39 3${r.int(20, 49)} ${n(r, 3)} ${n(r, 4)}`],
  ['nl-mobile', (r) => `06-${nz(r)}${n(r, 7)}`],
  ['au-mobile', (r) => `04${r.int(10, 99)} ${n(r, 3)} ${n(r, 3)}`],
  ['in-intl', (r) => `+91 ${r.int(7, 9)}${n(r, 4)} ${n(r, 5)}`],
  ['br-mobile', (r) => `(${r.pick(['11', '21', '31', '41'])}) 9${n(r, 4)}-${n(r, 4)}`],
  ['jp-mobile', (r) => `0${r.pick(['70', '80', '90'])}-${n(r, 4)}-${n(r, 4)}`],
  ['mx-intl', (r) => `+52 ${r.pick(['55', '33', '81'])} ${n(r, 4)} ${n(r, 4)}`],
  ['se-mobile', (r) => `07${r.pick(['0', '2', '3', '6'])}-${n(r, 3)} ${n(r, 2)} ${n(r, 2)}`],
  ['pl-intl', (r) => `+48 ${r.int(5, 8)}${n(r, 2)} ${n(r, 3)} ${n(r, 3)}`],
  ['za-mobile', (r) => `0${r.pick(['72', '82', '83'])} ${n(r, 3)} ${n(r, 4)}`],
  ['e164-urlenc', (r) => `%2B44${7}${r.int(400, 999)}${n(r, 6)}`],
];

const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'proton.me', 'icloud.com', 'gmx.net', 'hotmail.fr'];
const ascii = (s: string): string => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
export const email = (r: Rng9, [f, l]: [string, string]): string => `${ascii(f)}${r.pick(['.', '_', ''])}${ascii(l)}${r.int(1, 99)}@${r.pick(DOMAINS)}`;

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Birth dates: ISO, DD/MM/YYYY, DD.MM.YYYY, MM/DD/YYYY, `7 Mar 1984`. */
export const DOBS: ((y: number, m: number, d: number) => string)[] = [
  (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  (y, m, d) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`,
  (y, m, d) => `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`,
  (y, m, d) => `${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`,
  (y, m, d) => `${d} ${MON[m - 1]} ${y}`,
];
export const dob = (r: Rng9, form: number): string => DOBS[form % DOBS.length]!(r.int(1950, 2004), r.int(1, 12), r.int(13, 28));

/** Street addresses in each country's own layout. */
export const ADDRESSES: [string, (r: Rng9) => string][] = [
  ['us', (r) => `${r.int(100, 9899)} ${r.pick(['Maple Ave', 'Oak Street', 'Lincoln Blvd', 'W 34th St'])}, Apt ${r.int(1, 30)}${r.pick(['A', 'B', 'C'])}, ${r.pick(['Springfield, IL 627', 'Austin, TX 787', 'Portland, OR 972'])}${n(r, 2)}`],
  ['uk', (r) => `${r.int(1, 180)} ${r.pick(['Kingsley Road', 'Station Lane', 'Victoria Street'])}, ${r.pick(['Bristol BS6', 'Leeds LS7', 'Manchester M14'])} ${r.int(1, 9)}${r.pick(['AR', 'DQ', 'HX', 'NW'])}`],
  ['de', (r) => `${r.pick(['Hauptstraße', 'Lindenallee', 'Goethestraße', 'Am Markt'])} ${r.int(1, 120)}, ${r.pick(['10115 Berlin', '80331 München', '50667 Köln', '04109 Leipzig'])}`],
  ['fr', (r) => `${r.int(1, 140)} ${r.pick(['rue de la République', 'avenue Jean Jaurès', 'boulevard Voltaire'])}, ${r.pick(['69002 Lyon', '75011 Paris', '13001 Marseille'])}`],
  ['nl', (r) => `${r.pick(['Prinsengracht', 'Kerkstraat', 'Stationsweg'])} ${r.int(1, 400)}, ${r.int(1011, 9999)} ${r.pick(['GV', 'AB', 'KL'])} ${r.pick(['Amsterdam', 'Utrecht', 'Rotterdam'])}`],
  ['ca', (r) => `${r.int(10, 9999)} ${r.pick(['Rue Sainte-Catherine O', 'Yonge St', 'Granville St'])}, ${r.pick(['Montréal, QC H3B', 'Toronto, ON M5B', 'Vancouver, BC V6Z'])} ${r.int(1, 9)}${r.pick(['A', 'K', 'N'])}${r.int(1, 9)}`],
  ['au', (r) => `${r.int(1, 300)} ${r.pick(['Smith St', 'George St', 'Chapel St'])}, ${r.pick(['Fitzroy VIC 3065', 'Sydney NSW 2000', 'Brisbane City QLD 4000'])}`],
  ['es', (r) => `Calle de ${r.pick(['Alcalá', 'Serrano', 'Toledo'])} ${r.int(1, 200)}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C'])}, 280${r.int(10, 50)} Madrid`],
  ['it', (r) => `Via ${r.pick(['Roma', 'Garibaldi', 'Dante'])} ${r.int(1, 150)}, ${r.pick(['20121 Milano MI', '00184 Roma RM', '10121 Torino TO'])}`],
  ['jp', (r) => `〒${r.int(100, 199)}-${n(r, 4)} 東京都${r.pick(['渋谷区渋谷', '新宿区西新宿', '港区六本木'])}${r.int(1, 6)}-${r.int(1, 30)}-${r.int(1, 20)}`],
];

const DE_PP = 'CFGHJKLMNPRTVWXYZ';
/** Passports and driving licences: [kind, generator]. */
export const DOCS: [string, (r: Rng9) => string][] = [
  ['passport-us', (r) => nz(r) + n(r, 8)],
  ['passport-de', (r) => r.pick([...DE_PP]) + r.chars(DE_PP + DIGITS, 4) + n(r, 4)],
  ['passport-in', (r) => r.pick([...'JKLMNPRSTUVWZ']) + nz(r) + n(r, 6)],
  ['passport-fr', (r) => n(r, 2) + r.chars(UPPER, 2) + n(r, 5)],
  ['passport-uk', (r) => '5' + n(r, 8)],
  ['licence-uk', (r) => `${r.pick(['MORGA', 'SMITH', 'PATEL', 'JONES', 'WILLI'])}${r.int(5, 9)}${r.pick(['01', '03', '07', '56', '61', '62'])}${r.int(10, 28)}${r.int(0, 9)}${r.chars(UPPER, 2)}9${r.chars(UPPER, 2)}`],
  ['licence-us-ca', (r) => r.pick([...UPPER]) + n(r, 7)],
  ['licence-us-fl', (r) => `${r.pick([...UPPER])}${n(r, 3)}-${n(r, 3)}-${n(r, 2)}-${n(r, 3)}-${r.int(0, 9)}`],
];
