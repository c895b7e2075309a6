import type { Area51 } from './blind-set-51-ctx';

/** Vehicle history, registration and title lookups, rental counters. */
export const HISTORY51: Area51 = {
  area: 'history',
  templates: [
    {
      name: 'dvla-ves',
      n: 11,
      make: (c) => `$ curl -L -X POST 'https://driver-vehicle-licensing.api.gov.uk/vehicle-enquiry/v1/vehicles' \\
  -H 'x-api-key: ${c.alnum(40, 'api_key')}' -H 'Content-Type: application/json' -d '{"registrationNumber": "${c.plate().replace(' ', '')}"}'
{"make":"${c.pick(['FORD', 'VAUXHALL', 'VOLKSWAGEN'])}","colour":"BLUE","fuelType":"PETROL","motStatus":"Valid","taxStatus":"Taxed","yearOfManufacture":${c.int(2008, 2022)}}
# MOT history: MOTH_CLIENT_SECRET=${c.cred('oauth_client_secret', c.r.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789~._-', 40))} MOTH_API_KEY=${c.alnum(40, 'api_key')}`,
    },
    {
      name: 'kadoe-keeper',
      n: 5,
      make: (c) => {
        const p = c.person();
        return `KADOE response batch ${c.digits(8)} (parking operator ref PCN${c.digits(7)})
VRM: ${c.plate()}  Keeper: ${c.pers('person_name', p.full.toUpperCase())}
Address: ${c.ukAddress()}
Date keeper acquired: 2021-0${c.int(1, 9)}-${c.int(10, 28)}
Retrieved via sftp kadoe_${c.lownum(6)} / password ${c.pw()} (rotate!)`;
      },
    },
    {
      name: 'autocheck-url',
      n: 11,
      make: (c) => `${c.ts()} INFO  [history-svc] fetching report: https://www.autocheck.com/DealerWebLink.jsp?CID=${c.digits(7)}&PWD=${c.urlPw()}&SID=${c.alnum(20, 'api_key')}&VIN=${c.vin()}&LANG=EN`,
    },
    {
      name: 'vin-decoders-env',
      n: 11,
      make: (c) => `# vin-decode-service/.env
VINAUDIT_API_KEY=${c.cred('api_key', c.upnum(15))}
MARKETCHECK_API_KEY=${c.alnum(32, 'api_key')}
EDMUNDS_API_KEY=${c.cred('api_key', c.lownum(24))}
CARFAX_PRODUCT_DATA_ID=${c.cred('api_key', c.upnum(16))}
NHTSA_VPIC_BASE=https://vpic.nhtsa.dot.gov/api/vehicles
GOOGLE_MAPS_KEY=${c.gmaps()}`,
    },
    {
      name: 'dmv-renewal-ticket',
      n: 8,
      make: (c) => `Freshdesk #${c.digits(6)} — registration renewal failed
Customer: ${c.name()}, DOB ${c.dob(1)}, DL ${c.dl()}
Mailing address: ${c.address()}
Paid with ${c.card('mc')} (customer read it over the phone), CVV ${c.cvv()} — state portal timed out, need to resubmit.`,
    },
    {
      name: 'elt-lien',
      n: 8,
      make: (c) => `{"eltTransaction":{"state":"${c.pick(['FL', 'TX', 'CA'])}","titleNumber":"${c.digits(9)}","vin":"${c.vin()}",
 "owners":[{"name":"${c.name()}","address":"${c.address()}"}],"lienholder":{"name":"${c.pick(['Ally Bank', 'Capital One Auto Finance', 'Navy Federal CU'])}","elt_id":"E${c.digits(5)}"},
 "loanAccountNumber":"${c.loanAcct()}","lienDate":"${c.ts().slice(0, 10)}"}}`,
    },
    {
      name: 'vin-service-python',
      n: 11,
      make: (c) => `psycopg2.OperationalError: connection to server at "${c.host()}.vindb.internal" (10.${c.int(0, 255)}.${c.int(0, 255)}.${c.int(1, 254)}), port 5432 failed: FATAL:  password authentication failed for user "vin_ro"
During handling of the above exception, settings were:
  SQLALCHEMY_DATABASE_URI = 'postgresql+psycopg2://vin_ro:${c.urlPw()}@${c.host()}.vindb.internal:5432/history'
  CELERY_BROKER_URL = 'amqp://celery:${c.urlPw()}@rabbit.vindb.internal:5672//'
  SENTRY_ENVIRONMENT = 'prod'`,
    },
    {
      name: 'uk-finance-app',
      n: 8,
      make: (c) => {
        const p = c.person();
        return `# hpi / car finance application (UK), decision API request
{"applicationRef":"CF${c.digits(8)}","applicant":{"title":"${c.pick(['Mr', 'Ms', 'Mrs'])}","name":"${c.pers('person_name', p.full)}","dateOfBirth":"${c.dob(2)}","nationalInsuranceNumber":"${c.nino()}","drivingLicence":"${c.ukDl(p.last)}","mobile":"${c.ukPhone()}","address":"${c.ukAddress()}",
 "bank":{"sortCode":"${c.digits(2)}-${c.digits(2)}-${c.digits(2)}","iban":"${c.iban('GB')}"}},"hpi":{"customerCode":"${c.upnum(6)}","password":"${c.pw()}"}}`;
      },
    },
    {
      name: 'rental-agreement',
      n: 8,
      make: (c) => `RENTAL AGREEMENT RA#${c.digits(9)}   Branch: ${c.pick(['MCO', 'LAX', 'DEN', 'ATL'])}-${c.int(10, 99)}
Renter: ${c.name()}   DOB: ${c.dob(1)}
Passport: ${c.passport()} (${c.pick(['GBR', 'DEU', 'BRA', 'JPN'])})   Local address: ${c.address()}
Card on file: ${c.card()}  exp ${String(c.int(1, 12)).padStart(2, '0')}/${c.int(26, 31)}
Vehicle: ${c.pick(['Nissan Altima', 'Chevy Malibu', 'Jeep Wrangler'])} unit ${c.digits(7)} plate ${c.plate()}  Fuel: 8/8  Odo: ${c.int(3000, 40000)}`,
    },
    {
      name: 'ci-deploy-log',
      n: 11,
      make: (c) => {
        const [ak, sk] = c.awsKey();
        return `Run ./deploy.sh history-api
+ export AWS_ACCESS_KEY_ID=${ak}
+ export AWS_SECRET_ACCESS_KEY=${sk}
+ npm config set //registry.npmjs.org/:_authToken ${c.npm()}
+ git clone https://x-access-token:${c.ghp()}@github.com/${c.pick(['carhistory', 'vinlytics'])}/history-api.git
+ curl -X POST -d '{"text":"deploy ok"}' ${c.slackHook()}
+ DD_API_KEY=${c.datadog()} ./dd-report.sh`;
      },
    },
  ],
};
