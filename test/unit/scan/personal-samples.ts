/** Sample generators for the personal-data detectors of branch issue-pers (spread into SAMPLES). */
import { DIG, UPPER, type Rng as R, type Sample } from './sample-rng';

/** National ids with valid checksums, from the generator's own rng. */
function nirOf(r: R): string {
  const body = `${r.int(1, 2)}${r.int(40, 99)}${String(r.int(1, 12)).padStart(2, '0')}${r.int(10, 95)}${r.int(100, 989)}${r.int(100, 998)}`;
  return body + String(Number(97n - (BigInt(body) % 97n))).padStart(2, '0');
}
function dniOf(r: R): string {
  const n = r.int(10000000, 99999999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}
function cfOf(r: R): string {
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  const body = `${r.str(UPPER, 6)}${r.int(40, 99)}${r.pick([...'ABCDEHLMPRST'])}${r.int(10, 71)}${r.str(UPPER, 1)}${r.int(100, 999)}`;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = body.charCodeAt(i);
    sum += i % 2 === 0 ? odd[c <= 57 ? c - 48 : c - 65]! : c <= 57 ? c - 48 : c - 65;
  }
  return body + UPPER[sum % 26];
}
function bsnOf(r: R): string {
  for (;;) {
    const s = String(r.int(1, 9)) + r.str(DIG, 8);
    if ([...s].reduce((a, x, i) => a + Number(x) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0) return s;
  }
}
function steuerIdOf(r: R): string {
  const s = String(r.int(1, 9)) + r.str(DIG, 9);
  let p = 10;
  for (const x of s) p = (2 * ((Number(x) + p) % 10 || 10)) % 11;
  return s + String((11 - p) % 10);
}
/** A CPF with both check digits, formatted `ddd.ddd.ddd-dd`. */
export function cpfOf(r: R): string {
  const n = [...r.str(DIG, 9)].map(Number);
  for (const len of [9, 10]) n.push(((n.slice(0, len).reduce((a, x, i) => a + x * (len + 1 - i), 0) * 10) % 11) % 10);
  const s = n.join('');
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}
function aadhaarOf(r: R): string {
  const D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
  ];
  const P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
  ];
  for (;;) {
    const s = String(r.int(2, 9)) + r.str(DIG, 11);
    let c = 0;
    for (let i = 0; i < 12; i++) c = D[c]![P[i % 8]![Number(s[11 - i])]!]!;
    if (c === 0) return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
  }
}
function sinOf(r: R): string {
  for (;;) {
    const s = String(r.int(1, 7)) + r.str(DIG, 8);
    const sum = [...s].reverse().reduce((a, x, i) => a + (i % 2 === 1 ? (Number(x) * 2 > 9 ? Number(x) * 2 - 9 : Number(x) * 2) : Number(x)), 0);
    if (sum % 10 === 0) return `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}`;
  }
}
function tfnOf(r: R): string {
  const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  for (;;) {
    const s = String(r.int(1, 9)) + r.str(DIG, 8);
    if ([...s].reduce((a, x, i) => a + Number(x) * w[i]!, 0) % 11 === 0) return s;
  }
}

/** One sample line per detector: the text before the value, the value, the text after. */
export const PERSONAL_SAMPLES: Record<string, (r: R) => Sample> = {
  'phone-national-layout': (r) => ['delivery note: leave at the door, ', `0${r.int(6, 7)} ${r.str(DIG, 2)} ${r.int(10, 99)} ${r.str(DIG, 2)} ${r.int(10, 99)}`, ' (interphone cassé)'],
  'phone-in-prose': (r) => ['Bitte um Rückruf unter ', `01${r.int(50, 79)}/${r.int(1, 9)}${r.str(DIG, 7)}`, ', danke'],
  'date-of-birth-column': (r) => [
    'employee_id,name,dob,net_pay\nE' + r.str(DIG, 5) + ',"Okafor, Chloé",',
    `${String(r.int(1, 28)).padStart(2, '0')}.${String(r.int(1, 12)).padStart(2, '0')}.${r.int(1950, 2005)}`,
    ',6003.30',
  ],
  'street-address-name-first': (r) => [
    'Lieferung an ',
    `${r.pick(['Linden', 'Haupt', 'Garten'])}straße ${r.int(1, 199)}, ${r.int(10115, 99999)} ${r.pick(['Leipzig', 'Berlin', 'Köln'])}`,
    ' fehlgeschlagen',
  ],
  'street-address-fr': (r) => [
    'livraison: ',
    `${r.int(1, 199)} ${r.pick(['rue de la Paix', 'avenue Jean Jaurès', 'boulevard Voltaire'])}, ${r.int(10000, 95999)} ${r.pick(['Paris', 'Lyon', 'Toulouse'])}`,
    ' (code porte 1234)',
  ],
  'street-address-type-first': (r) => [
    'envío a ',
    `${r.pick(['Calle Mayor', 'Via Roma', 'Avenida de América'])} ${r.int(1, 199)}, ${String(r.int(1000, 52999)).padStart(5, '0')} ${r.pick(['Madrid', 'Roma', 'Sevilla'])}`,
    ' pendiente',
  ],
  'fr-nir': (r) => ['patient import failed numero_secu=', nirOf(r), ' status=rejected'],
  'es-dni': (r) => ['alta cliente rechazada {"dni":"', dniOf(r), '"}'],
  'it-codice-fiscale': (r) => ['anagrafica: codice_fiscale=', cfOf(r), ' duplicato'],
  'nl-bsn': (r) => ['aanvraag {"bsn":"', bsnOf(r), '","status":"open"}'],
  'de-steuer-id': (r) => ['Lohnabrechnung steuer_id=', steuerIdOf(r), ' abgelehnt'],
  'br-cpf': (r) => ['cadastro falhou cpf=', cpfOf(r), ' motivo=duplicado'],
  'br-cpf-tax-id': (r) => ['PagSeguro erro 40002: {"customer":{"tax_id":"', cpfOf(r), '"},"payment_method":"PIX"}'],
  'es-dni-field-value': (r) => ['{"error":"validation_failed","field":"documento","value":"', dniOf(r), '"}'],
  'in-aadhaar': (r) => ['kyc aadhaar_number=', aadhaarOf(r), ' mismatch'],
  'in-pan': (r) => ['kyc pan_number=', `${r.str(UPPER, 3)}P${r.str(UPPER, 1)}${r.int(1000, 9999)}${r.str(UPPER, 1)}`, ' mismatch'],
  'ca-sin': (r) => ['payroll sin=', sinOf(r), ' employee=42'],
  'au-tfn': (r) => ['payroll tfn=', tfnOf(r), ' employee=42'],
  'passport-number': (r) => ['booking {"passportNumber":"', r.str(UPPER, 1) + r.str(DIG, 8), '","nationality":"DE"}'],
  'driver-licence-number': (r) => ['rental check drivers_license_number=', `${r.str(UPPER, 1)}${r.str(DIG, 7)}`, ' state=CA'],
  'street-address-number-first': (r) => ['{"name":"Dmitri Raman","line":"', `${r.int(10, 9999)} ${r.pick(['Maple Avenue', 'Old Mill Road', 'Cedar Ln', 'Amphitheatre Pkwy'])}`, '","country":"US"}'],
};
