import type { PosTemplate27 } from './blind-set-27-types';
import { adobeSignKey, appPassword, basic, dropboxToken, jwt, pem } from './blind-set-27-tokens';
import { bank, card, cardSpaced, iban, licence, passport, person, spaced } from './blind-set-27-values';

/** Blind set 27: e-signature, storage and forms (DocuSign, Adobe Sign, Dropbox Sign, Box, Dropbox, XFDF/FDF, iCalendar). */
export const DOCS27: PosTemplate27[] = [
  {
    source: 'docusign',
    name: 'docusign-jwt-grant',
    make: (r, b) => {
      const key = pem(r, 'RSA PRIVATE KEY', '\n', 8);
      const assertion = jwt(r, { iss: r.uuid(), sub: r.uuid(), aud: 'account-d.docusign.com', scope: 'signature impersonation' });
      return `2026-12-05 10:${r.int(10, 59)}:20 ERROR docusign_esign.client.api_exception: (400) Reason: Bad Request {"error":"consent_required"}
integration_key=${r.uuid()} user_id=${r.uuid()} oauth_host=account-d.docusign.com
assertion=${b.c('jwt', assertion)}
cached access_token=${b.c('jwt', jwt(r, { typ: 'MT', ver: 1, auth_type: 'JWT', scp: 'signature impersonation', sub: r.uuid() }))}
private key loaded from DOCUSIGN_PRIVATE_KEY:
${b.c('pem', key)}`;
    },
  },
  {
    source: 'docusign',
    name: 'docusign-connect-envelope',
    make: (r, b) => {
      const p = person(r, 'US');
      const [aba, acct] = bank(r, 'US');
      return `[docusign-connect] HMAC verification failed (X-DocuSign-Signature-1=${r.b64(32)}), key=${b.c('hmac-key', r.b64(32))}
[docusign-connect] envelopeId=${r.uuid()} status=completed template="W-4 + Direct Deposit"
[docusign-connect] formData: [{"name":"Employee Name","value":"${b.p('name', p.name)}"},{"name":"SSN","value":"${b.p(p.idKind, p.id)}"},{"name":"Routing Number","value":"${b.f(aba![0], aba![1])}"},{"name":"Account Number","value":"${b.f(acct![0], acct![1])}"},{"name":"Filing Status","value":"Single"}]
[docusign-connect] client_secret for reauth: ${b.c('client-secret', r.uuid())}
[docusign-connect] legacy header X-DocuSign-Authentication: {"Username":"hr-sender@acme.example","Password":"${b.c('password', r.password(16))}","IntegratorKey":"${r.uuid()}"}
[docusign-connect] oauth refresh_token=${b.c('refresh-token', `eyJ0eXAiOiJNVCIsImFsZyI6IlJTMjU2Iiwia2lkIjoi${r.b64url(300)}`)}`;
    },
  },
  {
    source: 'adobe-sign',
    name: 'adobe-sign-formdata-csv',
    make: (r, b) => {
      const rows = [0, 1].map(() => {
        const p = person(r, r.pick(['GB', 'IE'] as const));
        const bk = p.cc === 'GB' ? bank(r, 'GB') : [['iban', iban(r, 'IE')] as [string, string]];
        return `"2026-12-0${r.int(1, 4)}","${b.p('name', p.name)}","${b.p(p.idKind, p.id)}",${bk.map(([k, v]) => `"${b.f(k, v)}"`).join(',')}`;
      });
      return `WARN adobesign.export: agreement ${r.b64url(24)} formData contained unexpected columns; dumping
oauth: client_secret=${b.c('client-secret', r.b64url(24))} refresh_token=${b.c('refresh-token', `3AAABLblqZhA${r.b62(60)}*`)}
GET https://api.eu1.adobesign.com/api/rest/v6/agreements/${r.b64url(24)}/formData  Authorization: Bearer ${b.c('adobe-sign-key', adobeSignKey(r))}
"completed","Full Name","NI / PPS number","Sort code or IBAN","Account"
${rows.join('\n')}
webhook client secret (X-AdobeSign-ClientId check): ${b.c('client-secret', r.b62(32))}`;
    },
  },
  {
    source: 'dropbox-sign',
    name: 'dropbox-sign-callback',
    make: (r, b) => {
      const p = person(r, r.pick(['US', 'CA'] as const));
      const key = r.hex(64);
      return `POST /hooks/hellosign 500 - event_hash mismatch
api_key=${b.c('hellosign-key', key)} (used as Basic user: Authorization: Basic ${b.c('basic-auth', basic(key, ''))})
json={"event":{"event_type":"signature_request_all_signed","event_hash":"${r.hex(64)}"},"signature_request":{"signature_request_id":"${r.hex(40)}","title":"I-9 Employment Eligibility","custom_fields":[{"name":"alien_or_ssn","value":"${b.p(p.idKind, p.id)}"},{"name":"list_b_document","value":"Driver's license ${b.p('driver-licence', licence(r, p))}"}],"signatures":[{"signer_email_address":"${p.email}","signer_name":"${p.name}"}]}}
oauth client_secret=${b.c('client-secret', r.hex(64))}
Cookie: hellosign_session=${b.c('session-cookie', r.hex(40))}`;
    },
  },
  {
    source: 'box',
    name: 'box-jwt-app-config',
    make: (r, b) => {
      const key = pem(r, 'ENCRYPTED PRIVATE KEY', '\\n', 10);
      return `BoxAPIException: Could not authenticate the app: "invalid_grant - Please check the 'sub' claim"
  at BoxDeveloperEditionAPIConnection.authenticate (box-sdk 4.4.0)
  loaded config /secrets/box_config.json = {"boxAppSettings":{"clientID":"${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}","clientSecret":"${b.c('client-secret', r.b62(32))}","appAuth":{"publicKeyID":"${r.b62(8).toLowerCase()}","privateKey":"${b.c('pem~json', key)}\\n","passphrase":"${b.c('passphrase', r.hex(32))}"}},"enterpriseID":"${r.int(100000000, 999999999)}"}
  folder: /HR/Personnel Files/${r.int(10000, 99999)}`;
    },
  },
  {
    source: 'dropbox',
    name: 'dropbox-upload-payslips',
    make: (r, b) => {
      const p = person(r, r.pick(['GB', 'AU'] as const));
      const bk = bank(r, p.cc);
      return `dropbox.exceptions.AuthError: AuthError('${r.hex(32)}', AuthError('expired_access_token', None))
  files_upload(path='/Payroll/2026-11/${p.last.replace(/[^A-Za-z]/g, '')}_payslip.pdf')
  self._oauth2_access_token = '${b.c('dropbox-token', dropboxToken(r))}'
  self._oauth2_refresh_token = '${b.c('refresh-token', r.b62(64))}'
  self._app_secret = '${b.c('client-secret', r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 15))}'
  meta = {'employee': ${JSON.stringify(p.name)}, 'nino_or_tfn': '${b.p(p.idKind, p.id)}', ${bk.map(([k, v]) => `'${k}': '${b.f(k, v)}'`).join(', ')}}`;
    },
  },
  {
    source: 'pdf-forms',
    name: 'xfdf-benefits-enrolment',
    make: (r, b) => {
      const p = person(r, 'US');
      const dep = person(r, 'US');
      const c = card(r, 'visa');
      return `[benefits-forms] XFDF import failed: field "beneficiary_pct" must total 100
<?xml version="1.0" encoding="UTF-8"?><xfdf xmlns="http://ns.adobe.com/xfdf/"><fields>
<field name="employee_name"><value>${b.p('name', p.name)}</value></field>
<field name="employee_ssn"><value>${b.p(p.idKind, p.id)}</value></field>
<field name="dependent_name"><value>${dep.name}</value></field>
<field name="dependent_ssn"><value>${b.p(dep.idKind, dep.id)}</value></field>
<field name="hsa_funding_card"><value>${b.f('card', cardSpaced(c))}</value></field>
<field name="medical_note"><value>${b.p('medical', r.pick(['Type 1 diabetes, insulin pump', 'Pregnancy, due 2027-03', 'Ongoing oncology treatment', 'Bipolar II disorder, monthly psychiatry']))}</value></field>
</fields></xfdf>
[benefits-forms] carrier upload: sftp://acme_benefits:${b.c('password', r.urlPassword(16))}@edi.carrier.example/inbound (api key ${b.c('api-key', r.b62(32))})
[benefits-forms] portal cookie: benefits_session=${b.c('session-cookie', r.b64url(32))}
[benefits-forms] carrier OAuth token ${b.c('bearer', r.b64url(48))}`;
    },
  },
  {
    source: 'pdf-forms',
    name: 'fdf-new-hire-form',
    make: (r, b) => {
      const p = person(r, r.pick(['CA', 'IE', 'SG'] as const));
      const pp = passport(r, p.cc);
      return `+ qpdf --decrypt --password=${b.c('password', r.password(12))} new_hire_packet.pdf out.pdf
pdftk: FDF merge warning - unknown field "Sig1"; fdf follows
%FDF-1.2
1 0 obj<</FDF<</Fields[<</T(full_name)/V(${b.p('name', p.name)})>><</T(id_number)/V(${b.p(p.idKind, p.id)})>><</T(passport_no)/V(${b.p('passport', pp)})>><</T(payroll_iban)/V(${b.f('iban', spaced(iban(r, 'IE')))})>>]>>>>endobj
trailer<</Root 1 0 R>>
%%EOF
uploaded with token ${b.c('bearer', r.b64url(36))}
docs-api key ${b.c('api-key', r.b62(40))}
docs-api refresh ${b.c('refresh-token', r.b64url(48))}`;
    },
  },
  {
    source: 'calendar',
    name: 'ics-leave-invite',
    make: (r, b) => {
      const p = person(r, r.pick(['US', 'GB', 'NL'] as const));
      return `[calendar-bridge] using Google app password ${b.c('app-password', appPassword(r))} for leave-bot@acme.example
[calendar-bridge] failed to PUT invite to https://caldav.acme.example/hr-leave/ (403); ics follows
BEGIN:VCALENDAR
PRODID:-//Acme//LeaveBot//EN
BEGIN:VEVENT
UID:${r.uuid()}@leave.acme.example
DTSTART;VALUE=DATE:2027011${r.int(1, 9)}
SUMMARY:${p.first} OOO
DESCRIPTION:Approved medical leave for ${b.p('name', p.name)}: ${b.p('medical', r.pick(['knee reconstruction surgery', 'treatment for major depressive episode', 'IVF procedure and recovery', 'chemotherapy cycle 3']))}. Reach at ${p.first.toLowerCase()}'s mobile.
ORGANIZER;CN=Leave Bot:mailto:leave-bot@acme.example
X-ACME-CALDAV-AUTH:Basic ${b.c('basic-auth', Buffer.from(`leave-bot:${r.password(16)}`).toString('base64'))}
END:VEVENT
END:VCALENDAR
[calendar-bridge] leave webhook secret ${b.c('webhook-secret', r.hex(32))}`;
    },
  },
];
