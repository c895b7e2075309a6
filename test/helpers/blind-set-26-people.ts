/** People of many countries for blind set 26: names, e-mails, phones, addresses and birth dates in local layouts. */
import type { Rng9 } from './blind-set-9-rng';

/** Country codes the set draws people from. */
export type Cc = 'BR' | 'IN' | 'MX' | 'ES' | 'IT' | 'FR' | 'DE' | 'GB' | 'NL' | 'PL' | 'SE' | 'ZA' | 'NG' | 'KE' | 'TR' | 'JP' | 'KR' | 'CN' | 'ID' | 'US';

const NAMES: Record<Cc, [string[], string[]]> = {
  BR: [
    ['Ana', 'João', 'Beatriz', 'Thiago', 'Larissa', 'Rafael'],
    ['Souza', 'Oliveira', 'Pereira', 'Carvalho', 'Gonçalves', 'Ribeiro'],
  ],
  IN: [
    ['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Sneha'],
    ['Sharma', 'Iyer', 'Reddy', 'Patel', 'Nair', 'Banerjee'],
  ],
  MX: [
    ['Luis', 'Guadalupe', 'Alejandro', 'Ximena', 'Diego', 'Fernanda'],
    ['Hernández', 'García', 'Martínez', 'López', 'Ramírez', 'Cruz'],
  ],
  ES: [
    ['Lucía', 'Javier', 'Carmen', 'Pablo', 'Marta', 'Sergio'],
    ['Fernández', 'Ruiz', 'Moreno', 'Jiménez', 'Navarro', 'Torres'],
  ],
  IT: [
    ['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Matteo'],
    ['Rossi', 'Bianchi', 'Ferrari', 'Esposito', 'Romano', 'Colombo'],
  ],
  FR: [
    ['Camille', 'Julien', 'Élodie', 'Nicolas', 'Manon', 'Antoine'],
    ['Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Fontaine'],
  ],
  DE: [
    ['Lena', 'Jonas', 'Katharina', 'Felix', 'Sophie', 'Maximilian'],
    ['Müller', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann'],
  ],
  GB: [
    ['Olivia', 'Harry', 'Amelia', 'George', 'Isla', 'Oliver'],
    ['Smith', 'Taylor', 'Davies', 'Evans', 'Thomas', 'Roberts'],
  ],
  NL: [
    ['Sanne', 'Daan', 'Fleur', 'Bram', 'Lotte', 'Thijs'],
    ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit'],
  ],
  PL: [
    ['Zofia', 'Jakub', 'Maja', 'Kacper', 'Wiktoria', 'Szymon'],
    ['Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski'],
  ],
  SE: [
    ['Ebba', 'Oscar', 'Alva', 'Lucas', 'Saga', 'Hugo'],
    ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Lindqvist'],
  ],
  ZA: [
    ['Thandiwe', 'Sipho', 'Lerato', 'Pieter', 'Naledi', 'Johan'],
    ['Nkosi', 'Dlamini', 'van der Merwe', 'Botha', 'Mokoena', 'Naidoo'],
  ],
  NG: [
    ['Chinedu', 'Aisha', 'Oluwaseun', 'Ngozi', 'Ibrahim', 'Funmilayo'],
    ['Okafor', 'Adeyemi', 'Bello', 'Eze', 'Ogunleye', 'Abubakar'],
  ],
  KE: [
    ['Wanjiru', 'Otieno', 'Akinyi', 'Kipchoge', 'Njeri', 'Mwangi'],
    ['Kamau', 'Odhiambo', 'Wambui', 'Cheruiyot', 'Mutua', 'Njoroge'],
  ],
  TR: [
    ['Elif', 'Mehmet', 'Zeynep', 'Emre', 'Ayşe', 'Burak'],
    ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk'],
  ],
  JP: [
    ['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Hina'],
    ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito'],
  ],
  KR: [
    ['Minjun', 'Seoyeon', 'Jiho', 'Haeun', 'Dohyun', 'Jiwoo'],
    ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang'],
  ],
  CN: [
    ['Wei', 'Fang', 'Hao', 'Jing', 'Lei', 'Xiu'],
    ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang'],
  ],
  ID: [
    ['Putri', 'Budi', 'Siti', 'Agus', 'Dewi', 'Rizky'],
    ['Santoso', 'Wijaya', 'Nugroho', 'Saputra', 'Lestari', 'Hidayat'],
  ],
  US: [
    ['Emily', 'Michael', 'Jessica', 'Christopher', 'Ashley', 'Brandon'],
    ['Johnson', 'Williams', 'Brown', 'Miller', 'Wilson', 'Anderson'],
  ],
};

const JP_KANJI: Record<string, string> = { Sato: '佐藤', Suzuki: '鈴木', Takahashi: '高橋', Tanaka: '田中', Watanabe: '渡辺', Ito: '伊藤' };

const MAIL: Record<Cc, string[]> = {
  BR: ['gmail.com', 'uol.com.br', 'bol.com.br'],
  IN: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'],
  MX: ['hotmail.com', 'gmail.com', 'prodigy.net.mx'],
  ES: ['gmail.com', 'telefonica.net', 'hotmail.es'],
  IT: ['libero.it', 'gmail.com', 'virgilio.it'],
  FR: ['orange.fr', 'free.fr', 'laposte.net'],
  DE: ['web.de', 'gmx.de', 't-online.de'],
  GB: ['btinternet.com', 'gmail.com', 'outlook.com'],
  NL: ['ziggo.nl', 'kpnmail.nl', 'gmail.com'],
  PL: ['wp.pl', 'onet.pl', 'o2.pl'],
  SE: ['telia.com', 'gmail.com', 'outlook.com'],
  ZA: ['mweb.co.za', 'gmail.com', 'webmail.co.za'],
  NG: ['yahoo.com', 'gmail.com', 'outlook.com'],
  KE: ['gmail.com', 'yahoo.com', 'safaricom.co.ke'],
  TR: ['hotmail.com', 'gmail.com', 'yandex.com.tr'],
  JP: ['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com'],
  KR: ['naver.com', 'daum.net', 'kakao.com'],
  CN: ['qq.com', '163.com', '126.com'],
  ID: ['gmail.com', 'yahoo.co.id', 'ymail.com'],
  US: ['gmail.com', 'yahoo.com', 'comcast.net'],
};

/** A person: name parts, contact details and a birth date (y, m, d). */
export interface Person {
  cc: Cc;
  first: string;
  last: string;
  full: string;
  email: string;
  y: number;
  m: number;
  d: number;
  female: boolean;
}

/** Strips accents and spaces for e-mail local parts. */
export function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[şŞ]/g, 's')
    .replace(/ł/g, 'l')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

