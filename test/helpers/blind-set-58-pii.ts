import { DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';

/** Given names of varied origins. */
export const FIRST58 = ['Amara', 'Mateo', 'Ingrid', 'Kenji', 'Priya', 'Oluwaseun', 'Siobhan', 'Dmitri', 'Aaliyah', 'Thibault', 'Zofia', 'Rafael', 'Mei-Lin', 'Henrik', 'Fatima', 'Santiago', 'Chiara', 'Tomasz', 'Nkechi', 'Lucía', 'Jasper', 'Yusuf', 'Annika', 'Haruto', 'Gabriela', 'Björn', 'Leilani', 'Arjun', 'Marguerite', 'Emeka', 'Svetlana', 'Declan', 'Ximena', 'Jae-won', 'Astrid', 'Kwame', 'Isabela', 'Ruairí', 'Noor', 'Viktor', 'Théo', 'Wanjiru', 'Esperanza', 'Lachlan', 'Anh', 'Bartholomew', 'Giedre', 'Parisa'];
/** Family names of varied origins. */
export const LAST58 = ['Okonkwo', 'Fernández', 'Lindqvist', 'Tanaka', 'Raghunathan', 'Adeyemi', 'Gallagher', 'Volkov', 'Washington', 'Lefebvre', 'Kowalczyk', 'Oliveira', 'Chen', 'Johansson', 'Al-Sayed', 'Moreno', 'Bianchi', 'Wiśniewski', 'Eze', 'Castillo', 'van der Berg', 'Demir', 'Schmidt', 'Nakamura', 'Pereira', 'Nyström', 'Kahale', 'Iyer', 'Beaumont', 'Nwosu', 'Petrova', 'Byrne', 'Gutiérrez', 'Park', 'Hansen', 'Mensah', 'Carvalho', 'Haddad', 'Novak', 'Nguyen', 'Kariuki', 'Zimmermann', 'Abernathy', 'Mahlangu'];
const DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'icloud.com', 'proton.me', 'gmx.de', 'web.de', 'orange.fr', 'yahoo.co.uk', 'btinternet.com', 'libero.it', 'wp.pl', 'mail.ru', 'naver.com', 'uol.com.br', 't-online.de', 'free.fr', 'aol.com', 'live.com', 'fastmail.com', 'hey.com', 'me.com', 'gmx.at', 'seznam.cz', 'yandex.ru', 'rediffmail.com', 'bigpond.com'];

/** A person: name parts and a consumer e-mail address derived from them. */
export interface Person58 { first: string; last: string; full: string; email: string }

const ascii = (s: string): string => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();

/** A person with a name of varied origin and a mailbox at a consumer domain. */
export function person58(r: Rng9): Person58 {
  const first = r.pick(FIRST58);
  const last = r.pick(LAST58);
  const f = ascii(first);
  const l = ascii(last);
  const local = r.pick([`${f}.${l}`, `${f}${l}${r.int(1, 99)}`, `${f[0]}${l}`, `${f}_${l}${r.int(70, 99)}`, `${l}.${f}`, `${f}.${l}+${r.pick(['shop', 'news', 'bills'])}`, `${f}${r.int(1960, 2004)}`]);
  return { first, last, full: `${first} ${last}`, email: `${local}@${r.pick(DOMAINS)}` };
}

const luhnDigit = (body: string): string => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
};

/** A Luhn-valid number with the given prefix and length. */
export function luhn58(r: Rng9, prefix: string, len: number): string {
  const body = prefix + r.digits(len - 1 - prefix.length);
  return body + luhnDigit(body);
}

/** A card number of a random brand (never a 4242 test card), plain or grouped. */
export function card58(r: Rng9): string {
  const brand = r.int(0, 5);
  let n: string;
  do {
    n = brand <= 1 ? luhn58(r, '4' + r.pick(['0', '1', '5', '7', '8', '9']), 16) : brand === 2 ? luhn58(r, String(r.int(51, 55)), 16) : brand === 3 ? luhn58(r, String(r.int(2221, 2720)), 16) : brand === 4 ? luhn58(r, r.pick(['34', '37']), 15) : luhn58(r, r.pick(['6011', '65']), 16);
  } while (n.startsWith('4242') || n.startsWith('4000'));
  if (r.int(0, 3) > 0) return n;
  return n.length === 15 ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n.replace(/(\d{4})(?=\d)/g, '$1 ');
}

