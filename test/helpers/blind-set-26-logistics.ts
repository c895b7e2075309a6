/** Blind set 26 positives: carriers, shipping and tax services, maps and media (DHL, FedEx, UPS, Royal Mail, Correios, ShipStation, EasyPost, Avalara, TaxJar, Google Maps, Nominatim, Cloudinary). */
import { b64, jwt, key, orderNo, traceId, ts } from './blind-set-26-values';
import { cityLine, person, phoneE164, phoneNational, street } from './blind-set-26-people';
import { cpf, passport } from './blind-set-26-ids';
import type { PosTemplate26 } from './blind-set-26-types';

const T = (source: string, name: string, make: PosTemplate26['make']): PosTemplate26 => ({ source, name, make });
const form = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');

/** Logistics, tax and location templates. */
export const LOGISTICS: PosTemplate26[] = [
  T('dhl', 'mydhl-shipment-400', (r, b) => {
    const p = person(r, r.pick(['DE', 'GB', 'NL', 'PL', 'TR']));
    return `${ts(r)} ERROR 1 --- [ship-exec-${r.int(1, 9)}] c.s.l.dhl.MyDhlClient : createShipment -> 400 {"instance":"/expressapi/shipments","detail":"Invalid field value for receiver postalCode","status":"400"}\n  > Authorization: Basic ${b.c('basic~b64', b64(`shopglobal${r.pick(['DE', 'NL'])}:${r.password(14)}`))}\n  > dhl-api-key: ${b.c('b62', r.b62(32))}\n  > body.customerDetails.receiverDetails={"postalAddress":{"addressLine1":"${b.p('address', street(r, p.cc))}","cityName":"${cityLine(r, p.cc)}","countryCode":"${p.cc}"},"contactInformation":{"email":"${b.p('email', p.email)}","phone":"${b.p('phone', phoneE164(r, p.cc))}","fullName":"${b.p('name', p.full)}"}}`;
  }),
  T('fedex', 'python-oauth-and-ship', (r, b) => {
    const p = person(r, r.pick(['US', 'MX', 'GB']));
    return `${ts(r)} ERROR shipping.fedex FedEx OAuth failed: {"transactionId":"${r.uuid()}","errors":[{"code":"NOT.AUTHORIZED.ERROR","message":"The given client credentials were not valid."}]}\n  body: grant_type=client_credentials&client_id=l7${r.hex(30)}&client_secret=${b.c('hex', key.hex32(r))}\n  pending shipment ${orderNo(r)} recipient={'contact': {'personName': '${b.p('name', p.full)}', 'phoneNumber': '${b.p('phone', phoneNational(r, p.cc))}', 'emailAddress': '${b.p('email', p.email)}'}, 'address': {'streetLines': ['${b.p('address', street(r, p.cc))}'], 'countryCode': '${p.cc}'}}`;
  }),
  T('ups', 'node-rating-401', (r, b) => {
    const p = person(r, r.pick(['US', 'GB', 'DE']));
    return `${ts(r)} error: [ups] POST https://onlinetools.ups.com/api/shipments/v2403/ship 401 {"response":{"errors":[{"code":"250002","message":"Invalid Authentication Information."}]}}\n  oauth: Authorization: Basic ${b.c('basic~b64', b64(`${r.b62(48)}:${r.b62(64)}`))}\n  bearer: ${b.c('jwt', jwt(r, { sub: `client-${r.hex(8)}`, aud: 'ups', clientid: r.b62(24) }))}\n  ShipTo: {"Name":"${b.p('name', p.full)}","AttentionName":"${p.first}","Phone":{"Number":"${b.p('phone', phoneNational(r, p.cc))}"},"Address":{"AddressLine":["${b.p('address', street(r, p.cc))}"],"CountryCode":"${p.cc}"}}`;
  }),
  T('royalmail', 'serilog-click-drop', (r, b) => {
    const p = person(r, 'GB');
    return JSON.stringify({
      Timestamp: ts(r),
      Level: 'Error',
      MessageTemplate: 'Royal Mail Click & Drop order create failed {Status} {@Headers} {@Recipient}',
      Properties: {
        Status: 401,
        Headers: { 'X-IBM-Client-Id': r.uuid(), 'X-IBM-Client-Secret': b.c('b62', r.b62(48)) },
        Recipient: {
          name: b.p('name', p.full),
          addressLine1: b.p('address', street(r, 'GB')),
          postcode: cityLine(r, 'GB').replace(/^\D+ /, ''),
          phoneNumber: b.p('phone', phoneNational(r, 'GB')),
          emailAddress: b.p('email', p.email),
        },
        SourceContext: 'Shop.Logistics.RoyalMail',
      },
    });
  }),
  T('correios', 'php-prepostagem', (r, b) => {
    const p = person(r, 'BR');
    return `[${ts(r).slice(0, 19)}] logistica.ERROR: CorreiosException: Token expirado ou inválido (PPN-001) {"auth":"Basic ${b.c('basic~b64', b64(`${r.digits(11)}:${r.b62(40)}`))}","cartaoPostagem":"00${r.digits(8)}","destinatario":{"nome":"${b.p('name', p.full)}","cpfCnpj":"${b.p('cpf', cpf(r, true))}","endereco":{"logradouro":"${b.p('address', street(r, 'BR'))}","cep":"${r.digits(5)}${r.digits(3)}","cidade":"São Paulo","uf":"SP"},"celular":"${b.p('phone', phoneNational(r, 'BR'))}"}}`;
  }),
  T('shipstation', 'ruby-unauthorized', (r, b) => {
    const p = person(r, 'US');
    return `E, [${ts(r)} #${r.int(10, 9999)}] ERROR -- : ShipStation::Unauthorized: 401 (POST /orders/createorder)\n  Authorization: Basic ${b.c('basic~b64', b64(`${r.hex(32)}:${r.hex(32)}`))}\n  order: {"orderNumber":"${orderNo(r)}","customerEmail":"${b.p('email', p.email)}","shipTo":{"name":"${b.p('name', p.full)}","street1":"${b.p('address', street(r, 'US'))}","city":"${cityLine(r, 'US')}","phone":"${b.p('phone', phoneNational(r, 'US'))}"}}`;
  }),
  T('easypost', 'go-api-error', (r, b) => {
    const p = person(r, r.pick(['US', 'GB']));
    return `${ts(r)}\tERROR\tshipping/easypost.go:88\teasypost: API error UNAUTHORIZED: The API key provided is invalid.\t{"EASYPOST_API_KEY": "${b.c('easypost', key.easypost(r))}", "to_address": {"name": "${b.p('name', p.full)}", "street1": "${b.p('address', street(r, p.cc))}", "phone": "${b.p('phone', phoneE164(r, p.cc))}", "email": "${b.p('email', p.email)}"}, "trace_id": "${traceId(r)}"}`;
  }),
  T('avalara', 'dotnet-avatax-error', (r, b) => {
    const p = person(r, 'US');
    const acct = r.digits(10);
    const lic = key.avalara(r);
    return `${ts(r)} [ERR] Shop.Tax.AvalaraTaxService: Avalara.AvaTax.RestClient.AvaTaxError: AuthenticationException (401) — Authentication failed for account ${acct}\n   at Avalara.AvaTax.RestClient.AvaTaxClient.RestCallString(...)\n   Headers: Authorization=Basic ${b.c('basic~b64', b64(`${acct}:${lic}`))}; X-Avalara-Client=ShopGlobal;1.0\n   AvaTax:LicenseKey=${b.c('upper-hex', lic)}\n   ExemptionCertificate { CustomerName = "${b.p('name', p.full)}", Line1 = "${b.p('address', street(r, 'US'))}", Region = "IL" }`;
  }),
  T('taxjar', 'python-tax-error', (r, b) => {
    return `${ts(r)} ERROR tax.taxjar taxjar.exceptions.TaxJarResponseError: 401 Unauthorized - Not authorized for route 'POST /v2/taxes'\n  headers={'Authorization': 'Bearer ${b.c('hex', key.hex32(r))}', 'x-api-version': '2022-01-24'}\n  params={'to_country': 'US', 'to_zip': '${r.digits(5)}', 'to_state': 'IL', 'to_street': '${b.p('address', street(r, 'US'))}', 'amount': ${r.int(10, 900)}.5, 'shipping': 9.9}`;
  }),
  T('googlemaps', 'java-geocode-denied', (r, b) => {
    const p = person(r, r.pick(['DE', 'GB', 'FR', 'BR', 'IN', 'MX']));
    const addr = `${street(r, p.cc)}, ${cityLine(r, p.cc)}`;
    return `${ts(r)} WARN  [addr-validate-${r.int(1, 9)}] c.s.address.GeocodingClient - geocode failed status=REQUEST_DENIED error_message="This IP, site or mobile application is not authorized to use this API key." url=https://maps.googleapis.com/maps/api/geocode/json?address=${b.p('address~form', form(addr))}&region=${p.cc.toLowerCase()}&key=${b.c('maps', key.maps(r))} customer=${b.p('email', p.email)}`;
  }),
  T('nominatim', 'python-geocoder', (r, b) => {
    const p = person(r, r.pick(['DE', 'NL', 'PL', 'IT', 'ES']));
    const addr = `${street(r, p.cc)}, ${cityLine(r, p.cc)}`;
    return `${ts(r)} WARNING geo.nominatim Nominatim 403 for delivery of ${orderNo(r)} (${b.p('name', p.full)}): GET https://geo.shop.example/nominatim/search?q=${b.p('address~form', form(addr))}&format=jsonv2&limit=1 proxy=http://geo:${b.c('password', r.urlPassword(16))}@proxy.internal:3128`;
  }),
  T('cloudinary', 'node-upload-kyc', (r, b) => {
    const p = person(r, r.pick(['BR', 'IN', 'DE', 'JP', 'CN', 'FR']));
    return `${ts(r)} error: [media] Cloudinary upload failed: {"error":{"message":"Invalid Signature ${r.hex(40)}. String to sign - 'context=...&public_id=...&timestamp=${r.int(1790000000, 1799999999)}'.","http_code":401}}\n  CLOUDINARY_URL=cloudinary://${r.digits(15)}:${b.c('secret', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 27))}@shop-global\n  options={ folder: 'kyc', public_id: 'kyc/${r.hex(12)}', context: 'holder=${b.p('name', p.full)}|passport_no=${b.p('passport', passport(r, p.cc))}' }`;
  }),
];
