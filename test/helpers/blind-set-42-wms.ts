/** Set 42 positives: warehouse and transport systems (Manhattan, Blue Yonder) and procurement (Coupa, Ariba, Jaggaer). */
import { B62, B64URL } from './blind-set-9-rng';
import { basic, gen, jwt, tpl, ts, type Tpl42 } from './blind-set-42-gen';
import { ipv4, person, phone } from './blind-set-42-persona';

export const WMS_TEMPLATES: Tpl42[] = [
  tpl('coupa-api-key', (x) => {
    const r = x.r;
    const key = x.c('coupa-api-key', r.hex(40));
    const u = person(r, 'northwindfreight.com');
    return `${ts(r)} coupa-sync GET https://northwind.coupahost.com/api/purchase_orders?status=issued&updated-at[gt]=2026-03-01 X-COUPA-API-KEY=${key} ACCEPT=application/json -> 200 (${r.int(1, 400)} POs)
${ts(r)} coupa-sync requester ${x.p('name', u.full)} <${x.p('email', u.email)}> on PO ${r.int(4000, 9999)}`;
  }),
  tpl('coupa-oauth', (x) => {
    const r = x.r;
    const cs = x.c('coupa-client-secret', r.chars(B64URL, 43));
    return `coupa:
  instance: https://tristate.coupahost.com
  oauth:
    client_id: ${r.hex(32)}
    client_secret: ${cs}
    scope: "core.purchase_order.read core.invoice.write core.supplier.read"`;
  }),
  tpl('ariba-apikey', (x) => {
    const r = x.r;
    const key = x.c('ariba-api-key', r.b62(32));
    const b = x.c('basic-auth', basic(r.uuid(), r.chars(B62, 32)));
    return `POST https://api.ariba.com/v2/oauth/token?grant_type=client_credentials
Authorization: Basic ${b}
---
GET https://openapi.ariba.com/api/procurement-reporting-details/v2/prod/views/RequisitionLineItemView?realm=${r.pick(['alpinemfg', 'kraemer'])}-T
apiKey: ${key}`;
  }),
  tpl('ariba-cxml', (x) => {
    const r = x.r;
    const ss = x.c('ariba-shared-secret', r.pick([gen.wordPass, gen.pass])(r));
    const u = person(r);
    return `<cXML payloadID="${r.digits(13)}.${r.digits(5)}@ariba.com" timestamp="2026-03-${r.int(10, 28)}T10:22:00-08:00">
  <Header>
    <From><Credential domain="NetworkID"><Identity>AN${r.digits(11)}</Identity></Credential></From>
    <Sender><Credential domain="NetworkID"><Identity>AN${r.digits(11)}</Identity><SharedSecret>${ss}</SharedSecret></Credential><UserAgent>Ariba Supplier</UserAgent></Sender>
  </Header>
  <Request><OrderRequest><OrderRequestHeader orderID="PO${r.digits(8)}"><ShipTo><Address><Name xml:lang="en">${x.p('name', u.full)}</Name><Email>${x.p('email', u.email)}</Email><Phone><TelephoneNumber><Number>${x.p('phone', phone(r))}</Number></TelephoneNumber></Phone></Address></ShipTo></OrderRequestHeader></OrderRequest></Request>
</cXML>`;
  }),
  tpl('manhattan-active', (x) => {
    const r = x.r;
    const cs = x.c('manhattan-client-secret', r.chars(B62, 32));
    const pw = x.c('manhattan-password', gen.wordPass(r));
    return `curl -X POST "https://${r.pick(['trist', 'nwfr', 'kraem'])}-auth.omni.manh.com/oauth/token" \\
  -u "omnicomponent.1.0.0:${cs}" \\
  -d "grant_type=password" -d "username=integration@${r.pick(['trist', 'nwfr'])}" --data-urlencode "password=${pw}"`;
  }),
  tpl('blue-yonder-luminate', (x) => {
    const r = x.r;
    const cs = x.c('blue-yonder-client-secret', r.chars(B62 + '~._-', 40));
    const tok = x.c('jwt', jwt(r, { aud: 'luminate-wms', tid: r.uuid(), scp: 'wms.inventory.read' }));
    return `${ts(r)} by-connector token refresh client_id=${r.uuid()} client_secret="${cs}"
${ts(r)} by-connector GET /api/wms/v1/inventory?facility=DC${r.int(1, 30)} authorization="Bearer ${tok}"`;
  }),
  tpl('jaggaer-sftp-supplier', (x) => {
    const r = x.r;
    const pw = x.c('jaggaer-password', gen.pass(r));
    const u = person(r);
    return `Supplier onboarding ticket #${r.int(10000, 99999)}
Contact: ${x.p('name', u.full)}, ${x.p('phone', phone(r))}
JAGGAER portal test login: user=${u.first.toLowerCase()}_${r.int(10, 99)} / pw: ${pw}
Last login from ${x.p('ipv4', ipv4(r))}`;
  }),
  tpl('wms-rf-gun-login', (x) => {
    const r = x.r;
    const a = person(r);
    const pin = x.c('rf-login-password', `${r.pick(['Dock', 'Pick', 'Bay'])}${r.digits(4)}${r.pick(['!', '$', '#'])}${r.b62(3)}`);
    return `${ts(r)} rf-gateway DC${r.int(1, 30)} device=MC93-${r.int(100, 999)} LOGIN operator="${x.p('name', a.full)}" pass="${pin}" result=OK shift=${r.pick(['A', 'B', 'C'])}`;
  }),
];
