import { cnId, cpf, pccc } from './blind-set-89-ids';
import { card, expiry } from './blind-set-89-money';
import { address, email, person, phone } from './blind-set-89-people';
import { basic, T } from './blind-set-89-tokens';
import type { Source89 } from './blind-set-89-types';

/** Shipping platforms (EasyPost, Shippo, ShipStation) and customs declarations. */
export const easypost: Source89 = {
  name: 'easypost',
  weight: 1.2,
  env: [
    { words: ['easypost', 'api', 'key'], kind: 'api_key', make: T.easypost },
    { words: ['easypost', 'webhook', 'secret'], kind: 'webhook_secret', make: T.easypostWebhook },
  ],
  printers: [
    (c) => `$ curl -sS -X POST https://api.easypost.com/v2/shipments -u "${c.cred(T.easypost(c.r), 'api_key')}:" -d @shipment.json
{"error":{"code":"APIKEY.INACTIVE","message":"This api key is no longer active. Please use a different api key or reactivate this key.","errors":[]}}`,
    (c) => {
      const p = person(c.r);
      const a = address(c.r);
      return `EasyPost::Errors::InvalidRequestError ADDRESS.VERIFY.FAILURE (422)
Authorization: Basic ${c.cred(basic(T.easypost(c.r), ''), 'basic_auth')}
{"shipment":{"to_address":{"name":"${c.pii(p.full, 'name')}","street1":"${c.pii(a.line1, 'address')}","city":"${a.city}","state":"${a.state}","zip":"${a.zip}","country":"${a.cc}","phone":"${c.pii(phone(c.r)[1], 'phone')}","email":"${c.pii(email(c.r, p), 'email')}"},"from_address":{"company":"Northwind Fulfilment","street1":"1200 Logistics Pkwy","city":"Reno","state":"NV","zip":"89502","phone":"8005550148"},"parcel":{"weight":${c.r.int(4, 80)}}}}`;
    },
    (c) => `POST /v2/webhooks 422 {"error":{"code":"WEBHOOK.INVALID","message":"url must be https"}} body={"webhook":{"url":"http://hooks.internal/easypost","webhook_secret":"${c.cred(T.easypostWebhook(c.r), 'webhook_secret')}"}}`,
    (c) => `easypost.errors.api.unauthorized_error.UnauthorizedError: The API key provided is invalid.
  File "/app/labels/worker.py", line 88, in buy_label
    client = easypost.EasyPostClient(api_key="${c.cred(T.easypost(c.r), 'api_key')}", timeout=20)`,
  ],
};

export const shippo: Source89 = {
  name: 'shippo',
  env: [{ words: ['shippo', 'api', 'token'], kind: 'api_key', make: T.shippo }],
  printers: [
    (c) => `GET https://api.goshippo.com/shipments/?results=25 401 {"detail":"Invalid token."}
Authorization: ShippoToken ${c.cred(T.shippo(c.r), 'api_key')}
Shippo-API-Version: 2018-02-08`,
    (c) => {
      const p = person(c.r);
      const a = address(c.r);
      return `shippo address validation: is_valid=false {"object_id":"${c.r.hex(32)}","name":"${c.pii(p.full, 'name')}","street1":"${c.pii(a.line1, 'address')}","city":"${a.city}","state":"${a.state}","zip":"${a.zip}","country":"${a.cc}","phone":"${c.pii(phone(c.r)[0], 'phone')}","email":"${c.pii(email(c.r, p), 'email')}","is_residential":true,"validation_results":{"is_valid":false,"messages":[{"source":"Shippo Address Validator","code":"Unknown Street","text":"Street name could not be found"}]}}`;
    },
    (c) => {
      const p = person(c.r);
      return `customs_declarations 400 {"items":["This field is required."]} request={"certify":true,"certify_signer":"${c.pii(p.full, 'name')}","contents_type":"MERCHANDISE","non_delivery_option":"RETURN","incoterm":"DDU","eel_pfc":"NOEEI_30_37_a","exporter_identification":{"eori_number":"GB${c.r.num(12)}","tax_id":{"number":"${c.r.num(2)}-${c.r.num(7)}","type":"EIN"}},"items":[]} token=${c.cred(T.shippo(c.r), 'api_key')}`;
    },
  ],
};

