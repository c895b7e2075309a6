import { dob, dobText, ffNumber, futureIata, passport } from './blind-set-89-ids';
import { card, cvv, expiry } from './blind-set-89-money';
import { address, airName, email, person, phone } from './blind-set-89-people';
import { T } from './blind-set-89-tokens';
import type { Case89, Source89 } from './blind-set-89-types';

/** EDIFACT APIS/PNRGOV, Duffel, Kiwi Tequila and airline loyalty programmes. */
const yymmdd = (c: Case89): string => `25${String(c.r.int(1, 12)).padStart(2, '0')}${String(c.r.int(10, 28))}`;
const ctce = (e: string): string => e.toUpperCase().replace(/@/g, '//').replace(/_/g, '..').replace(/-/g, './');

export const edifact: Source89 = {
  name: 'edifact-apis',
  env: [{ words: ['apis', 'sftp', 'password'], kind: 'password', make: (r) => r.password(12, 18) }],
  printers: [
    (c) => {
      const p = person(c.r);
      const [cc, doc] = passport(c.r);
      const d = yymmdd(c);
      const fl = `IB${c.r.int(1000, 6999)}`;
      return `PAXLST rejected by USCSAPIS (AAK 13: DOCUMENT NUMBER INVALID)
UNA:+.? '
UNB+UNOA:4+IBERIA:ZZ+USCSAPIS:ZZ+${d}:1215+${c.r.num(6)}++APIS'
UNG+PAXLST+IBERIA:ZZ+USCSAPIS:ZZ+${d}:1215+1+UN+D:05B'
UNH+PAX001+PAXLST:D:05B:UN:IATA+${fl}/${d.slice(2)}+01:F'
BGM+745'
NAD+MS+++OPS CONTROL MAD'
TDT+20+${fl}+++IB'
LOC+125+MAD'
DTM+189:${d}1215:201'
LOC+87+JFK'
NAD+FL+++${c.pii(`${p.familyA}:${p.givenA}`, 'name')}'
ATT+2++${p.title === 'MR' ? 'M' : 'F'}'
DTM+329:${c.pii(dobText(c.r, dob(c.r), 'edi'), 'birth_date')}'
NAT+2+${cc}'
RFF+AVF:${c.r.upnum(6)}'
DOC+P:110:111+${c.pii(doc, 'passport')}'
DTM+36:${c.r.int(27, 34)}0414'
LOC+91+${cc}'
CNT+42:1'
UNT+19+PAX001'`;
    },
    (c) => {
      const p = person(c.r);
      const [cc, doc] = passport(c.r);
      const [prog, ff] = ffNumber(c.r);
      const [e164] = phone(c.r);
      const cd = card(c.r, 'plain');
      return `pnrgov-push: segment group 2 failed validation
TIF+${c.pii(`${p.familyA}:I+${p.givenA} ${p.title}`, 'name')}:A:1'
FTI+${prog}:${c.pii(ff, 'frequent_flyer')}::GOLD'
IFT+4:28::IB+CONTACT PHONE ${c.pii(e164.slice(1), 'phone')}'
SSR+DOCS:HK:1:IB:::::/${c.pii(`P/${cc}/${doc}/${cc}/${dobText(c.r, dob(c.r), 'iata')}/${p.title === 'MR' ? 'M' : 'F'}/${futureIata(c.r)}/${p.familyA}/${p.givenA}`, 'ssr_docs')}'
TKT+075${c.r.num(10)}:T:1'
MON+B:${c.r.int(200, 2400)}.00:EUR'
FOP+CC:::${cd.otaCode}:${c.fin(cd.digits, 'card')}:0529'`;
    },
    (c) => {
      const p = person(c.r);
      const [cc, doc] = passport(c.r);
      return `host response (cryptic) for *${c.r.upper(6)}:
 1.1${c.pii(airName(c.r, p), 'name')}
 1 IB${c.r.int(100, 999)}Y 14MAR 5 MADJFK HK1  1215 1730  /DCIB*${c.r.upnum(6)} /E
TKT/TIME LIMIT
  1.TE 075${c.r.num(10)}-AT ${p.familyA.slice(0, 5)}/${p.givenA[0]} MAD1A 0930/10MAR
PHONES
  1.MAD${c.pii(phone(c.r)[0].slice(1), 'phone')}-M
GENERAL FACTS
  1.SSR DOCS IB HK1/${c.pii(`P/${cc}/${doc}/${cc}/${dobText(c.r, dob(c.r), 'iata')}/${p.title === 'MR' ? 'M' : 'F'}/${futureIata(c.r)}/${p.familyA}/${p.givenA}`, 'ssr_docs')}
  2.SSR CTCE IB HK1/${c.pii(ctce(email(c.r, p)), 'email')}`;
    },
  ],
};

