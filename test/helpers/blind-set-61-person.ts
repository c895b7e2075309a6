import type { Ctx61 } from './blind-set-61-values';

const FIRST = ['Olivia', 'Mateo', 'Aoife', 'Kwame', 'Priya', 'Joaquín', 'Søren', 'Mei-Ling', 'Dmitri', 'Fatima', 'Hiroshi', 'Chiamaka', 'Lucía', 'Björn', 'Aarav', 'Zeynep', 'Nguyen Van', 'Isabella', 'Tomasz', 'Amara', 'Rafael', 'Ingrid', 'Yusuf', 'Camille', 'Declan', 'Anastasia', 'Thandiwe', 'Marco', 'Siobhan', 'Elif', 'Jamal', 'Valentina', 'Kenji', 'Oluwaseun', 'Margarethe', 'Rhys', 'Leilani', 'François', 'Gabriela', 'Wojciech'];
const LAST = ['Okonkwo', 'Fernández', 'Nakamura', 'Schmidt', 'Ramaswamy', 'Kowalczyk', "O'Sullivan", 'Haddad', 'Lindqvist', 'Tran', 'Ivanova', 'Mensah', 'García-López', 'Andersen', 'Yılmaz', 'Dubois', 'Castellanos', 'Wright', 'Achterberg', 'Moreau', 'Nair', 'Rossi', 'Petrov', 'Abernathy', 'Van der Berg', 'Kim', 'Chukwu', 'MacLeod', 'Horvath', 'Oliveira', 'Sato', 'Brennan', 'Mahlangu', 'Delacroix', 'Papadopoulos', 'Jovanović', 'Nieminen', 'Whitfield', 'Kapoor', 'Ezeh'];
const DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'proton.me', 'gmx.de', 'web.de', 'yandex.ru', 'orange.fr', 'libero.it', 'naver.com', 'hotmail.co.uk', 'aol.com', 'comcast.net', 'btinternet.com', 'yahoo.co.jp', 'uol.com.br', 'mail.ru', 'fastmail.com'];
const STREETS = ['Maple Avenue', 'Rue de la Roquette', 'Kastanienallee', 'Calle de Alcalá', 'Elm Street', 'Via Giuseppe Garibaldi', 'Prinsengracht', 'Oak Ridge Drive', 'Kingsland Road', 'Rua Augusta', 'Sunset Boulevard', 'Bergstraße', 'Harbour View Terrace', 'Ulica Długa', 'Westheimer Rd'];
const CITIES = ['Portland, OR 97214', '75011 Paris', '10437 Berlin', '28014 Madrid', 'Springfield, IL 62704', '20121 Milano', '1016 GV Amsterdam', 'Austin, TX 78745', 'London E8 4AA', '1100-053 Lisboa', 'Los Angeles, CA 90026', '80331 München', 'Wellington 6011', '80-831 Gdańsk', 'Houston, TX 77057'];

const ascii = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/ø/g, 'o').replace(/[^A-Za-z]/g, '').toLowerCase();

/** A customer's full name of varied origin (never shorter than seven characters), recorded. */
export function name61(c: Ctx61): string {
  let n = '';
  while (n.length < 7) n = `${c.r.pick(FIRST)} ${c.r.pick(LAST)}`;
  return c.put('person_name', 'personal', n);
}

/** A consumer e-mail address (derived from `full` when given), recorded. */
export function mail61(c: Ctx61, full?: string): string {
  const parts = (full ?? `${c.r.pick(FIRST)} ${c.r.pick(LAST)}`).split(' ');
  const f = ascii(parts[0]!);
  const l = ascii(parts[parts.length - 1]!);
  const local = c.r.pick([`${f}.${l}`, `${f}${l}${c.r.digits(2)}`, `${f[0]}${l}`, `${l}.${f}${c.r.int(70, 99)}`, `${f}_${l}+orders`]);
  return c.put('email', 'personal', `${local}@${c.r.pick(DOMAINS)}`);
}

