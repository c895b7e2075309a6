import type { Rng12 } from './blind-set-12-rng';

const FIRST = ['Ingrid', 'Tomasz', 'Aiyana', 'Rafael', 'Keiko', 'Oluwaseun', 'Mariska', 'Dmitri', 'Saoirse', 'Thiago', 'Priya', 'Henrik', 'Fatima', 'Lucien', 'Nomvula'];
const LAST = ['Halvorsen', 'Wiśniewski', 'Redcloud', 'Albuquerque', 'Tanabe', 'Adeyemi', 'van Dijk', 'Sokolov', 'Ní Bhriain', 'Carvalho', 'Raghunathan', 'Lindqvist', 'El Amrani', 'Marchand', 'Dlamini'];
const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'orange.fr', 'uol.com.br', 'hotmail.es', 'proton.me', 'icloud.com', 'gmx.at'];

/** A person: name and a personal mailbox at a real consumer mail provider. */
export function person(r: Rng12): { first: string; last: string; name: string; email: string } {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  const local = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') + (r.next() < 0.5 ? String(r.int(2, 98)) : '');
  return { first, last, name: `${first} ${last}`, email: `${local}@${r.pick(DOMAINS)}` };
}

/** Phone numbers in national and international layouts (no fictional ranges). */
export const phones = {
  us: (r: Rng12): string => `(${r.pick(['312', '415', '646', '512', '206'])}) ${r.int(201, 989)}-${r.int(1000, 9999)}`,
  usIntl: (r: Rng12): string => `+1 ${r.pick(['718', '323', '617', '303'])} ${r.int(201, 989)} ${r.int(1000, 9999)}`,
  uk: (r: Rng12): string => `+44 7${r.int(400, 999)} ${r.int(100000, 999999)}`,
  de: (r: Rng12): string => `+49 1${r.pick(['51', '60', '70', '76'])} ${r.int(1000000, 9999999)}`,
  fr: (r: Rng12): string => `06 ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`,
  br: (r: Rng12): string => `+55 (11) 9${r.int(6000, 9999)}-${r.int(1000, 9999)}`,
  in: (r: Rng12): string => `+91 ${r.int(70000, 99999)} ${r.int(10000, 99999)}`,
  au: (r: Rng12): string => `04${r.int(10, 99)} ${r.int(100, 999)} ${r.int(100, 999)}`,
  jp: (r: Rng12): string => `090-${r.int(1000, 9999)}-${r.int(1000, 9999)}`,
  mx: (r: Rng12): string => `+52 55 ${r.int(1000, 9999)} ${r.int(1000, 9999)}`,
  e164: (r: Rng12): string => `+4479${r.int(10000000, 99999999)}`,
};

const STREETS = ['Maple Ridge Dr', 'Kastanienallee', 'Rua Augusta', 'Calle de Toledo', 'Harbour View Rd', 'Rue des Martyrs'];
/** A street line with a house number. */
export const street = (r: Rng12): string => {
  const s = r.pick(STREETS);
  return /^(Kast|Rua|Calle|Rue)/.test(s) ? `${s} ${r.int(2, 180)}` : `${r.int(12, 9800)} ${s}`;
};
