import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';
import { luhnDigit } from './generators-pf16';

/**
 * Round r37 (blind set 37: retail stores, restaurants and point of sale): a sample for each of the round's detectors
 * (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const HEXU = '0123456789ABCDEF';
/** A hex string with at least one digit and one letter. */
const hexMix = (r: Rng, a: string, n: number): string => `${r.str(DIG, 1)}${r.str(a === HEX ? 'abcdef' : 'ABCDEF', 1)}${r.str(a, n - 2)}`;
/** Letters of both cases and digits, all present. */
const mix = (r: Rng, a: string, n: number): string => `${r.str(UPPER, 1)}${r.str(LOWER, 1)}${r.str(DIG, 1)}${r.str(a, n - 3)}`;
/** A Luhn-valid 16-digit Visa or Mastercard number. */
const pan = (r: Rng): string => {
  const body = r.pick(['4', '51', '52', '53']) + r.str(DIG, 15 - 1);
  const b = body.slice(0, 15);
  return b + luhnDigit(b);
};
/** A gift card number that is no payment card (a 19-digit programme number). */
const giftNumber = (r: Rng): string => `${r.pick(['60', '62', '70', '77'])}${r.str('123456789', 1)}${r.str(DIG, 16)}`;
const first = (r: Rng): string => r.pick(['Marta', 'Oskar', 'Lena', 'Tariq', 'Ines', 'Pavel']);
const last = (r: Rng): string => r.pick(['Lindgren', 'Okafor', 'Brandt', 'Moreno', 'Sato', 'Kovacs']);
/** A base64 string of 32 bytes (43 characters and `=`). */
const b64key = (r: Rng): string => `${mix(r, B62 + '+/', 42)}${r.pick(['A', 'E', 'I', 'M', 'Q', 'U', 'Y', 'c', 'g', 'k', 'o', 's', 'w', '0', '4', '8'])}=`;

