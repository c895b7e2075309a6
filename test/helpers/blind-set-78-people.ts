import { aadhaar78, bsn78, codiceFiscale78, cpf78, curp78, dni78, myNumber78, nino78, nir78, pan78, sin78, ssn78, steuerId78, tfn78 } from './blind-set-78-ids';
import { verhoeffOk78 } from './blind-set-78-format';
import type { Rng78 } from './blind-set-78-rng';

/** A generated person of one country, with what SaaS objects carry about them. */
export interface Person78 {
  country: string;
  first: string;
  last: string;
  name: string;
  female: boolean;
  email: string;
  phone: string;
  e164: string;
  street: string;
  line2: string;
  city: string;
  postal: string;
  region: string;
  dob: string;
  natKind: string;
  natId: string;
  ip: string;
}

interface Locale {
  f: string[];
  m: string[];
  last: string[];
  mail: string[];
  phone: (r: Rng78) => [string, string];
  street: (r: Rng78) => string;
  place: (r: Rng78) => [string, string, string];
  nat: (r: Rng78, p: { first: string; last: string; dob: string; female: boolean }) => [string, string];
}

const n = (r: Rng78, lo: number, hi: number): string => String(r.int(lo, hi));

/** The locales the set draws people from, by ISO country code. */
export const LOCALES78: Record<string, Locale> = {
  US: {
    f: ['Brianna', 'Keisha', 'Megan', 'Rosalind', 'Tamsin', 'Dolores'], m: ['Tyler', 'Marcus', 'Dwayne', 'Colby', 'Everett', 'Jamal'],
    last: ['Okafor', 'Hendricks', 'Villanueva', 'McAllister', 'Brzezinski', 'Thibodeaux', 'Yamamoto-Reyes'], mail: ['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com'],
    phone: (r) => { const a = n(r, 201, 989), b = n(r, 201, 989), c = r.digits(4); return [`(${a}) ${b}-${c}`, `+1${a}${b}${c}`]; },
    street: (r) => `${n(r, 12, 9899)} ${r.pick(['Maple Ridge Dr', 'W Fullerton Ave', 'Sycamore Ct', 'Old Canton Rd', 'NE 47th St', 'Bellevue Way'])}`,
    place: (r) => r.pick([['Naperville', 'IL', '60540'], ['Tacoma', 'WA', '98405'], ['Marietta', 'GA', '30062'], ['Round Rock', 'TX', '78664'], ['Cranston', 'RI', '02920']]) as [string, string, string],
    nat: (r) => ['us-ssn', ssn78(r)],
  },
  GB: {
    f: ['Imogen', 'Siobhan', 'Harriet', 'Priya'], m: ['Callum', 'Rhys', 'Alistair', 'Oluwaseun'],
    last: ['Pemberton', 'Ashworth', 'MacLeod', 'Chaudhry', 'Featherstone', 'Llewellyn'], mail: ['btinternet.com', 'gmail.com', 'hotmail.co.uk', 'sky.com'],
    phone: (r) => { const a = n(r, 7400, 7999), b = r.digits(6); return [`0${a} ${b}`, `+44${a}${b}`]; },
    street: (r) => `${n(r, 2, 214)} ${r.pick(['Hollybush Lane', 'Chesterton Road', 'Albany Crescent', 'Wellington Mews', 'Gorse Hill Close'])}`,
    place: (r) => r.pick([['Harpenden', 'Hertfordshire', `AL5 ${n(r, 1, 9)}RT`], ['Leeds', 'West Yorkshire', `LS6 ${n(r, 1, 9)}QB`], ['Cardiff', 'Wales', `CF24 ${n(r, 1, 9)}HE`], ['Glasgow', 'Scotland', `G12 ${n(r, 1, 9)}XS`]]) as [string, string, string],
    nat: (r) => ['uk-nino', nino78(r, r.int(0, 1) === 0)],
  },
  DE: {
    f: ['Annika', 'Jördis', 'Friederike', 'Mareike'], m: ['Jörg', 'Malte', 'Björn', 'Tobias'],
    last: ['Schäfer', 'Große-Wächter', 'Hoffmann', 'Kowalczyk', 'Brüggemann', 'Dietrich'], mail: ['gmx.de', 'web.de', 't-online.de', 'posteo.de'],
    phone: (r) => { const a = r.pick(['151', '160', '170', '176', '1520']), b = r.digits(8); return [`0${a} ${b.slice(0, 4)} ${b.slice(4)}`, `+49${a}${b}`]; },
    street: (r) => `${r.pick(['Lindenstraße', 'Am Mühlenberg', 'Schönhauser Allee', 'Kastanienweg', 'Bahnhofstr.'])} ${n(r, 1, 188)}${r.pick(['', 'a', 'b'])}`,
    place: (r) => r.pick([['Berlin', 'BE', `10${n(r, 115, 999)}`], ['Köln', 'NW', `50${n(r, 667, 999)}`], ['Leipzig', 'SN', `04${n(r, 103, 357)}`], ['Freiburg im Breisgau', 'BW', `79${n(r, 98, 117)}`]]) as [string, string, string],
    nat: (r) => ['de-steuer-id', steuerId78(r)],
  },
  FR: {
    f: ['Aurélie', 'Clémence', 'Maëlle', 'Solène'], m: ['Grégoire', 'Thibault', 'Loïc', 'Benoît'],
    last: ['Lefèvre', 'Dubois-Martin', 'Rousseau', 'Nguyen', 'Chevalier', 'Garnier'], mail: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'],
    phone: (r) => { const d = r.pick(['6', '7']) + r.digits(8); return [`0${d[0]} ${d.slice(1, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7)}`, `+33${d}`]; },
    street: (r) => `${n(r, 1, 142)} ${r.pick(['rue des Lilas', 'avenue Jean Jaurès', 'boulevard de la Croix-Rousse', 'impasse des Tanneurs', 'rue du Faubourg Saint-Antoine'])}`,
    place: (r) => r.pick([['Lyon', 'Auvergne-Rhône-Alpes', '69004'], ['Nantes', 'Pays de la Loire', '44000'], ['Toulouse', 'Occitanie', '31400'], ['Paris', 'Île-de-France', '75011']]) as [string, string, string],
    nat: (r, p) => ['fr-nir', nir78(r, p.female, p.dob.slice(2, 4), p.dob.slice(5, 7))],
  },
  ES: {
    f: ['Lucía', 'Ainhoa', 'Begoña', 'Inmaculada'], m: ['Íñigo', 'Álvaro', 'Joaquín', 'Sergio'],
    last: ['García Ortega', 'Fernández de la Vega', 'Iglesias', 'Etxeberria', 'Muñoz Roldán'], mail: ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es'],
    phone: (r) => { const d = r.pick(['6', '7']) + r.digits(8); return [`${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, `+34${d}`]; },
    street: (r) => `${r.pick(['Calle de Alcalá', 'Avinguda Diagonal', 'Calle Mayor', 'Paseo de la Castellana', 'Calle San Vicente Mártir'])} ${n(r, 3, 412)}, ${n(r, 1, 9)}º ${r.pick(['A', 'B', 'C', 'Izda.', 'Dcha.'])}`,
    place: (r) => r.pick([['Madrid', 'Madrid', `280${n(r, 10, 52)}`], ['Barcelona', 'Barcelona', `080${n(r, 10, 42)}`], ['Valencia', 'Valencia', `460${n(r, 10, 26)}`], ['Bilbao', 'Bizkaia', '48009']]) as [string, string, string],
    nat: (r) => { const nie = r.int(0, 3) === 0; return [nie ? 'es-nie' : 'es-dni', dni78(r, nie)]; },
  },
  IT: {
    f: ['Chiara', 'Benedetta', 'Giulia', 'Ilaria'], m: ['Lorenzo', 'Matteo', 'Gianluca', 'Niccolò'],
    last: ['Bianchi', 'Esposito', 'Colombo', 'Ferraresi', 'De Santis', 'Lombardi'], mail: ['libero.it', 'virgilio.it', 'gmail.com', 'tiscali.it'],
    phone: (r) => { const d = '3' + n(r, 20, 93) + r.digits(7); return [`${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, `+39${d}`]; },
    street: (r) => `${r.pick(['Via Giuseppe Verdi', 'Corso Vittorio Emanuele II', 'Viale Monza', 'Via dei Mille', 'Piazza Santo Stefano'])} ${n(r, 1, 240)}`,
    place: (r) => r.pick([['Milano', 'MI', `201${n(r, 21, 62)}`], ['Torino', 'TO', `101${n(r, 21, 56)}`], ['Bologna', 'BO', `401${n(r, 21, 41)}`], ['Napoli', 'NA', `801${n(r, 21, 47)}`]]) as [string, string, string],
    nat: (r, p) => ['it-codice-fiscale', codiceFiscale78(r, p.last, p.first, p.dob, p.female)],
  },
  NL: {
    f: ['Femke', 'Sanne', 'Marieke', 'Anouk'], m: ['Joost', 'Maarten', 'Sjoerd', 'Ruben'],
    last: ['van der Meulen', 'de Vries', 'Bakker', 'Jansen-Kuipers', 'van Dijk', 'Visser'], mail: ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'xs4all.nl'],
    phone: (r) => { const d = '6' + r.digits(8); return [`06-${d.slice(1)}`, `+31${d}`]; },
    street: (r) => `${r.pick(['Keizersgracht', 'Oudegracht', 'Vondelstraat', 'Nieuwe Binnenweg', 'Lange Voorhout'])} ${n(r, 3, 580)}${r.pick(['', '-2', ' hs', 'A'])}`,
    place: (r) => r.pick([['Amsterdam', 'NH', `10${n(r, 11, 98)} ${r.pick(['DV', 'KL', 'BT'])}`], ['Utrecht', 'UT', `35${n(r, 11, 85)} ${r.pick(['AB', 'GJ'])}`], ['Rotterdam', 'ZH', `30${n(r, 11, 89)} ${r.pick(['CE', 'HV'])}`]]) as [string, string, string],
    nat: (r) => ['nl-bsn', bsn78(r)],
  },
  BR: {
    f: ['Letícia', 'Thaís', 'Fernanda', 'Luana'], m: ['João Pedro', 'Thiago', 'Rodrigo', 'Caio'],
    last: ['da Silva Santos', 'Oliveira', 'Albuquerque', 'Nascimento', 'Gonçalves', 'Ribeiro'], mail: ['uol.com.br', 'bol.com.br', 'gmail.com', 'terra.com.br'],
    phone: (r) => { const dd = n(r, 11, 99), x = '9' + r.digits(8); return [`(${dd}) ${x.slice(0, 5)}-${x.slice(5)}`, `+55${dd}${x}`]; },
    street: (r) => `${r.pick(['Rua Augusta', 'Av. Paulista', 'Rua Padre Chagas', 'Rua dos Andradas', 'Av. Sete de Setembro'])}, ${n(r, 10, 2890)}, ${r.pick(['apto', 'ap.', 'casa'])} ${n(r, 1, 184)}`,
    place: (r) => r.pick([['São Paulo', 'SP', `01${n(r, 301, 452)}-${r.digits(3)}`], ['Porto Alegre', 'RS', `90${n(r, 10, 570)}-${r.digits(3)}`], ['Salvador', 'BA', `40${n(r, 10, 290)}-${r.digits(3)}`]]) as [string, string, string],
    nat: (r) => ['br-cpf', cpf78(r)],
  },
  MX: {
    f: ['Guadalupe', 'Ximena', 'Mariana', 'Itzel'], m: ['Santiago', 'Emiliano', 'Jesús', 'Rogelio'],
    last: ['Hernández', 'Ramírez', 'Gutiérrez', 'Castañeda', 'Zavala', 'Ochoa'], mail: ['hotmail.com', 'gmail.com', 'prodigy.net.mx', 'yahoo.com.mx'],
    phone: (r) => { const d = r.pick(['55', '33', '81']) + r.digits(8); return [`${d.slice(0, 2)} ${d.slice(2, 6)} ${d.slice(6)}`, `+52${d}`]; },
    street: (r) => `${r.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Chapultepec', 'Calle Río Lerma', 'Av. Vallarta'])} ${n(r, 12, 3100)}, ${r.pick(['Col. Roma Nte.', 'Col. Del Valle', 'Col. Americana', 'Col. Cuauhtémoc'])}`,
    place: (r) => r.pick([['Ciudad de México', 'CDMX', `06${n(r, 100, 700)}`], ['Guadalajara', 'Jal.', `44${n(r, 100, 990)}`], ['Monterrey', 'N.L.', `64${n(r, 100, 990)}`]]) as [string, string, string],
    nat: (r, p) => ['mx-curp', curp78(r, p.last, p.first, p.dob, p.female)],
  },
  IN: {
    f: ['Ananya', 'Lakshmi', 'Sneha', 'Divya'], m: ['Arjun', 'Venkatesh', 'Rohit', 'Siddharth'],
    last: ['Iyer', 'Chatterjee', 'Reddy', 'Deshpande', 'Khanna', 'Subramanian'], mail: ['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.com'],
    phone: (r) => { const d = r.pick(['9', '8', '7']) + r.digits(9); return [`${d.slice(0, 5)} ${d.slice(5)}`, `+91${d}`]; },
    street: (r) => `Flat ${n(r, 101, 1804)}, ${r.pick(['Sai Residency, 14th Cross', 'Prestige Shantiniketan, Whitefield Main Rd', 'Lodha Bellissimo, N M Joshi Marg', 'DLF Phase 4, Galleria Rd'])}`,
    place: (r) => r.pick([['Bengaluru', 'Karnataka', `5600${n(r, 10, 99)}`], ['Mumbai', 'Maharashtra', `4000${n(r, 10, 99)}`], ['Gurugram', 'Haryana', '122009']]) as [string, string, string],
    nat: (r, p) => (r.int(0, 1) === 0 ? ['in-aadhaar', aadhaar78(r, verhoeffOk78)] : ['in-pan', pan78(r, p.last)]),
  },
  JP: {
    f: ['Yui', 'Haruka', 'Sakura', 'Misaki'], m: ['Haruto', 'Kenta', 'Daisuke', 'Ren'],
    last: ['Takahashi', 'Watanabe', 'Kobayashi', 'Nakamura', 'Fujimoto', 'Inoue'], mail: ['docomo.ne.jp', 'yahoo.co.jp', 'gmail.com', 'icloud.com'],
    phone: (r) => { const d = r.pick(['90', '80', '70']) + r.digits(8); return [`0${d.slice(0, 2)}-${d.slice(2, 6)}-${d.slice(6)}`, `+81${d}`]; },
    street: (r) => `${n(r, 1, 5)}-${n(r, 1, 28)}-${n(r, 1, 19)} ${r.pick(['Sakurashinmachi', 'Kichijoji Honcho', 'Nishi-Shinjuku', 'Tenjin', 'Umeda'])}`,
    place: (r) => r.pick([['Setagaya-ku', 'Tokyo', `154-00${n(r, 10, 99)}`], ['Musashino-shi', 'Tokyo', `180-00${n(r, 10, 99)}`], ['Fukuoka-shi', 'Fukuoka', `810-00${n(r, 10, 99)}`]]) as [string, string, string],
    nat: (r) => ['jp-my-number', myNumber78(r)],
  },
  AU: {
    f: ['Matilda', 'Kirra', 'Georgia', 'Tahlia'], m: ['Lachlan', 'Hamish', 'Brodie', 'Angus'],
    last: ['Fitzgerald', 'Nguyen', "O'Sullivan", 'Papadopoulos', 'Whitlam', 'Kowalski'], mail: ['bigpond.com', 'gmail.com', 'optusnet.com.au', 'outlook.com.au'],
    phone: (r) => { const d = '4' + r.digits(8); return [`0${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`, `+61${d}`]; },
    street: (r) => `${r.pick(['', `Unit ${n(r, 1, 42)}/`])}${n(r, 3, 388)} ${r.pick(['Wattle St', 'Brunswick Rd', 'Bondi Rd', 'Coronation Dr', 'Lygon St'])}`,
    place: (r) => r.pick([['Fitzroy', 'VIC', '3065'], ['Bondi', 'NSW', '2026'], ['Toowong', 'QLD', '4066'], ['Fremantle', 'WA', '6160']]) as [string, string, string],
    nat: (r) => ['au-tfn', tfn78(r)],
  },
  CA: {
    f: ['Geneviève', 'Madison', 'Amélie', 'Harpreet'], m: ['Étienne', 'Connor', 'Mathieu', 'Gurpreet'],
    last: ['Tremblay', 'Gagnon', 'Bouchard', 'MacDonald', 'Sandhu', 'Lévesque'], mail: ['videotron.ca', 'sympatico.ca', 'gmail.com', 'shaw.ca'],
    phone: (r) => { const a = r.pick(['514', '438', '604', '416', '647', '403']), b = n(r, 201, 989), c = r.digits(4); return [`${a}-${b}-${c}`, `+1${a}${b}${c}`]; },
    street: (r) => `${n(r, 12, 8800)} ${r.pick(['rue Saint-Denis', 'Commercial Dr', 'boul. René-Lévesque O', 'Queen St W', '17 Ave SW'])}${r.pick(['', `, app. ${n(r, 1, 40)}`, ` #${n(r, 100, 2400)}`])}`,
    place: (r) => r.pick([['Montréal', 'QC', 'H2X 3K8'], ['Vancouver', 'BC', 'V5N 4A2'], ['Toronto', 'ON', 'M6J 1H4'], ['Calgary', 'AB', 'T2S 0B4']]) as [string, string, string],
    nat: (r) => ['ca-sin', sin78(r)],
  },
};

