import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy, shannonEntropy } from '../validators';

/** True when `v` reads as a generated pre-shared key: letters and digits mixed, not a path, a placeholder or a run. */
export function pskKeyValue(v: string): boolean {
  if (/^(?:\/|\.|\$|%|\{\{|<|\*)/.test(v) || /^(?:x+|changeme\w*|secret\w*|password\w*|redacted|masked)$/i.test(v)) return false;
  if (!/\d/.test(v) || !/[A-Za-z]/.test(v)) return false;
  return !isLowEntropy(v) && shannonEntropy(v) >= 3;
}

/** The names that head a stunnel PSK file (the detector's keywords, in any case). */
const PSK_FILE = /psksecrets|psk\.txt|psk[_-]?file|psk\.key|psk\.secrets/i;

/**
 * True when a PSK file's name or option stands within 1,200 characters before the line at `at`
 * (inside the detector's span, so a line is judged alike in a window and in a whole text).
 */
function afterPskFile(text: string, at: number): boolean {
  return PSK_FILE.test(text.slice(Math.max(0, at - 1200), at));
}

/**
 * Pre-shared and static VPN keys written as files: stunnel PSK files (`identity:key` per line, under
 * `PSKsecrets = …` or a `psk.txt` heading) and OpenVPN static / tls-crypt keys (`-----BEGIN OpenVPN
 * Static key V1-----`). strongSwan's `: PSK "…"` is ipsec-psk, WireGuard's `PrivateKey =` a secret assignment.
 */
export const VPN_KEY_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'stunnel-psk-line',
    name: 'stunnel pre-shared key (an `identity:key` line of a PSKsecrets file)',
    category: 'credential',
    severity: 'critical',
    priority: 55,
    confidence: 0.8,
    keywords: ['psksecrets', 'psk.txt', 'psk_file', 'psk-file', 'pskfile', 'psk.key', 'psk.secrets'],
    // The lines after the option or the file's name: `epic-adt:6db2…`, one identity and its key (16-256 characters) each.
    span: 1500,
    pattern: /(?<=\n)[ \t]{0,8}(?<k>[A-Za-z0-9_.@-]{1,64}):(?<v>[A-Za-z0-9+/=_]{16,256})(?=[ \t]*(?:\r?\n|$))/,
    mask: 'full',
    validate: (v, ctx) => pskKeyValue(v) && afterPskFile(ctx.text, ctx.matchStart ?? ctx.start),
    remediation: 'Rotate these pre-shared keys on both tunnel ends and stop logging the stunnel PSK file',
  }),
  defineDetector({
    id: 'openvpn-static-key',
    name: 'OpenVPN static key (`-----BEGIN OpenVPN Static key V1-----`, tls-auth / tls-crypt)',
    category: 'credential',
    severity: 'critical',
    priority: 62,
    confidence: 0.95,
    keywords: ['begin openvpn'],
    span: 3000,
    // The hex (static key V1) or base64 (tls-crypt-v2) body between the armour lines.
    pattern: /-----BEGIN OpenVPN [A-Za-z0-9 -]{3,40}-----[ \t]*\r?\n(?<v>[A-Za-z0-9+/=][A-Za-z0-9+/=\r\n \t]{62,4000}?)\s*-----END OpenVPN/,
    mask: 'full',
    validate: (v) => pskKeyValue(v.replace(/\s+/g, '')),
    remediation: 'Generate a new OpenVPN static key (openvpn --genkey), deploy it to every peer and stop logging .ovpn files',
  }),
];
