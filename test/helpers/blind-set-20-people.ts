import { DIGITS, LOWER } from './blind-set-9-rng';
import type { Rng20 } from './blind-set-20-types';

const FIRST = ['Maren', 'Tobias', 'Ingrid', 'Rashid', 'Oluwaseun', 'Camille', 'Dmitri', 'Priya', 'Henrike', 'Mateus', 'Keiko', 'Declan', 'Ximena', 'Bartosz', 'Annelies', 'Yusuf', 'Siobhan', 'Florin', 'Thandiwe', 'Gustavo'];
const LAST = ['Vandersloot', 'Okonkwo', 'Lindqvist', 'Castellanos', 'Przybylski', 'Haddad', 'Fairweather', 'Nakashima', 'Brannigan', 'Ferreira', 'Kowalczyk', 'Oyelaran', 'Delacroix', 'Strandberg', 'Mahlangu', 'Quintero', 'Abernathy', 'Van Rensburg'];
const MAIL = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'icloud.com', 'web.de', 'hotmail.fr', 'fastmail.com', 'gmx.net', 'comcast.net'];
const STREET = ['Larkspur Lane', 'Wexford Road', 'Kastanienallee', 'Rue des Lilas', 'Calle de Alcalá', 'Keizersgracht', 'Harbour View Terrace', 'Old Mill Close', 'N Halsted St', 'Maple Ridge Dr'];
const CITY = [
  ['Springfield', 'IL', '62704'],
  ['Portland', 'OR', '97214'],
  ['Austin', 'TX', '78704'],
  ['Columbus', 'OH', '43215'],
  ['Raleigh', 'NC', '27601'],
  ['Boulder', 'CO', '80302'],
];

export interface Person20 {
  first: string;
  last: string;
  email: string;
  phone: string;
  dob: string;
  street: string;
  city: string;
  state: string;
  zip: string;
  address: string;
}

/** A fresh person: names from small lists, every contact value drawn from the stream. */
export function person(r: Rng20): Person20 {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  const local = r.pick([`${first}.${last}`, `${first[0]}${last}${r.int(2, 98)}`, `${last}.${first}${r.int(60, 99)}`, `${first}_${r.chars(LOWER, 3)}`]).toLowerCase().replace(/ /g, '');
  const [city, state, zip] = r.pick(CITY);
  const street = `${r.int(12, 9876)} ${r.pick(STREET)}${r.next() < 0.3 ? ` Apt ${r.int(2, 40)}${r.pick(['A', 'B', 'C'])}` : ''}`;
  return {
    first,
    last,
    email: `${local}@${r.pick(MAIL)}`,
    phone: phone(r),
    dob: `${r.int(1948, 2004)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
    street,
    city: city!,
    state: state!,
    zip: zip!,
    address: `${street}, ${city}, ${state} ${zip}`,
  };
}

/** A phone number in one of the layouts CRMs export. */
export function phone(r: Rng20): string {
  const us = () => `${r.int(2, 9)}${r.digits(2)}`;
  const pre = () => `${r.int(2, 9)}${r.digits(2)}`;
  return r.pick([
    () => `+1${us()}${pre()}${r.digits(4)}`,
    () => `(${us()}) ${pre()}-${r.digits(4)}`,
    () => `+1 ${us()}-${pre()}-${r.digits(4)}`,
    () => `+44 7${r.digits(3)} ${r.digits(6)}`,
    () => `+49 15${r.int(1, 9)} ${r.digits(8)}`,
    () => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    () => `+31 6 ${r.digits(8)}`,
    () => `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  ])();
}

/** A customer's public IPv4 (not in private, loopback or documentation ranges). */
export function publicIp(r: Rng20): string {
  const a = r.pick([24, 47, 68, 73, 81, 86, 92, 98, 109, 151, 176, 188, 201]);
  return `${a}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`;
}
/** A customer's IPv6 (global unicast, residential prefixes). */
export const publicIp6 = (r: Rng20): string => `2a02:${r.hex(4).replace(/^0+/, '') || 'a'}:${r.hex(4).replace(/^0+/, '') || 'b'}:${r.int(1, 9)}${r.hex(3)}::${r.hex(3)}${r.chars(DIGITS, 1)}`;
