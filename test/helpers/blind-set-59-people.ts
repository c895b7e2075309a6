import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';

const FIRST = ['Siobhán', 'Mateus', 'Aiko', 'Oluwaseun', 'Ingrid', 'Rafael', 'Priya', 'Dmitri', 'Leilani', 'Thandiwe', 'Bartholomew', 'Chloé', 'Nguyen Thi', 'Youssef', 'Magdalena', 'Kwame', 'Astrid', 'Hiroshi', 'Fernanda', 'Declan', 'Zainab', 'Giulia', 'Tomasz', 'Ayelet', 'Bjørn', 'Camila', 'Ravi', 'Annika', 'Emeka', 'Soo-ah', 'Marguerite', 'Diego', 'Fatima', 'Henrik', 'Jasmine', 'Lorenzo', 'Mei-Ling', 'Nikolai', 'Olga', 'Patrick'];
const LAST = ['O\'Sullivan', 'Albuquerque', 'Takahashi', 'Adeyemi', 'Lindqvist', 'Carvalho', 'Raghunathan', 'Volkov', 'Kahananui', 'Dlamini', 'Fairweather', 'Lefebvre', 'Hương', 'El Amrani', 'Wiśniewska', 'Mensah', 'Johansson', 'Yamamoto', 'Gonçalves', 'McAllister', 'Abubakar', 'Bianchi', 'Kowalczyk', 'Ben-David', 'Haugen', 'Restrepo', 'Venkataraman', 'Schreiber', 'Okonkwo', 'Park', 'Delacroix', 'Hernández', 'Al-Sayed', 'Nordström', 'Whitfield', 'Rossetti', 'Chen', 'Petrov', 'Sokolova', 'Brennan'];
const DOMAINS = ['gmail.com', 'outlook.com', 'hotmail.co.uk', 'yahoo.com', 'icloud.com', 'proton.me', 'gmx.de', 'web.de', 'orange.fr', 'libero.it', 'yahoo.co.jp', 'naver.com', 'mail.ru', 'aol.com', 'live.ca', 'btinternet.com', 't-online.de', 'uol.com.br', 'qq.com', 'fastmail.com'];

/** A person: a full name and an e-mail address at a consumer domain derived from it. */
export interface Person59 {
  name: string;
  first: string;
  last: string;
  email: string;
}

const ascii = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/ł/g, 'l').replace(/[^A-Za-z]/g, '').toLowerCase();

/** A fresh person of varied origin. */
export function person59(r: Rng9): Person59 {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  const f = ascii(first) || 'user';
  const l = ascii(last) || 'mail';
  const local = r.pick([`${f}.${l}`, `${f}${l}${r.int(1, 99)}`, `${f[0]}${l}${r.int(70, 99)}`, `${f}_${l}`, `${l}.${f}${r.int(1, 9)}`]);
  return { name: `${first} ${last}`, first, last, email: `${local}@${r.pick(DOMAINS)}` };
}

const US_AREA = ['212', '312', '415', '617', '646', '702', '713', '206', '305', '404', '503', '512', '720', '818', '469', '857', '971'];

