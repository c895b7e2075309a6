/**
 * Blind set 84: end users: names from many countries, their emails, phone numbers (E.164 and
 * national), street address lines, birth dates and national ids, and public client IPs.
 */
import { Rng } from './blind-set-84-rng';

/** A country and its names, phones and streets. */
interface Country {
  cc: string;
  first: string[];
  last: string[];
  streets: string[];
  mail: string[];
}

const COUNTRIES: Country[] = [
  { cc: 'US', first: ['Brianna', 'Marcus', 'Kayla', 'Derrick', 'Shannon', 'Tyler', 'Latoya', 'Graham'], last: ['Whitfield', 'Okafor', 'Delgado', 'Hendricks', 'Nakamura', 'Brennan', 'Castellano'], streets: ['Larkspur Lane', 'W Magnolia Ave', 'NE 47th St', 'Old Orchard Rd', 'Sycamore Ct'], mail: ['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com'] },
  { cc: 'GB', first: ['Eleanor', 'Callum', 'Siobhan', 'Rhys', 'Imogen', 'Alistair'], last: ['Pemberton', 'Fairclough', 'McAllister', 'Ashworth', 'Whittaker'], streets: ['Cranbrook Road', 'Beechwood Avenue', 'Mill Lane', 'Kingsley Close'], mail: ['btinternet.com', 'gmail.com', 'hotmail.co.uk', 'sky.com'] },
  { cc: 'DE', first: ['Jürgen', 'Katharina', 'Lukas', 'Friederike', 'Matthias'], last: ['Schäfer', 'Großmann', 'Vogel', 'Hoffmeister', 'Bäcker'], streets: ['Lindenstraße', 'Am Mühlbach', 'Goethestraße', 'Rosenweg'], mail: ['web.de', 'gmx.de', 't-online.de'] },
  { cc: 'FR', first: ['Amélie', 'Théo', 'Clémence', 'Guillaume', 'Océane'], last: ['Lefèvre', 'Moreau', 'Rousseau', 'Girard-Dupont'], streets: ['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire'], mail: ['orange.fr', 'free.fr', 'laposte.net'] },
  { cc: 'ES', first: ['José', 'Lucía', 'Álvaro', 'Begoña', 'Iñaki'], last: ['Fernández', 'Ibáñez', 'Castro Ruiz', 'Muñoz'], streets: ['Calle de Alcalá', 'Avinguda Diagonal', 'Calle Mayor'], mail: ['gmail.com', 'hotmail.es', 'telefonica.net'] },
  { cc: 'BR', first: ['João', 'Luíza', 'Thiago', 'Fernanda', 'Raimundo'], last: ['Gonçalves', 'Araújo', 'Nascimento', 'Pereira da Silva'], streets: ['Rua Augusta', 'Avenida Paulista', 'Rua das Flores'], mail: ['uol.com.br', 'gmail.com', 'bol.com.br'] },
  { cc: 'IN', first: ['Priyanka', 'Arjun', 'Sneha', 'Venkatesh', 'Aditi'], last: ['Raghunathan', 'Chatterjee', 'Iyer', 'Deshpande'], streets: ['MG Road', '4th Cross, Indiranagar', 'Linking Road'], mail: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'] },
  { cc: 'NL', first: ['Maarten', 'Sanne', 'Joost', 'Femke'], last: ['van der Berg', 'de Vries', 'Bakker', 'Janssen'], streets: ['Prinsengracht', 'Keizersstraat', 'Dorpsstraat'], mail: ['ziggo.nl', 'kpnmail.nl', 'gmail.com'] },
  { cc: 'PL', first: ['Łukasz', 'Agnieszka', 'Wojciech', 'Małgorzata'], last: ['Wróbel', 'Kowalczyk', 'Szymańska', 'Zieliński'], streets: ['ul. Marszałkowska', 'ul. Długa', 'al. Jerozolimskie'], mail: ['wp.pl', 'onet.pl', 'gmail.com'] },
  { cc: 'JP', first: ['Haruto', 'Yui', 'Sota', 'Aoi'], last: ['Takahashi', 'Watanabe', 'Yamaguchi', 'Fujimoto'], streets: ['Jingumae 3-chome', 'Nishi-Shinjuku 2-chome', 'Umeda 1-chome'], mail: ['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com'] },
  { cc: 'VN', first: ['Nguyễn Thị', 'Trần Văn', 'Lê Thị'], last: ['Mai', 'Hùng', 'Thảo'], streets: ['Đường Lê Lợi', 'Phố Huế'], mail: ['gmail.com', 'yahoo.com.vn'] },
  { cc: 'NG', first: ['Chinedu', 'Oluwaseun', 'Ngozi', 'Babajide'], last: ['Adeyemi', 'Okonkwo', 'Eze', 'Balogun'], streets: ['Adeola Odeku Street', 'Allen Avenue'], mail: ['gmail.com', 'yahoo.com'] },
  { cc: 'CA', first: ['Geneviève', 'Liam', 'Maëlle', 'Connor'], last: ['Tremblay', 'Gagnon', 'MacPherson', 'Bouchard'], streets: ['rue Sainte-Catherine', 'Yonge Street', 'Robson St'], mail: ['videotron.ca', 'rogers.com', 'gmail.com'] },
  { cc: 'AU', first: ['Lachlan', 'Matilda', 'Brodie', 'Sienna'], last: ['Fitzgerald', 'Nguyen', "O'Sullivan", 'Kowalski'], streets: ['Parramatta Rd', 'Chapel Street', 'Coronation Dr'], mail: ['bigpond.com', 'optusnet.com.au', 'gmail.com'] },
];

/** One end user with consistent details. */
export interface Person {
  cc: string;
  first: string;
  last: string;
  name: string;
  email: string;
  phone: string;
  phoneNational: string;
  street: string;
  city: string;
  postal: string;
  dob: string;
}

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/ß/g, 'ss').replace(/[^A-Za-z0-9]+/g, '');
}

