import { xmlEsc as x } from './blind-set-89-enc';
import { dob, dobText, licence, passport } from './blind-set-89-ids';
import { card, cvv, expiry, iban } from './blind-set-89-money';
import { address, email, person, phone } from './blind-set-89-people';
import { basic, T } from './blind-set-89-tokens';
import type { Case89, Source89 } from './blind-set-89-types';

/** Hotel connectivity (Booking.com OTA, Expedia EQC/Rapid, Mews) and car rental (OTA_VehResRQ). */
const guest = (c: Case89, withCard: boolean): string => {
  const p = person(c.r);
  const a = address(c.r);
  const cd = card(c.r, 'plain');
  const [mm, yy] = expiry(c.r);
  const pay = withCard
    ? `<ResGlobalInfo><Guarantee><GuaranteesAccepted><GuaranteeAccepted><PaymentCard CardCode="${cd.otaCode}" CardNumber="${c.fin(cd.printed, 'card')}" SeriesCode="${c.fin(cvv(c.r, cd), 'cvv')}" ExpireDate="${mm}${yy}"><CardHolderName>${x(c.pii(`${p.givenA} ${p.familyA}`, 'name'))}</CardHolderName></PaymentCard></GuaranteeAccepted></GuaranteesAccepted></Guarantee><Total AmountAfterTax="${c.r.int(90, 1900)}.00" CurrencyCode="EUR"/></ResGlobalInfo>`
    : '';
  return `<ResGuests><ResGuest ResGuestRPH="1"><Profiles><ProfileInfo><Profile><Customer><PersonName><GivenName>${x(c.pii(p.given, 'name'))}</GivenName><Surname>${x(c.pii(p.family, 'name'))}</Surname></PersonName><Telephone PhoneNumber="${c.pii(c.r.pick(phone(c.r)), 'phone')}"/><Email>${c.pii(email(c.r, p), 'email')}</Email><Address><AddressLine>${x(c.pii(a.line1, 'address'))}</AddressLine><CityName>${a.city}</CityName><PostalCode>${a.zip}</PostalCode><CountryName Code="${a.cc}"/></Address></Customer></Profile></ProfileInfo></Profiles></ResGuest></ResGuests>${pay}`;
};

export const bookingCom: Source89 = {
  name: 'booking-com',
  weight: 1.4,
  env: [{ words: ['booking', 'xml', 'password'], kind: 'password', make: (r) => r.password(14, 20) }],
  printers: [
    (c) => `ota-ingest: OTA_HotelResNotifRQ could not be mapped (RatePlanCode ${c.r.num(8)} unknown)
<OTA_HotelResNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" TimeStamp="${c.r.iso()}" Target="Production" Version="2.001"><HotelReservations><HotelReservation CreateDateTime="${c.r.iso()}" ResStatus="Commit"><UniqueID Type="14" ID="${c.r.num(10)}"/><RoomStays><RoomStay><RoomTypes><RoomType RoomTypeCode="${c.r.num(9)}"/></RoomTypes><BasicPropertyInfo HotelCode="${c.r.num(7)}"/></RoomStay></RoomStays>${guest(c, true)}</HotelReservation></HotelReservations></OTA_HotelResNotifRQ>`,
    (c) => `GET https://secure-supply-xml.booking.com/hotels/ota/OTA_HotelResNotif -> 401
Authorization: Basic ${c.cred(basic(`${c.r.pick(['pms', 'cm', 'sync'])}-${c.r.lower(8)}`, c.r.password(14, 20)), 'basic_auth')}
<OTA_HotelResNotifRS><Errors><Error Type="4" Code="497">Authorization error</Error></Errors></OTA_HotelResNotifRS>`,
    (c) => `reservation ${c.r.num(10)} modify failed, payload=<HotelReservation ResStatus="Modify">${guest(c, c.r.chance(0.7))}</HotelReservation>`,
  ],
};

export const expedia: Source89 = {
  name: 'expedia',
  weight: 1.3,
  env: [
    { words: ['eqc', 'password'], kind: 'password', make: (r) => r.password(12, 16) },
    { words: ['rapid', 'shared', 'secret'], kind: 'shared_secret', make: T.expediaSecret },
  ],
  printers: [
    (c) => `POST https://services.expediapartnercentral.com/eqc/br -> BookingRetrievalRS error 1001
<BookingRetrievalRQ xmlns="http://www.expediaconnect.com/EQC/BR/2014/01"><Authentication username="EQC${c.r.lower(8)}" password="${x(c.cred(c.r.password(12, 16), 'password'))}"/><Hotel id="${c.r.num(8)}"/><ParamSet><Status value="pending"/></ParamSet></BookingRetrievalRQ>`,
    (c) => {
      const p = person(c.r);
      const cd = card(c.r, 'plain');
      const [mm, yy] = expiry(c.r);
      const [e164] = phone(c.r, 'us');
      return `BookingRetrievalRS parse error at Booking id="${c.r.num(9)}": <PrimaryGuest><Name givenName="${x(c.pii(p.given, 'name'))}" surname="${x(c.pii(p.family, 'name'))}"/><Phone countryCode="1" cityAreaCode="${e164.slice(2, 5)}" number="${c.pii(e164.slice(5), 'phone')}"/><Email>${c.pii(email(c.r, p), 'email')}</Email></PrimaryGuest><RewardProgram code="${c.pii(c.r.num(11), 'loyalty_number')}"/><PaymentCard cardCode="${cd.otaCode}" cardNumber="${c.fin(cd.printed, 'card')}" expireDate="${mm}${yy}" seriesCode="${c.fin(cvv(c.r, cd), 'cvv')}"><CardHolder name="${x(c.pii(`${p.givenA} ${p.familyA}`, 'name'))}"/></PaymentCard>`;
    },
    (c) => {
      const key = c.r.lower(26);
      return `rapid-client: signature rejected (401 "Data required to authenticate your request is missing or incorrect")
Authorization: EAN APIKey=${key},Signature=${c.r.hex(128)},timestamp=${1735700000 + c.r.int(0, 9000000)}
debug: computed with apiKey=${key} sharedSecret=${c.cred(T.expediaSecret(c.r), 'shared_secret')}`;
    },
    (c) => {
      const cd = card(c.r, c.r.pick(['plain', 'space']));
      const [mm, yy] = expiry(c.r);
      return `EVC charge failed for itinerary ${c.r.num(13)}: virtual card ${c.fin(cd.printed, 'card')} exp ${mm}/${yy} CVC ${c.fin(cvv(c.r, cd), 'cvv')} amount ${c.r.int(120, 900)}.00 USD -> 05 DO NOT HONOR`;
    },
  ],
};

