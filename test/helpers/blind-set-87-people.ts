import { aadhaar, bsn, codiceFiscale, cpf, dni, type Dob87, nie, nino, nir, pesel, sin, ssn, steuerId } from './blind-set-87-ids';
import type { Rng87 } from './blind-set-87-rng';

/** Blind set 87: patients, employees and candidates of eleven locales, with names in their own scripts where they have one. */

export type Locale87 = 'en-US' | 'en-GB' | 'de-DE' | 'fr-FR' | 'es-ES' | 'pt-BR' | 'it-IT' | 'nl-NL' | 'pl-PL' | 'en-CA' | 'en-IN';
const LOCALES: readonly (readonly [Locale87, number])[] = [['en-US', 9], ['en-GB', 1.2], ['de-DE', 1.2], ['fr-FR', 1], ['es-ES', 0.8], ['pt-BR', 0.8], ['it-IT', 0.8], ['nl-NL', 0.7], ['pl-PL', 0.7], ['en-CA', 1], ['en-IN', 1]];

/** [given, family, middle, native script name or ''] */
type Name = readonly [string, string, string, string];
const US_NAMES: readonly Name[] = [
  ['Jessica', 'Whitfield', 'Marie', ''], ['Tyler', 'Brennan', 'James', ''], ['DeShawn', 'Okafor', 'Chukwuemeka', ''], ['María José', 'Hernández', 'Guadalupe', ''], ['Hoa', 'Nguyễn', 'Thị', 'Nguyễn Thị Hoa'],
  ['Minjun', 'Kim', '', '김민준'], ['Wei', 'Zhang', '', '张伟'], ['Dmitri', 'Volkov', 'Sergeyevich', 'Дмитрий Волков'], ['Nikolaos', 'Papadopoulos', '', 'Νικόλαος Παπαδόπουλος'], ['Fatima', 'Al-Sayed', '', 'فاطمة السيد'],
  ['Priya', 'Raman', '', 'प्रिया रमन'], ['Brittany', "O'Connell", 'Anne', ''], ['Marcus', 'Delgado-Pruitt', 'A', ''], ['Yuki', 'Takahashi', '', '高橋 由紀'], ['Shannon', 'Lindqvist', 'Rae', ''], ['José', 'Iñiguez', 'Ramón', ''],
  ['Aaliyah', 'Washington', 'Simone', ''], ['Avraham', 'Cohen', '', 'אברהם כהן'], ['Thandiwe', 'Mokoena', '', ''], ['Kayla', 'Kowalczyk', 'J', ''],
];
const OTHER: Record<Exclude<Locale87, 'en-US'>, { g: string[]; f: string[]; d: string[] }> = {
  'en-GB': { g: ['Siobhan', 'Callum', 'Imogen', 'Rhys', 'Harriet', 'Declan'], f: ['Pemberton', 'Fairclough', 'McAllister', 'Okonkwo', 'Patel', 'Ní Bhriain'], d: ['btinternet.com', 'hotmail.co.uk', 'gmail.com', 'sky.com'] },
  'de-DE': { g: ['Jürgen', 'Ursula', 'Lukas', 'Mareike', 'Björn', 'Dörte'], f: ['Müller', 'Weißmann', 'Krüger', 'Köhler', 'Schäfer', 'Groß'], d: ['web.de', 'gmx.de', 't-online.de', 'posteo.de'] },
  'fr-FR': { g: ['Étienne', 'Hélène', 'Benoît', 'Clémence', 'Anaïs', 'Jérôme'], f: ['Lefèvre', 'Rousseau', 'Chevallier', 'Bénard', "D'Aubigné", 'Mercier'], d: ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr'] },
  'es-ES': { g: ['Begoña', 'Álvaro', 'Iñaki', 'Nerea', 'Lucía', 'Rubén'], f: ['García Ortega', 'Fernández Ruiz', 'Muñoz', 'Ibáñez', 'Navarro'], d: ['gmail.com', 'hotmail.es', 'telefonica.net'] },
  'pt-BR': { g: ['Thaís', 'Vinícius', 'Conceição', 'João Pedro', 'Larissa'], f: ['da Silva', 'Nascimento', 'Gonçalves', 'Albuquerque', 'Araújo'], d: ['uol.com.br', 'bol.com.br', 'terra.com.br'] },
  'it-IT': { g: ['Giulia', 'Niccolò', 'Federica', 'Gianluca', 'Chiara'], f: ['Bianchi', 'Esposito', 'Ferrara', 'Marchetti', 'Galli'], d: ['libero.it', 'virgilio.it', 'tiscali.it'] },
  'nl-NL': { g: ['Anouk', 'Joost', 'Femke', 'Maarten', 'Ilse'], f: ['de Vries', 'van den Berg', 'Jansen', 'van Dijk', 'IJsselmuiden'], d: ['ziggo.nl', 'kpnmail.nl', 'xs4all.nl'] },
  'pl-PL': { g: ['Małgorzata', 'Łukasz', 'Zofia', 'Grzegorz', 'Agnieszka'], f: ['Wiśniewska', 'Dąbrowski', 'Szymańska', 'Wójcik', 'Zieliński'], d: ['wp.pl', 'onet.pl', 'interia.pl'] },
  'en-CA': { g: ['Geneviève', 'Liam', 'Émilie', 'Connor', 'Mei'], f: ['Tremblay', 'Gagnon', 'MacDonald', 'Bouchard', 'Chen'], d: ['videotron.ca', 'rogers.com', 'sympatico.ca', 'gmail.com'] },
  'en-IN': { g: ['Ananya', 'Rahul', 'Lakshmi', 'Arjun', 'Sneha'], f: ['Iyer', 'Sharma', 'Venkataraman', 'Chatterjee', 'Reddy'], d: ['gmail.com', 'rediffmail.com', 'yahoo.co.in'] },
};
const NATIVE_IN: Record<string, string> = { Ananya: 'अनन्या', Rahul: 'राहुल', Lakshmi: 'लक्ष्मी', Arjun: 'अर्जुन', Sneha: 'स्नेहा' };

export interface Person87 {
  locale: Locale87;
  country: string;
  given: string;
  family: string;
  middle: string;
  full: string;
  native: string;
  female: boolean;
  email: string;
  phone: string;
  phoneE164: string;
  /** Area code and local number for HL7 XTN and X12 PER (US/CA: 3 + 7 digits; elsewhere a national split). */
  area: string;
  local: string;
  street: string;
  city: string;
  state: string;
  zip: string;
  address: string;
  dob: Dob87;
  dobText: string;
  nid: { value: string; kind: string; label: string };
  ibanCountry: string;
}

export function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ß/g, 'ss').replace(/[^A-Za-z' -]/g, '');
}

const p2 = (n: number): string => String(n).padStart(2, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A birth date in a format printers use: `19780412` (HL7/X12), ISO, US, European, long. */
export function dobIn(d: Dob87, style: 'hl7' | 'iso' | 'us' | 'eu' | 'dot' | 'long' | 'dmy'): string {
  switch (style) {
    case 'hl7': return `${d.y}${p2(d.m)}${p2(d.d)}`;
    case 'iso': return `${d.y}-${p2(d.m)}-${p2(d.d)}`;
    case 'us': return `${p2(d.m)}/${p2(d.d)}/${d.y}`;
    case 'eu': return `${p2(d.d)}/${p2(d.m)}/${d.y}`;
    case 'dot': return `${p2(d.d)}.${p2(d.m)}.${d.y}`;
    case 'long': return `${MONTH[d.m - 1]} ${d.d}, ${d.y}`;
    default: return `${p2(d.d)}-${MON[d.m - 1]}-${d.y}`;
  }
}

interface Place { streets: string[]; cities: readonly (readonly [string, string, string])[]; }
const PLACES: Record<Locale87, Place> = {
  'en-US': { streets: ['Maple Ave', 'W Belmont Ave', 'Alder Creek Dr', 'N Lamar Blvd', 'Beacon St', 'SE Division St', 'Peachtree Rd NE'], cities: [['Chicago', 'IL', '60657'], ['Austin', 'TX', '78756'], ['Boston', 'MA', '02116'], ['Denver', 'CO', '80218'], ['Portland', 'OR', '97214'], ['Atlanta', 'GA', '30305'], ['Columbus', 'OH', '43215']] },
  'en-GB': { streets: ['Wellington Road', 'Ashby Crescent', 'Tennyson Street'], cities: [['Leeds', '', 'LS6 2AB'], ['Bristol', '', 'BS7 8QT'], ['Manchester', '', 'M20 4WH']] },
  'de-DE': { streets: ['Lindenstraße', 'Goethestr.', 'Kastanienallee'], cities: [['Berlin', 'BE', '10437'], ['Köln', 'NW', '50823'], ['München', 'BY', '80469']] },
  'fr-FR': { streets: ['rue de la République', 'avenue Jean-Jaurès', 'rue des Lilas'], cities: [['Lyon', '', '69002'], ['Paris', '', '75011'], ['Nantes', '', '44000']] },
  'es-ES': { streets: ['Calle de Alcalá', 'Avda. Diagonal', 'Calle Mayor'], cities: [['Madrid', 'M', '28014'], ['Barcelona', 'B', '08029'], ['Sevilla', 'SE', '41001']] },
  'pt-BR': { streets: ['Rua Augusta', 'Av. Paulista', 'Rua das Laranjeiras'], cities: [['São Paulo', 'SP', '01310-100'], ['Rio de Janeiro', 'RJ', '22240-003']] },
  'it-IT': { streets: ['Via Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille'], cities: [['Milano', 'MI', '20121'], ['Roma', 'RM', '00185'], ['Torino', 'TO', '10123']] },
  'nl-NL': { streets: ['Keizersgracht', 'Oudegracht', 'Witte de Withstraat'], cities: [['Amsterdam', 'NH', '1015 CJ'], ['Utrecht', 'UT', '3511 LZ']] },
  'pl-PL': { streets: ['ul. Marszałkowska', 'ul. Piotrkowska', 'ul. Floriańska'], cities: [['Warszawa', '', '00-624'], ['Łódź', '', '90-406'], ['Kraków', '', '31-019']] },
  'en-CA': { streets: ['Rue Saint-Denis', 'Bloor St W', 'Robson St'], cities: [['Montréal', 'QC', 'H2X 3K8'], ['Toronto', 'ON', 'M5S 1V6'], ['Vancouver', 'BC', 'V6E 1B5']] },
  'en-IN': { streets: ['MG Road', '4th Cross, Indiranagar', 'Linking Road, Bandra West'], cities: [['Bengaluru', 'KA', '560038'], ['Mumbai', 'MH', '400050'], ['Chennai', 'TN', '600017']] },
};

function phones(r: Rng87, loc: Locale87): [string, string, string, string] {
  if (loc === 'en-US' || loc === 'en-CA') {
    const area = loc === 'en-US' ? r.pick(['312', '512', '617', '303', '503', '404', '614', '773', '737']) : r.pick(['514', '416', '604', '613']);
    const ex = String(r.int(201, 989)).replace(/^555$/, '556');
    const ln = r.digits(4);
    return [r.pick([`(${area}) ${ex}-${ln}`, `${area}-${ex}-${ln}`, `${area}.${ex}.${ln}`]), r.pick([`+1${area}${ex}${ln}`, `+1 ${area} ${ex} ${ln}`]), area, `${ex}${ln}`];
  }
  const table: Record<string, [string, string, number]> = { 'en-GB': ['+44', '7', 9], 'de-DE': ['+49', '15', 10], 'fr-FR': ['+33', '6', 8], 'es-ES': ['+34', '6', 8], 'pt-BR': ['+55', '119', 8], 'it-IT': ['+39', '3', 9], 'nl-NL': ['+31', '6', 8], 'pl-PL': ['+48', '6', 8], 'en-IN': ['+91', '9', 9] };
  const [cc, lead, n] = table[loc]!;
  const rest = r.digits(n);
  const nat = loc === 'pt-BR' || loc === 'it-IT' || loc === 'pl-PL' || loc === 'en-IN' ? `${lead}${rest}` : `0${lead}${rest}`;
  return [nat.replace(/^(\d{4,5})(\d{3})(\d+)$/, '$1 $2 $3'), `${cc}${lead}${rest}`, `${lead}${rest.slice(0, 2)}`, rest.slice(2)];
}

export function person(r: Rng87, locale?: Locale87): Person87 {
  const loc = locale ?? r.weighted(LOCALES);
  let given: string, family: string, middle: string, native: string;
  if (loc === 'en-US') [given, family, middle, native] = r.pick(US_NAMES);
  else {
    const o = OTHER[loc];
    given = r.pick(o.g);
    family = r.pick(o.f);
    middle = loc === 'en-GB' || loc === 'en-CA' ? r.pick(['', '', 'Jane', 'Louise', 'Thomas']) : '';
    native = loc === 'en-IN' ? `${NATIVE_IN[given] ?? ''}`.trim() : '';
  }
  const female = r.chance(0.5);
  const full = `${given} ${family}`;
  const a = ascii(given).toLowerCase().replace(/[^a-z]/g, '');
  const b = ascii(family).toLowerCase().replace(/[^a-z]/g, '');
  const domains = loc === 'en-US' ? ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'comcast.net', 'att.net'] : OTHER[loc].d;
  const email = `${r.pick([`${a}.${b}`, `${a[0]}${b}`, `${a}${b}${r.int(70, 99)}`, `${a}_${b}`, `${b}.${a}${r.int(1, 9)}`])}@${r.pick(domains)}`;
  const [phone, phoneE164, area, local] = phones(r, loc);
  const pl = PLACES[loc];
  const [city, state, zip] = r.pick(pl.cities);
  const n = r.int(2, 148);
  const street = loc === 'en-US' || loc === 'en-CA' || loc === 'en-GB' || loc === 'fr-FR' || loc === 'en-IN' ? `${loc === 'en-US' ? n * 7 + 100 : n} ${r.pick(pl.streets)}${loc === 'en-US' && r.chance(0.3) ? ` Apt ${r.int(2, 40)}` : ''}` : `${r.pick(pl.streets)} ${n}`;
  const address = loc === 'en-US' || loc === 'en-CA' ? `${street}, ${city}, ${state} ${zip}` : `${street}, ${zip} ${city}`;
  const dob: Dob87 = { y: r.int(1941, 2006), m: r.int(1, 12), d: r.int(1, 28) };
  let nid: Person87['nid'];
  switch (loc) {
    case 'en-US': nid = { value: ssn(r), kind: 'ssn', label: 'SSN' }; break;
    case 'en-GB': nid = { value: nino(r), kind: 'nino', label: 'NI number' }; break;
    case 'de-DE': nid = { value: steuerId(r), kind: 'steuer-id', label: 'Steuer-ID' }; break;
    case 'fr-FR': nid = { value: nir(r, dob, female), kind: 'nir', label: 'NIR' }; break;
    case 'es-ES': nid = r.chance(0.7) ? { value: dni(r), kind: 'dni', label: 'DNI' } : { value: nie(r), kind: 'nie', label: 'NIE' }; break;
    case 'pt-BR': nid = { value: cpf(r), kind: 'cpf', label: 'CPF' }; break;
    case 'it-IT': nid = { value: codiceFiscale(r, given, family, dob, female), kind: 'codice-fiscale', label: 'Codice Fiscale' }; break;
    case 'nl-NL': nid = { value: bsn(r), kind: 'bsn', label: 'BSN' }; break;
    case 'pl-PL': nid = { value: pesel(r, dob, female), kind: 'pesel', label: 'PESEL' }; break;
    case 'en-CA': nid = { value: sin(r), kind: 'sin', label: 'SIN' }; break;
    default: nid = { value: aadhaar(r), kind: 'aadhaar', label: 'Aadhaar' };
  }
  const dobText = dobIn(dob, loc === 'en-US' ? r.pick(['us', 'iso', 'long'] as const) : loc === 'de-DE' || loc === 'pl-PL' ? 'dot' : r.pick(['eu', 'iso', 'dmy'] as const));
  const ibanCountry = { 'en-GB': 'GB', 'de-DE': 'DE', 'fr-FR': 'FR', 'es-ES': 'ES', 'pt-BR': 'PT', 'it-IT': 'IT', 'nl-NL': 'NL', 'pl-PL': 'PL' }[loc as string] ?? r.pick(['IE', 'AT', 'CH', 'BE', 'DE']);
  return { locale: loc, country: loc.slice(3), given, family, middle, full, native, female, email, phone, phoneE164, area, local, street, city, state, zip, address, dob, dobText, nid, ibanCountry };
}
