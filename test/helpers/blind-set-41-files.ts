import * as g from './blind-set-41-gen';
import { C, F, P, type Tpl } from './blind-set-41-gen';
import * as h from './blind-set-41-people';

/** Set 41 positives: files, e-signature, forms and scheduling (Box, Dropbox, Egnyte, DocuSign, Adobe Sign, PandaDoc, Typeform, Jotform, Calendly). */
export const filesTpls: [string, Tpl][] = [
  ['box-jwt-config', (r) => {
    const cs = r.b62(32);
    const pass = r.hex(32);
    const pem = g.pemKey(r, 'ENCRYPTED PRIVATE KEY', '\\n');
    const text = `{\n  "boxAppSettings": {\n    "clientID": "${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}",\n    "clientSecret": "${cs}",\n    "appAuth": {\n      "publicKeyID": "${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 8)}",\n      "privateKey": "${pem}\\n",\n      "passphrase": "${pass}"\n    }\n  },\n  "enterpriseID": "${r.int(100000000, 999999999)}"\n}`;
    return { text, values: [C(cs, 'box-client-secret'), C(pem, 'pem-private-key-escaped'), C(pass, 'box-key-passphrase')] };
  }],
  ['box-developer-token', (r) => {
    const t = r.b62(32);
    const p = h.person(r);
    const text = `box.errors.BoxAPIException: Message: Access denied - insufficient permission\nStatus: 403\nCode: access_denied_insufficient_permissions\nRequest ID: ${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 13)}\nHeaders: {'Authorization': 'Bearer ${t}', 'As-User': '${r.int(10000000000, 39999999999)}'}\nURL: https://api.box.com/2.0/folders/${r.int(100000000000, 299999999999)}/items\nContext: collaborator ${p.name} <${p.email}> on folder "Payroll 2025"`;
    return { text, values: [C(t, 'box-access-token'), P(p.email, 'email')] };
  }],
  ['dropbox-refresh', (r) => {
    const key = r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 15);
    const sec = r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 15);
    const rt = g.dropboxRefresh(r);
    const old = g.dropboxShort(r);
    const text = `[dropbox-sync] ${g.isoTime(r)} AuthError('expired_access_token') using ${old}\n[dropbox-sync] refreshing: curl https://api.dropbox.com/oauth2/token -d grant_type=refresh_token -d refresh_token=${rt} -u ${key}:${sec}\n[dropbox-sync] 400 {"error": "invalid_grant", "error_description": "refresh token is invalid or revoked"}`;
    return { text, values: [C(old, 'dropbox-access-token'), C(rt, 'dropbox-refresh-token'), C(sec, 'dropbox-app-secret')] };
  }],
  ['egnyte-conf', (r) => {
    const tok = r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 24);
    const pw = g.wordPassword(r);
    const key = r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 24);
    const text = `# /etc/egnyte-bridge/egnyte.conf\n[egnyte]\ndomain = kestrelfreight.egnyte.com\nclient_id = ${key}\nusername = svc-bridge\npassword = ${pw}\naccess_token = ${tok}\nlocal_root = /mnt/share/finance`;
    return { text, values: [C(pw, 'password'), C(tok, 'egnyte-access-token')] };
  }],
  ['docusign-jwt', (r) => {
    const pem = g.pemKey(r, 'RSA PRIVATE KEY');
    const hmac = r.b64(32);
    const text = `# docusign/.env\nDS_CLIENT_ID=${r.uuid()}\nDS_IMPERSONATED_USER_ID=${r.uuid()}\nDS_AUTH_SERVER=account.docusign.com\nDS_CONNECT_HMAC_KEY=${hmac}\nDS_PRIVATE_KEY="${pem}\n"`;
    return { text, values: [C(hmac, 'docusign-connect-hmac-key'), C(pem, 'pem-private-key')] };
  }],
  ['docusign-connect-payload', (r) => {
    const p = h.person(r);
    const s = h.ssn(r);
    const rt = h.aba(r);
    const acct = h.account(r);
    const basic = Buffer.from(`docusign-connect:${g.anyPassword(r)}`).toString('base64');
    const text = `POST /connect/listener (Authorization: Basic ${basic})\n{"event":"envelope-completed","apiVersion":"v2.1","uri":"/restapi/v2.1/accounts/${r.uuid()}/envelopes/${r.uuid()}","configurationId":${r.int(10000000, 19999999)},"data":{"envelopeSummary":{"status":"completed","emailSubject":"Direct deposit authorization","recipients":{"signers":[{"name":"${p.name}","email":"${p.email}","tabs":{"textTabs":[{"tabLabel":"SSN","value":"${s}"},{"tabLabel":"RoutingNumber","value":"${rt}"},{"tabLabel":"AccountNumber","value":"${acct}"}],"dateTabs":[{"tabLabel":"DOB","value":"${p.dob}"}]}}]}}}}`;
    return { text, values: [C(basic, 'basic-auth'), P(p.name, 'full-name'), P(p.email, 'email'), P(s, 'us-ssn'), F(rt, 'aba-routing'), F(acct, 'bank-account'), P(p.dob, 'date-of-birth')] };
  }],
  ['adobe-sign-agreements', (r) => {
    const t = g.adobeSign(r);
    const a = h.person(r);
    const b = h.person(r);
    const text = `> POST /api/rest/v6/agreements HTTP/1.1\n> Host: api.eu2.adobesign.com\n> Authorization: Bearer ${t}\n> Content-Type: application/json\n>\n{"fileInfos":[{"transientDocumentId":"${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_*', 60)}"}],"name":"NDA – ${a.name}","participantSetsInfo":[{"memberInfos":[{"email":"${a.email}"}],"order":1,"role":"SIGNER"},{"memberInfos":[{"email":"${b.email}"}],"order":2,"role":"APPROVER"}],"signatureType":"ESIGN","state":"IN_PROCESS"}\n< HTTP/1.1 401 {"code":"INVALID_ACCESS_TOKEN","message":"Access token provided is invalid or has expired"}`;
    return { text, values: [C(t, 'adobe-sign-access-token'), P(a.email, 'email'), P(b.email, 'email')] };
  }],
  ['adobe-sign-oauth', (r) => {
    const cs = r.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-', 32);
    const rt = g.adobeSign(r);
    const text = `adobe_sign:\n  api_base: https://api.na1.adobesign.com\n  client_id: CBJCHBCAABAA${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 32)}\n  client_secret: ${cs}\n  refresh_token: "${rt}"\n  redirect_uri: https://pipes.kestrelfreight.com/oauth/adobe`;
    return { text, values: [C(cs, 'adobe-sign-client-secret'), C(rt, 'adobe-sign-refresh-token')] };
  }],
  ['pandadoc-create', (r) => {
    const k = r.hex(40);
    const p = h.person(r);
    const wk = r.b62(32);
    const text = `# PANDADOC_WEBHOOK_SHARED_KEY=${wk}\nrequests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://api.pandadoc.com/public/v1/documents\n  request.headers = {'Authorization': 'API-Key ${k}', 'Content-Type': 'application/json'}\n  request.body = {"name": "Lease renewal", "template_uuid": "${r.b62(22)}", "recipients": [{"email": "${p.email}", "first_name": "${p.first}", "last_name": "${p.last}", "role": "Tenant"}], "tokens": [{"name": "Tenant.Address", "value": "${p.address}"}, {"name": "Tenant.Phone", "value": "${p.phone}"}]}`;
    return { text, values: [C(wk, 'pandadoc-webhook-key'), C(k, 'pandadoc-api-key'), P(p.email, 'email'), P(p.address, 'address'), P(p.phone, 'phone')] };
  }],
  ['typeform-response-webhook', (r) => {
    const p = h.person(r);
    const sec = r.b64url(24);
    const text = `[typeform-webhook] secret=${sec} verify=ok\n{"event_id":"01J${r.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}","event_type":"form_response","form_response":{"form_id":"${r.b62(8)}","submitted_at":"${g.isoTime(r)}","answers":[{"type":"text","text":"${p.name}","field":{"ref":"full_name"}},{"type":"email","email":"${p.email}","field":{"ref":"email"}},{"type":"phone_number","phone_number":"${p.phone.replace(/[^+\d]/g, '')}","field":{"ref":"mobile"}}]}}`;
    return { text, values: [C(sec, 'webhook-secret'), P(p.name, 'full-name'), P(p.email, 'email'), P(p.phone.replace(/[^+\d]/g, ''), 'phone')] };
  }],
  ['typeform-pat', (r) => {
    const t = g.typeformToken(r);
    const text = `TYPEFORM_TOKEN: ${t}\n$ curl -H "Authorization: Bearer $TYPEFORM_TOKEN" https://api.typeform.com/forms/${r.b62(8)}/responses?page_size=1000 > responses.json\n  % Total    % Received % Xferd  Average Speed   Time\n100  212k  100  212k    0     0   391k      0 --:--:-- --:--:-- --:--:--  391k`;
    return { text, values: [C(t, 'typeform-pat')] };
  }],
  ['jotform-submissions', (r) => {
    const k = r.hex(32);
    const p = h.person(r);
    const cc = h.card(r);
    const text = `GET https://eu-api.jotform.com/form/${r.int(200000000000000, 259999999999999)}/submissions?apiKey=${k}&limit=20\n{"responseCode":200,"content":[{"id":"${r.int(5, 6)}${r.digits(18)}","answers":{"3":{"name":"fullName","answer":{"first":"${p.first}","last":"${p.last}"}},"4":{"name":"email","answer":"${p.email}"},"5":{"name":"address","prettyFormat":"${p.address}"},"8":{"name":"cardDetails","answer":"${cc}"}}}]}`;
    return { text, values: [C(k, 'jotform-api-key'), P(p.email, 'email'), P(p.address, 'address'), F(cc, 'card-number')] };
  }],
  ['calendly-invitee', (r) => {
    const pat = g.jwt(r, { kid: r.hex(64), typ: 'PAT', alg: 'ES256' }, { iss: 'https://auth.calendly.com', iat: g.epoch(r), jti: r.uuid(), user_uuid: r.uuid() }, 64);
    const p = h.person(r);
    const sms = h.phone(r);
    const text = `# calendly → hubspot relay\nCALENDLY_PAT=${pat}\n\n--- last webhook ---\n{"event":"invitee.created","payload":{"email":"${p.email}","name":"${p.name}","text_reminder_number":"${sms}","timezone":"Europe/London","scheduled_event":{"name":"Home survey","start_time":"${g.isoTime(r)}"}}}`;
    return { text, values: [C(pat, 'calendly-pat'), P(p.email, 'email'), P(sms, 'phone')] };
  }],
  ['calendly-signing-key', (r) => {
    const key = r.b64url(32);
    const cs = r.b64url(32);
    const text = `calendly:\n  oauth:\n    client_id: ${r.b64url(32)}\n    client_secret: ${cs}\n  webhook_signing_key: ${key}\n  organization: https://api.calendly.com/organizations/${r.uuid().toUpperCase()}`;
    return { text, values: [C(cs, 'calendly-client-secret'), C(key, 'calendly-webhook-signing-key')] };
  }],
  ['egnyte-upload-log', (r) => {
    const tok = r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 24);
    const p = h.person(r);
    const ip = h.publicIp(r);
    const text = `${ip} - - [${r.int(10, 28)}/Nov/2025:${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} +0000] "PUT /pubapi/v1/fs-content/Shared/HR/Offers/${p.last.replace(/'/g, '')}_offer.pdf?access_token=${tok} HTTP/1.1" 201 112 "-" "EgnyteDesktopApp/3.18"\n# uploader: ${p.email}`;
    return { text, values: [P(ip, 'ipv4'), C(tok, 'egnyte-access-token'), P(p.email, 'email')] };
  }],
  ['dropbox-sign-webhook', (r) => {
    const k = r.hex(64);
    const p = h.person(r);
    const text = `HELLOSIGN_API_KEY=${k}\n# Dropbox Sign callback received:\nevent_type=signature_request_signed signer_email_address=${p.email} signer_name="${p.name}" ip=${h.publicIp6(r)}`;
    const ip = text.match(/ip=(\S+)/)![1]!;
    return { text, values: [C(k, 'dropbox-sign-api-key'), P(p.email, 'email'), P(ip, 'ipv6')] };
  }],
];
