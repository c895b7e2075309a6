import type { Rng89 } from './blind-set-89-rng';

/** Look-alike identifiers with their real check digits: tracking numbers, AWBs, containers, barcodes, IMO numbers. */
export function ups1Z(r: Rng89): string {
  const body = r.upnum(6) + r.pick(['01', '02', '03', '12', '13']) + r.digits(7);
  let odd = 0;
  let even = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    const v = /\d/.test(ch) ? Number(ch) : (ch.charCodeAt(0) - 63) % 10;
    if (i % 2 === 0) odd += v;
    else even += v;
  }
  return `1Z${body}${(10 - ((odd + 2 * even) % 10)) % 10}`;
}
export function fedex12(r: Rng89): string {
  const body = r.num(11);
  const w = [3, 1, 7];
  let s = 0;
  for (let i = 0; i < 11; i++) s += Number(body[10 - i]) * w[i % 3]!;
  return body + String((s % 11) % 10);
}
export function usps22(r: Rng89): string {
  const body = `${r.pick(['9400', '9205', '9361', '9270'])}1${r.digits(16)}`;
  let s = 0;
  for (let i = 0; i < body.length; i++) s += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return body + String((10 - (s % 10)) % 10);
}
export const groupUsps = (t: string): string => t.replace(/(\d{4})(?=\d)/g, '$1 ');
export function awb(r: Rng89): string {
  const serial = r.num(7);
  return `${r.pick(['020', '057', '125', '176', '180', '618', '074'])}-${serial}${Number(serial) % 7}`;
}
export function container(r: Rng89): string {
  const owner = r.pick(['MSC', 'MAE', 'CMA', 'HLX', 'TGH', 'OOL', 'EGH']) + 'U';
  const num = r.digits(6);
  const vals: number[] = [];
  let v = 10;
  const map: Record<string, number> = {};
  for (let i = 0; i < 26; i++) {
    if (v % 11 === 0) v++;
    map[String.fromCharCode(65 + i)] = v++;
  }
  for (const ch of owner) vals.push(map[ch]!);
  for (const ch of num) vals.push(Number(ch));
  const s = vals.reduce((a, x, i) => a + x * 2 ** i, 0);
  return `${owner}${num}${(s % 11) % 10}`;
}
export function ean13(r: Rng89): string {
  const body = r.pick(['400', '500', '590', '840', '450', '880']) + r.digits(9);
  const s = body.split('').reduce((a, x, i) => a + Number(x) * (i % 2 === 0 ? 1 : 3), 0);
  return body + String((10 - (s % 10)) % 10);
}
export function upcA(r: Rng89): string {
  const body = r.pick(['0', '6', '8']) + r.digits(10);
  const s = body.split('').reduce((a, x, i) => a + Number(x) * (i % 2 === 0 ? 3 : 1), 0);
  return body + String((10 - (s % 10)) % 10);
}
export function imo(r: Rng89): string {
  const body = r.num(6);
  const s = body.split('').reduce((a, x, i) => a + Number(x) * (7 - i), 0);
  return `IMO ${body}${s % 10}`;
}
export const hsCode = (r: Rng89): string => r.pick(['8471.30.0100', '6109.10.0012', '8517.13.0000', '3304.99.5000', '9503.00.0073', '6403.99.9065', '4202.92.3131', '8504.40.9510']);
export const pnr = (r: Rng89): string => r.str('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6);
export const ticket = (r: Rng89): string => `${r.pick(['075', '220', '001', '016', '125', '057', '176'])}${r.num(10)}`;
export const flight = (r: Rng89): string => `${r.pick(['IB', 'LH', 'BA', 'UA', 'AF', 'KL', 'DL', 'EK', 'QR', 'NH'])}${r.int(10, 9899)}`;
export const AIRPORTS: readonly [string, string, string, string][] = [
  ['JFK', 'KJFK', '40.6413', '-73.7781'], ['LHR', 'EGLL', '51.4700', '-0.4543'], ['MAD', 'LEMD', '40.4983', '-3.5676'],
  ['NRT', 'RJAA', '35.7720', '140.3929'], ['SFO', 'KSFO', '37.6213', '-122.3790'], ['FRA', 'EDDF', '50.0379', '8.5622'],
  ['CDG', 'LFPG', '49.0097', '2.5479'], ['DXB', 'OMDB', '25.2532', '55.3657'], ['GRU', 'SBGR', '-23.4356', '-46.4731'],
];