/** A person of country `cc` (or a random country). */
export function person(r: Rng9, cc?: Cc): Person {
  const c = cc ?? r.pick(Object.keys(NAMES) as Cc[]);
  const fi = r.int(0, 5);
  const first = NAMES[c][0][fi]!;
  const last = r.pick(NAMES[c][1]);
  const full = c === 'JP' && r.next() < 0.3 ? `${JP_KANJI[last]} ${first}` : c === 'CN' || c === 'KR' ? `${last} ${first}` : `${first} ${last}`;
  const sep = r.pick(['.', '_', '', '.']);
  const email = `${ascii(first)}${sep}${ascii(last)}${r.pick(['', String(r.int(1, 99)), String(r.int(1960, 2004))])}@${r.pick(MAIL[c])}`;
  return { cc: c, first, last, full, email, y: r.int(1956, 2004), m: r.int(1, 12), d: r.int(1, 28), female: fi % 2 === 1 };
}

const p2 = (n: number) => String(n).padStart(2, '0');

/** The birth date as ISO `YYYY-MM-DD`. */
export function dobIso(p: Person): string {
  return `${p.y}-${p2(p.m)}-${p2(p.d)}`;
}

/** The birth date in the country's own layout. */
export function dobLocal(p: Person): string {
  if (p.cc === 'US') return `${p2(p.m)}/${p2(p.d)}/${p.y}`;
  if (p.cc === 'DE' || p.cc === 'PL' || p.cc === 'TR') return `${p2(p.d)}.${p2(p.m)}.${p.y}`;
  if (p.cc === 'JP' || p.cc === 'CN' || p.cc === 'KR' || p.cc === 'SE') return `${p.y}-${p2(p.m)}-${p2(p.d)}`;
  return `${p2(p.d)}/${p2(p.m)}/${p.y}`;
}