export const duffel: Source89 = {
  name: 'duffel',
  env: [
    { words: ['duffel', 'access', 'token'], kind: 'api_key', make: T.duffel },
    { words: ['duffel', 'webhook', 'secret'], kind: 'webhook_secret', make: (r) => r.b64url(32) },
  ],
  printers: [
    (c) => {
      const p = person(c.r);
      return `POST https://api.duffel.com/air/orders 422
request headers: {"Authorization":"Bearer ${c.cred(T.duffel(c.r), 'api_key')}","Duffel-Version":"v2","Accept-Encoding":"gzip"}
request body: {"data":{"type":"instant","selected_offers":["off_0000${c.r.alnum(18)}"],"passengers":[{"id":"pas_0000${c.r.alnum(18)}","title":"${p.title.toLowerCase()}","given_name":"${c.pii(p.given, 'name')}","family_name":"${c.pii(p.family, 'name')}","born_on":"${c.pii(dobText(c.r, dob(c.r), 'iso'), 'birth_date')}","gender":"${p.title === 'MR' ? 'm' : 'f'}","email":"${c.pii(email(c.r, p), 'email')}","phone_number":"${c.pii(phone(c.r)[0], 'phone')}"}]}}
response: {"errors":[{"type":"validation_error","title":"Invalid phone number","message":"The phone number is not valid for the given country","code":"invalid_phone_number","source":{"field":"phone_number","pointer":"/passengers/0/phone_number"}}],"meta":{"status":422,"request_id":"${c.r.b64url(20)}"}}`;
    },
    (c) => {
      const p = person(c.r);
      const [prog, ff] = ffNumber(c.r);
      return `webhook order.airline_initiated_change_detected could not be matched: {"data":{"object":{"id":"ord_0000${c.r.alnum(18)}","booking_reference":"${c.r.upnum(6)}","passengers":[{"given_name":"${c.pii(p.given, 'name')}","family_name":"${c.pii(p.family, 'name')}","loyalty_programme_accounts":[{"airline_iata_code":"${prog}","account_number":"${c.pii(ff, 'frequent_flyer')}"}]}]}},"type":"order.airline_initiated_change_detected"}`;
    },
    (c) => `DuffelError: The access token used is not valid
    at Client.request (node_modules/@duffel/api/dist/index.js:1:4211)
  headers: { 'Authorization': 'Bearer ${c.cred(T.duffel(c.r), 'api_key')}', 'Duffel-Version': 'v2', 'User-Agent': 'Duffel/v2 duffel_api_javascript/3.12.0' }
  meta: { status: 401, request_id: 'FZ${c.r.b64url(18)}' }`,
  ],
};

