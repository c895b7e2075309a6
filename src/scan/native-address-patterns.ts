/**
 * Postal addresses in the layouts of Chinese, Korean, Russian and Turkish, as regex sources (no `u` flag: BMP
 * characters only). Every repetition is bounded, and the name runs of each part stop at a character class the
 * part's marker is not in (or at a space or comma), so a failed attempt costs a bounded number of steps per start:
 * the search stays linear in the text. Full-width digits and punctuation are folded to ASCII before detectors run.
 */

/** A CJK unified ideograph (hanzi, kanji). */
const HAN = [0x4e00, 0x9fff] as const;

/** A character class body of the ideographs except `chars` (so that a name run stops at its marker). */
function hanExcept(chars: string): string {
  const cut = [...new Set([...chars].map((c) => c.charCodeAt(0)))].sort((a, b) => a - b);
  const hex = (n: number): string => `\\u${n.toString(16).padStart(4, '0')}`;
  const out: string[] = [];
  let from: number = HAN[0];
  for (const c of cut) {
    if (c > from) out.push(c - 1 > from ? `${hex(from)}-${hex(c - 1)}` : hex(from));
    from = c + 1;
  }
  out.push(`${hex(from)}-${hex(HAN[1])}`);
  return out.join('');
}

/** An ideograph of a place or road name: not an admin marker (省 市 区 县), a road marker (路 街 道 巷 弄) or 号. */
const ZH_NAME = `[${hanExcept('省市区县路街道巷弄号')}]`;

/**
 * Chinese: an optional 6-digit postcode, one to four admin parts (`广东省`, `深圳市`, `南山区`, `科技园南区`), a road
 * (`建国路`, `深南大道`, `中关村大街`, `南锣鼓巷`), a lane (`1000弄`) and the number with 号, then building, unit and room
 * (`SOHO现代城5号楼1203室`, `3栋2单元`).
 */
export const ZH_ADDRESS = String.raw`(?:(?<!\d)\d{6}[ ,]{0,2})?(?=(?<zhAdmin>(?:${ZH_NAME}{1,8}[省市区县]){1,4}))\k<zhAdmin>${ZH_NAME}{1,10}(?:路|街|道|巷|弄|胡同)(?:\d{1,5}(?:弄|巷))?\d{1,5}(?:-\d{1,4})?号(?:[A-Za-z\u4e00-\u9fff]{0,12}?\d{1,5}(?:-\d{1,5})?(?:号楼|号院|栋|幢|座|楼|层|单元|室|号)){0,4}`;

/** A Hangul syllable. */
const KO = '[\\uac00-\\ud7a3]';
/** Korean provinces and metropolitan cities written without 시/도 (`서울 강남구`). */
const KO_CITY = '서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주';

/**
 * Korean: an optional 5-digit postcode, the province or city and district words (`서울특별시 강남구`, `경기도 성남시
 * 분당구`), then a road and building number (`테헤란로 152`, `강남대로94길 15`, `올림픽로 92길 14`) or a neighbourhood and lot number
 * (`역삼동 123-45번지`), then floors, buildings and rooms (`, 12층`, `101동 1203호`). A word ending in the particle 으로
 * ("to") is no road; a number followed by a word (`5분`) is no building number.
 */
export const KO_ADDRESS = String.raw`(?:\(?(?<!\d)\d{5}\)?[ ,]{1,2})?(?:(?:${KO_CITY})\s(?:${KO}{1,8}[시군구]\s){0,2}|(?=(?<koAdmin>(?:${KO}{1,8}[시도군구]\s){1,3}))\k<koAdmin>)(?:[\uac00-\ud7a30-9]{1,12}(?<!으)(?:로|길)(?:\s\d{1,4}(?:번길|길))?\s?|${KO}{1,10}[동리]\s)\d{1,5}(?:-\d{1,4})?(?:번지)?(?![0-9\uac00-\ud7a3])(?:,?\s{0,2}\d{1,5}(?:층|호|동)){0,3}(?:\s?\(${KO}{1,10}(?:,\s?${KO}{1,12})?\))?`;

/** A capitalised Russian name word, hyphenated compounds too (`Санкт-Петербург`, `Ростов-на-Дону`). */
const RU_WORD = '[А-ЯЁ][а-яё]{1,24}(?:-[А-ЯЁа-яё][а-яё]{0,24}){0,3}';
/** A street name: an ordinal or a number may lead (`1-я Тверская-Ямская`, `8 Марта`). */
const RU_NAME = `(?:\\d{1,2}(?:-[яйео]{1,2})?\\s)?${RU_WORD}(?:\\s${RU_WORD}){0,2}`;
/** Street types written before the name (`ул. Тверская`) or after it (`Невский пр.`). */
const RU_STREET_TYPE = 'ул\\.|улица|пр\\.|просп\\.|пр-т|проспект|пер\\.|переулок|наб\\.|набережная|ш\\.|шоссе|б-р|бул\\.|бульвар|пл\\.|площадь|проезд|пр-д|туп\\.|тупик|мкр\\.|микрорайон|аллея';

