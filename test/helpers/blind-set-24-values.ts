import { B62, B64URL, DIGITS, UPPER, LOWER, Rng9 } from './blind-set-9-rng';
import { formatOk24, npiOk } from './blind-set-24-format';

/** Blind set 24's value generators: fresh per seed, valid formats, check digits found against formatOk24. */

const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));

/** Draws bodies until one of the candidate check strings makes a valid `kind`. */
function solve(r: Rng9, kind: string, gen: (r: Rng9) => (c: string) => string, cands: readonly string[] = [...DIGITS]): string {
  for (let tries = 0; tries < 500; tries++) {
    const f = gen(r);
    for (const c of cands) if (formatOk24(kind, f(c))) return f(c);
  }
  throw new Error(`blind set 24: no valid ${kind}`);
}

// ---- people -------------------------------------------------------------------------------
const FEMALE = [
  'Chidinma',
  'Priyanka',
  'Marisol',
  'Ingrid',
  'Aaliyah',
  'Margarethe',
  'Siobhan',
  'Thandiwe',
  'Yesenia',
  'Rosalind',
  'Kateryna',
  'Giulietta',
  'Henrietta',
  'Bronwyn',
  'Esperanza',
  'Nkechi',
];
const MALE = ['Obinna', 'Rajeshwar', 'Florian', 'Mateus', 'Cornelius', 'Tadeusz', 'Leandro', 'Benedikt', 'Desmond', 'Anselmo', 'Gwilym', 'Ravindra', 'Fitzgerald', 'Lorenzo', 'Joaquin', 'Emeka'];
const LAST = [
  'Okonkwo',
  'Vashisht',
  'Hallstrom',
  'Castellanos',
  'Fairweather',
  'Brzezinski',
  'Nakashima',
  'Oyelaran',
  'Delacroix',
  'Thibodeaux',
  'Quintanilla',
  'Marchetti',
  'Lindqvist',
  'Abernathy',
  'Szymanski',
  'Kowalczyk',
  'Achterberg',
  'Villaseñor'.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
  'Etxeberria',
  'Pennington',
];
const MX_LAST = ['GUTIERREZ', 'CARRANZA', 'MONTOYA', 'VELAZQUEZ', 'BERMUDEZ', 'SALCEDO', 'TAPIA', 'LOZANO', 'PALACIOS', 'RENTERIA'];
const MX_FIRST = ['ROSALBA', 'HUMBERTO', 'GRACIELA', 'FERNANDO', 'MARISOL', 'DAMIAN', 'LETICIA', 'GERARDO'];

export interface Person24 {
  first: string;
  last: string;
  middle: string;
  sex: 'F' | 'M';
  dob: { y: number; m: number; d: number };
}

export function person(r: Rng9, minYear = 1938, maxYear = 2004): Person24 {
  const sex = r.next() < 0.5 ? 'F' : 'M';
  return {
    first: r.pick(sex === 'F' ? FEMALE : MALE),
    last: r.pick(LAST),
    middle: r.pick([...UPPER.replace(/[QXZ]/g, '')]),
    sex,
    dob: { y: r.int(minYear, maxYear), m: r.int(1, 12), d: r.int(1, 28) },
  };
}

const p2 = (n: number) => String(n).padStart(2, '0');
/** A date as `ymd` 19840312, `iso` 1984-03-12, `us` 03/12/1984, `eu` 12/03/1984, `de` 12.03.1984. */
export function fmtDate(d: { y: number; m: number; d: number }, style: 'ymd' | 'iso' | 'us' | 'eu' | 'de'): string {
  const [y, m, dd] = [String(d.y), p2(d.m), p2(d.d)];
  return { ymd: y + m + dd, iso: `${y}-${m}-${dd}`, us: `${m}/${dd}/${y}`, eu: `${dd}/${m}/${y}`, de: `${dd}.${m}.${y}` }[style];
}

/** A recent date (of service, of a run): never a birth date. */
export const recentDate = (r: Rng9): { y: number; m: number; d: number } => ({ y: r.int(2025, 2026), m: r.int(1, 12), d: r.int(1, 28) });

