import { type Rng32 } from './blind-set-32-rng';

/** A person: given and family names as written, and the culture the phone and id draw from. */
export interface Person32 {
  first: string;
  last: string;
  full: string;
  country: 'US' | 'GB' | 'DE' | 'FR' | 'NL' | 'ES' | 'PL' | 'BR' | 'SE' | 'IN' | 'IE';
}

const NAMES: Record<Person32['country'], [string[], string[]]> = {
  US: [['Tyler', 'Brianna', 'Marcus', 'Keisha', 'Dustin', 'Courtney', 'Jamal', 'Whitney', 'Brandon', 'LaToya'], ['Kowalczyk', 'Washington', 'Hendricks', 'McAllister', 'Nguyen', 'Delgado', 'Okafor', 'Brennan', 'Stroud', 'Villanueva']],
  GB: [['Harriet', 'Callum', 'Siobhan', 'Rhys', 'Imogen', 'Alistair', 'Niamh', 'Gareth'], ['Pemberton', "O'Connell", 'Fairweather', 'Ashdown', 'Thistlewood', 'Greaves', 'Llewellyn', 'Bhattacharya']],
  DE: [['Jörg', 'Annika', 'Lennart', 'Friederike', 'Maximilian', 'Sünje', 'Thorsten', 'Wiebke'], ['Schäfer', 'Großmann', 'Köhler', 'Brandt-Weiß', 'Hoffmeister', 'Dreßler', 'Kühn', 'Ostermann']],
  FR: [['Aurélien', 'Clémence', 'Jean-Baptiste', 'Maëlle', 'Grégoire', 'Solène', 'Benoît', 'Anaïs'], ['Lefèvre', 'Dubois-Mercier', 'Rousseau', 'Chevalier', 'Gauthier', 'Beaumont', 'Moreau', 'Lacroix']],
  NL: [['Sanne', 'Joost', 'Femke', 'Bram', 'Lieke', 'Maarten'], ['van der Linden', 'de Vries', 'Bakker', 'van Dijk', 'Visser', 'de Jong-Smit']],
  ES: [['María José', 'Alejandro', 'Lucía', 'Íñigo', 'Nuria', 'Sergio'], ['García López', 'Fernández', 'Martínez Ruiz', 'Echeverría', 'Sánchez-Vidal', 'Ortega']],
  PL: [['Małgorzata', 'Krzysztof', 'Agnieszka', 'Wojciech', 'Zofia', 'Paweł'], ['Wiśniewska', 'Zieliński', 'Nowak', 'Szymańska', 'Wójcik', 'Kamiński']],
  BR: [['João Pedro', 'Thaís', 'Gustavo', 'Letícia', 'Rafael', 'Fernanda'], ['Albuquerque', 'da Silva', 'Figueiredo', 'Conceição', 'Nogueira', 'Carvalho']],
  SE: [['Björn', 'Elin', 'Oskar', 'Sigrid', 'Linnéa', 'Måns'], ['Lindqvist', 'Åberg', 'Sjöström', 'Holmgren', 'Ekström', 'Nyberg']],
  IN: [['Priyanka', 'Arjun', 'Sneha', 'Venkatesh', 'Ananya', 'Rohit'], ['Raghunathan', 'Chatterjee', 'Iyer', 'Deshpande', 'Kulkarni', 'Venkataraman']],
  IE: [['Aoife', 'Cillian', 'Saoirse', 'Darragh', 'Órla', 'Eoin'], ['Ó Súilleabháin', 'MacNamara', 'Fitzgerald', 'Ní Bhriain', 'Kavanagh', 'Doherty']],
};

/** A person of a random culture. */
export function person(r: Rng32, country?: Person32['country']): Person32 {
  const c = country ?? r.pick(Object.keys(NAMES) as Person32['country'][]);
  const [fs, ls] = NAMES[c];
  const first = r.pick(fs);
  const last = r.pick(ls);
  return { first, last, full: `${first} ${last}`, country: c };
}

