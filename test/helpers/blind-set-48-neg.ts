import type { Rng9 } from './blind-set-9-rng';

/** A negative template: text from the theme that holds no secret and no personal data. */
export type Neg48 = (r: Rng9) => string;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const ts = (r: Rng9): string => `2026-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${r.digits(3)}Z`;
const day = (r: Rng9): string => `2026-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
const iata = (r: Rng9): string => r.pick(['LHR', 'JFK', 'FRA', 'CDG', 'AMS', 'MAD', 'ORD', 'SFO', 'DXB', 'SIN', 'YYZ', 'BCN']);
const hotel = (r: Rng9): string => r.pick(['BERHI', 'PARSA', 'LAXWE', 'AMSDT', 'MADGR', 'NYCMQ']) + r.int(10, 99);

/** Negatives by area. */
export const NEGATIVES: Record<string, Record<string, Neg48>> = {
  'hotel-pms': {
    'availability-log': (r) => `${ts(r)} INFO  [ari-push] hotel=${hotel(r)} roomType=DBL ratePlan=BAR-FLEX date=${day(r)} avail=${r.int(0, 40)} rate=${r.int(89, 420)}.00 EUR requestId=${r.uuid()} traceparent=00-${r.hex(32)}-${r.hex(16)}-01 took=${r.int(12, 900)}ms`,
    'mews-placeholder-config': (r) => `# Mews demo environment — see https://mews-systems.gitbook.io/connector-api/guidelines/environments\nMEWS_API_URL=https://api.mews-demo.com\nMEWS_CLIENT_TOKEN=<your-client-token>\nMEWS_ACCESS_TOKEN=\${MEWS_ACCESS_TOKEN}\nMEWS_CLIENT_NAME=SunsetHotelsSync ${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 9)}\nSYNC_INTERVAL_SECONDS=${r.pick([60, 120, 300])}`,
    'redacted-payment': (r) => `${ts(r)} INFO [folio] reservation=RSV-${r.digits(6)} payment=card brand=${r.pick(['VISA', 'MC', 'AMEX'])} pan=************${r.digits(4)} exp=**/** token=tok_${r.hex(24)} amount=${r.int(80, 2000)}.${r.digits(2)} status=CAPTURED`,
    'housekeeping-status': (r) => `room,status,floor,attendant_id,updated_at\n${Array.from({ length: 4 }, () => `${r.int(101, 1220)},${r.pick(['VC', 'VD', 'OC', 'OD', 'OOO'])},${r.int(1, 12)},HK-${r.digits(3)},${ts(r)}`).join('\n')}`,
    'opera-error': (r) => `{"type":"https://www.oracle.com/hospitality/errors","title":"Resource not found","status":404,"detail":"Reservation ${r.digits(8)} not found for hotel ${hotel(r)}","o:errorCode":"RSV-${r.digits(5)}","o:errorPath":"/rsv/v1/hotels/${hotel(r)}/reservations","instance":"${r.uuid()}"}`,
  },
  'channel-manager': {
    'ota-hotelavail': (r) => `<OTA_HotelAvailNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" EchoToken="${r.uuid()}" TimeStamp="${ts(r)}" Version="1.002"><AvailStatusMessages HotelCode="${hotel(r)}"><AvailStatusMessage BookingLimit="${r.int(0, 12)}"><StatusApplicationControl Start="${day(r)}" End="${day(r)}" InvTypeCode="KNG" RatePlanCode="RACK"/></AvailStatusMessage></AvailStatusMessages></OTA_HotelAvailNotifRQ>`,
    'webhook-signature-doc': () => `To verify a webhook, compute HMAC-SHA256 over the raw body with your signing secret and compare it with the X-Signature header, e.g. X-Signature: sha256=<hex digest>. Never log the secret itself. Example secret in our docs: whsec_XXXXXXXXXXXXXXXXXXXXXXXX.`,
    'rate-push-summary': (r) => `channel-sync: pushed ${r.int(100, 9000)} ARI updates to booking.com (hotel_id=${r.digits(7)}), expedia (${r.digits(8)}), agoda (${r.digits(6)}) in ${r.int(2, 60)}s; failures=0; batch=${r.hex(40)}`,
    'hotelbeds-sig-doc': (r) => `X-Signature = SHA256(Api-key + Secret + timestamp), e.g. with the test values from the docs the header is X-Signature: ${r.hex(64)} and the timestamp ${r.int(1780000000, 1789999999)}. Replace YOUR_API_KEY and YOUR_SECRET before running.`,
  },
  'airline-gds': {
    'schedule-ssim': (r) => `3 ${r.pick(['BA', 'LH', 'AF'])} ${pad(r.int(1, 9999), 4)}0101J${r.int(10, 31)}MAR26${r.int(10, 28)}OCT261234567 ${iata(r)}07150715+0000  ${iata(r)}09550955+0100  32N                                                    ${pad(r.int(1, 999999), 6)}`,
    'fare-quote-json': (r) => `{"offerId":"off_${r.b62(22)}","owner":"${r.pick(['BA', 'IB', 'AA'])}","slices":[{"origin":"${iata(r)}","destination":"${iata(r)}","departing_at":"${day(r)}T07:15:00"}],"total_amount":"${r.int(90, 3000)}.${r.digits(2)}","total_currency":"GBP","expires_at":"${ts(r)}","fare_basis":"${r.pick(['Y', 'M', 'K', 'Q'])}${r.chars('ABCDEFGHJKLMNPRSTUVW0123456789', 5)}"}`,
    'amadeus-sandbox-doc': () => `# Amadeus for Developers quickstart\ncurl "https://test.api.amadeus.com/v1/security/oauth2/token" \\\n  -H "Content-Type: application/x-www-form-urlencoded" \\\n  -d "grant_type=client_credentials&client_id={client_id}&client_secret={client_secret}"`,
    'flight-status-log': (r) => `${ts(r)} flight-status: ${r.pick(['BA', 'LH', 'KL'])}${r.int(10, 2999)} ${iata(r)}-${iata(r)} gate=${r.pick(['A', 'B', 'C'])}${r.int(1, 60)} status=${r.pick(['BOARDING', 'DELAYED', 'ON TIME', 'DEPARTED'])} aircraft=${r.pick(['A320', 'B789', 'A359', 'E190'])} reg=G-${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4)} msgId=${r.uuid()}`,
    'ticket-number-masked': (r) => `e-ticket issued: 125-${r.digits(4)}XXXXXX  fare=${r.int(90, 900)}.00 GBP  taxes=YQ ${r.int(10, 120)}.00 GB ${r.int(10, 90)}.00  FOP=CC VI XXXXXXXXXXXX${r.digits(4)}  validating=BA`,
    'seat-map': (r) => `cabin=Y rows=${r.int(7, 12)}-${r.int(30, 45)} layout=ABC-DEF blocked=[${r.int(10, 14)}A,${r.int(10, 14)}F] exits=[${r.int(12, 16)},${r.int(27, 31)}] config_hash=${r.hex(16)} version=v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}`,
  },
  ota: {
    'search-request': (r) => `GET /api/v2/search?dest=${iata(r)}&checkin=${day(r)}&checkout=${day(r)}&adults=${r.int(1, 4)}&rooms=1&currency=EUR&sort=price&session=${r.uuid()}&cid=${r.digits(6)} 200 ${r.int(40, 900)}ms`,
    'public-publishable-keys': (r) => `<script src="https://js.stripe.com/v3/"></script>\n<script>\n  // publishable + client keys are meant to be public\n  const stripe = Stripe('pk_live_${r.b62(24)}');\n  const adyenClientKey = 'live_${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32)}';\n</script>`,
    'company-contact': () => `Questions about your booking? Contact TravelNow Customer Care at support@travelnow-booking.com or +1 800 555 0199 (toll-free), Mon–Fri 8am–8pm ET. TravelNow Inc., 500 Market Street, Suite 1200, San Francisco, CA 94105.`,
    'reviews-aggregate': (r) => `{"hotelId":"${r.digits(7)}","rating":${r.int(60, 98) / 10},"reviews":${r.int(10, 9000)},"categories":{"cleanliness":${r.int(60, 99) / 10},"location":${r.int(60, 99) / 10}},"etag":"W/\\"${r.hex(32)}\\"","cachedAt":"${ts(r)}"}`,
    'env-example': () => `# .env.example — copy to .env and fill in\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nEXPEDIA_API_KEY=your-api-key-here\nEXPEDIA_SHARED_SECRET=changeme\nDATABASE_URL=postgres://user:password@localhost:5432/travelnow\nSENDGRID_API_KEY=SG.xxxxx.yyyyy`,
  },
  'car-rental': {
    'fleet-csv': (r) => `vin,plate_region,class,odometer_km,fuel,station\n${Array.from({ length: 3 }, () => `${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 17)},${r.pick(['DE', 'FR', 'ES'])},${r.pick(['CDMR', 'IDAR', 'SFAR', 'PVMR'])},${r.int(1000, 90000)},${r.int(10, 100)}%,${iata(r)}T${r.int(1, 5)}`).join('\n')}`,
    'rate-quote': (r) => `{"quoteId":"Q-${r.hex(12)}","pickup":{"station":"${iata(r)}","at":"${day(r)}T10:00"},"sippCode":"${r.pick(['ECMR', 'CCAR', 'IFAR'])}","dailyRate":${r.int(20, 150)}.${r.digits(2)},"currency":"USD","mileage":"UNLIMITED","rateCode":"${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}${r.digits(2)}","requestId":"${r.uuid()}"}`,
    'station-geo': (r) => `station=${iata(r)} name="Airport Terminal ${r.int(1, 5)} Rental Center" lat=${(r.int(2000, 5500) / 100).toFixed(4)} lon=${(r.int(-12000, 3000) / 100).toFixed(4)} hours="05:00-24:00" phone_desk="+1 800 654 3131"`,
  },
  loyalty: {
    'tier-rules': (r) => `tiers:\n  silver: { nights: ${r.int(10, 15)}, bonus_pct: 10 }\n  gold: { nights: ${r.int(25, 40)}, bonus_pct: 25 }\n  platinum: { nights: ${r.int(50, 75)}, bonus_pct: 50 }\npartner_codes: [AVIOS, MILES_AND_MORE, FLYING_BLUE]\nruleset_sha256: ${r.hex(64)}`,
    'accrual-batch': (r) => `${ts(r)} INFO accrual-batch run=${r.uuid()} partner=FLYING_BLUE records=${r.int(1000, 90000)} accepted=${r.int(900, 89000)} rejected=${r.int(0, 90)} file=AFKL_ACCRUAL_${day(r).replace(/-/g, '')}_${r.digits(3)}.csv.pgp checksum=${r.hex(40)}`,
    'jwt-public-jwks': (r) => `{"keys":[{"kty":"RSA","use":"sig","kid":"${r.hex(16)}","alg":"RS256","n":"${r.b64url(256)}","e":"AQAB"}]}`,
  },
  'travel-expense': {
    'expense-policy': (r) => `Policy ${r.pick(['EU', 'US', 'APAC'])}-${r.int(1, 9)}: hotel cap ${r.int(150, 350)} per night, economy for flights under ${r.int(4, 8)}h, receipts above ${r.int(25, 75)} required. Category codes: HOTEL=${r.int(1000, 1999)}, AIR=${r.int(2000, 2999)}, CAR=${r.int(3000, 3999)}. Version ${r.int(1, 9)}.${r.int(0, 9)} effective ${day(r)}.`,
    'concur-api-doc': () => `GET https://us.api.concursolutions.com/api/v3.0/expense/reports?user=ALL\nAuthorization: Bearer {access_token}\nAccept: application/json\n(Replace {access_token} with the token from /oauth2/v0/token; see developer.concur.com.)`,
    'report-summary': (r) => `report_id=${r.hex(20).toUpperCase()} status=APPROVED total=${r.int(100, 9000)}.${r.digits(2)} EUR entries=${r.int(2, 30)} policy=EU-2 approver_role=cost_center_owner cost_center=CC-${r.digits(4)} submitted=${day(r)}`,
    'gl-export': (r) => `GL_ACCOUNT,COST_CENTER,AMOUNT,CURRENCY,PERIOD,BATCH\n${Array.from({ length: 3 }, () => `${r.int(600000, 699999)},CC-${r.digits(4)},${r.int(10, 5000)}.${r.digits(2)},EUR,2026-${pad(r.int(1, 12))},B${r.digits(8)}`).join('\n')}`,
    'git-sha-deploy': (r) => `deploy expense-api@${r.hex(40)} to prod-eu (image sha256:${r.hex(64)}) by ci-bot; previous ${r.hex(7)}; helm chart 3.${r.int(0, 20)}.${r.int(0, 9)}`,
  },
};
