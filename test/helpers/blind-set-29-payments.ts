import type { Rng9 } from './blind-set-9-rng';
import type { PosTemplate29 } from './blind-set-29-types';
import { CRED } from './blind-set-29-tokens';
import { aba, address, card, cvv, email, fullName, iban, phone } from './blind-set-29-values';
import { prefix, shuffle, ts } from './blind-set-29-noise';

const expiry = (r: Rng9): string => `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}`;

/** In-app payments, payouts and refunds templates. */
export const PAYMENTS29: PosTemplate29[] = [
  {
    source: 'stripe',
    name: 'webhook-secret',
    make: (r, b) =>
      [
        `${prefix(r, 'payments-webhooks')} stripe.error.SignatureVerificationError: No signatures found matching the expected signature for payload`,
        `  endpoint_secret=${b.c('stripe_whsec', CRED['stripe_whsec']!(r))}`,
        `  Stripe-Signature: t=${1764900000 + r.int(0, 99999)},v1=${r.hex(64)}`,
        `  event=evt_${r.b62(24)} type=payment_intent.succeeded`,
      ].join('\n'),
  },
  {
    source: 'stripe',
    name: 'restricted-key-config',
    make: (r, b) =>
      `${prefix(r, 'mobile-bff')} config dump on boot: ${JSON.stringify(
        Object.fromEntries(
          shuffle(r, [
            ['stripePublishableKey', `pk_live_${r.b62(99)}`],
            ['stripeRestrictedKey', b.c('stripe_rk', CRED['stripe_rk']!(r))],
            ['ephemeralKeyApiVersion', '2024-06-20'],
            ['region', r.pick(['us-east-1', 'eu-west-1'])],
          ]),
        ),
        null,
        r.pick([0, 2]),
      )}`,
  },
  {
    source: 'stripe',
    name: 'raw-card-mistake',
    make: (r, b) => {
      const c = card(r);
      return [
        `${prefix(r, 'legacy-checkout')} Stripe /v1/tokens 402 card_declined`,
        `form: card[number]=${b.f('card~url', encodeURIComponent(c.pan))}&card[exp_month]=${r.int(1, 12)}&card[exp_year]=20${r.int(27, 31)}&card[cvc]=${b.f('cvv', cvv(r, c.cvvLen))}&card[name]=${b.p('name~url', encodeURIComponent(fullName(r)))}`,
        `Authorization: Bearer ${b.c('stripe_sk', CRED['stripe_sk']!(r))}`,
      ].join('\n');
    },
  },
  {
    source: 'braintree',
    name: 'gateway-config',
    make: (r, b) =>
      [
        `Braintree::AuthenticationError (Braintree::AuthenticationError):`,
        `  app/services/payments/braintree_gateway.rb:${r.int(10, 90)}:in \`sale'`,
        `  Braintree::Configuration environment=:production merchant_id=${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)} public_key=${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)} private_key=${b.c('braintree_private', CRED['braintree_private']!(r))}`,
        `  customer: {email: "${b.p('email', email(r))}", phone: "${b.p('phone', phone(r))}"}`,
      ].join('\n'),
  },
  {
    source: 'adyen',
    name: 'dropin-session',
    make: (r, b) =>
      [
        `${prefix(r, 'adyen-sessions')} POST https://checkout-live.adyenpayments.com/checkout/v71/sessions -> 401`,
        `X-API-Key: ${b.c('adyen', CRED['adyen']!(r))}`,
        `{"merchantAccount":"WanderlyECOM","amount":{"currency":"EUR","value":${r.int(1000, 90000)}},"reference":"BK-${r.digits(8)}","shopperEmail":"${b.p('email', email(r))}","telephoneNumber":"${b.p('phone', phone(r))}","shopperReference":"${r.uuid()}"}`,
      ].join('\n'),
  },
  {
    source: 'paypal',
    name: 'oauth-basic',
    make: (r, b) => {
      const id = 'A' + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 79);
      const sec = CRED['paypal_secret']!(r);
      return [
        `${prefix(r, 'paypal')} POST /v1/oauth2/token 401 invalid_client`,
        `Authorization: Basic ${b.c('basic~b64', Buffer.from(`${id}:${sec}`).toString('base64'))}`,
        `grant_type=client_credentials`,
      ].join('\n');
    },
  },
  {
    source: 'klarna',
    name: 'session-create',
    make: (r, b) =>
      `${prefix(r, 'klarna')} create session failed ${JSON.stringify({ request: { headers: { Authorization: `Basic ${b.c('klarna', CRED['klarna']!(r))}` }, body: { billing_address: { given_name: 'GN', email: b.p('email', email(r)), phone: b.p('phone', phone(r)), street_address: b.p('address', address(r)) } } }, error_code: 'BAD_VALUE' })}`.replace(
        '"GN"',
        `"${r.pick(['Amara', 'Jonas', 'Priya'])}"`,
      ),
  },
  {
    source: 'payouts',
    name: 'host-bank-account',
    make: (r, b) => {
      const acct = r.digits(r.int(8, 12));
      return [
        `${prefix(r, 'host-payouts')} ACH payout failed: R03 No Account/Unable to Locate Account`,
        ...shuffle(r, [`  routing_number=${b.f('routing', aba(r))}`, `  account_number=${b.f('account', acct)}`, `  account_holder=${b.p('name', fullName(r))}`, `  payout_id=po_${r.b62(24)}`]),
      ].join('\n');
    },
  },
  {
    source: 'payouts',
    name: 'sepa-refund',
    make: (r, b) =>
      [
        `${prefix(r, 'refunds')} SEPA refund rejected (AC01 IncorrectAccountNumber)`,
        `{"refundId":"rf_${r.hex(16)}","creditor":{"name":"${b.p('name', fullName(r))}","iban":"${b.f('iban', iban(r))}","bic":"${r.pick(['DEUTDEFF', 'INGBNL2A', 'BNPAFRPP', 'CAIXESBB'])}"},"amount":"${r.int(20, 900)}.${r.digits(2)}","currency":"EUR"}`,
      ].join('\n'),
  },
  {
    source: 'payouts',
    name: 'uk-au-in-accounts',
    make: (r, b) => {
      const which = r.int(0, 2);
      const line =
        which === 0
          ? `sort_code=${b.f('sortcode', `${r.digits(2)}-${r.digits(2)}-${r.digits(2)}`)} account_number=${b.f('account', r.digits(8))}`
          : which === 1
            ? `bsb=${b.f('bsb', `${r.digits(3)}-${r.digits(3)}`)} account_number=${b.f('account', r.digits(9))}`
            : `ifsc=${b.f('ifsc', `${r.pick(['HDFC', 'ICIC', 'SBIN', 'UTIB'])}0${r.chars('0123456789', 6)}`)} account_number=${b.f('account', r.digits(r.int(11, 16)))}`;
      return [`${prefix(r, 'affiliate-payouts')} payout batch ${r.digits(6)} item failed`, `  ${line}`, `  beneficiary=${b.p('name', fullName(r))} email=${b.p('email', email(r))}`].join('\n');
    },
  },
  {
    source: 'wallet',
    name: 'card-vault-debug',
    make: (r, b) => {
      const c = card(r);
      return [
        `D/CardVault: saveCard() -> ${r.pick(['IOException', 'SQLiteConstraintException'])}`,
        `D/CardVault: Card(holder=${b.p('name', fullName(r))}, number=${b.f('card', c.pan)}, cvc=${b.f('cvv', cvv(r, c.cvvLen))}, expiry=${expiry(r)}, brand=${c.brand})`,
        `D/CardVault: at com.wanderly.wallet.CardVault.save(CardVault.kt:${r.int(20, 99)})`,
      ].join('\n');
    },
  },
  {
    source: 'wallet',
    name: 'swift-optional',
    make: (r, b) => {
      const c = card(r);
      return [
        `Fatal error: Unexpectedly found nil while unwrapping an Optional value: file Wanderly/PaymentSheetController.swift, line ${r.int(40, 400)}`,
        `po paymentDetails`,
        `▿ PaymentDetails`,
        `  - cardholderName : Optional("${b.p('name', fullName(r))}")`,
        `  - cardNumber : Optional("${b.f('card', c.pan)}")`,
        `  - securityCode : Optional("${b.f('cvv', cvv(r, c.cvvLen))}")`,
        `  - billingEmail : Optional("${b.p('email', email(r))}")`,
      ].join('\n');
    },
  },
  {
    source: 'wallet',
    name: 'csv-chargebacks',
    make: (r, b) => {
      const rows = Array.from({ length: r.int(2, 4) }, () => {
        const c = card(r);
        return `${r.digits(8)},${ts(r).slice(0, 10)},${b.f('card', c.pan.replace(/[ -]/g, ''))},${b.p('email', email(r))},${r.int(20, 900)}.00,${r.pick(['fraudulent', 'duplicate', 'product_not_received'])}`;
      });
      return [`${prefix(r, 'disputes-export')} wrote chargebacks.csv (${rows.length} rows) to debug log`, `dispute_id,created,card_number,customer_email,amount,reason`, ...rows].join('\n');
    },
  },
  {
    source: 'twilio',
    name: 'sms-otp-send',
    make: (r, b) => {
      const sid = 'AC' + r.hex(32);
      const tok = CRED['twilio_token']!(r);
      return [
        `${prefix(r, 'otp-sms')} Twilio 20003 Authenticate`,
        `POST https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json`,
        `Authorization: Basic ${b.c('basic~b64', Buffer.from(`${sid}:${tok}`).toString('base64'))}`,
        `To=${b.p('phone~url', encodeURIComponent(phone(r)))}&From=%2B1${r.digits(10)}&Body=Your+Wanderly+code+is+${r.digits(6)}`,
      ].join('\n');
    },
  },
  {
    source: 'aws',
    name: 'dsym-upload',
    make: (r, b) =>
      [
        `+ ./upload-symbols -gsp GoogleService-Info.plist -p ios build/Wanderly.app.dSYM`,
        `+ export AWS_ACCESS_KEY_ID=${b.c('aws_key', 'AKIA' + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}`,
        `+ export AWS_SECRET_ACCESS_KEY=${b.c('aws_secret', CRED['aws_secret']!(r))}`,
        `upload failed: s3://wanderly-dsyms/${r.hex(40)}.zip An error occurred (SignatureDoesNotMatch)`,
      ].join('\n'),
  },
];
