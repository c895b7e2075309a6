import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';
import { abaOk28, luhnDigit28, mod97_28 } from './blind-set-28-checks';

const FIRST = ['Maria', 'James', 'Aisha', 'Lukas', 'Chloé', 'Diego', 'Priya', 'Oliver', 'Sofía', 'Hiroshi', 'Amélie', 'Mateusz', 'Fatima', 'Connor', 'Giulia', 'Jörg', 'Ananya', 'Thabo', 'Ingrid', 'Rafael', 'Mei', 'Noah', 'Zoë', 'Kwame'];
const LAST = ['García', 'Thompson', 'Okafor', 'Müller', 'Dubois', 'Fernández', 'Sharma', 'Kowalski', 'Rossi', 'Nakamura', 'Van der Berg', 'O\'Brien', 'Haddad', 'Lindqvist', 'Silva', 'Nguyen', 'Martínez', 'Schäfer', 'Patel', 'Moreau'];

/** A first and last name. */
export function name28(r: Rng9): { first: string; last: string; full: string } {
  const first = r.pick(FIRST), last = r.pick(LAST);
  return { first, last, full: `${first} ${last}` };
}

const strip = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();

/** A personal e-mail address at a consumer provider. */
export function email28(r: Rng9, n = name28(r)): string {
  const dom = r.pick(['gmail.com', 'outlook.com', 'proton.me', 'yahoo.com', 'icloud.com', 'hotmail.co.uk', 'gmx.de', 'web.de', 'orange.fr', 'libero.it', 'protonmail.com', 'hotmail.com']);
  const f = strip(n.first), l = strip(n.last);
  const local = r.pick([`${f}.${l}`, `${f}${l}${r.int(1, 99)}`, `${f[0]}${l}${r.int(70, 99)}`, `${f}_${l}`, `${l}.${f}${r.int(1, 9)}`]);
  return `${local}@${dom}`;
}

