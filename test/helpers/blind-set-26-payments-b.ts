/** Blind set 26 positives: Indian, South-East Asian and African payment providers (Razorpay, Paytm, Xendit, Midtrans, PayU, iyzico, Paystack, Flutterwave, M-Pesa). */
import { b64, key, orderNo, traceId, ts } from './blind-set-26-values';
import { person, phoneE164, phoneNational, street } from './blind-set-26-people';
import { bvn, kenyaId, nik, tckn } from './blind-set-26-ids';
import { account, card, ifsc, upi } from './blind-set-26-money';
import { cardBrand } from './blind-set-26-payments-a';
import type { PosTemplate26 } from './blind-set-26-types';

const T = (source: string, name: string, make: PosTemplate26['make']): PosTemplate26 => ({ source, name, make });

/** Payment provider templates, part B. */
export const PAYMENTS_B: PosTemplate26[] = [
  T('razorpay', 'winston-auth-failed', (r, b) => {
    const p = person(r, 'IN');
    return `${ts(r)} error: Razorpay API error {"statusCode":401,"error":{"code":"BAD_REQUEST_ERROR","description":"Authentication failed","source":"NA","step":"NA","reason":"NA"},"config":{"key_id":"${key.razorpayId(r)}","key_secret":"${b.c('razorpay-secret', key.razorpaySecret(r))}","webhook_secret":"${b.c('password', r.password(20))}"},"order":{"receipt":"${orderNo(r)}","notes":{"customer_name":"${b.p('name', p.full)}","contact":"${b.p('phone', phoneE164(r, 'IN'))}","email":"${b.p('email', p.email)}"}},"service":"checkout-api"}`;
  }),
  T('razorpay', 'razorpayx-fund-account', (r, b) => {
    const p = person(r, 'IN');
    const id = key.razorpayId(r);
    return `I, [${ts(r)} #${r.int(100, 9999)}]  INFO -- : [payouts] POST https://api.razorpay.com/v1/fund_accounts\nI, [${ts(r)}]  INFO -- : [payouts] Authorization: Basic ${b.c('basic~b64', b64(`${id}:${key.razorpaySecret(r)}`))}\nE, [${ts(r)}] ERROR -- : [payouts] Razorpay::BadRequestError: The account number is invalid. body={"contact_id":"cont_${r.b62(14)}","account_type":"bank_account","bank_account":{"name":"${b.p('name', p.full)}","ifsc":"${ifsc(r)}","account_number":"${b.f('account', account(r, r.int(11, 16)))}"}} fallback={"account_type":"vpa","vpa":{"address":"${b.f('upi', upi(r, p))}"}}`;
  }),
  T('paytm', 'java-checksum-log', (r, b) => {
    const p = person(r, 'IN');
    return `${ts(r)} ERROR [paytm-callback-${r.int(1, 8)}] com.shop.pg.paytm.PaytmService - checksum mismatch for orderId=${orderNo(r)} mid=ShopGl${r.digits(14)} merchantKey=${b.c('paytm', key.paytm(r))}\nparams: {CUST_ID=CUST_${r.digits(6)}, MOBILE_NO=${b.p('phone', phoneNational(r, 'IN').replace(' ', ''))}, EMAIL=${b.p('email', p.email)}, PAYMENTMODE=UPI, PAYER_VPA=${b.f('upi', upi(r, p))}, TXNAMOUNT=${r.int(100, 9000)}.00, STATUS=TXN_FAILURE, RESPCODE=330}`;
  }),
  T('xendit', 'zap-create-invoice', (r, b) => {
    const p = person(r, 'ID');
    const o = {
      level: 'error',
      ts: 1793000000 + r.next(),
      caller: 'xendit/client.go:142',
      msg: 'create invoice failed',
      status: 400,
      error_code: 'API_VALIDATION_ERROR',
      secret_key: b.c('xendit', key.xendit(r)),
      callback_token: b.c('b62', r.b62(48)),
      customer: {
        given_names: p.first,
        surname: p.last,
        email: b.p('email', p.email),
        mobile_number: b.p('phone', phoneE164(r, 'ID')),
        kyc_documents: [{ type: 'IDENTITY_CARD', sub_type: 'NATIONAL_ID', document_number: b.p('nik', nik(r, p)) }],
      },
      trace_id: traceId(r),
    };
    return JSON.stringify(o);
  }),
  T('midtrans', 'laravel-snap-error', (r, b) => {
    const p = person(r, 'ID');
    const sk = key.midtrans(r);
    return `[${ts(r).slice(0, 19).replace('T', ' ')}] production.ERROR: Midtrans API is returning API error. HTTP status code: 401 API response: {"error_messages":["Access denied due to unauthorized transaction, please check client or server key"]} {"exception":"[object] (Exception(code: 401): ... at /var/www/vendor/midtrans/midtrans-php/Midtrans/ApiRequestor.php:120)","request":{"url":"https://app.midtrans.com/snap/v1/transactions","headers":["Accept: application/json","Authorization: Basic ${b.c('b64', b64(`${sk}:`))}"],"body":{"transaction_details":{"order_id":"${orderNo(r)}","gross_amount":${r.int(10, 900)}000},"customer_details":{"first_name":"${p.first}","email":"${b.p('email', p.email)}","phone":"${b.p('phone', phoneNational(r, 'ID'))}","billing_address":{"address":"${b.p('address', street(r, 'ID'))}","city":"Jakarta"}}}},"config":{"serverKey":"${b.c('midtrans', sk)}","isProduction":true}}`;
  }),
  T('payu', 'django-hash-debug', (r, b) => {
    const p = person(r, 'IN');
    const txn = `TXN${r.digits(10)}`;
    const mk = r.b62(6);
    const salt = key.payuSalt(r);
    const em = b.p('email', p.email);
    return `WARNING ${ts(r)} payments.payu views.py:211 PayU response hash mismatch txnid=${txn}\nDEBUG ${ts(r)} payments.payu hashing.py:38 reverse hash input: ${salt}|failure|||||||||||${em}|${p.first}|Order ${orderNo(r)}|${r.int(100, 9000)}.00|${txn}|${mk}\nDEBUG ${ts(r)} payments.payu hashing.py:40 phone=${b.p('phone', phoneE164(r, 'IN'))} udf1=${r.hex(8)}\nsettings: PAYU_MERCHANT_KEY='${mk}' PAYU_MERCHANT_SALT='${b.c('b62', salt)}' PAYU_CLIENT_SECRET='${b.c('hex', r.hex(64))}'`;
  }),
  T('iyzico', 'java-request-log', (r, b) => {
    const p = person(r, 'TR');
    const c = card(r, r.pick(['troy', 'mastercard', 'visa']));
    return `${ts(r)} DEBUG [iyzico-client] c.i.HttpClient : Request: POST https://api.iyzipay.com/payment/auth\nHeaders: {Authorization=IYZWS ${key.iyzico(r).replace('sandbox-', '')}:${r.b64(20)}, x-iyzi-rnd=${r.digits(13)}}\nBody: {"locale":"tr","conversationId":"${r.digits(9)}","price":"${r.int(10, 999)}.0","buyer":{"id":"BY${r.digits(4)}","name":"${p.first}","surname":"${p.last}","gsmNumber":"${b.p('phone', phoneE164(r, 'TR'))}","email":"${b.p('email', p.email)}","identityNumber":"${b.p('tckn', tckn(r))}","registrationAddress":"${b.p('address', `${street(r, 'TR')} Kadıköy`)}","city":"Istanbul","country":"Turkey"},"paymentCard":{"cardHolderName":"${b.p('name', p.full)}","cardNumber":"${b.f(`card-${cardBrand(c)}`, c)}","expireMonth":"${String(r.int(1, 12)).padStart(2, '0')}","expireYear":"20${r.int(27, 31)}","registerCard":"0"}}\niyzico.secret-key=${b.c('iyzico', key.iyzico(r))}`;
  }),
  T('paystack', 'axios-error-dump', (r, b) => {
    const p = person(r, 'NG');
    return `AxiosError: Request failed with status code 401\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)\n  config: {\n    url: 'https://api.paystack.co/transferrecipient',\n    method: 'post',\n    headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: 'Bearer ${b.c('paystack', key.paystack(r))}' },\n    data: '{"type":"nuban","name":"${b.p('name', p.full)}","account_number":"${b.f('account', account(r, 10))}","bank_code":"058","currency":"NGN","metadata":{"email":"${b.p('email', p.email)}","bvn":"${b.p('bvn', bvn(r))}"}}'\n  },\n  response: { status: 401, data: { status: false, message: 'Invalid key' } }`;
  }),
  T('flutterwave', 'env-and-transfer', (r, b) => {
    const p = person(r, r.pick(['NG', 'KE']));
    return `[${ts(r).slice(0, 19)}] local.ERROR: Flutterwave transfer failed: "Invalid authorization key" {"env":{"FLW_PUBLIC_KEY":"FLWPUBK-${r.hex(32)}-X","FLW_SECRET_KEY":"${b.c('flutterwave', key.flutterwave(r))}","FLW_ENCRYPTION_KEY":"${b.c('secret', `FLWSECK_TEST${r.hex(12)}`)}","FLW_SECRET_HASH":"${b.c('password', r.password(18))}"},"payload":{"account_bank":"044","account_number":"${b.f('account', account(r, 10))}","amount":${r.int(1000, 90000)},"narration":"Seller payout ${orderNo(r)}","currency":"NGN","beneficiary_name":"${b.p('name', p.full)}"}}`;
  }),
  T('mpesa', 'daraja-stk-push', (r, b) => {
    const sc = String(r.int(100000, 999999));
    const stamp = `2026${r.pick(['09', '10', '11', '12'])}${r.int(10, 28)}${r.int(10, 23)}${r.int(10, 59)}${r.int(10, 59)}`;
    const phone = `2547${r.int(0, 2)}${r.digits(7)}`;
    return `${ts(r)} INFO urllib3.connectionpool: https://api.safaricom.co.ke:443 "GET /oauth/v1/generate?grant_type=client_credentials HTTP/1.1" 400 None\n${ts(r)} DEBUG mpesa.client: auth header=Basic ${b.c('basic~b64', b64(`${r.b62(48)}:${key.darajaSecret(r)}`))}\n${ts(r)} ERROR mpesa.client: STK push failed errorCode=404.001.03 errorMessage="Invalid Access Token" body={"BusinessShortCode":"${sc}","Password":"${b.c('b64', b64(`${sc}${key.passkey(r)}${stamp}`))}","Timestamp":"${stamp}","TransactionType":"CustomerPayBillOnline","Amount":"${r.int(10, 5000)}","PartyA":"${b.p('phone', phone)}","PartyB":"${sc}","PhoneNumber":"${phone}","CallBackURL":"https://pay.shop.example/mpesa/callback","AccountReference":"${orderNo(r)}","TransactionDesc":"Order"}`;
  }),
  T('mpesa', 'daraja-b2c-payout', (r, b) => {
    const p = person(r, 'KE');
    return `{"timestamp":"${ts(r)}","level":"ERROR","logger":"payouts.mpesa.b2c","message":"B2C request rejected","http_status":401,"request":{"headers":{"Authorization":"Bearer ${b.c('b62', r.b62(28))}"},"body":{"InitiatorName":"apiop${r.int(10, 99)}","SecurityCredential":"${b.c('b64', r.b64(256))}","CommandID":"BusinessPayment","Amount":${r.int(100, 50000)},"PartyA":${r.int(600000, 699999)},"PartyB":"${b.p('phone', phoneE164(r, 'KE').slice(1))}","Remarks":"Refund ${orderNo(r)}","Occassion":"ID ${b.p('ke-id', kenyaId(r))} ${b.p('name', p.full)}"}}}`;
  }),
];
