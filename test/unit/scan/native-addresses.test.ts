import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { createPrefilter } from '../../../src/scan/prefilter';
import { fullyCovered } from '../../helpers/coverage-tally';
import { generateLogText } from '../../../bench/scan.bench';
import { jsonEscaped, koAddress, ruAddress, trAddress, zhAddress } from './generators-f21';
import { cleanLine } from './generators';
import { rng, type Rng } from './sample-rng';

/**
 * Postal addresses written in native scripts and layouts (Chinese, Korean, Russian, Turkish, Japanese), plain and
 * `\u`-escaped in JSON: a value counts only when leak findings cover all of it. Values are drawn at each run.
 */
const scanner = createScanner({ cleanTexts: false });
// A fixed draw by default (ADDR_SEED=<n> for another): the suite must give the same answer on every run.
const r = rng(Number(process.env['ADDR_SEED'] ?? 21));
const covers = (text: string, value: string): boolean => fullyCovered(text, value, scanner.scan(text).filter(isLeak)) && text.includes(value);
const leaks = (text: string): string[] =>
  scanner
    .scan(text)
    .filter(isLeak)
    .map((f) => `${f.detector}: ${text.slice(f.start, f.end)}`);

/** Each script's address generator, its JSON key and a prose line around the address. */
const SCRIPTS: [string, (r: Rng) => string, string, (v: string) => string][] = [
  ['zh', zhAddress, '地址', (v) => `2026-12-05 10:14:03 WARN 物流接口: 收货地址: ${v} 无法派送, 请联系客户`],
  ['ko', koAddress, '주소', (v) => `[배송오류] 주소: ${v} 수령인 부재`],
  ['ru', ruAddress, 'адрес', (v) => `ERROR delivery: Адрес доставки: ${v} — курьер не нашёл получателя`],
  ['tr', trAddress, 'adres', (v) => `Kargo oluşturulamadı: alıcı adresi ${v} (Yurtiçi API 422)`],
  ['ja', () => `〒${r.int(100, 999)}-${r.int(1000, 9999)} 東京都渋谷区渋谷${r.int(1, 4)}丁目${r.int(1, 30)}-${r.int(1, 20)}`, '住所', (v) => `配送先: ${v} 宛先不明で返送`],
];

/** The contexts each address is written in: JSON fields, a CSV and a TSV row, a log line, an e-mail and an HTML body. */
const contexts = (key: string, prose: (v: string) => string): ((v: string) => string)[] => [
  (v) => `{"order_id":"SO-4711","address":"${v}","paid":true}`,
  (v) => `{"customer":{"name":"x","${key}":"${v}"}}`,
  (v) => `order_id,name,address,amount\nSO-4711,Li,"${v}",129.00`,
  (v) => `SO-4711\tLi\t${v}\t129.00`,
  prose,
  (v) => `Subject: Delivery failed\nContent-Type: text/plain; charset=utf-8\n\nShip to:\n${v}\n\nRegards`,
  (v) => `<table><tr><td>Ship to</td><td>${v}</td></tr></table>`,
];