const mod97 = (s: string): number => {
  let m = 0;
  for (const ch of s) m = (m * 10 + Number(ch)) % 97;
  return m;
};
const ibanDigits = (s: string): string => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));

/** An IBAN with valid mod-97 check digits, compact or printed in groups of four. */
export function iban58(r: Rng9, spaced = r.int(0, 3) === 0): string {
  const c = r.pick(['DE', 'FR', 'GB', 'NL', 'ES', 'IT', 'BE', 'PL', 'IE', 'AT', 'CH']);
  const bban = { DE: () => r.digits(18), FR: () => r.digits(23), GB: () => r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL']) + r.digits(14), NL: () => r.pick(['ABNA', 'INGB', 'RABO', 'KNAB']) + r.digits(10), ES: () => r.digits(20), IT: () => r.chars(UPPER, 1) + r.digits(22), BE: () => r.digits(12), PL: () => r.digits(24), IE: () => r.pick(['AIBK', 'BOFI']) + r.digits(14), AT: () => r.digits(16), CH: () => r.digits(17) }[c]!();
  const chk = String(98 - mod97(ibanDigits(bban + c + '00'))).padStart(2, '0');
  const iban = c + chk + bban;
  return spaced ? iban.replace(/(.{4})(?=.)/g, '$1 ') : iban;
}

/** An ABA routing number with a valid checksum. */
export function aba58(r: Rng9): string {
  const d = (String(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32])).padStart(2, '0') + r.digits(6)).split('').map(Number);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const s = d.reduce((a, x, i) => a + x * w[i]!, 0);
  return d.join('') + String((10 - (s % 10)) % 10);
}

/** A US SSN inside the issued ranges. */
export function ssn58(r: Rng9): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  return `${String(a).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

/** A Dutch BSN passing the 11-test. */
export function bsn58(r: Rng9): string {
  for (;;) {
    const d = (String(r.int(1, 9)) + r.digits(7)).split('').map(Number);
    const s = d.reduce((a, x, i) => a + x * (9 - i), 0) % 11;
    if (s < 10) return d.join('') + String(s);
  }
}

/** A Polish PESEL with its check digit. */
export function pesel58(r: Rng9): string {
  const y = r.int(50, 99);
  const body = `${y}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${r.digits(4)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = body.split('').reduce((a, x, i) => a + Number(x) * w[i]!, 0);
  return body + String((10 - (s % 10)) % 10);
}

/** A Brazilian CPF with both check digits, formatted 000.000.000-00. */
export function cpf58(r: Rng9): string {
  const d = (String(r.int(1, 9)) + r.digits(8)).split('').map(Number);
  for (const n of [10, 11]) {
    const s = d.reduce((a, x, i) => a + x * (n - i), 0);
    d.push(((s * 10) % 11) % 10);
  }
  const t = d.join('');
  return `${t.slice(0, 3)}.${t.slice(3, 6)}.${t.slice(6, 9)}-${t.slice(9)}`;
}

