import type { Tpl43 } from './blind-set-43-gen';

const ORG = ['riverbend-food-bank', 'hope-shelter', 'cityarts-fund', 'youth-mentors', 'wildlands-trust'];

/** Donations and fundraising, grants, volunteer management. */
export const FUND43: Tpl43[] = [
  {
    id: 'fundraising/blackbaud-sky-env',
    make: (c) => `BB_SKY_SUBSCRIPTION_KEY=${c.hex('blackbaud_subscription_key', 32)}
BB_SKY_APP_ID=${c.r.uuid()}
BB_SKY_APP_SECRET=${c.cred('blackbaud_app_secret', c.r.b64(32))}
BB_SKY_REFRESH_TOKEN=${c.hex('blackbaud_refresh_token', 32)}`,
  },
  {
    id: 'fundraising/blackbaud-sky-http',
    make: (c) => `GET https://api.sky.blackbaud.com/constituent/v1/constituents/${c.r.int(100, 99999)}
Bb-Api-Subscription-Key: ${c.hex('blackbaud_subscription_key', 32)}
Authorization: Bearer ${c.jwt({ iss: 'https://oauth2.sky.blackbaud.com/', aud: 'blackbaud', environment_id: `p-${c.r.b62(22)}`, application_id: c.r.uuid() }, 'RS256', 'blackbaud_access_token')}`,
  },
  {
    id: 'fundraising/raisers-edge-constituent',
    make: (c) => `{"id":"${c.r.int(100, 99999)}","type":"Individual","name":"${c.name()}","email":{"address":"${c.email()}","type":"Email"},"phone":{"number":"${c.phone(0)}"},"address":{"formatted_address":"${c.address()}"},"birthdate":{"y":${c.r.int(1940, 1990)},"m":${c.r.int(1, 12)},"d":${c.r.int(1, 28)}}}`,
  },
  {
    id: 'fundraising/classy-oauth-curl',
    make: (c) => `curl -X POST https://api.classy.org/oauth2/auth \\
  -d "grant_type=client_credentials&client_id=${c.r.b62(16)}&client_secret=${c.b62('classy_client_secret', 40)}"
{"access_token":"${c.b62('classy_access_token', 40)}","token_type":"bearer","expires_in":3600}`,
  },
  {
    id: 'fundraising/gofundme-pro-webhook',
    make: (c) => `POST /webhooks/gfm-pro HTTP/1.1
X-GFM-Signature: sha256=${c.r.hex(64)}
{"event":"transaction.created","transaction":{"id":${c.r.int(10000000, 99999999)},"billing_first_name":"${c.pii('person_name', c.first())}","billing_last_name":"${c.pii('person_name', c.last())}","member_email_address":"${c.email()}","billing_address1":"${c.streetOnly()}","payment_method":{"last4":"${c.r.digits(4)}"}}}
# shared secret: ${c.b62('gofundme_pro_webhook_secret', 48)}`,
  },
  {
    id: 'fundraising/givebutter-api',
    make: (c) => `const gb = axios.create({
  baseURL: 'https://api.givebutter.com/v1',
  headers: { Authorization: 'Bearer ${c.cred('givebutter_api_key', `${c.r.int(1000, 9999)}|${c.r.b62(40)}`)}' },
});`,
  },
  {
    id: 'fundraising/donation-form-raw-post',
    make: (c) => `2027-11-2${c.r.int(0, 9)} 18:42:${c.r.int(10, 59)} [php:warn] donate.php raw POST: amount=${c.r.int(10, 500)}&donor_name=${c.pii('person_name', encodeURIComponent(c.fullName()))}&donor_email=${c.pii('email', encodeURIComponent(c.rawEmail()))}&cc_number=${c.card()}&cc_exp=${c.r.int(1, 12)}%2F${c.r.int(28, 32)}&in_honor_of=`,
  },
  {
    id: 'fundraising/stripe-donations-dotenv',
    make: (c) => `STRIPE_SECRET_KEY=${c.stripeSecret()}
STRIPE_WEBHOOK_SECRET=${c.stripeWhsec()}
STRIPE_PUBLISHABLE_KEY=pk_live_${c.r.b62(24)}
MAILCHIMP_API_KEY=${c.cred('mailchimp_api_key', `${c.r.hex(32)}-us${c.r.int(1, 21)}`)}`,
  },
  {
    id: 'fundraising/paypal-giving-config',
    make: (c) => `paypal:
  mode: live
  client_id: A${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 79)}
  client_secret: ${c.cred('paypal_client_secret', 'E' + c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 79))}
braintree:
  merchant_id: ${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}
  private_key: ${c.hex('braintree_private_key', 32)}`,
  },
  {
    id: 'fundraising/bloomerang-neon-keys',
    make: (c) => `# CRM migration (Bloomerang -> Neon)
BLOOMERANG_API_KEY="${c.b62('bloomerang_api_key', 32)}"
NEON_ORG_ID="${c.pick(ORG)}"
NEON_API_KEY="${c.hex('neon_crm_api_key', 32)}"
DONORPERFECT_KEY="${c.b64url('donorperfect_api_key', 96)}"`,
  },
  {
    id: 'fundraising/recurring-gift-ach-csv',
    make: (c) => `gift_id,donor,routing,account,amount,frequency,tax_id
RG-${c.r.digits(6)},"${c.name()}",${c.routing()},${c.account()},${c.r.int(10, 250)}.00,monthly,
RG-${c.r.digits(6)},"Hartwell Family Foundation",${c.routing()},${c.account()},${c.r.int(500, 5000)}.00,quarterly,${c.ein()}`,
  },
  {
    id: 'fundraising/daf-grant-iban',
    make: (c) => `Grant disbursement request — ${c.pick(ORG)} UK partner
Beneficiary: ${c.name()} (programme lead)
IBAN: ${c.iban('GB')}   Alt IBAN: ${c.iban()}
Wise API token used for payout: ${c.uuidSecret('wise_api_token')}`,
  },
  {
    id: 'fundraising/salesforce-npsp-sfdx',
    make: (c) => `$ sfdx force:org:display -u npsp-prod
Access Token     ${c.cred('salesforce_access_token', `00D${c.r.b62(12)}!AQ${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._', 94)}`)}
Client Id        PlatformCLI
Instance Url     https://${c.pick(ORG)}.my.salesforce.com
Username         admin@${c.pick(ORG)}.org.npsp
Sfdx Auth Url    ${c.cred('salesforce_auth_url', `force://PlatformCLI::5Aep861${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._', 80)}@${c.pick(ORG)}.my.salesforce.com`)}`,
  },
  {
    id: 'fundraising/gala-auction-card-log',
    make: (c) => `[auction-checkout] bidder #${c.r.int(100, 499)} ${c.name()} paddle card on file: ${c.card(undefined, ' ')} — charge $${c.r.int(200, 9000)} FAILED (do_not_honor); square token ${c.cred('square_access_token', 'EAAA' + c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 60))}`,
  },
  {
    id: 'fundraising/tax-receipt-email',
    make: (c) => `Subject: Your ${c.r.int(2026, 2027)} tax receipt
Dear ${c.name()},
Thank you for your gift of $${c.r.int(25, 2000)} charged to card ending ${c.r.digits(4)}. Our EIN is listed on the receipt. Your donor account: ${c.email()}, temporary password ${c.pw(12)}.`,
  },
  {
    id: 'grants/samgov-api-key',
    make: (c) => `GET https://api.sam.gov/entity-information/v3/entities?api_key=${c.b62('samgov_api_key', 40)}&ueiSAM=${c.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 12)}`,
  },
  {
    id: 'grants/grantsgov-s2s-keystore',
    make: (c) => `grantsgov.s2s.endpoint=https://ws07.grants.gov:446/grantsws-applicant/services/v2/ApplicantWebServicesSoapPort
grantsgov.s2s.keystore=/etc/grants/s2s.jks
grantsgov.s2s.keystore.password=${c.pw()}
grantsgov.s2s.ein=${c.ein()}
grantsgov.s2s.ebiz.poc.email=${c.email()}`,
  },
  {
    id: 'grants/submittable-fluxx-env',
    make: (c) => `SUBMITTABLE_API_KEY=${c.hex('submittable_api_key', 32)}
FLUXX_CLIENT_ID=${c.r.hex(64)}
FLUXX_CLIENT_SECRET=${c.hex('fluxx_client_secret', 64)}
FOUNDANT_API_TOKEN=${c.b64url('foundant_api_token', 48)}`,
  },
  {
    id: 'grants/subrecipient-payment-sql',
    make: (c) => `UPDATE subaward_payee SET ach_routing = '${c.routing()}', ach_account = '${c.account()}', tin = '${c.ein()}', contact = '${c.name()}', contact_phone = '${c.phone(1)}' WHERE subaward_no = 'SA-${c.r.digits(5)}';`,
  },
  {
    id: 'volunteer/background-check-result',
    make: (c) => `{"screening":{"provider":"Sterling Volunteers","package":"Youth Serving","status":"clear","candidate":{"full_name":"${c.name()}","ssn":"${c.ssn()}","dob":"${c.dob(0)}","driver_license":{"state":"${c.driverLicense().join('","number":"')}"}}},"api_secret":"${c.b62('sterling_api_secret', 32)}"}`,
  },
  {
    id: 'volunteer/volunteerhub-galaxy-keys',
    make: (c) => `volunteerhub:
  org: ${c.pick(ORG)}
  username: api-integration
  password: "${c.oddPw()}"
galaxy_digital:
  api_key: ${c.hex('galaxy_digital_api_key', 40)}
signupgenius:
  user_key: ${c.b62('signupgenius_user_key', 36)}`,
  },
  {
    id: 'volunteer/shift-reminder-sms-log',
    make: (c) => `twilio.messages.create to=${c.phone(4)} body="Hi ${c.pii('person_name', c.first())}! Reminder: food bank shift Sat 9am." account=AC${c.r.hex(32)} auth=${c.twilioToken()}`,
  },
  {
    id: 'volunteer/roster-export-csv',
    make: (c) => `volunteer,email,mobile,emergency_contact,emergency_phone,home_address
"${c.name()}",${c.email()},${c.phone(1)},"${c.name()}",${c.phone(0)},"${c.address()}"`,
  },
];
