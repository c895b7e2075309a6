import type { Ctx49 } from './blind-set-49-ctx';
import type { Tpl49 } from './blind-set-49-messaging';

/** The ICAO 9303 check digit of an MRZ field. */
function mrzCheck(s: string): string {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const v = ch === '<' ? 0 : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * w[i % 3]!;
  }
  return String(sum % 10);
}

function mrz(c: Ctx49): string {
  const fn = c.first().toUpperCase();
  const ln = c.last().toUpperCase().replace(/[^A-Z]/g, '<');
  const doc = `${c.r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1)}${c.r.digits(8)}`;
  const y = c.int(62, 99);
  const dob = `${y}${String(c.int(1, 12)).padStart(2, '0')}${String(c.int(10, 28))}`;
  const exp = `${c.int(27, 34)}${String(c.int(1, 12)).padStart(2, '0')}${String(c.int(10, 28))}`;
  const cc = c.pick(['GBR', 'USA', 'DEU', 'FRA', 'NLD', 'CAN']);
  const l1 = `P<${cc}${ln}<<${fn}`.padEnd(44, '<').slice(0, 44);
  const sex = c.pick(['M', 'F']);
  const opt = `${'<'.repeat(14)}0`;
  const comp = `${doc}${mrzCheck(doc)}${dob}${mrzCheck(dob)}${exp}${mrzCheck(exp)}${opt}`;
  const l2 = `${doc}${mrzCheck(doc)}${cc}${dob}${mrzCheck(dob)}${sex}${exp}${mrzCheck(exp)}${opt}${mrzCheck(comp)}`;
  c.per('passport_number', doc);
  c.per('mrz_line', l1);
  return `${l1}\n${l2}`;
}

