import { awb, container, ean13, fedex12, groupUsps, hsCode, imo, upcA, ups1Z, usps22 } from './blind-set-89-checkdigits';
import type { NegTemplate89 } from './blind-set-89-types';

/** Logistics negatives: tracking numbers, AWBs, containers, barcodes, tariff codes, company contacts and addresses. */
const city = ['LOUISVILLE, KY, US', 'MEMPHIS, TN, US', 'LEIPZIG, DE', 'KÖLN, DE', 'HONG KONG, HK', 'ONTARIO, CA, US', 'EAST MIDLANDS, GB'];
export const NEG_SHIP: readonly NegTemplate89[] = [
  { family: 'neg-ship', name: 'ups-track', make: (r) => `ups-track: ${ups1Z(r)} status=${r.pick(['I', 'X', 'D', 'M'])} activity="${r.pick(['Departed from Facility', 'Arrived at Facility', 'Delivery Attempted', 'Out For Delivery Today'])}" location="${r.pick(city)}" scheduledDelivery=2025-03-1${r.int(0, 9)} poll#${r.int(2, 40)} -> 429 Too Many Requests (retry-after 60)` },
  { family: 'neg-ship', name: 'fedex-track', make: (r) => `{"output":{"completeTrackResults":[{"trackingNumber":"${fedex12(r)}","trackResults":[{"latestStatusDetail":{"code":"${r.pick(['IT', 'DL', 'DE', 'OD'])}","description":"${r.pick(['In transit', 'Delivery exception', 'On FedEx vehicle for delivery'])}","scanLocation":{"city":"MEMPHIS","stateOrProvinceCode":"TN","countryCode":"US"}},"serviceDetail":{"type":"FEDEX_GROUND"}}]}]},"transactionId":"${r.uuid()}"} webhook lag ${r.int(30, 900)}s` },
  { family: 'neg-ship', name: 'usps-track', make: (r) => { const t = usps22(r); return `USPS TrackResults for ${r.chance(0.5) ? t : groupUsps(t)}: <Error><Number>-2147219283</Number><Description>A status update is not yet available on your Priority Mail®, tracking number.</Description></Error> (Tracking ID ${t.slice(0, 4)}…)`; } },
  { family: 'neg-ship', name: 'dhl-awb', make: (r) => `air-freight: MAWB ${awb(r)} HAWB ${r.upnum(3)}${r.num(7)} flight ${r.pick(['LH8160', 'CV7311', 'EK9804'])} ${r.pick(['FRA', 'LUX', 'HKG'])}->${r.pick(['ORD', 'JFK', 'LAX'])} pieces=${r.int(1, 40)} gross=${r.int(50, 9000)} kg status=RCS DHL waybill ${r.num(10)} FSU/12 parse warning` },
  { family: 'neg-ship', name: 'container', make: (r) => `ocean: container ${container(r)} (${r.pick(['40HC', '20GP', '45G1'])}) vessel ${r.pick(['MSC GÜLSÜN', 'EVER GIVEN', 'CMA CGM JACQUES SAADE'])} ${imo(r)} voyage ${r.upnum(2)}${r.int(100, 999)}${r.pick(['E', 'W', 'N'])} POL=CNSHA POD=NLRTM ETA 2025-04-0${r.int(1, 9)} BoL ${r.pick(['MEDU', 'MAEU', 'CMDU'])}${r.num(8)} seal ${r.upper(2)}${r.num(7)} — EDI 315 event missing` },
  { family: 'neg-ship', name: 'barcodes', make: (r) => `inventory-sync: ${r.int(2, 90)} SKUs failed: [{"sku":"TC-${r.upnum(4)}-${r.int(10, 99)}","ean":"${ean13(r)}","gtin14":"1${ean13(r)}"},{"sku":"TC-${r.upnum(4)}-${r.int(10, 99)}","upc":"${upcA(r)}","asin":"B0${r.upnum(8)}"}] error="GTIN not registered in GS1 registry"` },
  { family: 'neg-ship', name: 'hs-codes', make: (r) => `customs classification: ${r.int(2, 30)} lines reclassified: ${hsCode(r)} -> ${hsCode(r)} (Portable computers), ${hsCode(r)} (T-shirts, cotton); duty ${r.int(0, 24)}.${r.int(0, 9)}% ; Incoterm DAP; country of origin VN; exporter EORI GB${r.num(12)}; IOSS IM${r.num(10)}` },
  { family: 'neg-ship', name: 'carrier-contact', make: (r) => r.pick([
    `Address validation failed. Please contact UPS Customer Service at 1-800-742-5877 or write to UPS, 55 Glenlake Parkway NE, Atlanta, GA 30328.`,
    `FedEx: this account is not authorized for FEDEX_INTERNATIONAL_PRIORITY. Call 1.800.463.3339 (FedEx Customer Support, 942 South Shady Grove Road, Memphis, TN 38120).`,
    `DHL Express US: for account setup call 1-800-225-5345; DHL Express, 1210 South Pine Island Road, Plantation, FL 33324.`,
    `USPS Web Tools: registration pending. Contact the Internet Customer Care Center at 1-800-344-7779 (USPS, 475 L'Enfant Plaza SW, Washington, DC 20260).`,
  ]) + ` ref=${r.uuid()}` },
  { family: 'neg-ship', name: 'warehouse', make: (r) => `route-opt: depot ${r.pick(['FC PHX3', 'SDF8', 'DC-Leipzig', 'XDock MAD-2'])} at (${r.pick(['33.4353,-112.1869', '38.1465,-85.7472', '51.4180,12.2237', '40.3260,-3.6820'])}) ${r.pick(['6835 W Buckeye Rd, Phoenix, AZ 85043', '3100 Fern Valley Rd, Louisville, KY 40213', 'Hermann-Köhl-Straße 1, 04435 Schkeuditz', 'Avenida de la Astronomía 24, 28830 San Fernando de Henares'])}: ${r.int(12, 400)} stops unassigned, solver timeout ${r.int(20, 120)}s` },
  { family: 'neg-ship', name: 'object-ids', make: (r) => `easypost: rate shp_${r.hex(32)} / rate_${r.hex(32)} expired; retry buy with carrier_account ca_${r.hex(32)}. shippo transaction object_id ${r.hex(32)} status=ERROR messages=[{"code":"","text":"Carrier service not available for this route"}]` },
  { family: 'neg-ship', name: 'placeholders', make: (r) => r.pick([
    'label-worker boot: EASYPOST_API_KEY=${EASYPOST_API_KEY} not interpolated (check docker-compose env_file)',
    'shippo client: Authorization: ShippoToken <your-api-token>  # see https://docs.goshippo.com/docs/guides_general/authentication/',
    'ups.clientSecret: "********" (masked); ups.clientId: "<client-id>" — request skipped in dry-run',
    'FEDEX_CLIENT_SECRET is empty; set it via `kubectl create secret generic fedex --from-literal=FEDEX_CLIENT_SECRET=<secret>`',
  ]) + ` (${r.iso()})` },
  { family: 'neg-ship', name: 'label-pdf', make: (r) => `label ${r.uuid()} stored, base64 head="JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2cvUGFnZXMgMiAwIFI+PgplbmRvYmoK${r.b64(120)}..." size=${r.int(30, 90)}KB format=PDF 4x6 zpl_fallback=false` },
  { family: 'neg-ship', name: 'masked', make: (r) => `UPS BillShipper card declined: CreditCard {"Type":"06","Number":"************${r.digits(4)}","ExpirationDate":"**/****"} shipper ${r.upnum(6)} — ask finance to update card ending ${r.digits(4)}` },
];
