import { B62, DIG, HEX, LOWER, UPPER, URLSAFE, type Rng, type Sample } from './sample-rng';

/**
 * Round r65 (blind set 65: commerce platforms and messaging providers): a sample for each of the round's
 * detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
const person = (r: Rng): string => `${given(r)} ${family(r)}`;
const viet = (r: Rng): string => `${r.pick(['Thảo', 'Hương', 'Phượng', 'Dũng'])} ${r.pick(['Nguyễn', 'Trương', 'Đặng', 'Phạm'])}`;
const mixed = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;
/** A Spanish DNI: eight digits and their check letter. */
export const dni = (r: Rng): string => {
  const n = `${r.int(1, 9)}${r.str(DIG, 7)}`;
  return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]!;
};
const ably = (r: Rng): string => `${r.str(B62, 6)}.${r.str(B62, 6)}:${r.str(UPPER, 3)}${r.str(LOWER, 3)}${r.str(DIG, 3)}${r.str(URLSAFE, 34)}`;
const uuid = (r: Rng): string => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;

/** Samples of the round-r65 detectors, keyed by detector id. */
export const R65_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'secret-named-failed-in-error': (r) => ['inventory feed upload aborted (token revoked: ', mixed(r, 22), ') next retry in 600s'],
  'box-row-token-label': (r) => ['| Setting        | Value |\n| x-auth-token   | ', `${r.str(LOWER, 10)}${r.str(DIG, 4)}${r.str(LOWER + DIG, 18)}`, ' |'],
  'ebay-oauth-user-token': (r) => ['listing sync: refresh returned token=', `v^1.1#i^1#f^0#r^1#p^3#I^3#t^H4sIAAAAAAAA${r.str(B62 + '+/', 120)}`, ' expires_in=7200'],
  'ebay-auth-n-auth-token': (r) => ['<RequesterCredentials><eBayAuthToken>', `AgAAAA**AQAAAA**aAAAAA**${r.str(B62, 30)}**${r.str(B62 + '+/', 160)}`, '</eBayAuthToken></RequesterCredentials>'],
  'ebay-cert-id': (r) => ['keyset loaded: client_secret=', `SBX-${r.str(HEX, 12)}-${r.str(HEX, 4)}-${r.str(HEX, 4)}-${r.str(HEX, 4)}-${r.str(HEX, 4)}`, ' env=sandbox'],
  'ably-api-key': (r) => ['realtime bridge: Ably.Rest connect failed with ', ably(r), ' (40101)'],
  'postmark-token-smtp-username': (r) => ['spring.mail.host=smtp.postmarkapp.com\nSMTP_USERNAME=', uuid(r), '\nspring.mail.port=587'],
  'authorize-net-x-tran-key': (r) => [`AIM request params: x_login=${r.str(B62, 10)}&x_tran_key=`, mixed(r, 16), '&x_amount=12.00'],
  'apple-app-specific-password': (r) => ['altool upload: APPLE_APP_SPECIFIC_PASSWORD=', `${r.str('abcdefgh', 4)}-${r.str('ijklmnop', 4)}-${r.str('qrstuvwx', 4)}-${r.str('bcdfghjk', 4)}`, ' --type ios'],
  'national-id-under-taxvat': (r) => ['customer save failed: {"group_id":1,"taxvat":"', dni(r), '","website_id":1}'],
  'uk-sort-code-account-after-acct': (r) => ['{"memo":"supplier refund acct ', `${r.str(DIG, 2)}-${r.str(DIG, 2)}-${r.str(DIG, 2)} / ${r.int(1, 9)}${r.str(DIG, 7)}`, '","api_refund":false}'],
  'person-name-before-uk-bank-account': (r) => ['chargeback reversal paid to ', person(r), ` acct ${r.str(DIG, 2)}-${r.str(DIG, 2)}-${r.str(DIG, 2)}`],
  'bank-field-bracket-form': (r) => ['seller signup body: store=x&bank[ac_number]=', `${r.int(1, 9)}${r.str(DIG, 9)}`, '&bank[currency]=GBP'],
  'person-name-bracket-form-account-holder': (r) => ['seller signup body: store=x&bank[account_holder]=', person(r), '&bank[currency]=GBP'],
  'street-address-one-word-under-line1-key': (r) => ['{"recipient":{"first_line":"', `${r.int(2, 999)} ${r.pick(['Kingsway', 'Broadway', 'Kingsway', 'Broadway'])}`, '","postal_code":"1017"}}'],
  'person-name-key-before-address-key': (r) => ['gdpr erase queued: name=', person(r), ` ship_to=${r.int(2, 99)} Mill Lane`],
  'person-name-vietnamese-in-record': (r) => [`{"order":${r.str(DIG, 6)},"courier":"`, viet(r), '","eta":"14:30"}'],
};
