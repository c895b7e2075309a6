import type { Rng9 } from './blind-set-9-rng';

/** Applicants of many cultures: names (with their Latin form), sex, birth date and e-mail. */
export type Cc = 'US' | 'GB' | 'DE' | 'FR' | 'ES' | 'IT' | 'BR' | 'IN' | 'PL' | 'NL' | 'SE' | 'MX' | 'NG' | 'JP' | 'CN' | 'TR' | 'VN' | 'UA' | 'IE' | 'CA';
export const ALL_CC: readonly Cc[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'BR', 'IN', 'PL', 'NL', 'SE', 'MX', 'NG', 'JP', 'CN', 'TR', 'VN', 'UA', 'IE', 'CA'];
/** Countries whose names are written in Latin letters (for MRZs and licences). */
export const LATIN_CC: readonly Cc[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'BR', 'IN', 'PL', 'NL', 'SE', 'MX', 'NG', 'TR', 'IE', 'CA'];

const POOLS: Record<Cc, [string, string]> = {
  US: [
    'Jennifer/F Marcus/M Tyler/M Brianna/F DeShawn/M Kimberly/F Anthony/M Latoya/F Raymond/M Heather/F',
    'Whitfield Okafor Hernandez McAllister Brennan Washington Kowalczyk Stanton Prescott Delacroix',
  ],
  GB: ['Harriet/F Oliver/M Siobhan/F Callum/M Priya/F Rhys/M Imogen/F Alasdair/M', "Pemberton Ashworth MacLeod Featherstone Okonjo Llewellyn Thistlethwaite O'Sullivan"],
  DE: ['Jürgen/M Lena/F Maximilian/M Anneliese/F Björn/M Käthe/F Tobias/M Friederike/F', 'Müller Schröder Weiß Großmann Köhler Bäcker Oßwald Schäfer-Lindemann'],
  FR: ['François/M Élodie/F Zoé/F Jérôme/M Anaïs/F Benoît/M Hélène/F Loïc/M', 'Lefèvre Dubois-Rivière Caillaux Mérignac Bérenger Chevalier Fontaine Gauthier'],
  ES: ['José_Luis/M María_José/F Íñigo/M Begoña/F Álvaro/M Nuria/F Joaquín/M Lucía/F', 'García_Núñez Fernández_Ibáñez Muñoz_Ortega Martínez_Peña Sánchez_Olmedo Ruiz_de_Alarcón'],
  IT: ['Giuseppe/M Chiara/F Niccolò/M Francesca/F Lorenzo/M Beatrice/F Salvatore/M Ilaria/F', "Bianchi Esposito De_Luca Colombo Ricci D'Angelo Ferrara Marchetti"],
  BR: ['João/M Ana_Beatriz/F Thiago/M Luíza/F Gonçalo/M Conceição/F Vinícius/M Letícia/F', 'da_Silva_Santos Gonçalves Araújo Sousa_Lima Magalhães Brandão Assunção Figueiredo'],
  IN: ['Aarav/M Priyanka/F Venkatesh/M Ananya/F Rohit/M Lakshmi/F Siddharth/M Kavya/F', 'Sharma Iyer Venkataraman Chatterjee Reddy Banerjee Nair Deshpande'],
  PL: ['Łukasz/M Małgorzata/F Wojciech/M Agnieszka/F Grzegorz/M Zuzanna/F', 'Wiśniewski Wójcik Kamińska Szczepański Łęcka Dąbrowski'],
  NL: ['Sanne/F Daan/M Femke/F Joost/M Maartje/F Thijs/M', 'van_der_Berg de_Vries Bakker van_Dijk Visser Jansen-Hoogland'],
  SE: ['Åsa/F Björn/M Linnéa/F Gustaf/M Ingrid/F Måns/M', 'Ångström Lindqvist Söderberg Håkansson Bergström Nyström'],
  MX: ['Guadalupe/F Alejandro/M Ximena/F Rodrigo/M Itzel/F Fernando/M', 'Hernández_López Ramírez_Soto Gutiérrez Villaseñor Cázares_Ruiz Domínguez'],
  NG: ['Chiamaka/F Oluwaseun/M Ngozi/F Emeka/M Folasade/F Babatunde/M', 'Okonkwo Adeyemi Nwachukwu Abubakar Ogunleye Eze-Obi'],
  JP: ['健:Ken/M 美咲:Misaki/F 翔太:Shota/M 陽菜:Hina/F', '佐藤:Sato 鈴木:Suzuki 高橋:Takahashi 渡辺:Watanabe'],
  CN: ['伟:Wei/M 芳:Fang/F 秀英:Xiuying/F 志强:Zhiqiang/M', '王:Wang 李:Li 张:Zhang 刘:Liu'],
  TR: ['Ayşe/F Mehmet/M Gülşen/F Çağrı/M Özlem/F İbrahim/M', 'Yılmaz Öztürk Şahin Çelik Doğan Aydın'],
  VN: ['Thị_Hương/F Văn_Minh/M Thị_Thảo/F Quốc_Bảo/M', 'Nguyễn Trần Lê Phạm'],
  UA: ['Олена:Olena/F Андрій:Andrii/M Тетяна:Tetiana/F Олександр:Oleksandr/M', 'Коваленко:Kovalenko Шевченко:Shevchenko Бондаренко:Bondarenko Ткаченко:Tkachenko'],
  IE: ['Siobhán/F Seán/M Aoife/F Ciarán/M Niamh/F Pádraig/M', 'Ó_Súilleabháin MacCárthaigh Ó_Conaill Ní_Bhriain Fitzgerald Ó_Briain'],
  CA: ['Geneviève/F Mathieu/M Olivia/F Liam/M Maëlle/F Ethan/M', 'Tremblay Gagnon Côté Bouchard MacDonald Nguyen-Roy'],
};

