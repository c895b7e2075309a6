import { AIRPORTS, flight, pnr, ticket } from './blind-set-89-checkdigits';
import type { NegTemplate89 } from './blind-set-89-types';

/** Travel negatives: record locators, ticket and flight numbers, airport codes and coordinates, fares, hotel rates, prose. */
export const NEG_AIR: readonly NegTemplate89[] = [
  { family: 'neg-air', name: 'pnr-ticket', make: (r) => `ticketing queue: PNR ${pnr(r)} TKT ${ticket(r)} (conj ${ticket(r)}) flight ${flight(r)} ${r.pick(AIRPORTS)[0]}-${r.pick(AIRPORTS)[0]} status=TTL_EXPIRED; EMD ${ticket(r)} voided; retry in ${r.int(1, 30)} min` },
  { family: 'neg-air', name: 'offers', make: (r) => `{"data":[{"type":"flight-offer","id":"${r.int(1, 250)}","source":"GDS","itineraries":[{"duration":"PT${r.int(2, 14)}H${r.int(0, 55)}M","segments":[{"departure":{"iataCode":"${r.pick(AIRPORTS)[0]}","terminal":"${r.int(1, 5)}","at":"2025-11-0${r.int(1, 9)}T${r.int(10, 23)}:${r.int(10, 55)}:00"},"arrival":{"iataCode":"${r.pick(AIRPORTS)[0]}"},"carrierCode":"${r.pick(['IB', 'LH', 'BA'])}","number":"${r.int(10, 9999)}","aircraft":{"code":"${r.pick(['32N', '789', '359', '77W'])}"}}]}],"price":{"currency":"EUR","total":"${r.int(90, 2400)}.${r.int(10, 99)}"},"fareBasis":"${r.pick(['YLOWES', 'QNC7ES', 'KLR0ZB'])}"}]} truncated at 4096 bytes` },
  { family: 'neg-air', name: 'airports', make: (r) => { const [iata, icao, lat, lng] = r.pick(AIRPORTS); return `geofence ${iata}/${icao} centre ${lat},${lng} radius ${r.int(2, 9)}km; METAR ${icao} ${r.int(10, 28)}${r.int(10, 23)}50Z ${r.int(100, 360)}${r.int(5, 25)}KT 9999 FEW0${r.int(20, 45)} ${r.int(2, 25)}/${r.int(0, 9)} Q10${r.int(10, 30)} NOSIG — pickup zone ${iata}-T${r.int(1, 5)} closed`; } },
  { family: 'neg-air', name: 'ssm', make: (r) => `SSM parse error line 4:\nSSM\nUTC\n${r.int(10, 28)}MAR${r.upnum(5)}/REF ${r.num(5)}\nNEW\n${flight(r)}\n${r.int(10, 28)}APR 30OCT 1234567\nJ ${r.pick(['320', '77W', '789'])} C30Y150\n${r.pick(AIRPORTS)[0]}${r.int(1000, 2359)} ${r.pick(AIRPORTS)[0]}${r.int(1000, 2359)}` },
  { family: 'neg-air', name: 'hotel-avail', make: (r) => `<OTA_HotelAvailRS Version="2.0"><RoomStays><RoomStay><RoomRates><RoomRate RoomTypeCode="${r.upnum(3)}" RatePlanCode="${r.pick(['BAR', 'NRF', 'AAA'])}${r.int(1, 9)}"><Rates><Rate><Base AmountAfterTax="${r.int(80, 700)}.00" CurrencyCode="EUR"/></Rate></Rates></RoomRate></RoomRates><BasicPropertyInfo HotelCode="${r.num(7)}" HotelName="${r.pick(['NH Collection Madrid Eurobuilding', 'Hotel Adlon Kempinski', 'The Savoy'])}"/></RoomStay></RoomStays><Warnings><Warning Type="3">Inventory closed for ${r.int(1, 30)} dates</Warning></Warnings></OTA_HotelAvailRS>` },
  { family: 'neg-air', name: 'passport-prose', make: (r) => r.pick([
    'APIS help: the passport number must be 6–9 alphanumeric characters as printed on the data page; do not include the < filler characters from the MRZ. Travellers without a passport cannot check in online.',
    'Validation rule DOCS-04: SSR DOCS requires document type, issuing country, document number, nationality, date of birth (DDMMMYY), gender, expiry date (DDMMMYY), surname and given name, separated by slashes.',
    'Reminder: frequent-flyer numbers and passport details are stored encrypted in the traveller profile service and are never written to logs.',
    'EU ETIAS: a valid passport issued within the last 10 years is required; the expiry date must be at least 3 months after departure.',
  ]) + ` (doc rev ${r.int(2, 40)})` },
  { family: 'neg-air', name: 'masked-pay', make: (r) => `payment ${r.pick(['pi', 'pay'])}_${r.alnum(24)} for PNR ${pnr(r)}: card **** ${r.digits(4)} (${r.pick(['Visa', 'Mastercard', 'Amex'])}) declined: insufficient_funds; 3DS ${r.pick(['frictionless', 'challenge'])}; amount ${r.int(80, 3000)}.00 EUR` },
  { family: 'neg-air', name: 'doc-example', make: (r) => r.pick([
    'Example traveler: {"name":{"firstName":"JANE","lastName":"DOE"},"contact":{"emailAddress":"jane.doe@example.com","phones":[{"countryCallingCode":"1","number":"5550142"}]}}',
    'See docs: POST /v1/booking/flight-orders with Authorization: Bearer <access_token>; sample contact +1 (555) 010-0199, traveler@example.org.',
    'Sample PNR for the sandbox: TEST/PASSENGER MR, phone 555-0123, email test@example.net — all data fictitious.',
  ]) },
  { family: 'neg-air', name: 'seatmap', make: (r) => `seatmap ${flight(r)} cabin Y rows ${r.int(10, 20)}-${r.int(30, 45)}: ${r.int(10, 40)}A,${r.int(10, 40)}C,${r.int(10, 40)}F blocked (exit row); aircraft reg ${r.pick(['EC-NVJ', 'D-AIXP', 'G-XWBA', 'N27965'])}, ICAO24 ${r.hex(6)}, squawk ${r.int(1000, 7677)}` },
  { family: 'neg-air', name: 'loyalty-prose', make: (r) => `loyalty rules v${r.int(2, 9)}: Gold tier requires ${r.int(30, 90)}000 qualifying miles or ${r.int(30, 60)} segments; partner ${r.pick(['Iberia Plus', 'Miles & More', 'Flying Blue'])} accrual rate ${r.int(25, 150)}% on fare class ${r.upper(1)}; batch ${r.uuid()} processed ${r.int(100, 9000)} rows` },
];
