import { formBody, pyDict } from './blind-set-87-enc';
import { driversLicense, passport } from './blind-set-87-ids';
import { basic, iso, kit, spell, stack, vendorSecrets } from './blind-set-87-kit';
import { dobIn, person } from './blind-set-87-people';
import { password, T } from './blind-set-87-tokens';
import type { Case87, Source87 } from './blind-set-87-types';
import { wrapAlert } from './blind-set-87-wrap';

/** Blind set 87: recruiting and screening: Greenhouse, Lever (candidates with resume text), Checkr, Sterling, E-Verify / I-9. */

function resume(c: Case87, given: string, family: string, addr: string, phone: string, email: string): string {
  const r = c.rng;
  return [`${given.toUpperCase()} ${family.toUpperCase()}`, `${addr} | ${phone} | ${email}`, '', 'EXPERIENCE', `${r.pick(['Registered Nurse, Med-Surg', 'Payroll Analyst', 'Revenue Cycle Specialist', 'Senior Backend Engineer'])} — ${r.pick(['Cascade Valley Medical Center', 'Northwind Logistics', 'Kestrel Analytics'])} (${r.int(2012, 2019)}–present)`, '• Led migration of 40k patient records; reduced claim denials 18%', 'EDUCATION', `${r.pick(['BSN', 'BS Accounting', 'MSc Computer Science'])}, ${r.pick(['Ohio State University', 'University of Texas at Austin', 'TU München'])}`].join('\n');
}

