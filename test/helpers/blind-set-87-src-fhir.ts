import { formBody, pyDict } from './blind-set-87-enc';
import { mbi } from './blind-set-87-ids';
import { basic, iso, kit, type Kit87, stack, vendorSecrets } from './blind-set-87-kit';
import { dobIn, type Person87 } from './blind-set-87-people';
import { jwt, pemKey, T } from './blind-set-87-tokens';
import type { Case87, Source87 } from './blind-set-87-types';
import { wrapAlert } from './blind-set-87-wrap';

/** Blind set 87: FHIR R4 traffic (Patient, Coverage, Claim, Bundle, OperationOutcome) and SMART on FHIR token requests. */

const FHIR_BASES = ['https://fhir.mercyridge.org/api/FHIR/R4', 'https://fhir-myrecord.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d', 'https://api.platform.athenahealth.com/fhir/r4', 'https://hapi.cvmc.internal/fhir'];

/** A FHIR Patient with the identifiers, name, telecom, birth date and address it carries; planted in `c`. */
export function patient(c: Case87, k: Kit87, p: Person87): Record<string, unknown> {
  const r = k.r;
  const identifier: Record<string, unknown>[] = [{ use: 'usual', type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR', display: 'Medical record number' }] }, system: `urn:oid:1.2.840.114350.1.13.${r.int(100, 999)}.2.7.5.737384.14`, value: c.pii(r.num(r.int(7, 9)), 'mrn') }];
  if (p.nid.kind === 'ssn') identifier.push({ system: 'http://hl7.org/fhir/sid/us-ssn', value: c.pii(p.nid.value, 'ssn') });
  else identifier.push({ system: `urn:oid:national-id:${p.country}`, type: { text: p.nid.label }, value: c.pii(p.nid.value, p.nid.kind) });
  if (r.chance(0.15)) identifier.push({ system: 'http://hl7.org/fhir/sid/us-mbi', value: c.pii(mbi(r), 'mbi') });
  const name: Record<string, unknown>[] = [{ use: 'official', text: c.pii(`${p.given}${p.middle ? ` ${p.middle}` : ''} ${p.family}`, 'person-name'), family: p.family, given: p.middle ? [p.given, p.middle] : [p.given] }];
  if (p.native) name.push({ use: 'usual', text: c.pii(p.native, 'person-name') });
  return {
    resourceType: 'Patient',
    id: r.pick([r.uuid(), `e${r.alnum(23)}3`, String(r.int(100000, 9999999))]),
    meta: { versionId: String(r.int(1, 12)), lastUpdated: iso(k.t - r.int(1000, 9e6), true) },
    identifier,
    active: true,
    name,
    telecom: [{ system: 'phone', value: c.pii(r.chance(0.5) ? p.phone : p.phoneE164, 'phone'), use: r.pick(['mobile', 'home']) }, ...(r.chance(0.4) ? [{ system: 'email', value: c.pii(p.email, 'email') }] : [])],
    gender: p.female ? 'female' : 'male',
    birthDate: c.pii(dobIn(p.dob, 'iso'), 'birth-date'),
    address: [{ use: 'home', line: [r.chance(0.7) ? c.pii(p.street, 'address') : p.street.replace(/\d+/, '[REDACTED]')], city: p.city, state: p.state, postalCode: p.zip, country: p.country }],
  };
}

function coverage(c: Case87, k: Kit87, pid: string): Record<string, unknown> {
  const r = k.r;
  return {
    resourceType: 'Coverage', id: r.uuid(), status: 'active',
    subscriberId: c.pii(`${r.pick(['XEH', 'W', 'JQH', 'U'])}${r.num(9)}`, 'member-id'),
    beneficiary: { reference: `Patient/${pid}` }, relationship: { coding: [{ code: 'self' }] },
    period: { start: `${new Date(k.t * 1000).getUTCFullYear()}-01-01` },
    payor: [{ display: r.pick(['Aetna', 'Blue Cross Blue Shield of Texas', 'UnitedHealthcare', 'Humana', 'Cigna']) }],
    class: [{ type: { coding: [{ code: 'group' }] }, value: r.num(6), name: k.org.name }, { type: { coding: [{ code: 'plan' }] }, value: `${r.pick(['PPO', 'HDHP', 'EPO'])}-${r.int(100, 999)}` }],
  };
}

function claim(k: Kit87, pid: string, covId: string): Record<string, unknown> {
  const r = k.r;
  return {
    resourceType: 'Claim', id: r.uuid(), status: 'active', type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/claim-type', code: 'professional' }] }, use: 'claim',
    patient: { reference: `Patient/${pid}` }, created: iso(k.t).slice(0, 10), provider: { identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: r.pick(['1730188247', '1205946832', '1992701437']) } },
    priority: { coding: [{ code: 'normal' }] }, insurance: [{ sequence: 1, focal: true, coverage: { reference: `Coverage/${covId}` } }],
    diagnosis: [{ sequence: 1, diagnosisCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: r.pick(['E11.9', 'I10', 'M54.5', 'J06.9', 'Z00.00']) }] } }],
    item: [{ sequence: 1, productOrService: { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: r.pick(['99213', '99214', '93000', '85025']) }] }, servicedDate: iso(k.t - 86400 * r.int(1, 20)).slice(0, 10), net: { value: r.int(80, 900), currency: 'USD' } }],
    total: { value: r.int(80, 900), currency: 'USD' },
  };
}

