import { aadhaar, chinaRic, cpf, nric, rut, sin, ssn, tfn, zaId } from './blind-set-15-ids';
import { dobIso, dobParts, email15, houseNo, name15, p2, passportNo, PHONES } from './blind-set-15-people';
import { iso15, pers, pos, type PosCase15 } from './blind-set-15-types';

/** Personal data from the Americas, APAC and Africa as CRMs, KYC, payroll and support desks print it. */
export const personalWorld: PosCase15[] = [
  (r) => {
    const id = ssn(r);
    const [y, m, d] = dobParts(r);
    const dob = `${p2(m)}/${p2(d)}/${y}`;
    const addr = `${r.int(100, 9899)} N Clark St Apt ${r.int(1, 30)}, Chicago, IL 606${r.int(10, 60)}`;
    return pos('payroll-us/csv-error', `import_employees.csv:118: rejected (W-4 missing): row="${name15(r)}","${id}","${dob}","${addr}","full-time"`, pers('ssn', id), pers('dob', dob), pers('address', addr));
  },
  (r) => {
    const id = cpf(r);
    const tel = PHONES['br']!(r);
    const dob = dobIso(r);
    return pos('pix-br/json', `{"nivel":"erro","mensagem":"cobrança Pix recusada","devedor":{"nome":"${name15(r)}","cpf":"${id}","dataNascimento":"${dob}","celular":"${tel}"},"txid":"${r.b62(26)}"}`, pers('cpf', id), pers('dob', dob), pers('phone', tel));
  },
  (r) => {
    const id = sin(r);
    const tel = PHONES['ca']!(r);
    return pos('payroll-ca/dotnet', `Payroll.Validation.T4Exception: Social insurance number rejected by CRA pre-check
   at Payroll.T4.Builder.Add(Employee e) in /src/T4/Builder.cs:line 73
   Employee { Name = ${name15(r)}, Sin = ${id}, HomePhone = ${tel}, Province = ON }`, pers('sin', id), pers('phone', tel));
  },
  (r) => {
    const id = aadhaar(r);
    const tel = PHONES['in']!(r);
    const mail = email15(r);
    return pos('ekyc-in/node', `[ekyc] offline XML verification failed: signature invalid
{ uid: '${id}', name: '${name15(r)}', mobile: '${tel}', email: '${mail}', gender: 'F', vtc: 'Pune' }`, pers('aadhaar', id), pers('phone', tel), pers('email', mail));
  },
  (r) => {
    const id = chinaRic(r);
    const tel = PHONES['cn']!(r);
    return pos('kyc-cn/java', `2026-11-21 13:02:44.118 ERROR [realname-verify] c.c.k.RealNameService - 实名认证失败 code=ID_NAME_MISMATCH 请求参数={姓名=张伟, 身份证号=${id}, 手机号=${tel}}`, pers('china-ric', id), pers('phone', tel));
  },
  (r) => {
    const id = zaId(r);
    const tel = PHONES['za']!(r);
    return pos('payroll-za/go', `ERRO[0003] SARS IRP5 validation failed employee="&{Name:${name15(r)} IDNumber:${id} Cell:${tel} TaxRef:${r.digits(10)}}" err="tax reference checksum"`, pers('za-id', id), pers('phone', tel));
  },
  (r) => {
    const id = rut(r);
    const tel = PHONES['cl']!(r);
    return pos('boleta-cl/php', `[SII] Rechazo DTE tipo 39 folio ${r.int(1000, 99999)}: RUT receptor inválido
Array ( [RUTRecep] => ${id} [RznSocRecep] => ${name15(r)} [Contacto] => ${tel} [GiroRecep] => Particular )`, pers('rut', id), pers('phone', tel));
  },
  (r) => {
    const id = tfn(r);
    const tel = PHONES['au']!(r);
    const dob = dobIso(r);
    return pos('payroll-au/xero', `Xero.NetStandard.OAuth2.Client.ApiException: Error calling CreateEmployee: {"Problem":{"type":"validation-error","invalidFields":[{"name":"TaxFileNumber"}]}}
  employee: { "firstName": "Grace", "lastName": "Walsh", "dateOfBirth": "${dob}T00:00:00", "taxFileNumber": "${id}", "mobile": "${tel}" }`, pers('tfn', id), pers('dob', dob), pers('phone', tel));
  },
  (r) => {
    const id = nric(r);
    const tel = PHONES['sg']!(r);
    const addr = `Blk ${r.int(100, 899)} Tampines Street ${r.int(11, 99)} #${p2(r.int(2, 25))}-${r.int(100, 999)} Singapore 52${r.digits(4)}`;
    return pos('myinfo-sg/json', `{"level":"error","msg":"MyInfo person decrypt ok, CPF lookup failed","person":{"uinfin":{"value":"${id}"},"mobileno":{"nbr":{"value":"${tel}"}},"regadd":{"value":"${addr}"}}}`, pers('nric', id), pers('phone', tel), pers('address', addr));
  },
  (r) => {
    const pp = passportNo(r, 'us');
    const dl = `${r.pick(['D', 'F', 'Y'])}${r.digits(7)}`;
    const dob = dobIso(r);
    return pos('persona-us/webhook', `persona webhook inquiry.failed (verification/government-id: mismatch)
  attributes:
    name-first: Noah
    birthdate: "${dob}"
    identification-number: ${dl}
    identification-class: dl
    passport_number: "${pp}"`, pers('driver-licence', dl), pers('passport', pp), pers('dob', dob));
  },
  (r) => {
    const tel = PHONES['jp']!(r);
    const mail = email15(r);
    return pos('line-jp/support', `[zendesk→line] 送信失敗 ticket #${r.int(10000, 99999)} requester={"name":"佐藤 愛子","email":"${mail}","phone":"${tel}"} error=LINE user not linked`, pers('email', mail), pers('phone', tel));
  },
  (r) => {
    const tel = PHONES['mx']!(r);
    const mail = email15(r);
    return pos('crm-mx/hubspot-form', `form submission rejected (captcha) body=firstname=Diego&lastname=Mu%C3%B1oz&email=${encodeURIComponent(mail)}&telefono=${encodeURIComponent(tel)}&ciudad=Monterrey`, pers('email-urlenc', encodeURIComponent(mail)), pers('phone-urlenc', encodeURIComponent(tel)));
  },
  (r) => {
    const tel = PHONES['ng']!(r);
    const dob = dobIso(r);
    return pos('kyc-ng/py', `${iso15(r)} ERROR bvn_lookup: BVN name mismatch for applicant {'first_name': 'Chidi', 'phone_number': '${tel}', 'date_of_birth': '${dob}', 'bvn': None}`, pers('phone', tel), pers('dob', dob));
  },
  (r) => {
    const tel = PHONES['us']!(r);
    const mail = email15(r);
    const addr = `${houseNo(r)} Ocean Ave, Santa Monica, CA 904${r.int(1, 5)}${r.int(0, 9)}`;
    return pos('salesforce-us/graphql', `{"errors":[{"message":"DUPLICATES_DETECTED","extensions":{"record":{"Name":"${name15(r)}","Email":"${mail}","MobilePhone":"${tel}","MailingAddress":"${addr}"}}}]}`, pers('email', mail), pers('phone', tel), pers('address', addr));
  },
];
