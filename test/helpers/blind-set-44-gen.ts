import { B62, B64URL, DIGITS, HEX, LOWER, UPPER, Rng9 } from './blind-set-9-rng';

/** Blind set 44: value generators (people, money, provider credentials) and the per-case value collector. */

export type Group = 'credential' | 'personal' | 'financial';
export interface Planted { value: string; kind: string; group: Group }

/** Collects the values a template plants; each helper returns the value so it can go straight into the text. */
export class Vals {
  readonly list: Planted[] = [];
  c(kind: string, value: string): string { this.list.push({ value, kind, group: 'credential' }); return value; }
  p(kind: string, value: string): string { this.list.push({ value, kind, group: 'personal' }); return value; }
  f(kind: string, value: string): string { this.list.push({ value, kind, group: 'financial' }); return value; }
}

/** A positive template: name, how many cases, and the text builder. */
export type Tpl = [name: string, count: number, fn: (r: Rng9, v: Vals) => string];
/** A negative template. */
export type NegTpl = [name: string, count: number, fn: (r: Rng9) => string];

export const FIRST = ['Marisol', 'Dwayne', 'Keiko', 'Anneliese', 'Tobias', 'Priyanka', 'Lucinda', 'Okonkwo', 'Bartholomew', 'Yesenia', 'Thaddeus', 'Ingrid', 'Rashida', 'Desmond', 'Fiorella', 'Gustavo', 'Henrietta', 'Ezekiel', 'Margarethe', 'Lachlan', 'Soraya', 'Cornelius', 'Wilhelmina', 'Demetrius', 'Xiomara', 'Rutger', 'Delphine', 'Ignatius', 'Zuleika', 'Broderick'];
export const LAST = ['Abernathy', 'Villanueva', 'Kowalczyk', 'Nakamura-Reyes', 'Oyelaran', 'Fitzgerald', 'Haverford', 'Lindqvist', 'Castellanos', 'Przybylski', 'Delacroix', 'Mbeki', 'Vandermeer', 'Okafor', 'Szymanski', 'Thibodeaux', 'Harrington', 'Esposito', 'Wojciechowski', 'McAllister', 'Gallagher', 'Achterberg', 'Quintero', 'Rasmussen', 'Balasubramanian', 'Whitfield', 'Dragomir', 'Castellano-Ruiz', "O'Donnell", 'Ferreira'];
const STREETS = ['Larkspur Ln', 'Quail Hollow Dr', 'W Belmont Ave', 'Sycamore Ridge Rd', 'N Halsted St', 'Magnolia Blvd', 'Old Orchard Ct', 'Tamarack Way', 'E Camelback Rd', 'Chickasaw Trl', 'Pemberton Pl', 'S Congress Ave', 'Bluebonnet Cir', 'Harbor View Ter', 'Wickersham St'];
const CITIES: [string, string, string][] = [['Naperville', 'IL', '605'], ['Scottsdale', 'AZ', '852'], ['Plano', 'TX', '750'], ['Tampa', 'FL', '336'], ['Sacramento', 'CA', '958'], ['Raleigh', 'NC', '276'], ['Boise', 'ID', '837'], ['Columbus', 'OH', '432'], ['Bellevue', 'WA', '980'], ['Alpharetta', 'GA', '300'], ['Overland Park', 'KS', '662'], ['Cherry Hill', 'NJ', '080']];
const AREA = ['312', '480', '214', '813', '916', '919', '208', '614', '425', '678', '913', '856', '646', '303', '617', '702'];
const MAILS = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'protonmail.com', 'comcast.net', 'hotmail.com', 'aol.com', 'me.com', 'att.net'];
export const PERSONAL_MAILS = MAILS;