const ascii = (s: string): string => s.normalize('NFD').replace(/[^A-Za-z ]/g, '').toLowerCase().trim().replace(/\s+/g, '.');

/** A person of the given (or a random) country with consistent name, mail, phone, address, birth date and id. */
export function person78(r: Rng78, country?: string): Person78 {
  const cc = country ?? r.pick(Object.keys(LOCALES78));
  const L = LOCALES78[cc]!;
  const female = r.int(0, 1) === 0;
  const first = r.pick(female ? L.f : L.m);
  const last = r.pick(L.last);
  const dob = `${r.int(1952, 2003)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const [phone, e164] = L.phone(r);
  const [city, region, postal] = L.place(r);
  const local = r.pick([`${ascii(first)}.${ascii(last)}`, `${ascii(first)[0]}${ascii(last).replace(/\./g, '')}${r.int(2, 99)}`, `${ascii(first)}${r.int(70, 2004)}`, `${ascii(last).replace(/\./g, '_')}.${ascii(first)[0]}`]);
  const [natKind, natId] = L.nat(r, { first, last, dob, female });
  const ip = r.int(0, 2) === 0 ? `2a02:${r.hex(4).replace(/^0+/, '') || 'a'}:${r.hex(4).replace(/^0+/, '') || 'b'}:${r.hex(3)}1::${r.hex(2)}7` : `${r.pick([73, 86, 92, 109, 151, 177, 189, 203])}.${r.int(1, 254)}.${r.int(1, 254)}.${r.int(2, 254)}`;
  return { country: cc, first, last, name: `${first} ${last}`, female, email: `${local}@${r.pick(L.mail)}`, phone, e164, street: L.street(r), line2: '', city, postal, region, dob, natKind, natId, ip };
}