/**
 * Russian: an optional 6-digit index, country, region and city (`г. Москва`, `Санкт-Петербург`), the street with its
 * type, the house (`д. 7`, `дом 7`, or a bare `7` after the street), then building and flat (`корп. 2`, `стр. 1`,
 * `кв. 12`, `оф. 305`), and the city and index when they come last (`…, кв. 53, Москва, 119284`).
 */
export const RU_ADDRESS = String.raw`(?:(?<!\d)\d{6},?\s)?(?:(?:Россия|РФ),\s?)?(?:(?<!\d)\d{6},\s?)?(?:(?:${RU_WORD}\s(?:обл\.|область|край|р-н|район)|(?:Респ\.|Республика)\s${RU_WORD}),\s?){0,2}(?:(?:(?:г\.|город)\s?)?${RU_WORD},\s?)?(?:(?:${RU_STREET_TYPE})\s?${RU_NAME}|${RU_NAME}\s(?:${RU_STREET_TYPE})),?\s(?:д\.\s?|дом\s)?\d{1,4}[а-я]?(?:\/\d{1,4})?(?![\d\/])(?:,?\s(?:корп\.|корпус|к\.|стр\.|строение|лит\.)\s?\d{1,3}[а-яА-Я]?){0,2}(?:,?\s(?:кв\.|квартира|оф\.|офис|пом\.)\s?\d{1,5}[а-я]?)?(?:,\s(?:(?:г\.|город)\s?)?${RU_WORD}(?![а-яё]))?(?:,\s(?:\d{6}(?!\d)|Россия))?`;

/** Turkish capital and small letters. */
const TR_UC = 'A-ZÇĞİÖŞÜ';
const TR_LC = 'a-zçğıöşüâîû';
/** A Turkish name word, capitalised or upper case (`Caferağa`, `KADIKÖY`), or a number (`19 Mayıs`, `1234.`). */
const TR_WORD = `(?:[${TR_UC}](?:[${TR_LC}]{1,24}|[${TR_UC}]{1,24})|\\d{1,5}\\.?)`;
const TR_NAME = `${TR_WORD}(?:\\s${TR_WORD}){0,3}`;
/** A Turkish place name after the postcode (`Kadıköy/İstanbul`, `Çankaya / Ankara`). */
const TR_PLACE = `[${TR_UC}](?:[${TR_LC}]{1,24}|[${TR_UC}]{1,24})`;

const TR_MAH = 'Mahallesi|MAHALLESİ|Mah\\.|MAH\\.|Mh\\.|MH\\.';
const TR_STREET = 'Caddesi|CADDESİ|Cad\\.|CAD\\.|Cd\\.|CD\\.|Sokağı|SOKAĞI|Sokak|SOKAK|Sok\\.|SOK\\.|Sk\\.|SK\\.|Bulvarı|BULVARI|Blv\\.|BLV\\.|Bul\\.';

/**
 * Turkish: the neighbourhood (`Caferağa Mah.`, `Mahallesi`), the street (`Moda Cad.`, `Sokak`, `Sk.`, `Bulvarı`), one
 * of them at least, then `No: 12`, the door and floor (`D: 4`, `Daire 4`, `Kat 3`), the 5-digit postcode and the
 * district/province (`Kadıköy/İstanbul`). `Sipariş No: 12345` has neither a neighbourhood nor a street.
 */
export const TR_ADDRESS = String.raw`(?<![\w${TR_UC}${TR_LC}])(?:${TR_NAME}\s(?:${TR_MAH}),?\s?(?:${TR_NAME}\s(?:${TR_STREET}),?\s?)?|${TR_NAME}\s(?:${TR_STREET}),?\s?)(?:No|NO)\s?[:.]?\s?\d{1,4}(?:\/\d{1,3})?[A-Z]?(?![\w/])(?:,?\s?(?:Daire|DAİRE|Kat|KAT|D|K)\s?[:.]?\s?\d{1,3}(?!\w)){0,2}(?:,?\s\d{5}(?!\w)(?:,?\s${TR_PLACE}(?:\s?\/\s?${TR_PLACE})?(?![${TR_LC}]))?|,?\s${TR_PLACE}\s?\/\s?${TR_PLACE}(?![${TR_LC}]))?`;
