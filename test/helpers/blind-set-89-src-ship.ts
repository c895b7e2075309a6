import { xmlEsc as x } from './blind-set-89-enc';
import { cpf, passport } from './blind-set-89-ids';
import { card, cvv, expiry } from './blind-set-89-money';
import { address, email, person, phone } from './blind-set-89-people';
import { basic, jwt, T } from './blind-set-89-tokens';
import type { Case89, Source89 } from './blind-set-89-types';

/** Carriers: FedEx, UPS, DHL Express and USPS label, rate and OAuth calls. */
const recipient = (c: Case89) => {
  const p = person(c.r);
  return { p, a: address(c.r), ph: phone(c.r), em: email(c.r, p) };
};

export const fedex: Source89 = {
  name: 'fedex',
  env: [
    { words: ['fedex', 'client', 'secret'], kind: 'client_secret', make: T.fedexSecret },
    { words: ['fedex', 'secret', 'key'], kind: 'client_secret', make: T.fedexSecret },
  ],
  printers: [
    (c) => `POST https://apis.fedex.com/oauth/token 401
grant_type=client_credentials&client_id=${T.fedexClientId(c.r)}&client_secret=${c.cred(T.fedexSecret(c.r), 'client_secret')}
{"transactionId":"${c.r.uuid()}","errors":[{"code":"NOT.AUTHORIZED.ERROR","message":"The given client credentials were not valid. Please modify your request and try again."}]}`,
    (c) => {
      const { p, a, ph, em } = recipient(c);
      return `POST /ship/v1/shipments 400 (x-customer-transaction-id ${c.r.uuid()})
authorization: Bearer ${c.cred(jwt(c.r, { scope: ['CXS-TP'], Payload: { clientIdentity: { clientKey: T.fedexClientId(c.r) } } }, 'RS256'), 'jwt')}
"recipients":[{"contact":{"personName":"${c.pii(p.full, 'name')}","phoneNumber":"${c.pii(ph[1], 'phone')}","emailAddress":"${c.pii(em, 'email')}"},"address":{"streetLines":["${c.pii(a.line1, 'address')}"],"city":"${a.city}","stateOrProvinceCode":"${a.state}","postalCode":"${a.zip}","countryCode":"${a.cc}","residential":true}}]
{"errors":[{"code":"RECIPIENTCONTACT.PHONENUMBER.INVALID","message":"Recipient phone number is invalid. Please update and try again."}]}`;
    },
    (c) => `FedEx WSDL ShipService v26 SOAP fault "Authentication Failed" (code 1000):
<v26:WebAuthenticationDetail><v26:UserCredential><v26:Key>${c.r.alnum(16)}</v26:Key><v26:Password>${c.cred(c.r.alnum(25), 'soap_password')}</v26:Password></v26:UserCredential></v26:WebAuthenticationDetail><v26:ClientDetail><v26:AccountNumber>${c.r.num(9)}</v26:AccountNumber><v26:MeterNumber>${c.r.num(9)}</v26:MeterNumber></v26:ClientDetail>`,
  ],
};

export const ups: Source89 = {
  name: 'ups',
  weight: 1.3,
  env: [
    { words: ['ups', 'client', 'secret'], kind: 'client_secret', make: T.upsSecret },
    { words: ['ups', 'oauth', 'client', 'secret'], kind: 'client_secret', make: T.upsSecret },
  ],
  printers: [
    (c) => `POST https://onlinetools.ups.com/security/v1/oauth/token
Authorization: Basic ${c.cred(basic(T.upsClientId(c.r), T.upsSecret(c.r)), 'basic_auth')}
x-merchant-id: ${c.r.upnum(6)}
<- 401 {"response":{"errors":[{"code":"10401","message":"ClientId is Invalid"}]}}`,
    (c) => {
      const { p, a, ph } = recipient(c);
      const cd = card(c.r, 'plain');
      const [mm, yy] = expiry(c.r);
      return `ShipmentRequest failed 120217: {"ShipmentRequest":{"Shipment":{"ShipTo":{"Name":"${c.pii(p.full, 'name')}","AttentionName":"${c.pii(p.givenA, 'name')}","Phone":{"Number":"${c.pii(ph[0], 'phone')}"},"Address":{"AddressLine":["${c.pii(a.line1, 'address')}"],"City":"${a.city}","StateProvinceCode":"${a.state}","PostalCode":"${a.zip}","CountryCode":"${a.cc}","ResidentialAddressIndicator":""}},"PaymentInformation":{"ShipmentCharge":{"Type":"01","BillShipper":{"CreditCard":{"Type":"06","Number":"${c.fin(cd.digits, 'card')}","ExpirationDate":"${mm}20${yy}","SecurityCode":"${c.fin(cvv(c.r, cd), 'cvv')}"}}}},"Service":{"Code":"03"}}}}
{"response":{"errors":[{"code":"120217","message":"ShipTo phone number must be at least 10 alphanumeric characters"}]}}`;
    },
    (c) => `ups-rate-worker crashed on boot; effective config {"ups":{"baseUrl":"https://onlinetools.ups.com","clientId":"${T.upsClientId(c.r)}","clientSecret":"${c.cred(T.upsSecret(c.r), 'client_secret')}","accountNumber":"${c.r.upnum(6)}"},"redis":"redis://:${c.cred(T.pgPass(c.r), 'password')}@redis-ship.internal:6379/2"}`,
  ],
};

