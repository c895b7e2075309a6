import type { Rng30 } from './blind-set-30-rng';

/** The countries whose contacts set 30 draws: phones, addresses and mail providers follow them. */
export type Country30 = 'US' | 'GB' | 'DE' | 'FR' | 'ES' | 'IT' | 'NL' | 'BR' | 'AU' | 'CA' | 'IN' | 'SE' | 'MX' | 'JP' | 'PL';
/** Every country set 30 draws contacts from. */
export const COUNTRIES30: readonly Country30[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BR', 'AU', 'CA', 'IN', 'SE', 'MX', 'JP', 'PL'];

const NAMES: Record<Country30, [string[], string[]]> = {
  US: [['Jennifer', 'Marcus', 'Ashley', 'Tyrone', 'Megan', 'Brandon', 'Keisha', 'Dustin'], ['Whitaker', 'Delgado', 'Kowalczyk', 'Henderson', 'Nguyen', 'Robinson', 'Castellano']],
  GB: [['Siobhan', 'Oliver', 'Harriet', 'Callum', 'Imogen', 'Rhys', 'Priya'], ["O'Brien", 'Fairclough', 'Pemberton', 'Ashworth', 'McAllister', 'Thornton']],
  DE: [['Jürgen', 'Katrin', 'Maximilian', 'Anneliese', 'Torsten', 'Leonie'], ['Müller', 'Schäfer', 'Hoffmann', 'Weißenborn', 'Bergmann', 'Krüger']],
  FR: [['François', 'Amélie', 'Benoît', 'Céline', 'Mathieu', 'Élodie'], ['Lefèvre', 'Dubois', 'Moreau', 'Garnier', 'Rousseau', 'Chevalier']],
  ES: [['José', 'Lucía', 'Alejandro', 'Inmaculada', 'Sergio', 'Begoña'], ['García', 'Muñoz', 'Fernández', 'Iglesias', 'Navarro', 'Ortega']],
  IT: [['Giuseppe', 'Francesca', 'Lorenzo', 'Chiara', 'Alessandro', 'Giulia'], ['Rossi', 'Bianchi', 'Esposito', 'Colombo', 'Ferrara', 'Marchetti']],
  NL: [['Sanne', 'Joost', 'Femke', 'Maarten', 'Lotte', 'Bram'], ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit']],
  BR: [['João', 'Ana Paula', 'Thiago', 'Fernanda', 'Rafael', 'Juliana'], ['Silva', 'Santos', 'Oliveira', 'Pereira', 'Carvalho', 'Rodrigues']],
  AU: [['Lachlan', 'Chloe', 'Mitchell', 'Tahlia', 'Brodie', 'Matilda'], ['Fitzgerald', 'Campbell', 'Nicholls', 'Hargreaves', 'Walsh']],
  CA: [['Geneviève', 'Tremaine', 'Mélanie', 'Connor', 'Sandeep', 'Avery'], ['Tremblay', 'Gagnon', 'Bouchard', 'MacDonald', 'Gill']],
  IN: [['Aarav', 'Priyanka', 'Rohan', 'Sneha', 'Vikram', 'Ananya'], ['Sharma', 'Iyer', 'Reddy', 'Chatterjee', 'Patel', 'Menon']],
  SE: [['Björn', 'Astrid', 'Linnea', 'Gustav', 'Elsa', 'Oskar'], ['Lindqvist', 'Johansson', 'Åkesson', 'Nyström', 'Bergström']],
  MX: [['Guadalupe', 'Alejandra', 'Rodrigo', 'Ximena', 'Mauricio'], ['Hernández', 'Ramírez', 'Villanueva', 'Cervantes', 'Salinas']],
  JP: [['Haruto', 'Yui', 'Takeshi', 'Sakura', 'Kenji', 'Aoi'], ['Takahashi', 'Watanabe', 'Yamamoto', 'Nakamura', 'Kobayashi']],
  PL: [['Agnieszka', 'Krzysztof', 'Małgorzata', 'Tomasz', 'Katarzyna'], ['Nowak', 'Wiśniewski', 'Kamińska', 'Lewandowski', 'Zieliński']],
};

const MAIL: Record<Country30, string[]> = {
  US: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net'], GB: ['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com'],
  DE: ['web.de', 'gmx.de', 't-online.de', 'gmail.com'], FR: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'], ES: ['gmail.com', 'telefonica.net', 'hotmail.es'],
  IT: ['libero.it', 'gmail.com', 'alice.it'], NL: ['ziggo.nl', 'gmail.com', 'kpnmail.nl'], BR: ['uol.com.br', 'bol.com.br', 'gmail.com'], AU: ['bigpond.com', 'gmail.com', 'optusnet.com.au'],
  CA: ['gmail.com', 'videotron.ca', 'rogers.com'], IN: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'], SE: ['telia.com', 'gmail.com', 'outlook.com'], MX: ['prodigy.net.mx', 'gmail.com', 'hotmail.com'],
  JP: ['yahoo.co.jp', 'gmail.com', 'docomo.ne.jp'], PL: ['wp.pl', 'onet.pl', 'gmail.com'],
};

/** Company mail domains for B2B contacts (work addresses of named people). */
export const WORK_DOMAINS = ['northwind-logistics.com', 'brightpath.io', 'kestrel-foods.co.uk', 'helio-energie.de', 'atelier-marceau.fr', 'vantage-dental.com.au', 'quillon.se', 'mercato-verde.it', 'sundial-health.com', 'orbitaltech.com.br'];

/** One contact: names, addresses and phone renderings of their country. */
export interface Person30 {
  country: Country30; first: string; last: string; full: string; email: string;
  /** International with spaces, national, and E.164 renderings of the same mobile number. */
  phoneIntl: string; phoneNat: string; phoneE164: string;
  street: string; city: string; postcode: string; address: string;
  dob: { y: number; m: number; d: number };
}

function ascii(s: string): string {
  return s.replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z]/g, '').toLowerCase();
}