describe('postal addresses in native scripts', () => {
  it('covers the held-out examples whole', () => {
    for (const v of [
      '北京市朝阳区建国路88号SOHO现代城5号楼1203室',
      '上海市浦东新区张江高科技园区碧波路690号',
      '广东省深圳市南山区科技园南区深南大道10000号',
      '서울특별시 강남구 테헤란로 152, 12층',
      '부산광역시 해운대구 센텀중앙로 79',
      'г. Москва, ул. Тверская, д. 7, кв. 12',
      '123456, Санкт-Петербург, Невский пр., д. 28',
      'Caferağa Mah. Moda Cad. No: 12 D: 4 34710 Kadıköy/İstanbul',
      '〒150-0002 東京都渋谷区渋谷2丁目21-1',
      '150-0002 東京都渋谷区渋谷2丁目21-1',
    ]) {
      expect(covers(`{"address":"${v}"}`, v), v).toBe(true);
      expect(covers(`配送先: ${v}`, v), v).toBe(true);
    }
  });

  it.each(SCRIPTS.map(([id, gen, key, prose]) => [id, gen, key, prose] as const))('covers %s addresses in JSON, CSV, TSV, log lines, mail and HTML', (_id, gen, key, prose) => {
    for (let i = 0; i < 6; i++) {
      for (const ctx of contexts(key, prose)) {
        const v = gen(r);
        const text = ctx(v);
        expect(covers(text, v), `${text}\n${leaks(text).join('\n')}`).toBe(true);
      }
    }
  });

  it('covers more layouts: postcodes, lanes, lots, buildings, upper-case Turkish', () => {
    for (const v of [
      '200031 上海市徐汇区淮海中路1000弄5号',
      '浙江省杭州市西湖区文三路90号东部软件园3号楼5层',
      '(06236) 서울특별시 강남구 테헤란로 152',
      '경기도 성남시 분당구 판교역로 235, 101동 1203호',
      '서울 강남구 역삼동 123-45번지',
      '101000, Россия, г. Москва, Кутузовский проспект, д. 32, корп. 2, кв. 15',
      'Московская обл., г. Химки, ул. Ленина, дом 5',
      'CAFERAĞA MAH. MODA CAD. NO:12 D:4 34710 KADIKÖY/İSTANBUL',
      'Kızılay Mah. Atatürk Bulvarı No: 25/3 Çankaya/Ankara',
      'Alsancak Mah. 1453. Sokak No: 7 Kat 2 D: 5 35220 Konak/İzmir',
      // A sub-road written apart (`올림픽로 92길`), the Russian city and index written last.
      '서울특별시 송파구 올림픽로 92길 14, 659호',
      'ул. Тверская, д. 86, кв. 53, Москва, 119284',
    ]) {
      expect(covers(`{"adres":"${v}"}`, v), v).toBe(true);
    }
  });

  it('covers `\\u`-escaped addresses in JSON whole (lower- and upper-case hex)', () => {
    for (const gen of [zhAddress, koAddress, ruAddress, trAddress]) {
      for (let i = 0; i < 5; i++) {
        const v = jsonEscaped(gen(r), i % 2 === 1);
        const text = `{"consignee":{"address":"${v}","phone":null}}`;
        expect(covers(text, v), `${text}\n${leaks(text).join('\n')}`).toBe(true);
      }
    }
    const jp = jsonEscaped('〒150-0002 東京都渋谷区渋谷2丁目21-1');
    expect(covers(`{"住所":"${jp}"}`, jp)).toBe(true);
    // European street layouts escaped the same way (`K\u00f6nigsweg 8, 23374 K\u00f6ln`).
    for (const plain of ['Königsweg 8, 23374 Köln', 'Schloßallee 57, 86987 Düsseldorf', 'ul. Marszałkowska 12/34, 00-001 Warszawa', '8 avenue des Champs-Élysées, 75008 Paris']) {
      const e = jsonEscaped(plain);
      expect(covers(`{"street":"${e}"}`, e), e).toBe(true);
    }
    const key = jsonEscaped('地址');
    const v = jsonEscaped('北京市朝阳区建国路88号SOHO现代城5号楼1203室');
    expect(covers(`{"${key}":"${v}"}`, v)).toBe(true);
  });
});

