import { codiceFiscale, cpf, dni, type Dob85, myNumber, nie, nifPt, nino, nir, pesel, ssn, steuerId, bsn, tcKimlik } from './blind-set-85-ids';
import type { Rng85 } from './blind-set-85-rng';

/** Blind set 85: people of twelve locales: names, mailboxes, phones (national and E.164), addresses, birth dates, national ids. */

export type Lang85 = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl' | 'pl' | 'ja' | 'tr';
export type Locale85 = 'en-US' | 'en-GB' | 'de-DE' | 'fr-FR' | 'es-ES' | 'pt-PT' | 'pt-BR' | 'it-IT' | 'nl-NL' | 'pl-PL' | 'ja-JP' | 'tr-TR';
export const LOCALES: readonly Locale85[] = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'pt-PT', 'pt-BR', 'it-IT', 'nl-NL', 'pl-PL', 'ja-JP', 'tr-TR'];

interface LocaleData {
  m: string[];
  f: string[];
  fam: string[];
  domains: string[];
  iban: string;
}

const L: Record<Locale85, LocaleData> = {
  'en-US': { m: ['Michael', 'Tyler', 'Brandon', 'Marcus', 'Dylan', 'Austin'], f: ['Jessica', 'Ashley', 'Brittany', 'Kayla', 'Megan', 'Shannon'], fam: ['Whitfield', 'Kowalczyk', 'Hernandez', 'Brennan', 'Okafor', 'Lindqvist', 'Delgado', 'Pruitt'], domains: ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net', 'aol.com'], iban: 'GB' },
  'en-GB': { m: ['Callum', 'Rhys', 'Alistair', 'Declan', 'Oliver'], f: ['Siobhan', 'Imogen', 'Harriet', 'Niamh', 'Bethany'], fam: ['Pemberton', 'Fairclough', 'McAllister', 'Ashworth', 'Thornbury', 'Patel', 'Okonkwo'], domains: ['btinternet.com', 'hotmail.co.uk', 'gmail.com', 'sky.com', 'virginmedia.com'], iban: 'GB' },
  'de-DE': { m: ['Jürgen', 'Matthias', 'Lukas', 'Florian', 'Dieter', 'Stefan'], f: ['Ursula', 'Katrin', 'Jana', 'Sabine', 'Mareike', 'Birgit'], fam: ['Müller', 'Schäfer', 'Weißmann', 'Krüger', 'Hoffmann', 'Brandtner', 'Köhler', 'Vogt'], domains: ['web.de', 'gmx.de', 't-online.de', 'posteo.de', 'gmx.net', 'freenet.de'], iban: 'DE' },
  'fr-FR': { m: ['Étienne', 'Mathieu', 'Jérôme', 'Benoît', 'Thibault'], f: ['Hélène', 'Séverine', 'Aurélie', 'Clémence', 'Margaux'], fam: ['Lefèvre', 'Dubois', 'Rousseau', 'Garnier', 'Chevallier', 'Fontaine', 'Mercier'], domains: ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'wanadoo.fr'], iban: 'FR' },
  'es-ES': { m: ['Javier', 'Álvaro', 'Sergio', 'Iñaki', 'Rubén'], f: ['Lucía', 'Begoña', 'Nerea', 'Marta', 'Ainhoa'], fam: ['García Ortega', 'Martínez', 'Fernández Ruiz', 'Iglesias', 'Sánchez', 'Navarro'], domains: ['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net', 'outlook.es'], iban: 'ES' },
  'pt-PT': { m: ['João', 'Tiago', 'Rui', 'Gonçalo', 'Duarte'], f: ['Inês', 'Beatriz', 'Joana', 'Mariana', 'Leonor'], fam: ['Carvalho', 'Magalhães', 'Sousa', 'Figueiredo', 'Pinto', 'Gonçalves'], domains: ['sapo.pt', 'gmail.com', 'clix.pt', 'netcabo.pt', 'outlook.pt'], iban: 'PT' },
  'pt-BR': { m: ['Thiago', 'Rodrigo', 'Leandro', 'Caio', 'Vinícius'], f: ['Juliana', 'Fernanda', 'Larissa', 'Thaís', 'Camila'], fam: ['da Silva', 'Nascimento', 'Albuquerque', 'Rocha', 'Cavalcanti', 'Moreira'], domains: ['uol.com.br', 'bol.com.br', 'gmail.com', 'terra.com.br', 'hotmail.com'], iban: 'PT' },
  'it-IT': { m: ['Giuseppe', 'Lorenzo', 'Matteo', 'Davide', 'Gianluca'], f: ['Chiara', 'Francesca', 'Giulia', 'Federica', 'Elisa'], fam: ['Bianchi', 'Esposito', 'Romano', 'Colombo', 'Ferrara', 'Marchetti', 'Galli'], domains: ['libero.it', 'virgilio.it', 'alice.it', 'tiscali.it', 'gmail.com'], iban: 'IT' },
  'nl-NL': { m: ['Joost', 'Maarten', 'Sander', 'Bram', 'Pieter'], f: ['Anouk', 'Femke', 'Sanne', 'Lieke', 'Marloes'], fam: ['de Vries', 'van den Berg', 'Jansen', 'Bakker', 'Visser', 'van Dijk', 'Smit'], domains: ['ziggo.nl', 'kpnmail.nl', 'hotmail.nl', 'xs4all.nl', 'planet.nl'], iban: 'NL' },
  'pl-PL': { m: ['Łukasz', 'Krzysztof', 'Tomasz', 'Paweł', 'Grzegorz'], f: ['Agnieszka', 'Katarzyna', 'Małgorzata', 'Joanna', 'Zofia'], fam: ['Kowalska', 'Wiśniewski', 'Zieliński', 'Wójcik', 'Lewandowska', 'Dąbrowski', 'Szymańska'], domains: ['wp.pl', 'onet.pl', 'interia.pl', 'o2.pl', 'gmail.com'], iban: 'PL' },
  'ja-JP': { m: ['Takumi', 'Haruto', 'Kenji', 'Daisuke', 'Ryota'], f: ['Yui', 'Aoi', 'Misaki', 'Haruka', 'Sakura'], fam: ['Tanaka', 'Suzuki', 'Takahashi', 'Watanabe', 'Yamamoto', 'Nakamura'], domains: ['yahoo.co.jp', 'docomo.ne.jp', 'ezweb.ne.jp', 'gmail.com', 'nifty.com'], iban: 'DE' },
  'tr-TR': { m: ['Emre', 'Burak', 'Oğuz', 'Mehmet', 'Serkan'], f: ['Elif', 'Zeynep', 'Büşra', 'Gülşen', 'Özge'], fam: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Aydın', 'Öztürk'], domains: ['hotmail.com.tr', 'gmail.com', 'yandex.com.tr', 'mynet.com', 'outlook.com'], iban: 'TR' },
};

const KANJI_FAM: Record<string, string> = { Tanaka: '田中', Suzuki: '鈴木', Takahashi: '高橋', Watanabe: '渡辺', Yamamoto: '山本', Nakamura: '中村' };
const KANJI_GIVEN: Record<string, string> = { Takumi: '拓海', Haruto: '陽翔', Kenji: '健二', Daisuke: '大輔', Ryota: '涼太', Yui: '結衣', Aoi: '葵', Misaki: '美咲', Haruka: '遥', Sakura: 'さくら' };

export interface Person85 {
  locale: Locale85;
  lang: Lang85;
  given: string;
  family: string;
  /** The name as the person writes it (family first in kanji for Japanese). */
  full: string;
  female: boolean;
  email: string;
  phone: string;
  phoneE164: string;
  address: string;
  dob: Dob85;
  dobText: string;
  nid: { value: string; kind: string; label: string };
  ibanCountry: string;
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function phone(r: Rng85, loc: Locale85): [string, string] {
  const d = (n: number): string => r.digits(n);
  switch (loc) {
    case 'en-US': {
      const area = r.pick(['312', '415', '646', '303', '512', '617', '206', '404', '702', '919']);
      const ex = String(r.int(201, 989)).replace(/^555$/, '556');
      const ln = d(4);
      return [r.pick([`(${area}) ${ex}-${ln}`, `${area}-${ex}-${ln}`, `${area}.${ex}.${ln}`]), r.pick([`+1${area}${ex}${ln}`, `+1 ${area} ${ex} ${ln}`, `+1-${area}-${ex}-${ln}`])];
    }
    case 'en-GB': {
      const m = `7${r.pick(['4', '5', '8', '9'])}${d(2)}`;
      const rest = d(6);
      return [`0${m} ${rest}`, r.pick([`+44 ${m} ${rest}`, `+44${m}${rest}`])];
    }
    case 'de-DE': {
      const pre = r.pick(['151', '152', '160', '170', '171', '176', '1577']);
      const rest = d(11 - pre.length);
      return [r.pick([`0${pre} ${rest}`, `0${pre}/${rest}`, `0${pre}-${rest}`]), r.pick([`+49 ${pre} ${rest}`, `+49${pre}${rest}`])];
    }
    case 'fr-FR': {
      const n = `${r.pick(['6', '7'])}${d(8)}`;
      const g = `${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`;
      return [r.pick([`0${n[0]} ${g}`, `0${n[0]}.${g.replace(/ /g, '.')}`]), r.pick([`+33 ${n[0]} ${g}`, `+33${n}`])];
    }
    case 'es-ES': {
      const n = `${r.pick(['6', '7'])}${d(8)}`;
      return [`${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, r.pick([`+34 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `+34${n}`])];
    }
    case 'pt-PT': {
      const n = `9${r.pick(['1', '2', '3', '6'])}${d(7)}`;
      return [`${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, r.pick([`+351 ${n}`, `+351${n}`, `+351 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`])];
    }
    case 'pt-BR': {
      const ddd = r.pick(['11', '21', '31', '41', '51', '61', '71', '81']);
      const n = `9${d(8)}`;
      return [`(${ddd}) ${n.slice(0, 5)}-${n.slice(5)}`, r.pick([`+55 ${ddd} ${n.slice(0, 5)}-${n.slice(5)}`, `+55${ddd}${n}`])];
    }
    case 'it-IT': {
      const n = `3${r.pick(['20', '28', '33', '35', '39', '47', '49', '66', '88'])}${d(7)}`;
      return [r.pick([`${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `${n.slice(0, 3)} ${n.slice(3)}`]), r.pick([`+39 ${n.slice(0, 3)} ${n.slice(3)}`, `+39${n}`])];
    }
    case 'nl-NL': {
      const n = d(8);
      return [r.pick([`06-${n}`, `06 ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`]), r.pick([`+31 6 ${n}`, `+316${n}`])];
    }
    case 'pl-PL': {
      const n = `${r.pick(['5', '6', '7', '8'])}${d(8)}`;
      return [`${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, r.pick([`+48 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, `+48${n}`])];
    }
    case 'ja-JP': {
      const p = r.pick(['90', '80', '70']);
      const a = d(4);
      const b = d(4);
      return [`0${p}-${a}-${b}`, r.pick([`+81 ${p}-${a}-${b}`, `+81${p}${a}${b}`])];
    }
    default: {
      const p = `5${r.pick(['32', '33', '05', '06', '42', '44', '53', '55'])}`;
      const n = d(7);
      const g = `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`;
      return [`0${p} ${g}`, r.pick([`+90 ${p} ${g}`, `+90${p}${n}`])];
    }
  }
}

