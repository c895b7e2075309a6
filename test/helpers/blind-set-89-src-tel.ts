import { formEnc } from './blind-set-89-enc';
import { person, phone } from './blind-set-89-people';
import { basic, jwt, T } from './blind-set-89-tokens';
import type { Source89 } from './blind-set-89-types';

/** Programmable telephony: Twilio voice and messaging, Vonage, Plivo, Bandwidth, MessageBird. */
const biz = (r: { int: (a: number, b: number) => number }): string => `+14155550${r.int(100, 199)}`;

export const twilio: Source89 = {
  name: 'twilio',
  weight: 1.6,
  env: [
    { words: ['twilio', 'auth', 'token'], kind: 'twilio_auth_token', make: T.twilioToken },
    { words: ['twilio', 'api', 'secret'], kind: 'twilio_api_secret', make: T.twilioKeySecret },
  ],
  printers: [
    (c) => {
      const p = person(c.r);
      const [from] = phone(c.r);
      return `POST /voice/inbound 502 (upstream timeout) X-Twilio-Signature: ${c.r.b64(27)}=
AccountSid=${T.twilioSid(c.r)}&ApiVersion=2010-04-01&CallSid=CA${c.r.hex(32)}&CallStatus=ringing&Called=${formEnc(biz(c.r))}&Caller=${formEnc(c.pii(from, 'phone'))}&CallerName=${formEnc(c.pii(p.full, 'name'))}&Direction=inbound&From=${formEnc(from)}&FromCountry=${c.r.pick(['ES', 'GB', 'DE', 'US'])}&To=${formEnc(biz(c.r))}`;
    },
    (c) => `Twilio debugger event: {"resource_sid":"CA${c.r.hex(32)}","service_sid":null,"error_code":"12100","more_info":{"Msg":"Document parse failure","sourceComponent":"12000","ErrorCode":"12100","LogLevel":"ERROR","url":"https://ivr.tripcraft.io/twiml/menu","parserMessage":"Element type \\"Gather\\" must be followed by either attribute specifications"},"webhook":{"request":{"parameters":{"AccountSid":"${T.twilioSid(c.r)}","From":"${c.pii(phone(c.r)[0], 'phone')}","To":"${biz(c.r)}","Digits":"2"}}}}`,
    (c) => {
      const sid = T.twilioSid(c.r);
      return `twilio.base.exceptions.TwilioRestException: HTTP 401 error: Unable to create record: Authenticate
  File "/srv/notify/sms.py", line 41, in send
    client = Client("${sid}", "${c.cred(T.twilioToken(c.r), 'twilio_auth_token')}")`;
    },
    (c) => `$ curl -X POST https://api.twilio.com/2010-04-01/Accounts/${T.twilioSid(c.r)}/Messages.json --data-urlencode "To=${c.pii(phone(c.r)[0], 'phone')}" --data-urlencode "From=${biz(c.r)}" --data-urlencode "Body=Your courier is 5 minutes away" -u ${T.twilioKeySid(c.r)}:${c.cred(T.twilioKeySecret(c.r), 'twilio_api_secret')}
{"code": 20003, "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401}`,
    (c) => `RestException [Error]: The 'To' number ${c.pii(phone(c.r)[0], 'phone')} is not a valid phone number.
    status: 400, code: 21211, moreInfo: 'https://www.twilio.com/docs/errors/21211'
  request: { method: 'POST', uri: 'https://api.twilio.com/2010-04-01/Accounts/${T.twilioSid(c.r)}/Messages.json', auth: 'Basic ${c.cred(basic(T.twilioSid(c.r), T.twilioToken(c.r)), 'basic_auth')}' }`,
  ],
};

export const vonage: Source89 = {
  name: 'vonage',
  env: [{ words: ['vonage', 'api', 'secret'], kind: 'api_secret', make: T.vonageSecret }, { words: ['nexmo', 'api', 'secret'], kind: 'api_secret', make: T.vonageSecret }],
  printers: [
    (c) => `GET https://rest.nexmo.com/sms/json?api_key=${c.r.hex(8)}&api_secret=${c.cred(T.vonageSecret(c.r), 'api_secret')}&from=TripCraft&to=${c.pii(phone(c.r)[0].slice(1), 'phone')}&text=Your+gate+changed+to+B42
{"message-count":"1","messages":[{"status":"4","error-text":"Bad Credentials"}]}`,
    (c) => `inbound-sms webhook 500: msisdn=${c.pii(phone(c.r)[0].slice(1), 'phone')}&to=${'14155550173'}&messageId=${c.r.HEX(16)}&text=STOP&type=text&keyword=STOP&api-key=${c.r.hex(8)}&message-timestamp=2025-03-14+11%3A02%3A17`,
    (c) => `POST https://api.nexmo.com/v1/calls 401 {"title":"Unauthorized","type":"https://developer.nexmo.com/api-errors#unauthorized","detail":"You did not provide correct credentials."}
Authorization: Bearer ${c.cred(jwt(c.r, { application_id: c.r.uuid(), jti: c.r.uuid() }, 'RS256'), 'jwt')}`,
  ],
};

