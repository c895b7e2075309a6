import { xmlEsc as x } from './blind-set-89-enc';
import { dob, dobText, futureIata, passport } from './blind-set-89-ids';
import { card, cvv, expiry } from './blind-set-89-money';
import { airName, email, person, phone } from './blind-set-89-people';
import { basic, T } from './blind-set-89-tokens';
import type { Case89, Source89 } from './blind-set-89-types';

/** Airline and GDS sources: Amadeus Self-Service, Sabre SOAP/REST, Travelport uAPI. */
const carrier = (c: Case89): string => c.r.pick(['IB', 'LH', 'AF', 'BA', 'UA', 'TK', 'NH', 'KE', 'QR', 'LA']);

export const amadeus: Source89 = {
  name: 'amadeus',
  env: [
    { words: ['amadeus', 'client', 'secret'], kind: 'amadeus_client_secret', make: T.amadeusSecret },
    { words: ['amadeus', 'api', 'secret'], kind: 'amadeus_client_secret', make: T.amadeusSecret },
  ],
  printers: [
    (c) => `POST https://${c.r.pick(['api', 'test.api'])}.amadeus.com/v1/security/oauth2/token HTTP/1.1
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id=${c.r.alnum(32)}&client_secret=${c.cred(T.amadeusSecret(c.r), 'amadeus_client_secret')}
<- 401 Unauthorized {"error":"invalid_client","error_description":"Client credentials are invalid","code":38187,"title":"Invalid parameters"}`,
    (c) => `amadeus token refreshed: {"type":"amadeusOAuth2Token","username":"api-ops@${c.r.pick(['tripcraft.io', 'wanderdesk.com', 'corp-travel.eu'])}","application_name":"booking-prod","client_id":"${c.r.alnum(32)}","token_type":"Bearer","access_token":"${c.cred(T.amadeusToken(c.r), 'bearer_token')}","expires_in":1799,"state":"approved","scope":""}
then GET /v2/shopping/flight-offers?originLocationCode=MAD&destinationLocationCode=JFK&departureDate=2025-11-03&adults=1 -> 500 {"errors":[{"status":500,"code":141,"title":"SYSTEM ERROR HAS OCCURRED"}]}`,
    (c) => {
      const p = person(c.r);
      const [cc, doc] = passport(c.r);
      const [e164] = phone(c.r);
      return `ResponseError: [400] POST /v1/booking/flight-orders
request.headers.Authorization: Bearer ${c.cred(T.amadeusToken(c.r), 'bearer_token')}
request.body.data.travelers[0]: {"id":"1","dateOfBirth":"${c.pii(dobText(c.r, dob(c.r), 'iso'), 'birth_date')}","name":{"firstName":"${c.pii(p.givenA, 'name')}","lastName":"${c.pii(p.familyA, 'name')}"},"gender":"${p.title === 'MR' ? 'MALE' : 'FEMALE'}","contact":{"emailAddress":"${c.pii(email(c.r, p), 'email')}","phones":[{"deviceType":"MOBILE","countryCallingCode":"${e164.slice(1, 3)}","number":"${c.pii(e164.slice(3), 'phone')}"}]},"documents":[{"documentType":"PASSPORT","birthPlace":"Madrid","issuanceLocation":"Madrid","issuanceDate":"2019-04-14","number":"${c.pii(doc, 'passport')}","expiryDate":"2029-04-14","issuanceCountry":"${cc.slice(0, 2)}","validityCountry":"${cc.slice(0, 2)}","nationality":"${cc.slice(0, 2)}","holder":true}]}
response: {"errors":[{"status":400,"code":477,"title":"INVALID FORMAT","detail":"invalid or missing data","source":{"pointer":"/data/travelers[0]/contact/phones[0]/number"}}]}`;
    },
    (c) => `[amadeus-node] ResponseError {
  code: 'AuthenticationError',
  response: { statusCode: 401, body: '{"errors":[{"code":38190,"title":"Invalid access token","detail":"The access token provided in the Authorization header is invalid","status":401}]}' },
  request: { verb: 'GET', path: '/v1/reference-data/locations', headers: { 'User-Agent': 'amadeus-node/7.1.0 node/20.11.1', Accept: 'application/json, application/vnd.amadeus+json', Authorization: 'Bearer ${c.cred(T.amadeusToken(c.r), 'bearer_token')}' },
    clientVersion: '7.1.0', clientSecret: '${c.cred(T.amadeusSecret(c.r), 'amadeus_client_secret')}' }
}`,
  ],
};