function address(r: Rng85, loc: Locale85): string {
  const n = r.int(2, 148);
  switch (loc) {
    case 'en-US':
      return `${n * 7 + 100} ${r.pick(['Maple Ave', 'W Belmont Ave', 'Alder Creek Dr', 'N Lamar Blvd', 'Beacon St'])}${r.chance(0.4) ? ` Apt ${r.int(2, 40)}${r.pick(['B', 'C', ''])}` : ''}, ${r.pick(['Chicago, IL 60657', 'Austin, TX 78756', 'Boston, MA 02116', 'Denver, CO 80218', 'Seattle, WA 98103'])}`;
    case 'en-GB':
      return `${n} ${r.pick(['Wellington Road', 'Ashby Crescent', 'Tennyson Street', 'Mill Lane'])}, ${r.pick(['Leeds LS6 2AB', 'Bristol BS7 8QT', 'Manchester M20 4WH', 'Reading RG1 5NP'])}`;
    case 'de-DE':
      return `${r.pick(['Lindenstraße', 'Goethestr.', 'Am Kirchberg', 'Kastanienallee', 'Bahnhofstraße'])} ${n}${r.pick(['', 'a', 'b'])}, ${r.pick(['10437 Berlin', '50823 Köln', '80469 München', '20357 Hamburg', '04109 Leipzig'])}`;
    case 'fr-FR':
      return `${n} ${r.pick(['rue de la République', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'rue des Lilas'])}, ${r.pick(['69002 Lyon', '75011 Paris', '31000 Toulouse', '44000 Nantes'])}`;
    case 'es-ES':
      return `${r.pick(['Calle de Alcalá', 'Avda. Diagonal', 'Calle Mayor', 'Paseo de Gracia'])} ${n}, ${r.int(1, 8)}º ${r.pick(['A', 'B', 'izq.', 'dcha.'])}, ${r.pick(['28014 Madrid', '08029 Barcelona', '46004 Valencia', '41001 Sevilla'])}`;
    case 'pt-PT':
      return `${r.pick(['Rua Augusta', 'Avenida da Liberdade', 'Rua de Santa Catarina', 'Travessa do Carmo'])}, ${n}, ${r.int(1, 6)}º Esq., ${r.pick(['1100-053 Lisboa', '4000-443 Porto', '3000-150 Coimbra'])}`;
    case 'pt-BR':
      return `${r.pick(['Rua Augusta', 'Av. Paulista', 'Rua das Laranjeiras', 'Rua Oscar Freire'])}, ${n * 9}, apto ${r.int(11, 144)} - ${r.pick(['São Paulo - SP, 01310-100', 'Rio de Janeiro - RJ, 22240-003', 'Belo Horizonte - MG, 30130-110'])}`;
    case 'it-IT':
      return `${r.pick(['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Piazza Mazzini'])} ${n}, ${r.pick(['20121 Milano (MI)', '00185 Roma (RM)', '10123 Torino (TO)', '40126 Bologna (BO)'])}`;
    case 'nl-NL':
      return `${r.pick(['Keizersgracht', 'Prinsengracht', 'Oudegracht', 'Lange Voorhout', 'Witte de Withstraat'])} ${n}${r.pick(['', '-II', 'A', ' huis'])}, ${r.pick(['1015 CJ Amsterdam', '3511 LZ Utrecht', '2514 ED Den Haag', '3014 GN Rotterdam'])}`;
    case 'pl-PL':
      return `ul. ${r.pick(['Marszałkowska', 'Piotrkowska', 'Długa', 'Świętokrzyska', 'Floriańska'])} ${n}/${r.int(1, 60)}, ${r.pick(['00-624 Warszawa', '90-406 Łódź', '80-831 Gdańsk', '31-019 Kraków'])}`;
    case 'ja-JP':
      return r.chance(0.5)
        ? `〒${r.pick(['150-0042', '530-0001', '220-0012', '460-0008'])} ${r.pick(['東京都渋谷区宇田川町', '大阪府大阪市北区梅田', '神奈川県横浜市西区みなとみらい', '愛知県名古屋市中区栄'])}${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)}`
        : `${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Udagawacho, Shibuya-ku, Tokyo 150-0042', 'Umeda, Kita-ku, Osaka 530-0001', 'Sakae, Naka-ku, Nagoya 460-0008'])}`;
    default:
      return `${r.pick(['Bağdat Cad.', 'Atatürk Bulvarı', 'İstiklal Cad.', 'Kordon Boyu Sok.'])} No:${n} D:${r.int(1, 24)}, ${r.pick(['34728 Kadıköy/İstanbul', '06690 Çankaya/Ankara', '35220 Konak/İzmir'])}`;
  }
}