/** A Spanish DNI with its control letter. */
export function dni58(r: Rng9): string {
  const n = r.int(10000000, 99999999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}

/** A Canadian SIN (Luhn), grouped by three. */
export function sin58(r: Rng9): string {
  const n = luhn58(r, String(r.pick([1, 2, 3, 4, 5, 6, 7, 9])), 9);
  return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
}

/** A Swedish personnummer YYMMDD-NNNC (Luhn over the nine digits). */
export function pnr58(r: Rng9): string {
  const body = `${r.int(50, 99)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${r.digits(3)}`;
  return `${body.slice(0, 6)}-${body.slice(6)}${luhnDigit(body)}`;
}

/** A French NIR (social security number) with its key, grouped as printed on the card. */
export function nir58(r: Rng9): string {
  const b = `${r.int(1, 2)}${r.int(50, 99)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 95)).padStart(2, '0')}${r.digits(3)}${r.digits(3)}`;
  const key = String(97 - Number(BigInt(b) % 97n)).padStart(2, '0');
  return `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10)} ${key}`;
}

/** A UK National Insurance number. */
export function nino58(r: Rng9): string {
  const a = r.pick('ABCEGHJKLMNPRSTWXYZ'.split(''));
  const b = r.pick('ABCEGHJKLMNPRSTWXYZ'.split(''));
  const d = r.digits(6);
  return r.int(0, 1) ? `${a}${b}${d}${r.pick(['A', 'B', 'C', 'D'])}` : `${a}${b} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.pick(['A', 'B', 'C', 'D'])}`;
}

/** A mobile or landline number in E.164. */
export function e164_58(r: Rng9): string {
  const nd = () => String(r.int(2, 9));
  return r.pick([
    () => `+1${r.pick(['415', '646', '312', '737', '206', '617', '303', '404', '512', '916', '720'])}${nd()}${r.digits(2)}${r.digits(4)}`,
    () => `+447${r.int(400, 999)}${r.digits(6)}`,
    () => `+49${r.pick(['151', '160', '170', '176'])}${r.digits(8)}`,
    () => `+336${r.digits(8)}`,
    () => `+346${r.digits(8)}`,
    () => `+393${r.digits(9)}`,
    () => `+316${r.digits(8)}`,
    () => `+55119${r.digits(8)}`,
    () => `+919${r.digits(9)}`,
    () => `+2348${r.int(0, 1)}${r.digits(8)}`,
    () => `+614${r.digits(8)}`,
  ])();
}

/** A phone number in a national print format. */
export function phoneNat58(r: Rng9): string {
  return r.pick([
    () => `(${r.pick(['415', '646', '312', '737', '206', '617'])}) ${r.int(201, 989)}-${r.digits(4)}`,
    () => `${r.pick(['212', '503', '469', '818'])}-${r.int(201, 989)}-${r.digits(4)}`,
    () => `07${r.int(400, 999)} ${r.digits(6)}`,
    () => `0${r.pick(['151', '176', '170'])} ${r.digits(7)}`,
    () => `06 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    () => `+44 7${r.int(400, 999)} ${r.digits(3)} ${r.digits(3)}`,
    () => `+1 ${r.pick(['415', '718', '305'])}-${r.int(201, 989)}-${r.digits(4)}`,
  ])();
}

/** A street line (house number and street) in the US, UK, German, French or Spanish style. */
export function street58(r: Rng9): string {
  return r.pick([
    () => `${r.int(100, 9899)} ${r.pick(['Larkspur', 'Maple Grove', 'Hawthorne', 'Cedar Ridge', 'Juniper', 'Willow Creek', 'Belmont'])} ${r.pick(['Ave', 'Rd', 'St', 'Blvd', 'Lane', 'Dr'])}${r.int(0, 2) ? '' : ` Apt ${r.int(2, 48)}${r.chars('ABCD', 1)}`}`,
    () => `${r.int(2, 180)} ${r.pick(['Kingsley', 'Ashburnham', 'Mortimer', 'Wellington', 'Pennine'])} ${r.pick(['Road', 'Gardens', 'Crescent', 'Close'])}`,
    () => `${r.pick(['Lindenstraße', 'Kastanienallee', 'Schillerweg', 'Bergmannstr.', 'Am Mühlbach'])} ${r.int(1, 140)}${r.int(0, 3) ? '' : 'a'}`,
    () => `${r.int(1, 90)} ${r.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la Roquette'])}`,
    () => `Calle ${r.pick(['de Alcalá', 'Mayor', 'del Pez', 'Serrano'])} ${r.int(1, 220)}, ${r.int(1, 7)}º ${r.chars('ABCD', 1)}`,
  ])();
}

/** A date of birth, ISO or US style. */
export function dob58(r: Rng9): string {
  const y = r.int(1948, 2005);
  const m = String(r.int(1, 12)).padStart(2, '0');
  const d = String(r.int(1, 28)).padStart(2, '0');
  return r.int(0, 2) ? `${y}-${m}-${d}` : `${m}/${d}/${y}`;
}

/** A public IPv4 address outside private, shared, documentation and reserved ranges. */
export function ip58(r: Rng9): string {
  return `${r.pick([24, 31, 37, 46, 62, 68, 73, 81, 86, 92, 98, 109, 122, 176, 185, 188, 201, 212, 217])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`;
}

/** A US bank account number. */
export const acct58 = (r: Rng9): string => String(r.int(1, 9)) + r.digits(r.int(8, 11));

/** Lowercase letters and digits, for hostnames and ids. */
export const LD58 = LOWER + DIGITS;
