import { pyDict, rbHash, xml } from './blind-set-87-enc';
import { basic, iso, kit, type Kit87, spell, stack, vendorSecrets } from './blind-set-87-kit';
import { iban, routing, usAccount } from './blind-set-87-money';
import { dobIn } from './blind-set-87-people';
import { password, pemKey, T } from './blind-set-87-tokens';
import type { Case87, Source87 } from './blind-set-87-types';
import { wrapAlert } from './blind-set-87-wrap';

/** Blind set 87: HRIS traffic: Workday SOAP (WS-Security) and REST, BambooHR, ADP Workforce Now. */

function bank(c: Case87, k: Kit87): { routing?: string; account?: string; iban?: string } {
  const r = k.r;
  if (k.p.locale === 'en-US') return { routing: c.fin(routing(r), 'routing-number'), account: c.fin(usAccount(r), 'account-number') };
  return { iban: c.fin(iban(r, k.p.ibanCountry, r.chance(0.3)), 'iban') };
}

const workdaySoap = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  const tenant = r.pick(['mercyridge', 'northwind1', 'fernway_prod', 'kestrel']);
  const isu = `ISU_${r.pick(['Benefits', 'Payroll', 'ADP', 'Checkr'])}_Integration@${tenant}`;
  const pw = c.cred(password(r), 'password');
  const b = bank(c, k);
  const x = (s: string): string => xml(s);
  const env = [
    '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:bsvc="urn:com.workday/bsvc">',
    '<soapenv:Header><wsse:Security soapenv:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">',
    `<wsse:UsernameToken><wsse:Username>${x(isu)}</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${x(pw)}</wsse:Password></wsse:UsernameToken>`,
    '</wsse:Security></soapenv:Header>',
    `<soapenv:Body><bsvc:Put_Worker_Request bsvc:version="v${r.pick(['41.0', '42.1', '43.0'])}"><bsvc:Worker_Reference><bsvc:ID bsvc:type="Employee_ID">${r.int(10000, 99999)}</bsvc:ID></bsvc:Worker_Reference>`,
    `<bsvc:Personal_Data><bsvc:Name_Data><bsvc:Legal_Name_Data><bsvc:Name_Detail_Data><bsvc:First_Name>${x(c.pii(p.given, 'person-name'))}</bsvc:First_Name><bsvc:Last_Name>${x(c.pii(p.family, 'person-name'))}</bsvc:Last_Name></bsvc:Name_Detail_Data></bsvc:Legal_Name_Data></bsvc:Name_Data>`,
    `<bsvc:Birth_Date>${c.pii(dobIn(p.dob, 'iso'), 'birth-date')}-00:00</bsvc:Birth_Date>`,
    `<bsvc:Identification_Data><bsvc:National_ID><bsvc:National_ID_Data><bsvc:ID>${x(c.pii(p.nid.value, p.nid.kind))}</bsvc:ID><bsvc:ID_Type_Reference><bsvc:ID bsvc:type="National_ID_Type_Code">${p.country}-${p.nid.label.replace(/\W/g, '')}</bsvc:ID></bsvc:ID_Type_Reference></bsvc:National_ID_Data></bsvc:National_ID></bsvc:Identification_Data>`,
    `<bsvc:Contact_Data><bsvc:Address_Data><bsvc:Address_Line_Data bsvc:Type="ADDRESS_LINE_1">${x(c.pii(p.street, 'address'))}</bsvc:Address_Line_Data><bsvc:Municipality>${x(p.city)}</bsvc:Municipality><bsvc:Postal_Code>${p.zip}</bsvc:Postal_Code></bsvc:Address_Data>${r.chance(0.5) ? `<bsvc:Email_Address_Data><bsvc:Email_Address>${c.pii(p.email, 'email')}</bsvc:Email_Address></bsvc:Email_Address_Data>` : ''}</bsvc:Contact_Data></bsvc:Personal_Data>`,
    b.iban
      ? `<bsvc:Payment_Election_Data><bsvc:IBAN>${b.iban}</bsvc:IBAN><bsvc:Bank_Identification_Code>${r.pick(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'AIBKIE2D'])}</bsvc:Bank_Identification_Code></bsvc:Payment_Election_Data>`
      : `<bsvc:Payment_Election_Data><bsvc:Bank_ID>${b.routing}</bsvc:Bank_ID><bsvc:Account_Number>${b.account}</bsvc:Account_Number><bsvc:Bank_Account_Type_Reference><bsvc:ID bsvc:type="Bank_Account_Type_Code">DDA</bsvc:ID></bsvc:Bank_Account_Type_Reference></bsvc:Payment_Election_Data>`,
    r.chance(0.5) ? `<bsvc:Payment_Election_Data><bsvc:Bank_ID>${c.fin(routing(r), 'routing-number')}</bsvc:Bank_ID><bsvc:Account_Number>${c.fin(usAccount(r), 'account-number')}</bsvc:Account_Number><bsvc:Distribution_Amount>${r.int(100, 900)}</bsvc:Distribution_Amount></bsvc:Payment_Election_Data>` : '',
    `</bsvc:Put_Worker_Request></soapenv:Body></soapenv:Envelope>`,
  ].join(r.pick(['', '\n']));
  const fault = `<faultcode>SOAP-ENV:Client.validationError</faultcode><faultstring>${r.pick(['Invalid ID value. \'' + r.int(10000, 99999) + '\' is not a valid ID value for type = \'Employee_ID\'', 'Validation error occurred. Element Content \'IBAN\' is invalid', 'invalid username or password'])}</faultstring>`;
  const text = `${iso(t, true)} ERROR [wd-connector] https://wd2-impl-services1.workday.com/ccx/service/${tenant}/Human_Resources/v42.1 -> 500\n${fault}\nrequest:\n${env}`;
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'workday')}`, 'Workday Put_Worker faults', t);
};

const workdayRest = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  const tok = c.cred(T.opaque(r, r.int(40, 90)), 'bearer-token');
  const refresh = c.cred(T.workdayRefresh(r), 'refresh-token');
  const sec = c.cred(T.clientSecret(r), 'client-secret');
  const worker = { id: r.hex(32), descriptor: c.pii(p.full, 'person-name'), primaryWorkEmail: `${p.given.toLowerCase().replace(/\W/g, '')}.${r.int(1, 99)}@${k.org.domain}`, personalEmail: c.pii(p.email, 'email'), dateOfBirth: c.pii(dobIn(p.dob, 'iso'), 'birth-date'), homePhone: c.pii(p.phoneE164, 'phone'), paymentElection: bank(c, k), businessTitle: r.pick(['Registered Nurse II', 'Payroll Specialist', 'Warehouse Associate', 'Staff Engineer']), compensation: { basePay: r.int(42, 190) * 1000, currency: 'USD', frequency: 'Annual' } };
  const text = r.pick([
    () => `${iso(t, true)} workday-rest ERROR PATCH /ccx/api/v1/${r.pick(['mercyridge', 'northwind1'])}/workers/${worker.id} 403\n  token refresh: client_secret=${sec} refresh_token=${refresh}\n  Authorization: Bearer ${tok}\n  worker: ${JSON.stringify(worker)}`,
    () => `Faraday::ForbiddenError: the server responded with status 403\n  request: ${rbHash({ url: `https://wd5-services1.myworkday.com/ccx/api/v1/workers/${worker.id}`, headers: { Authorization: `Bearer ${tok}` }, body: worker })}\n  oauth: ${rbHash({ client_secret: sec, refresh_token: refresh }, true)}\n${stack(r, 'rb', 'workday_sync')}`,
  ])();
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'workday')}`, 'Workday REST sync 403', t);
};

