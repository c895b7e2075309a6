import * as K from './blind-set-78-creds';
import { card78 } from './blind-set-78-ids';
import { person78 } from './blind-set-78-people';
import type { PosTemplate78 } from './blind-set-78-rng';
import { ts, who } from './blind-set-78-tpl-pay';
import { cfgDump78, money78 } from './blind-set-78-cfg';

/** Positive templates of messaging, commerce and identity providers: Twilio, SendGrid, Mailgun, Shopify, DocuSign, Okta, Auth0. */
export const OPS_TEMPLATES78: Record<string, PosTemplate78> = {
  'twilio/message-failed': (r, c) => {
    const p = person78(r);
    const to = c.pii(p.e164, 'phone');
    const sid = `AC${r.hex(32)}`;
    const tok = c.cred(K.twilioAuth78(r), 'twilio-auth-token');
    const basic = c.cred(K.basic78(sid, tok), 'basic-auth');
    return `${ts(r)} ERROR notify.sms TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number ${to} is not a valid phone number. (code 21211)\n  POST https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json Authorization: Basic ${basic}\n  form: To=${encodeURIComponent(to)}&From=%2B1${r.int(201, 989)}${r.digits(7)}&MessagingServiceSid=MG${r.hex(32)}&Body=Your+Acme+verification+code+is+${r.digits(6)}\n  client = Client("${sid}", "${tok}")`;
  },
  'twilio/debugger-webhook': (r, c) => {
    const p = person78(r);
    const from = c.pii(p.e164, 'phone');
    const tok = c.cred(K.twilioAuth78(r), 'twilio-auth-token');
    const keySecret = c.cred(r.b62(32), 'twilio-api-key-secret');
    return `[twilio-debugger] ${ts(r)} Error 11200 HTTP retrieval failure for inbound message SM${r.hex(32)}\n  Payload: AccountSid=AC${r.hex(32)}&From=${encodeURIComponent(from)}&FromCity=${encodeURIComponent(p.city)}&FromZip=${encodeURIComponent(p.postal)}&To=%2B1${r.int(201, 989)}${r.digits(7)}&Body=${encodeURIComponent('Hi, this is ' + p.name + ', please call me back, my card is ' + c.fin(card78(r), 'card'))}\n  raw From: ${from}\n  validator: RequestValidator(auth_token="${tok}") api_key=SK${r.hex(32)} api_secret=${keySecret}\n  sender_name: ${c.pii(p.name, 'person-name')}`;
  },
  'sendgrid/event-webhook': (r, c) => {
    const key = c.cred(K.sendgrid78(r), 'sendgrid-api-key');
    const evs: string[] = [];
    for (let i = 0; i < r.int(2, 3); i++) {
      const p = person78(r);
      evs.push(`{"email":"${c.pii(p.email, 'email')}","event":"${r.pick(['bounce', 'dropped', 'spamreport'])}","ip":"${c.pii(p.ip, 'ip-address')}","sg_event_id":"${r.b64url(16)}","sg_message_id":"${r.b64url(16)}.recvd-${r.hex(10)}-${r.hex(4)}-${r.digits(5)}-0","timestamp":${r.int(1760000000, 1790000000)},"useragent":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"}`);
    }
    return `${ts(r)} ERROR mail.events suppression sync failed: 401 {"errors":[{"field":null,"message":"authorization required"}]} using SENDGRID_API_KEY=${key}\nwebhook body: [${evs.join(',')}]`;
  },
  'mailgun/failed-delivery': (r, c) => {
    const p = person78(r);
    const key = c.cred(K.mailgun78(r), 'mailgun-api-key');
    const sign = c.cred(r.hex(32), 'mailgun-webhook-signing-key');
    return `mailgun.events: signature mismatch (signing_key=${sign}) api_key=${key}\n{"signature":{"token":"${r.hex(50)}","timestamp":"${r.int(1760000000, 1790000000)}","signature":"${r.hex(64)}"},"event-data":{"event":"failed","severity":"permanent","recipient":"${c.pii(p.email, 'email')}","recipient-domain":"${p.email.split('@')[1]}","ip":"${c.pii(p.ip, 'ip-address')}","message":{"headers":{"to":"${c.pii(p.name, 'person-name')} <${p.email}>","from":"Acme Billing <billing@mg.acme-shop.com>","subject":"Your invoice"}},"delivery-status":{"code":550,"message":"5.1.1 The email account that you tried to reach does not exist."}}}`;
  },
  'shopify/order-webhook': (r, c) => {
    const w = who(r, c);
    const tok = c.cred(K.shopify78(r, 'shpat'), 'shopify-access-token');
    const ss = c.cred(K.shopify78(r, 'shpss'), 'shopify-shared-secret');
    const b = person78(r, w.p.country);
    return `${ts(r)} ERROR erp-bridge order ${r.int(1001, 99999)} rejected by ERP: "ship-to phone required"\nshopify: X-Shopify-Access-Token=${tok} webhook HMAC secret=${ss}\norder: {"id":${r.digits(13)},"email":"${w.email}","phone":"${w.phone}","customer":{"id":${r.digits(13)},"first_name":${JSON.stringify(w.p.first)},"last_name":${JSON.stringify(w.p.last)},"email":"${w.email}"},"shipping_address":{"name":${JSON.stringify(w.name)},"address1":${JSON.stringify(w.street)},"city":${JSON.stringify(w.p.city)},"zip":"${w.p.postal}","country_code":"${w.p.country}","phone":null},"billing_address":{"name":${JSON.stringify(c.pii(b.name, 'person-name'))},"address1":${JSON.stringify(c.pii(b.street, 'street-address'))},"phone":"${c.pii(b.phone, 'phone')}"},"browser_ip":"${c.pii(w.p.ip, 'ip-address')}","total_price":"${r.int(20, 900)}.${r.digits(2)}","note_attributes":[{"name":"refund_to","value":"${money78(r, c, false)}"}]}`;
  },
  'docusign/envelope-error': (r, c) => {
    const w = who(r, c);
    const jwt = c.cred(K.jwt78(r, { typ: 'MT', ver: 1, iss: r.uuid(), sub: r.uuid(), aud: 'account.docusign.com', iat: r.int(1760000000, 1790000000), scp: ['signature', 'impersonation'] }), 'jwt');
    return `DocuSign.eSign.Client.ApiException: Error calling CreateEnvelope: {"errorCode":"INVALID_EMAIL_ADDRESS_FOR_RECIPIENT","message":"The email address for the recipient is invalid. The recipient Id follows."}\n  Authorization: Bearer ${jwt}\n  recipients.signers[0] = { "email": "${w.email}", "name": ${JSON.stringify(w.name)}, "recipientId": "1", "routingOrder": "1", "phoneAuthentication": { "senderProvidedNumbers": ["${w.phone}"] }, "tabs": { "textTabs": [{ "tabLabel": "home_address", "value": ${JSON.stringify(w.street)} }, { "tabLabel": "direct_debit", "value": ${JSON.stringify(money78(r, c, false))} }] } }`;
  },
  'okta/user-create': (r, c) => {
    const w = who(r, c);
    const tok = c.cred(K.oktaToken78(r), 'okta-api-token');
    const pw = c.cred(K.password78(r), 'password');
    return `okta.errors.OktaAPIError: Okta HTTP 400 E0000001 Api validation failed: login\n  POST https://acme.okta.com/api/v1/users?activate=true\n  headers: {'Authorization': 'SSWS ${tok}', 'Accept': 'application/json'}\n  body: {"profile": {"firstName": ${JSON.stringify(w.p.first)}, "lastName": ${JSON.stringify(w.p.last)}, "displayName": ${JSON.stringify(w.name)}, "email": "${w.email}", "login": "${w.email}", "mobilePhone": "${w.phone}", "streetAddress": ${JSON.stringify(w.street)}, "city": ${JSON.stringify(w.p.city)}, "zipCode": "${w.p.postal}"}, "credentials": {"password": {"value": "${pw}"}}}
  ${cfgDump78(r, c)}`;
  },
  'auth0/mgmt-user-patch': (r, c) => {
    const w = who(r, c);
    const sec = c.cred(K.auth0Secret78(r), 'auth0-client-secret');
    const jwt = c.cred(K.jwt78(r, { iss: 'https://acme.eu.auth0.com/', sub: `${r.b62(32)}@clients`, aud: 'https://acme.eu.auth0.com/api/v2/', iat: r.int(1760000000, 1790000000), exp: r.int(1790000000, 1800000000), gty: 'client-credentials' }), 'jwt');
    return `ManagementApiError: Payload validation error: 'Object didn't pass validation for format phone-number: ${w.phone}' on property user_metadata.phone (statusCode 400)\n  token request: {"grant_type":"client_credentials","client_id":"${r.b62(32)}","client_secret":"${sec}","audience":"https://acme.eu.auth0.com/api/v2/"}\n  PATCH /api/v2/users/auth0|${r.hex(24)} Authorization: Bearer ${jwt}\n  {"email":"${w.email}","name":${JSON.stringify(w.name)},"user_metadata":{"phone":"${w.phone}","address":${JSON.stringify(w.street)},"birthdate":"${c.pii(w.p.dob, 'birth-date')}",${money78(r, c)}},"last_ip":"${c.pii(w.p.ip, 'ip-address')}"}`;
  },
};
