import { abaOk, b64Ok, ghOk, ibanOk, jwtOk, luhnOk } from './blind-set-37-checks';

const RE: Record<string, RegExp> = {
  password_hash: /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/,
  pagerduty_routing_key: /^[0-9a-f]{32}$/,
  wise_api_token: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  mailgun_api_key: /^key-[0-9a-f]{32}$/,
  twilio_api_secret: /^[A-Za-z0-9]{32}$/,
  authorize_net_signature_key: /^[0-9A-F]{128}$/,
  sentry_auth_token: /^sntryu_[0-9a-f]{64}$/,
  signed_url_signature: /^[0-9a-f]{64}$/,
  jwt_signing_secret: /^[0-9a-f]{64}$/,
  datadog_api_key: /^[0-9a-f]{32}$/,
  meraki_api_key: /^[0-9a-f]{40}$/,
  npm_token: /^npm_[A-Za-z0-9]{36}$/,
  docker_pat: /^dckr_pat_[A-Za-z0-9_-]{27}$/,
  braintree_access_token: /^access_token\$production\$[a-z0-9]{16}\$[0-9a-f]{32}$/,
  braintree_private_key: /^[0-9a-f]{32}$/,
  woocommerce_consumer_key: /^ck_[0-9a-f]{40}$/,
  woocommerce_consumer_secret: /^cs_[0-9a-f]{40}$/,
  paypal_client_secret: /^E[A-Za-z0-9_-]{79}$/,
  paypal_access_token: /^A21AA[A-Za-z0-9_-]{92}$/,
  authorize_net_transaction_key: /^[A-Za-z0-9]{16}$/,
  square_access_token: /^EAAA[A-Za-z0-9_-]{60}$/,
  square_refresh_token: /^EQAA[A-Za-z0-9_-]{60}$/,
  square_app_secret: /^sq0csp-[A-Za-z0-9_-]{43}$/,
  shopify_access_token: /^shpat_[a-f0-9]{32}$/,
  shopify_app_secret: /^shpss_[a-f0-9]{32}$/,
  stripe_secret_key: /^(sk|rk)_live_[A-Za-z0-9]{24,99}$/,
  stripe_connection_token: /^pst_live_[A-Za-z0-9]{24,}$/,
  heartland_secret_api_key: /^skapi_prod_[A-Za-z0-9_-]{40,}$/,
  adyen_api_key: /^AQE[A-Za-z0-9+/]+==-[A-Za-z0-9+/]+={0,2}-.{8,}$/,
  webhook_hmac_key: /^[0-9A-F]{64}$/,
  converge_ssl_pin: /^[A-Z0-9]{64}$/,
  clover_api_token: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  revel_api_secret: /^[0-9a-f]{64}$/,
  ncr_secret_key: /^[0-9a-f]{32}$/,
  punchh_api_secret: /^[0-9a-f]{64}$/,
  netsuite_consumer_secret: /^[0-9a-f]{64}$/,
  netsuite_token_secret: /^[0-9a-f]{64}$/,
  deputy_permanent_token: /^[0-9a-f]{32}$/,
  twilio_auth_token: /^[0-9a-f]{32}$/,
  sendgrid_api_key: /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/,
  mailchimp_api_key: /^[0-9a-f]{32}-us\d{1,2}$/,
  slack_webhook_url: /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{24}$/,
  slack_bot_token: /^xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/,
  aws_access_key_id: /^(AKIA|ASIA)[A-Z2-7]{16}$/,
  aws_secret_access_key: /^[A-Za-z0-9/+]{40}$/,
  gift_card_pin: /^\d{4,8}$/,
  gift_card_access_code: /^[A-Z2-9]{8}$/,
  card_cvv: /^\d{3,4}$/,
  door_code: /^\d{4,6}$/,
  sort_code: /^\d{2}-\d{2}-\d{2}$/,
  bank_account_number: /^\d{6,17}$/,
  ssn: /^(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/,
  email: /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/,
  phone: /^(\+1\d{10}|\+44 7\d{3} \d{6}|\(\d{3}\) \d{3}-\d{4}|\d{3}[-.]\d{3}[-.]\d{4})$/,
  ip_address: /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/,
  person_name: /^[A-Z][A-Za-z]+ [A-Z][A-Za-z]+$/,
  first_name: /^[A-Z][a-z]+$/,
  last_name: /^[A-Z][A-Za-z]+$/,
  cardholder_name: /^[A-Z]+\/[A-Z]+$/,
  date_of_birth: /^(19[5-9]\d|200[0-4])-\d{2}-\d{2}$|^\d{2}\/\d{2}\/(19[5-9]\d|200[0-4])$/,
};

/** Checks a planted value of set 37 against its kind's own format; true for kinds without a check. */
export function formatOk37(kind: string, value: string): boolean {
  switch (kind) {
    case 'card_number':
    case 'gift_card_number':
      return luhnOk(value);
    case 'track2_data': {
      const m = /^(\d{13,19})D\d{4}\d+$/.exec(value);
      return !!m && luhnOk(m[1]!);
    }
    case 'track1_data': {
      const m = /^%B(\d{13,19})\^[A-Z/ ]+\^\d{7,}\?$/.exec(value);
      return !!m && luhnOk(m[1]!);
    }
    case 'iban':
      return ibanOk(value);
    case 'aba_routing_number':
      return abaOk(value);
    case 'github_token':
      return ghOk(value);
    case 'jwt':
    case 'bearer_jwt':
    case 'session_token':
      return jwtOk(value);
    case 'private_key':
      return b64Ok(value.replace(/\\n|\n/g, ''), 300);
    case 'k8s_secret_b64':
      return b64Ok(value, 8);
    case 'basic_auth':
      return b64Ok(value) && Buffer.from(value, 'base64').toString('utf8').includes(':');
    case 'doordash_signing_secret':
      return b64Ok(value, 32);
    case 'grubhub_hmac_secret':
    case 'azure_sas_key':
    case 'encryption_key':
      return b64Ok(value, 32);
    default: {
      const re = RE[kind];
      return re ? re.test(value) : true;
    }
  }
}
