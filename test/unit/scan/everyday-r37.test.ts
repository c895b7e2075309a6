import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, str, UP, everydayProbe } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r37 (blind set 37: retail stores, restaurants and point of sale): POS, gateway, loyalty and store-IT
 * secrets in their providers' documented shapes, EMV and magnetic-stripe card data, gift card numbers and PINs,
 * and people under the labels POS, ordering and EDI records give them — in contexts other than the set's, values
 * drawn at test time; beside them the look-alikes that stay clean (role mailboxes, masked cards, hashes, ids).
 */
const { found, clean } = everydayProbe();

/** Hex with a digit and a letter in it. */
const hex = (n: number, upper = false): string => { const h = `${randomInt(10)}${'abcdef'[randomInt(6)]}${str(HEX, n - 2)}`; return upper ? h.toUpperCase() : h; };
/** Letters of both cases and digits. */
const mix = (n: number, extra = ''): string => `${str(UP, 1)}${str(LO, 1)}${str(DIG, 1)}${str(B62 + extra, n - 3)}`;
const GIVEN = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Casimir'];
const FAMILY = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
const given = (): string => GIVEN[randomInt(GIVEN.length)]!;
const family = (): string => FAMILY[randomInt(FAMILY.length)]!;
/** A Luhn-valid 16-digit Visa number. */
function pan(): string {
  const body = `4${str(DIG, 14)}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}
/** A 19-digit gift card programme number (no payment card). */
const giftNumber = (): string => `6${randomInt(1, 9)}${str(DIG, 17)}`;

describe('round r37: POS, gateway and loyalty secrets', () => {
  it('finds a Revel API secret in its API-AUTHENTICATION header, not the key id alone', () => {
    const secret = hex(64);
    const t = `curl -H 'API-AUTHENTICATION: ${hex(32)}:${secret}' https://shop.revelup.com/resources/Product/`;
    expect(found(t, secret), t).toBe(true);
    expect(clean(`revel: establishment=${randomInt(1, 99)} resource=Product api_key_id=${randomInt(1000, 9999)}`)).toEqual([]);
  });

  it('finds a Converge ssl_pin and Authorize.Net XML transaction and signature keys', () => {
    const pin = `${randomInt(10)}Q${str(UP + DIG, 62)}`;
    const t1 = `POST /VirtualMerchantDemo/process.do ssl_merchant_id=${str(DIG, 6)}&ssl_user_id=kiosk&ssl_pin=${pin}&ssl_amount=9.99`;
    expect(found(t1, pin), t1).toBe(true);
    const tk = mix(16);
    const t2 = `<createTransactionRequest><merchantAuthentication><name>${str(B62, 10)}</name><transactionKey>${tk}</transactionKey></merchantAuthentication>`;
    expect(found(t2, tk), t2).toBe(true);
    const sig = hex(128, true);
    const t3 = `webhooks: AUTHNET_SIGNATURE_KEY=${sig}`;
    expect(found(t3, sig), t3).toBe(true);
    expect(clean(`<transactionKey>YOUR_TRANSACTION_KEY</transactionKey> <transactionType>authCaptureTransaction</transactionType>`)).toEqual([]);
  });

  it('finds a Deputy OAuth token, a Yotpo x-guid, a Modulr key and a device token, not trace ids after the word or hex push ids', () => {
    const tok = hex(32);
    const t1 = `GET /api/v1/resource/Employee Authorization: OAuth ${tok}`;
    expect(found(t1, tok), t1).toBe(true);
    expect(clean(`OAuth ${randomInt(1, 2)}.0 flow done for client pos-app trace=${str(HEX, 32)} in ${randomInt(100, 999)}ms`)).toEqual([]);
    const guid = mix(22);
    const t2 = `swell call: x-api-key=${mix(24)} x-guid=${guid} path=/api/v2/customers`;
    expect(found(t2, guid), t2).toBe(true);
    const mk = hex(32);
    const t3 = `payroll.yaml: modulr_api_key: "${mk}"`;
    expect(found(t3, mk), t3).toBe(true);
    const dt = mix(43, '-_');
    const t4 = `[expo]\ndeviceToken = ${dt}`;
    expect(found(t4, dt), t4).toBe(true);
    expect(clean(`apns push ok device_token=${str(HEX, 64)} badge=1`)).toEqual([]);
  });

  it('finds a Django sessionid in a cookie dict, a base64 cache key and a base64 connection URL', () => {
    const sid = `${randomInt(10)}k${str(LO + DIG, 30)}`;
    const t1 = `request.COOKIES: {"sessionid": "${sid}", "django_language": "en"}`;
    expect(found(t1, sid), t1).toBe(true);
    const key = `${mix(42, '+/')}Q=`;
    const t2 = `appsettings: "TileCacheKey": "${key}"`;
    expect(found(t2, key), t2).toBe(true);
    const b64 = Buffer.from(`redis://default:${mix(16)}@cache.internal:6379/0`).toString('base64');
    const t3 = `secret/orders: {"data":{"REDIS_URL":"${b64}"}}`;
    expect(found(t3, b64), t3).toBe(true);
    expect(clean(`data:\n  REDIS_URL: ${Buffer.from('redis://cache.internal:6379/0').toString('base64')}`)).toEqual([]);
  });

  it('finds remote-access and local admin passwords in tickets, and door codes in delivery notes', () => {
    const pw = mix(9);
    const t1 = `ticket: AnyDesk ${str(DIG, 9)} unattended pass ${pw} (store ${randomInt(10, 99)})`;
    expect(found(t1, pw), t1).toBe(true);
    expect(clean(`ticket: VNC password reset by tech, see vault`)).toEqual([]);
    const admin = `${mix(10)}!${randomInt(10, 99)}`;
    const t2 = `after reimage: Local admin kioskadmin / ${admin}`;
    expect(found(t2, admin), t2).toBe(true);
    const code = `${randomInt(1, 9)}${str(DIG, 3)}`;
    const t3 = `delivery_notes: "buzz 4B, door code ${code}"`;
    expect(found(t3, code), t3).toBe(true);
  });
});

