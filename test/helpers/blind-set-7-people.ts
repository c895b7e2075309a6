import { Rng, ABC, pad } from './blind-set-7-rng';

/** Personal data for blind set 7: names, e-mail addresses, phone numbers, street addresses. */

const FIRST = ['Amara', 'Jonas', 'Lucía', 'Mateo', 'Priya', 'Henrik', 'Chloé', 'Tobias', 'Naomi', 'Kwame', 'Ingrid', 'Rafael', 'Yuki', 'Dmitri'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'García', 'Raman', 'Becker', 'Dubois', 'Novak', 'Haddad', 'Ferreira', 'Schulz', 'Kowalski'];
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'gmx.de', 'orange.fr', 'icloud.com', 'protonmail.com', 'web.de', 'hotmail.es'];
const WORK_DOMAINS = ['northwind-freight.com', 'brightpath.io', 'kestrel-health.de', 'lumen-retail.fr', 'tidewater.co.uk'];

/** A person's first and last name. */
export const person = (r: Rng): [string, string] => [r.pick(FIRST), r.pick(LAST)];

/** ASCII-folds a name for use in an e-mail local part. */
const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** A personal or work e-mail address in one of several local-part styles. */
export function email(r: Rng, name = person(r)): string {
  const [f, l] = name.map(fold) as [string, string];
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${r.int(1, 99)}`, `${f}+orders`, `${l}.${f}${r.int(70, 99)}`]);
  return `${local}@${r.pick(r.next() < 0.6 ? MAIL_DOMAINS : WORK_DOMAINS)}`;
}

/** A US number outside 555-01xx, in one of the usual national and E.164 layouts. */
export function usPhone(r: Rng): string {
  // N11 codes (211, 911…) are not assignable as area codes or exchanges: shifted without a new draw.
  const area = `${r.int(2, 9)}${r.int(0, 8)}${r.int(0, 9)}`.replace(/^(\d)11$/, (_, d: string) => `${d}12`);
  const ex = `${r.int(2, 9)}${r.str(ABC.dig, 2)}`.replace(/^555$/, '556').replace(/^(\d)11$/, (_, d: string) => `${d}12`);
  const line = r.str(ABC.dig, 4);
  return r.pick([`(${area}) ${ex}-${line}`, `+1 ${area}-${ex}-${line}`, `+1${area}${ex}${line}`, `${area}.${ex}.${line}`, `+1 (${area}) ${ex} ${line}`]);
}

/** A UK mobile (07xxx / +44 7xxx) in national or international layout. */
export function ukPhone(r: Rng): string {
  const rest = `${r.int(4, 9)}${r.str(ABC.dig, 2)} ${r.str(ABC.dig, 6)}`;
  return r.pick([`+44 7${rest}`, `07${rest}`, `+447${rest.replace(' ', '')}`]);
}

/** A German mobile (015x/016x/017x) in national or international layout. */
export function dePhone(r: Rng): string {
  const pre = r.pick(['151', '152', '157', '160', '162', '170', '171', '176', '179']);
  const rest = r.str(ABC.dig, 7) + (r.next() < 0.5 ? r.str(ABC.dig, 1) : '');
  return r.pick([`+49 ${pre} ${rest}`, `0${pre} ${rest}`, `+49${pre}${rest}`, `0${pre}/${rest}`]);
}

/** A French mobile (06/07) in pairs or international layout. */
export function frPhone(r: Rng): string {
  const d = `${r.int(6, 7)}${r.str(ABC.dig, 8)}`;
  const pairs = d.slice(1).match(/../g)!.join(' ');
  return r.pick([`0${d[0]} ${pairs}`, `+33 ${d[0]} ${pairs}`, `+33${d}`, `0${d[0]}.${pairs.replace(/ /g, '.')}`]);
}

/** A Spanish mobile (6xx) in national or international layout. */
export function esPhone(r: Rng): string {
  const d = `6${r.str(ABC.dig, 8)}`;
  return r.pick([`+34 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}`, `+34${d}`]);
}

/** A phone number from any of the countries above. */
export const anyPhone = (r: Rng): string => r.pick([usPhone, ukPhone, dePhone, frPhone, esPhone])(r);

const STREETS = ['Maple Avenue', 'Lakeview Drive', 'W 43rd Street', 'Old Mill Road', 'Cedar Lane', 'Harbor Blvd', 'Pine Ridge Ct'];
const CITIES: Array<[string, string, number]> = [['Springfield', 'IL', 627], ['Portland', 'OR', 972], ['Austin', 'TX', 787], ['Columbus', 'OH', 432], ['Raleigh', 'NC', 276]];

/** A US street address with number, street, optional unit, city, state and ZIP. */
export function usAddress(r: Rng): { line1: string; city: string; state: string; zip: string; full: string } {
  const unit = r.next() < 0.4 ? ` ${r.pick(['Apt', 'Suite', 'Unit', '#'])} ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}` : '';
  const line1 = `${r.int(12, 9876)} ${r.pick(STREETS)}${unit}`;
  const [city, state, z] = r.pick(CITIES);
  const zip = `${z}${pad(r.int(1, 99))}`;
  return { line1, city, state, zip, full: `${line1}, ${city}, ${state} ${zip}` };
}

/** A European street address (DE/FR/ES style: street then number, postcode then city). */
export function euAddress(r: Rng): string {
  return r.pick([
    `${r.pick(['Lindenstraße', 'Hauptstr.', 'Am Kirchberg'])} ${r.int(1, 140)}, ${r.int(10, 99)}${r.str(ABC.dig, 3)} ${r.pick(['Berlin', 'Köln', 'Leipzig'])}`,
    `${r.int(1, 120)} ${r.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire'])}, ${r.pick(['75011 Paris', '69003 Lyon', '31000 Toulouse'])}`,
    `Calle ${r.pick(['Mayor', 'de Alcalá', 'del Sol'])} ${r.int(1, 200)}, ${r.int(2, 4)}º ${r.pick(['A', 'B', 'C'])}, ${r.pick(['28013 Madrid', '08002 Barcelona', '41001 Sevilla'])}`,
  ]);
}