/** The mobile number of a country as [intl, national, E.164]. */
export function phone30(r: Rng30, c: Country30): [string, string, string] {
  const d = (n: number) => r.digits(n);
  switch (c) {
    case 'US': case 'CA': {
      const a = r.pick(c === 'US' ? ['415', '212', '617', '312', '512', '206', '303', '646', '404', '713'] : ['416', '514', '604', '403', '613', '902']);
      const x = `${r.int(2, 9)}${r.int(0, 9)}${r.int(1, 9)}`, l = d(4);
      return [`+1 ${a}-${x}-${l}`, `(${a}) ${x}-${l}`, `+1${a}${x}${l}`];
    }
    case 'GB': { const m = `7${r.int(4, 9)}${d(2)}`, l = d(6); return [`+44 ${m} ${l}`, `0${m} ${l}`, `+44${m}${l}`]; }
    case 'DE': { const p = r.pick(['151', '160', '170', '171', '176', '157']), l = d(8); return [`+49 ${p} ${l}`, `0${p} ${l}`, `+49${p}${l}`]; }
    case 'FR': { const g = [`${r.pick(['6', '7'])}`, d(2), d(2), d(2), d(2)]; return [`+33 ${g.join(' ')}`, `0${g.join(' ')}`, `+33${g.join('')}`]; }
    case 'ES': { const a = `6${d(2)}`, b = d(3), e = d(3); return [`+34 ${a} ${b} ${e}`, `${a} ${b} ${e}`, `+34${a}${b}${e}`]; }
    case 'IT': { const a = `3${r.int(2, 9)}${d(1)}`, b = d(3), e = d(4); return [`+39 ${a} ${b} ${e}`, `${a} ${b} ${e}`, `+39${a}${b}${e}`]; }
    case 'NL': { const l = d(8); return [`+31 6 ${l}`, `06-${l}`, `+316${l}`]; }
    case 'BR': { const a = r.pick(['11', '21', '31', '41', '51', '61']), b = `9${d(4)}`, e = d(4); return [`+55 ${a} ${b}-${e}`, `(${a}) ${b}-${e}`, `+55${a}${b}${e}`]; }
    case 'AU': { const a = `4${d(2)}`, b = d(3), e = d(3); return [`+61 ${a} ${b} ${e}`, `0${a} ${b} ${e}`, `+61${a}${b}${e}`]; }
    case 'IN': { const a = `${r.int(7, 9)}${d(4)}`, b = d(5); return [`+91 ${a} ${b}`, `0${a} ${b}`, `+91${a}${b}`]; }
    case 'SE': { const a = r.pick(['70', '72', '73', '76']), b = d(3), e = d(2), f = d(2); return [`+46 ${a} ${b} ${e} ${f}`, `0${a}-${b} ${e} ${f}`, `+46${a}${b}${e}${f}`]; }
    case 'MX': { const a = r.pick(['55', '33', '81']), b = d(4), e = d(4); return [`+52 ${a} ${b} ${e}`, `${a} ${b} ${e}`, `+52${a}${b}${e}`]; }
    case 'JP': { const a = r.pick(['90', '80', '70']), b = d(4), e = d(4); return [`+81 ${a}-${b}-${e}`, `0${a}-${b}-${e}`, `+81${a}${b}${e}`]; }
    case 'PL': { const a = `${r.pick(['5', '6', '7', '8'])}${d(2)}`, b = d(3), e = d(3); return [`+48 ${a} ${b} ${e}`, `${a} ${b} ${e}`, `+48${a}${b}${e}`]; }
  }
}

