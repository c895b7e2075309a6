import { aadhaar, bsn, cpf, dni, nino, nir, pesel, personnummer, ssn, ukLicence } from './blind-set-31-ids';
import { address, phone } from './blind-set-31-places';
import type { Rng31 } from './blind-set-31-rng';

/** Countries the people of blind set 31 live in. */
export type Country31 = 'US' | 'GB' | 'DE' | 'FR' | 'ES' | 'NL' | 'AU' | 'IN' | 'BR' | 'PL' | 'SE';

/** A made-up subscriber, customer or driver with the contact data a telecom system keeps. */
export interface Person31 {
  country: Country31;
  first: string;
  last: string;
  name: string;
  female: boolean;
  email: string;
  /** E.164 without spaces (`+447911123456`). */
  e164: string;
  /** The same number as people in that country write it. */
  national: string;
  address: string;
  dob: { y: number; m: number; d: number };
}

const NAMES: Record<Country31, [string[], string[], string[]]> = {
  US: [
    ['Jessica', 'Tyler', 'Brianna', 'Marcus', 'Ashley', 'Dwayne', 'Kayla', 'Connor'],
    ['Whitfield', 'Okafor', 'Delgado', 'Brennan', 'Castillo', 'Hargrove', 'Nguyen', 'Patterson'],
    ['Maple Ave', 'Cedar Ridge Dr', 'W Belmont St', 'Oak Hollow Ln', 'E 14th St', 'Sycamore Ct'],
  ],
  GB: [
    ['Olivia', 'Callum', 'Niamh', 'Rhys', 'Imogen', 'Declan', 'Harriet', 'Kieran'],
    ['Ashworth', 'Pemberton', 'McAllister', 'Fairbairn', 'Whitlock', 'Thornley', 'Okonjo', 'Holloway'],
    ['Kingsley Road', 'Station Lane', 'Mill Close', 'Victoria Terrace', 'Chapel Street', 'Orchard Way'],
  ],
  DE: [
    ['Lukas', 'Annika', 'Florian', 'Mareike', 'Jannik', 'Svenja', 'Tobias', 'Katrin'],
    ['Schäfer', 'Brandt', 'Hoffmann', 'Vogel', 'Lindemann', 'Kowalczyk', 'Ziegler', 'Hartmann'],
    ['Lindenstraße', 'Am Mühlbach', 'Goethestraße', 'Birkenweg', 'Hauptstraße', 'Schillerplatz'],
  ],
  FR: [
    ['Camille', 'Théo', 'Manon', 'Julien', 'Élodie', 'Mathis', 'Chloé', 'Antoine'],
    ['Lefebvre', 'Moreau', 'Girard', 'Fontaine', 'Rousseau', 'Benali', 'Chevalier', 'Marchand'],
    ['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la Paix', 'impasse des Tilleuls', 'quai Saint-Antoine'],
  ],
  ES: [
    ['Lucía', 'Alejandro', 'Carmen', 'Javier', 'Nerea', 'Sergio', 'Paula', 'Iker'],
    ['García Ruiz', 'Fernández', 'Martínez López', 'Sánchez', 'Romero Gil', 'Navarro', 'Ortega', 'Iglesias'],
    ['Calle de Alcalá', 'Avenida de América', 'Calle Mayor', 'Paseo de Gracia', 'Calle del Carmen', 'Ronda de Toledo'],
  ],
  NL: [
    ['Sanne', 'Daan', 'Fleur', 'Bram', 'Lotte', 'Joris', 'Noor', 'Thijs'],
    ['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'van den Berg', 'Mulder'],
    ['Keizersgracht', 'Prinsengracht', 'Dorpsstraat', 'Kerkweg', 'Stationsplein', 'Lindelaan'],
  ],
  AU: [
    ['Chloe', 'Lachlan', 'Matilda', 'Hamish', 'Sienna', 'Angus', 'Zara', 'Flynn'],
    ['Fitzgerald', 'Nguyen', 'McKenzie', 'Papadopoulos', 'Sullivan', 'Tran', 'Blackwood', 'Donnelly'],
    ['Banksia Street', 'Wattle Avenue', 'Bridge Road', 'Pacific Highway', 'Ocean Parade', 'Gumtree Close'],
  ],
  IN: [
    ['Priya', 'Arjun', 'Ananya', 'Rohan', 'Kavya', 'Vikram', 'Sneha', 'Aditya'],
    ['Sharma', 'Iyer', 'Reddy', 'Banerjee', 'Kulkarni', 'Menon', 'Chatterjee', 'Nair'],
    ['MG Road', 'Link Road', 'Nehru Nagar', 'Station Road', '100 Feet Road', 'Park Street'],
  ],
  BR: [
    ['Ana Clara', 'João Pedro', 'Mariana', 'Gustavo', 'Beatriz', 'Rafael', 'Larissa', 'Thiago'],
    ['Silva Santos', 'Oliveira', 'Pereira', 'Rodrigues', 'Almeida', 'Carvalho', 'Souza Lima', 'Ribeiro'],
    ['Rua das Flores', 'Avenida Paulista', 'Rua Augusta', 'Rua XV de Novembro', 'Avenida Brasil', 'Rua da Consolação'],
  ],
  PL: [
    ['Katarzyna', 'Michał', 'Agnieszka', 'Paweł', 'Magdalena', 'Tomasz', 'Joanna', 'Krzysztof'],
    ['Kowalski', 'Wiśniewska', 'Zieliński', 'Lewandowska', 'Wójcik', 'Kamiński', 'Dąbrowska', 'Nowak'],
    ['ul. Długa', 'ul. Marszałkowska', 'ul. Polna', 'al. Jerozolimskie', 'ul. Lipowa', 'ul. Słoneczna'],
  ],
  SE: [
    ['Elin', 'Oskar', 'Saga', 'Viktor', 'Maja', 'Axel', 'Ebba', 'Linnea'],
    ['Lindqvist', 'Johansson', 'Bergström', 'Nyström', 'Holm', 'Sandberg', 'Ekström', 'Karlsson'],
    ['Storgatan', 'Drottninggatan', 'Kungsvägen', 'Björkvägen', 'Skolgatan', 'Sveavägen'],
  ],
};

const FEMALE =
  /^(Jessica|Brianna|Ashley|Kayla|Olivia|Niamh|Imogen|Harriet|Annika|Mareike|Svenja|Katrin|Camille|Manon|Élodie|Chloé|Lucía|Carmen|Nerea|Paula|Sanne|Fleur|Lotte|Noor|Chloe|Matilda|Sienna|Zara|Priya|Ananya|Kavya|Sneha|Ana Clara|Mariana|Beatriz|Larissa|Katarzyna|Agnieszka|Magdalena|Joanna|Elin|Saga|Maja|Ebba|Linnea)$/;

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

/** A person of a country (random country when none is given). */
export function person(r: Rng31, country?: Country31): Person31 {
  const c = country ?? r.pick(Object.keys(NAMES) as Country31[]);
  const [firsts, lasts, streets] = NAMES[c];
  const first = r.pick(firsts);
  const last = r.pick(lasts);
  const [e164, national] = phone(r, c);
  const domain = r.pick([
    'gmail.com',
    'outlook.com',
    'yahoo.com',
    'icloud.com',
    'proton.me',
    {
      US: 'comcast.net',
      GB: 'btinternet.com',
      DE: 'web.de',
      FR: 'orange.fr',
      ES: 'telefonica.net',
      NL: 'ziggo.nl',
      AU: 'bigpond.com',
      IN: 'rediffmail.com',
      BR: 'uol.com.br',
      PL: 'wp.pl',
      SE: 'telia.com',
    }[c],
  ]);
  const email = `${ascii(first)}${r.pick(['.', '_', '', '.'])}${ascii(last)}${r.chance(0.4) ? r.int(1, 99) : ''}@${domain}`;
  return {
    country: c,
    first,
    last,
    name: `${first} ${last}`,
    female: FEMALE.test(first),
    email,
    e164,
    national,
    address: address(r, c, r.pick(streets)),
    dob: { y: r.int(1952, 2003), m: r.int(1, 12), d: r.int(1, 28) },
  };
}

/** A date of birth written ISO-style. */
export function dobIso(p: Person31): string {
  return `${p.dob.y}-${String(p.dob.m).padStart(2, '0')}-${String(p.dob.d).padStart(2, '0')}`;
}

/** A date of birth written day-first (`14/03/1987`) or US month-first. */
export function dobLocal(p: Person31): string {
  const d = String(p.dob.d).padStart(2, '0');
  const m = String(p.dob.m).padStart(2, '0');
  return p.country === 'US' ? `${m}/${d}/${p.dob.y}` : p.country === 'DE' || p.country === 'PL' ? `${d}.${m}.${p.dob.y}` : `${d}/${m}/${p.dob.y}`;
}

/** The national id a KYC record of that person carries, with its kind. */
export function nationalId(r: Rng31, p: Person31): { kind: string; value: string } {
  switch (p.country) {
    case 'US':
      return { kind: 'us-ssn', value: ssn(r) };
    case 'GB':
      return { kind: 'uk-nino', value: nino(r) };
    case 'ES':
      return { kind: 'es-dni', value: dni(r) };
    case 'NL':
      return { kind: 'nl-bsn', value: bsn(r) };
    case 'FR':
      return { kind: 'fr-nir', value: nir(r, r.chance(), p.dob, p.female) };
    case 'IN':
      return { kind: 'in-aadhaar', value: aadhaar(r) };
    case 'BR':
      return { kind: 'br-cpf', value: cpf(r) };
    case 'PL':
      return { kind: 'pl-pesel', value: pesel(r, p.dob) };
    case 'SE':
      return { kind: 'se-personnummer', value: personnummer(r, p.dob) };
    default:
      return { kind: 'us-ssn', value: ssn(r) };
  }
}

/** A driver licence number for a person, with its kind (UK DVLA or a US state / AU format). */
export function licence(r: Rng31, p: Person31): { kind: string; value: string; issuer: string } {
  if (p.country === 'GB') return { kind: 'uk-driving-licence', value: ukLicence(r, p.last, p.first, p.female, p.dob), issuer: 'GB' };
  if (p.country === 'AU') return { kind: 'au-driver-licence', value: r.num(8), issuer: 'NSW' };
  const st = r.pick(['CA', 'TX', 'FL', 'IL', 'NY', 'WA']);
  const L = r.chars('ABCDEFGHJKLMNPRSTWY', 1);
  const value = {
    CA: L + r.digits(7),
    TX: r.num(8),
    FL: `${L}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`,
    IL: `${L}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`,
    NY: r.num(9),
    WA: `WDL${r.chars('ABCDEFGHJKLMNPRSTVWXYZ0123456789', 9)}`,
  }[st]!;
  return { kind: `us-dl-${st.toLowerCase()}`, value, issuer: st };
}