export const kiwi: Source89 = {
  name: 'kiwi',
  env: [{ words: ['tequila', 'api', 'key'], kind: 'api_key', make: T.kiwi }],
  printers: [
    (c) => `GET https://api.tequila.kiwi.com/v2/search?fly_from=BCN&fly_to=LIS&date_from=01/12/2025&date_to=03/12/2025&curr=EUR
apikey: ${c.cred(T.kiwi(c.r), 'api_key')}
403 {"status":"Forbidden","msg":"Unauthorized apikey"}`,
    (c) => {
      const p = person(c.r);
      const [cc, doc] = passport(c.r);
      return `save_booking failed (400): {"passengers":[{"name":"${c.pii(p.given, 'name')}","surname":"${c.pii(p.family, 'name')}","title":"${p.title.toLowerCase()}","birthday":"${c.pii(dobText(c.r, dob(c.r), 'iso'), 'birth_date')}","nationality":"${cc.slice(0, 2)}","cardno":"${c.pii(doc, 'passport')}","expiration":"2031-02-17","email":"${c.pii(email(c.r, p), 'email')}","phone":"${c.pii(phone(c.r)[1], 'phone')}","category":"adult"}],"currency":"EUR","lang":"en","locale":"en","session_id":"${c.r.uuid()}"} -> {"error":"passenger cardno is required for this itinerary"}`;
    },
    (c) => {
      const p = person(c.r);
      const cd = card(c.r);
      const [mm, yy] = expiry(c.r);
      const a = address(c.r);
      return `confirm_payment error: payment gateway declined {"paymentToken":"${c.r.uuid()}","payment":{"card":{"number":"${c.fin(cd.printed, 'card')}","cvv":"${c.fin(cvv(c.r, cd), 'cvv')}","expiry_month":"${mm}","expiry_year":"20${yy}","holder":"${c.pii(`${p.givenA} ${p.familyA}`, 'name')}"},"billing":{"street":"${c.pii(a.line1, 'address')}","city":"${a.city}","zip":"${a.zip}","country":"${a.cc}"}},"status":"declined","reason":"do_not_honor"}`;
    },
  ],
};

export const loyalty: Source89 = {
  name: 'loyalty',
  env: [{ words: ['loyalty', 'partner', 'api', 'key'], kind: 'api_key', make: (r) => r.alnum(40) }],
  printers: [
    (c) => {
      const p = person(c.r);
      const [prog, ff] = ffNumber(c.r);
      return `POST /partner/v1/accruals 409 member name mismatch
X-Api-Key: ${c.cred(c.r.alnum(40), 'api_key')}
{"programme":"${prog}","memberNumber":"${c.pii(ff, 'frequent_flyer')}","firstName":"${c.pii(p.given, 'name')}","lastName":"${c.pii(p.family, 'name')}","activityDate":"2025-0${c.r.int(1, 9)}-1${c.r.int(0, 9)}","partnerCode":"HTL${c.r.num(3)}","miles":${c.r.int(250, 4000)}}`;
    },
    (c) => {
      const p = person(c.r);
      const [prog, ff] = ffNumber(c.r);
      return `loyalty-export row ${c.r.int(2, 9000)} rejected (bad tier): member_no,first_name,last_name,email,date_of_birth,tier,programme
${c.pii(ff, 'frequent_flyer')},${c.pii(p.given, 'name')},${c.pii(p.family, 'name')},${c.pii(email(c.r, p), 'email')},${c.pii(dobText(c.r, dob(c.r), c.r.pick(['iso', 'eu', 'us'])), 'birth_date')},PLATNUM,${prog}`;
    },
    (c) => {
      const p = person(c.r);
      const [prog, ff] = ffNumber(c.r);
      return `WARN fqtv-sync: FQTV ${prog} ${c.pii(ff, 'frequent_flyer')} on PNR ${c.r.upnum(6)} does not match passenger ${c.pii(airName(c.r, p), 'name')} (account holder on file: "${c.pii(p.full, 'name')}")`;
    },
    (c) => {
      const p = person(c.r);
      const [prog, ff] = ffNumber(c.r);
      const cd = card(c.r, c.r.pick(['plain', 'space']));
      const [mm, yy] = expiry(c.r);
      return `buy-miles ${c.r.int(1, 20)}000 for ${prog} ${c.pii(ff, 'frequent_flyer')} declined by acquirer: pan=${c.fin(cd.printed, 'card')} exp=${mm}${yy} cvc=${c.fin(cvv(c.r, cd), 'cvv')} holder="${c.pii(`${p.givenA} ${p.familyA}`, 'name')}" rc=51`;
    },
  ],
};
