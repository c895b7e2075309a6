import { B62 } from './blind-set-9-rng';

/** Checksums and word lists shared by set 40's generators and its format checks. */

/** CRC32 (IEEE) of a string, as used by checksummed token formats. */
export function crc32(s: string): number {
  let c = ~0;
  for (let i = 0; i < s.length; i++) {
    c ^= s.charCodeAt(i);
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** Base62 (0-9A-Za-z) of a number, left-padded to `n`. */
export function base62(x: number, n: number): string {
  let out = '';
  do {
    out = B62[x % 62] + out;
    x = Math.floor(x / 62);
  } while (x > 0);
  return out.padStart(n, '0');
}

export const luhnOk = (d: string): boolean => {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    sum += x;
  }
  return sum % 10 === 0;
};

export const luhnComplete = (body: string): string => {
  for (let c = 0; c <= 9; c++) if (luhnOk(body + c)) return body + c;
  throw new Error('luhn');
};

export const ibanCheck = (cc: string, bban: string): string => {
  const s = (bban + cc + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let m = 0;
  for (const ch of s) m = (m * 10 + Number(ch)) % 97;
  return String(98 - m).padStart(2, '0');
};

export const FIRST = ['Amelia', 'Oliver', 'Sofia', 'Mateo', 'Priya', 'Kenji', 'Fatima', 'Lukas', 'Chloé', 'Tomasz', 'Aisha', 'Diego', 'Ingrid', 'Rahul', 'Yuki', 'Olumide', 'Hannah', 'Marco', 'Leila', 'Sven', 'Camila', 'Dmitri', 'Nadia', 'Jonah', 'Mei', 'Ruairí', 'Beatriz', 'Emeka', 'Astrid', 'Hiroshi', 'Zanele', 'Pablo', 'Grace', 'Farhan', 'Elin', 'Thandiwe'];
export const LAST = ['Okafor', 'Lindqvist', 'Fernández', 'Nakamura', 'Kowalski', 'Haddad', 'Brennan', 'Schäfer', 'Patel', 'Moreau', 'Van der Berg', 'Oyelaran', 'Castellanos', 'Johansson', 'Whitfield', 'Rossi', 'Abernathy', 'Dubois', 'Chaudhry', "O'Sullivan", 'Nguyen', 'Petrov', 'MacLeod', 'Ferreira', 'Yamamoto', 'Achterberg', 'Mensah', 'Kaur', 'Delgado', 'Hartmann', 'Szabo', 'Lindgren'];
export const MAILDOM = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'icloud.com', 'gmx.de', 'hotmail.fr', 'fastmail.com', 'web.de', 'orange.fr', 'libero.it', 'yandex.ru', 'hey.com', 'zoho.com'];
export const STREETS = ['Maple Avenue', 'Kastanienallee', 'Rue de la Roquette', 'Calle de Atocha', 'Baker Street', 'Elm Grove Road', 'Via Garibaldi', 'Keizersgracht', 'Ocean Drive', 'Sveavägen', 'Harbour View Terrace', 'Willow Creek Lane'];
export const CITIES = ['Portland, OR 97214', '10435 Berlin', '75011 Paris', '28012 Madrid', 'London NW1 6XE', 'Austin, TX 78704', '20121 Milano', '1016 GV Amsterdam', 'Miami Beach, FL 33139', '113 57 Stockholm', 'Leeds LS1 4DY', 'Boulder, CO 80302'];
