import { DIGITS, UPPER, type Rng79 } from './blind-set-79-rng';

/** A drawn personal or financial field: the key's words (before the naming convention), the value, its kind and group. */
export interface PiiDraw {
  key: string[];
  value: string;
  kind: string;
  group: 'personal' | 'financial';
}

const FIRST = ['Amelia', 'Tobias', 'Priyanka', 'Mateus', 'Ingrid', 'Oluwaseun', 'Henrike', 'Declan', 'Yuki', 'Rosalind', 'Bartosz', 'Leocadia', 'Emeka', 'Solveig', 'Gianluca', 'Marisol', 'Thaddeus', 'Annelie', 'Kwabena', 'Florentyna', 'Callum', 'Zuzanna', 'Evander', 'Ximena'];
const LAST = ['Abernathy', 'Okonkwo', 'Vasquez-Ruiz', 'Lindqvist', 'Ferreira', 'Hargreaves', 'Nakashima', 'Kowalczyk', 'Delacroix', 'Mbeki', 'Thorvaldsen', 'Castellano', 'Brandtner', 'Oyelaran', 'Pemberton', 'Szymanski', 'Rahimova', 'Quinterro', 'Achterberg', 'Wojciechowska'];
const STREETS = ['Larkspur Lane', 'Beaconsfield Road', 'Calle de Atocha', 'Hollyhock Drive', 'Kastanienallee', 'Rue des Tanneurs', 'Wexford Terrace', 'Old Mill Crescent', 'Juniper Hollow Way', 'Marlowe Street'];
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'gmx.de', 'icloud.com', 'hotmail.fr', 'fastmail.com'];

/** A first and last name. */
export function name79(r: Rng79): { first: string; last: string } {
  return { first: r.pick(FIRST), last: r.pick(LAST) };
}