export const R37_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'revel-api-authentication': (r) => [`revel-sync GET /resources/Order/ headers={"API-AUTHENTICATION":"${hexMix(r, HEX, 32)}:`, hexMix(r, HEX, 64), '"} -> 401'],
  'elavon-converge-ssl-pin': (r) => [`converge post ssl_merchant_id=${r.str(DIG, 6)}&ssl_user_id=webpos&ssl_pin=`, `${r.str(DIG, 1)}${r.str(UPPER, 1)}${r.str(UPPER + DIG, 62)}`, '&ssl_transaction_type=ccsale'],
  'authorize-net-transaction-key-xml': (r) => ['<merchantAuthentication><name>pos01</name><transactionKey>', mix(r, B62, 16), '</transactionKey></merchantAuthentication>'],
  'authorize-net-signature-key': (r) => ['webhook verifier: ANET_SIGNATURE_KEY=', hexMix(r, HEXU, 128), ''],
  'oauth-scheme-hex-token': (r) => ['roster-sync: curl -H "Authorization: OAuth ', hexMix(r, HEX, 32), '" https://shop.na.deputy.com/api/v1/me'],
  'yotpo-loyalty-guid': (r) => [`loyalty: headers {"x-api-key": "${mix(r, B62, 24)}", "x-guid": "`, mix(r, B62, 22), '"}'],
  'modulr-api-key': (r) => ['payouts.env: MODULR_API_KEY=', hexMix(r, HEX, 32), ''],
  'device-token-config': (r) => ['printer.ini\n[hub]\ndevice_token=', mix(r, B62 + '-_', 43), '\n'],
  'django-sessionid-dict': (r) => [`COOKIES = {'csrftoken': '${r.str(B62, 32)}', 'sessionid': '`, `${r.str(DIG, 1)}${r.str(LOWER, 1)}${r.str(LOWER + DIG, 30)}`, "'}"],
  'base64-cache-encryption-key': (r) => ['[Cache]\nLocalCacheKey=', b64key(r), '\n'],
  'base64-connection-url-password': (r) => [
    'data:\n  DATABASE_URL: ',
    Buffer.from(`postgres://app:${mix(r, B62, 14)}@db.internal:5432/app`).toString('base64'),
    '\n',
  ],
  'remote-access-note-password': (r) => [`ticket: connect with TeamViewer ID ${r.str(DIG, 3)} ${r.str(DIG, 3)} ${r.str(DIG, 3)} password `, mix(r, B62, 9), '\n'],
  'local-admin-slash-password': (r) => ['tech note: reset creds\n  .\\posadmin / ', `${mix(r, B62, 10)}#${r.str(DIG, 2)}`, '\n'],
  'door-gate-code': (r) => ['delivery note: "gate code #', `${r.int(1, 9)}${r.str(DIG, 4)}`, ', leave at door"'],
  'emv-track2-equivalent': (r) => {
    const p = pan(r);
    return ['kernel trace\n  TAG 57   LEN 13 VAL ', `${p}D${r.int(27, 31)}${String(r.int(1, 12)).padStart(2, '0')}201${r.str(DIG, 12)}`, 'F\n'];
  },
  'emv-cardholder-name-tag': (r) => ['kernel trace\n  TAG 5F20 LEN 12 VAL ', `${last(r).toUpperCase()}/${first(r).toUpperCase()}`, '\n'],
  'card-track1-sentinels': (r) => ['msr fallback raw="', `%B${pan(r)}^${last(r).toUpperCase()}/${first(r).toUpperCase()}^${r.int(27, 31)}${String(r.int(1, 12)).padStart(2, '0')}101${r.str(DIG, 12)}?`, '"'],
  'gift-card-number': (r) => ['GiftCardService.reload failed (timeout)\n  request={"cardNumber":"', giftNumber(r), `","amount":${r.int(10, 99)}.00}`],
  'gift-card-pin': (r) => [`gift card balance check: number=${giftNumber(r)} pin=`, `${r.int(1, 9)}${r.str(DIG, 3)}`, ' -> 502'],
  'givex-jsonrpc-password': (r) => [`{"jsonrpc":"2.0","method":"dc_996","id":"${r.str(DIG, 4)}","params":["en","${r.str(DIG, 5)}","${r.str(DIG, 6)}","`, `${mix(r, B62, 12)}*`, `","${giftNumber(r)}"]}`],
  'givex-jsonrpc-card': (r) => [`{"jsonrpc":"2.0","method":"dc_996","id":"${r.str(DIG, 4)}","params":["en","${r.str(DIG, 5)}","${r.str(DIG, 6)}","${mix(r, B62, 12)}","`, giftNumber(r), '","12.00"]}'],
  'person-name-prefixed-split-key': (r) => [`pay form: billing_first_name=`, first(r), `&billing_last_name=${last(r)}&amount=12.50`],
  'person-name-customer-label': (r) => ['sms queued: template=order_ready customer="', `${first(r)} ${last(r)}`, '"'],
  'x12-per-contact-name': (r) => ['ST*810*0001~\nPER*AR*', `${first(r).toUpperCase()} ${last(r).toUpperCase()}`, `*TE*555${r.str(DIG, 7)}~`],
  'person-name-party-of': (r) => ['waitlist: next up ', `${first(r)} ${last(r)}`, `, party of ${r.int(2, 9)}`],
  'person-name-welcome-back': (r) => ['kiosk banner: "Welcome back, ', `${first(r)} ${last(r)}`, '!"'],
  'person-name-greeting-named-elsewhere': (r) => {
    const f = first(r);
    return [`sms queued customer="${f} ${last(r)}" body="Hi `, f, ', your table is ready"'];
  },
  'person-name-sql-insert-split': (r) => [`INSERT INTO guests (first_name, last_name, party) VALUES ('`, first(r), `', '${last(r)}', ${r.int(2, 8)})`],
};
