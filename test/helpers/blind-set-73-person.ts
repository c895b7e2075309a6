import { Rng9 } from './blind-set-9-rng';
import { name73, type Name73 } from './blind-set-73-names';
import { phone73, phoneAs73, PLANS73, type Phone73 } from './blind-set-73-phones';

/** A person of some country: name, phone, email, address in the country's shape, date of birth in a local format. */
export interface Person73 {
  cc: string;
  name: Name73;
  phone: Phone73;
  phoneText: string;
  email: string;
  street: string;
  city: string;
  postcode: string;
  dob: string;
  dobIso: string;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const d = (r: Rng9, lo: number, hi: number): string => String(r.int(lo, hi));

/** The street line (the personal part) plus city and postcode. */
export function address73(r: Rng9, cc: string): { street: string; city: string; postcode: string } {
  const A = (street: string, city: string, postcode: string) => ({ street, city, postcode });
  switch (cc) {
    case 'US': return A(`${d(r, 100, 9899)} ${r.pick(['N Kedzie Ave', 'Maple Street', 'W 74th St', 'Peachtree Rd NE', 'Cedar Ln'])}${r.pick(['', ' Apt 3B', ' Unit 12', ' #407'])}`, r.pick(['Chicago, IL', 'Austin, TX', 'Seattle, WA', 'Atlanta, GA']), String(r.int(10001, 98199)));
    case 'CA': return A(`${d(r, 10, 2999)} ${r.pick(['rue Saint-Denis', 'Bloor St W', 'Granville St'])}${r.pick(['', ', app. 4', ' Suite 210'])}`, r.pick(['Montréal QC', 'Toronto ON', 'Vancouver BC']), `${r.pick(['H2X', 'M5S', 'V6Z'])} ${d(r, 1, 9)}${r.pick(['A', 'K', 'T'])}${d(r, 1, 9)}`);
    case 'GB': return A(`${r.pick(['Flat ' + d(r, 1, 40) + ', ', ''])}${d(r, 1, 240)} ${r.pick(['Cromwell Road', 'Acacia Avenue', 'Wilmslow Road', 'Leith Walk'])}`, r.pick(['London', 'Manchester', 'Edinburgh']), `${r.pick(['SW7', 'M14', 'EH6', 'N1'])} ${d(r, 1, 9)}${r.pick(['AB', 'LX', 'QT'])}`);
    case 'IE': return A(`${d(r, 1, 99)} ${r.pick(['Rathmines Road Upper', 'Main Street', 'Shandon Street'])}`, r.pick(['Dublin 6', 'Cork']), r.pick(['D06 F2K4', 'T23 X8P1', 'D08 VF8H']));
    case 'FR': return A(`${d(r, 1, 180)}${r.pick(['', ' bis', ' ter'])} ${r.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard de la Croix-Rousse', 'impasse du Moulin'])}`, r.pick(['Lyon', 'Paris', 'Marseille', 'Nantes']), pad(r.int(1000, 95999), 5));
    case 'DE': case 'AT': case 'CH': return A(`${r.pick(['Hauptstraße', 'Schönhauser Allee', 'Am Lindenhof', 'Königsteiner Weg'])} ${d(r, 1, 220)}${r.pick(['', 'a', 'b'])}`, r.pick(['Berlin', 'München', 'Wien', 'Zürich', 'Köln']), cc === 'DE' ? pad(r.int(1067, 99998), 5) : d(r, 1010, 9999));
    case 'NL': case 'BE': return A(`${r.pick(['Prinsengracht', 'Keizersgracht', 'Meir', 'Oudegracht', 'Rue de la Loi'])} ${d(r, 1, 500)}${r.pick(['', '-1', ' bus 3', 'A'])}`, r.pick(['Amsterdam', 'Utrecht', 'Antwerpen', 'Brussel']), cc === 'NL' ? `${d(r, 1011, 9999)} ${r.pick(['AB', 'KX', 'RT'])}` : d(r, 1000, 9999));
    case 'ES': case 'MX': case 'AR': case 'CL': case 'CO': case 'PE': return A(`${r.pick(['Calle de Alcalá', 'Av. Insurgentes Sur', 'Av. Corrientes', 'Calle Mayor', 'Carrera 7'])} ${d(r, 1, 3999)}${r.pick([', 3º izq.', ', Int. 4', ', piso 8 depto. B', '', ' # 45-12'])}`, r.pick(['Madrid', 'Ciudad de México', 'Buenos Aires', 'Santiago', 'Bogotá']), pad(r.int(1000, 52999), 5));
    case 'PT': case 'BR': return A(`${r.pick(['Rua Augusta', 'Avenida da Liberdade', 'Rua das Flores', 'Av. Paulista'])}, ${d(r, 1, 2500)}${r.pick(['', ', apto 72', ', 3º Esq.'])}`, r.pick(['São Paulo', 'Lisboa', 'Porto', 'Curitiba']), cc === 'BR' ? `${d(r, 10000, 99999)}-${pad(r.int(0, 999), 3)}` : `${d(r, 1000, 4999)}-${pad(r.int(0, 999), 3)}`);
    case 'IT': return A(`${r.pick(['Via Giuseppe Garibaldi', 'Corso Vittorio Emanuele II', 'Viale dei Mille', 'Piazza San Marco'])} ${d(r, 1, 199)}${r.pick(['', '/B', ', int. 5'])}`, r.pick(['Roma', 'Milano', 'Torino']), pad(r.int(10100, 98168), 5));
    case 'PL': return A(`ul. ${r.pick(['Marszałkowska', 'Piotrkowska', 'Długa', 'Świętokrzyska'])} ${d(r, 1, 180)}${r.pick(['/92 m. 15', ' m. 4', '/12', ''])}`, r.pick(['Warszawa', 'Łódź', 'Kraków']), `${d(r, 10, 99)}-${pad(r.int(0, 999), 3)}`);
    case 'SE': case 'NO': case 'DK': case 'FI': return A(`${r.pick(['Drottninggatan', 'Karl Johans gate', 'Nørrebrogade', 'Mannerheimintie', 'Storgatan'])} ${d(r, 1, 150)}${r.pick(['', ' lgh 1102', ', 3. th.', ' B 14'])}`, r.pick(['Stockholm', 'Oslo', 'København N', 'Helsinki']), d(r, 1000, 99999));
    case 'GR': return A(`Οδός ${r.pick(['Ερμού', 'Πανεπιστημίου', 'Αγίου Δημητρίου'])} ${d(r, 1, 200)}`, 'Αθήνα', `${d(r, 100, 199)} ${d(r, 10, 99)}`);
    case 'RU': case 'UA': return A(`${r.pick(['ул. Тверская', 'пр-т Мира', 'вул. Хрещатик'])}, д. ${d(r, 1, 120)}, кв. ${d(r, 1, 300)}`, r.pick(['Москва', 'Санкт-Петербург', 'Київ']), d(r, 101000, 199999));
    case 'TR': return A(`${r.pick(['Bağdat Cad.', 'İstiklal Cad.', 'Atatürk Bulvarı'])} No: ${d(r, 1, 400)} D: ${d(r, 1, 30)}`, r.pick(['Kadıköy/İstanbul', 'Çankaya/Ankara']), d(r, 34000, 34999));
    case 'IL': return A(`רחוב ${r.pick(['הרצל', 'אבן גבירול', 'ויצמן'])} ${d(r, 1, 200)}, דירה ${d(r, 1, 40)}`, r.pick(['תל אביב-יפו', 'חיפה']), d(r, 6100000, 6999999));
    case 'AE': case 'SA': case 'EG': return A(`Villa ${d(r, 1, 90)}, Street ${d(r, 1, 40)}, ${r.pick(['Al Barsha 2', 'Al Olaya', 'Zamalek', 'Jumeirah 1'])}`, r.pick(['Dubai', 'Riyadh', 'Cairo']), '');
    case 'IN': case 'PK': return A(`Flat ${d(r, 101, 1204)}, ${r.pick(['Sai Krupa Apartments', 'Green Meadows', 'Shanti Niketan'])}, ${d(r, 1, 20)}th Cross, ${r.pick(['Indiranagar', 'Koramangala', 'Andheri West', 'Gulberg III'])}`, r.pick(['Bengaluru', 'Mumbai', 'Lahore']), d(r, 110001, 600099));
    case 'CN': case 'TW': return A(`${r.pick(['上海市浦东新区张杨路', '北京市朝阳区建国路', '台北市大安區忠孝東路四段'])}${d(r, 1, 999)}号${d(r, 1, 30)}楼${d(r, 101, 2808)}室`, '', d(r, 100000, 200999));
    case 'HK': return A(`${r.pick(['Flat C', 'Flat 12B', 'Room 1803'])}, ${d(r, 3, 40)}/F, ${r.pick(['Block 2, Taikoo Shing', 'Mei Foo Sun Chuen Stage 4', 'Lok Fu Estate'])}`, 'Hong Kong', '');
    case 'JP': return A(`${r.pick(['東京都世田谷区三軒茶屋', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町'])}${d(r, 1, 4)}丁目${d(r, 1, 30)}-${d(r, 1, 20)}${r.pick(['', ' サンハイツ302', ' グランメゾン1104号室'])}`, '', `〒${d(r, 100, 999)}-${pad(r.int(0, 9999), 4)}`);
    case 'KR': return A(`${r.pick(['서울특별시 강남구 테헤란로', '부산광역시 해운대구 센텀중앙로', '경기도 성남시 분당구 판교역로'])} ${d(r, 1, 400)}, ${d(r, 101, 2105)}호`, '', d(r, 10000, 63999));
    case 'TH': return A(`${d(r, 1, 999)}/${d(r, 1, 300)} ${r.pick(['ซอยสุขุมวิท 39', 'ถนนพหลโยธิน', 'ซอยอารีย์ 2'])}`, 'กรุงเทพมหานคร', d(r, 10100, 10900));
    case 'VN': return A(`Số ${d(r, 1, 300)} ${r.pick(['Nguyễn Huệ', 'Phố Huế', 'Lê Lợi'])}, ${r.pick(['Phường Bến Nghé', 'Phường Phạm Đình Hổ'])}`, r.pick(['TP. Hồ Chí Minh', 'Hà Nội']), d(r, 100000, 799999));
    case 'SG': case 'MY': case 'ID': case 'PH': return A(`${r.pick(['Blk ' + d(r, 100, 999) + ' Ang Mo Kio Ave 3 #' + pad(r.int(2, 25)) + '-' + d(r, 100, 999), 'No. ' + d(r, 1, 90) + ', Jalan SS 2/' + d(r, 10, 99), 'Jl. Kemang Raya No. ' + d(r, 1, 120), d(r, 1, 999) + ' Mabini St., Brgy. San Antonio'])}`, r.pick(['Singapore', 'Petaling Jaya', 'Jakarta Selatan', 'Makati']), d(r, 10000, 569999));
    case 'AU': case 'NZ': return A(`${r.pick(['Unit ' + d(r, 1, 30) + ', ', ''])}${d(r, 1, 400)} ${r.pick(['Smith Street', 'Ponsonby Road', 'Chapel St', 'Oxford Terrace'])}`, r.pick(['Fitzroy VIC', 'Auckland', 'Surry Hills NSW']), d(r, 1000, 7999));
    default: return A(`${r.pick(['Plot ' + d(r, 1, 400) + ', Adeola Odeku Street', d(r, 1, 99) + ' Jan Smuts Avenue', 'House ' + d(r, 1, 90) + ', Ngong Road'])}`, r.pick(['Victoria Island, Lagos', 'Johannesburg', 'Nairobi']), d(r, 100001, 999999));
  }
}

const MONTHS: Record<string, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

/** A date of birth as a person of `cc` writes it, plus its ISO form. */
export function dob73(r: Rng9, cc: string): { text: string; iso: string } {
  const y = r.int(1948, 2004), m = r.int(1, 12), dd = r.int(1, 28);
  const iso = `${y}-${pad(m)}-${pad(dd)}`;
  const opts: string[] = [iso, `${pad(dd)}.${pad(m)}.${y}`, `${pad(dd)}/${pad(m)}/${y}`];
  const L = (k: string) => MONTHS[k]![m - 1]!;
  if (cc === 'US') opts.push(`${pad(m)}/${pad(dd)}/${y}`, `${L('en')} ${dd}, ${y}`);
  if (['GB', 'IE', 'AU', 'NZ', 'IN', 'NG', 'ZA', 'KE'].includes(cc)) opts.push(`${dd} ${L('en')} ${y}`, `${dd} ${L('en').slice(0, 3)} ${y}`);
  if (cc === 'FR' || cc === 'BE') opts.push(`${dd} ${L('fr')} ${y}`);
  if (['DE', 'AT', 'CH'].includes(cc)) opts.push(`${dd}. ${L('de')} ${y}`);
  if (['ES', 'MX', 'AR', 'CL', 'CO', 'PE'].includes(cc)) opts.push(`${dd} de ${L('es')} de ${y}`);
  if (cc === 'PT' || cc === 'BR') opts.push(`${dd} de ${L('pt')} de ${y}`);
  if (cc === 'IT') opts.push(`${dd} ${L('it')} ${y}`);
  if (cc === 'RU' || cc === 'UA') opts.push(`${dd} ${L('ru')} ${y} г.`);
  if (cc === 'PL') opts.push(`${dd} ${L('pl')} ${y}`);
  if (cc === 'TR') opts.push(`${dd} ${L('tr')} ${y}`);
  if (cc === 'NL') opts.push(`${dd} ${L('nl')} ${y}`);
  if (['JP', 'CN', 'TW', 'HK'].includes(cc)) opts.push(`${y}年${m}月${dd}日`, `${y}/${pad(m)}/${pad(dd)}`);
  if (cc === 'KR') opts.push(`${y}년 ${m}월 ${dd}일`, `${y}.${pad(m)}.${pad(dd)}.`);
  return { text: r.pick(opts), iso };
}

const DOMAINS: Record<string, string[]> = {
  DE: ['web.de', 'gmx.de', 't-online.de', 'müller-bau.de'], FR: ['orange.fr', 'free.fr', 'laposte.net'], RU: ['yandex.ru', 'mail.ru', 'почта.рф'],
  JP: ['docomo.ne.jp', 'yahoo.co.jp'], KR: ['naver.com', 'daum.net'], CN: ['qq.com', '163.com'], BR: ['uol.com.br', 'bol.com.br'],
  IN: ['rediffmail.com', 'gmail.com'], GB: ['btinternet.com', 'outlook.com'], ES: ['telefonica.net', 'hotmail.es'], NL: ['ziggo.nl', 'kpnmail.nl'],
  SE: ['telia.com', 'bredband.net'], TR: ['ttmail.com'], PL: ['wp.pl', 'onet.pl', 'o2.pl'], IT: ['libero.it', 'virgilio.it'],
};

/** An email: plain, plus-addressed, IDN domain, occasionally a quoted local part. */
export function email73(r: Rng9, cc: string, handle: string, quoted = false): string {
  const dom = r.pick([...(DOMAINS[cc] ?? []), 'gmail.com', 'outlook.com', 'icloud.com', 'proton.me']);
  const k = r.int(0, 9);
  if (quoted) return `"${handle.replace(/[._-]/, ' ')}"@${dom}`;
  if (k <= 2) return `${handle}+${r.pick(['kyc', 'shop', 'payroll', 'support', 'orders'])}@${dom}`;
  if (k === 3) return `${handle}${r.int(1, 99)}@${dom}`;
  return `${handle}@${dom}`;
}

export const COUNTRIES73 = PLANS73.map((p) => p.cc);

export function person73(r: Rng9, cc = r.pick(COUNTRIES73), latinOnly = false): Person73 {
  const name = name73(r, cc, latinOnly);
  const phone = phone73(r, cc);
  const a = address73(r, cc);
  const b = dob73(r, cc);
  return { cc, name, phone, phoneText: phoneAs73(r, phone), email: email73(r, cc, name.handle), street: a.street, city: a.city, postcode: a.postcode, dob: b.text, dobIso: b.iso };
}
