/**
 * Bech32 (BIP-173) and Bech32m (BIP-350) checksums, from the published specification: a
 * Bitcoin segwit address (`bc1…`) ends in a 6-character checksum over its human-readable part
 * and data, so a hex trace id that happens to start with `bc1` is told apart from an address.
 */

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const BECH32_CONST = 1;
const BECH32M_CONST = 0x2bc830a3;

/** The checksum polynomial of BIP-173 over 5-bit values. */
function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ GENERATOR[i]!) >>> 0;
  }
  return chk;
}

/** The human-readable part expanded for the checksum: high bits, a zero, low bits. */
function hrpValues(hrp: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) >>> 5);
  out.push(0);
  for (let i = 0; i < hrp.length; i++) out.push(hrp.charCodeAt(i) & 31);
  return out;
}

/** True when `s` (one case) is a Bech32 or Bech32m string whose checksum holds. */
export function bech32Valid(s: string): boolean {
  const v = s.toLowerCase();
  if (v !== s && s.toUpperCase() !== s) return false; // mixed case is invalid
  const sep = v.lastIndexOf('1');
  if (sep < 1 || v.length - sep - 1 < 6) return false;
  const data: number[] = [];
  for (let i = sep + 1; i < v.length; i++) {
    const d = CHARSET.indexOf(v[i]!);
    if (d < 0) return false;
    data.push(d);
  }
  const c = polymod([...hrpValues(v.slice(0, sep)), ...data]);
  return c === BECH32_CONST || c === BECH32M_CONST;
}

/** The 6 checksum characters that make `hrp` + `1` + `data` a valid Bech32 string (for generators and tests). */
export function bech32Checksum(hrp: string, data: string): string {
  const values = [...hrpValues(hrp), ...[...data].map((ch) => CHARSET.indexOf(ch)), 0, 0, 0, 0, 0, 0];
  const mod = polymod(values) ^ BECH32_CONST;
  let out = '';
  for (let i = 0; i < 6; i++) out += CHARSET[(mod >>> (5 * (5 - i))) & 31];
  return out;
}
