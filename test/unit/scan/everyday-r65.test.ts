import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, UP, everydayProbe, mix, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r65 (blind set 65: commerce platforms and messaging providers): keys named as failed in errors, token box rows,
 * eBay tokens and Cert IDs, Ably keys, Postmark tokens as SMTP usernames, Authorize.Net transaction keys, Apple
 * app-specific passwords, national ids under `taxvat`, UK sort code/account pairs, bracketed bank form fields, one-word
 * streets under address-line-1 keys, `name=` before address keys, Vietnamese-lettered names in record slots, bare Irish
 * mobiles in SMS calls — in contexts other than the set's (marketplaces, logistics, POS, mobile CI); beside them the
 * look-alikes that stay clean, and the lead's false alarms: a Shopify app-proxy signature, a Mailgun webhook signature
 * object, Postmark's test token, an IAM role after `credentials=`, a Pusher app key.
 */
const { found, clean, by } = everydayProbe();
const viet = (): string => `${['Thảo', 'Hương', 'Phượng', 'Dũng'][randomInt(4)]} ${['Nguyễn', 'Trương', 'Đặng', 'Phạm'][randomInt(4)]}`;
const uuid = (): string => `${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-b${str(HEX, 3)}-${str(HEX, 12)}`;
const dni = (): string => {
  const n = `${1 + randomInt(9)}${str(DIG, 7)}`;
  return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]!;
};

describe('round r65: credentials of commerce and messaging providers', () => {
  it('finds a key named as failed in an error, not a word or a version', () => {
    const k = mix(20, '-_');
    expect(found(`POS sync 403: upstream says (access token expired: ${k})`, k)).toBe(true);
    expect(found(`webhook relay: api key invalid: "${k}" for tenant 42`, k)).toBe(true);
    expect(clean('billing: token expired: yes, refreshing')).toEqual([]);
    expect(clean('client: key rejected: 1.4.2 (too old)')).toEqual([]);
  });

  it('finds tokens in console box rows under token labels, not an id or a placeholder', () => {
    const t = `${str(LO, 8)}${str(DIG, 3)}${str(LO + DIG, 21)}`;
    expect(found(`+------+\n| Auth Token     | ${t} |\n+------+`, t)).toBe(true);
    expect(found(`| consumer_secret | ${t} |`, t)).toBe(true);
    expect(clean('| access token   | xxxxxxxxxxxxxxxxxxxxxxxx |')).toEqual([]);
    expect(clean('| access token   | not-configured-yet |')).toEqual([]);
  });

  it("finds eBay OAuth and Auth'n'Auth tokens and Cert IDs, not an App ID", () => {
    const oauth = `v^1.1#i^1#r^0#p^1#I^3#f^0#t^H4sIAAAAAAAA${str(B62 + '+/', 200)}`;
    expect(found(`ebay-sdk: GET /sell/inventory/v1/offer 401 Authorization: Bearer ${oauth}`, oauth)).toBe(true);
    const aa = `AgAAAA**AQAAAA**aAAAAA**${str(B62, 28)}**${str(B62 + '+/', 300)}`;
    expect(found(`trading: ReviseItem failed, token=${aa}`, aa)).toBe(true);
    const cert = `PRD-${str(HEX, 12)}-${str(HEX, 4)}-${str(HEX, 4)}-${str(HEX, 4)}-${str(HEX, 4)}`;
    expect(found(`EBAY_CERT_ID: ${cert}`, cert)).toBe(true);
    expect(clean(`EBAY_APP_ID: Lister-sync-PRD-${str(HEX, 9)}-${str(HEX, 8)}`)).toEqual([]);
  });

  it('finds an Ably key on a line naming Ably, not a version pair or a time range', () => {
    const k = `${str(B62, 6)}.${str(B62, 6)}:${str(UP, 3)}${str(LO, 3)}${str(DIG, 3)}${str(B62 + '_-', 34)}`;
    expect(found(`const ably = new Ably.Rest({ key: "${k}" });`, k)).toBe(true);
    expect(found(`ABLY_API_KEY=${k}`, k)).toBe(true);
    expect(clean('ably: channel presence 10.02.11:12:13 sync done')).toEqual([]);
  });

  it('finds a Postmark token as the SMTP username beside its host, not a UUID username elsewhere', () => {
    const t = uuid();
    expect(found(`EMAIL_HOST=smtp.postmarkapp.com\nEMAIL_HOST_USER=${t}\nEMAIL_PORT=2525`, t)).toBe(true);
    expect(clean(`MAIL_HOST=smtp.example-relay.net\nMAIL_USERNAME=${uuid()}`)).toEqual([]);
  });

  it('finds an Authorize.Net transaction key and an Apple app-specific password; not an order key or a slug', () => {
    const k = mix(16);
    expect(found(`SIM relay form: x_login=${str(B62, 9)}&x_tran_key=${k}&x_type=AUTH_CAPTURE`, k)).toBe(true);
    expect(clean('SIM relay form: x_tran_key=aaaaaaaaaaaaaaaa&x_type=AUTH_CAPTURE')).toEqual([]);
    const asp = 'kqzv-mbtr-wyhx-dpaf';
    expect(found(`fastlane deliver: FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD="${asp}"`, asp)).toBe(true);
    expect(clean('app_password=auto-gen-from-vault')).toEqual([]);
  });
});

