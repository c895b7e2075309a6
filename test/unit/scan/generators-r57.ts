import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r57 (blind set 57: integration secrets as secret-scanner rule tests write them): a sample for
 * each of the round's detectors (see generators.ts), in contexts of our own, values drawn from the
 * sample generator.
 */

const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
const secret = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;
const uuid = (r: Rng): string => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;

/** Samples of the round-r57 detectors, keyed by detector id. */
export const R57_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-record-field-mailbox-below': (r) => {
    const [g, f] = [given(r), family(r)];
    return ['$member = Member::make([\n    "display_name" => "', `${g} ${f}`, `",\n    "tier" => "gold",\n    "email" => "${g.toLowerCase()}.${f.toLowerCase()}@posteo.de",\n]);`];
  },
  'basic-auth-password-written-out': (r) => {
    const [user, pw] = [`svc_${r.str(LOWER, 5)}`, `${secret(r, 12)}!`];
    return [`GET /v2/export HTTP/1.1\nAuthorization: Basic ${Buffer.from(`${user}:${pw}`).toString('base64')}\n(debug) credential ${user}:`, pw, '\n'];
  },
  'secret-logical-assignment': (r) => ['@gateway_secret ||= "', secret(r, 28), '"\n'],
  'secret-private-half-assignment': (r) => ['export PUSHER_APISECRET_PRIVATE="', `${r.str(HEX, 16)}${r.str(DIG, 4)}${r.str(HEX, 12)}`, '"'],
  'web-server-credential-header': (r) => ['    RequestHeader set X-Sendbird-Token "', secret(r, 36), '"'],
  'cypress-record-key-field': (r) => [`# cypress cloud\nci:\n  record_key: `, uuid(r), '\n  parallel: true'],
  // Without the integration key or host beside it (duo-secret-key's context), as a client library's default.
  'duo-skey-assignment': (r) => ["mfaOptions.skey ??= '", secret(r, 40), "';"],
  'webhook-url-base64': (r) => [
    'notifier:\n  webhookB64: ',
    Buffer.from(`https://hooks.slack.com/services/T${r.str(UPPER + DIG, 8)}/B${r.str(UPPER + DIG, 10)}/${r.str(B62, 24)}`).toString('base64'),
    '\n',
  ],
};
