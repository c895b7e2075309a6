/** Blind set 26 negatives: keys public by design, placeholders, documented example keys and test cards, masked and redacted values. */
import type { Rng9 } from './blind-set-9-rng';
import { orderNo, traceId, ts } from './blind-set-26-values';
import { bic, ifsc, sortCode } from './blind-set-26-money';
import type { NegTemplate26 } from './blind-set-26-types';

const N = (source: string, name: string, make: (r: Rng9) => string): NegTemplate26 => ({ source, name, make });
const UPN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Public-by-design, placeholder, example, masked and redacted negatives. */
export const NEG_PUBLIC: NegTemplate26[] = [
  N(
    'public',
    'publishable-keys-checkout-config',
    (r) =>
      `window.__CHECKOUT__ = {"stripe":{"publishableKey":"pk_live_${r.b62(24)}${r.b62(75)}"},"paystack":{"publicKey":"pk_live_${r.hex(40)}"},"adyen":{"clientKey":"live_${r.chars(UPN, 32)}","environment":"live-eu"},"checkoutCom":{"publicKey":"pk_${r.chars('abcdefghijklmnopqrstuvwxyz234567', 27)}"}};`,
  ),
  N(
    'public',
    'razorpay-key-id-alone',
    (r) =>
      `<script src="https://checkout.razorpay.com/v1/checkout.js"></script>\n<script>var options = { "key": "rzp_live_${r.b62(14)}", "amount": "${r.int(100, 99999)}00", "currency": "INR", "name": "Shop Global", "order_id": "order_${r.b62(14)}", "theme": { "color": "#3399cc" } }; new Razorpay(options).open();</script>`,
  ),
  N(
    'public',
    'algolia-search-only',
    (r) => `${ts(r)} INFO storefront: instantsearch init {"appId":"${r.chars(UPN, 10)}","searchOnlyApiKey":"${r.hex(32)}","indexName":"prod_products","hitsPerPage":24}`,
  ),
  N(
    'public',
    'wallet-public-keys',
    (r) =>
      `mercadopago.publicKey=APP_USR-${r.uuid()}\nmidtrans.clientKey=Mid-client-${r.chars(UPN + 'abcdefghijklmnopqrstuvwxyz-_', 16)}\nxendit.publicKey=xnd_public_production_${r.b62(40)}\nflutterwave.publicKey=FLWPUBK-${r.hex(32)}-X\nklarna.clientId=klarna_live_client_${r.b64url(40)}`,
  ),
  N(
    'public',
    'env-placeholders',
    (r) =>
      `# .env.example (committed) — copy to .env and fill in\nMOLLIE_API_KEY=<YOUR_API_KEY>\nPAYSTACK_SECRET_KEY=\${PAYSTACK_SECRET_KEY}\nRAZORPAY_KEY_SECRET=changeme\nBREVO_API_KEY=xkeysib-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nDB_PASSWORD=%env(DB_PASSWORD)%\nKLAVIYO_PRIVATE_KEY={{ secrets.KLAVIYO_PRIVATE_KEY }}\nSHOPIFY_ACCESS_TOKEN=shpat_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n# generated ${ts(r)} build ${r.hex(7)}`,
  ),
  N(
    'public',
    'config-missing-secret',
    (r) =>
      `${ts(r)} FATAL config: required secret MOLLIE_API_KEY is not set (looked in env, /run/secrets/mollie_api_key, vault path secret/data/payments/mollie); also missing: ADYEN_API_KEY, FLW_SECRET_KEY, MPESA_PASSKEY. service=payments pod=payments-${r.hex(10)}`,
  ),
  N(
    'public',
    'daraja-sandbox-docs',
    (r) =>
      `${ts(r)} DEBUG mpesa.sandbox using Safaricom's published sandbox credentials: BusinessShortCode=174379 Passkey=bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919 PartyA=600${r.int(100, 999)} (test shortcode) env=sandbox.safaricom.co.ke`,
  ),
  N(
    'public',
    'stripe-doc-test-card',
    (r) =>
      `${ts(r)} INFO e2e[sandbox] checkout smoke test passed: card=4242424242424242 exp=12/34 cvc=123 livemode=false (Stripe documented test card) order=${orderNo(r)} duration=${r.int(800, 9000)}ms`,
  ),
  N(
    'public',
    'adyen-test-cards-table',
    (r) =>
      `| scenario (TEST env only) | card number | expiry |\n|---|---|---|\n| Visa authorised | 4111 1111 4555 1142 | 03/2030 |\n| Mastercard 3DS2 | 5555 3412 4444 1115 | 03/2030 |\n| Amex | 3700 0000 0000 002 | 03/2030 |\nrun ${r.hex(8)} on test.adyen.com at ${ts(r)}: all passed`,
  ),
  N(
    'public',
    'masked-values',
    (r) =>
      `${ts(r)} INFO receipts: sent receipt for ${orderNo(r)} to j***@gmail.com (card **** **** **** ${r.digits(4)}, phone +55 11 9****-${r.digits(4)}, iban DE89 **** **** **** **${r.digits(2)} ${r.digits(2)}, cpf ***.${r.digits(3)}.***-**)`,
  ),
  N(
    'public',
    'rails-filtered-params',
    (r) =>
      `Started POST "/api/v2/payment_methods" for 10.1.${r.int(0, 255)}.${r.int(1, 254)} at ${ts(r)}\nProcessing by Api::V2::PaymentMethodsController#create as JSON\n  Parameters: {"card"=>{"number"=>"[FILTERED]", "cvc"=>"[FILTERED]", "exp_month"=>${r.int(1, 12)}, "exp_year"=>20${r.int(27, 31)}, "name"=>"[FILTERED]"}, "api_key"=>"[FILTERED]", "email"=>"[FILTERED]"}\nCompleted 201 Created in ${r.int(20, 900)}ms`,
  ),
  N('public', 'redacted-json', (r) =>
    JSON.stringify({
      level: 'warn',
      msg: 'upstream 401 from klarna',
      request: { headers: { authorization: '[REDACTED]', 'x-api-key': '<redacted>' }, body: { email: '[REDACTED]', phone: '******', date_of_birth: '[REDACTED]' } },
      trace_id: traceId(r),
    }),
  ),
  N(
    'public',
    'public-keys-pem',
    (r) =>
      `alipay.alipayPublicKey=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r.b64(200)}IDAQAB\n-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${r
        .b64(48)
        .match(/.{1,64}/g)!
        .join('\n')}\n-----END PUBLIC KEY-----\n# wechatpay platform cert serial ${r.chars('0123456789ABCDEF', 40)} (public)`,
  ),
  N(
    'public',
    'webhook-signature-headers',
    (r) =>
      `${ts(r)} WARN webhooks: signature mismatch; headers: Stripe-Signature: t=${r.int(1790000000, 1799999999)},v1=${r.hex(64)} X-Shopify-Hmac-Sha256: ${r.b64(32)} X-Razorpay-Signature: ${r.hex(64)} X-Mollie-Signature: ${r.hex(64)} (payload sha256 ${r.hex(64)})`,
  ),
  N(
    'public',
    'bank-directory-sync',
    (r) =>
      `${ts(r)} INFO bankdir: refreshed ${r.int(9000, 30000)} entries; samples BIC ${bic(r, 'DE')} -> Deutsche Bank, IFSC ${ifsc(r)} -> Indiranagar branch, sort code ${sortCode(r)} -> Barclays, BSB 062-${r.digits(3)} -> CBA, ABA routing lookups cached=${r.int(100, 999)}`,
  ),
  N(
    'public',
    'oauth-client-id-only',
    (r) => `${ts(r)} INFO oauth: token request grant_type=client_credentials client_id=${r.uuid()} scope=orders.read%20orders.write client_secret=[FILTERED] -> 200 expires_in=3600 token_type=Bearer`,
  ),
];
