/** Set 42's people and money: names, contacts, addresses, national ids, cards, IBANs, bank accounts. */
import { Rng9 } from './blind-set-9-rng';
import { cpfDigits, dniLetter, luhnDigit, makeIban, peselDigit } from './blind-set-42-check';

const FIRST = ['Marta', 'Jonas', 'Aylin', 'Tomasz', 'Priya', 'Diego', 'Ingrid', 'Kwame', 'Sofía', 'Dmitri', 'Hannah', 'Luis', 'Noor', 'Patrick', 'Yuki', 'Olusegun', 'Chiara', 'Bartosz', 'Fatima', 'Ramon', 'Eleni', 'Grzegorz', 'Thandiwe', 'Mateus', 'Siobhan', 'Emre', 'Reinhard', 'Lucía', 'DeShawn', 'Anneke'];
const LAST = ['Kowalczyk', 'Brennan', 'Oyelaran', 'Van der Berg', 'Hoffmann', 'Castillo', 'Nakamura', 'Lindqvist', 'Okafor', 'Moreau', 'Petrović', 'Schreiber', 'Delgado', "O'Connor", 'Yilmaz', 'Rasmussen', 'Abernathy', 'Mensah', 'Zielinski', 'Fontaine', 'Gallagher', 'Iyer', 'Krüger', 'Szabo', 'Whitfield', 'Ferreira', 'De Luca', 'Haddad'];
const MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'gmx.de', 'web.de', 'icloud.com', 'hotmail.co.uk', 'proton.me', 'wp.pl', 'orange.fr', 'kpnmail.nl', 'comcast.net'];

export interface Person42 {
  first: string;
  last: string;
  full: string;
  email: string;
}

const ascii = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();

export function person(r: Rng9, workDomain?: string): Person42 {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  const f = ascii(first);
  const l = ascii(last);
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l}${r.int(7, 99)}`, `${f}_${l}`, `${l}.${f}${r.int(1, 9)}`]);
  return { first, last, full: `${first} ${last}`, email: `${local}@${workDomain ?? r.pick(MAIL)}` };
}

/** A phone number in one of several national or international forms. */
export function phone(r: Rng9): string {
  const us = () => `${r.int(2, 9)}${r.digits(2).replace(/^(\d)\1$/, '47')}`;
  const ex = () => {
    let e = `${r.int(2, 9)}${r.digits(2)}`;
    if (e === '555') e = '556';
    return e;
  };
  switch (r.int(0, 9)) {
    case 0:
      return `+1 (${us()}) ${ex()}-${r.digits(4)}`;
    case 1:
      return `(${us()}) ${ex()}-${r.digits(4)}`;
    case 2:
      return `+1${us()}${ex()}${r.digits(4)}`;
    case 3:
      return `+44 7${r.int(400, 999)} ${r.digits(6)}`;
    case 4:
      return `07${r.int(400, 999)} ${r.digits(6)}`;
    case 5:
      return `+49 15${r.int(1, 9)} ${r.digits(8)}`;
    case 6:
      return `0171 ${r.digits(7)}`;
    case 7:
      return `+31 6 ${r.digits(8)}`;
    case 8:
      return `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
    default:
      return `+48 ${r.int(500, 799)} ${r.digits(3)} ${r.digits(3)}`;
  }
}

/** A street address on one line. */
export function address(r: Rng9): string {
  switch (r.int(0, 4)) {
    case 0:
      return `${r.int(12, 9899)} ${r.pick(['W Belmont Ave', 'Oakridge Dr', 'N Sheridan Rd', 'Cypress Hollow Ln', 'E 38th St', 'Harbor View Ct'])}, ${r.pick(['Chicago, IL 606', 'Memphis, TN 381', 'Columbus, OH 432', 'Reno, NV 895'])}${r.digits(2)}`;
    case 1:
      return `${r.pick(['Lindenstraße', 'Am Hafen', 'Bahnhofstr.', 'Kirchweg', 'Mühlenweg'])} ${r.int(1, 140)}, ${r.int(10, 99)}${r.digits(3)} ${r.pick(['Hamburg', 'Duisburg', 'Bremen', 'Leipzig'])}`;
    case 2:
      return `${r.int(1, 220)} ${r.pick(['Kingsway', 'Station Road', 'Mill Lane', 'Victoria Street'])}, ${r.pick(['Felixstowe IP11', 'Leeds LS9', 'Coventry CV3', 'Bristol BS2'])} ${r.int(1, 9)}${r.pick(['AB', 'QT', 'RH', 'NW'])}`;
    case 3:
      return `${r.pick(['Havenstraat', 'Keizersgracht', 'Dorpsweg'])} ${r.int(1, 300)}, ${r.int(1000, 9999)} ${r.pick(['KR', 'AB', 'TX'])} ${r.pick(['Rotterdam', 'Venlo', 'Tilburg'])}`;
    default:
      return `ul. ${r.pick(['Portowa', 'Lipowa', 'Składowa'])} ${r.int(1, 90)}/${r.int(1, 40)}, ${r.int(10, 99)}-${r.digits(3)} ${r.pick(['Gdańsk', 'Poznań', 'Łódź'])}`;
  }
}

/** A date of birth in one of the forms records use. */
export function dob(r: Rng9): string {
  const y = r.int(1954, 2003);
  const m = String(r.int(1, 12)).padStart(2, '0');
  const d = String(r.int(1, 28)).padStart(2, '0');
  return r.pick([`${y}-${m}-${d}`, `${d}.${m}.${y}`, `${m}/${d}/${y}`]);
}

