import { luhnOk } from './blind-set-9-checks';
import { verhoeffOk } from './blind-set-9-ids';

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** Checksum validators for the national ids the set plants, keyed by value kind. */
export const idChecks: Record<string, (v: string) => boolean> = {
  ssn: (v) => /^(?!000|666|9)\d{3}-?(?!00)\d{2}-?(?!0000)\d{4}$/.test(v),
  nino: (v) => /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(v),
  'fr-nir': (v) => {
    const d = v.replace(/ /g, '');
    return /^[12]\d{14}$/.test(d) && 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
  },
  'es-dni': (v) => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8],
  'it-cf': (v) => {
    if (!/^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(v)) return false;
    let sum = 0;
    for (let i = 0; i < 15; i++) {
      const c = v[i]!;
      const x = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
      sum += i % 2 === 0 ? CF_ODD[x]! : x;
    }
    return String.fromCharCode(65 + (sum % 26)) === v[15];
  },
  'de-steuer-id': (v) => {
    if (!/^[1-9]\d{10}$/.test(v)) return false;
    let product = 10;
    for (const c of v.slice(0, 10)) {
      let sum = (Number(c) + product) % 10;
      if (sum === 0) sum = 10;
      product = (2 * sum) % 11;
    }
    return (11 - product) % 10 === Number(v[10]);
  },
  'nl-bsn': (v) => /^\d{9}$/.test(v) && [...v].reduce((a, c, i) => a + Number(c) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0,
  'br-cpf': (v) => {
    const d = [...v.replace(/\D/g, '')].map(Number);
    const dv = (n: number): number => ((d.slice(0, n).reduce((a, x, i) => a + x * (n + 1 - i), 0) * 10) % 11) % 10;
    return d.length === 11 && dv(9) === d[9] && dv(10) === d[10];
  },
  'in-aadhaar': (v) => /^[2-9]\d{3} \d{4} \d{4}$/.test(v) && verhoeffOk(v.replace(/ /g, '')),
  'in-pan': (v) => /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(v),
  'ca-sin': (v) => /^[1-7]\d{2}-\d{3}-\d{3}$/.test(v) && luhnOk(v.replace(/-/g, '')),
};
