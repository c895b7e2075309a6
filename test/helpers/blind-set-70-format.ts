import { abaOk70, bsnOk70, cpfOk70, crc24b64_70, dniOk70, ibanOk70, luhnOk70, peselOk70, steuerIdCheck70, tfnOk70 } from './blind-set-70-check';

const re = (x: RegExp) => (v: string) => x.test(v);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A JWT whose header and payload decode to JSON objects, with an alg and an exp. */
function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3 || parts.some((x) => !/^[A-Za-z0-9_-]+$/.test(x))) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    const p = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as { exp?: number };
    return typeof h.alg === 'string' && typeof p.exp === 'number';
  } catch {
    return false;
  }
}

/** PEM: matching BEGIN/END labels, base64 body of bounded line length decoding to DER (or openssh-key-v1). JSON-escaped newlines allowed. */
function pemOk(v0: string): boolean {
  const v = v0.replace(/\\n/g, '\n');
  const m = /^-----BEGIN ([A-Z ]+)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----$/.exec(v);
  if (!m) return false;
  const lines = m[2]!.split('\n');
  if (lines.slice(0, -1).some((l) => l.length !== lines[0]!.length) || lines[0]!.length > 76) return false;
  const der = Buffer.from(lines.join(''), 'base64');
  return m[1] === 'OPENSSH PRIVATE KEY' ? der.subarray(0, 14).toString('latin1') === 'openssh-key-v1' : der[0] === 0x30;
}

/** Armoured OpenPGP private key: header lines, body, and a CRC-24 line that matches the body. */
function pgpOk(v0: string): boolean {
  const v = v0.replace(/\\n/g, '\n');
  const m = /^-----BEGIN PGP PRIVATE KEY BLOCK-----\n(?:[A-Za-z]+: [^\n]*\n)*\n([A-Za-z0-9+/=\n]+)\n=([A-Za-z0-9+/]{4})\n-----END PGP PRIVATE KEY BLOCK-----$/.exec(v);
  if (!m) return false;
  const body = Buffer.from(m[1]!.replace(/\n/g, ''), 'base64');
  return crc24b64_70(body) === m[2] && (body[0]! & 0x80) !== 0;
}

function dateOk(v: string): boolean {
  let m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(v);
  let y: number; let mo: number; let d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v))) {
    // US mm/dd/yyyy or EU dd/mm/yyyy: accept when either reading is a date.
    const a = Number(m[1]); const b = Number(m[2]);
    [y, mo, d] = a <= 12 ? [Number(m[3]), a, b] : [Number(m[3]), b, a];
  } else if ((m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(v))) [y, mo, d] = [Number(m[3]), Number(m[2]), Number(m[1])];
  else return false;
  return y >= 1900 && y <= 2026 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

function ssnOk(v: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(v);
  if (!m) return false;
  const a = Number(m[1]);
  return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}
