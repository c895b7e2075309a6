/**
 * Sealed blind set 26: the global commerce desk. Error logs and payloads from a worldwide seller's
 * integrations (Mollie, Klarna, Adyen, Checkout.com, Worldpay, Mercado Pago, PagSeguro, Razorpay,
 * Paytm, Xendit, Midtrans, PayU, iyzico, Paystack, Flutterwave, M-Pesa, Alipay, WeChat Pay, LINE Pay,
 * Rakuten, Shopify, WooCommerce, Magento, BigCommerce, commercetools, SFCC, Algolia, Contentful,
 * Akeneo, Zendesk, Freshdesk, Intercom, Vonage, Sinch, Infobip, Plivo, MessageBird, Mailchimp, Brevo,
 * Klaviyo, Braze, Customer.io, FCM, APNs, DHL, FedEx, UPS, Royal Mail, Correios, ShipStation,
 * EasyPost, Avalara, TaxJar, Google Maps, Nominatim, Cloudinary, Xero, QuickBooks, Sage, SAP, NetSuite)
 * in the formats their SDKs and frameworks print, with personal data and national ids of twenty
 * countries, domestic card schemes and bank layouts. What counts as a leak: the DECISIONS block in
 * test/helpers/blind-set-26.ts.
 *
 * Size (every seed): 551 positives, 2,696 planted values (credential 1,456 = 54.0 %, personal 864 = 32.0 %,
 * financial 376 = 13.9 %), 144 negatives.
 *
 * First sight: to be measured by the lead (the author never ran the scanner on this set). The floors
 * below are placeholders until then.
 */
import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet26 } from '../../helpers/blind-set-26';
import { formatOk26 } from '../../helpers/blind-set-26-format';

describeBlindSet({
  n: 26,
  build: buildBlindSet26,
  formatOk: formatOk26,
  minSize: { positives: 540, values: 2650, negatives: 140 },
  minCovered: 0,
  minByGroup: { credential: 0, personal: 0, financial: 0 },
  maxFlagged: 1,
});
