import { abaValid } from '../../../src/scan/validators';
import { B62, DIG, LOWER, UPPER, URLSAFE, type Rng, type Sample } from './sample-rng';

/**
 * Round r68 (blind set 68: mobile and app backends): a sample for each of the round's detectors (see generators.ts),
 * in contexts of our own, values drawn from the sample generator.
 */

const person = (r: Rng): string => `${r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander'])} ${r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'])}`;
const mixed = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;
const aba = (r: Rng): string => {
  for (;;) {
    const v = `0${r.int(1, 2)}${r.str(DIG, 7)}`;
    if (abaValid(v)) return v;
  }
};
const coord = (r: Rng): string => `${r.int(-60, 60)}.${r.str(DIG, 6)},${r.int(-170, 170)}.${r.str(DIG, 6)}`;

/** Samples of the round-r68 detectors, keyed by detector id. */
export const R68_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-under-user-name-key': (r) => ['Sentry scope: user_email=o.drummond@fastmail.com\n  user_name = ', person(r), '\n  plan = pro'],
  'aws-cli-user-attribute-shorthand': (r) => ['$ aws cognito-idp admin-update-user-attributes --user-pool-id us-east-1_Abc123 --username u42 --user-attributes Name=family_name,Value="', person(r), '"'],
  'dynamodb-typed-bank-field': (r) => ['PutItem failed: {"Item":{"payee":{"S":"x"},"routingNumber":{"S":"', aba(r), '"}}}'],
  'mobile-build-cli-password': (r) => ['+ security create-keychain -p "', mixed(r, 16), '" ci.keychain'],
  'trip-endpoint-coordinates-bare': (r) => ['courier job 88 reassigned: dropoff=', coord(r), ' eta=14m'],
  'auth0-refresh-token': (r) => ['SecureStore read "auth.rt" -> ', `v1.M${r.str(UPPER, 3)}${r.str(LOWER, 3)}${r.str(DIG, 3)}${r.str(URLSAFE, 120)}`, ' (expired)'],
  'terraform-plan-changed-secret': (r) => ['      ~ "STRIPE_WEBHOOK_SECRET" = (sensitive value) -> "', mixed(r, 32), '"'],
  'github-actions-debug-secret-value': (r) => ['##[debug]Evaluating: secrets.FIREBASE_TOKEN\n##[debug]=> \'', `1//${mixed(r, 60)}`, "'\n##[debug]Result: '***'"],
  'secrets-object-member': (r) => ['lambda config: {"name":"push-fanout","secrets":{"signing":"', `${r.str(UPPER, 4)}${r.str(DIG, 4)}${r.str(B62, 24)}=`, '"}}'],
  'ssm-parameter-path-secret': (r) => ['/billing/staging/adyen/hmac-secret\t', mixed(r, 40), '\n/billing/staging/region\teu-west-1'],
  'fastlane-apple-session-env': (r) => ['fastlane env: FASTLANE_SESSION=', `${r.str(LOWER, 4)}-${r.str(LOWER, 4)}-${r.str(LOWER, 4)}-${r.str(LOWER, 4)}`, ' (copied from spaceauth)'],
  'authorization-value-quoted-in-mismatch': (r) => ['adapty webhook rejected: header mismatch, got "', `Bearer ${mixed(r, 28)}`, '"'],
  'revenuecat-secret-key': (r) => ['purchases-server: Purchases.configure(api_key=', `sk_${r.str(UPPER, 4)}${r.str(LOWER, 4)}${r.str(B62, 24)}`, ')'],
};
