import { B62, LOWER } from './blind-set-9-rng';
import { type BenignTemplate } from './benign-logs-fp28-a';

/** Secret words whose values are settings, previews, logins of bots and orgs, and routing keys of message brokers. */
export const TEMPLATES_I: BenignTemplate[] = [
  { name: 'gh-webhook-sender', make: (r) => JSON.stringify({ action: 'opened', number: r.int(10, 9999), organization: { login: 'acme-inc', id: r.int(1000000, 99999999), node_id: `O_kgDO${r.b62(8)}` }, sender: { login: r.pick(['renovate[bot]', 'dependabot[bot]', 'github-actions[bot]']), id: r.int(1000000, 99999999), node_id: `BOT_kgDO${r.b62(8)}`, type: 'Bot' } }) },
  { name: 'auth-settings', make: (r) => `settings: AUTH_TYPE=basic SECRET_BACKEND=vault TOKEN_AUDIENCE=api://default TOKEN_ISSUER=https://auth.acme.io/ auth=SCRAM-SHA-256 signature=RSASSA-PSS secret: false token: true passwordless=true passkey_registered=${r.pick(['true', 'false'])}` },
  { name: 'askpass-env', make: (r) => `env: GIT_ASKPASS=/usr/lib/git-core/git-gui--askpass SSH_ASKPASS=/usr/bin/ksshaskpass PGPASSFILE=/home/app/.pgpass KUBECONFIG=/home/app/.kube/config HOME=/home/app PID=${r.int(100, 65000)}` },
  { name: 'key-previews', make: (r) => JSON.stringify({ event: 'api_key.created', secret_key_preview: `sk_live_...${r.b62(4)}`, token_prefix: 'ghp_', last_four: r.chars(LOWER, 2) + r.digits(2), created_by: 'svc-admin', key_name: `ci-${r.int(1, 99)}` }) },
  { name: 'truncated-jwt', make: (r) => `auth middleware: invalid signature for token=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9... (truncated, ${r.int(700, 1400)} bytes) kid=${r.hex(16)} request_id=${r.uuid()}` },
  { name: 'rabbitmq-routing', make: (r) => `rabbitmq: published to exchange=events routing_key=orders.${r.pick(['created', 'paid', 'refunded'])}.v${r.int(1, 3)} delivery_tag=${r.int(1, 99999)} message_id=${r.uuid()} correlation_id=${r.b62(16)} consumer_tag=amq.ctag-${r.chars(B62 + '_-', 22)}` },
];
