import type { Rng9 } from './blind-set-9-rng';
import type { PosTemplate29 } from './blind-set-29-types';
import { CRED, awkwardPassword, xmlEsc } from './blind-set-29-tokens';
import { address, dob, email, FIRST, LAST, passport, phone } from './blind-set-29-values';
import { prefix, shuffle, ts } from './blind-set-29-noise';
import { ktn, redress } from './blind-set-29-ids';

const loc = (r: Rng9): string => r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6);
const iata = (r: Rng9): string => r.pick(['LHR', 'JFK', 'CDG', 'FRA', 'MAD', 'GRU', 'YYZ', 'SIN', 'BOM', 'SYD', 'AMS', 'WAW']);
const cc = (r: Rng9): string => r.pick(['GBR', 'USA', 'DEU', 'IND', 'FRA', 'CAN', 'AUS', 'BRA', 'ESP', 'NLD']);
const gender = (r: Rng9): string => r.pick(['M', 'F']);
const exp = (r: Rng9): string => `20${r.int(27, 35)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(10, 28))}`;

/** GDS, NDC, PNR, APIS, hotel and car rental templates. */
export const TRAVEL29: PosTemplate29[] = [
  {
    source: 'amadeus',
    name: 'soap-wsse-fault',
    make: (r, b) => {
      const pw = awkwardPassword(r);
      return [
        `${prefix(r, 'gds-amadeus')} SOAP fault on Fare_MasterPricerTravelBoardSearch`,
        `<soapenv:Header><wsse:Security><wsse:UsernameToken><wsse:Username>WS${r.pick(['TRV', 'WAN', 'BKG'])}${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}</wsse:Username>`,
        `<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${b.c('password~xml', xmlEsc(pw))}</wsse:Password>`,
        `<wsse:Nonce>${r.b64(16)}</wsse:Nonce></wsse:UsernameToken></wsse:Security></soapenv:Header>`,
        `<soap:Fault><faultcode>soap:Client</faultcode><faultstring>11|Session|</faultstring></soap:Fault>`,
      ].join('\n');
    },
  },
  {
    source: 'amadeus',
    name: 'self-service-oauth',
    make: (r, b) =>
      [
        `POST https://api.amadeus.com/v1/security/oauth2/token`,
        `Content-Type: application/x-www-form-urlencoded`,
        `grant_type=client_credentials&client_id=${r.b62(32)}&client_secret=${b.c('amadeus_secret', CRED['amadeus_secret']!(r))}`,
        `<- 401 {"error":"invalid_client","error_description":"Client credentials are invalid","code":38187,"title":"Invalid parameters"}`,
      ].join('\n'),
  },
  {
    source: 'sabre',
    name: 'session-create',
    make: (r, b) => {
      const pw = CRED['password']!(r);
      return [
        `${ts(r)} ERROR SabreSessionPool - SessionCreateRQ rejected: ERR.SWS.CLIENT.INVALID_CREDENTIALS`,
        `<SessionCreateRQ><POS><Source PseudoCityCode="${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 4)}"/></POS></SessionCreateRQ>`,
        `<wsse:UsernameToken><wsse:Username>${r.digits(6)}</wsse:Username><wsse:Password>${b.c('password', pw)}</wsse:Password><Organization>${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 4)}</Organization><Domain>DEFAULT</Domain></wsse:UsernameToken>`,
      ].join('\n');
    },
  },
  {
    source: 'travelport',
    name: 'uapi-basic',
    make: (r, b) => {
      const u = `Universal API/uAPI${r.digits(10)}-${r.hex(8)}`;
      const cred = `${u}:${CRED['password']!(r)}`;
      return [
        `${prefix(r, 'travelport-uapi')} AirLowFareSearchReq failed (HTTP 401)`,
        `Authorization: Basic ${b.c('basic~b64', Buffer.from(cred).toString('base64'))}`,
        `TargetBranch=P${r.digits(7)} TraceId=${r.uuid()}`,
      ].join('\n');
    },
  },
  {
    source: 'pnr',
    name: 'edifact-dump',
    make: (r, b) => {
      const ln = r.pick(LAST).toUpperCase().replace(/ /g, ''),
        fn = r.pick(FIRST).toUpperCase();
      const pp = passport(r);
      const d = dob(r, 'pnr');
      return [
        `RP/${iata(r)}1S2100/${iata(r)}1S2100            AA/SU  ${r.int(10, 28)}NOV26/${r.digits(4)}Z   ${loc(r)}`,
        `  1.${b.p('name', `${ln}/${fn}`)} ${r.pick(['MR', 'MRS', 'MS'])}`,
        `  2  BA ${r.int(100, 999)} Y ${r.int(10, 28)}DEC 3 ${iata(r)}${iata(r)} HK1  ${r.digits(4)} ${r.digits(4)}  *1A/E*`,
        `  3 AP ${b.p('phone', phone(r))}`,
        `  4 APE ${b.p('email', email(r))}`,
        `  5 SSR DOCS BA HK1 P/${cc(r)}/${b.p('passport', pp)}/${cc(r)}/${b.p('dob', d)}/${gender(r)}/${r.int(10, 28)}MAR${r.int(28, 35)}/${ln}/${fn}/P1`,
        `  6 TK OK${r.int(10, 28)}NOV/${iata(r)}1S2100`,
        `  7 FA PAX 125-${r.digits(10)}/ETBA/USD${r.int(200, 2000)}.00/${r.int(10, 28)}NOV26`,
      ].join('\n');
    },
  },
  {
    source: 'apis',
    name: 'secure-flight-json',
    make: (r, b) =>
      JSON.stringify(
        {
          record: loc(r),
          secureFlight: {
            passengerName: b.p('name', `${r.pick(FIRST)} ${r.pick(LAST)}`),
            dateOfBirth: b.p('dob', dob(r, 'iso')),
            gender: gender(r),
            knownTravelerNumber: b.p('ktn', ktn(r)),
            ...(r.next() < 0.5 ? { redressNumber: b.p('redress', redress(r)) } : {}),
          },
          flight: `UA${r.int(10, 999)}`,
          status: 'INHIBITED',
          reason: 'SECURE_FLIGHT_DATA_MISMATCH',
        },
        null,
        r.pick([0, 2]),
      ),
  },
  {
    source: 'apis',
    name: 'passport-scan',
    make: (r, b) => {
      const lines = shuffle(r, [
        `  documentNumber=${b.p('passport', passport(r))}`,
        `  birthDate=${b.p('dob', dob(r, 'iso'))}`,
        `  nationality=${cc(r)}`,
        `  expiryDate=${exp(r)}`,
        `  homeAddress=${b.p('address', address(r))}`,
      ]);
      return [
        `E/DocumentCaptureViewModel: MRZ parse succeeded but APIS submission failed: 422`,
        `PassportData(`,
        ...lines,
        `)`,
        `  at com.wanderly.checkin.ApisRepository.submit(ApisRepository.kt:${r.int(30, 200)})`,
      ].join('\n');
    },
  },
  {
    source: 'ndc',
    name: 'order-create-xml',
    make: (r, b) => {
      const fn = r.pick(FIRST),
        ln = r.pick(LAST);
      return [
        `${prefix(r, 'ndc-gateway')} IATA_OrderCreateRQ rejected by carrier: ${r.pick(['Invalid document', 'Passenger age mismatch'])}`,
        `<Pax><PaxID>PAX1</PaxID><PTC>ADT</PTC><Birthdate>${b.p('dob', dob(r, 'iso'))}</Birthdate>`,
        `<Individual><GivenName>${fn}</GivenName><Surname>${ln}</Surname></Individual>`,
        `<IdentityDoc><IdentityDocID>${b.p('passport', passport(r))}</IdentityDocID><IdentityDocTypeCode>PT</IdentityDocTypeCode><ExpiryDate>${exp(r)}</ExpiryDate></IdentityDoc>`,
        `<ContactInfo><EmailAddress><EmailAddressText>${b.p('email', email(r))}</EmailAddressText></EmailAddress><Phone><PhoneNumber>${b.p('phone', phone(r))}</PhoneNumber></Phone></ContactInfo></Pax>`,
      ].join('\n');
    },
  },
  {
    source: 'duffel',
    name: 'order-error',
    make: (r, b) =>
      [
        `${prefix(r, 'flights-api')} Duffel POST /air/orders -> 422`,
        `Authorization: Bearer ${b.c('duffel', CRED['duffel']!(r))}`,
        `Duffel-Version: v2`,
        `request: ${JSON.stringify({ data: { passengers: [{ id: `pas_${r.b62(22)}`, born_on: b.p('dob', dob(r, 'iso')), email: b.p('email', email(r)), phone_number: b.p('phone', phone(r)), family_name: r.pick(LAST) }] } })}`,
        `errors: [{"code":"invalid_phone_number","title":"Invalid phone number"}]`,
      ].join('\n'),
  },
];
