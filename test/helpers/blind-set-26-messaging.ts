/** Blind set 26 positives: support desks, SMS/voice, e-mail marketing and push (Zendesk, Freshdesk, Intercom, Vonage, Sinch, Infobip, Plivo, MessageBird, Mailchimp, Brevo, Klaviyo, Braze, Customer.io, FCM, APNs). */
import { b64, key, orderNo, p8Body, rsaBodyLine, traceId, ts } from './blind-set-26-values';
import { cityLine, dobIso, person, phoneE164, phoneNational, street } from './blind-set-26-people';
import { card, brandFor, grouped } from './blind-set-26-money';
import { cardBrand } from './blind-set-26-payments-a';
import type { PosTemplate26 } from './blind-set-26-types';

const T = (source: string, name: string, make: PosTemplate26['make']): PosTemplate26 => ({ source, name, make });

/** Messaging and customer-engagement templates. */
export const MESSAGING: PosTemplate26[] = [
  T('zendesk', 'zenpy-ticket-create', (r, b) => {
    const p = person(r);
    const c = card(r, brandFor(r, p.cc));
    return `${ts(r)} ERROR support.sync zenpy.lib.exception.APIException: {"error": "Couldn't authenticate you"}\n  session.headers={'Authorization': 'Basic ${b.c('basic~b64', b64(`support-bot@shop.example/token:${r.b62(40)}`))}'}\n  ticket={'subject': 'Charged twice for ${orderNo(r)}', 'requester': {'name': '${b.p('name', p.full)}', 'email': '${b.p('email', p.email)}'}, 'comment': {'body': 'Hello, my card ${b.f(`card-${cardBrand(c)}`, grouped(c))} was charged twice, please refund.'}}`;
  }),
  T('freshdesk', 'node-contact-sync', (r, b) => {
    const p = person(r, r.pick(['IN', 'GB', 'ZA']));
    return `${ts(r)} [freshdesk-sync] FreshdeskError: 401 - {"code":"invalid_credentials","message":"You have to be logged in to perform this action."}\n    at FreshdeskClient.request (/srv/app/lib/freshdesk.js:58:11)\n  auth: { username: '${b.c('b62', r.b62(20))}', password: 'X' }\n  contact: { name: '${b.p('name', p.full)}', email: '${b.p('email', p.email)}', mobile: '${b.p('phone', phoneE164(r, p.cc))}', custom_fields: { order_ref: '${orderNo(r)}' } }`;
  }),
  T('intercom', 'logrus-unauthorized', (r, b) => {
    const p = person(r);
    return `time="${ts(r)}" level=error msg="intercom: 401 unauthorized" component=crm-sync token=${b.c('intercom', key.intercom(r))} user_email=${b.p('email', p.email)} user_phone="${b.p('phone', phoneNational(r, p.cc))}" request_id=${r.hex(20)}`;
  }),
  T('vonage', 'nexmo-sms-url', (r, b) => {
    const p = person(r, r.pick(['GB', 'DE', 'FR', 'ES', 'IT']));
    return `${ts(r)} WARN c.s.notify.VonageSmsSender - SMS send failed status=4 error-text=Bad Credentials url=https://rest.nexmo.com/sms/json?api_key=${r.hex(8)}&api_secret=${b.c('b62', r.b62(16))}&from=ShopGlobal&to=${b.p('phone', phoneE164(r, p.cc).slice(1))}&text=Your+order+${orderNo(r).replace('#', '')}+has+shipped\nvonage.application.private-key=${b.c('rsa-key', rsaBodyLine(r))}`;
  }),
  T('sinch', 'ilogger-batch-failed', (r, b) => {
    const p = person(r, r.pick(['DE', 'SE', 'NL']));
    return `fail: Shop.Notify.SinchSmsClient[0]\n      Batch send failed with 401 Unauthorized for plan ${r.hex(32)}\n      Request: POST https://eu.sms.api.sinch.com/xms/v1/${r.hex(32)}/batches\n      Authorization: Bearer ${b.c('hex', key.hex32(r))}\n      Body: {"from":"ShopGlobal","to":["${b.p('phone', phoneE164(r, p.cc))}"],"body":"Hallo ${b.p('name', p.full)}, Ihre Bestellung ${orderNo(r)} ist unterwegs."}`;
  }),
  T('infobip', 'php-whatsapp-template', (r, b) => {
    const p = person(r, r.pick(['NG', 'KE', 'ZA', 'ID', 'BR']));
    return `[${ts(r).slice(0, 19)}] production.ERROR: Infobip\\ApiException: [401] Client error: \`POST https://${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 6)}.api.infobip.com/whatsapp/1/message/template\` resulted in a \`401 Unauthorized\` response {"headers":{"Authorization":["App ${b.c('infobip', key.infobip(r))}"]},"messages":[{"from":"447860099299","to":"${b.p('phone', phoneE164(r, p.cc).slice(1))}","content":{"templateName":"order_shipped","templateData":{"body":{"placeholders":["${b.p('name', p.full)}","${orderNo(r)}"]}}}}]}`;
  }),
  T('plivo', 'python-auth-error', (r, b) => {
    const p = person(r, r.pick(['IN', 'US', 'GB']));
    const id = `MA${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 18)}`;
    const tok = key.plivoToken(r);
    return `${ts(r)} ERROR notify.voice plivo.exceptions.AuthenticationError: Could not verify your access level for that URL.\n  PLIVO_AUTH_ID=${id}\n  PLIVO_AUTH_TOKEN=${b.c('b62', tok)}\n  call: src=+14155550100 dst=${b.p('phone', phoneE164(r, p.cc))} answer_url=https://voice.shop.example/answer\n  Authorization: Basic ${b.c('basic~b64', b64(`${id}:${tok}`))}`;
  }),
  T('messagebird', 'zap-request-failed', (r, b) => {
    const p = person(r, r.pick(['NL', 'DE', 'GB']));
    return JSON.stringify({
      level: 'error',
      ts: ts(r),
      logger: 'notify.messagebird',
      msg: 'messagebird: request failed',
      status: 401,
      Authorization: `AccessKey ${b.c('b62', r.b62(25))}`,
      webhook_signing_key: b.c('b62', r.b62(32)),
      recipients: [b.p('phone', phoneE164(r, p.cc))],
      originator: 'ShopGlobal',
      trace_id: traceId(r),
    });
  }),
  T('mailchimp', 'php-member-exists', (r, b) => {
    const p = person(r, r.pick(['US', 'GB', 'DE']));
    return `[${ts(r).slice(0, 19)}] marketing.WARNING: MailchimpMarketing\\ApiException: [400] Member Exists {"config":{"apiKey":"${b.c('mailchimp', key.mailchimp(r))}","server":"us${r.int(1, 21)}"},"member":{"email_address":"${b.p('email', p.email)}","status":"subscribed","merge_fields":{"FNAME":"${p.first}","LNAME":"${p.last}","PHONE":"${b.p('phone', phoneNational(r, p.cc))}","BIRTHDAY":"${String(p.m).padStart(2, '0')}/${String(p.d).padStart(2, '0')}","ADDRESS":{"addr1":"${b.p('address', street(r, p.cc))}","city":"${cityLine(r, p.cc)}","zip":"${r.digits(5)}","country":"${p.cc}"}}}}`;
  }),
  T('brevo', 'node-contact-smtp', (r, b) => {
    const p = person(r, r.pick(['FR', 'ES', 'IT']));
    return `${ts(r)} error: Brevo request failed {"status":401,"body":{"code":"unauthorized","message":"Key not found"},"headers":{"api-key":"${b.c('brevo', key.brevo(r))}"},"contact":{"email":"${b.p('email', p.email)}","attributes":{"PRENOM":"${p.first}","NOM":"${p.last}","SMS":"${b.p('phone', phoneE164(r, p.cc))}"}},"smtp":"smtp://${r.hex(6)}@smtp-relay.brevo.com:587","smtpKey":"${b.c('brevo', key.brevo(r, 'xsmtpsib'))}"}`;
  }),
  T('klaviyo', 'python-profile-upsert', (r, b) => {
    const p = person(r, r.pick(['US', 'GB', 'DE', 'SE']));
    return `${ts(r)} ERROR marketing.klaviyo klaviyo_api.exceptions.ApiException: (401)\nReason: Unauthorized\nHTTP response headers: HTTPHeaderDict({'Content-Type': 'application/vnd.api+json'})\nRequest headers: {'Authorization': 'Klaviyo-API-Key ${b.c('klaviyo', key.klaviyo(r))}', 'revision': '2024-10-15'}\nBody: {"data":{"type":"profile","attributes":{"email":"${b.p('email', p.email)}","phone_number":"${b.p('phone', phoneE164(r, p.cc))}","location":{"address1":"${b.p('address', street(r, p.cc))}","country":"${p.cc}"}}}}`;
  }),
  T('braze', 'sidekiq-track-users', (r, b) => {
    const p = person(r);
    return `${ts(r)} pid=${r.int(10, 9999)} tid=${r.b62(6).toLowerCase()} class=BrazeTrackJob jid=${r.hex(24)} WARN: Braze::RequestError: 401 {"message":"Invalid API Key"} request={"headers":{"Authorization":"Bearer ${b.c('uuid', r.uuid())}"},"body":{"attributes":[{"external_id":"u_${r.digits(8)}","email":"${b.p('email', p.email)}","phone":"${b.p('phone', phoneE164(r, p.cc))}","dob":"${b.p('dob', dobIso(p))}","country":"${p.cc}"}]}}`;
  }),
  T('customerio', 'python-identify', (r, b) => {
    const p = person(r);
    const site = r.hex(20);
    return `${ts(r)} WARNING crm.cio customerio.errors.CustomerIOException: Failed to receive valid reponse after 3 retries.\nCheck system status at http://status.customer.io.\nLast caught exception -- <class 'requests.exceptions.HTTPError'>: 401 Client Error: Unauthorized for url: https://track.customer.io/api/v1/customers/u_${r.digits(8)}\nauth header: Basic ${b.c('basic~b64', b64(`${site}:${r.hex(20)}`))}\nidentify kwargs: {'email': '${b.p('email', p.email)}', 'first_name': '${p.first}', 'phone': '${b.p('phone', phoneNational(r, p.cc))}'}`;
  }),
  T('fcm', 'java-legacy-send', (r, b) => {
    const p = person(r, r.pick(['BR', 'MX', 'IN', 'ID']));
    const pem = rsaBodyLine(r)
      .match(/.{1,64}/g)!
      .join('\\n');
    return `${ts(r)} ERROR [push-worker-${r.int(1, 9)}] c.s.push.FcmSender - FCM send failed: 401 INVALID_KEY\n> POST https://fcm.googleapis.com/fcm/send\n> Authorization: key=${b.c('fcm', key.fcm(r))}\n> {"to":"${r.b64url(16)}:APA91b${r.b64url(100)}","notification":{"title":"Pedido enviado","body":"Olá ${b.p('name', p.full)}, seu pedido ${orderNo(r)} saiu para entrega."}}\nfirebase-adminsdk.json: {"type":"service_account","project_id":"shop-global-prod","private_key_id":"${b.c('hex', r.hex(40))}","private_key":"-----BEGIN PRIVATE KEY-----\\n${b.c('b64~json', pem)}\\n-----END PRIVATE KEY-----\\n","client_email":"firebase-adminsdk-${r.b62(5).toLowerCase()}@shop-global-prod.iam.gserviceaccount.com"}`;
  }),
  T('apns', 'node-apn-sign', (r, b) => {
    const p = person(r, r.pick(['JP', 'KR', 'US', 'GB']));
    const body = p8Body(r);
    const raw = r.next() < 0.5;
    const keyText = raw
      ? `-----BEGIN PRIVATE KEY-----\n${b.c('p8', body)}\n-----END PRIVATE KEY-----`
      : `'-----BEGIN PRIVATE KEY-----\\n${b.c('p8~json', body.replace(/\n/g, '\\n'))}\\n-----END PRIVATE KEY-----'`;
    return `${ts(r)} error: [apns] VError: Failed to generate token: error:1E08010C:DECODER routines::unsupported\n  provider options: { token: { key: ${keyText}, keyId: '${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}', teamId: '${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}' }, production: true }\n  notification: { alert: { title: 'Order update', body: 'Hi ${b.p('name', p.full)}, your parcel is out for delivery' }, topic: 'com.shopglobal.app', payload: { email: '${b.p('email', p.email)}' } }`;
  }),
];
