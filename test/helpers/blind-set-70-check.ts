/** Checksum arithmetic shared by set 70's generators and its format checks (no imports, so no cycles). */

/** True when a digit string passes the Luhn check. */
export function luhnOk70(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return sum % 10 === 0;
}

/** The Luhn check digit to append to `body`. */
export function luhnDigit70(body: string): string {
  for (let c = 0; c <= 9; c++) if (luhnOk70(body + c)) return String(c);
  return '0';
}

/** ABA routing checksum: 3-7-1 weights, sum divisible by 10. */
export function abaOk70(d: string): boolean {
  if (!/^\d{9}$/.test(d)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return w.reduce((s, x, i) => s + x * Number(d[i]), 0) % 10 === 0;
}

/** ISO 13616 mod-97 over an IBAN (spaces allowed). */
export function ibanOk70(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) rem = (rem * 10 + Number(c)) % 97;
  }
  return rem === 1;
}

/** Two IBAN check digits for a country and BBAN. */
export function ibanCheck70(cc: string, bban: string): string {
  for (let k = 2; k <= 98; k++) {
    const ck = String(k).padStart(2, '0');
    if (ibanOk70(cc + ck + bban)) return ck;
  }
  return '00';
}

/** Australian TFN: weights 1,4,3,7,5,8,6,9,10, sum divisible by 11. */
export function tfnOk70(d: string): boolean {
  if (!/^\d{9}$/.test(d)) return false;
  const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  return w.reduce((s, x, i) => s + x * Number(d[i]), 0) % 11 === 0;
}

/** Dutch BSN: 11-test with weights 9..2 and -1. */
export function bsnOk70(d: string): boolean {
  if (!/^\d{9}$/.test(d)) return false;
  let s = 0;
  for (let i = 0; i < 8; i++) s += (9 - i) * Number(d[i]);
  s -= Number(d[8]);
  return s % 11 === 0;
}

/** Brazilian CPF: two mod-11 check digits. */
export function cpfOk70(d: string): boolean {
  const x = d.replace(/[.-]/g, '');
  if (!/^\d{11}$/.test(x) || /^(\d)\1{10}$/.test(x)) return false;
  const dig = (n: number) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += Number(x[i]) * (n + 1 - i);
    const r = (s * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return dig(9) === Number(x[9]) && dig(10) === Number(x[10]);
}

/** Spanish DNI / NIE control letter. */
export function dniOk70(v: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})-?([A-Z])$/.exec(v);
  if (!m) return false;
  const lead = m[1] ? String('XYZ'.indexOf(m[1])) : '';
  const n = Number(lead + m[2]);
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23] === m[3];
}

/** German Steuer-IdNr: ISO 7064 MOD 11,10 check digit. */
export function steuerIdCheck70(body10: string): string {
  let p = 10;
  for (const c of body10) {
    let s = (Number(c) + p) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  const ck = 11 - p;
  return String(ck === 10 ? 0 : ck);
}

/** Polish PESEL check digit. */
export function peselOk70(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = w.reduce((a, x, i) => a + x * Number(d[i]), 0);
  return (10 - (s % 10)) % 10 === Number(d[10]);
}

/** French NIR key: 97 - (13 digits mod 97). */
export function nirKey70(d13: string): string {
  return String(97 - Number(BigInt(d13) % 97n)).padStart(2, '0');
}

/** OpenPGP armor CRC-24 of raw bytes, as the base64 of its three bytes. */
export function crc24b64_70(data: Buffer): string {
  let crc = 0xb704ce;
  for (const b of data) {
    crc ^= b << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  crc &= 0xffffff;
  return Buffer.from([(crc >> 16) & 0xff, (crc >> 8) & 0xff, crc & 0xff]).toString('base64');
}
