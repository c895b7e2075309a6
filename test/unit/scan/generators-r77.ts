import { B62, DIG, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r77 (blind set 77: the long tail of API providers as their log lines print them): a sample for each of the
 * round's detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const HEX = '0123456789abcdef';
const mixed = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;
const hexMixed = (r: Rng, n: number): string => `${r.str('abcdef', 2)}${r.str(DIG, 2)}${r.str(HEX, n - 4)}`;
const lowerMixed = (r: Rng, n: number): string => `${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(LOWER + DIG, n - 4)}`;
const uuid = (r: Rng): string => `${hexMixed(r, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;
const GIVEN = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander'];
const FAMILY = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
const person = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;

/** A German IBAN with valid check digits (mod 97), grouped by fours. */
function ibanDe(r: Rng): string {
  const bban = r.str(DIG, 18);
  const num = BigInt(`${bban}131400`); // D=13, E=14, then 00
  const check = String(98n - (num % 97n)).padStart(2, '0');
  return `DE${check}${bban}`.replace(/(.{4})(?=.)/g, '$1 ');
}

/** Samples of the round-r77 detectors, keyed by detector id. */
export const R77_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'convex-deploy-key': (r) => ['release.yml: env CONVEX_DEPLOY_KEY set from vault, value ', `preview:${r.pick(['brave', 'calm'])}-${r.pick(['walrus', 'finch'])}-${r.int(100, 999)}|${Buffer.from(JSON.stringify({ v2: r.str(HEX, 32) })).toString('base64url')}`, ' (masked=false)'],
  'split-sdk-authorization-key': (r) => ['SplitFactory({ core: { authorizationKey: "', lowerMixed(r, 36), '", key: "user-42" } })'],
  'noted-key-assignment': (r) => ['config listing:\n  billing:stripeToken (secret) = ', mixed(r, 28), '\n  billing:region = eu'],
  'password-for-prose': (r) => ['provisioned vm-42; admin_pass for the new box: ', `${mixed(r, 16)}#`, ' (rotate after first login)'],
  'hex-secret-after-word': (r) => ['AuthError: app 1042 rejected request (key 5b1c0e, secret ', hexMixed(r, 32), ') from worker'],
  'stream-server-secret': (r) => [`const client = StreamChat.getInstance('${lowerMixed(r, 12)}', '`, lowerMixed(r, 64), "');"],
  'recurly-client-private-key': (r) => ['client = recurly.Client("', hexMixed(r, 32), '")'],
  'mixpanel-service-account-secret': (r) => ['auth as ops-export.441.mp-service-account:', mixed(r, 32), ' failed: 401'],
  'uploadcare-simple-auth': (r) => ['> Authorization: Uploadcare.Simple ', `${r.str(HEX, 20)}:${hexMixed(r, 20)}`, '\n< HTTP/1.1 403'],
  'signed-media-url-signature': (r) => [`<img src="https://cdn-${r.str(LOWER, 5)}.imgix.net/avatars/42.jpg?w=120&h=120&s=`, hexMixed(r, 32), '" alt="">'],
  'ci-cli-token-argument': (r) => ['$ snyk auth ', uuid(r), '\nAuthenticated.'],
  'vendor-key-prose-uuid': (r) => ['bootstrap: acmepay key: ', uuid(r), ' loaded from env'],
  'stytch-session-token': (r) => ['Set-Cookie debug: stytch_session=', mixed(r, 44), '; Path=/; HttpOnly'],
  'security-key-assignment': (r) => ['cdn.pullzone.url_token_security_key = "', uuid(r), '"'],
  'person-name-beside-iban': (r) => ['payroll export row 7: ', person(r), `   ${ibanDe(r)}   EUR 2,410.00`],
  'person-name-before-intl-phone': (r) => ['note from call log — ', person(r), `, +44 7700 ${r.str(DIG, 6)}, wants a callback`],
  'person-name-after-role-prose': (r) => ['screening: Candidate ', person(r), ' already has a pending invitation'],
  'person-name-after-email-paren': (r) => {
    const p = person(r);
    return [`resync member 4411 (${p.split(' ')[0]!.toLowerCase()}@example.org, `, p, ') failed'];
  },
  'person-name-under-payment-party-key': (r) => ['counterparty: { counterparty_name: "', person(r), '", account_type: "checking" }'],
  'person-name-object-first-last': (r) => ['applicant: {"fullName":{"first":"', `${r.pick(GIVEN)}","last":"${r.pick(FAMILY)}`, '"},"status":"pending"}'],
  'card-cvv-number-key': (r) => ['card payload {"pan_last4":"4242","cvv_number":"', `${r.int(1, 9)}${r.str(DIG, 2)}`, '","state":"ACTIVE"}'],
  'ssn-last4-under-ssn-key': (r) => ['verify-customer body {"firstName":"A","type":"personal","ssn":"', `${r.int(1, 9)}${r.str(DIG, 3)}`, '"}'],
  'account-number-under-identifiers': (r) => ['POST /external_accounts {"account_identifiers":{"number":"', `${r.int(1, 9)}${r.str(DIG, 10)}`, '"},"type":"SAVINGS"}'],
  'person-name-before-own-email': (r) => {
    const g = r.pick(GIVEN);
    const f = r.pick(FAMILY);
    return ['deletion request from ', `${g} ${f}`, ` (${g.toLowerCase()}.${f.toLowerCase()}@example.net) queued`];
  },
  'person-name-before-identifier-word': (r) => ['kyc: document check passed for ', person(r), ` passport X${r.str(DIG, 8)}`],
  'person-name-logfmt-unquoted': (r) => ['label created name=', person(r), ` street1="12 Rue Lafayette" zip=75009 carrier=colissimo`],
  'person-name-form-label-value': (r) => ['form 88 answers: [{"label":"Your name","value":"', person(r), '"},{"label":"Plan","value":"Team"}]'],
  'birth-date-under-birthday-at': (r) => ['crm upsert {"id":"c_12","birthday_at":"', `19${r.int(50, 99)}-0${r.int(1, 9)}-${r.int(10, 28)}`, '"}'],
};
