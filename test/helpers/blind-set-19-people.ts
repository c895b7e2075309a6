import type { Rng19 } from './blind-set-19-types';

/** People, mailboxes, phones and addresses by country, in their own scripts and national layouts. */
export interface Person19 {
  native: string;
  latin: string;
  given: string;
  family: string;
}

const P: Record<string, [string, string, string][]> = {
  jp: [
    ['山田 太郎', 'Taro', 'Yamada'],
    ['佐藤 花子', 'Hanako', 'Sato'],
    ['鈴木 一郎', 'Ichiro', 'Suzuki'],
    ['高橋 美咲', 'Misaki', 'Takahashi'],
    ['渡辺 健太', 'Kenta', 'Watanabe'],
  ],
  cn: [
    ['王伟', 'Wei', 'Wang'],
    ['李娜', 'Na', 'Li'],
    ['张敏', 'Min', 'Zhang'],
    ['刘洋', 'Yang', 'Liu'],
    ['陈静', 'Jing', 'Chen'],
  ],
  kr: [
    ['김민준', 'Minjun', 'Kim'],
    ['이서연', 'Seoyeon', 'Lee'],
    ['박지호', 'Jiho', 'Park'],
    ['최유진', 'Yujin', 'Choi'],
  ],
  de: [
    ['Jürgen Müller', 'Jürgen', 'Müller'],
    ['Käthe Schröder', 'Käthe', 'Schröder'],
    ['Lukas Weiß', 'Lukas', 'Weiß'],
    ['Anna-Lena Bäcker', 'Anna-Lena', 'Bäcker'],
  ],
  fr: [
    ['Hélène Lefèvre', 'Hélène', 'Lefèvre'],
    ['François Gérard', 'François', 'Gérard'],
    ['Zoé Bénard', 'Zoé', 'Bénard'],
    ['Jérôme Dupré', 'Jérôme', 'Dupré'],
  ],
  es: [
    ['José Ramón Núñez', 'José Ramón', 'Núñez'],
    ['María Peña Ibáñez', 'María', 'Peña'],
    ['Íñigo Martínez', 'Íñigo', 'Martínez'],
  ],
  pt: [
    ['João Conceição', 'João', 'Conceição'],
    ['Inês Gonçalves', 'Inês', 'Gonçalves'],
    ['Tomé Magalhães', 'Tomé', 'Magalhães'],
  ],
  it: [
    ['Niccolò Bianchi', 'Niccolò', 'Bianchi'],
    ['Lucia Ferrari', 'Lucia', 'Ferrari'],
    ['Giuseppe Esposito', 'Giuseppe', 'Esposito'],
  ],
  nl: [
    ['Sanne van der Berg', 'Sanne', 'van der Berg'],
    ['Daan de Vries', 'Daan', 'de Vries'],
    ['Eefje Bakker', 'Eefje', 'Bakker'],
  ],
  pl: [
    ['Łukasz Wiśniewski', 'Łukasz', 'Wiśniewski'],
    ['Małgorzata Wójcik', 'Małgorzata', 'Wójcik'],
    ['Zbigniew Kowalczyk', 'Zbigniew', 'Kowalczyk'],
  ],
  tr: [
    ['Ayşe Yılmaz', 'Ayşe', 'Yılmaz'],
    ['Mehmet Öztürk', 'Mehmet', 'Öztürk'],
    ['Çağla Şahin', 'Çağla', 'Şahin'],
  ],
  ru: [
    ['Дмитрий Смирнов', 'Dmitry', 'Smirnov'],
    ['Анна Кузнецова', 'Anna', 'Kuznetsova'],
    ['Сергей Попов', 'Sergey', 'Popov'],
  ],
  ar: [
    ['محمد العتيبي', 'Mohammed', 'Alotaibi'],
    ['فاطمة الزهراني', 'Fatimah', 'Alzahrani'],
    ['أحمد المنصوري', 'Ahmed', 'Almansoori'],
  ],
  in: [
    ['राहुल शर्मा', 'Rahul', 'Sharma'],
    ['प्रिया पटेल', 'Priya', 'Patel'],
    ['अमित कुमार', 'Amit', 'Kumar'],
  ],
  br: [
    ['Luíza Araújo', 'Luíza', 'Araújo'],
    ['Thiago Simões', 'Thiago', 'Simões'],
  ],
};

