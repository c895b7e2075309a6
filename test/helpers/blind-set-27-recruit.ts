import type { PosTemplate27 } from './blind-set-27-types';
import { basic, jwt, smartToken, slackBot } from './blind-set-27-tokens';
import { licence, passport, person } from './blind-set-27-values';

/** Blind set 27: recruiting and screening (Greenhouse, Lever, Ashby, SmartRecruiters, Checkr, Sterling, Certn, HireRight, visas and relocation). */
export const RECRUIT27: PosTemplate27[] = [
  {
    source: 'greenhouse',
    name: 'greenhouse-harvest-basic',
    make: (r, b) => {
      const key = r.hex(32);
      const p = person(r, r.pick(['US', 'CA', 'GB'] as const));
      return `I, [2026-12-05T10:${r.int(10, 59)}:02.100 #${r.int(100, 9999)}]  INFO -- : Greenhouse.configure(api_key: "${b.c('greenhouse-key', key)}", on_behalf_of: ENV["GH_USER_ID"])
I, [2026-12-05T10:${r.int(10, 59)}:02.114 #${r.int(100, 9999)}]  INFO -- : GET https://harvest.greenhouse.io/v1/candidates/${r.int(10000000, 99999999)}
I, [2026-12-05T10:${r.int(10, 59)}:02.117 #${r.int(100, 9999)}]  INFO -- : request headers {"Authorization"=>"Basic ${b.c('basic-auth', basic(key, ''))}", "On-Behalf-Of"=>"${r.int(100000, 999999)}"}
E, [2026-12-05T10:${r.int(10, 59)}:02.390 #${r.int(100, 9999)}] ERROR -- : Greenhouse::Error 422 {"errors":[{"message":"email_addresses[0] is invalid","field":"email_addresses"}]} candidate={"first_name"=>"${p.first}", "last_name"=>"${p.last}", "phone_numbers"=>[{"value"=>"${b.p('phone', p.phone)}", "type"=>"mobile"}], "email_addresses"=>[{"value"=>"${b.p('email', p.email)}", "type"=>"personal"}]}
I, [2026-12-05T10:${r.int(10, 59)}:03.002 #${r.int(100, 9999)}]  INFO -- : ActiveRecord reconnect postgres://ats_sync:${b.c('password', r.urlPassword(18))}@ats-db.internal/ats`;
    },
  },
  {
    source: 'greenhouse',
    name: 'greenhouse-webhook-signature',
    make: (r, b) => {
      const p = person(r);
      return `[gh-webhook] HMAC mismatch for application_updated: expected sha256=${r.hex(64)} computed with secret_key=${b.c('webhook-secret', r.b62(32))}
[gh-webhook] raw body: {"action":"prospect_created","payload":{"application":{"candidate":{"first_name":"${p.first}","last_name":"${p.last}","email_addresses":[{"value":"${b.p('email', p.email)}"}]},"answers":[{"question":"Date of birth (for background check)","answer":"${b.p('dob', p.dob)}"}]}}}
[gh-webhook] notifying #recruiting-ops via ${b.c('slack-bot', slackBot(r))}
[gh-webhook] fetching full candidate with GH_HARVEST_KEY=${b.c('greenhouse-key', r.hex(32))}`;
    },
  },
  {
    source: 'lever',
    name: 'lever-python-httpx',
    make: (r, b) => {
      const key = r.b62(48);
      const p = person(r);
      return `httpx.HTTPStatusError: Client error '400 Bad Request' for url 'https://api.lever.co/v1/opportunities?perform_as=${r.uuid()}&email=${b.p('email~url', encodeURIComponent(p.email))}'
  self.client = <httpx.Client auth=BasicAuth(username='${b.c('lever-key', key)}', password='')>
  request.headers = Headers({'authorization': 'Basic ${b.c('basic-auth', basic(key, ''))}', 'content-type': 'application/json'})
  webhook_token = '${b.c('webhook-secret', r.b62(32))}'
  body = {'name': '${p.name}', 'emails': ['${b.p('email', p.email)}'], 'phones': [{'value': '${b.p('phone', p.phone)}'}], 'tags': ['referral']}`;
    },
  },
  {
    source: 'ashby',
    name: 'ashby-node-candidate',
    make: (r, b) => {
      const p = person(r, r.pick(['US', 'GB', 'DE', 'NL'] as const));
      const key = r.hex(64);
      return `[ashby-sync] candidate.create failed {"success":false,"errors":["duplicate_candidate"]}
[ashby-sync] env ASHBY_API_KEY=${b.c('api-key', key)}
[ashby-sync] fetch("https://api.ashbyhq.com/candidate.create", {"method":"POST","headers":{"Authorization":"Basic ${b.c('basic-auth', basic(key, ''))}","Accept":"application/json"},"body":"{\\"name\\":\\"${p.name}\\",\\"email\\":\\"${b.p('email', p.email)}\\",\\"phoneNumber\\":\\"${b.p('phone', p.phone)}\\",\\"linkedInUrl\\":\\"https://www.linkedin.com/in/${p.first.toLowerCase().replace(/[^a-z]/g, '')}-${r.hex(6)}\\"}"}
[ashby-sync] webhook secret token: ${b.c('webhook-secret', r.hex(40))}`;
    },
  },
  {
    source: 'smartrecruiters',
    name: 'smartrecruiters-java-feign',
    make: (r, b) => {
      const p = person(r, r.pick(['PL', 'ES', 'IT', 'FR'] as const));
      return `2026-12-05 12:${r.int(10, 59)}:40.551 ERROR 1 --- [sr-poller-2] c.a.r.SmartRecruitersClient : [SmartRecruitersApi#postCandidate] <--- HTTP/1.1 400 (212ms)
[SmartRecruitersApi#postCandidate] ---> POST https://api.smartrecruiters.com/jobs/${r.uuid()}/candidates HTTP/1.1
[SmartRecruitersApi#postCandidate] (sr.oauth.client-secret=${b.c('client-secret', r.b62(40))})
[SmartRecruitersApi#postCandidate] X-SmartToken: ${b.c('smartrecruiters-token', smartToken(r))}
[SmartRecruitersApi#postCandidate] {"firstName":"${p.first}","lastName":"${p.last}","email":"${b.p('email', p.email)}","location":{"city":"${p.city}"},"nationalId":"${b.p(p.idKind, p.id)}"}
[SmartRecruitersApi#postCandidate] Cookie: JSESSIONID=${b.c('session-cookie', r.hex(32).toUpperCase())}
[SmartRecruitersApi] webhook secret ${b.c('webhook-secret', r.hex(40))}`;
    },
  },
  {
    source: 'checkr',
    name: 'checkr-report-completed',
    make: (r, b) => {
      const p = person(r, 'US');
      const dl = licence(r, p);
      return `celery.worker ERROR Task screening.tasks.handle_checkr_webhook[${r.uuid()}] raised unexpected: KeyError('adjudication')
  checkr_api_key = '${b.c('checkr-key', r.hex(40))}'
  db_url = 'postgresql://screening:${b.c('password', r.urlPassword(18))}@screening-db.internal:5432/screening'
  event = {'type': 'report.completed', 'data': {'object': {'id': '${r.hex(24)}', 'status': 'consider', 'candidate': {'first_name': '${p.first}', 'last_name': '${p.last}', 'ssn': '${b.p(p.idKind, p.id)}', 'driver_license_number': '${b.p('driver-licence', dl)}', 'zipcode': '${p.postcode}'}, 'county_criminal_searches': [{'records': [{'charge': '${b.p('background-record', r.pick(['DUI - first offense, 2019, misdemeanor', 'Petty theft, 2016, misdemeanor, dismissed', 'Possession of controlled substance, 2018, felony, reduced']))}'}]}]}}}
  checkr_partner_client_secret = '${b.c('client-secret', r.hex(40))}'
  slack_alert_token = '${b.c('slack-bot', slackBot(r))}'`;
    },
  },
  {
    source: 'sterling',
    name: 'sterling-screening-soap',
    make: (r, b) => {
      const p = person(r, r.pick(['US', 'GB', 'CA'] as const));
      const pw = r.password(18);
      return `<!-- sterling-adapter: request rejected, dumping for support (results drop sftp://acme_results:${b.c('password', r.urlPassword(16))}@sftp.sterlingcheck.example) -->
<BackgroundCheck userId="acme_api" password="${b.c('password', pw)}" account="${r.int(100000, 999999)}">
  <BackgroundSearchPackage type="EMPLOYMENT"><PersonalData><PersonName><GivenName>${p.first}</GivenName><FamilyName>${p.last}</FamilyName></PersonName>
  <DemographicDetail><GovernmentId countryCode="${p.cc}" issuingAuthority="${p.idKind.toUpperCase()}">${b.p(p.idKind, p.id)}</GovernmentId><DateOfBirth>${b.p('dob', p.dob)}</DateOfBirth></DemographicDetail></PersonalData></BackgroundSearchPackage>
</BackgroundCheck>
<ErrorReport><ErrorCode>E117</ErrorCode><ErrorDescription>Consent form missing signature</ErrorDescription></ErrorReport>
<!-- oauth fallback client_secret=${b.c('client-secret', r.b62(40))} -->
<!-- sterling api key ${b.c('api-key', r.b62(36))} -->`;
    },
  },
  {
    source: 'certn',
    name: 'certn-application-invite',
    make: (r, b) => {
      const p = person(r, r.pick(['CA', 'AU', 'GB'] as const));
      return `ERROR certn.client invite_applicant failed status=400 body={"email":["Enter a valid email address."]}
  url=https://api.certn.co/hr/v1/applications/quick/ headers={'Authorization': 'Api-Key ${b.c('api-key', r.b62(40))}'}
  webhook_secret='${b.c('webhook-secret', r.hex(32))}'
  data={'owner_id': '${r.uuid()}', 'email': '${b.p('email', p.email)}', 'information': {'first_name': '${p.first}', 'last_name': '${p.last}', 'sin_ssn': '${b.p(p.idKind, p.id)}'}}
  alert sent to https://hooks.slack.com/services/T0${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 8)}/B0${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 9)}/${b.c('slack-webhook-token', r.b62(24))}`;
    },
  },
  {
    source: 'hireright',
    name: 'hireright-result-email',
    make: (r, b) => {
      const p = person(r, 'US');
      return `From: HireRight Notifications <noreply@hireright.com>
To: talent-ops@acme.example
Subject: Screening ${r.int(10000000, 99999999)} complete - ACTION REQUIRED
X-Forwarded-By: mail-ingest (smtp auth user=svc-mailbridge pass=${b.c('password', r.password(16))})

Candidate: ${b.p('name', p.name)}
SSN (last search): ${b.p(p.idKind, p.id)}
Result: NEEDS REVIEW - ${b.p('background-record', r.pick(['Federal criminal: wire fraud conviction 2017', 'Employment verification discrepancy: dates at prior employer do not match', 'Motor vehicle record: license suspended 2021-2022']))}
Portal login: https://ows01.hireright.com/login (account ACME-${r.int(1000, 9999)}, user talent-ops, password ${b.c('password', r.password(15))})
X-Alert-Webhook: https://hooks.slack.com/services/T0${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 8)}/B0${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 9)}/${b.c('slack-webhook-token', r.b62(24))}
X-HireRight-API-Key: ${b.c('api-key', r.b62(40))}`;
    },
  },
  {
    source: 'relocation',
    name: 'visa-relocation-case',
    make: (r, b) => {
      const p = person(r, r.pick(['IN', 'BR', 'MX', 'JP'] as const));
      const pp = passport(r, p.cc);
      return `2026-12-05T13:${r.int(10, 59)}:19Z relocation-svc [WARN] immigration vendor rejected case RLC-${r.int(10000, 99999)}
  vendor_api: https://api.fragomen-connect.example/v2/cases  token=${b.c('bearer', r.b64url(40))}
  vendor_client_secret=${b.c('client-secret', r.b62(40))} webhook_hmac=${b.c('hmac-key', r.b64(32))}
  applicant: ${b.p('name', p.name)}  passport=${b.p('passport', pp)}  passport_expiry=2031-0${r.int(1, 9)}-1${r.int(0, 9)}
  visa: H-1B  receipt=${b.p('visa-number', `EAC${r.int(2190000000, 2199999999)}`)}  ${p.idKind}=${b.p(p.idKind, p.id)}
  reason: "I-129 petition missing LCA number"
  slack notify via ${b.c('slack-bot', slackBot(r))}`;
    },
  },
  {
    source: 'recruiting-offer',
    name: 'offer-letter-qp-mail',
    make: (r, b) => {
      const p = person(r, r.pick(['DE', 'FR', 'ES', 'SE'] as const));
      const qp = (s: string) => Buffer.from(s, 'utf8').reduce((a, x) => a + (x > 126 || x === 61 ? '=' + x.toString(16).toUpperCase().padStart(2, '0') : String.fromCharCode(x)), '');
      const salary = `${r.int(55, 140)}.${r.int(0, 9)}00 EUR`;
      return `Received: from mail-out.acme.example (10.2.0.${r.int(2, 250)}) by mx.datadog-ingest.internal
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Subject: Your offer from Acme
X-Mailer-Auth: ${b.c('sendgrid-key', `SG.${r.b64url(16)}.${r.b64url(32)}`)}

Dear ${b.p('name~qp', qp(p.name))},
we are delighted to offer you the position at a gross annual salary of ${b.p('salary', salary)}.
Accept here: https://offers.acme.example/accept?token=${b.c('magic-link-token', r.b64url(32))}
Please confirm your home address (${b.p('address~qp', qp(p.address))}).
(portal session: ${b.c('jwt', jwt(r, { sub: r.uuid(), aud: 'offers.acme.example', exp: 1797000000 }, 'HS256'))})
X-Acme-Signing-Key: ${b.c('hmac-key', r.b64(32))}`;
    },
  },
];
