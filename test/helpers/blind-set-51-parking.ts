import type { Area51 } from './blind-set-51-ctx';

/** Parking operators, tolling, plate recognition. */
export const PARKING51: Area51 = {
  area: 'parking',
  templates: [
    {
      name: 'pay-station-log4j',
      n: 8,
      make: (c) => `${c.ts()} ERROR [http-nio-8443-exec-${c.int(1, 40)}] c.f.parking.PaymentController - gateway rejected payload {"zone":"${c.int(1000, 9999)}","plate":"${c.plate()}","durationMin":${c.pick([30, 60, 120])},"pan":"${c.card()}","expiry":"${c.int(1, 12)}/${c.int(26, 31)}","cvc":"${c.cvv()}","receiptEmail":"${c.email()}"}`,
    },
    {
      name: 'toll-violations-csv',
      n: 5,
      make: (c) => {
        const rows = [0, 1].map(() => `${c.upnum(10)},${c.plate()},${c.pick(['TX', 'FL', 'NJ'])},"${c.name()}","${c.address()}",${c.int(2, 48)}.${c.pick(['00', '50', '25'])},${c.ts().slice(0, 10)}`);
        return `notice_no,plate,plate_state,registered_owner,mailing_address,amount_due,txn_date\n${rows.join('\n')}`;
      },
    },
    {
      name: 'toll-account-ticket',
      n: 8,
      make: (c) => `Subject: Can't log in to my toll account
From: ${c.email()}
Hi, I'm ${c.name()}. The portal keeps rejecting my password (${c.pw(12)}), I reset it twice. Please just charge the replenishment to my new card ${c.card('visa')} exp ${c.int(1, 12)}/${c.int(27, 30)}. You can call me at ${c.phone(0)}.
Thanks`,
    },
    {
      name: 'operator-yaml',
      n: 11,
      make: (c) => `# garage-gateway/config/production.yml
partners:
  spothero:
    base_url: https://api.spothero.com/v2
    api_key: ${c.alnum(40, 'api_key')}
  parkwhiz:
    base_url: https://api.parkwhiz.com/v4
    client_secret: ${c.hexSecret(64, 'oauth_client_secret')}
  passport:
    operator_id: ${c.uuid()}
    api_token: ${c.alnum(48, 'api_key')}
cache:
  redis_url: redis://default:${c.urlPw()}@${c.host()}.cache.amazonaws.com:6379/0`,
    },
    {
      name: 'lpr-webhook',
      n: 5,
      make: (c) => {
        const user = c.pick(['lprcam', 'admin', 'genetec']);
        const auth = c.cred('basic_auth', Buffer.from(`${user}:${c.r.password(12)}`).toString('base64'));
        const [lat, lon] = c.geo();
        return `POST /api/lpr/reads HTTP/1.1
Host: enforcement.${c.pick(['citypark', 'premierparking', 'lazparking'])}.com
Authorization: Basic ${auth}
Content-Type: application/json

{"cameraId":"LPR-${c.upnum(6)}","plate":"${c.plate()}","confidence":0.${c.int(80, 99)},"timestamp":"${c.ts()}","gps":{"lat":${lat},"lon":${lon}},"imageRef":"s3://lpr-reads/${c.hex(32)}.jpg"}`;
      },
    },
    {
      name: 'nacha-refund',
      n: 10,
      make: (c) => {
        const line = () => {
          const r = c.routing();
          const acct = c.account(c.int(8, 12));
          const nm = c.name();
          return `6${c.pick(['22', '32'])}${r}${acct.padEnd(17, ' ')}${String(c.int(500, 9999)).padStart(10, '0')}${('TOLL' + c.digits(7)).padEnd(15, ' ')}${nm.toUpperCase().slice(0, 22).padEnd(22, ' ')}  0${c.digits(15)}`;
        };
        const l1 = line();
        const l2 = line();
        // the planted name is upper-cased inside the record; re-plant it in the form shown
        for (const v of c.values) if (v.kind === 'person_name') v.value = v.value.toUpperCase().slice(0, 22);
        return `101 ${c.routing(false)} ${c.digits(10)}${c.ts().slice(2, 10).replace(/-/g, '')}1200A094101TOLLWAY AUTHORITY       BANK\n5220TOLLWAY AUTH    REFUNDS             ${c.digits(10)}PPDTOLLREFUND\n${l1}\n${l2}`;
      },
    },
    {
      name: 'permit-application',
      n: 4,
      make: (c) => `{"formId":"residential-parking-permit","zone":"${c.pick(['A', 'C', 'F', 'R3'])}","submitted":"${c.ts()}",
 "applicant":{"name":"${c.name()}","address":"${c.address()}","dateOfBirth":"${c.dob(1)}","driverLicense":"${c.dl()}","email":"${c.email()}"},
 "vehicle":{"plate":"${c.plate()}","make":"${c.pick(['Subaru', 'Mazda', 'Hyundai'])}","year":${c.int(2008, 2024)}},"payment":{"status":"captured","last4":"${c.digits(4)}"}}`,
    },
    {
      name: 'fleet-toll-go',
      n: 11,
      make: (c) => `2024/${String(c.int(1, 12)).padStart(2, '0')}/0${c.int(1, 9)} 11:0${c.int(0, 9)}:21 tollsync: oauth token request failed: oauth2: cannot fetch token: 401 Unauthorized
Response: {"error":"invalid_client"}
config: &oauth2.Config{ClientID:"${c.lownum(20)}", ClientSecret:"${c.alnum(48, 'oauth_client_secret')}", Endpoint:{TokenURL:"https://api.${c.pick(['bestpass', 'prepass', 'tollguru'])}.com/oauth/token"}}
braintree.access_token=${c.cred('braintree_access_token', `access_token$production$${c.lownum(16)}$${c.hex(32)}`)}`,
    },
  ],
};