const AREAS = [617, 312, 415, 713, 206, 404, 503, 612, 919, 720, 937, 614, 813, 702, 215];
export function usPhone(r: Rng9): { area: number; exch: string; line: string } {
  let exch = r.int(201, 989);
  while (exch === 555 || exch % 100 === 11) exch = r.int(201, 989);
  return { area: r.pick(AREAS), exch: String(exch), line: r.digits(4) };
}
export const ukMobile = (r: Rng9): string => `07${r.pick(['412', '531', '723', '849', '958'])} ${r.int(100000, 999999)}`;

const STREETS = ['Larkspur', 'Wexford', 'Pinecrest', 'Abernethy', 'Cottonwood', 'Harrowgate', 'Bramblewood', 'Quarry Hill', 'Sycamore', 'Tillman'];
const SUFFIX = ['Ln', 'Ave', 'Dr', 'St', 'Ct', 'Blvd', 'Way', 'Rd'];
const CITIES: [string, string, string][] = [
  ['Dayton', 'OH', '454'],
  ['Tacoma', 'WA', '984'],
  ['Spokane', 'WA', '992'],
  ['Knoxville', 'TN', '379'],
  ['Bakersfield', 'CA', '933'],
  ['Lansing', 'MI', '489'],
  ['Tulsa', 'OK', '741'],
  ['Madison', 'WI', '537'],
];
export function usAddress(r: Rng9): { street: string; city: string; state: string; zip: string } {
  const [city, state, z] = r.pick(CITIES);
  return { street: `${r.int(12, 9890)} ${r.pick(STREETS)} ${r.pick(SUFFIX)}`, city, state, zip: z + r.digits(2) };
}

const MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me', 'hotmail.co.uk', 'comcast.net'];
export const personalEmail = (r: Rng9, p: Person24): string => `${p.first.toLowerCase()}${r.pick(['.', '_', ''])}${p.last.toLowerCase()}${r.int(2, 98)}@${r.pick(MAIL)}`;

