import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r66 (blind set 66: internal APIs, API gateways and service mesh): a sample for each of the round's
 * detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
const person = (r: Rng): string => `${given(r)} ${family(r)}`;
const mixed = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;
/** An ABA routing number: eight digits and their check digit. */
const aba = (r: Rng): string => {
  const d = `0${r.int(1, 9)}${r.str(DIG, 6)}`;
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = [...d].reduce((s, c, i) => s + Number(c) * w[i]!, 0);
  return d + String((10 - (sum % 10)) % 10);
};
/** A valid SSN (area 001–665, group and serial not zero). */
const ssn = (r: Rng): string => `${String(r.int(101, 665))}-${String(r.int(10, 99))}-${String(r.int(1000, 9999))}`;

/** Samples of the round-r66 detectors, keyed by detector id. */
export const R66_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'secret-header-in-inspected-map-array': (r) => ["grpc call failed; metadata=Map(2) { 'x-service-token' => [ '", mixed(r, 40), "' ], 'x-caller' => [ 'billing' ] }"],
  'authorization-scheme-in-name-value-pair': (r) => ['har entry: {"headers":[{"name":"Authorization","value":"Token ', r.str(HEX, 40), '"},{"name":"Accept","value":"*/*"}]}'],
  'secret-in-xml-named-element': (r) => ['<Variables><Variable name="private.partner.client_secret">', mixed(r, 32), '</Variable></Variables>'],
  'tyk-gateway-key': (r) => ['level=info msg="Key not authorized: Key has expired" mw=KeyExpired key=', r.str(HEX, 56), ` org_id=${r.str(HEX, 24)}`],
  'nginx-plus-keyval-token-key': (r) => ['GET /api/8/http/keyvals/partner_keys -> 200 {"', mixed(r, 36), '":"acme-partner"}'],
  'azure-apim-key-under-apim-key': (r) => ['ReportSink: upload rejected (401) {"apimSubscriptionKey":"', r.str(HEX, 32), '"}'],
  'signing-key-after-signing-with': (r) => ['webhook-dispatcher: signing with secret=', mixed(r, 44), ' (rotated 3d ago)'],
  'date-of-birth-in-invalid-value-echo': (r) => ['pydantic: birthDate invalid value "', `19${r.int(50, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)}`, 'T" (expected YYYY-MM-DD)'],
  'ssn-in-schema-error-data': (r) => ['schema error [{"instancePath":"/applicant/tin","keyword":"format","message":"must match format","data":"', ssn(r).replace(/-/g, ''), '"}]'],
  'person-name-in-binding-error': (r) => ["BindException: Field error in object 'payoutForm' on field 'payeeName': rejected value [", person(r), ']; codes [Pattern]'],
  'secret-in-binding-error': (r) => ["BindException: Field error in object 'smtpSettings' on field 'password': rejected value [", mixed(r, 14), ']; codes [Size]'],
  'person-name-quoted-after-requested-by': (r) => ['access grant GR-4471 approved by "', person(r), '" for 8h'],
  'person-name-under-display-key': (r) => ['slack invite queued {"member_display":"', person(r), '","team":"T0421"}'],
  'person-name-vietnamese-under-name-key': (r) => ['{"given_name":"Mai","family_name":"', r.pick(['Nguyễn', 'Trương', 'Đặng', 'Phạm']), '"}'],
  'bank-account-routing-slash-pair': (r) => ['ach verify: account/routing rejected by bank: ', `${r.int(1, 9)}${r.str(DIG, 9)}/${aba(r)}`, ' (R03)'],
  'rate-limit-counter-key-digest': (r) => ['throttle: 429 for {"quota_key":"', r.str(HEX, 64), '","window":"1m"}'],
  'request-signature-beside-key-id': (r) => ['outbound signer: signature=', r.str(HEX, 64), ' key_id=partner-7 alg=hmac-sha256'],
};