export const plivo: Source89 = {
  name: 'plivo',
  env: [{ words: ['plivo', 'auth', 'token'], kind: 'api_secret', make: T.plivoToken }],
  printers: [
    (c) => {
      const id = `MA${c.r.upnum(18)}`;
      return `POST https://api.plivo.com/v1/Account/${id}/Message/ 401 {"api_id":"${c.r.uuid()}","error":"authentication failed"}
Authorization: Basic ${c.cred(basic(id, T.plivoToken(c.r)), 'basic_auth')}`;
    },
    (c) => `plivo.exceptions.AuthenticationError: authentication failed
    client = plivo.RestClient(auth_id='MA${c.r.upnum(18)}', auth_token='${c.cred(T.plivoToken(c.r), 'api_secret')}')`,
    (c) => {
      const p = person(c.r);
      return `message create 400 {"error":"invalid dst number"} body={"src":"${biz(c.r)}","dst":"${c.pii(phone(c.r)[0].slice(1), 'phone')}","text":"Hi ${c.pii(p.given, 'name')}, your pickup from ${c.r.pick(['LHR T5', 'CDG 2E', 'MAD T4'])} is confirmed"}`;
    },
  ],
};

export const bandwidth: Source89 = {
  name: 'bandwidth',
  env: [{ words: ['bandwidth', 'password'], kind: 'password', make: T.bandwidthPass }],
  printers: [
    (c) => `bandwidth callback message-failed: [{"type":"message-failed","time":"${c.r.iso()}","description":"rejected-unallocated-to-number","to":"${c.pii(phone(c.r, 'us')[0], 'phone')}","errorCode":4720,"message":{"id":"${c.r.num(13)}${c.r.lower(6)}","owner":"${biz(c.r)}","applicationId":"${c.r.uuid()}","time":"${c.r.iso()}","direction":"out","from":"${biz(c.r)}","text":"Driver update"}}]`,
    (c) => `POST https://messaging.bandwidth.com/api/v2/users/${c.r.num(7)}/messages 401 {"type":"unauthorized","description":"Authentication Failed"}
Authorization: Basic ${c.cred(basic(`api-${c.r.lower(6)}@tripcraft.io`, T.bandwidthPass(c.r)), 'basic_auth')}`,
    (c) => `bandwidth-sdk config loaded: {"accountId":"${c.r.num(7)}","username":"api-${c.r.lower(6)}@tripcraft.io","password":"${c.cred(T.bandwidthPass(c.r), 'password')}","voiceApplicationId":"${c.r.uuid()}"}`,
  ],
};

export const messagebird: Source89 = {
  name: 'messagebird',
  env: [{ words: ['messagebird', 'access', 'key'], kind: 'api_key', make: T.messagebird }],
  printers: [
    (c) => `POST https://rest.messagebird.com/messages 401 {"errors":[{"code":2,"description":"Request not allowed (incorrect access_key)","parameter":"access_key"}]}
Authorization: AccessKey ${c.cred(T.messagebird(c.r), 'api_key')}`,
    (c) => {
      const p = person(c.r);
      return `conversations webhook: no channel for contact {"contact":{"id":"${c.r.hex(32)}","href":"","msisdn":${c.pii(phone(c.r)[0].slice(1), 'phone')},"displayName":"${c.pii(p.full, 'name')}","firstName":"${c.pii(p.given, 'name')}","lastName":"${c.pii(p.family, 'name')}"},"message":{"status":"received","type":"text","content":{"text":"where is my parcel"}}}`;
    },
    (c) => `hlr lookup failed: GET /lookup/${c.pii(phone(c.r)[0].slice(1), 'phone')}/hlr -> {"errors":[{"code":25,"description":"Not enough balance","parameter":null}]} key=${c.cred(T.messagebird(c.r), 'api_key')}`,
  ],
};