/** A phone number in E.164 or a national format (no 555-01xx), recorded. */
export function phone61(c: Ctx61): string {
  const r = c.r;
  const us = () => `${r.pick([206, 312, 415, 512, 617, 646, 713, 503, 720, 904])}`;
  const v = r.pick([
    () => `+1${us()}${r.int(201, 989)}${r.digits(4)}`,
    () => `(${us()}) ${r.int(201, 989)}-${r.digits(4)}`,
    () => `+44 7${r.int(400, 999)} ${r.digits(6)}`,
    () => `+4915${r.int(1, 9)}${r.digits(8)}`,
    () => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    () => `+91 9${r.digits(4)} ${r.digits(5)}`,
    () => `+55 11 9${r.digits(4)}-${r.digits(4)}`,
    () => `07${r.int(400, 999)} ${r.digits(6)}`,
    () => `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
  ])();
  return c.put('phone', 'personal', v);
}

/** A street address line (number and street), recorded. */
export function street61(c: Ctx61): string {
  return c.put('street_address', 'personal', `${c.r.int(3, 4890)} ${c.r.pick(STREETS)}${c.r.pick(['', '', ', Apt ' + c.r.int(2, 40), ' #' + c.r.int(100, 999)])}`);
}

/** The city/postcode line that goes with a street (not recorded: shared by many people). */
export function city61(c: Ctx61): string {
  return c.r.pick(CITIES);
}

/** A date of birth as ISO (or `style` dmy/mdy), recorded. */
export function dob61(c: Ctx61, style: 'iso' | 'dmy' | 'mdy' = 'iso'): string {
  const y = c.r.int(1948, 2004);
  const m = String(c.r.int(1, 12)).padStart(2, '0');
  const d = String(c.r.int(1, 28)).padStart(2, '0');
  const v = style === 'iso' ? `${y}-${m}-${d}` : style === 'dmy' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`;
  return c.put('date_of_birth', 'personal', v);
}

/** A customer's public IPv4 address (no private, documentation or reserved range), recorded. */
export function ip61(c: Ctx61): string {
  const r = c.r;
  return c.put('ipv4_public', 'personal', `${r.pick([24, 37, 46, 71, 82, 89, 98, 109, 151, 176, 185, 188, 201, 213, 217, 73, 92])}.${r.int(1, 254)}.${r.int(1, 254)}.${r.int(2, 254)}`);
}

/** A customer's IPv6 address in a residential ISP range, recorded. */
export function ip6of61(c: Ctx61): string {
  const r = c.r;
  return c.put('ipv6_public', 'personal', `${r.pick(['2a02:810d', '2601:647', '2003:e8', '2a01:cb00', '2406:3003'])}:${r.hex(4)}:${r.hex(4)}:${r.hex(4).replace(/^0+/, '') || 'a'}:${r.hex(4)}`);
}

/** Unrecorded context helpers: ids, hosts, timestamps that hold no secret. */
export const ctx61 = {
  eventId: (c: Ctx61) => c.r.hex(32),
  traceId: (c: Ctx61) => c.r.hex(32),
  spanId: (c: Ctx61) => c.r.hex(16),
  ts: (c: Ctx61) => `2026-${String(c.r.int(1, 12)).padStart(2, '0')}-${String(c.r.int(1, 28)).padStart(2, '0')}T${String(c.r.int(0, 23)).padStart(2, '0')}:${String(c.r.int(0, 59)).padStart(2, '0')}:${String(c.r.int(0, 59)).padStart(2, '0')}.${c.r.digits(3)}Z`,
  epoch: (c: Ctx61) => String(1767000000 + c.r.int(0, 9000000)),
  release: (c: Ctx61) => `${c.r.pick(['billing-api', 'crm-sync', 'notify-worker', 'checkout'])}@${c.r.int(1, 9)}.${c.r.int(0, 40)}.${c.r.int(0, 20)}+${c.r.hex(7)}`,
  host: (c: Ctx61) => `${c.r.pick(['ip-10-0', 'ip-10-12', 'ip-172-31'])}-${c.r.int(1, 250)}-${c.r.int(1, 250)}`,
  privIp: (c: Ctx61) => `10.${c.r.int(0, 255)}.${c.r.int(0, 255)}.${c.r.int(1, 254)}`,
  line: (c: Ctx61) => c.r.int(12, 880),
  userId: (c: Ctx61) => String(c.r.int(10000, 9999999)),
};
