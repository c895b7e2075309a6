import type { Rng9 } from './blind-set-9-rng';
import { birth } from './blind-set-14-ids';

const p2 = (n: number): string => String(n).padStart(2, '0');

/** A given name and family name for a locale. */
export function person(r: Rng9, loc: string): { first: string; last: string } {
  const names: Record<string, [string[], string[]]> = {
    de: [['Jürgen', 'Annika', 'Lukas', 'Marlene'], ['Schäfer', 'Großmann', 'Wagner', 'Köhler']],
    fr: [['Amélie', 'Théo', 'Chloé', 'Benoît'], ['Lefèvre', 'Moreau', 'Girard', 'Rousseau']],
    es: [['Lucía', 'Álvaro', 'Nerea', 'Iñigo'], ['García Ruiz', 'Martínez', 'Iglesias', 'Navarro']],
    pt: [['João', 'Beatriz', 'Gonçalo', 'Inês'], ['Conceição', 'Carvalho', 'Magalhães', 'Sousa']],
    it: [['Giulia', 'Matteo', 'Chiara', 'Lorenzo'], ['Bianchi', 'Esposito', 'Ricci', 'Marino']],
    nl: [['Sanne', 'Daan', 'Femke', 'Joost'], ['de Vries', 'van Dijk', 'Bakker', 'Visser']],
    pl: [['Zofia', 'Łukasz', 'Małgorzata', 'Wojciech'], ['Wiśniewska', 'Kowalczyk', 'Wójcik', 'Zieliński']],
    tr: [['Ayşe', 'Mehmet', 'Zeynep', 'Emre'], ['Yılmaz', 'Şahin', 'Çelik', 'Öztürk']],
    ja: [['陽菜', '蓮', '結衣', '大翔'], ['佐藤', '鈴木', '高橋', '田中']],
    ko: [['지민', '서준', '하은', '도윤'], ['김', '이', '박', '최']],
    zh: [['伟', '芳', '秀英', '浩然'], ['王', '李', '张', '刘']],
    en: [['Megan', 'Tyrone', 'Priya', 'Connor'], ['Okafor', 'Delgado', 'Whitfield', 'Nakamura']],
  };
  const [f, l] = names[loc] ?? names['en']!;
  return { first: r.pick(f), last: r.pick(l) };
}

/** A personal mailbox at a consumer or ISP domain (never a documentation domain). */
export function mailbox(r: Rng9, local: string, loc = 'en'): string {
  const domains: Record<string, string[]> = {
    de: ['web.de', 'gmx.de', 't-online.de'], fr: ['orange.fr', 'free.fr', 'laposte.net'], es: ['telefonica.net', 'gmail.com'],
    pt: ['sapo.pt', 'uol.com.br'], it: ['libero.it', 'virgilio.it'], nl: ['ziggo.nl', 'kpnmail.nl'], pl: ['wp.pl', 'onet.pl'],
    tr: ['hotmail.com.tr', 'yandex.com.tr'], ja: ['docomo.ne.jp', 'yahoo.co.jp'], ko: ['naver.com', 'daum.net'], zh: ['qq.com', '163.com'],
  };
  const ascii = local.normalize('NFD').replace(/[^\x20-\x7e]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '');
  return `${ascii || 'user'}${r.int(1, 99)}@${r.pick(domains[loc] ?? ['gmail.com', 'outlook.com', 'icloud.com'])}`;
}

/** A mobile phone in the national or international layout of a country. */
export function phone(r: Rng9, cc: string): string {
  const d = (n: number): string => r.digits(n);
  switch (cc) {
    case 'DE': return r.pick([`+49 15${r.int(1, 9)}${d(1)} ${d(7)}`, `0171 ${d(7)}`]);
    case 'FR': return r.pick([`+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`, `07 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`]);
    case 'ES': return `+34 6${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case 'PT': return `+351 91${d(1)} ${d(3)} ${d(3)}`;
    case 'IT': return `+39 3${r.int(20, 49)} ${d(3)} ${d(4)}`;
    case 'NL': return r.pick([`06-${d(8)}`, `+31 6 ${d(4)} ${d(4)}`]);
    case 'PL': return `+48 ${r.pick(['501', '601', '698', '512'])} ${d(3)} ${d(3)}`;
    case 'TR': return r.pick([`0532 ${d(3)} ${d(2)} ${d(2)}`, `+90 5${r.int(30, 55)} ${d(3)} ${d(2)} ${d(2)}`]);
    case 'JP': return `0${r.pick(['80', '90', '70'])}-${d(4)}-${d(4)}`;
    case 'KR': return `010-${d(4)}-${d(4)}`;
    case 'CN': return r.pick([`+86 13${d(1)} ${d(4)} ${d(4)}`, `1${r.pick(['38', '59', '86'])}${d(8)}`]);
    case 'BR': return `(${r.pick(['11', '21', '31', '41'])}) 9${d(4)}-${d(4)}`;
    case 'MX': return `+52 55 ${d(4)} ${d(4)}`;
    case 'IN': return `+91 ${r.int(7, 9)}${d(4)} ${d(5)}`;
    case 'AR': return `+54 9 11 ${d(4)}-${d(4)}`;
    default: return `(${r.int(201, 989)}) ${r.int(201, 989)}-${d(4)}`;
  }
}

/** A date of birth in a locale's layout. */
export function dob(r: Rng9, style: 'dot' | 'slash' | 'iso' | 'ja' | 'ko'): string {
  const b = birth(r);
  if (style === 'dot') return `${p2(b.d)}.${p2(b.m)}.${b.y}`;
  if (style === 'slash') return `${p2(b.d)}/${p2(b.m)}/${b.y}`;
  if (style === 'ja') return `${b.y}年${b.m}月${b.d}日`;
  if (style === 'ko') return `${b.y}.${p2(b.m)}.${p2(b.d)}`;
  return `${b.y}-${p2(b.m)}-${p2(b.d)}`;
}
