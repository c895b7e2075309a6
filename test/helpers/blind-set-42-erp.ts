/** Set 42 positives: ERPs (SAP, NetSuite, Dynamics 365, Odoo, Sage, Infor, Epicor, Acumatica). */
import { B62, B64URL } from './blind-set-9-rng';
import { basic, gen, host, jwt, tpl, ts, type Tpl42 } from './blind-set-42-gen';
import { iban, ipv4, person, phone } from './blind-set-42-persona';

export const ERP_TEMPLATES: Tpl42[] = [
  tpl('sap-jco-properties', (x) => {
    const r = x.r;
    const pw = x.c('sap-rfc-password', r.pick([gen.pass, gen.wordPass])(r));
    const u = person(r, 'kraemer-logistik.de');
    return `# RFC destination for SAP ECC -> S/4 migration cockpit
jco.client.ashost=${host(r)}
jco.client.sysnr=0${r.int(0, 9)}
jco.client.client=${r.pick(['100', '200', '400'])}
jco.client.user=RFC_${r.pick(['WMS', 'TMS', 'EDI'])}_${r.int(1, 9)}
jco.client.passwd=${pw}
jco.client.lang=EN
jco.destination.pool_capacity=${r.int(3, 20)}
# owner: ${x.p('email', u.email)} (${x.p('phone', phone(r))})`;
  }),
  tpl('sap-pyrfc-traceback', (x) => {
    const r = x.r;
    const pw = x.c('sap-rfc-password', gen.pass(r));
    const u = person(r);
    return `Traceback (most recent call last):
  File "/opt/sync/bapi_po_create.py", line ${r.int(40, 300)}, in <module>
    conn = Connection(ashost="${host(r)}", sysnr="00", client="100", user="${x.p('name', u.full)}", passwd="${pw}")
  File "src/pyrfc/_cyrfc.pyx", line 243, in pyrfc._cyrfc.Connection.__init__
pyrfc._exception.LogonError: RFC_LOGON_FAILURE (rc=2): key=RFC_LOGON_FAILURE, message=Name or password is incorrect (repeat logon) [MSG: class=, type=, number=, v1-4:=;;;]`;
  }),
  tpl('sap-odata-basic', (x) => {
    const r = x.r;
    const user = `SVC_${r.pick(['OTC', 'P2P', 'WM'])}${r.int(10, 99)}`;
    const pw = gen.pass(r);
    const b = x.c('basic-auth', basic(user, pw));
    const ip = x.p('ipv4', ipv4(r));
    return `${ts(r)} DEBUG [odata-client] --> GET https://${host(r)}:44300/sap/opu/odata/sap/API_SALES_ORDER_SRV/A_SalesOrder?$top=50&$filter=SalesOrderType%20eq%20'OR' HTTP/1.1
Authorization: Basic ${b}
x-csrf-token: Fetch
X-Forwarded-For: ${ip}
Accept: application/json
sap-client: 100`;
  }),
  tpl('sap-session-cookie', (x) => {
    const r = x.r;
    const sid = x.c('sap-session-cookie', `${r.chars(B64URL, 46)}%3d`);
    const sso = x.c('sap-sso-ticket', `AjExMDAgAA1wb3J0YWw6${r.b64(300).replace(/\+/g, '%2b').replace(/\//g, '%2f').replace(/=/g, '%3d')}`);
    const u = person(r, 'alpinemfg.io');
    return `${ts(r)} WARN  fiori-launchpad proxy forwarded stale cookies for ${x.p('email', u.email)}
Cookie: sap-usercontext=sap-client=100; SAP_SESSIONID_S4P_100=${sid}; MYSAPSSO2=${sso}; sap-appcontext=${r.hex(8)}
status=401 path=/sap/bc/ui2/flp`;
  }),
  tpl('sap-btp-xsuaa', (x) => {
    const r = x.r;
    const secret = x.c('xsuaa-client-secret', `${r.uuid()}$${r.chars(B64URL, 43)}=`);
    const pw = x.c('hana-password', gen.pass(r));
    return JSON.stringify(
      {
        VCAP_SERVICES: {
          xsuaa: [{ label: 'xsuaa', plan: 'application', credentials: { clientid: `sb-wms-bridge!t${r.int(1000, 99999)}`, clientsecret: secret, url: `https://logi-prd.authentication.eu10.hana.ondemand.com`, xsappname: `wms-bridge!t${r.int(100, 999)}` } }],
          hana: [{ label: 'hana', credentials: { host: `${r.uuid()}.hana.prod-eu10.hanacloud.ondemand.com`, port: '443', user: `WMS_RT_${r.hex(6).toUpperCase()}`, password: pw, schema: 'WMS_BRIDGE' } }],
        },
      },
      null,
      r.pick([0, 2]),
    );
  }),
  tpl('netsuite-tba-env', (x) => {
    const r = x.r;
    const acct = `${r.int(1000000, 9999999)}${r.pick(['', '_SB1'])}`;
    const cs = x.c('netsuite-consumer-secret', r.hex(64));
    const tsec = x.c('netsuite-token-secret', r.hex(64));
    return `# SuiteTalk REST / token based auth for the 3PL connector
NETSUITE_ACCOUNT_ID=${acct}
NETSUITE_CONSUMER_KEY=${r.hex(64)}
NETSUITE_CONSUMER_SECRET=${cs}
NETSUITE_TOKEN_ID=${r.hex(64)}
NETSUITE_TOKEN_SECRET="${tsec}"
NETSUITE_REST_URL=https://${acct.toLowerCase().replace('_', '-')}.suitetalk.api.netsuite.com/services/rest/record/v1`;
  }),
  tpl('netsuite-soap-passport', (x) => {
    const r = x.r;
    const u = person(r, 'tristate-dist.net');
    const pw = x.c('netsuite-password', gen.wordPass(r));
    return `<soapenv:Header>
  <platformMsgs:passport>
    <platformCore:email>${x.p('email', u.email)}</platformCore:email>
    <platformCore:password>${pw}</platformCore:password>
    <platformCore:account>${r.int(1000000, 9999999)}</platformCore:account>
    <platformCore:role internalId="${r.int(3, 1100)}"/>
  </platformMsgs:passport>
</soapenv:Header>`;
  }),
  tpl('d365-bc-webservice', (x) => {
    const r = x.r;
    const key = x.c('bc-web-service-key', r.b64(32));
    const u = person(r);
    const b = x.c('basic-auth', basic(u.first.toUpperCase(), key));
    return `PS C:\\integrations> $cred = New-Object PSCredential("${u.first.toUpperCase()}", (ConvertTo-SecureString "${key}" -AsPlainText -Force))
PS C:\\integrations> Invoke-RestMethod -Uri "https://api.businesscentral.dynamics.com/v2.0/${r.uuid()}/Production/ODataV4/Company('CRONUS%20USA')/SalesOrders" -Headers @{ Authorization = "Basic ${b}" }
Invoke-RestMethod : {"error":{"code":"Unauthorized","message":"The credentials provided are incorrect CorrelationId:  ${r.uuid()}."}}`;
  }),
  tpl('d365-fo-aad-app', (x) => {
    const r = x.r;
    const secret = x.c('azure-ad-client-secret', gen.azureAdSecret(r));
    const tok = x.c('jwt', jwt(r, { aud: 'https://contoso-ops.operations.dynamics.com', iss: `https://sts.windows.net/${r.uuid()}/`, appid: r.uuid(), roles: ['Data.Import'] }));
    return `${ts(r)} INFO  dmf-package-import: token request tenant=${r.uuid()} client_id=${r.uuid()} client_secret=${secret} resource=https://contoso-ops.operations.dynamics.com
${ts(r)} DEBUG dmf-package-import: POST /data/DataManagementDefinitionGroups/Microsoft.Dynamics.DataEntities.ImportFromPackage Authorization: Bearer ${tok}`;
  }),
  tpl('odoo-conf', (x) => {
    const r = x.r;
    const admin = x.c('odoo-admin-password', r.pick([gen.wordPass, gen.pass])(r));
    const db = x.c('postgres-password', gen.pass(r));
    const smtp = x.c('smtp-password', gen.pass(r));
    return `[options]
addons_path = /opt/odoo/addons,/opt/odoo/custom/stock_3pl
admin_passwd = ${admin}
db_host = pg-odoo-prd.${r.pick(['bayside-cold.com', 'alpinemfg.io'])}
db_user = odoo
db_password = ${db}
smtp_server = smtp.office365.com
smtp_user = wms-notify@${r.pick(['bayside-cold.com', 'alpinemfg.io'])}
smtp_password = '${smtp}'
workers = ${r.int(2, 16)}`;
  }),
  tpl('odoo-xmlrpc', (x) => {
    const r = x.r;
    const key = x.c('odoo-api-key', r.hex(40));
    const u = person(r, 'vanderlinde-transport.nl');
    return `>>> import xmlrpc.client
>>> common = xmlrpc.client.ServerProxy("https://vanderlinde.odoo.com/xmlrpc/2/common")
>>> uid = common.authenticate("vanderlinde-prod", "${x.p('email', u.email)}", "${key}", {})
>>> models.execute_kw("vanderlinde-prod", uid, "${key}", "stock.picking", "search_read", [[["state", "=", "assigned"]]], {"fields": ["name", "partner_id"], "limit": ${r.int(5, 80)}})`;
  }),
  tpl('sage-intacct-xml', (x) => {
    const r = x.r;
    const sp = x.c('sage-sender-password', gen.pass(r));
    const up = x.c('sage-user-password', gen.wordPass(r));
    return `<?xml version="1.0" encoding="UTF-8"?>
<request>
  <control><senderid>NorthwindFreight</senderid><password>${sp}</password><controlid>${r.uuid()}</controlid><uniqueid>false</uniqueid><dtdversion>3.0</dtdversion></control>
  <operation><authentication><login><userid>ap_sync</userid><companyid>NWF-${r.int(100, 999)}</companyid><password>${up}</password></login></authentication>
  <content><function controlid="${r.hex(12)}"><readByQuery><object>APBILL</object></readByQuery></function></content></operation>
</request>`;
  }),
  tpl('infor-ionapi', (x) => {
    const r = x.r;
    const t = `${r.pick(['KRAEMER', 'NWFREIGHT', 'ALPINE'])}_${r.pick(['PRD', 'TST'])}`;
    const cs = x.c('infor-client-secret', r.chars(B64URL, 86));
    const sask = x.c('infor-service-account-secret', r.chars(B64URL, 86));
    return `{"ti":"${t}","cn":"WMS Bridge","dt":"12","ci":"${t}~${r.chars(B64URL, 43)}","cs":"${cs}","iu":"https://mingle-ionapi.inforcloudsuite.com","pu":"https://mingle-sso.inforcloudsuite.com:443/${t}/as/","oa":"authorization.oauth2","ot":"token.oauth2","or":"revoke_token.oauth2","ev":"U${r.int(1000, 9999)}","v":"1.0","saak":"${t}#${r.chars(B64URL, 80)}","sask":"${sask}"}`;
  }),
  tpl('epicor-kinetic', (x) => {
    const r = x.r;
    const key = x.c('epicor-api-key', r.chars(B62, 64));
    const pw = x.c('epicor-password', gen.spacedPass(r));
    const u = person(r);
    return `curl -s -X POST "https://kinetic.${r.pick(['alpinemfg.io', 'tristate-dist.net'])}/KineticPRD/api/v2/odata/EPIC06/Erp.BO.JobEntrySvc/Jobs" \\
  -H "x-api-key: ${key}" \\
  -u "${u.first.toLowerCase()}.${u.last.toLowerCase().replace(/[^a-z]/g, '')}:${pw}" \\
  -H "Content-Type: application/json" -d '{"JobNum":"J${r.int(10000, 99999)}","PartNum":"BRK-${r.int(100, 999)}","ProdQty":${r.int(1, 500)}}'`;
  }),
  tpl('acumatica-oauth', (x) => {
    const r = x.r;
    const cs = x.c('acumatica-client-secret', r.chars(B62 + '-_', 22));
    const pw = x.c('acumatica-password', r.urlPassword(16));
    const u = person(r, 'bayside-cold.com');
    return `POST /identity/connect/token HTTP/1.1
Host: bayside.acumatica.com
Content-Type: application/x-www-form-urlencoded

grant_type=password&client_id=${r.uuid().toUpperCase()}%40Bayside&client_secret=${encodeURIComponent(cs)}&username=${encodeURIComponent(u.email)}&password=${pw}&scope=api`;
  }),
  tpl('sap-vendor-bank-idoc', (x) => {
    const r = x.r;
    const u = person(r);
    const ib = x.f('iban', iban(r, false));
    return `E1LFA1M  LIFNR=00${r.int(1000000, 9999999)} NAME1=${x.p('name', u.full)} STRAS=${r.pick(['Lindenstraße 4', 'Kingsway 18', 'Havenstraat 7'])} TELF1=${x.p('phone', phone(r))}
E1LFBKM  BANKS=${ib.slice(0, 2)} BANKL=${r.digits(8)} IBAN=${ib} KOINH=${u.full}
E1LFB1M  BUKRS=${r.pick(['1000', '1710', '2000'])} ZTERM=${r.pick(['Z030', 'NT45'])} AKONT=160000`;
  }),
];
