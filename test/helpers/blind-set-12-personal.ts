import { cpf, dni, dob, hetu, nino, personnummer, pesel, sin, ssn, bsn } from './blind-set-12-ids';
import { person, phones, street } from './blind-set-12-people';
import { pers, pos, type PosCase12 } from './blind-set-12-types';

/** Personal data inside CRM, HR, KYC and support payloads. */
export const personal: PosCase12[] = [
  (r) => {
    const p = person(r);
    return pos('crm/hubspot-conflict', `HubSpot 409 CONFLICT: Contact already exists. Existing ID: ${r.digits(11)}\n  properties: {"email":"${p.email}","firstname":"${p.first}","lastname":"${p.last}"}`, pers('email', p.email));
  },
  (r) => {
    const p = person(r);
    const ph = phones.uk(r);
    return pos('crm/salesforce-dup', `DUPLICATES_DETECTED: Use one of these records? Lead(Email=${p.email}, MobilePhone=${ph}, Company=Halden Freight Ltd)`, pers('email', p.email), pers('phone', ph));
  },
  (r) => {
    const p = person(r);
    const ph = phones.de(r);
    return pos('support/zendesk-json', `{"ticket":{"requester":{"name":"${p.name}","email":"${p.email}","phone":"${ph}"},"subject":"Lieferung fehlt"},"error":"RecordInvalid"}`, pers('email', p.email), pers('phone', ph));
  },
  (r) => {
    const ph = phones.fr(r);
    return pos('support/intercom', `intercom-webhook: conversation.user.created failed validation: custom_attributes.telephone="${ph}" exceeds 12 chars`, pers('phone', ph));
  },
  (r) => {
    const ph = phones.br(r);
    const id = cpf(r);
    return pos('kyc/br-onboarding', `ValidationError: cliente.cpf duplicado\n  cliente = {nome: 'Thiago Carvalho', cpf: '${id}', celular: '${ph}'}`, pers('cpf', id), pers('phone', ph));
  },
  (r) => {
    const ph = phones.in(r);
    return pos('sms/msg91', `MSG91 error 418: mobile number not in DND-exempt list: ${ph} (template OTP_LOGIN)`, pers('phone', ph));
  },
  (r) => {
    const ph = phones.au(r);
    const p = person(r);
    return pos('crm/pipedrive', `pipedrive: person.update 400 phone[0].value="${ph}" email[0].value="${p.email}" label=mobile`, pers('phone', ph), pers('email', p.email));
  },
  (r) => {
    const ph = phones.jp(r);
    return pos('support/freshdesk', `Freshdesk API 400: {"field":"mobile","message":"It should be a valid phone","value":"${ph}"}`, pers('phone', ph));
  },
  (r) => {
    const ph = phones.mx(r);
    return pos('sms/twilio-error', `Twilio.Exceptions.ApiException: The 'To' number ${ph} is not a valid phone number. (code 21211)`, pers('phone', ph));
  },
  (r) => {
    const ph = phones.e164(r);
    return pos('sms/vonage', `vonage.errors.ClientError: 400 Non White-listed Destination - rejected: to=${ph}`, pers('phone', ph));
  },
  (r) => {
    const id = ssn(r);
    const d = dob(r);
    return pos('hr/gusto-i9', `gusto.employees.create failed: {"errors":[{"error_key":"ssn","category":"invalid_attribute_value","message":"SSN ${id} already belongs to another employee"}],"date_of_birth":"${d}"}`, pers('ssn', id), pers('dob', d));
  },
  (r) => {
    const id = ssn(r).replace(/-/g, '');
    return pos('hr/adp-sql', `ERROR: duplicate key value violates unique constraint "workers_tax_id_key"\nDETAIL:  Key (tax_id)=(${id}) already exists.`, pers('ssn', id));
  },
  (r) => {
    const id = bsn(r);
    return pos('hr/nl-payroll', `nmbrs: Employee.Insert faalde - BSN ${id} is al gekoppeld aan werknemer ${r.int(1000, 9999)}`, pers('bsn', id));
  },
  (r) => {
    const id = dni(r, r.next() < 0.5);
    return pos('kyc/es-bizum', `<error><code>E-DOC-409</code><campo>documento</campo><valor>${id}</valor><mensaje>Documento ya registrado</mensaje></error>`, pers('dni', id));
  },
  (r) => {
    const id = personnummer(r);
    return pos('kyc/se-bankid', `BankID collect failed: {"orderRef":"${r.uuid()}","status":"failed","hintCode":"userCancel","personalNumber":"${id}"}`, pers('personnummer', id));
  },
  (r) => {
    const id = pesel(r);
    return pos('kyc/pl-pesel', `pl.kyc.VerificationException: PESEL=${id} nie przeszedł weryfikacji w rejestrze\n\tat pl.kyc.Verifier.check(Verifier.java:77)`, pers('pesel', id));
  },
  (r) => {
    const id = hetu(r);
    return pos('kyc/fi-hetu', `suomifi-auth: SAML attribute urn:oid:1.2.246.21 (nationalIdentificationNumber) = ${id}; session expired`, pers('hetu', id));
  },
  (r) => {
    const id = sin(r);
    return pos('hr/ca-payroll', `Wagepoint import row 14: SIN "${id}" duplicates employee #${r.int(100, 999)}`, pers('sin', id));
  },
  (r) => {
    const id = nino(r, true);
    return pos('hr/uk-hmrc', `HMRC RTI FPS rejected: NINO ${id} does not match employee name (error 6021)`, pers('nino', id));
  },
  (r) => {
    const p = person(r);
    const d = dob(r);
    const st = street(r);
    return pos('kyc/onfido', `onfido.OnfidoApiError: 422 validation_error\n  applicant: {first_name: ${p.first}, last_name: ${p.last}, dob: ${d}, address: {street: "${st}", postcode: "${r.int(10000, 99999)}"}}`, pers('dob', d), pers('address', st));
  },
  (r) => {
    const p = person(r);
    const enc = encodeURIComponent(p.email);
    return pos('web/form-body', `POST /newsletter/subscribe 500 body="email=${enc}&consent=1&source=footer"`, pers('email', enc));
  },
  (r) => {
    const p = person(r);
    return pos('mkt/mailchimp', `Mailchimp 400 "Member Exists": ${p.email} is already a list member. Use PUT to insert or update list members.`, pers('email', p.email));
  },
  (r) => {
    const p = person(r);
    return pos('auth/auth0-log', `{"type":"fp","description":"Wrong email or password.","user_name":"${p.email}","ip":"${r.int(80, 200)}.${r.int(1, 254)}.${r.int(1, 254)}.${r.int(1, 254)}"}`, pers('email', p.email));
  },
  (r) => {
    const p = person(r);
    const ph = phones.us(r);
    return pos('crm/zoho-csv', `zoho import row 88 rejected: "${p.name}","${p.email}","${ph}","Lead Source: Webinar"`, pers('email', p.email), pers('phone', ph));
  },
  (r) => {
    const ph = phones.usIntl(r);
    return pos('voice/aircall', `aircall webhook call.ended: raw_digits="${ph}" direction=inbound user=support-eu`, pers('phone', ph));
  },
  (r) => {
    const p = person(r);
    const d = dob(r);
    return pos('hr/rippling-yaml', `- employee:\n    work_email: ops-${r.int(1, 99)}@acme.io\n    personal_email: ${p.email}\n    date_of_birth: ${d}\n  error: MANAGER_NOT_FOUND`, pers('email', p.email), pers('dob', d));
  },
  (r) => {
    const p = person(r);
    return pos('docs/docusign', `DocuSign.eSign.Client.ApiException: Error calling CreateEnvelope: {"errorCode":"INVALID_EMAIL_ADDRESS_FOR_RECIPIENT","message":"recipient ${p.name} <${p.email}>"}`, pers('email', p.email));
  },
];