/** A mobile number in E.164 for the person's country. */
export function phoneE164(r: Rng9, cc: Cc): string {
  const n = (k: number) => r.digits(k);
  const m: Record<Cc, () => string> = {
    BR: () => `+55${r.pick(['11', '21', '31', '41', '51'])}9${r.int(6, 9)}${n(7)}`,
    IN: () => `+91${r.int(6, 9)}${n(9)}`,
    MX: () => `+52${r.pick(['55', '33', '81'])}${r.int(1, 9)}${n(7)}`,
    ES: () => `+34${r.pick(['6', '7'])}${n(8)}`,
    IT: () => `+393${r.int(2, 9)}${n(8)}`,
    FR: () => `+33${r.pick(['6', '7'])}${n(8)}`,
    DE: () => `+4915${r.int(1, 9)}${n(8)}`,
    GB: () => `+447${r.int(4, 9)}${n(8)}`,
    NL: () => `+316${n(8)}`,
    PL: () => `+48${r.pick(['5', '6', '7'])}${n(8)}`,
    SE: () => `+467${r.pick(['0', '2', '3', '6'])}${n(7)}`,
    ZA: () => `+27${r.pick(['6', '7', '8'])}${r.int(1, 4)}${n(7)}`,
    NG: () => `+234${r.pick(['80', '81', '70', '90'])}${r.int(2, 9)}${n(7)}`,
    KE: () => `+2547${r.int(0, 2)}${n(7)}`,
    TR: () => `+905${r.int(0, 5)}${n(8)}`,
    JP: () => `+81${r.pick(['70', '80', '90'])}${n(8)}`,
    KR: () => `+8210${n(8)}`,
    CN: () => `+861${r.pick(['3', '5', '8'])}${n(9)}`,
    ID: () => `+628${r.int(1, 5)}${n(8)}`,
    US: () => `+1${r.int(2, 9)}${n(2)}${r.int(2, 9)}${n(6)}`,
  };
  return m[cc]();
}

