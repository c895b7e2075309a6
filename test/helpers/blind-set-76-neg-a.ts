import * as id from './blind-set-76-ids';
import { n, ts, lts, thread, host, amount, day, type NegTpl } from './blind-set-76-types';
import * as v from './blind-set-76-values';
import type { Rng76 } from './blind-set-76-rng';

/** Negatives, part A: localized framework errors and provider logs whose only look-alikes are ids, company numbers, placeholders. */

const siren = (r: Rng76): string => { const d = String(r.int(30, 99)) + r.digits(6); return d + id.luhnDigit(d); };
const pIva = (r: Rng76): string => { const d = r.digits(7) + r.pick(['001', '015', '037', '058']); return d + id.luhnDigit(d); };
const cnpjCo = (r: Rng76): string => id.cnpj(r);
const orgNr = (r: Rng76): string => { const d = '556' + r.digits(6); return `${d.slice(0, 6)}-${d.slice(6)}${id.luhnDigit(d)}`; };
const uuid = (r: Rng76): string => r.uuid();
const trace = (r: Rng76): string => r.hex(32);

export const NEG_A: NegTpl[] = [
  n('framework', 'spring-de-no-bean', (r) => `${lts(r)} ERROR [${thread(r)}] o.s.b.d.LoggingFailureAnalysisReporter :
***************************
ANWENDUNG KONNTE NICHT GESTARTET WERDEN
***************************
Beschreibung: Der Parameter 0 des Konstruktors in de.shop.rechnung.RechnungService benötigte eine Bean vom Typ 'de.shop.rechnung.RechnungRepository', die nicht gefunden werden konnte.
Maßnahme: Definieren Sie eine Bean vom Typ 'RechnungRepository' in Ihrer Konfiguration.`),
  n('framework', 'spring-de-masked-password', (r) => `${lts(r)} INFO  [${thread(r)}] c.z.h.HikariDataSource : HikariPool-${r.int(1, 4)} - Start abgeschlossen. url=jdbc:postgresql://db-${r.int(1, 9)}.intern:5432/kunden user=svc_kunden passwort=<Passwort> maxPoolSize=${r.int(5, 40)}`),
  n('framework', 'hibernate-de-order', (r) => `WARN  o.h.engine.jdbc.spi.SqlExceptionHelper - FEHLER: doppelter Schlüsselwert verletzt Unique-Constraint »uk_bestellung_nr«
  Detail: Schlüssel (bestell_nr)=(B-${r.int(2026000000, 2026999999)}) existiert bereits.
binding parameter [1] as [BIGINT] - [${r.int(100000, 9999999)}]
binding parameter [2] as [VARCHAR] - [${r.pick(['OFFEN', 'BEZAHLT', 'VERSENDET'])}]
binding parameter [3] as [TIMESTAMP] - [${ts(r)}]`),
  n('framework', 'laravel-es-validation-empty', (r) => `[${lts(r)}] production.ERROR: Los datos proporcionados no son válidos. {"errors":{"contraseña":["El campo contraseña es obligatorio."],"dni":["El formato del campo dni es inválido."]},"input":{"contraseña":null,"dni":"","pedido":"PED-${r.int(100000, 999999)}"},"_token":"[FILTRADO]"}`),
  n('framework', 'symfony-fr-placeholder', (r) => `request.CRITICAL: Uncaught PHP Exception Doctrine\\DBAL\\Exception\\ConnectionException: "Une exception s'est produite dans le pilote : SQLSTATE[HY000] [2002] Connexion refusée" at /var/www/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line ${r.int(90, 120)}
DATABASE_URL="mysql://app:********@db:3306/boutique?serverVersion=8.0" mot de passe : ***`),
  n('framework', 'django-es-404', (r) => `Not Found: /pedidos/${r.int(100000, 999999)}/factura.pdf
"GET /pedidos/${r.int(100000, 999999)}/factura.pdf HTTP/1.1" 404 ${r.int(1000, 9999)}
El objeto Pedido con id ${r.int(1000, 99999)} no existe (request_id=${uuid(r)})`),
  n('framework', 'rails-ja-filtered', (r) => `I, [${ts(r)} #${r.int(1000, 9999)}]  INFO -- : Parameters: {"user"=>{"氏名"=>"[FILTERED]", "メールアドレス"=>"[FILTERED]", "パスワード"=>"[FILTERED]"}, "authenticity_token"=>"[FILTERED]", "commit"=>"登録する"}
I, [${ts(r)} #${r.int(1000, 9999)}]  INFO -- : Completed 422 Unprocessable Entity in ${r.int(10, 900)}ms (Views: ${r.int(1, 90)}.${r.int(0, 9)}ms | ActiveRecord: ${r.int(1, 40)}.${r.int(0, 9)}ms)`),
  n('framework', 'dotnet-ru-timeout', (r) => `System.TimeoutException: Истекло время ожидания операции. Время ожидания истекло до завершения операции, или сервер не отвечает.
   в Npgsql.NpgsqlConnector.Connect(NpgsqlTimeout timeout)
Строка подключения: Host=pg-${r.int(1, 9)}.local;Database=orders;Username=app;Password=***;Timeout=${r.int(5, 30)}`),
  n('framework', 'jvm-ja-npe', (r) => `${lts(r)} 重大 [${thread(r)}] jp.co.shop.batch.ShukkaJob - 出荷バッチでエラーが発生しました（注文番号：${r.int(100000000, 999999999)}）
java.lang.NullPointerException: 「jp.co.shop.model.Shukka.getHaisoDate()」の戻り値がnullのため…
\tat jp.co.shop.batch.ShukkaJob.execute(ShukkaJob.java:${r.int(40, 400)})
パスワード：（省略）`),
  n('framework', 'jvm-zh-pool', (r) => `${lts(r)} 警告 [${thread(r)}] c.a.d.p.DruidDataSource - 获取连接超时，当前活动连接数：${r.int(20, 100)}，最大连接数：${r.int(100, 200)}
数据源：jdbc:mysql://10.0.${r.int(0, 9)}.${r.int(1, 254)}:3306/order_db?useSSL=true  用户名：order_app  密码：******
订单号：${r.int(2026000000, 2026999999)}${r.digits(6)}`),
  n('framework', 'php-it-fattura', (r) => `PHP Warning:  Undefined array key "codice_destinatario" in /var/www/html/fatture/genera.php on line ${r.int(10, 400)}
Fattura n. ${r.int(1, 999)}/${r.int(2024, 2026)} del ${day(r)} — cedente: Ferramenta Rossi S.r.l., P.IVA ${pIva(r)}, importo ${amount(r)} EUR`),
  n('framework', 'node-tr-timeout', (r) => `AxiosError: timeout of ${r.int(5, 60)}000ms exceeded
  config: { url: 'https://api.iyzipay.com/payment/detail', method: 'post', headers: { 'Authorization': 'IYZWSv2 <gizli>' }, data: '{"locale":"tr","conversationId":"${r.int(100000000, 999999999)}","paymentId":"${r.int(10000000, 99999999)}"}' }`),
  n('framework', 'go-pl-placeholder', (r) => `level=error ts=${ts(r)} msg="błąd wysyłki do KSeF" faktura=FV/${r.int(1, 999)}/${r.int(1, 12)}/2026 nip_sprzedawcy=${r.int(100, 999)}-${r.int(100, 999)}-${r.int(10, 99)}-${r.int(10, 99)} token=\${KSEF_TOKEN} hasło=<hasło>`),
  n('framework', 'nl-actuator-health', (r) => `{"status":"DOWN","components":{"db":{"status":"DOWN","details":{"fout":"Verbinding geweigerd","database":"PostgreSQL","validationQuery":"isValid()"}},"diskSpace":{"status":"UP","details":{"total":${r.int(100, 900)}000000000,"free":${r.int(10, 90)}000000000}},"kvk":"${r.int(10000000, 99999999)}"}}`),
  n('provider', 'mercadopago-ok', (r) => `POST /webhooks/mercadopago?data.id=${r.int(10000000000, 99999999999)}&type=payment 200 (${r.int(5, 300)}ms) x-request-id=${uuid(r)} action=payment.created live_mode=true user_id=${r.int(100000000, 999999999)}`),
  n('provider', 'mercadopago-public-key', (r) => `checkout.js inicializado: new MercadoPago("${v.mpPublicNeg(r)}", { locale: "es-AR" }) — preference_id=${r.int(100000000, 999999999)}-${uuid(r)}`),
  n('provider', 'pagseguro-status', (r) => `[PagSeguro] ${lts(r)} INFO notificação processada: código=${r.chars(v.HEXU, 8)}-${r.chars(v.HEXU, 4)}-${r.chars(v.HEXU, 4)}-${r.chars(v.HEXU, 4)}-${r.chars(v.HEXU, 12)} status=3 (Paga) valor=R$ ${amount(r)} vendedor CNPJ ${cnpjCo(r)} (Loja Exemplo Comércio LTDA)`),
  n('einvoice', 'nfe-autorizada', (r) => `${lts(r)} [NFeAutorizacao4] cStat=100 Autorizado o uso da NF-e chave=35${r.digits(4)}${id.cnpj(r, false)}55001${r.digits(9)}1${r.digits(8)}${r.digits(1)} protocolo=${r.digits(15)} emitente=Distribuidora Alfa S.A.`),
  n('einvoice', 'sat-cfdi-empresa', (r) => `PAC: CFDI timbrado correctamente UUID=${uuid(r).toUpperCase()} Emisor Rfc="${id.rfcCompany(r)}" Nombre="COMERCIALIZADORA DEL NORTE SA DE CV" Receptor Rfc="XAXX010101000" (público en general) Total="${amount(r)}"`),
  n('provider', 'line-webhook-ok', (r) => `${lts(r)} INFO LINE webhook 受信：destination=U${r.hex(32)} events=${r.int(1, 5)} 署名検証：OK（x-line-signature は省略）`),
  n('provider', 'wechat-notify-ok', (r) => `[wxpay] 支付结果通知：out_trade_no=${r.int(2026000000, 2026999999)}${r.digits(8)} transaction_id=42000${r.digits(23)} trade_state=SUCCESS 金额：${r.int(1, 99999)}分 商户号：${r.int(1600000000, 1699999999)}`),
  n('provider', 'alipay-public-key', (r) => `支付宝公钥（alipay_public_key）已更新，指纹：${r.hex(40)}；商户：杭州某某科技有限公司；统一社会信用代码：91330${r.digits(3)}MA${r.chars('0123456789ABCDEFGHJKLMNPQRTUWXY', 7)}${r.chars('0123456789ABCDEFGHJKLMNPQRTUWXY', 1)}`),
  n('provider', 'kakao-ok', (r) => `카카오페이 결제 승인 완료: tid=T${r.hex(19)} partner_order_id=ORD-${r.int(100000, 999999)} 금액=${r.int(1000, 999999)}원 사업자등록번호=${r.int(100, 999)}-${r.int(10, 99)}-${r.int(10000, 99999)} (주식회사 한빛상사)`),
  n('provider', 'razorpay-order', (r) => `Razorpay order created: order_${r.b62(14)} amount=${r.int(100, 999999)} currency=INR receipt=rcpt_${r.int(1000, 9999)} merchant GSTIN ${r.int(10, 36)}AAC${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2)}${r.digits(4)}${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}1Z${r.int(1, 9)}`),
];
void host;
void trace;
void siren;
void orgNr;