const soapHead = (c: Case89, svc: string, pcc: string): string =>
  `<eb:MessageHeader SOAP-ENV:mustUnderstand="1" eb:version="1.0"><eb:From><eb:PartyId type="urn:x12.org:IO5:01">WebServiceClient</eb:PartyId></eb:From><eb:To><eb:PartyId type="urn:x12.org:IO5:01">WebServiceSupplier</eb:PartyId></eb:To><eb:CPAId>${pcc}</eb:CPAId><eb:ConversationId>${c.r.uuid()}@tripcraft.io</eb:ConversationId><eb:Service eb:type="OTA">${svc}</eb:Service><eb:Action>${svc}</eb:Action><eb:MessageData><eb:MessageId>mid:${c.r.hex(16)}</eb:MessageId><eb:Timestamp>${c.r.iso()}</eb:Timestamp></eb:MessageData></eb:MessageHeader>`;

export const sabre: Source89 = {
  name: 'sabre',
  env: [
    { words: ['sabre', 'password'], kind: 'password', make: (r) => r.password(8, 12) },
    { words: ['sabre', 'client', 'secret'], kind: 'client_secret', make: (r) => r.alnum(8) + r.digits(2) },
  ],
  printers: [
    (c) => {
      const pcc = c.r.upnum(4);
      return `SessionCreateRQ failed: soap-env:Client.AuthenticationFailed
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:eb="http://www.ebxml.org/namespaces/messageHeader"><SOAP-ENV:Header>${soapHead(c, 'SessionCreateRQ', pcc)}<wsse:Security xmlns:wsse="http://schemas.xmlsoap.org/ws/2002/12/secext"><wsse:UsernameToken><wsse:Username>${c.r.num(4)}</wsse:Username><wsse:Password>${x(c.cred(c.r.password(8, 12), 'soap_password'))}</wsse:Password><Organization>${pcc}</Organization><Domain>DEFAULT</Domain></wsse:UsernameToken></wsse:Security></SOAP-ENV:Header><SOAP-ENV:Body><SessionCreateRQ><POS><Source PseudoCityCode="${pcc}"/></POS></SessionCreateRQ></SOAP-ENV:Body></SOAP-ENV:Envelope>`;
    },
    (c) => {
      const p = person(c.r);
      const [cc, doc] = passport(c.r);
      return `PassengerDetailsRQ -> ERR.SWS.HOST.ERROR_IN_RESPONSE
<SOAP-ENV:Header>${soapHead(c, 'PassengerDetailsRQ', c.r.upnum(4))}<wsse:Security xmlns:wsse="http://schemas.xmlsoap.org/ws/2002/12/secext"><wsse:BinarySecurityToken valueType="String" EncodingType="wsse:Base64Binary">${c.cred(T.sabreToken(c.r), 'session_token')}</wsse:BinarySecurityToken></wsse:Security></SOAP-ENV:Header>
<TravelItineraryAddInfoRQ><CustomerInfo><ContactNumbers><ContactNumber NameNumber="1.1" Phone="${c.pii(phone(c.r)[1], 'phone')}" PhoneUseType="M"/></ContactNumbers><Email Address="${c.pii(email(c.r, p), 'email')}" NameNumber="1.1" Type="TO"/><PersonName NameNumber="1.1" PassengerType="ADT"><GivenName>${x(c.pii(p.givenA, 'name'))} ${p.title}</GivenName><Surname>${x(c.pii(p.familyA, 'name'))}</Surname></PersonName></CustomerInfo></TravelItineraryAddInfoRQ>
<SpecialReqDetails><SpecialService><SpecialServiceInfo><AdvancePassenger SegmentNumber="A"><Document ExpirationDate="2030-06-01" Number="${c.pii(doc, 'passport')}" Type="P"><IssueCountry>${cc}</IssueCountry><NationalityCountry>${cc}</NationalityCountry></Document><PersonName DateOfBirth="${c.pii(dobText(c.r, dob(c.r), 'iso'), 'birth_date')}" Gender="${p.title === 'MR' ? 'M' : 'F'}" NameNumber="1.1"/></AdvancePassenger></SpecialServiceInfo></SpecialService></SpecialReqDetails>`;
    },
    (c) => {
      const epr = c.r.num(5);
      const pcc = c.r.upnum(4);
      const pw = c.r.password(8, 10);
      const inner = Buffer.from(`V1:${epr}:${pcc}:AA`).toString('base64') + ':' + Buffer.from(pw).toString('base64');
      return `POST https://api.platform.sabre.com/v2/auth/token grant_type=client_credentials
Authorization: Basic ${c.cred(Buffer.from(inner).toString('base64'), 'basic_auth')}
200 {"access_token":"${c.cred(T.sabreRest(c.r), 'bearer_token')}","token_type":"bearer","expires_in":604800}
then GET /v1/lists/supported/cities -> 503 Service Unavailable (retry 3/3)`;
    },
  ],
};