/** A personal email address built from a name. */
export function email79(r: Rng79, first: string, last: string): string {
  const f = first.toLowerCase();
  const l = last.toLowerCase().replace(/[^a-z]/g, '');
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}${r.int(1, 99)}`, `${l}_${f}`, `${f}${r.int(1960, 2004)}`, `${f}+${r.pick(['shop', 'bills', 'news'])}`]);
  return `${local}@${r.pick(MAIL_DOMAINS)}`;
}

/** A phone number in E.164 or a national form of one of several countries. */
export function phone79(r: Rng79): string {
  const c = r.int(0, 6);
  const area = String(r.pick([212, 312, 415, 617, 718, 206, 303, 512]));
  const ex = String(r.int(201, 989));
  const line = r.digits(4);
  if (c === 0) return `+1${area}${ex}${line}`;
  if (c === 1) return `(${area}) ${ex}-${line}`;
  if (c === 2) { const m = `7${r.int(400, 999)}${r.digits(6)}`; return r.next() < 0.5 ? `+44${m}` : `0${m.slice(0, 4)} ${m.slice(4)}`; }
  if (c === 3) { const m = `15${r.int(1, 9)}${r.digits(8)}`; return r.next() < 0.5 ? `+49${m}` : `0${m.slice(0, 3)} ${m.slice(3)}`; }
  if (c === 4) { const m = `${r.pick(['6', '7'])}${r.digits(8)}`; return r.next() < 0.5 ? `+33${m}` : `0${m[0]} ${m.slice(1, 3)} ${m.slice(3, 5)} ${m.slice(5, 7)} ${m.slice(7)}`; }
  if (c === 5) return `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`;
  return `${area}.${ex}.${line}`;
}

/** A birth date in one of several formats. */
export function dob79(r: Rng79): string {
  const y = r.int(1948, 2005);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]!;
  return r.pick([`${y}-${p2(m)}-${p2(d)}`, `${p2(m)}/${p2(d)}/${y}`, `${p2(d)}.${p2(m)}.${y}`, `${d} ${mon} ${y}`]);
}

/** A US social security number that follows the SSA's allocation rules. */
export function ssn79(r: Rng79): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  return `${String(a).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

/** A UK National Insurance number with a valid prefix. */
export function nino79(r: Rng79): string {
  const pre = r.chars('ABCEGHJKLMNPRSTWXYZ', 1) + r.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  const bad = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'];
  return `${bad.includes(pre) ? 'AB' : pre}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`;
}

/** A Spanish DNI with its check letter. */
export function dni79(r: Rng79): string {
  const n = r.int(10000000, 99999999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}

/** A Dutch BSN that passes the 11-test. */
export function bsn79(r: Rng79): string {
  for (;;) {
    const d = `${r.int(1, 6)}${r.digits(8)}`;
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
    s -= Number(d[8]);
    if (s % 11 === 0) return d;
  }
}

/** A public IPv4 address of an end user (no private, reserved or documentation ranges). */
export function ip79(r: Rng79): string {
  const a = r.pick([24, 31, 46, 67, 73, 81, 86, 92, 98, 109, 151, 176, 188, 201, 213]);
  return `${a}.${r.int(1, 254)}.${r.int(1, 254)}.${r.int(1, 254)}`;
}

/** A house-numbered street address. */
export function street79(r: Rng79): string {
  const s = r.pick(STREETS);
  return s.startsWith('Calle') || s.startsWith('Rue') ? `${s} ${r.int(2, 140)}` : s === 'Kastanienallee' ? `${s} ${r.int(2, 99)}` : `${r.int(3, 4890)} ${s}`;
}

/** Appends the Luhn check digit. */
export function luhnComplete(body: string): string {
  let s = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    s += d;
  }
  return body + String((10 - (s % 10)) % 10);
}

/** A Luhn-valid card number in one of several groupings. */
export function card79(r: Rng79): string {
  const t = r.int(0, 3);
  const n = t === 0 ? luhnComplete('4' + r.digits(14)) : t === 1 ? luhnComplete(String(r.int(51, 55)) + r.digits(13)) : t === 2 ? luhnComplete(r.pick(['34', '37']) + r.digits(12)) : luhnComplete('6011' + r.digits(11));
  const g = r.int(0, 2);
  if (g === 0) return n;
  const sep = g === 1 ? ' ' : '-';
  if (n.length === 15) return `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}`;
  return n.match(/.{4}/g)!.join(sep);
}

/** Computes an IBAN from country and BBAN. */
export function ibanOf(cc: string, bban: string): string {
  const conv = (s: string) => s.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  const num = conv(bban + cc + '00');
  let m = 0;
  for (const ch of num) m = (m * 10 + Number(ch)) % 97;
  return `${cc}${String(98 - m).padStart(2, '0')}${bban}`;
}

/** A valid IBAN of one of several countries, compact or printed in groups of four. */
export function iban79(r: Rng79): string {
  const c = r.int(0, 6);
  const iban = c === 0 ? ibanOf('DE', r.digits(18)) : c === 1 ? ibanOf('GB', r.pick(['NWBK', 'BARC', 'LOYD', 'MIDL']) + r.digits(14)) : c === 2 ? ibanOf('FR', r.digits(10) + r.chars(UPPER + DIGITS, 11) + r.digits(2)) : c === 3 ? ibanOf('ES', r.digits(20)) : c === 4 ? ibanOf('NL', r.pick(['ABNA', 'INGB', 'RABO']) + r.digits(10)) : c === 5 ? ibanOf('IT', r.chars(UPPER, 1) + r.digits(10) + r.chars(UPPER + DIGITS, 12)) : ibanOf('BE', r.digits(12));
  return r.next() < 0.35 ? iban.match(/.{1,4}/g)!.join(' ') : iban;
}

/** A valid ABA routing number. */
export function aba79(r: Rng79): string {
  for (;;) {
    const b = String(r.pick([0, 1, 2, 3, 1, 2, 0, 3])) + r.digits(7);
    const w = [3, 7, 1, 3, 7, 1, 3, 7];
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(b[i]) * w[i]!;
    const d = (10 - (s % 10)) % 10;
    if (b[0] !== '0' || b[1] !== '0') return b + String(d);
  }
}

/** Draws 1-4 related personal or financial fields about one person. */
export function drawPii79(r: Rng79, group: 'personal' | 'financial'): PiiDraw[] {
  const { first, last } = name79(r);
  const P = (key: string[], value: string, kind: string): PiiDraw => ({ key, value, kind, group: 'personal' });
  const F = (key: string[], value: string, kind: string): PiiDraw => ({ key, value, kind, group: 'financial' });
  if (group === 'financial') {
    const c = r.int(0, 4);
    if (c === 0) {
      const out = [F(r.pick([['card', 'number'], ['pan'], ['cc'], ['cc', 'number'], ['credit', 'card']]), card79(r), 'card')];
      if (r.next() < 0.5) out.push(F(r.pick([['cvv'], ['cvc'], ['card', 'cvv'], ['security', 'code']]), r.digits(r.next() < 0.2 ? 4 : 3).replace(/^0/, String(r.int(1, 9))), 'cvv'));
      return out;
    }
    if (c === 1) return [F(r.pick([['iban'], ['payout', 'iban'], ['bank', 'iban'], ['debtor', 'account', 'iban']]), iban79(r), 'iban')];
    if (c === 2) return [F(r.pick([['account', 'number'], ['acct', 'no'], ['bank', 'account']]), r.digits(r.int(9, 12)).replace(/^0/, '4'), 'bank-account'), F(r.pick([['routing'], ['routing', 'number'], ['aba']]), aba79(r), 'aba-routing')];
    if (c === 3) return [F(r.pick([['sort', 'code'], ['sortcode']]), `${r.digits(2)}-${r.digits(2)}-${r.digits(2)}`, 'uk-sort-code'), F(['account', 'number'], String(r.int(10000000, 99999999)), 'bank-account')];
    return [F(r.pick([['card', 'number'], ['pan']]), card79(r), 'card'), F(['iban'], iban79(r), 'iban')];
  }
  const c = r.int(0, 9);
  if (c === 0) return [P(['first', 'name'], first, 'person-name'), P(['last', 'name'], last, 'person-name'), P(r.pick([['email'], ['e', 'mail'], ['mail']]), email79(r, first, last), 'email')];
  if (c === 1) return [P(r.pick([['full', 'name'], ['name'], ['customer', 'name']]), `${first} ${last}`, 'person-name'), P(r.pick([['phone'], ['mobile'], ['tel'], ['msisdn']]), phone79(r), 'phone')];
  if (c === 2) return [P(r.pick([['email'], ['customer', 'email'], ['e', 'mail']]), email79(r, first, last), 'email')];
  if (c === 3) return [P(r.pick([['dob'], ['birth', 'date'], ['date', 'of', 'birth']]), dob79(r), 'date-of-birth'), P(['ssn'], ssn79(r), 'us-ssn')];
  if (c === 4) return [P(r.pick([['national', 'id'], ['ni', 'number'], ['nino']]), nino79(r), 'uk-nino'), P(['name'], `${first} ${last}`, 'person-name')];
  if (c === 5) return [P(r.pick([['tax', 'id'], ['dni'], ['nif']]), dni79(r), 'es-dni')];
  if (c === 6) return [P(r.pick([['bsn'], ['national', 'id']]), bsn79(r), 'nl-bsn'), P(r.pick([['phone'], ['mobile']]), phone79(r), 'phone')];
  if (c === 7) return [P(r.pick([['address'], ['street'], ['addr1'], ['address', 'line1']]), street79(r), 'street-address'), P(['last', 'name'], last, 'person-name')];
  if (c === 8) return [P(r.pick([['ip'], ['client', 'ip'], ['remote', 'addr'], ['ip', 'address']]), ip79(r), 'ip-address'), P(['email'], email79(r, first, last), 'email')];
  return [P(['phone'], phone79(r), 'phone'), P(['dob'], dob79(r), 'date-of-birth')];
}
