import { UPPER, type Rng9 } from './blind-set-9-rng';
import { aadhaarOk, bsnOk, cpfOk, luhnDigit, nricOk, peselOk, tfnOk, verhoeffOk } from './blind-set-29-checks';

/** Draws until `ok` holds. */
const until = (make: () => string, ok: (v: string) => boolean): string => {
  for (;;) {
    const v = make();
    if (ok(v)) return v;
  }
};

/** National identity numbers with valid check digits, keyed by kind. */
export const NATIONAL: Record<string, (r: Rng9) => string> = {
  ssn: (r) => `${String(r.int(1, 665)).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`,
  nino: (r) => `${r.chars('ABCEHJKLMPRSTWXY', 1)}${r.chars('ABCEHJLMPRSTWXY', 1)}${r.next() < 0.5 ? ' ' : ''}${r.digits(6)}${r.chars('ABCD', 1)}`,
  sin: (r) => {
    const b = r.chars('1234567', 1) + r.digits(7);
    const d = b + luhnDigit(b);
    return r.next() < 0.5 ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
  },
  aadhaar: (r) => {
    const b = r.chars('23456789', 1) + r.digits(10);
    let d = b + '0';
    for (let c = 0; c < 10; c++) if (verhoeffOk(b + c)) d = b + c;
    return aadhaarOk(d) ? `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}` : d;
  },
  pan: (r) => r.chars(UPPER, 3) + r.chars('PPPCHF', 1) + r.chars(UPPER, 1) + r.digits(4) + r.chars(UPPER, 1),
  cpf: (r) =>
    until(() => {
      const d = r.digits(11);
      return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
    }, cpfOk),
  dni: (r) => {
    const n = r.digits(8);
    return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23];
  },
  pesel: (r) => until(() => `${r.int(50, 99)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(10, 28))}${r.digits(5)}`, peselOk),
  bsn: (r) => until(() => r.chars('123456789', 1) + r.digits(8), bsnOk),
  nric: (r) => until(() => r.pick(['S', 'T']) + r.digits(7) + r.chars('JZIHGFEDCBA', 1), nricOk),
  tfn: (r) => until(() => r.digits(9), tfnOk),
};

/** The label a form or API uses for each national id. */
export const NATIONAL_LABEL: Record<string, string[]> = {
  ssn: ['ssn', 'socialSecurityNumber', 'SSN'],
  nino: ['nationalInsuranceNumber', 'nino', 'NI number'],
  sin: ['sin', 'socialInsuranceNumber', 'SIN'],
  aadhaar: ['aadhaar', 'aadhaarNumber', 'Aadhaar'],
  pan: ['pan', 'panNumber', 'PAN'],
  cpf: ['cpf', 'CPF', 'documentoCpf'],
  dni: ['dni', 'DNI', 'documentoIdentidad'],
  pesel: ['pesel', 'PESEL'],
  bsn: ['bsn', 'burgerservicenummer', 'BSN'],
  nric: ['nric', 'NRIC', 'nricFin'],
  tfn: ['tfn', 'taxFileNumber', 'TFN'],
};

/** One national id kind, its value and a label. */
export function nationalId(r: Rng9): { kind: string; value: string; label: string } {
  const kind = r.pick(Object.keys(NATIONAL));
  return { kind, value: NATIONAL[kind]!(r), label: r.pick(NATIONAL_LABEL[kind]!) };
}

/** A US known-traveller number (TSA PreCheck / Global Entry style). */
export const ktn = (r: Rng9): string => r.pick([() => r.chars('123456789', 1) + r.digits(8), () => 'TT' + r.chars('123456789', 1) + r.digits(6), () => '98' + r.digits(7)])();

/** A DHS redress number. */
export const redress = (r: Rng9): string => r.chars('123456789', 1) + r.digits(6);

/** A driver's licence number in a few jurisdictions' shapes. */
export const licence = (r: Rng9): string =>
  r.pick([
    () => r.chars(UPPER, 1) + r.digits(7),
    () => r.chars(UPPER, 5) + r.digits(6) + r.chars(UPPER, 2) + r.digits(1) + r.chars(UPPER, 2),
    () => r.chars(UPPER, 1) + r.digits(3) + '-' + r.digits(4) + '-' + r.digits(4),
  ])();
