import * as K from './blind-set-78-creds';
import { aba78, clabe78, iban78 } from './blind-set-78-ids';
import { person78 } from './blind-set-78-people';
import type { Case78, PosTemplate78, Rng78 } from './blind-set-78-rng';
import { ts, who } from './blind-set-78-tpl-pay';

/** Bank details of a person's country: the fields an HR or accounting object carries, planted. */
function bank(r: Rng78, c: Case78, cc: string): string {
  if (cc === 'US') return `"routing_number":"${c.fin(aba78(r), 'aba-routing')}","account_number":"${c.fin(r.digits(r.int(9, 12)), 'bank-account')}"`;
  if (cc === 'GB') return `"sort_code":"${c.fin(`${r.int(10, 99)}-${r.int(10, 99)}-${r.int(10, 99)}`, 'uk-sort-code')}","account_number":"${c.fin(String(r.int(10000000, 99999999)), 'bank-account')}"`;
  if (cc === 'AU') return `"bsb":"${c.fin(`${r.pick(['062', '083', '033', '012'])}-${r.int(100, 999)}`, 'au-bsb')}","account_number":"${c.fin(String(r.int(10000000, 999999999)), 'bank-account')}"`;
  if (cc === 'CA') return `"institution":"${r.pick(['001', '002', '003', '004', '006'])}","transit":"${c.fin(String(r.int(10000, 99999)), 'ca-transit')}","account_number":"${c.fin(String(r.int(1000000, 9999999)), 'bank-account')}"`;
  if (cc === 'MX') return `"clabe":"${c.fin(clabe78(r), 'mx-clabe')}"`;
  if (cc === 'IN') return `"ifsc":"${r.pick(['HDFC', 'ICIC', 'SBIN'])}0${r.digits(6)}","account_number":"${c.fin(r.digits(r.int(11, 14)), 'bank-account')}"`;
  if (cc === 'BR') return `"banco":"${r.pick(['001', '237', '341', '260'])}","agencia":"${r.digits(4)}","conta":"${c.fin(`${r.digits(r.int(6, 8))}-${r.digits(1)}`, 'bank-account')}"`;
  if (cc === 'JP') return `"bank_code":"${r.pick(['0001', '0005', '0009'])}","branch_code":"${r.digits(3)}","account_number":"${c.fin(r.digits(7), 'bank-account')}"`;
  return `"iban":"${c.fin(iban78(r, cc === 'NL' || cc === 'DE' || cc === 'FR' || cc === 'ES' || cc === 'IT' ? cc : undefined), 'iban')}"`;
}