/** A street line, city and postcode of a country, and the one-line address they make. */
export function address30(r: Rng30, c: Country30): { street: string; city: string; postcode: string; address: string } {
  const n = r.int(2, 2999);
  const pick = <T,>(xs: readonly T[]): T => r.pick(xs);
  const d = (k: number) => r.digits(k);
  const L = () => r.chars('ABCDEFGHJKLMNPRSTUWXYZ', 1);
  switch (c) {
    case 'US': { const st = `${n} ${pick(['Oak', 'Maple', 'Cedar Ridge', 'Lakeview', 'Franklin', 'Magnolia'])} ${pick(['Street', 'Ave', 'Drive', 'Blvd', 'Lane'])}${r.chance(0.4) ? ` Apt ${r.int(2, 40)}${pick(['A', 'B', 'C'])}` : ''}`; const [city, s] = pick([['Austin', 'TX'], ['Columbus', 'OH'], ['Portland', 'OR'], ['Raleigh', 'NC'], ['Denver', 'CO']]) as [string, string]; const pc = `${r.int(1, 9)}${d(4)}`; return { street: st, city, postcode: pc, address: `${st}, ${city}, ${s} ${pc}` }; }
    case 'GB': { const st = `${r.int(1, 220)} ${pick(['Kingsley Road', 'Victoria Terrace', 'Mill Lane', 'Ashgrove Close', 'Station Road'])}`; const [city, out] = pick([['Leeds', 'LS6'], ['Bristol', 'BS7'], ['Manchester', 'M20'], ['Glasgow', 'G12']]) as [string, string]; const pc = `${out} ${r.int(1, 9)}${L()}${L()}`; return { street: st, city, postcode: pc, address: `${st}, ${city} ${pc}` }; }
    case 'DE': { const st = `${pick(['Lindenstraße', 'Goethestraße', 'Am Mühlenberg', 'Schillerweg', 'Bahnhofstraße'])} ${r.int(1, 180)}${r.chance(0.2) ? 'a' : ''}`; const city = pick(['Berlin', 'München', 'Köln', 'Leipzig', 'Hamburg']); const pc = `${r.int(1, 9)}${d(4)}`; return { street: st, city, postcode: pc, address: `${st}, ${pc} ${city}` }; }
    case 'FR': { const st = `${r.int(1, 140)} ${pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République', 'impasse des Tilleuls'])}`; const city = pick(['Paris', 'Lyon', 'Nantes', 'Toulouse', 'Lille']); const pc = `${pick(['75', '69', '44', '31', '59'])}0${d(2)}`; return { street: st, city, postcode: pc, address: `${st}, ${pc} ${city}` }; }
    case 'ES': { const st = `${pick(['Calle Mayor', 'Avenida de la Constitución', 'Calle de Alcalá', 'Paseo de Gracia'])} ${r.int(1, 240)}, ${r.int(1, 9)}º ${pick(['A', 'B', 'C', 'D'])}`; const city = pick(['Madrid', 'Barcelona', 'Valencia', 'Sevilla']); const pc = `${pick(['28', '08', '46', '41'])}0${d(2)}`; return { street: st, city, postcode: pc, address: `${st}, ${pc} ${city}` }; }
    case 'IT': { const st = `${pick(['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Piazza Cavour'])} ${r.int(1, 160)}`; const city = pick(['Milano', 'Torino', 'Bologna', 'Napoli']); const pc = `${pick(['20', '10', '40', '80'])}1${d(2)}`; return { street: st, city, postcode: pc, address: `${st}, ${pc} ${city}` }; }
    case 'NL': { const st = `${pick(['Prinsengracht', 'Kerkstraat', 'Vondellaan', 'Oudegracht'])} ${r.int(1, 400)}`; const city = pick(['Amsterdam', 'Utrecht', 'Rotterdam', 'Eindhoven']); const pc = `${r.int(1, 9)}${d(3)} ${L()}${L()}`; return { street: st, city, postcode: pc, address: `${st}, ${pc} ${city}` }; }
    case 'BR': { const st = `${pick(['Rua Augusta', 'Avenida Paulista', 'Rua das Laranjeiras', 'Rua XV de Novembro'])}, ${r.int(10, 2400)}${r.chance(0.5) ? ` - apto ${r.int(11, 184)}` : ''}`; const city = pick(['São Paulo - SP', 'Rio de Janeiro - RJ', 'Curitiba - PR']); const pc = `${d(5)}-${d(3)}`; return { street: st, city, postcode: pc, address: `${st}, ${city}, ${pc}` }; }
    case 'AU': { const st = `${r.chance(0.3) ? `Unit ${r.int(1, 30)}/` : ''}${r.int(1, 300)} ${pick(['Wattle Street', 'Beach Road', 'Banksia Crescent', 'Bourke Street'])}`; const [city, s] = pick([['Surry Hills', 'NSW'], ['Fitzroy', 'VIC'], ['Paddington', 'QLD']]) as [string, string]; const pc = `${pick(['2', '3', '4'])}0${d(2)}`; return { street: st, city, postcode: pc, address: `${st}, ${city} ${s} ${pc}` }; }
    case 'CA': { const st = `${n} ${pick(['Rue Sainte-Catherine', 'Maple Grove Road', 'Bloor Street West', 'Avenue du Parc'])}`; const [city, s, f] = pick([['Montréal', 'QC', 'H'], ['Toronto', 'ON', 'M'], ['Vancouver', 'BC', 'V']]) as [string, string, string]; const pc = `${f}${r.int(1, 9)}${L()} ${r.int(1, 9)}${L()}${r.int(1, 9)}`; return { street: st, city, postcode: pc, address: `${st}, ${city} ${s} ${pc}` }; }
    case 'IN': { const st = `Flat ${r.int(101, 1204)}, ${pick(['Green Park Apartments', 'Prestige Lakeside', 'Shanti Niketan Society'])}, ${pick(['Koramangala', 'Andheri West', 'Banjara Hills'])}`; const city = pick(['Bengaluru', 'Mumbai', 'Hyderabad']); const pc = `${r.int(4, 5)}${d(5)}`; return { street: st, city, postcode: pc, address: `${st}, ${city} ${pc}` }; }
    case 'SE': { const st = `${pick(['Storgatan', 'Drottninggatan', 'Kungsvägen', 'Björkvägen'])} ${r.int(1, 90)}`; const city = pick(['Stockholm', 'Göteborg', 'Malmö']); const pc = `${r.int(1, 9)}${d(2)} ${d(2)}`; return { street: st, city, postcode: pc, address: `${st}, ${pc} ${city}` }; }
    case 'MX': { const st = `${pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Revolución', 'Calle Hidalgo'])} ${r.int(10, 2200)}, ${pick(['Col. Roma Norte', 'Col. Del Valle', 'Col. Condesa'])}`; const city = pick(['Ciudad de México, CDMX', 'Guadalajara, Jal.']); const pc = `0${r.int(1, 9)}${d(3)}`; return { street: st, city, postcode: pc, address: `${st}, ${pc} ${city}` }; }
    case 'JP': { const st = `${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)} ${pick(['Jingumae', 'Ebisu-Minami', 'Nishi-Shinjuku'])}, ${pick(['Shibuya-ku', 'Shinjuku-ku'])}`; const pc = `1${d(2)}-${d(4)}`; return { street: st, city: 'Tokyo', postcode: pc, address: `${st}, Tokyo ${pc}` }; }
    case 'PL': { const st = `ul. ${pick(['Marszałkowska', 'Piotrkowska', 'Długa', 'Kwiatowa'])} ${r.int(1, 150)}${r.chance(0.5) ? `/${r.int(1, 60)}` : ''}`; const city = pick(['Warszawa', 'Kraków', 'Łódź', 'Gdańsk']); const pc = `${d(2)}-${d(3)}`; return { street: st, city, postcode: pc, address: `${st}, ${pc} ${city}` }; }
  }
}

