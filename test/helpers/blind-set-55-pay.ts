import { cred, fin, type Case55, type G55, type V55 } from './blind-set-55-gen';
import { account, card, iban, routing } from './blind-set-55-ids';
import { logLine, service, ts } from './blind-set-55-wrap';

type T = [string, (g: G55) => Case55];
const c = (text: string, values: V55[]): Case55 => ({ text, values });
const exp = (g: G55) => `${String(g.int(1, 12)).padStart(2, '0')}/${g.int(27, 32)}`;

/** Payment-provider exchanges: the merchant's credential next to the card or bank data it carried. */
export const PAY_TEMPLATES: T[] = [
  ['stripe-curl', (g) => {
    const sk = g.stripeKey();
    const cc = card(g, 0);
    return c(`Synthetics API test "stripe charge smoke" failed: status 402\ncurl https://api.stripe.com/v1/payment_methods \\\n  -u ${sk}: \\\n  -d type=card \\\n  -d "card[number]=${cc}" \\\n  -d "card[exp_month]=${g.int(1, 12)}" -d "card[exp_year]=${g.int(2027, 2032)}"\n{"error":{"code":"card_declined","decline_code":"generic_decline"}}`, [cred(sk, 'stripe_key'), fin(cc, 'card')]);
  }],
  ['adyen-json', (g) => {
    const key = `AQE${g.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}hmfxLI5Ha${g.b64(60).replace(/=+$/, '')}`;
    const cc = card(g, 0);
    const ib = iban(g, false);
    return c(`${logLine(g, 'error', 'Adyen /payments returned 422 (Refused)', [['x-API-key', key], ['paymentMethod.number', cc], ['paymentMethod.expiryDate', exp(g)]])}\n${logLine(g, 'warn', 'falling back to SEPA', [['paymentMethod.iban', ib]])}`, [cred(key, 'adyen_api_key'), fin(cc, 'card'), fin(ib, 'iban')]);
  }],
  ['plaid-ach', (g) => {
    const sec = g.hex(30);
    const at = `access-production-${g.uuid()}`;
    const rt = routing(g);
    const ac = account(g);
    return c(JSON.stringify({ level: 'error', msg: 'plaid auth/get: ITEM_LOGIN_REQUIRED', request: { client_id: g.hex(24), secret: sec, access_token: at }, numbers: { ach: [{ account: ac, routing: rt, wire_routing: rt }] }, ts: ts(g) }), [cred(sec, 'plaid_secret'), cred(at, 'plaid_access_token'), fin(ac, 'bank_account'), fin(rt, 'aba_routing')]);
  }],
  ['braintree-xml', (g) => {
    const [tok] = [`access_token$production$${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}$${g.hex(32)}`];
    const cc = card(g, 0);
    return c(`Braintree::AuthorizationError in CheckoutController#create\nrequest: <transaction><amount>${g.int(5, 900)}.00</amount><credit-card><number>${cc}</number><expiration-date>${exp(g)}</expiration-date></credit-card></transaction>\ngateway = Braintree::Gateway.new(access_token: "${tok}")`, [cred(tok, 'braintree_token'), fin(cc, 'card')]);
  }],
  ['paypal-oauth', (g) => {
    const cid = `A${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 79)}`;
    const cs = `E${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 79)}`;
    const cc = card(g, 1);
    return c(`paypalrestsdk.exceptions.UnauthorizedAccess: Failed. Response status: 401\n  mode=live client_id=${cid}\n  client_secret=${cs}\n  funding_instrument.credit_card.number="${cc}"`, [cred(cs, 'paypal_client_secret'), cred(cid, 'paypal_client_id'), fin(cc, 'card')]);
  }],
  ['wise-transfer', (g) => {
    const tok = g.uuid();
    const ib1 = iban(g, true);
    const ib2 = iban(g, false);
    return c(`[${ts(g).replace('Z', '+00:00')}] payouts.ERROR: Wise transfer ${g.int(10000000, 99999999)} failed {"Authorization":"Bearer ${tok}","sourceAccount":"${ib1}","targetAccount":{"details":{"IBAN":"${ib2}"}},"amount":"${g.int(10, 5000)}.00"} []`, [cred(tok, 'wise_api_token'), fin(ib1, 'iban'), fin(ib2, 'iban')]);
  }],
  ['square-cards', (g) => {
    const tok = `EAAA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 60)}`;
    const cc1 = card(g, 2);
    const cc2 = card(g, 0);
    return c(`${logLine(g, 'error', 'square: CARD_DECLINED', [['square.access_token', tok], ['card_on_file', cc1]])}\n${logLine(g, 'info', 'retrying with backup card', [['backup_pan', cc2], ['service', service(g)]])}`, [cred(tok, 'square_token'), fin(cc1, 'card'), fin(cc2, 'card')]);
  }],
  ['gocardless', (g) => {
    const tok = `live_${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 40)}`;
    const wh = g.b62(40);
    const ib = iban(g, true);
    return c(`GoCardless::InvalidApiUsageError: bank_account_exists\n  GOCARDLESS_ACCESS_TOKEN=${tok}\n  GOCARDLESS_WEBHOOK_SECRET=${wh}\n  customer_bank_account.iban: ${ib}`, [cred(tok, 'gocardless_token'), cred(wh, 'webhook_secret'), fin(ib, 'iban')]);
  }],
];
