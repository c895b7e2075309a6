import * as id from './blind-set-76-ids';
import { person } from './blind-set-76-people';
import { t, ts, lts, amount, dob, ip, type Tpl } from './blind-set-76-types';
import * as v from './blind-set-76-values';

/** Asian providers and CJK-localized logs: LINE, Kakao, Naver, WeChat Pay, Alipay, DingTalk, Feishu, Rakuten, PayPay, Paytm, Razorpay, Yandex, VK. */
export const ASIA: Tpl[] = [
  t('provider', 'line-messaging-ja', (r, p) => {
    const a = person(r, 'ja');
    return `${lts(r)} ERROR LINE Messaging API 呼び出し失敗：401 Authentication failed
チャネルアクセストークン：${p.c('line-token', v.lineToken(r))}
チャネルシークレット：${p.c('line-secret', r.hex(32))}
送信先：${p.p('name', a.name)}様（userId=U${r.hex(32)}）`;
  }),
  t('provider', 'line-pay-ja', (r, p) => {
    const a = person(r, 'ja');
    return `LINE Pay confirm エラー returnCode=1150「取引履歴が存在しません」
X-LINE-ChannelId: ${r.int(1000000000, 1999999999)}
X-LINE-ChannelSecret: ${p.c('line-secret', r.hex(32))}
購入者＝「${p.p('name', a.name)}」 電話番号＝「${p.p('phone', a.phone)}」 メール＝「${p.p('email', a.email)}」`;
  }),
  t('provider', 'rakuten-rms-ja', (r, p) => {
    const shop = r.int(300000, 399999);
    const a = person(r, 'ja');
    return `[楽天RMS] 受注APIエラー: ES04-01 認証に失敗しました
Authorization: ESA ${p.c('rakuten-esa', Buffer.from(`SP${shop}_${r.b62(16)}:SL${shop}_${r.b62(16)}`).toString('base64'))}
注文者: ${p.p('name', a.name)} / 〒${p.p('postcode', `${r.int(100, 999)}-${r.digits(4)}`)} ${p.p('address', `東京都${r.pick(['世田谷区', '杉並区', '練馬区'])}${r.pick(['北沢', '高円寺南', '豊玉北'])}${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)}`)} / TEL ${p.p('phone', a.phone)}\nライセンスキー：${p.c('api-key', `SL${r.digits(6)}_${r.b62(16)}`)}`;
  }),
  t('provider', 'paypay-ja', (r, p) => `{"resultInfo":{"code":"UNAUTHORIZED","message":"認証に失敗しました","codeId":"08100016"},"debug":{"apiKey":"${p.c('api-key', `a_${r.b62(10)}_${r.b62(4)}`)}","apiSecret":"${p.c('api-secret', r.b64(32))}","merchantId":"${r.digits(18)}","ユーザー電話番号":"${p.p('phone', `080-${r.digits(4)}-${r.digits(4)}`)}"}}`),
  t('app', 'mynumber-ja-hr', (r, p) => {
    const a = person(r, 'ja');
    return `【人事システム】${lts(r)} 警告：マイナンバー照合エラー
氏名：${p.p('name', a.name)}（${p.p('name', a.latin)}）
生年月日：${p.p('dob', dob(r, 'jp'))}
マイナンバー：${p.p('my-number', id.myNumber(r))}
口座：${r.pick(['三菱UFJ銀行', 'みずほ銀行', 'ゆうちょ銀行'])} 普通 ${p.f('bank-account', r.digits(7))}
連携用APIキー＝${p.c('api-key', r.b62(40))}\nシステムパスワード＝${p.c('password', v.pw(r))}`;
  }),
  t('app', 'passport-ja-travel', (r, p) => {
    const a = person(r, 'ja');
    return `予約API応答エラー(E2031)：旅券番号の形式が不正です。
{"搭乗者":{"氏名":"${p.p('name', a.latin.toUpperCase())}","旅券番号":"${p.p('passport', id.jpPassport(r))}","生年月日":"${p.p('dob', dob(r))}"},"アクセストークン":"${p.c('token', v.jwt(r))}"}`;
  }),
  t('provider', 'wechatpay-v3-zh', (r, p) => {
    const a = person(r, 'zh');
    return `${lts(r)} ERROR [wxpay] 微信支付下单失败：SIGN_ERROR 签名错误，请检查后再试
商户号：${r.int(1600000000, 1699999999)}  APIv3密钥：${p.c('wechat-apiv3-key', r.b62(32))}
商户API证书序列号：${r.chars(v.HEXU, 40)}
付款人：${p.p('name', a.name)}，手机号：${p.p('phone', a.phone)}，openid=o${r.chars(v.B64URL_, 27)}`;
  }),
  t('provider', 'wechat-mp-secret', (r, p) => `[公众号] 获取access_token失败 errcode=40125 errmsg="invalid appsecret, rid: ${r.hex(8)}-${r.hex(8)}-${r.hex(8)}"
GET https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx${r.hex(16)}&secret=${p.c('wechat-appsecret', r.hex(32))}
缓存中的旧令牌：${p.c('wechat-access-token', `${r.int(70, 89)}_${r.chars(v.B64URL_, 136)}`)}`),
  t('provider', 'alipay-rsa-zh', (r, p) => `支付宝开放平台调用失败：isv.invalid-signature 验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配
app_id=2021${r.digits(12)} sign_type=RSA2
应用私钥(alipay.private-key)=${p.c('private-key', v.rsaKeyBody(r))}
密码：${p.c('password', v.pw(r))}`),
  t('provider', 'dingtalk-robot-zh', (r, p) => `钉钉机器人告警发送失败 errcode=310000 "sign not match"
webhook: https://oapi.dingtalk.com/robot/send?access_token=${p.c('dingtalk-token', r.hex(64))}
加签密钥 secret=${p.c('dingtalk-secret', `SEC${r.hex(64)}`)}`),
  t('provider', 'feishu-bot-zh', (r, p) => `[告警] 飞书机器人推送失败：code=19021 sign match fail or timestamp is not within one hour from current time
hook=${p.c('webhook-url', `https://open.feishu.cn/open-apis/bot/v2/hook/${r.uuid()}`)}
签名校验密钥：${p.c('webhook-secret', r.b62(22))}
app_secret=${p.c('client-secret', r.b62(32))}`),
  t('provider', 'wecom-webhook-zh', (r, p) => {
    const a = person(r, 'zh');
    return `企业微信群机器人消息：\u300c新用户注册失败\u300d用户=${p.p('name', a.name)} 手机=${p.p('phone', a.phone)} 身份证=${p.p('cn-id', id.cnId(r))}
发送地址 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${p.c('wecom-key', r.uuid())}`;
  }),
  t('app', 'aliyun-oss-zh', (r, p) => `oss2.exceptions.AccessDenied: {'status': 403, 'code': 'SignatureDoesNotMatch', 'message': '我们计算的请求签名与您提供的签名不匹配。'}
AccessKeyId=${p.c('aliyun-ak', v.alibabaAk(r))}
AccessKeySecret=${p.c('aliyun-sk', r.b62(30))}
url=https://kyc-${r.hex(6)}.oss-cn-hangzhou.aliyuncs.com/idcard/${r.hex(12)}.jpg?Expires=${r.int(1790000000, 1799999999)}&OSSAccessKeyId=${p.c('aliyun-ak', v.alibabaAk(r))}&Signature=${p.c('url-signature', encodeURIComponent(r.b64(20)))}`),
  t('app', 'tencent-cloud-zh', (r, p) => `[TencentCloudSDKException] code:AuthFailure.SignatureFailure message:请求签名验证失败，请检查您的签名计算是否正确。
SecretId：${p.c('tencent-secret-id', v.tencentSecretId(r))}
SecretKey：${p.c('tencent-secret-key', r.b62(32))}
短信模板参数：验证码发送至 ${p.p('phone', `+86 1${r.int(30, 99)}${r.digits(8)}`)}`),
  t('app', 'taiwan-zh-hant', (r, p) => {
    const a = person(r, 'zh');
    return `【錯誤】會員資料同步失敗：密碼長度不足
帳號：${p.p('email', a.email)}\u3000密碼：${p.c('password', v.pw(r))}\u3000身分證字號：${p.p('tw-id', twId(r))}
綠界 HashKey＝${p.c('api-key', r.b62(16))}\u3000HashIV＝${p.c('api-key', r.b62(16))}`;
  }),
  t('provider', 'kakao-pay-ko', (r, p) => {
    const a = person(r, 'ko');
    return `카카오페이 결제 준비 실패: -780 "승인 요청 중 오류가 발생했습니다"
Authorization: SECRET_KEY ${p.c('kakao-secret', `DEV${r.chars(v.HEXU, 40)}`)}
Authorization(구버전): KakaoAK ${p.c('kakao-admin-key', r.hex(32))}
주문자: ${p.p('name', a.name)} / ${p.p('phone', a.phone)}`;
  }),
  t('provider', 'naver-login-ko', (r, p) => {
    const a = person(r, 'ko');
    return `[ERROR] 네이버 로그인 토큰 교환 실패 {"error":"invalid_request","error_description":"no valid data in session"}
client_id=${r.b62(20)} client_secret=${p.c('client-secret', r.b62(10))} code=${r.b62(18)}
사용자 이메일=${p.p('email', a.email)} 생년월일=${p.p('dob', dob(r, 'ko'))}`;
  }),
  t('app', 'toss-ko-payment', (r, p) => {
    const a = person(r, 'ko');
    return `{"code":"INVALID_CARD_NUMBER","message":"카드번호를 다시 확인해주세요.","요청":{"카드번호":"${p.f('card', v.card(r, r.pick(['visa', 'mc', 'unionpay'])))}","유효기간":"${v.expiry(r)}","생년월일":"${p.p('dob', id.birth(r).yy + id.birth(r).mm + '15')}","카드비밀번호앞2자리":"**"},"시크릿키":"${p.c('api-key', `live_sk_${r.b62(32)}`)}","고객명":"${p.p('name', a.name)}"}`;
  }),
  t('app', 'rrn-ko-hr', (r, p) => {
    const a = person(r, 'ko');
    return `인사DB 동기화 오류 — 중복 키 (주민등록번호)=(${p.p('kr-rrn', id.krRrn(r))})
성명: ${p.p('name', a.name)}, 계좌번호: ${p.f('bank-account', `${r.digits(3)}-${r.digits(6)}-${r.digits(5)}`)}, 비밀번호: ${p.c('password', v.pw(r))}
DB 접속 문자열: mysql://hr:${p.c('db-password', v.urlPw(r))}@10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}/insa`;
  }),
  t('provider', 'razorpay-in', (r, p) => {
    const a = person(r, 'hi');
    return `RazorpayError: BAD_REQUEST_ERROR - The api key provided is invalid
  key_id=${p.c('razorpay-key-id', v.razorKeyId(r))} key_secret=${p.c('razorpay-secret', r.b62(24))}
  customer={"name":"${p.p('name', a.latin)}","contact":"${p.p('phone', a.phone)}","email":"${p.p('email', a.email)}"}
  webhook_secret=${p.c('webhook-secret', r.b62(20))}`;
  }),
  t('provider', 'paytm-in', (r, p) => {
    const a = person(r, 'hi');
    return `${lts(r)} ERROR PaytmChecksum: checksum mismatch for ORDERID=ORD${r.int(10000000, 99999999)}
MID=${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 6)}${r.digits(14)} MERCHANT_KEY=${p.c('paytm-key', `${r.b62(4)}${r.pick(['&', '#', '@', '%'])}${r.b62(7)}${r.pick(['!', '_', '#'])}${r.b62(3)}`)}
ग्राहक: ${p.p('name', a.name)} · मोबाइल ${p.p('phone', a.phone)} · PAN ${p.p('pan-in', id.panIn(r))}`;
  }),
  t('app', 'aadhaar-kyc-hi', (r, p) => {
    const a = person(r, 'hi');
    return `[eKYC] त्रुटि: आधार सत्यापन विफल (K-100)
नाम=${p.p('name', a.name)} (${p.p('name', a.latin)}) आधार संख्या=${p.p('aadhaar', id.aadhaar(r))} जन्म तिथि=${p.p('dob', dob(r, 'fr'))}
UPI ID=${p.p('upi', `${a.latin.split(' ')[0]!.toLowerCase()}${r.int(1, 999)}@okaxis`)} एपीआई कुंजी=${p.c('api-key', r.hex(40))}\nपासवर्ड=${p.c('password', v.pw(r))}`;
  }),
  t('provider', 'yandex-kassa-ru', (r, p) => {
    const a = person(r, 'ru');
    return `ЮKassa: 401 invalid_credentials — «Ошибка аутентификации. Проверьте shopId и секретный ключ»
shopId=${r.int(100000, 999999)} секретный_ключ=${p.c('yookassa-secret', `live_${r.chars(v.B64URL_, 40)}`)}
плательщик: ${p.p('name', a.name)}, тел. ${p.p('phone', a.phone)}, карта ${p.f('card', v.card(r, 'mir'))}`;
  }),
  t('provider', 'vk-api-ru', (r, p) => `{"error":{"error_code":5,"error_msg":"Авторизация пользователя не удалась: invalid access_token (4).","request_params":[{"key":"method","value":"messages.send"},{"key":"access_token","value":"${p.c('vk-token', v.vkToken(r))}"},{"key":"v","value":"5.199"}]}}
VK_SERVICE_KEY=${p.c('vk-service-key', r.hex(72))}`),
  t('app', 'gosuslugi-ru', (r, p) => {
    const a = person(r, 'ru');
    return `${lts(r)} ОШИБКА [esia] Не удалось сопоставить учётную запись: ${p.p('name', a.name)}
  паспорт: ${p.p('passport', id.ruPassport(r))}, ИНН: ${p.p('inn', id.innPerson(r))}, СНИЛС: ${p.p('snils', id.snils(r))}
  дата рождения: ${p.p('dob', dob(r, 'de'))}
  токен: ${p.c('jwt', v.jwt(r, { snils: 'hidden' }))}\n  пароль_сертификата: ${p.c('password', v.pw(r))}`;
  }),
  t('provider', 'telegram-bot-ru', (r, p) => `telegram.error.Unauthorized: Forbidden: bot was blocked by the user
Бот: https://api.telegram.org/bot${p.c('telegram-token', v.telegramBot(r))}/sendMessage?chat_id=${r.int(100000000, 999999999)}
резервный токен = ${p.c('telegram-token', v.telegramBot(r))}`),
];

const TW_CODE = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
/** A Taiwanese national id with its check digit. */
export function twId(r: import('./blind-set-76-rng').Rng76): string {
  const L = TW_CODE[r.int(0, 22)]!;
  const n = 10 + TW_CODE.indexOf(L);
  const body = String(r.int(1, 2)) + r.digits(7);
  const w = [8, 7, 6, 5, 4, 3, 2, 1];
  let s = Math.floor(n / 10) + (n % 10) * 9;
  for (let i = 0; i < 8; i++) s += Number(body[i]) * w[i]!;
  return L + body + ((10 - (s % 10)) % 10);
}
void amount;
void ts;
void ip;