/** A public IPv4 address (no private, loopback, CGNAT, documentation or multicast ranges). */
export function ipv4(r: Rng9): string {
  return `${r.pick([23, 34, 46, 52, 64, 73, 81, 86, 91, 98, 104, 142, 151, 176, 185, 188, 212, 217])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`;
}

export function ipv6(r: Rng9): string {
  const g = () => r.hex(4).replace(/^0+(?=.)/, '');
  return `${r.pick(['2a02:810d', '2600:1700', '2a01:e0a', '2003:e8', '2601:18c'])}:${g()}:${g()}:${g()}:${g()}:${g()}`;
}

/** A national id and the kind the format check knows it by. */
export function nationalId(r: Rng9): { kind: string; value: string; label: string } {
  switch (r.int(0, 5)) {
    case 0: {
      let a = r.int(1, 899);
      if (a === 666) a = 667;
      return { kind: 'ssn', value: `${String(a).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`, label: 'SSN' };
    }
    case 1: {
      const b = `${r.int(1, 7)}${r.digits(7)}`;
      const s = b + luhnDigit(b);
      return { kind: 'sin', value: `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`, label: 'SIN' };
    }
    case 2: {
      for (;;) {
        const e = `${r.int(1, 9)}${r.digits(7)}`;
        let sum = 0;
        for (let i = 0; i < 8; i++) sum += Number(e[i]) * (9 - i);
        const last = sum % 11;
        if (last < 10) return { kind: 'bsn', value: e + last, label: 'BSN' };
      }
    }
    case 3: {
      const n = r.digits(8);
      return { kind: 'dni', value: n + dniLetter(n), label: 'DNI' };
    }
    case 4: {
      const ten = `${r.int(55, 99)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${r.digits(4)}`;
      return { kind: 'pesel', value: ten + peselDigit(ten), label: 'PESEL' };
    }
    default: {
      const nine = `${r.int(1, 9)}${r.digits(8)}`;
      const s = nine + cpfDigits(nine);
      return { kind: 'cpf', value: `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`, label: 'CPF' };
    }
  }
}

/** A Luhn-valid card number, written in one of the groupings people and systems use. */
export function card(r: Rng9, grouping: 'plain' | 'space' | 'dash' | 'any' = 'any'): string {
  const brand = r.int(0, 3);
  const prefix = ['4' + r.digits(5), `5${r.int(1, 5)}${r.digits(4)}`, `3${r.pick(['4', '7'])}${r.digits(4)}`, '6011' + r.digits(2)][brand]!;
  const len = brand === 2 ? 15 : 16;
  const body = prefix + r.digits(len - 1 - prefix.length);
  const n = body + luhnDigit(body);
  const g = grouping === 'any' ? r.pick(['plain', 'space', 'dash'] as const) : grouping;
  if (g === 'plain') return n;
  const sep = g === 'space' ? ' ' : '-';
  if (len === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  return n.match(/.{4}/g)!.join(sep);
}

const ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
const esDc = (ten: string): string => {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(ten[i]) * ES_W[i]!;
  const d = 11 - (sum % 11);
  return String(d === 11 ? 0 : d === 10 ? 1 : d);
};
const esBban = (r: Rng9): string => {
  const bb = r.digits(8);
  const acc = r.digits(10);
  return bb + esDc('00' + bb) + esDc(acc) + acc;
};
const frBban = (r: Rng9): string => {
  const bank = r.digits(5);
  const branch = r.digits(5);
  const acc = r.digits(11);
  const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acc)) % 97n);
  return bank + branch + acc + String(key).padStart(2, '0');
};

/** A valid IBAN, electronic or in groups of four. */
export function iban(r: Rng9, spaced = r.next() < 0.4): string {
  const cc = r.pick(['DE', 'GB', 'NL', 'ES', 'PL', 'AT', 'FR', 'CH', 'BE']);
  const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const bban =
    cc === 'DE' ? r.digits(18)
    : cc === 'GB' ? r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD']) + r.digits(14)
    : cc === 'NL' ? r.pick(['ABNA', 'INGB', 'RABO']) + r.digits(10)
    : cc === 'ES' ? esBban(r)
    : cc === 'PL' ? r.digits(24)
    : cc === 'AT' ? r.digits(16)
    : cc === 'FR' ? frBban(r)
    : cc === 'CH' ? r.digits(5) + r.chars(L, 2) + r.digits(10)
    : (() => {
        const ten = r.digits(10);
        const k = Number(BigInt(ten) % 97n) || 97;
        return ten + String(k).padStart(2, '0');
      })();
  const s = makeIban(cc, bban);
  return spaced ? s.match(/.{1,4}/g)!.join(' ') : s;
}

/** A valid ABA routing number. */
export function routing(r: Rng9): string {
  const head = String(r.pick([r.int(1, 12), r.int(21, 32)])).padStart(2, '0') + r.digits(6);
  for (let d = 0; d < 10; d++) {
    const s = head + d;
    const x = [...s].map(Number);
    if ((3 * (x[0]! + x[3]! + x[6]!) + 7 * (x[1]! + x[4]! + x[7]!) + (x[2]! + x[5]! + x[8]!)) % 10 === 0) return s;
  }
  return '021000021';
}

/** A bank account number (US style, 8 to 12 digits, not starting with 0). */
export const account = (r: Rng9): string => `${r.int(1, 9)}${r.digits(r.int(7, 11))}`;

export const bic = (r: Rng9): string => r.pick(['DEUTDEFF', 'COBADEFFXXX', 'NWBKGB2L', 'INGBNL2A', 'RABONL2U', 'BSCHESMM', 'PKOPPLPW', 'BNPAFRPP', 'GEBABEBB']);
