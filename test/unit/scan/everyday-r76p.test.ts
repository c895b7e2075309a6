import { describe, expect, it } from 'vitest';
import { DIG, everydayProbe, family, given, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';
import { R76P_IDS } from './generators-r76p';
import { rng } from './sample-rng';

/**
 * Round r76p (blind set 76: localized logs of global integrations, personal and financial data): names under labels in
 * ~25 languages, after role words, before a localized `wrote`, in cardholder objects, in escaped JSON and percent-encoded
 * forms; CBUs, account numbers under native labels, BLZ beside Kontonummer, agência beside conta; national ids under native
 * labels and beside their type; phones and birth dates under native labels — in contexts other than the set's; beside them
 * the look-alikes that stay clean (companies, order and invoice numbers, dates that are no birth dates, failed check digits).
 */
const { found, clean } = everydayProbe();
const r = rng(7601);
const pad = (n: number): string => String(n).padStart(2, '0');

describe('round r76p: names under localized labels', () => {
  it('finds a whole name under a label in the log language, not a company or a one-word value', () => {
    const a = person();
    expect(found(`INFO export: {"klant":"${a}","status":"actief"}`, a)).toBe(true);
    const b = person();
    expect(found(`Zahlungseingang zugeordnet; karteninhaber=${b}; betrag=12.00`, b)).toBe(true);
    expect(found('Звіт: {"піб":"Олена Шевчук","місто":"Львів"}', 'Олена Шевчук')).toBe(true);
    expect(found('고객명: 이민준 / 등급 VIP', '이민준')).toBe(true);
    expect(found('ลูกค้า ชื่อ: สมชาย ใจดี รหัส: 5521', 'สมชาย ใจดี')).toBe(true);
    expect(clean('{"klant":"Distribuidora Alfa S.A.","status":"actief"}')).toEqual([]);
    expect(clean('{"naam":"Backoffice","type":"team"}')).toEqual([]);
    expect(clean('Kunde=Nordwind Handel GmbH; Kundennr=4411')).toEqual([]);
  });

  it('finds one part of a name under a part label, and nom beside prénom', () => {
    const g = given();
    const f = family();
    expect(found(`validation: {"voornaam":"${g}","achternaam":"${f}","plaats":"Utrecht"}`, f)).toBe(true);
    expect(found(`form error {"prénom":"${g}","nom":"${f}"}`, f)).toBe(true);
    expect(clean('{"nom":"Produit","prix":12}')).toEqual([]);
  });

  it('finds a name after a role word in prose and before a localized wrote, not a title-case phrase of no person', () => {
    const a = person();
    expect(found(`reembolso aprobado para el cliente ${a} el lunes`, a)).toBe(true);
    const b = person();
    expect(found(`> ${b} ha scritto:\n> grazie`, b)).toBe(true);
    expect(clean('el cliente Premium Gold mantiene su plan')).toEqual([]);
  });

  it('finds a cardholder in a card object and names in escaped JSON and forms', () => {
    const a = person().toUpperCase();
    expect(found(`tokenize: {"cardholder":{"name":"${a}","doc":"x"}}`, a)).toBe(true);
    const esc = '\\u0418\\u0432\\u0430\\u043d \\u041f\\u0435\\u0442\\u0440\\u043e\\u0432';
    expect(found(`body={"\\u0424\\u0418\\u041e": "${esc}", "id": 4}`, esc)).toBe(true);
    const pct = '%D0%98%D0%B2%D0%B0%D0%BD%20%D0%9F%D0%B5%D1%82%D1%80%D0%BE%D0%B2';
    expect(found(`POST /form body: id=4&%D0%A4%D0%98%D0%9E=${pct}&ok=1`, pct)).toBe(true);
    expect(clean('body={"\\u0441\\u0442\\u0430\\u0442\\u0443\\u0441": "\\u041e\\u043a"}')).toEqual([]);
  });
});

describe('round r76p: bank details under local names', () => {
  it('finds a CBU with its check digits, not 22 digits that fail them', () => {
    const c = R76P_IDS.cbu(r);
    expect(found(`debito automatico: CBU: ${c} estado=ok`, c)).toBe(true);
    const bad = `${c.slice(0, 21)}${(Number(c[21]) + 1) % 10}`;
    expect(clean(`debito automatico: CBU: ${bad} estado=ok`)).toEqual([]);
  });

  it('finds an account number under a native label, not an order number', () => {
    const a = `${randomInt(900) + 100}-${pad(randomInt(90) + 10)}-${str(DIG, 6)}`;
    expect(found(`환불 처리 실패, 계좌: ${a}`, a)).toBe(true);
    const b = str(DIG, 12);
    expect(found(`Не удалось зачислить: номер счёта ${b}`, b)).toBe(true);
    expect(clean(`주문번호 ${str(DIG, 10)} 처리 완료`)).toEqual([]);
  });

  it('finds a BLZ beside a Kontonummer and an agência beside a conta, not alone', () => {
    const blz = `${randomInt(8) + 1}${str(DIG, 7)}`;
    expect(found(`Rücklastschrift: Kontonummer ${str(DIG, 10)} BLZ ${blz}`, blz)).toBe(true);
    expect(clean(`Filialverzeichnis: BLZ ${blz} Sparkasse`)).toEqual([]);
    const ag = `${randomInt(9000) + 1000}`;
    expect(found(`PIX devolvido: conta=${str(DIG, 5)}-${randomInt(10)} agência=${ag}`, ag)).toBe(true);
  });
});

describe('round r76p: national ids, phones and birth dates under native labels', () => {
  it('finds ids by their check digits under their labels, not ids that fail them', () => {
    const u = R76P_IDS.rnokpp(r);
    expect(found(`Відмова: РНОКПП=${u}`, u)).toBe(true);
    const g = R76P_IDS.amka(r);
    expect(found(`Ασφαλισμένος ΑΜΚΑ: ${g}`, g)).toBe(true);
    const i = R76P_IDS.ilId(r);
    expect(found(`לקוח חדש, ת"ז ${i}`, i)).toBe(true);
    const t = R76P_IDS.thai(r);
    expect(found(`ลงทะเบียนไม่สำเร็จ เลขประจำตัวประชาชน ${t}`, t)).toBe(true);
    const bad = `${u.slice(0, 9)}${(Number(u[9]) + 1) % 10}`;
    expect(clean(`Відмова: РНОКПП=${bad}`)).toEqual([]);
  });

  it('finds a document number beside its type, an NSS and a DNI, not a company number', () => {
    const d = `${randomInt(25) + 20}${str(DIG, 6)}`;
    expect(found(`kyc: {"document":{"type":"DNI","number":"${d}"}}`, d)).toBe(true);
    expect(found(`Reclamo: DNI ${d}, solicita reintegro`, d)).toBe(true);
    expect(clean('kyc: {"type":"CUIT","number":"30712345678"}')).toEqual([]);
  });

  it('finds a phone and a birth date under native labels, not an order date or an order number', () => {
    const p = `0${randomInt(9) + 1}-${randomInt(9000) + 1000}-${randomInt(9000) + 1000}`;
    expect(found(`配送エラー\u3000電話番号：${p}`, p)).toBe(true);
    const dob = `${pad(randomInt(28) + 1)}.${pad(randomInt(12) + 1)}.19${randomInt(50) + 50}`;
    expect(found(`Анкета отклонена, дата рождения: ${dob}`, dob)).toBe(true);
    const k = `19${randomInt(50) + 50}년 ${randomInt(12) + 1}월 ${randomInt(28) + 1}일`;
    expect(found(`본인확인 실패 생년월일: ${k}`, k)).toBe(true);
    expect(clean('Заказ оформлен, дата доставки: 12.03.2026')).toEqual([]);
    expect(clean(`注文番号：${str(DIG, 10)}`)).toEqual([]);
  });
});
