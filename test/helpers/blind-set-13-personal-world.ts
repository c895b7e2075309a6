import { DIGITS, UPPER } from './blind-set-9-rng';
import { aadhaar, chinaRic, cpf, cuil, curp, mrzLine, myNumber, nric, rrn, rut, tcKimlik, tfn, zaId } from './blind-set-13-ids-world';
import { dob, email, person, phone } from './blind-set-13-people';
import { pers, pos, type PosCase13 } from './blind-set-13-types';

/** Personal data from Latin America, Asia-Pacific, Africa and travel documents. */
export const personalWorld: PosCase13[] = [
  (r) => {
    const c = cpf(r);
    const p = phone(r, 'BR');
    return pos('kyc/pix-webhook', `[pix] webhook rejeitado: assinatura inválida payload={"endToEndId":"E${r.digits(8)}2026${r.digits(19)}","pagador":{"nome":"${person(r).first} ${person(r).last}","cpf":"${c}","telefone":"${p}"},"valor":"149.90"}`, pers('cpf', c), pers('phone', p));
  },
  (r) => {
    const a = aadhaar(r);
    const p = phone(r, 'IN');
    return pos('kyc/digilocker-in', `ERROR ekyc.py:214 offline XML parse failed for ref ${r.digits(12)}: {'uid': '${a}', 'mobile': '${p}', 'gender': 'F', 'state': 'Karnataka'}`, pers('aadhaar', a), pers('phone', p));
  },
  (r) => {
    const id = chinaRic(r);
    const p = phone(r, 'CN');
    return pos('kyc/alipay-cert', `alipay.user.certify.open.initialize 返回 40004 业务处理失败 sub_code=CERT_INFO_INVALID biz_content={"identity_param":{"identity_type":"CERT_INFO","cert_type":"IDENTITY_CARD","cert_no":"${id}"},"mobile":"${p}"}`, pers('china-ric', id), pers('phone', p));
  },
  (r) => {
    const id = zaId(r);
    const p = phone(r, 'ZA');
    return pos('kyc/fica-za', `2026/11/${r.int(10, 28)} 09:15:33 fica-onboarding ERROR home affairs lookup timeout idNumber=${id} cell=${p} branch=Sandton`, pers('za-id', id), pers('phone', p));
  },
  (r) => {
    const c = curp(r);
    const e = email(r);
    return pos('hr/cfdi-nomina', `Error timbrado CFDI nómina: CFDI40145 - El campo Curp del receptor no corresponde con el RFC. Receptor: {"Curp":"${c}","NumEmpleado":"${r.int(100, 999)}","Correo":"${e}"}`, pers('curp', c), pers('email', e));
  },
  (r) => {
    const t = rut(r);
    return pos('erp/sii-boleta', `SII rechazo DTE tipo 39 folio ${r.int(1000, 99999)}: RUT receptor no válido en padrón (RutRecep=${t}, RznSocRecep="${person(r).first} ${person(r).last}")`, pers('rut', t));
  },
  (r) => {
    const c = cuil(r);
    return pos('hr/afip-f931', `ERROR liquidación ${r.int(1, 12)}/2026: AFIP devolvió "CUIL inexistente" para empleado legajo ${r.int(100, 999)} cuil=${c} obra_social=${r.digits(6)}`, pers('cuil', c));
  },
  (r) => {
    const t = tfn(r);
    const p = phone(r, 'AU');
    return pos('hr/xero-payroll-au', `Xero.NetStandard.OAuth2.Client.ApiException: Error calling CreateEmployee: {"title":"Validation error","detail":"TaxFileNumber: is invalid"} employee={"firstName":"${person(r).first}","taxDeclaration":{"taxFileNumber":"${t}"},"mobile":"${p}"}`, pers('tfn', t), pers('phone', p));
  },
  (r) => {
    const n = nric(r);
    const p = phone(r, 'SG');
    return pos('kyc/myinfo-sg', `myinfo person response (decrypted) uinfin=${n} {"mobileno":{"prefix":{"value":"+"},"areacode":{"value":"65"},"nbr":{"value":"${p.slice(4).replace(' ', '')}"}},"regadd":{"postal":{"value":"${r.int(100000, 829999)}"}}} mobile_display=${p}`, pers('nric', n), pers('phone', p));
  },
  (r) => {
    const n = rrn(r);
    const p = phone(r, 'KR');
    return pos('crm/kr-member', `org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_member_rrn]\n  parameters: [${person(r).last}, ${n}, ${p}]`, pers('rrn', n), pers('phone', p));
  },
  (r) => {
    const n = tcKimlik(r);
    const p = phone(r, 'TR');
    return pos('kyc/tr-edevlet', `KPSPublic TCKimlikNoDogrula false -> {"TCKimlikNo":"${n}","Ad":"${person(r).first.toUpperCase()}","DogumYili":19${r.int(50, 99)}} gsm=${p}`, pers('tc-kimlik', n), pers('phone', p));
  },
  (r) => {
    const n = myNumber(r);
    const p = phone(r, 'JP');
    return pos('hr/jp-mynumber', `WARN 年末調整 import: 個人番号の桁数チェックOK, 扶養親族で不整合 row=${r.int(2, 300)} {"個人番号":"${n}","携帯電話":"${p}"}`, pers('my-number', n), pers('phone', p));
  },
  (r) => {
    const { line, passport } = mrzLine(r, r.pick(['D<<', 'NLD', 'FRA', 'GBR']));
    return pos('kyc/document-extract', `{"document":{"type":"passport","document_number":"${passport}","mrz_line_2":"${line}","issuing_country":"EU"},"checks":{"mrz_checksum":"pass","face_match":0.42},"result":"consider"}`, pers('passport-number', passport), pers('mrz', line));
  },
  (r) => {
    const pp = String(r.int(5, 6)) + r.digits(8);
    const dl = r.chars(UPPER, 1) + r.chars(DIGITS, 7);
    const b = dob(r);
    return pos('travel/booking-api', `Sabre.Exception: SecureFlight data incomplete for PNR ${r.chars(UPPER, 6)}\n<PassengerDocument><PassportNumber>${pp}</PassportNumber><DateOfBirth>${b}</DateOfBirth></PassengerDocument>\nrental: driversLicenseNumber=${dl} issuingState=CA`, pers('passport-number', pp), pers('dob', b), pers('driver-licence', dl));
  },
  (r) => {
    const e = email(r);
    const p = phone(r, 'KE');
    return pos('support/intercom-webhook', `{"type":"notification_event","topic":"contact.user.created","data":{"item":{"type":"contact","role":"user","email":"${e}","phone":"${p}","location":{"city":"Nairobi"}}}}`, pers('email', e), pers('phone', p));
  },
];