export const first = (r: Rng9): string => r.pick(FIRST);
export const last = (r: Rng9): string => r.pick(LAST);
export const fullName = (r: Rng9): string => `${first(r)} ${r.next() < 0.3 ? r.pick(UPPER.split('')) + '. ' : ''}${last(r)}`;
export function emailFor(r: Rng9, name: string): string {
  const [a, b] = [name.split(' ')[0]!, name.split(' ').pop()!].map((s) => s.toLowerCase().replace(/[^a-z]/g, ''));
  const local = r.pick([`${a}.${b}`, `${a![0]}${b}${r.int(1, 99)}`, `${a}${b![0]}${r.int(60, 99)}`, `${b}.${a}${r.digits(2)}`]);
  return `${local}@${r.pick(MAILS)}`;
}
export const email = (r: Rng9): string => emailFor(r, `${first(r)} ${last(r)}`);
const exch = (r: Rng9): string => `${r.int(2, 9)}${r.pick(['1', '2', '3', '4', '6', '7', '8', '9'])}${r.int(0, 9)}`;
export function phone(r: Rng9): string {
  const a = r.pick(AREA), e = exch(r), n = r.digits(4);
  return r.pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `+1 ${a} ${e} ${n}`, `${a}.${e}.${n}`, `+1${a}${e}${n}`]);
}
export const streetLine = (r: Rng9): string => `${r.int(104, 9870)} ${r.pick(STREETS)}${r.next() < 0.3 ? ` Apt ${r.int(2, 40)}${r.pick(['A', 'B', 'C', ''])}` : ''}`;
export function cityLine(r: Rng9): string { const [c, s, z] = r.pick(CITIES); return `${c}, ${s} ${z}${r.digits(2)}`; }
export const address = (r: Rng9): string => `${streetLine(r)}, ${cityLine(r)}`;
export function dob(r: Rng9, style = r.int(0, 2)): string {
  const y = r.int(1948, 2001), m = r.int(1, 12), d = r.int(1, 28);
  const p = (x: number) => String(x).padStart(2, '0');
  return style === 0 ? `${y}-${p(m)}-${p(d)}` : style === 1 ? `${p(m)}/${p(d)}/${y}` : `${p(d)}.${p(m)}.${y}`;
}
export function ssn(r: Rng9, dashed = true): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  const s = `${String(a).padStart(3, '0')}${String(r.int(1, 99)).padStart(2, '0')}${String(r.int(1, 9999)).padStart(4, '0')}`;
  return dashed ? `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}` : s;
}
export const EIN_PREFIXES = ['01', '02', '03', '04', '05', '06', '10', '11', '12', '13', '14', '15', '16', '20', '21', '22', '23', '24', '25', '26', '27', '30', '31', '32', '33', '34', '35', '36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46', '47', '48', '50', '51', '52', '53', '54', '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '65', '66', '67', '68', '71', '72', '73', '74', '75', '76', '77', '80', '81', '82', '83', '84', '85', '86', '87', '88', '90', '91', '92', '93', '94', '95', '98', '99'];
export const ein = (r: Rng9): string => `${r.pick(EIN_PREFIXES)}-${r.int(1000000, 9999999)}`;
export function driverLicence(r: Rng9): [string, string] {
  const s = r.int(0, 4);
  if (s === 0) return ['CA', `${r.pick(UPPER.split(''))}${r.digits(7)}`];
  if (s === 1) return ['TX', `${r.int(1, 4)}${r.digits(7)}`];
  if (s === 2) return ['FL', `${r.pick(UPPER.split(''))}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.int(0, 9)}`];
  if (s === 3) return ['IL', `${r.pick(UPPER.split(''))}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`];
  return ['NY', `${r.int(1, 9)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`];
}
export const passport = (r: Rng9): string => `${r.pick(['5', '6', 'A', '4'])}${r.digits(8)}`;
export function ipv4(r: Rng9): string {
  const a = r.pick([24, 47, 63, 67, 68, 71, 73, 76, 98, 99, 107, 108, 136, 162, 173, 174, 184, 197, 204, 208]);
  return `${a}.${r.int(1, 254)}.${r.int(0, 255)}.${r.int(1, 254)}`;
}
export const ipv6 = (r: Rng9): string => `2${r.pick(['600', '601', '603', '607', '806', 'a02'])}:${r.hex(4).replace(/^0+/, '') || 'a'}:${r.hex(4).replace(/^0+/, '') || 'b'}:${r.hex(3)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}`;
export const geo = (r: Rng9): string => `${(r.int(25000000, 47000000) / 1e6).toFixed(6)}, -${(r.int(71000000, 122000000) / 1e6).toFixed(6)}`;

/** Luhn check digit for a numeric string. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
export function card(r: Rng9, brand = r.pick(['visa', 'mc', 'amex', 'disc', 'visa', 'mc'])): string {
  const pre = brand === 'visa' ? '4' + r.digits(5) : brand === 'mc' ? r.pick(['51', '52', '53', '54', '55', '22']) + r.digits(4) : brand === 'amex' ? r.pick(['34', '37']) + r.digits(4) : '6011' + r.digits(2);
  const len = brand === 'amex' ? 15 : 16;
  const n = pre + r.digits(len - 1 - pre.length);
  return n + luhnDigit(n);
}
export function spaced(n: string): string {
  return n.length === 15 ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n.replace(/(\d{4})(?=\d)/g, '$1 ');
}
export function abaDigit(b: string): string {
  const d = b.split('').map(Number);
  const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
  return String((10 - (s % 10)) % 10);
}
export function aba(r: Rng9): string {
  const b = String(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32])).padStart(2, '0') + r.int(0, 9) + r.digits(5);
  return b + abaDigit(b);
}
export const account = (r: Rng9): string => `${r.int(1, 9)}${r.digits(r.int(8, 11))}`;
function mod97(s: string): number {
  let m = 0;
  for (const ch of s) m = (m * (ch >= 'A' ? 100 : 10) + (ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch))) % 97;
  return m;
}
export function iban(r: Rng9, cc = r.pick(['DE', 'GB', 'NL', 'FR', 'ES', 'IE', 'IT', 'CH'])): string {
  const up = (n: number) => r.chars(UPPER, n);
  const bban = cc === 'DE' ? r.digits(18) : cc === 'GB' || cc === 'IE' ? up(4) + r.digits(14) : cc === 'NL' ? up(4) + r.digits(10) : cc === 'FR' ? r.digits(23) : cc === 'ES' ? r.digits(20) : cc === 'IT' ? up(1) + r.digits(22) : r.digits(17);
  const chk = String(98 - mod97(bban + cc + '00')).padStart(2, '0');
  return cc + chk + bban;
}
export const ibanOk = (s: string): boolean => /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s) && mod97(s.slice(4) + s.slice(0, 4)) === 1;
export const groupIban = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');

// Provider credentials, in their published shapes.
export const awsKeyId = (r: Rng9): string => r.pick(['AKIA', 'ASIA']) + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
export const awsSecret = (r: Rng9): string => r.chars(UPPER + LOWER + DIGITS + '+/', 40);
export const stripeSecret = (r: Rng9, p = r.pick(['sk_live_', 'rk_live_'])): string => p + r.b62(r.pick([24, 99]));
export const whsec = (r: Rng9): string => 'whsec_' + r.b64(24);
export const ghToken = (r: Rng9): string => r.pick(['ghp_', 'gho_', 'ghs_']) + r.b62(36);
export const ghPat = (r: Rng9): string => `github_pat_11${r.chars(UPPER + DIGITS, 20)}_${r.b62(59)}`;
export const slackBot = (r: Rng9): string => `${r.pick(['xoxb', 'xoxp'])}-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}`;
export const slackHook = (r: Rng9): string => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 10)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`;
export const teamsHook = (r: Rng9, org: string): string => `https://${org}.webhook.office.com/webhookb2/${r.uuid()}@${r.uuid()}/IncomingWebhook/${r.hex(32)}/${r.uuid()}/V2${r.b62(40)}`;
export const discordHook = (r: Rng9): string => `https://discord.com/api/webhooks/${r.int(1, 9)}${r.digits(18)}/${r.chars(B64URL, 68)}`;
export const sendgrid = (r: Rng9): string => `SG.${r.b64url(16).slice(0, 22)}.${r.b64url(32).slice(0, 43)}`;
export const twilioSid = (r: Rng9): string => 'AC' + r.hex(32);
export const twilioKey = (r: Rng9): string => 'SK' + r.hex(32);
export const mailgun = (r: Rng9): string => `key-${r.hex(32)}`;
export const googleKey = (r: Rng9): string => 'AIza' + r.chars(B62 + '-_', 35);
export const gcpSecret = (r: Rng9): string => 'GOCSPX-' + r.chars(B62 + '-_', 28);
export const azureSecret = (r: Rng9): string => r.chars(B62, 3) + r.pick(['7Q~', '8Q~']) + r.chars(B62 + '~._-', 34);
export const azureKey = (r: Rng9): string => r.b64(64);
export const okta = (r: Rng9): string => '00' + r.chars(B62 + '-_', 40);
export const npmToken = (r: Rng9): string => 'npm_' + r.b62(36);
export const openai = (r: Rng9): string => `sk-proj-${r.chars(B62 + '-_', 64)}T3BlbkFJ${r.chars(B62 + '-_', 64)}`;
export const anthropic = (r: Rng9): string => `sk-ant-api03-${r.chars(B62 + '-_', 93)}AA`;
export const shopify = (r: Rng9): string => r.pick(['shpat_', 'shpss_']) + r.hex(32);
export const hubspot = (r: Rng9): string => `pat-${r.pick(['na1', 'eu1', 'na2'])}-${r.uuid()}`;
export const squareTok = (r: Rng9): string => 'EAAA' + r.chars(B62 + '-_', 60);
export const datadog = (r: Rng9): string => r.hex(32);
export const mapboxSecret = (r: Rng9): string => `sk.eyJ1Ijoi${r.b64url(12)}IiwiYSI6Im${r.b64url(18)}In0.${r.b64url(16).slice(0, 22)}`;
export const plaidSecret = (r: Rng9): string => r.hex(30);
export const plaidAccess = (r: Rng9): string => `access-production-${r.uuid()}`;
export const seamKey = (r: Rng9): string => `seam_${r.b62(8)}_${r.b62(24)}`;
export const jsession = (r: Rng9): string => r.chars('0123456789ABCDEF', 32);
export const aspSession = (r: Rng9): string => r.chars('abcdefghijklmnopqrstuvwxyz012345', 24);
export const phpSession = (r: Rng9): string => r.chars('abcdefghijklmnopqrstuv0123456789', 26);
export const opaque = (r: Rng9, n = 40): string => r.b62(n);
export const hmacHex = (r: Rng9, n = 64): string => r.hex(n);
export const pw = (r: Rng9, n = r.int(12, 20)): string => r.password(n);
export const urlPw = (r: Rng9, n = r.int(12, 20)): string => r.urlPassword(n);
/** A password with characters that need quoting: spaces, ;, &, #. */
export const hardPw = (r: Rng9): string => `${r.b62(4)}${r.pick([' ', ';', '&', '#', '$', '@'])}${r.b62(5)}${r.pick(['#', ';', '&', '!', ' '])}${r.b62(4)}${r.digits(2)}`;

const b64urlJson = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
export function jwt(r: Rng9, claims: Record<string, unknown> = {}, alg = r.pick(['RS256', 'HS256', 'ES256'])): string {
  const iat = 1780000000 + r.int(0, 20000000);
  const head = b64urlJson({ alg, typ: 'JWT', ...(alg !== 'HS256' ? { kid: r.b62(12) } : {}) });
  const body = b64urlJson({ sub: r.uuid(), iat, exp: iat + r.pick([300, 3600, 28800]), jti: r.hex(16), ...claims });
  return `${head}.${body}.${r.b64url(alg === 'RS256' ? 256 : alg === 'ES256' ? 64 : 32)}`;
}
function derB64(r: Rng9, kind: 'rsa' | 'ec'): string {
  if (kind === 'ec') return Buffer.concat([Buffer.from('307702010104', 'hex'), Buffer.from([0x20]), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([4]), r.bytes(64)]).toString('base64');
  return Buffer.concat([Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100', 'hex'), r.bytes(1185)]).toString('base64');
}
/** A PEM private key; `sep` joins the lines (\n, or a literal backslash-n inside JSON). */
export function pem(r: Rng9, kind: 'rsa' | 'ec' = r.pick(['rsa', 'ec'] as const), sep = '\n'): string {
  const label = kind === 'ec' ? 'EC PRIVATE KEY' : 'PRIVATE KEY';
  const lines = derB64(r, kind).match(/.{1,64}/g)!;
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join(sep);
}
export const basic = (user: string, pass: string): string => Buffer.from(`${user}:${pass}`).toString('base64');
export const isoTs = (r: Rng9): string => `2026-${String(r.int(1, 11)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.digits(3)}Z`;
export const logTs = (r: Rng9): string => isoTs(r).replace('T', ' ').replace('Z', '').replace('.', ',');
export const claimNo = (r: Rng9): string => `${r.pick(['CL', 'CLM-', '235-53-', 'HO-'])}${r.digits(7)}`;
export const policyNo = (r: Rng9): string => `${r.pick(['HO3', 'PA', 'CP', 'BOP', 'DP3'])}-${r.digits(8)}`;
export const mlsId = (r: Rng9): string => `${r.pick(['ML', 'NWM', 'SR', 'A', 'O'])}${r.digits(8)}`;
export const money = (r: Rng9, lo = 500, hi = 90000): string => `${r.int(lo, hi)}.${r.digits(2)}`;
export const HEXU = HEX.toUpperCase();
