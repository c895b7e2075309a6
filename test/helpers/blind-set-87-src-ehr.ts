import { formBody, pct, xmlText } from './blind-set-87-enc';
import { basic, iso, kit, spell, stack, vendorSecrets } from './blind-set-87-kit';
import { dobIn } from './blind-set-87-people';
import { password, T } from './blind-set-87-tokens';
import { card } from './blind-set-87-money';
import type { Case87, Source87 } from './blind-set-87-types';
import { wrapAlert } from './blind-set-87-wrap';

/** Blind set 87: EHR vendor APIs (Epic, athenahealth, Cerner) failing, and Surescripts NCPDP SCRIPT traffic. */

const epicSearch = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  const tok = c.cred(T.epic(r), 'bearer-token');
  const fam = c.pii(p.family, 'person-name');
  const giv = c.pii(p.given, 'person-name');
  const dob = c.pii(dobIn(p.dob, 'iso'), 'birth-date');
  const q = r.chance(0.75) ? `family=${pct(fam)}&given=${pct(giv)}&birthdate=${dob}` : `family=${pct(fam)}&given=${pct(giv)}&birthdate=${dob}&telecom=${pct(c.pii(p.phoneE164, 'phone'))}`;
  const url = `https://${r.pick(['epicproxy', 'fhir', 'interconnect'])}.${k.org.domain}/interconnect-fhir-oauth/api/FHIR/R4/Patient?${q}`;
  const cid = r.uuid();
  const sec = `${spell(r, ['epic', 'client', 'secret'])}=${c.cred(T.clientSecret(r), 'client-secret')}`;
  const lines = r.pick([
    () => [`${iso(t, true)} ERROR [epic-client] GET ${url} -> 401 Unauthorized (${r.int(80, 900)} ms)`, `  request.headers: Authorization=Bearer ${tok}; Epic-Client-ID=${cid}; Accept=application/fhir+json`, `  response.headers: WWW-Authenticate=Bearer error="invalid_token", error_description="The access token provided is expired, revoked, malformed, or invalid"`, `  refresh failed with ${sec}`],
    () => [`curl -sS -H 'Authorization: Bearer ${tok}' -H 'Epic-Client-ID: ${cid}' '${url}'`, '{"resourceType":"OperationOutcome","issue":[{"severity":"fatal","code":"forbidden","details":{"coding":[{"system":"urn:oid:1.2.840.114350.1.13.0.1.7.2.657369","code":"59100","display":"Content invalid against the specification or a profile."}]}}]}', `# .env: ${sec}`],
    () => [`System.Net.Http.HttpRequestException: Response status code does not indicate success: 403 (Forbidden).`, `   Request: GET ${url}`, `   Headers: { Authorization: Bearer ${tok} }`, `   Settings: ${sec}`, stack(r, 'cs', 'Epic.Interconnect')],
  ])();
  return wrapAlert(c, `${lines.join('\n')}\n${vendorSecrets(c, 'epic')}`, 'Epic patient match failures', t);
};

const athena = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  const tok = c.cred(T.athena(r), 'bearer-token');
  const practice = r.pick(['195900', '1959222', '24451']);
  const fields: [string, string][] = [
    ['departmentid', String(r.int(1, 180))],
    ['firstname', c.pii(p.given, 'person-name')],
    ['lastname', c.pii(p.family, 'person-name')],
    ['dob', c.pii(dobIn(p.dob, 'us'), 'birth-date')],
    ['sex', p.female ? 'F' : 'M'],
    ['mobilephone', c.pii(p.phone, 'phone')],
    ['city', p.city],
    ['state', p.state],
    ['zip', p.zip],
  ];
  if (p.nid.kind === 'ssn') fields.push(['ssn', c.pii(p.nid.value, 'ssn')]);
  const body = formBody(fields);
  const sec = c.cred(T.clientSecret(r), 'client-secret');
  const cd = card(r);
  const pay = r.chance(0.5) ? `\nprior call: POST /v1/${practice}/patients/${r.int(10000, 99999)}/collectpayment/oneyear ${formBody([['cardnumber', c.fin(cd.digits, 'card')], ['expirationmonth', cd.exp.slice(0, 2)], ['expirationyear', `20${cd.exp.slice(3)}`], ['billingzip', p.zip], ['amount', `${r.int(20, 400)}.00`]])}` : '';
  const err = r.pick(['{"error":"The patient already exists.","detailedmessage":"Duplicate patient found","patientid":"' + r.int(10000, 99999) + '"}', '{"error":"Invalid DOB."}', '{"message":"Unauthorized","detailedmessage":"Token expired"}']);
  const lines = r.pick([
    () => `${iso(t, true)} athena-sync WARN POST https://api.platform.athenahealth.com/v1/${practice}/patients status=400\nAuthorization: Bearer ${tok}\nbody: ${body}\nresponse: ${err}${pay}\noauth client_secret=${sec}`,
    () => `requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://api.preview.platform.athenahealth.com/v1/${practice}/patients\n  sent headers={'Authorization': 'Bearer ${tok}', 'Content-Type': 'application/x-www-form-urlencoded'}\n  sent body='${body}'${pay}\n  ATHENA_CLIENT_SECRET=${sec}\n${stack(r, 'py', 'athena_patients')}`,
  ])();
  return wrapAlert(c, `${lines}\n${vendorSecrets(c, 'athena')}`, 'athenahealth patient create errors', t);
};

