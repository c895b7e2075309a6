import { DIGITS, LOWER, type Rng10 } from './blind-set-10-rng';

/** Shared building blocks for set 10's texts: people, mailboxes, phones, hosts, times. */
const FIRST = ['Maren', 'Tobias', 'Aoife', 'Rafael', 'Ingrid', 'Kwame', 'Lucía', 'Dmitri', 'Priya', 'Hamza', 'Saoirse', 'Joaquim', 'Yuki', 'Nadia', 'Oskar', 'Thandiwe', 'Matteo', 'Zofia'];
const LAST = ['Lindqvist', 'Okafor', 'Brennan', 'Castellano', 'Haugen', 'Mensah', 'Ferreira', 'Volkov', 'Raghunathan', 'Qureshi', 'Nakamura', 'Kowalczyk', 'Duarte', 'Bianchi', 'Achterberg', 'Dlamini'];
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'proton.me', 'yahoo.co.uk', 'gmx.de', 'icloud.com', 'web.de', 'hotmail.fr', 'fastmail.com', 'brightwell-freight.co.uk', 'nordhavn-energi.dk', 'tallgrass-dental.com'];

export const first = (r: Rng10): string => r.pick(FIRST);
export const last = (r: Rng10): string => r.pick(LAST);
export const fullName = (r: Rng10): string => `${first(r)} ${last(r)}`;
const ascii = (s: string): string => s.normalize('NFD').replace(/[^\w]/g, '').toLowerCase();

export function email(r: Rng10): string {
  const f = ascii(first(r));
  const l = ascii(last(r));
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${r.int(70, 99)}`, `${l}.${f}${r.int(1, 9)}`, `${f}_${l}`]);
  return `${local}@${r.pick(MAIL_DOMAINS)}`;
}

const US_AREAS = ['212', '312', '415', '503', '617', '646', '702', '718', '773', '206', '404', '512', '303'];
export function usPhoneParts(r: Rng10): [string, string, string] {
  let ex = r.int(201, 989);
  if (ex === 555) ex = 556;
  return [r.pick(US_AREAS), String(ex), r.digits(4)];
}
export const usE164 = (r: Rng10): string => '+1' + usPhoneParts(r).join('');
export const usNational = (r: Rng10): string => {
  const [a, e, l] = usPhoneParts(r);
  return r.pick([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`]);
};
export function ukMobile(r: Rng10): { e164: string; national: string } {
  let d = String(r.int(4, 9)) + r.digits(8);
  if (d.startsWith('700900')) d = '8' + d.slice(1);
  return { e164: `+447${d}`, national: `07${d.slice(0, 3)} ${d.slice(3)}` };
}
export const dePhone = (r: Rng10): string => `+49 ${r.pick(['151', '160', '170', '176', '157'])} ${r.digits(8)}`;
export const frPhone = (r: Rng10): string => `0${r.int(6, 7)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
export const brPhone = (r: Rng10): string => `+55 ${r.pick(['11', '21', '31', '41'])} 9${r.digits(4)}-${r.digits(4)}`;
export const inPhone = (r: Rng10): string => `+91${r.int(6, 9)}${r.digits(9)}`;
export const auPhone = (r: Rng10): string => `04${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`;
export const jpPhone = (r: Rng10): string => `+81-${r.pick(['90', '80', '70'])}-${r.digits(4)}-${r.digits(4)}`;
export const esPhone = (r: Rng10): string => `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`;
export const nlPhone = (r: Rng10): string => `06-${r.int(1, 9)}${r.digits(7)}`;
export const mxPhone = (r: Rng10): string => `+52 55 ${r.digits(4)} ${r.digits(4)}`;

export const dob = (r: Rng10): string => `${r.int(1950, 2003)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
export const ts = (r: Rng10): string => `2026-${String(r.int(1, 11)).padStart(2, '0')}-${String(r.int(10, 28))}T${String(r.int(10, 23))}:${String(r.int(10, 59))}:${String(r.int(10, 59))}.${r.digits(3)}Z`;
export const host = (r: Rng10): string => `${r.pick(['ip-10-4', 'ip-10-12', 'ip-172-20'])}-${r.int(1, 250)}-${r.int(1, 250)}`;
export const podName = (r: Rng10, app: string): string => `${app}-${r.chars(LOWER + DIGITS, 10)}-${r.chars(LOWER + DIGITS, 5)}`;
export const reqId = (r: Rng10): string => r.hex(16);
export const word = (r: Rng10): string => r.pick(['orders', 'billing', 'ledger', 'intake', 'payouts', 'crm-sync', 'notify', 'kyc', 'catalog', 'shipping']);
export const dbHost = (r: Rng10): string => r.pick(['pg-prod-2.c9xk3lq0v1mz.eu-west-1.rds.amazonaws.com', 'db-primary.internal.corp-ledger.net', 'mysql-ha-01.prod.tallgrass.io', 'cluster0.kq3vx.mongodb.net', 'redis-17624.c250.eu-central-1-1.ec2.cloud.redislabs.com']);
export const street = (r: Rng10): string => `${r.int(3, 1890)} ${r.pick(['Larkspur Lane', 'Wexford Road', 'Calle de Alcalá', 'Hauptstraße', 'Rue Oberkampf', 'Via Po', 'Elm Street', 'Kingsland High Street', 'Prinsengracht'])}`;
