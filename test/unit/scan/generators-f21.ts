import type { Rng, Sample } from './sample-rng';

/** `s` with every character beyond ASCII written as a JSON `\uXXXX` escape (as JSON encoders with ASCII output do). */
export const jsonEscaped = (s: string, upper = false): string =>
  s.replace(/[\u0080-\uffff]/g, (c) => {
    const hex = c.charCodeAt(0).toString(16).padStart(4, '0');
    return `\\u${upper ? hex.toUpperCase() : hex}`;
  });

/** A Chinese address: province or municipality, city, district, road, number, and sometimes a building and room. */
export function zhAddress(r: Rng): string {
  const head = r.pick(['北京市朝阳区', '上海市浦东新区', '广东省深圳市南山区', '浙江省杭州市西湖区', '四川省成都市武侯区', '江苏省南京市鼓楼区', '天津市和平区', '湖北省武汉市洪山区']);
  const road = r.pick(['建国路', '中山北路', '深南大道', '文三路', '人民南路', '中关村大街', '南京东路', '解放大道']);
  const building = r.pick(['', `${r.int(1, 30)}号楼${r.int(101, 2808)}室`, `${r.int(1, 12)}栋${r.int(1, 6)}单元${r.int(101, 1802)}室`, `SOHO现代城${r.int(1, 9)}号楼`, '']);
  const postcode = r.pick(['', `${r.int(100000, 850000)} `]);
  return `${postcode}${head}${road}${r.int(1, 9999)}号${building}`;
}

/** A Korean road-name address, sometimes with its postcode and a floor or unit. */
export function koAddress(r: Rng): string {
  const head = r.pick(['서울특별시 강남구', '부산광역시 해운대구', '경기도 성남시 분당구', '인천광역시 연수구', '대구광역시 수성구', '서울 마포구']);
  const road = r.pick(['테헤란로', '센텀중앙로', '판교역로', '송도과학로', '달구벌대로', '월드컵북로', '강남대로94길']);
  const tail = r.pick(['', `, ${r.int(2, 30)}층`, ` ${r.int(101, 120)}동 ${r.int(101, 2503)}호`, '']);
  const postcode = r.pick(['', `(${r.int(10000, 63999)}) `, `${r.int(10000, 63999)} `]);
  return `${postcode}${head} ${road} ${r.int(1, 999)}${tail}`;
}

/** A Russian address: index, city, street with its type, house, building and flat (each part sometimes left out). */
export function ruAddress(r: Rng): string {
  const index = r.pick(['', `${r.int(101000, 690000)}, `]);
  const city = r.pick(['г. Москва', 'Санкт-Петербург', 'г. Новосибирск', 'г. Екатеринбург', 'Ростов-на-Дону', 'г. Казань']);
  const street = r.pick(['ул. Тверская', 'Невский пр.', 'ул. Ленина', 'пр-т Мира', 'Кутузовский проспект', 'пер. Сивцев Вражек', 'наб. Фонтанки', 'ул. Большая Садовая']);
  const house = r.pick([`д. ${r.int(1, 150)}`, `д. ${r.int(1, 99)}/${r.int(1, 9)}`, `дом ${r.int(1, 150)}`]);
  const more = r.pick(['', `, корп. ${r.int(1, 5)}`, `, стр. ${r.int(1, 9)}`, '']);
  const flat = r.pick(['', `, кв. ${r.int(1, 450)}`, `, оф. ${r.int(100, 999)}`]);
  return `${index}${city}, ${street}, ${house}${more}${flat}`;
}

/** A Turkish address: neighbourhood, street, number, door, postcode, district/province. */
export function trAddress(r: Rng): string {
  const mah = r.pick(['Caferağa Mah.', 'Bostancı Mahallesi', 'Kızılay Mah.', 'Alsancak Mah.', 'Levent Mah.']);
  const street = r.pick(['Moda Cad.', 'Bağdat Caddesi', 'Atatürk Bulvarı', '1453. Sokak', 'Gül Sk.', 'Çiçek Sok.']);
  const door = r.pick(['', ` D: ${r.int(1, 40)}`, ` Daire ${r.int(1, 40)}`, ` Kat ${r.int(1, 12)} D: ${r.int(1, 40)}`]);
  const place = r.pick(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir', 'Beşiktaş / İstanbul']);
  return `${mah} ${street} No: ${r.int(1, 250)}${door} ${r.int(10000, 81999)} ${place}`;
}

/** Samples of round f21's detectors (native-script postal addresses), one realistic context each. */
export const F21_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'native-postal-address': (r) => ['{"order_id":"SO-20261205-0042","地址":"', zhAddress(r), '","status":"address_unverified"}'],
  'tr-postal-address': (r) => ['Kargo oluşturulamadı: alıcı adresi ', trAddress(r), ' (Yurtiçi API 422)'],
  'escaped-postal-address': (r) => ['{"consignee":{"address":"', jsonEscaped(r.pick([zhAddress, koAddress, ruAddress])(r)), '"},"carrier":"SF"}'],
};
