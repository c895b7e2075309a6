import { luhnDigit } from './blind-set-33-checks';
import { amount, bic, ccy, company, host, isoDate, level, ts } from './blind-set-33-noise';
import { B62 } from './blind-set-33-rng';
import { pan, type NegTemplate33 } from './blind-set-33-values';

const yymmdd = (d: string) => d.slice(2).replace(/-/g, '');

/** Negatives from banking rails, cards, open banking, treasury and accounting: ids, references, masked and public values only. */
export const NEG_RAIL_TEMPLATES: readonly NegTemplate33[] = [
  {
    area: 'neg-rails', name: 'pain002-status',
    make: (r) => `h2h: pain.002 received, group status RJCT\n<OrgnlGrpInfAndSts><OrgnlMsgId>MSG${r.digits(14)}</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>\n<TxInfAndSts><OrgnlEndToEndId>E2E-${r.digits(12)}</OrgnlEndToEndId><OrgnlUETR>${r.uuid()}</OrgnlUETR><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>${r.pick(['AC04', 'AM04', 'MS03', 'RC01'])}</Cd></Rsn></StsRsnInf><OrgnlTxRef><Amt><InstdAmt Ccy="EUR">${amount(r)}</InstdAmt></Amt><CdtrAgt><FinInstnId><BICFI>${bic(r)}</BICFI></FinInstnId></CdtrAgt></OrgnlTxRef></TxInfAndSts>`,
  },
  {
    area: 'neg-rails', name: 'gpi-tracker',
    make: (r) => `gpi tracker update uetr=${r.uuid()} status=${r.pick(['ACSP/G000', 'ACCC', 'ACSP/G002'])} from=${bic(r)} to=${bic(r)} :20:${r.hex(12).toUpperCase()} :32A:${yymmdd(isoDate(r))}${ccy(r)}${amount(r).replace('.', ',')} charges=SHA fx_rate=${(r.int(80, 140) / 100).toFixed(4)} elapsed=${r.int(2, 400)}m`,
  },
  {
    area: 'neg-rails', name: 'nacha-control-records',
    make: (r) => `ach-origination: batch totals mismatch (entry hash), control records:\n5200${company(r).toUpperCase().slice(0, 16).padEnd(16)}${' '.repeat(20)}1${r.digits(9)}PPDPAYROLL   ${yymmdd(isoDate(r))}${yymmdd(isoDate(r))}   1${r.digits(8)}${r.digits(7)}\n8200${r.digits(6)}${r.digits(10)}${'0'.repeat(12)}${String(r.int(1e5, 9e8)).padStart(12, '0')}1${r.digits(9)}${' '.repeat(25)}${r.digits(8)}${r.digits(7)}\n9000001000001${r.digits(8)}${r.digits(10)}${'0'.repeat(12)}${String(r.int(1e5, 9e8)).padStart(12, '0')}${' '.repeat(39)}`,
  },
  {
    area: 'neg-rails', name: 'camt054-references',
    make: (r) => `camt.054 booked: NtryRef=${r.digits(10)} AcctSvcrRef=${r.hex(16).toUpperCase()} BkTxCd=PMNT/RCDT/ESCT Amt=${amount(r)} ${ccy(r)} ValDt=${isoDate(r)} EndToEndId=NOTPROVIDED MndtId=MNDT-${r.digits(9)} CdtrSchmeId=DE98ZZZ09999999999 reconciled_invoice=INV-${r.int(2024, 2026)}-${r.digits(5)}`,
  },
  {
    area: 'neg-rails', name: 'masked-card-log',
    make: (r) => {
      const p = pan(r);
      return `${ts(r)} ${level(r)} auth declined rc=${r.pick(['05', '51', '54', '61'])} card=${p.digits.slice(0, 4)} **** **** ${p.digits.slice(-4)} bin=${p.digits.slice(0, 6)} last4=${p.digits.slice(-4)} brand=${p.brand} masked_pan=${p.digits.slice(0, 6)}${'*'.repeat(p.digits.length - 10)}${p.digits.slice(-4)} amount=${amount(r, 1, 900)} ${ccy(r)}`;
    },
  },
  {
    area: 'neg-rails', name: 'acquirer-references',
    make: (r) => {
      const arn = `7${r.digits(21)}`;
      return `chargeback ${r.pick(['CB', 'DSP'])}-${r.digits(8)} opened: ARN ${arn + luhnDigit(arn)} RRN ${r.digits(12)} STAN ${r.digits(6)} auth_code=${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6)} reason=${r.pick(['10.4', '13.1', '4837', '4853'])} amount=${amount(r, 5, 2000)} ${ccy(r)} due=${isoDate(r)}`;
    },
  },
  {
    area: 'neg-rails', name: 'stripe-event-ids',
    make: (r) => `{"id":"evt_${r.b62(24)}","type":"charge.failed","data":{"object":{"id":"ch_${r.b62(24)}","payment_intent":"pi_${r.b62(24)}","amount":${r.int(100, 90000)},"currency":"${ccy(r).toLowerCase()}","payment_method_details":{"card":{"brand":"visa","last4":"${r.digits(4)}","exp_month":${r.int(1, 12)},"exp_year":${r.int(2026, 2032)},"funding":"credit","network":"visa"}},"failure_code":"card_declined","outcome":{"risk_level":"normal","seller_message":"The bank did not return any further details."}}},"request":{"id":"req_${r.b62(14)}","idempotency_key":"${r.uuid()}"}}`,
  },
  {
    area: 'neg-rails', name: 'plaid-webhook',
    make: (r) => `plaid webhook received: {"webhook_type":"TRANSACTIONS","webhook_code":"SYNC_UPDATES_AVAILABLE","item_id":"${r.b62(37)}","initial_update_complete":true,"historical_update_complete":false,"environment":"production"} link_session_id=${r.uuid()} institution_id=ins_${r.int(1, 130000)} request_id=${r.b62(15)}`,
  },
  {
    area: 'neg-rails', name: 'open-banking-consent-status',
    make: (r) => `consent ${r.uuid()} status=${r.pick(['AUTHORISED', 'EXPIRED', 'REVOKED'])} institution=${r.pick(['monzo_ob', 'barclays-ob', 'ing-nl', 'sandbox-finance'])} requisition=${r.uuid()} agreement=${r.uuid()} max_historical_days=90 access_valid_for_days=${r.int(30, 180)} created=${ts(r)} x-fapi-interaction-id=${r.uuid()}`,
  },
  {
    area: 'neg-rails', name: 'wise-transfer-status',
    make: (r) => `wise transfer ${r.int(1e8, 9e8)} state=${r.pick(['outgoing_payment_sent', 'funds_converted', 'processing'])} quote=${r.uuid()} rate=${(r.int(8000, 13000) / 10000).toFixed(4)} source=${amount(r)} ${ccy(r)} target=${ccy(r)} customerTransactionId=${r.uuid()} estimatedDelivery=${ts(r)}`,
  },
  {
    area: 'neg-rails', name: 'currencycloud-conversion',
    make: (r) => `conversion ${r.uuid()} booked: ${ccy(r)}/${ccy(r)} client_rate=${(r.int(5000, 20000) / 10000).toFixed(4)} buy_amount=${amount(r)} sell_amount=${amount(r)} settlement_date=${isoDate(r)} conversion_date=${isoDate(r)} short_reference=${yymmdd(isoDate(r))}-${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 6)} status=awaiting_funds`,
  },
  {
    area: 'neg-rails', name: 'accounting-sync-summary',
    make: (r) => `${ts(r)} ${level(r)} erp-sync ${host(r, 'erp-sync')}: realmId=${r.digits(19)} tenant=${r.uuid()} pushed=${r.int(10, 900)} failed=${r.int(1, 9)}\n  failed: Invoice INV-${r.digits(6)} (${company(r)}, VAT GB${r.digits(9)}) -> 6240 duplicate DocNumber\n  failed: Bill BILL-${r.digits(5)} (${company(r)}, EIN ${r.digits(2)}-${r.digits(7)}) -> account 6100 archived\n  failed: JournalEntry JE-${r.digits(5)} total ${amount(r)} ${ccy(r)} -> period ${isoDate(r).slice(0, 7)} closed`,
  },
  {
    area: 'neg-rails', name: 'gocardless-events',
    make: (r) => `gocardless events page: [{"id":"EV${r.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 12)}","action":"failed","resource_type":"payments","links":{"payment":"PM${r.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 12)}","mandate":"MD${r.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 12)}","creditor":"CR${r.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 12)}"},"details":{"cause":"insufficient_funds","scheme":"${r.pick(['bacs', 'sepa_core', 'ach'])}","reason_code":"${r.pick(['ARUDD-0', 'AM04', 'R01'])}"}}]`,
  },
  {
    area: 'neg-rails', name: 'routing-directory',
    make: (r) => `bank directory refresh ok (${r.int(9000, 12000)} rows), sample:\n  BIC ${bic(r)}  country=${r.pick(['DE', 'FR', 'GB'])}  participant=SCT,SDD,INST\n  ABA 021000021  CHASE  fedwire=Y ach=Y\n  ABA 026009593  BANK OF AMERICA  fedwire=Y ach=Y\n  IFSC HDFC0000001  HDFC BANK, MUMBAI\n  BSB 062-000  CBA SYDNEY\n  sort code 20-00-00  BARCLAYS\nchecksum sha256=${r.hex(64)}`,
  },
  {
    area: 'neg-rails', name: 'sdk-error-placeholders',
    make: (r) => `PlaidError: INVALID_API_KEYS - check PLAID_SECRET (currently "<PLAID_SECRET>") and PLAID_CLIENT_ID\n  hint: see .env.example -> PLAID_SECRET=<your-secret> STRIPE_SECRET_KEY=sk_test_xxx ADYEN_API_KEY=\${ADYEN_API_KEY}\n  request_id=${r.b62(15)} environment=${r.pick(['sandbox', 'production'])}\n  Authorization: Bearer [Filtered]`,
  },
  {
    area: 'neg-rails', name: 'pos-settlement-batch',
    make: (r) => `settlement batch ${r.digits(6)} closed terminal=${r.pick(['T-04', 'LANE7', 'KIOSK2'])} mid=${r.digits(15)} tid=${r.digits(8)} count=${r.int(20, 400)} total=${amount(r)} ${ccy(r)} visa=${r.int(5, 200)} mc=${r.int(5, 200)} amex=${r.int(0, 40)} host_ref=${r.chars(B62, 12)} closed_at=${ts(r)}`,
  },
];
