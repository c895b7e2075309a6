import { logPrefix30, Plant30, type Template30 } from './blind-set-30-case';
import { person30, type Country30 } from './blind-set-30-people';
import { basic30, jwt30, klaviyoKey } from './blind-set-30-tokens';
import { awsKeyId, awsSecret, shopifyToken, slackWebhook, twilioToken } from './blind-set-30-keys';

const BRAZE = ['rest.iad-01.braze.com', 'rest.iad-03.braze.com', 'rest.fra-01.braze.eu', 'rest.iad-05.braze.com'];

/** Braze, Iterable, Klaviyo, Customer.io and SMS opt-outs: API requests, config, webhooks, errors. */
export const ENGAGE30: Template30[] = [
  {
    id: 'engage/braze-users-track',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      const attrs = { external_id: `cus_${r.b62(14)}`, email: k.p('email', u.email), phone: k.p('phone', r.chance(0.5) ? u.phoneNat : u.phoneIntl), first_name: u.first, home_city: u.city, email_subscribe: 'opted_in' };
      return k.done(`${logPrefix30(r, 'WARN')} braze /users/track partial failure
POST https://${r.pick(BRAZE)}/users/track
Authorization: Bearer ${k.c('braze-rest-api-key', r.uuid())}
${JSON.stringify({ attributes: [attrs] })}
{"message":"success","attributes_processed":0,"errors":[{"type":"'phone' must be a valid E.164 phone number","input_array":"attributes","index":0}]}`);
    },
  },
  {
    id: 'engage/braze-terraform-vars',
    make: (r) => {
      const k = new Plant30();
      return k.done(`# terraform/envs/prod/braze.auto.tfvars (plan output, sensitive=false by mistake)
braze_rest_endpoint      = "https://${r.pick(BRAZE)}"
braze_rest_api_key       = "${k.c('braze-rest-api-key', r.uuid())}"
braze_ios_app_identifier = "${r.uuid()}"
currents_s3_bucket       = "brightpath-braze-currents"
currents_aws_key_id      = "${awsKeyId(r)}"
currents_aws_secret      = "${k.c('aws-secret-access-key', awsSecret(r))}"
alerts_slack_webhook     = "${k.c('slack-webhook-url', slackWebhook(r))}"
  # module.braze_currents.aws_iam_access_key.currents will be updated in-place`);
    },
  },
  {
    id: 'engage/iterable-bad-key',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      const key = k.c('iterable-api-key', r.hex(32));
      const body = { email: k.p('email', u.email), dataFields: { firstName: u.first, phoneNumber: k.p('phone', u.phoneE164), loyaltyTier: r.pick(['gold', 'silver']) }, preferUserId: false, mergeNestedObjects: true };
      return k.done(`${logPrefix30(r)} iterable users/update failed 401
POST https://api.iterable.com/api/users/update
Api-Key: ${key}
Content-Type: application/json
${JSON.stringify(body)}
{"msg":"Invalid API key","code":"BadApiKey","params":{"ip":"10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}","endpoint":"/api/users/update","apiKeyIdentifier":"${r.hex(8)}","apiKeyType":"ServerSide"}}`);
    },
  },
  {
    id: 'engage/iterable-webhook-jwt',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      const secret = r.b64(32);
      const tok = jwt30(r, { alg: 'HS256', typ: 'JWT' }, { email: u.email, iat: r.epoch(), exp: r.epoch() + 3600 });
      return k.done(`iterable system webhook rejected by receiver: 401 invalid signature
POST /webhooks/iterable/emailUnSubscribe
authorization: Bearer ${k.c('jwt', tok)}
{"email":"${k.p('email', u.email)}","eventName":"emailUnSubscribe","dataFields":{"campaignId":${r.num(7)},"channelId":${r.num(5)},"unsubSource":"EmailLink"}}
receiver config: ITERABLE_JWT_SECRET=${k.c('iterable-jwt-secret', secret)} ITERABLE_JWT_ALG=HS256`);
    },
  },
  {
    id: 'engage/klaviyo-duplicate-profile',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['US', 'GB', 'AU', 'CA', 'DE'] as Country30[]));
      const body = { data: { type: 'profile', attributes: { email: k.p('email', u.email), phone_number: k.p('phone', u.phoneE164), first_name: u.first, last_name: u.last, location: { city: u.city, zip: u.postcode, country: u.country } } } };
      return k.done(`klaviyo POST https://a.klaviyo.com/api/profiles/ -> 409
request headers: {"Authorization":"Klaviyo-API-Key ${k.c('klaviyo-private-key', klaviyoKey(r))}","revision":"2024-${r.pick(['02-15', '06-15', '10-15'])}","accept":"application/json"}
request body: ${JSON.stringify(body)}
response: {"errors":[{"id":"${r.uuid()}","status":409,"code":"duplicate_profile","title":"Conflict.","detail":"A profile already exists with one of these identifiers.","source":{"pointer":"/data/attributes"},"meta":{"duplicate_profile_id":"${r.ulid()}"}}]}`);
    },
  },
  {
    id: 'engage/klaviyo-shopify-sync',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      const shop = `${r.pick(['brightpath-store', 'kestrel-foods', 'northwind-gear'])}.myshopify.com`;
      return k.done(`[shopify->klaviyo] order ${r.num(4)}${r.num(3)} sync failed
GET https://${shop}/admin/api/2024-04/orders.json?status=any&limit=250  X-Shopify-Access-Token: ${k.c('shopify-access-token', shopifyToken(r))}
POST https://a.klaviyo.com/api/events/  Authorization: Klaviyo-API-Key ${k.c('klaviyo-private-key', klaviyoKey(r))}
  event "Placed Order" profile.email=${k.p('email', u.email)} value=${r.int(20, 400)}.${r.digits(2)}
  <- 400 {"errors":[{"code":"invalid","title":"Invalid input.","detail":"'time' must be in the past","source":{"pointer":"/data/attributes/time"}}]}`);
    },
  },
  {
    id: 'engage/customerio-track',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      const site = r.hex(20), key = r.hex(20);
      const id = `cus_${r.b62(10)}`;
      return k.done(`${logPrefix30(r)} customerio identify failed 401 {"meta":{"error":"Unauthorized request"}}
PUT https://track.customer.io/api/v1/customers/${id}
Authorization: Basic ${k.c('basic-auth', basic30(site, key))}
{"email":"${k.p('email', u.email)}","first_name":"${u.first}","created_at":${r.epoch()},"plan":"${r.pick(['pro', 'starter'])}"}
worker env: CUSTOMERIO_SITE_ID=${site} CUSTOMERIO_API_KEY=${k.c('customerio-track-key', key)} CUSTOMERIO_REGION=${r.pick(['us', 'eu'])}`);
    },
  },
  {
    id: 'engage/customerio-transactional',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['US', 'GB', 'FR', 'ES', 'BR'] as Country30[]));
      const body = { transactional_message_id: r.int(2, 90), to: k.p('email', u.email), identifiers: { email: u.email }, message_data: { first_name: u.first, shipping_address: k.p('postal-address', u.address), order_total: `${r.int(10, 300)}.${r.digits(2)}` } };
      return k.done(`customer.io send/email -> 400 {"meta":{"error":"message_data.shipping_address: liquid render error"}}
POST https://api${r.chance(0.5) ? '-eu' : ''}.customer.io/v1/send/email
Authorization: Bearer ${k.c('customerio-app-key', r.hex(32))}
${JSON.stringify(body)}`);
    },
  },
  {
    id: 'engage/twilio-sms-stop',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['US', 'CA', 'GB', 'AU'] as Country30[]));
      const sid = 'AC' + r.hex(32);
      return k.done(`${logPrefix30(r)} sms-optout: X-Twilio-Signature validation failed, processing anyway
POST /twilio/inbound ToCountry=US&SmsMessageSid=SM${r.hex(32)}&NumMedia=0&Body=STOP&From=${k.p('phone', encodeURIComponent(u.phoneE164))}&AccountSid=${sid}&To=%2B1${r.pick(['833', '844', '855'])}${r.num(7)}
validator: twilio.RequestValidator('${k.c('twilio-auth-token', twilioToken(r))}').validate(url, params, '${r.b64(20)}') -> False
braze subscription update: phone=${k.p('phone', u.phoneE164)} group=marketing_sms state=unsubscribed`);
    },
  },
  {
    id: 'engage/braze-sms-subscription',
    make: (r) => {
      const k = new Plant30();
      const a = person30(r, 'US'), b = person30(r, r.pick(['GB', 'CA', 'AU', 'MX'] as Country30[]));
      return k.done(`POST https://${r.pick(BRAZE)}/v2/subscription/status/set
Authorization: Bearer ${k.c('braze-rest-api-key', r.uuid())}
{"subscription_groups":[{"subscription_group_id":"${r.uuid()}","subscription_state":"subscribed","phones":["${k.p('phone', a.phoneE164)}","${k.p('phone', b.phoneE164)}"]}]}
<- 400 {"message":"Invalid phone number: ${b.phoneE164}. Phone numbers must be in E.164 format and belong to a supported region."}`);
    },
  },
];
