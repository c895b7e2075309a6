import type { PosTemplate24 } from './blind-set-24-types';
import { fmtDate, jwt, pemKey, person, ssn, usPhone } from './blind-set-24-values';

/** Education: Clever and ClassLink rostering, LTI 1.3 launches, Blackboard and PowerSchool APIs, financial-aid ISIR imports. */

const DISTRICTS = ['cedarvalleyisd.org', 'lakewoodschools.net', 'northfieldpublic.k12.mn.us', 'riversideusd.org'];

export const EDU_TEMPLATES: PosTemplate24[] = [
  {
    source: 'edu',
    name: 'clever-student-sync',
    make: (r, b) => {
      const p = person(r, 2008, 2019);
      const tok = r.hex(40);
      return JSON.stringify({
        level: 'error',
        msg: 'clever sync: student upsert failed: duplicate sis_id',
        student: {
          id: r.hex(24),
          sis_id: r.digits(7),
          email: b.p('email', `${p.first.toLowerCase()}.${p.last.toLowerCase()}${String(p.dob.y).slice(2)}@students.${r.pick(DISTRICTS)}`),
          grade: String(r.int(1, 12)),
        },
        auth: `Bearer ${b.c('access-token', tok)}`,
      });
    },
  },
  {
    source: 'edu',
    name: 'oneroster-csv-reject',
    make: (r, b) => {
      const g = person(r, 1970, 1992);
      const ph = usPhone(r);
      const secret = r.b62(32);
      return `classlink-oneroster: users.csv import rejected 1 row (role=guardian): "phone must be E.164"
sourcedId,status,role,username,email,sms,agentSourcedIds
${r.uuid()},active,guardian,,${b.p('email', `${g.first.toLowerCase()}${g.last.toLowerCase()}${r.int(1, 99)}@${r.pick(['gmail.com', 'yahoo.com', 'aol.com'])}`)},${b.p('phone', `${ph.area}.${ph.exch}.${ph.line}`)},${r.uuid()}
oauth: https://oneroster-proxy.classlink.com/${r.hex(8)}/ims/oneroster/v1p1 consumer_secret=${b.c('client-secret', secret)}`;
    },
  },
  {
    source: 'edu',
    name: 'lti13-launch-key',
    make: (r, b) => {
      const tok = jwt(
        r,
        { alg: 'RS256', typ: 'JWT', kid: r.hex(12) },
        {
          iss: 'https://canvas.instructure.com',
          aud: r.digits(17),
          'https://purl.imsglobal.org/spec/lti/claim/message_type': 'LtiResourceLinkRequest',
          nonce: r.hex(16),
          exp: 1796000000 + r.int(0, 9000000),
        },
        256,
      );
      const key = pemKey(r, 'EC PRIVATE KEY');
      return `lti-tool ERROR id_token signature did not verify against platform JWKS (kid not found)
id_token=${b.c('jwt', tok)}
tool signing key (LTI_TOOL_PRIVATE_KEY):
${b.c('private-key', key)}`;
    },
  },
  {
    source: 'edu',
    name: 'blackboard-rest-app',
    make: (r, b) => {
      const secret = r.b62(32);
      return `bb-gradebook-sync: POST https://learn.${r.pick(['stateu', 'cc-metro', 'northfield'])}.edu/learn/api/public/v1/oauth2/token -> 401 {"status":401,"message":"Invalid application key/secret"}
  BB_APP_KEY=${r.uuid()}
  BB_APP_SECRET=${b.c('client-secret', secret)}
  Authorization: Basic ${b.c('basic-auth', Buffer.from(`${r.uuid()}:${secret}`).toString('base64'))}`;
    },
  },
  {
    source: 'edu',
    name: 'powerschool-guardian',
    make: (r, b) => {
      const s = person(r, 2008, 2019);
      const ph = usPhone(r);
      const secret = r.b64(24);
      return `PowerSchool plugin "SchoolMessenger Sync" error: contact ${r.int(10000, 99999)} rejected by messaging provider (landline cannot receive SMS)
  contact_id=${r.hex(12)} student_dob=${b.p('birth-date', fmtDate(s.dob, 'iso'))} contact_phone=${b.p('phone', `(${ph.area}) ${ph.exch}-${ph.line}`)}
  plugin oauth: client_secret=${b.c('client-secret', secret)}`;
    },
  },
  {
    source: 'edu',
    name: 'isir-saig-import',
    make: (r, b) => {
      const p = person(r, 1998, 2007);
      const pw = r.password(12);
      return `finaid-import: ISIR batch IDSA${r.digits(2)}OP.dat record ${r.int(1, 2000)} failed: "Student SSN + name ID mismatch with SIS"
  ${b.p('ssn', ssn(r).replace(/-/g, ''))}${p.last.slice(0, 2).toUpperCase()}${r.pick(['2526', '2627'])} ... (dependency ${r.pick(['D', 'I'])}, EFC on file)
  TDClient: saig mailbox TG${r.digits(5)} password=${b.c('sftp-password', pw)} (expired)`;
    },
  },
];
