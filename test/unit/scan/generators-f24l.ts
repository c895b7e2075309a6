import type { Rng, Sample } from './sample-rng';
import { DIG, HEX, UPPER } from './sample-rng';

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** An Italian codice fiscale with a good check letter (random surname/name letters, birth, place). */
export function codiceFiscale24l(r: Rng): string {
  const body = `${r.str(UPPER, 6)}${r.str(DIG, 2)}${r.pick([...'ABCDEHLMPRST'])}${String(r.int(1, 71)).padStart(2, '0')}${r.pick(['F205', 'H501', 'A944', 'L219', 'D612'])}`;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = body.charCodeAt(i);
    const k = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? CF_ODD[k]! : k;
  }
  return body + String.fromCharCode(65 + (sum % 26));
}

/** A bare SSN (SSA rules: area 001-665, 667-899). */
export const ssn24l = (r: Rng): string => `${String(r.pick([r.int(1, 665), r.int(667, 899)])).padStart(3, '0')}${String(r.int(1, 99)).padStart(2, '0')}${String(r.int(1, 9999)).padStart(4, '0')}`;

/** An OpenVPN static key V1 body: 16 lines of 32 hex digits. */
export const openvpnKeyBody = (r: Rng): string => Array.from({ length: 16 }, () => r.str(HEX, 32)).join('\n');

/** Samples of the detectors of round f24l (VPN key files, ids named by their record's context), one context each. */
export const F24L_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'stunnel-psk-line': (r) => ['PSKsecrets = /etc/stunnel/psk.txt\n# /etc/stunnel/psk.txt\nlab-hub:', r.str(HEX, 48), '\n'],
  'openvpn-static-key': (r) => ['<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\n', openvpnKeyBody(r), '\n-----END OpenVPN Static key V1-----\n</tls-auth>'],
  'it-codice-fiscale-context': (r) => ['Entratel: codice fiscale del percipiente non valido\n  record H: ', codiceFiscale24l(r), `    ${r.str(DIG, 8)}`],
  'ssn-fixed-width-record': (r) => ['ISIR import failed: "Student SSN + name ID mismatch"\n  ', ssn24l(r), `PA2526 ... (dependency D)`],
};
