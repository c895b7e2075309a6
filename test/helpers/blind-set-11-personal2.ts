import { pers, pos, type PosCase11 } from './blind-set-11-types';
import { dob, person, phone, street, ukPostcode, usZip } from './blind-set-11-people';
import * as w from './blind-set-11-ids2';

/** Personal data, continued: Americas, Asia-Pacific, Africa; addresses, birth dates, documents. */
export const personal11b: PosCase11[] = [
  (r) => { const v = w.brCpf(r); return pos('pagarme/br-cpf', `pagar.me 400: {"errors":[{"parameter_name":"customer.document","message":"CPF inválido"}],"request":{"customer":{"name":"Thiago Carvalho","document":"${v}"}}}`, pers('br-cpf', v)); },
  (r) => { const v = w.mxCurp(r); return pos('conekta/mx-curp', `Conekta KYC rejected: curp=${v} rfc mismatch (order ord_${r.b62(17)})`, pers('mx-curp', v)); },
  (r) => { const v = w.arCuil(r); return pos('mercadopago/ar-cuil', `MercadoPago payer validation: identification {type: "CUIL", number: "${v}"} rejected cc_rejected_bad_filled_other`, pers('ar-cuil', v)); },
  (r) => { const v = w.inAadhaar(r); return pos('razorpay/in-aadhaar', `razorpay KYC webhook error: {"entity":"stakeholder","kyc":{"aadhaar":"${v}"},"error":"aadhaar_name_mismatch"}`, pers('in-aadhaar', v)); },
  (r) => { const v = w.inPan(r); return pos('cashfree/in-pan', `cashfree payout beneficiary add failed: pan=${v} status=INVALID name_at_bank="Priyanka Raghunathan"`, pers('in-pan', v)); },
  (r) => { const v = w.sgNric(r); return pos('singpass/sg-nric', `Myinfo person API 403 for uinfin=${v} scope=name,dob,regadd`, pers('sg-nric', v)); },
  (r) => { const v = w.auTfn(r); return pos('xero/au-tfn', `Xero Payroll AU: Employees POST 400 ValidationErrors=[{"Message":"Tax File Number ${v} is already in use"}]`, pers('au-tfn', v)); },
  (r) => { const v = w.auMedicare(r); return pos('healthengine/au-medicare', `medicare online verification failed: card_number="${v}" irn=1 code=9633`, pers('au-medicare', v)); },
  (r) => { const v = w.nzIrd(r); return pos('ird/nz-ird', `myIR payday filing error: employee ird_number ${v} — invalid for tax code M SL`, pers('nz-ird', v)); },
  (r) => { const v = w.caSin(r); return pos('ceridian/ca-sin', `Dayforce import: Employee.SIN "${v}" failed validation (duplicate) for employee Tobias Gallagher`, pers('ca-sin', v)); },
  (r) => { const v = w.zaId(r); return pos('smileid/za-id', `smile_identity job ${r.uuid()}: {"ResultCode":"1013","ResultText":"ID Number Not Found","IDNumber":"${v}","IDType":"NATIONAL_ID","Country":"ZA"}`, pers('za-id', v)); },
  (r) => { const v = w.jpMyNumber(r); return pos('smarthr/jp-mynumber', `SmartHR API 422: crews/update my_number="${v}" エラー: マイナンバーが重複しています`, pers('jp-my-number', v)); },
  (r) => { const v = w.krRrn(r); return pos('toss/kr-rrn', `toss payments identity verification failed: {"code":"INVALID_IDENTITY","rrn":"${v}"}`, pers('kr-rrn', v)); },
  (r) => { const p = person(r), a = street(r), z = usZip(r); return pos('shopify/shipping-address', `ShopifyAPI::ValidationError: order ${r.int(1000, 9999)} shipping_address invalid: {"first_name":"${p.first}","last_name":"${p.last}","address1":"${a}","city":"Portland","province_code":"OR","zip":"${z}"}`, pers('street-address', a)); },
  (r) => { const a = street(r), pc = ukPostcode(r); return pos('royalmail/uk-address', `Royal Mail Click&Drop 400: recipient.address {"addressLine1":"${a}","postTown":"Leeds","postcode":"${pc}"} not deliverable`, pers('street-address', a)); },
  (r) => { const d = dob(r, 'iso'); return pos('stripe-identity/dob', `stripe identity verification_session requires_input: last_error=document_unverified_other verified_outputs={"dob":"${d}","first_name":"Fatima","last_name":"Haddad"}`, pers('date-of-birth', d)); },
  (r) => { const d = dob(r, 'long'); return pos('docusign/dob-prose', `DocuSign envelope void: tab "dob" value "${d}" failed pattern validation for signer Wilhelmina van Dijk`, pers('date-of-birth', d)); },
  (r) => { const d = dob(r, 'dots'); return pos('personio/dob-dots', `Personio attribute error: Geburtsdatum=${d} liegt nach Eintrittsdatum (employee ${r.int(100000, 999999)})`, pers('date-of-birth', d)); },
  (r) => { const d = dob(r, 'eu'); return pos('fhir/patient-birthdate', `FHIR validation failed: Patient.birthDate "${d}" does not match regex ^\\d{4}-\\d{2}-\\d{2}$ (Patient/${r.uuid()}, name: Saoirse Ní Bhriain)`, pers('date-of-birth', d)); },
  (r) => { const v = r.digits(9); return pos('persona/us-passport', `persona inquiry ${'inq_' + r.b62(24)} failed check government_id: {"id_class":"pp","id_number":"${v}","issuing_country":"US","name_first":"Rosalind"}`, pers('passport-number', v)); },
  (r) => { const v = `${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 5)}${r.int(0, 9)}${r.int(0, 1) ? r.int(51, 62) : r.pick(['01', '07', '11'])}${String(r.int(1, 28)).padStart(2, '0')}${r.int(0, 9)}${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2)}9${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2)}`; return pos('dvla/uk-licence', `zego KYC: dvla check failed for driving_licence_number=${v} (status NOT_FOUND)`, pers('driving-licence', v)); },
  (r) => { const v = `${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${r.digits(7)}`; return pos('checkr/ca-dl', `checkr report ${r.hex(24)}: motor_vehicle_report error "License not found" {"dl_number":"${v}","dl_state":"CA","dob":"redacted"}`, pers('driving-licence', v)); },
  (r) => { const p = person(r), ph = phone(r); return pos('calendly/invitee', `calendly webhook invitee.created processing error: {"payload":{"name":"${p.first} ${p.last}","email":"${p.email}","text_reminder_number":"${ph}","questions_and_answers":[]}}`, pers('email', p.email), pers('phone', ph)); },
  (r) => { const p = person(r, true); return pos('mailchimp/member-exists', `Mailchimp 400 Member Exists: ${p.email} is already a list member. Use PUT to insert or update list members.`, pers('email', p.email)); },
  (r) => { const p = person(r); return pos('auth0/signup-log', `{"date":"2026-11-24T07:15:00.000Z","type":"fs","description":"Password is too weak","connection":"Username-Password-Authentication","user_name":"${p.email}","ip":"81.${r.int(2, 250)}.${r.int(2, 250)}.${r.int(2, 250)}"}`, pers('email', p.email)); },
  (r) => { const p = person(r); return pos('sendgrid/bounce-url-encoded', `POST /webhooks/sendgrid 400 body=email=${encodeURIComponent(p.email)}&event=bounce&reason=550+5.1.1+user+unknown`, pers('email', encodeURIComponent(p.email))); },
  (r) => { const p = person(r, true); return pos('okta/user-lockout', `okta system log: user.account.lock actor={"alternateId":"${p.email}","displayName":"${p.first} ${p.last}","type":"User"} outcome=FAILURE`, pers('email', p.email)); },
  (r) => { const ph = phone(r, 'MX'), ph2 = phone(r, 'SE'); return pos('sinch/batch-fail', `sinch batch ${r.hex(16)} partially failed: to=["${ph}","${ph2}"] code=402 insufficient funds`, pers('phone', ph), pers('phone', ph2)); },
  (r) => { const ph = phone(r, 'ZA'), ph2 = phone(r, 'SG'); return pos('africastalking/sms', `AfricasTalking SMSMessageData: {"Recipients":[{"number":"${ph}","status":"InvalidPhoneNumber"}],"fallback":"${ph2}"}`, pers('phone', ph), pers('phone', ph2)); },
  (r) => { const ph = phone(r, 'KR'), ph2 = phone(r, 'PL'); return pos('airtable/contact-sync', `airtable sync: 2 records failed {"fields":{"Mobile":"${ph}"}} {"fields":{"Mobile":"${ph2}"}} INVALID_VALUE_FOR_COLUMN`, pers('phone', ph), pers('phone', ph2)); },
];
