import * as K from './blind-set-46-cred';
import { addrEU, email, fullName, geo, iban, phoneEU, ts, type Tpl46 } from './blind-set-46-gen';

/** EV roaming: OCPI 2.2.1 credentials and modules, Hubject OICP, eMSP back offices. */
export const roamTemplates: Tpl46[] = [
  { name: 'ocpi-credentials-handshake', n: 13, make: (x) => {
    const r = x.r; const tokB = x.c('ocpi_token', K.ocpiToken(r)); const tokC = x.c('ocpi_token', r.pick([K.ocpiToken(r), r.uuid(), K.secret(r, 40)]));
    return `POST /ocpi/2.2.1/credentials HTTP/1.1\nHost: ocpi.${r.pick(['cpo-nordic', 'ionity', 'allego'])}.eu\nAuthorization: Token ${tokB}\nOCPI-from-country-code: ${r.pick(['DE', 'NL', 'NO'])}\nOCPI-from-party-id: ${r.pick(['ABC', 'EMP', 'XYZ'])}\nContent-Type: application/json\n\n{"token":"${tokC}","url":"https://emsp.${r.pick(['plugsurfing', 'shell-recharge', 'chargemap'])}.com/ocpi/versions","roles":[{"role":"EMSP","party_id":"${r.pick(['PLS', 'SRE', 'CMP'])}","country_code":"NL"}]}`;
  } },
  { name: 'ocpi-token-push-home-charger', n: 3, make: (x) => {
    const r = x.r; const [la, lo] = geo(r);
    return `PUT /ocpi/cpo/2.2.1/locations/DE/ABC/LOC${r.digits(5)}\nAuthorization: Token ${x.c('ocpi_token', K.ocpiToken(r))}\n{"id":"LOC${r.digits(5)}","publish":false,"name":"Private wallbox ${x.p('name', fullName(r))}","address":"${x.p('address', addrEU(r))}","coordinates":{"latitude":"${x.p('geo', la)}","longitude":"${x.p('geo', lo)}"},"parking_type":"ON_DRIVEWAY","last_updated":"${ts(r)}"}`;
  } },
  { name: 'hubject-oicp-spring-yaml', n: 12, make: (x) => {
    const r = x.r;
    return `hubject:\n  oicp:\n    base-url: https://service.hubject.com/api/oicp\n    operator-id: DE*${r.pick(['ABC', 'XYZ', 'EWE'])}\n    oauth:\n      client-id: ${r.uuid()}\n      client-secret: "${x.c('client_secret', K.auth0Secret(r))}"\n    tls:\n      key-store: classpath:hubject-prod.p12\n      key-store-password: ${x.c('password', r.password(16))}`;
  } },
  { name: 'hubject-client-key-pem', n: 11, make: (x) => {
    const r = x.r;
    return `# mounted at /etc/oicp/client.key (cpo-gateway-${r.int(1, 3)})\n${x.c('private_key', K.pem(r, r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY'])))}\n`;
  } },
  { name: 'emsp-contract-export', n: 4, make: (x) => {
    const r = x.r; const rows = ['emaid;vorname_nachname;email;telefon;iban;tarif'];
    for (let i = 0; i < r.int(2, 3); i++) { const nm = fullName(r); rows.push(`DE-${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}-C${r.digits(8)}-${r.int(0, 9)};${x.p('name', nm)};${x.p('email', email(r, nm))};${x.p('phone', phoneEU(r))};${x.f('iban', iban(r))};${r.pick(['Flex', 'Plus', 'Fleet'])}`); }
    return rows.join('\n');
  } },
  { name: 'ocpi-cdr-python-traceback', n: 12, make: (x) => {
    const r = x.r; const tok = x.c('ocpi_token', K.ocpiToken(r));
    return `Traceback (most recent call last):\n  File "/srv/emsp/ocpi/push.py", line ${r.int(40, 200)}, in push_cdr\n    resp = session.post(url, json=cdr, headers={"Authorization": "Token ${tok}"})\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='ocpi.${r.pick(['evbox', 'ionity'])}.net', port=443): Max retries exceeded with url: /ocpi/emsp/2.2.1/cdrs/${r.uuid()}`;
  } },
];
