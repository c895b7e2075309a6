import type { Tpl43 } from './blind-set-43-gen';

const COLLEGES = ['westbrook', 'stmarys', 'ucvalley', 'lakeshore-cc', 'norwood', 'tristate'];

/** Admissions (Common App, Slate), financial aid (FAFSA/ISIR, loans, refunds). */
export const ADMIT43: Tpl43[] = [
  {
    id: 'admissions/commonapp-sftp-env',
    make: (c) => `COMMONAPP_SDS_HOST=sds.commonapp.org
COMMONAPP_SDS_USER=${c.pick(COLLEGES)}_sds
COMMONAPP_SDS_PASSWORD=${c.pw()}
COMMONAPP_API_KEY=${c.b62('commonapp_api_key', 40)}
SLATE_UPLOAD_URL=https://apply.${c.pick(COLLEGES)}.edu/manage/service/import?cmd=load&format=${c.r.uuid()}&key=${c.b62('slate_source_key', 32)}`,
  },
  {
    id: 'admissions/commonapp-applicant-json',
    make: (c) => {
      const n = c.fullName();
      return `{"applicant":{"cai_id":"${c.r.digits(8)}","legal_name":"${c.pii('person_name', n)}","preferred_email":"${c.email(n)}","birth_date":"${c.dob(1)}","permanent_address":"${c.address()}","phone_mobile":"${c.phone(2)}","citizenship":{"status":"US Permanent Resident","alien_registration_number":"A${c.pii('alien_registration_number', c.r.digits(9).replace(/^0/, '2'))}"},"ssn":"${c.ssn()}"}}`;
    },
  },
  {
    id: 'admissions/slate-query-sql',
    make: (c) => `-- Slate custom SQL snippet, saved by ${c.rawEmail()}
SELECT p.[id], p.[first], p.[last], p.[birthdate]
FROM [person] p
WHERE p.[email] = '${c.email()}' OR p.[ssn] = '${c.ssn(false)}'
-- linked server: Server=sql.${c.pick(COLLEGES)}.edu;Database=Slate_ODS;User Id=slate_ro;Password=${c.oddPw()};`,
  },
  {
    id: 'admissions/intl-applicant-passport',
    make: (c) => {
      const n = c.fullName();
      return `Applicant: ${c.pii('person_name', n)}
Passport No.: ${c.passport()}   Date of birth: ${c.dob(3)}
SEVIS ID: N00${c.r.digits(8)}
Sponsor bank (proof of funds): IBAN ${c.iban()}
Contact: ${c.email(n)} / ${c.phone(2)}`;
    },
  },
  {
    id: 'admissions/recommender-portal-log',
    make: (c) => `level=info ts=2027-01-1${c.r.int(0, 9)}T03:22:${c.r.int(10, 59)}Z svc=recommender-portal msg="magic link issued" recommender="${c.name()}" to=${c.email()} link="https://apply.${c.pick(COLLEGES)}.edu/rec?token=${c.b64url('magic_link_token', 43)}"`,
  },
  {
    id: 'finaid/isir-record',
    make: (c) => {
      const n = c.fullName();
      const [first, ...rest] = n.split(' ');
      return `ISIR 2027-28 TXN 01  ${c.pii('us_ssn', c.rawSsn(false))}  LAST=${c.pii('person_name', rest.join(' ').toUpperCase())} FIRST=${c.pii('person_name', first!.toUpperCase())} DOB=${c.dob(2)} ADDR=${c.pii('street_address', c.street().toUpperCase())} PHONE=${c.phone(4)} EMAIL=${c.email()} SAI=${c.r.int(-1500, 30000)} PARENT1_SSN=${c.ssn(false)}`;
    },
  },
  {
    id: 'finaid/fafsa-contributor-invite-email',
    make: (c) => {
      const parent = c.fullName();
      return `From: FAFSA <noreply@studentaid.gov>
To: ${c.pii('person_name', parent)} <${c.email(parent)}>
Subject: You've been invited to contribute to a 2027–28 FAFSA form

${c.name()} (DOB ${c.dob(1)}) listed you as a parent contributor. Your FSA ID username is ${c.pick(['Mom', 'Dad', 'Parent'])}${c.r.digits(4)} and the temporary code is ${c.cred('fsa_otp_recovery_code', c.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 16))}. Your SSN ending is required; on file: ${c.ssn()}.`;
    },
  },
  {
    id: 'finaid/ssn-verification-ticket',
    make: (c) => `[Jira FA-${c.r.int(1000, 9999)}] C-code 225 — SSN mismatch
Reporter: ${c.rawEmail()}
Student ${c.name()} submitted SSN ${c.ssn()} but SSA shows DOB ${c.dob(1)}. Corrected SSN per card copy: ${c.ssn()}. Mailing address ${c.address()}.`,
  },
  {
    id: 'finaid/refund-direct-deposit-csv',
    make: (c) => {
      const lines = [];
      for (let i = 0; i < 2; i++) lines.push(`${c.r.digits(9)},"${c.name()}",${c.routing()},${c.account()},${c.pick(['CHECKING', 'SAVINGS'])},${c.r.int(200, 5800)}.${c.r.digits(2)}`);
      return `emplid,student_name,routing_number,account_number,account_type,title_iv_credit_balance\n${lines.join('\n')}`;
    },
  },
  {
    id: 'finaid/bankmobile-style-webhook',
    make: (c) => `POST /hooks/refund-selection HTTP/1.1
X-Signature-Secret: ${c.hex('refund_provider_webhook_secret', 64)}
Content-Type: application/json

{"event":"refund_preference.updated","student":{"name":"${c.name()}","email":"${c.email()}"},"preference":"ach","bank":{"routing":"${c.routing()}","account":"${c.account()}","holder":"self"}}`,
  },
  {
    id: 'finaid/nslds-loan-servicer-yaml',
    make: (c) => `servicers:
  mohela:
    sftp_user: ${c.pick(COLLEGES)}_cod
    sftp_password: "${c.pw()}"
  cod:
    saig_mailbox: TG${c.r.digits(5)}
    edconnect_password: ${c.pw(10)}
  aidvantage:
    api_key: ${c.b64url('loan_servicer_api_key', 40)}`,
  },
  {
    id: 'finaid/loan-borrower-export-json',
    make: (c) => `[{"borrower_ssn":"${c.ssn()}","borrower":"${c.name()}","dob":"${c.dob(0)}","loan":{"type":"Direct Unsubsidized","principal":${c.r.int(2000, 20000)}},"autopay":{"aba":"${c.routing()}","acct":"${c.account()}"},"endorser_ssn":"${c.ssn()}"}]`,
  },
  {
    id: 'finaid/tuition-payment-plan-log',
    make: (c) => `2027-08-2${c.r.int(0, 9)} 11:0${c.r.int(0, 9)}:33,412 ERROR [nelnet-plan] enrollment failed for payer="${c.name()}" card=${c.card()} exp=0${c.r.int(1, 9)}/${c.r.int(28, 33)} zip=${c.city()[2]} gateway_key=${c.cred('payment_gateway_key', c.r.b62(16))} -> AVS mismatch`,
  },
  {
    id: 'finaid/flywire-intl-payment',
    make: (c) => `{"payment":{"id":"${c.pick(COLLEGES).toUpperCase().slice(0, 3)}${c.r.digits(9)}","status":"guaranteed","payer":{"name":"${c.name()}","email":"${c.email()}","address":"${c.address()}"},"sender_account":{"iban":"${c.iban()}","bic":"${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 6)}2L"}},"callback_secret":"${c.b62('flywire_callback_secret', 40)}"}`,
  },
  {
    id: 'finaid/verification-worksheet-ocr',
    make: (c) => `V1 VERIFICATION WORKSHEET (OCR) — independent student
Student name: ${c.name()}   SSN: ${c.ssn()}   DOB: ${c.dob(1)}
Address: ${c.address()}   Phone: ${c.phone(0)}
Spouse: ${c.name()}   Spouse SSN: ${c.ssn()}
Employer EIN (W-2 box b): ${c.ein()}   Bank acct for refunds: ${c.account()} / RTN ${c.routing()}`,
  },
  {
    id: 'finaid/cashnet-gateway-properties',
    make: (c) => `# cashnet.properties
cashnet.store=${c.pick(COLLEGES).toUpperCase()}STORE
cashnet.operator=webapi
cashnet.password=${c.pw()}
cashnet.hmac.key=${c.hex('cashnet_hmac_key', 64)}
touchnet.upay.validation.key=${c.b64url('touchnet_validation_key', 32)}`,
  },
];
