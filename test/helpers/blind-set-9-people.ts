import type { Rng9 } from './blind-set-9-rng';

/** Names, streets and cities for personal-data cases (names themselves are not counted). */
export const FIRST = ['Maria', 'Jonas', 'Aisha', 'Liam', 'Chloé', 'Mateo', 'Priya', 'Sven', 'Giulia', 'Tomás', 'Yuki', 'Olu'];
export const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'García', 'Rossi', 'Novak', 'Patel', 'Schneider', 'de Vries', 'Costa', 'Tanaka', 'Walsh'];
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'web.de', 'orange.fr', 'icloud.com', 'hotmail.es'];

/** A personal e-mail at a real consumer mail provider. */
export function email(r: Rng9): string {
  const f = r.pick(FIRST).toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  const l = r.pick(LAST).toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  return `${r.pick([`${f}.${l}`, `${f[0]}${l}${r.int(1, 99)}`, `${f}_${l}${r.int(70, 99)}`])}@${r.pick(MAIL_DOMAINS)}`;
}

/** A US mobile number in a layout, never 555-01xx. */
export function usPhone(r: Rng9): string {
  const a = r.pick(['212', '415', '312', '617', '646', '303', '512', '206']);
  const x = String(r.int(201, 989)).replace(/^555$/, '556');
  const n = r.digits(4);
  return r.pick([`+1 (${a}) ${x}-${n}`, `(${a}) ${x}-${n}`, `+1-${a}-${x}-${n}`, `${a}.${x}.${n}`, `+1${a}${x}${n}`]);
}

/** A phone number in another national layout. */
export function intlPhone(r: Rng9): string {
  const d = (n: number): string => r.digits(n);
  return r.pick([
    `+44 7${r.int(4, 9)}${d(2)} ${d(6)}`,
    `07${r.int(4, 9)}${d(2)} ${d(3)} ${d(3)}`,
    `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
    `06.${d(2)}.${d(2)}.${d(2)}.${d(2)}`,
    `+49 1${r.pick(['51', '60', '70', '76'])} ${d(8)}`,
    `+34 6${d(2)} ${d(3)} ${d(3)}`,
    `+39 3${d(2)} ${d(3)} ${d(4)}`,
    `+31 6 ${d(8)}`,
    `+55 11 9${d(4)}-${d(4)}`,
    `+91 9${d(4)} ${d(5)}`,
    `+81 90-${d(4)}-${d(4)}`,
    `+61 4${d(2)} ${d(3)} ${d(3)}`,
  ]);
}

/** A street address line in a national layout. */
export function address(r: Rng9): string {
  return r.pick([
    `${r.int(12, 9800)} ${r.pick(['Elmwood Ave', 'Maple Street', 'Lakeview Dr', 'W 14th St'])}, ${r.pick(['Springfield, IL 627', 'Austin, TX 787', 'Portland, OR 972'])}${r.digits(2)}`,
    `${r.pick(['Hauptstraße', 'Lindenallee', 'Goethestr.'])} ${r.int(1, 140)}, ${r.int(10, 99)}${r.digits(3)} ${r.pick(['Berlin', 'Köln', 'München'])}`,
    `${r.int(1, 120)} ${r.pick(['rue de la République', 'avenue Victor Hugo', 'boulevard Voltaire'])}, ${r.pick(['69002 Lyon', '75011 Paris', '13001 Marseille'])}`,
    `Flat ${r.int(1, 40)}, ${r.int(2, 300)} ${r.pick(['Kingsland Road', 'Mill Lane', 'Church Street'])}, London ${r.pick(['E8', 'N1', 'SE15'])} ${r.int(1, 9)}${r.pick(['AB', 'QT', 'HW'])}`,
  ]);
}

/** A date of birth, ISO or a national layout. */
export function dob(r: Rng9): string {
  const y = r.int(1950, 2004);
  const m = String(r.int(1, 12)).padStart(2, '0');
  const d = String(r.int(1, 28)).padStart(2, '0');
  return r.pick([`${y}-${m}-${d}`, `${d}/${m}/${y}`, `${m}/${d}/${y}`, `${d}.${m}.${y}`]);
}

/** A public client IPv4 (not private, loopback, link-local, CGNAT or documentation ranges). */
export function publicIp(r: Rng9): string {
  return `${r.pick([81, 88, 92, 109, 151, 176, 185, 212, 73, 98])}.${r.int(1, 254)}.${r.int(1, 254)}.${r.int(1, 254)}`;
}

/** A public client IPv6 in a residential ISP range shape. */
export function publicIp6(r: Rng9): string {
  return `2a02:${r.pick(['8108', '810d', 'c7c'])}:${r.hex(4)}:${r.hex(3)}0:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}`.replace(/:0+([0-9a-f])/g, ':$1');
}
