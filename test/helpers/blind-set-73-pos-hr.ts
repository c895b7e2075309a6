import { js73, type PosTpl73 } from './blind-set-73-core';
import { nino73, ssn73 } from './blind-set-73-ids';
import { K, db, dbIso, em, fn, gn, iban, jwt, nid, nm, ph, pw, st, upw, who, whoId, whoPlain } from './blind-set-73-h';
import { aba73, bsb73, auAccount73, ifsc73, inAccount73, sortCode73, ukAccount73, usAccount73 } from './blind-set-73-money';

/** HRIS sync diffs and payroll exports (Workday, BambooHR, Personio, HiBob, SAP SuccessFactors, Deel). */
export const POS_HR73: PosTpl73[] = [
  { src: 'hr', name: 'workday-diff', make: (x) => {
    const P = whoId(x);
    const id = nid(x, P);
    return `hris-sync: Workday -> Okta diff for worker ${x.r.digits(6)}\n  legal_name:  "${nm(x, P)}"\n- national_id: null\n+ national_id: "${id.value}"\n- birth_date:  null\n+ birth_date:  "${db(x, P)}"\n  home_phone:  "${ph(x, P)}"\nerror: Okta 403 E0000006 (token ${K(x, 'okta')}) ; workday isu password=${pw(x)}`;
  } },
  { src: 'hr', name: 'bamboohr-basic', make: (x) => {
    const P = who(x);
    return `${x.ts()} ERROR bamboohr GET https://${K(x, 'hex40')}:x@api.bamboohr.com/api/gateway.php/globex/v1/employees/${x.int(100, 9999)}?fields=firstName,lastName,dateOfBirth,homeEmail -> 500\n  cached={"firstName":"${gn(x, P)}","lastName":"${fn(x, P)}","dateOfBirth":"${dbIso(x, P)}","homeEmail":"${em(x, P)}","mobilePhone":"${ph(x, P)}"}`;
  } },
  { src: 'hr', name: 'personio-sync', make: (x) => {
    const P = who(x, x.pick(['DE', 'AT', 'CH', 'NL', 'ES']));
    return `Personio API 422: {"success":false,"error":{"code":0,"message":"The given data failed to pass validation.","error_data":{"iban":["invalid"]}}}\n  client_id=${K(x, 'personio')} client_secret=${K(x, 'personio')}\n  employee={first_name: ${gn(x, P)}, last_name: ${fn(x, P)}, email: ${em(x, P)}, iban: ${iban(x, P.cc === 'CH' ? 'CH' : undefined)}, dob: ${db(x, P)}}`;
  } },
  { src: 'hr', name: 'hibob-payroll-csv', make: (x) => {
    const rows = [whoId(x, true), whoId(x, true)];
    return `payroll export rejected by provider (SFTP sftp://payroll:${upw(x)}@sftp.payroll-provider.net:22/inbound)\nemployee_id,first_name,last_name,national_id,iban,gross\n${rows.map((P) => `E${x.r.digits(5)},${gn(x, P)},${fn(x, P)},${nid(x, P).value},${iban(x, undefined, false)},${x.int(2500, 9800)}.00`).join('\n')}\nhibob service token: ${K(x, 'b62_40')}`;
  } },
  { src: 'hr', name: 'us-direct-deposit', make: (x) => {
    const P = who(x, 'US');
    return `ADP WFN API 400 INVALID_ROUTING for associate ${x.r.b62(12)}\n  directDeposit: { routingNumber: "${aba73(x.r)}", accountNumber: "${x.f('us_account', usAccount73(x.r))}", accountType: "Checking" }\n  person: { legalName: "${nm(x, P)}", ssn: "${x.p('us_ssn', ssn73(x.r))}" }\n  oauth: client_secret=${x.c('oauth_client_secret', x.r.b62(36))} cert_password=${pw(x)}`;
  } },
  { src: 'hr', name: 'uk-bacs-payroll', make: (x) => {
    const P = who(x, 'GB');
    return `BACS submission validation: record ${x.int(1, 400)} rejected (E02 account number fails modulus check)\n  payee="${nm(x, P)}" sort_code=${sortCode73(x.r)} account=${x.f('uk_account', ukAccount73(x.r))} ni_number=${x.p('uk_nino', nino73(x.r, true))} amount=${x.int(1200, 6000)}.${x.int(10, 99)}\n  bureau login: user=globex_bacs pass=${pw(x)} smartcard_pin=${x.c('pin', x.r.digits(8))}`;
  } },
  { src: 'hr', name: 'au-super-bsb', make: (x) => {
    const P = who(x, 'AU');
    return `SuperStream error SUP-4012: member TFN missing or invalid\n  member=${nm(x, P)} dob=${db(x, P)} bsb=${bsb73(x.r)} account_number=${x.f('au_account', auAccount73(x.r))}\n  gateway: ClickSuper api_key=${K(x, 'b62_32')} password=${pw(x)}`;
  } },
  { src: 'hr', name: 'in-payroll-ifsc', make: (x) => {
    const P = who(x, 'IN', true);
    return `razorpayx payout failed: BAD_REQUEST_ERROR "The bank account number is invalid"\n  key_id=rzp_live_${x.r.b62(14)} key_secret=${x.c('razorpay_secret', x.r.b62(24))}\n  fund_account={"account_type":"bank_account","bank_account":{"name":"${nm(x, P)}","ifsc":"${ifsc73(x.r)}","account_number":"${x.f('in_account', inAccount73(x.r))}"},"contact":{"email":"${em(x, P)}","contact":"${ph(x, P)}"}}`;
  } },
  { src: 'hr', name: 'successfactors-odata', make: (x) => {
    const P = whoId(x);
    const id = nid(x, P);
    return `SuccessFactors OData upsert PerNationalId failed: [COE_GENERAL_BAD_REQUEST] National ID format is invalid for country\n  {"__metadata":{"uri":"PerNationalId"},"personIdExternal":"${x.r.digits(6)}","country":"${P.cc}","nationalId":"${id.value}","cardType":"NID"}\n  {"__metadata":{"uri":"PerPersonal"},"firstName":"${gn(x, P)}","lastName":"${fn(x, P)}"}\n  technical user pwd=${pw(x)} saml assertion bearer ${jwt(x, 'https://api2.successfactors.eu', 'sfapi')}`;
  } },
  { src: 'hr', name: 'deel-contractor', make: (x) => {
    const P = who(x);
    return `deel.contractors.create -> 400 {"errors":[{"message":"tax_residence invalid"}]}\n  Authorization: Bearer ${K(x, 'b62_64')}\n  data: ${js73({ first_name: gn(x, P), last_name: fn(x, P), email: em(x, P), phone: ph(x, P), address: { street: st(x, P), zip: P.postcode, country: P.cc }, bank: { iban: iban(x) } })}`;
  } },
  { src: 'hr', name: 'hr-ldap-sync', make: (x) => {
    const P = whoPlain(x);
    return `ldap_modify: Constraint violation (19) additional info: mobile: value #0 invalid per syntax\ndn: uid=${P.name.handle},ou=people,dc=globex,dc=corp\ncn: ${nm(x, P)}\nmobile: ${ph(x, P)}\nmail: ${em(x, P)}\nbind: cn=hr-sync,ou=svc,dc=globex,dc=corp password=${pw(x)}\nscim token: ${K(x, 'b62_40')}`;
  } },
  { src: 'hr', name: 'onboarding-form-json', make: (x) => {
    const P = whoId(x);
    const id = nid(x, P);
    return `POST /api/onboarding/submit 500\nx-csrf-token: ${x.hex(40)}\ncookie: connect.sid=${K(x, 'session_connect')}\n${js73({ employee: { preferredName: nm(x, P), birthDate: P.dobIso, taxId: id.value, homeAddress: st(x, P), emergencyContact: { phone: ph(x, P) } } }, 2)}`;
  } },
  { src: 'hr', name: 'payslip-mailer', make: (x) => {
    const P = who(x);
    return `mailer: payslip delivery failed 550 5.1.1 <${em(x, P)}>: Recipient address rejected\n  smtp://postmaster@mg.globex-hr.com:${upw(x)}@smtp.mailgun.org:587\n  mailgun_api_key=${K(x, 'mailgun')} attachment=payslip-${x.r.digits(6)}.pdf recipient_name="${nm(x, P)}"`;
  } },
  { src: 'hr', name: 'timesheet-redis', make: (x) => {
    const P = who(x);
    return `redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.\n  REDIS_URL=rediss://hr-worker:${upw(x)}@hr-cache.prod:6380/0\n  job=timesheet.reminder args=('${em(x, P)}', '${e164ish(x, P)}') kwargs={'api_token': '${K(x, 'b62_40')}'}`;
  } },
];

function e164ish(x: Parameters<PosTpl73['make']>[0], P: { phone: { e164: string } }): string {
  return x.p('phone', P.phone.e164);
}
