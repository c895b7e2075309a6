import { cred, fin, pers, type Case55, type G55, type V55 } from './blind-set-55-gen';
import { account, card, iban, nationalId, passport, routing } from './blind-set-55-ids';
import { logLine, service, ts } from './blind-set-55-wrap';

type T = [string, (g: G55) => Case55];
const c = (text: string, values: V55[]): Case55 => ({ text, values });

/** Personal and payment data in log lines, request bodies, stack-trace locals, SQL and CSV. */
export const PEOPLE_TEMPLATES: T[] = [
  ['signup-json', (g) => {
    const name = g.fullName();
    const em = g.email(name);
    const ph = g.phone();
    const [id, kind] = nationalId(g);
    return c(logLine(g, 'error', 'KYC verification failed', [['customer.name', name], ['customer.email', em], ['customer.phone', ph], ['customer.national_id', id]]), [pers(name, 'person_name'), pers(em, 'email'), pers(ph, 'phone'), pers(id, kind)]);
  }],
  ['checkout-card', (g) => {
    const cc = card(g);
    const name = g.fullName();
    const em = g.email(name);
    return c(`${logLine(g, 'error', 'payment declined: do_not_honor', [['card_number', cc], ['exp', `${String(g.int(1, 12)).padStart(2, '0')}/${g.int(27, 31)}`], ['cardholder', name]])}\n${logLine(g, 'info', 'notifying customer', [['to', em]])}`, [fin(cc, 'card'), pers(name, 'person_name'), pers(em, 'email')]);
  }],
  ['sepa-iban', (g) => {
    const ib = iban(g);
    const name = g.fullName();
    const addr = g.address();
    return c(`SEPA mandate creation failed (${g.pick(['MD01', 'AC04', 'AM05'])})\n{"mandate":{"debtor":{"name":"${name}","iban":"${ib}","address":"${addr}"},"reference":"MNDT-${g.digits(8)}"}}`, [fin(ib, 'iban'), pers(name, 'person_name'), pers(addr, 'postal_address')]);
  }],
  ['ach-payout', (g) => {
    const rt = routing(g);
    const ac = account(g);
    const name = g.fullName();
    return c(logLine(g, 'error', 'ACH payout rejected R03', [['payout.routing_number', rt], ['payout.account_number', ac], ['payout.holder', name], ['amount', `${g.int(10, 9000)}.${g.int(10, 99)}`]]), [fin(rt, 'aba_routing'), fin(ac, 'bank_account'), pers(name, 'person_name')]);
  }],
  ['stack-locals', (g) => {
    const cc = card(g, 0);
    const em = g.email();
    const ph = g.phone();
    return c(`ValueError: card network not supported\n  File "/app/payments/charge.py", line ${g.int(30, 400)}, in charge\n    raise ValueError("card network not supported")\n\nLocal variables:\n    self = <ChargeService object at 0x7f${g.hex(10)}>\n    pan = '${cc}'\n    billing_email = '${em}'\n    billing_phone = '${ph}'\n    attempt = ${g.int(1, 5)}`, [fin(cc, 'card'), pers(em, 'email'), pers(ph, 'phone')]);
  }],
  ['java-npe-locals', (g) => {
    const name = g.fullName();
    const dob = g.dob();
    const [id, kind] = nationalId(g);
    const ib = iban(g, false);
    return c(`java.lang.IllegalStateException: payroll record incomplete\n\tat com.acme.payroll.PayslipBuilder.build(PayslipBuilder.java:${g.int(40, 300)})\n\tat com.acme.payroll.PayrollJob.run(PayrollJob.java:${g.int(40, 300)})\nLocals: employee=Employee{fullName='${name}', dateOfBirth=${dob}, taxId='${id}', iban='${ib}'}`, [pers(name, 'person_name'), pers(dob, 'date_of_birth'), pers(id, kind), fin(ib, 'iban')]);
  }],
  ['csv-export', (g) => {
    const rows: V55[] = [];
    const lines = ['customer_id,full_name,email,phone,card'];
    for (let i = 0; i < 2; i++) {
      const name = g.fullName();
      const em = g.email(name);
      const ph = g.phone();
      const cc = card(g, 0);
      lines.push(`${g.int(10000, 99999)},"${name}",${em},${ph},${cc}`);
      rows.push(pers(em, 'email'), pers(ph, 'phone'), fin(cc, 'card'));
    }
    return c(`Export job ${g.pick(['crm-nightly', 'churn-report'])} wrote malformed rows (line ${g.int(2, 900)}):\n${lines.join('\n')}`, rows);
  }],
  ['lograge-params', (g) => {
    const name = g.fullName();
    const em = g.email(name);
    const pw = g.password(g.int(10, 16));
    const addr = g.address();
    return c(`method=POST path=/users format=html controller=RegistrationsController action=create status=500 error='ActiveRecord::RecordInvalid' params={"user"=>{"name"=>"${name}", "email"=>"${em}", "password"=>"${pw}", "address"=>"${addr}"}}`, [pers(name, 'person_name'), pers(em, 'email'), cred(pw, 'password'), pers(addr, 'postal_address')]);
  }],
  ['serilog-patient', (g) => {
    const name = g.fullName();
    const dob = g.dob();
    const [id, kind] = nationalId(g);
    const ph = g.phone();
    return c(JSON.stringify({ '@t': ts(g), '@mt': 'Appointment sync failed for {Patient}', '@l': 'Error', Patient: { Name: name, DateOfBirth: dob, NationalId: id, Mobile: ph }, SourceContext: 'Clinic.Sync.AppointmentWorker' }), [pers(name, 'person_name'), pers(dob, 'date_of_birth'), pers(id, kind), pers(ph, 'phone')]);
  }],
  ['monolog-order', (g) => {
    const name = g.fullName();
    const addr = g.address();
    const cc = card(g, 1);
    const em = g.email(name);
    return c(`[${ts(g).replace('Z', '+00:00')}] shop.CRITICAL: Order placement failed {"order":{"shipping":{"name":"${name}","street":"${addr}"},"payment":{"pan":"${cc}"},"contact":"${em}"}} {"uid":"${g.hex(7)}"}`, [pers(name, 'person_name'), pers(addr, 'postal_address'), fin(cc, 'card'), pers(em, 'email')]);
  }],
  ['zap-passport', (g) => {
    const pp = passport(g);
    const name = g.fullName();
    const dob = g.dob();
    return c(logLine(g, 'warn', 'document check mismatch', [['traveler', name], ['passport_no', pp], ['dob', dob], ['booking_ref', g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 6)]]), [pers(pp, 'passport_number'), pers(name, 'person_name'), pers(dob, 'date_of_birth')]);
  }],
  ['webhook-body', (g) => {
    const name = g.fullName();
    const em = g.email(name);
    const ib = iban(g, false);
    const cc = card(g, 2);
    const ip = g.ip();
    return c(`Synthetics multistep "refund flow" step 3 failed: assertion body contains "refunded"\nrequest body:\n{"refund":{"customer":"${name}","email":"${em}","destination_iban":"${ib}","original_card":"${cc}"},"client_ip":"${ip}"}\nresponse: 409 Conflict`, [pers(name, 'person_name'), pers(em, 'email'), fin(ib, 'iban'), fin(cc, 'card'), pers(ip, 'ip_address')]);
  }],
  ['address-change', (g) => {
    const name = g.fullName();
    const old = g.address();
    const nw = g.address();
    const ph = g.phone();
    return c(logLine(g, 'info', 'address change flagged by fraud rules', [['account_holder', name], ['old_address', old], ['new_address', nw], ['contact_phone', ph]]), [pers(name, 'person_name'), pers(old, 'postal_address'), pers(nw, 'postal_address'), pers(ph, 'phone')]);
  }],
  ['elixir-user', (g) => {
    const name = g.fullName();
    const em = g.email(name);
    const rt = routing(g);
    const ac = account(g);
    return c(`${ts(g).slice(11, 23)} [error] Task #PID<0.${g.int(100, 9999)}.0> started from Payouts.Scheduler terminating\n** (FunctionClauseError) no function clause matching in Payouts.Bank.submit/1\n    Args: %Payouts.Recipient{name: "${name}", email: "${em}", routing: "${rt}", account: "${ac}"}`, [pers(name, 'person_name'), pers(em, 'email'), fin(rt, 'aba_routing'), fin(ac, 'bank_account')]);
  }],
  ['sql-update', (g) => {
    const em = g.email();
    const [id, kind] = nationalId(g);
    const ib = iban(g);
    return c(`ERROR 1406 (22001) at line ${g.int(1, 400)}: Data too long for column 'iban'\nUPDATE employees SET iban = '${ib}', tax_id = '${id}' WHERE work_email = '${em}';`, [fin(ib, 'iban'), pers(id, kind), pers(em, 'email')]);
  }],
  ['apm-span', (g) => {
    const em = g.email();
    const cc = card(g, 0);
    const tok = g.jwt({ sub: String(g.int(1000, 999999)), name: g.fullName(), role: 'customer', exp: 1793000000 + g.int(0, 9999999) });
    return c(`Error tracking: TypeError: Cannot read properties of undefined (reading 'last4')\n  at tokenizeCard (/srv/${service(g)}/dist/card.js:${g.int(10, 300)}:${g.int(2, 60)})\nspan tags: http.url:https://api.acme-shop.com/v2/cards?email=${encodeURIComponent(em)} usr.email:${em} http.request.headers.authorization:Bearer ${tok}\nrequest.body.number: ${cc}`, [pers(em, 'email'), fin(cc, 'card'), cred(tok, 'jwt')]);
  }],
  ['uk-bank', (g) => {
    const name = g.fullName();
    const sort = `${g.digits(2)}-${g.digits(2)}-${g.digits(2)}`;
    const acct = String(g.int(1, 9)) + g.digits(7);
    const ni = nationalId(g);
    return c(`BACS submission error for payee "${name}": sort code ${sort} account ${acct} invalid (modulus check)\n  payee_ni=${ni[0]}`, [pers(name, 'person_name'), fin(acct, 'bank_account'), pers(ni[0], ni[1])]);
  }],
];