/** A phone number in one of several national and E.164 layouts. */
export function phone59(r: Rng9): string {
  const ex = (): string => `${r.int(2, 9)}${r.int(0, 9)}${r.int(1, 9)}`.replace(/^555$/, '556');
  switch (r.int(0, 11)) {
    case 0: return `+1${r.pick(US_AREA)}${ex()}${r.digits(4)}`;
    case 1: return `(${r.pick(US_AREA)}) ${ex()}-${r.digits(4)}`;
    case 2: return `+1-${r.pick(US_AREA)}-${ex()}-${r.digits(4)}`;
    case 3: return `+447${r.int(400, 699)}${r.digits(6)}`;
    case 4: return `07${r.int(400, 699)} ${r.digits(6)}`;
    case 5: return `+49 15${r.int(1, 9)} ${r.digits(8)}`;
    case 6: return `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
    case 7: return `+81 90-${r.digits(4)}-${r.digits(4)}`;
    case 8: return `+91${r.int(7, 9)}${r.digits(9)}`;
    case 9: return `+55 11 9${r.digits(4)}-${r.digits(4)}`;
    case 10: return `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`;
    default: return `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`;
  }
}

const STREETS = ['Maple Grove', 'Larkspur', 'Harbour View', 'Old Mill', 'Chestnut', 'Willowbrook', 'Kingfisher', 'Sycamore Ridge', 'Bramble', 'Juniper Hollow'];
const US_CITIES = [['Springfield', 'IL', '627'], ['Tacoma', 'WA', '984'], ['Raleigh', 'NC', '276'], ['Boise', 'ID', '837'], ['Dayton', 'OH', '454'], ['Fresno', 'CA', '937']] as const;
const UK = [['Leeds', 'LS6'], ['Bristol', 'BS7'], ['Glasgow', 'G12'], ['Cardiff', 'CF24'], ['Norwich', 'NR2']] as const;
const DE = [['Köln', '50667'], ['Leipzig', '04109'], ['Freiburg', '79098'], ['Bremen', '28195']] as const;

/** A customer's street address (US, UK or German layout). */
export function address59(r: Rng9): string {
  const k = r.int(0, 2);
  if (k === 0) {
    const [city, st, z] = r.pick(US_CITIES);
    return `${r.int(12, 9870)} ${r.pick(STREETS)} ${r.pick(['Rd', 'Ave', 'Ln', 'Dr', 'Ct'])}${r.int(0, 2) === 0 ? ` Apt ${r.int(2, 40)}${r.pick(['A', 'B', 'C'])}` : ''}, ${city}, ${st} ${z}${r.digits(2)}`;
  }
  if (k === 1) {
    const [city, pc] = r.pick(UK);
    return `${r.int(2, 240)} ${r.pick(STREETS)} ${r.pick(['Road', 'Close', 'Lane', 'Crescent'])}, ${city} ${pc} ${r.int(1, 9)}${r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`;
  }
  const [city, plz] = r.pick(DE);
  return `${r.pick(['Linden', 'Berg', 'Rosen', 'Garten', 'Mühlen'])}${r.pick(['straße', 'weg', 'allee'])} ${r.int(1, 140)}, ${plz} ${city}`;
}

/** A date of birth, ISO, US or European layout. */
export function dob59(r: Rng9): string {
  const y = r.int(1948, 2004);
  const m = String(r.int(1, 12)).padStart(2, '0');
  const d = String(r.int(1, 28)).padStart(2, '0');
  return r.pick([`${y}-${m}-${d}`, `${m}/${d}/${y}`, `${d}.${m}.${y}`]);
}

const FIRST_OCTET = [24, 31, 37, 46, 62, 71, 73, 77, 81, 86, 92, 98, 109, 151, 176, 178, 185, 188, 201, 212, 217];

/** A public IPv4 (or sometimes IPv6) address of a customer, outside private, reserved and documentation ranges. */
export function ip59(r: Rng9): string {
  if (r.int(0, 6) === 0) return `2a02:${r.hex(4).replace(/^0+/, '') || 'a'}:${r.hex(4).replace(/^0+/, '') || 'b'}:${r.int(1, 9)}${r.hex(2)}::${r.hex(3).replace(/^0+/, '') || 'c'}:${r.hex(4).replace(/^0+/, '') || 'd'}`;
  return `${r.pick(FIRST_OCTET)}.${r.int(1, 254)}.${r.int(1, 254)}.${r.int(2, 254)}`;
}

/** A national id of one of several countries with a valid check, and its kind. */
export function nationalId59(r: Rng9): { value: string; kind: string } {
  switch (r.int(0, 6)) {
    case 0: {
      let area = r.int(1, 899);
      if (area === 666) area = 667;
      return { kind: 'us_ssn', value: `${String(area).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}` };
    }
    case 1:
      return { kind: 'uk_nino', value: `${r.pick(['AB', 'JK', 'NE', 'PR', 'SH', 'WL', 'YT', 'CE', 'HP', 'MA'])}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}` };
    case 2: {
      const base = `${r.int(1, 7)}${r.digits(7)}`;
      return { kind: 'ca_sin', value: base + luhnDigit59(base) };
    }
    case 3: {
      const n = r.int(10000000, 99999999);
      return { kind: 'es_dni', value: `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}` };
    }
    case 4: {
      for (;;) {
        const d = `${r.int(1, 9)}${r.digits(7)}`;
        let s = 0;
        for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
        const last = s % 11;
        if (last < 10) return { kind: 'nl_bsn', value: d + last };
      }
    }
    case 5: {
      const d = r.digits(9).split('').map(Number);
      if (d.every((x) => x === d[0])) d[0] = (d[0]! + 1) % 10;
      const c1 = ((d.reduce((s, x, i) => s + x * (10 - i), 0) * 10) % 11) % 10;
      const c2 = (([...d, c1].reduce((s, x, i) => s + x * (11 - i), 0) * 10) % 11) % 10;
      const s = d.join('') + c1 + c2;
      return { kind: 'br_cpf', value: `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` };
    }
    default: {
      const yy = String(r.int(50, 99));
      const body = `${yy}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${r.digits(3)}`;
      return { kind: 'se_personnummer', value: `19${body.slice(0, 6)}-${body.slice(6)}${luhnDigit59(body)}` };
    }
  }
}

/** The Luhn check digit of a digit string. */
export function luhnDigit59(s: string): string {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = Number(s[s.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A passport-like number for booking and KYC payloads (no public check digit). */
export function passport59(r: Rng9): string {
  return `${r.chars(UPPER, 2)}${r.chars(DIGITS, 7)}`;
}