export const travelport: Source89 = {
  name: 'travelport',
  env: [{ words: ['uapi', 'password'], kind: 'password', make: (r) => r.password(10, 14) }],
  printers: [
    (c) => `uAPI AirService fault: Invalid credentials
POST https://emea.universal-api.travelport.com/B2BGateway/connect/uAPI/AirService HTTP/1.1
Authorization: Basic ${c.cred(basic(`Universal API/uAPI${c.r.num(10)}-${c.r.hex(8)}`, c.r.password(10, 14)), 'basic_auth')}
SOAPAction: ""
<- <SOAP:Fault><faultcode>Server.Security</faultcode><faultstring>WSDL Authentication error</faultstring></SOAP:Fault>`,
    (c) => {
      const p = person(c.r);
      const [cc, doc] = passport(c.r);
      const cd = card(c.r, 'plain');
      const [mm, yy] = expiry(c.r);
      const [e164] = phone(c.r);
      const b = dob(c.r);
      return `<univ:AirCreateReservationReq TargetBranch="P${c.r.num(7)}" RetainReservation="Both" xmlns:univ="http://www.travelport.com/schema/universal_v52_0" xmlns:com="http://www.travelport.com/schema/common_v52_0">
<com:BookingTraveler Key="${c.r.b64(22)}==" TravelerType="ADT" DOB="${c.pii(dobText(c.r, b, 'iso'), 'birth_date')}" Gender="${p.title === 'MR' ? 'M' : 'F'}"><com:BookingTravelerName Prefix="${p.title}" First="${x(p.givenA)}" Last="${x(p.familyA)}"/><com:PhoneNumber CountryCode="${e164.slice(1, 3)}" Number="${c.pii(e164.slice(3), 'phone')}" Type="Mobile"/><com:Email EmailID="${c.pii(email(c.r, p), 'email')}" Type="Home"/>
<com:SSR Type="DOCS" Status="HK" Carrier="${carrier(c)}" FreeText="${c.pii(`P/${cc}/${doc}/${cc}/${dobText(c.r, b, 'iata')}/${p.title === 'MR' ? 'M' : 'F'}/${futureIata(c.r)}/${p.familyA.replace(/ /g, '')}/${p.givenA.replace(/ /g, '')}`, 'ssr_docs')}"/></com:BookingTraveler>
<com:FormOfPayment Type="Credit" Key="1"><com:CreditCard Type="${cd.otaCode === 'MC' ? 'CA' : cd.otaCode}" Number="${c.fin(cd.printed, 'card')}" ExpDate="20${yy}-${mm}" Name="${x(c.pii(`${p.givenA} ${p.familyA}`, 'name'))}" CVV="${c.fin(cvv(c.r, cd), 'cvv')}"/></com:FormOfPayment>
</univ:AirCreateReservationReq>
-> <faultstring>Host error during PNR creation: UNABLE TO PROCESS - ${c.pii(airName(c.r, p), 'name')}</faultstring>`;
    },
    (c) => `[travelport-client] retrying AirPriceReq (2/3): ECONNRESET
config: {"endpoint":"https://americas.universal-api.travelport.com/B2BGateway/connect/uAPI","username":"Universal API/uAPI${c.r.num(10)}-${c.r.hex(8)}","password":"${c.cred(c.r.password(10, 14), 'password')}","targetBranch":"P${c.r.num(7)}","timeoutMs":30000}`,
  ],
};
