import type { Rng33 } from './blind-set-33-rng';

/** An ISO-8601 UTC timestamp with milliseconds in 2025-2026. */
export function ts(r: Rng33): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${r.int(2025, 2026)}-${p(r.int(1, 12))}-${p(r.int(1, 28))}T${p(r.int(0, 23))}:${p(r.int(0, 59))}:${p(r.int(0, 59))}.${p(r.int(0, 999), 3)}Z`;
}

/** An ISO date in 2025-2026. */
export function isoDate(r: Rng33): string {
  return ts(r).slice(0, 10);
}

/** An amount with two decimals. */
export function amount(r: Rng33, lo = 5, hi = 250000): string {
  return `${r.int(lo, hi)}.${String(r.int(0, 99)).padStart(2, '0')}`;
}

/** A pod or host name. */
export function host(r: Rng33, svc: string): string {
  return `${svc}-${r.hex(9)}-${r.chars('bcdfghjklmnpqrstvwxz2456789', 5)}`;
}

/** A log level. */
export function level(r: Rng33): string {
  return r.pick(['ERROR', 'ERROR', 'WARN', 'FATAL', 'error', 'warn']);
}

/** A company name (never a person). */
export function company(r: Rng33): string {
  return r.pick(['Northwind Treasury Ltd', 'Acme Logistics GmbH', 'Globex Payroll LLC', 'Initech Holdings Inc.', 'Umbrella Retail SAS', 'Helios Energia S.A.', 'Blue Fjord Shipping AS', 'Kestrel Foods Pty Ltd', 'Vandelay Industries Corp', 'Pacific Rim Lending LLC']);
}

/** A currency code. */
export function ccy(r: Rng33): string {
  return r.pick(['EUR', 'GBP', 'USD', 'CHF', 'SEK', 'PLN', 'BRL', 'MXN', 'INR', 'AUD', 'CAD']);
}

/** A BIC (eight or eleven characters). */
export function bic(r: Rng33): string {
  return r.pick(['DEUTDEFF', 'COBADEFFXXX', 'BNPAFRPP', 'NWBKGB2L', 'INGBNL2A', 'CAIXESBB', 'BBRUBEBB', 'UBSWCHZH80A', 'CHASUS33', 'HDFCINBB', 'BCMRMXMM', 'NDEASESS', 'ESSESESS', 'PKOPPLPW', 'WBCAAU2S']);
}

/** A 32-hex request id with dashes (UUID v4). */
export function uuid(r: Rng33): string {
  return r.uuid();
}
