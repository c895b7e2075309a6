import type { Rng89 } from './blind-set-89-rng';

/** A traveller, recipient, courier or subscriber: native spelling, the Latin (ASCII) spelling, locale. */
export interface Person89 {
  given: string;
  family: string;
  full: string;
  givenA: string;
  familyA: string;
  loc: string;
  title: 'MR' | 'MRS' | 'MS';
}

// [locale, given (native|latin), family (native|latin), title]
const NAMES: readonly [string, string, string, 'MR' | 'MRS' | 'MS'][] = [
  ['es', 'Ana', 'Ruiz Domínguez', 'MS'], ['es', 'José Luis', 'Peña', 'MR'], ['es', 'Begoña', 'Íñiguez', 'MRS'],
  ['pt', 'João', 'Gonçalves', 'MR'], ['pt', 'Lúcia', 'Araújo', 'MS'], ['pt', 'Conceição', 'Magalhães', 'MRS'],
  ['de', 'Jürgen', 'Weiß', 'MR'], ['de', 'Käthe', 'Müller-Lüdenscheidt', 'MRS'], ['de', 'Sören', 'Böhm', 'MR'],
  ['fr', 'Hélène', 'Lefèvre', 'MS'], ['fr', 'François', 'Château', 'MR'], ['fr', 'Maëlys', 'Besançon', 'MS'],
  ['pl', 'Łukasz', 'Wróblewski', 'MR'], ['pl', 'Małgorzata', 'Szczęsna', 'MRS'], ['cs', 'Jiří', 'Dvořák', 'MR'],
  ['tr', 'Çağrı', 'Yılmaz', 'MR'], ['tr', 'Gülşen', 'Öztürk', 'MS'], ['hu', 'Zsófia', 'Kovács', 'MS'],
  ['ro', 'Ștefan', 'Țurcanu', 'MR'], ['nb', 'Øystein', 'Sæther', 'MR'], ['sv', 'Åsa', 'Lindström', 'MS'],
  ['vi', 'Thị Hương|THI HUONG', 'Nguyễn', 'MS'], ['ga', 'Siobhán', 'Ó Briain|OBRIAIN', 'MS'], ['en', 'Declan', "O'Sullivan|OSULLIVAN", 'MR'],
  ['en', 'Priya', 'Ramaswamy', 'MS'], ['en', 'Marcus', 'Whitfield', 'MR'], ['yo', 'Adébáyọ̀|ADEBAYO', 'Ògúnlẹ́yẹ|OGUNLEYE', 'MR'],
  ['ja', '翔太|SHOTA', '佐藤|SATO', 'MR'], ['ja', '美咲|MISAKI', '高橋|TAKAHASHI', 'MS'], ['zh', '伟|WEI', '王|WANG', 'MR'],
  ['zh', '秀英|XIUYING', '李|LI', 'MRS'], ['ko', '지훈|JIHOON', '김|KIM', 'MR'], ['ko', '서연|SEOYEON', '박|PARK', 'MS'],
  ['ru', 'Дмитрий|DMITRII', 'Кузнецов|KUZNETSOV', 'MR'], ['uk', 'Олена|OLENA', 'Шевченко|SHEVCHENKO', 'MRS'], ['el', 'Γιώργος|GIORGOS', 'Παπαδόπουλος|PAPADOPOULOS', 'MR'],
  ['ar', 'محمد|MOHAMMED', 'العتيبي|ALOTAIBI', 'MR'], ['ar', 'فاطمة|FATIMA', 'الزهراني|ALZAHRANI', 'MRS'], ['he', 'נועה|NOA', 'כהן|COHEN', 'MS'],
  ['hi', 'अर्जुन|ARJUN', 'शर्मा|SHARMA', 'MR'], ['th', 'สมชาย|SOMCHAI', 'ใจดี|JAIDEE', 'MR'], ['fa', 'سارا|SARA', 'رضایی|REZAEI', 'MS'],
];

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
const split = (s: string): [string, string] => {
  const [a, b] = s.split('|');
  return [a!, (b ?? fold(a!)).toUpperCase()];
};

export function person(r: Rng89): Person89 {
  const [loc, g, f, title] = r.pick(NAMES);
  const [given, givenA] = split(g);
  const [family, familyA] = split(f);
  const eastern = ['ja', 'zh', 'ko'].includes(loc);
  const full = eastern ? `${family}${given}` : loc === 'vi' ? `${family} ${given}` : `${given} ${family}`;
  return { given, family, full, givenA: givenA.replace(/[^A-Z ]/g, ''), familyA: familyA.replace(/[^A-Z ]/g, ''), loc, title };
}

/** The airline form: `SURNAME/GIVEN MR` (with or without the space). */
export const airName = (r: Rng89, p: Person89): string => `${p.familyA.replace(/ /g, '')}/${p.givenA.replace(/ /g, '')}${r.pick([' ', ''])}${p.title}`;

export function email(r: Rng89, p: Person89): string {
  const g = p.givenA.toLowerCase().replace(/ /g, '');
  const f = p.familyA.toLowerCase().replace(/ /g, '');
  const local = r.pick([`${g}.${f}`, `${g[0]}${f}`, `${g}${r.int(1, 99)}`, `${f}.${g}${r.int(70, 99)}`, `${g}_${f}`]);
  return `${local}@${r.pick(['gmail.com', 'outlook.com', 'yahoo.co.jp', 'web.de', 'orange.fr', 'hotmail.es', 'icloud.com', 'proton.me', 'naver.com', 'mail.ru', 'gmx.at', 'uol.com.br'])}`;
}