const bamboo = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  const key = T.bamboo(r);
  const sub = r.pick(['mercyridge', 'northwind', 'fernway', 'kestrel']);
  const emp: Record<string, unknown> = { id: String(r.int(100, 9999)), firstName: c.pii(p.given, 'person-name'), lastName: c.pii(p.family, 'person-name'), dateOfBirth: c.pii(dobIn(p.dob, 'iso'), 'birth-date'), homeEmail: c.pii(p.email, 'email'), ...(r.chance(0.5) ? { mobilePhone: c.pii(p.phone, 'phone') } : { address1: c.pii(p.street, 'address') }), city: p.city, zipcode: p.zip, payRate: `${r.int(18, 95)}.00 USD`, payType: 'Hourly' };
  if (p.nid.kind === 'ssn' && r.chance(0.4)) emp['ssn'] = c.pii(p.nid.value, 'ssn');
  if (p.nid.kind === 'sin') emp['sin'] = c.pii(p.nid.value, 'sin');
  const auth = r.chance(0.5) ? `Authorization: Basic ${basic(c, key, 'x')}` : `curl -u ${c.cred(key, 'bamboohr-key')}:x`;
  const text = r.pick([
    () => `${auth}\nPOST https://api.bamboohr.com/api/gateway.php/${sub}/v1/employees/${emp['id']} -> 400 "Invalid field: dateOfBirth"\n${JSON.stringify(emp)}`,
    () => `${iso(t, true)} bamboohr-sync error ${auth} payload=${pyDict(emp)}\n${stack(r, 'py', 'bamboo_push')}`,
  ])();
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'bamboohr')}`, 'BambooHR employee update failing', t);
};

const adp = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  const cid = r.uuid();
  const sec = c.cred(r.uuid(), 'client-secret');
  const tok = c.cred(r.uuid(), 'bearer-token');
  const worker = { associateOID: `G3${r.upperAlnum(14)}`, workerID: { idValue: r.upperAlnum(9) }, person: { legalName: { givenName: c.pii(p.given, 'person-name'), familyName1: c.pii(p.family, 'person-name'), formattedName: c.pii(`${p.family}, ${p.given}`, 'person-name') }, birthDate: c.pii(dobIn(p.dob, 'iso'), 'birth-date'), governmentIDs: [{ idValue: c.pii(p.nid.value, p.nid.kind), nameCode: { codeValue: p.nid.kind === 'ssn' ? 'SSN' : p.nid.label } }], legalAddress: { lineOne: c.pii(p.street, 'address'), cityName: p.city, postalCode: p.zip } } };
  const dd = bank(c, k);
  const lines = [
    `${iso(t, true)} ERROR adp-connector POST https://api.adp.com/events/hr/v1/worker.legal-name.change -> 400 {"confirmMessage":{"resourceMessages":[{"processMessages":[{"userMessage":{"messageTxt":"Invalid SSN"}}]}]}}`,
    `oauth: POST https://accounts.adp.com/auth/oauth/v2/token client_id=${cid}&client_secret=${sec}&grant_type=client_credentials (mTLS cert /etc/adp/${k.org.short.toLowerCase()}.pem)`,
    `Authorization: Bearer ${tok}`,
    `payDistribution: ${JSON.stringify({ distributionInstructions: [{ depositAccount: dd.iban ? { IBAN: dd.iban } : { financialParty: { routingTransitID: { idValue: dd.routing } }, financialAccount: { accountNumber: dd.account, typeCode: { codeValue: 'C' } } }, distributionPercentage: 100 }] })}`,
    `event: ${JSON.stringify({ events: [{ data: { eventContext: { worker: { associateOID: worker.associateOID } }, transform: { worker } } }] })}`,
  ];
  if (r.chance(0.4)) lines.push(`${spell(r, ['adp', 'ssl', 'key'])}:\n${c.cred(pemKey(r, 'PKCS8'), 'private-key')}`);
  return wrapAlert(c, `${lines.join('\n')}\n${vendorSecrets(c, 'adp')}`, 'ADP worker events rejected', t);
};

export const HRIS_SOURCES: readonly Source87[] = [
  { name: 'workday-soap', formats: [workdaySoap] },
  { name: 'workday-rest', formats: [workdayRest] },
  { name: 'bamboohr', formats: [bamboo] },
  { name: 'adp', formats: [adp] },
];
