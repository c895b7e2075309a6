import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';
import type { Cc } from './blind-set-69-people';

/** Phones and postal addresses in each country's own format. */
/** A mobile number of the person's country, in E.164 or its national spelling. */
export function phone(r: Rng9, cc: Cc, e164 = r.next() < 0.5): string {
  const d = (n: number): string => r.digits(n);
  const nz = (): string => String(r.int(2, 9));
  const f: Record<Cc, () => [string, string]> = {
    US: () => {
      const a = `${r.pick(['212', '312', '415', '512', '617', '720', '786', '919'])}`,
        x = nz() + d(2),
        y = d(4);
      return [`+1${a}${x}${y}`, r.pick([`(${a}) ${x}-${y}`, `${a}-${x}-${y}`, `${a}.${x}.${y}`])];
    },
    CA: () => {
      const a = r.pick(['416', '514', '604', '613']),
        x = nz() + d(2),
        y = d(4);
      return [`+1${a}${x}${y}`, `(${a}) ${x}-${y}`];
    },
    GB: () => {
      const x = '7' + r.pick(['4', '5', '8', '9']) + d(2),
        y = d(6);
      return [`+44${x}${y}`, `0${x} ${y}`];
    },
    IE: () => {
      const x = '8' + r.pick(['3', '5', '6', '7']),
        y = d(7);
      return [`+353${x}${y}`, `0${x} ${y.slice(0, 3)} ${y.slice(3)}`];
    },
    DE: () => {
      const x = r.pick(['151', '160', '171', '176']),
        y = d(8);
      return [`+49${x}${y}`, `0${x} ${y}`];
    },
    FR: () => {
      const y = d(8);
      return [`+33${r.pick(['6', '7'])}${y}`, `0${r.pick(['6', '7'])} ${y.replace(/(\d\d)(?=\d)/g, '$1 ')}`];
    },
    ES: () => {
      const y = r.pick(['6', '7']) + d(8);
      return [`+34${y}`, `${y.slice(0, 3)} ${y.slice(3, 6)} ${y.slice(6)}`];
    },
    IT: () => {
      const y = '3' + r.pick(['2', '3', '4', '9']) + d(8);
      return [`+39${y}`, `${y.slice(0, 3)} ${y.slice(3, 6)} ${y.slice(6)}`];
    },
    BR: () => {
      const a = r.pick(['11', '21', '31', '51']),
        y = '9' + d(8);
      return [`+55${a}${y}`, `(${a}) ${y.slice(0, 5)}-${y.slice(5)}`];
    },
    IN: () => {
      const y = r.pick(['9', '8', '7']) + d(9);
      return [`+91${y}`, `+91 ${y.slice(0, 5)} ${y.slice(5)}`];
    },
    PL: () => {
      const y = r.pick(['5', '6', '7']) + d(8);
      return [`+48${y}`, `${y.slice(0, 3)} ${y.slice(3, 6)} ${y.slice(6)}`];
    },
    NL: () => {
      const y = d(8);
      return [`+316${y}`, `06-${y}`];
    },
    SE: () => {
      const y = r.pick(['70', '72', '73', '76']) + d(7);
      return [`+46${y}`, `0${y.slice(0, 2)}-${y.slice(2, 5)} ${y.slice(5, 7)} ${y.slice(7)}`];
    },
    MX: () => {
      const y = '55' + d(8);
      return [`+52${y}`, `55 ${y.slice(2, 6)} ${y.slice(6)}`];
    },
    NG: () => {
      const y = r.pick(['803', '806', '813', '905']) + d(7);
      return [`+234${y}`, `0${y.slice(0, 3)} ${y.slice(3, 6)} ${y.slice(6)}`];
    },
    JP: () => {
      const y = r.pick(['90', '80', '70']) + d(8);
      return [`+81${y}`, `0${y.slice(0, 2)}-${y.slice(2, 6)}-${y.slice(6)}`];
    },
    CN: () => {
      const y = '1' + r.pick(['38', '39', '58', '86']) + d(8);
      return [`+86${y}`, `${y.slice(0, 3)} ${y.slice(3, 7)} ${y.slice(7)}`];
    },
    TR: () => {
      const y = '5' + r.pick(['32', '33', '42', '05']) + d(7);
      return [`+90${y}`, `0${y.slice(0, 3)} ${y.slice(3, 6)} ${y.slice(6, 8)} ${y.slice(8)}`];
    },
    VN: () => {
      const y = r.pick(['90', '91', '98']) + d(7);
      return [`+84${y}`, `0${y.slice(0, 2)} ${y.slice(2, 5)} ${y.slice(5)}`];
    },
    UA: () => {
      const y = r.pick(['50', '67', '93']) + d(7);
      return [`+380${y}`, `0${y.slice(0, 2)} ${y.slice(2, 5)} ${y.slice(5, 7)} ${y.slice(7)}`];
    },
  };
  const [a, b] = f[cc]();
  return e164 ? a : b;
}

