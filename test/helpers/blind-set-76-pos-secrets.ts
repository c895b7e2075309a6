import * as id from './blind-set-76-ids';
import { person } from './blind-set-76-people';
import { t, ts, lts, host, amount, type Tpl } from './blind-set-76-types';
import * as v from './blind-set-76-values';

/** Secret-heavy texts: localized config dumps, HTTP dumps and payment requests carrying several credentials and card or account data. */
export const SECRETS: Tpl[] = [
  t('config', 'de-properties-dump', (r, p) => `# Konfigurationsauszug beim Start (${host(r)}), Profil „prod“
zahlung.stripe.geheimschluessel=${p.c('stripe-key', v.stripeSk(r))}
zahlung.klarna.passwort=${p.c('password', v.pw(r))}
mail.smtp.kennwort=${p.c('smtp-password', v.pw(r))}
speicher.s3.zugriffsschluessel=${p.c('aws-access-key', v.awsAk(r))}
speicher.s3.geheimer-schluessel=${p.c('aws-secret', v.awsSecret(r))}
auszahlung.konto.iban=${p.f('iban', v.iban(r, 'DE', false))}`),
  t('config', 'fr-env-dump', (r, p) => `Variables d'environnement au moment du plantage :
MOT_DE_PASSE_BDD=${p.c('db-password', v.pw(r))}
CLE_API_LYDIA=${p.c('api-key', r.hex(32))}
JETON_GITHUB=${p.c('github-token', v.ghToken(r))}
SECRET_JWT=${p.c('jwt-secret', r.b64(48))}
PAYPLUG_SECRET_KEY=${p.c('api-key', `sk_live_${r.b62(24)}`)}`),
  t('config', 'es-yaml-secrets', (r, p) => `credenciales:
  base_de_datos:
    usuario: tienda
    contraseña: "${p.c('db-password', v.pw(r))}"
  mercadopago:
    access_token: ${p.c('mp-access-token', v.mpToken(r))}
    client_secret: ${p.c('client-secret', r.b62(32))}
  correo:
    clave: '${p.c('smtp-password', v.pw(r))}'
  cuenta_liquidacion: { clabe: "${p.f('clabe', v.clabe(r))}" }`),
  t('config', 'pt-json-config', (r, p) => `{"ambiente":"producao","banco":{"usuario":"app","senha":"${p.c('db-password', v.pw(r))}"},"pagseguro":{"token":"${p.c('pagseguro-token', r.chars(v.HEXU, 32))}"},"cielo":{"MerchantId":"${r.uuid()}","MerchantKey":"${p.c('api-key', r.chars(v.HEXU, 40))}"},"repasse":{"conta":"${p.f('bank-account', `${r.digits(6)}-${r.digits(1)}`)}","agencia":"${p.f('bank-branch', r.digits(4))}"},"chave_jwt":"${p.c('jwt-secret', r.b64(32))}"}`),
  t('config', 'it-properties', (r, p) => `# application.properties (estratto allegato al ticket)
db.password=${p.c('db-password', v.pw(r))}
nexi.chiave_segreta=${p.c('api-key', r.b62(32))}
sdi.parola_d_ordine=${p.c('password', v.pw(r))}
pec.password=${p.c('smtp-password', v.pw(r))}
bonifico.iban_beneficiario=${p.f('iban', v.iban(r, 'IT', false))}`),
  t('config', 'ru-appsettings', (r, p) => `"ConnectionStrings": { "Основная": "Server=mssql.local;Database=Shop;User Id=shop;Password=${p.c('db-password', v.pw(r))};" },
"Яндекс": { "OAuthТокен": "${p.c('yandex-oauth', v.yandexOauth(r))}", "КлючAPI": "${p.c('api-key', v.yandexCloudKey(r))}" },
"Тинькофф": { "TerminalKey": "${r.int(1000000000000, 1999999999999)}", "Пароль": "${p.c('password', r.b62(16))}" },
"Выплаты": { "Карта": "${p.f('card', v.card(r, 'mir', false))}" }`),
  t('config', 'ja-env', (r, p) => `# .env（本番）※チャットに貼り付けられたもの
DBパスワード=${p.c('db-password', v.pw(r))}
LINE_CHANNEL_SECRET=${p.c('line-secret', r.hex(32))}
LINE_CHANNEL_ACCESS_TOKEN=${p.c('line-token', v.lineToken(r))}
PAYJP_SECRET_KEY=${p.c('api-key', `sk_live_${r.hex(48)}`)}
振込先口座番号=${p.f('bank-account', r.digits(7))}`),
  t('config', 'zh-nacos', (r, p) => `[Nacos] 配置刷新 dataId=pay-service-prod.yaml
spring.datasource.password: ${p.c('db-password', v.pw(r))}
alipay.app-private-key: ${p.c('private-key', v.rsaKeyBody(r))}
wechat.pay.api-v3-key: ${p.c('wechat-apiv3-key', r.b62(32))}
wechat.mp.secret: ${p.c('wechat-appsecret', r.hex(32))}
settlement.card: ${p.f('card', v.card(r, 'unionpay', false))}`),
  t('config', 'ko-application-yml', (r, p) => `# application-prod.yml (장애 보고서 첨부)
kakao:
  admin-key: ${p.c('kakao-admin-key', r.hex(32))}
  client-secret: ${p.c('client-secret', r.b62(32))}
toss:
  secret-key: ${p.c('api-key', `live_sk_${r.b62(32)}`)}
datasource:
  password: "${p.c('db-password', v.pw(r))}"
정산계좌: ${p.f('bank-account', `${r.digits(3)}-${r.digits(2)}-${r.digits(6)}`)}`),
  t('config', 'tr-env', (r, p) => `IYZICO_API_KEY=${p.c('api-key', r.b62(32))}
IYZICO_SECRET_KEY=${p.c('api-secret', r.b62(32))}
VERITABANI_SIFRE=${p.c('db-password', v.pw(r))}
NETGSM_PAROLA=${p.c('password', v.pw(r))}
HAKEDIS_IBAN=${p.f('iban', v.iban(r, 'TR', false))}`),
  t('config', 'pl-env', (r, p) => `# zmienne środowiskowe kontenera ${host(r)}
P24_CRC=${p.c('p24-crc', r.hex(16))}
P24_KLUCZ_API=${p.c('api-key', r.hex(32))}
HASLO_BAZY=${p.c('db-password', v.pw(r))}
PAYU_CLIENT_SECRET=${p.c('client-secret', r.hex(32))}
RACHUNEK_ROZLICZENIOWY=${p.f('iban', v.iban(r, 'PL'))}`),
  t('config', 'nordic-env', (r, p) => `VIPPS_CLIENT_SECRET=${p.c('client-secret', r.b64(30))}
VIPPS_SUBSCRIPTION_KEY=${p.c('api-key', r.hex(32))}
SWISH_CERT_LÖSENORD=${p.c('password', v.pw(r))}
MOBILEPAY_API_NØGLE=${p.c('api-key', r.b64(32))}
UTBETALNING_KONTO=${p.f('iban', v.iban(r, r.pick(['SE', 'NO', 'DK', 'FI'])))}`),
  t('http', 'http-dump-es', (r, p) => `--> POST https://api.openpay.mx/v1/${r.b62(20)}/charges
Authorization: Basic ${p.c('basic-auth', v.basic(`sk_${r.hex(32)}`, ''))}
X-Api-Clave: ${p.c('api-key', r.b62(40))}
Cookie: sesion=${p.c('session', r.b64url(32))}
{"method":"card","card_number":"${p.f('card', v.card(r, r.pick(['visa', 'mc', 'amex']), false))}","cvv2":"${p.f('cvc', v.cvc(r))}","amount":${amount(r)},"description":"Pedido ${r.int(10000, 99999)}"}
<-- 402 {"error_code":3001,"description":"La tarjeta fue declinada."}`),
  t('http', 'http-dump-de', (r, p) => `> POST /v1/zahlungen HTTP/1.1
> Host: api.zahlungsanbieter.de
> Authorization: Bearer ${p.c('jwt', v.jwt(r, { scope: 'zahlungen:schreiben' }))}
> X-API-Schlüssel: ${p.c('api-key', r.hex(40))}
> Cookie: SITZUNG=${p.c('session', v.sessionHex(r))}
{"karte":{"nummer":"${p.f('card', v.card(r, r.pick(['visa', 'mc'])))}","pruefnummer":"${p.f('cvc', v.cvc(r))}","ablauf":"${v.expiry(r)}"},"betrag":${amount(r)}}
< HTTP/1.1 402 Payment Required`),
  t('http', 'http-dump-ja', (r, p) => `>>> POST https://api.gmo-pg.example/payment/ExecTran.idPass
ShopID=tshop${r.digits(8)}&ShopPass=${p.c('password', r.b62(8))}&AccessID=${r.hex(32)}&AccessPass=${p.c('access-pass', r.hex(32))}&CardNo=${p.f('card', v.card(r, r.pick(['jcb', 'visa']), false))}&SecurityCode=${p.f('cvc', v.cvc(r))}&Expire=${r.int(27, 31)}${String(r.int(1, 12)).padStart(2, '0')}
<<< ErrCode=E01|ErrInfo=E01240002（カード番号が不正です）`),
  t('http', 'http-dump-pt', (r, p) => `POST https://api.pagar.me/core/v5/orders 422
Authorization: Basic ${p.c('basic-auth', v.basic(`sk_${r.b62(32)}`, ''))}
corpo: {"payments":[{"payment_method":"credit_card","credit_card":{"card":{"number":"${p.f('card', v.card(r, r.pick(['elo', 'mc', 'visa', 'hipercard']), false))}","cvv":"${p.f('cvc', v.cvc(r))}","holder_document":"${p.p('cpf', id.cpf(r, false))}"}}}]}
x-webhook-secret: ${p.c('webhook-secret', r.b62(32))}`),
  t('http', 'http-dump-ru', (r, p) => `POST https://securepay.tinkoff.ru/v2/Init → 200 {"Success":false,"ErrorCode":"204","Message":"Неверный токен. Проверьте пару TerminalKey/SecretKey."}
запрос: {"TerminalKey":"${r.int(1000000000000, 1999999999999)}DEMO","Token":"${p.c('signature', r.hex(64))}","Password":"${p.c('password', r.b62(16))}","CardData":"PAN=${p.f('card', v.card(r, 'mir', false))};ExpDate=${r.int(1, 12)}${r.int(27, 31)};CVV=${p.f('cvc', v.cvc(r))}"}`),
  t('http', 'http-dump-hi', (r, p) => `POST https://api.cashfree.com/pg/orders — 401 authentication Failed
x-client-id: ${r.hex(32)}
x-client-secret: ${p.c('client-secret', `cfsk_ma_prod_${r.hex(32)}_${r.hex(8)}`)}
भुगतान खाता: IFSC ${p.f('ifsc', `${r.pick(['HDFC', 'ICIC', 'SBIN', 'UTIB'])}0${r.digits(6)}`)} खाता संख्या ${p.f('bank-account', r.digits(14))}`),
  t('http', 'http-dump-ar', (r, p) => `طلب فاشل إلى بوابة الدفع (HyperPay) — الرمز 800.100.151 «بطاقة غير صالحة»
Authorization: Bearer ${p.c('api-key', `OGE4${r.b64(60).replace(/[+/=]/g, 'x')}`)}
card.number=${p.f('card', v.card(r, r.pick(['visa', 'mc']), false))}&card.cvv=${p.f('cvc', v.cvc(r))}&card.holder=${p.p('name', person(r, 'ar').latin.toUpperCase())}`),
  t('http', 'curl-tr', (r, p) => `$ curl -X POST https://api.paytr.com/odeme/api/get-token -d "merchant_id=${r.int(100000, 999999)}&merchant_key=${p.c('merchant-key', r.b62(16))}&merchant_salt=${p.c('merchant-salt', r.b62(16))}&email=${p.p('email', person(r, 'tr').email)}&payment_amount=${r.int(100, 99999)}"
{"status":"failed","reason":"Hatalı mağaza anahtarı"}`),
  t('http', 'curl-vi', (r, p) => `curl -H "Authorization: Bearer ${p.c('jwt', v.jwt(r))}" -H "x-api-key: ${p.c('api-key', r.b62(40))}" https://payment.vnpay.example/merchant_webapi/api/transaction
# Lỗi: Sai chữ ký (vnp_HashSecret=${p.c('hash-secret', r.chars(v.HEXU.slice(0, 16) + 'GHIJKLMNOPQRSTUVWXYZ', 32))}) — tài khoản nhận ${p.f('bank-account', r.digits(13))}`),
  t('app', 'cards-batch-de', (r, p) => `${lts(r)} FEHLER Abrechnungslauf: ${r.int(2, 9)} Belastungen abgelehnt
  Karte ${p.f('card', v.card(r, 'visa'))} – Prüfziffer ${p.f('cvc', v.cvc(r))} – Grund: „Karte gesperrt“
  Karte ${p.f('card', v.card(r, 'mc'))} – Grund: „Limit überschritten“
  Adyen-API-Schlüssel: ${p.c('api-key', `AQE${r.b62(10)}+${r.b62(20)}/${r.b62(30)}=-${r.b62(40)}`)}`),
  t('app', 'payout-batch-es', (r, p) => `${lts(r)} WARN  Liquidación ${r.int(1000, 9999)}: 3 transferencias con error
  CBU ${p.f('cbu', v.cbu(r))} → "cuenta cerrada"
  CBU ${p.f('cbu', v.cbu(r))} → "CUIT no coincide"
  CLABE ${p.f('clabe', v.clabe(r))} → "beneficiario inexistente"
  token de la API de pagos: ${p.c('api-key', r.b62(48))}`),
  t('app', 'payout-batch-fr', (r, p) => `${lts(r)} ERREUR virements groupés : 2 rejets SEPA
  IBAN ${p.f('iban', v.iban(r, 'FR'))} → MS03 (raison non communiquée)
  IBAN ${p.f('iban', v.iban(r, 'BE'))} → AC01 (identifiant de compte incorrect)
  clé secrète Qonto : ${p.c('api-key', r.hex(32))} jeton de session : ${p.c('session', r.b64url(40))}`),
  t('app', 'jwt-and-refresh-ko', (r, p) => `[인증] 토큰 갱신 실패 — access_token=${p.c('jwt', v.jwt(r))} refresh_token=${p.c('refresh-token', r.b64url(48))} client_secret=${p.c('client-secret', r.b62(32))}`),
  t('app', 'token-rotation-ru', (r, p) => `${lts(r)} ПРЕДУПРЕЖДЕНИЕ ротация ключей: старый ключ=${p.c('api-key', r.hex(40))} новый ключ=${p.c('api-key', r.hex(40))} токен бота=${p.c('telegram-token', v.telegramBot(r))}`),
  t('app', 'webhook-list-zh', (r, p) => `告警通道配置：
  钉钉：https://oapi.dingtalk.com/robot/send?access_token=${p.c('dingtalk-token', r.hex(64))}
  企业微信：https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${p.c('wecom-key', r.uuid())}
  Slack：${p.c('slack-webhook', v.slackHook(r))}
  短信 SecretKey：${p.c('tencent-secret-key', r.b62(32))}`),
  t('app', 'db-urls-mixed', (r, p) => `Verbindungen / connexions / conexiones:
  postgres://facturas:${p.c('db-password', v.urlPw(r))}@pg-${r.int(1, 9)}.int:5432/facturas
  mysql://boutique:${p.c('db-password', v.urlPw(r))}@mysql.int:3306/boutique
  mongodb+srv://loja:${p.c('db-password', v.urlPw(r))}@cluster0.${r.b62(5).toLowerCase()}.mongodb.net/loja
  redis://:${p.c('db-password', v.urlPw(r))}@redis.int:6379/0`),
  t('app', 'oauth-error-it', (r, p) => `{"livello":"errore","messaggio":"scambio del codice OAuth fallito","richiesta":{"grant_type":"authorization_code","client_id":"${r.uuid()}","client_secret":"${p.c('client-secret', r.b64url(32))}","code":"${r.b64url(24)}"},"risposta":{"access_token":"${p.c('token', r.b64url(48))}","refresh_token":"${p.c('refresh-token', r.b64url(48))}"}}`),
  t('app', 'sendgrid-mail-nl', (r, p) => `Fout bij verzenden van e-mail naar klant: 401 Unauthorized (SendGrid)
apiSleutel=${p.c('sendgrid-key', v.sendgrid(r))} afzender=noreply@webwinkel.nl
SMTP-fallback: gebruiker=apikey wachtwoord=${p.c('smtp-password', v.sendgrid(r))}`),
  t('config', 'uk-env', (r, p) => `# змінні середовища (вставлено в чат підтримки)
LIQPAY_PRIVATE_KEY=${p.c('api-key', `i${r.b62(40)}`)}
MONOBANK_ТОКЕН=${p.c('token', `u${r.b64url(32)}`)}
ПАРОЛЬ_БД=${p.c('db-password', v.pw(r))}
РАХУНОК_ВИПЛАТ=${p.f('iban', v.iban(r, 'UA'))}`),
  t('config', 'k8s-secret-de', (r, p) => `kubectl get secret zahlungsdienst -o yaml  # Ausgabe im Incident-Kanal
apiVersion: v1
kind: Secret
data:
  DB_PASSWORT: ${p.c('db-password', Buffer.from(v.pw(r)).toString('base64'))}
  KLARNA_GEHEIMNIS: ${p.c('api-secret', Buffer.from(r.b62(32)).toString('base64'))}
  AUSZAHLUNG_IBAN: ${p.f('iban-base64', Buffer.from(v.iban(r, 'DE', false)).toString('base64'))}
metadata: { name: zahlungsdienst, namespace: prod }`),
  t('http', 'http-dump-th', (r, p) => `POST https://api.omise.co/charges → 401 {"object":"error","code":"authentication_failure","message":"คีย์ไม่ถูกต้อง"}
Authorization: Basic ${p.c('basic-auth', v.basic(`skey_${r.b62(19)}`, ''))}
card[number]=${p.f('card', v.card(r, r.pick(['visa', 'mc', 'jcb']), false))}&card[security_code]=${p.f('cvc', v.cvc(r))}&card[expiration_year]=${r.int(2027, 2031)}
PromptPay บัญชีรับเงิน: ${p.f('bank-account', `${r.digits(3)}-${r.digits(1)}-${r.digits(5)}-${r.digits(1)}`)}`),
  t('config', 'ar-appsettings', (r, p) => `"بوابة_الدفع": { "مفتاح_API": "${p.c('api-key', r.hex(40))}", "كلمة_السر": "${p.c('password', v.pw(r))}", "Tap_Secret": "${p.c('api-key', `sk_live_${r.b62(24)}`)}" },
"حساب_التسوية": { "IBAN": "${p.f('iban', v.iban(r, r.pick(['SA', 'AE'])))}" }`),
  t('http', 'escaped-json-ru', (r, p) => {
    const a = person(r, 'ru');
    const esc = (x: string): string => JSON.stringify(x).slice(1, -1).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `${lts(r)} ERROR requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.partner.example.ru/v2/clients
body={"${esc('ФИО')}": "${p.p('name-escaped', esc(a.name))}", "${esc('пароль')}": "${p.c('password', r.password(16))}", "${esc('ключ_api')}": "${p.c('api-key', r.hex(40))}", "${esc('СНИЛС')}": "${p.p('snils', id.snils(r))}"}`;
  }),
  t('http', 'escaped-json-ja', (r, p) => {
    const a = person(r, 'ja');
    const esc = (x: string): string => x.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `[worker-${r.int(1, 9)}] 送信失敗 payload={"${esc('氏名')}": "${p.p('name-escaped', esc(a.name))}", "${esc('電話番号')}": "${p.p('phone', a.phone)}", "${esc('パスワード')}": "${p.c('password', r.password(14))}", "token": "${p.c('token', r.b64url(40))}"}`;
  }),
  t('http', 'urlencoded-form-ru', (r, p) => {
    const a = person(r, 'ru');
    const pw = r.urlPassword(16);
    return `POST /lk/vhod HTTP/1.1 → 500
Content-Type: application/x-www-form-urlencoded
${encodeURIComponent('логин')}=${p.p('email-urlencoded', encodeURIComponent(a.email))}&${encodeURIComponent('пароль')}=${p.c('password', pw)}&${encodeURIComponent('ФИО')}=${p.p('name-urlencoded', encodeURIComponent(a.name))}&csrf=${p.c('csrf-token', r.b62(32))}`;
  }),
  t('http', 'urlencoded-form-es', (r, p) => {
    const a = person(r, 'es');
    return `WARN  nginx: upstream devolvió 502 para POST /registro cuerpo="nombre=${p.p('name-urlencoded', encodeURIComponent(a.name))}&correo=${p.p('email-urlencoded', encodeURIComponent(a.email))}&${encodeURIComponent('contraseña')}=${p.c('password', r.urlPassword(18))}&dni=${p.p('dni', id.dni(r))}&iban=${p.f('iban', v.iban(r, 'ES', false))}"`;
  }),
];
void ts;