export const shipstation: Source89 = {
  name: 'shipstation',
  env: [
    { words: ['shipstation', 'api', 'secret'], kind: 'api_secret', make: T.hex32 },
    { words: ['shipstation', 'v2', 'api', 'key'], kind: 'api_key', make: (r) => r.b64url(43) },
  ],
  printers: [
    (c) => `GET https://ssapi.shipstation.com/orders?orderStatus=awaiting_shipment 401 Unauthorized
Authorization: Basic ${c.cred(basic(T.hex32(c.r), T.hex32(c.r)), 'basic_auth')}`,
    (c) => {
      const p = person(c.r);
      const b = person(c.r);
      const a = address(c.r);
      const cd = card(c.r, 'space');
      const [mm, yy] = expiry(c.r);
      return `orders/createorder 400 "The request is invalid." payload: {"orderNumber":"WEB-${c.r.num(6)}","orderStatus":"awaiting_shipment","customerEmail":"${c.pii(email(c.r, b), 'email')}","billTo":{"name":"${c.pii(b.full, 'name')}","phone":"${c.pii(phone(c.r)[1], 'phone')}"},"shipTo":{"name":"${c.pii(p.full, 'name')}","street1":"${c.pii(a.line1, 'address')}","city":"${a.city}","state":"${a.state}","postalCode":"${a.zip}","country":"${a.cc}","residential":true},"internalNotes":"paid by card ${c.fin(cd.printed, 'card')} exp ${mm}/${yy} - phone order"}`;
    },
    (c) => `POST https://api.shipstation.com/v2/labels 401 {"request_id":"${c.r.uuid()}","errors":[{"error_source":"shipstation","error_type":"security","error_code":"unauthorized","message":"The API key is invalid. Please see https://www.shipengine.com/docs/auth"}]}
api-key: ${c.cred(c.r.b64url(43), 'api_key')}`,
  ],
};

export const customs: Source89 = {
  name: 'customs',
  env: [{ words: ['customs', 'broker', 'password'], kind: 'password', make: (r) => r.password(12, 18) }],
  printers: [
    (c) => {
      const p = person(c.r);
      const a = address(c.r);
      return `ATLAS export declaration rejected (E1234 "Consignee identification missing"):
{"declarant":{"eori":"DE${c.r.num(13)}","name":"Rheinland Logistik GmbH"},"consignee":{"type":"natural_person","name":"${c.pii(p.full, 'name')}","street":"${c.pii(a.line1, 'address')}","postcode":"${a.zip}","city":"${a.city}","country":"BR","taxId":"${c.pii(cpf(c.r), 'cpf')}"},"goodsItems":[{"hsCode":"8471300000","description":"Portable computer","grossMass":2.1}]}`;
    },
    (c) => {
      const p = person(c.r);
      return `kr-customs: PCCC check failed for ${c.r.num(12)} — {"recipientName":"${c.pii(p.full, 'name')}","personalCustomsClearanceCode":"${c.pii(pccc(c.r), 'pccc')}","recipientPhone":"${c.pii(phone(c.r, 'kr')[1], 'phone')}","hsCode":"3304.99","declaredValue":"129.00 USD"}`;
    },
    (c) => {
      const p = person(c.r);
      return `cross-border CN: importer identity mismatch {"importer":{"name":"${c.pii(p.full, 'name')}","idType":"1","idNumber":"${c.pii(cnId(c.r), 'cn_id')}","mobile":"${c.pii(`1${c.r.pick(['38', '39', '86'])}${c.r.digits(8)}`, 'phone')}"},"orderNo":"CB${c.r.num(14)}","ebpCode":"${c.r.num(10)}","broker":{"user":"cbt-ops","password":"${c.cred(c.r.password(12, 18), 'password')}"}}`;
    },
  ],
};
