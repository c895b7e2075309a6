import { DIGITS, UPPER, Rng9 } from './blind-set-9-rng';
import { formatOk25 } from './blind-set-25-format';

/** Blind set 25's personal and financial value generators: fresh per seed, valid formats, check digits found against formatOk25. */

/** Draws bodies until one of the candidate check strings makes a valid `kind`. */
function solve(r: Rng9, kind: string, gen: (r: Rng9) => (c: string) => string, cands: readonly string[] = [...DIGITS]): string {
  for (let tries = 0; tries < 500; tries++) {
    const f = gen(r);
    for (const c of cands) if (formatOk25(kind, f(c))) return f(c);
  }
  throw new Error(`blind set 25: no valid ${kind}`);
}
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

// ---- personal ------------------------------------------------------------------------------
const FIRST = 'Maren Oluwaseun Anneliese Rafael Ximena Takumi Siddharth Ingeborg Dariusz Thandeka Lorcan Magdalena Joon-ho Benedetta Henrik Valentina Aurelio Precious'.split(' ');
const LAST = 'Wojciechowska Adebayo Rasmussen Carvalho Villalobos Kuroda Raghunathan Bergstrom Zielinski Mthembu Gallagher Lindgren Ferrante Oyelowo Hargreaves Dufresne Achterberg Pemberton'.split(
  ' ',
);
export const first = (r: Rng9): string => r.pick(FIRST);
export const last = (r: Rng9): string => r.pick(LAST);
export const fullName = (r: Rng9): string => `${first(r)} ${last(r)}`;
export function email(r: Rng9, f = first(r), l = last(r)): string {
  const local = r
    .pick([`${f}.${l}`, `${f}${r.int(70, 99)}`, `${f[0]}${l}`, `${l}.${f}+${r.pick(['stripe', 'shop', 'news'])}`])
    .toLowerCase()
    .replace(/[^a-z0-9.+]/g, '');
  return `${local}@${r.pick(['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'web.de', 'orange.fr', 'hotmail.es', 'proton.me', 'gmx.net', 'libero.it'])}`;
}
const STREETS = 'Larkspur Lane|Kingsbury Road|Rue des Tanneurs|Calle de Alcala|Oranjestraat|Hawthorne Avenue|Birchwood Drive|Moss Street|Via Garibaldi|Quarry Hill Road'.split('|');
export const street = (r: Rng9): string => `${r.int(2, 4899)} ${r.pick(STREETS)}${r.pick(['', ' Apt ' + r.int(2, 40), ', Unit ' + r.int(2, 19)])}`;
export function birthDate(r: Rng9, style = 'iso'): string {
  const y = r.int(1948, 2003),
    m = r.int(1, 12),
    d = r.int(1, 28);
  return style === 'us' ? `${pad(m)}/${pad(d)}/${y}` : style === 'eu' ? `${pad(d)}.${pad(m)}.${y}` : `${y}-${pad(m)}-${pad(d)}`;
}
export function phone(r: Rng9): string {
  const n = (k: number) => r.digits(k);
  return r.pick([
    () => `+1${r.int(2, 9)}${n(2)}${r.int(2, 9)}${r.pick(['2', '3', '4', '6', '7', '8'])}${n(6)}`,
    () => `(${r.int(2, 9)}${n(2)}) ${r.int(2, 9)}${r.int(1, 4)}${n(1)}-${n(4)}`,
    () => `+44 7${r.int(3, 9)}${n(2)} ${n(6)}`,
    () => `07${r.int(3, 9)}${n(2)} ${n(6)}`,
    () => `+49 15${r.int(1, 9)} ${n(8)}`,
    () => `+33 6 ${n(2)} ${n(2)} ${n(2)} ${n(2)}`,
    () => `06 ${n(2)} ${n(2)} ${n(2)} ${n(2)}`,
    () => `+91 9${n(4)} ${n(5)}`,
    () => `+55 11 9${n(4)}-${n(4)}`,
    () => `090-${n(4)}-${n(4)}`,
    () => `04${n(2)} ${n(3)} ${n(3)}`,
    () => `+52 55 ${n(4)} ${n(4)}`,
    () => `+34 6${n(2)} ${n(3)} ${n(3)}`,
    () => `010-${n(4)}-${n(4)}`,
    () => `+27 82 ${n(3)} ${n(4)}`,
    () => `+48 5${n(2)} ${n(3)} ${n(3)}`,
    () => `+31 6 ${n(8)}`,
  ])();
}
export const e164 = (r: Rng9): string =>
  `+${r.pick(['1' + r.int(2, 9) + r.digits(2) + r.int(2, 9) + '7' + r.digits(6), '447' + r.int(3, 9) + r.digits(8), '4915' + r.int(1, 9) + r.digits(8), '336' + r.digits(8), '5511' + '9' + r.digits(8), '6141' + r.digits(7)])}`;
