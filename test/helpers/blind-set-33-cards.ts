import { fold } from './blind-set-33-bankfile';
import { amount, host, level, ts } from './blind-set-33-noise';
import { B62, type Rng33 } from './blind-set-33-rng';
import { address, cvv, emailOf, expiry, pan, password, person, phone, printed, type Case33, type Template33 } from './blind-set-33-values';

/** Plants a card (number as printed, CVV, expiry) and returns the printed parts. */
function card(c: Case33, r: Rng33, sep: '' | ' ' | '-' = '', brand?: string) {
  const p = pan(r, brand);
  const e = expiry(r);
  return { pan: c.f('card-pan', printed(p.digits, sep)), cvv: () => c.f('card-cvv', cvv(r, p.brand)), mm: e.mm, yy: e.yy, exp: (s: string) => c.f('card-expiry', s), brand: p.brand, digits: p.digits };
}

/** Card processing and issuing: Marqeta, Lithic, Stripe Issuing, Adyen, Checkout.com, Worldpay, Braintree, Square, POS track data. */
export const CARD_TEMPLATES: readonly Template33[] = [
  {
    area: 'cards', name: 'marqeta-showpan',
    make: (c, r) => {
      const k = card(c, r);
      const basic = c.c('marqeta-basic-auth', Buffer.from(`${r.uuid()}:${r.uuid()}`).toString('base64'));
      return `${ts(r)} DEBUG marqeta-client GET /v3/cards/${r.uuid()}/showpan?show_cvv_number=true\n  authorization: Basic ${basic}\n  <- 200 {"token":"${r.uuid()}","user_token":"${r.uuid()}","last_four":"${k.digits.slice(-4)}","pan":"${k.pan}","expiration":"${k.exp(k.mm + k.yy)}","cvv_number":"${k.cvv()}","state":"ACTIVE"}`;
    },
  },
  {
    area: 'cards', name: 'lithic-card-reveal',
    make: (c, r) => {
      const k = card(c, r, '', r.pick(['visa', 'mastercard']));
      return `lithic.APIError: 422 {"debugging_request_id":"${r.uuid()}","message":"spend_limit must be positive"}\n  request.headers = {'Authorization': '${c.c('lithic-api-key', r.uuid())}', 'Content-Type': 'application/json'}\n  last response: {"token": "${r.uuid()}", "pan": "${k.pan}", "cvv": "${k.cvv()}", "exp_month": "${k.mm}", "exp_year": "20${k.yy}", "state": "OPEN"}\n  LITHIC_WEBHOOK_SECRET=${c.c('lithic-webhook-secret', `whsec_${r.b64(32)}`)}`;
    },
  },
  {
    area: 'cards', name: 'stripe-issuing-number',
    make: (c, r) => {
      const k = card(c, r, '', 'visa');
      const p = person(r, 'US');
      return `Stripe::InvalidRequestError (${r.pick(['card_inactive', 'resource_missing'])}):\n  request: GET /v1/issuing/cards/ic_${r.b62(24)}?expand[]=number&expand[]=cvc  api_key=${c.c('stripe-secret-key', `sk_live_51${r.b62(97)}`)}\n  cached object: {"id":"ic_${r.b62(24)}","cardholder":{"name":"${c.p('cardholder-name', p.full)}","billing":{"address":{"line1":"${c.p('postal-address', address(r, 'US'))}"}},"email":"${c.p('email', emailOf(r, p))}"},"number":"${k.pan}","cvc":"${k.cvv()}","exp_month":${Number(k.mm)},"exp_year":20${k.yy}}`;
    },
  },
  {
    area: 'cards', name: 'adyen-payments-raw',
    make: (c, r) => {
      const k = card(c, r, '', r.pick(['mastercard', 'visa', 'amex']));
      const p = person(r, r.pick(['NL', 'DE', 'FR', 'GB']));
      return `[adyen] POST https://checkout-live.adyen.com/v71/payments 422 (validation 101 Invalid card number)\nheaders: x-api-key=${c.c('adyen-api-key', `AQE${r.b64(80).replace(/=+$/, '')}-${r.b64(32)}-${r.b62(16)}`)}\nbody (unencrypted fallback!): {"amount":{"value":${r.int(100, 90000)},"currency":"EUR"},"paymentMethod":{"type":"scheme","number":"${k.pan}","expiryMonth":"${k.mm}","expiryYear":"20${k.yy}","cvc":"${k.cvv()}","holderName":"${c.p('cardholder-name', p.full)}"},"reference":"ORD-${r.digits(8)}"}\nhmacKey=${c.c('adyen-hmac-key', r.hex(64).toUpperCase())}`;
    },
  },
  {
    area: 'cards', name: 'checkout-request-log',
    make: (c, r) => {
      const k = card(c, r, ' ');
      const sk = r.next() < 0.5 ? `sk_${r.uuid()}` : `sk_${r.chars('abcdefghijklmnopqrstuvwxyz234567', 26)}`;
      return `${level(r)} checkout.PaymentsClient request_failed http=401 request_id=${r.uuid()}\n    curl -X POST https://api.checkout.com/payments -H 'Authorization: ${c.c('checkout-secret-key', sk)}' -d '{"source":{"type":"card","number":"${c.f('card-pan', k.digits)}","expiry_month":${Number(k.mm)},"expiry_year":20${k.yy},"cvv":"${k.cvv()}"},"amount":${r.int(100, 50000)},"currency":"GBP"}'\n    customer-facing form had: card="${k.pan}" exp="${k.exp(`${k.mm}/${k.yy}`)}"`;
    },
  },
  {
    area: 'cards', name: 'worldpay-xml',
    make: (c, r) => {
      const k = card(c, r);
      const p = person(r, 'GB');
      const mc = `${r.pick(['ACME', 'NWTRADE', 'KESTREL'])}ECOM${r.digits(2)}`;
      return `WorldpayXmlClient: HTTP 401 from secure.worldpay.com, Authorization: Basic ${c.c('worldpay-basic-auth', Buffer.from(`${mc}:${password(r)}`).toString('base64'))}\n<paymentService version="1.4" merchantCode="${mc}"><submit><order orderCode="${r.digits(10)}"><amount value="${r.int(100, 90000)}" currencyCode="GBP" exponent="2"/><paymentDetails><CARD-SSL><cardNumber>${k.pan}</cardNumber><expiryDate><date month="${k.mm}" year="20${k.yy}"/></expiryDate><cardHolderName>${c.p('cardholder-name', p.full)}</cardHolderName><cvc>${k.cvv()}</cvc></CARD-SSL></paymentDetails></order></submit></paymentService>`;
    },
  },
  {
    area: 'cards', name: 'braintree-gateway-config',
    make: (c, r) => {
      const k = card(c, r, '-');
      return `Braintree::AuthenticationError\n  from app/services/billing/vault.rb:${r.int(20, 300)}:in 'store_card'\n  gateway = Braintree::Gateway.new(environment: :production, merchant_id: "${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}", public_key: "${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}", private_key: "${c.c('braintree-private-key', r.hex(32))}")\n  params: {"credit_card"=>{"number"=>"${k.pan}", "expiration_date"=>"${k.exp(`${k.mm}/20${k.yy}`)}", "cvv"=>"${k.cvv()}"}}`;
    },
  },
  {
    area: 'cards', name: 'square-webhook',
    make: (c, r) => {
      const p = person(r, 'US');
      return `square-webhook: signature mismatch for notification ${r.uuid()}\nSQUARE_ACCESS_TOKEN=${c.c('square-access-token', `EAAA${r.chars(B62 + '-_', 60)}`)}\nSQUARE_WEBHOOK_SIGNATURE_KEY=${c.c('square-webhook-signature-key', r.b64url(16))}\nevent.data.object.customer = {"given_name":"${c.p('first-name', p.first)}","family_name":"${c.p('last-name', p.last)}","email_address":"${c.p('email', emailOf(r, p))}","phone_number":"${c.p('phone', phone(r, 'US'))}"}`;
    },
  },
  {
    area: 'cards', name: 'pos-track-data',
    make: (c, r) => {
      const p = pan(r, r.pick(['visa', 'mastercard']));
      const e = expiry(r);
      const who = person(r, 'US');
      c.f('card-pan', p.digits);
      const nm = c.p('track1-name', `${fold(who.last, 14)}/${fold(who.first, 10)}`);
      const t2 = c.f('track2-data', `;${p.digits}=${e.yy}${e.mm}101${r.digits(13)}?`);
      return `pos-terminal ${r.pick(['T-04', 'LANE7', 'KIOSK2'])} EMV fallback to MSR, raw read:\nTrack1=%B${p.digits}^${nm}^${e.yy}${e.mm}101${r.digits(18)}?\nTrack2=${t2}\nstatus=DECLINED rc=05 stan=${r.digits(6)}`;
    },
  },
  {
    area: 'cards', name: 'card-validation-trace',
    make: (c, r) => {
      const sep = r.pick(['', ' ', '-'] as const);
      const k = card(c, r, sep);
      return `java.lang.IllegalArgumentException: Card number failed BIN lookup: ${k.pan} (expiry ${k.exp(`${k.mm}/${k.yy}`)}, cvc ${k.cvv()})\n\tat com.acme.billing.card.BinResolver.resolve(BinResolver.java:${r.int(40, 300)})\n\tat com.acme.billing.card.CardService.tokenize(CardService.java:${r.int(40, 300)})\n\tat com.acme.billing.api.PaymentController.create(PaymentController.java:${r.int(40, 300)})`;
    },
  },
  {
    area: 'cards', name: 'tokenized-vs-raw',
    make: (c, r) => {
      const k = card(c, r, r.pick(['', ' '] as const));
      return `{"level":"${r.pick(['error', 'warn'])}","ts":"${ts(r)}","svc":"${host(r, 'vault-proxy')}","msg":"detokenize fallback returned raw PAN","token":"tok_${r.b62(24)}","network_token_ref":"DNITHE${r.digits(12)}","card_fingerprint":"${r.b62(16)}","raw":"${k.pan}","brand":"${k.brand}","amount":"${amount(r, 1, 900)}"}`;
    },
  },
  {
    area: 'cards', name: 'issuing-bulk-export',
    make: (c, r) => {
      const rows = [0, 1, 2].map(() => {
        const k = card(c, r, '', r.pick(['visa', 'mastercard']));
        const p = person(r, r.pick(['US', 'GB', 'DE']));
        return `${r.uuid()},${c.p('cardholder-name', p.full)},${k.pan},${k.exp(`${k.mm}/${k.yy}`)},ACTIVE`;
      });
      return `csv export uploaded to public bucket by mistake (s3://issuing-exports/${r.hex(8)}.csv):\ncard_token,cardholder,pan,expiry,state\n${rows.join('\n')}`;
    },
  },
];