export const dhl: Source89 = {
  name: 'dhl-express',
  env: [
    { words: ['dhl', 'api', 'key'], kind: 'api_key', make: T.dhlKey },
    { words: ['mydhl', 'password'], kind: 'password', make: (r) => r.password(14, 16) },
  ],
  printers: [
    (c) => `POST https://express.api.dhl.com/mydhlapi/shipments 401 {"instance":"/mydhlapi/shipments","detail":"Invalid Credentials","title":"Unauthorized","status":"401"}
Authorization: Basic ${c.cred(basic(`ap${c.r.alnum(11)}`, c.r.password(14, 16)), 'basic_auth')}
Message-Reference: ${c.r.uuid()}`,
    (c) => {
      const { p, a, ph, em } = recipient(c);
      const br = c.r.chance(0.5);
      const [, doc] = passport(c.r);
      return `mydhlapi 422 "Receiver registration number is mandatory": "receiverDetails":{"postalAddress":{"addressLine1":"${c.pii(a.line1, 'address')}","cityName":"${a.city}","postalCode":"${a.zip}","countryCode":"${br ? 'BR' : a.cc}"},"contactInformation":{"email":"${c.pii(em, 'email')}","phone":"${c.pii(ph[0], 'phone')}","companyName":"${c.pii(p.full, 'name')}","fullName":"${c.pii(p.full, 'name')}"},"registrationNumbers":[{"typeCode":"${br ? 'NID' : 'PAS'}","number":"${br ? c.pii(cpf(c.r, false), 'cpf') : c.pii(doc, 'passport')}","issuerCountryCode":"${br ? 'BR' : a.cc}"}],"typeCode":"private"},"shipperDetails":{"registrationNumbers":[{"typeCode":"EOR","number":"GB${c.r.num(12)}","issuerCountryCode":"GB"}]}`;
    },
    (c) => `GET https://api-eu.dhl.com/track/shipments?trackingNumber=${c.r.num(10)} -> 401 {"status":401,"title":"Unauthorized","detail":"Invalid API key"}
headers: {"DHL-API-Key":"${c.cred(T.dhlKey(c.r), 'api_key')}","Accept":"application/json"}`,
  ],
};

export const usps: Source89 = {
  name: 'usps',
  env: [
    { words: ['usps', 'client', 'secret'], kind: 'client_secret', make: (r) => r.alnum(16) },
    { words: ['usps', 'webtools', 'userid'], kind: 'usps_userid', make: (r) => `${r.num(3)}${r.upper(5)}${r.num(4)}` },
  ],
  printers: [
    (c) => {
      const { a } = recipient(c);
      const xml = `<AddressValidateRequest USERID="${c.cred(`${c.r.num(3)}${c.r.upper(5)}${c.r.num(4)}`, 'usps_userid')}" PASSWORD="${c.cred(c.r.upnum(12), 'password')}"><Revision>1</Revision><Address ID="0"><Address1></Address1><Address2>${x(c.pii(a.line1, 'address'))}</Address2><City>${a.city}</City><State>${a.state || 'NY'}</State><Zip5>${a.zip.slice(0, 5)}</Zip5><Zip4></Zip4></Address></AddressValidateRequest>`;
      return `GET https://secure.shippingapis.com/ShippingAPI.dll?API=Verify&XML=${encodeURIComponent(xml)} -> <Error><Number>80040B1A</Number><Description>API Authorization failure. User ${'is not authorized to use API Verify.'}</Description></Error>`;
    },
    (c) => `POST https://apis.usps.com/oauth2/v3/token 401 {"error":"invalid_client","error_description":"client authentication failed"}
request: {"client_id":"${c.r.alnum(32)}","client_secret":"${c.cred(c.r.alnum(16), 'client_secret')}","grant_type":"client_credentials"}`,
    (c) => {
      const { p, a } = recipient(c);
      return `labels/v3/label 400 "toAddress.ZIPCode must match pattern"
Authorization: Bearer ${c.cred(jwt(c.r, { sub: c.r.alnum(32), iss: 'https://keyc.usps.com/realms/USPS', scope: 'labels addresses' }, 'RS256'), 'jwt')}
"toAddress":{"firstName":"${c.pii(p.givenA, 'name')}","lastName":"${c.pii(p.familyA, 'name')}","streetAddress":"${c.pii(a.line1, 'address')}","city":"${a.city}","state":"${a.state || 'NY'}","ZIPCode":"${a.zip}"}`;
    },
  ],
};
