import type { Area51 } from './blind-set-51-ctx';

/** Ride-hailing, scooter and bike sharing. */
export const RIDE51: Area51 = {
  area: 'ride',
  templates: [
    {
      name: 'uber-history',
      n: 5,
      make: (c) => {
        const tok = c.cred('oauth_access_token', `KA.${Buffer.from(JSON.stringify({ version: 2, id: c.b64(16), expires_at: c.epoch(), pipeline_key_id: c.b64(4), pipeline_id: 1 })).toString('base64')}.${c.b64url(32)}`);
        const [lat, lon] = c.geo();
        return `> GET /v1.2/history?limit=1 HTTP/1.1
> Host: api.uber.com
> Authorization: Bearer ${tok}
> Accept-Language: en_US
< HTTP/1.1 200 OK
{"count":${c.int(20, 400)},"history":[{"status":"completed","distance":${c.int(1, 19)}.${c.digits(4)},"request_time":${c.epoch()},"start_city":{"latitude":${lat},"longitude":${lon},"display_name":"${c.cityOf()[0]}"},"request_id":"${c.uuid()}","product_id":"${c.uuid()}"}]}`;
      },
    },
    {
      name: 'lyft-oauth',
      n: 11,
      make: (c) => `$ curl -X POST -H "Content-Type: application/json" --user "${c.b62(12)}:${c.alnum(32, 'oauth_client_secret')}" -d '{"grant_type": "refresh_token", "refresh_token": "${c.cred('oauth_refresh_token', c.b64(72))}"}' https://api.lyft.com/oauth/token
{"token_type": "Bearer", "access_token": "${c.cred('oauth_access_token', c.b64(114))}", "expires_in": 3600, "scope": "public profile rides.read rides.request offline"}`,
    },
    {
      name: 'rider-ticket',
      n: 5,
      make: (c) => {
        const p = c.person();
        return `Zendesk ticket #${c.digits(7)} — Category: Lost item / Fare dispute
Requester: ${c.pers('person_name', p.full)} <${c.emailOf(p.first, p.last)}>
Phone on account: ${c.phone(3)}
Message: My trip on ${c.ts().slice(0, 10)} from ${c.address()} to the airport was charged twice. Driver was ${c.name()}, plate ${c.plate()}. I left a black backpack in the back seat.
Internal note: refunded duplicate, trip uuid ${c.uuid()}.`;
      },
    },
    {
      name: 'checkr-webhook',
      n: 5,
      make: (c) => {
        const p = c.person();
        return `POST /webhooks/checkr  (driver onboarding)
X-Checkr-Signature: ${c.hex(64)}
{"id":"${c.hex(24)}","object":"event","type":"candidate.created","data":{"object":{"id":"${c.hex(24)}","object":"candidate","first_name":"${p.first}","last_name":"${p.last}","full_name":"${c.pers('person_name', p.full)}","email":"${c.emailOf(p.first, p.last)}","dob":"${c.dob()}","ssn":"${c.ssn()}","driver_license_number":"${c.dl()}","driver_license_state":"${c.pick(['CA', 'NY', 'TX'])}","zipcode":"${c.cityOf()[2]}"}}}
# replay: curl -u ${c.hexSecret(40, 'api_key')}: https://api.checkr.com/v1/candidates`;
      },
    },
    {
      name: 'mds-trips',
      n: 5,
      make: (c) => {
        const jwt = c.jwt({ iss: `https://auth.${c.pick(['bird', 'lime', 'spin', 'veoride'])}.co/`, sub: `city-of-${c.pick(['austin', 'denver', 'santa-monica'])}`, aud: 'https://mds.example-provider.co/', provider_id: c.uuid(), exp: c.epoch() }, 'oauth_access_token');
        const [la1, lo1] = c.geo();
        const [la2, lo2] = c.geo();
        return `GET /mds/v2/trips?end_time=2024-06-11T14 HTTP/1.1
Authorization: Bearer ${jwt}
Accept: application/vnd.mds+json;version=2.0

{"version":"2.0.0","trips":[{"provider_id":"${c.uuid()}","device_id":"${c.uuid()}","trip_id":"${c.uuid()}","duration":${c.int(120, 2400)},"distance":${c.int(300, 6000)},
 "start_location":{"lat":${la1},"lng":${lo1}},"end_location":{"lat":${la2},"lng":${lo2}},"trip_type":"rider"}]}`;
      },
    },
    {
      name: 'stripe-python',
      n: 5,
      make: (c) => `stripe._error.CardError: Request req_${c.b62(14)}: Your card was declined.
  rider_id=${c.int(100000, 999999)} email=${c.email()} client_ip=${c.ip()} amount=${c.int(150, 2600)} currency=usd
  env: STRIPE_API_KEY=${c.stripeSk()}  STRIPE_WEBHOOK_SECRET=${c.whsec()}
  File "/srv/scoot/payments/unlock.py", line 112, in preauth_unlock
    intent = stripe.PaymentIntent.create(amount=100, customer=cust.stripe_id, capture_method="manual")`,
    },
    {
      name: 'push-config',
      n: 11,
      make: (c) => `{
  "fcm": { "serverKey": "${c.fcm()}", "senderId": "${c.nz(12)}" },
  "apns": { "teamId": "${c.upnum(10)}", "keyId": "${c.upnum(10)}", "bundleId": "com.${c.pick(['zipride', 'scootly', 'hopcar'])}.rider",
    "p8": "${c.ecPem('\\n')}" },
  "sentry": { "environment": "production" }
}`,
    },
    {
      name: 'riders-csv',
      n: 3,
      make: (c) => {
        const rows = [0, 1, 2].map(() => {
          const p = c.person();
          const [lat, lon] = c.geo();
          return `${c.nz(7)},${c.pers('person_name', p.full)},${c.emailOf(p.first, p.last)},${c.phone(1)},${c.ip()},${lat},${lon},${c.ts()}`;
        });
        return `rider_id,full_name,email,phone,last_login_ip,home_lat,home_lng,created_at\n${rows.join('\n')}`;
      },
    },
    {
      name: 'driver-payout',
      n: 8,
      make: (c) => `{"level":"error","ts":"${c.ts()}","logger":"payouts","msg":"plaid auth failed, falling back to manual ACH",
 "plaid":{"client_id":"${c.hex(24)}","secret":"${c.hexSecret(30, 'plaid_secret')}","access_token":"${c.cred('plaid_access_token', `access-production-${c.uuid()}`)}"},
 "driver":{"name":"${c.name()}","ssn":"${c.ssn(false)}","bank_routing":"${c.routing()}","bank_account":"${c.account()}","account_type":"checking"}}`,
    },
    {
      name: 'twilio-proxy',
      n: 5,
      make: (c) => `Twilio::REST::RestError: [HTTP 401] 20003 : Unable to create record
Authenticate
  twilio-ruby (6.9.0) lib/twilio-ruby/framework/rest/version.rb:217:in \`create'
  app/services/masked_call.rb:31:in \`connect'
  client = Twilio::REST::Client.new('AC${c.hex(32)}', '${c.twilio()}')
  params: {"From"=>"${c.phone(1)}", "To"=>"${c.phone(1)}", "ProxyIdentifier"=>"+1${c.nz(10)}", "Session"=>"KC${c.hex(32)}"}`,
    },
  ],
};