function phones(r: Rng, cc: string): [string, string] {
  const d = (n: number) => r.digits(n);
  switch (cc) {
    case 'US':
    case 'CA': {
      const a = `${r.int(2, 9)}${r.int(0, 8)}${r.int(0, 9)}`;
      const e = `${r.int(2, 9)}${d(2)}`;
      const l = d(4);
      return [`+1${a}${e}${l}`, r.chance(0.5) ? `(${a}) ${e}-${l}` : `${a}-${e}-${l}`];
    }
    case 'GB': {
      const m = `7${r.int(4, 9)}${d(2)}`;
      const rest = d(6);
      return [`+44${m}${rest}`, `0${m} ${rest}`];
    }
    case 'DE': {
      const m = `15${r.int(1, 9)}`;
      const rest = d(8);
      return [`+49${m}${rest}`, `0${m} ${rest}`];
    }
    case 'FR': {
      const m = `${r.int(6, 7)}${d(8)}`;
      return [`+33${m}`, `0${m.replace(/(\d)(\d\d)(\d\d)(\d\d)(\d\d)/, '$1 $2 $3 $4 $5')}`];
    }
    case 'IN': {
      const m = `${r.int(7, 9)}${d(9)}`;
      return [`+91${m}`, `0${m.slice(0, 5)} ${m.slice(5)}`];
    }
    case 'BR': {
      const dd = `${r.int(11, 99)}`;
      const m = `9${d(4)}${d(4)}`;
      return [`+55${dd}${m}`, `(${dd}) ${m.slice(0, 5)}-${m.slice(5)}`];
    }
    case 'JP': {
      const m = `${r.pick(['70', '80', '90'])}${d(8)}`;
      return [`+81${m}`, `0${m.slice(0, 2)}-${m.slice(2, 6)}-${m.slice(6)}`];
    }
    default: {
      const code = { ES: '34', NL: '31', PL: '48', VN: '84', NG: '234', AU: '61' }[cc] ?? '353';
      const m = `${r.int(6, 9)}${d(8)}`;
      return [`+${code}${m}`, `0${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6)}`];
    }
  }
}

function postal(r: Rng, cc: string): string {
  if (cc === 'GB') return `${r.pick(['SW', 'M', 'LS', 'EH', 'BS'])}${r.int(1, 19)} ${r.int(1, 9)}${r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`;
  if (cc === 'NL') return `${r.int(1000, 9999)} ${r.chars('ABCDEFGHJKLMNPRSTVWXZ', 2)}`;
  if (cc === 'CA') return `${r.pick(['H2X', 'M5V', 'V6B'])} ${r.int(1, 9)}${r.pick(['A', 'K', 'R'])}${r.int(1, 9)}`;
  if (cc === 'BR') return `${r.digits(5)}-${r.digits(3)}`;
  return `${r.int(10000, 99999)}`;
}

const CITY: Record<string, string[]> = { US: ['Austin', 'Columbus', 'Tacoma'], GB: ['Leeds', 'Bristol', 'Edinburgh'], DE: ['Köln', 'Leipzig'], FR: ['Lyon', 'Nantes'], ES: ['Madrid', 'Bilbao'], BR: ['São Paulo', 'Curitiba'], IN: ['Bengaluru', 'Pune'], NL: ['Utrecht', 'Amsterdam'], PL: ['Kraków', 'Gdańsk'], JP: ['Shibuya-ku', 'Osaka'], VN: ['Hà Nội'], NG: ['Lagos'], CA: ['Montréal', 'Toronto'], AU: ['Brisbane', 'Melbourne'] };

