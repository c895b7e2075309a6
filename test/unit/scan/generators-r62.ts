import { B62, DIG, HEX, LOWER, UPPER, URLSAFE, type Rng, type Sample } from './sample-rng';

/**
 * Round r62 (blind set 62: API clients' integration tests, cassettes, CI logs): a sample for each of the
 * round's detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
const person = (r: Rng): string => `${given(r)} ${family(r)}`;
const mail = (r: Rng): string => `${r.str(LOWER, 5)}${r.str(DIG, 2)}@mailbox.org`;
const spaced = (r: Rng): string => `${r.pick(['Amber', 'cobalt', 'Heron', 'maple'])} ${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 1)}; ${r.pick(['!', '&', '#'])}${r.str(DIG, 4)}`;
const hex = (r: Rng, n: number): string => `${r.str(HEX, n - 2)}${r.int(0, 9)}${r.pick(['a', 'c', 'e'])}`;

/** Samples of the round-r62 detectors, keyed by detector id. */
export const R62_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-full-under-split-name-key': (r) => ['  Diff:  {"member": {"givenName": "', person(r), `", "tier": "silver", "id": ${r.str(DIG, 6)}}}`],
  'person-name-first-name-beside-own-mailbox': (r) => [`  expected {"mail" => "${mail(r)}", "given_name" => "`, given(r), '"} to eq {"mail" => "someone@example.org"}'],
  'person-name-seeded-record-before-field': (r) => ['factory: created member ', person(r), ` loyalty_no=${r.str(DIG, 8)} tier=gold`],
  'person-name-before-paren-mailbox': (r) => ['queued welcome pack for ', person(r), ` (${mail(r)}) via postmark`],
  'person-name-after-failed-for': (r) => ['alert: direct debit mandate cancelled for ', person(r), `, scheme=bacs ref=${r.str(UPPER + DIG, 10)}`],
  'person-name-patient-before-dob': (r) => ['fhir stub matched: member ', person(r), `, DOB 19${r.int(50, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)}`],
  'person-name-percent-encoded-json': (r) => ['recorded body: payload=%7B%22holderName%22%3A%22', person(r).replace(' ', '%20'), `%22%2C%22amount%22%3A${r.int(100, 999)}%7D`],
  // Round l87: in a query string (a form body with escaped UTF-8 is read decoded, where the name keys' own readers name it).
  'person-name-percent-encoded-form-field': (r) => ['GET /payouts/preview?amount=1200&billing_name=', `${r.pick(['Ren%C3%A9e', 'Bj%C3%B6rn', 'Se%C3%A1n'])}%20${family(r)}`, '&currency=eur'],
  'person-name-vietnamese-family-name': (r) => ['courier manifest stop 4: receiver ', `${given(r)} ${r.pick(['Nguyễn', 'Phạm', 'Huỳnh', 'Đặng'])} ${r.pick(['Thị', 'Đức', 'Hữu'])}`, ' / Ward 7'],
  'datadog-key-short-key': (r) => ['loaded secrets: {"dd_api": "', hex(r, 32), '", "region": "eu1"}'],
  'vendor-label-hex-secret': (r) => ['gateway config dump:\n  Recurly: ', hex(r, 32), '\n  Mode: live'],
  'paypal-secret-bare-key': (r) => ['ENV check: paypal_secret=', `E${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(URLSAFE, 73)}`, ' region=eu'],
  'hmac-key-label': (r) => ['webhook verifier init (HMAC key: ', hex(r, 64), ') algo=sha256'],
  'basic-label-credential': (r) => ['proxy auth header dump -> Basic: ', Buffer.from(`svc-report:${r.str(B62, 14)}${r.str(DIG, 2)}`).toString('base64'), ' (sent)'],
  'connection-string-password-semicolon-space': (r) => ['Data Source=sql01;Initial Catalog=crm;User Id=crm_rw;Password=', spaced(r), ';TrustServerCertificate=True'],
  'env-dump-password-with-spaces': (r) => ['worker-2  | SMTP_PASSWORD=', spaced(r), ''],
  'passphrase-label-with-spaces': (r) => ['gpg signing key passphrase: ', spaced(r), ''],
  'quoted-var-flag-secret': (r) => ['+ helm upgrade api ./chart --set "redis.password=', spaced(r), '" --wait'],
};
