import { Rng9 } from './blind-set-9-rng';

/** Names as people write them, per culture: given names, family names, order, and a Latin rendering for emails. */
interface Culture {
  given: string[];
  family: string[];
  /** 'gf' given first with a space, 'fg' family first with a space, 'fgc' family first joined (CJK). */
  order: 'gf' | 'fg' | 'fgc';
  latin?: [string[], string[]];
}
const C = (given: string[], family: string[], order: Culture['order'] = 'gf', latin?: [string[], string[]]): Culture => ({ given, family, order, latin });

const EN = C(['Emily', 'Jacob', 'Siobhan', 'Liam', 'Harper', 'Malcolm', 'Imogen', 'Tobias', 'Niamh'], ["O'Brien", 'Fitzgerald', 'Whitfield', 'McAllister', 'Okafor-Hughes', 'Pemberton', 'Nakamura-Reyes', 'Kowalski']);
const FR = C(['Amélie', 'François', 'Océane', 'Benoît', 'Hélène', 'Jean-Baptiste', 'Maëlle'], ['Lefèvre', 'de la Fontaine', 'Dubois-Marchand', 'Girard', 'Lemaître', "d'Arcourt"]);
const DE = C(['Jürgen', 'Lea-Sophie', 'Björn', 'Käthe', 'Maximilian', 'Svenja', 'Jörg'], ['Müller-Lüdenscheidt', 'von Stauffenberg', 'Schröder', 'Weiß', 'Zimmermann', 'Großkopf']);
const NL = C(['Sanne', 'Joost', 'Femke', 'Pieter-Jan', 'Annelies', 'Maarten'], ['van der Berg', 'de Vries', 'van den Heuvel', 'Janssens', 'Verhoeven', "van 't Hek"]);
const ES = C(['José Luis', 'María José', 'Itziar', 'Ramón', 'Ximena', 'Guadalupe', 'Íñigo'], ['García Márquez', 'Fernández de Córdoba', 'Núñez Ibáñez', 'Rodríguez-Peña', 'de la Cruz Olmedo', 'Echeverría']);
const PT = C(['João', 'Conceição', 'Thiago', 'Luíza', 'Gonçalo', 'Maria Eduarda'], ['da Silva Santos', 'Gonçalves', 'Magalhães', 'dos Anjos Pereira', 'Assunção']);
const IT = C(['Giuseppe', 'Chiara', 'Niccolò', 'Beatrice', 'Gianluca'], ['Esposito', "D'Angelo", 'Di Stefano', 'Lo Russo', 'Dell’Acqua']);
const PL = C(['Małgorzata', 'Wojciech', 'Zofia', 'Grzegorz', 'Łucja'], ['Wiśniewska', 'Brzęczyszczykiewicz', 'Kowalczyk', 'Żółkiewski', 'Szczęsna-Bąk']);
const NORD = C(['Åsa', 'Øyvind', 'Søren', 'Päivi', 'Jyrki', 'Ingrid', 'Bjørg'], ['Lindqvist', 'Håkansson', 'Bråten', 'Kjærgaard', 'Räikkönen', 'Nieminen', 'Østergård']);
const GR = C(['Γιώργος', 'Ελένη', 'Δημήτρης', 'Κατερίνα', 'Νικόλαος'], ['Παπαδόπουλος', 'Οικονόμου', 'Κωνσταντινίδης', 'Αλεξίου'], 'gf', [['Georgios', 'Eleni', 'Dimitris'], ['Papadopoulos', 'Oikonomou']]);
const RU = C(['Дмитрий', 'Анастасия', 'Сергей', 'Ольга', 'Олександр', 'Юлія'], ['Смирнов', 'Кузнецова', 'Шевченко', 'Ковальчук', 'Соколова-Белых'], 'gf', [['Dmitry', 'Anastasia', 'Oleksandr'], ['Smirnov', 'Kuznetsova', 'Shevchenko']]);
const TR = C(['Çağlar', 'Gülşen', 'Mehmet Ali', 'Şebnem', 'İlker'], ['Yılmaz', 'Öztürk', 'Karaağaçlı', 'Şahin', 'Doğan']);
const AR = C(['محمد', 'فاطمة', 'عبد الله', 'نورة', 'خالد'], ['العتيبي', 'بن سلمان الشهري', 'الحسيني', 'القحطاني'], 'gf', [['Mohammed', 'Fatima', 'Abdullah', 'Noura'], ['Al-Otaibi', 'bin Salman Al-Shehri', 'Al-Hussaini']]);
const HE = C(['נועה', 'יוסף', 'תמר', 'אביגיל'], ['כהן', 'לוי', 'בן-דוד', 'אברמוביץ'], 'gf', [['Noa', 'Yosef', 'Tamar'], ['Cohen', 'Ben-David', 'Abramovich']]);
const HI = C(['अर्जुन', 'प्रिया', 'राहुल', 'अनन्या'], ['शर्मा', 'वर्मा', 'पटेल', 'चट्टोपाध्याय'], 'gf', [['Arjun', 'Priya', 'Venkatesh', 'Ananya'], ['Sharma', 'Raghunathan', 'Chattopadhyay', 'Iyer']]);
const INL = C(['Venkatesh', 'Priyanka', 'Suresh Kumar', 'Lakshmi', 'Harpreet'], ['Raghunathan', 'Chattopadhyay', 'Iyer', 'Nair', 'Kaur Sandhu']);
const ZH = C(['伟', '秀英', '子涵', '浩然', '雨桐'], ['王', '李', '张', '欧阳', '司马', '陈'], 'fgc', [['Wei', 'Xiuying', 'Zihan', 'Haoran'], ['Wang', 'Li', 'Zhang', 'Ouyang']]);
const JA = C(['健太', '陽菜', '翔太', 'さくら', '大輔'], ['佐藤', '鈴木', '高橋', '渡辺', '伊藤'], 'fg', [['Kenta', 'Hina', 'Shota', 'Sakura'], ['Sato', 'Suzuki', 'Takahashi', 'Watanabe']]);
const KO = C(['지우', '서연', '민준', '하은', '도윤'], ['김', '이', '박', '최', '남궁'], 'fgc', [['Jiwoo', 'Seoyeon', 'Minjun', 'Haeun'], ['Kim', 'Lee', 'Park', 'Choi']]);
const TH = C(['สมชาย', 'สุภาพร', 'ณัฐวุฒิ', 'กนกวรรณ'], ['ใจดี', 'ศรีสุข', 'วงศ์สวัสดิ์', 'ทองมา'], 'gf', [['Somchai', 'Supaporn', 'Nattawut'], ['Jaidee', 'Srisuk', 'Wongsawat']]);
const VI = C(['Văn Hùng', 'Thị Lan', 'Minh Dũng', 'Thị Ngọc Ánh', 'Quốc Bảo'], ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh'], 'fg');
const MS = C(['Ahmad Faizal', 'Muhammad Hafiz', 'Mohd Azlan'], ['bin Abdul Rahman', 'bin Ismail', 'bin Kamarudin'], 'gf');
const IDN = C(['Rizky', 'Putri', 'Agus', 'Ayu'], ['Pratama', 'Wulandari', 'Setiawan', 'Kusumawati']);
const NG = C(['Chukwuemeka', 'Oluwaseun', 'Ngozi', 'Adebayo', 'Folasade'], ['Okonkwo', 'Adeyemi', 'Eze', 'Balogun', 'Nwachukwu']);
const ZA = C(['Thabo', 'Nomvula', 'Pieter', 'Lerato', 'Sipho'], ['Mokoena', 'Dlamini', 'van Wyk', 'Nkosi', 'Botha']);
const KE = C(['Wanjiru', 'Otieno', 'Achieng', 'Kiprono'], ['Kamau', 'Odhiambo', 'Mutua', 'Chebet']);
const PK = C(['Ayesha', 'Imran', 'Zainab', 'Usman'], ['Qureshi', 'Chaudhry', 'Siddiqui', 'Malik']);
const PH = C(['Maria Cristina', 'Jose Miguel', 'Rowena', 'Jericho'], ['dela Cruz', 'Villanueva', 'Macapagal', 'Bautista']);
const SGL = C(['Wei Ming', 'Hui Min', 'Jun Jie'], ['Tan', 'Lim', 'Ng', 'Teo'], 'fg');

export const CULTURE73: Record<string, Culture> = {
  US: EN, GB: EN, IE: EN, AU: EN, NZ: EN, CA: EN, FR: FR, BE: NL, CH: DE, DE: DE, AT: DE, NL: NL, ES: ES, MX: ES, AR: ES, CL: ES, CO: ES, PE: ES,
  PT: PT, BR: PT, IT: IT, PL: PL, SE: NORD, NO: NORD, DK: NORD, FI: NORD, GR: GR, RU: RU, UA: RU, TR: TR, AE: AR, SA: AR, EG: AR, IL: HE,
  IN: HI, PK: PK, CN: ZH, HK: ZH, TW: ZH, JP: JA, KR: KO, TH: TH, VN: VI, SG: SGL, MY: MS, ID: IDN, PH: PH, NG: NG, ZA: ZA, KE: KE,
};
export const INDIA_LATIN73 = INL;

export interface Name73 {
  given: string;
  family: string;
  full: string;
  /** ASCII-ish local part for an email. */
  handle: string;
}

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ßø]/g, (m) => (m === 'ß' ? 'ss' : 'o')).replace(/[łŁ]/g, 'l').replace(/[^A-Za-z]+/g, '').toLowerCase();

export function name73(r: Rng9, cc: string, latinOnly = false): Name73 {
  let cu = CULTURE73[cc] ?? EN;
  if (latinOnly && cc === 'IN') cu = INL;
  const useLatin = latinOnly && cu.latin !== undefined;
  const given = useLatin ? r.pick(cu.latin![0]) : r.pick(cu.given);
  const family = useLatin ? r.pick(cu.latin![1]) : r.pick(cu.family);
  const full = family === '' ? given : cu.order === 'gf' || useLatin ? `${given} ${family}` : cu.order === 'fg' ? `${family} ${given}` : `${family}${given}`;
  const lg = cu.latin ? r.pick(cu.latin[0]) : given;
  const lf = cu.latin ? r.pick(cu.latin[1]) : family;
  const handle = `${fold(lg) || 'user'}${r.pick(['.', '_', '', '-'])}${fold(lf) || String(r.int(10, 99))}`;
  return { given, family, full, handle };
}
