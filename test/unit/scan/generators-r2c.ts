import { createHash } from 'node:crypto';
import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

const uuid = (r: Rng): string => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;
/** `n` hex digits with at least one digit and one letter. */
const hex = (r: Rng, n: number): string => r.str(HEX, n - 2) + r.str(DIG, 1) + r.pick(['a', 'b', 'c', 'd', 'e', 'f']);
/** `n` letters and digits with both cases and a digit. */
const an = (r: Rng, n: number): string => r.str(B62, n - 3) + r.str(UPPER, 1) + r.str(LOWER, 1) + r.str(DIG, 1);

/** `n` letters of both cases, no digit (Vonage's API secrets often have none). */
const letters = (r: Rng, n: number): string => r.str(UPPER, 3) + r.str(LOWER, 3) + r.str(UPPER + LOWER, n - 6);

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** A compressed mainnet WIF key: Base58Check of 0x80, 32 random bytes, 0x01 (written here apart from src/scan/base58.ts). */
function wif(r: Rng): string {
  const payload = Buffer.from([0x80, ...Array.from({ length: 32 }, () => r.int(0, 255)), 1]);
  const sum = createHash('sha256').update(createHash('sha256').update(payload).digest()).digest();
  let n = BigInt('0x' + Buffer.concat([payload, sum.subarray(0, 4)]).toString('hex'));
  let out = '';
  while (n > 0n) {
    out = B58[Number(n % 58n)]! + out;
    n /= 58n;
  }
  return out;
}

/** Samples of the round-2 credential detectors (blind sets 13 and 14), one realistic context each. */
export const R2C_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'make-hook-url': (r) => ['scenario webhook ', `https://hook.eu1.make.com/${r.str(LOWER + DIG, 31)}${r.str(DIG, 1)}`, ' returned 400'],
  'ifttt-maker-url': (r) => ['door sensor -> ', `https://maker.ifttt.com/trigger/door_open/with/key/${an(r, 22)}`, ' (timeout)'],
  'pipedream-source-url': (r) => ['forwarding to ', `https://eo${r.str(LOWER + DIG, 13)}${r.str(DIG, 1)}.m.pipedream.net`, ' failed: 502'],
  'n8n-webhook-url': (r) => ['{"callback":"', `https://n8n.acme.io/webhook/${uuid(r)}`, '"}'],
  'basic-opaque-token': (r) => ['--header "Authorization: Basic ', Buffer.from(uuid(r)).toString('base64'), '" https://onesignal.com/api/v1/notifications'],
  'mollie-test-key': (r) => ['Mollie ApiException [401] (key ', `test_${an(r, 30)}`, ')'],
  'bitcoin-wif-private-key': (r) => ['env: NETWORK=mainnet HOT_WALLET_WIF=', wif(r), ' RPC_URL=http://bitcoind:8332'],
  'rpc-password-argument': (r) => ["    models.execute_kw(DB, UID, '", hex(r, 40), "', 'account.move', 'create', [vals])"],
  'setter-secret-argument': (r) => [`VonageClient.builder().apiKey("${hex(r, 8)}").apiSecret("`, letters(r, 16), '").build();'],
  'credential-constructor-secret': (r) => [`$basic = new \\Vonage\\Client\\Credentials\\Basic('${hex(r, 8)}', '`, an(r, 16), "');"],
  'named-argument-secret': (r) => [`new Basic(key: '${hex(r, 8)}', secret: '`, an(r, 16), "')"],
  'url-user-api-key': (r) => ['retrying GET https://', hex(r, 40), ':x@api.bamboohr.com/api/gateway.php/acme/v1/employees'],
  'header-map-credential': (r) => ['Request headers: {Accept=[application/json], dhl-api-key=[', an(r, 32), '], Content-Type=[application/json]}'],
};
