import { card, cvv, expiry, iban, aba, account, amount } from './blind-set-89-money';
import { email, person } from './blind-set-89-people';
import { T } from './blind-set-89-tokens';
import type { Source89 } from './blind-set-89-types';

/** Money around travel and delivery: card gateways for bookings, carrier invoices paid by ACH/SEPA, courier payouts. */
const adyenKey = (r: { b64: (n: number) => string; alnum: (n: number) => string }): string => `AQE${r.b64(90)}=-${r.b64(43)}=-${r.alnum(16)}`;

export const payments: Source89 = {
  name: 'booking-payments',
  weight: 1.6,
  env: [
    { words: ['stripe', 'secret', 'key'], kind: 'api_key', make: T.stripe },
    { words: ['adyen', 'api', 'key'], kind: 'api_key', make: adyenKey },
    { words: ['stripe', 'webhook', 'secret'], kind: 'webhook_secret', make: T.stripeWh },
  ],
  printers: [
    (c) => {
      const cd = card(c.r, 'plain');
      const [mm, yy] = expiry(c.r);
      return `POST https://api.stripe.com/v1/payment_methods 402 card_declined (decline_code=incorrect_cvc)
Authorization: Bearer ${c.cred(T.stripe(c.r), 'api_key')}
type=card&card%5Bnumber%5D=${c.fin(cd.digits, 'card')}&card%5Bexp_month%5D=${mm}&card%5Bexp_year%5D=20${yy}&card%5Bcvc%5D=${c.fin(cvv(c.r, cd), 'cvv')}&metadata%5Bpnr%5D=${c.r.upnum(6)}`;
    },
    (c) => {
      const p = person(c.r);
      const cd = card(c.r, 'plain');
      const [mm, yy] = expiry(c.r);
      return `Adyen /payments 422 {"status":422,"errorCode":"101","message":"Invalid card number","errorType":"validation"}
x-API-key: ${c.cred(adyenKey(c.r), 'api_key')}
{"amount":{"currency":"EUR","value":${c.r.int(5000, 300000)}},"reference":"HTL-${c.r.num(8)}","paymentMethod":{"type":"scheme","number":"${c.fin(cd.digits, 'card')}","expiryMonth":"${mm}","expiryYear":"20${yy}","cvc":"${c.fin(cvv(c.r, cd), 'cvv')}","holderName":"${c.pii(`${p.givenA} ${p.familyA}`, 'name')}"},"merchantAccount":"TripCraftECOM"}`;
    },
    (c) => {
      const cd = card(c.r, c.r.pick(['space', 'dash']));
      return `airline refund ${c.r.num(13)} failed: original FOP ${cd.otaCode}${c.fin(cd.digits, 'card')} no longer valid; agent note: "pax gave new card ${c.fin(card(c.r, 'space').printed, 'card')}, refund ${amount(c.r)} EUR" BSP RA ${c.r.num(8)}`;
    },
    (c) => `stripe webhook signature failed for evt_${c.r.alnum(24)} (charge.refunded): No signatures found matching the expected signature for payload. endpoint secret=${c.cred(T.stripeWh(c.r), 'webhook_secret')} card=${c.fin(card(c.r, 'plain').digits, 'card')}`,
    (c) => {
      const cd = card(c.r, 'plain');
      const [mm, yy] = expiry(c.r);
      return `braintree.exceptions.AuthenticationError while vaulting card ${c.fin(cd.printed, 'card')} ${mm}/${yy}
  braintree.Configuration(environment=Environment.Production, merchant_id="${c.r.lower(16)}", public_key="${c.r.lower(16)}", private_key="${c.cred(T.hex32(c.r), 'api_secret')}")`;
    },
  ],
};

export const carrierBilling: Source89 = {
  name: 'carrier-billing',
  weight: 1.3,
  env: [{ words: ['billing', 'db', 'password'], kind: 'password', make: T.pgPass }],
  printers: [
    (c) => `fedex-invoice autopay ACH return R01: {"account":"${c.r.num(9)}","invoice":"${c.r.num(9)}","amount":"${amount(c.r, 200, 40000)}","payer":{"routingNumber":"${c.fin(aba(c.r), 'aba_routing')}","accountNumber":"${c.fin(account(c.r), 'bank_account')}","accountType":"checking","company":"Northwind Outfitters LLC"}}`,
    (c) => `DHL Express EU direct debit rejected (AC04 closed account): mandate ${c.r.upnum(4)}-${c.r.num(8)} debtor IBAN ${c.fin(iban(c.r), 'iban')} amount ${amount(c.r, 100, 9000)} EUR creditor DE${c.r.num(2)}ZZZ0000${c.r.num(7)}`,
    (c) => {
      const cd = card(c.r, c.r.pick(['plain', 'dash']));
      return `usps postage refill failed: card ${c.fin(cd.printed, 'card')} declined (05); postgres://billing:${c.cred(T.pgPass(c.r), 'password')}@billing-db.internal:5432/postage?sslmode=require`;
    },
  ],
};

export const payouts: Source89 = {
  name: 'courier-payouts',
  weight: 1.3,
  env: [{ words: ['stripe', 'connect', 'secret'], kind: 'api_key', make: T.stripe }],
  printers: [
    (c) => {
      const p = person(c.r);
      return `stripe external_account create 400 (routing_number invalid for country) for courier ${c.pii(p.full, 'name')}: external_account[object]=bank_account&external_account[country]=US&external_account[routing_number]=${c.fin(aba(c.r), 'aba_routing')}&external_account[account_number]=${c.fin(account(c.r), 'bank_account')}`;
    },
    (c) => {
      const p = person(c.r);
      return `weekly payout batch ${c.r.num(6)}: SEPA pain.001 rejected line <CdtrAcct><Id><IBAN>${c.fin(iban(c.r, false), 'iban')}</IBAN></Id></CdtrAcct><Cdtr><Nm>${c.pii(p.full, 'name')}</Nm></Cdtr><InstdAmt Ccy="EUR">${amount(c.r, 80, 900)}</InstdAmt>`;
    },
    (c) => {
      const p = person(c.r);
      return `instant-pay: debit card ${c.fin(card(c.r, 'plain').digits, 'card')} for driver ${c.pii(email(c.r, p), 'email')} not eligible (prepaid); fallback ACH ${c.fin(aba(c.r), 'aba_routing')}/${c.fin(account(c.r), 'bank_account')}`;
    },
  ],
};
