import { js73, type PosTpl73 } from './blind-set-73-core';
import { basic73 } from './blind-set-73-creds';
import { K, e164, em, jwt, nm, ph, pw, st, upw, who, whoPlain } from './blind-set-73-h';

const tracking = (x: { r: { digits: (n: number) => string } }): string => `JD01460000${x.r.digits(10)}`;

/** Shipping label and rate API errors (DHL, FedEx, UPS, EasyPost, Shippo, Royal Mail, Japan Post, Correios). */
export const POS_SHIP73: PosTpl73[] = [
  { src: 'ship', name: 'dhl-express-label', make: (x) => {
    const P = who(x);
    const user = `globex${x.r.digits(2)}`;
    const pass = x.r.password(16);
    return `dhl-express POST /mydhlapi/shipments 400 {"title":"Bad request","detail":"receiverDetails.postalAddress.postalCode is invalid","instance":"/expressapi/shipments","status":"400"}\nAuthorization: Basic ${x.c('basic_auth', basic73(user, pass))}\nreceiver: ${js73({ postalAddress: { addressLine1: st(x, P), cityName: P.city, postalCode: P.postcode, countryCode: P.cc }, contactInformation: { fullName: nm(x, P), phone: ph(x, P), email: em(x, P) } })}`;
  } },
  { src: 'ship', name: 'dhl-parcel-apikey', make: (x) => {
    const P = who(x);
    return `${x.ts()} [label-svc] DHL-API-Key: ${K(x, 'b62_32')} api-secret=${x.c('dhl_secret', x.r.b62(16))} -> 422 "Consignee address could not be validated" consignee="${nm(x, P)}, ${st(x, P)}, ${P.postcode} ${P.city}" tel=${e164(x, P)}`;
  } },
  { src: 'ship', name: 'fedex-oauth', make: (x) => `FedEx OAuth failure NOT.AUTHORIZED.ERROR "The given client credentials were not valid."\n  grant_type=client_credentials&client_id=${K(x, 'fedex_id')}&client_secret=${x.c('oauth_client_secret', x.hex(32))}\n  child_Key=${x.c('fedex_child', x.r.b62(16))}&child_secret=${x.c('fedex_child', x.r.b62(25))}\n  account=${x.r.digits(9)} env=production` },
  { src: 'ship', name: 'fedex-ship-recipient', make: (x) => {
    const P = who(x);
    return `com.globex.ship.FedexClientException: SHIPMENT.RECIPIENT.PHONENUMBER.INVALID\n  Authorization=Bearer ${jwt(x, 'https://apis.fedex.com', 'globex-prod')}\n  requestedShipment.recipients[0]={contact={personName=${nm(x, P)}, phoneNumber=${ph(x, P)}, emailAddress=${em(x, P)}}, address={streetLines=[${st(x, P)}], city=${P.city}, postalCode=${P.postcode}, countryCode=${P.cc}}}`;
  } },
  { src: 'ship', name: 'ups-rating-python', make: (x) => {
    const P = who(x);
    return `Traceback (most recent call last):\n  File "carriers/ups.py", line 77, in create_label\nups.errors.UPSError: 120802: Address Validation Error on ShipTo address\n  ups_client_id = '${x.r.b62(48)}'\n  ups_client_secret = '${x.c('oauth_client_secret', x.r.b62(64))}'\n  ship_to = {'Name': '${nm(x, P)}', 'Phone': {'Number': '${ph(x, P)}'}, 'Address': {'AddressLine': ['${st(x, P)}'], 'PostalCode': '${P.postcode}', 'CountryCode': '${P.cc}'}}`;
  } },
  { src: 'ship', name: 'easypost-address', make: (x) => {
    const P = who(x);
    return `EasyPost::Errors::InvalidRequestError: ADDRESS.VERIFY.FAILURE (Address not found)\n  api_key: ${K(x, 'easypost')}\n  webhook_secret: ${x.c('webhook_secret', x.r.b62(32))}\n  to_address: {"name":"${nm(x, P)}","street1":"${st(x, P)}","zip":"${P.postcode}","country":"${P.cc}","phone":"${ph(x, P)}","email":"${em(x, P)}"}`;
  } },
  { src: 'ship', name: 'shippo-curl', make: (x) => {
    const P = whoPlain(x);
    return `$ curl https://api.goshippo.com/shipments/ -H "Authorization: ShippoToken ${K(x, 'shippo')}" -d address_to='{"name":"${nm(x, P)}","street1":"${st(x, P)}","zip":"${P.postcode}","country":"${P.cc}","phone":"${ph(x, P)}"}'\n{"address_to": ["Address is invalid for carrier USPS"]}`;
  } },
  { src: 'ship', name: 'label-worker-env', make: (x) => `label-worker exited with code 1; environment:\n  DHL_API_KEY=${K(x, 'b62_32')}\n  DHL_API_SECRET=${x.c('dhl_secret', x.r.b62(16))}\n  FEDEX_CLIENT_SECRET=${x.c('oauth_client_secret', x.hex(32))}\n  UPS_CLIENT_SECRET=${x.c('oauth_client_secret', x.r.b62(64))}\n  EASYPOST_API_KEY=${K(x, 'easypost')}\n  SFTP_PASSWORD=${pw(x)}\n  NODE_ENV=production` },
  { src: 'ship', name: 'royalmail-click-drop', make: (x) => {
    const P = who(x, 'GB');
    return `RoyalMail ClickAndDrop 400 [{"AccountOrderNumber":null,"Code":"Recipient.Address.Postcode","Message":"Invalid postcode"}] Authorization: ${x.c('rm_key', x.uuid())} recipient=${js73({ address: { fullName: nm(x, P), addressLine1: st(x, P), city: P.city, postcode: P.postcode }, phoneNumber: ph(x, P), emailAddress: em(x, P) })}`;
  } },
  { src: 'ship', name: 'japanpost-yamato', make: (x) => {
    const P = who(x, 'JP');
    return `ヤマト運輸 B2クラウド API エラー: お届け先住所が不正です (E0123)\n  お届け先名: ${nm(x, P)}\n  お届け先住所: ${P.postcode} ${st(x, P)}\n  電話番号: ${ph(x, P)}\n  login_id=globex${x.r.digits(4)} password=${pw(x)} api_token=${K(x, 'b62_40')}`;
  } },
  { src: 'ship', name: 'correios-br', make: (x) => {
    const P = who(x, 'BR');
    return `[correios] falha ao gerar etiqueta: CEP do destinatário inválido\n  token=${jwt(x, 'https://api.correios.com.br', 'globex')}\n  destinatario={nome: "${nm(x, P)}", logradouro: "${st(x, P)}", cep: "${P.postcode}", celular: "${ph(x, P)}"}\n  codigo_acesso=${K(x, 'b62_40')}`;
  } },
  { src: 'ship', name: 'cn-sf-express', make: (x) => {
    const P = who(x, x.pick(['CN', 'TW', 'HK']));
    return `顺丰 API 返回错误 {"apiResultCode":"A1001","apiErrorMsg":"收件人地址不合法"} partnerID=GLBX${x.r.digits(6)} checkword=${x.c('sf_checkword', x.r.b62(32))}\n  msgData={"contactInfoList":[{"contactType":2,"contact":"${nm(x, P)}","mobile":"${e164(x, P)}","address":"${st(x, P)}"}]}`;
  } },
  { src: 'ship', name: 'kr-cj-logistics', make: (x) => {
    const P = who(x, 'KR');
    return `CJ대한통운 송장 발행 실패: 수하인 주소 오류 (code=E203)\n  수하인명=${nm(x, P)} 연락처=${ph(x, P)} 주소=${st(x, P)}\n  CUST_ID=30${x.r.digits(6)} BIZ_REG_NUM=${x.r.digits(3)}-${x.r.digits(2)}-${x.r.digits(5)} API_KEY=${K(x, 'hex40')} DB_PASS=${pw(x)}`;
  } },
  { src: 'ship', name: 'returns-portal-gql', make: (x) => {
    const P = who(x);
    return `{"errors":[{"message":"Carrier rejected return label","path":["createReturnLabel"]}],"extensions":{"variables":{"orderId":"R${x.r.digits(9)}","from":{"name":"${nm(x, P)}","street":"${st(x, P)}","phone":"${ph(x, P)}","email":"${em(x, P)}"}},"carrierAuth":"Bearer ${K(x, 'b62_64')}","tracking":"${tracking(x)}"}}`;
  } },
  { src: 'ship', name: 'customs-cn23', make: (x) => {
    const P = who(x);
    return `customs.cn23 validation error: recipient tax id required for ${P.cc}\n  shipper=Globex Fulfilment Ltd, Unit 4 Centrum Park, Daventry NN11 8RS\n  recipient=${nm(x, P)} / ${st(x, P)} / ${P.postcode} / ${e164(x, P)}\n  ioss=IM${x.r.digits(10)} gateway_password=${pw(x)} gateway_key=${K(x, 'b62_32')}`;
  } },
  { src: 'ship', name: 'tracking-sms-notify', make: (x) => {
    const P = who(x);
    return `twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number ${e164(x, P)} is not a valid phone number.\n  account_sid=AC${x.hex(32)} auth_token=${K(x, 'hex32')} api_key=${K(x, 'twilio_sk')} api_secret=${x.c('twilio_secret', x.r.b62(32))}\n  body="Hi ${P.name.given}, your parcel ${tracking(x)} is out for delivery"`;
  } },
  { src: 'ship', name: 'warehouse-db-url', make: (x) => {
    const P = who(x);
    return `sqlalchemy.exc.DataError: (psycopg2.errors.StringDataRightTruncation) value too long for type character varying(40)\n[SQL: UPDATE shipments SET recipient_name=%(n)s, recipient_street=%(s)s WHERE id=%(id)s]\n[parameters: {'n': '${nm(x, P)}', 's': '${st(x, P)}', 'id': ${x.int(100000, 999999)}}]\nengine=postgresql+psycopg2://wms:${upw(x)}@wms-db.prod:5432/wms`;
  } },
];
