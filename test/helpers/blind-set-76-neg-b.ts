import * as id from './blind-set-76-ids';
import { n, ts, lts, thread, host, amount, day, type NegTpl } from './blind-set-76-types';
import type { Rng76 } from './blind-set-76-rng';

/** Negatives, part B: company registry and tax numbers, product codes, non-birth dates, localized placeholders, trace ids. */

const siren = (r: Rng76): string => { const d = String(r.int(30, 99)) + r.digits(6); return d + id.luhnDigit(d); };
const orgNr = (r: Rng76): string => { const d = '556' + r.digits(6); return `${d.slice(0, 6)}-${d.slice(6)}${id.luhnDigit(d)}`; };
const ogrn = (r: Rng76): string => { const d = '1' + r.int(2, 9) + r.digits(10); return d + (Number(BigInt(d) % 11n) % 10); };
const uuid = (r: Rng76): string => r.uuid();

export const NEG_B: NegTpl[] = [
  n('app', 'de-rechnung-firma', (r) => `Rechnung RE-${r.int(2026, 2026)}-${r.int(10000, 99999)} erstellt: Müller & Söhne GmbH, Amtsgericht München HRB ${r.int(10000, 299999)}, USt-IdNr. DE${r.digits(9)}, Betrag ${amount(r)} EUR, fällig am ${day(r)}`),
  n('app', 'fr-facture-siren', (r) => { const s = siren(r); return `[${lts(r)}] INFO facture F${r.int(2026, 2026)}-${r.int(1000, 9999)} émise : Boulangerie Martin SAS, SIREN ${s}, SIRET ${s}${r.digits(5)}, TVA intracom. FR${r.digits(2)}${s}, échéance ${day(r)}`; }),
  n('app', 'es-pedido-cif', (r) => `Pedido PED-${r.int(100000, 999999)} confirmado · proveedor Distribuciones Levante S.L. (CIF B${r.digits(8)}) · referencia de producto SKU-${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}-${r.int(1000, 9999)} · entrega prevista ${day(r)}`),
  n('app', 'pt-nif-empresa', (r) => `Fatura FT ${r.int(2026, 2026)}/${r.int(100, 9999)} — Sociedade Exemplo, Lda. NIPC ${id.nifPt(r, '5')} — total ${amount(r)} € — ATCUD ${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}-${r.int(1, 9999)}`),
  n('app', 'br-cnpj-ltda', (r) => `Boleto registrado: beneficiário Comércio de Alimentos Sabor LTDA, CNPJ ${id.cnpj(r)}, nosso número ${r.digits(11)}-${r.int(0, 9)}, vencimento ${day(r)}, valor R$ ${amount(r)}`),
  n('app', 'ar-cuit-empresa', (r) => `Factura electrónica A 0001-${String(r.int(1, 99999999)).padStart(8, '0')} autorizada · CAE ${r.digits(14)} · emisor Servicios Australes S.A. CUIT 30-${r.digits(8)}-${r.int(0, 9)} · vto CAE ${day(r)}`),
  n('app', 'it-piva-prodotto', (r) => `Ordine ORD-${r.int(100000, 999999)} spedito: articolo cod. ${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${r.int(10000, 99999)} × ${r.int(1, 20)}, corriere BRT, tracking ${r.digits(15)}, consegna prevista ${day(r)}`),
  n('app', 'pl-krs-nip', (r) => `Kontrahent zweryfikowany w GUS: Przedsiębiorstwo Handlowe Orzeł Sp. z o.o., KRS ${String(r.int(1, 999999)).padStart(10, '0')}, REGON ${r.digits(9)}, status VAT: czynny (${day(r)})`),
  n('app', 'ru-inn-org', (r) => `${lts(r)} ИНФО Контрагент проверен: ООО «Северный ветер», ИНН ${id.innOrg(r)}, ОГРН ${ogrn(r)}, КПП ${r.digits(9)}; счёт № ${r.int(1000, 9999)} от ${day(r)} на сумму ${amount(r)} ₽`),
  n('app', 'se-orgnr', (r) => `Faktura ${r.int(100000, 999999)} skickad via Peppol till Nordisk Trä AB (org.nr ${orgNr(r)}), förfallodag ${day(r)}, belopp ${amount(r)} SEK`),
  n('app', 'dk-cvr', (r) => `Ordre ${r.int(100000, 999999)} bekræftet — leverandør Jensen & Co ApS, CVR ${r.int(10000000, 99999999)}, levering ${day(r)}, produktkode DK-${r.int(1000, 9999)}-${r.chars('ABCDEFGH', 2)}`),
  n('app', 'tr-vkn', (r) => `e-Arşiv fatura oluşturuldu: ETTN ${uuid(r).toUpperCase()} satıcı Anadolu Tekstil A.Ş. VKN ${r.digits(10)} tutar ${amount(r)} TL tarih ${day(r)}`),
  n('app', 'ja-houjin', (r) => `【請求書】請求番号：INV-${r.int(100000, 999999)}\u3000取引先：株式会社サンプル商事（法人番号：${r.int(1, 9)}${r.digits(12)}）\u3000登録番号：T${r.digits(13)}\u3000支払期日：${day(r)}`),
  n('app', 'zh-order-fullwidth', (r) => `【订单】订单号：${r.int(2026000000, 2026999999)}${r.digits(8)}；商品编码：SKU-${r.int(100000, 999999)}；数量：${r.int(1, 50)}；金额：￥${amount(r)}；发货日期：${day(r)}；密码：（已隐藏）`),
  n('app', 'ko-order', (r) => `[주문] 주문번호 ${r.int(2026000000, 2026999999)}-${r.digits(6)} · 상품코드 P${r.int(100000, 999999)} · 결제금액 ${r.int(1000, 999999)}원 · 배송예정일 ${day(r)} · 비밀번호: ********`),
  n('app', 'placeholders-multi', (r) => `config check (${host(r)}): Passwort=<Passwort> mot_de_passe=<mot de passe> contraseña=<contraseña> senha=*** пароль=<пароль> パスワード=（省略） 密码=${'${DB_PASSWORD}'} 비밀번호=[REDACTED]`),
  n('app', 'env-template-es', (r) => `# .env.ejemplo (plantilla, v${r.int(1, 9)}.${r.int(0, 20)})
CONTRASENA_BD=cambiame
CLAVE_API=\${CLAVE_API}
MP_ACCESS_TOKEN=<tu-access-token>
SECRETO_WEBHOOK=xxxxxxxxxxxxxxxx`),
  n('app', 'trace-ids', (r) => `{"nivel":"info","msg":"solicitud completada","trace_id":"${r.hex(32)}","span_id":"${r.hex(16)}","request_id":"${uuid(r)}","duración_ms":${r.int(1, 3000)},"estado":200,"ruta":"/api/v1/pedidos/${r.int(1000, 99999)}"}`),
  n('app', 'git-deploy-de', (r) => `Bereitstellung erfolgreich: Version ${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)} (Commit ${r.hex(40)}) auf ${host(r)} — Image sha256:${r.hex(64)} — Dauer ${r.int(20, 600)} s`),
  n('app', 'dates-not-birth', (r) => `Vertragsbeginn: ${day(r)} · Kündigungsdatum: ${day(r)} · Lieferdatum: ${day(r)} · Rechnungsdatum ${day(r).split('-').reverse().join('.')} · date d'échéance ${day(r).split('-').reverse().join('/')}`),
  n('app', 'hash-base64-harmless', (r) => `Prüfsumme der Exportdatei (SHA-256): ${r.hex(64)}; Metadaten (base64): ${Buffer.from(JSON.stringify({ datei: `export_${day(r)}.csv`, zeilen: r.int(10, 99999) })).toString('base64')}; ETag: "${r.hex(32)}"`),
  n('app', 'masked-card-iban', (r) => `Zahlung ${r.int(100000, 999999)} autorisiert: Karte **** **** **** ${r.digits(4)} (Visa), IBAN DE** **** **** **** **${r.digits(2)} ${r.digits(2)}, Betrag ${amount(r)} EUR, Autorisierungscode ${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6)}`),
  n('app', 'cron-ru-uk', (r) => `${lts(r)} [${thread(r)}] INFO Завдання «Синхронізація залишків» завершено: оброблено ${r.int(10, 99999)} товарів, помилок 0, наступний запуск ${day(r)} 03:00`),
  n('helpdesk', 'ticket-no-pii', (r) => `Ticket #${r.int(10000, 99999)} geschlossen — Kategorie: Lieferung · Bestellnummer ${r.int(100000000, 999999999)} · Sendungsnummer ${r.digits(20)} · Antwortzeit ${r.int(1, 48)} h · Zufriedenheit ${r.int(1, 5)}/5`),
  n('helpdesk', 'ticket-ar-no-pii', (r) => `تم إغلاق التذكرة رقم ${r.int(10000, 99999)} — رقم الطلب ${r.int(100000, 999999)} — المبلغ ${amount(r)} ر.س — تاريخ الشحن ${day(r)}`),
  n('market', 'ozon-ok', (r) => `${lts(r)} ИНФО [ozon] получено ${r.int(1, 500)} отправлений FBS, posting_number=${r.int(10000000, 99999999)}-${r.int(1000, 9999)}-${r.int(1, 9)}, склад «Хоругвино», Client-Id: ${r.int(100000, 999999)}, Api-Key: <скрыт>`),
  n('market', 'trendyol-order', (r) => `Trendyol sipariş alındı: paket ${r.int(100000000, 999999999)}, barkod ${r.digits(13)}, ürün kodu TY-${r.int(10000, 99999)}, kargo takip ${r.digits(12)}, tahmini teslim ${day(r)}`),
  n('market', 'allegro-offer', (r) => `${lts(r)} INFO [allegro] oferta ${r.int(10000000000, 19999999999)} zaktualizowana: cena ${amount(r)} PLN, stan ${r.int(0, 500)} szt., EAN ${r.digits(13)}, client_id=${r.hex(32)}`),
  n('cloud', 'yc-ok', (r) => `yc compute instance list: ${r.int(1, 40)} ВМ, folder_id=b1g${r.chars('abcdefghijklmnopqrstuv0123456789', 17)}, service_account_id=aje${r.chars('abcdefghijklmnopqrstuv0123456789', 17)}, зона ru-central1-${r.pick(['a', 'b', 'd'])}`),
  n('cloud', 'sap-de-job', (r) => `Job ZSD_FAKTURA_${r.int(10, 99)} (Mandant ${r.int(100, 900)}) beendet: ${r.int(1, 9999)} Belege verbucht, Laufzeit ${r.int(1, 3600)} s, Spool-Nr. ${r.int(10000, 99999)}, Benutzer RFC_SHOP, Kennwort: ********`),
  n('config', 'yaml-placeholders', (r) => `# application-prod.yml (Vorlage ${r.int(1, 9)}.${r.int(0, 20)})
zugangsdaten:
  kennwort: \${SFTP_KENNWORT}
  api_schluessel: "<API-Schlüssel eintragen>"
  mot_de_passe: changeme
  contraseña: "********"`),
  n('http', 'http-dump-masked', (r) => `> POST /v1/zahlungen HTTP/1.1
> Authorization: Bearer ***
> X-Request-ID: ${r.uuid()}
{"karte":{"nummer":"**** **** **** ${r.digits(4)}","pruefnummer":"***"},"betrag":${amount(r)},"bestellnummer":"B-${r.int(100000, 999999)}"}
< HTTP/1.1 201 Created (${r.int(20, 900)} ms)`),
  n('http', 'curl-public', (r) => `$ curl -s https://api.exchangerate.example/v1/latest?base=EUR | jq .rates.TRY → ${r.int(30, 45)}.${r.digits(4)} (${ts(r)}, ETag W/"${r.hex(16)}")`),
];
void ts;