/** A whole contact of a country (random when not given). */
export function person30(r: Rng30, country?: Country30, work = false): Person30 {
  const c = country ?? r.pick(COUNTRIES30);
  const first = r.pick(NAMES[c][0]);
  const last = r.pick(NAMES[c][1]);
  const f = ascii(first), l = ascii(last);
  const local = r.pick([`${f}.${l}`, `${f}${l}${r.int(1, 99)}`, `${f[0]}${l}`, `${f}_${l}`, `${l}.${f}${r.int(70, 99)}`]);
  const email = work ? `${r.pick([`${f}.${l}`, `${f[0]}${l}`, f + '.' + l[0]])}@${r.pick(WORK_DOMAINS)}` : `${local}@${r.pick(MAIL[c])}`;
  const [phoneIntl, phoneNat, phoneE164] = phone30(r, c);
  const a = address30(r, c);
  const dob = { y: r.int(1952, 2003), m: r.int(1, 12), d: r.int(1, 28) };
  return { country: c, first, last, full: `${first} ${last}`, email, phoneIntl, phoneNat, phoneE164, ...a, dob };
}

/** A date of birth rendered as a country writes it ('iso' forces YYYY-MM-DD). */
export function dob30(p: Person30, style: 'iso' | 'local' | 'us' | 'eu-dot' | 'eu-slash' = 'local'): string {
  const m = String(p.dob.m).padStart(2, '0'), d = String(p.dob.d).padStart(2, '0');
  const s = style === 'local' ? (p.country === 'US' ? 'us' : ['DE', 'PL', 'SE'].includes(p.country) ? 'eu-dot' : ['JP', 'SE', 'CA'].includes(p.country) ? 'iso' : 'eu-slash') : style;
  if (s === 'iso') return `${p.dob.y}-${m}-${d}`;
  if (s === 'us') return `${m}/${d}/${p.dob.y}`;
  if (s === 'eu-dot') return `${d}.${m}.${p.dob.y}`;
  return `${d}/${m}/${p.dob.y}`;
}