describe('round r37: card data and gift cards', () => {
  it('finds EMV tag 57 track 2 equivalent data and tag 5F20 names, and track 1 with its sentinels', () => {
    const p = pan();
    const t2 = `${p}D${randomInt(27, 31)}0${randomInt(1, 9)}201${str(DIG, 10)}`;
    const name = `${family().toUpperCase()}/${given().toUpperCase()}`;
    const t1 = `EMV trace:\n TAG 57 LEN 12 VAL ${t2}F\n TAG 5F20 LEN 10 VAL ${name}\n`;
    expect(found(t1, t2), t1).toBe(true);
    expect(found(t1, name), t1).toBe(true);
    const track = `%B${pan()}^${family().toUpperCase()}/${given().toUpperCase()}^${randomInt(27, 31)}0${randomInt(1, 9)}101${str(DIG, 12)}?`;
    const t3 = `swipe captured: ${track}`;
    expect(found(t3, track), t3).toBe(true);
    expect(clean(`TAG 9F26 LEN 08 VAL ${str('0123456789ABCDEF', 16)}\n TAG 95 LEN 05 VAL 0000008000`)).toEqual([]);
  });

  it('finds gift card numbers and PINs beside a gift card service and Givex calls, not order refs or masked cards', () => {
    const num = giftNumber();
    const pin = `${randomInt(1, 9)}${str(DIG, 3)}`;
    const t1 = `gift card redeem failed\n body={"card_number":"${num}","pin":"${pin}"}`;
    expect(found(t1, num), t1).toBe(true);
    expect(found(t1, pin), t1).toBe(true);
    const pw = `${mix(10)}*`;
    const card = giftNumber();
    const t2 = `{"jsonrpc":"2.0","method":"dc_946","id":"1","params":["en","${str(DIG, 5)}","${str(DIG, 6)}","${pw}","${card}"]}`;
    expect(found(t2, pw), t2).toBe(true);
    expect(found(t2, card), t2).toBe(true);
    expect(clean(`gift card balance ok: card=XXXX-XXXX-XXXX-${str(DIG, 4)} order_ref=${str(DIG, 16)} pin=****`)).toEqual([]);
    expect(clean(`order sync: number=${str(DIG, 16)} items=${randomInt(1, 9)}`)).toEqual([]);
  });
});

