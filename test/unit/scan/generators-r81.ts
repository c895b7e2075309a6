import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r81 (blind set 81: mobile apps and web front ends): a sample for each of the round's detectors (see
 * generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const mixed = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;
const GIVEN = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander'];
const FAMILY = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
const person = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;

/** Samples of the round-r81 detectors, keyed by detector id. */
export const R81_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'android-string-resource-secret': (r) => ['<resources>\n    <string name="segment_write_secret" translatable="false">', mixed(r, 32), '</string>\n</resources>'],
  'keychain-dump-item-data': (r) => ['Generic Password\n----------------\nService: net.quillpad.sync\nAccount: backup\nLabel: (null)\nKeychain Data: ', `${mixed(r, 12)}~${r.str(LOWER, 4)}`, '\n'],
  'swift-optional-secret': (r) => ['SyncConfig(endpoint: "https://sync.quillpad.net", clientSecret: Optional("', mixed(r, 40), '"), retries: 3)'],
  'browser-global-secret': (r) => ['<script nonce="r4nd">window.__BRIDGE_TOKEN__ = "', mixed(r, 38), '";</script>'],
  'session-key-token': (r) => ["redux-logger next state {auth: {user: 81, session: '", `${mixed(r, 20)}-${mixed(r, 16)}`, "'}}"],
  'android-string-resource-person-name': (r) => ['<map>\n    <string name="account_full_name">', person(r), `</string>\n    <string name="account_email">q.${r.str(LOWER, 6)}@posteo.net</string>\n</map>`],
  'person-name-before-phone-paren': (r) => ['I/SyncWorker: conflict resolved for ', person(r), ` (+44 7${r.str(DIG, 3)} ${r.str(DIG, 6)}) after 3 tries`],
  'person-name-payment-party-in-message': (r) => [`toast: "${r.int(10, 99)}.${r.str(DIG, 2)} CHF arrived from `, person(r), '"'],
  'person-field-value-object': (r) => ['"attributes": {\n  "full_name": {\n    "value": "', person(r), '",\n    "set_at": 1765000000\n  }\n}'],
  'person-name-billed-to': (r) => [`Invoice #${r.str(DIG, 6)}\nBilled to: `, person(r), `, ${r.int(10, 99)} Rue des Lilas, 69003 Lyon`],
  'swift-optional-phone': (r) => ['Courier(name: "parcel", homePhone: Optional("', `0${r.int(6, 7)}${r.str(DIG, 8)}`, '"))'],
  'swift-dump-some-phone': (r) => {
    const ph = `0${r.int(6, 7)}${r.str(DIG, 8)}`;
    return [`▿ Courier.Contact\n  ▿ workPhone: Optional("${ph}")\n    - some: "`, ph, `"\n  - shift: ${r.str(HEX, 4)}`];
  },
};
