import type { Tpl49 } from './blind-set-49-messaging';

/** Secret-dense configuration and payment/payout dumps from the same platforms. */
export const EXTRA49: readonly Tpl49[] = [
  ['community/forum-sso-env', (c) => `DISCOURSE_CONNECT_SECRET=${c.cred('discourse_connect_secret', c.password(32))}
CIRCLE_API_TOKEN=${c.cred('circle_api_token', c.alnum(24))}
MUX_TOKEN_ID=${c.uuid()}
MUX_TOKEN_SECRET=${c.cred('mux_token_secret', c.r.b64(56))}
CLOUDINARY_URL=cloudinary://${c.r.digits(15)}:${c.cred('cloudinary_api_secret', c.b64url(27))}@community-media`],
  ['moderation/helm-values', (c) => `# charts/tns-pipeline/values-prod.yaml
vendors:
  hive:
    apiKey: "${c.cred('hive_api_key', c.alnum(32))}"
  sightengine:
    apiUser: "${c.int(100000000, 999999999)}"
    apiSecret: "${c.cred('sightengine_api_secret', c.alnum(32))}"
  perspective:
    key: "${c.cred('google_api_key', c.googleKey())}"
  openai:
    key: "${c.cred('openai_api_key', `sk-proj-${c.b64url(74)}T3BlbkFJ${c.b64url(74)}`)}"
resources: { limits: { cpu: "2", memory: 4Gi } }`],
  ['messaging/sms-failover-json', (c) => `{"sms_providers":[{"name":"twilio","account_sid":"${c.twilioSid()}","auth_token":"${c.cred('twilio_auth_token', c.hex(32))}","weight":70},{"name":"vonage","api_key":"${c.hex(8)}","api_secret":"${c.cred('vonage_api_secret', c.alnum(16))}","weight":20},{"name":"sinch","service_plan_id":"${c.hex(32)}","api_token":"${c.cred('sinch_api_token', c.hex(32))}","weight":10}],"messagebird_fallback_key":"${c.cred('messagebird_access_key', c.alnum(25))}"}`],
  ['dating/social-login-props', (c) => `auth.jwt.signing-secret=${c.cred('jwt_secret', c.r.b64(48))}
auth.google.client-id=${c.r.digits(12)}-${c.lower(32)}.apps.googleusercontent.com
auth.google.client-secret=${c.cred('google_oauth_client_secret', `GOCSPX-${c.b64url(28)}`)}
auth.facebook.app-id=${c.r.digits(15)}
auth.facebook.app-secret=${c.cred('facebook_app_secret', c.hex(32))}
auth.apple.key-id=${c.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10)}
auth.apple.private-key=${c.cred('private_key_escaped', c.ecPem().replace(/\n/g, '\\n'))}`],
  ['community/reddit-praw-ini', (c) => `[modbot]
client_id=${c.b64url(22)}
client_secret=${c.cred('reddit_client_secret', c.b64url(30))}
username=AutoModHelper_${c.int(10, 99)}
password=${c.cred('password', c.password())}
user_agent=script:modqueue-sweeper:v${c.int(1, 3)}.${c.int(0, 9)} (by /u/AutoModHelper)`],
  ['notify/auth-webhook-secrets', (c) => `CLERK_SECRET_KEY=${c.cred('clerk_secret_key', `sk_live_${c.alnum(40)}`)}
CLERK_WEBHOOK_SIGNING_SECRET=${c.cred('svix_webhook_secret', `whsec_${c.r.b64(24)}`)}
AUTH0_DOMAIN=communityhub.us.auth0.com
AUTH0_CLIENT_ID=${c.alnum(32)}
AUTH0_CLIENT_SECRET=${c.cred('auth0_client_secret', c.b64url(64))}`],
  ['creator/youtube-oauth', (c) => `google.auth.exceptions.RefreshError: ('invalid_grant: Token has been expired or revoked.', {'error': 'invalid_grant'})
credentials.json: {"installed":{"client_id":"${c.r.digits(12)}-${c.lower(32)}.apps.googleusercontent.com","client_secret":"${c.cred('google_oauth_client_secret', `GOCSPX-${c.b64url(28)}`)}","token_uri":"https://oauth2.googleapis.com/token"}}
token.json: {"token":"${c.cred('google_access_token', `ya29.a0${c.b64url(150)}`)}","refresh_token":"${c.cred('google_refresh_token', `1//0${c.b64url(99)}`)}","scopes":["https://www.googleapis.com/auth/youtube.force-ssl"]}`],
  ['creator/stripe-connect-bank', (c) => `curl https://api.stripe.com/v1/accounts/acct_1${c.alnum(15)}/external_accounts \\
  -u "${c.cred('stripe_secret_key', c.stripeSecret())}:" \\
  -d "external_account[object]=bank_account" \\
  -d "external_account[country]=US" \\
  -d "external_account[currency]=usd" \\
  -d "external_account[account_holder_name]=${c.per('person_name', c.fullName())}" \\
  -d "external_account[routing_number]=${c.fin('us_routing_number', c.routing())}" \\
  -d "external_account[account_number]=${c.fin('bank_account_number', c.account())}"`],
  ['dating/chargeback-csv', (c) => {
    const rows: string[] = [];
    for (let i = 0; i < 3; i++) rows.push(`${c.int(10000000, 99999999)},${c.fin('card_number', c.card())},${c.int(5, 80)}.99,${c.pick(['10.4', '13.1', '4837', '4853'])},${c.ts().slice(0, 10)}`);
    return `dispute_id,pan,amount_usd,reason_code,opened\n${rows.join('\n')}`;
  }],
  ['creator/1099-sql', (c) => {
    const name = c.fullName();
    return `UPDATE creator_tax_profiles SET legal_name = '${c.per('person_name', name)}', tin = '${c.fin('ein', c.ein())}', payout_routing = '${c.fin('us_routing_number', c.routing())}', payout_account = '${c.fin('bank_account_number', c.account())}', updated_at = now() WHERE creator_id = ${c.uid()};`;
  }],
  ['dating/adyen-payment', (c) => {
    const card = c.card('mc').replace(/\D/g, '');
    return `POST https://checkout-live.adyenpayments.com/checkout/v71/payments
X-API-Key: ${c.cred('adyen_api_key', `AQE${c.b64url(30)}/${c.b64url(40)}=-${c.b64url(40)}=-${c.b64url(10)}`)}
{"amount":{"currency":"EUR","value":${c.int(999, 4999)}},"reference":"SUB-${c.int(100000, 999999)}","paymentMethod":{"type":"scheme","number":"${c.fin('card_number', card)}","expiryMonth":"${String(c.int(1, 12)).padStart(2, '0')}","expiryYear":"20${c.int(26, 31)}","cvc":"${c.fin('card_cvv', c.cvv())}","holderName":"${c.per('person_name', c.fullName())}"},"merchantAccount":"DatingAppsEU_ECOM"}`;
  }],
  ['creator/gocardless-mandate', (c) => `gocardless_pro.errors.InvalidApiUsageError: {"message":"Bank account already exists","errors":[{"reason":"bank_account_exists","field":"iban"}]}
  request: POST /customer_bank_accounts Authorization: Bearer ${c.cred('gocardless_access_token', `live_${c.b64url(40)}`)}
  body: {"customer_bank_accounts":{"account_holder_name":"${c.per('person_name', c.fullName())}","iban":"${c.fin('iban', c.iban())}","links":{"customer":"CU${c.r.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 12)}"}}}`],
  ['creator/wise-recipient', (c) => `{"currency":"GBP","type":"sort_code","profile":${c.int(10000000, 99999999)},"accountHolderName":"${c.per('person_name', c.fullName())}","details":{"legalType":"PRIVATE","sortCode":"${c.fin('uk_sort_code', c.sortCode().replace(/-/g, ''))}","accountNumber":"${c.fin('bank_account_number', c.r.digits(8))}"}}
Authorization: Bearer ${c.cred('wise_api_token', c.uuid())}`],
];
