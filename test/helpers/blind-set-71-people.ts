import type { Rng9 } from './blind-set-9-rng';
import { ascii71, z71 } from './blind-set-71-core';

/** Given and family names by culture (with their own diacritics). */
const NAMES: Record<string, [readonly string[], readonly string[]]> = {
  us: [['Jennifer', 'Marcus', 'Tyrone', 'Ashley', 'Brandon', 'Kimberly', 'DeShawn', 'Courtney'], ['Whitfield', 'Kowalczyk', 'Washington', 'McAllister', 'Gallagher', 'Thibodeaux', 'Pemberton']],
  es: [['María José', 'Íñigo', 'Begoña', 'Joaquín', 'Ángela', 'Rocío'], ['García Núñez', 'Fernández', 'Ibáñez', 'Muñoz Ortega', 'Echeverría']],
  de: [['Jürgen', 'Dörte', 'Björn', 'Käthe', 'Günther', 'Anneliese'], ['Müller-Lüdenscheidt', 'Schäfer', 'Großmann', 'Weißenböck', 'Köhler']],
  fr: [['Émilie', 'François', 'Hélène', 'Loïc', 'Geneviève', 'Jérôme'], ['Lefèvre', 'Boucher-Gagné', 'Chévalier', 'Dubœuf', 'Perrault']],
  pl: [['Małgorzata', 'Wojciech', 'Żaneta', 'Grzegorz', 'Agnieszka'], ['Wiśniewska', 'Przybyłowicz', 'Szczęsny', 'Kołodziej', 'Zieliński']],
  nordic: [['Åsa', 'Bjørn', 'Sigríður', 'Jörgen', 'Eeva-Liisa'], ['Håkansson', 'Østergaard', 'Guðmundsdóttir', 'Virtanen', 'Lindqvist']],
  vi: [['Nguyễn Thị', 'Trần Văn', 'Phạm Minh', 'Lê Thu'], ['Hương', 'Đức', 'Khánh', 'Thảo']],
  in: [['Venkataraman', 'Priyanka', 'Subramaniam', 'Lakshmi', 'Harpreet'], ['Raghunathan', 'Chattopadhyay', 'Krishnamurthy', 'Iyengar', 'Sandhu']],
  ar: [['Mohammed', 'Fatima Zahra', 'Abdulrahman', 'Nour'], ['Al-Khouri', 'El Amrani', 'Haddad', 'Bin Saleh']],
  ng: [['Oluwaseun', 'Chiamaka', 'Adebayo', 'Ngozi'], ['Okonkwo', 'Adeyemi', 'Eze-Nwosu', 'Balogun']],
  jp: [['Haruto', 'Yūko', 'Shōta', 'Aoi'], ['Takahashi', 'Watanabe', 'Kobayashi', 'Inoue']],
  cn: [['Xiaoming', 'Jiayi', 'Zhiwei', 'Yuting'], ['Zhang', 'Ouyang', 'Huang', 'Zhao']],
  kr: [['Ji-hoon', 'Seo-yeon', 'Min-jun'], ['Park', 'Choi', 'Jeong']],
  tr: [['Şükrü', 'Gülşen', 'Çağlar', 'İlknur'], ['Yılmaz', 'Öztürk', 'Çelik', 'Şahin']],
  gr: [['Konstantinos', 'Eleni', 'Dimitrios'], ['Papadopoulos', 'Georgiou', 'Karamanlis']],
  ie: [['Siobhán', 'Pádraig', 'Aoife'], ["O'Sullivan", "O'Brien", 'Mac Giolla Phádraig']],
  br: [['João Pedro', 'Conceição', 'Thiago', 'Luíza'], ['Gonçalves', 'Araújo', 'Magalhães', 'Conceição Neto']],
};

/** A person: names in their own spelling. */
export interface Person71 {
  culture: string;
  first: string;
  last: string;
  full: string;
}

/** A person from one of the cultures (or the one asked). */
export function person71(r: Rng9, culture?: string): Person71 {
  const c = culture ?? r.pick(Object.keys(NAMES));
  const [firsts, lasts] = NAMES[c]!;
  const first = r.pick(firsts);
  const last = r.pick(lasts);
  const full = c === 'cn' || c === 'kr' || c === 'jp' ? (r.next() < 0.4 ? `${last} ${first}` : `${first} ${last}`) : c === 'vi' ? `${first} ${last}` : `${first} ${last}`;
  return { culture: c, first, last, full };
}

