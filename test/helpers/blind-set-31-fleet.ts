import { ddHeader, epoch, isoTs, org, plainTs, type Template31 } from './blind-set-31-case';
import { cardNumber } from './blind-set-31-check';
import { dobIso, dobLocal, licence, person } from './blind-set-31-people';
import { geotabSession, jwt, samsaraToken } from './blind-set-31-tokens';

/** Telematics and fleet: Samsara, Geotab, Motive, ELD compliance and fuel cards. */
export const FLEET_TEMPLATES: Template31[] = [
  {
    id: 'samsara-drivers-api-log',
    make: (r, v) => {
      const p = person(r, 'US');
      const dl = licence(r, p);
      return `${isoTs(r)} DEBUG fleet-sync GET https://api.samsara.com/fleet/drivers?driverActivationStatus=active&limit=1 headers={'Authorization': 'Bearer ${v.c('samsara-api-token', samsaraToken(r))}', 'Accept': 'application/json'}
${isoTs(r)} DEBUG fleet-sync 200 {"data":[{"id":"${r.num(8)}","name":"${v.p('person-name', p.name)}","username":"${p.first.toLowerCase()}${p.last[0]!.toLowerCase()}","licenseNumber":"${v.p(dl.kind, dl.value)}","licenseState":"${dl.issuer}","eldSettings":{"rulesets":[{"cycle":"USA 70 hour / 8 day"}]},"driverActivationStatus":"active"}],"pagination":{"endCursor":"${r.uuid()}","hasNextPage":true}}
${isoTs(r)} ERROR fleet-sync upsert failed: duplicate key value violates unique constraint "drivers_license_uk"`;
    },
  },
  {
    id: 'samsara-webhook-driver-updated',
    make: (r, v) => {
      const p = person(r, 'US');
      const dl = licence(r, p);
      return `${ddHeader(r, 'samsara webhook signature failures')}
${isoTs(r)} warn webhook-gw signature check failed (secret from env SAMSARA_WEBHOOK_SECRET=${v.c('webhook-signing-secret', r.b64(32))})
  X-Samsara-Signature: v1=${r.hex(64)}  X-Samsara-Timestamp: ${epoch(r)}
  payload: {"eventId":"${r.uuid()}","eventTime":"${isoTs(r)}","eventType":"DriverUpdated","orgId":${r.int(1000, 99999)},"webhookId":"${r.num(15)}","data":{"driver":{"id":"${r.num(8)}","name":"${v.p('person-name', p.name)}","licenseNumber":"${v.p(dl.kind, dl.value)}","licenseState":"${dl.issuer}"}}}`;
    },
  },
  {
    id: 'geotab-authenticate-rpc',
    make: (r, v) => {
      const db = `${org(r).replace(/-/g, '_')}`;
      return `${plainTs(r)} [geotab-adapter] >> POST https://my.geotab.com/apiv1 {"method":"Authenticate","params":{"database":"${db}","userName":"api.integration@${org(r)}.com","password":"${v.c('password', r.humanPassword())}"},"id":${r.int(1, 99)}}
${plainTs(r)} [geotab-adapter] << 200 {"result":{"credentials":{"database":"${db}","sessionId":"${v.c('geotab-session-id', geotabSession(r))}","userName":"api.integration@${org(r)}.com"},"path":"my${r.int(100, 999)}.geotab.com"},"jsonrpc":"2.0"}
${plainTs(r)} [geotab-adapter] GetFeed LogRecord fromVersion=${r.HEX(16)} resultsLimit=50000 -> 503 DbUnavailableException, retry in 30s`;
    },
  },
  {
    id: 'motive-users-api',
    make: (r, v) => {
      const p = person(r, 'US');
      const dl = licence(r, p);
      return `HTTP GET https://api.gomotive.com/v1/users?role=driver&per_page=1
X-Api-Key: ${v.c('motive-api-key', r.uuid())}
X-Time-Zone: America/Chicago
-> 200 OK {"users":[{"user":{"id":${r.int(100000, 9999999)},"first_name":"${v.p('person-name', p.first)}","last_name":"${v.p('person-name', p.last)}","role":"driver","status":"active","drivers_license_number":"${v.p(dl.kind, dl.value)}","drivers_license_state":"${dl.issuer}","carrier_name":"${org(r)} Logistics","eld_mode":"logs"}}],"pagination":{"per_page":1,"page_no":1,"total":${r.int(20, 400)}}}`;
    },
  },
  {
    id: 'eld-hos-violation-email',
    make: (r, v) => {
      const p = person(r, 'US');
      const dl = licence(r, p);
      return `From: compliance@${org(r)}.com
Subject: HOS violation - 11 hour driving limit - unit ${r.int(100, 999)}

Team, driver ${v.p('person-name', p.name)} (CDL ${dl.issuer} ${v.p(dl.kind, dl.value)}, DOB ${v.p('date-of-birth', dobLocal(p))}) exceeded the 11-hour driving limit on ${plainTs(r).slice(0, 10)} by ${r.int(5, 95)} minutes.
Vehicle VIN 1FUJG${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 12)}, ELD ${r.pick(['Motive', 'Samsara', 'Geotab'])}. Please review the log edit request before the DOT audit.`;
    },
  },
  {
    id: 'fuel-card-transaction-feed',
    make: (r, v) => {
      const p = person(r, r.pick(['US', 'GB', 'AU']));
      const pan = cardNumber(r, r.pick(['visa', 'mc']));
      return `${isoTs(r)} WARN fuel-recon unmatched transaction (no vehicle for prompt)
{"txnId":"${r.num(12)}","merchant":"${r.pick(['PILOT #', 'LOVES #', 'SHELL ', 'BP '])}${r.int(100, 999)}","cardNumber":"${v.f('card-number', pan)}","driverName":"${v.p('person-name', p.name.toUpperCase())}","driverPin":"${v.c('fleet-card-pin', r.digits(4))}","odometer":${r.int(10000, 400000)},"product":"DIESEL","gallons":${r.int(20, 150)}.${r.digits(3)},"amount":${r.int(60, 700)}.${r.digits(2)}}
${isoTs(r)} INFO fuel-recon previous transaction on same site matched: {"txnId":"${r.num(12)}","cardNumber":"${v.f('card-number', cardNumber(r, r.pick(['visa', 'mc'])))}","vehicle":"T-${r.int(100, 999)}","product":"DEF","amount":${r.int(20, 90)}.${r.digits(2)}}`;
    },
  },
  {
    id: 'dvla-driver-enquiry',
    make: (r, v) => {
      const p = person(r, 'GB');
      const dl = licence(r, p);
      const t = epoch(r);
      return `${isoTs(r)} DEBUG licence-check POST https://driver-vehicle-licensing.api.gov.uk/full-driver-enquiry/v1/driving-licences/retrieve x-api-key=${v.c('dvla-api-key', r.b62(40))} authorization=${v.c('jwt', jwt(r, 'RS256', { sub: `${org(r)}-fleet`, iat: t, exp: t + 3600 }))}
${isoTs(r)} DEBUG licence-check request {"drivingLicenceNumber":"${v.p(dl.kind, dl.value)}","includeCPC":true,"includeTacho":true,"acceptPartialResponse":"false"}
${isoTs(r)} WARN  licence-check 6 penalty points for depot driver: {"driver":{"drivingLicenceNumber":"${dl.value}","firstNames":"${v.p('person-name', p.first.toUpperCase())}","lastName":"${v.p('person-name', p.last.toUpperCase())}","dateOfBirth":"${v.p('date-of-birth', dobIso(p))}","address":{"unstructuredAddress":{"line1":"${v.p('postal-address', p.address.split(', ')[0]!.toUpperCase())}","postcode":"${p.address.slice(-7).trim()}"}}},"endorsements":[{"offenceCode":"SP30","penaltyPoints":3},{"offenceCode":"SP30","penaltyPoints":3}]}`;
    },
  },
];