const mewsToken = (c: Case89): string => `${c.r.HEX(32)}-${c.r.HEX(31)}`;
export const mews: Source89 = {
  name: 'mews',
  env: [{ words: ['mews', 'access', 'token'], kind: 'access_token', make: (r) => `${r.HEX(32)}-${r.HEX(31)}` }],
  printers: [
    (c) => `POST https://api.mews.com/api/connector/v1/customers/add 400 {"Message":"Invalid Email."}
body: {"ClientToken":"${c.cred(mewsToken(c), 'client_token')}","AccessToken":"${c.cred(mewsToken(c), 'access_token')}","Client":"Herald PMS bridge 2.4.1","FirstName":"Test","LastName":"Sync"}`,
    (c) => {
      const p = person(c.r);
      const [cc, doc] = passport(c.r);
      return `customers/update conflict for ${c.r.uuid()}: {"FirstName":"${c.pii(p.given, 'name')}","LastName":"${c.pii(p.family, 'name')}","BirthDate":"${c.pii(dobText(c.r, dob(c.r), 'iso'), 'birth_date')}","NationalityCode":"${cc.slice(0, 2)}","Email":"${c.pii(email(c.r, p), 'email')}","Phone":"${c.pii(phone(c.r)[0], 'phone')}","IdentityCard":null,"Passport":{"Number":"${c.pii(doc, 'passport')}","Expiration":"2030-09-30","Issuance":"2020-09-30","IssuingCountryCode":"${cc.slice(0, 2)}"}}`;
    },
    (c) => `mews-webhook: cannot verify integration, AccessToken=${c.cred(mewsToken(c), 'access_token')} returned {"Message":"Invalid AccessToken."} (enterprise ${c.r.uuid()})`,
  ],
};

export const carRental: Source89 = {
  name: 'car-rental',
  weight: 1.2,
  env: [{ words: ['rental', 'gateway', 'api', 'key'], kind: 'api_key', make: (r) => r.alnum(36) }],
  printers: [
    (c) => {
      const p = person(c.r);
      const [st, dl] = licence(c.r, p.familyA);
      const cd = card(c.r, 'plain');
      const [mm, yy] = expiry(c.r);
      return `OTA_VehResRS Errors: <Error Type="3" ShortText="Young driver surcharge required"/> for request:
<OTA_VehResRQ Version="5.0"><POS><Source><RequestorID Type="4" ID="${c.r.upnum(8)}"/></Source></POS><VehResRQCore><VehRentalCore PickUpDateTime="2025-10-0${c.r.int(1, 9)}T10:00:00" ReturnDateTime="2025-10-1${c.r.int(0, 9)}T10:00:00"><PickUpLocation LocationCode="LAXT01"/></VehRentalCore><Customer><Primary BirthDate="${c.pii(dobText(c.r, dob(c.r), 'iso'), 'birth_date')}"><PersonName><GivenName>${x(c.pii(p.givenA, 'name'))}</GivenName><Surname>${x(c.pii(p.familyA, 'name'))}</Surname></PersonName><Telephone PhoneTechType="1" PhoneNumber="${c.pii(phone(c.r)[1], 'phone')}"/><Email>${c.pii(email(c.r, p), 'email')}</Email><Document DocID="${c.pii(dl, 'drivers_licence')}" DocType="4" DocIssueStateProv="${st}"/></Primary></Customer></VehResRQCore><VehResRQInfo><RentalPaymentPref><PaymentCard CardCode="${cd.otaCode}" CardNumber="${c.fin(cd.printed, 'card')}" ExpireDate="${mm}${yy}"/></RentalPaymentPref></VehResRQInfo></OTA_VehResRQ>`;
    },
    (c) => `rates-sync 401 from supplier gateway: x-api-key: ${c.cred(c.r.alnum(36), 'api_key')} (key revoked 2025-06-30?)`,
    (c) => {
      const p = person(c.r);
      return `deposit-refund job failed: agreement ${c.r.upnum(2)}${c.r.num(8)} renter="${c.pii(p.full, 'name')}" refund_to_iban=${c.fin(iban(c.r), 'iban')} amount=${c.r.int(100, 900)}.00 EUR error="SEPA beneficiary name mismatch"`;
    },
    (c) => {
      const p = person(c.r);
      const [st, dl] = licence(c.r, p.familyA);
      return `counter-checkin ${c.r.iso()} WARN licence expired: driver=${c.pii(p.full, 'name')} dl_number=${c.pii(dl, 'drivers_licence')} dl_state=${st} dob=${c.pii(dobText(c.r, dob(c.r), 'us'), 'birth_date')} card_on_file=**** ${c.r.digits(4)}`;
    },
  ],
};
