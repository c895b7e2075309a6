import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';
import { abaOk70, bsnOk70, cpfOk70, ibanCheck70, luhnDigit70, nirKey70, peselOk70, steuerIdCheck70, tfnOk70 } from './blind-set-70-check';

/** One employee of set 70: names in their own script and folded, contact data and identifiers by country. */
export interface Person70 {
  cc: string;
  first: string;
  last: string;
  full: string;
  /** ASCII upper-case "LAST, FIRST" style pieces for NACHA / EDI rows. */
  upFirst: string;
  upLast: string;
  email: string;
  phone: string;
  address: string;
  street: string;
  city: string;
  zip: string;
  dob: { y: number; m: number; d: number };
}

const NAMES: Record<string, [string[], string[]]> = {
  US: [['Jasmine', 'DeShawn', 'Kayla', 'Brandon', 'Guadalupe', 'Xiomara', 'Connor', 'Aaliyah', 'Tyler', 'Destiny'], ['Washington', 'Okafor', 'Hernández', 'O’Brien', 'McAllister', 'Kowalczyk', 'Johnson-Reyes', 'Delgado']],
  GB: [['Siobhán', 'Rhys', 'Imogen', 'Callum', 'Priya', 'Aoife', 'Oluwatobi'], ['Fitzgerald', 'Patel', 'Llewellyn', 'Ashworth', 'Pemberton', 'Featherstonehaugh']],
  DE: [['Jürgen', 'Björn', 'Lieselotte', 'Maximilian', 'Anneliese', 'Jörg', 'Dörte'], ['Müller', 'Schäfer', 'Großmann', 'Weißenböck', 'Köhler', 'Bräutigam']],
  FR: [['Étienne', 'Hélène', 'Françoise', 'Zoé', 'Loïc', 'Maëlle', 'Anaïs'], ['Lefèvre', 'Dubois-Mercier', 'Gauthier', 'Béranger', 'Chevalier', 'Delacroix']],
  ES: [['José Luis', 'María José', 'Íñigo', 'Begoña', 'Andrés', 'Sofía'], ['Fernández López', 'Núñez', 'Peña Ibáñez', 'Muñoz', 'Castañeda', 'Sáenz de Buruaga']],
  NL: [['Sven', 'Anouk', 'Daan', 'Femke', 'Joost', 'Maartje'], ['van der Berg', 'de Vries', 'Bakker', 'van Dijk', 'Janssens', 'ter Haar']],
  CA: [['Geneviève', 'Marc-André', 'Amélie', 'Jean-François', 'Mégane'], ['Tremblay', 'Gagnon', 'Côté', 'Bélanger', 'Thériault']],
  AU: [['Lachlan', 'Matilda', 'Kirra', 'Hamish', 'Tahlia'], ['Nguyen', 'O’Sullivan', 'Papadopoulos', 'Wilkinson', 'Tjapaltjarri']],
  BR: [['João', 'Conceição', 'Thiago', 'Luíza', 'Iara'], ['Gonçalves', 'Araújo', 'Magalhães', 'Albuquerque', 'Assunção']],
  IN: [['Aarav', 'Priyanka', 'Venkatesh', 'Lakshmi', 'Sai Krishna'], ['Raghunathan', 'Chakraborty', 'Venkataraman', 'Iyer-Subramanian', 'Bhattacharya']],
  PL: [['Łukasz', 'Małgorzata', 'Wojciech', 'Agnieszka', 'Grzegorz'], ['Wiśniewski', 'Żółkowska', 'Szczepański', 'Brzęczyszczykiewicz', 'Kłosowska']],
  SE: [['Åsa', 'Björn', 'Linnéa', 'Göran', 'Märta'], ['Åkesson', 'Lindqvist', 'Sjöberg', 'Ekström', 'Önnerfors']],
};
export const COUNTRIES70 = Object.keys(NAMES);

const EXTRA_FIRST = ['Thảo', 'Phương', 'Çağla', 'Şükrü', 'İlker', 'Chiamaka', 'Babatunde', 'Saoirse', 'Ciarán', 'Yūki', 'Kenjirō'];
const EXTRA_LAST = ['Nguyễn', 'Trần', 'Öztürk', 'Yıldırım', 'Adeyemi', 'Nwachukwu', 'Ní Bhriain', 'Ó Súilleabháin', 'Takahashi', 'Watanabe'];