describe('look-alikes that are not addresses', () => {
  it('leaves city and district names alone, and region and datacenter labels', () => {
    for (const text of [
      '{"city":"北京市","district":"朝阳区"}',
      '{"timezone":"Europe/Istanbul","region":"İstanbul"}',
      'region: 서울',
      'zone=ap-northeast-2 (서울) az=ap-northeast-2a',
      'endpoint=oss-cn-beijing.aliyuncs.com region=cn-beijing',
      'Москва, Санкт-Петербург, Казань: 3 региона',
      '{"city":"Москва","country":"RU"}',
      'Kadıköy/İstanbul şubesi kapalı',
    ]) {
      expect(leaks(text), text).toEqual([]);
    }
  });

  it('leaves prose with 路 and 号, years written `г.`, order numbers after `No:`, and dates alone', () => {
    for (const text of [
      '第3号 路由器 重启完成, 耗时 88 秒',
      '北京市朝阳区的路口 3号车 已到达',
      '上海市2号线 延误 15 分钟',
      '路由器型号 AX3000 固件 1.0.5 第12号补丁',
      'Отчёт за 2024 г. сформирован, 12 записей',
      'В 2023 г. Москва заняла 1 место',
      'Sipariş No: 12345 onaylandı',
      'Fatura No: 2024/118 Tarih: 05.12.2026',
      '서울시 강남구에서 12건 처리',
      '서울 리전으로 12개 인스턴스 이전',
      '2026年12月5日 10時 第2号 議事録',
      '{"order_no":"20261205000123","date":"2026-12-05"}',
    ]) {
      expect(leaks(text), text).toEqual([]);
    }
  });

  it('leaves escaped names, cities and prose alone', () => {
    for (const text of [
      `{"city":"${jsonEscaped('北京市')}","district":"${jsonEscaped('朝阳区')}"}`,
      `{"msg":"${jsonEscaped('第3号 路由器 重启完成')}"}`,
      `{"msg":"${jsonEscaped('Opération réussie 12 fois, café à 3 €')}"}`,
      `{"region":"${jsonEscaped('서울')}","zone":"ap-northeast-2"}`,
      `{"msg":"${jsonEscaped('Отчёт за 2024 г. сформирован')}"}`,
    ]) {
      expect(leaks(text), text).toEqual([]);
    }
    // Round l85: an escaped one-line string is read decoded, so `Jürgen Müller` under `name` is a person's name now;
    // still no address is read into the city or the name.
    const named = `{"city":"${jsonEscaped('Düsseldorf')}","name":"${jsonEscaped('Jürgen Müller')}"}`;
    expect(leaks(named).filter((l) => /address|street|postcode|postal/.test(l)), named).toEqual([]);
    expect(leaks(named).some((l) => l.startsWith('person-name')), named).toBe(true);
  });
});

describe('cost', () => {
  const byId = (id: string): number => DEFAULT_DETECTORS.findIndex((d) => d.id === id);

  it('costs nothing on Latin-1 logs: no keyword wakes the keyed detectors, the precheck fails at once', () => {
    const text = generateLogText(256 * 1024, 7) + '\n' + Array.from({ length: 200 }, () => cleanLine(r)).join('\n') + '\nAdresse: Hauptstraße 12, 10115 Berlin — café';
    const prefilter = createPrefilter(DEFAULT_DETECTORS);
    const listed = new Set(prefilter.windows(text).flatMap((w) => w.detectors));
    expect(listed.has(byId('tr-postal-address'))).toBe(false);
    expect(listed.has(byId('escaped-postal-address'))).toBe(false);
    const native = DEFAULT_DETECTORS[byId('native-postal-address')]!;
    expect(native.keywords).toEqual([]);
    expect(text.search(native.precheck!.re)).toBe(-1);
  });

  it('a 200 KB line of near-miss address text scans within a bounded ratio of a plain line of the same script and length', () => {
    const SIZE = 200 * 1024;
    const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
    const time = (text: string): number => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        scanner.scan(text);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    // Each script's plain prose, then address parts repeated without ever completing an address (or nearly).
    const cases: [string, string[]][] = [
      ['这是一段普通的日志文本没有任何信息，', ['北京市朝阳区建国路88', '北京市朝阳区', '京京京京京京京京市', '广东省深圳市南山区科技园南区深南大道']],
      ['가나다라마바사 아자차카타파하 ', ['서울특별시 강남구 테헤란로 ', '서울특별시 ', '강남대로94길 ']],
      ['Обычная строка журнала без адреса, ', ['г. Москва, ул. Тверская, д. ', 'Москва, Санкт-Петербург, ', 'ул. Тверская Тверская ']],
      ['Sıradan bir günlük satırı, adres yok. ', ['Caferağa Mah. Moda Cad. No: ', 'Moda Cad. Moda Cad. ', 'Aaaa Bbbb Cccc Dddd Mah. ']],
      ['{"msg":"\\u0041\\u0042 plain text","n":1} ', ['"\\u5317\\u4eac\\u5e02\\u53f7', '"\\u53f7', '\\u0443\\u043b. ']],
    ];
    for (const [plainUnit, nearMisses] of cases) {
      const plain = time(fill(plainUnit));
      for (const unit of nearMisses) {
        const ms = time(fill(unit));
        // Linear regexes stay within a small factor of the plain line; backtracking would take hundreds of times longer.
        expect(ms / Math.max(plain, 0.5), `${JSON.stringify(unit)}: ${ms.toFixed(1)} ms vs plain ${plain.toFixed(1)} ms`).toBeLessThan(10);
      }
    }
  });
});
