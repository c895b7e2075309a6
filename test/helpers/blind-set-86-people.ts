import { aadhaar, bsn, cnRid, cpf, dni, type Dob86, emiratesId, myNumber, nie, nino, nir, pesel, snils, ssn, steuerId } from './blind-set-86-ids';
import { luhnDigit } from './blind-set-86-money';
import type { Rng86 } from './blind-set-86-rng';

/** Blind set 86: employees and users of thirteen locales: names (Latin and native scripts), mailboxes, phones, addresses, birth dates, national ids. */

export type Locale86 = 'en-US' | 'en-GB' | 'de-DE' | 'fr-FR' | 'es-ES' | 'pt-BR' | 'nl-NL' | 'pl-PL' | 'ja-JP' | 'hi-IN' | 'ru-RU' | 'zh-CN' | 'ar-AE';
export const LOCALES: readonly Locale86[] = ['en-US', 'en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'nl-NL', 'pl-PL', 'ja-JP', 'hi-IN', 'ru-RU', 'zh-CN', 'ar-AE'];

/** Names as `Latin|native` (native only for non-Latin scripts). */
interface LocaleData {
  m: string[];
  f: string[];
  fam: string[];
  iban: string;
}

const L: Record<Locale86, LocaleData> = {
  'en-US': { m: ['Michael', 'Tyler', 'DeShawn', 'Marcus', 'Dylan', 'Austin'], f: ['Jessica', 'Ashley', 'Brittany', 'Kayla', 'Megan', 'Shannon'], fam: ['Whitfield', 'Kowalczyk', 'Hernandez', 'Brennan', 'Okafor', 'Lindqvist', "O'Connell", 'Pruitt'], iban: 'GB' },
  'en-GB': { m: ['Callum', 'Rhys', 'Alistair', 'Declan'], f: ['Siobhan', 'Imogen', 'Harriet', 'Niamh'], fam: ['Pemberton', 'Fairclough', 'McAllister', 'Ashworth', 'Patel', 'Okonkwo'], iban: 'GB' },
  'de-DE': { m: ['Jürgen', 'Matthias', 'Lukas', 'Florian'], f: ['Ursula', 'Katrin', 'Jana', 'Mareike'], fam: ['Müller', 'Schäfer', 'Weißmann', 'Krüger', 'Brandtner', 'Köhler'], iban: 'DE' },
  'fr-FR': { m: ['Étienne', 'Jérôme', 'Benoît', 'Thibault'], f: ['Hélène', 'Séverine', 'Aurélie', 'Clémence'], fam: ['Lefèvre', 'Dubois', 'Rousseau', 'Chevallier', 'Fontaine'], iban: 'FR' },
  'es-ES': { m: ['Javier', 'Álvaro', 'Iñaki', 'Rubén'], f: ['Lucía', 'Begoña', 'Nerea', 'Ainhoa'], fam: ['García Ortega', 'Martínez', 'Fernández Ruiz', 'Iglesias', 'Núñez'], iban: 'ES' },
  'pt-BR': { m: ['Thiago', 'Rodrigo', 'Caio', 'Vinícius'], f: ['Juliana', 'Fernanda', 'Thaís', 'Camila'], fam: ['da Silva', 'Nascimento', 'Albuquerque', 'Conceição', 'Moreira'], iban: 'PT' },
  'nl-NL': { m: ['Joost', 'Maarten', 'Sander', 'Bram'], f: ['Anouk', 'Femke', 'Sanne', 'Lieke'], fam: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'van Dijk'], iban: 'NL' },
  'pl-PL': { m: ['Łukasz', 'Krzysztof', 'Paweł', 'Grzegorz'], f: ['Agnieszka', 'Małgorzata', 'Joanna', 'Zofia'], fam: ['Kowalska', 'Wiśniewski', 'Zieliński', 'Wójcik', 'Dąbrowski'], iban: 'PL' },
  'ja-JP': { m: ['Takumi|拓海', 'Kenji|健二', 'Daisuke|大輔', 'Ryota|涼太'], f: ['Yui|結衣', 'Aoi|葵', 'Misaki|美咲', 'Haruka|遥'], fam: ['Tanaka|田中', 'Suzuki|鈴木', 'Takahashi|高橋', 'Watanabe|渡辺', 'Yamamoto|山本'], iban: 'DE' },
  'hi-IN': { m: ['Arjun|अर्जुन', 'Rohan|रोहन', 'Vikram|विक्रम', 'Siddharth|सिद्धार्थ'], f: ['Priya|प्रिया', 'Ananya|अनन्या', 'Kavya|काव्या', 'Meera|मीरा'], fam: ['Sharma|शर्मा', 'Iyer|अय्यर', 'Reddy|रेड्डी', 'Banerjee|बनर्जी', 'Gupta|गुप्ता'], iban: 'GB' },
  'ru-RU': { m: ['Dmitry|Дмитрий', 'Sergey|Сергей', 'Alexei|Алексей', 'Ivan|Иван'], f: ['Olga|Ольга', 'Natalia|Наталья', 'Ekaterina|Екатерина', 'Anastasia|Анастасия'], fam: ['Ivanov|Иванов', 'Smirnov|Смирнов', 'Kuznetsov|Кузнецов', 'Popov|Попов', 'Sokolov|Соколов'], iban: 'DE' },
  'zh-CN': { m: ['Wei|伟', 'Hao|浩', 'Jun|军', 'Lei|磊'], f: ['Fang|芳', 'Jing|静', 'Min|敏', 'Xiu Ying|秀英'], fam: ['Wang|王', 'Li|李', 'Zhang|张', 'Liu|刘', 'Chen|陈'], iban: 'NL' },
  'ar-AE': { m: ['Omar|عمر', 'Khalid|خالد', 'Yousef|يوسف', 'Hamdan|حمدان'], f: ['Fatima|فاطمة', 'Mariam|مريم', 'Noura|نورة', 'Layla|ليلى'], fam: ['Al Mansoori|المنصوري', 'Al Hashimi|الهاشمي', 'Haddad|حداد', 'Al Suwaidi|السويدي'], iban: 'BE' },
};

