import { describe, expect, it } from 'vitest';
import { covered, leaks } from '../../helpers/leak-coverage';
import { cardNumber } from './generators';
import { myNumber, rrn } from './generators-pf11';
import { rut, visa } from './generators-pf13';
import { aadhaar, bsn, cnMobile, cnRic, deLicence, fnr, jpAddress, jpDob, jpMobile, krMobile, mrzTd1, mrzTd3, trMobile, unionPay, wif } from './generators-r2p';
import { rng, type Rng } from './sample-rng';


/** Each class of blind sets 13/14's personal and financial misses: a value generator and contexts in several formats and languages. */
const CASES: Record<string, { value: (r: Rng) => string; contexts: ((v: string, r: Rng) => string)[] }> = {
  'JP My Number under Japanese and romanized keys': {
    value: (r) => r.pick([(n: string) => n, (n: string) => n.replace(/ /g, ''), (n: string) => n.replace(/ /g, '-')])(myNumber(r)),
    contexts: [
      (v) => `SmartHR API 422: {"last_name":"鈴木","マイナンバー":"${v}"}`,
      (v) => `WARN 年末調整 import: row=12 {"個人番号":"${v}"}`,
      (v) => `個人番号: ${v} を登録しました`,
      (v) => `employee.my_number=${v} rejected`,
    ],
  },
  'JP, KR and TR mobiles in their national layouts': {
    value: (r) => r.pick([jpMobile, krMobile, trMobile])(r),
    contexts: [
      (v) => `{"電話番号":"${v}"}`,
      (v) => `parameters: [Brennan, ${v}]`,
      (v) => `iyzipay: {"buyer":{"gsmNumber":"${v}"}}`,
      (v) => `[토스페이먼츠] 본인확인 실패 {"전화번호":"${v}"}`,
      (v) => `customer,${v},Osaka`,
    ],
  },
  'CN mobiles under Chinese and English phone keys': {
    value: cnMobile,
    contexts: [(v) => `{"手机号":"${v}","姓名":"张伟"}`, (v) => `alipay: 手机号码=${v}`, (v) => `{"mobile":"${v}"}`],
  },
  'CJK birth dates under 生年月日 / 생년월일': {
    value: jpDob,
    contexts: [(v) => `{"生年月日":"${v}"}`, (v) => `生年月日: ${v}`, (v) => `{"출생":"x","생년월일":"${v}"}`],
  },
  'KR birth dates `YYYY.MM.DD` under 생년월일 and birth keys': {
    value: (r) => `${r.int(1950, 2004)}.${String(r.int(1, 12)).padStart(2, '0')}.${String(r.int(1, 28)).padStart(2, '0')}`,
    contexts: [(v) => `kakao sync error: {"생년월일":"${v}","성별":"female"}`, (v) => `{"birthday":"${v}"}`, (v) => `생일: ${v}`],
  },
  'JP postal addresses': {
    value: jpAddress,
    contexts: [(v) => `{"error":"送り先住所が不正です","shipment":{"住所":"${v}","氏名":"鈴木 様"}}`, (v) => `お届け先: ${v} マンション301`, (v) => `address=${v}`],
  },
  'KR resident registration numbers with or without a key': {
    value: rrn,
    contexts: [(v) => `{"이름":"이서준","주민등록번호":"${v}"}`, (v) => `  parameters: [Brennan, ${v}, 010-5739-3456]`, (v) => `INSERT INTO member VALUES ('kim', '${v}')`],
  },
  'CN resident ids under cert_no, 身份证号 and bare': {
    value: cnRic,
    contexts: [
      (v) => `biz_content={"identity_param":{"cert_type":"IDENTITY_CARD","cert_no":"${v}"}}`,
      (v) => `{"身份证号":"${v}","姓名":"张伟"}`,
      (v) => `证件号码：${v}`,
      (v) => `user 42 verified with ${v} ok`,
    ],
  },
  'Aadhaar in 4-4-4 groups under uid and bare': {
    value: (r) => (r.next() < 0.5 ? aadhaar(r) : aadhaar(r).replace(/ /g, '-')),
    contexts: [(v) => `ERROR ekyc.py:214 offline XML parse failed: {'uid': '${v}', 'gender': 'F'}`, (v) => `aadhaar verified ${v}`, (v) => `<KycRes><UidData uid="${v}"/></KycRes>`],
  },
  'National ids under Salesforce __c fields and vendor keys': {
    value: (r) => r.pick([bsn, fnr])(r),
    contexts: [
      (v) => `Record: {Id=003cwWLsJZc7a9k, LastName=Peeters, BSN__c=${v}}`,
      (v) => `{"attributes":{"type":"Contact"},"National_Id__c":"${v}"}`,
    ],
  },
  'Norwegian fødselsnummer as BankID pid': {
    value: fnr,
    contexts: [(v) => `bankid-callback: session 95f6 completed pid=${v} level=substantial`, (v) => `{"pid":"${v}","name":"Ola"}`],
  },
  'ETSI natural-person semantics identifiers': {
    value: (r) => r.str('0123456789', 11),
    contexts: [
      (v) => `smart-id: result.documentNumber=PNOEE-${v}-XLVA-Q certificateLevel=QUALIFIED`,
      (v) => `subject: CN=TAMM,SN=TAMM,serialNumber=PNOLV-${v},C=LV`,
      (v) => `{"serialNumber":"IDCBE-${v}"}`,
      (v) => `eIDAS cert organizationIdentifier missing, serialNumber=TINIT-${v}`,
    ],
  },
  'Chilean RUT under Rut* keys': {
    value: (r) => (r.next() < 0.6 ? rut(r) : rut(r).replace(/\./g, '')),
    contexts: [(v) => `SII rechazo DTE tipo 39: RUT receptor no válido (RutRecep=${v})`, (v) => `<RUTEmisor>${v}</RUTEmisor>`, (v) => `{"rut_emisor":"${v}"}`],
  },
  'Passport MRZ line 2 and the passport number in KYC records': {
    value: (r) => mrzTd3(r).line,
    contexts: [(v) => `{"document":{"type":"passport","mrz_line_2":"${v}"}}`, (v) => `P<NLDDE<BRUIJN<<WILLEKE<<<<<<<<<<<<<<<<<<<<<\n${v}`, (v) => `mrz=${v}`],
  },
  'ID-card MRZ lines (TD1: document number line and birth/expiry line)': {
    value: (r) => (r.next() < 0.5 ? mrzTd1(r).line1 : mrzTd1(r).line2),
    contexts: [(v) => `ocr result:\n${v}\nDOE<<JANE<<<<<<<<<<<<<<<<<<<<`, (v) => `{"mrz":["${v}"]}`],
  },
  'Passport numbers in KYC document JSON': {
    value: (r) => mrzTd3(r).number,
    contexts: [
      (v) => `{"type":"applicantReviewed","info":{"idDocs":[{"idDocType":"PASSPORT","country":"GBR","number":"${v}"}]}}`,
      (v) => `{"document":{"type":"passport","document_number":"${v}"}}`,
      (v) => `onfido: {"document_type":"passport","documentNumber":"${v}"}`,
    ],
  },
  'German driving-licence numbers': {
    value: (r) => deLicence(r),
    contexts: [(v) => `Onfido document report: {"document_type":"driving_licence","issuing_country":"DEU","Führerscheinnummer":"${v}"}`, (v) => `license_number=${v} class=B`, (v) => `Fuehrerschein: ${v}`],
  },
  'CVC in XML, PHP dumps and chat prose beside a card': {
    value: (r) => String(r.int(100, 999)),
    contexts: [
      (v, r) => `<credit-card><number>${visa(r)}</number><cvv>${v}</cvv></credit-card>`,
      (v, r) => `<card><pan>${visa(r)}</pan><cvv2>${v}</cvv2></card>`,
      (v, r) => `array(3) {\n  ["cc_number"]=>\n  string(16) "${visa(r)}"\n  ["cc_cid"]=>\n  string(3) "${v}"\n}`,
      (v, r) => `chat: "my card is ${cardNumber(r)} exp 09/28 and the code on the back is ${v}, thanks"`,
    ],
  },
  'UnionPay cards in escaped nested JSON': {
    value: unionPay,
    contexts: [(v) => `{"req":"{\\"accNo\\":\\"${v}\\",\\"txnAmt\\":\\"58884\\"}"}`, (v) => `{"acc_no":"${v}"}`],
  },
  'Bitcoin WIF private keys': {
    value: (r) => wif(r, r.next() < 0.6),
    contexts: [(v) => `env: NETWORK=mainnet HOT_WALLET_WIF=${v} RPC_URL=http://bitcoind:8332`, (v) => `bitcoin-cli importprivkey ${v} "sweep"`, (v) => `{"wif":"${v}"}`],
  },
};

