/** Sample generators for the detectors of branch issue-pf11 (blind set 11's personal and financial classes; spread into SAMPLES). */
import { DIG, type Rng, type Sample } from './sample-rng';

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const wsum = (s: string, w: readonly number[]): number => w.reduce((a, x, i) => a + x * Number(s[i]), 0);

/** A Swiss AHV number, dotted 756.xxxx.xxxx.xx, EAN-13 check digit. */
export function ahv(r: Rng): string {
  const b = '756' + r.str(DIG, 9);
  const c = (10 - ([...b].reduce((a, x, i) => a + Number(x) * (i % 2 ? 3 : 1), 0) % 10)) % 10;
  const s = b + c;
  return `${s.slice(0, 3)}.${s.slice(3, 7)}.${s.slice(7, 11)}.${s.slice(11)}`;
}
/** An Austrian SVNR `sssc ddmmyy`. */
export function svnr(r: Rng): string {
  for (;;) {
    const ser = String(r.int(100, 999)), dob = `${pad(r.int(1, 28), 2)}${pad(r.int(1, 12), 2)}${pad(r.int(40, 99), 2)}`;
    const c = (wsum(ser, [3, 7, 9]) + wsum(dob, [5, 8, 4, 2, 1, 6])) % 11;
    if (c < 10) return `${ser}${c} ${dob}`;
  }
}
/** A Japanese My Number, 4-4-4 spaced. */
export function myNumber(r: Rng): string {
  const b = r.str(DIG, 11);
  const t = [...b].reverse().reduce((a, d, i) => a + Number(d) * (i + 1 <= 6 ? i + 2 : i - 4), 0) % 11;
  const s = b + (t <= 1 ? 0 : 11 - t);
  return `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}`;
}
/** A Korean RRN `yymmdd-Sxxxxxc`. */
export function rrn(r: Rng): string {
  const y = r.int(1950, 2010);
  const b = `${pad(y % 100, 2)}${pad(r.int(1, 12), 2)}${pad(r.int(1, 28), 2)}${y >= 2000 ? r.int(3, 4) : r.int(1, 2)}${r.str(DIG, 5)}`;
  return `${b.slice(0, 6)}-${b.slice(6)}${(11 - (wsum(b, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10}`;
}
/** An AU Medicare number, 4-5-1 spaced. */
export function medicare(r: Rng): string {
  const b = String(r.int(2, 6)) + r.str(DIG, 7);
  const s = b + (wsum(b, [1, 3, 7, 9, 1, 3, 7, 9]) % 10) + r.int(1, 9);
  return `${s.slice(0, 4)} ${s.slice(4, 9)} ${s.slice(9)}`;
}

/** An ABA routing number (weights 3,7,1). */
export function aba(r: Rng): string {
  for (;;) {
    const s = `0${r.int(1, 9)}${r.str(DIG, 7)}`;
    if ([...s].reduce((a, x, i) => a + Number(x) * [3, 7, 1][i % 3]!, 0) % 10 === 0) return s;
  }
}

/** Samples by detector id. */
export const PF11_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'ch-ahv': (r) => ['ELM-Meldung abgelehnt: AHV-Nr. ', ahv(r), ' unbekannt bei ZAS'],
  'at-svnr': (r) => ['ELDA Anmeldung Fehler — Versicherungsnummer ', svnr(r), ' ungültig'],
  'jp-my-number': (r) => ['crews/update my_number="', myNumber(r), '" rejected'],
  'kr-rrn': (r) => ['identity verification failed: {"rrn":"', rrn(r), '"}'],
  'au-medicare-on-line': (r) => ['medicare online verification failed: card_number="', medicare(r), '" irn=1'],
  'passport-by-document-class': (r) => ['inquiry failed: {"id_class":"pp","id_number":"', `${r.int(1, 9)}${r.str(DIG, 8)}`, '","issuing_country":"US"}'],
  'bai2-account-record': (r) => ['BAI2 import failed\n01,021000021,ACMEBANK,261124,0200,1,,,2/\n02,ACMECORP,021000021,1,261123,2400,,2/\n03,', `${r.int(1, 9)}${r.str(DIG, 9)}`, ',USD,010,500000,,/'],
  'nacha-header-routing': (r) => ['ACH file rejected by ODFI\n101 ', aba(r), ` 1234567890261124${r.int(1000, 2359)}A094101ACME BANK`],
  'phone-de-mobile-slash': (r) => ['recipient ', `01${r.pick(['51', '57', '60', '76'])}/${r.int(1, 9)}${r.str(DIG, 6)}`, ' rejected'],
};