/** A personal phone number in E.164 or a national format. */
export function phone28(r: Rng9): string {
  const k = r.int(0, 7);
  const n = (lo: number, hi: number) => String(r.int(lo, hi));
  switch (k) {
    case 0: { const a = n(201, 989), b = n(201, 989), c = r.digits(4); return r.pick([`+1 ${a}-${b}-${c}`, `(${a}) ${b}-${c}`, `+1${a}${b}${c}`, `${a}.${b}.${c}`]); }
    case 1: { const d = `7${n(400, 999)}${r.digits(6)}`; return r.pick([`+44 ${d.slice(0, 4)} ${d.slice(4)}`, `0${d.slice(0, 4)} ${d.slice(4)}`, `+44${d}`]); }
    case 2: { const d = `${r.pick(['6', '7'])}${r.digits(8)}`; return r.pick([`+33 ${d[0]} ${d.slice(1, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}`, `0${d[0]} ${d.slice(1, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}`, `+33${d}`]); }
    case 3: { const d = `1${r.pick(['51', '52', '60', '62', '70', '76', '79'])}${r.digits(8)}`; return r.pick([`+49 ${d.slice(0, 3)} ${d.slice(3)}`, `0${d.slice(0, 3)} ${d.slice(3)}`, `+49${d}`]); }
    case 4: { const d = `${r.int(7, 9)}${r.digits(9)}`; return r.pick([`+91 ${d.slice(0, 5)} ${d.slice(5)}`, `+91${d}`, `+91-${d}`]); }
    case 5: { const d = `4${r.digits(8)}`; return r.pick([`+61 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, `04${d.slice(1, 3)} ${d.slice(3, 6)} ${d.slice(6)}`]); }
    case 6: { const d = `6${r.digits(8)}`; return r.pick([`+34 ${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}`, `+34${d}`]); }
    default: { const d = `9${r.digits(8)}`; return r.pick([`+55 11 ${d.slice(0, 5)}-${d.slice(5)}`, `+5511${d}`]); }
  }
}

/** A home address on one line. */
export function address28(r: Rng9): string {
  const no = r.int(2, 1890);
  return r.pick([
    () => `${no} ${r.pick(['Maple Grove Ave', 'Cedar Lane', 'W 43rd St', 'Briarwood Dr', 'Lakeview Blvd'])}${r.next() < 0.4 ? `, Apt ${r.int(1, 30)}${r.pick(['A', 'B', 'C'])}` : ''}, ${r.pick(['Portland, OR 97214', 'Austin, TX 78704', 'Columbus, OH 43215', 'Brooklyn, NY 11215', 'Denver, CO 80205'])}`,
    () => `${r.int(1, 220)} ${r.pick(['Kingsley Road', 'Elm Park Gardens', 'Victoria Street', 'Mill Lane'])}, ${r.pick(['Leeds LS6 2AB', 'London SW10 9PA', 'Bristol BS8 4QT', 'Manchester M14 5RY'])}`,
    () => `${r.pick(['Lindenstraße', 'Schönhauser Allee', 'Goethestr.', 'Am Weinberg'])} ${r.int(1, 140)}, ${r.pick(['10969 Berlin', '80331 München', '50667 Köln', '20095 Hamburg'])}`,
    () => `${r.int(1, 120)} ${r.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République'])}, ${r.pick(['69003 Lyon', '75011 Paris', '31000 Toulouse', '13006 Marseille'])}`,
    () => `${r.pick(['Calle de Alcalá', 'Carrer de Mallorca', 'Avenida de América'])} ${r.int(1, 300)}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'C'])}, ${r.pick(['28009 Madrid', '08013 Barcelona', '41001 Sevilla'])}`,
    () => `${r.int(1, 90)} ${r.pick(['Wattle St', 'Beach Rd', 'Oxford Street'])}, ${r.pick(['Fitzroy VIC 3065', 'Bondi NSW 2026', 'Paddington QLD 4064'])}`,
  ])();
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date of birth in one of several formats. */
export function dob28(r: Rng9): string {
  const y = r.int(1948, 2004), m = r.int(1, 12), d = r.int(1, 28);
  const mm = String(m).padStart(2, '0'), dd = String(d).padStart(2, '0');
  return r.pick([`${y}-${mm}-${dd}`, `${dd}/${mm}/${y}`, `${mm}/${dd}/${y}`, `${dd}.${mm}.${y}`, `${MONTHS[m - 1]} ${d}, ${y}`, `${d} ${MONTHS[m - 1]} ${y}`]);
}

/** A passport number under one country's shape. */
export function passport28(r: Rng9): string {
  return r.pick([() => r.digits(9).replace(/^0/, '5'), () => `C${r.chars(DIGITS + 'CFGHJKLMNPRTVWXYZ', 8)}`, () => `${r.digits(2)}${r.chars(UPPER, 2)}${r.digits(5)}`, () => `${r.chars(UPPER, 2)}${r.digits(7)}`])();
}

/** A driver's licence number under one jurisdiction's shape. */
export function licence28(r: Rng9): string {
  return r.pick([() => `${r.chars(UPPER, 1)}${r.digits(7)}`, () => `${r.chars(UPPER, 1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-0`, () => `${r.chars(UPPER, 5)}${r.digits(6)}${r.chars(UPPER, 2)}9${r.chars(UPPER, 2)}`, () => `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`])();
}

/** A Luhn-valid card number of a random brand, grouped with spaces, dashes or not at all. */
export function card28(r: Rng9): string {
  const brand = r.int(0, 4);
  const pre = [() => '4' + r.digits(5), () => String(r.int(51, 55)) + r.digits(4), () => r.pick(['34', '37']) + r.digits(4), () => '6011' + r.digits(2), () => String(r.int(3528, 3589)) + r.digits(2)][brand]!();
  const len = brand === 2 ? 15 : 16;
  let body = pre + r.digits(len - 1 - pre.length);
  if (/^4242/.test(body)) body = '4539' + body.slice(4);
  const d = body + luhnDigit28(body);
  const sep = r.pick([' ', '-', '', ' ']);
  if (len === 15) return `${d.slice(0, 4)}${sep}${d.slice(4, 10)}${sep}${d.slice(10)}`;
  return `${d.slice(0, 4)}${sep}${d.slice(4, 8)}${sep}${d.slice(8, 12)}${sep}${d.slice(12)}`;
}

/** A card expiry MM/YY. */
export function expiry28(r: Rng9): string {
  return `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 32)}`;
}

const IBAN_BBAN: Record<string, (r: Rng9) => string> = {
  DE: (r) => r.digits(18), FR: (r) => r.digits(23), GB: (r) => r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD']) + r.digits(14), ES: (r) => r.digits(20),
  IT: (r) => r.chars(UPPER, 1) + r.digits(22), NL: (r) => r.pick(['ABNA', 'INGB', 'RABO']) + r.digits(10), BE: (r) => r.digits(12), CH: (r) => r.digits(17),
  PL: (r) => r.digits(24), PT: (r) => r.digits(21), IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14), AT: (r) => r.digits(16),
};

/** A mod-97-valid IBAN, compact or grouped in fours. */
export function iban28(r: Rng9): string {
  const cc = r.pick(Object.keys(IBAN_BBAN));
  const bban = IBAN_BBAN[cc]!(r);
  const check = String(98 - mod97_28(bban + cc + '00')).padStart(2, '0');
  const s = cc + check + bban;
  if (s === 'DE89370400440532013000') return iban28(r);
  return r.next() < 0.5 ? s : s.replace(/(.{4})/g, '$1 ').trim();
}

/** A valid ABA routing number. */
export function routing28(r: Rng9): string {
  for (;;) {
    const e = r.pick(['0', '1', '2', '3']) + r.digits(7);
    for (let c = 0; c < 10; c++) if (abaOk28(e + c)) return e + c;
  }
}

/** A bank account number next to its routing code: US routing, UK sort code, AU BSB or Indian IFSC. */
export function bankPair28(r: Rng9): { codeKind: string; codeLabel: string; code: string; account: string } {
  switch (r.int(0, 3)) {
    case 0: return { codeKind: 'routing', codeLabel: r.pick(['routing_number', 'ABA routing', 'Routing #']), code: routing28(r), account: r.digits(r.int(9, 12)).replace(/^0/, '4') };
    case 1: return { codeKind: 'sortcode', codeLabel: r.pick(['sort_code', 'Sort code']), code: `${r.int(10, 99)}-${r.digits(2)}-${r.digits(2)}`, account: String(r.int(1, 9)) + r.digits(7) };
    case 2: return { codeKind: 'bsb', codeLabel: r.pick(['BSB', 'bsb']), code: `${r.pick(['062', '063', '033', '082', '012'])}-${r.digits(3)}`, account: String(r.int(1, 9)) + r.digits(r.int(7, 8)) };
    default: return { codeKind: 'ifsc', codeLabel: r.pick(['IFSC', 'ifsc_code']), code: `${r.pick(['HDFC', 'ICIC', 'SBIN', 'UTIB'])}0${r.digits(6)}`, account: String(r.int(1, 9)) + r.digits(r.int(10, 14)) };
  }
}

/** Escapes a string for a JSON string literal, optionally with \u escapes for non-ASCII. */
export function jsonEsc28(s: string, ascii = false): string {
  const j = JSON.stringify(s).slice(1, -1);
  return ascii ? j.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : j;
}
