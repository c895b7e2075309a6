import { abaDigit, cfLetter, cpfDigits, DNI_LETTERS, luhnDigit, makeIban, nirKey, steuerDigit, verhoeffDigit, bsnOk } from './blind-set-82-check';
import type { Plant } from './blind-set-82-keys';
import type { Spec } from './blind-set-82-creds';
import { DIGITS, UPPER, type Rng82 } from './blind-set-82-rng';

const pers = (value: string, kind: string): Plant => ({ value, kind, group: 'personal' });
const fin = (value: string, kind: string): Plant => ({ value, kind, group: 'financial' });
const P = (keys: string[], val: string, kind: string): Spec => ({ keys, val, plants: [pers(val, kind)] });
const F = (keys: string[], val: string, kind: string): Spec => ({ keys, val, plants: [fin(val, kind)] });

const FIRST = ['Amelia', 'Jonas', 'Sofía', 'Mateus', 'Chiara', 'Pieter', 'Zofia', 'Haruto', 'Mei', 'Olusegun', 'Priya', 'Lucas', 'Margaux', 'Dmitri', 'Aoife', 'Rahul', 'Ingrid', 'Tomás', 'Fatima', 'Grace', 'Kwame', 'Elif', 'Nguyen', 'Camille'];
const LAST = ['Okafor', 'Lindqvist', 'Hernández', 'Albuquerque', 'Ferraro', 'van der Berg', 'Kowalczyk', 'Tanaka', 'Zhang', 'Adeyemi', 'Raghunathan', 'Moreau', 'Schmidt', "O'Sullivan", 'Petrov', 'Castillo', 'Nakamura', 'Brennan', 'Haddad', 'Whitfield', 'Mensah', 'Yilmaz'];
const MAIL = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'orange.fr', 'icloud.com', 'proton.me', 'hotmail.es', 'libero.it', 'uol.com.br'];

const fold = (s: string) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();

export function personName(r: Rng82): string {
  return `${r.pick(FIRST)} ${r.pick(LAST)}`;
}

function email(r: Rng82): string {
  const f = fold(r.pick(FIRST));
  const l = fold(r.pick(LAST));
  const local = r.pick([`${f}.${l}`, `${f}${l}${r.int(1, 99)}`, `${f[0]}${l}`, `${l}.${f}+${r.pick(['shop', 'news', 'bills'])}`, `${f}_${l}${r.int(70, 99)}`]);
  return `${local}@${r.pick(MAIL)}`;
}

function phone(r: Rng82): string {
  const d = (n: number) => r.digits(n);
  const nxx = () => `${r.int(2, 9)}${d(2)}`;
  return r.pick([
    () => `+1${nxx()}${r.int(2, 9)}${r.int(1, 4)}${d(5)}`, () => `(${nxx()}) ${r.int(2, 9)}${r.int(1, 4)}${d(1)}-${d(4)}`,
    () => `+44 7${r.int(4, 9)}${d(2)} ${d(6)}`, () => `07${r.int(4, 9)}${d(2)} ${d(3)} ${d(3)}`,
    () => `+49 15${r.int(1, 9)} ${d(7)}`, () => `0170 ${d(7)}`, () => `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, () => `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
    () => `+34 6${d(2)} ${d(3)} ${d(3)}`, () => `+39 3${d(2)} ${d(7)}`, () => `+55 11 9${d(4)}-${d(4)}`, () => `(21) 9${d(4)}-${d(4)}`,
    () => `+91 9${d(4)} ${d(5)}`, () => `+31 6 ${d(8)}`, () => `+81 90-${d(4)}-${d(4)}`, () => `+61 4${d(2)} ${d(3)} ${d(3)}`,
    () => `+52 55 ${d(4)} ${d(4)}`, () => `+48 ${r.int(5, 8)}${d(2)} ${d(3)} ${d(3)}`, () => `+353 8${r.int(3, 9)} ${d(3)} ${d(4)}`,
  ])();
}

