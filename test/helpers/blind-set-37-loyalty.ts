import { type Tpl37 } from './blind-set-37-draw';
import { B64URL } from './blind-set-37-rng';

const A = 'loyalty';

/** Gift cards and loyalty: card numbers with PINs, Punchh, Thanx, Paytronix, Yotpo, Square Loyalty, Givex. */
export const LOYALTY37: Tpl37[] = [
  { area: A, name: 'giftcard-activation', make: (d) => {
    const gc = d.giftCard();
    const pin = d.c('gift_card_pin', d.r.digits(d.pick([4, 6, 8])));
    return `GiftCardService.activate failed: ProcessorTimeout after 30000ms (lane ${d.int(1, 9)}, store ${d.store()})
  headers={"X-SVS-Api-Key":"${d.c('api_key', d.b62(32))}"} request={"cardNumber":"${gc}","pin":"${pin}","amount":${d.pick([25, 50, 100])}.00,"currency":"USD","clerk":"${d.int(100, 999)}"}`;
  } },
  { area: A, name: 'giftcard-balance-url', make: (d) => {
    const gc = d.giftCard();
    const code = d.c('gift_card_access_code', d.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 8));
    return `${d.privIp()} - - [${d.int(10, 28)}/Nov/2026:${d.int(10, 23)}:12:0${d.int(0, 9)} +0000] "GET /giftcards/balance?number=${gc}&access_code=${code}&brand=${d.pick(['tacotime', 'mochamill'])} HTTP/1.1" 502 166 "-" "okhttp/4.12.0"
upstream timed out (110: Connection timed out) while reading response header from upstream`;
  } },
  { area: A, name: 'punchh-user-sync', make: (d) => {
    const secret = d.c('punchh_api_secret', d.hex(64));
    const [fn, ln] = d.names();
    const dob = d.dob();
    return `[punchh] signature failure: x-pch-digest mismatch (client=${d.hex(64)})
 PUNCHH_SECRET=${secret}
 body: {"user":{"first_name":"${fn}","last_name":"${ln}","birthday":"${dob}","marketing_email_subscription":true}}`;
  } },
  { area: A, name: 'thanx-api', make: (d) => {
    const tok = d.c('bearer_token', d.chars(B64URL, 43));
    const email = d.email();
    return `ThanxClient::Unauthorized (401): {"errors":["invalid_token"]}
  GET https://api.thanx.com/partner/users?email=${encodeURIComponent(email).replace('%40', '@')}
  Authorization: Bearer ${tok}
  Accept-Version: v4.0`;
  } },
  { area: A, name: 'paytronix-password-grant', make: (d) => {
    const cs = d.c('client_secret', d.b62(32));
    const email = d.email();
    const pw = d.password();
    const card = d.giftCard();
    return `2026-11-${d.int(10, 28)} ${d.int(10, 23)}:41:07 ERROR PxClient - oauth/requestGuestToken failed: {"result":"failure","errorCode":"oauth.invalid_grant"}
 params: merchantId=${d.int(100, 999)}, client_id=${d.pick(['mobileapp', 'kiosk'])}, client_secret=${cs}, grant_type=password, username=${email}, password=${pw}
 guest printedCardNumber=${card} linkedPayment=${d.cardNumber()}`;
  } },
  { area: A, name: 'yotpo-loyalty', make: (d) => {
    const key = d.c('yotpo_api_key', d.b62(24));
    const guid = d.c('yotpo_guid', d.b62(22));
    const email = d.email();
    return `yotpo swell: POST /api/v2/actions 401 {"error":"Invalid API key or GUID"}
headers: {'x-guid': '${guid}', 'x-api-key': '${key}', 'content-type': 'application/json'}
payload: {'type': 'PurchaseAction', 'customer_email': '${email}', 'order_id': '${d.order()}', 'total_amount_cents': ${d.int(500, 9000)}}`;
  } },
  { area: A, name: 'square-loyalty-lookup', make: (d) => {
    const tok = d.c('square_access_token', 'EAAA' + d.chars(B64URL, 60));
    const phone = d.phone('e164');
    const name = d.name();
    return `loyalty-kiosk | ${d.ts()} | ERROR SearchLoyaltyAccounts returned 500
  curl https://connect.squareup.com/v2/loyalty/accounts/search -H "Authorization: Bearer ${tok}" -d '{"query":{"mappings":[{"phone_number":"${phone}"}]},"limit":1}'
  kiosk greeted guest: "Welcome back, ${name}!"`;
  } },
  { area: A, name: 'givex-jsonrpc', make: (d) => {
    const pw = d.password();
    const gc = d.giftCard();
    const pin = d.c('gift_card_pin', d.r.digits(4));
    return `givex: dc_901 redemption error "Cert not exist" (code 2)
{"jsonrpc":"2.0","method":"dc_901","id":"${d.int(1000, 9999)}","params":["en","${d.int(10000, 99999)}","${d.r.digits(6)}","${pw}","${gc}","${d.int(5, 60)}.00","","${pin}"]}`;
  } },
  { area: A, name: 'loyalty-export-csv', make: (d) => {
    const rows = [0, 1].map(() => {
      const n = d.name();
      return `${d.int(10000, 99999)},${n},${d.email(n)},${d.int(0, 9000)}`;
    });
    return `loyalty-export: upload to s3://crm-exports/loyalty/ failed (AccessDenied); partial file kept in /tmp/export.csv (presigned https://crm-exports.s3.amazonaws.com/loyalty/${d.ts().slice(0, 10)}.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${d.c('aws_access_key_id', 'AKIA' + d.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16))}%2F20261105%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${d.c('signed_url_signature', d.hex(64))}):
member_id,name,email,points
${rows.join('\n')}`;
  } },
  { area: A, name: 'pg-unique-violation', make: (d) => {
    const [fn, ln] = d.names();
    const email = d.email(`${fn} ${ln}`);
    const hash = d.c('password_hash', `$2b$12$${d.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`);
    const at = `${d.ts().replace('T', ' ').slice(0, 23)} UTC [${d.int(1000, 99999)}]`;
    return `${at} loyalty@members ERROR:  duplicate key value violates unique constraint "members_email_key"
${at} loyalty@members DETAIL:  Key (email)=(${email}) already exists.
STATEMENT:  INSERT INTO members (first_name, last_name, email, password_digest, tier) VALUES ('${fn}', '${ln}', '${email}', '${hash}', 'gold') RETURNING id`;
  } },
];
