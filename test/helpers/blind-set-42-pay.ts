/** Set 42 positives: payment runs and settlements with several accounts and cards (freight audit, carrier pay, fuel cards). */
import { tpl, ts, type Tpl42 } from './blind-set-42-gen';
import { account, bic, card, iban, person, routing } from './blind-set-42-persona';

const CARRIERS = ['Ridgeline Haulage LLC', 'Van Dijk Transport BV', 'Spedition Krause GmbH', 'Polar Reefer Lines', 'Blue Ox Drayage', 'Transportes Ibéricos SL', 'Mazur Logistyka Sp. z o.o.'];

export const PAY_TEMPLATES: Tpl42[] = [
  tpl('carrier-payment-run-csv', (x) => {
    const r = x.r;
    const rows = [0, 1, 2, 3].map(
      () => `${r.pick(CARRIERS)};${x.f('iban', iban(r, false))};${bic(r)};${r.int(400, 48000)},${r.digits(2)};EUR;FRT-${r.digits(7)}`,
    );
    return `Zahllauf ${r.int(1, 28)}.03.2026 F110 Proposal ${r.chars('ABCDEFGHJK', 4)}\nEmpfänger;IBAN;BIC;Betrag;Währung;Verwendungszweck\n${rows.join('\n')}`;
  }),
  tpl('freight-audit-ach', (x) => {
    const r = x.r;
    const rows = [0, 1, 2].map(() => `  - payee: "${r.pick(CARRIERS)}"\n    routing_number: "${x.f('aba-routing', routing(r))}"\n    account_number: "${x.f('bank-account', account(r))}"\n    amount_usd: ${r.int(300, 22000)}.${r.digits(2)}`);
    return `# freight audit & pay batch ${r.digits(6)} (approved ${ts(r)})\nach_batch:\n${rows.join('\n')}`;
  }),
  tpl('fuel-card-settlement', (x) => {
    const r = x.r;
    const rows = [0, 1, 2].map(
      () => `${ts(r).slice(0, 10)}\t${x.f('card', card(r, r.pick(['plain', 'space'] as const)))}\tTRK-${r.int(100, 999)}\t${r.pick(['PILOT #', 'LOVES #', 'TA #'])}${r.int(100, 999)}\t${r.int(80, 260)}.${r.digits(1)} gal\t$${r.int(300, 1200)}.${r.digits(2)}`,
    );
    return `date\tcard\tunit\tsite\tqty\tamount\n${rows.join('\n')}`;
  }),
  tpl('chargeback-dispute', (x) => {
    const r = x.r;
    const u = person(r);
    return `${ts(r)} ERROR billing-svc dispute ${r.hex(12)}: card ${x.f('card', card(r))} refund failed; fallback wire to ${x.f('iban', iban(r))} (holder ${x.p('name', u.full)}) or ACH ${x.f('aba-routing', routing(r))}/${x.f('bank-account', account(r))}`;
  }),
  tpl('supplier-bank-change-diff', (x) => {
    const r = x.r;
    const old = iban(r, false);
    return `vendor ${r.int(100000, 999999)} (${r.pick(CARRIERS)}) bank details changed via supplier portal:
- IBAN: ${x.f('iban', old)}
+ IBAN: ${x.f('iban', iban(r, false))}
+ US remit: routing ${x.f('aba-routing', routing(r))} account ${x.f('bank-account', account(r))}
workflow: dual approval required (AP-${r.int(100, 999)})`;
  }),
];
