import { js, type Tpl37 } from './blind-set-37-draw';
import { B64URL } from './blind-set-37-rng';

const A = 'ordering';

/** Online ordering, delivery and reservations: DoorDash Drive, Uber Eats, Grubhub, Deliveroo, Just Eat, Olo, ChowNow, OpenTable, Resy, SevenRooms. */
export const ORDERING37: Tpl37[] = [
  { area: A, name: 'doordash-drive', make: (d) => {
    const secret = d.c('doordash_signing_secret', d.r.b64url(32));
    const [fn, ln] = d.names();
    const phone = d.phone('e164');
    const st = d.street();
    const note = d.c('door_code', d.r.digits(5));
    return `DoorDashDriveError: 401 authentication_error "The provided JWT is invalid" (external_delivery_id=D-${d.order()})
  access_key={"developer_id":"${d.uuid()}","key_id":"${d.uuid()}","signing_secret":"${secret}"}
  dropoff_address="${st.street}, ${st.city}, ${st.state} ${st.zip}" dropoff_phone_number="${phone}" dropoff_contact_given_name="${fn}" dropoff_contact_family_name="${ln}"
  dropoff_instructions="gate code #${note}, leave with concierge"`;
  } },
  { area: A, name: 'ubereats-token', make: (d) => {
    const cs = d.c('client_secret', d.chars(B64URL, 40));
    const [fn, ln] = d.names();
    const phone = d.phone('us');
    return `uber-eats-adapter ERROR oauth: 401 invalid_client
  POST https://auth.uber.com/oauth/v2/token client_id=${d.chars(B64URL, 32)}&client_secret=${cs}&grant_type=client_credentials&scope=eats.store+eats.order
  UBER_WEBHOOK_SIGNING_KEY=${d.c('webhook_secret', d.chars(B64URL, 43))}
  pending order ${d.uuid()}: eater={"first_name":"${fn}","last_name":"${ln}","phone":"${phone}"}`;
  } },
  { area: A, name: 'grubhub-hmac', make: (d) => {
    const secret = d.c('grubhub_hmac_secret', d.r.b64(32));
    const name = d.name();
    const st = d.street();
    return `grubhub-pos-bridge WARN auth header rejected
  Authorization: MAC id="${d.b62(20)}",nonce="${d.b62(16)}",bodyhash="${d.r.b64(32)}",mac="${d.r.b64(32)}"
  GRUBHUB_SECRET_KEY=${secret}
  order.diner: ${name} / ${st.street}, ${st.city} ${st.state}`;
  } },
  { area: A, name: 'deliveroo-basic', make: (d) => {
    const id = d.lowerDigits(24);
    const secret = d.b62(48);
    const basic = d.c('basic_auth', Buffer.from(`${id}:${secret}`).toString('base64'));
    const [fn, ln] = d.names();
    const phone = d.phone('uk');
    return `[deliveroo] ${d.ts()} token request failed 401
> POST https://auth.developers.deliveroo.com/oauth2/token
> Authorization: Basic ${basic}
> grant_type=client_credentials
order ${d.chars('abcdef0123456789', 8)}: customer {"first_name":"${fn}","last_name":"${ln}","contact_number":"${phone}"}`;
  } },
  { area: A, name: 'justeat-order', make: (d) => {
    const key = d.c('api_key', d.b62(32));
    const name = d.name();
    const st = d.street();
    const phone = d.phone('uk');
    return `JustEat.Connect: order ingest failed (HTTP 409 Conflict) X-Flyt-Api-Key=${key}
  Customer: {"Name":"${name}","PhoneNumber":"${phone}","Address":{"Lines":["${st.street}"],"City":"${st.city}"}}`;
  } },
  { area: A, name: 'olo-webhook', make: (d) => {
    const secret = d.c('webhook_secret', d.b62(40));
    const [fn, ln] = d.names();
    const phone = d.phone('us');
    const note = `Please call ${fn} at ${phone} on arrival`;
    return `{"level":50,"time":"${d.ts()}","msg":"olo webhook verification failed","oloSecret":"${secret}","event":{"orderId":${d.order()},"customer":{"firstName":"${fn}","lastName":"${ln}"},"specialInstructions":"${js(note)}"}}`;
  } },
  { area: A, name: 'chownow-order-email', make: (d) => {
    const name = d.name();
    const phone = d.phone('us');
    const st = d.street();
    return `Subject: [BOUNCED] New ChowNow order #${d.order()} for ${d.pick(['Pho Saigon', 'Luigi\'s Trattoria', 'Sunrise Diner'])}
Delivery status notification: 550 5.1.1 mailbox unavailable
X-Mailgun-Api-Key: ${d.c('mailgun_api_key', 'key-' + d.hex(32))}
---- original message ----
Customer: ${name}
Phone: ${phone}
Deliver to: ${st.street}, ${st.city}, ${st.state} ${st.zip}`;
  } },
  { area: A, name: 'opentable-guest', make: (d) => {
    const cs = d.c('client_secret', d.chars(B64URL, 48));
    const [fn, ln] = d.names();
    const name = `${fn} ${ln}`;
    const email = d.email(name);
    return `opentable-sync: guest upsert error {"error":"invalid_client"} for rid=${d.int(10000, 999999)}
  OT_CLIENT_ID=${d.uuid()}
  OT_CLIENT_SECRET=${cs}
  guest: {"first_name":"${fn}","last_name":"${ln}","email":"${email}","notes":"anniversary; allergic to shellfish"}`;
  } },
  { area: A, name: 'resy-auth', make: (d) => {
    const key = d.c('resy_api_key', d.b62(32));
    const jwt = d.jwt({ type: 'user', user_id: d.int(1000000, 9999999), aud: 'resy' }, 'session_token');
    const name = d.name();
    return `resy reservations pull 419 (auth token expired) venue_id=${d.int(1000, 90000)}
  Authorization: ResyAPI api_key="${key}"
  X-Resy-Auth-Token: ${jwt}
  last booking: ${name}, party of ${d.int(2, 8)}`;
  } },
  { area: A, name: 'sevenrooms-export', make: (d) => {
    const cs = d.c('client_secret', d.hex(64));
    const rows = [0, 1].map(() => {
      const n = d.name();
      return `"${n}","${d.email(n)}","VIP"`;
    });
    return `sevenrooms client export aborted: 403 at page 3 (client_id=${d.pick(['acme-hospitality', 'harborgroup'])}, client_secret=${cs})
"full_name","email","tags"
${rows.join('\n')}`;
  } },
  { area: A, name: 'rails-checkout-params', make: (d) => {
    const ip = d.publicIp();
    const phone = d.phone('us');
    const pan = d.cardNumber();
    const cvc = d.f('card_cvv', d.r.digits(d.pick([3, 4])));
    return `Started POST "/orders/checkout" for ${ip} at 2026-11-${d.int(10, 28)} ${d.int(10, 23)}:14:55 +0000
Processing by Storefront::CheckoutController#create as JSON
  Parameters: {"order"=>{"pickup_phone"=>"${phone}", "tip_cents"=>"${d.int(0, 900)}", "payment"=>{"number"=>"${pan}", "exp"=>"0${d.int(1, 9)}/${d.int(27, 31)}", "cvc"=>"${cvc}"}}, "location_id"=>"${d.int(10, 99)}"}
Completed 500 Internal Server Error in ${d.int(20, 900)}ms (ActiveRecord: ${d.int(1, 40)}.${d.int(0, 9)}ms)
NoMethodError (undefined method \`tokenize' for nil:NilClass):`;
  } },
];
