import * as g from './blind-set-41-gen';
import { C, F, P, type Tpl } from './blind-set-41-gen';
import * as h from './blind-set-41-people';

/** Set 41 positives: iPaaS and automation platforms (Zapier, Make, n8n, Workato, MuleSoft, Boomi, Tray.io, Celigo, Pipedream). */
export const ipaasTpls: [string, Tpl][] = [
  ['zapier-task-history', (r) => {
    const pat = g.hubspotPat(r);
    const p = h.person(r);
    const text = `{"id":"${r.int(100000000, 999999999)}","zap_id":${r.int(10000000, 299999999)},"status":"error","step":{"app":"Webhooks by Zapier","action":"POST","request":{"url":"https://api.hubapi.com/crm/v3/objects/contacts","headers":{"Content-Type":"application/json","Authorization":"Bearer ${pat}"},"data":{"properties":{"firstname":"${p.first}","lastname":"${p.last}","email":"${p.email}","phone":"${p.phone}"}}},"response":{"status":409,"body":"Contact already exists. Existing ID: ${r.int(10000, 99999999)}"}},"ran_at":"${g.isoTime(r)}"}`;
    return { text, values: [C(pat, 'hubspot-pat'), P(p.email, 'email'), P(p.phone, 'phone')] };
  }],
  ['zapier-typeform-card', (r) => {
    const hook = g.zapierHook(r);
    const p = h.person(r);
    const cc = h.card(r);
    const tft = g.typeformToken(r);
    const text = `[#ops-automation] ${p.first}: the Typeform → Sheets zap stopped again. Trigger is the catch hook ${hook} and the last payload had this in the "notes" field:\n> Hi, please just charge my card ${cc} for the renewal, billing address ${p.address}. Thanks! ${p.name}\nWe should not be storing that in the sheet… (zap auth for Typeform is still my personal token ${tft}, will swap it)`;
    return { text, values: [C(tft, 'typeform-pat'), C(hook, 'zapier-webhook-url'), F(cc, 'card-number'), P(p.address, 'address'), P(p.name, 'full-name')] };
  }],
  ['make-blueprint', (r) => {
    const hook = g.makeHook(r);
    const mc = g.mailchimpKey(r);
    const sg = g.sendgridKey(r);
    const text = `{\n  "name": "Lead intake → Mailchimp + SendGrid",\n  "flow": [\n    {"id": 1, "module": "gateway:CustomWebHook", "parameters": {"hook": ${r.int(100000, 999999)}, "url": "${hook}"}},\n    {"id": 2, "module": "http:ActionSendData", "mapper": {"url": "https://us${r.int(2, 21)}.api.mailchimp.com/3.0/lists/${r.hex(10)}/members", "method": "post", "headers": [{"name": "Authorization", "value": "apikey ${mc}"}]}},\n    {"id": 3, "module": "http:ActionSendData", "mapper": {"url": "https://api.sendgrid.com/v3/mail/send", "headers": [{"name": "Authorization", "value": "Bearer ${sg}"}]}}\n  ],\n  "metadata": {"version": 1, "scenario": {"roundtrips": 1, "maxErrors": 3}}\n}`;
    return { text, values: [C(hook, 'make-webhook-url'), C(mc, 'mailchimp-api-key'), C(sg, 'sendgrid-api-key')] };
  }],
  ['make-execution-error', (r) => {
    const pat = g.airtablePat(r);
    const p = h.person(r);
    const ib = h.iban(r);
    const hook = g.makeHook(r);
    const text = `Execution ${r.hex(32)} — Operation 4 (Airtable: Create a Record), trigger ${hook}\nDataError: Invalid value for field "Amount"\nHeaders: {"authorization":"Bearer ${pat}","content-type":"application/json"}\nBundle:\n  Supplier name: ${p.name}\n  Supplier e-mail: ${p.email}\n  IBAN: ${ib}\n  Remit address: ${p.address}\n  Amount: "1.250,00 €"`;
    return { text, values: [C(hook, 'make-webhook-url'), C(pat, 'airtable-pat'), P(p.name, 'full-name'), P(p.email, 'email'), F(ib, 'iban'), P(p.address, 'address')] };
  }],
  ['n8n-env', (r) => {
    const enc = r.b62(32);
    const db = g.anyPassword(r);
    const ba = g.wordPassword(r);
    const smtp = r.chars('abcdefghijklmnopqrstuvwxyz', 16);
    const text = `# n8n production\nN8N_HOST=automation.kestrelfreight.com\nN8N_PROTOCOL=https\nN8N_ENCRYPTION_KEY=${enc}\nDB_TYPE=postgresdb\nDB_POSTGRESDB_HOST=pg-n8n.internal\nDB_POSTGRESDB_USER=n8n\nDB_POSTGRESDB_PASSWORD='${db}'\nN8N_BASIC_AUTH_ACTIVE=true\nN8N_BASIC_AUTH_USER=ops\nN8N_BASIC_AUTH_PASSWORD="${ba}"\nN8N_SMTP_HOST=smtp.gmail.com\nN8N_SMTP_USER=alerts.kestrel@gmail.com\nN8N_SMTP_PASS=${smtp}\nEXECUTIONS_DATA_PRUNE=true`;
    return { text, values: [C(enc, 'n8n-encryption-key'), C(db, 'password'), C(ba, 'password'), C(smtp, 'google-app-password')] };
  }],
  ['n8n-credentials-export', (r) => {
    const xb = g.slackBot(r);
    const pw = g.spicyPassword(r);
    const gh = g.githubToken(r);
    const nt = g.notionToken(r);
    const text = `$ n8n export:credentials --all --decrypted --pretty\n[\n  {"id":"${r.b62(16)}","name":"Slack account","type":"slackApi","data":{"accessToken":"${xb}"}},\n  {"id":"${r.b62(16)}","name":"Postgres prod","type":"postgres","data":{"host":"db-1.prod.internal","database":"crm","user":"n8n_rw","password":"${pw}","port":5432,"ssl":"require"}},\n  {"id":"${r.b62(16)}","name":"GitHub bot","type":"githubApi","data":{"server":"https://api.github.com","user":"kestrel-bot","accessToken":"${gh}"}},\n  {"id":"${r.b62(16)}","name":"Notion HR wiki","type":"notionApi","data":{"apiKey":"${nt}"}}\n]`;
    return { text, values: [C(xb, 'slack-bot-token'), C(pw, 'password'), C(gh, 'github-pat'), C(nt, 'notion-token')] };
  }],
  ['n8n-execution-onboarding', (r) => {
    const p = h.person(r);
    const [nid, kind] = h.nationalId(r);
    const rt = h.aba(r);
    const acct = h.account(r);
    const adp = r.uuid().replace(/-/g, '') + r.hex(8);
    const text = `2025-${r.int(10, 12)}-${r.int(10, 28)}T08:${r.int(10, 59)}:11.482Z | error | Workflow "HR onboarding → ADP" (id ${r.int(10, 400)}) execution ${r.int(10000, 99999)} failed\nNodeApiError: Bad request - please check your parameters\nrequest: {"method":"POST","uri":"https://api.adp.com/hr/v2/workers","headers":{"authorization":"Bearer ${adp}"}}\n    at Object.httpRequest (/usr/local/lib/node_modules/n8n/node_modules/n8n-nodes-base/dist/nodes/HttpRequest/V3/HttpRequestV3.node.js:1571:27)\nItem 0: {"employee":{"legalName":"${p.name}","personalEmail":"${p.email}","dateOfBirth":"${p.dobIso}","taxId":"${nid}"},"directDeposit":{"routingNumber":"${rt}","accountNumber":"${acct}","type":"checking"}}`;
    return { text, values: [C(adp, 'adp-access-token'), P(p.name, 'full-name'), P(p.email, 'email'), P(p.dobIso, 'date-of-birth'), P(nid, kind), F(rt, 'aba-routing'), F(acct, 'bank-account')] };
  }],
  ['workato-job', (r) => {
    const at = g.sfAccess(r);
    const rt = g.sfRefresh(r);
    const p = h.person(r);
    const text = `Workato job ${r.int(1000000000, 9999999999)} · Recipe "SFDC contact → Zendesk user" · Step 3 failed\nInput:\n  connection: {"instance_url":"https://kestrel.my.salesforce.com","access_token":"${at}","refresh_token":"${rt}","token_type":"Bearer"}\nOutput (step 2):\n  Contact.Name: ${p.name}\n  Contact.Email: ${p.email}\n  Contact.MobilePhone: ${p.phone}\nError: INVALID_SESSION_ID: Session expired or invalid`;
    return { text, values: [C(at, 'salesforce-access-token'), C(rt, 'salesforce-refresh-token'), P(p.email, 'email'), P(p.phone, 'phone')] };
  }],
  ['workato-agent-config', (r) => {
    const db = g.anyPassword(r);
    const jt = g.atlassianToken(r);
    const key = r.b64(32);
    const text = `# Workato on-prem agent: conf/config.yml\nserver:\n  classpath: ext\ndatabase:\n  erp_mssql:\n    url: jdbc:sqlserver://erp-sql01:1433;databaseName=ERP\n    username: svc_workato\n    password: "${db}"\nhttp:\n  jira_dc:\n    base_url: https://jira.kestrelfreight.com\n    headers:\n      Authorization: Bearer ${jt}\nfiles:\n  share:\n    base: \\\\fs01\\exports\n  encryption_key: ${key}`;
    return { text, values: [C(db, 'password'), C(jt, 'atlassian-api-token'), C(key, 'encryption-key')] };
  }],
  ['mulesoft-config-yaml', (r) => {
    const db = g.anyPassword(r);
    const sftp = g.wordPassword(r);
    const cs = r.hex(32);
    const sfs = r.chars('0123456789ABCDEF', 64);
    const text = `# src/main/resources/config-prod.yaml (mule-app: sfdc-erp-sync)\nhttp:\n  port: "8081"\ndb:\n  host: "erp-db.prod.kestrel.net"\n  user: "mule_sync"\n  password: "${db}"\nsftp:\n  host: "sftp.paylink-partner.net"\n  username: "kestrel"\n  password: ${sftp}\nanypoint:\n  client_id: "${r.hex(32)}"\n  client_secret: "${cs}"\nsalesforce:\n  consumerKey: "3MVG9${r.b62(80)}"\n  consumerSecret: "${sfs}"`;
    return { text, values: [C(db, 'password'), C(sftp, 'password'), C(cs, 'anypoint-client-secret'), C(sfs, 'salesforce-consumer-secret')] };
  }],
  ['mulesoft-http-logger', (r) => {
    const user = r.pick(['svc_payments', 'mule-api', 'integration']);
    const pw = r.password(16);
    const basic = Buffer.from(`${user}:${pw}`).toString('base64');
    const p = h.person(r);
    const ib = h.iban(r, false);
    const cc = h.card(r);
    const text = `INFO  2025-11-${r.int(10, 28)} 10:${r.int(10, 59)}:02,${r.int(100, 999)} [[MuleRuntime].uber.${r.int(1, 40)}: [payments-papi].post:\\payments.BLOCKING @${r.hex(8)}] [processor: payments-flow/processors/0; event: ${r.uuid()}] org.mule.runtime.core.internal.processor.LoggerMessageProcessor: Incoming request\nheaders={authorization=Basic ${basic}, content-type=application/json, x-correlation-id=${r.uuid()}}\npayload={"payer":{"name":"${p.name}","iban":"${ib}"},"card":{"pan":"${cc}","exp":"0${r.int(1, 9)}/${r.int(26, 30)}"},"amount":${r.int(10, 900)}.00}`;
    return { text, values: [C(basic, 'basic-auth'), P(p.name, 'full-name'), F(ib, 'iban'), F(cc, 'card-number')] };
  }],
  ['boomi-process-log', (r) => {
    const acct = `kestrel-${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${r.digits(4)}`;
    const basic = Buffer.from(`BOOMI_TOKEN.integration@kestrelfreight.com:${r.uuid()}`).toString('base64');
    const p = h.person(r);
    const ni = h.nino(r);
    const text = `${g.isoTime(r)} INFO  [com.boomi.connector.http] Process "Workday Worker → Payroll" (account ${acct}) Connection: HTTP Client "AtomSphere API"\n  POST https://api.boomi.com/api/rest/v1/${acct}/ExecutionRequest\n  Authorization: Basic ${basic}\n${g.isoTime(r)} WARNING Document 3 of 12 failed validation: {"Worker_ID":"${r.int(10000, 99999)}","Name":"${p.name}","NI_Number":"${ni}","Home_Address":"${p.address}"}`;
    return { text, values: [C(basic, 'basic-auth'), P(p.name, 'full-name'), P(ni, 'uk-nino'), P(p.address, 'address')] };
  }],
  ['boomi-container-properties', (r) => {
    const proxy = g.wordPassword(r);
    const jdbc = r.urlPassword(20);
    const text = `#Boomi container.properties\n#${new Date(g.epoch(r) * 1000).toUTCString()}\ncom.boomi.container.name=prod-molecule-01\ncom.boomi.container.cloudlet.clusterConfig=UNICAST\ncom.boomi.container.proxyHost=proxy.kestrelfreight.com\ncom.boomi.container.proxyUser=svc_boomi\ncom.boomi.container.proxyPassword=${proxy}\ncom.boomi.container.extensions.db.url=jdbc\\:postgresql\\://pg-erp\\:5432/erp?user\\=boomi&password\\=${jdbc}\ncom.boomi.container.purgeDays=7`;
    return { text, values: [C(proxy, 'password'), C(jdbc, 'password')] };
  }],
  ['tray-workflow', (r) => {
    const tray = r.hex(64);
    const tw = r.hex(32);
    const sid = g.twilioSid(r);
    const p1 = h.phone(r);
    const p2 = h.phone(r);
    const text = `tray.io workflow "Shipment delay SMS" — step twilio-1 (Send SMS) failed\n{\n  "auth": {"account_sid": "${sid}", "auth_token": "${tw}"},\n  "input": {"to": "${p1}", "from": "+1 415 360 ${r.digits(4)}", "body": "Your parcel is delayed"},\n  "fallback_to": "${p2}",\n  "error": {"code": 21211, "message": "The 'To' number is not a valid phone number."}\n}\nTRAY_API_TOKEN=${tray}`;
    return { text, values: [C(tw, 'twilio-auth-token'), P(p1, 'phone'), P(p2, 'phone'), C(tray, 'tray-api-token')] };
  }],
  ['celigo-flow-error', (r) => {
    const cel = r.hex(32);
    const shp = g.shopifyToken(r);
    const p = h.person(r);
    const text = `"Flow","Step","Error code","Message","Retry data"\n"Shopify Orders to NetSuite","Import: Sales Order","401","Unauthorized","{""headers"":{""Authorization"":""Bearer ${cel}"",""X-Shopify-Access-Token"":""${shp}""},""order"":{""customer"":""${p.name}"",""email"":""${p.email}"",""shipping_address"":""${p.address}"",""phone"":""${p.phone}""}}"`;
    return { text, values: [C(cel, 'celigo-api-token'), C(shp, 'shopify-access-token'), P(p.email, 'email'), P(p.address, 'address'), P(p.phone, 'phone')] };
  }],
  ['pipedream-code-step', (r) => {
    const sk = g.stripeSecret(r);
    const hook = g.pipedreamHook(r);
    const p = h.person(r);
    const ip = h.publicIp(r);
    const text = `// Pipedream workflow p_${r.b62(7)} · step "charge_customer" (Node.js)\n// trigger: HTTP ${hook}\nimport Stripe from "stripe";\nconst stripe = new Stripe("${sk}");\nexport default defineComponent({\n  async run({ steps, $ }) {\n    // sample event: {"email":"${p.email}","client_ip":"${ip}","plan":"pro"}\n    return await stripe.customers.create({ email: steps.trigger.event.body.email });\n  },\n});`;
    return { text, values: [C(sk, 'stripe-secret-key'), C(hook, 'pipedream-webhook-url'), P(p.email, 'email'), P(ip, 'ipv4')] };
  }],
];
