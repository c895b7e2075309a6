import { B62, DIG, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r80 (blind set 80: observability and security pipelines relaying another tool's record into an alert): a sample
 * for each of the round's detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const mixed = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;
const GIVEN = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander'];
const FAMILY = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
const person = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;

/** Samples of the round-r80 detectors, keyed by detector id. */
export const R80_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'otel-attribute-secret': (r) => ['{"spans":[{"name":"publish","attributes":[{"key":"rabbitmq.amqp.password","value":{"stringValue":"', mixed(r, 18), '"}}]}]}'],
  'otel-debug-personal-attribute': (r) => ['LogRecord #3\nAttributes:\n     -> payee.display_name: Str(', person(r), ')\n     -> app.flow: Str(refund)'],
  'otel-debug-bank-attribute': (r) => ['Span #1\nAttributes:\n     -> refund.bank_account_no: Str(', `${r.int(1, 9)}${r.str(DIG, 9)}`, ')\n     -> refund.state: Str(queued)'],
  'hex-escaped-json-person-name': (r) => ['req_body="{\\x22account_holder_name\\x22:\\x22', person(r), '\\x22,\\x22plan\\x22:\\x22pro\\x22}" status=422'],
  'hex-escaped-json-secret': (r) => ['upstream_body="{\\x22client_secret\\x22:\\x22', mixed(r, 24), '\\x22,\\x22grant_type\\x22:\\x22client_credentials\\x22}"'],
  'cli-quoted-passphrase': (r) => ["auditd: execve argv=sshpass -p '", `${r.pick(['amber', 'orbit', 'tundra'])} ${mixed(r, 8)} ${r.int(10, 99)}`, "' scp backup.tgz ops@10.4.0.9:/srv"],
  'cloudflare-token-in-cloudflare-log': (r) => ['Cloudflare Logpush: token used by job 77 (http_requests): ', `${mixed(r, 20)}_${mixed(r, 19)}`, '\n  status: disabled after 401'],
  'bank-account-under-party-account-key': (r) => ['{"event":"wire.returned","originator_account":"', `${r.int(1, 9)}${r.str(DIG, 10)}`, '","reason":"R03"}'],
  'person-name-before-account-paren': (r) => ['KeyError while reconciling refund for ', person(r), ` (acct ${r.int(1, 9)}${r.str(DIG, 9)}) in batch 7`],
  'person-name-role-label-before-phone': (r) => ['Alertmanager note: pager owner (week 49): ', person(r), ` +44 7${r.str(DIG, 3)} ${r.str(DIG, 6)}`],
  'person-name-under-contact-key': (r) => ['{\n  "site_contact": "', person(r), `",\n  "site_phone": "+61 4${r.str(DIG, 2)} ${r.str(DIG, 3)} ${r.str(DIG, 3)}"\n}`],
};
