import type { PosTemplate24 } from './blind-set-24-types';
import { abaRouting, card, clabe, iban, nino, person, personalEmail, sortCode, ukAccount, usAccount, whsec } from './blind-set-24-values';

/** Payroll and benefits: ADP, Gusto, Paychex (NACHA), Deel, Remote, Workday EIB, SuperStream, expense cards. */

export const PAYROLL_TEMPLATES: PosTemplate24[] = [
  {
    source: 'payroll',
    name: 'adp-direct-deposit',
    make: (r, b) => {
      const p = person(r);
      const secret = r.b62(r.int(32, 44));
      return `adp-connector ERROR PUT /events/pay-distribution-management/v2/worker-pay-distributions.change -> 400 "RoutingNumber failed ABA check"
  worker associateOID=G3${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 14)} name="${b.p('name', `${p.last}, ${p.first}`)}"
  distribution: {"depositAccount":{"financialParty":{"routingTransitID":{"idValue":"${b.f('aba-routing', abaRouting(r))}"}},"accountNumber":"${b.f('bank-account', usAccount(r))}","typeCode":{"codeValue":"C"}},"distributionPercentage":100}
  token request used ADP_CLIENT_SECRET=${b.c('client-secret', secret)}`;
    },
  },
  {
    source: 'payroll',
    name: 'gusto-bank-webhook',
    make: (r, b) => {
      const tok = r.b64url(32);
      return JSON.stringify({
        level: 'warn',
        msg: 'gusto employee_bank_account.created: downstream benefits sync failed (409)',
        event: { entity_type: 'EmployeeBankAccount', entity_uuid: r.uuid(), resource_uuid: r.uuid() },
        fetched: { name: 'Checking', routing_number: b.f('aba-routing', abaRouting(r)), account_type: 'Checking', account_number: b.f('bank-account', usAccount(r)) },
        client: { base_url: 'https://api.gusto.com/v1', authorization: `Bearer ${b.c('access-token', tok)}` },
      });
    },
  },
  {
    source: 'payroll',
    name: 'paychex-nacha-entry',
    make: (r, b) => {
      const rt = abaRouting(r);
      const acct = usAccount(r);
      const pw = r.urlPassword(16);
      return `nacha-builder: file PAYROLL_${r.digits(8)}.ach rejected by ODFI: "Entry detail record 6 has invalid check digit" (batch 0000001)
622${b.f('aba-routing', rt)}${b.f('bank-account', acct).padEnd(17)}${String(r.int(90000, 900000)).padStart(10, '0')}${r.digits(6).padEnd(15)}${r.pick(['HALLSTROM INGRID', 'OKONKWO OBINNA', 'MARCHETTI LORENZO']).padEnd(22)}  0${r.digits(15)}
sftp put sftp://paychex_flex_${r.digits(5)}:${b.c('sftp-password', pw)}@ach-drop.${r.pick(['firstmidwest', 'columbiabank'])}.com/inbound/ failed: Permission denied`;
    },
  },
  {
    source: 'payroll',
    name: 'deel-contractor-payout',
    make: (r, b) => {
      const p = person(r);
      const tok = r.b62(40);
      return `deel-sync ERROR payout ${r.uuid()} failed: {"errors":[{"message":"beneficiary IBAN does not belong to a SEPA country for EUR"}]}
  contractor: {"email":"${b.p('email', personalEmail(r, p))}","payment_method":{"type":"bank_transfer","iban":"${b.f('iban', iban(r, r.pick(['DE', 'ES', 'IT', 'FR'] as const), true))}","currency":"EUR"}}
  DEEL_API_TOKEN=${b.c('api-key', tok)}`;
    },
  },
  {
    source: 'payroll',
    name: 'remote-uk-employee',
    make: (r, b) => {
      const secret = whsec(r);
      return `remote-webhooks: signature verification failed for employment.onboarding.completed (secret rotated?)
  payload.employment: {"country":"GBR","national_insurance_number":"${b.p('nino', nino(r).replace(/(..)(..)(..)(..)(.)/, r.next() < 0.5 ? '$1 $2 $3 $4 $5' : '$1$2$3$4$5'))}","bank_account":{"sort_code":"${b.f('sort-code', sortCode(r))}","account_number":"${b.f('bank-account', ukAccount(r))}"}}
  REMOTE_WEBHOOK_SECRET=${b.c('webhook-signing-secret', secret)}`;
    },
  },
  {
    source: 'payroll',
    name: 'workday-eib-csv',
    make: (r, b) => {
      const pw = r.password(18);
      return `Workday EIB "Change_Payment_Elections_Inbound" completed with errors (2 of ${r.int(40, 300)} rows)
Row,Employee_ID,Payment_Type,Country,IBAN,BIC,Error
${r.int(2, 40)},${r.digits(6)},Deposit,GB,${b.f('iban', iban(r, 'GB'))},${r.pick(['NWBKGB2L', 'BARCGB22'])},"Bank account already exists for worker"
${r.int(41, 90)},${r.digits(6)},Deposit,IE,${b.f('iban', iban(r, 'IE'))},${r.pick(['AIBKIE2D', 'BOFIIE2D'])},"Invalid BIC for IBAN"
integration system user ISU_Payroll_EIB password=${b.c('password', pw)}`;
    },
  },
  {
    source: 'payroll',
    name: 'mexico-nomina-spei',
    make: (r, b) => {
      const key = r.hex(40);
      return `dispersion-nomina ERROR SPEI orden ${r.digits(7)} rechazada por Banxico: "Cuenta CLABE inexistente" (codigo 14)
  {"beneficiario":{"clabe":"${b.f('clabe', clabe(r))}","tipoCuenta":40},"monto":"${r.int(4000, 60000)}.00","concepto":"NOMINA QNA ${r.int(1, 24)}"}
  STP_API_KEY=${b.c('api-key', key)}`;
    },
  },
  {
    source: 'payroll',
    name: 'expense-card-reimb',
    make: (r, b) => {
      const tok = r.b62(48);
      return `expense-sync WARN card transaction ${r.uuid()} could not be matched to an employee: {"card":{"pan":"${b.f('card', card(r, r.next() < 0.5))}","holder":"UNKNOWN"},"merchant":"CVS/PHARMACY #${r.digits(5)}","amount":${r.int(5, 300)}.${r.digits(2)}}
  retry with Authorization: Bearer ${b.c('access-token', tok)}`;
    },
  },
  {
    source: 'payroll',
    name: 'au-superstream',
    make: (r, b) => {
      const bsbA = `${r.digits(3)}-${r.digits(3)}`;
      const pw = r.password(16);
      return `superstream-gateway: contribution message ${r.uuid()} returned by fund: "BSB and account do not match member's nominated account"
  <PaymentDetails><BSB>${b.f('bsb', bsbA)}</BSB><AccountNumber>${b.f('bank-account', usAccount(r).slice(0, 9))}</AccountNumber><Amount>${r.int(300, 4000)}.${r.digits(2)}</Amount></PaymentDetails>
  clearing house login: employer_${r.digits(5)} / ${b.c('password', pw)}`;
    },
  },
];
