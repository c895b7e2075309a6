import * as K from './blind-set-46-cred';
import { aba, acct, addr, addrUS, email, first, fullName, geo, ipv4, last, phone, phoneUS, ssn, ts, type Tpl46 } from './blind-set-46-gen';

/** Smart meters, AMI/MDM and Green Button; solar and battery monitoring. */
export const meterTemplates: Tpl46[] = [
  { name: 'greenbutton-cmd-token', n: 13, make: (x) => {
    const r = x.r;
    return `POST /DataCustodian/oauth/token HTTP/1.1\nAuthorization: Basic ${x.c('basic_auth', K.basic(`third_party_${r.digits(4)}`, r.urlPassword(24)))}\ngrant_type=authorization_code&code=${r.b62(12)}\n\n{"access_token":"${x.c('access_token', r.uuid())}","token_type":"Bearer","expires_in":3600,"refresh_token":"${x.c('refresh_token', r.uuid())}","scope":"FB=4_5_15;IntervalDuration=3600;BlockDuration=monthly;HistoryLength=13","resourceURI":"https://api.${r.pick(['sdge', 'pge', 'coned'])}.com/DataCustodian/espi/1_1/resource/Batch/Subscription/${r.digits(6)}"}`;
  } },
  { name: 'greenbutton-retail-customer-xml', n: 3, make: (x) => {
    const r = x.r;
    return `<entry xmlns="http://www.w3.org/2005/Atom">\n  <content>\n    <cust:Customer xmlns:cust="http://naesb.org/espi/customer">\n      <cust:name>${x.p('name', fullName(r))}</cust:name>\n      <cust:electronicAddress><cust:email1>${x.p('email', email(r))}</cust:email1></cust:electronicAddress>\n      <cust:phone1><cust:localNumber>${x.p('phone', phoneUS(r))}</cust:localNumber></cust:phone1>\n      <cust:ServiceLocation><cust:mainAddress><cust:streetDetail><cust:addressGeneral>${x.p('address', addrUS(r))}</cust:addressGeneral></cust:streetDetail></cust:mainAddress></cust:ServiceLocation>\n    </cust:Customer>\n  </content>\n</entry>`;
  } },
  { name: 'mdm-interval-export', n: 3, make: (x) => {
    const r = x.r; const rows = ['meter_id,service_point,customer,service_address,read_ts,kwh'];
    for (let i = 0; i < r.int(2, 3); i++) rows.push(`${r.pick(['LG', 'IT', 'AC'])}${r.digits(9)},SP${r.digits(8)},"${x.p('name', `${last(r)}, ${first(r)}`)}","${x.p('address', addrUS(r))}",${ts(r)},${r.int(0, 4)}.${r.digits(3)}`);
    return rows.join('\n');
  } },
  { name: 'ami-headend-ini', n: 12, make: (x) => {
    const r = x.r;
    return `[headend]\nvendor = ${r.pick(['itron-openway', 'landisgyr-command-center', 'sensus-flexnet'])}\nendpoint = https://ami-he.${r.pick(['corp', 'ot'])}.local:8443/api\nusername = mdm_integration\npassword = "${x.c('password', K.phrase(r))}"\n\n[sftp_drop]\nhost = sftp.${r.pick(['itron', 'lgcloud'])}.com\nuser = util${r.digits(4)}\nprivate_key = ${x.c('private_key', K.pem(r, 'RSA PRIVATE KEY', '\\n'))}`;
  } },
  { name: 'enphase-api-v4', n: 12, make: (x) => {
    const r = x.r;
    return `GET https://api.enphaseenergy.com/api/v4/systems/${r.digits(7)}/summary?key=${x.c('api_key', K.enphaseKey(r))}\nAuthorization: Bearer ${x.c('jwt', K.jwt(r, { aud: ['enphase-api'], user_name: email(r), client_id: r.hex(32) }))}\n\n{"system_id":${r.digits(7)},"owner":"${x.p('name', fullName(r))}","current_power":${r.int(0, 9000)},"status":"normal"}`;
  } },
  { name: 'enphase-envoy-local-token', n: 12, make: (x) => {
    const r = x.r;
    return `# enphase_envoy/__init__.py debug\n${ts(r)} DEBUG (MainThread) [pyenphase.envoy] Requesting https://envoy.local/ivp/meters/readings with token ${x.c('jwt', K.jwt(r, { aud: `1220${r.digits(8)}`, iss: 'Entrez', enphaseUser: 'owner', username: email(r) }, 'ES256'))}\n${ts(r)} DEBUG [pyenphase.auth] enlighten login ok for ${x.p('email', email(r))} password=${x.c('password', r.password(12))}`;
  } },
  { name: 'solaredge-monitoring-url', n: 6, make: (x) => {
    const r = x.r; const key = x.c('api_key', K.solarEdgeKey(r));
    return `${ts(r)} http-client GET https://monitoringapi.solaredge.com/site/${r.digits(7)}/details?api_key=${key}&format=json -> 200\n{"details":{"name":"${x.p('name', fullName(r))} residence","location":{"address":"${x.p('address', addrUS(r))}","country":"United States"},"peakPower":${r.int(4, 14)}.${r.int(0, 9)},"primaryModule":{"manufacturerName":"REC"}}}`;
  } },
  { name: 'tesla-fleet-energy-site', n: 4, make: (x) => {
    const r = x.r; const [la, lo] = geo(r);
    return `curl -H "Authorization: Bearer ${x.c('jwt', K.jwt(r, { iss: 'https://auth.tesla.com/oauth2/v3/nts', scp: ['energy_device_data', 'offline_access'], ou_code: 'NA' }))}" https://fleet-api.prd.na.vn.cloud.tesla.com/api/1/energy_sites/${r.digits(13)}/site_info\n{"response":{"site_name":"${x.p('name', first(r))}'s Powerwall","installation_time_zone":"America/Los_Angeles","location":{"latitude":${x.p('geo', la)},"longitude":${x.p('geo', lo)}},"owner_email":"${x.p('email', email(r))}"}}`;
  } },
  { name: 'tesla-refresh-token-env', n: 12, make: (x) => {
    const r = x.r;
    return `# teslamate / tesla-powerwall exporter\nTESLA_EMAIL=${x.p('email', email(r))}\nTESLA_REFRESH_TOKEN=${x.c('refresh_token', r.next() < 0.5 ? K.teslaRefresh(r) : K.jwt(r, { iss: 'https://auth.tesla.com/oauth2/v3', scp: ['openid', 'offline_access'] }))}\nTESLA_CLIENT_SECRET=${x.c('client_secret', `ta-secret.${r.b62(16)}`)}\nENCRYPTION_KEY=${x.c('secret', K.secret(r, 32))}`;
  } },
  { name: 'powerwall-gateway-login', n: 12, make: (x) => {
    const r = x.r;
    return `POST https://192.168.${r.int(0, 9)}.${r.int(2, 250)}/api/login/Basic\n{"username":"customer","email":"${x.p('email', email(r))}","password":"${x.c('password', r.password(r.int(10, 18)))}","force_sm_off":false}\n-> {"email":"...","firstname":"Tesla","lastname":"Energy","roles":["Home_Owner"],"token":"${x.c('session_token', r.b64(64))}"}`;
  } },
  { name: 'sma-fronius-python', n: 12, make: (x) => {
    const r = x.r;
    return `# pv_poll.py\nSUNNY_PORTAL_USER = "${x.p('email', email(r))}"\nSUNNY_PORTAL_PASSWORD = "${x.c('password', r.password(15))}"\nFRONIUS_SOLARWEB_ACCESS_KEY_ID = "FKIA${r.chars('0123456789ABCDEF', 32)}"\nFRONIUS_SOLARWEB_ACCESS_KEY_VALUE = "${x.c('api_secret', r.uuid())}"\nINFLUX_URL = "https://influx.home-${last(r).toLowerCase().replace(/[^a-z]/g, '')}.duckdns.org:8086"`;
  } },
  { name: 'solar-installer-crm-lead', n: 5, make: (x) => {
    const r = x.r; const nm = fullName(r);
    return `{"lead_id":"L-${r.digits(8)}","homeowner":{"name":${JSON.stringify(x.p('name', nm))},"phone":"${x.p('phone', phone(r))}","email":"${x.p('email', email(r, nm))}","address":"${x.p('address', addr(r))}"},"financing":{"lender":"${r.pick(['GoodLeap', 'Mosaic', 'Sunlight Financial'])}","ssn":"${x.p('ssn', ssn(r))}","ach":{"routing":"${x.f('aba_routing', aba(r))}","account":"${x.f('bank_account', acct(r))}"}}}`;
  } },
  { name: 'mdm-psycopg-traceback', n: 12, make: (x) => {
    const r = x.r; const pw = x.c('password', r.urlPassword(16));
    return `psycopg2.OperationalError: connection to server at "mdm-ts.${r.pick(['prod', 'prd'])}.internal" (10.20.${r.int(0, 9)}.${r.int(2, 200)}), port 5432 failed: FATAL:  password authentication failed for user "vee_loader"\n\nDuring handling of the above exception, engine url was postgresql+psycopg2://vee_loader:${pw}@mdm-ts.prod.internal:5432/meterdata`;
  } },
  { name: 'ami-kafka-jaas', n: 12, make: (x) => {
    const r = x.r;
    return `bootstrap.servers=pkc-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.us-west-2.aws.confluent.cloud:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}" password="${x.c('password', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64))}";\ntopic.meter.reads=ami.interval.v2`;
  } },
  { name: 'ppa-contract-ach', n: 6, make: (x) => {
    const r = x.r;
    return `Solar PPA Agreement #${r.digits(8)} - Customer: ${x.p('name', fullName(r))}\nSite: ${x.p('address', addrUS(r))}\nAutomatic monthly payment from checking account ${x.f('bank_account', acct(r))}, routing number ${x.f('aba_routing', aba(r))}.\nCustomer mobile: ${x.p('phone', phoneUS(r))}; customer IP at signing: ${x.p('ipv4', ipv4(r))}`;
  } },
];