describe('round r65: personal and bank data in commerce payloads', () => {
  it('finds a DNI under taxvat, not a VAT number or an invalid id', () => {
    const d = dni();
    expect(found(`PUT /rest/V1/customers/me {"customer":{"taxvat":"${d}"}}`, d)).toBe(true);
    expect(clean('{"customer":{"taxvat":"DE123456789"}}')).toEqual([]);
    expect(clean('{"customer":{"taxvat":"12345678A"}}')).toEqual([]);
  });

  it('finds a UK sort code and account after acct, and the payee before them; not a date range', () => {
    const p = person();
    const bank = `${str(DIG, 2)}-${str(DIG, 2)}-${str(DIG, 2)} / ${1 + randomInt(9)}${str(DIG, 7)}`;
    expect(found(`manual payout sent to ${p} acct ${bank} (ticket 5512)`, bank)).toBe(true);
    expect(found(`manual payout sent to ${p} acct ${bank} (ticket 5512)`, p)).toBe(true);
    expect(clean('report covers 01-02-26 / 28-02-26 for all stores')).toEqual([]);
  });

  it('finds bank fields and the holder in a bracketed form, not a count or a company', () => {
    const p = person();
    const acct = `${1 + randomInt(9)}${str(DIG, 7)}`;
    const text = `vendor form: vendor[payout][account_holder]=${p}&vendor[payout][account_number]=${acct}&vendor[payout][sort_code]=20-00-00`;
    expect(found(text, p)).toBe(true);
    expect(found(text, acct)).toBe(true);
    expect(clean('vendor form: vendor[payout][account_holder]=Northwind Trading Ltd&vendor[payout][account_number]=0')).toEqual([]);
  });

  it('finds a one-word street under an address-line-1 key and a name before an address key; not counts or teams', () => {
    const a = `${2 + randomInt(900)} Strandvejen, Apt 4`;
    expect(found(`shipment: {"to":{"address_line_1":"${a}","city":"Aarhus"}}`, a)).toBe(true);
    expect(by('{"address_line1":"12 Errors","status":"failed"}', 'street-address-one-word-under-line1-key')).toBe(false);
    expect(by('print_r: [line1] => 4 Rows', 'street-address-one-word-under-line1-key')).toBe(false);
    const p = person();
    expect(found(`label reprint: full_name=${p} address=12 Mill Lane`, p)).toBe(true);
    expect(clean('label reprint: name=Support Team email=desk@shop.test')).toEqual([]);
  });

  it('finds Vietnamese-lettered names in record slots, not products, places or companies', () => {
    const n = viet();
    expect(found(`{"parcel":"${str(DIG, 9)}","consignee":"${n}","zone":"D7"}`, n)).toBe(true);
    expect(found(`| shipper_name   | ${n}   |`, n)).toBe(true);
    expect(found(`mail queued: to="${n} <${str(LO, 6)}@post.example.org>"`, n)).toBe(true);
    expect(found(`"holder","amount"\n"${n}","12.00"`, n)).toBe(true);
    expect(clean('{"product_name":"Phở Hương","sku":"PH-22"}')).toEqual([]);
    expect(clean('| company        | Đặng Trading GmbH |')).toEqual([]);
  });

  it('finds an Irish mobile in an SMS call beside its sender', () => {
    const m = `3538${['3', '5', '6', '7', '9'][randomInt(5)]}${str(DIG, 7)}`;
    expect(found(`sms.send from=ACME to=${m} body="Your parcel is out"`, m)).toBe(true);
  });
});

describe("round r65: the lead's false alarms stay clean", () => {
  it('a Shopify app-proxy signature, but not a presigned URL signature', () => {
    expect(clean(`GET /apps/wishlist?shop=demo-shop.myshopify.com&path_prefix=%2Fapps%2Fwishlist&timestamp=1767000000&signature=${str(HEX, 64)}`)).toEqual([]);
    expect(clean(`proxy: https://cdn.shop.test/a?logged_in_customer_id=&shop=x.myshopify.com&timestamp=1767000000&signature=${str(HEX, 64)} 200`)).toEqual([]);
    expect(clean(`https://bucket.s3.amazonaws.com/a.pdf?AWSAccessKeyId=AKIA${str(UP + DIG, 16)}&Expires=1767000000&Signature=${str(B62, 27)}%3D`).length).toBeGreaterThan(0);
  });

  it('a Mailgun webhook signature object, a Postmark test token, an IAM role, a Pusher app key', () => {
    expect(clean(`hook: {"signature":{"timestamp":"1767000000","token":"${str(HEX, 50)}","signature":"${str(HEX, 64)}"},"event-data":{"event":"opened"}}`)).toEqual([]);
    expect(clean('curl -H "X-Postmark-Server-Token: POSTMARK_API_TEST" https://api.postmarkapp.com/email')).toEqual([]);
    expect(clean(`sns publisher: credentials=arn:aws:iam::${str(DIG, 12)}:role/orders-notify (web identity)`)).toEqual([]);
    expect(clean(`pusher auth: PUSHER_APP_KEY=${str(HEX, 20)} cluster=eu`)).toEqual([]);
    expect(clean(`pusher auth: PUSHER_APP_SECRET=${str(HEX, 20)} cluster=eu`).length).toBeGreaterThan(0);
  });
});
