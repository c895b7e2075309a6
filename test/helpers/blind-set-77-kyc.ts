import { DIGITS, UPPER } from './blind-set-77-rng';
import { account, b62, card, hex, iban, iso, ipUser, jwt, now, person, routing, ssn, ts, type PosTpl } from './blind-set-77-gen';

const dl = (r: { chars(a: string, n: number): string; pick<T>(xs: readonly T[]): T }): string => r.pick(['D', 'S', 'F', 'M', 'B']) + r.chars(DIGITS, r.pick([7, 8, 12]));
const passport = (r: { chars(a: string, n: number): string }): string => r.chars(UPPER, 1) + r.chars(DIGITS, 8);

/** Identity, background and fraud checks: Checkr, Persona, Sardine, Alloy. */
export const KYC: PosTpl[] = [
  ['kyc', 'checkr-candidate', (r, k) => {
    const p = person(r);
    return `Checkr::Errors::BadRequestError: 400 {"error":"Ssn is invalid"}
  Checkr.configure { |c| c.api_key = "${k.cred('checkr-api-key', hex(r, 40))}" }
  POST /v1/candidates first_name=${k.pers('first-name', p.first)} last_name=${k.pers('last-name', p.last)} email=${k.pers('email', p.email)} dob=${k.pers('date-of-birth', p.dob)} ssn=${k.pers('us-ssn', ssn(r))} driver_license_number=${k.pers('drivers-license', dl(r))} driver_license_state=${p.state}`;
  }],
  ['kyc', 'checkr-basic-curl', (r, k) => {
    const p = person(r);
    return `curl -X POST https://api.checkr.com/v1/invitations -u ${k.cred('checkr-api-key', hex(r, 40))}: -d package=driver_pro -d candidate_id=${hex(r, 24)}
{"error":"Candidate ${k.pers('person-name', p.name)} (${k.pers('email', p.email)}) already has a pending invitation"}`;
  }],
  ['kyc', 'persona-inquiry', (r, k) => {
    const p = person(r);
    return `persona: GET https://withpersona.com/api/v1/inquiries/inq_${b62(r, 24)} -> 200 (logged for debugging)
  Authorization: Bearer ${k.cred('persona-api-key', `persona_production_${r.uuid()}`)}
  attributes: {"name-first":"${k.pers('first-name', p.first)}","name-last":"${k.pers('last-name', p.last)}","birthdate":"${k.pers('date-of-birth', p.dob)}","address-street-1":"${k.pers('street-address', p.street)}","address-city":"${p.city}","identification-number":"${k.pers('drivers-license', dl(r))}","email-address":"${k.pers('email', p.email)}"}`;
  }],
  ['kyc', 'persona-webhook', (r, k) => {
    const p = person(r);
    return `persona webhook signature invalid: Persona-Signature t=${now(r)},v1=${hex(r, 64)}
  PERSONA_WEBHOOK_SECRET=${k.cred('persona-webhook-secret', `wbhsec_${r.uuid()}`)}
  event inquiry.completed for ${k.pers('person-name', p.name)} passport ${k.pers('passport-number', passport(r))}`;
  }],
  ['kyc', 'sardine-customer-risk', (r, k) => {
    const p = person(r);
    return `sardine: POST https://api.sardine.ai/v1/customers 401 {"message":"invalid credentials"}
  auth: (client_id=${r.uuid()}, client_secret=${k.cred('sardine-client-secret', r.uuid())})
  customer: {"firstName":"${k.pers('first-name', p.first)}","lastName":"${k.pers('last-name', p.last)}","emailAddress":"${k.pers('email', p.email)}","phone":"${k.pers('phone', p.phone)}","taxId":"${k.pers('us-ssn', ssn(r))}"}
  paymentMethod: {"type":"bank","bank":{"accountNumber":"${k.fin('bank-account-number', account(r))}","routingNumber":"${k.fin('routing-number', routing(r))}"}} session=${r.uuid()} ip=${k.pers('end-user-ip', ipUser(r))}`;
  }],
  ['kyc', 'sardine-card-check', (r, k) => {
    const p = person(r);
    return `${ts(r)} fraud-svc: sardine transaction check high risk (score ${r.int(80, 99)}) for ${k.pers('email', p.email)}
  paymentMethod.card: {"first6":"${r.digits(6)}","last4":"${r.digits(4)}","hash":"${hex(r, 64)}"} raw_pan_debug=${k.fin('card-number', card(r))}`;
  }],
  ['kyc', 'alloy-evaluation', (r, k) => {
    const p = person(r);
    const tok = b62(r, 32);
    const sec = b62(r, 32);
    return `alloy: POST https://sandbox.alloy.co/v1/evaluations -> 401 Unauthorized
  Authorization: Basic ${k.cred('basic-auth', Buffer.from(`${tok}:${sec}`).toString('base64'))}
  {"name_first":"${k.pers('first-name', p.first)}","name_last":"${k.pers('last-name', p.last)}","birth_date":"${k.pers('date-of-birth', p.dob)}","document_ssn":"${k.pers('us-ssn', ssn(r))}","address_line_1":"${k.pers('street-address', p.street)}","address_city":"${p.city}","address_state":"${p.state}","address_postal_code":"${p.zip}","email_address":"${k.pers('email', p.email)}","phone_number":"${k.pers('phone', p.phone)}"}`;
  }],
  ['kyc', 'alloy-env', (r, k) => {
    return `alloy-client init failed (${iso(r)}): missing workflow token
  ALLOY_WORKFLOW_TOKEN=${b62(r, 32)}
  ALLOY_WORKFLOW_SECRET=${k.cred('alloy-workflow-secret', b62(r, 32))}
  ALLOY_API_BASE=https://api.alloy.co`;
  }],
  ['kyc', 'persona-government-id-ocr', (r, k) => {
    const p = person(r);
    return `verification ver_${b62(r, 24)} (government_id) extracted fields:
  name: ${k.pers('person-name', p.name)}
  birthdate: ${k.pers('date-of-birth', p.dob)}
  document number: ${k.pers('passport-number', passport(r))}
  address: ${k.pers('street-address', p.street)}, ${p.city}, ${p.state} ${p.zip}
  status: failed (checks: id_expired)`;
  }],
  ['kyc', 'checkr-adverse-action-bank', (r, k) => {
    const p = person(r);
    return `payroll-onboarding: Checkr report clear for ${k.pers('person-name', p.name)}; direct deposit set to IBAN ${k.fin('iban', iban(r))} / US acct ${k.fin('bank-account-number', account(r))} routing ${k.fin('routing-number', routing(r))}
  report ${hex(r, 24)} adjudication=engaged token=${k.cred('checkr-oauth-token', jwt(r, { sub: hex(r, 24), iat: now(r), scope: 'reports:read' }))}`;
  }],
];