/** A US-only person (for payroll and health files). */
export const usPerson71 = (r: Rng9): Person71 => person71(r, r.pick(['us', 'us', 'es', 'in', 'ng', 'vi', 'ie', 'pl', 'cn']));

/** A birth date as parts. */
export function dob71(r: Rng9): { y: number; m: number; d: number } {
  return { y: r.int(1946, 2004), m: r.int(1, 12), d: r.int(1, 28) };
}

/** A birth date in one of the forms logs use. */
export function dobText71(r: Rng9, form?: 'd8' | 'iso' | 'us' | 'eu' | 'sap'): string {
  const { y, m, d } = dob71(r);
  const f = form ?? r.pick(['d8', 'iso', 'us', 'eu'] as const);
  if (f === 'd8' || f === 'sap') return `${y}${z71(m, 2)}${z71(d, 2)}`;
  if (f === 'iso') return `${y}-${z71(m, 2)}-${z71(d, 2)}`;
  if (f === 'us') return `${z71(m, 2)}/${z71(d, 2)}/${y}`;
  return `${z71(d, 2)}.${z71(m, 2)}.${y}`;
}

/** A personal email address built from a name. */
export function email71(r: Rng9, p: Person71): string {
  const a = ascii71(p.first).toLowerCase().replace(/[^a-z]/g, '');
  const b = ascii71(p.last).toLowerCase().replace(/[^a-z]/g, '');
  const local = r.pick([`${a}.${b}`, `${a[0]}${b}`, `${a}_${b}${r.int(1, 99)}`, `${b}.${a}`]);
  return `${local}@${r.pick(['gmail.com', 'outlook.com', 'yahoo.co.jp', 'web.de', 'orange.fr', 'hotmail.co.uk', 'icloud.com', 'gmx.at', 'uol.com.br', 'rediffmail.com'])}`;
}

/** A postal address: its street line, its city line, and a one-line form. */
export interface Addr71 {
  street: string;
  city: string;
  region: string;
  postal: string;
  country: string;
  line: string;
}

const US_STREETS = ['Maple', 'Old Orchard', 'Martin Luther King Jr', 'Peachtree', 'Cottonwood', 'Lakeshore', 'Kamehameha', 'Wisteria'];
const US_CITIES: [string, string][] = [['Springfield', 'IL'], ['Tulsa', 'OK'], ['Bakersfield', 'CA'], ['Dayton', 'OH'], ['Savannah', 'GA'], ['Boise', 'ID'], ['Honolulu', 'HI'], ['Lubbock', 'TX']];