/** ASCII-folded lowercase form of a name part for e-mail local parts. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/['\s]/g, '').toLowerCase();
}

const WORK = ['northwind-logistics.com', 'acmeretail.io', 'bluepeak.dev', 'stellarfreight.eu', 'quillhealth.co.uk', 'kiteworks-energy.de', 'ferrovia.com.br', 'lumenbank.nl'];
const HOME = ['gmail.com', 'outlook.com', 'proton.me', 'web.de', 'yahoo.co.uk', 'icloud.com', 'gmx.net', 'hotmail.fr'];

/** An e-mail of a person, at work or at home. */
export function email(r: Rng32, p: Person32, where: 'work' | 'home' | 'any' = 'any'): string {
  const f = fold(p.first);
  const l = fold(p.last).replace(/-/g, '');
  const home = where === 'home' || (where === 'any' && r.chance(0.35));
  const local = r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}`, `${f}.${l}${r.int(1, 99)}`, `${l}.${f}`, `${f}+ci@`.replace('@', '')]);
  return `${local}@${home ? r.pick(HOME) : r.pick(WORK)}`;
}

/** A mobile phone number in the person's country, in one of its usual written forms. */
export function phone(r: Rng32, c: Person32['country']): string {
  const d = (n: number) => r.digits(n);
  switch (c) {
    case 'US': {
      const a = r.pick(['212', '312', '415', '617', '206', '512', '303', '404', '720', '646']);
      const x = `${r.int(2, 9)}${r.pick(['3', '4', '6', '7', '8'])}${r.int(0, 9)}`;
      return r.pick([`+1 (${a}) ${x}-${d(4)}`, `${a}-${x}-${d(4)}`, `+1 ${a} ${x} ${d(4)}`, `(${a}) ${x}-${d(4)}`, `+1${a}${x}${d(4)}`]);
    }
    case 'GB': { const m = `7${r.pick(['4', '5', '8', '9'])}${d(2)}`; return r.pick([`+44 ${m} ${d(6)}`, `0${m} ${d(3)} ${d(3)}`, `+44${m}${d(6)}`]); }
    case 'IE': return r.pick([`+353 8${r.pick(['3', '5', '6', '7'])} ${d(3)} ${d(4)}`, `08${r.pick(['3', '5', '7'])} ${d(3)} ${d(4)}`]);
    case 'DE': { const p = r.pick(['151', '160', '170', '172', '176', '157']); return r.pick([`+49 ${p} ${d(8)}`, `+49 (0)${p} ${d(7)}`, `0${p} ${d(4)} ${d(4)}`]); }
    case 'FR': { const g = () => d(2); return r.pick([`+33 ${r.pick(['6', '7'])} ${g()} ${g()} ${g()} ${g()}`, `0${r.pick(['6', '7'])} ${g()} ${g()} ${g()} ${g()}`, `0${r.pick(['6', '7'])}.${g()}.${g()}.${g()}.${g()}`]); }
    case 'NL': return r.pick([`+31 6 ${d(8)}`, `06-${d(8)}`, `+31 (0)6 ${d(4)} ${d(4)}`]);
    case 'ES': return r.pick([`+34 6${d(2)} ${d(3)} ${d(3)}`, `6${d(2)} ${d(2)} ${d(2)} ${d(2)}`]);
    case 'PL': return r.pick([`+48 ${r.pick(['5', '6', '7', '8'])}${d(2)} ${d(3)} ${d(3)}`, `+48 ${r.pick(['5', '6'])}${d(2)}-${d(3)}-${d(3)}`]);
    case 'BR': return r.pick([`+55 11 9${d(4)}-${d(4)}`, `(21) 9${d(4)}-${d(4)}`, `+55 (31) 9${d(4)}-${d(4)}`]);
    case 'SE': return r.pick([`+46 7${r.pick(['0', '2', '3', '6'])} ${d(3)} ${d(2)} ${d(2)}`, `07${r.pick(['0', '2', '3'])}-${d(3)} ${d(2)} ${d(2)}`]);
    case 'IN': return r.pick([`+91 ${r.pick(['98', '99', '97', '88', '70'])}${d(3)} ${d(5)}`, `+91-${r.pick(['98', '96', '90'])}${d(8)}`]);
  }
}

/** A home address on one line, in the person's country's usual shape. */
export function address(r: Rng32, c: Person32['country']): string {
  const n = r.int(2, 240);
  switch (c) {
    case 'US': return `${r.int(100, 9899)} ${r.pick(['Maple Ave', 'N Lamar Blvd', 'Elmwood Dr', 'SE Hawthorne St', 'Oak Ridge Ct'])}${r.pick(['', `, Apt ${r.int(1, 40)}${r.pick(['A', 'B', 'C'])}`])}, ${r.pick(['Portland, OR 972', 'Austin, TX 787', 'Denver, CO 802', 'Somerville, MA 021'])}${r.digits(2)}`;
    case 'GB': case 'IE': return `${n} ${r.pick(['Kingsley Road', 'Albion Terrace', 'St Mary’s Close', 'Hawthorn Lane'])}, ${r.pick(['Bristol BS7', 'Leeds LS6', 'Manchester M20', 'Bath BA2'])} ${r.int(1, 9)}${r.pick(['AB', 'QX', 'HN', 'RD'])}`;
    case 'DE': return `${r.pick(['Lindenstraße', 'Am Weinberg', 'Schönhauser Allee', 'Gartenweg'])} ${n}${r.pick(['', 'a', 'b'])}, ${r.pick(['10437 Berlin', '80331 München', '50667 Köln', '20095 Hamburg'])}`;
    case 'FR': return `${n} ${r.pick(['rue des Lilas', 'avenue Jean-Jaurès', 'boulevard de la Croix-Rousse', 'impasse du Moulin'])}, ${r.pick(['69004 Lyon', '75011 Paris', '31000 Toulouse', '44000 Nantes'])}`;
    case 'NL': return `${r.pick(['Keizersgracht', 'Oudegracht', 'Van Woustraat'])} ${n}-${r.pick(['I', 'II', 'huis'])}, ${r.int(1011, 3584)} ${r.pick(['CJ', 'AB', 'TK'])} ${r.pick(['Amsterdam', 'Utrecht'])}`;
    case 'ES': return `Calle ${r.pick(['de Alcalá', 'Mayor', 'del Carmen'])} ${n}, ${r.int(1, 6)}º ${r.pick(['A', 'B', 'Izq.'])}, ${r.pick(['28014 Madrid', '08013 Barcelona', '41001 Sevilla'])}`;
    case 'PL': return `ul. ${r.pick(['Marszałkowska', 'Długa', 'Piotrkowska'])} ${n}/${r.int(1, 60)}, ${r.pick(['00-624 Warszawa', '90-001 Łódź', '31-042 Kraków'])}`;
    case 'BR': return `Rua ${r.pick(['das Acácias', 'Augusta', 'Visconde de Pirajá'])}, ${n}, apto ${r.int(11, 1204)} – ${r.pick(['São Paulo – SP, 01305-', 'Rio de Janeiro – RJ, 22410-'])}${r.digits(3)}`;
    case 'SE': return `${r.pick(['Storgatan', 'Drottninggatan', 'Södra Vägen'])} ${n}, ${r.int(111, 417)} ${r.int(10, 99)} ${r.pick(['Stockholm', 'Göteborg', 'Uppsala'])}`;
    case 'IN': return `Flat ${r.int(101, 1204)}, ${r.pick(['Prestige Shantiniketan', 'Lodha Palava', 'DLF Phase 3'])}, ${r.pick(['Whitefield, Bengaluru 560066', 'Thane West, Mumbai 400607', 'Gurugram, Haryana 122002'])}`;
  }
}

/** A US SSN with valid area, group and serial. */
export function ssn(r: Rng32): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  return `${String(a).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

/** A UK National Insurance number. */
export function nino(r: Rng32): string {
  const a = r.pick([...'ABCEGHJKLMNPRSTWXYZ']);
  const b = r.pick([...'ABCEGHJKLMNPRSTWXYZ']);
  const pre = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(a + b) ? 'AB' : a + b;
  const d = r.digits(6);
  return r.chance(0.5) ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.pick([...'ABCD'])}` : `${pre}${d}${r.pick([...'ABCD'])}`;
}

/** A Spanish DNI with its control letter. */
export function dni(r: Rng32): string {
  const n = r.int(10000000, 79999999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}

/** A Dutch BSN passing the 11-test. */
export function bsn(r: Rng32): string {
  for (;;) {
    const d = `${r.int(1, 6)}${r.digits(7)}`;
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
    const last = s % 11;
    if (last <= 9) return `${d}${last}`;
  }
}

/** A Polish PESEL with its check digit. */
export function pesel(r: Rng32): string {
  const y = r.int(60, 105);
  const mm = r.int(1, 12) + (y >= 100 ? 20 : 0);
  const base = `${String(y % 100).padStart(2, '0')}${String(mm).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${r.digits(4)}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = [...base].reduce((a, ch, i) => a + Number(ch) * w[i]!, 0);
  return `${base}${(10 - (s % 10)) % 10}`;
}

/** A Brazilian CPF, written 000.000.000-00. */
export function cpf(r: Rng32): string {
  const d = [...r.digits(9)].map(Number);
  if (d.every((x) => x === d[0])) d[0] = (d[0]! + 1) % 10;
  for (const len of [9, 10]) {
    const s = d.slice(0, len).reduce((a, x, i) => a + x * (len + 1 - i), 0);
    d.push((s * 10) % 11 % 10);
  }
  const t = d.join('');
  return `${t.slice(0, 3)}.${t.slice(3, 6)}.${t.slice(6, 9)}-${t.slice(9)}`;
}

/** Luhn check over a digit string. */
export function luhnOk(digits: string): boolean {
  let s = 0;
  for (let i = 0; i < digits.length; i++) {
    let x = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    s += x;
  }
  return s % 10 === 0;
}

/** The Luhn digit completing `partial`. */
export function luhnDigit(partial: string): string {
  for (let c = 0; c <= 9; c++) if (luhnOk(partial + c)) return String(c);
  throw new Error('unreachable');
}

/** A Swedish personnummer YYMMDD-NNNC (Luhn over the 9 digits). */
export function personnummer(r: Rng32): string {
  const base = `${String(r.int(50, 99)).padStart(2, '0')}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${r.digits(3)}`;
  return `${base.slice(0, 6)}-${base.slice(6)}${luhnDigit(base)}`;
}

/** A German tax id (Steuer-ID): one digit doubled in the first ten, ISO 7064 MOD 11,10 check digit. */
export function steuerId(r: Rng32): string {
  for (;;) {
    const pool = [...'0123456789'];
    pool.splice(r.int(0, 9), 1);
    const d = [...pool, r.pick(pool)];
    for (let i = d.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [d[i], d[j]] = [d[j]!, d[i]!];
    }
    if (d[0] === '0') continue;
    return `${d.join('')}${steuerCheck(d.join(''))}`;
  }
}

/** The ISO 7064 MOD 11,10 check digit of a Steuer-ID's first ten digits. */
export function steuerCheck(ten: string): number {
  let p = 10;
  for (const ch of ten) {
    let s = (Number(ch) + p) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  const c = 11 - p;
  return c === 10 ? 0 : c;
}

/** A national id of the person's country (or an SSN / NINO fallback), with its kind label. */
export function nationalId(r: Rng32, c: Person32['country']): { value: string; kind: string } {
  switch (c) {
    case 'US': return { value: ssn(r), kind: 'us-ssn' };
    case 'GB': return { value: nino(r), kind: 'uk-nino' };
    case 'DE': return { value: steuerId(r), kind: 'de-steuer-id' };
    case 'NL': return { value: bsn(r), kind: 'nl-bsn' };
    case 'ES': return { value: dni(r), kind: 'es-dni' };
    case 'PL': return { value: pesel(r), kind: 'pl-pesel' };
    case 'BR': return { value: cpf(r), kind: 'br-cpf' };
    case 'SE': return { value: personnummer(r), kind: 'se-personnummer' };
    default: return r.chance(0.5) ? { value: ssn(r), kind: 'us-ssn' } : { value: nino(r), kind: 'uk-nino' };
  }
}