describe('blind sets 13/14 personal and financial classes', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(`covers ${name}`, () => {
      const r = rng(name.length * 7919);
      const missed: string[] = [];
      for (let i = 0; i < 4; i++) {
        for (const ctx of c.contexts) {
          const v = c.value(r);
          const text = ctx(v, r);
          if (!covered(text, v)) missed.push(text);
        }
      }
      expect(missed).toEqual([]);
    });
  }
  it('a US birth date beside an SSN in the same record, not other dates', () => {
    expect(covered(`"custom_fields":[{"id":360568944430,"value":"805-39-0875"},{"id":360275876067,"value":"05/16/1965"}]`, '05/16/1965')).toBe(true);
    expect(covered(`ssn,dob\n805-39-0875,1971-03-09`, '1971-03-09')).toBe(true);
    expect(leaks(`"custom_fields":[{"id":1,"value":"805-39-0875"},{"id":2,"value":"05/16/2026"}]`).filter((f) => f.detector === 'birth-date-beside-ssn')).toEqual([]);
    expect(leaks(`release 05/16/1965 of the archive, build 2026-11-02`)).toEqual([]);
  });
});

/** Close look-alikes: the same layouts with a failing check, dates that are not birth dates, ids of other kinds. */
const NEGATIVES: ((r: Rng) => string)[] = [
  (r) => `{"uid":"${aadhaar(r, false)}"}`,
  (r) => `batch 2611 ${aadhaar(r, false).replace(/ /g, '-')} done`,
  (r) => `{"document":{"type":"passport","mrz_line_2":"${mrzTd3(r, false).line}"}}`,
  (r) => `driver app build ${deLicence(r, false)} released`,
  (r) => `{"name":"projects/acme-mobile/messages/0:${r.int(1, 2) === 1 ? '1700000000000000' : '2498672049537823'}%${r.str('0123456789abcdef', 16)}"}`,
  (r) => `trace ${r.int(10, 99)}0511-1013470 span ok`,
  (r) => `order 310104${r.int(2030, 2090)}0601709${r.int(0, 9)} shipped`,
  (r) => `{"pid":${r.int(100, 99999)},"uid":${r.int(100, 9999)}}`,
  (r) => `<cvv>${r.int(100, 999)}</cvv>`.replace('<cvv>', '<cvvCount>').replace('</cvv>', '</cvvCount>'),
  (r) => `the code on the back is ${r.int(100, 999)} but no card was given`,
  (r) => `run started 2026年${r.int(1, 12)}月${r.int(1, 28)}日 (予定)`,
  (r) => `version 010-${r.str('0123456789', 3)} build 12`,
  (r) => `東京都の天気: 晴れ 最高気温${r.int(10, 30)}度`,
  () => `ticket PNOEE-XLVA-Q resolved`,
];

describe('blind sets 13/14 personal and financial look-alikes', () => {
  it('flags none of the close negatives', () => {
    const r = rng(1314);
    const flagged: string[] = [];
    for (let i = 0; i < 6; i++) for (const n of NEGATIVES) {
      const text = n(r);
      const found = leaks(text);
      if (found.length > 0) flagged.push(`${text} -> ${found.map((f) => f.detector).join(',')}`);
    }
    expect(flagged).toEqual([]);
  });
});
