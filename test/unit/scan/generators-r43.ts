import { abaValid } from '../../../src/scan/validators';
import { B62, DIG, HEX, LOWER, UPPER, URLSAFE, type Rng, type Sample } from './sample-rng';

/**
 * Round r43 (blind set 43: education, public sector and nonprofits): a sample for each of the
 * round's detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

/** Letters of both cases and digits, all present. */
const mix = (r: Rng, n: number): string => `${r.str(UPPER, 1)}${r.str(LOWER, 1)}${r.str(DIG, 1)}${r.str(B62, n - 3)}`;
const person = (r: Rng): string => `${r.pick(['Marisol', 'Benedikt', 'Aurelie', 'Casimir', 'Leontine', 'Evander'])} ${r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Trevelyan', 'Ostrowski'])}`;
/** An ABA routing number (drawn until its check digit holds). */
const aba = (r: Rng): string => {
  for (;;) {
    const v = `0${r.int(1, 2)}${r.str(DIG, 7)}`;
    if (abaValid(v)) return v;
  }
};
const uuid = (r: Rng): string => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;

export const R43_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'php-object-property-secret': (r) => ["$config = new JConfig();\n$config->db_password = '", `${mix(r, 10)}!${r.str(DIG, 2)}`, "';"],
  'config-key-named-secret': (r) => ['# oidc.properties\noidc.pairwise.salt = ', `${mix(r, 30)}=`, '\noidc.issuer=https://login.helpinghands.org'],
  'laravel-sanctum-token': (r) => ['curl -s https://crm.helpinghands.org/api/contacts -H "Authorization: Bearer ', `${r.int(1, 9999)}|${mix(r, 40)}`, '"'],
  'tastypie-apikey-header': (r) => ['requests.get(url, headers={"Authorization": "ApiKey svc-sync:', `${r.str(HEX, 20)}${mix(r, 20)}`, '"})'],
  'cas-ticket-in-url': (r) => ['GET /portal/j_spring_cas_security_check?ticket=', `ST-${r.int(1, 99999)}-${mix(r, 24)}-sso01`, ' HTTP/1.1 302'],
  'logfmt-session-token': (r) => ['level=info msg="profile updated" user_id=88123 session=', `${mix(r, 30)}${r.str(URLSAFE, 10)}`, ' took=12ms'],
  'toml-multiline-secret': (r) => ['[stripe]\napi_secret = """\n', mix(r, 40), '\n"""\n'],
  'uuid-api-token-in-prose': (r) => ['The Postmark API token for the newsletter is: ', uuid(r), ' (rotate after the gala)'],
  'bank-account-before-routing': (r) => ['Payroll change form — new acct for deposits: ', `${r.int(1, 9)}${r.str(DIG, 9)}`, ` / RTN ${aba(r)}`],
  'aba-routing-after-spanish-label': (r) => [`Depósito directo: cuenta ${r.str(DIG, 10)}, número de ruta `, aba(r), ''],
  'us-ein-after-noted-label': (r) => ['Payer EIN (1099-NEC box 1): ', `${r.int(10, 65)}-${r.str(DIG, 7)}`, ''],
  'spanish-prose-password': (r) => ['Hola, la contraseña del portal es "', `${mix(r, 9)}#${r.str(DIG, 2)}`, '" gracias'],
  'bank-number-in-sql-insert': (r) => [`INSERT INTO payees (payee, pay_routing, pay_account)\nVALUES ('Acme', '${aba(r)}', '${r.str(DIG, 9)}'),\n       ('Bolt', '${aba(r)}', '`, `${r.int(1, 9)}${r.str(DIG, 10)}`, "');"],
  'canvas-lms-access-token': (r) => ['lms = Canvas("https://lms.northfield.edu", "', `${r.int(1000, 99999)}~${mix(r, 64)}`, '")'],
  'temporary-code-in-prose': (r) => ['Your account was unlocked. Your recovery code is: ', `${r.str(UPPER, 4)}${r.str(DIG, 2)}${r.str(UPPER + DIG, 10)}`, ` (valid ${r.int(2, 48)} hours)`],
  'us-alien-registration-number': (r) => ['{"applicant_id":"77","uscis_number":"A', `${r.int(1, 9)}${r.str(DIG, 8)}`, '","status":"LPR"}'],
  // A CSV row under a `last_known_location` column (geo-coordinates-under-key, round r44, takes the keyed forms).
  'geo-coordinates-of-person': (r) => [`client_id,phone,last_known_location,status\nC-${r.str(DIG, 6)},555-201-${r.str(DIG, 4)},"`, `${r.int(30, 47)}.${r.str(DIG, 6)},-${r.int(70, 120)}.${r.str(DIG, 6)}`, '",open'],
  'person-name-niem-field': (r) => ['<nc:PersonName><nc:PersonFullName>', person(r), '</nc:PersonFullName></nc:PersonName>'],
  'person-name-fhir-humanname-text': (r) => ['{"resourceType":"RelatedPerson","id":"rp1","name":[{"use":"official","text":"', person(r), '"}],"relationship":[{"text":"mother"}]}'],
  'person-name-nested-name-object': (r) => [`{"event":"contact.created","data":{"id":"${r.str(HEX, 24)}","name":{"first":"Leontine","last":"`, r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn']), '"}}}'],
  'person-name-before-dob-paren': (r) => ['Intake note: ', person(r), ` (DOB 0${r.int(1, 9)}/1${r.int(0, 9)}/19${r.int(50, 99)}) arrived for the 10am appointment.`],
  'person-name-after-foreign-label': (r) => ['Expediente 44\nNombre completo: ', person(r), `\nDNI: ${r.str(DIG, 8)}X`],
};