/** Latin letters only, no diacritics (for MRZs, e-mails, licence numbers). */
export function ascii(s: string): string {
  const m: Record<string, string> = { ß: 'ss', Ł: 'L', ł: 'l', Ø: 'O', ø: 'o', Æ: 'AE', æ: 'ae', ı: 'i', đ: 'd', Đ: 'D' };
  return s
    .replace(/[ßŁłØøÆæıđĐ]/g, (ch) => m[ch]!)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

export interface Person {
  cc: Cc;
  given: string;
  family: string;
  full: string;
  latinGiven: string;
  latinFamily: string;
  sex: 'M' | 'F';
  y: number;
  m: number;
  d: number;
  email: string;
}

const DOMAINS: Partial<Record<Cc, string[]>> = {
  GB: ['btinternet.com', 'yahoo.co.uk', 'outlook.com'],
  DE: ['web.de', 'gmx.de', 't-online.de'],
  FR: ['orange.fr', 'free.fr', 'laposte.net'],
  ES: ['telefonica.net', 'gmail.com', 'hotmail.es'],
  IT: ['libero.it', 'virgilio.it', 'gmail.com'],
  BR: ['uol.com.br', 'bol.com.br', 'gmail.com'],
  IN: ['rediffmail.com', 'gmail.com', 'yahoo.co.in'],
  PL: ['wp.pl', 'o2.pl', 'interia.pl'],
  NL: ['ziggo.nl', 'kpnmail.nl', 'gmail.com'],
  SE: ['telia.com', 'bredband.net', 'gmail.com'],
  JP: ['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com'],
  CN: ['qq.com', '163.com', 'foxmail.com'],
  UA: ['ukr.net', 'i.ua', 'gmail.com'],
};

export function person(r: Rng9, cc: Cc = r.pick(ALL_CC)): Person {
  const [gs, fs] = POOLS[cc];
  const [gRaw, sex] = r.pick(gs.split(' ')).split('/') as [string, 'M' | 'F'];
  const fRaw = r.pick(fs.split(' '));
  const [given, lg] = gRaw.replace(/_/g, ' ').split(':') as [string, string | undefined];
  const [family, lf] = fRaw.replace(/_/g, ' ').split(':') as [string, string | undefined];
  const latinGiven = lg ?? ascii(given);
  const latinFamily = lf ?? ascii(family);
  const eastern = cc === 'JP' || cc === 'CN' || cc === 'VN';
  const full = cc === 'CN' ? family + given : eastern ? `${family} ${given}` : `${given} ${family}`;
  const y = r.int(1952, 2005);
  const user = r
    .pick([`${latinGiven}.${latinFamily}`, `${latinGiven[0]}${latinFamily}`, `${latinGiven}_${latinFamily}${r.int(1, 99)}`, `${latinFamily}.${latinGiven}${String(y).slice(2)}`])
    .toLowerCase()
    .replace(/[' ]/g, '');
  const dom = r.pick(DOMAINS[cc] ?? ['gmail.com', 'icloud.com', 'proton.me', 'outlook.com', 'yahoo.com']);
  return { cc, given, family, full, latinGiven, latinFamily, sex, y, m: r.int(1, 12), d: r.int(1, 28), email: `${user}@${dom}` };
}

const p2 = (n: number): string => String(n).padStart(2, '0');
/** Birth date in a given style. */
export function dob(p: Person, style: 'iso' | 'eu' | 'us' | 'dot' | 'compact' = 'iso'): string {
  if (style === 'eu') return `${p2(p.d)}/${p2(p.m)}/${p.y}`;
  if (style === 'us') return `${p2(p.m)}/${p2(p.d)}/${p.y}`;
  if (style === 'dot') return `${p2(p.d)}.${p2(p.m)}.${p.y}`;
  if (style === 'compact') return `${p.y}${p2(p.m)}${p2(p.d)}`;
  return `${p.y}-${p2(p.m)}-${p2(p.d)}`;
}
