import { B62, UPPER } from './blind-set-9-rng';
import * as g from './blind-set-44-gen';
import type { Tpl } from './blind-set-44-gen';

/** Blind set 44, area `acc`: smart locks and access control, e-signature and remote online notary. */
export const ACC: Tpl[] = [
  ['seam-access-code', 8, (r, v) => {
    const n = g.fullName(r);
    return `curl -X POST https://connect.getseam.com/access_codes/create \\
  -H "Authorization: Bearer ${v.c('seam-key', g.seamKey(r))}" \\
  -H "Content-Type: application/json" \\
  -d '{"device_id":"${r.uuid()}","name":"${v.p('person-name', n)} - guest","code":"${v.c('access-code', String(r.int(1, 9)) + r.digits(5))}","starts_at":"${g.isoTs(r)}"}'`;
  }],
  ['smartrent-webhook', 8, (r, v) => {
    const n = g.fullName(r);
    return `# smartrent.yaml
webhooks:
  url: https://ops.${r.pick(['parkview', 'lumen-living'])}.com/hooks/smartrent
  secret: ${v.c('signing-secret', r.b64url(32))}
api:
  email: integrations@${r.pick(['parkview', 'lumen-living'])}.com
  password: '${v.c('password', g.hardPw(r))}'
# last event: {"event":"resident.moved_in","resident":{"name":"${v.p('person-name', n)}","email":"${v.p('email', g.emailFor(r, n))}","unit":"${r.int(100, 999)}"}}`;
  }],
  ['brivo-password-grant', 9, (r, v) => `POST https://auth.brivo.com/oauth/token?grant_type=password&username=${v.p('email', encodeURIComponent(g.email(r)))}&password=${v.c('password', encodeURIComponent(g.hardPw(r)))}
api-key: ${v.c('api-key', r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 24))}
Authorization: Basic ${v.c('basic-auth', g.basic(r.uuid(), r.b62(32)))}`],
  ['openpath-users', 6, (r, v) => {
    const n = g.fullName(r);
    return `GET https://api.openpath.com/orgs/${r.digits(5)}/users?limit=100
Authorization: ${v.c('jwt', g.jwt(r, { o: [r.int(1000, 99999)], type: 'user' }))}

{"data":[{"id":${r.digits(7)},"identity":{"firstName":"${n.split(' ')[0]}","lastName":"${n.split(' ').pop()}","email":"${v.p('email', g.emailFor(r, n))}","mobilePhone":"${v.p('phone', g.phone(r))}"},"status":"A","cards":[{"number":"${r.digits(5)}","facilityCode":${r.int(1, 255)}}]}]}`;
  }],
  ['august-logcat', 6, (r, v) => `${r.int(1, 12)}-${r.int(10, 28)} ${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)}  ${r.int(2000, 9000)}  ${r.int(2000, 9000)} D OkHttp  : x-august-access-token: ${v.c('jwt', g.jwt(r, { installId: r.uuid(), userId: r.uuid(), vPhone: true, phone: '+1' + r.digits(10) }, 'HS256'))}
${r.int(1, 12)}-${r.int(10, 28)} ${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)}  ${r.int(2000, 9000)}  ${r.int(2000, 9000)} D OkHttp  : {"phone":"${v.p('phone', '+1' + g.phone(r).replace(/\D/g, '').slice(-10))}","houseLocation":"${v.p('geo', g.geo(r))}"}`],
  ['tuya-lock-properties', 6, (r, v) => `tuya.access.id=${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 20)}
tuya.access.secret=${v.c('api-secret', r.hex(32))}
tuya.endpoint=https://openapi.tuyaus.com
# owner device registration
lock.owner=${v.p('email', g.email(r))}
lock.home.latlon=${v.p('geo', g.geo(r))}`],
  ['docusign-jwt-config', 8, (r, v) => `DS_CONFIG = {
    "ds_client_id": "${r.uuid()}",
    "ds_impersonated_user_id": "${r.uuid()}",
    "authorization_server": "https://account.docusign.com",
    "connect_hmac_key": "${v.c('hmac-key', r.b64(32))}",
}
DS_PRIVATE_KEY = """${v.c('private-key', g.pem(r, 'rsa'))}"""`],
  ['docusign-envelope-json', 6, (r, v) => {
    const n = g.fullName(r);
    return `{"emailSubject":"Please sign: Purchase Agreement ${g.streetLine(r)}","status":"sent","recipients":{"signers":[{"name":"${v.p('person-name', n)}","email":"${v.p('email', g.emailFor(r, n))}","recipientId":"1","accessCode":"${v.c('access-code', r.chars(UPPER, 3) + r.int(1000, 9999))}","phoneAuthentication":{"senderProvidedNumbers":["${v.p('phone', g.phone(r))}"]}}]}}`;
  }],
  ['adobe-sign-refresh', 8, (r, v) => `POST https://api.na${r.int(1, 4)}.adobesign.com/oauth/v2/refresh
Content-Type: application/x-www-form-urlencoded

refresh_token=${v.c('oauth-refresh-token', '3AAABL' + r.chars(B62 + '*-', 80))}&client_id=${r.chars(UPPER, 20)}&client_secret=${v.c('client-secret', r.chars(B62 + '-_', 32))}&grant_type=refresh_token`],
  ['dropbox-sign-curl', 6, (r, v) => {
    const n = g.fullName(r);
    return `curl -X POST 'https://api.hellosign.com/v3/signature_request/send' \\
  -u '${v.c('api-key', r.hex(64))}:' \\
  -F 'title=Residential Lease ${r.int(100, 999)}' \\
  -F 'signers[0][email_address]=${v.p('email', g.emailFor(r, n))}' \\
  -F 'signers[0][name]=${v.p('person-name', n)}' \\
  -F 'test_mode=0'`;
  }],
  ['pandadoc-header', 6, (r, v) => `[${g.isoTs(r)}] pandadoc.client DEBUG request headers={'Authorization': 'API-Key ${v.c('api-key', r.hex(40))}', 'Content-Type': 'application/json'} body={'recipients': [{'email': '${v.p('email', g.email(r))}', 'role': 'Tenant'}], 'tokens': [{'name': 'Tenant.SSN', 'value': '${v.p('ssn', g.ssn(r))}'}]}`],
  ['ron-verification-result', 3, (r, v) => {
    const n = g.fullName(r);
    const [st, dl] = g.driverLicence(r);
    const isDl = r.next() < 0.5;
    return JSON.stringify({ transaction: r.uuid(), platform: r.pick(['proof', 'notarycam', 'docverify']), signer: { name: v.p('person-name', n), dob: v.p('dob', g.dob(r, 0)), address: v.p('street-address', g.address(r)) },
      credentialAnalysis: { documentType: isDl ? 'drivers_license' : 'passport', issuingState: isDl ? st : 'USA', documentNumber: isDl ? v.p('driver-licence', dl) : v.p('passport', g.passport(r)), result: 'pass' }, kba: { questions: 5, correct: r.int(4, 5) }, session: { ip: v.p('ipv4', g.ipv4(r)) } }, null, 2);
  }],
  ['notary-journal-csv', 3, (r, v) => {
    const rows = [0, 1].map(() => { const n = g.fullName(r); return `${g.isoTs(r)},Acknowledgment,"${v.p('person-name', n)}","${v.p('street-address', g.address(r))}",Passport,${v.p('passport', g.passport(r))},${v.p('ipv6', g.ipv6(r))}`; });
    return `timestamp,act,signer,address,id_type,id_number,signer_ip\n${rows.join('\n')}`;
  }],
  ['proof-api-key-env', 9, (r, v) => `NOTARIZE_API_KEY=${v.c('api-key', r.b62(32))}
PROOF_WEBHOOK_SECRET=${v.c('signing-secret', r.hex(64))}
TWILIO_ACCOUNT_SID=${g.twilioSid(r)}
TWILIO_AUTH_TOKEN=${v.c('twilio-auth-token', r.hex(32))}
TWILIO_API_KEY=${g.twilioKey(r)}
TWILIO_API_SECRET=${v.c('twilio-api-secret', r.b62(32))}`],
  ['kisi-schlage-yaml', 9, (r, v) => `access_control:
  kisi:
    api_key: "KISI-LOGIN ${v.c('api-key', r.hex(32))}"
  schlage_engage:
    client_secret: ${v.c('client-secret', r.b64url(36))}
  datadog_api_key: ${v.c('datadog-key', g.datadog(r))}`],
];