export interface Address {
  street: string;
  line2?: string;
  city: string;
  postcode: string;
  region?: string;
  full: string;
}
const ST: Record<string, string[]> = {
  US: ['Larkspur Ln', 'W Belmont Ave', 'Magnolia Dr', 'Sycamore St', 'N Halsted St'],
  GB: ['Kingsley Road', 'Ashgrove Terrace', 'Priory Lane', 'Cavendish Street'],
  DE: ['Schönhauser Allee', 'Lindenstraße', 'Am Weißen Steinberg', 'Große Bleichen'],
  FR: ['rue des Lilas', 'avenue Jean-Jaurès', 'boulevard de la Croix-Rousse', 'impasse du Moulin'],
  ES: ['Calle de Alcalá', 'Carrer de Sardenya', 'Avenida de la Constitución', 'Calle Núñez de Balboa'],
  IT: ['Via Giuseppe Garibaldi', 'Corso Vittorio Emanuele II', 'Via dei Mille', 'Viale Monza'],
  BR: ['Rua das Laranjeiras', 'Avenida Paulista', 'Rua Conceição', 'Travessa São José'],
  X: ['Main Street', 'Station Road', 'Park Avenue', 'Church Lane'],
};
export function address(r: Rng9, cc: Cc): Address {
  const n = r.int(2, 480);
  const st = r.pick(ST[cc] ?? ST['X']!);
  const mk = (street: string, city: string, postcode: string, full: string, line2?: string, region?: string): Address => ({ street, city, postcode, full, line2, region });
  switch (cc) {
    case 'US': {
      const [city, reg, z] = r.pick([
        ['Austin', 'TX', '787'],
        ['Chicago', 'IL', '606'],
        ['Boston', 'MA', '021'],
        ['Denver', 'CO', '802'],
      ] as const);
      const zip = z + r.digits(2),
        apt = `Apt ${r.int(1, 30)}${r.pick(['A', 'B', 'C'])}`;
      return mk(`${n} ${st}`, city, zip, `${n} ${st}, ${apt}, ${city}, ${reg} ${zip}`, apt, reg);
    }
    case 'GB': {
      const [city, pc] = r.pick([
        ['Leeds', 'LS6'],
        ['Manchester', 'M14'],
        ['London', 'SE15'],
        ['Bristol', 'BS7'],
      ] as const);
      const post = `${pc} ${r.int(1, 9)}${r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`;
      return mk(`${n} ${st}`, city, post, `Flat ${r.int(1, 12)}, ${n} ${st}, ${city} ${post}`);
    }
    case 'DE': {
      const [city, pc] = r.pick([
        ['Berlin', '104'],
        ['Hamburg', '203'],
        ['München', '803'],
        ['Köln', '506'],
      ] as const);
      const post = pc + r.digits(2);
      return mk(`${st} ${n}`, city, post, `${st} ${n}, ${post} ${city}`);
    }
    case 'FR': {
      const [city, pc] = r.pick([
        ['Lyon', '6900'],
        ['Paris', '7501'],
        ['Marseille', '1300'],
        ['Toulouse', '3100'],
      ] as const);
      const post = pc + r.int(1, 9);
      return mk(`${n} ${st}`, city, post, `${n} ${st}, ${post} ${city}`);
    }
    case 'ES': {
      const [city, pc] = r.pick([
        ['Madrid', '280'],
        ['Barcelona', '080'],
        ['Sevilla', '410'],
        ['Bilbao', '480'],
      ] as const);
      const post = pc + r.digits(2);
      return mk(`${st} ${n}, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'Izda.', 'Dcha.'])}`, city, post, `${st} ${n}, ${r.int(1, 9)}º ${r.pick(['A', 'B'])}, ${post} ${city}`);
    }
    case 'IT': {
      const [city, pv, pc] = r.pick([
        ['Milano', 'MI', '201'],
        ['Roma', 'RM', '001'],
        ['Torino', 'TO', '101'],
        ['Napoli', 'NA', '801'],
      ] as const);
      const post = pc + r.digits(2);
      return mk(`${st} ${n}`, city, post, `${st} ${n}, ${post} ${city} ${pv}`);
    }
    case 'BR': {
      const [city, uf] = r.pick([
        ['Rio de Janeiro', 'RJ'],
        ['São Paulo', 'SP'],
        ['Belo Horizonte', 'MG'],
        ['Porto Alegre', 'RS'],
      ] as const);
      const post = `${r.digits(5)}-${r.digits(3)}`;
      return mk(`${st}, ${n}, apto ${r.int(101, 1204)}`, city, post, `${st}, ${n}, apto ${r.int(101, 1204)} - ${city} - ${uf}, ${post}`);
    }
    case 'IN': {
      const post = `${r.pick(['560', '400', '110', '600'])}0${r.digits(2)}`;
      const s = `Flat ${r.int(1, 9)}${r.pick(['A', 'B', 'C'])}, ${r.pick(['Sai Krupa Apartments', 'Green Glen Layout', 'Shanti Nagar'])}, ${r.int(1, 18)}th Cross`;
      return mk(s, 'Bengaluru', post, `${s}, Indiranagar, Bengaluru, Karnataka ${post}`);
    }
    case 'JP': {
      const post = `${r.int(100, 199)}-${r.digits(4)}`;
      const s = `渋谷区神南${r.int(1, 3)}-${r.int(1, 30)}-${r.int(1, 20)}`;
      return mk(s, '東京都', post, `〒${post} 東京都${s} ${r.pick(['グランドメゾン', 'パークハイツ'])}${r.int(101, 905)}号室`);
    }
    case 'CN': {
      const post = `${r.pick(['100', '200', '518'])}${r.digits(3)}`;
      const s = `朝阳区建国路${r.int(1, 99)}号${r.int(1, 30)}栋${r.int(101, 2405)}室`;
      return mk(s, '北京市', post, `北京市${s}, ${post}`);
    }
    default: {
      const post = r.chars(DIGITS, 5);
      const city = { PL: 'Kraków', NL: 'Utrecht', SE: 'Göteborg', MX: 'Ciudad de México', NG: 'Lagos', TR: 'İstanbul', VN: 'Hà Nội', UA: 'Київ', IE: 'Cork', CA: 'Montréal' }[cc as string] ?? 'Lagos';
      const s =
        {
          PL: `ul. Długa ${n}/${r.int(1, 40)}`,
          NL: `Oudegracht ${n}-${r.pick(['bis', 'A', 'B'])}`,
          SE: `Vasagatan ${n}, lgh ${r.int(1001, 1404)}`,
          MX: `Av. Insurgentes Sur ${n}, Int. ${r.int(1, 30)}, Col. Roma Norte`,
          NG: `${n} Adeola Odeku Street, Victoria Island`,
          TR: `Bağdat Caddesi No:${n} D:${r.int(1, 20)}`,
          VN: `Số ${n} Phố Hàng Bạc, Hoàn Kiếm`,
          UA: `вул. Хрещатик, ${n}, кв. ${r.int(1, 90)}`,
          IE: `${n} Douglas Street`,
          CA: `${n} rue Saint-Denis, app. ${r.int(1, 40)}`,
        }[cc as string] ?? `${n} Main Street`;
      const pc =
        cc === 'CA'
          ? `H2X ${r.int(1, 9)}${r.chars(UPPER, 1)}${r.int(1, 9)}`
          : cc === 'IE'
            ? `T12 ${r.chars(UPPER, 1)}${r.digits(2)}${r.chars(UPPER, 1)}`
            : cc === 'NL'
              ? `35${r.digits(2)} ${r.chars('ABCEGHJKLMNPRSTVWXZ', 2)}`
              : cc === 'PL'
                ? `3${r.digits(1)}-${r.digits(3)}`
                : post;
      return mk(s, city, pc, `${s}, ${pc} ${city}`);
    }
  }
}