function address(r: Rng82): string {
  return r.pick([
    () => `${r.int(12, 9800)} ${r.pick(['Maple', 'Sycamore', 'Lakeview', 'Hawthorne', 'Cedar Ridge'])} ${r.pick(['Ave', 'Street', 'Dr', 'Lane'])}, Apt ${r.int(2, 40)}, ${r.pick(['Columbus, OH 43215', 'Tacoma, WA 98402', 'Austin, TX 78704'])}`,
    () => `${r.int(1, 220)} ${r.pick(['Kingsley Road', 'Elm Grove', 'Barrow Close'])}, ${r.pick(['Leeds LS6 2QT', 'Bristol BS7 8HJ', 'Croydon CR0 4NE'])}`,
    () => `${r.pick(['Lindenstraße', 'Hauptstr.', 'Am Kirchberg'])} ${r.int(1, 120)}, ${r.pick(['10437 Berlin', '80331 München', '50667 Köln'])}`,
    () => `${r.int(1, 90)} rue ${r.pick(['des Lilas', 'Oberkampf', 'de la Paix'])}, ${r.pick(['75011 Paris', '69003 Lyon'])}`,
    () => `Calle ${r.pick(['Mayor', 'de Alcalá', 'del Sol'])} ${r.int(1, 200)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'izq.'])}, ${r.pick(['28014 Madrid', '08002 Barcelona'])}`,
    () => `Rua ${r.pick(['das Flores', 'Augusta', 'Haddock Lobo'])}, ${r.int(10, 2000)} - ${r.pick(['São Paulo - SP, 01311-000', 'Curitiba - PR, 80010-010'])}`,
  ])();
}

function birth(r: Rng82): string {
  const y = r.int(1948, 2006);
  const m = String(r.int(1, 12)).padStart(2, '0');
  const dd = String(r.int(1, 28)).padStart(2, '0');
  return r.pick([`${y}-${m}-${dd}`, `${dd}/${m}/${y}`, `${m}/${dd}/${y}`, `${dd}.${m}.${y}`]);
}

function natId(r: Rng82): Spec {
  const d = (n: number) => r.digits(n);
  return r.pick([
    () => {
      const a = r.int(1, 899) === 666 ? 667 : r.int(1, 899);
      const s = `${String(a).padStart(3, '0')}${String(r.int(1, 99)).padStart(2, '0')}${String(r.int(1, 9999)).padStart(4, '0')}`;
      return P(['ssn', 'social security number', 'tax id ssn', 'ssn last'], r.chance(0.6) ? `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}` : s, 'us-ssn');
    },
    () => {
      const n = `${r.pick([...'ABCEGHJKLMNOPRSTWXYZ'])}${r.pick([...'ABCEGHJKLMNPRSTWXYZ'])}${d(6)}${r.pick([...'ABCD'])}`;
      const ok = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(n.slice(0, 2)) ? `AB${n.slice(2)}` : n;
      return P(['nino', 'national insurance number', 'ni number'], r.chance(0.5) ? `${ok.slice(0, 2)} ${ok.slice(2, 4)} ${ok.slice(4, 6)} ${ok.slice(6, 8)} ${ok[8]}` : ok, 'uk-nino');
    },
    () => {
      const digs = r.shuffle([...DIGITS]).slice(0, 9);
      if (digs[0] === '0') digs.push(digs.shift()!);
      const t = r.shuffle([...digs, r.pick(digs.slice(1))]).join('').replace(/^0(.)/, '$10');
      return P(['steuer id', 'steueridentifikationsnummer', 'tax id', 'idnr'], t + steuerDigit(t), 'de-steuer-id');
    },
    () => {
      const b = `${r.int(1, 2)}${d(2)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 95)).padStart(2, '0')}${d(3)}${d(3)}`;
      return P(['nir', 'numero securite sociale', 'n° sécu', 'insee'], b + nirKey(b), 'fr-nir');
    },
    () => {
      const n = d(8);
      return P(['dni', 'nif', 'documento identidad'], n + DNI_LETTERS[Number(n) % 23], 'es-dni');
    },
    () => {
      const L = () => r.chars(UPPER, 1);
      const f15 = `${r.chars('BCDFGLMNPRSTVZ', 3)}${r.chars('BCDFGLMNPRSTVZ', 3)}${d(2)}${r.pick([...'ABCDEHLMPRST'])}${String(r.int(1, 71)).padStart(2, '0')}${L()}${d(3)}`;
      return P(['codice fiscale', 'cf', 'tax code'], f15 + cfLetter(f15), 'it-codice-fiscale');
    },
    () => {
      const n = `${r.int(1, 9)}${d(8)}`;
      const c = n + cpfDigits(n);
      return P(['cpf', 'cpf cliente', 'documento'], r.chance(0.6) ? `${c.slice(0, 3)}.${c.slice(3, 6)}.${c.slice(6, 9)}-${c.slice(9)}` : c, 'br-cpf');
    },
    () => {
      const b = `${r.int(2, 9)}${d(10)}`;
      const a = b + verhoeffDigit(b);
      return P(['aadhaar', 'aadhaar number', 'uid'], r.chance(0.5) ? `${a.slice(0, 4)} ${a.slice(4, 8)} ${a.slice(8)}` : a, 'in-aadhaar');
    },
    () => {
      let n = d(9);
      while (!bsnOk(n) || n[0] === '0') n = `${r.int(1, 9)}${d(8)}`;
      return P(['bsn', 'burgerservicenummer', 'sofinummer'], n, 'nl-bsn');
    },
  ])();
}