/** Age and identity verification vendors (document + selfie KYC, age estimation). */
export const VERIFICATION49: readonly Tpl49[] = [
  ['verification/onfido-applicant', (c) => {
    const fn = c.first();
    const ln = c.last();
    return `Onfido::RequestError (422 Unprocessable Entity): {"error":{"type":"validation_error","message":"There was a validation error on this request","fields":{"document_number":["is invalid"]}}}
  request: POST https://api.eu.onfido.com/v3.6/applicants Authorization: Token token=${c.cred('onfido_api_token', `api_live.${c.b64url(11)}.${c.alnum(32)}`)}
  body: {"first_name":"${c.per('person_name', fn)}","last_name":"${c.per('person_name', ln)}","dob":"${c.per('dob', c.dob('iso'))}","address":{"line1":"${c.per('address', `${c.int(2, 300)} ${c.pick(['High Street', 'Church Road', 'Station Road', 'Victoria Road'])}`)}","town":"Bristol","postcode":"BS${c.int(1, 16)} ${c.int(1, 9)}QT","country":"GBR"},"id_numbers":[{"type":"passport","value":"${c.per('passport_number', c.passport())}"}]}`;
  }],
  ['verification/veriff-session', (c) => {
    const fn = c.first();
    const ln = c.last();
    return `POST https://stationapi.veriff.com/v1/sessions
Content-Type: application/json
X-AUTH-CLIENT: ${c.uuid()}

{"verification":{"callback":"https://lovebird.app/kyc/veriff/callback","person":{"firstName":"${c.per('person_name', fn)}","lastName":"${c.per('person_name', ln)}","idNumber":"${c.per('ssn', c.ssn())}","dateOfBirth":"${c.per('dob', c.dob('iso'))}"},"vendorData":"${c.uid()}"}}

# sign with VERIFF_SHARED_SECRET_KEY=${c.cred('veriff_shared_secret', c.uuid())}`;
  }],
  ['verification/persona-webhook', (c) => `{"data":{"type":"event","id":"evt_${c.alnum(24)}","attributes":{"name":"inquiry.approved","payload":{"data":{"type":"inquiry","id":"inq_${c.alnum(24)}","attributes":{"status":"approved","reference-id":"usr_${c.uid()}","name-first":"${c.per('person_name', c.first())}","name-last":"${c.per('person_name', c.last())}","birthdate":"${c.per('dob', c.dob('iso'))}","address-street-1":"${c.per('address', `${c.int(10, 9999)} ${c.pick(['Oak St', 'Pine Ave', 'Lakeview Dr', 'Chestnut Ct'])}`)}","address-city":"Denver","address-subdivision":"CO","address-postal-code":"${c.int(80201, 80299)}","identification-number":"${c.per('drivers_license', c.driversLicense())}"}}}}}}
-- forwarded by kyc-relay using Authorization: Bearer ${c.cred('persona_api_key', `persona_production_${c.uuid()}`)}`],
  ['verification/jumio-callback', (c) => {
    const tok = c.uuid();
    const sec = c.alnum(32);
    return `[jumio-callback] ${c.ts()} INFO retrieving scan details with header Authorization: Basic ${c.cred('basic_auth', Buffer.from(`${tok}:${sec}`).toString('base64'))}
[jumio-callback] payload idScanStatus=SUCCESS idType=DRIVING_LICENSE idCountry=USA idNumber=${c.per('drivers_license', c.driversLicense())} idFirstName=${c.per('person_name', c.first().toUpperCase())} idLastName=${c.per('person_name', c.last().toUpperCase().replace(/ /g, ''))} idDob=${c.per('dob', c.dob('iso'))} idAddress=${c.per('address', c.addressUS())}`;
  }],
  ['verification/sumsub-env', (c) => {
    const name = c.fullName();
    return `SUMSUB_APP_TOKEN=${c.cred('sumsub_app_token', `prd:${c.alnum(24)}.${c.alnum(32)}`)}
SUMSUB_SECRET_KEY=${c.cred('sumsub_secret_key', c.alnum(32))}
SUMSUB_LEVEL=basic-kyc-level
# debug dump of last applicant (remove!)
# {"externalUserId":"${c.uid()}","email":"${c.per('email', c.email(name))}","phone":"${c.per('phone', c.phone())}","fixedInfo":{"firstName":"${name.split(' ')[0]}","lastName":"${name.split(' ').slice(1).join(' ')}","dob":"${c.per('dob', c.dob('iso'))}","tin":"${c.fin('ein', c.ein())}"}}`;
  }],
  ['verification/yoti-age-config', (c) => `yoti:
  client_sdk_id: ${c.uuid()}
  scenario_id: ${c.uuid()}
  pem: |
    ${c.cred('private_key_indented', c.rsaPem().replace(/\n/g, '\n    '))}
age_estimation:
  threshold: 18
  buffer: 3
  fallback: document`],
  ['verification/stripe-identity', (c) => {
    const fn = c.first();
    const ln = c.last();
    return `stripe.webhook_secret=${c.cred('stripe_webhook_secret', c.stripeWhsec())}
stripe.api_key=${c.cred('stripe_secret_key', c.stripeSecret())}
--- event evt_${c.alnum(24)} identity.verification_session.verified
{"id":"vs_${c.alnum(24)}","object":"identity.verification_session","status":"verified","verified_outputs":{"first_name":"${c.per('person_name', fn)}","last_name":"${c.per('person_name', ln)}","dob":{"day":${c.int(1, 28)},"month":${c.int(1, 12)},"year":${c.int(1965, 2005)}},"id_number":"${c.per('ssn', c.ssn().replace(/-/g, ''))}","id_number_type":"us_ssn","address":{"line1":"${c.per('address', `${c.int(10, 9999)} ${c.pick(['W 4th St', 'Bayshore Rd', 'Grant Ave'])}`)}","city":"San Mateo","state":"CA","postal_code":"94401","country":"US"}}}`;
  }],
  ['verification/mrz-ocr-log', (c) => `2025-0${c.int(1, 9)}-1${c.int(0, 9)} 10:2${c.int(0, 9)}:0${c.int(0, 9)},${c.int(100, 999)} DEBUG [ocr-worker] mrz parsed for session ${c.uuid()}:
${mrz(c)}
2025-03-11 10:21:04,778 INFO  [ocr-worker] document checks passed selfie_match=0.${c.int(90, 99)} liveness=pass user_ip=${c.per('ip_address', c.ip())}`],
  ['verification/kyc-sql', (c) => {
    const name = c.fullName();
    return `mysql> SELECT user_id, legal_name, ssn, dob, home_address, verified_at FROM kyc_records WHERE user_id = ${c.uid()};
+-----------+----------------------+-------------+------------+------------------------------------------+---------------------+
| user_id   | legal_name           | ssn         | dob        | home_address                             | verified_at         |
+-----------+----------------------+-------------+------------+------------------------------------------+---------------------+
| ${c.uid()} | ${c.per('person_name', name)} | ${c.per('ssn', c.ssn())} | ${c.per('dob', c.dob('iso'))} | ${c.per('address', c.addressUS())} | ${c.ts().slice(0, 19).replace('T', ' ')} |
+-----------+----------------------+-------------+------------+------------------------------------------+---------------------+
1 row in set (0.01 sec)`;
  }],
];
