import * as K from './blind-set-46-cred';
import { addr, addrUS, card, cbId, dob, email, first, fullName, geo, iban, ipv4, last, phone, phoneEU, phoneUS, ts, type Ctx46, type Tpl46 } from './blind-set-46-gen';

/** EV charging: OCPP 1.6 / 2.0.1, charge point management, RFID cards and driver apps. */
export const evTemplates: Tpl46[] = [
  { name: 'ocpp16-ws-upgrade-basic', n: 6, make: (x: Ctx46) => {
    const r = x.r; const id = cbId(r); const pw = r.urlPassword(r.int(16, 24));
    const b = x.c('basic_auth', K.basic(id, pw));
    return `${ts(r)} INFO  [ocpp-gw-${r.int(1, 4)}] WS upgrade GET /ocpp/1.6/${id} HTTP/1.1\n  Host: cpms.${r.pick(['voltra', 'chargeflux', 'ampnet'])}.io\n  Sec-WebSocket-Protocol: ocpp1.6\n  Authorization: Basic ${b}\n  X-Forwarded-For: ${x.p('ipv4', ipv4(r))}\n  User-Agent: ${r.pick(['ABB/TerraAC', 'Wallbox/Pulsar', 'KEBA/P30'])} fw ${r.int(1, 5)}.${r.int(0, 20)}.${r.int(0, 9)}\n${ts(r)} INFO  profile=1 accepted chargeBoxId=${id}`;
  } },
  { name: 'ocpp16-change-configuration-authkey', n: 13, make: (x) => {
    const r = x.r; const key = x.c('ocpp_authorization_key', r.pick([K.hexKey(r, 40), K.hexKey(r, 32), r.password(20)]));
    return `>> ${cbId(r)} [2,"${r.uuid()}","ChangeConfiguration",{"key":"AuthorizationKey","value":"${key}"}]\n<< [3,"${r.hex(8)}",{"status":"Accepted"}]`;
  } },
  { name: 'ocpp201-set-variables-basicauth', n: 13, make: (x) => {
    const r = x.r; const pw = x.c('password', r.password(r.int(18, 32)));
    const body = { setVariableData: [{ attributeType: 'Actual', attributeValue: pw, component: { name: 'SecurityCtrlr' }, variable: { name: 'BasicAuthPassword' } }, { attributeValue: '2', component: { name: 'SecurityCtrlr' }, variable: { name: 'SecurityProfile' } }] };
    return `[2,"${r.uuid()}","SetVariables",${JSON.stringify(body, null, r.next() < 0.5 ? 2 : 0)}]`;
  } },
  { name: 'cpms-authorize-driver-lookup', n: 4, make: (x) => {
    const r = x.r; const nm = x.p('name', fullName(r));
    return `${ts(r)} level=info svc=auth-resolver msg="Authorize resolved" idTag=${r.hex(8).toUpperCase()} contract=DE-${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 3)}-C${r.digits(8)}-${r.int(0, 9)} driver="${nm}" driver_email=${x.p('email', email(r, nm))} billing_iban=${x.f('iban', iban(r))} status=Accepted`;
  } },
  { name: 'ocpp201-sign-certificate-key-leak', n: 12, make: (x) => {
    const r = x.r; const key = x.c('private_key', K.pem(r, r.pick(['EC PRIVATE KEY', 'PRIVATE KEY']), '\\n'));
    return `DEBUG charger-fw csr-gen: generated keypair for V2G certificate\n{"messageTypeId":2,"action":"SignCertificate","debug":{"privateKeyPem":"${key}"},"payload":{"csr":"-----BEGIN CERTIFICATE REQUEST-----\\nMIIB...\\n-----END CERTIFICATE REQUEST-----","certificateType":"V2GCertificate"}}`;
  } },
  { name: 'cpms-dotenv', n: 13, make: (x) => {
    const r = x.r; const dbpw = x.c('password', r.urlPassword(20));
    return [`# cpms-core production`, `NODE_ENV=production`, `DATABASE_URL=postgres://cpms_app:${dbpw}@cpms-prod.${r.hex(12)}.eu-central-1.rds.amazonaws.com:5432/cpms`, `OCPP_WS_SHARED_SECRET=${x.c('secret', K.secret(r, 40))}`, `STRIPE_SECRET_KEY=${x.c('stripe_secret_key', K.stripeSk(r))}`, `STRIPE_WEBHOOK_SECRET=${x.c('stripe_webhook_secret', K.whsec(r))}`, `TWILIO_ACCOUNT_SID=${K.twilioSid(r)}`, `TWILIO_AUTH_TOKEN=${x.c('twilio_auth_token', K.twilioToken(r))}`, `LOG_LEVEL=info`].join('\n');
  } },
  { name: 'steve-application-properties', n: 12, make: (x) => {
    const r = x.r;
    return `# SteVe - main.properties\ncontext.path = steve\ndb.ip = 10.${r.int(0, 9)}.${r.int(0, 9)}.${r.int(2, 99)}\ndb.port = 3306\ndb.schema = stevedb\ndb.user = steve\ndb.password = ${x.c('password', r.password(18))}\nauth.user = admin\nauth.password = ${x.c('password', r.password(14))}\nwebapi.key = STEVE-API-KEY\nwebapi.value = ${x.c('api_key', K.secret(r, 36))}\nws.session.select.strategy = ALWAYS_LAST`;
  } },
  { name: 'driver-app-signup-debug', n: 4, make: (x) => {
    const r = x.r; const f = r.pick(['Anna', 'Joaquín', 'Greta', 'Marcus', 'Ayodele']); const l = r.pick(['Ruiz', 'Dahl', 'Okoye', 'Hartmann', 'Pryce']);
    const body = { user: { firstName: x.p('name', f), lastName: x.p('name', l), email: x.p('email', email(r, `${f} ${l}`)), mobile: x.p('phone', phone(r)), birthDate: x.p('dob', dob(r)), billingAddress: { line1: x.p('address', addrUS(r)) } }, payment: { pan: x.f('card', card(r)), exp: `${r.int(1, 12)}/${r.int(27, 31)}` }, password: x.c('password', r.password(14)) };
    return `D/ChargeApp.SignupRepo(${r.int(1000, 9999)}): --> POST https://api.${r.pick(['plugsurfing', 'chargeflux', 'evgo-app'])}.com/v3/users\nD/ChargeApp.SignupRepo: ${JSON.stringify(body)}\nD/ChargeApp.SignupRepo: <-- 201 Created (${r.int(80, 900)}ms)`;
  } },
  { name: 'rfid-card-order-csv', n: 3, make: (x) => {
    const r = x.r; const rows = ['order_id,card_uid,holder_name,ship_to,email,sepa_iban'];
    for (let i = 0; i < r.int(2, 3); i++) { const nm = x.p('name', fullName(r)); rows.push(`RF-${r.digits(6)},${r.hex(14).toUpperCase()},"${nm}","${x.p('address', addr(r))}",${x.p('email', email(r, nm))},${x.f('iban', iban(r))}`); }
    return rows.join('\n');
  } },
  { name: 'stripe-sdk-stack-config-dump', n: 6, make: (x) => {
    const r = x.r; const sk = x.c('stripe_secret_key', K.stripeSk(r));
    return `StripeAuthenticationError: Invalid API Key provided: sk_live_****${sk.slice(-4)}\n    at res.toJSON.then.StripeAPIError.message (/app/node_modules/stripe/cjs/RequestSender.js:105:31)\n    at ChargeSessionBilling.capture (/app/dist/billing/session.js:${r.int(40, 300)}:17)\nconfig snapshot: {"stripe":{"apiKey":"${sk}","account":"acct_${r.b62(16)}"},"session":{"customerEmail":"${x.p('email', email(r))}","clientIp":"${x.p('ipv4', ipv4(r))}"}}`;
  } },
  { name: 'charging-receipt-email', n: 3, make: (x) => {
    const r = x.r; const nm = x.p('name', fullName(r)); const em = x.p('email', email(r, nm));
    return `Return-Path: <bounces+${r.digits(7)}@em.${r.pick(['chargepoint', 'electrify-america', 'ionna'])}.com>\nFrom: Charging Receipts <receipts@${r.pick(['chargepoint', 'electrify-america', 'ionna'])}.com>\nTo: "${nm}" <${em}>\nSubject: Your charging receipt - session ${r.digits(9)}\n\nHi ${nm.split(' ')[0]}, thanks for charging with us.\nEnergy delivered: ${r.int(5, 70)}.${r.int(10, 99)} kWh\nCard: Visa ending ${r.digits(4)}\nBilling address: ${x.p('address', addrUS(r))}`;
  } },
  { name: 'fleet-charging-invoice', n: 8, make: (x) => {
    const r = x.r;
    return `RECHNUNG Nr. FL-${r.digits(7)}\nKunde: ${r.pick(['Müller Logistik GmbH', 'Stadtwerke Nord Fuhrpark', 'Kurierdienst Blitz KG'])}\nAnsprechpartner: ${x.p('name', fullName(r))}, Tel. ${x.p('phone', phoneEU(r))}\nUSt-IdNr.: ${x.f('vat_id', `DE${r.int(1, 9)}${r.digits(8)}`)}\nBitte überweisen Sie den Betrag auf\nIBAN: ${x.f('iban', iban(r, true))}\nBIC: ${r.pick(['COBADEFFXXX', 'DEUTDEDBXXX', 'GENODEM1GLS'])}\nLadevorgänge: ${r.int(20, 400)} · Energie: ${r.int(500, 9000)} kWh`;
  } },
  { name: 'ev-support-ticket', n: 4, make: (x) => {
    const r = x.r; const nm = x.p('name', fullName(r));
    return `Ticket #${r.digits(6)} [Home charger offline]\nFrom: ${nm} <${x.p('email', email(r, nm))}>\nHi, my wallbox at ${x.p('address', addr(r))} keeps dropping off wifi. You can call me on ${x.p('phone', phone(r))}. Also I was charged twice - the card was ${x.f('card', card(r, true))}. Please refund.\n-- Agent note: customer DOB ${x.p('dob', dob(r, 'us'))} verified.`;
  } },
  { name: 'installer-work-order', n: 4, make: (x) => {
    const r = x.r; const [la, lo] = geo(r);
    return `work_order:\n  id: WO-${r.digits(7)}\n  type: level2_install\n  homeowner: ${x.p('name', fullName(r))}\n  phone: "${x.p('phone', phoneUS(r))}"\n  site:\n    address: "${x.p('address', addrUS(r))}"\n    lat: ${x.p('geo', la)}\n    lon: ${x.p('geo', lo)}\n  charger:\n    model: ${r.pick(['JuiceBox 48', 'Grizzl-E Smart', 'Emporia Pro'])}\n    wifi_ssid: "${r.pick(['NETGEAR', 'Xfinity', 'ATT'])}-${r.hex(4).toUpperCase()}"\n    wifi_psk: "${x.c('wifi_password', r.password(14))}"\n  deposit:\n    card: "${x.f('card', card(r))}"`;
  } },
  { name: 'easee-login-response', n: 12, make: (x) => {
    const r = x.r; const ph = x.p('phone', phoneEU(r).replace(/ /g, ''));
    return `POST https://api.easee.com/api/accounts/login\n{"userName":"${ph}","password":"${x.c('password', r.password(13))}"}\n\nHTTP/1.1 200 OK\n{"accessToken":"${x.c('jwt', K.jwt(r, { AccountId: r.int(10000, 999999), Role: 'User' }))}","expiresIn":86400,"refreshToken":"${x.c('refresh_token', r.b64(24))}","tokenType":"Bearer"}`;
  } },
  { name: 'chargepoint-soap-wsse', n: 12, make: (x) => {
    const r = x.r;
    return `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:dictionary:com.chargepoint.webservices">\n <soapenv:Header>\n  <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">\n   <wsse:UsernameToken>\n    <wsse:Username>${r.hex(32)}${r.digits(12)}</wsse:Username>\n    <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${x.c('password', K.hexKey(r, 32))}</wsse:Password>\n   </wsse:UsernameToken>\n  </wsse:Security>\n </soapenv:Header>\n <soapenv:Body><urn:getStations><searchQuery><stationID>1:${r.digits(6)}</stationID></searchQuery></urn:getStations></soapenv:Body>\n</soapenv:Envelope>`;
  } },
  { name: 'ocpp-security-event-log', n: 6, make: (x) => {
    const r = x.r; const id = cbId(r);
    return `${ts(r)} WARN  SecurityEventNotification from ${id}: type=InvalidCentralSystemCertificate techInfo="tls handshake failed"\n${ts(r)} WARN  ${id} reconnect from ${x.p('ipv4', ipv4(r))}:${r.int(30000, 65000)} using fallback credentials user=${id} pass=${x.c('password', r.password(16))}\n${ts(r)} INFO  ${id} BootNotification chargePointVendor=${r.pick(['Alfen', 'EVBox', 'Wallbox'])} firmwareVersion=${r.int(1, 6)}.${r.int(0, 9)}.${r.int(0, 99)}`;
  } },
  { name: 'cpms-api-curl', n: 8, make: (x) => {
    const r = x.r; const vendor = r.pick([['ampeco', 'Bearer'], ['monta', 'Bearer'], ['driivz', 'X-Api-Key:'], ['virta', 'Bearer']] as const);
    const tok = x.c('api_token', vendor[0] === 'monta' ? K.jwt(r, { scope: 'charge-points:read' }) : `${r.digits(3)}|${K.secret(r, 40)}`);
    const auth = vendor[1] === 'Bearer' ? `Authorization: Bearer ${tok}` : `X-Api-Key: ${tok}`;
    return `$ curl -sS -H '${auth}' -H 'Accept: application/json' \\\n    'https://${vendor[0]}-partner-api.${r.pick(['eu', 'us'])}.${vendor[0]}.com/public-api/resources/sessions/v1.0?filter[userId]=${r.digits(6)}'\n{"data":[{"id":${r.digits(7)},"userEmail":"${x.p('email', email(r))}","energy":${r.int(1000, 60000)}}]}`;
  } },
  { name: 'driver-profile-sql', n: 4, make: (x) => {
    const r = x.r; const f = first(r); const l = last(r);
    x.p('name', f); x.p('name', l);
    return `INSERT INTO drivers (id, first_name, last_name, email, phone, rfid_uid, iban, created_at) VALUES (${r.digits(6)}, '${f.replace(/'/g, "''")}', '${l.replace(/'/g, "''")}', '${x.p('email', email(r, `${f} ${l}`))}', '${x.p('phone', phone(r))}', '${r.hex(8).toUpperCase()}', '${x.f('iban', iban(r))}', NOW());`;
  } },
];