export interface Person86 {
  locale: Locale86;
  given: string;
  family: string;
  /** The name as the directory shows it (native script for some, family first for East Asian). */
  full: string;
  /** The Latin name, for logins and display names of systems that only take ASCII. */
  latin: string;
  female: boolean;
  email: string;
  /** A personal mailbox (recovery email). */
  personalEmail: string;
  phone: string;
  phoneE164: string;
  street: string;
  city: string;
  postal: string;
  country: string;
  address: string;
  dob: Dob86;
  dobIso: string;
  nid: { value: string; kind: string; label: string };
  ibanCountry: string;
  login: string;
}

export function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ß/g, 'ss').toLowerCase().replace(/[^a-z]/g, '');
}

function phone(r: Rng86, loc: Locale86): [string, string] {
  const d = (n: number): string => r.digits(n);
  switch (loc) {
    case 'en-US': {
      const area = r.pick(['312', '415', '646', '303', '512', '617', '206', '404']);
      const ex = String(r.int(201, 989)).replace(/^555$/, '556');
      const ln = d(4);
      return [r.pick([`(${area}) ${ex}-${ln}`, `${area}-${ex}-${ln}`]), r.pick([`+1${area}${ex}${ln}`, `+1 ${area} ${ex} ${ln}`, `+1-${area}-${ex}-${ln}`])];
    }
    case 'en-GB': { const m = `7${r.pick(['4', '5', '8', '9'])}${d(2)}`; const rest = d(6); return [`0${m} ${rest}`, r.pick([`+44 ${m} ${rest}`, `+44${m}${rest}`])]; }
    case 'de-DE': { const pre = r.pick(['151', '160', '170', '176']); const rest = d(8); return [`0${pre} ${rest}`, r.pick([`+49 ${pre} ${rest}`, `+49${pre}${rest}`])]; }
    case 'fr-FR': { const n = `${r.pick(['6', '7'])}${d(8)}`; const g = `${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`; return [`0${n[0]} ${g}`, r.pick([`+33 ${n[0]} ${g}`, `+33${n}`])]; }
    case 'es-ES': { const n = `6${d(8)}`; return [`${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `+34${n}`]; }
    case 'pt-BR': { const ddd = r.pick(['11', '21', '31', '41']); const n = `9${d(8)}`; return [`(${ddd}) ${n.slice(0, 5)}-${n.slice(5)}`, r.pick([`+55 ${ddd} ${n.slice(0, 5)}-${n.slice(5)}`, `+55${ddd}${n}`])]; }
    case 'nl-NL': { const n = d(8); return [`06-${n}`, r.pick([`+31 6 ${n}`, `+316${n}`])]; }
    case 'pl-PL': { const n = `${r.pick(['5', '6', '7'])}${d(8)}`; return [`${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, r.pick([`+48 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `+48${n}`])]; }
    case 'ja-JP': { const p = r.pick(['90', '80', '70']); const a = d(4); const b = d(4); return [`0${p}-${a}-${b}`, r.pick([`+81 ${p}-${a}-${b}`, `+81${p}${a}${b}`])]; }
    case 'hi-IN': { const n = `${r.pick(['98', '99', '97', '88', '70'])}${d(8)}`; return [`${n.slice(0, 5)} ${n.slice(5)}`, r.pick([`+91 ${n.slice(0, 5)} ${n.slice(5)}`, `+91${n}`, `+91-${n}`])]; }
    case 'ru-RU': { const n = `9${r.pick(['16', '03', '26', '85'])}${d(7)}`; return [`8 (${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`, r.pick([`+7 ${n.slice(0, 3)} ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`, `+7${n}`])]; }
    case 'zh-CN': { const n = `1${r.pick(['38', '39', '58', '86', '36'])}${d(8)}`; return [`${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`, r.pick([`+86 ${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`, `+86${n}`])]; }
    default: { const n = `5${r.pick(['0', '2', '5', '6'])}${d(7)}`; return [`0${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, r.pick([`+971 ${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`, `+971${n}`])]; }
  }
}

/** [street, city, postal, ISO country]. */
function address(r: Rng86, loc: Locale86): [string, string, string, string] {
  const n = r.int(2, 148);
  switch (loc) {
    case 'en-US': return [`${n * 7 + 100} ${r.pick(['Maple Ave', 'W Belmont Ave', 'Alder Creek Dr', 'N Lamar Blvd'])}${r.chance(0.4) ? ` Apt ${r.int(2, 40)}` : ''}`, r.pick(['Chicago, IL', 'Austin, TX', 'Denver, CO']), r.pick(['60657', '78756', '80218']), 'US'];
    case 'en-GB': return [`${n} ${r.pick(['Wellington Road', 'Ashby Crescent', 'Mill Lane'])}`, r.pick(['Leeds', 'Bristol', 'Reading']), r.pick(['LS6 2AB', 'BS7 8QT', 'RG1 5NP']), 'GB'];
    case 'de-DE': return [`${r.pick(['Lindenstraße', 'Goethestr.', 'Kastanienallee'])} ${n}`, r.pick(['Berlin', 'Köln', 'München']), r.pick(['10437', '50823', '80469']), 'DE'];
    case 'fr-FR': return [`${n} ${r.pick(['rue de la République', 'avenue Jean-Jaurès', 'rue des Lilas'])}`, r.pick(['Lyon', 'Paris', 'Nantes']), r.pick(['69002', '75011', '44000']), 'FR'];
    case 'es-ES': return [`${r.pick(['Calle de Alcalá', 'Avda. Diagonal', 'Calle Mayor'])} ${n}, ${r.int(1, 8)}º ${r.pick(['A', 'izq.'])}`, r.pick(['Madrid', 'Barcelona']), r.pick(['28014', '08029']), 'ES'];
    case 'pt-BR': return [`${r.pick(['Rua Augusta', 'Av. Paulista', 'Rua das Laranjeiras'])}, ${n * 9}, apto ${r.int(11, 144)}`, r.pick(['São Paulo - SP', 'Rio de Janeiro - RJ']), r.pick(['01310-100', '22240-003']), 'BR'];
    case 'nl-NL': return [`${r.pick(['Keizersgracht', 'Oudegracht', 'Witte de Withstraat'])} ${n}${r.pick(['', '-II', 'A'])}`, r.pick(['Amsterdam', 'Utrecht', 'Rotterdam']), r.pick(['1015 CJ', '3511 LZ', '3014 GN']), 'NL'];
    case 'pl-PL': return [`ul. ${r.pick(['Marszałkowska', 'Piotrkowska', 'Floriańska'])} ${n}/${r.int(1, 60)}`, r.pick(['Warszawa', 'Łódź', 'Kraków']), r.pick(['00-624', '90-406', '31-019']), 'PL'];
    case 'ja-JP': return [r.pick(['渋谷区宇田川町', '北区梅田', '西区みなとみらい']) + `${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)}`, r.pick(['東京都', '大阪府', '神奈川県']), r.pick(['150-0042', '530-0001', '220-0012']), 'JP'];
    case 'hi-IN': return [`${r.int(1, 400)}, ${r.pick(['4th Cross, Indiranagar', 'Linking Road, Bandra West', 'Sector 18'])}`, r.pick(['Bengaluru', 'Mumbai', 'Noida']), r.pick(['560038', '400050', '201301']), 'IN'];
    case 'ru-RU': return [`${r.pick(['ул. Тверская', 'Невский пр.', 'ул. Арбат'])}, д. ${n}, кв. ${r.int(1, 200)}`, r.pick(['Москва', 'Санкт-Петербург']), r.pick(['125009', '191025']), 'RU'];
    case 'zh-CN': return [`${r.pick(['朝阳区建国路', '浦东新区世纪大道', '南山区科技园路'])}${n}号${r.int(1, 30)}楼${r.int(101, 2808)}室`, r.pick(['北京市', '上海市', '深圳市']), r.pick(['100022', '200120', '518057']), 'CN'];
    default: return [`Villa ${n}, ${r.pick(['Al Wasl Rd', 'Jumeirah Beach Rd', 'Al Khail St'])}`, r.pick(['Dubai', 'Abu Dhabi']), '00000', 'AE'];
  }
}

function nid(r: Rng86, loc: Locale86, dob: Dob86, female: boolean): Person86['nid'] {
  switch (loc) {
    case 'en-US': return { value: ssn(r), kind: 'ssn', label: 'ssn' };
    case 'en-GB': return { value: nino(r), kind: 'nino', label: 'niNumber' };
    case 'de-DE': return { value: steuerId(r), kind: 'steuer-id', label: 'steuerId' };
    case 'fr-FR': return { value: nir(r, dob, female), kind: 'nir', label: 'numeroSecu' };
    case 'es-ES': return r.chance(0.7) ? { value: dni(r), kind: 'dni', label: 'dni' } : { value: nie(r), kind: 'nie', label: 'nie' };
    case 'pt-BR': return { value: cpf(r), kind: 'cpf', label: 'cpf' };
    case 'nl-NL': return { value: bsn(r), kind: 'bsn', label: 'bsn' };
    case 'pl-PL': return { value: pesel(r, dob, female), kind: 'pesel', label: 'pesel' };
    case 'ja-JP': return { value: myNumber(r), kind: 'my-number', label: 'myNumber' };
    case 'hi-IN': return { value: aadhaar(r), kind: 'aadhaar', label: 'aadhaar' };
    case 'ru-RU': return { value: snils(r), kind: 'snils', label: 'snils' };
    case 'zh-CN': return { value: cnRid(r, dob, female), kind: 'cn-rid', label: 'idCardNo' };
    default: return { value: emiratesId(r, dob, luhnDigit), kind: 'emirates-id', label: 'emiratesId' };
  }
}

const WORK = ['northwind-labs.com', 'corp.helixa.io', 'brightloom.de', 'tessera-health.com', 'kumo-systems.co.jp', 'vantor.com.br', 'ridgeway.co.uk', 'lumenpay.fr'];
const PERSONAL = ['gmail.com', 'outlook.com', 'yahoo.co.jp', 'web.de', 'mail.ru', 'qq.com', 'icloud.com', 'proton.me', 'rediffmail.com', 'uol.com.br'];

export function person(r: Rng86, locale?: Locale86, workDomain?: string): Person86 {
  const loc = locale ?? r.pick(LOCALES);
  const data = L[loc];
  const female = r.chance(0.5);
  const [gl, gn] = r.pick(female ? data.f : data.m).split('|') as [string, string | undefined];
  const [fl, fn] = r.pick(data.fam).split('|') as [string, string | undefined];
  let famL = fl;
  if (loc === 'pl-PL') famL = female ? fl.replace(/ski$/, 'ska') : fl.replace(/ska$/, 'ski');
  if (loc === 'ru-RU' && female) famL = `${fl}a`;
  const native = gn && fn && r.chance(0.6) ? (loc === 'ja-JP' || loc === 'zh-CN' ? `${fn}${loc === 'ja-JP' ? ' ' : ''}${gn}` : `${gn} ${loc === 'ru-RU' && female ? `${fn}а` : fn}`) : undefined;
  const latin = loc === 'zh-CN' ? `${famL} ${gl}` : `${gl} ${famL}`;
  const a = ascii(gl);
  const b = ascii(famL);
  const login = `${r.pick([`${a}.${b}`, `${a[0]}${b}`, `${a}_${b}`, `${a}.${b}${r.int(1, 9)}`])}@${workDomain ?? r.pick(WORK)}`;
  const personalEmail = `${r.pick([`${a}${b}${r.int(70, 99)}`, `${b}.${a}`, `${a}${r.int(1, 999)}`])}@${r.pick(PERSONAL)}`;
  const [ph, e164] = phone(r, loc);
  const dob: Dob86 = { y: r.int(1958, 2003), m: r.int(1, 12), d: r.int(1, 28) };
  const [street, city, postal, country] = address(r, loc);
  const address1 = loc === 'ja-JP' || loc === 'zh-CN' ? `〒${postal} ${city}${street}` : `${street}, ${postal} ${city}`;
  const dobIso = `${dob.y}-${String(dob.m).padStart(2, '0')}-${String(dob.d).padStart(2, '0')}`;
  return { locale: loc, given: gn && native ? gn : gl, family: fn && native ? fn : famL, full: native ?? latin, latin, female, email: login, personalEmail, phone: ph, phoneE164: e164, street, city, postal, country, address: address1, dob, dobIso, nid: nid(r, loc, dob, female), ibanCountry: data.iban, login };
}

/** A public client IP (no private, loopback, documentation or CGNAT ranges), sometimes IPv6. */
export function publicIp(r: Rng86): string {
  if (r.chance(0.15)) return `${r.pick(['2a02:908', '2600:1700', '2a01:cb19', '2409:4071', '2001:4860:7:30e'])}:${r.hex(4).replace(/^0+/, '') || '1'}:${r.hex(3)}::${r.hex(3).replace(/^0+/, '') || '2'}`;
  const first = r.pick([23, 31, 37, 46, 62, 77, 81, 84, 88, 91, 93, 95, 109, 151, 176, 185, 188, 212, 217, 24, 47, 67, 73, 98, 108, 174, 49, 103, 117, 121]);
  return `${first}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`;
}