function itinOk(v: string): boolean {
  const m = /^9\d{2}-?(\d{2})-?\d{4}$/.exec(v);
  if (!m) return false;
  const g = Number(m[1]);
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}
function ninoOk(v: string): boolean {
  const s = v.replace(/ /g, '');
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$/.exec(s);
  return !!m && !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(m[1]! + m[2]!);
}
function sinOk(v: string): boolean {
  const d = v.replace(/[- ]/g, '');
  return /^[1-79]\d{8}$/.test(d) && luhnOk70(d);
}
function steuerOk(v: string): boolean {
  if (!/^[1-9]\d{10}$/.test(v)) return false;
  const counts = new Map<string, number>();
  for (const ch of v.slice(0, 10)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const multi = [...counts.values()].filter((n) => n > 1);
  return multi.length === 1 && steuerIdCheck70(v.slice(0, 10)) === v[10];
}
function personnummerOk(v: string): boolean {
  const m = /^(\d{2})(\d{6})-(\d{4})$/.exec(v);
  return !!m && luhnOk70(m[2]! + m[3]!);
}
function nirOk(v: string): boolean {
  const d = v.replace(/ /g, '');
  if (!/^[12]\d{14}$/.test(d)) return false;
  return 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
}
function einOk(v: string): boolean {
  const m = /^(\d{2})-\d{7}$/.exec(v);
  const ok = [1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 14, 15, 16, 20, 21, 22, 23, 24, 25, 26, 27, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 71, 72, 73, 74, 75, 76, 77, 80, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91, 92, 93, 94, 95, 98, 99];
  return !!m && ok.includes(Number(m[1]));
}

const CHECKS: Record<string, (v: string) => boolean> = {
  // personal
  ssn: ssnOk, itin: itinOk, nino: ninoOk, sin: sinOk, tfn: (v) => tfnOk70(v.replace(/ /g, '')), bsn: bsnOk70, cpf: cpfOk70, dni: dniOk70,
  'steuer-id': steuerOk, pesel: peselOk70, personnummer: personnummerOk, nir: nirOk, 'pan-in': re(/^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/),
  'birth-date': dateOk, email: re(/^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/), phone: (v) => (v.match(/\d/g) ?? []).length >= 9,
  'person-name': (v) => v.trim().length >= 2, 'street-address': (v) => /\d/.test(v), 'postal-address': (v) => /\d/.test(v) && v.includes(','),
  // financial
  'aba-routing': abaOk70, 'bank-account': re(/^\d{6,17}$/), iban: ibanOk70, ein: einOk, 'ca-routing': re(/^0\d{8}$/),
  'sort-code': re(/^\d{2}-?\d{2}-?\d{2}$/), bsb: re(/^\d{3}-\d{3}$/), salary: re(/^\$?[\d.,]+$/), 'pay-amount': re(/^\$?\d[\d.,]*$/),
  // credentials with a published shape
  jwt: jwtOk, 'rsa-private-key': pemOk, 'private-key': pemOk, 'ec-private-key': pemOk, 'ssh-private-key': pemOk, 'pgp-private-key': pgpOk,
  'aws-access-key-id': re(/^(AKIA|ASIA)[A-Z2-7]{16}$/), 'aws-secret-access-key': re(/^[A-Za-z0-9+/]{40}$/),
  'sendgrid-api-key': re(/^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/), 'slack-bot-token': re(/^xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/),
  'slack-webhook-url': re(/^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,10}\/B[A-Z0-9]{8,10}\/[A-Za-z0-9]{24}$/),
  'github-pat': re(/^ghp_[A-Za-z0-9]{36}$/), 'stripe-secret-key': re(/^sk_live_[A-Za-z0-9]{24,}$/), 'modern-treasury-api-key': re(/^live-[A-Za-z0-9]{64}$/),
  'plaid-secret': re(/^[0-9a-f]{30}$/), 'plaid-access-token': (v) => /^access-production-/.test(v) && UUID.test(v.slice(18)),
  'avalara-license-key': re(/^[0-9A-F]{16}$/), 'taxjar-api-token': re(/^[0-9a-f]{32}$/), 'twilio-auth-token': re(/^[0-9a-f]{32}$/),
  'azure-storage-key': (v) => /^[A-Za-z0-9+/]{86}==$/.test(v), 'azure-cognitive-key': re(/^[0-9a-f]{32}$/), 'lob-api-key': re(/^[0-9a-f]{35}$/),
  'adp-client-secret': re(UUID), 'adp-access-token': re(UUID), 'postmark-server-token': re(UUID), 'check-api-key': re(/^[0-9a-f]{40}$/),
  'gusto-access-token': re(/^[A-Za-z0-9_-]{43}$/), 'gusto-client-secret': re(/^[A-Za-z0-9_-]{43}$/), 'gusto-refresh-token': re(/^[A-Za-z0-9_-]{43}$/),
  'gusto-webhook-token': re(/^[0-9a-f]{32}$/), 'deel-webhook-secret': re(/^[0-9a-f]{64}$/), 'cra-web-access-code': re(/^[A-Z]{2}\d{4}$/),
  'basic-auth': (v) => /^[A-Za-z0-9+/]+=*$/.test(v) && Buffer.from(v, 'base64').toString('utf8').includes(':'),
};

/** Set 70's format check: true when the value is well formed for its kind (true for kinds with nothing to check). */
export function formatOk70(kind: string, value: string): boolean {
  if (value.length === 0) return false;
  const f = CHECKS[kind];
  return f ? f(value) : true;
}