/** An address in the given (or a random) country. */
export function addr71(r: Rng9, country?: string): Addr71 {
  const c = country ?? r.pick(['US', 'US', 'US', 'GB', 'DE', 'FR', 'ES', 'BR', 'JP', 'IN', 'NL', 'PL', 'SE', 'MX', 'CA']);
  const n = r.int(2, 9800);
  const L = 'ABCDEFGHJKLMNPRSTUWXY';
  switch (c) {
    case 'GB': {
      const pc = `${r.pick(['M', 'LS', 'B', 'EH', 'CF', 'BS', 'NE'])}${r.int(1, 28)} ${r.int(1, 9)}${r.chars(L, 2)}`;
      const city = r.pick(['Manchester', 'Leeds', 'Birmingham', 'Edinburgh', 'Cardiff', 'Bristol', 'Newcastle upon Tyne']);
      const street = `${r.int(1, 240)} ${r.pick(['Wellington Road', 'Station Approach', 'Church Lane', "St Mary's Crescent", 'Flat 3, 27 Albert Street'])}`;
      return { street, city, region: '', postal: pc, country: c, line: `${street}, ${city} ${pc}` };
    }
    case 'DE': {
      const pc = z71(r.int(1067, 99998), 5);
      const city = r.pick(['München', 'Köln', 'Düsseldorf', 'Nürnberg', 'Lübeck', 'Würzburg']);
      const street = `${r.pick(['Hauptstraße', 'Schloßallee', 'Am Mühlbach', 'Königsteiner Weg', 'Bürgermeister-Smidt-Str.'])} ${r.int(1, 180)}${r.pick(['', 'a', 'b'])}`;
      return { street, city, region: '', postal: pc, country: c, line: `${street}, ${pc} ${city}` };
    }
    case 'FR': {
      const pc = z71(r.int(1000, 95999), 5);
      const city = r.pick(['Besançon', 'Nîmes', 'Orléans', 'Saint-Étienne', 'Aix-en-Provence']);
      const street = `${r.int(1, 140)}${r.pick(['', ' bis', ' ter'])} ${r.pick(['rue des Écoles', 'avenue Jean-Jaurès', 'place de l’Église', 'chemin du Moulin', 'boulevard Hérault'])}`;
      return { street, city, region: '', postal: pc, country: c, line: `${street}, ${pc} ${city}` };
    }
    case 'ES': {
      const pc = z71(r.int(1001, 52999), 5);
      const city = r.pick(['Logroño', 'Cádiz', 'Málaga', 'A Coruña', 'Alcalá de Henares']);
      const street = `${r.pick(['Calle de Alcalá', 'Avda. de la Constitución', 'Plaza España', 'Carrer de Muntaner'])}, ${r.int(1, 220)}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'izda.', 'dcha.'])}`;
      return { street, city, region: '', postal: pc, country: c, line: `${street}, ${pc} ${city}` };
    }
    case 'BR': {
      const pc = `${z71(r.int(1000, 99999), 5)}-${z71(r.int(0, 999), 3)}`;
      const city = r.pick(['São Paulo - SP', 'Belém - PA', 'Florianópolis - SC', 'Niterói - RJ']);
      const street = `${r.pick(['Rua das Acácias', 'Av. Paulista', 'Travessa São João', 'Rua Conceição'])}, ${r.int(1, 3000)} - ${r.pick(['Apto 42', 'Bloco B', 'Casa 2', 'Sala 1203'])}`;
      return { street, city, region: '', postal: pc, country: c, line: `${street}, ${city}, ${pc}` };
    }
    case 'JP': {
      const pc = `${z71(r.int(100, 999), 3)}-${z71(r.int(0, 9999), 4)}`;
      const kanji = r.next() < 0.5;
      const street = kanji ? `${r.pick(['東京都渋谷区神南', '大阪府大阪市北区梅田', '北海道札幌市中央区北三条西'])}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}` : `${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Jingumae, Shibuya-ku', 'Umeda, Kita-ku', 'Sakae, Naka-ku'])}`;
      const city = kanji ? '' : r.pick(['Tokyo', 'Osaka', 'Nagoya']);
      return { street, city, region: '', postal: pc, country: c, line: kanji ? `〒${pc} ${street}` : `${street}, ${city} ${pc}` };
    }
    case 'IN': {
      const pc = `${r.int(110, 855)}${z71(r.int(0, 999), 3)}`;
      const city = r.pick(['Bengaluru', 'Chennai', 'Pune', 'Hyderabad', 'Kolkata']);
      const street = `${r.pick(['Flat', 'House No.', 'Plot'])} ${r.int(1, 999)}${r.pick(['', 'B', '/A'])}, ${r.pick(['Sai Krupa Residency, 4th Cross', 'Gandhi Nagar, MG Road', 'Sector 7, HSR Layout'])}`;
      return { street, city, region: '', postal: pc, country: c, line: `${street}, ${city} ${pc}` };
    }
    case 'NL': {
      const pc = `${r.int(1011, 9999)} ${r.chars('ABCEGHJKLMNPRSTVWXZ', 2)}`;
      const city = r.pick(['Utrecht', "'s-Hertogenbosch", 'Groningen', 'Den Haag']);
      const street = `${r.pick(['Keizersgracht', 'Van Oldenbarneveltlaan', 'Oudegracht', 'Sint Jansstraat'])} ${r.int(1, 400)}${r.pick(['', '-II', ' hs', 'A'])}`;
      return { street, city, region: '', postal: pc, country: c, line: `${street}, ${pc} ${city}` };
    }
    case 'PL': {
      const pc = `${z71(r.int(0, 99), 2)}-${z71(r.int(0, 999), 3)}`;
      const city = r.pick(['Kraków', 'Łódź', 'Gdańsk', 'Wrocław', 'Białystok']);
      const street = `ul. ${r.pick(['Świętokrzyska', 'Żeromskiego', 'Piłsudskiego', 'Grunwaldzka'])} ${r.int(1, 200)}${r.pick(['', `/${r.int(1, 80)}`])}`;
      return { street, city, region: '', postal: pc, country: c, line: `${street}, ${pc} ${city}` };
    }
    case 'SE': {
      const pc = `${r.int(100, 984)} ${z71(r.int(0, 99), 2)}`;
      const city = r.pick(['Göteborg', 'Malmö', 'Västerås', 'Jönköping']);
      const street = `${r.pick(['Storgatan', 'Kungsängsvägen', 'Östra Hamngatan', 'Södra Förstadsgatan'])} ${r.int(1, 120)}`;
      return { street, city, region: '', postal: pc, country: c, line: `${street}, ${pc} ${city}` };
    }
    case 'MX': {
      const pc = z71(r.int(1000, 99999), 5);
      const city = r.pick(['Ciudad de México, CDMX', 'Guadalajara, Jal.', 'Monterrey, N.L.', 'Mérida, Yuc.']);
      const street = `${r.pick(['Av. Insurgentes Sur', 'Calle Hidalgo', 'Paseo de la Reforma', 'Calzada de Tlalpan'])} ${r.int(1, 4000)}, Col. ${r.pick(['Roma Norte', 'Del Valle', 'Centro', 'Polanco'])}`;
      return { street, city, region: '', postal: pc, country: c, line: `${street}, C.P. ${pc}, ${city}` };
    }
    case 'CA': {
      const pc = `${r.pick(['M', 'H', 'V', 'T', 'K'])}${r.int(1, 9)}${r.chars(L, 1)} ${r.int(1, 9)}${r.chars(L, 1)}${r.int(1, 9)}`;
      const city = r.pick(['Montréal, QC', 'Toronto, ON', 'Vancouver, BC', 'Calgary, AB']);
      const street = `${r.int(10, 9999)} ${r.pick(['rue Saint-Denis', 'Yonge Street', 'Granville St', '17 Ave SW'])}${r.pick(['', `, app. ${r.int(1, 40)}`, `, Unit ${r.int(100, 2400)}`])}`;
      return { street, city, region: '', postal: pc, country: c, line: `${street}, ${city} ${pc}` };
    }
    default: {
      const [city, st] = r.pick(US_CITIES);
      const zip = `${z71(r.int(1001, 99899), 5)}${r.pick(['', `-${z71(r.int(1, 9999), 4)}`])}`;
      const street = `${n} ${r.pick(US_STREETS)} ${r.pick(['St', 'Ave', 'Blvd', 'Dr', 'Ln', 'Ct'])}${r.pick(['', ` Apt ${r.int(1, 40)}${r.pick(['', 'B'])}`, ` Unit ${r.int(100, 900)}`])}`;
      return { street, city, region: st, postal: zip, country: 'US', line: `${street}, ${city}, ${st} ${zip}` };
    }
  }
}