describe('round r37: names in POS, ordering and EDI records', () => {
  it('finds names under prefixed first/last keys and customer or diner labels', () => {
    const g = given();
    const f = family();
    const t1 = `<Payer><PayerFirstName>${g}</PayerFirstName><PayerLastName>${f}</PayerLastName></Payer>`;
    expect(found(t1, g), t1).toBe(true);
    expect(found(t1, f), t1).toBe(true);
    const t2 = `ship_given_name=${g}&ship_family_name=${f}&zip=${str(DIG, 5)}`;
    expect(found(t2, g), t2).toBe(true);
    const full = `${given()} ${family()}`;
    const t3 = `ticket printed table=${randomInt(1, 40)} diner="${full}" covers=2`;
    expect(found(t3, full), t3).toBe(true);
    expect(clean(`report sort_last_name=Asc page=2 customer=Acme Catering Ltd`)).toEqual([]);
  });

  it('finds names in a CSV export whose header is quoted', () => {
    const full = `${given()} ${family()}`;
    const t = `guest export:\n"guest_name","email","visits"\n"${full}","g${randomInt(100, 999)}@mailbox.org","${randomInt(1, 40)}"`;
    expect(found(t, full), t).toBe(true);
  });

  it('finds an X12 PER contact, a reservation name, a kiosk greeting, a message greeting and INSERT names', () => {
    const per = `${given().toUpperCase()} ${family().toUpperCase()}`;
    const t1 = `ST*850*0001~\nPER*BD*${per}*EM*buyer${randomInt(1, 99)}@grocer.example~`;
    expect(found(t1, per), t1).toBe(true);
    expect(clean(`ST*850*0001~\nPER*IC*ACCOUNTS PAYABLE*TE*5551234567~`)).toEqual([]);
    const res = `${given()} ${family()}`;
    const t2 = `waitlist: seated ${res}, party of ${randomInt(2, 9)} at 19:30`;
    expect(found(t2, res), t2).toBe(true);
    const kiosk = `${given()} ${family()}`;
    const t3 = `kiosk render: "Welcome back, ${kiosk}!"`;
    expect(found(t3, kiosk), t3).toBe(true);
    const g = given();
    const t4 = `sms customer="${g} ${family()}" text="Hello ${g}, your pickup is ready"`;
    expect(found(t4, g), t4).toBe(true);
    const g2 = given();
    const t6 = `{"guest":{"firstName":"${g2}","lastName":"${family()}"},"note":"please text ${g2} when the order is up"}`;
    expect(found(t6, g2), t6).toBe(true);
    expect(clean(`note: call Support at ${randomInt(100, 999)} if the printer jams; Hi Team, shift swap posted`)).toEqual([]);
    const fg = given();
    const ff = family();
    const t5 = `ERROR: null value in column "tier"\nSTATEMENT: INSERT INTO guests (first_name, last_name, tier) VALUES ('${fg}', '${ff}', NULL)`;
    expect(found(t5, fg), t5).toBe(true);
    expect(found(t5, ff), t5).toBe(true);
  });

  it('keeps retail role mailboxes and bcrypt hashes clean', () => {
    expect(clean(`campaign sent reply-to=rewards@pizzaplace.com segment=${randomInt(1, 999)}`)).toEqual([]);
    expect(clean(`schedule published contact=scheduling@diner.com week=${randomInt(1, 52)}`)).toEqual([]);
    expect(clean(`members.password_digest = '$2b$12$${str(B62 + './', 53)}'`)).toEqual([]);
  });
});