const surescripts = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  const x = (s: string): string => xmlText(s);
  const msgId = r.hex(32);
  const ndc = `${r.num(5)}${r.digits(4)}${r.digits(2)}`;
  const xmlDoc = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="20170715" TransportVersion="20170715" TransactionDomain="SCRIPT" TransactionVersion="20170715" StructuresVersion="20170715" ECLVersion="20170715">',
    `  <Header><To Qualifier="P">${r.num(7)}</To><From Qualifier="C">${r.num(13)}</From><MessageID>${msgId}</MessageID><SentTime>${iso(t)}</SentTime></Header>`,
    '  <Body><NewRx><Patient><HumanPatient>',
    `    <Name><LastName>${x(c.pii(p.family, 'person-name'))}</LastName><FirstName>${x(c.pii(p.given, 'person-name'))}</FirstName></Name>`,
    `    <Gender>${p.female ? 'F' : 'M'}</Gender><DateOfBirth><Date>${c.pii(dobIn(p.dob, 'iso'), 'birth-date')}</Date></DateOfBirth>`,
    `    <Address><AddressLine1>${x(c.pii(p.street, 'address'))}</AddressLine1><City>${x(p.city)}</City><StateProvince>${p.state}</StateProvince><PostalCode>${p.zip.replace(/\s/g, '')}</PostalCode><CountryCode>${p.country}</CountryCode></Address>`,
    `    <CommunicationNumbers><PrimaryTelephone><Number>${r.chance(0.5) ? c.pii(p.area + p.local, 'phone') : `${p.area}0000000`}</Number></PrimaryTelephone></CommunicationNumbers>`,
    '  </HumanPatient></Patient>',
    `  <MedicationPrescribed><DrugDescription>${r.pick(['atorvastatin 20 mg tablet', 'metformin 500 mg tablet', 'lisinopril 10 mg tablet'])}</DrugDescription><DrugCoded><ProductCode><Code>${ndc}</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded><Quantity><Value>90</Value></Quantity><DaysSupply>90</DaysSupply></MedicationPrescribed>`,
    '  </NewRx></Body>',
    '</Message>',
  ].join('\n');
  const user = `${r.pick(['ss', 'erx'])}_${k.org.short.toLowerCase()}_prod`;
  const pw = password(r);
  const cred = r.chance(0.5) ? `Authorization: Basic ${basic(c, user, pw)}` : `${spell(r, ['surescripts', 'password'])}=${c.cred(pw, 'password')}`;
  const text = `${iso(t, true)} ERROR eRx gateway: Surescripts returned <Error><Code>${r.pick(['601', '900', '602'])}</Code><DescriptionCode>${r.pick(['1000', '220', '008'])}</DescriptionCode><Description>${r.pick(['Receiver unable to process', 'Patient not found', 'Transaction rejected'])}</Description></Error> for MessageID ${msgId}\n${cred}\nclient cert: /etc/erx/certs/${k.org.short.toLowerCase()}-surescripts.p12 (passphrase ${c.cred(password(r), 'password')})\noutbound:\n${xmlDoc}`;
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'surescripts')}`, 'Surescripts NewRx rejected', t);
};

export const EHR_SOURCES: readonly Source87[] = [
  { name: 'epic-api', formats: [epicSearch] },
  { name: 'athena-api', formats: [athena] },
  { name: 'surescripts', formats: [surescripts] },
];