// ---- national ids --------------------------------------------------------------------------
export function ssn(r: Rng9): string {
  let area = r.int(1, 899);
  while (area === 666 || area === 78 || area === 219) area = r.int(1, 899);
  return `${String(area).padStart(3, '0')}-${p2(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}
export const itin = (r: Rng9): string => `9${r.digits(2)}-${r.int(70, 88)}-${r.digits(4)}`;
export const nhs = (r: Rng9): string =>
  solve(r, 'nhs-number', (r) => {
    const b = String(r.int(400, 799)) + r.digits(6);
    return (c) => `${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}${c}`;
  });
export const nino = (r: Rng9): string =>
  `${r.pick(['A', 'C', 'H', 'J', 'K', 'L', 'N', 'P', 'R', 'S', 'W'])}${r.pick(['A', 'B', 'E', 'H', 'K', 'L', 'M', 'P', 'R', 'S', 'T', 'W', 'Y'])}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`;
export const utr = (r: Rng9): string =>
  solve(r, 'utr', (r) => {
    const b = r.digits(9);
    return (c) => c + b;
  });
export const tfn = (r: Rng9): string =>
  solve(r, 'tfn', (r) => {
    const b = String(r.int(1, 8)) + r.digits(7);
    return (c) => `${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}${c}`;
  });
export const sin = (r: Rng9): string =>
  solve(r, 'sin', (r) => {
    const b = String(r.int(1, 7)) + r.digits(7);
    return (c) => `${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}${c}`;
  });
export const panIndia = (r: Rng9, p: Person24): string => `${r.chars(UPPER, 3)}P${p.last[0]!.toUpperCase()}${r.digits(4)}${r.chars(UPPER, 1)}`;
export const aadhaar = (r: Rng9): string =>
  solve(r, 'aadhaar', (r) => {
    const b = String(r.int(2, 9)) + r.digits(10);
    return (c) => `${b.slice(0, 4)} ${b.slice(4, 8)} ${b.slice(8)}${c}`;
  });
export const cpf = (r: Rng9): string =>
  solve(
    r,
    'cpf',
    (r) => {
      const b = r.digits(9);
      return (c) => `${b.slice(0, 3)}.${b.slice(3, 6)}.${b.slice(6)}-${c}`;
    },
    TWO,
  );
export const bsn = (r: Rng9): string =>
  solve(r, 'bsn', (r) => {
    const b = String(r.int(1, 6)) + r.digits(7);
    return (c) => b + c;
  });
export const dni = (r: Rng9): string =>
  solve(
    r,
    'dni',
    (r) => {
      const b = String(r.int(10, 79)) + r.digits(6);
      return (c) => b + c;
    },
    [...UPPER],
  );
export const nie = (r: Rng9): string =>
  solve(
    r,
    'nie',
    (r) => {
      const b = r.pick(['X', 'Y']) + r.digits(7);
      return (c) => b + c;
    },
    [...UPPER],
  );
export const personnummer = (r: Rng9, p: Person24): string =>
  solve(r, 'personnummer', (r) => {
    const b = `${String(p.dob.y).slice(2)}${p2(p.dob.m)}${p2(p.dob.d)}-${r.digits(3)}`;
    return (c) => b + c;
  });
export const nir = (r: Rng9, p: Person24): string =>
  solve(
    r,
    'nir',
    (r) => {
      const b = `${p.sex === 'M' ? 1 : 2} ${String(p.dob.y).slice(2)} ${p2(p.dob.m)} ${p2(r.int(1, 95) === 20 ? 21 : r.int(1, 95))} ${String(r.int(1, 990)).padStart(3, '0')} ${String(r.int(1, 999)).padStart(3, '0')}`;
      return (c) => `${b} ${c}`;
    },
    TWO,
  );
export function steuerId(r: Rng9): string {
  return solve(r, 'steuer-id', (r) => {
    const ds = [...DIGITS].sort(() => r.next() - 0.5).slice(0, 9);
    ds.splice(r.int(1, 9), 0, ds[r.int(0, 8)]!);
    if (ds[0] === '0') ds.push(ds.shift()!);
    const b = ds.join('');
    return (c) => `${b.slice(0, 2)} ${b.slice(2, 5)} ${b.slice(5, 8)} ${b.slice(8)}${c}`;
  });
}
const consonants = (s: string) =>
  s
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .replace(/[AEIOU]/g, '');
const vowels = (s: string) => s.toUpperCase().replace(/[^AEIOU]/g, '');
export function codiceFiscale(r: Rng9, p: Person24): string {
  const sc = (consonants(p.last) + vowels(p.last) + 'XXX').slice(0, 3);
  const nc = consonants(p.first);
  const fc = nc.length >= 4 ? nc[0]! + nc[2]! + nc[3]! : (nc + vowels(p.first) + 'XXX').slice(0, 3);
  const body = `${sc}${fc}${String(p.dob.y).slice(2)}${'ABCDEHLMPRST'[p.dob.m - 1]}${p2(p.dob.d + (p.sex === 'F' ? 40 : 0))}${r.pick(['H501', 'F205', 'F839', 'L219', 'G273', 'D612', 'A944'])}`;
  return solve(r, 'codice-fiscale', () => (c) => body + c, [...UPPER]);
}
export interface MxPerson {
  s1: string;
  s2: string;
  given: string;
  dob: { y: number; m: number; d: number };
  sex: 'H' | 'M';
}
export const mxPerson = (r: Rng9): MxPerson => ({
  s1: r.pick(MX_LAST),
  s2: r.pick(MX_LAST),
  given: r.pick(MX_FIRST),
  dob: { y: r.int(1950, 2003), m: r.int(1, 12), d: r.int(1, 28) },
  sex: r.next() < 0.5 ? 'H' : 'M',
});
const mxStem = (p: MxPerson) => `${p.s1[0]}${vowels(p.s1.slice(1))[0]}${p.s2[0]}${p.given[0]}${String(p.dob.y).slice(2)}${p2(p.dob.m)}${p2(p.dob.d)}`;
export function curp(r: Rng9, p: MxPerson): string {
  const inner = (s: string) => consonants(s.slice(1))[0] ?? 'X';
  const body = `${mxStem(p)}${p.sex}${r.pick(['JC', 'NL', 'DF', 'PL', 'VZ', 'GT'])}${inner(p.s1)}${inner(p.s2)}${inner(p.given)}${p.dob.y < 2000 ? '0' : 'A'}`;
  return solve(r, 'curp', () => (c) => body + c);
}
export const rfc = (r: Rng9, p: MxPerson): string =>
  solve(
    r,
    'rfc',
    (r) => {
      const b = mxStem(p) + r.chars('ABCDEFGHJKLMNPRSTUVWXYZ123456789', 2);
      return (c) => b + c;
    },
    [...DIGITS, 'A'],
  );
const MBI_A = 'ACDEFGHJKMNPQRTUVWXY';
export const mbi = (r: Rng9): string =>
  `${r.int(1, 9)}${r.chars(MBI_A, 1)}${r.chars(MBI_A + DIGITS, 1)}${r.digits(1)}${r.chars(MBI_A, 1)}${r.chars(MBI_A + DIGITS, 1)}${r.digits(1)}${r.chars(MBI_A, 2)}${r.digits(2)}`;
export const memberId = (r: Rng9): string => `${r.chars(UPPER, 3)}${r.int(1, 9)}${r.digits(8)}`;
export const mrn = (r: Rng9): string => `${r.pick(['E', 'MR', ''])}${r.int(1, 9)}${r.digits(7)}`;
export const driversLicence = (r: Rng9): string =>
  r.pick([
    () => r.chars(UPPER, 1) + r.digits(7),
    () => {
      const d = r.digits(12);
      return `${r.chars(UPPER, 1)}${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8, 11)}-${d.slice(11)}`;
    },
    () => String(r.int(1, 9)) + r.digits(8),
  ])();

/** A provider NPI (public registry id: never planted, used by negatives and as context). */
export function npi(r: Rng9): string {
  const b = String(r.int(1, 2)) + r.digits(8);
  return b + [...DIGITS].find((c) => npiOk(b + c))!;
}
/** A VIN with its check digit (position 9, weights and transliteration per 49 CFR 565). */
export function vin(r: Rng9): string {
  const A = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
  const val = (c: string) => (/\d/.test(c) ? Number(c) : [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9][A.indexOf(c)]!);
  const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  const v = [...(r.pick(['1HG', '5YJ', '1FT', 'JTD', 'WBA', '2T1']) + r.chars(A, 5) + '0' + r.chars(A, 8))];
  const s = v.reduce((a, c, i) => a + val(c) * w[i]!, 0) % 11;
  v[8] = s === 10 ? 'X' : String(s);
  return v.join('');
}

// ---- financial ----------------------------------------------------------------------------
export function iban(r: Rng9, cc: 'GB' | 'DE' | 'FR' | 'NL' | 'ES' | 'IT' | 'IE', spaced = false): string {
  const bban = {
    GB: () => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14),
    IE: () => r.pick(['AIBK', 'BOFI']) + r.digits(14),
    DE: () => r.digits(18),
    FR: () => r.digits(10) + r.chars(DIGITS + UPPER, 11) + r.digits(2),
    NL: () => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10),
    ES: () => r.digits(20),
    IT: () => r.chars(UPPER, 1) + r.digits(10) + r.chars(DIGITS, 12),
  }[cc]();
  const v = solve(r, 'iban', () => (c) => cc + c + bban, TWO);
  return spaced ? v.replace(/(.{4})/g, '$1 ').trim() : v;
}
export const abaRouting = (r: Rng9): string =>
  solve(r, 'aba-routing', (r) => {
    const b = r.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31']) + r.digits(6);
    return (c) => b + c;
  });
export const usAccount = (r: Rng9): string => String(r.int(1, 9)) + r.digits(r.int(8, 11));
export const sortCode = (r: Rng9): string => `${r.int(10, 99)}-${r.digits(2)}-${r.digits(2)}`;
export const ukAccount = (r: Rng9): string => String(r.int(1, 9)) + r.digits(7);
export const clabe = (r: Rng9): string =>
  solve(r, 'clabe', (r) => {
    const b = r.pick(['002', '012', '014', '021', '072']) + r.digits(14);
    return (c) => b + c;
  });
export function card(r: Rng9, spaced = false): string {
  const v = solve(r, 'card', (r) => {
    const b = r.pick([() => '4' + r.digits(14), () => String(r.int(51, 55)) + r.digits(13), () => '6011' + r.digits(11)])();
    return (c) => b + c;
  });
  return spaced ? v.replace(/(.{4})/g, '$1 ').trim() : v;
}

// ---- credentials --------------------------------------------------------------------------
export const awsKeyId = (r: Rng9): string => 'AKIA' + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
export const awsSecret = (r: Rng9): string => r.chars(UPPER + LOWER + DIGITS + '/+', 40);
export const azureStorageKey = (r: Rng9): string => r.b64(64);
export const azureSasSig = (r: Rng9): string => encodeURIComponent(r.b64(32));
export const azureClientSecret = (r: Rng9): string => `${r.chars(B62, 3)}${r.int(0, 9)}Q~${r.chars(B62 + '_.~-', 34)}`;
export const googleApiKey = (r: Rng9): string => 'AIza' + r.chars(B64URL, 35);
export const googleClientSecret = (r: Rng9): string => 'GOCSPX-' + r.chars(B64URL, 28);
export const githubToken = (r: Rng9): string => 'ghp_' + r.b62(36);
export const slackToken = (r: Rng9): string => `xoxb-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(12)}-${r.b62(24)}`;
export const slackWebhook = (r: Rng9): string => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 8)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`;
export const stripeKey = (r: Rng9): string => `${r.pick(['sk', 'rk'])}_live_51${r.b62(96)}`;
export const whsec = (r: Rng9): string => 'whsec_' + r.b64(24);
export const sendgridKey = (r: Rng9): string => `SG.${r.b64url(16)}.${r.b64url(32)}`;
export const oktaToken = (r: Rng9): string => '00' + r.chars(B64URL, 40);
export const vaultToken = (r: Rng9): string => 'hvs.' + r.b62(r.int(24, 90));
export const basicAuth = (user: string, pass: string): string => Buffer.from(`${user}:${pass}`).toString('base64');

