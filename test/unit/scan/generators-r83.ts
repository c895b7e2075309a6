import { B62, DIG, LOWER, UPPER, URLSAFE, type Rng, type Sample } from './sample-rng';

/**
 * Round r83 (blind set 83: cloud platforms' own logs and audit trails): a sample for each of the round's detectors (see
 * generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const mixed = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;
const GIVEN = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander'];
const FAMILY = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
const person = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;

/** A US ABA routing number with a valid check digit. */
export function abaRouting(r: Rng): string {
  const d = `0${r.int(1, 9)}${r.str(DIG, 6)}`.split('').map(Number);
  const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
  return `${d.join('')}${(10 - (s % 10)) % 10}`;
}
const account = (r: Rng): string => `${r.int(1, 9)}${r.str(DIG, 9)}`;

/** Samples of the round-r83 detectors, keyed by detector id. */
export const R83_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'bank-account-slash-routing': (r) => ['render deploy log: wire target ACCOUNT: ', account(r), ` / ${abaRouting(r)} rejected\n  LOG_LEVEL=info`],
  'routing-after-account-slash': (r) => [`fly secrets list (decrypted): REFUND_ACCT: ${account(r)} / `, abaRouting(r), '\n'],
  'terraform-random-password-result': (r) => ['Plan output note:\n  # random_password.redis_auth: result = "', `${mixed(r, 14)}#${r.str(DIG, 3)}`, '"\n'],
  'cloudflare-token-in-terraform-state': (r) => ['{"resources":[{"type":"cloudflare_api_token","name":"zone_edit","instances":[{"attributes":{"name":"zone-edit","value":"', `${mixed(r, 20)}_${r.str(URLSAFE, 19)}`, '"}}]}]}'],
  'birth-date-geb': (r) => ['Kundendaten: name=K. Maier; gebdat=', `${r.int(1950, 1999)}-0${r.int(1, 9)}-1${r.int(0, 9)}`, '; plz=80331'],
  'verification-link-code': (r) => ['GET /signup/confirm?user=77812&code=', `${r.int(1, 9)}${r.str(DIG, 5)}`, ' HTTP/2 200'],
  'stripe-checkout-session-id': (r) => ['redirect to /thanks?cs=', `cs_live_${mixed(r, 58)}`, ' after payment'],
  'person-name-aws-role-session': (r) => ['"arn":"arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_ReadOnly_0a1b2c3d4e5f6a7b/', `${r.pick(GIVEN).toLowerCase()}.${r.pick(FAMILY).toLowerCase()}`, '","accountId":"111122223333"'],
  'person-name-user-header': (r) => ['upstream request headers: {"x-remote-user":"', person(r), '","accept":"application/json"}'],
  'person-name-token-claims': (r) => ['{"caller":{"claims":{"name":"', person(r), '","ipaddr":"10.0.0.4"}}}'],
  'person-name-after-secret-verb-by': (r) => ['vault audit: key transit/orders revoked by ', person(r), ' on request OPS-4411'],
  'person-name-in-document-object-key': (r) => ['gs://onboarding-uploads/2026/', `${r.pick(GIVEN)}+${r.pick(FAMILY)}`, '_driving_licence_front.png uploaded'],
  'person-name-before-street-address': (r) => ['memo: "', person(r), `, ${r.int(2, 300)} Harbour Road, Cork T12 X8Y2" ok`],
};