/** A person of a country. */
export function person(r: Rng19, cc: string): Person19 {
  const [native, given, family] = r.pick(P[cc]!);
  return { native, latin: `${given} ${family}`, given, family };
}

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z-]/g, '')
    .toLowerCase();

const DOMAINS: Record<string, string[]> = {
  jp: ['yahoo.co.jp', 'docomo.ne.jp', 'ezweb.ne.jp', 'nikko-shoji.co.jp'],
  cn: ['qq.com', '163.com', 'sina.com', 'huaxin-tech.cn'],
  kr: ['naver.com', 'daum.net', 'hanmail.net'],
  de: ['web.de', 'gmx.de', 't-online.de', 'mueller-logistik.de'],
  fr: ['orange.fr', 'free.fr', 'laposte.net', 'atelier-lumiere.fr'],
  es: ['telefonica.net', 'hotmail.es', 'grupo-iberia.es'],
  pt: ['sapo.pt', 'gmail.com', 'conservas-norte.pt'],
  it: ['libero.it', 'tiscali.it', 'virgilio.it'],
  nl: ['ziggo.nl', 'kpnmail.nl', 'bakkerij-jansen.nl'],
  pl: ['wp.pl', 'onet.pl', 'interia.pl'],
  tr: ['hotmail.com.tr', 'gmail.com', 'anadolu-kargo.com.tr'],
  ru: ['mail.ru', 'yandex.ru', 'rambler.ru'],
  ar: ['gmail.com', 'outlook.sa', 'emirates-trading.ae'],
  in: ['rediffmail.com', 'gmail.com', 'tatanova.in'],
  br: ['uol.com.br', 'bol.com.br'],
};

/** A mailbox for a person of a country. */
export function email(r: Rng19, cc: string, p = person(r, cc)): string {
  const g = ascii(p.given.split(' ')[0]!),
    f = ascii(p.family.replace(/ /g, ''));
  const local = r.pick([`${g}.${f}`, `${g[0]}${f}`, `${f}${g[0]}${r.int(10, 99)}`, `${g}_${f}${r.int(1970, 2005)}`]);
  return `${local}@${r.pick(DOMAINS[cc]!)}`;
}

const d = (r: Rng19, n: number): string => r.digits(n);
/** A phone number in the country's national or international layout. */
export function phone(r: Rng19, cc: string, intl = r.next() < 0.5): string {
  switch (cc) {
    case 'jp': {
      const m = r.pick(['090', '080', '070']);
      return intl ? `+81 ${m.slice(1)}-${d(r, 4)}-${d(r, 4)}` : `${m}-${d(r, 4)}-${d(r, 4)}`;
    }
    case 'cn': {
      const m = `1${r.pick(['38', '39', '52', '86', '77', '59'])}`;
      return intl ? `+86 ${m} ${d(r, 4)} ${d(r, 4)}` : `${m}${d(r, 8)}`;
    }
    case 'kr':
      return intl ? `+82 10-${d(r, 4)}-${d(r, 4)}` : `010-${d(r, 4)}-${d(r, 4)}`;
    case 'de':
      return intl ? `+49 ${r.pick(['30', '89', '40', '221'])} ${r.int(2, 9)}${d(r, 6)}` : `0${r.pick(['151', '160', '172', '176'])} ${r.int(1, 9)}${d(r, 7)}`;
    case 'fr': {
      const t = `${r.pick(['6', '7'])} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`;
      return intl ? `+33 ${t}` : `0${t}`;
    }
    case 'es':
      return `${intl ? '+34 ' : ''}6${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`;
    case 'pt':
      return `${intl ? '+351 ' : ''}9${r.pick(['1', '3', '6'])}${d(r, 1)} ${d(r, 3)} ${d(r, 3)}`;
    case 'it':
      return `${intl ? '+39 ' : ''}3${r.int(20, 49)} ${d(r, 3)} ${d(r, 4)}`;
    case 'nl':
      return intl ? `+31 6 ${r.int(1, 6)}${d(r, 7)}` : `06-${r.int(1, 6)}${d(r, 7)}`;
    case 'pl':
      return `${intl ? '+48 ' : ''}${r.pick(['5', '6', '7'])}${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`;
    case 'tr': {
      const m = `5${r.pick(['32', '42', '05', '55'])}`;
      return intl ? `+90 ${m} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}` : `0${m} ${d(r, 3)} ${d(r, 2)} ${d(r, 2)}`;
    }
    case 'ru': {
      const m = `9${d(r, 2)}`;
      return intl ? `+7 (${m}) ${d(r, 3)}-${d(r, 2)}-${d(r, 2)}` : `8 ${m} ${d(r, 3)}-${d(r, 2)}-${d(r, 2)}`;
    }
    case 'sa':
      return intl ? `+966 5${r.int(0, 9)} ${d(r, 3)} ${d(r, 4)}` : `05${r.int(0, 9)} ${d(r, 3)} ${d(r, 4)}`;
    case 'ae':
      return intl ? `+971 5${r.pick(['0', '2', '5', '6'])} ${d(r, 3)} ${d(r, 4)}` : `05${r.pick(['0', '2', '5'])} ${d(r, 3)} ${d(r, 4)}`;
    case 'in':
      return `${intl ? '+91 ' : ''}${r.int(7, 9)}${d(r, 4)} ${d(r, 5)}`;
    default:
      return `+55 11 9${d(r, 4)}-${d(r, 4)}`;
  }
}