function ip(r: Rng82): string {
  if (r.chance(0.3)) return `${r.pick(['2a01:4f8', '2600:1700', '2a02:810d', '2804:14c', '2409:4060'])}:${r.hex(4)}:${r.hex(4)}::${r.hex(3)}`.replace(/:0+([0-9a-f])/g, ':$1');
  return `${r.pick([23, 37, 45, 62, 78, 81, 89, 91, 102, 109, 151, 177, 185, 188, 201, 213])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`;
}

export const PERSONAL_GENS: [number, (r: Rng82) => Spec][] = [
  [4, (r) => P(['customer name', 'full name', 'cardholder name', 'name', 'contact name', 'nombre completo', 'nom complet', 'holder', 'recipient name'], personName(r), 'name')],
  [5, (r) => P(['email', 'user email', 'e-mail', 'correo', 'courriel', 'customer email', 'mail', 'login'], email(r), 'email')],
  [4, (r) => P(['phone', 'mobile', 'telefono', 'telefon', 'phone number', 'msisdn', 'tel', 'celular'], phone(r), 'phone')],
  [2, (r) => P(['address', 'home address', 'shipping address', 'street address', 'adresse', 'dirección', 'indirizzo', 'endereco'], address(r), 'address')],
  [2, (r) => P(['date of birth', 'dob', 'birth date', 'birthday', 'geburtsdatum', 'fecha de nacimiento', 'date de naissance'], birth(r), 'birth-date')],
  [4, natId],
  [2, (r) => P(['client ip', 'remote addr', 'x forwarded for', 'user ip', 'ip address', 'source ip'], ip(r), 'ip')],
];

const BRANDS: [string[], number][] = [[['4'], 16], [['51', '52', '53', '54', '55', '2221', '2720'], 16], [['34', '37'], 15], [['6011', '65'], 16], [['3528', '3589'], 16], [['36'], 14], [['62'], 16]];
const IBAN: Record<string, string> = { DE: '18n', GB: '4a14n', FR: '10n11c2n', ES: '20n', IT: '1a10n12c', NL: '4a10n', BE: '12n', CH: '5n12c', AT: '16n', PL: '24n', PT: '21n', IE: '4a14n', SE: '20n', DK: '14n', NO: '11n', FI: '14n' };

function bban(r: Rng82, pat: string): string {
  let out = '';
  for (const m of pat.matchAll(/(\d+)([nac])/g)) out += r.chars(m[2] === 'n' ? DIGITS : m[2] === 'a' ? UPPER : UPPER + DIGITS, Number(m[1]));
  return out;
}

export const FINANCIAL_GENS: [number, (r: Rng82) => Spec][] = [
  [5, (r) => {
    const [pre, len] = r.pick(BRANDS);
    const p = r.pick(pre);
    const b = p + r.digits(len - 1 - p.length);
    const n = b + luhnDigit(b);
    const style = r.int(0, 2);
    const g = len === 15 ? [4, 6, 5] : len === 14 ? [4, 6, 4] : [4, 4, 4, 4];
    let out = n;
    if (style > 0) {
      let i = 0;
      out = g.map((k) => n.slice(i, (i += k))).join(style === 1 ? ' ' : '-');
    }
    const cvc = r.digits(len === 15 ? 4 : 3);
    const spec = F(['card number', 'pan', 'cc number', 'card', 'numero tarjeta', 'kartennummer', 'numero carte', 'card no'], out, 'card');
    if (r.chance(0.6)) spec.extra = [F(['cvc', 'cvv', 'cvv2', 'security code', 'card cvc', 'cvn'], cvc, 'cvc')];
    return spec;
  }],
  [4, (r) => {
    const cc = r.pick(Object.keys(IBAN));
    const iban = makeIban(cc, bban(r, IBAN[cc]!));
    return F(['iban', 'bank account iban', 'payout iban', 'cuenta iban', 'kontonummer iban', 'iban number'], r.chance(0.5) ? iban.match(/.{1,4}/g)!.join(' ') : iban, 'iban');
  }],
  [2, (r) => {
    const eight = `${String(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32])).padStart(2, '0')}${r.digits(6)}`;
    const rt = eight + abaDigit(eight);
    return { ...F(['routing number', 'aba', 'routing', 'aba routing', 'rtn'], rt, 'aba-routing'), extra: [F(['account number', 'acct no', 'bank account', 'dda account'], r.digits(r.int(8, 12)).replace(/^0/, '4'), 'bank-account')] };
  }],
];
