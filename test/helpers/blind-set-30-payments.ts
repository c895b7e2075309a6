import { logPrefix30, Plant30, type Template30 } from './blind-set-30-case';
import { account30, card30, iban30, routing30 } from './blind-set-30-ids';
import { person30, type Country30 } from './blind-set-30-people';
import { stripeKey } from './blind-set-30-keys';

const SEPA = ['DE', 'FR', 'NL', 'ES', 'IT', 'BE', 'AT', 'IE', 'PT'];

/** Payment data as it crosses marketing and billing tools: migrations, SEPA and ACH files, donations, payouts, replies. */
export const PAYMENTS30: Template30[] = [
  {
    id: 'payments/card-migration-csv',
    make: (r) => {
      const k = new Plant30();
      const rows = [0, 1, 2, 3, 4, 5].map(() => `cus_${r.b62(14)},${k.f('card-number', card30(r, 'plain'))},${String(r.int(1, 12)).padStart(2, '0')},${r.int(2025, 2031)},${r.pick(['expired', 'invalid_expiry_year', 'duplicate_fingerprint', 'ok_skipped'])}`);
      return k.done(`${logPrefix30(r)} card-vault migration (legacy gateway -> Chargebee) finished with errors; failing rows echoed by importer:
legacy_customer_id,pan,exp_month,exp_year,result
${rows.join('\n')}`);
    },
  },
  {
    id: 'payments/sepa-pain008',
    make: (r) => {
      const k = new Plant30();
      const tx = [0, 1, 2, 3].map(() => {
        const c = r.pick(SEPA);
        const u = person30(r, (['DE', 'FR', 'NL', 'ES', 'IT'].includes(c) ? c : 'NL') as Country30);
        return `<DrctDbtTxInf><PmtId><EndToEndId>E2E-${r.num(10)}</EndToEndId></PmtId><InstdAmt Ccy="EUR">${r.int(9, 99)}.${r.digits(2)}</InstdAmt><DrctDbtTx><MndtRltdInf><MndtId>MD${r.num(9)}</MndtId><DtOfSgntr>2023-${String(r.int(1, 12)).padStart(2, '0')}-${r.int(10, 28)}</DtOfSgntr></MndtRltdInf></DrctDbtTx><Dbtr><Nm>${k.p('person-name', u.full)}</Nm></Dbtr><DbtrAcct><Id><IBAN>${k.f('iban', iban30(r, c, false))}</IBAN></Id></DbtrAcct></DrctDbtTxInf>`;
      });
      return k.done(`bank rejected SEPA batch (pain.008.001.02) from zuora payment run PR-${r.num(8)}: "CdtrSchmeId invalid"
<CstmrDrctDbtInitn><GrpHdr><MsgId>ZR-${r.num(12)}</MsgId><NbOfTxs>4</NbOfTxs></GrpHdr><PmtInf><Cdtr><Nm>Brightpath GmbH</Nm></Cdtr><CdtrAcct><Id><IBAN>${k.f('iban', iban30(r, 'DE', false))}</IBAN></Id></CdtrAcct>
${tx.join('\n')}
</PmtInf></CstmrDrctDbtInitn>`);
    },
  },
  {
    id: 'payments/ach-returns',
    make: (r) => {
      const k = new Plant30();
      const rows = [0, 1, 2, 3, 4].map(() => `${r.num(15)},${routing30(r)},${k.f('us-bank-account', account30(r, r.int(9, 12)))},${r.pick(['R01', 'R02', 'R03', 'R04', 'R10'])},${r.int(20, 900)}.${r.digits(2)},sub_${r.b62(14)}`);
      return k.done(`ACH returns report ${r.iso().slice(0, 10)} — ${rows.length} returns, subscriptions moved to past_due (recurly -> salesforce sync pending)
trace_number,routing_number,account_number,return_code,amount,subscription
${rows.join('\n')}`);
    },
  },
  {
    id: 'payments/npsp-recurring-donation',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, 'US');
      return k.done(`Insert failed. First exception on row 0; first error: FIELD_CUSTOM_VALIDATION_EXCEPTION, Payment method requires a verified bank account: []
npe03__Recurring_Donation__c: {npe03__Contact__c=0035e00000${r.b62(5)}AAB, npe03__Amount__c=${r.int(5, 250)}, npe03__Installment_Period__c=Monthly, Donor_Email__c=${k.p('email', u.email)}, Payment_Method__c=ACH, Bank_Routing__c=${routing30(r)}, Bank_Account__c=${k.f('us-bank-account', account30(r, r.int(9, 12)))}, Backup_Card__c=${k.f('card-number', card30(r, 'plain'))}, Campaign__c=Spring Appeal ${r.int(2023, 2024)}}
Class.DonationFormController.submit: line ${r.int(40, 200)}, column 1`);
    },
  },
  {
    id: 'payments/refund-iban-chat',
    make: (r) => {
      const k = new Plant30();
      const c = r.pick(['DE', 'FR', 'NL', 'ES', 'IT'] as Country30[]);
      const u = person30(r, c);
      const msg = `<p>Hello, I cancelled within 14 days, please refund to my account: ${k.f('iban', iban30(r, c, true))} (account holder ${k.p('person-name', u.full)}). Thank you!</p>`;
      return k.done(`intercom webhook conversation.user.replied -> refunds-bot could not parse amount
${JSON.stringify({ type: 'notification_event', topic: 'conversation.user.replied', data: { item: { type: 'conversation', id: r.num(12), conversation_parts: { conversation_parts: [{ part_type: 'comment', body: msg, author: { type: 'user', id: r.hex(24) } }] } } }, created_at: r.epoch() })}`);
    },
  },
  {
    id: 'payments/influencer-payouts',
    make: (r) => {
      const k = new Plant30();
      const line = () => {
        const c = r.pick(['GB', 'DE', 'FR', 'ES', 'NL', 'IT']);
        const acct = c === 'GB' && r.chance(0.5) ? `sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)}, acct ${k.f('uk-bank-account', account30(r, 8))}` : k.f('iban', iban30(r, c));
        return `• @${r.pick(['glowwith', 'trailrun', 'plantbased', 'homecafe', 'techtalks'])}${r.pick(['.ella', '_marco', 'withsam', '.lena', 'daily'])} — €${r.int(3, 40) * 100} — ${acct}`;
      };
      return k.done(`#partnerships  can finance run these creator payouts for the ${r.pick(['spring', 'summer', 'Q3'])} campaign today? 🙏
${line()}
${line()}
${line()}
${line()}
(invoices are in the Drive folder, POs ${r.num(6)}-${r.num(6)})`);
    },
  },
  {
    id: 'payments/stripe-raw-card',
    make: (r) => {
      const k = new Plant30();
      const card = card30(r, 'plain');
      return k.done(`${logPrefix30(r)} legacy-checkout: stripe POST /v1/payment_methods -> 402 card_declined (do_not_honor)
headers: Authorization: Bearer ${k.c('stripe-secret-key', stripeKey(r))}  Idempotency-Key: ${r.uuid()}
body: type=card&card[number]=${k.f('card-number', card)}&card[exp_month]=${r.int(1, 12)}&card[exp_year]=${r.int(2026, 2031)}&card[cvc]=${r.digits(3)}&billing_details[address][postal_code]=${r.num(5)}
note: raw card data reached the server because the promo landing page bypasses Stripe Elements`);
    },
  },
  {
    id: 'payments/ach-authorization-form',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, 'US', true);
      return k.done(`HubSpot form "ACH Debit Authorization (Invoices)" submission ${r.uuid()} — workflow "Send to finance" failed
fields:
  authorized_signer: ${k.p('person-name', u.full)}
  company: ${r.pick(['Northwind Logistics LLC', 'Sundial Health Inc.', 'Brightpath Media'])}
  bank_routing_number: ${routing30(r)}
  bank_account_number: ${k.f('us-bank-account', account30(r, r.int(10, 12)))}
  account_type: ${r.pick(['Checking', 'Savings'])}`);
    },
  },
  {
    id: 'payments/chargebee-import-csv',
    make: (r) => {
      const k = new Plant30();
      const rows = [0, 1, 2, 3, 4, 5].map(() => r.chance(0.5) ? `${r.b62(16)},card,${k.f('card-number', card30(r, 'plain'))},${r.int(1, 12)},${r.int(2026, 2031)},` : `${r.b62(16)},direct_debit,,,,${k.f('iban', iban30(r, r.pick(SEPA), false))}`);
      return k.done(`Chargebee bulk operation "Import payment sources" failed on ${r.int(2, 40)} rows (file payment_sources_${r.num(8)}.csv):
customer[id],payment_method[type],card[number],card[expiry_month],card[expiry_year],bank_account[iban]
${rows.join('\n')}`);
    },
  },
  {
    id: 'payments/dunning-reply',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['US', 'GB', 'AU', 'CA'] as Country30[]));
      return k.done(`Inbound reply to "Action required: your payment failed" (Customer.io campaign ${r.int(10, 90)}, delivery ${r.b64url(12)}):
> Sorry about that, the old card was cancelled. Please use ${k.f('card-number', card30(r, r.pick(['spaced', 'plain'] as const)))} instead, same expiry as before.
> ${k.p('person-name', u.full)}
routed to: billing queue (no parser for card details — message stored in CRM activity)`);
    },
  },
  {
    id: 'payments/au-ca-bank-details',
    make: (r) => {
      const k = new Plant30();
      const au = `${r.digits(3)}-${r.digits(3)}`;
      return k.done(`${logPrefix30(r, 'WARN')} gocardless mandate setup failed for 2 customers (billing request flow)
  AU BECS: branch_code(BSB)=${au} account_number=${k.f('au-bank-account', account30(r, 9))} -> "bank_account_disabled"
  CA PAD: transit=${r.digits(5)} institution=${r.pick(['001', '002', '003', '004', '006'])} account_number=${k.f('ca-bank-account', account30(r, r.int(8, 12)))} -> "account_number is invalid for institution"
  request ids: ${r.b62(26)}, ${r.b62(26)}`);
    },
  },
  {
    id: 'payments/wise-recipient',
    make: (r) => {
      const k = new Plant30();
      const c = r.pick(['DE', 'FR', 'ES', 'IT', 'NL'] as Country30[]);
      const u = person30(r, c);
      const body = { currency: 'EUR', type: 'iban', profile: Number(r.num(8)), accountHolderName: k.p('person-name', u.full), details: { legalType: 'PRIVATE', IBAN: k.f('iban', iban30(r, c, false)) } };
      return k.done(`affiliate-payouts: POST https://api.transferwise.com/v1/accounts -> 422 {"errors":[{"code":"NOT_VALID","message":"Please specify a valid address","path":"address"}]}
Authorization: Bearer ${k.c('wise-api-token', r.uuid())}
${JSON.stringify(body)}
x-request-id: ${r.uuid()}`);
    },
  },
  {
    id: 'payments/zuora-payment-run',
    make: (r) => {
      const k = new Plant30();
      const rows = [0, 1, 2, 3].map(() => {
        const ach = r.chance(0.5);
        return `A${r.num(8)},${ach ? 'ACH' : 'CreditCard'},${ach ? `${routing30(r)}:${k.f('us-bank-account', account30(r, r.int(9, 12)))}` : k.f('card-number', card30(r, 'plain'))},${r.int(20, 900)}.${r.digits(2)},${r.pick(['Error', 'Declined', 'Processed'])}`;
      });
      return k.done(`Zuora payment run PR-${r.num(8)} report (exported with "Show full payment method" by a tenant admin):
account_number,payment_method_type,payment_method_detail,amount,status
${rows.join('\n')}`);
    },
  },
  {
    id: 'payments/agency-vendor-sync',
    make: (r) => {
      const k = new Plant30();
      const v = (name: string, c: string) => ({ vendor: name, country: c, bank: c === 'US' ? { routing: routing30(r), account: k.f('us-bank-account', account30(r, r.int(10, 12))) } : { iban: k.f('iban', iban30(r, c, r.chance(0.5))) } });
      const body = [v('Pixel & Prose Creative Ltd', r.pick(['IE', 'DE', 'NL'])), v('Northstar Media Buying LLC', 'US'), v('Studio Lumière SARL', 'FR')];
      return k.done(`${logPrefix30(r)} netsuite vendor sync (marketing agencies) failed: "Invalid bank details for payment file format"
${JSON.stringify(body)}`);
    },
  },
];