/** Folds a name to upper-case ASCII as ACH and EDI files carry it. */
export function fold70(s: string): string {
  return s
    .replace(/ß/g, 'ss').replace(/[Łł]/g, 'l').replace(/ı/g, 'i').replace(/’/g, '')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'icloud.com', 'gmx.de', 'orange.fr', 'web.de', 'hotmail.co.uk', 'bigpond.com', 'uol.com.br', 'wp.pl', 'fastmail.fm', 'hey.com'];
const STREETS_US = ['N Kedzie Ave', 'Magnolia Blvd', 'SW Alder St', 'Peachtree Rd NE', 'Calle Ocho', 'W 137th St', 'Old Orchard Ln'];
const CITIES_US: [string, string, string][] = [['Chicago', 'IL', '606'], ['Burbank', 'CA', '915'], ['Portland', 'OR', '972'], ['Atlanta', 'GA', '303'], ['Miami', 'FL', '331'], ['New York', 'NY', '100'], ['Plano', 'TX', '750']];

function phone(r: Rng9, cc: string): string {
  const d = (n: number) => r.digits(n);
  switch (cc) {
    case 'US': return r.pick([`+1 (${r.int(201, 989)}) ${r.int(201, 989)}-${d(4)}`, `${r.int(201, 989)}.${r.int(201, 989)}.${d(4)}`, `+1${r.int(201, 989)}${r.int(201, 989)}${d(4)}`]);
    case 'GB': return r.pick([`+44 7${d(3)} ${d(6)}`, `07${d(3)} ${d(3)} ${d(3)}`]);
    case 'DE': return `+49 15${r.int(1, 9)} ${d(8)}`;
    case 'FR': return `+33 ${r.int(6, 7)} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case 'ES': return `+34 6${d(2)} ${d(3)} ${d(3)}`;
    case 'NL': return `+31 6 ${d(8)}`;
    case 'CA': return `+1-${r.pick(['514', '438', '416', '604'])}-${r.int(201, 989)}-${d(4)}`;
    case 'AU': return `+61 4${d(2)} ${d(3)} ${d(3)}`;
    case 'BR': return `+55 (11) 9${d(4)}-${d(4)}`;
    case 'IN': return `+91 9${d(4)} ${d(5)}`;
    case 'PL': return `+48 ${r.int(500, 899)} ${d(3)} ${d(3)}`;
    default: return `+46 7${r.int(0, 6)}-${d(3)} ${d(2)} ${d(2)}`;
  }
}

function address(r: Rng9, cc: string): [string, string, string] {
  const n = r.int(2, 9800);
  switch (cc) {
    case 'US': { const [c, s, z] = r.pick(CITIES_US); const zip = z + r.digits(2); return [`${n} ${r.pick(STREETS_US)}${r.pick(['', ` Apt ${r.int(1, 40)}${r.pick(['', 'B', 'F'])}`])}`, `${c}, ${s}`, zip]; }
    case 'GB': return [`Flat ${r.int(1, 12)}, ${r.int(2, 190)} ${r.pick(['Marlborough Road', 'Cowley Road', 'Hyde Park Terrace', 'Stokes Croft'])}`, r.pick(['Leeds', 'Oxford', 'Bristol', 'Manchester']), `${r.pick(['LS6', 'OX4', 'BS1', 'M14'])} ${r.int(1, 9)}${r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`];
    case 'DE': return [`${r.pick(['Lindenstraße', 'Schönhauser Allee', 'Königsbrücker Str.', 'Am Weißen Steg'])} ${r.int(1, 140)}`, r.pick(['Berlin', 'Dresden', 'München', 'Köln']), String(r.int(10115, 99998))];
    case 'FR': return [`${r.int(1, 120)} ${r.pick(['rue des Lilas', 'boulevard de la Croix-Rousse', 'allée des Châtaigniers', 'rue Sainte-Catherine'])}`, r.pick(['Lyon', 'Bordeaux', 'Nantes', 'Lille']), `${r.pick(['69', '33', '44', '59'])}${r.int(100, 999)}`];
    case 'ES': return [`Calle de ${r.pick(['Alcalá', 'Toledo', 'Núñez de Balboa', 'Sagasta'])} ${r.int(1, 200)}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'Izda.', 'Dcha.'])}`, r.pick(['Madrid', 'Bilbao', 'Sevilla']), `${r.pick(['28', '48', '41'])}0${r.int(10, 99)}`];
    case 'NL': return [`${r.pick(['Prinsengracht', 'Oudegracht', 'Witte de Withstraat'])} ${r.int(1, 400)}-${r.int(1, 3)}`, r.pick(['Amsterdam', 'Utrecht', 'Rotterdam']), `${r.int(1011, 3099)} ${r.chars('ABCEGHJKLMNPRSTVWXZ', 2)}`];
    case 'CA': return [`${n} ${r.pick(['rue Saint-Denis', 'boul. René-Lévesque O', 'Queen St W', 'Commercial Dr'])}${r.pick(['', `, app. ${r.int(2, 30)}`])}`, r.pick(['Montréal QC', 'Québec QC', 'Toronto ON', 'Vancouver BC']), `${r.pick(['H2X', 'G1R', 'M5V', 'V5L'])} ${r.int(1, 9)}${r.chars('ABCEGHJKLMNPRSTVXY', 1)}${r.int(1, 9)}`];
    case 'AU': return [`Unit ${r.int(1, 30)}/${r.int(2, 180)} ${r.pick(['Wattle St', 'Brunswick St', 'Beaufort St', 'Oxford St'])}`, r.pick(['Ultimo NSW', 'Fitzroy VIC', 'Mount Lawley WA', 'Paddington NSW']), String(r.pick([2007, 3065, 6050, 2021]))];
    case 'BR': return [`Rua ${r.pick(['Augusta', 'dos Pinheiros', 'Conselheiro Brotero', 'João Moura'])}, ${r.int(10, 2400)}, apto ${r.int(11, 190)}`, r.pick(['São Paulo - SP', 'Belo Horizonte - MG']), `0${r.int(1000, 9999)}-${r.digits(3)}`];
    case 'IN': return [`Flat ${r.int(101, 1204)}, ${r.pick(['Prestige Shantiniketan', 'Hiranandani Gardens', 'DLF Phase 3'])}`, r.pick(['Bengaluru, Karnataka', 'Powai, Mumbai', 'Gurugram, Haryana']), String(r.int(110001, 560099))];
    case 'PL': return [`ul. ${r.pick(['Marszałkowska', 'Świętokrzyska', 'Piotrkowska'])} ${r.int(1, 180)}/${r.int(1, 60)}`, r.pick(['Warszawa', 'Łódź', 'Kraków']), `${r.int(10, 99)}-${r.digits(3)}`];
    default: return [`${r.pick(['Götgatan', 'Drottninggatan', 'Kungsgatan'])} ${r.int(1, 120)}, lgh ${r.int(1001, 1402)}`, r.pick(['Stockholm', 'Göteborg', 'Malmö']), `${r.int(111, 985)} ${r.digits(2)}`];
  }
}

/** A fresh person in country `cc` (any country when omitted). */
export function person70(r: Rng9, cc0?: string): Person70 {
  const cc = cc0 ?? r.pick(COUNTRIES70);
  const [fs, ls] = NAMES[cc]!;
  const first = r.next() < 0.12 ? r.pick(EXTRA_FIRST) : r.pick(fs);
  const last = r.next() < 0.12 ? r.pick(EXTRA_LAST) : r.pick(ls);
  const f = fold70(first).toLowerCase().replace(/[^a-z]/g, '');
  const l = fold70(last).toLowerCase().replace(/[^a-z]/g, '');
  const email = r.pick([`${f}.${l}`, `${f[0]}${l}${r.int(1, 99)}`, `${l}.${f}`, `${f}_${l}${r.int(70, 99)}`]) + '@' + r.pick(MAIL);
  const [street, city, zip] = address(r, cc);
  const dob = { y: r.int(1958, 2004), m: r.int(1, 12), d: r.int(1, 28) };
  return { cc, first, last, full: `${first} ${last}`, upFirst: fold70(first).toUpperCase(), upLast: fold70(last).toUpperCase(), email, phone: phone(r, cc), address: `${street}, ${city} ${zip}`, street, city, zip, dob };
}

const p2 = (n: number) => String(n).padStart(2, '0');
/** A birth date in one of the forms payroll systems print. */
export function dob70(p: Person70, form: 'iso' | 'us' | 'eu' | 'dot' | 'compact'): string {
  const { y, m, d } = p.dob;
  return { iso: `${y}-${p2(m)}-${p2(d)}`, us: `${p2(m)}/${p2(d)}/${y}`, eu: `${p2(d)}/${p2(m)}/${y}`, dot: `${p2(d)}.${p2(m)}.${y}`, compact: `${y}${p2(m)}${p2(d)}` }[form];
}

/** A US SSN that obeys the SSA's area, group and serial rules. */
export function ssn70(r: Rng9, sep = '-'): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, '0')}${sep}${p2(r.int(1, 99))}${sep}${String(r.int(1, 9999)).padStart(4, '0')}`;
}
/** An IRS ITIN: 9NN-[50-65|70-88|90-92|94-99]-NNNN. */
export function itin70(r: Rng9): string {
  const g = r.pick([r.int(50, 65), r.int(70, 88), r.int(90, 92), r.int(94, 99)]);
  return `9${r.digits(2)}-${g}-${r.digits(4)}`;
}
/** A UK National Insurance number with valid prefix letters. */
export function nino70(r: Rng9, spaced: boolean): string {
  const a = r.chars('ABCEGHJKLMNOPRSTWXYZ', 1);
  let b = r.chars('ABCEGHJKLMNPRSTWXYZ', 1);
  if (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(a + b)) b = 'A';
  const d = r.digits(6);
  const s = r.chars('ABCD', 1);
  return spaced ? `${a}${b} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}` : `${a}${b}${d}${s}`;
}
/** A Canadian SIN (Luhn), first digit 1-7 or 9. */
export function sin70(r: Rng9, sep: string): string {
  const body = r.pick(['1', '2', '3', '4', '5', '6', '7', '9']) + r.digits(7);
  const d = body + luhnDigit70(body);
  return `${d.slice(0, 3)}${sep}${d.slice(3, 6)}${sep}${d.slice(6)}`;
}
/** An Australian TFN with a valid check. */
export function tfn70(r: Rng9, spaced: boolean): string {
  for (;;) {
    const d = r.digits(9);
    if (tfnOk70(d) && d[0] !== '0') return spaced ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : d;
  }
}
export function bsn70(r: Rng9): string {
  for (;;) { const d = String(r.int(1, 9)) + r.digits(8); if (bsnOk70(d)) return d; }
}
export function cpf70(r: Rng9): string {
  for (;;) { const d = r.digits(11); if (cpfOk70(d)) return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`; }
}
export function dni70(r: Rng9): string {
  const nie = r.next() < 0.3;
  const lead = nie ? r.pick(['X', 'Y', 'Z']) : '';
  const num = nie ? r.digits(7) : String(r.int(10000000, 79999999));
  const n = Number((nie ? String('XYZ'.indexOf(lead)) : '') + num);
  return `${lead}${num}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}
export function steuerId70(r: Rng9): string {
  // Ten digits where exactly one digit repeats (twice), first digit non-zero.
  const ds = [...'0123456789'].sort(() => r.next() - 0.5);
  const body = ds.slice(0, 9);
  if (body[0] === '0') [body[0], body[1]] = [body[1]!, body[0]!];
  body.splice(r.int(1, 9), 0, body[r.int(1, 8)]!);
  const b = body.join('');
  return b + steuerIdCheck70(b);
}
export function pesel70(r: Rng9, p: Person70): string {
  for (;;) {
    const mm = p.dob.y >= 2000 ? p.dob.m + 20 : p.dob.m;
    const d = `${p2(p.dob.y % 100)}${p2(mm)}${p2(p.dob.d)}${r.digits(5)}`;
    if (peselOk70(d)) return d;
  }
}
export function personnummer70(r: Rng9, p: Person70): string {
  const b = `${p2(p.dob.y % 100)}${p2(p.dob.m)}${p2(p.dob.d)}${r.digits(3)}`;
  return `${p.dob.y}${p2(p.dob.m)}${p2(p.dob.d)}-${b.slice(6)}${luhnDigit70(b)}`;
}
export function nir70(r: Rng9, p: Person70): string {
  const d13 = `${r.int(1, 2)}${p2(p.dob.y % 100)}${p2(p.dob.m)}${r.pick(['69', '75', '33', '59'])}${r.digits(3)}${r.digits(3)}`;
  return `${d13[0]} ${d13.slice(1, 3)} ${d13.slice(3, 5)} ${d13.slice(5, 7)} ${d13.slice(7, 10)} ${d13.slice(10)} ${nirKey70(d13)}`;
}
export function pan70(r: Rng9, p: Person70): string {
  return `${r.chars(UPPER, 3)}P${p.upLast.replace(/[^A-Z]/g, '')[0] ?? 'K'}${r.digits(4)}${r.chars(UPPER, 1)}`;
}

/** The country's national id and its kind. */
export function nationalId70(r: Rng9, p: Person70): [string, string] {
  switch (p.cc) {
    case 'US': return r.next() < 0.8 ? [ssn70(r), 'ssn'] : [itin70(r), 'itin'];
    case 'GB': return [nino70(r, r.next() < 0.4), 'nino'];
    case 'CA': return [sin70(r, r.pick(['-', ' ', ''])), 'sin'];
    case 'AU': return [tfn70(r, r.next() < 0.5), 'tfn'];
    case 'NL': return [bsn70(r), 'bsn'];
    case 'BR': return [cpf70(r), 'cpf'];
    case 'ES': return [dni70(r), 'dni'];
    case 'DE': return [steuerId70(r), 'steuer-id'];
    case 'PL': return [pesel70(r, p), 'pesel'];
    case 'SE': return [personnummer70(r, p), 'personnummer'];
    case 'FR': return [nir70(r, p), 'nir'];
    default: return [pan70(r, p), 'pan-in'];
  }
}

/** A valid ABA routing number. */
export function aba70(r: Rng9): string {
  for (;;) { const d = p2(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32])) + r.digits(7); if (abaOk70(d)) return d; }
}
const BBAN: Record<string, (r: Rng9) => string> = {
  DE: (r) => r.digits(18), GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'MONZ']) + r.digits(14), FR: (r) => r.digits(10) + r.digits(11) + r.digits(2),
  ES: (r) => r.digits(20), NL: (r) => r.pick(['ABNA', 'INGB', 'RABO', 'BUNQ']) + r.digits(10), PL: (r) => r.digits(24), SE: (r) => r.digits(20),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14), BE: (r) => r.digits(12), IT: (r) => r.chars(UPPER, 1) + r.digits(10) + r.digits(12),
};
/** A valid IBAN, electronic or grouped by four. */
export function iban70(r: Rng9, cc: string, grouped: boolean): string {
  const c = BBAN[cc] ? cc : r.pick(['DE', 'FR', 'ES', 'NL', 'IE', 'BE', 'IT']);
  const bban = BBAN[c]!(r);
  const s = c + ibanCheck70(c, bban) + bban;
  return grouped ? s.replace(/(.{4})/g, '$1 ').trim() : s;
}
/** A US bank account number (8-17 digits, first not 0). */
export function acct70(r: Rng9): string {
  return String(r.int(1, 9)) + r.chars(DIGITS, r.int(7, 16));
}
/** A Visa/Mastercard pay-card number (Luhn). */
export function card70(r: Rng9): string {
  const body = r.pick(['4', '51', '53', '55']) + r.digits(14);
  const b = body.slice(0, 15);
  return b + luhnDigit70(b);
}
/** A salary as payroll exports print it (always longer than six characters). */
export function salary70(r: Rng9, cur: string): string {
  const n = r.int(38, 245) * 1000 + r.pick([0, 250, 500, 750]);
  const grp = n.toLocaleString('en-US');
  if (cur === 'EUR') return `${n.toLocaleString('de-DE')},00`;
  return r.pick([`${grp}.00`, `${n}.00`, `$${grp}`]);
}
