import type { Country31 } from './blind-set-31-people';
import type { Rng31 } from './blind-set-31-rng';

/** A mobile number of a country: E.164 and the national way of writing it. */
export function phone(r: Rng31, c: Country31): [string, string] {
  switch (c) {
    case 'US': {
      const a = r.pick(['212', '312', '415', '617', '702', '713', '206', '305', '404', '512', '720', '646', '971', '614']);
      const x = `${r.int(2, 9)}${r.digits(2)}`.replace(/^(\d)55$/, '$146');
      const l = r.digits(4);
      return [`+1${a}${x}${l}`, r.pick([`(${a}) ${x}-${l}`, `${a}-${x}-${l}`, `${a}.${x}.${l}`])];
    }
    case 'GB': {
      const n = `7${r.pick(['4', '5', '8', '9'])}${r.digits(8)}`;
      return [`+44${n}`, `0${n.slice(0, 4)} ${n.slice(4)}`];
    }
    case 'DE': {
      const p = r.pick(['151', '152', '160', '170', '171', '176', '157']);
      const n = r.digits(8);
      return [`+49${p}${n}`, `0${p} ${n}`];
    }
    case 'FR': {
      const n = `${r.int(6, 7)}${r.digits(8)}`;
      return [`+33${n}`, `0${n}`.match(/../g)!.join(' ')];
    }
    case 'ES': {
      const n = `6${r.digits(8)}`;
      return [`+34${n}`, `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`];
    }
    case 'NL': {
      const n = `6${r.num(8)}`;
      return [`+31${n}`, `06-${n.slice(1)}`];
    }
    case 'AU': {
      const n = `4${r.digits(8)}`;
      return [`+61${n}`, `0${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`];
    }
    case 'IN': {
      const n = `${r.int(7, 9)}${r.digits(9)}`;
      return [`+91${n}`, `0${n.slice(0, 5)} ${n.slice(5)}`];
    }
    case 'BR': {
      const a = r.pick(['11', '21', '31', '41', '51', '61']);
      const n = `9${r.num(8)}`;
      return [`+55${a}${n}`, `(${a}) ${n.slice(0, 5)}-${n.slice(5)}`];
    }
    case 'PL': {
      const n = `${r.pick(['5', '6', '7', '8'])}${r.digits(8)}`;
      return [`+48${n}`, `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`];
    }
    case 'SE': {
      const n = `7${r.pick(['0', '2', '3', '6'])}${r.digits(7)}`;
      return [`+46${n}`, `0${n.slice(0, 2)}-${n.slice(2, 5)} ${n.slice(5, 7)} ${n.slice(7)}`];
    }
  }
}

/** A postal address in the country's own format on a given street. */
export function address(r: Rng31, c: Country31, street: string): string {
  const no = r.int(2, 240);
  switch (c) {
    case 'US':
      return `${r.int(100, 9899)} ${street}${r.chance(0.3) ? `, Apt ${r.int(1, 24)}${r.pick(['A', 'B', 'C'])}` : ''}, ${r.pick(['Columbus, OH 432', 'Austin, TX 787', 'Denver, CO 802', 'Tampa, FL 336', 'Fresno, CA 937', 'Raleigh, NC 276'])}${r.pad(1, 99, 2)}`;
    case 'GB':
      return `${no} ${street}, ${r.pick(['Leeds LS6', 'Bristol BS7', 'Manchester M20', 'Cardiff CF24', 'Glasgow G12', 'Norwich NR2'])} ${r.int(1, 9)}${r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`;
    case 'DE':
      return `${street} ${no}, ${r.pick(['10115 Berlin', '80331 München', '50667 Köln', '20095 Hamburg', '70173 Stuttgart', '04109 Leipzig'])}`;
    case 'FR':
      return `${no} ${street}, ${r.pick(['69003 Lyon', '75011 Paris', '31000 Toulouse', '13006 Marseille', '33000 Bordeaux', '44000 Nantes'])}`;
    case 'ES':
      return `${street} ${no}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'D'])}, ${r.pick(['28014 Madrid', '08008 Barcelona', '46002 Valencia', '41001 Sevilla', '48001 Bilbao'])}`;
    case 'NL':
      return `${street} ${no}, ${r.int(1011, 9999)} ${r.chars('ABCDEGHJKLMNPRSTVWXZ', 2)} ${r.pick(['Amsterdam', 'Utrecht', 'Rotterdam', 'Eindhoven', 'Groningen'])}`;
    case 'AU':
      return `${no} ${street}, ${r.pick(['Parramatta NSW 2150', 'Fitzroy VIC 3065', 'Toowong QLD 4066', 'Subiaco WA 6008', 'Glenelg SA 5045'])}`;
    case 'IN':
      return `Flat ${r.int(101, 904)}, ${r.pick(['Shanti Residency', 'Green Park Apartments', 'Sai Krupa Towers', 'Lakeview Enclave'])}, ${street}, ${r.pick(['Bengaluru 5600', 'Pune 4110', 'Hyderabad 5000', 'Chennai 6000'])}${r.pad(1, 99, 2)}`;
    case 'BR':
      return `${street}, ${no}${r.chance(0.4) ? ` - Apto ${r.int(11, 184)}` : ''}, ${r.pick(['São Paulo - SP, 01310-', 'Rio de Janeiro - RJ, 22041-', 'Curitiba - PR, 80010-', 'Belo Horizonte - MG, 30130-'])}${r.digits(3)}`;
    case 'PL':
      return `${street} ${no}/${r.int(1, 60)}, ${r.pick(['00-238 Warszawa', '31-042 Kraków', '50-077 Wrocław', '80-831 Gdańsk', '61-758 Poznań'])}`;
    case 'SE':
      return `${street} ${no}, ${r.pick(['114 55 Stockholm', '411 38 Göteborg', '211 22 Malmö', '752 20 Uppsala'])}`;
  }
}
