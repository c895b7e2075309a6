import { epoch, isoTs, org, plainTs, privIp, type Template31 } from './blind-set-31-case';
import { cardNumber, groupCard } from './blind-set-31-check';
import { person } from './blind-set-31-people';
import { jwt, sfAccessToken, sfConsumerSecret, sfRefreshToken, stAppKey, stClientSecret } from './blind-set-31-tokens';

/** Field service: ServiceTitan and Salesforce Field Service configs, API logs and payment capture. */
export const FSM_TEMPLATES: Template31[] = [
  {
    id: 'servicetitan-oauth-token-log',
    make: (r, v) => {
      const tenant = r.int(100000000, 999999999);
      const now = epoch(r);
      const cid = `cid.${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 25)}`;
      const tok = jwt(
        r,
        'RS256',
        { nbf: now, exp: now + 900, iss: 'https://auth.servicetitan.io', aud: 'https://api.servicetitan.io', client_id: cid, tenant: String(tenant), scope: ['tn.jpm.jobs:r', 'tn.crm.customers:r'] },
        r.HEX(40),
      );
      return `${plainTs(r)} INFO  st-sync POST https://auth.servicetitan.io/connect/token grant_type=client_credentials&client_id=${cid}&client_secret=${v.c('servicetitan-client-secret', stClientSecret(r))}
${plainTs(r)} DEBUG st-sync token {"access_token":"${v.c('jwt', tok)}","expires_in":900,"token_type":"Bearer","scope":"tn.jpm.jobs:r tn.crm.customers:r"}
${plainTs(r)} ERROR st-sync GET https://api.servicetitan.io/jpm/v2/tenant/${tenant}/jobs?page=1 -> 401 (ST-App-Key: ${v.c('servicetitan-app-key', stAppKey(r))}) {"type":"https://tools.ietf.org/html/rfc7235#section-3.1","title":"Unauthorized","status":401,"traceId":"${r.hex(32)}"}`;
    },
  },
  {
    id: 'servicetitan-customer-payload',
    make: (r, v) => {
      const p = person(r, 'US');
      return `${isoTs(r)} error st-webhooks failed to map customer ${r.int(10000000, 99999999)} to billing account: address validation failed
{"id":${r.int(10000000, 99999999)},"active":true,"name":"${v.p('person-name', p.name)}","type":"Residential","address":{"street":"${v.p('postal-address', p.address.split(', ')[0]!)}","unit":null,"city":"${p.address.split(', ').slice(-2, -1)[0]}","state":"${p.address.slice(-8, -6)}","zip":"${p.address.slice(-5)}","country":"USA"},"contacts":[{"type":"MobilePhone","value":"${v.p('phone-digits', p.e164.slice(2))}","memo":"text ok"}],"doNotService":false,"balance":${r.int(0, 900)}.${r.digits(2)}}`;
    },
  },
  {
    id: 'servicetitan-tablet-payment-log',
    make: (r, v) => {
      const p = person(r, 'US');
      const pan = cardNumber(r);
      const cvc = r.digits(pan.length === 15 ? 4 : 3);
      return `--- tech-tablet logcat (job #${r.int(10000000, 99999999)}, tech ${r.int(1000, 9999)}) ---
${plainTs(r).slice(5)}.${r.digits(3)}  ${r.int(2000, 9000)}  ${r.int(2000, 9000)} D PaymentSheet: collect card onSubmit={name=${v.p('person-name', p.name)}, number=${v.f('card-number', groupCard(pan))}, exp=${r.pad(1, 12, 2)}/${r.int(26, 31)}, cvv=${v.f('card-cvc', cvc)}, zip=${p.address.slice(-5)}}
${plainTs(r).slice(5)}.${r.digits(3)}  ${r.int(2000, 9000)}  ${r.int(2000, 9000)} E PaymentSheet: gateway declined: do_not_honor (amount=${r.int(90, 2400)}.${r.digits(2)} USD)`;
    },
  },
  {
    id: 'sf-cli-org-display',
    make: (r, v) => {
      const inst = `${org(r)}${r.pick(['', '--fsl'])}.my.salesforce.com`;
      return `$ sf org display --target-org fsl-prod --verbose
=== Org Description

 KEY              VALUE
 ──────────────── ────────────────────────────────────────────────────────────
 Access Token     ${v.c('salesforce-access-token', sfAccessToken(r))}
 Alias            fsl-prod
 Api Version      ${r.int(58, 62)}.0
 Client Id        PlatformCLI
 Connected Status Connected
 Id               00D${r.b62(15)}
 Instance Url     https://${inst}
 Sfdx Auth Url    force://PlatformCLI::${v.c('salesforce-refresh-token', sfRefreshToken(r))}@${inst}
 Username         integration@${org(r)}.com.fsl`;
    },
  },
  {
    id: 'sf-fsl-workorder-rest',
    make: (r, v) => {
      const p = person(r, r.pick(['US', 'GB', 'AU']));
      return `${isoTs(r)} DEBUG fsm-connector GET https://${org(r)}.my.salesforce.com/services/data/v60.0/sobjects/WorkOrder/0WO${r.b62(15)} Authorization: Bearer ${v.c('salesforce-access-token', sfAccessToken(r))}
${isoTs(r)} DEBUG fsm-connector 200 {"attributes":{"type":"WorkOrder"},"WorkOrderNumber":"000${r.int(10000, 99999)}","Subject":"Smart meter exchange","Street":"${v.p('postal-address', p.address)}","Contact":{"Name":"${v.p('person-name', p.name)}","MobilePhone":"${v.p('phone-national', p.national)}"},"Status":"Dispatched","ServiceTerritoryId":"0Hh${r.b62(15)}"}
${isoTs(r)} WARN  fsm-connector appointment window conflict for 08p${r.b62(15)}`;
    },
  },
  {
    id: 'sf-connected-app-properties',
    make: (r, v) => {
      return `# integration.properties (meter-to-cash bridge, host ${privIp(r)}) — found in world-readable /opt/m2c/conf
sf.loginUrl=https://login.salesforce.com
sf.consumerKey=3MVG9${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._', 80)}
sf.consumerSecret=${v.c('salesforce-consumer-secret', sfConsumerSecret(r))}
sf.username=m2c.integration@${org(r)}.com
sf.password=${v.c('password', r.humanPassword())}
sf.securityToken=${v.c('salesforce-security-token', r.b62(25))}
sf.apiVersion=${r.int(58, 62)}.0
m2c.batchSize=200`;
    },
  },
];
