import { cnId, cpf, cuit, curpCheck, krRrn, myNumber, passportNo, rut, sin, ssn } from './blind-set-14-ids';
import { dob, mailbox, person, phone } from './blind-set-14-people';
import { ts } from './blind-set-14-tokens';
import { pers, pos, type PosCase14 } from './blind-set-14-types';

/** Personal data under Asian, American and Latin American keys, in support, KYC and app-store payloads. */
export const personalWorld: PosCase14[] = [
  (r) => {
    const id = myNumber(r);
    const tel = phone(r, 'JP');
    const g = dob(r, 'ja');
    return pos('smarthr/従業員-jp', `SmartHR API 422: {"last_name":"${person(r, 'ja').last}","マイナンバー":"${id}","電話番号":"${tel}","生年月日":"${g}"}`, pers('my-number', id), pers('phone-jp', tel), pers('dob', g));
  },
  (r) => {
    const a = `東京都${r.pick(['渋谷区神南', '新宿区西新宿', '港区芝浦'])}${r.int(1, 4)}丁目${r.int(1, 30)}番${r.int(1, 20)}号`;
    return pos('yamato/送り状-jp', `{"error":"送り先住所が不正です","shipment":{"住所":"${a}","氏名":"${person(r, 'ja').last} 様"}}`, pers('address-jp', a));
  },
  (r) => {
    const id = krRrn(r);
    const tel = phone(r, 'KR');
    return pos('toss/kyc-kr', `[토스페이먼츠] 본인확인 실패 {"이름":"${person(r, 'ko').last}${person(r, 'ko').first}","주민등록번호":"${id}","전화번호":"${tel}"}`, pers('kr-rrn', id), pers('phone-kr', tel));
  },
  (r) => {
    const g = dob(r, 'ko');
    const m = mailbox(r, 'minji.park', 'ko');
    return pos('kakao/profile-kr', `kakao sync error: {"생년월일":"${g}","이메일":"${m}","성별":"female"}`, pers('dob', g), pers('email', m));
  },
  (r) => {
    const id = cnId(r);
    const tel = phone(r, 'CN');
    return pos('alipay/实名-cn', `alipay.user.certify.open.initialize 返回 40004: {"身份证号":"${id}","手机号":"${tel}","姓名":"${person(r, 'zh').last}${person(r, 'zh').first}"}`, pers('cn-id', id), pers('phone-cn', tel));
  },
  (r) => {
    const id = cpf(r);
    const tel = phone(r, 'BR');
    const m = mailbox(r, 'joao.conceicao', 'pt');
    return pos('pagarme/customer-br', `Pagar.me 422 customer: {"name":"${person(r, 'pt').first}","document":"${id}","email":"${m}","phones":{"mobile_phone":"${tel}"}}`, pers('cpf', id), pers('email', m), pers('phone-br', tel));
  },
  (r) => {
    const id = rut(r);
    return pos('khipu/pagador-cl', `khipu payment 400: {"payer_name":"Catalina Rojas","RUT":"${id}","bank":"Banco Estado"}`, pers('rut', id));
  },
  (r) => {
    const id = cuit(r);
    const tel = phone(r, 'AR');
    return pos('afip/factura-ar', `WSFEv1 FECAESolicitar error 10015: DocTipo=80 DocNro=${id.replace(/-/g, '')} receptor CUIT ${id} tel. ${tel}`, pers('cuit', id), pers('phone-ar', tel));
  },
  (r) => {
    const tel = phone(r, 'MX');
    const body = `${r.chars('BCDFGHLMNPRSTV', 1)}${r.pick(['A', 'E', 'O', 'U'])}${r.chars('BCDFGHLMNPRSTV', 2)}${r.int(60, 99)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}${r.pick(['H', 'M'])}DF${r.chars('BCDFGHJKLMNPRSTVZ', 3)}0`;
    const curpLike = body + curpCheck(body);
    return pos('conekta/customer-mx', `Conekta::ParameterValidationError customer_info: {"phone":"${tel}","curp":"${curpLike}","name":"Jimena Ortega"}`, pers('phone-mx', tel), pers('curp', curpLike));
  },
  (r) => {
    const s = ssn(r);
    const g = dob(r, 'iso');
    return pos('gusto/employee-python', `gusto.exceptions.UnprocessableEntity: 422 {'errors': {'ssn': ['is already taken']}}\n  payload={'first_name': 'Tyrone', 'ssn': '${s}', 'date_of_birth': '${g}', 'work_email': 'tyrone@acme.io'}`, pers('ssn', s), pers('dob', g));
  },
  (r) => {
    const s = sin(r);
    return pos('wealthsimple/kyc-ca', `{"event":"kyc.review","applicant":{"sin":"${s}","province":"QC","employment":"employed"},"reason":"SIN mismatch with CRA"}`, pers('sin', s));
  },
  (r) => {
    const tel = phone(r, 'US');
    const m = mailbox(r, `${person(r, 'en').first}.${person(r, 'en').last}`);
    return pos('intercom/contact-node', `IntercomError: 409 conflict creating contact\n  at Client.request (/app/node_modules/intercom-client/dist/client.js:44:15)\n  body: { role: 'user', email: '${m}', phone: '${tel}' }`, pers('email', m), pers('phone-us', tel));
  },
  (r) => {
    const tel = phone(r, 'IN');
    const pp = `${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1)}${r.digits(7)}`;
    return pos('razorpay/kyc-in', `{"entity":"stakeholder","phone":{"primary":"${tel}"},"kyc":{"passport_number":"${pp}"},"error":{"code":"BAD_REQUEST_ERROR"}}`, pers('phone-in', tel), pers('passport', pp));
  },
  (r) => {
    const m = mailbox(r, 'priya.nakamura');
    return pos('appstore/notification-email', `${ts(r)} WARN app-store-notify: DID_FAIL_TO_RENEW for originalTransactionId=${r.digits(15)} appAccountToken=${r.uuid()} contact=${m}`, pers('email', m));
  },
  (r) => {
    const pp = passportNo(r);
    const g = dob(r, 'iso');
    return pos('sumsub/applicant-json', `{"type":"applicantReviewed","applicantId":"${r.hex(24)}","info":{"idDocs":[{"idDocType":"PASSPORT","country":"GBR","number":"${pp}","dob":"${g}"}]},"reviewResult":{"reviewAnswer":"RED"}}`, pers('passport', pp), pers('dob', g));
  },
  (r) => {
    const a = `${r.int(100, 9899)} ${r.pick(['Maple Ave', 'W 49th St', 'Elm Street'])}, Apt ${r.int(1, 40)}${r.pick(['B', 'C'])}, ${r.pick(['Columbus, OH 43215', 'Tacoma, WA 98402', 'Austin, TX 78704'])}`;
    return pos('shipstation/ship-to', `ShipStation createLabel 500: {"shipTo":{"name":"Megan Whitfield","street1":"${a}","residential":true}}`, pers('address-us', a));
  },
];