const greenhouse = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  const key = T.greenhouse(r);
  const addr = c.pii(p.address, 'address');
  const phone = c.pii(p.phone, 'phone');
  const email = c.pii(p.email, 'email');
  const cand = { first_name: c.pii(p.given, 'person-name'), last_name: c.pii(p.family, 'person-name'), company: null, title: null, phone_numbers: [{ value: phone, type: 'mobile' }], addresses: [{ value: addr, type: 'home' }], email_addresses: [{ value: email, type: 'personal' }], applications: [{ job_id: r.int(4000000, 4999999), source_id: r.int(1, 40) }], notes: resume(c, p.given, p.family, addr, phone, email) };
  const auth = r.chance(0.6) ? `Authorization: Basic ${basic(c, key, '')}` : `greenhouse api key ${c.cred(key, 'greenhouse-key')}`;
  const text = r.pick([
    () => `${iso(t, true)} ERROR [ats-sync] POST https://harvest.greenhouse.io/v1/candidates -> 422 {"message":"Validation error","errors":[{"message":"Must be a valid email address","field":"email_addresses"}]}\n${auth}\nOn-Behalf-Of: ${r.int(100000, 999999)}\n${JSON.stringify(cand)}`,
    () => `greenhouse webhook candidate_hired failed for ${c.pii(p.full, 'person-name')}: ${auth}\npayload: ${pyDict({ action: 'candidate_hired', payload: { candidate: cand } })}\n${stack(r, 'py', 'greenhouse_hook')}`,
  ])();
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'greenhouse')}`, 'Greenhouse candidate sync errors', t);
};

const lever = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  const key = T.lever(r);
  const opp = { name: c.pii(p.full, 'person-name'), headline: r.pick(['Charge Nurse', 'HRIS Analyst', 'Benefits Coordinator']), emails: [c.pii(p.email, 'email')], phones: [{ type: 'mobile', value: c.pii(p.phoneE164, 'phone') }], location: `${p.city}, ${p.country}`, links: [`https://www.linkedin.com/in/${p.given.toLowerCase().replace(/\W/g, '')}-${p.family.toLowerCase().replace(/\W/g, '')}-${r.hex(6)}`], origin: 'applied', tags: ['nursing', 'referral'] };
  const auth = `Basic ${basic(c, key, '')}`;
  const text = `${iso(t, true)} WARN lever-client POST https://api.lever.co/v1/opportunities?perform_as=${r.uuid()}&parse=true 400 {"code":"BadRequestError","message":"Duplicate opportunity"}\nAuthorization: ${auth}\nwebhook signature token: ${c.cred(r.alnum(40), 'webhook-secret')}\nbody: ${JSON.stringify(opp)}\nresume: ${JSON.stringify(resume(c, p.given, p.family, c.pii(p.address, 'address'), p.phone, p.email))}`;
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'lever')}`, 'Lever opportunities rejected', t);
};

const checkr = (c: Case87): string => {
  const k = kit(c);
  const { r, t } = k;
  const p = k.p.nid.kind === 'ssn' ? k.p : person(r, 'en-US');
  const key = T.checkr(r);
  const [st, dl] = driversLicense(r);
  const fields: [string, string][] = [['first_name', c.pii(p.given, 'person-name')], ['last_name', c.pii(p.family, 'person-name')], ['email', c.pii(p.email, 'email')], ['zipcode', p.zip], ['dob', c.pii(dobIn(p.dob, 'iso'), 'birth-date')], ['ssn', c.pii(p.nid.value, 'ssn')], ...(r.chance(0.5) ? [['driver_license_number', c.pii(dl, 'drivers-license')], ['driver_license_state', st]] as [string, string][] : []), ['work_locations[][country]', 'US']];
  const hook = `webhook secret ${c.cred(T.checkr(r), 'checkr-key')}`;
  const text = r.pick([
    () => `${hook}\n${iso(t, true)} checkr POST https://api.checkr.com/v1/candidates 400 {"error":"${r.pick(['Ssn is invalid', 'Dob must be at least 14 years ago', 'Zipcode is invalid'])}"}\nAuthorization: Basic ${basic(c, key, '')}\nContent-Type: application/x-www-form-urlencoded\n${formBody(fields)}`,
    () => `Checkr::ApiError 400 creating candidate ${JSON.stringify(Object.fromEntries(fields))} with api_key=${c.cred(key, 'checkr-key')}; ${hook}`,
  ])();
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'checkr')}`, 'Checkr candidate creation failing', t);
};

const sterling = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  const sec = c.cred(T.clientSecret(r), 'client-secret');
  const tok = c.cred(T.opaque(r, 48), 'bearer-token');
  const cand = { givenName: c.pii(p.given, 'person-name'), familyName: c.pii(p.family, 'person-name'), dob: c.pii(dobIn(p.dob, 'iso'), 'birth-date'), ssn: c.pii(p.nid.value, p.nid.kind), address: { addressLine: c.pii(p.street, 'address'), municipality: p.city, postalCode: p.zip, countryCode: p.country }, clientReferenceId: `REQ-${r.num(6)}` };
  const text = `${spell(r, ['sterling', 'webhook', 'secret'])}=${c.cred(T.hex(r, 40), 'webhook-secret')}\n${iso(t, true)} ERROR sterling-screening POST https://api.us.sterlingcheck.app/v2/candidates 400 {"errors":[{"code":"invalid_ssn"}]}\n  oauth client_secret=${sec}\n  Authorization: Bearer ${tok}\n  candidate: ${JSON.stringify(cand)}`;
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'sterling')}`, 'Sterling screening errors', t);
};

const everify = (c: Case87): string => {
  const k = kit(c);
  const { r, t } = k;
  const p = k.p.nid.kind === 'ssn' ? k.p : person(r, 'en-US');
  const userPw = c.cred(password(r), 'password');
  const docs = r.chance(0.5) ? { document_a_type_code: 'US_PASSPORT', us_passport_number: c.pii(passport(r, 'US'), 'passport'), expiration_date: `${r.int(2027, 2033)}-0${r.int(1, 9)}-1${r.int(0, 9)}` } : { document_b_type_code: 'DRIVERS_LICENSE', document_c_type_code: 'SOCIAL_SECURITY_CARD', document_bc_number: c.pii(driversLicense(r)[1], 'drivers-license') };
  const body = { first_name: c.pii(p.given, 'person-name'), last_name: c.pii(p.family, 'person-name'), date_of_birth: c.pii(dobIn(p.dob, 'iso'), 'birth-date'), ssn: c.pii(p.nid.value.replace(/-/g, ''), 'ssn'), citizenship_status_code: 'US_CITIZEN', date_of_hire: iso(t + 86400 * 7).slice(0, 10), ...docs, case_creator_name: 'HR Integrations', case_creator_phone_number: k.org.phone.replace(/\D/g, '').slice(-10) };
  const text = r.pick([
    () => `${iso(t, true)} everify ERROR POST https://api.e-verify.uscis.gov/v30/cases 400 {"errors":[{"attribute":"ssn","message":"must be 9 digits"}]}\n  login: ${spell(r, ['everify', 'user'])}=${k.org.short}${r.digits(4)} ${spell(r, ['everify', 'password'])}=${userPw} ${spell(r, ['everify', 'client', 'secret'])}=${c.cred(T.clientSecret(r), 'client-secret')}\n  case: ${JSON.stringify(body)}`,
    () => `I9 sync: E-Verify case create failed (${r.pick(['DUPLICATE_CASE_DATA_FOUND', 'PHOTO_MATCHING_REQUIRED'])})\n${pyDict({ case: body, auth: { username: `${k.org.short}${r.digits(4)}`, password: userPw, api_key: c.cred(T.opaque(r, 40), 'api-key') } })}\n${stack(r, 'py', 'everify_cases')}`,
  ])();
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'everify')}`, 'E-Verify case creation failing', t);
};

export const SCREENING_SOURCES: readonly Source87[] = [
  { name: 'greenhouse', formats: [greenhouse] },
  { name: 'lever', formats: [lever] },
  { name: 'checkr', formats: [checkr, checkr] },
  { name: 'sterling', formats: [sterling] },
  { name: 'everify', formats: [everify] },
];