/** Positive templates of HR and accounting providers: BambooHR, Workday, Gusto, QuickBooks, Xero. */
export const HR_TEMPLATES78: Record<string, PosTemplate78> = {
  'bamboohr/employee-sync': (r, c) => {
    const w = who(r, c);
    const key = c.cred(K.bamboo78(r), 'bamboohr-api-key');
    const basic = c.cred(K.basic78(key, 'x'), 'basic-auth');
    return `${ts(r)} ERROR payroll-bridge BambooHR employee ${r.int(100, 9999)} rejected by payroll provider: ${r.pick(['missing work state', 'duplicate tax id', 'invalid bank details'])}\n  GET https://api.bamboohr.com/api/gateway.php/acme/v1/employees/${r.int(100, 9999)}?fields=firstName,lastName,dateOfBirth,ssn,nin,homeEmail,mobilePhone,address1 (Authorization: Basic ${basic}; key ${key})\n  employee={"id":"${r.int(100, 9999)}","firstName":${JSON.stringify(w.p.first)},"lastName":${JSON.stringify(w.p.last)},"displayName":${JSON.stringify(w.name)},"dateOfBirth":"${c.pii(w.p.dob, 'birth-date')}","${w.p.natKind === 'us-ssn' ? 'ssn' : 'nin'}":"${c.pii(w.p.natId, w.p.natKind)}","homeEmail":"${w.email}","mobilePhone":"${w.phone}","address1":${JSON.stringify(w.street)},"city":${JSON.stringify(w.p.city)},"zipcode":"${w.p.postal}","country":"${w.p.country}",${bank(r, c, w.p.country)}}`;
  },
  'workday/worker-integration': (r, c) => {
    const w = who(r, c);
    const rt = c.cred(r.b62(r.int(80, 100)), 'workday-refresh-token');
    const cs = c.cred(K.clientSecret78(r, 48), 'oauth-client-secret');
    const pw = c.cred(K.password78(r), 'password');
    return `<?xml version="1.0"?>\n<!-- integration event ${r.uuid()} FAILED: Validation error occurred. Invalid National ID for country ${w.p.country} -->\n<wd:Integration_Log isu_user="ISU_Payroll_Outbound" isu_password="${pw}" client_secret="${cs}" refresh_token="${rt}">\n  <wd:Worker_Data><wd:Worker_ID>${r.int(21000, 99000)}</wd:Worker_ID>\n    <wd:Legal_Name>${w.name}</wd:Legal_Name><wd:Birth_Date>${c.pii(w.p.dob, 'birth-date')}</wd:Birth_Date>\n    <wd:National_ID wd:Type="${w.p.natKind}">${c.pii(w.p.natId, w.p.natKind)}</wd:National_ID>\n    <wd:Home_Address>${w.street}, ${w.p.postal} ${w.p.city}</wd:Home_Address><wd:Personal_Email>${w.email}</wd:Personal_Email><wd:Mobile>${w.phone}</wd:Mobile>\n    <wd:Payment_Election>{${bank(r, c, w.p.country)}}</wd:Payment_Election>\n  </wd:Worker_Data>\n</wd:Integration_Log>`;
  },
  'gusto/employee-bank': (r, c) => {
    const w = who(r, c, 'US');
    const tok = c.cred(r.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_', 43), 'gusto-access-token');
    const cs = c.cred(K.clientSecret78(r, 43), 'oauth-client-secret');
    return `GustoAPIError 422 POST /v1/employees/${r.uuid()}/bank_accounts {"errors":[{"error_key":"routing_number","category":"invalid_attribute_value","message":"Routing number is invalid"}]}\n  headers: Authorization: Bearer ${tok} X-Gusto-API-Version: 2024-04-01\n  oauth app client_secret=${cs}\n  employee: {"first_name":${JSON.stringify(w.p.first)},"last_name":${JSON.stringify(w.p.last)},"email":"${w.email}","phone":"${w.phone}","ssn":"${c.pii(w.p.natId, 'us-ssn')}","date_of_birth":"${c.pii(w.p.dob, 'birth-date')}","home_address":{"street_1":${JSON.stringify(w.street)},"city":${JSON.stringify(w.p.city)},"state":"${w.p.region}","zip":"${w.p.postal}"}}\n  bank_account: {"name":${JSON.stringify(w.name + ' Checking')},"account_type":"Checking",${bank(r, c, 'US')}}`;
  },
  'quickbooks/vendor-create': (r, c) => {
    const w = who(r, c, r.pick(['US', 'CA', 'GB', 'AU']));
    const rt = c.cred(K.qboRefresh78(r), 'quickbooks-refresh-token');
    const cs = c.cred(K.clientSecret78(r, 40), 'oauth-client-secret');
    return `com.intuit.ipp.exception.ValidationException: ERROR CODE:6240, ERROR MESSAGE:Duplicate Name Exists Error, ERROR DETAIL:The name supplied already exists. : Id=${r.int(50, 2000)}\n  OAuth2Config(clientId=AB${r.b62(48)}, clientSecret=${cs}) refreshToken=${rt}\n  Vendor{DisplayName=${w.name}, GivenName=${w.p.first}, FamilyName=${w.p.last}, PrimaryEmailAddr=EmailAddress{Address=${w.email}}, Mobile=TelephoneNumber{FreeFormNumber=${w.phone}}, BillAddr=PhysicalAddress{Line1=${w.street}, City=${w.p.city}, PostalCode=${w.p.postal}}, TaxIdentifier=${c.pii(w.p.natId, w.p.natKind)}, Vendor1099=true, BankDetails={${bank(r, c, w.p.country)}}}`;
  },
  'xero/contact-bank': (r, c) => {
    const w = who(r, c, r.pick(['GB', 'AU', 'NL', 'DE', 'FR', 'IT', 'ES']));
    const cs = c.cred(K.clientSecret78(r, 48), 'oauth-client-secret');
    const jwt = c.cred(K.jwt78(r, { nbf: r.int(1760000000, 1790000000), iss: 'https://identity.xero.com', aud: 'https://identity.xero.com/resources', client_id: r.hex(32).toUpperCase(), xero_userid: r.uuid(), scope: ['accounting.contacts', 'offline_access'] }), 'jwt');
    const b = person78(r, w.p.country);
    return `XeroApiException 400: {"ErrorNumber":10,"Type":"ValidationException","Message":"A validation exception occurred","Elements":[{"Name":${JSON.stringify(w.name)},"EmailAddress":"${w.email}","BankAccountDetails":"${bank(r, c, w.p.country).replace(/"/g, "'")}","Phones":[{"PhoneType":"MOBILE","PhoneNumber":"${w.phone}"}],"Addresses":[{"AddressType":"STREET","AddressLine1":${JSON.stringify(w.street)},"City":${JSON.stringify(w.p.city)},"PostalCode":"${w.p.postal}"}],"ContactPersons":[{"FirstName":${JSON.stringify(b.first)},"LastName":${JSON.stringify(b.last)},"EmailAddress":"${c.pii(b.email, 'email')}"}],"ValidationErrors":[{"Message":"Account number is not valid"}]}]}\n  xero-node: client_secret=${cs} access_token=${jwt}`;
  },
};
