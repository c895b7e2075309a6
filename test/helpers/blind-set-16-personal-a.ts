import { idGen16 } from './blind-set-16-ids';
import { addressGen16, dob16, fullName, mailbox, passportGen16, phoneGen16 } from './blind-set-16-people';
import { iso16, pers, pos, type PosCase16 } from './blind-set-16-types';

const id = (k: string) => idGen16[k]!;
const ph = (k: string) => phoneGen16[k]!;

/** Personal data in webhook payloads from payroll, HR, KYC, CRM and PSP systems that an integration echoed back on failure. */
export const personalA: PosCase16[] = [
  (r) => {
    const n = fullName(r, 'us'), ssn = id('us-ssn')(r), dob = dob16(r, 'iso'), addr = addressGen16.us!(r);
    return pos('hr/payroll-webhook-ssn', `payroll-sync: 422 from /v1/employees — webhook body was:
{"event":"employee.updated","data":{"employee_uuid":"${r.uuid()}","first_name":"${n.split(' ')[0]}","last_name":"${n.split(' ')[1]}","ssn":"${ssn}","date_of_birth":"${dob}","home_address":"${addr}","department":"Warehouse"}}`,
      pers('us-ssn', ssn), pers('dob', dob), pers('address', addr));
  },
  (r) => {
    const nino = id('uk-nino')(r), p = ph('uk')(r), e = mailbox(r, fullName(r, 'us'));
    return pos('hr/eor-webhook-nino', `WARN eor-connector: contract.created handler failed (TypeError: Cannot read properties of undefined (reading 'start_date'))
payload.worker = { legal_name: 'Callum Pruitt', national_insurance_number: '${nino}', personal_email: '${e}', mobile: '${p}', country: 'GB' }`,
      pers('uk-nino', nino), pers('phone', p), pers('email', e));
  },
  (r) => {
    const st = id('de-steuer-id')(r), addr = addressGen16.de!(r);
    return pos('hr/personio-steuer-id', `personio-webhook ${iso16(r)} ERROR Validation failed for employee ${r.int(100000, 999999)}: field "iban" missing
{"attributes":{"first_name":{"value":"Mareike"},"last_name":{"value":"Köhler"},"dynamic_${r.int(100000, 999999)}":{"label":"Steuer-ID","value":"${st}"},"address":{"label":"Anschrift","value":"${addr}"}}}`,
      pers('de-steuer-id', st), pers('address', addr));
  },
  (r) => {
    const cpf = id('br-cpf')(r), e = mailbox(r, fullName(r, 'br')), p = ph('br')(r);
    return pos('psp/pix-webhook-cpf', `mp-webhook: payment.updated processing failed: KeyError('external_reference')
{"action":"payment.updated","data":{"payer":{"email":"${e}","identification":{"type":"CPF","number":"${cpf}"},"phone":{"number":"${p}"}},"payment_method_id":"pix","status":"approved"}}`,
      pers('br-cpf', cpf), pers('email', e), pers('phone', p));
  },
  (r) => {
    const cuit = id('ar-cuit')(r);
    return pos('psp/mp-ar-cuit', `[mercadopago-ar] preference create 400 bad_request: payer.identification invalid
request body: {"payer":{"name":"Lucía","surname":"Ferreyra","identification":{"type":"CUIT","number":"${cuit}"}},"items":[{"title":"Plan anual","quantity":1,"unit_price":48000}]}`,
      pers('ar-cuit', cuit));
  },
  (r) => {
    const aad = id('in-aadhaar')(r), p = ph('in')(r), dob = dob16(r, 'dmy');
    return pos('kyc/okhttp-aadhaar-body', `D/OkHttp: --> POST https://kyc-gateway.corp-lend.in/v2/ekyc/verify
D/OkHttp: {"aadhaar_number":"${aad}","name":"Ishita Kulkarni","dob":"${dob}","mobile":"${p}","consent":"Y"}
D/OkHttp: <-- 502 Bad Gateway (30012ms)`, pers('in-aadhaar', aad), pers('dob', dob), pers('phone', p));
  },
  (r) => {
    const nin = id('no-fodselsnummer')(r), p = `+47${r.pick(['4', '9'])}${r.digits(7)}`;
    return pos('kyc/vipps-userinfo', `vipps-login: userinfo mapping failed: missing claim "address"
userinfo={"sub":"${r.uuid()}","name":"Sindre Haugen","nin":"${nin}","phone_number":"${p}","email_verified":true}`, pers('no-fodselsnummer', nin), pers('phone', p));
  },
  (r) => {
    const nric = id('sg-nric')(r), addr = `Blk ${r.int(100, 899)} Ang Mo Kio Avenue ${r.int(1, 10)}, #${String(r.int(2, 20)).padStart(2, '0')}-${r.int(100, 999)}, Singapore 56${r.digits(4)}`;
    return pos('kyc/myinfo-person', `myinfo: person response rejected (schema v4): uinfin.classification unexpected
{"uinfin":{"value":"${nric}","source":"1","classification":"C"},"name":{"value":"TAN WEI LING"},"regadd":{"type":"SG","unformatted":"${addr}"}}`, pers('sg-nric', nric), pers('address', addr));
  },
  (r) => {
    const ee = id('ee-isikukood')(r);
    return pos('kyc/smart-id-url', `${iso16(r)} WARN  ee.sk.smartid.SmartIdRestConnector - POST https://rp-api.smart-id.com/v2/authentication/etsi/PNOEE-${ee} returned 471 (NoSuitableAccountOfRequestedTypeFoundException)`, pers('ee-isikukood', ee));
  },
  (r) => {
    const tz = id('il-teudat-zehut')(r), p = `+972-5${r.int(0, 8)}-${r.digits(3)}-${r.digits(4)}`;
    return pos('crm/salesforce-outbound-tz', `sf-outbound-listener: SOAP fault while acking notification ${r.b62(18)}
<sObject xsi:type="sf:Contact"><sf:Id>003${r.b62(15)}</sf:Id><sf:FirstName>Noa</sf:FirstName><sf:LastName>Ben-David</sf:LastName><sf:Teudat_Zehut__c>${tz}</sf:Teudat_Zehut__c><sf:MobilePhone>${p}</sf:MobilePhone></sObject>`, pers('il-teudat-zehut', tz), pers('phone', p));
  },
  (r) => {
    const pass = passportGen16.de!(r), n = fullName(r, 'de'), dob = dob16(r, 'dot');
    return pos('travel/booking-webhook-passport', `amadeus-adapter: FOP rejected for PNR ${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 6)}: {"travelers":[{"name":{"firstName":"${n.split(' ')[0]}","lastName":"${n.split(' ')[1]}"},"dateOfBirth":"${dob}","documents":[{"documentType":"PASSPORT","number":"${pass}","issuanceCountry":"DE","expiryDate":"2031-04-30"}]}]}`,
      pers('passport', pass), pers('dob', dob));
  },
  (r) => {
    const pass = passportGen16.in!(r), e = mailbox(r, fullName(r, 'in'));
    return pos('travel/visa-form-passport', `visa-portal: POST /applications 500 — form fields: passport_no=${pass}&given_name=Pranav&surname=Iyer&email=${encodeURIComponent(e)}&nationality=IND`, pers('passport', pass), pers('email-urlenc', encodeURIComponent(e)));
  },
  (r) => {
    const addr = addressGen16.jp!(r), p = ph('jp')(r);
    return pos('crm/jp-shipping-webhook', `shipping-hook: ヤマト運輸 API 400 (住所不正)
{"order_id":"JP-${r.digits(8)}","recipient":{"name":"佐藤 美咲","postal_address":"${addr}","tel":"${p}"}}`, pers('address', addr), pers('phone', p));
  },
  (r) => {
    const addr = addressGen16.nl!(r), e = mailbox(r, fullName(r, 'nordic')), bsn = id('nl-bsn')(r);
    return pos('hr/nmbrs-soap-bsn', `nmbrs-sync: Employee_PersonalInfo_UpdateCurrent fault: Invalid IBAN
<PersonalInfo><EmployeeNumber>${r.int(100, 9999)}</EmployeeNumber><BurgerServiceNummer>${bsn}</BurgerServiceNummer><Email>${e}</Email><Address>${addr}</Address></PersonalInfo>`, pers('nl-bsn', bsn), pers('email', e), pers('address', addr));
  },
  (r) => {
    const cz = id('cz-rodne-cislo')(r), p = `+420 ${r.chars('67', 1)}${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`;
    return pos('cdc/debezium-rodne-cislo', `{"schema":{"type":"struct","name":"crm.public.customers.Envelope"},"payload":{"before":null,"after":{"id":${r.int(1, 999999)},"jmeno":"Marek Dvořák","rodne_cislo":"${cz}","telefon":"${p}"},"op":"c","ts_ms":${1796000000000 + r.int(0, 9e8)}}}
ERROR WorkerSinkTask{id=es-sink-customers-0} DataException: Converting byte[] to Kafka Connect data failed`, pers('cz-rodne-cislo', cz), pers('phone', p));
  },
  (r) => {
    const ca = addressGen16.ca!(r), sin = id('ca-sin')(r);
    return pos('hr/rails-params-sin', `Started POST "/onboarding/tax_forms" for 172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)} at ${iso16(r)}
Processing by Onboarding::TaxFormsController#create as JSON
  Parameters: {"tax_form"=>{"kind"=>"TD1", "sin"=>"${sin}", "mailing_address"=>"${ca}", "claim_amount"=>"15705"}}
Completed 422 Unprocessable Entity in 18ms`, pers('ca-sin', sin), pers('address', ca));
  },
];
