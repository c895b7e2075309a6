import { person } from './blind-set-76-people';
import { t, lts, ts, host, type Tpl } from './blind-set-76-types';
import * as v from './blind-set-76-values';

/** Regional marketplaces, CRMs and clouds: Ozon, Wildberries, Bitrix24, amoCRM, Trendyol, Allegro, Coupang, Mercado Libre, Shopee, Flipkart, Naver/Huawei/Yandex Cloud. */
export const MARKET: Tpl[] = [
  t('market', 'ozon-seller-ru', (r, p) => `${lts(r)} ОШИБКА [ozon] POST https://api-seller.ozon.ru/v3/posting/fbs/list → 403 {"code":7,"message":"Api-Key is invalid"}
Client-Id: ${r.int(100000, 999999)}
Api-Key: ${p.c('api-key', r.uuid())}
резервный ключ Wildberries: ${p.c('jwt', v.jwt(r, { s: 1073741822 }))}`),
  t('market', 'bitrix24-webhook-ru', (r, p) => `Битрикс24: входящий вебхук вернул 401 «Неверный код авторизации»
URL: https://${r.pick(['torgdom', 'stroymarket', 'avtozapchasti'])}.bitrix24.ru/rest/${r.int(1, 99)}/${p.c('bitrix-webhook-code', r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16))}/crm.deal.add.json
client_secret приложения: ${p.c('client-secret', r.b62(50))}`),
  t('market', 'amocrm-ru', (r, p) => {
    const a = person(r, 'ru');
    return `[amoCRM] ${ts(r)} refresh_token просрочен, интеграция «Сайт → Сделки» остановлена
{"client_secret":"${p.c('client-secret', r.b62(64))}","refresh_token":"${p.c('refresh-token', v.jwt(r))}","контакт":{"имя":"${p.p('name', a.name)}","телефон":"${p.p('phone', a.phone)}"}}`;
  }),
  t('market', 'trendyol-tr', (r, p) => `Trendyol entegrasyonu: 401 "Yetkisiz erişim" — supplierId=${r.int(100000, 999999)}
Authorization: Basic ${p.c('basic-auth', v.basic(r.b62(20), r.b62(20)))}
Hepsiburada mağaza şifresi: ${p.c('password', v.pw(r))}  n11 appSecret: ${p.c('api-secret', r.b62(16))}`),
  t('market', 'allegro-pl', (r, p) => `${lts(r)} BŁĄD [allegro] odświeżenie tokenu nieudane: invalid_grant
client_id=${r.hex(32)} client_secret=${p.c('client-secret', r.b62(64))}
refresh_token=${p.c('refresh-token', v.jwt(r, { user_name: String(r.int(10000000, 99999999)) }))}`),
  t('market', 'coupang-ko', (r, p) => `[쿠팡 Wing] 상품 등록 실패: 401 (HMAC signature mismatch)
accessKey=${r.uuid()} secretKey=${p.c('api-secret', r.hex(40))}
네이버 커머스 client_secret: ${p.c('client-secret', `$2a$04$${r.chars(v.B64URL_.replace('-', '.').replace('_', '/'), 22)}`)}`),
  t('market', 'mercadolibre-es', (r, p) => {
    const a = person(r, 'es');
    return `MercadoLibre API 401 "invalid access token" — se reintentará con refresh_token
access_token=${p.c('ml-access-token', `APP_USR-${r.digits(16)}-${r.digits(6)}-${r.hex(32)}-${r.int(100000000, 999999999)}`)}
refresh_token=${p.c('refresh-token', `TG-${r.hex(24)}-${r.int(100000000, 999999999)}`)}
comprador: ${p.p('name', a.name)} (${p.p('email', a.email)})`;
  }),
  t('market', 'shopee-vi-th', (r, p) => `Shopee Open Platform: error_auth "Invalid partner key" partner_id=${r.int(1000000, 2999999)} shop_id=${r.int(10000000, 99999999)}
partner_key=${p.c('api-key', `shpk${r.b62(60)}`)} access_token=${p.c('token', r.hex(32))}
Lazada app_secret=${p.c('api-secret', r.b62(32))}`),
  t('market', 'flipkart-hi', (r, p) => `फ्लिपकार्ट सेलर API त्रुटि: 401 Unauthorized
Authorization: Basic ${p.c('basic-auth', v.basic(r.hex(32), r.hex(32)))}
Bearer टोकन (पुराना): ${p.c('token', r.uuid())}
Shiprocket पासवर्ड: ${p.c('password', v.pw(r))}`),
  t('cloud', 'naver-cloud-ko', (r, p) => `ncloud CLI 오류: 인증 실패 (x-ncp-apigw-signature-v2 불일치)
ncloud_access_key_id = ${p.c('ncloud-access-key', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20))}
ncloud_secret_access_key = ${p.c('ncloud-secret', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 40))}
ncloud_api_url = https://ncloud.apigw.ntruss.com`),
  t('cloud', 'huawei-cloud-zh', (r, p) => `华为云 OBS 上传失败：403 SignatureDoesNotMatch（host=${host(r)}）
AK=${p.c('huawei-ak', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20))}
SK=${p.c('huawei-sk', r.b62(40))}
百度智能云 API Key：${p.c('api-key', r.b62(24))} Secret Key：${p.c('api-secret', r.b62(32))}`),
  t('cloud', 'yandex-cloud-sa-key', (r, p) => `yc: ошибка аутентификации сервисного аккаунта (файл authorized_key.json)
{"id":"aje${r.chars('abcdefghijklmnopqrstuv0123456789', 17)}","service_account_id":"aje${r.chars('abcdefghijklmnopqrstuv0123456789', 17)}","private_key":"${p.c('private-key', `-----BEGIN PRIVATE KEY-----\\n${v.rsaKeyBody(r)}\\n-----END PRIVATE KEY-----\\n`)}"}
статический ключ: ${p.c('yc-static-key', `YCAJE${r.chars(v.B64URL_, 20)}`)} секрет: ${p.c('yc-static-secret', `YCP${r.chars(v.B64URL_, 37)}`)}`),
  t('cloud', 'sap-de-rfc', (r, p) => `RFC_ERROR_LOGON_FAILURE: Benutzer oder Kennwort falsch (Anmeldung an System PRD, Mandant ${r.int(100, 900)})
jco.client.user=RFC_SHOP
jco.client.passwd=${p.c('password', v.pw(r))}
jco.client.ashost=sap-prd.${r.pick(['firma', 'konzern'])}.local
SAP-BTP clientsecret=${p.c('client-secret', `${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}$${r.b62(43)}`)}`),
  t('cloud', 'odoo-fr', (r, p) => `xmlrpc.client.Fault: <Fault 3: 'Accès refusé'> — odoo.authenticate("prod", "compta@cabinet.fr", ..., {})
mot de passe (clé API Odoo) : ${p.c('api-key', r.hex(40))}
mdp base : ${p.c('db-password', v.pw(r))}`),
];