export const ssn = (r: Rng9): string =>
  solve(
    r,
    'ssn',
    (q) => {
      const a = pad(q.int(1, 665), 3),
        b = pad(q.int(1, 99)),
        c = pad(q.int(1, 9999), 4);
      return () => `${a}-${b}-${c}`;
    },
    [''],
  );
export const nino = (r: Rng9): string =>
  solve(
    r,
    'nino',
    (q) => {
      const s = q.chars('ABCEHJKLMNPRSTWXY', 2) + q.digits(6) + q.pick(['A', 'B', 'C', 'D']);
      return () => s;
    },
    [''],
  );
export const sin = (r: Rng9): string =>
  solve(r, 'sin', (q) => {
    const s = `${q.int(1, 7)}${q.digits(7)}`;
    return (c) => `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}${c}`;
  });
export const nir = (r: Rng9): string => {
  const s = `${r.int(1, 2)}${pad(r.int(48, 99))}${pad(r.int(1, 12))}${pad(r.int(1, 95))}${r.digits(3)}${r.digits(3)}`;
  return `${s} ${pad(Number(97n - (BigInt(s) % 97n)))}`.replace(/^(\d)(\d\d)(\d\d)(\d\d)(\d{3})(\d{3}) /, '$1 $2 $3 $4 $5 $6 ');
};
export const steuerId = (r: Rng9): string =>
  solve(r, 'steuer-id', (q) => {
    const d = [...'0123456789'].sort(() => q.next() - 0.5);
    const s = (d[0] === '0' ? [d[1], d[0], ...d.slice(2, 8)] : d.slice(0, 8)).join('');
    const t = s + s[q.int(0, 7)] + d[9];
    return (c) => `${t.slice(0, 10)}${c}`;
  });
export const dni = (r: Rng9): string => {
  const n = r.digits(8).replace(/^0/, '4');
  return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23];
};
export const nie = (r: Rng9): string => {
  const p = r.pick(['X', 'Y', 'Z']),
    n = r.digits(7);
  return `${p}${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[Number(String('XYZ'.indexOf(p)) + n) % 23]}`;
};
export const codiceFiscale = (r: Rng9): string =>
  solve(
    r,
    'codice-fiscale',
    (q) => {
      const s = `${q.chars('BCDFGLMNPRSTVZ', 6)}${pad(q.int(50, 99))}${q.pick([...'ABCDEHLMPRST'])}${pad(q.int(1, 28) + q.pick([0, 40]))}${q.pick(['F', 'H', 'L', 'A'])}${q.digits(3)}`;
      return (c) => s + c;
    },
    [...UPPER],
  );
export const bsn = (r: Rng9): string =>
  solve(r, 'bsn', (q) => {
    const s = `${q.int(1, 6)}${q.digits(7)}`;
    return (c) => s + c;
  });
export const personnummer = (r: Rng9): string =>
  solve(r, 'personnummer', (q) => {
    const s = `${q.int(1950, 2003)}${pad(q.int(1, 12))}${pad(q.int(1, 28))}-${q.digits(3)}`;
    return (c) => s + c;
  });
export const cpf = (r: Rng9): string =>
  solve(
    r,
    'cpf',
    (q) => {
      const s = q.digits(9);
      return (c) => `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6)}-${c}`;
    },
    TWO,
  );
export const curp = (r: Rng9): string =>
  solve(r, 'curp', (q) => {
    const s = `${q.pick(['G', 'M', 'R', 'V'])}${q.pick(['A', 'E', 'O', 'U'])}${q.chars('BCDLMRSTZ', 2)}${pad(q.int(55, 99))}${pad(q.int(1, 12))}${pad(q.int(1, 28))}${q.pick(['H', 'M'])}${q.pick(['DF', 'JC', 'NL', 'PL', 'VZ', 'GT'])}${q.chars('BCDGLMNRSTZ', 3)}0`;
    return (c) => s + c;
  });
export const aadhaar = (r: Rng9): string =>
  solve(r, 'aadhaar', (q) => {
    const s = `${q.int(2, 9)}${q.digits(10)}`;
    return (c) => `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}${c}`;
  });
export const panIndia = (r: Rng9): string => `${r.chars(UPPER, 3)}P${r.chars(UPPER, 1)}${r.digits(4)}${r.chars(UPPER, 1)}`;
export const tfn = (r: Rng9): string =>
  solve(r, 'tfn', (q) => {
    const s = q.digits(8).replace(/^0/, '4');
    return (c) => `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}${c}`;
  });
export const myNumber = (r: Rng9): string =>
  solve(r, 'my-number', (q) => {
    const s = q.digits(11);
    return (c) => `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}${c}`;
  });
