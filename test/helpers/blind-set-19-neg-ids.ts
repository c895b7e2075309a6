import { luhnOk, withLuhn } from './blind-set-9-checks';
import { b64s, jsonU, urlEnc } from './blind-set-19-enc';
import { iso19, neg, sha1hex, sha256hex, type NegCase19, type Rng19 } from './blind-set-19-types';

/** Identifiers that are not secrets: request/trace ids, hashes, order and invoice numbers, public company numbers. */
const ID = 'neg-ids';
const num = (s: string): number[] => [...s].map(Number);
const wsum = (d: number[], w: number[]): number => w.reduce((a, x, i) => a + x * d[i]!, 0);

/** Japan corporate number (法人番号): leading check digit over 12 digits; the T-number is `T` + it. */
const jpCorp = (r: Rng19): string => {
  const body = String(r.int(1, 9)) + r.digits(11);
  const d = num(body).reverse();
  const s = d.reduce((a, x, i) => a + x * (i % 2 === 0 ? 1 : 2), 0);
  return String(9 - (s % 9)) + body;
};
const USCC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** China unified social credit code (18 chars, mod-31 check). */
const cnUscc = (r: Rng19): string => {
  const s = '91' + r.pick(['110105', '310115', '440300']) + r.chars('0123456789ABCDEFGHJKLMNPQRTUWXY', 9);
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const c = (31 - ([...s].reduce((a, ch, i) => a + USCC.indexOf(ch) * w[i]!, 0) % 31)) % 31;
  return s + USCC[c];
};
/** Polish NIP (company tax number, mod 11). */
const plNip = (r: Rng19): string => {
  for (;;) {
    const s = r.digits(9);
    const c = wsum(num(s), [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
    if (c < 10) return `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6, 8)}-${s[8]}${c}`;
  }
};
/** Russian company INN (10 digits). */
const ruInn10 = (r: Rng19): string => {
  const s = '77' + r.digits(7);
  return s + ((wsum(num(s), [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10);
};
/** Korean business registration number (사업자등록번호 NNN-NN-NNNNN). */
const krBrn = (r: Rng19): string => {
  const s = r.digits(9);
  const d = num(s);
  const t = wsum(d, [1, 3, 7, 1, 3, 7, 1, 3, 5]) + Math.floor((d[8]! * 5) / 10);
  const c = (10 - (t % 10)) % 10;
  return `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}${c}`;
};

export const negIds: NegCase19[] = [
  (r) => neg(`${ID}/jp-t-number`, `適格請求書発行事業者登録番号：T${jpCorp(r)}\u3000請求書番号：INV-2026-${r.int(10000, 99999)}\u3000消費税10%対象`),
  (r) => neg(`${ID}/jp-corp-number`, `法人番号 ${jpCorp(r)}（国税庁法人番号公表サイトで確認）`),
  (r) => neg(`${ID}/cn-uscc`, `开票失败：购方统一社会信用代码 ${cnUscc(r)} 与名称不符，发票号码 ${r.digits(20)}`),
  (r) => neg(`${ID}/de-hrb`, `Impressum: Müller Logistik GmbH, Amtsgericht München HRB ${r.int(100000, 299999)}, USt-IdNr. DE${r.digits(9)}`),
  (r) => neg(`${ID}/fr-siren`, `Société Atelier Lumière SAS — SIREN ${withLuhn(r.digits(8))} — RCS Lyon`),
  (r) => neg(`${ID}/fr-siret`, `Erreur Chorus Pro : SIRET ${withLuhn(r.digits(13))} non habilité à recevoir des factures`),
  (r) => neg(`${ID}/pl-nip`, `Faktura VAT nr FV/${r.int(1, 999)}/11/2026, NIP sprzedawcy: ${plNip(r)}`),
  (r) => neg(`${ID}/ru-inn-company`, `Счёт № ${r.int(100, 9999)} от ${r.int(1, 28)}.11.2026, Поставщик: ООО «Ромашка», ИНН ${ruInn10(r)}, КПП 7701${r.digits(5)}`),
  (r) => neg(`${ID}/kr-brn`, `세금계산서 발행 실패: 공급자 사업자등록번호 ${krBrn(r)} (휴업 상태)`),
  (r) => neg(`${ID}/it-piva`, `Fattura elettronica scartata (codice 00305): P.IVA cessionario IT${r.digits(11)} non valida`),
  (r) => neg(`${ID}/es-cif`, `Factura F-2026-${r.int(1000, 9999)} emitida por Grupo Iberia S.L. (CIF B${r.digits(8)})`),
  (r) => neg(`${ID}/uuid-jp`, `リクエストID：${r.uuid()}\u3000処理時間：${r.int(10, 999)}ms`),
  (r) => neg(`${ID}/trace-de`, `traceparent: 00-${r.hex(32)}-${r.hex(16)}-01 (Anfrage abgebrochen)`),
  (r) => neg(`${ID}/sha256-zh`, `文件校验失败：期望 SHA-256 ${sha256hex(String(r.next()))}，实际 ${sha256hex(String(r.next()))}`),
  (r) => neg(`${ID}/git-sha-fr`, `Déploiement annulé au commit ${sha1hex(String(r.next()))} (branche main)`),
  (r) => neg(`${ID}/docker-digest`, `イメージ取得失敗: registry.example.jp/app@sha256:${sha256hex(String(r.next()))}`),
  (r) => neg(`${ID}/b64-json-nonsecret`, `Nachricht (base64): ${b64s(JSON.stringify({ typ: 'bestellung', status: 'versandt', artikel: r.int(1, 9), land: 'DE' }))}`),
  (r) => neg(`${ID}/b64-pubsub`, `{"message":{"data":"${b64s(JSON.stringify({ event: '注文確定', orderId: `JP-${r.int(100000, 999999)}` }))}","messageId":"${r.digits(16)}"}}`),
  (r) => neg(`${ID}/order-es`, `Pedido nº ${r.int(100000, 999999)}-${r.int(10, 99)} enviado el ${r.int(1, 28)}/11/2026 (seguimiento ES${r.digits(10)}ZZ)`),
  (r) => neg(`${ID}/invoice-pt`, `Fatura FT ${r.pick(['A', 'B'])}${r.int(1, 9)}/${r.int(1000, 9999)} ATCUD: JF${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6)}-${r.int(100, 9999)}`),
  (r) => neg(`${ID}/tracking-cn`, `顺丰快递单号 SF${r.digits(13)} 已签收`),
  () => neg(`${ID}/postcodes`, `PLZ 80331 München · CP 28013 Madrid · 〒150-0002 · 우편번호 06236 · 34710 Kadıköy · 00-950 Warszawa`),
  (r) => neg(`${ID}/dates-ru`, `Период: с ${r.int(1, 28)}.10.2026 по ${r.int(1, 28)}.11.2026; сформировано ${iso19(r)}`),
  (r) => neg(`${ID}/versions`, `Versión ${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)} (compilación ${r.int(1000, 9999)}), Node 22.11.0, OpenSSL 3.0.15`),
  (r) => neg(`${ID}/stripe-ids`, `Zahlung ${'pi_3' + r.b62(23)} / Kunde cus_${r.b62(14)} / Ereignis evt_${r.b62(24)}`),
  (r) => neg(`${ID}/etag`, `ETag: W/"${r.hex(32)}"  Content-MD5: ${r.b64(16)}`),
  (r) => neg(`${ID}/k8s-uid`, `Pod neu gestartet: uid=${r.uuid()} restartCount=${r.int(1, 9)} node=ip-10-0-${r.int(0, 255)}-${r.int(0, 255)}`),
  (r) => neg(`${ID}/idempotency`, `Idempotency-Key: ${r.uuid()} — 중복 요청 무시됨`),
  (r) => neg(`${ID}/json-u-ids`, `{"pedido":${jsonU(`nº ${r.int(1000, 9999)}`)},"estado":${jsonU('envío pendiente')},"ref":"${r.hex(24)}"}`),
  (r) => neg(`${ID}/urlenc-query`, `GET /suche?q=${urlEnc('Straße & Hausnummer')}&seite=${r.int(1, 9)}&sort=preis%2Basc&filter=${urlEnc('größe=42')} 200`),
  (r) => neg(`${ID}/urlenc-utm`, `https://shop.example.pl/promocja?utm_source=newsletter&utm_campaign=${urlEnc('wyprzedaż zimowa')}&utm_content=${r.int(1, 99)}`),
  (r) => neg(`${ID}/sku`, `在庫切れ：商品コード SKU-${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}-${r.digits(6)}、JAN ${'49' + r.digits(11)}`),
  (r) => {
    let d = r.digits(16);
    while (luhnOk(d)) d = r.digits(16);
    return neg(`${ID}/batch-ref-16`, `Referencia de lote: ${d.match(/.{4}/g)!.join('-')} (lote contable, no Luhn)`);
  },
  (r) => neg(`${ID}/ip-port`, `Verbindung zu 10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:5432 abgelehnt (Zeitüberschreitung nach ${r.int(5, 30)} s)`),
  (r) => neg(`${ID}/mac-serial`, `デバイス登録失敗 MAC=${r.hex(2)}:${r.hex(2)}:${r.hex(2)}:${r.hex(2)}:${r.hex(2)}:${r.hex(2)} シリアル=SN${r.digits(10)}`),
  (r) => neg(`${ID}/sentry-event`, `Sentry イベント ${r.hex(32)} を送信しました（release=web@${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}）`),
  (r) => neg(`${ID}/kafka-offsets`, `consumer group zamowienia: partition=${r.int(0, 11)} offset=${r.int(100000, 9999999)} lag=${r.int(0, 500)}`),
  (r) => neg(`${ID}/coords`, `Konum: 41.${r.digits(6)}, 28.${r.digits(6)} (İstanbul) — doğruluk ${r.int(5, 50)} m`),
  (r) =>
    neg(
      `${ID}/nf-e-key`,
      `NF-e autorizada: chave de acesso ${r
        .digits(44)
        .replace(/(\d{4})/g, '$1 ')
        .trim()}`,
    ),
  (r) => neg(`${ID}/vat-ae`, `فاتورة ضريبية رقم INV-${r.int(10000, 99999)} — الرقم الضريبي للمورد (TRN): 100${r.digits(12)}`),
  (r) =>
    neg(
      `${ID}/gst-in`,
      `GST invoice generated: GSTIN 27${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 5)}${r.digits(4)}${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}1Z${r.digits(1)}, चालान संख्या ${r.int(1000, 9999)}`,
    ),
  (r) => neg(`${ID}/ticket-nl`, `Storingsmelding INC${r.digits(7)} gesloten door servicedesk op ${iso19(r)}`),
];
