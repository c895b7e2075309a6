import type { Neg51 } from './blind-set-51-neg-a';

/** Look-alikes from ride-hailing, parking, finance and history systems. */
export const NEG51_B: readonly Neg51[] = [
  {
    area: 'ride',
    name: 'gbfs-stations',
    n: 5,
    make: (c) => {
      const st = () => `{"station_id":"${c.uuid()}","name":"${c.pick(['5th & Congress', 'Union Station East', 'Civic Center Plaza', 'Riverwalk @ Main'])}","lat":${(30 + c.int(0, 9999) / 10000).toFixed(4)},"lon":${(-97 - c.int(0, 9999) / 10000).toFixed(4)},"capacity":${c.int(8, 40)}}`;
      return `GET https://gbfs.${c.pick(['lyft', 'bcycle', 'citibikenyc'])}.com/gbfs/2.3/en/station_information.json\n{"last_updated":${1717000000 + c.int(0, 99999)},"ttl":60,"version":"2.3","data":{"stations":[${st()},${st()}]}}`;
    },
  },
  {
    area: 'ride',
    name: 'fare-quote',
    n: 5,
    make: (c) => `{"fare_id":"${c.hex(64)}","product_id":"${c.uuid()}","display":"$${c.int(9, 60)}-${c.int(61, 90)}","surge_multiplier":${c.pick(['1.0', '1.4', '2.1'])},"currency_code":"USD","duration_estimate":${c.int(300, 3600)},"distance_estimate":${c.int(1, 30)}.${c.digits(2)},"pickup_estimate":${c.int(2, 12)},"expires_at":${1717000000 + c.int(0, 99999)}}`,
  },
  {
    area: 'ride',
    name: 'stripe-publishable',
    n: 5,
    make: (c) => `// rider-web/src/config.ts — publishable keys are safe to ship to the browser
export const STRIPE_PUBLISHABLE_KEY = 'pk_live_${c.b62(99)}';
export const MAP_STYLE = 'mapbox://styles/${c.pick(['scootly', 'zipride'])}/cl${c.lownum(23)}';
export const SENTRY_RELEASE = 'rider-web@${c.int(3, 9)}.${c.int(0, 40)}.${c.int(0, 9)}+${c.hex(7)}';`,
  },
  {
    area: 'ride',
    name: 'stripe-test-cards',
    n: 5,
    make: (c) => `## QA checklist (scooter unlock pre-auth), build ${c.int(1000, 9999)}
- Use Stripe test card 4242 4242 4242 4242, any future expiry, any CVC → succeeds
- 4000 0000 0000 9995 → insufficient_funds decline
- Confirm PaymentIntent pi_${c.b62(24)} is captured after ride end (amount ${c.int(100, 900)} cents)`,
  },
  {
    area: 'ride',
    name: 'dispatch-metrics',
    n: 5,
    make: (c) => `# HELP dispatch_match_latency_seconds Time from request to driver match
# TYPE dispatch_match_latency_seconds histogram
dispatch_match_latency_seconds_bucket{market="${c.pick(['atx', 'den', 'phx'])}",le="5"} ${c.int(1000, 90000)}
dispatch_match_latency_seconds_bucket{market="atx",le="+Inf"} ${c.int(90000, 99999)}
dispatch_open_requests{market="atx",product="${c.uuid()}"} ${c.int(0, 300)}`,
  },
  {
    area: 'ride',
    name: 'push-placeholder',
    n: 5,
    make: (c) => `{
  "fcm": { "serverKey": "\${FCM_SERVER_KEY}", "senderId": "${c.nz(12)}" },
  "apns": { "teamId": "${c.upnum(10)}", "keyId": "${c.upnum(10)}", "p8Path": "/run/secrets/apns_authkey.p8" },
  "twilio": { "accountSid": "AC${c.hex(32)}", "authToken": "<twilio-auth-token>" }
}`,
  },
  {
    area: 'parking',
    name: 'zone-rates',
    n: 5,
    make: (c) => `zone: ${c.int(1000, 9999)}
operator: ${c.pick(['SP+ Parking', 'LAZ Parking', 'Premier Parking'])}
support_phone: "1-800-555-01${c.digits(2)}"
rates: [{max_min: 60, usd: ${c.int(2, 6)}.00}, {max_min: 120, usd: ${c.int(7, 12)}.00}, {max_min: 1440, usd: ${c.int(18, 40)}.00}]
polygon: [[-97.74${c.digits(2)}, 30.26${c.digits(2)}], [-97.74${c.digits(2)}, 30.27${c.digits(2)}], [-97.73${c.digits(2)}, 30.27${c.digits(2)}]]`,
  },
  {
    area: 'parking',
    name: 'masked-receipt',
    n: 5,
    make: (c) => `RECEIPT  ${c.pick(['ParkMobile', 'PayByPhone', 'Flowbird'])}  txn ${c.upnum(12)}
Zone ${c.int(1000, 9999)}  Start ${c.ts().slice(11, 16)}  Duration ${c.pick([30, 60, 90])} min
Paid  $${c.int(2, 19)}.${c.digits(2)}  VISA ************${c.digits(4)}  Auth ${c.upnum(6)}
Questions? support@parkmobile.example · ref ${c.uuid()}`,
  },
  {
    area: 'parking',
    name: 'toll-plaza-log',
    n: 5,
    make: (c) => `${c.ts()} plaza=${c.pick(['SR-91E-07', 'I-635-TEXpress-12', 'NJTP-18W'])} lane=${c.int(1, 12)} class=${c.int(2, 6)} read=${c.pick(['TAG', 'IMAGE'])} txn=${c.nz(14)} rate_cents=${c.int(75, 1800)} axle_count=${c.int(2, 6)} cam_ms=${c.int(20, 300)}`,
  },
  {
    area: 'parking',
    name: 'operator-yaml-vault',
    n: 5,
    make: (c) => `partners:
  spothero:
    api_key: "{{ vault \\"secret/data/garage/spothero\\" \\"api_key\\" }}"
  parkwhiz:
    client_secret: \${PARKWHIZ_CLIENT_SECRET}
  passport:
    operator_id: ${c.uuid()}
    api_token: "********"
cache: { redis_url: "redis://redis.${c.pick(['garage', 'lot'])}.svc.cluster.local:6379/0" }`,
  },
  {
    area: 'finance',
    name: 'amortization',
    n: 5,
    make: (c) => {
      let bal = c.int(18000, 45000);
      const rows: string[] = [];
      for (let i = 1; i <= 4; i++) {
        const int = Math.round(bal * 0.0058 * 100) / 100;
        const prin = c.int(300, 600);
        bal -= prin;
        rows.push(`${i},2024-0${i}-15,${(prin + int).toFixed(2)},${prin}.00,${int.toFixed(2)},${bal}.00`);
      }
      return `payment_no,due_date,payment,principal,interest,balance\n${rows.join('\n')}`;
    },
  },
  {
    area: 'finance',
    name: 'rate-sheet',
    n: 5,
    make: (c) => `{"program":"${c.pick(['Ally Standard Retail', 'COAF Prime', 'Westlake Value'])}","effective":"${c.ts().slice(0, 10)}","tiers":[{"tier":"S","minFico":720,"apr":${c.int(4, 7)}.${c.digits(2)}},{"tier":"A","minFico":680,"apr":${c.int(7, 10)}.${c.digits(2)}}],"maxLtv":${c.int(110, 135)},"maxTerm":${c.pick([72, 84])},"programId":"${c.upnum(8)}"}`,
  },
  {
    area: 'finance',
    name: 'quote-no-pii',
    n: 5,
    make: (c) => `quote_id=${c.uuid()} carrier=${c.pick(['progressive', 'geico', 'travelers'])} territory=${c.digits(3)} bi=100/300 pd=100 comp_ded=${c.pick([500, 1000])} coll_ded=${c.pick([500, 1000])} premium_6mo=${c.int(480, 1900)}.${c.digits(2)} vehicle_symbol=${c.int(10, 70)} bind_url=https://quote.example-insure.com/b/${c.b62(22)}?utm_source=${c.pick(['carfax', 'truecar'])}`,
  },
  {
    area: 'finance',
    name: 'npm-lock',
    n: 5,
    make: (c) => `"node_modules/${c.pick(['@adyen/api-library', 'plaid', 'stripe', 'authorizenet'])}": {
  "version": "${c.int(8, 20)}.${c.int(0, 12)}.${c.int(0, 9)}",
  "resolved": "https://registry.npmjs.org/stripe/-/stripe-${c.int(8, 14)}.${c.int(0, 9)}.0.tgz",
  "integrity": "sha512-${c.b64(64)}",
  "license": "MIT"
}`,
  },
  {
    area: 'history',
    name: 'vpic-decode',
    n: 5,
    make: (c) => {
      const vin = c.vin();
      return `GET https://vpic.nhtsa.dot.gov/api/vehicles/DecodeVinValues/${vin}?format=json
{"Count":1,"Message":"Results returned successfully","SearchCriteria":"VIN:${vin}","Results":[{"Make":"${c.pick(['FORD', 'TOYOTA', 'TESLA'])}","ModelYear":"${c.int(2012, 2024)}","PlantCountry":"UNITED STATES (USA)","ErrorCode":"0","VehicleDescriptor":"${vin.slice(0, 8)}*${vin.slice(9, 11)}"}]}`;
    },
  },
  {
    area: 'history',
    name: 'recall-notice',
    n: 5,
    make: (c) => `NHTSA Campaign ${c.int(20, 24)}V-${c.digits(3)}  Mfr recall ${c.upnum(5)}
Component: ${c.pick(['AIR BAGS:FRONTAL', 'FUEL SYSTEM, GASOLINE', 'ELECTRICAL SYSTEM:12V BATTERY'])}
Potential units affected: ${c.int(1000, 900000)}   Owner notification: ${c.ts().slice(0, 10)}
Dealer remedy: replace ${c.pick(['inflator module', 'fuel pump', 'battery cable'])} free of charge. Owners may call the manufacturer at 1-866-555-01${c.digits(2)} (ref ${c.upnum(4)}).`,
  },
  {
    area: 'history',
    name: 'vinaudit-demo',
    n: 5,
    make: (c) => `# Quick start from the VinAudit API docs
curl "https://api.vinaudit.com/query.php?key=VA_DEMO_KEY&vin=${c.vin()}&format=json&mode=test"
# then: api.vinaudit.com/getreport.php?key=VA_DEMO_KEY&id=<report-id>&format=json
# replace VA_DEMO_KEY with the key from your account dashboard`,
  },
  {
    area: 'history',
    name: 'ci-hashes',
    n: 5,
    make: (c) => `Run actions/checkout@${c.hex(40)}
Deploying history-api ${c.int(1, 3)}.${c.int(0, 40)}.${c.int(0, 9)} (commit ${c.hex(40)})
Pushed 123456789012.dkr.ecr.us-east-1.amazonaws.com/history-api:sha-${c.hex(7)} digest: sha256:${c.hex(64)} size: ${c.int(1000, 5000)}
cache key: node-modules-${c.hex(64)}`,
  },
];