export const rrn = (r: Rng9): string =>
  solve(r, 'rrn', (q) => {
    const s = `${pad(q.int(55, 99))}${pad(q.int(1, 12))}${pad(q.int(1, 28))}-${q.int(1, 2)}${q.digits(5)}`;
    return (c) => s + c;
  });
export const zaId = (r: Rng9): string =>
  solve(r, 'za-id', (q) => {
    const s = `${pad(q.int(55, 99))}${pad(q.int(1, 12))}${pad(q.int(1, 28))}${q.digits(4)}08`;
    return (c) => s + c;
  });
export const pesel = (r: Rng9): string =>
  solve(r, 'pesel', (q) => {
    const y = q.int(55, 115);
    const s = `${pad(y % 100)}${pad(q.int(1, 12) + (y >= 100 ? 20 : 0))}${pad(q.int(1, 28))}${q.digits(4)}`;
    return (c) => s + c;
  });
export const passport = (r: Rng9): string => r.pick([() => `5${r.digits(8)}`, () => `${r.chars('CFGHJK', 1)}${r.chars(UPPER, 1)}${r.digits(7)}`, () => `${r.chars('ABCDEFGHJK', 2)}${r.digits(7)}`])();
export const licence = (r: Rng9): string =>
  r.pick([
    () => `${r.chars(UPPER, 1)}${r.digits(7)}`,
    () => `${r.chars(UPPER, 5)}${r.digits(6)}${r.chars(UPPER, 2)}9${r.chars(UPPER, 2)}`,
    () => `${r.chars(UPPER, 1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`,
  ])();
const TWO = Array.from({ length: 100 }, (_, i) => pad(i));

// ---- financial -----------------------------------------------------------------------------
export const card = (r: Rng9): string =>
  solve(r, 'card', (q) => {
    const p = q.pick([
      '4' + q.digits(5),
      '5' + q.int(1, 5) + q.digits(4),
      '22' + q.int(21, 71) + q.digits(2),
      '34' + q.digits(4),
      '37' + q.digits(4),
      '6011' + q.digits(2),
      '35' + q.int(28, 89) + q.digits(2),
      '62' + q.digits(4),
      '36' + q.digits(4),
    ]);
    const len = /^3[47]/.test(p) ? 15 : /^36/.test(p) ? 14 : 16;
    const body = p + q.digits(len - 7);
    return (c) => body + c;
  });
export function spacedCard(c: string): string {
  return c.length === 15 ? `${c.slice(0, 4)} ${c.slice(4, 10)} ${c.slice(10)}` : c.match(/.{1,4}/g)!.join(' ');
}
const BBAN: Record<string, (r: Rng9) => string> = {
  GB: (r) => r.chars(UPPER, 4) + r.digits(14),
  DE: (r) => r.digits(18),
  FR: (r) => r.digits(23),
  NL: (r) => r.chars(UPPER, 4) + r.digits(10),
  ES: (r) => r.digits(20),
  IT: (r) => r.chars(UPPER, 1) + r.digits(22),
  IE: (r) => r.chars(UPPER, 4) + r.digits(14),
  BE: (r) => r.digits(12),
  PT: (r) => r.digits(21),
  PL: (r) => r.digits(24),
  CH: (r) => r.digits(17),
  AT: (r) => r.digits(16),
  SE: (r) => r.digits(20),
  DK: (r) => r.digits(14),
  NO: (r) => r.digits(11),
  FI: (r) => r.digits(14),
  LU: (r) => r.digits(16),
};
export function iban(r: Rng9, cc = r.pick(Object.keys(BBAN))): string {
  const bban = BBAN[cc]!(r);
  const num = (bban + cc + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return `${cc}${pad(98 - Number(BigInt(num) % 97n))}${bban}`;
}
export const spacedIban = (s: string): string => s.match(/.{1,4}/g)!.join(' ');
export const aba = (r: Rng9): string =>
  solve(r, 'aba-routing', (q) => {
    const s = `${q.pick(['0', '1', '2', '3'])}${q.int(1, 2)}${q.digits(6)}`;
    return (c) => s + c;
  });
export const account = (r: Rng9): string => `${r.int(1, 9)}${r.digits(r.int(8, 13))}`;
export const sortCode = (r: Rng9): string => `${r.int(10, 99)}-${r.digits(2)}-${r.digits(2)}`;
export const bsb = (r: Rng9): string => `${r.int(0, 7)}${r.digits(2)}-${r.digits(3)}`;
export const clabe = (r: Rng9): string =>
  solve(r, 'clabe', (q) => {
    const s = `0${q.pick(['02', '12', '14', '21', '72'])}${q.digits(14)}`;
    return (c) => s + c;
  });
