/** Name, street and city lists and checksum helpers for blind set 51. */
export const FIRST = ['Marcus', 'Danielle', 'Hiroshi', 'Priya', 'Tomasz', 'Ngozi', 'Carlos', 'Ingrid', 'Deshawn', 'Mei-Ling', 'Rafael', 'Svetlana', 'Kwame', 'Beatriz', 'Oliver', 'Fatima', 'Jonas', 'Lucía', 'Trevor', 'Amara', 'Dmitri', 'Yolanda', 'Aarav', 'Colleen', 'Matteo', 'Shanice', 'Henrik', 'Rosalind', 'Tyrone', 'Keiko', 'Brendan', 'Leilani'];
export const LAST = ['Okafor', 'Kowalczyk', 'Fernández', 'Lindqvist', 'Nakamura', 'Washington', 'Patel', 'Brennan', 'Delacroix', 'Abernathy', 'Castellanos', 'Huang', 'Oyelaran', 'McAllister', 'Zimmermann', 'Gutiérrez', 'Thibodeaux', 'Rasmussen', 'Achebe', 'Villanueva', 'Sokolov', 'Whitfield', 'Mahmoud', 'Kaczmarek', 'Papadopoulos', 'Holloway', 'Iyer', 'Fitzgerald', 'Ferreira', 'Yamamoto'];
export const STREETS = ['Maple Ridge Dr', 'W Olive Ave', 'Cedar Hollow Ln', 'N Lamar Blvd', 'Peachtree Industrial Blvd', 'Elm St', 'Sunset Canyon Rd', 'Brookfield Ct', 'E Camelback Rd', 'Willow Bend Pkwy', 'Harbor View Ter', 'Old Post Rd', 'S Wabash Ave', 'Ridgecrest Cir'];
export const CITIES: readonly [string, string, string, string][] = [
  ['Phoenix', 'AZ', '85016', '602'], ['Austin', 'TX', '78751', '512'], ['Atlanta', 'GA', '30341', '404'], ['Columbus', 'OH', '43215', '614'],
  ['Plano', 'TX', '75024', '972'], ['Tampa', 'FL', '33611', '813'], ['Denver', 'CO', '80218', '303'], ['Troy', 'MI', '48084', '248'],
  ['Burbank', 'CA', '91505', '818'], ['Charlotte', 'NC', '28277', '704'], ['Naperville', 'IL', '60540', '630'], ['Bellevue', 'WA', '98004', '425'],
];
export const UK_TOWNS: readonly [string, string][] = [['Swindon', 'SN2'], ['Leeds', 'LS6'], ['Bristol', 'BS7'], ['Coventry', 'CV4'], ['Glasgow', 'G12'], ['Reading', 'RG1'], ['Norwich', 'NR3']];
export const UK_ROADS = ['Kingsway', 'Oakfield Road', 'Bramble Close', 'Station Approach', 'Highfield Avenue', 'Church Lane', 'Meadow View'];
export const MAILS = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'aol.com', 'proton.me', 'comcast.net'];

/** Strips accents so names make plausible mailbox local parts. */
export const plain = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();

/** Luhn check digit of a digit string. */
export function luhnDigit51(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** mod 97 of an IBAN rearranged into digits. */
export function ibanMod51(s: string): number {
  const r = s.slice(4) + s.slice(0, 4);
  let m = 0;
  for (const ch of r) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
}
