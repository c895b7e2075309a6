import type { Tpl43 } from './blind-set-43-gen';

const DISTRICTS = ['lakeview', 'rivercounty', 'northside-isd', 'bearcreek', 'elmwoodusd', 'pinehill'];

/** Student information systems, LMS and rostering. */
export const EDU43: Tpl43[] = [
  {
    id: 'sis/powerschool-plugin-env',
    make: (c) => `# PowerSchool plugin "gradebook-sync" — ${c.pick(DISTRICTS)}.powerschool.com
PS_BASE_URL=https://${c.pick(DISTRICTS)}.powerschool.com
PS_CLIENT_ID=${c.r.uuid()}
PS_CLIENT_SECRET=${c.uuidSecret('powerschool_client_secret')}
PS_DB_READONLY_URL=oracle://PSNAVIGATOR:${c.urlPw()}@ps-db.${c.pick(DISTRICTS)}.k12.local:1521/PSPRODDB
SYNC_ALERT_WEBHOOK=${c.slackWebhook()}`,
  },
  {
    id: 'sis/powerschool-token-response',
    make: (c) => `POST /oauth/access_token HTTP/1.1
Host: ${c.pick(DISTRICTS)}.powerschool.com
Authorization: Basic ${c.cred('basic_auth', Buffer.from(`${c.r.uuid()}:${c.r.uuid()}`).toString('base64'))}
Content-Type: application/x-www-form-urlencoded;charset=UTF-8

grant_type=client_credentials

HTTP/1.1 200 OK
{"access_token":"${c.uuidSecret('powerschool_access_token')}","token_type":"Bearer","expires_in":"${c.r.int(3000, 9999)}"}`,
  },
  {
    id: 'sis/powerschool-student-json',
    make: (c) => {
      const nm = c.fullName();
      const [city, st, zip] = c.city();
      return `{"student":{"id":${c.r.int(10000, 99999)},"local_id":"${c.r.digits(7)}","name":{"first_name":"${c.pii('person_name', nm.split(' ')[0]!)}","last_name":"${c.pii('person_name', nm.split(' ').slice(1).join(' '))}"},"demographics":{"birth_date":"${c.dob(0)}","gender":"${c.pick(['F', 'M', 'X'])}"},"addresses":{"physical":{"street":"${c.streetOnly()}","city":"${city}","state_province":"${st}","postal_code":"${zip}"}},"phones":{"main":{"number":"${c.phone(1)}"}},"contact_info":{"email":"${c.email(nm)}"},"state_student_number":"${c.r.digits(10)}"}}`;
    },
  },
  {
    id: 'sis/infinite-campus-oneroster-yaml',
    make: (c) => `# campus-sync.yml
infinitecampus:
  app_url: https://${c.pick(DISTRICTS)}.infinitecampus.org/campus
  oneroster:
    client_key: "${c.r.b62(24)}"
    client_secret: "${c.b62('oneroster_client_secret', 32)}"
  sftp:
    host: sftp.${c.pick(DISTRICTS)}.k12.ia.us
    username: ic_export
    password: '${c.oddPw()}'
notify:
  teams: ${c.teamsWebhook(c.pick(DISTRICTS))}`,
  },
  {
    id: 'sis/skyward-family-access-log',
    make: (c) => `${c.r.int(2026, 2027)}-0${c.r.int(1, 9)}-1${c.r.int(0, 9)} 07:4${c.r.int(0, 9)}:0${c.r.int(0, 9)} WARN  [FamilyAccess] login failed user=${c.email()} src_ip=${c.ip()} reason=bad_password attempted="${c.pw()}" ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"`,
  },
  {
    id: 'sis/enrollment-csv',
    make: (c) => {
      const rows = [];
      for (let i = 0; i < 2; i++) {
        const n = c.fullName();
        rows.push(`${c.r.digits(6)},"${c.pii('person_name', n)}",${c.dob(1)},"${c.address()}",${c.phone(0).replace(/,/g, '')},${c.email(n)},${c.pick(['K', '3', '7', '10', '12'])}`);
      }
      return `student_id,student_name,dob,home_address,guardian_phone,guardian_email,grade\n${rows.join('\n')}`;
    },
  },
  {
    id: 'sis/guardian-portal-ticket',
    make: (c) => {
      const n = c.fullName();
      return `Zendesk #${c.r.int(40000, 99999)} — Parent portal access
From: ${c.pii('person_name', n)} <${c.email(n)}>
Hi, I can't get into the parent portal for my son (DOB ${c.dob(1)}). My login is my email and I reset it to ${c.oddPw()} yesterday but it still says invalid. Best number to call is ${c.phone()}. Thanks!`;
    },
  },
  {
    id: 'lms/canvas-api-curl',
    make: (c) => `$ curl -s -H "Authorization: Bearer ${c.cred('canvas_access_token', `${c.r.int(1, 21972)}~${c.r.b62(64)}`)}" \\
    "https://${c.pick(DISTRICTS)}.instructure.com/api/v1/courses/${c.r.int(1000, 99999)}/enrollments?type[]=StudentEnrollment&per_page=100"`,
  },
  {
    id: 'lms/canvas-developer-key-json',
    make: (c) => `{"developer_key":{"id":"${c.r.int(10, 99)}000000000${c.r.digits(4)}","name":"Turnitin LTI 1.3","api_key":"${c.b62('canvas_developer_key_secret', 64)}","redirect_uris":"https://lti.turnitin.com/launch","public_jwk_url":"https://lti.turnitin.com/.well-known/jwks.json"},"admin_token":"${c.cred('canvas_access_token', `${c.r.int(1, 9999)}~${c.r.b62(64)}`)}"}`,
  },
  {
    id: 'lms/canvas-python-traceback',
    make: (c) => `Traceback (most recent call last):
  File "/opt/roster/sync_canvas.py", line 88, in <module>
    canvas = Canvas("https://canvas.${c.pick(DISTRICTS)}.edu", "${c.cred('canvas_access_token', `${c.r.int(1, 21972)}~${c.r.b62(64)}`)}")
  File "/usr/lib/python3.11/site-packages/canvasapi/canvas.py", line 59, in __init__
canvasapi.exceptions.InvalidAccessToken: [{'message': 'Invalid access token.'}]
  while enrolling user '${c.name()}' <${c.email()}>`,
  },
  {
    id: 'lms/moodle-config-php',
    make: (c) => `<?php  // Moodle configuration file
unset($CFG);
global $CFG;
$CFG = new stdClass();
$CFG->dbtype    = 'pgsql';
$CFG->dbhost    = 'moodle-db.${c.pick(DISTRICTS)}.internal';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodleuser';
$CFG->dbpass    = '${c.pw()}';
$CFG->prefix    = 'mdl_';
$CFG->wwwroot   = 'https://moodle.${c.pick(DISTRICTS)}.edu';
$CFG->passwordsaltmain = '${c.cred('moodle_password_salt', c.r.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#&*-_=+', 32))}';
$CFG->smtppass = '${c.pw(14)}';`,
  },
  {
    id: 'lms/moodle-wstoken-url',
    make: (c) => `[${c.r.int(10, 28)}/Mar/2027:0${c.r.int(0, 9)}:12:44 +0000] "GET /webservice/rest/server.php?wstoken=${c.cred('moodle_wstoken', c.r.hex(32))}&wsfunction=core_user_get_users_by_field&moodlewsrestformat=json&field=email&values[0]=${c.pii('email', encodeURIComponent(c.rawEmail()))} HTTP/1.1" 200 1844 client=${c.ip()}`,
  },
  {
    id: 'lms/blackboard-learn-properties',
    make: (c) => `# bb-rest.properties — Blackboard Learn REST integration
bb.learn.host=https://learn.${c.pick(DISTRICTS)}.edu
bb.rest.application.id=${c.r.uuid()}
bb.rest.application.key=${c.r.uuid()}
bb.rest.application.secret=${c.b62('blackboard_app_secret', 32)}
bb.db.jdbc=jdbc:oracle:thin:BBLEARN/${c.urlPw()}@bbdb01:1521/BBLEARN`,
  },
  {
    id: 'lms/blackboard-token-log',
    make: (c) => `2027-02-0${c.r.int(1, 9)}T14:02:${c.r.int(10, 59)}.118Z DEBUG bb-rest-client POST /learn/api/public/v1/oauth2/token -> 200 {"access_token":"${c.b62('blackboard_access_token', 32)}","token_type":"bearer","expires_in":3599}`,
  },
  {
    id: 'lms/google-classroom-service-account',
    make: (c) => `{
  "type": "service_account",
  "project_id": "classroom-roster-${c.r.int(100000, 999999)}",
  "private_key_id": "${c.r.hex(40)}",
  "private_key": "${c.pem('pkcs8', true)}",
  "client_email": "roster-sync@classroom-roster-${c.r.int(100000, 999999)}.iam.gserviceaccount.com",
  "client_id": "1${c.r.digits(20)}",
  "token_uri": "https://oauth2.googleapis.com/token"
}`,
  },
  {
    id: 'lms/google-classroom-oauth-dotenv',
    make: (c) => `GOOGLE_CLIENT_ID=${c.r.digits(12)}-${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=${c.googleSecret()}
# teacher ${c.name()} authorised on ${c.r.int(1, 28)}/0${c.r.int(1, 9)}
GOOGLE_REFRESH_TOKEN=${c.googleRefresh()}`,
  },
  {
    id: 'lms/google-classroom-http',
    make: (c) => `GET /v1/courses/${c.r.digits(12)}/students?pageSize=50 HTTP/2
host: classroom.googleapis.com
authorization: Bearer ${c.googleAccess()}
x-goog-user-project: classroom-roster
user-agent: google-api-nodejs-client/9.2.0`,
  },
  {
    id: 'lms/schoology-oauth-ini',
    make: (c) => `[schoology]
domain = ${c.pick(DISTRICTS)}.schoology.com
consumer_key = ${c.r.hex(41)}
consumer_secret = ${c.hex('schoology_consumer_secret', 32)}
admin_email = ${c.email()}`,
  },
  {
    id: 'roster/clever-district-token',
    make: (c) => `clever-sync | ${new Date(1790000000000 + c.r.int(0, 9e9)).toISOString()} | info | using district token for district_id=${c.r.hex(24)}
GET https://api.clever.com/v3.0/users?role=student&limit=1000
Authorization: Bearer ${c.hex('clever_district_token', 40)}`,
  },
  {
    id: 'roster/clever-app-secrets-toml',
    make: (c) => `[clever]
client_id = "${c.r.hex(20)}"
client_secret = "${c.hex('clever_client_secret', 40)}"
redirect_uri = "https://app.readingquest.io/auth/clever/callback"

[database]
url = "postgres://rq_app:${c.urlPw()}@rq-prod.cluster-${c.r.b62(12).toLowerCase()}.us-east-1.rds.amazonaws.com:5432/readingquest"`,
  },
  {
    id: 'roster/clever-webhook-event',
    make: (c) => {
      const n = c.fullName();
      return `{"type":"users.updated","created":"2027-0${c.r.int(1, 9)}-0${c.r.int(1, 9)}T12:00:00Z","data":{"object":{"id":"${c.r.hex(24)}","roles":{"student":{"sis_id":"${c.r.digits(8)}","dob":"${c.dob(1)}","grade":"${c.r.int(1, 12)}","location":{"address":"${c.streetOnly()}","zip":"${c.city()[2]}"}}},"name":{"first":"${c.pii('person_name', n.split(' ')[0]!)}","last":"${c.pii('person_name', n.split(' ').slice(1).join(' '))}"},"email":"${c.email(n)}"}}}`;
    },
  },
  {
    id: 'roster/classlink-oneroster-curl',
    make: (c) => `curl -X POST https://${c.pick(DISTRICTS)}-vn-v2.oneroster.com/ims/oneroster/v1p1/oauth/token \\
  -u '${c.r.hex(24)}:${c.hex('classlink_oneroster_secret', 24)}' -d grant_type=client_credentials
# launchpad SSO api key: ${c.b62('classlink_api_key', 40)}`,
  },
  {
    id: 'roster/oneroster-users-csv',
    make: (c) => {
      const lines = [];
      for (let i = 0; i < 2; i++) {
        const f = c.first();
        const l = c.last();
        lines.push(`${c.r.uuid()},active,2027-08-15T00:00:00Z,true,${c.r.digits(7)},${c.pii('person_name', f)},${c.pii('person_name', l)},,${c.email(`${f} ${l}`)},,student,${c.r.uuid()},,${c.phone(1)},,${c.pick(['09', '10', '11'])},`);
      }
      return `sourcedId,status,dateLastModified,enabledUser,username,givenName,familyName,middleName,email,sms,role,orgSourcedIds,identifier,phone,userIds,grades,password\n${lines.join('\n')}`;
    },
  },
];
