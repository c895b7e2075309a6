import { Rng } from './blind-set-7-rng';
import { anyCard, card } from './blind-set-7-checks';
import { email, person, usAddress, euAddress, usPhone, anyPhone } from './blind-set-7-people';
import * as t from './blind-set-7-tokens';
import { cred, fin, pers, pos, type Blind7Positive } from './blind-set-7-types';

/** E-commerce and logistics: Shopify, BigCommerce, WooCommerce, Shippo, EasyPost, with addresses and phones. */
export function commerceCases(r: Rng): Blind7Positive[] {
  const out: Blind7Positive[] = [];
  const c = (name: string, text: string, ...v: Parameters<typeof pos>[2][]) => out.push(pos(`shop/${name}`, text, ...v));

  const sp = t.shopify(r);
  c('shopifyAccessTokenHeader', `X-Shopify-Access-Token: ${sp}\nX-Request-Id: ${r.uuid()}`, cred(sp, 'shopify-token'));
  const ss = t.shopify(r, 'shpss');
  c('shopifyAppToml', `[auth]\nredirect_urls = [ "https://app.acme.io/auth/callback" ]\n# SHOPIFY_API_SECRET = "${ss}"`, cred(ss, 'shopify-token'));
  const [f, l] = person(r);
  const addr = usAddress(r);
  const ph = usPhone(r);
  const em = email(r, [f, l]);
  c('shopifyOrderWebhook', `{"id":${r.digits(13)},"email":"${em}","shipping_address":{"first_name":"${f}","last_name":"${l}","address1":"${addr.line1}","city":"${addr.city}","province_code":"${addr.state}","zip":"${addr.zip}","phone":"${ph}"}}`, pers(em, 'email'), pers(addr.line1, 'address'), pers(ph, 'phone'));
  const bc = r.str('abcdefghijklmnopqrstuvwxyz0123456789', 31);
  c('bigcommerceAuthToken', `GET /stores/${r.str('abcdefghijklmnopqrstuvwxyz0123456789', 10)}/v3/catalog/products HTTP/1.1\nX-Auth-Token: ${bc}\nAccept: application/json`, cred(bc, 'bigcommerce-token'));
  const bcs = r.hex(64);
  c('bigcommerceClientSecretIni', `BIGCOMMERCE_CLIENT_ID=${r.str('abcdefghijklmnopqrstuvwxyz0123456789', 31)}\nBIGCOMMERCE_CLIENT_SECRET=${bcs}`, cred(bcs, 'client-secret'));
  const [ck, cs] = t.wooKeys(r);
  c('wooQueryString', `GET https://shop.acme.fr/wp-json/wc/v3/orders?per_page=50&consumer_key=${ck}&consumer_secret=${cs} 401`, cred(ck, 'woocommerce-key'), cred(cs, 'woocommerce-key'));
  const [ck2, cs2] = t.wooKeys(r);
  const basic = Buffer.from(`${ck2}:${cs2}`).toString('base64');
  c('wooBasicAuth', `Authorization: Basic ${basic}`, cred(basic, 'basic-auth'));
  const [ck3, cs3] = t.wooKeys(r);
  c('wooPhpArray', `$woocommerce = new Client('https://shop.acme.fr', '${ck3}', '${cs3}', ['version' => 'wc/v3']);`, cred(ck3, 'woocommerce-key'), cred(cs3, 'woocommerce-key'));
  const sh = t.shippo(r);
  const to = usAddress(r);
  const [f2, l2] = person(r);
  c('shippoCreateShipment', `Authorization: ShippoToken ${sh}\n{"address_to":{"name":"${f2} ${l2}","street1":"${to.line1}","city":"${to.city}","state":"${to.state}","zip":"${to.zip}","country":"US"}}`, cred(sh, 'shippo-token'), pers(to.line1, 'address'));
  const ez = t.easypost(r);
  c('easypostRubyEnv', `EasyPost::Client.new(api_key: '${ez}')`, cred(ez, 'easypost-key'));
  const ez2 = t.easypost(r);
  const ph2 = anyPhone(r);
  const eu = euAddress(r);
  c('easypostCurlAddress', `curl -X POST https://api.easypost.com/v2/addresses -u "${ez2}:" -d 'address[street1]=${eu.split(',')[0]}' -d 'address[phone]=${ph2}'`, cred(ez2, 'easypost-key'), pers(ph2, 'phone'));
  const em3 = email(r);
  c('deliveryNoteText', `Delivery note: leave at back door. Recipient: ${eu} — tel ${ph2}, mail ${em3}`, pers(eu, 'address'), pers(ph2, 'phone'), pers(em3, 'email'));
  const cardNo = anyCard(r);
  const cvc = String(r.int(100, 999));
  c('checkoutDebugCard', `checkout.debug payment_method[card][number]=${cardNo}&payment_method[card][exp_month]=0${r.int(1, 9)}&payment_method[card][cvc]=${cvc}`, fin(cardNo, 'card'), fin(cvc, 'cvc'));
  const run = [card(r, '4' + r.str('0123456789', 5), 16), card(r, '5' + r.int(1, 5) + r.str('0123456789', 4), 16)];
  const spaced = run.map((n) => n.replace(/(\d{4})(?=\d)/g, '$1 ')).join(' ');
  c('cardsRunTogether', `customer pasted in chat: ${spaced}`, ...run.map((n) => fin(n.replace(/(\d{4})(?=\d)/g, '$1 '), 'card')));
  const card2 = anyCard(r);
  const cvc2 = String(r.int(1000, 9999)).slice(card2.length === 15 ? 0 : 1);
  c('stripeTokenizeForm', `POST /v1/tokens card%5Bnumber%5D=${card2}&card%5Bexp_month%5D=${r.int(1, 12)}&card%5Bexp_year%5D=20${r.int(27, 32)}&card%5Bcvc%5D=${cvc2}`, fin(card2, 'card'), fin(cvc2, 'cvc'));
  const whsec = `whsec_${r.an(32)}`;
  c('stripeWebhookSecretEnv', `STRIPE_WEBHOOK_SECRET=${whsec} # shop-api, endpoint we_${r.an(24)}`, cred(whsec, 'signing-secret'));
  return out;
}