const COUNTRIES: Record<string, (r: Rng89) => [string, string]> = {
  us: (r) => { const a = `${r.int(2, 9)}${r.int(0, 8)}${r.int(0, 9)}`; const b = `${r.int(2, 9)}${r.digits(2)}`.replace(/^555$/, '556'); const c = r.digits(4); return [`+1${a}${b}${c}`, r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`])]; },
  es: (r) => { const n = `6${r.digits(8)}`; return [`+34${n}`, `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`]; },
  gb: (r) => { const n = `7${r.pick(['4', '5', '8', '9'])}${r.digits(8)}`; return [`+44${n}`, `0${n.slice(0, 4)} ${n.slice(4)}`]; },
  de: (r) => { const n = `1${r.pick(['51', '52', '60', '70', '76'])}${r.digits(8)}`; return [`+49${n}`, `0${n.slice(0, 3)} ${n.slice(3)}`]; },
  fr: (r) => { const n = `${r.pick(['6', '7'])}${r.digits(8)}`; return [`+33${n}`, `0${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`]; },
  br: (r) => { const n = `${r.pick(['11', '21', '31'])}9${r.digits(8)}`; return [`+55${n}`, `(${n.slice(0, 2)}) ${n.slice(2, 7)}-${n.slice(7)}`]; },
  jp: (r) => { const n = `${r.pick(['80', '90', '70'])}${r.digits(8)}`; return [`+81${n}`, `0${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`]; },
  in: (r) => { const n = `${r.pick(['9', '8', '7'])}${r.digits(9)}`; return [`+91${n}`, `${n.slice(0, 5)} ${n.slice(5)}`]; },
  au: (r) => { const n = `4${r.digits(8)}`; return [`+61${n}`, `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`]; },
  pl: (r) => { const n = `${r.pick(['50', '60', '69', '79'])}${r.digits(7)}`; return [`+48${n}`, `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`]; },
  kr: (r) => { const n = `10${r.digits(8)}`; return [`+82${n}`, `0${n.slice(0, 2)}-${n.slice(2, 6)}-${n.slice(6)}`]; },
};

/** A mobile number: [E.164, national printed form]. */
export function phone(r: Rng89, cc?: string): [string, string] {
  return COUNTRIES[cc ?? r.pick(Object.keys(COUNTRIES))]!(r);
}

export interface Address89 {
  line1: string;
  city: string;
  zip: string;
  state: string;
  cc: string;
}
export function address(r: Rng89): Address89 {
  return r.pick<(r: Rng89) => Address89>([
    (r) => ({ line1: `${r.int(100, 9899)} ${r.pick(['Maple', 'Juniper', 'Hawthorne', 'Cedar Ridge', 'Alder'])} ${r.pick(['St', 'Ave', 'Dr', 'Ln', 'Ct'])}${r.chance(0.4) ? ` Apt ${r.int(1, 40)}${r.pick(['A', 'B', ''])}` : ''}`, city: r.pick(['Austin', 'Fresno', 'Tacoma', 'Columbus', 'Raleigh']), zip: r.num(5), state: r.pick(['TX', 'CA', 'WA', 'OH', 'NC']), cc: 'US' }),
    (r) => ({ line1: `Calle ${r.pick(['de Alcalá', 'Mayor', 'del Pez', 'Príncipe de Vergara'])} ${r.int(1, 180)}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'izq.'])}`, city: 'Madrid', zip: `280${r.digits(2)}`, state: 'M', cc: 'ES' }),
    (r) => ({ line1: `${r.pick(['Schönhauser Allee', 'Lindenstraße', 'Am Weißen Steg', 'Güntherstraße'])} ${r.int(1, 140)}${r.pick(['', 'a', 'b'])}`, city: r.pick(['Berlin', 'Köln', 'München']), zip: r.num(5), state: '', cc: 'DE' }),
    (r) => ({ line1: `${r.int(1, 120)} ${r.pick(['Rosebery Avenue', 'Kingsland Road', 'Elm Grove', 'Cowley Road'])}`, city: r.pick(['London', 'Oxford', 'Leeds']), zip: `${r.pick(['EC1R', 'E8', 'OX4', 'LS6'])} ${r.int(1, 9)}${r.upper(2)}`, state: '', cc: 'GB' }),
    (r) => ({ line1: `${r.int(1, 99)} rue ${r.pick(['des Écoles', 'de la Roquette', 'Saint-Honoré', 'du Faubourg-Montmartre'])}`, city: 'Paris', zip: `750${r.int(10, 20)}`, state: '', cc: 'FR' }),
    (r) => ({ line1: `Rua ${r.pick(['Augusta', 'Oscar Freire', 'dos Pinheiros'])}, ${r.int(10, 2500)} - apto ${r.int(11, 184)}`, city: 'São Paulo', zip: `0${r.digits(4)}-${r.digits(3)}`, state: 'SP', cc: 'BR' }),
    (r) => ({ line1: `${r.pick(['世田谷区三軒茶屋', '渋谷区神宮前', '大阪市北区梅田'])}${r.int(1, 4)}-${r.int(1, 30)}-${r.int(1, 20)}`, city: r.pick(['東京都', '大阪府']), zip: `${r.digits(3)}-${r.digits(4)}`, state: '', cc: 'JP' }),
    (r) => ({ line1: `ul. ${r.pick(['Marszałkowska', 'Świętokrzyska', 'Żurawia'])} ${r.int(1, 150)}/${r.int(1, 60)}`, city: r.pick(['Warszawa', 'Kraków']), zip: `0${r.digits(1)}-${r.digits(3)}`, state: '', cc: 'PL' }),
  ])(r);
}
export const addrLine = (a: Address89): string => `${a.line1}, ${a.zip} ${a.city}${a.state ? `, ${a.state}` : ''}`;
