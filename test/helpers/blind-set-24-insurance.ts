import type { Rng9 } from './blind-set-9-rng';
import { B62, UPPER } from './blind-set-9-rng';
import type { PosTemplate24 } from './blind-set-24-types';
import { abaRouting, basicAuth, card, driversLicence, fmtDate, iban, person, personalEmail, recentDate, ssn, usAccount, vin } from './blind-set-24-values';

/** Insurance: quote and prefill APIs, policy administration (Guidewire, Duck Creek), claims payments, premium billing. */

/** A GB driving licence number: surname (5, padded with 9), decade, month (+50 for women), day, year, initials, 9, two check letters. */
function ukLicence(r: Rng9, last: string, first: string, sex: 'F' | 'M', dob: { y: number; m: number; d: number }): string {
  const s = (last.toUpperCase().replace(/[^A-Z]/g, '') + '99999').slice(0, 5);
  const yy = String(dob.y).slice(2);
  const mm = String(dob.m + (sex === 'F' ? 50 : 0)).padStart(2, '0');
  return `${s}${yy[0]}${mm}${String(dob.d).padStart(2, '0')}${yy[1]}${first[0]!.toUpperCase()}9${r.int(0, 9)}${r.chars(UPPER, 2)}`;
}

export const INSURANCE_TEMPLATES: PosTemplate24[] = [
  {
    source: 'insurance',
    name: 'guidewire-quote-dl',
    make: (r, b) => {
      const key = r.b62(40);
      return `PolicyCenter integration: rating call failed for submission ${r.digits(10)} (job PA-${r.digits(7)}): MVR vendor returned "LICENSE_NOT_FOUND"
POST https://mvr.${r.pick(['driverdata', 'motorrecords'])}.com/v3/reports  x-api-key: ${b.c('api-key', key)}
{"state":"${r.pick(['OH', 'CA', 'FL', 'NY', 'TX'])}","licenseNumber":"${b.p('drivers-licence', driversLicence(r))}","vehicle":{"vin":"${vin(r)}","year":${r.int(2012, 2025)}},"effectiveDate":"${fmtDate(recentDate(r), 'iso')}"}`;
    },
  },
  {
    source: 'insurance',
    name: 'duck-creek-soap',
    make: (r, b) => {
      const pw = r.password(16);
      return `DuckCreek.Server.Exceptions.ManuscriptException: Field 'PolicyHolder.TaxId' failed validation rule TAXID_FORMAT (expected 9 digits)
<soapenv:Envelope><soapenv:Header><dc:Credentials><dc:UserName>dcintegration</dc:UserName><dc:Password>${b.c('password', pw)}</dc:Password></dc:Credentials></soapenv:Header>
<soapenv:Body><dc:RateQuote><PolicyHolder><TaxId>${b.p('ssn', ssn(r))}</TaxId><TaxIdType>SSN</TaxIdType></PolicyHolder><LineOfBusiness>HO3</LineOfBusiness><PolicyNumber>HO-${r.digits(9)}</PolicyNumber></dc:RateQuote></soapenv:Body></soapenv:Envelope>`;
    },
  },
  {
    source: 'insurance',
    name: 'claimcenter-ach-payee',
    make: (r, b) => {
      const p = person(r);
      const pw = r.password(14);
      return `ClaimCenter Check ${r.digits(8)} ACH transmission failed: NACHA R03 (No Account/Unable to Locate Account)
  claim=${r.pick(['PA', 'HO', 'WC'])}-${r.digits(9)} exposure=${r.digits(6)}
  payee="${b.p('name', `${p.first} ${p.last}`)}" bankRoutingNumber=${b.f('aba-routing', abaRouting(r))} bankAccountNumber=${b.f('bank-account', usAccount(r))} accountType=checking
  gateway call: Authorization: Basic ${b.c('basic-auth', basicAuth('cc_ach_svc', pw))}`;
    },
  },
  {
    source: 'insurance',
    name: 'premium-card-authnet',
    make: (r, b) => {
      const key = r.chars(B62, 16);
      return `billing-svc ERROR premium installment ${r.digits(7)} declined: {"messages":{"resultCode":"Error","message":[{"code":"E00027","text":"The transaction was unsuccessful."}]}}
request: {"createTransactionRequest":{"merchantAuthentication":{"name":"${r.b62(9)}","transactionKey":"${b.c('api-key', key)}"},"transactionRequest":{"transactionType":"authCaptureTransaction","amount":"${r.int(60, 400)}.${r.digits(2)}","payment":{"creditCard":{"cardNumber":"${b.f('card', card(r))}","expirationDate":"20${r.int(27, 31)}-${String(r.int(1, 12)).padStart(2, '0')}"}},"order":{"invoiceNumber":"POL${r.digits(8)}"}}}}`;
    },
  },
  {
    source: 'insurance',
    name: 'uk-motor-aggregator',
    make: (r, b) => {
      const p = person(r, 1950, 2004);
      const key = r.hex(32);
      return `quote-engine WARN aggregator lead ${r.uuid()} rejected by insurer panel: "DVLA licence check failed"
lead: {"licence":{"number":"${b.p('drivers-licence', ukLicence(r, p.last, p.first, p.sex, p.dob))}","type":"FULL_UK"},"contact":{"email":"${b.p('email', personalEmail(r, p))}"},"vehicle":{"reg":"${r.chars(UPPER, 2)}${r.int(10, 75)} ${r.chars(UPPER, 3)}"}}
panel call: https://panel.${r.pick(['motorquote', 'insurancehub'])}.co.uk/v2/quote?api_key=${b.c('api-key', key)}`;
    },
  },
  {
    source: 'insurance',
    name: 'lexisnexis-prefill',
    make: (r, b) => {
      const p = person(r);
      const secret = r.b62(48);
      return `underwriting-prefill ERROR 400 from risk data provider: "DOB does not match SSN on file" (transaction ${r.hex(24)})
  request: ssn=${b.p('ssn', ssn(r))} dob=${b.p('birth-date', fmtDate(p.dob, 'us'))} product=LIFE_TERM_20
  oauth: client_id=uw-prefill-prd client_secret=${b.c('client-secret', secret)}`;
    },
  },
  {
    source: 'insurance',
    name: 'premium-refund-iban',
    make: (r, b) => {
      const cc = r.pick(['DE', 'NL', 'FR', 'IT', 'IE'] as const);
      return `[policy-admin] SEPA credit transfer for premium refund rejected by bank: AC01 IncorrectAccountNumber
  <CdtTrf><EndToEndId>RFND-${r.digits(10)}</EndToEndId><Amt Ccy="EUR">${r.int(20, 900)}.${r.digits(2)}</Amt><CdtrAcct><Id><IBAN>${b.f('iban', iban(r, cc))}</IBAN></Id></CdtrAcct><RmtInf>Policy ${r.chars(UPPER, 2)}${r.digits(8)} cancellation refund</RmtInf></CdtTrf>`;
    },
  },
];
