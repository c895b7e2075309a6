/** Blind set 26 positives: European and Latin American payment providers (Mollie, Klarna, Adyen, Checkout.com, Worldpay, Mercado Pago, PagSeguro). */
import { b64, key, orderNo, traceId, ts } from './blind-set-26-values';
import { dobIso, dobLocal, person, phoneE164, phoneNational, street, cityLine } from './blind-set-26-people';
import { cpf } from './blind-set-26-ids';
import { card, brandFor, expiry, iban, ibanPrint, bic } from './blind-set-26-money';
import type { PosTemplate26 } from './blind-set-26-types';

const T = (source: string, name: string, make: PosTemplate26['make']): PosTemplate26 => ({ source, name, make });

/** Payment provider templates, part A. */
export const PAYMENTS_A: PosTemplate26[] = [
  T('mollie', 'laravel-api-exception', (r, b) => {
    const p = person(r, r.pick(['NL', 'DE', 'FR']));
    return `[${ts(r).slice(0, 19).replace('T', ' ')}] production.ERROR: Mollie\\Api\\Exceptions\\ApiException: Error executing API call (422: Unprocessable Entity): The 'consumerAccount' field is invalid. Documentation: https://docs.mollie.com/overview/handling-errors {"userId":${r.int(1000, 99999)},"mandate":{"method":"directdebit","consumerName":"${b.p('name', p.full)}","consumerAccount":"${b.f('iban', iban(r, p.cc === 'FR' ? 'FR' : p.cc))}","consumerBic":"${bic(r, p.cc)}"},"customer":{"email":"${b.p('email', p.email)}"},"config":{"mollie.key":"${b.c('mollie', key.mollie(r))}"},"exception":"[object] (Mollie\\\\Api\\\\Exceptions\\\\ApiException(code: 422) at /var/www/shop/vendor/mollie/mollie-api-php/src/Exceptions/ApiException.php:137)"}`;
  }),
  T('mollie', 'guzzle-request-dump', (r, b) => {
    const p = person(r, 'NL');
    const acct = iban(r, 'NL');
    return `> POST /v2/customers/cst_${r.b62(10)}/mandates HTTP/1.1\r\n> Host: api.mollie.com\r\n> Authorization: Bearer ${b.c('mollie-access', key.mollieAccess(r))}\r\n> User-Agent: Mollie/2.65.0 PHP/8.3.4 Guzzle/7\r\n> Content-Type: application/json\r\n>\r\n{"method":"directdebit","consumerName":"${b.p('name', p.full)}","consumerAccount":"${b.f('iban', ibanPrint(acct))}","signatureDate":"2026-11-02","mandateReference":"SHOP-MD-${r.digits(6)}"}\r\n< HTTP/1.1 401 Unauthorized\r\n< Content-Type: application/hal+json\r\n{"status":401,"title":"Unauthorized Request","detail":"Missing authentication, or failed to authenticate"}\r\n# fallback profile key in MOLLIE_KEY_TEST=${b.c('mollie', key.mollie(r, false))}`;
  }),
  T('klarna', 'logback-mdc-session', (r, b) => {
    const p = person(r, r.pick(['SE', 'DE', 'GB', 'NL']));
    const uid = `PK${r.digits(5)}_${r.hex(12)}`;
    const pw = key.klarna(r);
    return `${ts(r)} WARN  [http-nio-8080-exec-${r.int(1, 40)}] [traceId=${traceId(r)}, orderId=${orderNo(r)}, market=${p.cc}] c.s.checkout.klarna.KlarnaClient - POST https://api.klarna.com/payments/v1/sessions -> 400 BAD_VALUE (correlation_id=${r.uuid()})\n  request.headers: {Authorization=[Basic ${b.c('basic~b64', b64(`${uid}:${pw}`))}], Content-Type=[application/json]}\n  request.body: {"purchase_country":"${p.cc}","billing_address":{"given_name":"${p.first}","family_name":"${p.last}","email":"${b.p('email', p.email)}","street_address":"${b.p('address', street(r, p.cc))}","postal_code":"${r.digits(5)}","phone":"${b.p('phone', phoneE164(r, p.cc))}","country":"${p.cc}"},"customer":{"date_of_birth":"${b.p('dob', dobIso(p))}"}}\n  klarna.api.password=${b.c('klarna', pw)}`;
  }),
  T('adyen', 'pino-notification-hmac', (r, b) => {
    const p = person(r);
    const o = {
      level: 50,
      time: Date.UTC(2026, 10, r.int(1, 28)),
      pid: r.int(10, 9999),
      hostname: `webhooks-${r.hex(5)}`,
      msg: 'Adyen notification HMAC validation failed',
      hmacKey: b.c('upper-hex', key.upperHex(r, 64)),
      adyenApiKey: b.c('adyen', key.adyen(r)),
      item: {
        eventCode: 'AUTHORISATION',
        pspReference: r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 16),
        merchantAccountCode: 'ShopGlobalECOM',
        additionalData: { cardHolderName: b.p('name', p.full), cardSummary: r.digits(4), shopperEmail: b.p('email', p.email), hmacSignature: r.b64(32) },
      },
    };
    return JSON.stringify(o);
  }),
  T('adyen', 'java-api-exception', (r, b) => {
    const p = person(r);
    const c = card(r, brandFor(r, p.cc));
    const brand = { 4: 'visa', 5: 'mc', 3: 'amex', 6: 'cup' }[Number(c[0])] ?? 'scheme';
    return `${ts(r)} ERROR 1 --- [payments-exec-${r.int(1, 9)}] c.s.p.adyen.AdyenGateway : authorise failed\ncom.adyen.service.exception.ApiException: HTTP Exception | status=422 | errorCode=101 | message=Invalid card number\n\tat com.adyen.service.resource.Resource.request(Resource.java:104)\n\tat com.adyen.service.checkout.PaymentsApi.payments(PaymentsApi.java:212)\nrequest={"merchantAccount":"ShopGlobalECOM","amount":{"currency":"EUR","value":${r.int(500, 90000)}},"paymentMethod":{"type":"scheme","brand":"${brand}","number":"${b.f(`card-${cardBrand(c)}`, c)}","expiryMonth":"${expiry(r).slice(0, 2)}","expiryYear":"20${r.int(27, 31)}","holderName":"${b.p('name', p.full)}"},"reference":"${orderNo(r)}"} headers={X-API-Key=${b.c('adyen', key.adyen(r))}, Idempotency-Key=${r.uuid()}}`;
  }),
  T('checkout', 'serilog-payment-request', (r, b) => {
    const p = person(r, r.pick(['GB', 'FR', 'ES', 'IT']));
    const c = card(r, brandFor(r, p.cc));
    const o = {
      '@t': ts(r),
      '@mt': 'Checkout.com payment request failed {StatusCode} {@Request}',
      '@l': 'Error',
      StatusCode: 422,
      Request: {
        source: {
          type: 'card',
          number: b.f(`card-${cardBrand(c)}`, c),
          expiry_month: r.int(1, 12),
          expiry_year: r.int(2027, 2031),
          name: b.p('name', p.full),
          billing_address: { address_line1: b.p('address', street(r, p.cc)), city: cityLine(r, p.cc) },
        },
        customer: { email: b.p('email', p.email) },
        reference: orderNo(r),
      },
      SecretKey: b.c('checkout-sk', key.checkout(r)),
      SourceContext: 'Shop.Payments.CheckoutCom.CkoClient',
      RequestId: `0HN${r.chars('0123456789ABCDEFGHIJKLMNOPQRSTUV', 9)}:00000002`,
    };
    return JSON.stringify(o);
  }),
  T('worldpay', 'xml-direct-order', (r, b) => {
    const p = person(r, r.pick(['GB', 'US', 'IT']));
    const code = `SHOPGLOBAL${r.pick(['ECOM', 'MOTO'])}`;
    const pw = r.password(14);
    const c = card(r, brandFor(r, p.cc));
    return `DEBUG com.shop.payments.worldpay.WorldpayXmlClient - >> POST https://secure.worldpay.com/jsp/merchant/xml/paymentService.jsp\nAuthorization: Basic ${b.c('basic~b64', b64(`${code}:${pw}`))}\n<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE paymentService PUBLIC "-//Worldpay//DTD Worldpay PaymentService v1//EN" "http://dtd.worldpay.com/paymentService_v1.dtd">\n<paymentService version="1.4" merchantCode="${code}"><submit><order orderCode="${orderNo(r)}"><description>Order</description><amount currencyCode="GBP" exponent="2" value="${r.int(100, 99999)}"/><paymentDetails><CARD-SSL><cardNumber>${b.f(`card-${cardBrand(c)}`, c)}</cardNumber><expiryDate><date month="${expiry(r).slice(0, 2)}" year="20${r.int(27, 31)}"/></expiryDate><cardHolderName>${b.p('name', p.full)}</cardHolderName><cardAddress><address><address1>${b.p('address', street(r, p.cc))}</address1><postalCode>${cityLine(r, p.cc)}</postalCode></address></cardAddress></CARD-SSL></paymentDetails><shopper><shopperEmailAddress>${b.p('email', p.email)}</shopperEmailAddress></shopper></order></submit></paymentService>\nworldpay.online.serviceKey=${b.c('worldpay', key.worldpay(r))}`;
  }),
  T('mercadopago', 'python-logging-payment', (r, b) => {
    const p = person(r, 'BR');
    return `${ts(r).replace('T', ' ').slice(0, 23)} ERROR [checkout.mp] payments.create failed status=400 cause=[{'code': 2067, 'description': 'Invalid user identification number.'}]\npayload={'transaction_amount': ${r.int(10, 900)}.90, 'payment_method_id': 'pix', 'payer': {'email': '${b.p('email', p.email)}', 'first_name': '${p.first}', 'last_name': '${p.last}', 'identification': {'type': 'CPF', 'number': '${b.p('cpf', cpf(r, r.next() < 0.5))}'}, 'phone': {'area_code': '11', 'number': '${b.p('phone', phoneNational(r, 'BR'))}'}}}\nsdk=RequestOptions(access_token='${b.c('mercadopago', key.mercadoPago(r))}', connection_timeout=60.0, max_retries=3)\nMP_WEBHOOK_SECRET=${b.c('hex', r.hex(64))}`;
  }),
  T('pagseguro', 'monolog-form-params', (r, b) => {
    const p = person(r, 'BR');
    const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
    const nm = b.p('name~form', enc(p.full));
    const em = b.p('email~form', enc(p.email));
    const dob = b.p('dob~form', enc(dobLocal(p)));
    return `[${ts(r).slice(0, 19)}] pagseguro.ERROR: POST https://ws.pagseguro.uol.com.br/v2/transactions failed: 401 Unauthorized {"params":"email=financeiro%40lojaexemplo.com.br&token=${b.c('upper-hex', key.pagseguro(r))}&paymentMode=default&paymentMethod=creditCard&currency=BRL&itemId1=${r.digits(4)}&itemAmount1=${r.int(10, 999)}.00&senderName=${nm}&senderCPF=${b.p('cpf', cpf(r, true))}&senderAreaCode=11&senderPhone=${b.p('phone', `9${r.digits(8)}`)}&senderEmail=${em}&creditCardHolderBirthDate=${dob}&billingAddressStreet=${b.p('address~form', enc(street(r, 'BR')))}&billingAddressCountry=BRA"} []`;
  }),
];

/** The brand of a generated card number, from its prefix (the generators use distinct prefixes per brand). */
export function cardBrand(c: string): string {
  if (/^(636368|438935|504175|451416|636297|506699|509048)/.test(c)) return 'elo';
  if (/^(6521|6522|6080|8172|5085)/.test(c)) return 'rupay';
  if (/^(6759|6761|5018)/.test(c)) return 'maestro';
  if (/^220[0-4]/.test(c)) return 'mir';
  if (/^9792/.test(c)) return 'troy';
  if (/^35/.test(c)) return 'jcb';
  if (/^62/.test(c)) return 'unionpay';
  if (/^3[47]/.test(c)) return 'amex';
  if (/^3[06]/.test(c)) return 'diners';
  if (/^(6011|644|65)/.test(c)) return 'discover';
  if (/^4/.test(c)) return 'visa';
  return 'mastercard';
}
