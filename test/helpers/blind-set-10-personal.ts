import { pers, pos, type PosCase10 } from './blind-set-10-types';
import { UPPER, DIGITS } from './blind-set-10-rng';
import {
  auPhone, brPhone, dePhone, dob, email, esPhone, first, frPhone, fullName, inPhone, jpPhone, last, mxPhone, nlPhone, street, ukMobile, usE164, usNational,
} from './blind-set-10-values';

/** Contact data in CRM syncs, support-desk payloads, signup webhooks and messaging errors. */
export const personal: PosCase10[] = [
  (r) => {
    const e = email(r);
    const p = usE164(r);
    return pos('pers/hubspot-contact-conflict', `HubSpot batch upsert failed: 409 CONFLICT {"status":"error","message":"Contact already exists. Existing ID: ${r.digits(11)}","context":{"email":["${e}"]}} input={"properties":{"email":"${e}","phone":"${p}","lifecyclestage":"customer"}}`, pers('email', e), pers('phone-e164', p));
  },
  (r) => {
    const p = usNational(r);
    const e = email(r);
    return pos('pers/zendesk-ticket-requester', `zendesk webhook → /hooks/ticket 422 Unprocessable Entity\npayload: {"ticket":{"id":${r.digits(6)},"subject":"Refund not received","requester":{"name":"${fullName(r)}","email":"${e}","phone":"${p}"}}}`, pers('email', e), pers('phone-us-national', p));
  },
  (r) => {
    const m = ukMobile(r);
    return pos('pers/twilio-undeliverable-uk', `twilio status callback: MessageStatus=undelivered ErrorCode=30003 To=${encodeURIComponent(m.e164)} From=%2B44${r.digits(10)} MessageSid=SM${r.hex(32)}`, pers('phone-e164-urlencoded', encodeURIComponent(m.e164)));
  },
  (r) => {
    const m = ukMobile(r);
    return pos('pers/uk-mobile-national-crm', `Dynamics365 sync error: Field 'mobilephone' failed validation (value '${m.national}') for contact ${r.uuid()}: must be E.164`, pers('phone-uk-national', m.national));
  },
  (r) => {
    const p = dePhone(r);
    const e = email(r);
    return pos('pers/de-phone-signup-webhook', `POST /webhooks/typeform 500 TypeError: answers.find(...) is undefined\n  form_response.answers=[{"type":"email","email":"${e}"},{"type":"phone_number","phone_number":"${p}"}]`, pers('email', e), pers('phone-de', p));
  },
  (r) => {
    const p = frPhone(r);
    const n = `${first(r)} ${last(r)}`;
    return pos('pers/fr-phone-brevo-python', `brevo_python.rest.ApiException: (400) Reason: Bad Request HTTP response body: {"code":"invalid_parameter","message":"Invalid phone number"}\n  CreateContact(attributes={'PRENOM': '${n.split(' ')[0]}', 'SMS': '${p}'}, list_ids=[7])`, pers('phone-fr-national', p));
  },
  (r) => {
    const p = brPhone(r);
    return pos('pers/br-phone-whatsapp', `WhatsApp Cloud API error 131026: Message undeliverable recipient="${p}" template=pedido_confirmado wamid=wamid.${r.chars(UPPER + DIGITS, 40)}`, pers('phone-br', p));
  },
  (r) => {
    const p = inPhone(r);
    const e = email(r);
    return pos('pers/in-phone-msg91-ruby', `MSG91::Error: flow send failed (code 418)\n  #<OtpRequest mobile="${p}", email="${e}", template_id="${r.hex(24)}">`, pers('phone-in', p), pers('email', e));
  },
  (r) => {
    const p = auPhone(r);
    return pos('pers/au-phone-intercom-user', `Intercom user update rejected: {"type":"error.list","errors":[{"code":"parameter_invalid","message":"phone is invalid"}]} user={"external_id":"${r.int(10000, 99999)}","phone":"${p}","name":"${fullName(r)}"}`, pers('phone-au-national', p));
  },
  (r) => {
    const p = jpPhone(r);
    return pos('pers/jp-phone-line-delivery', `line-bot-sdk: 400 The property, 'to', in the request body is invalid\n  shipment notice for 受取人 tel:${p} order=JP-${r.digits(9)}`, pers('phone-jp', p));
  },
  (r) => {
    const p = esPhone(r);
    const e = email(r);
    return pos('pers/es-phone-freshdesk-csv', `freshdesk import row 218 rejected: duplicate contact\nname,email,mobile,language\n"${fullName(r)}",${e},${p},es`, pers('email', e), pers('phone-es', p));
  },
  (r) => {
    const p = nlPhone(r);
    return pos('pers/nl-phone-xml', `<fault><code>InvalidRecipient</code><detail><klant><naam>${fullName(r)}</naam><mobiel>${p}</mobiel></klant></detail></fault>`, pers('phone-nl-national', p));
  },
  (r) => {
    const p = mxPhone(r);
    const e = email(r);
    return pos('pers/mx-phone-segment-identify', `segment: identify() dropped (payload too large) userId=${r.uuid()} traits={"email":"${e}","phone":"${p}","plan":"pro"}`, pers('email', e), pers('phone-mx', p));
  },
  (r) => {
    const d = dob(r);
    const e = email(r);
    return pos('pers/dob-signup-validation', `ValidationError: signup rejected (age check) {"email":"${e}","date_of_birth":"${d}","country":"GB","ip":"10.4.8.11"}`, pers('email', e), pers('date-of-birth', d));
  },
  (r) => {
    const [y, m, d] = dob(r).split('-');
    const v = `${d}/${m}/${y}`;
    return pos('pers/dob-eu-format-form', `POST /onboarding/step-2 422 body: first_name=${first(r)}&last_name=${last(r)}&birth_date=${encodeURIComponent(v)}&nationality=IE`, pers('date-of-birth-urlencoded', encodeURIComponent(v)));
  },
  (r) => {
    const a = street(r);
    const e = email(r);
    return pos('pers/address-shopify-order-webhook', `Shopify webhook orders/create handler failed: KeyError 'province_code'\n  shipping_address={'first_name': '${first(r)}', 'address1': '${a}', 'city': 'Leeds', 'zip': 'LS6 ${r.int(1, 9)}${r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}', 'country_code': 'GB'} email='${e}'`, pers('street-address', a), pers('email', e));
  },
  (r) => {
    const a = `${r.int(10, 9999)} ${r.pick(['NW Everett St', 'Sycamore Ave', 'W Belmont Ave', 'Bluebonnet Dr'])}, ${r.pick(['Apt', 'Unit', 'Suite'])} ${r.int(2, 40)}${r.pick(['', 'B'])}`;
    return pos('pers/us-address-avalara-java', `com.avalara.avatax.rest.client.AvaTaxClientException: AddressRangeError\n\tat AddressService.resolve(AddressService.java:71)\n  AddressInfo{line1='${a}', city='Portland', region='OR', postalCode='972${r.digits(2)}', country='US'}`, pers('street-address', a));
  },
  (r) => {
    const e = email(r);
    return pos('pers/email-smtp-bounce', `smtp: 550 5.1.1 <${e}>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)\n  queue_id=${r.chars(UPPER + DIGITS, 10)} relay=mx1.brightwell-freight.co.uk`, pers('email', e));
  },
  (r) => {
    const e = email(r);
    return pos('pers/email-url-query', `nginx: 10.4.1.9 - - [03/Nov/2026:10:02:44 +0000] "GET /api/v1/customers/lookup?email=${encodeURIComponent(e)}&include=orders HTTP/1.1" 500 73`, pers('email-urlencoded', encodeURIComponent(e)));
  },
  (r) => {
    const e = email(r);
    return pos('pers/email-mixed-case-ldap', `LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563\n  bind DN: CN=${first(r)} ${last(r)},OU=Staff,DC=corp,DC=brightwell; mail=${e.toUpperCase()}`, pers('email', e.toUpperCase()));
  },
  (r) => {
    const e = email(r);
    const p = usE164(r);
    const d = dob(r);
    return pos('pers/stripe-identity-verified-outputs', `stripe webhook identity.verification_session.verified handler threw: TypeError: Cannot destructure 'address'\n  verified_outputs: {"first_name":"${first(r)}","last_name":"${last(r)}","dob":{"day":${Number(d.slice(8))},"month":${Number(d.slice(5, 7))},"year":${d.slice(0, 4)}},"email":"${e}","phone":"${p}"}`, pers('email', e), pers('phone-e164', p));
  },
  (r) => {
    const e = email(r);
    return pos('pers/email-in-graphql-error', `{"errors":[{"message":"Variable \\"$email\\" got invalid value \\"${e} \\"; Expected type \\"Email\\".","locations":[{"line":1,"column":16}]}],"data":null}`, pers('email', e));
  },
];
