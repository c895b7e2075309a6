import * as K from './blind-set-46-cred';
import { aba, acct, addrUS, card, dob, ein, email, fullName, geo, ipv4, phone, phoneUS, ssn, ts, type Tpl46 } from './blind-set-46-gen';

/** Demand response, field service, utility ops infrastructure, crews and vendors. */
export const fieldTemplates: Tpl46[] = [
  { name: 'openadr-ven-config', n: 12, make: (x) => {
    const r = x.r;
    return `ven:\n  ven_name: ven-${r.hex(8)}\n  vtn_url: https://${r.pick(['drms', 'vtn'])}-user:${x.c('password', r.urlPassword(18))}@vtn.${r.pick(['autogrid', 'enersponse', 'olivine'])}.com/OpenADR2/Simple/2.0b\n  client_cert: /etc/openadr/ven.crt\n  client_key: |\n    ${x.c('private_key', K.pem(r, 'EC PRIVATE KEY', '\n    '))}`;
  } },
  { name: 'dr-enrollment-csv', n: 3, make: (x) => {
    const r = x.r; const rows = ['program,thermostat_serial,customer_name,email,rebate_routing,rebate_account'];
    for (let i = 0; i < r.int(2, 3); i++) { const nm = fullName(r); rows.push(`${r.pick(['RushHourRewards', 'PeakSaver', 'ConnectedSavings'])},${r.digits(12)},${x.p('name', nm)},${x.p('email', email(r, nm))},${x.f('aba_routing', aba(r))},${x.f('bank_account', acct(r))}`); }
    return rows.join('\n');
  } },
  { name: 'field-service-work-order', n: 3, make: (x) => {
    const r = x.r; const [la, lo] = geo(r);
    return `{"workOrder":"${r.pick(['SO', 'WO'])}${r.digits(9)}","type":"${r.pick(['METER_EXCHANGE', 'RECONNECT', 'GAS_LEAK_CHECK'])}","customer":{"name":"${x.p('name', fullName(r))}","phone":"${x.p('phone', phone(r))}","premise":"${x.p('address', addrUS(r))}","gps":"${x.p('geo', `${la},${lo}`)}"},"notes":"dog in yard; gate code on file","crew":"${r.pick(['E14', 'G07', 'M22'])}"}`;
  } },
  { name: 'tech-app-logcat', n: 5, make: (x) => {
    const r = x.r;
    return `${r.int(10, 12)}-${r.int(10, 28)} ${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)} ${r.int(1000, 30000)} ${r.int(1000, 30000)} D OkHttp  : Authorization: Bearer ${x.c('jwt', K.jwt(r, { upn: email(r), roles: ['FieldTech'], tid: r.uuid() }))}\n${r.int(10, 12)}-${r.int(10, 28)} 09:12:44.${r.digits(3)} D OkHttp  : {"technician":"${x.p('email', email(r))}","deviceIp":"${x.p('ipv4', ipv4(r))}"}`;
  } },
  { name: 'arcgis-token-url', n: 12, make: (x) => {
    const r = x.r;
    return `${ts(r)} WARN outage-map-proxy upstream slow (${r.int(2000, 9000)}ms): https://gis.${r.pick(['cityutil', 'nwpower'])}.com/arcgis/rest/services/Outages/MapServer/0/query?where=1%3D1&outFields=*&f=json&token=${x.c('arcgis_token', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 128))}.`;
  } },
  { name: 'pi-historian-connstring', n: 12, make: (x) => {
    const r = x.r;
    return `<connectionStrings>\n  <add name="PIHistorian" connectionString="Provider=PIOLEDB;Data Source=pi-${r.pick(['scada', 'ems'])}01;User ID=piuser;Password=${x.c('password', r.password(14))};" />\n  <add name="OMS" connectionString="Server=tcp:oms-${r.hex(6)}.database.windows.net,1433;Database=oms;User ID=omsadmin;Password=${x.c('password', K.phrase(r).replace(/;/g, '!'))};Encrypt=True;" />\n</connectionStrings>`;
  } },
  { name: 'outage-sms-twilio-webhook', n: 6, make: (x) => {
    const r = x.r; const from = `+1${r.pick(['503', '971', '360'])}${r.int(2, 9)}${r.digits(6)}`;
    return `POST /sms/outage-report\nX-Twilio-Signature: ${r.b64(20)}\n\nToCountry=US&MessageSid=SM${r.hex(32)}&From=%2B${from.slice(1)}&Body=OUT+at+${x.p('address', encodeURIComponent(addrUS(r)).replace(/%20/g, '+'))}&AccountSid=${K.twilioSid(r)}\n# validator using TWILIO_AUTH_TOKEN=${x.c('twilio_auth_token', K.twilioToken(r))} caller ${x.p('phone', from)}`;
  } },
  { name: 'crew-payroll-direct-deposit', n: 6, make: (x) => {
    const r = x.r;
    return `EMPLOYEE MASTER CHANGE (Workday)\nWorker: ${x.p('name', fullName(r))} (Lineworker II)\nSSN: ${x.p('ssn', ssn(r, r.next() < 0.5))}\nDate of Birth: ${x.p('dob', dob(r, 'us'))}\nHome: ${x.p('address', addrUS(r))}\nDirect deposit: ABA ${x.f('aba_routing', aba(r))} Acct ${x.f('bank_account', acct(r))} (checking, 100%)`;
  } },
  { name: 'contractor-vendor-invoice', n: 10, make: (x) => {
    const r = x.r;
    return `Vendor onboarding - ${r.pick(['Apex Tree Trimming LLC', 'Great Lakes Line Contractors', 'Summit Meter Services'])}\nTIN/EIN: ${x.f('ein', ein(r))}\nRemit-to: ${x.p('address', addrUS(r))}\nACH routing: ${x.f('aba_routing', aba(r))}  account: ${x.f('bank_account', acct(r))}\nAP contact: ${x.p('name', fullName(r))} ${x.p('phone', phoneUS(r))}\nCorporate card on file: ${x.f('card', card(r))}`;
  } },
  { name: 'ci-log-secrets-echo', n: 12, make: (x) => {
    const r = x.r;
    return `2026-${r.int(10, 11)}-${r.int(10, 28)}T${r.int(10, 23)}:04:11.${r.digits(7)}Z ##[group]Run ./deploy/mdm-etl.sh\n2026-11-04T10:04:11.2Z + export AWS_ACCESS_KEY_ID=${x.c('aws_access_key_id', K.awsId(r))}\n2026-11-04T10:04:11.2Z + export AWS_SECRET_ACCESS_KEY=${x.c('aws_secret_key', K.awsSecret(r))}\n2026-11-04T10:04:11.3Z + npm config set //registry.npmjs.org/:_authToken ${x.c('npm_token', K.npm(r))}\n2026-11-04T10:04:12.0Z + git clone https://x-access-token:${x.c('github_token', K.ghp(r))}@github.com/${r.pick(['gridco', 'nwpower'])}/mdm-etl.git`;
  } },
  { name: 'terraform-tfvars', n: 12, make: (x) => {
    const r = x.r;
    return `# prod.auto.tfvars\nresource_group      = "rg-ami-prod"\nsp_client_id        = "${r.uuid()}"\nsp_client_secret    = "${x.c('azure_client_secret', K.azureSecret(r))}"\nsql_admin_password  = "${x.c('password', r.password(20))}"\nstorage_conn        = "DefaultEndpointsProtocol=https;AccountName=amiraw${r.hex(6)};AccountKey=${x.c('azure_storage_key', K.azureAccountKey(r))};EndpointSuffix=core.windows.net"`;
  } },
  { name: 'k8s-secret-manifest', n: 12, make: (x) => {
    const r = x.r;
    return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: dr-dispatcher\n  namespace: grid-edge\ntype: Opaque\ndata:\n  SENDGRID_API_KEY: ${x.c('sendgrid_key_b64', Buffer.from(K.sendgrid(r)).toString('base64'))}\nstringData:\n  DATADOG_API_KEY: "${x.c('datadog_api_key', K.datadog(r))}"\n  SENTRY_DSN: "${x.c('sentry_dsn', K.sentryDsn(r))}"`;
  } },
  { name: 'incident-slack-post', n: 4, make: (x) => {
    const r = x.r; const hook = x.c('slack_webhook', K.slackHook(r));
    return `curl -X POST -H 'Content-type: application/json' --data '{"text":":rotating_light: Critical care customer ${x.p('name', fullName(r))} (${x.p('phone', phoneUS(r))}) at ${x.p('address', addrUS(r))} is in the scheduled shutoff area"}' ${hook}`;
  } },
  { name: 'ops-bot-tokens', n: 12, make: (x) => {
    const r = x.r;
    return `[bots.outage]\nslack_bot_token = "${x.c('slack_token', K.slackBot(r))}"\nteams_webhook = "${x.c('teams_webhook', K.teamsHook(r))}"\npagerduty_token = "${x.c('pagerduty_token', K.pagerduty(r))}"\ngitlab_token = "${x.c('gitlab_token', K.gitlab(r))}"`;
  } },
  { name: 'payment-gateway-keys', n: 12, make: (x) => {
    const r = x.r; const k = r.int(0, 3);
    const line = k === 0 ? `SQUARE_ACCESS_TOKEN=${x.c('square_token', K.square(r))}` : k === 1 ? `ADYEN_API_KEY="${x.c('adyen_key', K.adyen(r))}"` : k === 2 ? `PLAID_SECRET=${x.c('plaid_secret', K.plaidSecret(r))}\nPLAID_ACCESS_TOKEN=${x.c('plaid_access_token', K.plaidAccess(r))}` : `MAILGUN_API_KEY=${x.c('mailgun_key', K.mailgun(r))}`;
    return `# payments-svc (${r.pick(['kiosk', 'walk-in', 'web'])} bill pay)\n${line}\nOPENAI_API_KEY=${x.c('openai_key', K.openai(r))}\nMAPBOX_SECRET=${x.c('mapbox_secret', K.mapboxSk(r))}`;
  } },
  { name: 'okta-ssws-runbook', n: 6, make: (x) => {
    const r = x.r;
    return `Runbook: deprovision field tech\n1. curl -X POST -H "Authorization: SSWS ${x.c('okta_token', K.okta(r))}" https://${r.pick(['gridco', 'nwpower'])}.okta.com/api/v1/users/${x.p('email', email(r))}/lifecycle/deactivate\n2. Notify supervisor ${x.p('name', fullName(r))}`;
  } },
  { name: 'dr-event-customer-optout', n: 3, make: (x) => {
    const r = x.r;
    return `${ts(r)} dr-dispatch event=PEAK-${r.digits(5)} action=opt_out customer="${x.p('name', fullName(r))}" device=ecobee:${r.digits(12)} ip=${x.p('ipv4', ipv4(r))} reason="${r.pick(['too hot', 'newborn at home', 'medical equipment'])}" callback=${x.p('phone', phoneUS(r))}`;
  } },
];

