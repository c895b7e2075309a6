import { DIGITS, UPPER } from './blind-set-10-rng';
import { pers, pos, type PosCase10 } from './blind-set-10-types';
import { aadhaar, bsn, codiceFiscale, cpf, dni, hetu, nhs, nie, nino, nir, pan, pesel, personnummer, sin, ssn, steuerId, tfn, zaId } from './blind-set-10-ids';
import { dob, email, first, fullName, last, ts } from './blind-set-10-values';

/** National ids, passports and licences in KYC, payroll, HR and tax-provider payloads. */
export const people: PosCase10[] = [
  (r) => {
    const s = ssn(r);
    const d = dob(r);
    return pos('ids/us-ssn-plaid-idv', `plaid identity_verification webhook: status=failed steps.kyc_check=failed\n  user={"name":{"given_name":"${first(r)}","family_name":"${last(r)}"},"date_of_birth":"${d}","id_number":{"value":"${s}","type":"us_ssn"}}`, pers('us-ssn', s), pers('date-of-birth', d));
  },
  (r) => {
    const s = ssn(r).replace(/-/g, '');
    return pos('ids/us-ssn-gusto-compact', `Gusto API 422: {"errors":{"ssn":["has already been taken"]}} request: PUT /v1/employees/${r.uuid()} {"first_name":"${first(r)}","ssn":"${s}","version":"${r.hex(32)}"}`, pers('us-ssn-compact', s));
  },
  (r) => {
    const n = nino(r);
    return pos('ids/uk-nino-payroll-csv', `hmrc-rti: FPS submission rejected (error 6026 NINO invalid format) row: ${r.digits(6)},"${fullName(r)}","${n}",${dob(r)},A`, pers('uk-nino', n));
  },
  (r) => {
    const n = nino(r, false);
    return pos('ids/uk-nino-compact-json', `{"level":"warn","msg":"onfido check consider","check_id":"${r.uuid()}","applicant":{"first_name":"${first(r)}","id_numbers":[{"type":"national_insurance","value":"${n}"}]}}`, pers('uk-nino', n));
  },
  (r) => {
    const n = nhs(r);
    return pos('ids/uk-nhs-number-hl7', `HL7 ACK AE: PID segment rejected\nPID|1||${n.replace(/ /g, '')}^^^NHS^NH||${last(r).toUpperCase()}^${first(r).toUpperCase()}||${dob(r).replace(/-/g, '')}|F`, pers('uk-nhs', n.replace(/ /g, '')));
  },
  (r) => {
    const n = nir(r);
    const spaced = `${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7, 10)} ${n.slice(10, 13)} ${n.slice(13)}`;
    return pos('ids/fr-nir-payfit-error', `PayFit sync: employé ${first(r)} ${last(r)} rejeté — numéro de sécurité sociale "${spaced}" déjà utilisé (contrat ${r.digits(6)})`, pers('fr-nir', spaced));
  },
  (r) => {
    const d = dni(r);
    return pos('ids/es-dni-redsys-form', `POST /checkout/es 502 form: titular=${encodeURIComponent(fullName(r))}&nif=${d}&importe=4590&moneda=978`, pers('es-dni', d));
  },
  (r) => {
    const n = nie(r);
    return pos('ids/es-nie-holded-php', `Holded\\Api\\Exception: contact create failed: {"status":0,"info":"Duplicate code"}\n  array ( 'name' => '${fullName(r)}', 'code' => '${n}', 'isperson' => true, 'countryCode' => 'ES' )`, pers('es-nie', n));
  },
  (r) => {
    const c = codiceFiscale(r);
    return pos('ids/it-cf-fattura-xml', `SdI scarto fattura NS 00305: CodiceFiscale non valido\n<CessionarioCommittente><DatiAnagrafici><CodiceFiscale>${c}</CodiceFiscale><Anagrafica><Nome>${first(r)}</Nome></Anagrafica></DatiAnagrafici></CessionarioCommittente>`, pers('it-cf', c));
  },
  (r) => {
    const s = steuerId(r);
    const spaced = `${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5, 8)} ${s.slice(8)}`;
    return pos('ids/de-steuer-id-personio', `personio: employee attribute update failed (422) attribute=tax_id value="${spaced}" employee_id=${r.digits(7)}`, pers('de-steuer-id', spaced));
  },
  (r) => {
    const b = bsn(r);
    return pos('ids/nl-bsn-loket-json', `loket.nl API 400: {"messages":[{"type":"error","description":"BSN komt al voor"}]} body={"burgerservicenummer":"${b}","achternaam":"${last(r)}","geboortedatum":"${dob(r)}"}`, pers('nl-bsn', b));
  },
  (r) => {
    const c = cpf(r);
    const e = email(r);
    return pos('ids/br-cpf-pagarme', `pagarme: 422 {"message":"The request is invalid.","errors":{"customer.document":["invalid"]}} customer={"name":"${fullName(r)}","email":"${e}","document":"${c}","type":"individual"}`, pers('br-cpf', c), pers('email', e));
  },
  (r) => {
    const c = cpf(r, false);
    return pos('ids/br-cpf-unformatted-sql', `ERROR:  duplicate key value violates unique constraint "clientes_cpf_key"\nDETAIL:  Key (cpf)=(${c}) already exists.\nSTATEMENT:  INSERT INTO clientes (nome, cpf) VALUES ($1, $2)`, pers('br-cpf', c));
  },
  (r) => {
    const a = aadhaar(r);
    const p = pan(r);
    return pos('ids/in-aadhaar-pan-digilocker', `DigiLocker eKYC callback mismatch: {"aadhaar":"${a}","pan":"${p}","name_match_score":0.41,"txn":"${r.uuid()}"}`, pers('in-aadhaar', a), pers('in-pan', p));
  },
  (r) => {
    const s = sin(r);
    return pos('ids/ca-sin-wealthsimple-ruby', `Payroll::T4Error: invalid recipient\n  #<T4Slip employee="${fullName(r)}", sin="${s}", box14=${r.int(30000, 99000)}.00, province="ON">`, pers('ca-sin', s));
  },
  (r) => {
    const t = tfn(r);
    return pos('ids/au-tfn-xero-payroll', `Xero Payroll AU: ValidationException — TaxDeclaration.TaxFileNumber "${t}" is not valid for employee ${r.uuid()} (${first(r)})`, pers('au-tfn', t));
  },
  (r) => {
    const p = pesel(r);
    return pos('ids/pl-pesel-ksef', `KSeF: błąd walidacji 21405 — nabywca PESEL=${p} nazwisko=${last(r).toUpperCase()} ${ts(r)}`, pers('pl-pesel', p));
  },
  (r) => {
    const p = personnummer(r);
    return pos('ids/se-personnummer-bankid', `BankID collect failed: hintCode=userCancel orderRef=${r.uuid()} personalNumber=${p.replace('-', '').replace(/^/, '19')} displayed="${p}"`, pers('se-personnummer', p));
  },
  (r) => {
    const h = hetu(r);
    return pos('ids/fi-hetu-kela-soap', `<soap:Fault><faultstring>Henkilötunnus virheellinen</faultstring><detail><henkilo><hetu>${h}</hetu><sukunimi>${last(r)}</sukunimi></henkilo></detail></soap:Fault>`, pers('fi-hetu', h));
  },
  (r) => {
    const z = zaId(r);
    return pos('ids/za-id-smile-identity', `smile_identity: job ${r.digits(10)} result ResultCode=1022 ResultText="No Match" id_type=NATIONAL_ID id_number=${z} country=ZA`, pers('za-id', z));
  },
  (r) => {
    const p = `${r.int(5, 6)}${r.digits(8)}`;
    const d = dob(r);
    return pos('ids/us-passport-persona', `persona inquiry.failed: verification/government-id: passport number "${p}" MRZ check mismatch; birthdate "${d}"; inquiry_id=inq_${r.chars(UPPER + DIGITS, 24)}`, pers('us-passport', p), pers('date-of-birth', d));
  },
  (r) => {
    const ln = last(r).toUpperCase().replace(/[^A-Z]/g, '').padEnd(5, '9').slice(0, 5);
    const d = dob(r);
    const dl = `${ln}${d[2]}${d.slice(5, 7)}${d.slice(8, 10)}${d[3]}${first(r)[0]}${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1)}9${r.chars(UPPER, 2)}`;
    return pos('ids/uk-driving-licence-onfido', `onfido report driving_licence: breakdown.data_comparison.document_numbers=consider value=${dl} issuing_country=GBR`, pers('uk-driving-licence', dl));
  },
  (r) => {
    const dl = `${r.chars(UPPER, 1)}${r.digits(7)}`;
    const d = dob(r);
    return pos('ids/us-driver-license-checkr', `Checkr candidate create 400: {"error":"driver_license_number is invalid for state CA"} candidate={"first_name":"${first(r)}","dob":"${d}","driver_license_number":"${dl}","driver_license_state":"CA"}`, pers('us-driver-license', dl), pers('date-of-birth', d));
  },
];
