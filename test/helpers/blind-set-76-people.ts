import type { Rng76 } from './blind-set-76-rng';

/** People by language: names in native script, their transliteration for e-mail addresses, national phone formats. */

interface Lang { first: string[]; last: string[]; latinFirst: string[]; latinLast: string[]; mail: string[]; phone: (r: Rng76) => string; order?: 'family-first' }

const d = (r: Rng76, n: number): string => r.digits(n);
const L: Record<string, Lang> = {
  de: { first: ['Jürgen', 'Anna', 'Lukas', 'Sören', 'Maximilian', 'Katrin', 'Björn', 'Ursula'], last: ['Müller', 'Weiß', 'Schröder', 'Köhler', 'Hoffmann', 'Groß', 'Bäcker', 'Schmitt'],
    latinFirst: ['juergen', 'anna', 'lukas', 'soeren', 'max', 'katrin', 'bjoern', 'ursula'], latinLast: ['mueller', 'weiss', 'schroeder', 'koehler', 'hoffmann', 'gross', 'baecker', 'schmitt'],
    mail: ['gmx.de', 'web.de', 't-online.de', 'posteo.de'], phone: (r) => r.pick([`+49 15${r.int(1, 9)} ${d(r, 8)}`, `0171 ${d(r, 7)}`, `+49 (0)30 ${d(r, 3)} ${d(r, 4)}`]) },
  fr: { first: ['Éloïse', 'François', 'Hélène', 'Jérôme', 'Benoît', 'Céline', 'Gaëlle', 'Thibault'], last: ['Lefèvre', 'Dubois', 'Mercier', 'Gauthier', 'Lemaître', 'Rousseau', 'Bézier', 'Fontaine'],
    latinFirst: ['eloise', 'francois', 'helene', 'jerome', 'benoit', 'celine', 'gaelle', 'thibault'], latinLast: ['lefevre', 'dubois', 'mercier', 'gauthier', 'lemaitre', 'rousseau', 'bezier', 'fontaine'],
    mail: ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr'], phone: (r) => r.pick([`06 ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `+33 7 ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `07.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}.${d(r, 2)}`]) },
  es: { first: ['José', 'María', 'Íñigo', 'Lucía', 'Begoña', 'Nuño', 'Ángela', 'Martín'], last: ['García', 'Núñez', 'Peña', 'Ibáñez', 'Martínez', 'Fernández', 'Muñoz', 'Gómez'],
    latinFirst: ['jose', 'maria', 'inigo', 'lucia', 'begona', 'nuno', 'angela', 'martin'], latinLast: ['garcia', 'nunez', 'pena', 'ibanez', 'martinez', 'fernandez', 'munoz', 'gomez'],
    mail: ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.com.mx', 'outlook.com.ar'], phone: (r) => r.pick([`+34 6${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `+52 55 ${d(r, 4)} ${d(r, 4)}`, `+54 9 11 ${d(r, 4)}-${d(r, 4)}`, `6${d(r, 8)}`]) },
  pt: { first: ['João', 'Conceição', 'Antônio', 'Gonçalo', 'Luíza', 'Sebastião', 'Inês', 'Thiago'], last: ['Araújo', 'Gonçalves', 'Simões', 'Magalhães', 'Conceição', 'Brandão', 'Sousa', 'Lopes'],
    latinFirst: ['joao', 'conceicao', 'antonio', 'goncalo', 'luiza', 'sebastiao', 'ines', 'thiago'], latinLast: ['araujo', 'goncalves', 'simoes', 'magalhaes', 'conceicao', 'brandao', 'sousa', 'lopes'],
    mail: ['uol.com.br', 'bol.com.br', 'gmail.com', 'sapo.pt'], phone: (r) => r.pick([`(11) 9${d(r, 4)}-${d(r, 4)}`, `+55 21 9${d(r, 4)}-${d(r, 4)}`, `+351 91${d(r, 1)} ${d(r, 3)} ${d(r, 3)}`]) },
  it: { first: ['Niccolò', 'Chiara', 'Giuseppe', 'Lucrezia', 'Mattia', 'Francesca', 'Raffaele', 'Ilaria'], last: ['Rossi', 'Esposito', 'Bianchi', 'Colombo', 'De Luca', 'Ricci', 'Marino', 'Galli'],
    latinFirst: ['niccolo', 'chiara', 'giuseppe', 'lucrezia', 'mattia', 'francesca', 'raffaele', 'ilaria'], latinLast: ['rossi', 'esposito', 'bianchi', 'colombo', 'deluca', 'ricci', 'marino', 'galli'],
    mail: ['libero.it', 'virgilio.it', 'tiscali.it', 'alice.it'], phone: (r) => r.pick([`+39 3${d(r, 2)} ${d(r, 3)} ${d(r, 4)}`, `34${d(r, 1)}-${d(r, 7)}`]) },
  nl: { first: ['Sanne', 'Joost', 'Maartje', 'Pieter', 'Eline', 'Daan'], last: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'van Dijk'],
    latinFirst: ['sanne', 'joost', 'maartje', 'pieter', 'eline', 'daan'], latinLast: ['devries', 'vandenberg', 'jansen', 'bakker', 'visser', 'vandijk'],
    mail: ['ziggo.nl', 'kpnmail.nl', 'hotmail.nl'], phone: (r) => r.pick([`06-${d(r, 8)}`, `+31 6 ${d(r, 4)} ${d(r, 4)}`]) },
  pl: { first: ['Łukasz', 'Małgorzata', 'Wojciech', 'Zofia', 'Paweł', 'Agnieszka'], last: ['Wójcik', 'Kowalczyk', 'Dąbrowski', 'Woźniak', 'Lewandowska', 'Zieliński'],
    latinFirst: ['lukasz', 'malgorzata', 'wojciech', 'zofia', 'pawel', 'agnieszka'], latinLast: ['wojcik', 'kowalczyk', 'dabrowski', 'wozniak', 'lewandowska', 'zielinski'],
    mail: ['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl'], phone: (r) => r.pick([`+48 5${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `60${d(r, 1)}-${d(r, 3)}-${d(r, 3)}`]) },
  tr: { first: ['Ayşe', 'Mehmet', 'Gülşen', 'Çağrı', 'Şükrü', 'Özge'], last: ['Yılmaz', 'Öztürk', 'Şahin', 'Çelik', 'Doğan', 'Kılıç'],
    latinFirst: ['ayse', 'mehmet', 'gulsen', 'cagri', 'sukru', 'ozge'], latinLast: ['yilmaz', 'ozturk', 'sahin', 'celik', 'dogan', 'kilic'],
    mail: ['hotmail.com.tr', 'gmail.com', 'yandex.com.tr'], phone: (r) => r.pick([`0532 ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `+90 5${d(r, 2)} ${d(r, 3)} ${d(r, 4)}`]) },
  ru: { first: ['Дмитрий', 'Екатерина', 'Алексей', 'Наталья', 'Сергей', 'Ольга'], last: ['Соколов', 'Кузнецова', 'Смирнов', 'Попова', 'Волков', 'Лебедева'],
    latinFirst: ['dmitry', 'ekaterina', 'alexey', 'natalia', 'sergey', 'olga'], latinLast: ['sokolov', 'kuznetsova', 'smirnov', 'popova', 'volkov', 'lebedeva'],
    mail: ['yandex.ru', 'mail.ru', 'rambler.ru', 'bk.ru'], phone: (r) => r.pick([`+7 (9${d(r, 2)}) ${d(r, 3)}-${d(r, 2)}-${d(r, 2)}`, `8 916 ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `+79${d(r, 9)}`]) },
  uk: { first: ['Олександр', 'Оксана', 'Андрій', 'Ірина', 'Тарас', 'Юлія'], last: ['Шевченко', 'Коваленко', 'Бондаренко', 'Ткаченко', 'Кравчук', 'Мельник'],
    latinFirst: ['oleksandr', 'oksana', 'andrii', 'iryna', 'taras', 'yuliia'], latinLast: ['shevchenko', 'kovalenko', 'bondarenko', 'tkachenko', 'kravchuk', 'melnyk'],
    mail: ['ukr.net', 'i.ua', 'gmail.com'], phone: (r) => r.pick([`+380 67 ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `050-${d(r, 3)}-${d(r, 2)}-${d(r, 2)}`]) },
  ja: { first: ['太郎', '花子', '翔太', '美咲', '健一', '陽菜'], last: ['山田', '佐藤', '鈴木', '高橋', '渡辺', '伊藤'], order: 'family-first',
    latinFirst: ['taro', 'hanako', 'shota', 'misaki', 'kenichi', 'hina'], latinLast: ['yamada', 'sato', 'suzuki', 'takahashi', 'watanabe', 'ito'],
    mail: ['yahoo.co.jp', 'docomo.ne.jp', 'ezweb.ne.jp', 'gmail.com'], phone: (r) => r.pick([`090-${d(r, 4)}-${d(r, 4)}`, `080${d(r, 8)}`, `+81 70-${d(r, 4)}-${d(r, 4)}`, `03-${d(r, 4)}-${d(r, 4)}`]) },
  zh: { first: ['伟', '秀英', '志强', '丽娟', '建华', '晓明'], last: ['王', '李', '张', '刘', '陈', '欧阳'], order: 'family-first',
    latinFirst: ['wei', 'xiuying', 'zhiqiang', 'lijuan', 'jianhua', 'xiaoming'], latinLast: ['wang', 'li', 'zhang', 'liu', 'chen', 'ouyang'],
    mail: ['qq.com', '163.com', '126.com', 'sina.com'], phone: (r) => r.pick([`13${d(r, 1)}${d(r, 8)}`, `+86 138 ${d(r, 4)} ${d(r, 4)}`, `15${d(r, 1)}-${d(r, 4)}-${d(r, 4)}`, `0912-${d(r, 3)}-${d(r, 3)}`]) },
  ko: { first: ['민준', '서연', '지훈', '하은', '도윤', '수빈'], last: ['김', '이', '박', '최', '정', '강'], order: 'family-first',
    latinFirst: ['minjun', 'seoyeon', 'jihoon', 'haeun', 'doyun', 'subin'], latinLast: ['kim', 'lee', 'park', 'choi', 'jung', 'kang'],
    mail: ['naver.com', 'daum.net', 'kakao.com'], phone: (r) => r.pick([`010-${d(r, 4)}-${d(r, 4)}`, `+82 10-${d(r, 4)}-${d(r, 4)}`, `010${d(r, 8)}`]) },
  ar: { first: ['محمد', 'فاطمة', 'عبدالله', 'نورة', 'خالد', 'ريم'], last: ['العتيبي', 'الحربي', 'الشمري', 'القحطاني', 'المنصوري', 'الزهراني'],
    latinFirst: ['mohammed', 'fatima', 'abdullah', 'noura', 'khalid', 'reem'], latinLast: ['alotaibi', 'alharbi', 'alshammari', 'alqahtani', 'almansoori', 'alzahrani'],
    mail: ['gmail.com', 'hotmail.com', 'outlook.sa'], phone: (r) => r.pick([`+966 5${d(r, 1)} ${d(r, 3)} ${d(r, 4)}`, `+971 50 ${d(r, 3)} ${d(r, 4)}`, `05${d(r, 8)}`]) },
  he: { first: ['יוסי', 'מיכל', 'אבי', 'נועה', 'דניאל', 'שירה'], last: ['כהן', 'לוי', 'מזרחי', 'פרץ', 'ביטון', 'אברהם'],
    latinFirst: ['yossi', 'michal', 'avi', 'noa', 'daniel', 'shira'], latinLast: ['cohen', 'levi', 'mizrahi', 'peretz', 'biton', 'avraham'],
    mail: ['walla.co.il', 'gmail.com', 'bezeqint.net'], phone: (r) => r.pick([`052-${d(r, 7)}`, `+972 54-${d(r, 3)}-${d(r, 4)}`]) },
  hi: { first: ['राहुल', 'प्रिया', 'अमित', 'सुनीता', 'विकास', 'अनीता'], last: ['शर्मा', 'वर्मा', 'गुप्ता', 'सिंह', 'पटेल', 'यादव'],
    latinFirst: ['rahul', 'priya', 'amit', 'sunita', 'vikas', 'anita'], latinLast: ['sharma', 'verma', 'gupta', 'singh', 'patel', 'yadav'],
    mail: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'], phone: (r) => r.pick([`+91 9${d(r, 4)} ${d(r, 5)}`, `09${d(r, 9)}`, `+91-8${d(r, 9)}`]) },
  th: { first: ['สมชาย', 'สุภาพร', 'ประเสริฐ', 'วันเพ็ญ'], last: ['ใจดี', 'ศรีสุข', 'วงศ์ใหญ่', 'แสงทอง'],
    latinFirst: ['somchai', 'supaporn', 'prasert', 'wanpen'], latinLast: ['jaidee', 'srisuk', 'wongyai', 'saengthong'],
    mail: ['hotmail.co.th', 'gmail.com'], phone: (r) => r.pick([`08${d(r, 1)}-${d(r, 3)}-${d(r, 4)}`, `+66 8${d(r, 1)} ${d(r, 3)} ${d(r, 4)}`]) },
  vi: { first: ['Văn An', 'Thị Hương', 'Minh Tuấn', 'Thu Trang'], last: ['Nguyễn', 'Trần', 'Lê', 'Phạm'], order: 'family-first',
    latinFirst: ['an', 'huong', 'tuan', 'trang'], latinLast: ['nguyen', 'tran', 'le', 'pham'],
    mail: ['gmail.com', 'yahoo.com.vn'], phone: (r) => r.pick([`09${d(r, 1)} ${d(r, 3)} ${d(r, 4)}`, `+84 9${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`]) },
  el: { first: ['Γιώργος', 'Μαρία', 'Δημήτρης', 'Ελένη'], last: ['Παπαδόπουλος', 'Παπαδοπούλου', 'Οικονόμου', 'Γεωργίου'],
    latinFirst: ['giorgos', 'maria', 'dimitris', 'eleni'], latinLast: ['papadopoulos', 'papadopoulou', 'oikonomou', 'georgiou'],
    mail: ['otenet.gr', 'gmail.com'], phone: (r) => r.pick([`+30 69${d(r, 1)} ${d(r, 3)} ${d(r, 4)}`, `69${d(r, 8)}`]) },
  nordic: { first: ['Sofie', 'Åsa', 'Bjørn', 'Mikkel', 'Aino', 'Sigrún', 'Jonas'], last: ['Jørgensen', 'Lindqvist', 'Åberg', 'Virtanen', 'Hæstad', 'Korhonen'],
    latinFirst: ['sofie', 'asa', 'bjorn', 'mikkel', 'aino', 'sigrun', 'jon'], latinLast: ['jorgensen', 'lindqvist', 'aberg', 'virtanen', 'haestad', 'korhonen'],
    mail: ['telia.com', 'online.no', 'gmail.com', 'live.dk'], phone: (r) => r.pick([`+46 70-${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`, `+45 ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`, `+47 9${d(r, 2)} ${d(r, 2)} ${d(r, 3)}`, `+358 40 ${d(r, 3)} ${d(r, 4)}`]) },
  cs: { first: ['Tomáš', 'Kateřina', 'Jiří', 'Lucie'], last: ['Dvořák', 'Nováková', 'Černý', 'Procházková'],
    latinFirst: ['tomas', 'katerina', 'jiri', 'lucie'], latinLast: ['dvorak', 'novakova', 'cerny', 'prochazkova'],
    mail: ['seznam.cz', 'email.cz', 'centrum.cz'], phone: (r) => r.pick([`+420 6${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `7${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`]) },
  hu: { first: ['Péter', 'Zsófia', 'Gergő', 'Éva'], last: ['Nagy', 'Kovács', 'Szőke', 'Tóth'], order: 'family-first',
    latinFirst: ['peter', 'zsofia', 'gergo', 'eva'], latinLast: ['nagy', 'kovacs', 'szoke', 'toth'],
    mail: ['freemail.hu', 'citromail.hu', 'gmail.com'], phone: (r) => r.pick([`+36 30 ${d(r, 3)} ${d(r, 4)}`, `06-20-${d(r, 3)}-${d(r, 4)}`]) },
  ro: { first: ['Andrei', 'Ioana', 'Ștefan', 'Mădălina'], last: ['Popescu', 'Ionescu', 'Răducanu', 'Constantinescu'],
    latinFirst: ['andrei', 'ioana', 'stefan', 'madalina'], latinLast: ['popescu', 'ionescu', 'raducanu', 'constantinescu'],
    mail: ['yahoo.ro', 'gmail.com'], phone: (r) => r.pick([`+40 7${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`, `07${d(r, 2)}.${d(r, 3)}.${d(r, 3)}`]) },
};

export interface Person { name: string; first: string; last: string; latin: string; email: string; phone: string }

/** A person of language `lang`: native-script name, its Latin transliteration, an e-mail address and a phone. */
export function person(r: Rng76, lang: string): Person {
  const l = L[lang]!;
  const i = r.int(0, l.first.length - 1);
  const j = r.int(0, l.last.length - 1);
  const first = l.first[i]!;
  const last = l.last[j]!;
  const sep = lang === 'zh' || lang === 'ko' ? '' : ' ';
  const name = l.order === 'family-first' ? `${last}${sep}${first}` : `${first} ${last}`;
  const lf = l.latinFirst[i]!;
  const ll = l.latinLast[j]!;
  const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
  const latin = l.order === 'family-first' ? `${cap(ll)} ${cap(lf)}` : `${cap(lf)} ${cap(ll)}`;
  const local = r.pick([`${lf}.${ll}`, `${lf}${ll}${r.int(1, 99)}`, `${lf[0]}${ll}`, `${ll}.${lf}${r.int(70, 99)}`, `${lf}_${ll}`]);
  return { name, first, last, latin, email: `${local}@${r.pick(l.mail)}`, phone: l.phone(r) };
}
