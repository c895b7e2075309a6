import { B62, B64URL, HEX } from './blind-set-35-rng';
import type { Template35 } from './blind-set-35-draw';
import { aba35, caSin35, card35, cpf35, dni35, iban35, itin35, nino35, pnr35, ssn35, bsn35 } from './blind-set-35-checks';
import { epoch35, paypalSecret35, stripeKey35, uuid35 } from './blind-set-35-creds';
import { address35, dob35, euAddress35, person35, phone35 } from './blind-set-35-people';

/** Creator economy and payments: Patreon, Stripe Connect, PayPal, Tipalti, Payoneer, tax forms, Paddle, Xsolla, Gumroad, Ko-fi. */
export const PAY_TEMPLATES35: Template35[] = [
  {
    area: 'creator-pay', name: 'patreon-webhook-body',
    make: (d) => {
      const r = d.r, who = person35(r);
      return `patreon-hook: signature mismatch, dumping request
X-Patreon-Signature: ${r.hex(32)}
X-Patreon-Event: members:pledge:create
Webhook-Secret (configured): ${d.c('patreon-webhook-secret', r.chars(B64URL, 64))}
{"data":{"type":"member","attributes":{"full_name":"${d.p('person-name', who.full)}","email":"${d.p('email', who.email)}","currently_entitled_amount_cents":${r.int(1, 50) * 100},"patron_status":"active_patron"},"relationships":{"address":{"data":{"attributes":{"line_1":"${d.p('home-address', address35(r))}","phone_number":"${d.p('phone', phone35(r))}"}}}}}}`;
    },
  },
  {
    area: 'creator-pay', name: 'stripe-connect-onboarding',
    make: (d) => {
      const r = d.r, who = person35(r), dob = [r.int(1, 28), r.int(1, 12), r.int(1965, 2003)];
      return `StripeInvalidRequestError: The routing number provided is not valid for this country.
    at StripeError.generate (/srv/payouts/node_modules/stripe/cjs/Error.js:${r.int(8, 40)}:20)
  request: POST /v1/accounts/acct_${r.chars(B62, 16)} (key ${d.c('stripe-secret-key', stripeKey35(r))})
  form: individual[first_name]=${d.p('first-name', encodeURIComponent(who.first))}&individual[last_name]=${d.p('last-name', encodeURIComponent(who.last))}&individual[email]=${d.p('email', encodeURIComponent(who.email))}&individual[dob][day]=${dob[0]}&individual[dob][month]=${dob[1]}&individual[dob][year]=${dob[2]}&individual[id_number]=${d.p('ssn', ssn35(r, false))}&external_account[routing_number]=${d.f('aba-routing', aba35(r))}&external_account[account_number]=${d.f('bank-account', r.digits(r.int(9, 12)))}`;
    },
  },
  {
    area: 'creator-pay', name: 'paypal-payout-batch',
    make: (d) => {
      const r = d.r, a = person35(r), b = person35(r), cid = 'A' + r.chars(B62 + '-_', 79);
      return `paypal-payouts: POST /v1/payments/payouts -> 422 RECEIVER_UNREGISTERED (batch ${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 13)})
client: ${cid}:${d.c('paypal-client-secret', paypalSecret35(r))}
items:
  - recipient_type: EMAIL  receiver: ${d.p('email', a.email)}  amount: ${r.int(20, 900)}.${r.digits(2)} USD  note: "Creator fund - ${d.p('person-name', a.full)}"
  - recipient_type: EMAIL  receiver: ${d.p('email', b.email)}  amount: ${r.int(20, 900)}.${r.digits(2)} USD
  fallback bank (linked): routing ${d.f('aba-routing', aba35(r))} account ${d.f('bank-account', r.digits(10))}`;
    },
  },
  {
    area: 'creator-pay', name: 'payee-csv-export',
    make: (d) => {
      const r = d.r;
      const rows = [0, 1, 2].map(() => {
        const p = person35(r);
        return `${r.int(10000, 99999)},"${d.p('person-name', p.full)}",${d.p('email', p.email)},${d.f('iban', iban35(r, false))},${r.pick(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'BARCGB22', 'NDEASESS'])},${r.int(40, 4000)}.${r.digits(2)},EUR`;
      });
      return `tipalti-sync: payee import rejected (row 2: invalid payment method)
Tipalti-Api-Key: ${d.c('tipalti-api-key', r.chars(B62, 40))}
payee_id,name,email,iban,bic,amount,currency
${rows.join('\n')}`;
    },
  },
  {
    area: 'creator-pay', name: 'w9-parse-error',
    make: (d) => {
      const r = d.r, who = person35(r), tin = r.next() < 0.75 ? d.p('ssn', ssn35(r, true)) : d.p('itin', itin35(r));
      return `tax-forms: W-9 OCR confidence too low (0.${r.int(40, 69)}), manual review
  form: W-9 (Rev. March 2024)
  line1_name: ${d.p('person-name', who.full)}
  line3_classification: Individual/sole proprietor
  line5_address: ${d.p('home-address', address35(r))}
  part1_tin: ${tin}
  signature_date: ${r.int(1, 12)}/${r.int(1, 28)}/2026
  creator_payout_email: ${d.p('email', who.email)}`;
    },
  },
  {
    area: 'creator-pay', name: 'w8ben-foreign-tin',
    make: (d) => {
      const r = d.r, who = person35(r);
      const [country, kind, tin] = r.pick([
        ['Canada', 'ca-sin', () => caSin35(r)], ['Brazil', 'br-cpf', () => cpf35(r)], ['Spain', 'es-dni', () => dni35(r)],
        ['Netherlands', 'nl-bsn', () => bsn35(r)], ['Sweden', 'se-personnummer', () => pnr35(r)], ['United Kingdom', 'uk-nino', () => nino35(r)],
      ] as const);
      return `{"event":"w8ben.validation_failed","reason":"treaty article missing","form":{"name":"${d.p('person-name', who.full)}","country_of_citizenship":"${country}","permanent_address":"${d.p('home-address', euAddress35(r))}","foreign_tin":"${d.p(kind, tin())}","date_of_birth":"${d.p('date-of-birth', dob35(r))}"},"payout":{"iban":"${d.f('iban', iban35(r))}"}}`;
    },
  },
  {
    area: 'creator-pay', name: 'paddle-xsolla-checkout',
    make: (d) => {
      const r = d.r, who = person35(r);
      return `checkout-bridge ERROR transaction.completed webhook replay failed
  PADDLE_API_KEY=${d.c('paddle-api-key', `pdl_live_apikey_01${r.chars('0123456789abcdefghjkmnpqrstvwxyz', 24)}_${r.chars(B62, 22)}_${r.chars(B62, 3)}`)}
  XSOLLA_MERCHANT_ID=${r.int(100000, 999999)}
  XSOLLA_API_KEY=${d.c('xsolla-api-key', r.chars(HEX, 40))}
  debug payment_method: {"card":{"number":"${d.f('card-number', card35(r))}","holder":"${d.p('person-name', who.full.toUpperCase())}","exp":"${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}"},"email":"${d.p('email', who.email)}"}`;
    },
  },
  {
    area: 'creator-pay', name: 'gumroad-kofi-payout',
    make: (d) => {
      const r = d.r, who = person35(r);
      return `creator-store: Ko-fi webhook rejected (verification_token mismatch)
  data={"verification_token":"${d.c('kofi-verification-token', uuid35(r))}","message_id":"${uuid35(r)}","type":"Donation","from_name":"${d.p('person-name', who.full)}","email":"${d.p('email', who.email)}","amount":"${r.int(3, 50)}.00"}
  gumroad: GET https://api.gumroad.com/v2/sales?access_token=${d.c('gumroad-token', r.chars(B64URL, 43))}
  payoneer: client_secret=${d.c('payoneer-client-secret', r.chars(B62, 32))} payee bank ${d.f('iban', iban35(r))}`;
    },
  },
  {
    area: 'creator-pay', name: 'ach-payout-nacha-line',
    make: (d) => {
      const r = d.r, who = person35(r), aba = aba35(r), acct = r.digits(r.int(8, 12));
      d.f('aba-routing', aba);
      d.f('bank-account', acct);
      return `payout-runner: NACHA file rejected by ODFI (batch ${r.int(1000, 9999)}, ${new Date(epoch35(r) * 1000).toISOString().slice(0, 10)})
  entry: 622${aba}${acct.padEnd(17, ' ')}${String(r.int(1000, 99999)).padStart(10, '0')}${r.digits(6).padEnd(15, ' ')}${d.p('person-name', who.full.toUpperCase().slice(0, 22)).padEnd(22, ' ')}  0${r.digits(15)}
  creator: ${d.p('email', who.email)} (${d.p('ssn', ssn35(r, true))})`;
    },
  },
];
