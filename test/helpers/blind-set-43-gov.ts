import type { Tpl43 } from './blind-set-43-gen';

const AGENCY = ['dor.state.mn.us', 'tax.ny.gov', 'dmv.ca.gov', 'courts.il.gov', 'permits.austintexas.gov', 'dhs.georgia.gov'];

/** Government services: tax e-file, benefits, DMV, court e-filing, permits, 311. */
export const GOV43: Tpl43[] = [
  {
    id: 'gov/irs-mef-a2a-properties',
    make: (c) => `# mef-client.properties (state e-file transmitter)
mef.etin=${c.r.digits(5)}
mef.appSysId=${c.r.digits(8)}
mef.keystore.password=${c.pw()}
mef.keystore.alias.password=${c.pw()}
mef.strongauth.pin=${c.cred('mef_strong_auth_pin', c.r.digits(8))}
mef.endpoint=https://la.www4.irs.gov/a2a/mef`,
  },
  {
    id: 'gov/efile-return-refund-json',
    make: (c) => `{"returnHeader":{"taxYear":"2026","primarySSN":"${c.ssn(false)}","spouseSSN":"${c.ssn(false)}","filerName":"${c.name()}"},"refundDirectDeposit":{"RoutingTransitNum":"${c.routing()}","BankAccountNum":"${c.account()}","BankAccountTypeCd":"1"},"paidPreparer":{"PTIN":"P${c.r.digits(8)}","PreparerFirmEIN":"${c.ein()}"}}`,
  },
  {
    id: 'gov/state-tax-portal-api-env',
    make: (c) => `TAX_PORTAL_API_KEY=${c.b62('state_tax_api_key', 48)}
TAX_PORTAL_HMAC_SECRET=${c.b64url('hmac_secret', 43)}
TAXDB_URL=sqlserver://taxsvc:${c.urlPw()}@taxdb01.${c.pick(AGENCY)}:1433;databaseName=ITS
AWS_ACCESS_KEY_ID=${c.awsKeyId()}
AWS_SECRET_ACCESS_KEY=${c.awsSecret()}`,
  },
  {
    id: 'gov/w9-vendor-sql',
    make: (c) => `INSERT INTO ap_vendor (vendor_name, tin_type, tin, remit_routing, remit_account, contact_email)
VALUES ('${c.name()} Consulting', 'SSN', '${c.ssn()}', '${c.routing()}', '${c.account()}', '${c.rawEmail()}'),
       ('Riverbend Tutoring LLC', 'EIN', '${c.ein()}', '${c.routing()}', '${c.account()}', 'billing@riverbendtutoring.co');`,
  },
  {
    id: 'gov/snap-ebt-case-note',
    make: (c) => `CASE NOTE ${c.r.int(100000, 999999)} (SNAP recert) — worker jdiaz
Head of household ${c.name()} called from ${c.phone()}. Replacement EBT card ${c.ebt()} issued; old card reported stolen. Verified identity with SSN ${c.ssn()} and DOB ${c.dob(1)}.`,
  },
  {
    id: 'gov/benefits-eligibility-api-yaml',
    make: (c) => `# eligibility-gateway/application-prod.yml
spring:
  datasource:
    url: jdbc:postgresql://elig-db.${c.pick(AGENCY)}:5432/eligibility
    username: elig_app
    password: "${c.pw()}"
fdsh:
  hub-client-secret: ${c.b62('fdsh_client_secret', 40)}
  mtls-key-passphrase: '${c.oddPw()}'`,
  },
  {
    id: 'gov/unemployment-claim-log',
    make: (c) => `ts=2027-04-0${c.r.int(1, 9)}T09:${c.r.int(10, 59)}:00Z level=warn app=ui-claims event=payment_method_change claimant_ssn=${c.ssn(false)} new_routing=${c.routing()} new_account=${c.account()} ip=${c.ip()} session=${c.cred('session_cookie', c.r.b64url(32))}`,
  },
  {
    id: 'gov/dmv-license-record',
    make: (c) => {
      const [st, dl] = c.driverLicense();
      return `DL RECORD  STATE=${st}  DLN=${dl}  NAME=${c.pii('person_name', c.fullName().toUpperCase())}
DOB=${c.dob(1)}  ADDR=${c.address()}  CLASS=C  STATUS=VALID`;
    },
  },
  {
    id: 'gov/dmv-kiosk-api-curl',
    make: (c) => {
      const [st, dl] = c.driverLicense();
      return `curl -X POST "https://api.${c.pick(AGENCY)}/v2/renewals" \\
  -H "x-api-key: ${c.b62('dmv_api_key', 40)}" \\
  -H "Content-Type: application/json" \\
  -d '{"state":"${st}","license_number":"${dl}","last4ssn":"${c.r.digits(4)}","payment":{"pan":"${c.card()}","cvv":"***"}}'`;
    },
  },
  {
    id: 'gov/court-efile-tyler-config',
    make: (c) => `<efmConfig>
  <endpoint>https://${c.pick(['il', 'tx', 'in', 'md'])}.tylertech.cloud/EFM/EFMUserService.svc</endpoint>
  <firmAdmin email="${c.email()}" password="${c.pw()}"/>
  <clientToken>${c.cred('tyler_efm_client_token', c.r.uuid())}</clientToken>
  <x509KeyPassword>${c.pw()}</x509KeyPassword>
</efmConfig>`,
  },
  {
    id: 'gov/court-filing-party-xml',
    make: (c) => `<nc:Person>
  <nc:PersonName><nc:PersonFullName>${c.name()}</nc:PersonFullName></nc:PersonName>
  <nc:PersonBirthDate><nc:Date>${c.dob(0)}</nc:Date></nc:PersonBirthDate>
  <nc:PersonSSNIdentification><nc:IdentificationID>${c.ssn()}</nc:IdentificationID></nc:PersonSSNIdentification>
  <nc:ContactTelephoneNumber>${c.phone(1)}</nc:ContactTelephoneNumber>
</nc:Person>
<!-- filer auth: ${c.jwt({ sub: 'attorney-filer', scope: 'efile', bar: 'ARDC' }, 'HS256')} -->`,
  },
  {
    id: 'gov/permits-accela-env',
    make: (c) => `ACCELA_APP_ID=${c.r.digits(15)}
ACCELA_APP_SECRET=${c.hex('accela_app_secret', 32)}
ACCELA_AGENCY=${c.pick(['AUSTIN', 'SACRAMENTO', 'RALEIGH'])}
ACCELA_CITIZEN_TOKEN=${c.b64url('accela_access_token', 120)}
PERMIT_FEES_STRIPE_KEY=${c.stripeSecret()}`,
  },
  {
    id: 'gov/permit-payment-webhook',
    make: (c) => `Stripe-Signature: t=${c.r.int(1790000000, 1799999999)},v1=${c.r.hex(64)}
{"type":"charge.succeeded","data":{"object":{"billing_details":{"name":"${c.name()}","address":{"line1":"${c.streetOnly()}"}},"metadata":{"permit_no":"BP-2027-${c.r.digits(5)}"}}}}
endpoint_secret=${c.stripeWhsec()}`,
  },
  {
    id: 'gov/311-open311-request',
    make: (c) => `POST /open311/v2/requests.json
api_key=${c.hex('open311_api_key', 32)}&service_code=${c.r.int(100, 999)}&lat=${c.r.int(30, 45)}.${c.r.digits(6)}&long=-${c.r.int(75, 120)}.${c.r.digits(6)}&first_name=${c.pii('person_name', c.first())}&last_name=${c.pii('person_name', c.last())}&email=${c.pii('email', encodeURIComponent(c.rawEmail()))}&phone=${c.pii('phone', encodeURIComponent(c.rawPhone(2)))}&description=Pothole%20in%20front%20of%20my%20house`,
  },
  {
    id: 'gov/311-crm-export-csv',
    make: (c) => `case_id,opened,category,reporter_name,reporter_phone,reporter_geo,status
SR-${c.r.digits(8)},2027-06-0${c.r.int(1, 9)},Graffiti,"${c.name()}",${c.phone(1)},"${c.geo()}",open
SR-${c.r.digits(8)},2027-06-1${c.r.int(0, 9)},Streetlight,"${c.name()}",${c.phone(3)},"${c.geo()}",closed`,
  },
  {
    id: 'gov/socrata-etl-script',
    make: (c) => `client = Socrata("data.${c.pick(['cityofchicago.org', 'seattle.gov', 'nola.gov'])}", "${c.r.b62(25)}",
                 username="etl-bot@cityofchicago.org",
                 password="${c.pw()}")
# api key secret for publishing pipeline
SODA_KEY_SECRET = "${c.b62('socrata_api_key_secret', 50)}"`,
  },
  {
    id: 'gov/esri-arcgis-token',
    make: (c) => `https://services${c.r.int(1, 9)}.arcgis.com/${c.r.b62(16)}/arcgis/rest/services/Inspections/FeatureServer/0/query?where=1%3D1&outFields=*&f=json&token=${c.b64url('arcgis_token', 128)}`,
  },
  {
    id: 'gov/granicus-govdelivery-ini',
    make: (c) => `[govdelivery]
account_code = ${c.pick(['MNDOR', 'CASF', 'WADOH'])}
api_user = comms-bot
api_password = ${c.oddPw()}
[twilio]
account_sid = AC${c.r.hex(32)}
auth_token = ${c.twilioToken()}`,
  },
];