function dobText(r: Rng85, loc: Locale85, d: Dob85): string {
  const dd = String(d.d).padStart(2, '0');
  const mm = String(d.m).padStart(2, '0');
  if (loc === 'en-US') return r.pick([`${mm}/${dd}/${d.y}`, `${d.m}/${d.d}/${d.y}`, `${d.y}-${mm}-${dd}`]);
  if (loc === 'ja-JP') return r.pick([`${d.y}年${d.m}月${d.d}日`, `${d.y}/${mm}/${dd}`]);
  if (loc === 'de-DE' || loc === 'pl-PL' || loc === 'tr-TR') return r.pick([`${dd}.${mm}.${d.y}`, `${d.y}-${mm}-${dd}`]);
  if (loc === 'nl-NL') return r.pick([`${dd}-${mm}-${d.y}`, `${d.y}-${mm}-${dd}`]);
  return r.pick([`${dd}/${mm}/${d.y}`, `${d.y}-${mm}-${dd}`]);
}

export function person(r: Rng85, locale?: Locale85): Person85 {
  const loc = locale ?? r.pick(LOCALES);
  const data = L[loc];
  const female = r.chance(0.5);
  const given = r.pick(female ? data.f : data.m);
  let family = r.pick(data.fam);
  if (loc === 'pl-PL' && !female) family = family.replace(/ska$/, 'ski');
  if (loc === 'pl-PL' && female) family = family.replace(/ski$/, 'ska');
  const kanji = loc === 'ja-JP' && r.chance(0.4);
  const full = kanji ? `${KANJI_FAM[family]}${r.pick(['', ' '])}${KANJI_GIVEN[given]}` : `${given} ${family}`;
  const a = ascii(given);
  const b = ascii(family);
  const local = r.pick([`${a}.${b}`, `${a[0]}${b}`, `${a}${b}${r.int(70, 99)}`, `${a}_${b}`, `${b}.${a}`, `${a}${r.int(1, 999)}`]);
  const email = `${local}@${r.pick(data.domains)}`;
  const [ph, e164] = phone(r, loc);
  const dob: Dob85 = { y: r.int(1952, 2003), m: r.int(1, 12), d: r.int(1, 28) };
  let nid: Person85['nid'];
  switch (loc) {
    case 'en-US': nid = { value: ssn(r), kind: 'ssn', label: 'SSN' }; break;
    case 'en-GB': nid = { value: nino(r), kind: 'nino', label: 'NI number' }; break;
    case 'de-DE': nid = { value: steuerId(r), kind: 'steuer-id', label: 'Steuer-ID' }; break;
    case 'fr-FR': nid = { value: nir(r, dob, female), kind: 'nir', label: 'numéro de sécu' }; break;
    case 'es-ES': nid = r.chance(0.75) ? { value: dni(r), kind: 'dni', label: 'DNI' } : { value: nie(r), kind: 'nie', label: 'NIE' }; break;
    case 'pt-PT': nid = { value: nifPt(r), kind: 'nif', label: 'NIF' }; break;
    case 'pt-BR': nid = { value: cpf(r), kind: 'cpf', label: 'CPF' }; break;
    case 'it-IT': nid = { value: codiceFiscale(r, given, family, dob, female), kind: 'codice-fiscale', label: 'codice fiscale' }; break;
    case 'nl-NL': nid = { value: bsn(r), kind: 'bsn', label: 'BSN' }; break;
    case 'pl-PL': nid = { value: pesel(r, dob, female), kind: 'pesel', label: 'PESEL' }; break;
    case 'ja-JP': nid = { value: myNumber(r), kind: 'my-number', label: 'マイナンバー' }; break;
    default: nid = { value: tcKimlik(r), kind: 'tc-kimlik', label: 'TC Kimlik No' };
  }
  return { locale: loc, lang: loc.slice(0, 2) as Lang85, given, family, full, female, email, phone: ph, phoneE164: e164, address: address(r, loc), dob, dobText: dobText(r, loc, dob), nid, ibanCountry: data.iban };
}

/** A public client IPv4 (no private, loopback, documentation or CGNAT ranges), sometimes IPv6. */
export function publicIp(r: Rng85): string {
  if (r.chance(0.12)) return `2a0${r.int(1, 9)}:${r.hex(4).replace(/^0+/, '') || '1'}:${r.hex(3)}:${r.int(1, 99)}::${r.hex(3)}`;
  const first = r.pick([23, 31, 37, 46, 62, 77, 78, 81, 84, 88, 89, 91, 93, 95, 109, 151, 176, 185, 188, 212, 213, 217, 24, 47, 67, 73, 98, 108, 174, 201]);
  return `${first}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`;
}