/** A street address in the country's own layout and script. */
export function address(r: Rng19, cc: string): string {
  const n = r.int(1, 98);
  switch (cc) {
    case 'jp':
      return `〒${r.int(100, 199)}-${d(r, 4)} 東京都${r.pick(['世田谷区太子堂', '目黒区自由が丘', '杉並区阿佐谷南'])}${r.int(1, 5)}丁目${r.int(1, 30)}番${r.int(1, 20)}号`;
    case 'cn':
      return `${r.pick(['上海市浦东新区世纪大道', '北京市朝阳区建国路', '深圳市南山区科技园路'])}${n}号${r.int(1, 30)}栋${r.int(101, 2808)}室`;
    case 'kr':
      return `서울특별시 ${r.pick(['강남구 테헤란로', '마포구 월드컵북로', '송파구 올림픽로'])} ${n}길 ${r.int(1, 40)}, ${r.int(101, 1505)}호`;
    case 'de':
      return `${r.pick(['Hauptstraße', 'Schloßallee', 'Bahnhofstraße', 'Königsweg'])} ${n}, ${r.int(10, 99)}${d(r, 3)} ${r.pick(['München', 'Köln', 'Düsseldorf', 'Nürnberg'])}`;
    case 'fr':
      return `${n} ${r.pick(['rue de la Thérèse', 'avenue des Frères-Lumière', 'boulevard Saint-Germain'])}, ${r.int(10, 95)}${d(r, 3)} ${r.pick(['Lyon', 'Besançon', 'Orléans'])}`;
    case 'es':
      return `C/ ${r.pick(['Núñez de Balboa', 'Peñalver', 'Doctor Fléming'])}, ${n}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'Izq.'])}, ${r.int(10, 50)}${d(r, 3)} ${r.pick(['Madrid', 'Málaga', 'A Coruña'])}`;
    case 'pl':
      return `ul. ${r.pick(['Świętokrzyska', 'Żeromskiego', 'Łąkowa'])} ${n}/${r.int(1, 40)}, ${r.int(10, 99)}-${d(r, 3)} ${r.pick(['Łódź', 'Kraków', 'Gdańsk'])}`;
    case 'tr':
      return `${r.pick(['Atatürk Cad.', 'İstiklal Cad.', 'Bağdat Cad.'])} No:${n} D:${r.int(1, 20)}, ${r.int(34000, 34999)} ${r.pick(['Kadıköy', 'Beşiktaş', 'Şişli'])}/İstanbul`;
    default:
      return `ул. ${r.pick(['Тверская', 'Новый Арбат', 'Садовая'])}, д. ${n}, кв. ${r.int(1, 300)}, Москва, ${r.int(101000, 129999)}`;
  }
}
