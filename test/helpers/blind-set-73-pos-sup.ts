import { js73, type PosTpl73 } from './blind-set-73-core';
import { K, card, db, e164, em, iban, jwt, nid, nm, ph, pw, qem, st, upw, userIp, who, whoId } from './blind-set-73-h';

/** Support ticket webhooks (Zendesk, Freshdesk, Intercom, Front), email (SendGrid, Mailgun, Postmark) and SMS/OTP (Twilio, Vonage). */
export const POS_SUP73: PosTpl73[] = [
  { src: 'support', name: 'zendesk-webhook', make: (x) => {
    const P = who(x);
    return `zendesk webhook signature invalid (X-Zendesk-Webhook-Signature) signing_secret=${x.c('webhook_secret', x.r.b64(32))}\nbody=${js73({ ticket: { id: x.int(10000, 999999), subject: 'Cannot update my address', description: `Hi, please change my address to ${st(x, P)}, my phone is ${ph(x, P)}.`, requester: { name: nm(x, P), email: em(x, P) } } })}\nzendesk api: ops-bot@globex.io/token:${K(x, 'b62_40')}`;
  } },
  { src: 'support', name: 'freshdesk-basic', make: (x) => {
    const P = who(x);
    const key = K(x, 'b62_20');
    return `freshdesk: POST https://globex.freshdesk.com/api/v2/tickets 400 {"description":"Validation failed","errors":[{"field":"phone","message":"Invalid phone","code":"invalid_value"}]}\n  auth=(${key}, X)\n  ticket={"name":"${nm(x, P)}","email":"${em(x, P)}","phone":"${ph(x, P)}","subject":"Refund to card ending ${x.r.digits(4)}"}`;
  } },
  { src: 'support', name: 'intercom-contact', make: (x) => {
    const P = who(x);
    return `Intercom::AuthenticationError: Access Token Invalid\n  token: ${K(x, 'intercom')}\n  identity_verification_secret: ${x.c('hmac_key', x.r.chars('abcdefghijklmnopqrstuvwxyz0123456789_-', 40))}\n  contact: { role: "user", external_id: "${x.hex(12)}", email: "${em(x, P)}", phone: "${e164(x, P)}", name: "${nm(x, P)}", last_seen_ip: "${userIp(x)}" }`;
  } },
  { src: 'support', name: 'front-attachment', make: (x) => {
    const P = whoId(x);
    return `front: inbound message ${x.r.b62(10)} contains attachment "passport_scan.jpg"; OCR excerpt: "Surname / Nom: ${P.name.family}  Given names: ${P.name.given}  Date of birth: ${db(x, P)}  No.: ${nid(x, P).value}"\n  owner=${nm(x, P)} front_api_token=${jwt(x, 'front', 'globex-support')} s3_secret=${K(x, 'aws_secret')}`;
  } },
  { src: 'support', name: 'chat-transcript-card', make: (x) => {
    const P = who(x, undefined, true);
    const c = card(x);
    return `[livechat] transcript ${x.uuid()} flagged by DLP rule "PAN in chat"\n  ${x.int(10, 23)}:${x.int(10, 59)} visitor (${nm(x, P)}): my card is ${c.pan} exp ${x.int(1, 12)}/${x.int(27, 31)} can you refund there\n  ${x.int(10, 23)}:${x.int(10, 59)} agent: please don't share card numbers here\n  livechat_pat=${x.c('livechat_pat', `${x.r.b64url(24)}:${x.r.b64url(24)}`)}`;
  } },
  { src: 'support', name: 'gdpr-erasure-request', make: (x) => {
    const P = whoId(x);
    return `dsar-bot: erasure request ${x.uuid()} failed at step "crm.delete" (HTTP 401)\n  subject: { name: "${nm(x, P)}", email: "${em(x, P)}", phone: "${ph(x, P)}", national_id: "${nid(x, P).value}" }\n  crm_token=${K(x, 'hubspot')} zendesk_token=${K(x, 'b62_40')} okta_token=${K(x, 'okta')}`;
  } },
  { src: 'mail', name: 'sendgrid-bounce', make: (x) => {
    const P = who(x);
    return `sendgrid event webhook: bounce reason="550 5.1.1 The email account that you tried to reach does not exist" email=${em(x, P)} ip=${x.int(149, 167)}.${x.int(1, 250)}.${x.int(1, 250)}.${x.int(1, 250)}\n  SENDGRID_API_KEY=${K(x, 'sendgrid')}\n  verification_key=${x.c('sendgrid_verif', x.r.b64(48))}`;
  } },
  { src: 'mail', name: 'postmark-quoted-local', make: (x) => {
    const P = who(x);
    return `Postmark 300 Invalid 'To' address: '${qem(x, P)}' (quoted local parts are not supported)\n  X-Postmark-Server-Token: ${x.c('postmark_token', x.uuid())}\n  X-Postmark-Account-Token: ${x.c('postmark_token', x.uuid())}\n  recipient name: ${nm(x, P)}`;
  } },
  { src: 'mail', name: 'smtp-auth-dump', make: (x) => {
    const P = who(x);
    const user = `notifications@globex-mail.com`;
    const pass = pw(x);
    return `smtplib.SMTPRecipientsRefused: {'${em(x, P)}': (550, b'5.7.1 Relaying denied')}\n  smtp_user='${user}' smtp_password='${pass}'\n  AUTH PLAIN ${x.c('basic_auth', Buffer.from(`\0${user}\0${pass}`).toString('base64'))}`;
  } },
  { src: 'sms', name: 'twilio-verify', make: (x) => {
    const P = who(x);
    return `${x.ts()} otp.send error=60200 "Invalid parameter: To" to=${ph(x, P)} channel=sms locale=${P.cc.toLowerCase()} service=VA${x.hex(32)} auth=AC${x.hex(32)}:${K(x, 'hex32')}`;
  } },
  { src: 'sms', name: 'vonage-sms', make: (x) => {
    const P = who(x);
    return `vonage sms status=15 error-text="Illegal Sender Address - rejected" to=${e164(x, P)} api_key=${x.r.hex(8)} api_secret=${K(x, 'vonage')} signature_secret=${x.c('webhook_secret', x.r.b62(48))} text="${P.name.given}, your code is ${x.r.digits(6)}"`;
  } },
  { src: 'sms', name: 'otp-phone-normalize', make: (x) => {
    const P = who(x);
    return `libphonenumber NumberParseException(INVALID_COUNTRY_CODE) for input "${ph(x, P)}" (default region ${P.cc === 'US' ? 'GB' : 'US'}) user=${em(x, P)}; messagebird access_key=${x.c('messagebird_key', `live_${x.r.b62(25)}`)}`;
  } },
  { src: 'support', name: 'refund-ticket-iban', make: (x) => {
    const P = who(x);
    return `ticket #${x.int(100000, 999999)} macro "refund via bank transfer" failed: finance API 401\n  customer wrote: "Bitte überweisen Sie den Betrag auf mein Konto ${iban(x, 'DE', true)} (Kontoinhaber: ${nm(x, P)})"\n  finance_api_key=${K(x, 'b62_32')} cookie: _fin_session=${K(x, 'session_rails')}`;
  } },
  { src: 'support', name: 'callcenter-recording', make: (x) => {
    const P = who(x);
    return `genesys: recording upload failed for conversation ${x.uuid()}: 403 SignatureDoesNotMatch\n  ani=${e164(x, P)} customer=${nm(x, P)} dnis=+18005550199\n  aws_access_key_id=${K(x, 'aws_akid')} aws_secret_access_key=${K(x, 'aws_secret')} genesys_client_secret=${x.c('oauth_client_secret', x.r.b64url(32))}`;
  } },
  { src: 'support', name: 'address-change-form', make: (x) => {
    const P = who(x);
    return `POST /account/address 422 Unprocessable Entity\nCookie: ASP.NET_SessionId=${K(x, 'aspnet')}; .AspNetCore.Identity.Application=${x.c('session_cookie', x.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 180))}\nform: FullName=${nm(x, P)}\nform: Street=${st(x, P)}\nform: Phone=${ph(x, P)}`;
  } },
  { src: 'support', name: 'sentry-breadcrumb', make: (x) => {
    const P = who(x);
    return `sentry event ${x.hex(32)} breadcrumbs:\n  [http] POST https://api.globex.io/v2/profile 400\n  [console] updateProfile payload ${js73({ displayName: nm(x, P), phone: ph(x, P), birthday: P.dobIso })}\n  [auth] refresh ok access=${jwt(x, 'https://auth.globex.io', x.uuid())}\n  [config] stripe=${K(x, 'stripe_sk')}`;
  } },
  { src: 'support', name: 'ip-geo-fraud', make: (x) => {
    const P = who(x);
    return `fraud.review order=${x.r.digits(10)} score=87 reasons=[ip_country_mismatch] customer=${em(x, P)} ip=${userIp(x)} billing_country=${P.cc}\n  maxmind license_key=${x.c('maxmind_key', `${x.r.b62(6)}_${x.r.b62(29)}_mmk`)} sift_api_key=${K(x, 'hex32')} seon=${K(x, 'b62_32')} ${'db='}postgres://fraud:${upw(x)}@fraud-db:5432/fraud`;
  } },
];
