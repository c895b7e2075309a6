/** Blind set 26 positives: Asian wallets (Alipay, WeChat Pay, LINE Pay, Rakuten) and the company's own refund, payout and fraud services. */
import { b64, jwt, key, orderNo, railsCookie, rsaBodyLine, traceId, ts } from './blind-set-26-values';
import { dobIso, person, phoneE164, phoneNational, street, type Cc } from './blind-set-26-people';
import { chinaId } from './blind-set-26-ids';
import { alipayUser, bic, iban, ibanPrint } from './blind-set-26-money';
import type { PosTemplate26 } from './blind-set-26-types';

const T = (source: string, name: string, make: PosTemplate26['make']): PosTemplate26 => ({ source, name, make });

/** Wallet and internal-service templates. */
export const PAYMENTS_C: PosTemplate26[] = [
  T('alipay', 'java-sdk-client-init', (r, b) => {
    const app = `2021${r.digits(12)}`;
    return `${ts(r)} ERROR [order-sync-3] c.s.p.alipay.AlipayGateway - alipay.trade.query failed: sub_code=isv.invalid-signature sub_msg=验签出错\ncom.alipay.api.AlipayApiException: sign check fail: check Sign and Data Fail\n\tat com.alipay.api.AbstractAlipayClient.checkResponseSign(AbstractAlipayClient.java:1152)\nclient=DefaultAlipayClient{serverUrl=https://openapi.alipay.com/gateway.do, appId=${app}, privateKey=${b.c('rsa-key', rsaBodyLine(r))}, format=json, charset=UTF-8, alipayPublicKey=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r.b64(200)}, signType=RSA2}\nresponse={"trade_no":"2026${r.digits(24)}","buyer_user_id":"${b.f('wallet', alipayUser(r))}","buyer_logon_id":"${r.digits(3)}****${r.digits(4)}","trade_status":"WAIT_BUYER_PAY"}`;
  }),
  T('alipay', 'customs-declare-form', (r, b) => {
    const p = person(r, 'CN');
    const native = `${r.pick(['王', '李', '张', '刘', '陈'])}${r.pick(['伟', '芳', '娜', '静', '磊'])}${r.pick(['', '华', '明'])}`;
    const md5 = r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32);
    return `${ts(r)} WARN alipay.customs: acquire.customs rejected: result_code=FAIL detail_error_code=BUYER_NAME_NOT_MATCH\nrequest: service=alipay.acquire.customs&partner=2088${r.digits(12)}&_input_charset=UTF-8&out_request_no=${r.digits(16)}&trade_no=2026${r.digits(24)}&merchant_customs_code=${r.digits(10)}&customs_place=HANGZHOU&amount=${r.int(10, 900)}.00&buyer_name=${b.p('name~url', encodeURIComponent(native))}&buyer_id_no=${b.p('china-id', chinaId(r, p))}&buyer_user_id=${b.f('wallet', alipayUser(r))}&sign_type=MD5&sign=${r.hex(32)}\nsign source (debug): ...&trade_no=...&key=${b.c('lower-alnum', md5)}`;
  }),
  T('wechatpay', 'logrus-v3-request', (r, b) => {
    const p = person(r, 'CN');
    return `time="${ts(r)}" level=error msg="wechatpay v3 request failed" apiv3_key=${b.c('b62', key.wechatV3(r))} appid=wx${r.hex(16)} appsecret=${b.c('hex', key.hex32(r))} mch_id=19${r.digits(8)} serial_no=${key.upperHex(r, 40)} status=401 code=SIGN_ERROR url="https://api.mch.weixin.qq.com/v3/pay/transactions/jsapi" payer_identity="{\\"type\\":\\"IDCARD\\",\\"number\\":\\"${b.p('china-id', chinaId(r, p))}\\"}" contact_phone=${b.p('phone', phoneE164(r, 'CN'))} trace=${traceId(r)}`;
  }),
  T('linepay', 'rails-confirm-error', (r, b) => {
    const p = person(r, 'JP');
    return `Started POST "/checkout/linepay/confirm?transactionId=2026${r.digits(15)}&orderId=${orderNo(r)}" for 10.4.${r.int(0, 255)}.${r.int(1, 254)} at ${ts(r)}\nProcessing by Checkout::LinePayController#confirm as HTML\nLinePay::RequestError (1106: Header information error): {"X-LINE-ChannelId"=>"165${r.digits(7)}", "X-LINE-ChannelSecret"=>"${b.c('hex', key.hex32(r))}", "X-LINE-Authorization-Nonce"=>"${r.uuid()}", "X-LINE-Authorization"=>"${r.b64(32)}"}\n  shipping: {"address"=>{"country"=>"JP", "postalCode"=>"${r.digits(3)}-${r.digits(4)}", "detail1"=>"${b.p('address', street(r, 'JP'))}", "recipient"=>{"firstName"=>"${p.first}", "lastName"=>"${p.last}", "email"=>"${b.p('email', p.email)}", "phoneNo"=>"${b.p('phone', phoneNational(r, 'JP'))}"}}}\nCompleted 502 Bad Gateway in ${r.int(100, 3000)}ms`;
  }),
  T('rakuten', 'rms-order-dump', (r, b) => {
    const p = person(r, 'JP');
    const ss = key.rakuten(r, 'SP');
    const lk = key.rakuten(r, 'SL');
    return `[${ts(r)}] rms.ERROR: getOrder failed: 401 {"MessageModelList":[{"messageType":"ERROR","messageCode":"ORDER_EXT_API_GET_ORDER_ERROR_001","message":"認証に失敗しました"}]} {"headers":{"Authorization":"ESA ${b.c('basic~b64', b64(`${ss}:${lk}`))}"},"config":{"serviceSecret":"${b.c('rakuten', ss)}","licenseKey":"${b.c('rakuten', lk)}"},"OrdererModel":{"zipCode1":"${r.digits(3)}","zipCode2":"${r.digits(4)}","prefecture":"東京都","subAddress":"${b.p('address', street(r, 'JP'))}","familyName":"${p.last}","firstName":"${p.first}","phoneNumber1":"${b.p('phone', phoneNational(r, 'JP'))}","emailAddress":"${b.p('email', `${r.hex(10)}@fw.rakuten.ne.jp`)}","birthYear":${p.y},"birthMonth":${p.m},"birthDay":${p.d}}}`;
  }),
  T('refunds', 'structlog-refund-failed', (r, b) => {
    const p = person(r, r.pick<Cc>(['DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'SE']));
    const cc = p.cc === 'SE' ? 'SE' : p.cc;
    const i = iban(r, cc);
    return JSON.stringify({
      event: 'refund.failed',
      refund_id: `re_${r.b62(24)}`,
      reason: 'bank_account_closed',
      payout_destination: { iban: b.f('iban', r.next() < 0.5 ? i : ibanPrint(i)), bic: bic(r, cc), holder: b.p('name', p.full) },
      customer_email: b.p('email', p.email),
      internal_token: b.c('token', r.b64url(32)),
      level: 'error',
      logger: 'refunds.worker',
      timestamp: ts(r),
    });
  }),
  T('payouts', 'csv-export-attached', (r, b) => {
    const rows: string[] = [];
    for (let k = 0; k < 3; k++) {
      const p = person(r, r.pick<Cc>(['DE', 'FR', 'ES', 'IT', 'NL', 'PL', 'GB', 'TR', 'BR']));
      rows.push(`PO-${r.digits(8)},"${b.p('name', p.full)}",${b.p('email', p.email)},${p.cc},${b.f('iban', iban(r, p.cc))},${bic(r, p.cc)},${r.int(10, 9000)}.${r.digits(2)},EUR`);
    }
    const pw = r.urlPassword(16);
    return `${ts(r)} ERROR payout-batch[${r.int(100, 999)}]: upload to sftp://payouts:${b.c('password', pw)}@sftp.bank-partner.example:22/in/ failed: Permission denied (publickey,password)\n--- attached: payouts_${r.digits(8)}.csv ---\npayout_id,seller_name,seller_email,country,iban,bic,amount,currency\n${rows.join('\n')}`;
  }),
  T('fraud', 'sidekiq-review-job', (r, b) => {
    const p = person(r);
    const job = {
      class: 'FraudReviewJob',
      args: [
        {
          order: orderNo(r),
          email: b.p('email', p.email),
          phone: b.p('phone', phoneE164(r, p.cc)),
          billing: b.p('address', street(r, p.cc)),
          card_bin: `4${r.digits(5)}`,
          card_last4: r.digits(4),
          dob: b.p('dob', dobIso(p)),
          score: r.int(60, 99),
        },
      ],
      retry: 3,
      queue: 'fraud',
      jid: r.hex(24),
      created_at: 1793000000.123,
      error_message: `401 Unauthorized: api_key=${b.c('hex', key.hex32(r))} is not valid for account ${r.hex(24)}`,
      error_class: 'Sift::Error',
      failed_at: 1793000100.5,
      retry_count: 1,
    };
    return `${ts(r)} pid=${r.int(10, 9999)} tid=${r.b62(6).toLowerCase()} WARN: ${JSON.stringify(job)}`;
  }),
  T('checkout', 'envoy-access-log', (r, b) => {
    const p = person(r);
    return `[${ts(r)}] "POST /v1/checkout/sessions?email=${b.p('email~url', encodeURIComponent(p.email))}&locale=${p.cc.toLowerCase()} HTTP/2" 502 UF 412 91 30001 - "-" "okhttp/4.12.0" "${r.uuid()}" "checkout.internal:8443" "10.12.${r.int(0, 255)}.${r.int(1, 254)}:8443" authorization="Bearer ${b.c('jwt', jwt(r, { sub: `cus_${r.b62(14)}`, scope: 'checkout:write', iss: 'https://auth.shop.example' }))}" cookie="_shop_session=${b.c('cookie', railsCookie(r))}"`;
  }),
];
