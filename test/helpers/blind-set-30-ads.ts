import { logPrefix30, Plant30, type Template30 } from './blind-set-30-case';
import { person30, type Country30 } from './blind-set-30-people';
import { googleAccess, googleClientSecret, googleDevToken, googleRefresh, linkedinSecret, linkedinToken, metaToken } from './blind-set-30-keys';

const CID = (r: { digits: (n: number) => string }) => `${r.digits(3)}-${r.digits(3)}-${r.digits(4)}`;
const GCLIENT = (r: { num: (n: number) => string; chars: (a: string, n: number) => string }) => `${r.num(12)}-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com`;

/** Google Ads, Meta, LinkedIn and TikTok: client config, API exceptions, conversion uploads, lead forms. */
export const ADS30: Template30[] = [
  {
    id: 'ads/google-ads-yaml',
    make: (r) => {
      const k = new Plant30();
      return k.done(`google.ads.googleads.errors.GoogleAdsException while loading configuration; effective google-ads.yaml:
developer_token: ${k.c('google-ads-developer-token', googleDevToken(r))}
client_id: ${GCLIENT(r)}
client_secret: ${k.c('google-client-secret', googleClientSecret(r))}
refresh_token: ${k.c('google-refresh-token', googleRefresh(r))}
login_customer_id: ${r.digits(10)}
use_proto_plus: True`);
    },
  },
  {
    id: 'ads/google-ads-exception',
    make: (r) => {
      const k = new Plant30();
      return k.done(`Request made: ClientCustomerId: ${r.digits(10)}, Host: googleads.googleapis.com, Method: /google.ads.googleads.v16.services.ConversionUploadService/UploadClickConversions, RequestId: ${r.b62(22)}, IsFault: True, FaultMessage: The developer token is not approved for use with production accounts.
Request
-------
Method: /google.ads.googleads.v16.services.ConversionUploadService/UploadClickConversions
Host: googleads.googleapis.com
Headers: {
  "developer-token": "${k.c('google-ads-developer-token', googleDevToken(r))}",
  "login-customer-id": "${r.digits(10)}",
  "authorization": "Bearer ${k.c('google-access-token', googleAccess(r))}",
  "x-goog-api-client": "gl-python/3.11.8 grpc/1.62.1 gax/2.17.1 gccl/23.1.0"
}`);
    },
  },
  {
    id: 'ads/google-php-oauth',
    make: (r) => {
      const k = new Plant30();
      const rt = googleRefresh(r).replace(/\//g, '\\/');
      return k.done(`[${r.iso()}] production.ERROR: Google\\Ads\\GoogleAds\\Lib\\V16\\GoogleAdsException: invalid_grant {"exception":"[object] (Google\\\\Auth\\\\OAuth2 ...)","oauth":{"clientId":"${GCLIENT(r)}","clientSecret":"${k.c('google-client-secret', googleClientSecret(r))}","refreshToken":"${k.c('google-refresh-token', rt)}","tokenCredentialUri":"https:\\/\\/oauth2.googleapis.com\\/token"},"customer_id":"${CID(r)}"}`);
    },
  },
  {
    id: 'ads/enhanced-conversions-debug',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['US', 'GB', 'CA', 'AU', 'DE'] as Country30[]));
      return k.done(`${logPrefix30(r, 'DEBUG')} enhanced-conversions normalize order=${r.num(8)} gclid=Cj0KCQjw${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 60)}
  email raw="${k.p('email', u.email[0]!.toUpperCase() + u.email.slice(1))}" normalized=sha256:${r.hex(64)}
  phone raw="${k.p('phone', u.phoneNat)}" normalized=sha256:${r.hex(64)}
  address first/country/postal="${u.first}/${u.country}/${u.postcode}"
  upload -> PARTIAL_FAILURE: conversion_adjustment_upload_error: CONVERSION_ALREADY_ENHANCED
  request metadata: developer-token=${k.c('google-ads-developer-token', googleDevToken(r))} login-customer-id=${r.digits(10)}`);
    },
  },
  {
    id: 'ads/meta-capi-token',
    make: (r) => {
      const k = new Plant30();
      const pixel = r.num(15);
      return k.done(`${logPrefix30(r)} meta capi POST https://graph.facebook.com/v19.0/${pixel}/events?access_token=${k.c('meta-access-token', metaToken(r))} -> 400
{"error":{"message":"Invalid OAuth access token - Cannot parse access token","type":"OAuthException","code":190,"fbtrace_id":"A${r.b62(22)}"}}
capi config: {"pixel_id":"${pixel}","app_secret":"${k.c('meta-app-secret', r.hex(32))}","use_appsecret_proof":true,"test_event_code":null}`);
    },
  },
  {
    id: 'ads/meta-capi-unhashed',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      const body = { data: [{ event_name: 'Lead', event_time: r.epoch(), action_source: 'website', user_data: { em: [k.p('email', u.email)], ph: [k.p('phone', u.phoneE164.slice(1))], fbp: `fb.1.${r.epoch()}${r.digits(3)}.${r.num(10)}` } }], access_token: k.c('meta-access-token', metaToken(r)) };
      return k.done(`meta conversions api rejected batch:
request=${JSON.stringify(body)}
response={"error":{"message":"(#100) Invalid parameter","type":"OAuthException","code":100,"error_subcode":2804019,"error_user_title":"Unhashed user data","error_user_msg":"The parameter em must be hashed with SHA256 before sending.","fbtrace_id":"A${r.b62(22)}"}}`);
    },
  },
  {
    id: 'ads/meta-lead-ads',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['US', 'GB', 'BR', 'MX', 'ES', 'IN'] as Country30[]));
      const lead = { created_time: r.iso().replace(/\.\d+Z$/, '+0000'), id: r.num(16), field_data: [{ name: 'full_name', values: [k.p('person-name', u.full)] }, { name: 'email', values: [k.p('email', u.email)] }, { name: 'phone_number', values: [k.p('phone', u.phoneE164)] }, { name: 'city', values: [u.city] }] };
      return k.done(`leadgen webhook: CRM push failed (timeout), lead kept in DLQ
GET https://graph.facebook.com/v19.0/${lead.id}?access_token=${k.c('meta-page-access-token', metaToken(r))}
${JSON.stringify(lead)}`);
    },
  },
  {
    id: 'ads/linkedin-leadgen',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, undefined, true);
      const resp = { owner: { sponsoredAccount: `urn:li:sponsoredAccount:${r.num(9)}` }, submitter: `urn:li:person:${r.b62(10)}`, formResponse: { answers: [{ questionId: 1, answerDetails: { textQuestionAnswer: { answer: u.first } } }, { questionId: 3, answerDetails: { textQuestionAnswer: { answer: k.p('email', u.email) } } }, { questionId: 4, answerDetails: { textQuestionAnswer: { answer: k.p('phone', u.phoneIntl) } } }] } };
      return k.done(`${logPrefix30(r)} linkedin lead sync: GET https://api.linkedin.com/rest/leadFormResponses?owner=(sponsoredAccount:urn%3Ali%3AsponsoredAccount%3A${r.num(9)})&leadType=(leadType:SPONSORED)
Authorization: Bearer ${k.c('linkedin-access-token', linkedinToken(r))}
LinkedIn-Version: 2024${r.pick(['01', '04', '06'])}
element[0]=${JSON.stringify(resp)}
oauth app: client_id=${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 14)} client_secret=${k.c('linkedin-client-secret', linkedinSecret(r))}
error: {"status":429,"serviceErrorCode":101,"code":"TOO_MANY_REQUESTS","message":"Resource level throttle APPLICATION DAY limit for calls to this resource is reached."}`);
    },
  },
  {
    id: 'ads/tiktok-events',
    make: (r) => {
      const k = new Plant30();
      return k.done(`tiktok events api: POST https://business-api.tiktok.com/open_api/v1.3/event/track/
Access-Token: ${k.c('tiktok-access-token', r.hex(40))}
{"event_source":"web","event_source_id":"C${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 19)}","data":[{"event":"CompleteRegistration","event_time":${r.epoch()},"user":{"email":"${r.hex(64)}","ttclid":"E.C.P.${r.b62(40)}"}}]}
<- {"code":40105,"message":"Access token is incorrect or has been revoked.","request_id":"2024${r.digits(10)}${r.hex(16).toUpperCase()}"}
env: TIKTOK_APP_ID=${r.num(19)} TIKTOK_APP_SECRET=${k.c('tiktok-app-secret', r.hex(40))}`);
    },
  },
  {
    id: 'ads/tiktok-lead-webhook',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['US', 'GB', 'MX', 'BR', 'JP'] as Country30[]));
      const lead = { lead_id: r.num(19), advertiser_id: r.num(19), form_id: r.num(19), create_time: r.epoch(), fields: [{ field_name: 'name', field_value: k.p('person-name', u.full) }, { field_name: 'email', field_value: k.p('email', u.email) }, { field_name: 'city', field_value: u.city }] };
      return k.done(`${logPrefix30(r, 'WARN')} tiktok lead webhook: hubspot create failed (INVALID_EMAIL), will retry
re-fetch: GET https://business-api.tiktok.com/open_api/v1.3/page/lead/task/download/?advertiser_id=${lead.advertiser_id}&task_id=${r.num(19)}
  Access-Token: ${k.c('tiktok-access-token', r.hex(40))}
body: ${JSON.stringify(lead)}`);
    },
  },
];