export function jwt(r: Rng9, header: Record<string, unknown>, payload: Record<string, unknown>, sigBytes = 256): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc(header)}.${enc(payload)}.${r.b64url(sigBytes)}`;
}

const wrap = (s: string, n: number) => s.replace(new RegExp(`(.{${n}})`, 'g'), '$1\n').replace(/\n$/, '');
/** A PEM private key: a DER prefix of the named type followed by seeded bytes, wrapped at 64 columns. */
export function pemKey(r: Rng9, type: 'PRIVATE KEY' | 'RSA PRIVATE KEY' | 'EC PRIVATE KEY', nl = '\n'): string {
  const prefix = {
    'PRIVATE KEY': [
      0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa8, 0x30, 0x82, 0x04, 0xa4, 0x02, 0x01,
      0x00, 0x02, 0x82, 0x01, 0x01, 0x00,
    ],
    'RSA PRIVATE KEY': [0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00],
    'EC PRIVATE KEY': [0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20],
  }[type];
  const body =
    type === 'EC PRIVATE KEY'
      ? Buffer.concat([Buffer.from(prefix), r.bytes(32), Buffer.from([0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04]), r.bytes(64)])
      : Buffer.concat([Buffer.from(prefix), r.bytes(type === 'PRIVATE KEY' ? 1180 : 1180)]);
  return `-----BEGIN ${type}-----${nl}${wrap(body.toString('base64'), 64).replace(/\n/g, nl)}${nl}-----END ${type}-----`;
}
export function opensshKey(r: Rng9): string {
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), Buffer.from([0, 0, 0, 4]), Buffer.from('none'), Buffer.from([0, 0, 0, 4]), Buffer.from('none'), r.bytes(330)]);
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(body.toString('base64'), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
}
export const pkcs12 = (r: Rng9): string => Buffer.concat([Buffer.from([0x30, 0x82, 0x09, 0x61, 0x02, 0x01, 0x03, 0x30, 0x82, 0x09, 0x27]), r.bytes(900)]).toString('base64');

/** Is `v` a valid NPI? Re-exported for negatives that build provider context. */
export { npiOk };
