import { fi, pe, svc, jsonEsc, type Tpl32, type Val32 } from './blind-set-32-kit';
import { abaRouting, bankAccount, card, cvc, iban } from './blind-set-32-money';
import { address, email, person, phone } from './blind-set-32-people';

const exp = (r: { int: (a: number, b: number) => number }) => `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}`;

/** Cloud billing and marketplace exports, procurement and SaaS seat purchases. */
export const BILLING_TEMPLATES: Record<string, Tpl32> = {
  'marketplace-payment-failed': (r) => {
    const c = card(r);
    const b = card(r);
    const p = person(r);
    const e = email(r, p, 'work');
    const ph = phone(r, p.country);
    const text = `AWS Marketplace subscription renewal failed (product prod-${r.b62(13).toLowerCase()})\nPayment instrument: ${c.brand} ${c.written} exp ${exp(r)}\nBackup instrument: ${b.brand} ${b.written} (also declined)\nBilling contact: ${p.full}, ${e}, ${ph}\nReason: card_declined (insufficient_funds). Retry scheduled in 72h.`;
    return { text, values: [fi(c.written, 'card-number'), fi(b.written, 'card-number'), pe(p.full, 'billing-contact-name'), pe(e, 'billing-contact-email'), pe(ph, 'billing-contact-phone')] };
  },
  'saas-seat-checkout-json': (r) => {
    const c = card(r, 'compact');
    const cv = cvc(r, c.brand);
    const p = person(r);
    const ad = address(r, p.country);
    const body = JSON.stringify({ plan: r.pick(['team', 'business']), seats: r.int(5, 250), payment_method: { card: { number: c.written, exp_month: r.int(1, 12), exp_year: r.int(2027, 2031), cvc: cv }, billing_details: { name: p.full, address: ad } } });
    const text = `${r.iso()} ERROR checkout-proxy POST /v1/subscriptions upstream 402 request_body=${body} trace=${r.hex(32)}`;
    return { text, values: [fi(c.written, 'card-number'), fi(cv, 'card-cvc'), pe(p.full, 'cardholder-name'), pe(ad, 'billing-address')] };
  },
  'invoice-export-csv': (r) => {
    const vals: Val32[] = [];
    const rows: string[] = [];
    for (let i = 0; i < 4; i++) {
      const p = person(r);
      const ib = iban(r);
      vals.push(pe(p.full, 'account-holder-name'), fi(ib, 'iban'));
      rows.push(`INV-2026-${r.int(10000, 99999)};"${p.full}";${ib};${r.int(100, 99999)},${r.digits(2)};EUR`);
    }
    return { text: `Billing export job failed at row 5 (schema mismatch). First rows:\ninvoice;account_holder;iban;amount;currency\n${rows.join('\n')}`, values: vals };
  },
  'procurement-ticket': (r) => {
    const c = card(r, 'spaces');
    const cv = cvc(r, c.brand);
    const p = person(r);
    const ad = address(r, p.country);
    const text = `PROC-${r.int(1000, 9999)}: Renew ${r.pick(['Datadog', 'PagerDuty', 'JetBrains', 'GitHub Enterprise'])} seats (${r.int(10, 300)})\nRequester: ${p.full}\nCorporate card: ${c.written}  CVC ${cv}  exp ${exp(r)}\nInvoice address: ${ad}\nAutomation error: vendor portal returned HTTP 500 on /billing/payment-method`;
    return { text, values: [pe(p.full, 'requester-name'), fi(c.written, 'card-number'), fi(cv, 'card-cvc'), pe(ad, 'billing-address')] };
  },
  'sepa-mandate-config': (r) => {
    const p = person(r);
    const i1 = iban(r, r.pick(['DE', 'FR', 'NL', 'AT', 'BE', 'ES']));
    const i2 = iban(r, r.pick(['DE', 'FR', 'NL', 'AT', 'BE', 'ES']));
    const text = `# billing-service/config/prod.yaml\nsepa:\n  creditor_id: DE98ZZZ09999999999\n  collection_account:\n    iban: "${i1}"\n  refund_account: { iban: '${i2}' }\n  mandate_contact: ${p.full}\nError: invalid SEPA config: creditor_id is a documentation example`;
    return { text, values: [fi(i1, 'iban'), fi(i2, 'iban'), pe(p.full, 'mandate-contact-name')] };
  },
  'ach-vendor-setup': (r) => {
    const p = person(r, 'US');
    const a1 = bankAccount(r);
    const a2 = bankAccount(r);
    const e = email(r, p, 'work');
    const text = `vendor-onboarding lambda failed: ValidationError\n{\n  "vendor": "${r.pick(['Ridgeline Consulting LLC', 'Blue Mesa Hosting Inc.'])}",\n  "contact": {"name": "${p.full}", "email": "${e}"},\n  "ach": {"routing_number": "${abaRouting(r)}", "account_number": "${a1}", "type": "checking"},\n  "fallback": {"routing_number": "${abaRouting(r)}", "account_number": "${a2}"}\n}`;
    return { text, values: [pe(p.full, 'vendor-contact-name'), pe(e, 'vendor-contact-email'), fi(a1, 'bank-account'), fi(a2, 'bank-account')] };
  },
  'uk-bacs-payout': (r) => {
    const p = person(r, 'GB');
    const acc = bankAccount(r, 'GB');
    const ib = iban(r, 'GB', r.chance(0.5));
    const text = `payout-runner: BACS submission rejected (code 0${r.int(1, 9)})\n  payee: ${p.full}\n  sort code: ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}   account: ${acc}\n  iban: ${ib}\n  reference: CLOUD-REFUND-${r.int(1000, 9999)}`;
    return { text, values: [pe(p.full, 'payee-name'), fi(acc, 'bank-account'), fi(ib, 'iban')] };
  },
  'card-vault-debug-escaped': (r) => {
    const cs = [card(r), card(r), card(r)];
    const inner = cs.map((c, i) => `{"id":"pm_${r.b62(14)}","number":"${c.written}","default":${i === 0}}`).join(',');
    const text = `{"level":"debug","logger":"billing.card_sync","msg":"${jsonEsc(`sync failed, payload=[${inner}]`)}","account":"acct_${r.b62(16)}"}`;
    return { text, values: cs.map((c) => fi(c.written, 'card-number')) };
  },
  'expense-report-cloud': (r) => {
    const vals: Val32[] = [];
    const lines: string[] = [];
    for (let i = 0; i < 4; i++) {
      const p = person(r);
      const c = card(r, r.pick(['spaces', 'dashes'] as const));
      vals.push(pe(p.full, 'employee-name'), fi(c.written, 'card-number'));
      lines.push(`${p.full.padEnd(28)} ${c.written.padEnd(22)} ${r.pick(['AWS', 'GCP', 'Azure', 'Hetzner', 'Vercel'])} ${r.int(20, 4000)}.${r.digits(2)} USD`);
    }
    return { text: `Expense sync (${svc(r)}) could not match these corporate-card charges to cost centres:\n${lines.join('\n')}`, values: vals };
  },
  'private-offer-invoice': (r) => {
    const p = person(r);
    const e = email(r, p, 'work');
    const ib = iban(r);
    const ib2 = iban(r);
    const text = `<Invoice><Seller>${r.pick(['Acme Cloud GmbH', 'Northwind Data B.V.'])}</Seller><PayTo><IBAN>${ib}</IBAN><AlternateIBAN>${ib2}</AlternateIBAN></PayTo><BillingContact><Name>${p.full}</Name><Email>${e}</Email></BillingContact></Invoice>\nERROR marketplace-metering: PutInvoice rejected: schema validation failed at /Invoice/PayTo/BIC (missing)`;
    return { text, values: [fi(ib, 'iban'), fi(ib2, 'iban'), pe(p.full, 'billing-contact-name'), pe(e, 'billing-contact-email')] };
  },
  'card-update-form-log': (r) => {
    const c1 = card(r);
    const c2 = card(r);
    const cv = cvc(r, c2.brand);
    const text = `${r.iso()} WARN  billing-ui  form submit retried: old_card=${c1.written}; new_card="${c2.written}"; cvc=${cv}; exp=${exp(r)}\n${r.iso()} ERROR billing-ui  PaymentProcessorError: do_not_honor`;
    return { text, values: [fi(c1.written, 'card-number'), fi(c2.written, 'card-number'), fi(cv, 'card-cvc')] };
  },
  'wire-transfer-ticket': (r) => {
    const p = person(r);
    const ib = iban(r);
    const c = card(r);
    const text = `FIN-${r.int(1000, 9999)} — Cloud credit refund\nPlease wire the refund to ${ib} (account holder ${p.full}). If the wire bounces, charge back to card ${c.written}.\nworkflow "refund-approval" failed: step 3 (treasury API) timed out`;
    return { text, values: [fi(ib, 'iban'), pe(p.full, 'account-holder-name'), fi(c.written, 'card-number')] };
  },
};
