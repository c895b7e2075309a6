import type { Rng9 } from './blind-set-9-rng';
import { ascii, COUNTRIES, nationalId, type Cc27 } from './blind-set-27-ids';

/** Blind set 27: people (employees, candidates, contractors, dependents) with names, homes, phones and birth dates. */
const FIRST: Record<string, string[]> = {
  en: ['Olivia', 'Marcus', 'Hannah', 'Devon', 'Priscilla', 'Terrence', 'Maeve', 'Colin', 'Aaliyah', 'Gareth', 'Shauna', 'Rhys', 'Imogen', 'Declan'],
  eu: ['Lukas', 'Zoë', 'Amélie', 'Jürgen', 'Sofía', 'Matteo', 'Daan', 'Agnieszka', 'Björn', 'Inès', 'Chiara', 'Sven', 'Łukasz', 'Marta'],
  as: ['Priya', 'Arjun', 'Wei Ling', 'Haruto', 'Yui', 'Ananya', 'Rohan', 'Kenji', 'Mei', 'Siddharth'],
  la: ['João', 'Camila', 'Luis Fernando', 'Valentina', 'Thiago', 'Ximena', 'Rodrigo', 'Beatriz'],
};
const LAST: Record<string, string[]> = {
  en: ['Okafor', 'Whitaker', 'Brennan', 'Castellanos', 'Fairbanks', 'Nakamura-Hill', 'Pritchard', "O'Sullivan", 'Delacroix', 'Abernathy', 'Kowalczyk', 'Greenberg'],
  eu: ['Schneider', 'Lefèvre', 'García Ortega', 'Bianchi', 'van der Berg', 'Wiśniewski', 'Lindqvist', 'Moreau', 'Hoffmann', 'Esposito', 'Jansen', 'Nowak'],
  as: ['Raman', 'Iyer', 'Tan', 'Sato', 'Takahashi', 'Chaudhary', 'Lim', 'Venkataraman', 'Watanabe', 'Goh'],
  la: ['Carvalho', 'Hernández', 'Souza', 'Gutiérrez', 'Oliveira', 'Ramírez', 'Pereira', 'Castillo'],
};
const REGION: Record<Cc27, string> = {
  US: 'en',
  CA: 'en',
  GB: 'en',
  AU: 'en',
  IE: 'en',
  DE: 'eu',
  FR: 'eu',
  ES: 'eu',
  IT: 'eu',
  NL: 'eu',
  PL: 'eu',
  SE: 'eu',
  IN: 'as',
  SG: 'as',
  JP: 'as',
  BR: 'la',
  MX: 'la',
};

const CITY: Record<Cc27, [string, string, () => string][]> = {
  US: [
    ['Oakland, CA', 'Alder Creek Rd', () => '946'],
    ['Austin, TX', 'Shoal Crest Ave', () => '787'],
    ['Columbus, OH', 'Weybridge Ln', () => '432'],
  ],
  CA: [
    ['Toronto, ON', 'Dovercourt Rd', () => 'M6H'],
    ['Vancouver, BC', 'E 11th Ave', () => 'V5N'],
  ],
  GB: [
    ['Leeds', 'Harehills Lane', () => 'LS8'],
    ['Bristol', 'Cotham Brow', () => 'BS6'],
  ],
  DE: [
    ['Berlin', 'Weserstraße', () => '120'],
    ['München', 'Tegernseer Landstraße', () => '815'],
  ],
  FR: [
    ['Lyon', 'rue Paul Bert', () => '690'],
    ['Paris', 'rue de la Roquette', () => '750'],
  ],
  ES: [
    ['Madrid', 'Calle de Embajadores', () => '280'],
    ['Valencia', 'Carrer de Cuba', () => '460'],
  ],
  IT: [
    ['Milano', 'Via Padova', () => '201'],
    ['Torino', 'Corso Vercelli', () => '101'],
  ],
  NL: [
    ['Utrecht', 'Biltstraat', () => '3572'],
    ['Rotterdam', 'Zwart Janstraat', () => '3035'],
  ],
  PL: [
    ['Kraków', 'ul. Dietla', () => '31-0'],
    ['Warszawa', 'ul. Grochowska', () => '04-3'],
  ],
  SE: [
    ['Stockholm', 'Götgatan', () => '118'],
    ['Göteborg', 'Linnégatan', () => '413'],
  ],
  IN: [
    ['Bengaluru', 'HSR Layout 27th Main Rd', () => '560'],
    ['Pune', 'Baner Rd', () => '411'],
  ],
  BR: [
    ['São Paulo', 'Rua Augusta', () => '013'],
    ['Curitiba', 'Rua XV de Novembro', () => '800'],
  ],
  MX: [
    ['Ciudad de México', 'Calle Durango', () => '067'],
    ['Guadalajara', 'Av. Chapultepec', () => '441'],
  ],
  AU: [
    ['Melbourne VIC', 'Smith St, Fitzroy', () => '306'],
    ['Sydney NSW', 'King St, Newtown', () => '204'],
  ],
  IE: [
    ['Dublin 8', 'South Circular Rd', () => 'D08'],
    ['Cork', 'Douglas Rd', () => 'T12'],
  ],
  SG: [
    ['Singapore', 'Tampines Street 81', () => '52'],
    ['Singapore', 'Jurong West Ave 1', () => '64'],
  ],
  JP: [
    ['Tokyo', 'Setagaya 3-chome', () => '154'],
    ['Osaka', 'Kita-ku Tenma', () => '530'],
  ],
};