/** A fresh end user from a random country. */
export function person(r: Rng): Person {
  const c = r.pick(COUNTRIES);
  let first = r.pick(c.first);
  let last = r.pick(c.last);
  while (`${first} ${last}`.length < 8) last = r.pick(c.last);
  if (r.chance(0.08)) first = `${first}-${r.pick(c.first)}`;
  const [phone, phoneNational] = phones(r, c.cc);
  const fa = ascii(first).toLowerCase();
  const la = ascii(last).toLowerCase();
  const local = r.pick([`${fa}.${la}`, `${fa}${la}${r.int(1, 99)}`, `${fa[0]}${la}`, `${fa}_${la}`, `${la}.${fa}${r.int(70, 99)}`]);
  const domain = r.chance(0.2) ? r.pick(['acmecorp.com', 'northwind-logistics.com', 'brightpath.io', 'stellarhealth.org']) : r.pick(c.mail);
  const num = `${r.int(2, 2899)}`;
  const street = c.cc === 'US' || c.cc === 'GB' || c.cc === 'AU' || c.cc === 'NG' || (c.cc === 'CA' && r.chance(0.5)) ? `${num} ${r.pick(c.streets)}` : c.cc === 'JP' ? `${r.pick(c.streets)} ${r.int(1, 30)}-${r.int(1, 20)}` : `${r.pick(c.streets)} ${num}`;
  const y = r.int(1948, 2005);
  const dob = `${y}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  return { cc: c.cc, first, last, name: `${first} ${last}`, email: `${local}@${domain}`, phone, phoneNational, street: r.chance(0.15) ? `${street}, ${r.pick(['Apt', 'Unit', 'Flat', 'Suite'])} ${r.int(1, 40)}${r.pick(['', 'B', 'C'])}` : street, city: r.pick(CITY[c.cc] ?? ['Dublin']), postal: postal(r, c.cc), dob };
}

/** A US Social Security number in the issued ranges. */
export function ssn(r: Rng): string {
  let a = r.int(1, 899);
  if (a === 666) a = 667;
  return `${String(a).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

/** A national id of another country (with its kind): UK NINO, Spanish DNI, Brazilian CPF, Canadian SIN. */
export function nationalId(r: Rng): { kind: string; value: string } {
  const k = r.int(0, 3);
  if (k === 0) return { kind: 'uk-nino', value: `${r.chars('ABCEGHJKLMNPRSTWXYZ', 1)}${r.chars('ABCEGHJKLMNPRSTWXYZ', 1)}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}` };
  if (k === 1) {
    const n = r.int(10000000, 99999999);
    return { kind: 'es-dni', value: `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}` };
  }
  if (k === 2) {
    const d = Array.from({ length: 9 }, () => r.int(0, 9));
    if (d.every((x) => x === d[0])) d[0] = (d[0]! + 1) % 10;
    const c1 = ((d.reduce((s, x, i) => s + x * (10 - i), 0) * 10) % 11) % 10;
    const c2 = (([...d, c1].reduce((s, x, i) => s + x * (11 - i), 0) * 10) % 11) % 10;
    const s = [...d, c1, c2].join('');
    return { kind: 'br-cpf', value: `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` };
  }
  const d = [r.int(1, 7), ...Array.from({ length: 7 }, () => r.int(0, 9))];
  const sum = d.reduce((s, x, i) => s + (i % 2 === 1 ? ((x * 2) % 10) + Math.floor((x * 2) / 10) : x), 0);
  const s = [...d, (10 - (sum % 10)) % 10].join('');
  return { kind: 'ca-sin', value: `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}` };
}

/** A public IPv4 (not private, loopback, CGNAT or documentation ranges). */
export function publicIpv4(r: Rng): string {
  for (;;) {
    const a = r.int(2, 223);
    const b = r.int(0, 255);
    if (a === 10 || a === 127 || (a === 100 && b >= 64 && b < 128) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168) || (a === 192 && b === 0) || (a === 198 && (b === 18 || b === 19 || b === 51)) || (a === 203 && b === 0)) continue;
    return `${a}.${b}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
}

/** A public IPv6 of a residential/mobile network. */
export function publicIpv6(r: Rng): string {
  const p = r.pick(['2a02:', '2600:1700:', '2a01:cb', '2001:56a:', '2605:a601:', '2a00:23c']);
  const head = p.endsWith(':') ? p.slice(0, -1) : p + r.hex(2);
  const groups = Array.from({ length: 8 - head.split(':').length }, () => r.hex(4).replace(/^0+(?=.)/, ''));
  return `${head}:${groups.join(':')}`;
}

/** A public client IP, v4 mostly. */
export function clientIp(r: Rng): string {
  return r.chance(0.75) ? publicIpv4(r) : publicIpv6(r);
}
