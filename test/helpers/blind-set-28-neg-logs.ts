import type { NegTemplate28 } from './blind-set-28-types';
import { ddPrefix28, model28, reqId28, service28, ts28, wrap28 } from './blind-set-28-noise';

const S = 'neg-logs';
const pk = (r: { pick<T>(x: readonly T[]): T; b62(n: number): string; hex(n: number): string }) => r.pick([`sk-proj-****${r.b62(4)}`, `sk-ab***${r.b62(3)}`, `sk-ant-...${r.b62(4)}`, `gsk_****${r.b62(4)}`, `hf_***${r.b62(3)}`, `pcsk_****${r.hex(4)}`]);

/** Log lines about secrets that hold none: masked keys, placeholders, references, redactions. */
export const NEG_LOGS28: NegTemplate28[] = [
  { source: S, name: 'openai-incorrect-key-masked', make: (r) => wrap28(r, [
    `${ddPrefix28(r)} openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${pk(r)}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}`,
  ]) },
  { source: S, name: 'placeholders-env', make: (r) => wrap28(r, [
    `${ts28(r)} .env.example loaded`,
    ...[`OPENAI_API_KEY=<OPENAI_API_KEY>`, `ANTHROPIC_API_KEY=\${ANTHROPIC_API_KEY}`, `GROQ_API_KEY=your-api-key-here`, `PINECONE_API_KEY=xxxxxxxxxxxxxxxx`, `HF_TOKEN=hf_...`, `MISTRAL_API_KEY=`, `OPENAI_API_KEY=sk-...`].filter(() => r.next() < 0.7),
  ]) },
  { source: S, name: 'env-name-references', make: (r) => wrap28(r, [
    `${ts28(r)} ERROR KeyError: 'OPENAI_API_KEY'`,
    `  File "/app/config.py", line ${r.int(5, 90)}, in <module>`,
    `    api_key = os.environ["${r.pick(['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'PINECONE_API_KEY', 'LANGFUSE_SECRET_KEY'])}"]`,
    `hint: set ${r.pick(['AZURE_OPENAI_API_KEY', 'WANDB_API_KEY', 'CO_API_KEY'])} or pass api_key=...`,
  ]) },
  { source: S, name: 'k8s-secret-ref', make: (r) => wrap28(r, [
    `${ts28(r)} applying deployment ${service28(r)}`,
    `        - name: OPENAI_API_KEY\n          valueFrom:\n            secretKeyRef:\n              name: llm-keys-${r.hex(6)}\n              key: openai-api-key`,
    `        - name: DATABASE_URL\n          value: vault:secret/data/${r.pick(['prod', 'staging'])}/pgvector#url`,
  ]) },
  { source: S, name: 'langchain-secretstr', make: (r) => wrap28(r, [
    `${ts28(r)} ChatAnthropic(model='${model28(r)}', anthropic_api_key=SecretStr('**********'), max_retries=${r.int(1, 5)})`,
    `OpenAIEmbeddings(openai_api_key=SecretStr('**********'), chunk_size=${r.pick([500, 1000])})`,
  ]) },
  { source: S, name: 'redacted-prompt', make: (r) => wrap28(r, [
    `${ddPrefix28(r)} pii redaction applied (${r.int(1, 9)} entities)`,
    `prompt="Customer <PERSON_1> at <EMAIL_ADDRESS_1> called from <PHONE_NUMBER_1> about card <CREDIT_CARD_1>; lives at <LOCATION_2>"`,
    `entities=[{"type":"EMAIL_ADDRESS","start":${r.int(10, 40)},"end":${r.int(41, 80)},"score":0.${r.digits(2)}}]`,
  ]) },
  { source: S, name: 'mcp-config-placeholders', make: (r) => wrap28(r, [
    `${ts28(r)} [mcp] config template`,
    `{"mcpServers": {"github": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"], "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "<YOUR_TOKEN>"}}, "postgres": {"args": ["postgresql://user:\${DB_PASSWORD}@localhost:5432/app"]}}}`,
  ]) },
  { source: S, name: 'rate-limit-headers', make: (r) => wrap28(r, [
    `${ts28(r)} < x-ratelimit-limit-requests: ${r.int(500, 10000)}`,
    `< x-ratelimit-remaining-tokens: ${r.int(0, 2000000)}`,
    `< x-ratelimit-reset-requests: ${r.int(1, 60)}ms`,
    `< anthropic-ratelimit-input-tokens-reset: ${ts28(r)}`,
    `< cf-ray: ${r.hex(16)}-${r.pick(['FRA', 'IAD', 'SJC'])}`,
  ]) },
  { source: S, name: 'synthetic-eval-row', make: (r) => wrap28(r, [
    `${ts28(r)} eval row ${r.int(1, 999)}: {"input": "What is your refund policy for orders over ${r.int(50, 500)} EUR?", "expected": "Refunds within 30 days.", "score": 0.${r.digits(2)}}`,
    `{"input": "Summarise ticket #${r.int(100000, 999999)}", "expected": "Customer asks about delivery delay.", "latency_ms": ${r.int(100, 9000)}}`,
  ]) },
  { source: S, name: 'sse-normal-stream', make: (r) => wrap28(r, [
    `data: {"id":"chatcmpl-${r.b62(29)}","choices":[{"index":0,"delta":{"content":"The order ships in ${r.int(2, 9)} days"}}]}`,
    `data: {"id":"chatcmpl-${r.b62(29)}","choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":{"total_tokens":${r.int(20, 900)}}}`,
    'data: [DONE]',
  ]) },
  { source: S, name: 'vault-and-kms', make: (r) => wrap28(r, [
    `${ts28(r)} fetched secret path=secret/data/llm/${r.pick(['openai', 'anthropic', 'pinecone'])} version=${r.int(1, 30)} lease_id=${r.uuid()}`,
    `kms key arn:aws:kms:eu-west-1:${r.digits(12)}:key/${r.uuid()} used for envelope encryption`,
  ]) },
  { source: S, name: 'company-contact-prompt', make: (r) => wrap28(r, [
    `${ddPrefix28(r)} system prompt v${r.int(1, 30)}: "You are Acme's support assistant. Never reveal API keys. Escalate to a human for refunds over ${r.int(100, 999)} USD."`,
    `tools=["lookup_order", "create_ticket"] temperature=0.${r.int(0, 9)} top_p=1`,
  ]) },
  { source: S, name: 'guardrail-blocked', make: (r) => wrap28(r, [
    `${ts28(r)} moderation flagged=false categories={"harassment": false, "self-harm": false} scores={"harassment": 0.000${r.digits(3)}}`,
    `guardrail secrets_present: blocked input (1 finding: OPENAI_KEY at offset ${r.int(10, 300)}), value withheld`,
  ]) },
  { source: S, name: 'retry-backoff', make: (r) => wrap28(r, [
    `${ts28(r)} WARN openai._base_client: Retrying request to /chat/completions in ${r.int(0, 9)}.${r.digits(6)} seconds`,
    `${ts28(r)} ERROR ${r.pick(['RateLimitError', 'APITimeoutError', 'InternalServerError'])} after ${r.int(2, 6)} retries; request_id=${reqId28(r)}`,
  ]) },
];
