import { B62 } from './blind-set-9-rng';

/** Pool for generated values (first). */
export const FIRST60 = ['Amara', 'Sebastián', 'Yuki', 'Olumide', 'Ingrid', 'Mateus', 'Priyanka', 'Dmitri', 'Siobhan', 'Thandiwe', 'Giulia', 'Haruto', 'Leilani', 'Bartosz', 'Fatima', 'Nguyen Van', 'Chloé', 'Rashid', 'Margarethe', 'Kwame', 'Esperanza', 'Aleksandr', 'Björn', 'Zainab', 'Tomasz', 'Ximena', 'Declan', 'Mei-Ling', 'Oluwaseun', 'Rosalind'];
/** Pool for generated values (last). */
export const LAST60 = ['Okonkwo', 'Villanueva', 'Takahashi', 'Adeyemi', 'Lindqvist', 'Carvalho', 'Raghunathan', 'Volkov', 'Ní Bhriain', 'Dlamini', 'Bianchi', 'Fujimoto', 'Kahananui', 'Wiśniewski', 'Al-Mansouri', 'Thi Huong', 'Lefèvre', 'Haddad', 'Schönberger', 'Asante', 'Quispe', 'Kuznetsov', 'Sandström', 'Mahmoud', 'Kowalczyk', 'Echeverría', 'Fitzgerald', 'Chen-Watanabe', 'Babatunde', 'Pemberton'];
/** Pool for generated values (domains). */
export const DOMAINS60 = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'gmx.de', 'web.de', 'icloud.com', 'proton.me', 'hotmail.fr', 'orange.fr', 'libero.it', 'hotmail.com', 'aol.com', 'yahoo.com', 'btinternet.com', 't-online.de', 'live.nl', 'naver.com', 'uol.com.br'];
/** Pool for generated values (streets). */
export const STREETS60 = ['Maple Grove Ave', 'Harbour View Road', 'Calle de Alcalá', 'Kastanienallee', 'Rue des Martyrs', 'Via Gramsci', 'Willow Creek Dr', 'Prinsengracht', 'Ocean Parkway', 'Birchwood Lane', 'Rua Augusta', 'Sveavägen', 'Elm Street', 'Queen Street West'];
/** Pool for generated values (cities). */
export const CITIES60 = ['Portland, OR 97214', 'Leeds LS6 2QT', 'Madrid 28014', 'Berlin 10435', 'Paris 75009', 'Bologna 40133', 'Austin, TX 78745', 'Amsterdam 1016 GV', 'Brooklyn, NY 11235', 'Columbus, OH 43215', 'Lisboa 1100-053', 'Stockholm 113 50', 'Denver, CO 80205', 'Toronto, ON M5V 2B4'];
/** Pool for generated values (ip1). */
export const IP160 = [24, 45, 67, 73, 81, 86, 92, 98, 109, 151, 176, 185, 188, 212, 217];
/** Pool for generated values (areas). */
export const AREAS60 = ['212', '312', '415', '503', '617', '646', '702', '713', '818', '917', '206', '305', '404', '512'];

function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) {
    c ^= s.charCodeAt(i);
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** Base62 (0-9A-Za-z) of a 32-bit checksum, left-padded to six characters, as GitHub and npm tokens end. */
export function crcTail60(body: string): string {
  let n = crc32(body);
  let out = '';
  while (n > 0) {
    out = B62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(6, '0');
}

/** Luhn check digit for a digit string. */
export function luhnDigit60(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** The remainder mod 97 of an IBAN-style rearranged string (letters as 10–35). */
export function mod97of60(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

