import { epoch, isoTs, org, plainTs, type Template31 } from './blind-set-31-case';
import { iccid } from './blind-set-31-check';
import { dobIso, nationalId, person } from './blind-set-31-people';
import { telnyxKey } from './blind-set-31-tokens';

/** IoT connectivity portals, subscriber exports and caller-name lookups. */
export const CARRIER2_TEMPLATES: Template31[] = [
  {
    id: 'jasper-control-center-api',
    make: (r, v) => {
      const user = `api_${org(r).replace(/-/g, '_')}`;
      const basic = Buffer.from(`${user}:${r.uuid()}`).toString('base64');
      return `${isoTs(r)} ERROR sim-inventory PUT https://restapi${r.int(1, 9)}.jasper.com/rws/api/v1/devices/${iccid(r)} -> 401
  request headers: {"Accept":"application/json","Authorization":"Basic ${v.c('basic-auth', basic)}","Content-Type":"application/json"}
  body: {"status":"DEACTIVATED","ratePlan":"${org(r).toUpperCase()}-IOT-1MB-POOL"}
  response: {"errorMessage":"Invalid user name or API key","errorCode":"10000001"}`;
    },
  },
  {
    id: 'onence-oauth-and-sms',
    make: (r, v) => {
      const basic = Buffer.from(`${org(r)}-ops:${r.password(16)}`).toString('base64');
      return `$ curl -s -X POST https://api.1nce.com/management-api/oauth/token -H 'authorization: Basic ${v.c('basic-auth', basic)}' -H 'content-type: application/json' -d '{"grant_type":"client_credentials"}'
{"status_code":200,"access_token":"${v.c('jwt', `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.${Buffer.from(JSON.stringify({ sub: `${org(r)}-ops`, scope: 'all', exp: epoch(r) + 3600 })).toString('base64url')}.${r.b64url(256)}`)}","token_type":"bearer","expires_in":3600,"userId":"${r.num(6)}"}
$ curl -s https://api.1nce.com/management-api/v1/sims/${iccid(r)}/quota/data -H "authorization: Bearer $TOKEN"
{"volume":${r.int(1, 499)}.${r.digits(3)},"total_volume":500,"expiry_date":"2026-${r.pad(1, 12, 2)}-${r.pad(1, 28, 2)}","peak_throughput":1000000}`;
    },
  },
  {
    id: 'cnam-lookup-telnyx',
    make: (r, v) => {
      const p = person(r, 'US');
      return `${plainTs(r)} INFO  inbound-router lookup ${p.e164} via https://api.telnyx.com/v2/number_lookup/${encodeURIComponent(p.e164)}?type=caller-name
${plainTs(r)} DEBUG inbound-router headers Authorization="Bearer ${v.c('telnyx-api-key', telnyxKey(r))}"
${plainTs(r)} DEBUG inbound-router {"data":{"caller_name":{"caller_name":"${v.p('person-name', `${p.last.toUpperCase()} ${p.first.toUpperCase()}`.slice(0, 15).trimEnd())}","error_code":null},"country_code":"US","phone_number":"${v.p('phone-e164', p.e164)}","record_type":"number_lookup"}}`;
    },
  },
  {
    id: 'postpaid-credit-check',
    make: (r, v) => {
      const p = person(r, 'US');
      const id = nationalId(r, p);
      return `${plainTs(r)} DEBUG activation-svc credit pre-qual for new postpaid line (store ${r.int(1000, 9999)}, rep ${r.num(6)})
  POST https://us-api.experian.com/consumerservices/credit-profile/v2/credit-report  client_secret=${v.c('oauth-client-secret', r.b62(32))}
  {"consumerPii":{"primaryApplicant":{"name":{"lastName":"${v.p('person-name', p.last.toUpperCase())}","firstName":"${v.p('person-name', p.first.toUpperCase())}"},"dob":{"dob":"${v.p('date-of-birth', dobIso(p))}"},"ssn":{"ssn":"${v.p(id.kind, id.value)}"},"currentAddress":{"line1":"${v.p('postal-address', p.address.split(', ')[0]!.toUpperCase())}","zipCode":"${p.address.slice(-5)}"}}},"permissiblePurpose":{"type":"3F"}}
${plainTs(r)} WARN  activation-svc bureau timeout after 15000ms, falling back to deposit-required plan`;
    },
  },
];