/** An employee, candidate or contractor: name, personal contacts, home address, birth date and national id. */
export interface Person27 {
  cc: Cc27;
  first: string;
  last: string;
  name: string;
  email: string;
  phone: string;
  /** ISO birth date. */
  dob: string;
  street: string;
  city: string;
  postcode: string;
  address: string;
  idKind: string;
  id: string;
}

/** A postcode for the city prefix in its country's shape. */
function postcode(r: Rng9, cc: Cc27, pre: string): string {
  if (cc === 'GB') return `${pre} ${r.int(1, 9)}${r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`;
  if (cc === 'CA') return `${pre} ${r.int(1, 9)}${r.chars('ABCEGHJKLMNPRSTVXY', 1)}${r.int(1, 9)}`;
  if (cc === 'IE') return `${pre} ${r.chars('ACDEFHKNPRTVWXY', 1)}${r.int(1, 9)}${r.chars('ACDEFHKNPRTVWXY', 1)}${r.int(1, 9)}`;
  if (cc === 'NL') return `${pre} ${r.chars('ABCEGHJKLMNPRSTVWXZ', 2)}`;
  if (cc === 'PL') return pre + r.digits(1);
  if (cc === 'SE') return `${pre} ${r.digits(2)}`;
  if (cc === 'BR') return `${pre}${r.digits(2)}-${r.digits(3)}`;
  if (cc === 'SG') return pre + r.digits(4);
  if (cc === 'JP') return `〒${pre}-${r.digits(4)}`;
  const len = { US: 5, DE: 5, FR: 5, ES: 5, IT: 5, IN: 6, MX: 5, AU: 4 }[cc] ?? 5;
  return pre + r.digits(len - pre.length);
}

/** A mobile number in E.164 with the country's usual grouping. */
export function phone(r: Rng9, cc: Cc27): string {
  const n = (k: number) => r.digits(k);
  switch (cc) {
    case 'US':
    case 'CA':
      return `+1 ${r.int(2, 9)}${n(2)} ${r.int(2, 9)}${n(2)} ${n(4)}`;
    case 'GB':
      return `+44 7${r.int(4, 9)}${n(2)} ${n(6)}`;
    case 'DE':
      return `+49 1${r.pick(['51', '52', '60', '70', '76'])} ${n(8)}`;
    case 'FR':
      return `+33 ${r.pick(['6', '7'])} ${n(2)} ${n(2)} ${n(2)} ${n(2)}`;
    case 'ES':
      return `+34 6${n(2)} ${n(3)} ${n(3)}`;
    case 'IT':
      return `+39 3${n(2)} ${n(3)} ${n(4)}`;
    case 'NL':
      return `+31 6 ${n(4)} ${n(4)}`;
    case 'PL':
      return `+48 ${r.int(5, 8)}${n(2)} ${n(3)} ${n(3)}`;
    case 'SE':
      return `+46 7${r.pick(['0', '2', '3', '6'])} ${n(3)} ${n(2)} ${n(2)}`;
    case 'IN':
      return `+91 ${r.int(7, 9)}${n(4)} ${n(5)}`;
    case 'BR':
      return `+55 11 9${n(4)}-${n(4)}`;
    case 'MX':
      return `+52 55 ${n(4)} ${n(4)}`;
    case 'AU':
      return `+61 4${n(2)} ${n(3)} ${n(3)}`;
    case 'IE':
      return `+353 8${r.pick(['3', '5', '6', '7'])} ${n(3)} ${n(4)}`;
    case 'SG':
      return `+65 ${r.pick(['8', '9'])}${n(3)} ${n(4)}`;
    case 'JP':
      return `+81 90-${n(4)}-${n(4)}`;
  }
}

/** A birth date (ISO) of an adult of working age. */
export function dob(r: Rng9): string {
  return `${r.int(1962, 2003)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
}

/** A person of country `cc` (or of a random hiring country). */
export function person(r: Rng9, cc: Cc27 = r.pick(COUNTRIES)): Person27 {
  const reg = REGION[cc];
  const first = r.pick(FIRST[reg]!);
  const last = r.pick(LAST[reg]!);
  const female = r.int(0, 1) === 1;
  const [city, street, pre] = r.pick(CITY[cc]);
  const pc = postcode(r, cc, pre());
  const no = String(r.int(2, 240));
  const streetLine = cc === 'US' || cc === 'CA' || cc === 'GB' || cc === 'AU' || cc === 'IE' || cc === 'FR' || cc === 'SG' ? `${no} ${street}` : `${street} ${no}`;
  const address = cc === 'US' || cc === 'CA' ? `${streetLine}, ${city} ${pc}` : `${streetLine}, ${pc} ${city}`;
  const d = dob(r);
  const [idKind, id] = nationalId(r, cc, d, female, first, last);
  const email = `${ascii(first)}${r.pick(['.', '_', ''])}${ascii(last)}${r.pick(['', String(r.int(7, 99))])}@${r.pick(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'hotmail.co.uk', 'gmx.de', 'web.de', 'orange.fr', 'libero.it', 'wp.pl'])}`;
  return { cc, first, last, name: `${first} ${last}`, email, phone: phone(r, cc), dob: d, street: streetLine, city, postcode: pc, address, idKind, id };
}

/** A lowercase login-like handle. */
export const handle = (p: Person27): string => `${ascii(p.first)[0]}${ascii(p.last)}`;