const fhirWrite = (c: Case87): string => {
  const k = kit(c);
  const { r, t } = k;
  const base = r.pick(FHIR_BASES);
  const pat = patient(c, k, k.p);
  const tok = r.chance(0.5) ? c.cred(T.epic(r), 'bearer-token') : c.cred(T.cerner(r, t, r.uuid()), 'cerner-token');
  const bundle = r.chance(0.5) ? pat : { resourceType: 'Bundle', type: 'transaction', entry: [{ fullUrl: `urn:uuid:${r.uuid()}`, resource: pat, request: { method: 'PUT', url: `Patient/${pat['id']}` } }, ...(r.chance(0.4) ? [{ resource: coverage(c, k, String(pat['id'])), request: { method: 'POST', url: 'Coverage' } }, { resource: claim(k, String(pat['id']), r.uuid()), request: { method: 'POST', url: 'Claim' } }] : [])] };
  const oo = { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: r.pick(['processing', 'invalid', 'business-rule']), diagnostics: r.pick(['HAPI-0450: Failed to parse request body as JSON resource.', 'Unable to resolve reference Coverage/payor', 'Duplicate identifier in Patient.identifier']), expression: ['Patient.identifier[0]'] }] };
  const sec = c.cred(T.clientSecret(r), 'client-secret');
  const text = r.pick([
    () => `${iso(t, true)} token client_id=${r.uuid()} client_secret=${sec}\n${iso(t, true)} ERROR FhirSync - ${bundle['resourceType'] === 'Bundle' ? 'POST' : 'PUT'} ${base}/${bundle['resourceType'] === 'Bundle' ? '' : `Patient/${pat['id']}`} -> 422\nrequest headers: {"Authorization":"Bearer ${tok}","Content-Type":"application/fhir+json","Epic-Client-ID":"${r.uuid()}"}\nrequest body: ${JSON.stringify(bundle)}\nresponse: ${JSON.stringify(oo)}`,
    () => `ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException: HTTP 422 Unprocessable Entity: ${oo.issue[0]!.diagnostics}\n  Client request: PUT ${base}/Patient/${pat['id']}\n  smart.client.secret=${sec}\n  Authorization: Bearer ${tok}\n  Body:\n${JSON.stringify(bundle, null, 2)}\n${stack(r, 'java', 'fhirsync')}`,
    () => `fhirclient.FHIRServerError: 422 ${base}\nsession={'access_token': '${tok}', 'token_type': 'Bearer', 'expires_in': 3600, 'client_secret': '${sec}'}\npayload=${pyDict(bundle as Record<string, unknown>)}\n${stack(r, 'py', 'fhir_push')}`,
  ])();
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'fhir')}`, 'FHIR write failures', t);
};

const TOKEN_URLS = ['https://fhir.epic.com/interconnect-fhir-oauth/oauth2/token', 'https://authorization.cerner.com/tenants/ec2458f2-1e24-41c8-b71b-0e701af7583d/protocols/oauth2/profiles/smart-v1/token', 'https://api.platform.athenahealth.com/oauth2/v1/token', 'https://auth.cvmc.internal/realms/smart/protocol/openid-connect/token'];

const smartToken = (c: Case87): string => {
  const k = kit(c);
  const { r, t } = k;
  const url = r.pick(TOKEN_URLS);
  const clientId = r.uuid();
  const scope = r.pick(['system/Patient.read system/Coverage.read', 'system/*.read', 'system/Patient.rs system/Observation.rs']);
  let req: string;
  switch (r.int(0, 2)) {
    case 0: {
      const a = c.cred(jwt(r, { iss: clientId, sub: clientId, aud: url, jti: r.uuid(), exp: t + 300, iat: t }, r.pick(['RS384', 'ES384'] as const), r.hex(16)), 'client-assertion');
      req = `POST ${url}\nContent-Type: application/x-www-form-urlencoded\n\n${formBody([['grant_type', 'client_credentials'], ['scope', scope], ['client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'], ['client_assertion', a]])}`;
      if (r.chance(0.4)) req += `\nsigning key (${r.pick(['JWKS kid', 'kid'])}=${r.hex(16)}):\n${c.cred(pemKey(r), 'private-key')}`;
      break;
    }
    case 1: {
      const sec = T.clientSecret(r);
      req = `POST ${url}\nAuthorization: Basic ${basic(c, clientId, sec)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=${encodeURIComponent(scope)}`;
      break;
    }
    default:
      req = `POST ${url}\n\n${formBody([['grant_type', 'refresh_token'], ['refresh_token', c.cred(T.opaque(r, 64), 'refresh-token')], ['client_id', clientId], ['client_secret', c.cred(T.clientSecret(r), 'client-secret')]])}`;
  }
  const resp = r.chance(0.5) ? `{"error":"invalid_client","error_description":"${r.pick(['Client authentication failed', 'The client assertion has expired', 'jti has already been used'])}"}` : JSON.stringify({ access_token: c.cred(T.epic(r), 'bearer-token'), token_type: 'bearer', expires_in: 3600, scope, __epic: 'patient scopes dropped' });
  const text = `${iso(t, true)} [smart-backend] token exchange ${resp.includes('error') ? 'failed' : 'returned unexpected scope'}\n>>> ${req}\n<<< ${resp.includes('error') ? 401 : 200} ${resp}`;
  return wrapAlert(c, text, 'SMART backend auth failing', t);
};

export const FHIR_SOURCES: readonly Source87[] = [
  { name: 'fhir-write', formats: [fhirWrite, fhirWrite] },
  { name: 'smart-token', formats: [smartToken] },
];
