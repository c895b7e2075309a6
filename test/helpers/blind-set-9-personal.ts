import { pers, pos, type PosCase9 } from './blind-set-9-types';
import { address, dob, email, intlPhone, publicIp, publicIp6, usPhone } from './blind-set-9-people';
import { aadhaar, bsn, codiceFiscale, cpf, dni, nino, nir, pan, sin, ssn, steuerId } from './blind-set-9-ids';

/** Personal data in integration errors: contacts, national ids, addresses, dates of birth, client IPs. */
export const personal: PosCase9[] = [
  (r) => {
    const e = email(r);
    const p = usPhone(r);
    return pos('pers/hubspot-contact-conflict', `hubspot: 409 Conflict: Contact already exists. Existing ID: ${r.int(10000, 99999)}\n  properties={"email":"${e}","phone":"${p}","lifecyclestage":"customer"}`, pers('email', e), pers('phone', p));
  },
  (r) => {
    const e = email(r);
    return pos('pers/sendgrid-bounce', `{"email":"${e}","event":"bounce","reason":"550 5.1.1 The email account that you tried to reach does not exist","sg_event_id":"${r.b62(22)}","timestamp":1764843012}`, pers('email', e));
  },
  (r) => {
    const p = intlPhone(r);
    return pos('pers/twilio-undeliverable', `TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number ${p} is not a valid phone number. code=21211`, pers('phone', p));
  },
  (r) => {
    const p = intlPhone(r);
    const e = email(r);
    return pos('pers/zendesk-requester', `Zendesk ticket create failed 422 RecordInvalid: requester={"name":"${r.pick(['Maria Okafor', 'Sven Lindqvist'])}","email":"${e}","phone":"${p}"}`, pers('email', e), pers('phone', p));
  },
  (r) => {
    const s = ssn(r);
    return pos('pers/ssn-kyc-payload', `stripe.identity: verification_report failed: {"id_number": "${s}", "id_number_type": "us_ssn", "dob": {"day": 3, "month": 7, "year": 1984}}`, pers('ssn', s));
  },
  (r) => {
    const s = ssn(r).replace(/-/g, '');
    return pos('pers/ssn-sql', `ERROR: duplicate key value violates unique constraint "employees_ssn_key"\nDETAIL:  Key (ssn)=(${s}) already exists.\nSTATEMENT:  INSERT INTO employees (name, ssn, hired_on) VALUES ($1, $2, $3)`, pers('ssn', s));
  },
  (r) => {
    const n = nino(r);
    return pos('pers/uk-nino-payroll', `PayrollSyncError: HMRC RTI rejected FPS submission: <NINO>${n}</NINO> does not match records for employee ref 00${r.digits(4)}`, pers('nino', n));
  },
  (r) => {
    const n = nir(r);
    const shown = `${n.slice(0, 1)} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7, 10)} ${n.slice(10, 13)} ${n.slice(13)}`;
    return pos('pers/fr-nir-spaced', `Erreur import RH: numéro de sécurité sociale ${shown} invalide pour le salarié matricule ${r.digits(5)}`, pers('fr-nir', shown));
  },
  (r) => {
    const d = dni(r);
    return pos('pers/es-dni-json', `{"error":"validation_failed","field":"documento","value":"${d}","customer":{"nif":"${d}","pais":"ES"}}`, pers('es-dni', d));
  },
  (r) => {
    const c = codiceFiscale(r);
    return pos('pers/it-codice-fiscale', `SdI fattura scartata: codice errore 00305 - IdFiscaleIVA non valido; CodiceFiscale=${c}`, pers('it-cf', c));
  },
  (r) => {
    const s = steuerId(r);
    return pos('pers/de-steuer-id', `ELSTER-Übermittlung fehlgeschlagen: {"steuerId":"${s}","veranlagungsjahr":2025,"fehler":"Steuer-ID unbekannt"}`, pers('de-steuer-id', s));
  },
  (r) => {
    const b = bsn(r);
    return pos('pers/nl-bsn', `nl.belastingdienst.ValidationException: burgerservicenummer=${b} niet gevonden (loonaangifte ${r.digits(8)})`, pers('nl-bsn', b));
  },
  (r) => {
    const c = cpf(r);
    const e = email(r);
    return pos('pers/br-cpf-pix', `PagSeguro erro 40002: {"customer":{"tax_id":"${c}","email":"${e}"},"payment_method":"PIX"}`, pers('br-cpf', c), pers('email', e));
  },
  (r) => {
    const a = aadhaar(r);
    return pos('pers/in-aadhaar', `Razorpay KYC error BAD_REQUEST_ERROR: aadhaar_number '${a}' failed OTP verification`, pers('in-aadhaar', a));
  },
  (r) => {
    const p = pan(r);
    return pos('pers/in-pan', `GST portal sync: PAN ${p} does not match the taxpayer name on invoice INV-${r.digits(6)}`, pers('in-pan', p));
  },
  (r) => {
    const s = sin(r);
    return pos('pers/ca-sin', `ADP Workforce Now import row 14: sin="${s}" province="ON" error="SIN already assigned to another worker"`, pers('ca-sin', s));
  },
  (r) => {
    const a = address(r);
    const e = email(r);
    return pos('pers/shopify-shipping-address', `Shopify fulfillment error: address validation failed\n  shipping_address: { address1: "${a}", email: "${e}" }`, pers('address', a), pers('email', e));
  },
  (r) => {
    const a = address(r);
    return pos('pers/address-yaml', `customer:\n  id: ${r.int(100000, 999999)}\n  billing_address: "${a}"\n  tier: gold`, pers('address', a));
  },
  (r) => {
    const d = dob(r);
    return pos('pers/dob-json', `{"msg":"age check failed","user":{"id":"${r.uuid()}","date_of_birth":"${d}","country":"DE"}}`, pers('dob', d));
  },
  (r) => {
    const d = dob(r);
    const p = usPhone(r);
    return pos('pers/dob-form', `POST /signup 422 body=first_name=Liam&last_name=Walsh&dob=${encodeURIComponent(d)}&mobile=${encodeURIComponent(p)}`, pers('dob', encodeURIComponent(d)), pers('phone', encodeURIComponent(p)));
  },
  (r) => {
    const ip = publicIp(r);
    const e = email(r);
    return pos('pers/login-audit-ip', `auth0 log type=f description="Wrong email or password." user_name=${e} ip=${ip} user_agent="Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"`, pers('email', e), pers('client-ip', ip));
  },
  (r) => {
    const ip = publicIp(r);
    return pos('pers/xff-header', `nginx upstream timed out (110) while reading response header from upstream, client: ${ip}, server: shop.northwind-app.com, request: "POST /checkout HTTP/2.0", X-Forwarded-For: ${ip}`, pers('client-ip', ip));
  },
  (r) => {
    const ip = publicIp6(r);
    return pos('pers/ipv6-client', `{"evt":"rate_limited","client_ip":"${ip}","route":"/api/v1/login","count":31}`, pers('client-ip', ip));
  },
  (r) => {
    const e = email(r);
    return pos('pers/email-in-url', `GET https://api.mailchimp.com/3.0/lists/9f2c1e/members/${encodeURIComponent(e)} 404 Resource Not Found`, pers('email', encodeURIComponent(e)));
  },
  (r) => {
    const e = email(r);
    return pos('pers/sql-where-email', `ActiveRecord::RecordNotUnique: PG::UniqueViolation: ERROR: duplicate key value violates unique constraint "index_users_on_email"\nDETAIL: Key (email)=(${e}) already exists.`, pers('email', e));
  },
  (r) => {
    const p = intlPhone(r);
    return pos('pers/whatsapp-template', `WhatsApp Cloud API error 131026 (Message undeliverable) to=${p.replace(/[^\d+]/g, '')} template=order_shipped`, pers('phone', p.replace(/[^\d+]/g, '')));
  },
  (r) => {
    const p = usPhone(r);
    const e = email(r);
    return pos('pers/segment-identify', `[segment] identify dropped: traits={"email":"${e}","phone":"${p}","plan":"pro"} reason="payload too large"`, pers('email', e), pers('phone', p));
  },
  (r) => {
    const s = ssn(r);
    const d = dob(r);
    return pos('pers/plaid-identity', `Plaid /identity_verification/create INVALID_FIELD: user={"id_number":{"value":"${s}","type":"us_ssn"},"date_of_birth":"${d}"}`, pers('ssn', s), pers('dob', d));
  },
];

/** Personal data in whole-profile payloads (several fields at once). */
export const personalProfiles: PosCase9[] = [
  (r) => {
    const e = email(r);
    const p = intlPhone(r);
    const d = dob(r);
    const a = address(r);
    return pos('pers/crm-profile-dump', `Salesforce upsert failed DUPLICATES_DETECTED: Contact{Email=${e}, MobilePhone=${p}, Birthdate=${d}, MailingStreet=${a}}`, pers('email', e), pers('phone', p), pers('dob', d), pers('address', a));
  },
  (r) => {
    const p = intlPhone(r).replace(/[^\d+]/g, '');
    const enc = encodeURIComponent(p);
    return pos('pers/twilio-status-callback', `POST /twilio/status 500 body: SmsSid=SM${r.hex(32)}&SmsStatus=failed&To=${enc}&ErrorCode=30006`, pers('phone', enc));
  },
];
