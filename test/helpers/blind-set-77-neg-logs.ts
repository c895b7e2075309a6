import { b62, company, hex, iso, lower, now, ts, type NegTpl } from './blind-set-77-gen';

/** Negatives: placeholders, masked values, env references, documentation and ordinary operational lines. */
export const NEG_LOGS: NegTpl[] = [
  ['placeholder', 'env-references', (r) => `# .env.example (v${r.int(1, 9)})\nRESEND_API_KEY=re_xxxxxxxxxxxxxxxxxxxxxxxx\nCLERK_SECRET_KEY=sk_live_••••••••••••••••\nDOPPLER_TOKEN=<your-service-token>\nUPSTASH_REDIS_REST_TOKEN=`],
  ['placeholder', 'compose-interp', (r) => `services:\n  api:\n    image: ghcr.io/${lower(r, 7)}/api:${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 9)}\n    environment:\n      GROQ_API_KEY: \${GROQ_API_KEY}\n      PINECONE_API_KEY: \${PINECONE_API_KEY:?missing}\n      LANGSMITH_API_KEY: "\${LANGSMITH_API_KEY}"`],
  ['placeholder', 'masked-header-dump', (r) => `> POST /v1/emails HTTP/1.1\n> Host: api.resend.com\n> Authorization: Bearer [FILTERED]\n> Idempotency-Key: ${r.uuid()}\n< HTTP/1.1 200 OK\n< {"id":"${r.uuid()}"}`],
  ['placeholder', 'redacted-config', (r) => `loaded config (secrets redacted): {"mux":{"tokenId":"${r.uuid()}","tokenSecret":"***"},"cloudinary":{"cloudName":"${lower(r, 8)}","apiSecret":"[REDACTED]"},"posthog":{"host":"https://eu.i.posthog.com"}}`],
  ['placeholder', 'last-four-only', (r) => `key check: LAUNCHDARKLY_SDK_KEY=sdk-****${hex(r, 4)} REPLICATE_API_TOKEN=r8_****${b62(r, 4)} GROQ_API_KEY=gsk_…${b62(r, 4)} (lengths ok)`],
  ['placeholder', 'helm-secret-ref', (r) => `env:\n  - name: PERSONA_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: persona-${lower(r, 5)}\n        key: api-key\n  - name: MERCURY_API_TOKEN\n    valueFrom: { secretKeyRef: { name: treasury, key: mercury-token } }`],
  ['placeholder', 'terraform-var', (r) => `resource "doppler_secret" "db" {\n  project = "billing"\n  config  = "prd"\n  name    = "DATABASE_URL"\n  value   = var.database_url   # sensitive\n}\n# plan: ${r.int(1, 9)} to add, 0 to change, 0 to destroy`],
  ['placeholder', 'sdk-missing-key', (r) => `Error: Missing API key. Pass it to the constructor \`new Resend("re_123")\` (thrown at ${iso(r)} in worker ${r.int(1, 16)})`],
  ['placeholder', 'template-vars', (r) => `curl -H "Authorization: Bearer {{ .Values.buildkite.apiToken }}" -H "X-Api-Key: {{ env \"COHERE_API_KEY\" }}" https://api.cohere.com/v2/rerank  # rendered by helm ${r.int(3, 3)}.${r.int(10, 16)}`],
  ['docs', 'readme-example-keys', (r) => `## Configuration\nSet \`TOGETHER_API_KEY\` to the key from https://api.together.ai/settings/api-keys (it looks like \`tgp_v1_...\`).\nSet \`PERPLEXITY_API_KEY\` (starts with \`pplx-\`). Requests time out after ${r.int(10, 60)} s.`],
  ['docs', 'sdk-changelog', (r) => `## @upstash/redis ${r.int(1, 2)}.${r.int(20, 40)}.${r.int(0, 9)}\n- fix: retry on ECONNRESET\n- feat: \`Redis.fromEnv()\` reads UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN\n- chore: bump undici to 6.${r.int(10, 21)}.0`],
  ['docs', 'error-doc-link', (r) => `PineconeConfigurationError: You haven't specified an API key. Please either set the PINECONE_API_KEY environment variable or pass the 'apiKey' in the config object. See https://docs.pinecone.io/guides/get-started (${r.int(1, 9)})`],
  ['ops', 'rate-limit-warn', (r) => `${ts(r)} WARN loops client: 429 Too Many Requests, retry-after=${r.int(1, 30)} attempt=${r.int(1, 5)}/5 endpoint=/api/v1/events/send queue_depth=${r.int(0, 900)}`],
  ['ops', 'deploy-summary', (r) => `flyctl: deployed ${lower(r, 6)}-api v${r.int(10, 400)} to ${r.pick(['iad', 'fra', 'syd', 'lhr'])} (${r.int(2, 12)} machines, image registry.fly.io/${lower(r, 6)}-api:deployment-${ulidLower(r)}) in ${r.int(20, 300)}s`],
  ['ops', 'queue-metrics', (r) => `qstash schedule scd_${b62(r, 24)} delivered ${r.int(100, 9000)} messages, p95 ${r.int(20, 800)}ms, ${r.int(0, 20)} retries, dlq=${r.int(0, 3)}`],
  ['ops', 'invoice-summary', (r) => `invoice ${r.int(2026, 2026)}-${r.int(10000, 99999)} for ${company(r)} Inc., 1 Market St Suite ${r.int(100, 900)}, San Francisco, CA 94105: subtotal $${r.int(100, 9000)}.${r.int(10, 99)}, tax $${r.int(1, 800)}.00, net 30`],
  ['ops', 'payout-aggregate', (r) => `payouts batch ${r.uuid()}: ${r.int(10, 800)} transfers, total ${r.int(10000, 900000)}.${r.int(10, 99)} USD, ${r.int(0, 4)} returned (R01), settlement date 2026-12-${String(r.int(1, 28)).padStart(2, '0')}`],
  ['ops', 'card-last4-brand', (r) => `charge succeeded: brand=visa last4=${r.digits(4)} funding=credit country=US exp_year=20${r.int(27, 31)} amount=${r.int(100, 90000)} currency=usd 3ds=authenticated`],
  ['ops', 'version-matrix', (r) => `dependencies: @clerk/nextjs@6.${r.int(0, 30)}.${r.int(0, 9)} posthog-node@4.${r.int(0, 18)}.${r.int(0, 9)} @launchdarkly/node-server-sdk@9.${r.int(0, 9)}.${r.int(0, 9)} resend@4.${r.int(0, 9)}.0 stytch@12.${r.int(0, 20)}.${r.int(0, 9)} lithic@0.${r.int(60, 99)}.0`],
  ['ops', 'healthcheck', (r) => `healthcheck ${iso(r)}: neon=ok(${r.int(2, 40)}ms) upstash=ok(${r.int(1, 20)}ms) ably=ok pinecone=degraded(${r.int(300, 2000)}ms) qdrant=ok fly-region=${r.pick(['iad', 'ams', 'nrt'])}`],
  ['ops', 'cron-output', (r) => `[cron] sync-contentful finished: ${r.int(10, 900)} entries, ${r.int(0, 40)} assets, space ${lower(r, 12)} env master, next run ${new Date((now(r) + 3600) * 1000).toISOString()}`],
  ['ops', 'dns-check', (r) => `dig +short _dmarc.${lower(r, 8)}.com TXT -> "v=DMARC1; p=quarantine; rua=mailto:dmarc@${lower(r, 8)}.com"; resend domain status=verified dkim=verified spf=verified`],
  ['ops', 'sha-in-url', (r) => `GET https://github.com/${lower(r, 7)}/${lower(r, 8)}/commit/${hex(r, 40)} 200; codecov report for ${hex(r, 40)}: coverage ${r.int(50, 99)}.${r.int(0, 99)}% (+0.${r.int(1, 9)})`],
  ['ops', 'oauth-public-metadata', (r) => `GET https://${lower(r, 8)}.kinde.com/.well-known/openid-configuration 200 issuer=https://${lower(r, 8)}.kinde.com jwks_uri=/.well-known/jwks token_endpoint_auth_methods_supported=["client_secret_post","private_key_jwt"]`],
  ['ops', 'jwks-public-key', (r) => `jwks refresh: {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"ins_${b62(r, 27)}","e":"AQAB","n":"${r.b64url(256)}"}]}`],
  ['ops', 'public-key-pem', (r) => `persona webhook mTLS: pinned server public key\n-----BEGIN PUBLIC KEY-----\n${r.b64(48)}\n${r.b64(48)}\n-----END PUBLIC KEY-----`],
  ['ops', 'base64-harmless', (r) => `qstash message body (base64): ${Buffer.from(JSON.stringify({ job: 'reindex', shard: r.int(0, 31), since: iso(r) })).toString('base64')} retries=${r.int(0, 3)}`],
  ['ops', 'company-address', (r) => `lob return address: ${company(r)}, ${r.int(100, 2000)} Broadway Floor ${r.int(2, 30)}, New York, NY 10012, US (business) — ${r.int(10, 500)} letters queued`],
];

function ulidLower(r: { chars(a: string, n: number): string }): string {
  return '01' + r.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24);
}