/** A phone number in the number plan of a country, written the way that country writes it. */
export function phone71(r: Rng9, country?: string): string {
  const c = country ?? r.pick(['US', 'US', 'GB', 'DE', 'FR', 'BR', 'JP', 'IN', 'MX', 'NG', 'PL', 'ES', 'AU']);
  const d = (k: number) => r.digits(k);
  switch (c) {
    case 'GB': return r.pick([`+44 7${d(3)} ${d(6)}`, `07${d(3)} ${d(6)}`, `+44 (0)161 ${d(3)} ${d(4)}`]);
    case 'DE': return r.pick([`+49 151 ${d(8)}`, `0${r.int(30, 89)} ${d(7)}`, `+49 (0) 89 ${d(4)}-${d(3)}`]);
    case 'FR': return r.pick([`+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `06.${d(2)}.${d(2)}.${d(2)}.${d(2)}`, `+33 (0)4 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`]);
    case 'BR': return r.pick([`+55 11 9${d(4)}-${d(4)}`, `(21) 9${d(4)}-${d(4)}`]);
    case 'JP': return r.pick([`+81 90-${d(4)}-${d(4)}`, `03-${d(4)}-${d(4)}`]);
    case 'IN': return r.pick([`+91 9${d(4)} ${d(5)}`, `+91-98${d(8)}`]);
    case 'MX': return r.pick([`+52 55 ${d(4)} ${d(4)}`, `+52 1 33 ${d(4)} ${d(4)}`]);
    case 'NG': return `+234 80${r.int(2, 9)} ${d(3)} ${d(4)}`;
    case 'PL': return `+48 ${r.int(500, 799)} ${d(3)} ${d(3)}`;
    case 'ES': return r.pick([`+34 6${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `+34 91 ${d(3)} ${d(2)} ${d(2)}`]);
    case 'AU': return r.pick([`+61 4${d(2)} ${d(3)} ${d(3)}`, `(02) ${d(4)} ${d(4)}`]);
    default: {
      const a = `${r.int(2, 9)}${r.int(0, 8)}${r.int(0, 9)}`;
      const ex = `${r.int(2, 9)}${d(2)}`;
      return r.pick([`(${a}) ${ex}-${d(4)}`, `${a}-${ex}-${d(4)}`, `+1 ${a} ${ex} ${d(4)}`, `${a}${ex}${d(4)}`, `${a}.${ex}.${d(4)}`]);
    }
  }
}