/** The same kind of number in the country's national layout (trunk prefix, spaces, dashes). */
export function phoneNational(r: Rng9, cc: Cc): string {
  const e = phoneE164(r, cc);
  const code: Record<string, number> = { BR: 3, IN: 3, MX: 3, ES: 3, IT: 3, FR: 3, DE: 3, GB: 3, NL: 3, PL: 3, SE: 3, ZA: 3, NG: 4, KE: 4, TR: 3, JP: 3, KR: 3, CN: 3, ID: 3, US: 2 };
  const s = e.slice(code[cc]);
  switch (cc) {
    case 'BR':
      return `(${s.slice(0, 2)}) ${s.slice(2, 7)}-${s.slice(7)}`;
    case 'JP':
      return `0${s.slice(0, 2)}-${s.slice(2, 6)}-${s.slice(6)}`;
    case 'KR':
      return `0${s.slice(0, 2)}-${s.slice(2, 6)}-${s.slice(6)}`;
    case 'FR':
      return `0${s[0]} ${s.slice(1).match(/../g)!.join(' ')}`;
    case 'DE':
      return `0${s.slice(0, 3)} ${s.slice(3)}`;
    case 'GB':
      return `0${s.slice(0, 4)} ${s.slice(4)}`;
    case 'US':
      return `(${s.slice(0, 3)}) ${s.slice(3, 6)}-${s.slice(6)}`;
    case 'IN':
      return `${s.slice(0, 5)} ${s.slice(5)}`;
    case 'ID':
      return `0${s.slice(0, 3)}-${s.slice(3, 7)}-${s.slice(7)}`;
    case 'KE':
      return `0${s.slice(0, 3)} ${s.slice(3)}`;
    default:
      return `0${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
  }
}

/** A street line with house number in the country's layout (the part of an address that locates a home). */
export function street(r: Rng9, cc: Cc): string {
  const n = r.int(2, 298);
  switch (cc) {
    case 'JP':
      return `${r.pick(['東京都渋谷区神宮前', '東京都世田谷区三軒茶屋', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町'])}${r.int(1, 6)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['グリーンハイツ', 'メゾン桜', 'パークコート'])}${r.int(101, 905)}`;
    case 'BR':
      return `Rua ${r.pick(['Augusta', 'das Flores', 'Oscar Freire', 'Voluntários da Pátria'])}, ${n}, apto ${r.int(11, 184)}`;
    case 'IN':
      return `Flat ${r.int(101, 1204)}, ${r.pick(['Sai Residency', 'Prestige Lakeside', 'Lodha Palava'])}, ${r.int(1, 18)}th Cross, ${r.pick(['Indiranagar', 'Koramangala', 'Andheri West'])}`;
    case 'DE':
      return `${r.pick(['Hauptstraße', 'Schillerstraße', 'Lindenallee', 'Am Lustgarten'])} ${n}${r.pick(['', 'a', 'b'])}`;
    case 'GB':
      return `${n} ${r.pick(['Baker Street', 'Church Lane', 'Victoria Road', 'Mill Close'])}`;
    case 'FR':
      return `${n} ${r.pick(['rue de la Paix', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue des Lilas'])}`;
    case 'MX':
      return `Av. ${r.pick(['Insurgentes Sur', 'Reforma', 'Revolución'])} ${n * 7}, Int. ${r.int(1, 40)}`;
    case 'NL':
      return `${r.pick(['Prinsengracht', 'Kerkstraat', 'Dorpsweg'])} ${n}${r.pick(['', '-II', 'A'])}`;
    case 'ES':
      return `Calle ${r.pick(['de Alcalá', 'Mayor', 'Gran Vía'])}, ${n}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'Izq.'])}`;
    case 'IT':
      return `Via ${r.pick(['Roma', 'Garibaldi', 'dei Mille'])} ${n}`;
    case 'PL':
      return `ul. ${r.pick(['Marszałkowska', 'Długa', 'Piotrkowska'])} ${n}/${r.int(1, 60)}`;
    case 'KR':
      return `서울특별시 ${r.pick(['강남구 테헤란로', '마포구 월드컵로', '송파구 올림픽로'])} ${n}, ${r.int(101, 1502)}호`;
    case 'CN':
      return `上海市${r.pick(['浦东新区世纪大道', '徐汇区漕溪北路', '静安区南京西路'])}${n}号${r.int(1, 30)}0${r.int(1, 9)}室`;
    case 'SE':
      return `${r.pick(['Drottninggatan', 'Storgatan', 'Kungsgatan'])} ${n}, lgh ${r.int(1001, 1702)}`;
    case 'TR':
      return `${r.pick(['Bağdat Caddesi', 'Atatürk Bulvarı', 'Moda Caddesi'])} No:${n} D:${r.int(1, 30)}`;
    case 'ID':
      return `Jl. ${r.pick(['Jend. Sudirman', 'Gatot Subroto', 'Kemang Raya'])} No. ${n}, RT ${String(r.int(1, 12)).padStart(3, '0')}/RW ${String(r.int(1, 9)).padStart(3, '0')}`;
    case 'ZA':
      return `${n} ${r.pick(['Jan Smuts Avenue', 'Long Street', 'Oxford Road'])}`;
    case 'NG':
      return `${n} ${r.pick(['Adeola Odeku Street', 'Awolowo Road', 'Allen Avenue'])}`;
    case 'KE':
      return `${r.pick(['Ngong Road', 'Moi Avenue', 'Kenyatta Avenue'])}, House ${n}`;
    default:
      return `${n} ${r.pick(['Elm Street', 'Oak Avenue', 'Maple Drive', 'Sunset Boulevard'])}${r.pick(['', ` Apt ${r.int(1, 40)}${r.pick(['A', 'B', ''])}`])}`;
  }
}

/** A postcode and city for the country (not planted alone: shared by many people). */
export function cityLine(r: Rng9, cc: Cc): string {
  const m: Partial<Record<Cc, string[]>> = {
    DE: ['10115 Berlin', '80331 München', '50667 Köln'],
    GB: ['London NW1 6XE', 'Manchester M1 2AB', 'Leeds LS1 4DY'],
    FR: ['75002 Paris', '69003 Lyon'],
    BR: ['São Paulo - SP, 01304-001', 'Rio de Janeiro - RJ, 22071-000'],
    IN: ['Bengaluru, Karnataka 560038', 'Mumbai 400053'],
    US: ['Springfield, IL 62704', 'Austin, TX 78701'],
    JP: ['〒150-0001'],
    MX: ['03940 Ciudad de México, CDMX'],
    NL: ['1016 GV Amsterdam'],
    IT: ['00184 Roma RM'],
    ES: ['28014 Madrid'],
    PL: ['00-001 Warszawa'],
  };
  return r.pick(m[cc] ?? ['Nairobi', 'Lagos', 'Johannesburg 2001', 'Jakarta 10220']);
}
