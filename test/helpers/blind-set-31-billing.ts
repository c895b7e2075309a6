import { ddHeader, isoTs, org, plainTs, privIp, type Template31 } from './blind-set-31-case';
import { abaRouting, cardNumber, iban, spacedIban } from './blind-set-31-check';
import { person } from './blind-set-31-people';
import { gocardlessToken, stripeSecret, stripeWhsec, utilityApiToken } from './blind-set-31-tokens';

/** Utility billing, prepaid top-ups and direct debits: APIs, webhooks, files and SQL. */
export const BILLING_TEMPLATES: Template31[] = [
  {
    id: 'utilityapi-authorization',
    make: (r, v) => {
      const p = person(r, 'US');
      return `${isoTs(r)} INFO green-button-sync GET https://utilityapi.com/api/v2/authorizations?include=meters Authorization: Bearer ${v.c('utilityapi-token', utilityApiToken(r))}
${isoTs(r)} WARN green-button-sync meter ${r.num(7)} has no intervals since ${plainTs(r).slice(0, 10)}
{"uid":"${r.num(6)}","utility":"${r.pick(['PG&E', 'SCE', 'ConEd', 'DUKE'])}","customer_signature":{"full_name":"${v.p('person-name', p.name)}","ts":"${isoTs(r)}"},"meters":{"meters":[{"uid":"${r.num(7)}","base":{"service_address":"${v.p('postal-address', p.address)}","meter_numbers":["${r.num(10)}"],"service_tariff":"E-TOU-C"}}]}}`;
    },
  },
  {
    id: 'stripe-topup-python-error',
    make: (r, v) => {
      const p = person(r, r.pick(['US', 'GB', 'AU', 'IN']));
      return `Traceback (most recent call last):
  File "/srv/topup/handlers.py", line ${r.int(40, 200)}, in charge_topup
    stripe.api_key = "${v.c('stripe-secret-key', stripeSecret(r))}"  # TODO move to vault
  File "/srv/topup/handlers.py", line ${r.int(40, 200)}, in charge_topup
    intent = stripe.PaymentIntent.create(amount=amount, currency="${r.pick(['usd', 'gbp', 'aud', 'inr'])}", customer=cus, receipt_email="${v.p('email', p.email)}")
stripe._error.CardError: Request req_${r.b62(14)}: Your card has insufficient funds.
topup-worker env: STRIPE_WEBHOOK_SECRET=${v.c('stripe-webhook-secret', stripeWhsec(r))}`;
    },
  },
  {
    id: 'prepaid-topup-raw-body',
    make: (r, v) => {
      const p = person(r, r.pick(['GB', 'DE', 'ES', 'AU', 'US']));
      const pan = cardNumber(r);
      const cvc = r.digits(pan.length === 15 ? 4 : 3);
      return `${ddHeader(r, 'topup-api 5xx rate above 2%')}
${isoTs(r)} ERROR topup-api POST /v1/topups 502 upstream=psp-adapter body={"msisdn":"${v.p('msisdn', p.e164.slice(1))}","amount":${r.pick([10, 15, 20, 30, 50])},"currency":"${r.pick(['EUR', 'GBP', 'USD', 'AUD'])}","card":{"number":"${v.f('card-number', pan)}","expMonth":${r.int(1, 12)},"expYear":${r.int(2026, 2031)},"cvc":"${v.f('card-cvc', cvc)}","holderName":"${v.p('person-name', p.name)}"},"autoRenew":true}`;
    },
  },
  {
    id: 'gocardless-bank-account-create',
    make: (r, v) => {
      const p = person(r, r.pick(['FR', 'DE', 'ES', 'NL', 'GB']));
      const cc = p.country === 'GB' ? 'GB' : p.country;
      return `${plainTs(r)} DEBUG gocardless-pro-node request POST https://api.gocardless.com/customer_bank_accounts
  headers: { Authorization: 'Bearer ${v.c('gocardless-access-token', gocardlessToken(r))}', 'GoCardless-Version': '2015-07-06', 'Idempotency-Key': '${r.uuid()}' }
  body: {"customer_bank_accounts":{"iban":"${v.f('iban', iban(r, cc))}","account_holder_name":"${v.p('person-name', p.name)}","links":{"customer":"CU${r.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 12)}"}}}
${plainTs(r)} DEBUG gocardless-pro-node response 422 {"error":{"type":"validation_failed","code":422,"errors":[{"field":"iban","message":"is invalid","request_pointer":"/customer_bank_accounts/iban"}],"request_id":"${r.uuid()}"}}`;
    },
  },
  {
    id: 'sepa-pain008-excerpt',
    make: (r, v) => {
      const tx = [0, 1].map(() => {
        const p = person(r, r.pick(['DE', 'FR', 'NL', 'ES']));
        return `    <DrctDbtTxInf>
      <PmtId><EndToEndId>E2E-${r.num(10)}</EndToEndId></PmtId>
      <InstdAmt Ccy="EUR">${r.int(20, 400)}.${r.digits(2)}</InstdAmt>
      <DrctDbtTx><MndtRltdInf><MndtId>MND-${r.num(8)}</MndtId><DtOfSgntr>2024-${r.pad(1, 12, 2)}-${r.pad(1, 28, 2)}</DtOfSgntr></MndtRltdInf></DrctDbtTx>
      <DbtrAgt><FinInstnId><BICFI>${r.pick(['COBADEFFXXX', 'BNPAFRPPXXX', 'INGBNL2A', 'CAIXESBBXXX'])}</BICFI></FinInstnId></DbtrAgt>
      <Dbtr><Nm>${v.p('person-name', p.name)}</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>${v.f('iban', iban(r, p.country))}</IBAN></Id></DbtrAcct>
    </DrctDbtTxInf>`;
      });
      return `${plainTs(r)} ERROR sepa-export schema validation failed for batch SDD-${r.num(6)} (cvc-pattern-valid: Value '' is not facet-valid)
<PmtInf>
    <PmtInfId>PMT-${r.num(8)}</PmtInfId>
    <CdtrAcct><Id><IBAN>${v.f('iban', iban(r, 'DE'))}</IBAN></Id></CdtrAcct>
    <CdtrSchmeId><Id><PrvtId><Othr><Id>DE${r.digits(2)}ZZZ0000${r.digits(7)}</Id></Othr></PrvtId></Id></CdtrSchmeId>
${tx.join('\n')}
</PmtInf>`;
    },
  },
  {
    id: 'bacs-auddis-csv',
    make: (r, v) => {
      const rows = [0, 1, 2].map(() => {
        const p = person(r, 'GB');
        return `${v.p('person-name', p.name.toUpperCase())},${r.pad(10, 99, 2)}-${r.pad(0, 99, 2)}-${r.pad(0, 99, 2)},${v.f('uk-account-number', r.digits(8))},${org(r).toUpperCase().slice(0, 6)}${r.num(8)},0N`;
      });
      return `${plainTs(r)} WARN bacs-submit AUDDIS file rejected by bureau (duplicate reference) — first rows:
ACCOUNT NAME,SORT CODE,ACCOUNT NUMBER,REFERENCE,TRANSACTION CODE
${rows.join('\n')}`;
    },
  },
  {
    id: 'nacha-ach-entries',
    make: (r, v) => {
      const rows = [0, 1].map(() => {
        const p = person(r, 'US');
        const acct = r.num(r.int(9, 12));
        const name = p.name.toUpperCase().slice(0, 22);
        return `6${r.pick(['27', '37'])}${abaRouting(r)}${v.f('bank-account-number', acct).padEnd(17)}${String(r.int(2000, 40000)).padStart(10, '0')}${r.num(6).padEnd(15)}${v.p('person-name', name.trimEnd()).padEnd(22)}  0${r.num(15)}`;
      });
      return `${ddHeader(r, 'ach-originator: file rejected by ODFI')}
ODFI reason: R${r.pad(1, 4, 2)} batch ${r.int(1, 9)} — entries:
${rows.join('\n')}`;
    },
  },
  {
    id: 'ivr-pay-by-phone-dtmf',
    make: (r, v) => {
      const pan = cardNumber(r);
      const acct = r.num(10);
      const cvc = r.digits(pan.length === 15 ? 4 : 3);
      const call = `${r.num(10)}.${r.int(1, 999)}`;
      return `${sysTsLine(r)} [${call}] IVR_PAY: caller entered utility account ${v.p('utility-account-number', acct)}
${sysTsLine(r)} [${call}] IVR_PAY: DTMF collected card_number=${v.f('card-number', pan)} (len ${pan.length}) exp=${r.pad(1, 12, 2)}${r.int(26, 31)}
${sysTsLine(r)} [${call}] IVR_PAY: DTMF collected cvv=${v.f('card-cvc', cvc)}
${sysTsLine(r)} [${call}] IVR_PAY: gateway timeout after 30000ms, transferring to agent queue billing-${r.int(1, 4)} (recording paused=false)`;
    },
  },
  {
    id: 'refund-request-email',
    make: (r, v) => {
      const p = person(r, r.pick(['DE', 'FR', 'NL', 'ES', 'GB']));
      const ib = iban(r, p.country);
      return `From: ${v.p('email', p.email)}
To: billing@${org(r)}.com
Subject: Re: Final bill after moving out

Hello, I was charged twice for ${r.pick(['March', 'April', 'May'])} (account ${v.p('utility-account-number', r.num(9))}). Please refund to my account ${v.f('iban', spacedIban(ib))} (holder ${v.p('person-name', p.name)}).
Kind regards`;
    },
  },
];

/** A syslog-style prefix of a voice platform line. */
function sysTsLine(r: Parameters<Template31['make']>[0]): string {
  return `${plainTs(r)} ivr-${r.int(1, 6)} ${privIp(r)}`;
}
