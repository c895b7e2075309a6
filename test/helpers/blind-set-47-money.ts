import type { Tpl47 } from './blind-set-47-ccaas-a';

/** Payments and refunds that pass through support. */
export const money47: Tpl47[] = [
  ['ach-authorization', 9, (c) => `2025-11-10T14:02:11Z ivr-ach INFO recorded verbal authorization call=${c.r.uuid()} routing_number=${c.routing()} account_number=${c.bankAccount(c.r.int(9, 12))} account_type=${c.pick(['checking', 'savings'])} amount=${c.r.int(20, 900)}.00`],
  ['sepa-mandate', 9, (c) => [
    '<MndtInitnReq><Mndt>',
    `  <MndtId>CC-${c.r.digits(8)}</MndtId>`,
    `  <Dbtr><Nm>${c.name()}</Nm></Dbtr>`,
    `  <DbtrAcct><Id><IBAN>${c.iban(c.pick(['DE', 'NL', 'FR', 'IE']))}</IBAN></Id></DbtrAcct>`,
    `  <CdtrAcct><Id><IBAN>${c.iban('GB')}</IBAN></Id></CdtrAcct>`,
    '</Mndt></MndtInitnReq>',
  ].join('\n')],
  ['dd-change-ticket', 9, (c) => `Ticket #${c.r.int(100000, 999999)} (Freshdesk) — Direct Debit change: new sort code ${c.sortCode()}, account no. ${c.bankAccount(8)}; old account ${c.bankAccount(8)} to be cancelled. Approved by team lead.`],
  ['chargeback-export', 9, (c) => {
    const rows = [`# exported with STRIPE_KEY=${c.c('stripe_secret_key', 'rk_live_' + c.r.b62(99))}`, 'dispute_id,amount,reason,card_number,cardholder'];
    rows.push(`dp_${c.r.b62(24)},${c.r.int(10, 900)}.00,fraudulent,${c.card('')},card holder on file`);
    rows.push(`dp_${c.r.b62(24)},${c.r.int(10, 900)}.00,product_not_received,${c.card('')},card holder on file`);
    return rows.join('\n');
  }],
  ['w9-intake', 9, (c) => [
    'Subject: Vendor onboarding — W-9 and payout details',
    `EIN: ${c.ein()}`,
    `Bank routing (ABA): ${c.routing()}`,
    `Checking account: ${c.bankAccount(c.r.int(10, 12))}`,
  ].join('\n')],
  ['refund-form', 9, (c) => `application/x-www-form-urlencoded: refund_method=bank&iban=${c.iban()}&bic=${c.pick(['DEUTDEFF', 'INGBNL2A', 'BNPAFRPP', 'AIBKIE2D'])}&card_last4=${c.r.digits(4)}&original_card=${c.card('')}&amount=49.99`],
];
