import { fold } from './blind-set-33-bankfile';
import { NATIONAL_IDS } from './blind-set-33-ids';
import { amount, host, level, ts } from './blind-set-33-noise';
import { address, dob, emailOf, jwt, password, person, phone, type Template33 } from './blind-set-33-values';

const ssn = NATIONAL_IDS['us-ssn']!.make;

/** Lending, KYC and credit: bureaus (Experian, Equifax, TransUnion), Alloy, Socure, Persona, Onfido, Jumio, loan servicing, multi-country national ids. */
export const LENDING_TEMPLATES: readonly Template33[] = [
  {
    area: 'lending', name: 'experian-credit-profile',
    make: (c, r) => {
      const p = person(r, 'US');
      return `experian.oauth POST /oauth2/v1/token {"username":"${r.pick(['acme', 'pacrim'])}_svc@${r.pick(['acmelending.com', 'pacrim.io'])}","password":"${c.c('experian-password', password(r))}","client_id":"${r.b62(32)}","client_secret":"${c.c('experian-client-secret', r.b62(16))}"}\nexperian.creditProfile 400 (invalid subscriberCode) request was:\n{"consumerPii":{"primaryApplicant":{"name":{"lastName":"${c.p('last-name', p.last.toUpperCase())}","firstName":"${c.p('first-name', p.first.toUpperCase())}"},"dob":{"dob":"${c.p('date-of-birth', dob(r, 'compact'))}"},"ssn":{"ssn":"${c.p('us-ssn', ssn(r).replace(/-/g, ''))}"},"currentAddress":{"line1":"${c.p('postal-address', address(r, 'US').split(',')[0]!)}","city":"Austin","state":"TX","zipCode":"78745"},"phone":[{"number":"${c.p('phone', r.digits(3).replace(/^[01]/, '5') + r.digits(7))}","type":"R"}]}},"requestor":{"subscriberCode":"${r.digits(7)}"}}`;
    },
  },
  {
    area: 'lending', name: 'equifax-xml-response',
    make: (c, r) => {
      const p = person(r, 'US');
      return `EquifaxInterconnect: parse error at /EfxReport/USConsumerCreditReport/SubjectName (unexpected element)\n<EfxReport requestNumber="${r.digits(9)}"><USConsumerCreditReport><SubjectName><LastName>${c.p('last-name', fold(p.last))}</LastName><FirstName>${c.p('first-name', fold(p.first))}</FirstName></SubjectName><SubjectSocialNum>${c.p('us-ssn', ssn(r).replace(/-/g, ''))}</SubjectSocialNum><BirthDate>${c.p('date-of-birth', dob(r, 'us'))}</BirthDate><AddressLine>${c.p('postal-address', fold(address(r, 'US'), 60))}</AddressLine><TotalNumberOfTrades>${r.int(1, 40)}</TotalNumberOfTrades></USConsumerCreditReport></EfxReport>\nclient_secret used: ${c.c('equifax-client-secret', r.b62(16))}`;
    },
  },
  {
    area: 'lending', name: 'transunion-soap-fault',
    make: (c, r) => {
      const p = person(r, 'US');
      return `<soap:Fault><faultcode>soap:Client</faultcode><faultstring>Invalid subscriber credentials</faultstring><detail><request><subscriber><industryCode>F</industryCode><memberCode>${r.digits(8)}</memberCode><inquirySubscriberPrefixCode>${r.digits(4)}</inquirySubscriberPrefixCode><password>${c.c('transunion-subscriber-password', password(r).replace(/[<>&]/g, '9'))}</password></subscriber><subject><indicative><name><person><first>${c.p('first-name', p.first)}</first><last>${c.p('last-name', p.last)}</last></person></name><socialSecurity><number>${c.p('us-ssn', ssn(r).replace(/-/g, ''))}</number></socialSecurity><dateOfBirth>${c.p('date-of-birth', dob(r))}</dateOfBirth></indicative></subject></request></detail></soap:Fault>`;
    },
  },
  {
    area: 'lending', name: 'alloy-evaluation',
    make: (c, r) => {
      const p = person(r, 'US');
      const basic = c.c('alloy-basic-auth', Buffer.from(`${r.b62(32)}:${r.b62(32)}`).toString('base64'));
      return `alloy POST /v1/evaluations -> 500 (retrying 2/5)\nAuthorization: Basic ${basic}\n{"name_first":"${c.p('first-name', p.first)}","name_last":"${c.p('last-name', p.last)}","birth_date":"${c.p('date-of-birth', dob(r))}","document_ssn":"${c.p('us-ssn', ssn(r))}","email_address":"${c.p('email', emailOf(r, p))}","phone_number":"${c.p('phone', phone(r, 'US'))}","address_line_1":"${c.p('postal-address', address(r, 'US').split(',')[0]!)}"}`;
    },
  },
  {
    area: 'lending', name: 'socure-idplus',
    make: (c, r) => {
      const p = person(r, 'US');
      return `${ts(r)} ${level(r)} kyc-orchestrator socure ID+ timeout after 8000ms\n  headers: {"Authorization": "SocureApiKey ${c.c('socure-api-key', r.uuid())}"}\n  payload: {"modules":["kyc","fraud","emailrisk"],"firstName":"${c.p('first-name', p.first)}","surName":"${c.p('last-name', p.last)}","dob":"${c.p('date-of-birth', dob(r))}","nationalId":"${c.p('us-ssn', ssn(r).replace(/-/g, ''))}","mobileNumber":"${c.p('phone', `+1${r.int(201, 989)}${r.int(201, 989)}${r.digits(4)}`)}","physicalAddress":"${c.p('postal-address', address(r, 'US'))}"}`;
    },
  },
  {
    area: 'lending', name: 'persona-inquiry',
    make: (c, r) => {
      const p = person(r, r.pick(['US', 'GB', 'CA']));
      return `persona webhook handler threw TypeError: Cannot read properties of undefined (reading 'fields')\n  PERSONA_API_KEY=${c.c('persona-api-key', `persona_production_${r.uuid()}`)}\n  PERSONA_WEBHOOK_SECRET=${c.c('persona-webhook-secret', `wbhsec_${r.uuid()}`)}\n  event.payload.data.attributes: {"status":"completed","name-first":"${c.p('first-name', p.first)}","name-last":"${c.p('last-name', p.last)}","birthdate":"${c.p('date-of-birth', dob(r))}","address-street-1":"${c.p('postal-address', address(r, p.country))}","email-address":"${c.p('email', emailOf(r, p))}"}`;
    },
  },
  {
    area: 'lending', name: 'onfido-applicant',
    make: (c, r) => {
      const kind = r.pick(['uk-nino', 'nl-bsn', 'pl-pesel', 'fr-nir', 'es-dni', 'se-personnummer', 'fi-hetu', 'no-fodselsnummer']);
      const id = NATIONAL_IDS[kind]!;
      const p = person(r, id.country === 'SE' || id.country === 'FI' || id.country === 'NO' ? 'DE' : id.country === 'GB' ? 'GB' : id.country);
      return `onfido.OnfidoApiError: 422 validation_error {"id_numbers":["is invalid"]}\n  token: Token token=${c.c('onfido-api-token', `api_live.${r.b62(11)}.${r.b62(32)}`)}\n  applicant: {"first_name":"${c.p('first-name', p.first)}","last_name":"${c.p('last-name', p.last)}","dob":"${c.p('date-of-birth', dob(r))}","id_numbers":[{"type":"${id.label}","value":"${c.p(kind, id.make(r))}","state_code":null}],"address":{"country":"${id.country}"}}`;
    },
  },
  {
    area: 'lending', name: 'jumio-extraction',
    make: (c, r) => {
      const kind = r.pick(['es-dni', 'es-nie', 'za-id', 'in-aadhaar', 'br-cpf', 'cn-resident-id', 'pl-pesel']);
      const id = NATIONAL_IDS[kind]!;
      const p = person(r, ['ES', 'BR', 'PL', 'IN'].includes(id.country) ? id.country : 'GB');
      const basic = c.c('jumio-basic-auth', Buffer.from(`${r.uuid()}:${r.b62(32)}`).toString('base64'));
      return `jumio callback processing failed for workflow ${r.uuid()} (schema drift)\n> Authorization: Basic ${basic}\n> capabilities.extraction[0].data = {"type":"ID_CARD","issuingCountry":"${id.country}","firstName":"${c.p('first-name', p.first.toUpperCase())}","lastName":"${c.p('last-name', p.last.toUpperCase())}","dateOfBirth":"${c.p('date-of-birth', dob(r))}","documentNumber":"${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 3)}${r.digits(6)}","personalNumber":"${c.p(kind, id.make(r))}","expiryDate":"${r.int(2027, 2035)}-0${r.int(1, 9)}-1${r.int(0, 9)}"}`;
    },
  },
  {
    area: 'lending', name: 'loan-servicing-call',
    make: (c, r) => {
      const p = person(r, 'US');
      return `${ts(r)} ${level(r)} servicing-dialer ${host(r, 'dialer')}: TCPA check failed, call aborted\n  loan=LN-${r.digits(9)} borrower="${c.p('borrower-name', p.full)}" phone="${c.p('phone', phone(r, 'US'))}" email=${c.p('email', emailOf(r, p))}\n  days_past_due=${r.int(1, 120)} next_due=${amount(r, 100, 3000)} USD stage=${r.pick(['early', 'late', 'charge-off-review'])}`;
    },
  },
  {
    area: 'lending', name: 'loan-application-json',
    make: (c, r) => {
      const p = person(r, r.pick(['US', 'GB', 'AU']));
      const q = person(r, p.country);
      const inner = JSON.stringify({ applicant: { name: p.full, dob: dob(r), email: emailOf(r, p) }, co_applicant: { name: q.full, phone: phone(r, q.country) }, requested: amount(r, 1000, 90000) });
      const o = JSON.parse(inner) as { applicant: { name: string; dob: string; email: string }; co_applicant: { name: string; phone: string } };
      c.p('applicant-name', o.applicant.name);
      c.p('date-of-birth', o.applicant.dob);
      c.p('email', o.applicant.email);
      c.p('co-applicant-name', o.co_applicant.name);
      c.p('phone', o.co_applicant.phone);
      return JSON.stringify({ severity: 'ERROR', message: 'underwriting decision failed: model timeout', ts: ts(r), application: inner });
    },
  },
  {
    area: 'lending', name: 'kyc-batch-national-ids',
    make: (c, r) => {
      const kinds = ['br-cpf', 'nl-bsn', 'pl-pesel', 'se-personnummer', 'fr-nir', 'ca-sin', 'au-tfn', 'in-aadhaar', 'cn-resident-id', 'es-dni', 'fi-hetu', 'no-fodselsnummer', 'za-id', 'uk-nino', 'us-ssn'];
      const lines = [0, 1, 2].map(() => {
        const k = r.pick(kinds);
        const id = NATIONAL_IDS[k]!;
        const p = person(r);
        return `  | ${id.country} | ${c.p('customer-name', p.full)} | ${id.label}: ${c.p(k, id.make(r))} | ${r.pick(['MISMATCH', 'NOT_FOUND', 'DECEASED_FLAG'])} |`;
      });
      return `kyc-rescreen job ${r.hex(8)} finished with ${r.int(3, 40)} hard fails; first 3:\n${lines.join('\n')}\n  (full report: s3://kyc-rescreen/${r.hex(12)}.csv)`;
    },
  },
  {
    area: 'lending', name: 'bureau-sftp-and-jwt',
    make: (c, r) => {
      const p = person(r, 'US');
      return `credit-pull worker crashed: KeyError 'score'\nTraceback (most recent call last):\n  File "/app/pull.py", line ${r.int(30, 200)}, in pull\n    resp = bureau.pull(ssn="${c.p('us-ssn', ssn(r))}", name="${c.p('borrower-name', p.full)}", dob="${c.p('date-of-birth', dob(r, 'us'))}")\n  locals: token='${c.c('bureau-access-jwt', jwt(r, { alg: 'RS256', typ: 'JWT' }, { sub: `svc-${r.hex(6)}`, aud: 'credit-api', exp: 1760000000 + r.int(0, 9e6) }))}'`;
    },
  },
];
