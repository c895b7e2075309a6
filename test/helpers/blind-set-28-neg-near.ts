import type { Rng9 } from './blind-set-9-rng';
import type { NegTemplate28 } from './blind-set-28-types';
import { luhnOk28 } from './blind-set-28-checks';
import { ddPrefix28, model28, reqId28, ts28, wrap28 } from './blind-set-28-noise';

const S = 'neg-near';

/** A 16-digit number that fails the Luhn check (an order or ticket number). */
function nonLuhn16(r: Rng9): string {
  for (;;) { const d = String(r.int(1, 9)) + r.digits(15); if (!luhnOk28(d)) return d; }
}

/** Near misses: masked personal data, hashes under key names, ids shaped like secrets. */
export const NEG_NEAR28: NegTemplate28[] = [
  { source: S, name: 'masked-db-url', make: (r) => wrap28(r, [
    `${ddPrefix28(r)} connecting to ${r.pick(['postgresql', 'mysql', 'redis'])}://${r.pick(['app', 'rag'])}:${r.pick(['****', '[REDACTED]', '${DB_PASSWORD}', '<password>'])}@${r.pick(['db.internal', 'pg-prod.internal'])}:5432/app`,
    `pool size=${r.int(5, 50)} timeout=${r.int(1, 30)}s`,
  ]) },
  { source: S, name: 'masked-personal', make: (r) => wrap28(r, [
    `${ts28(r)} lookup_customer result (masked): {"email": "${r.pick(['j', 'm', 'a'])}***@${r.pick(['gmail.com', 'outlook.com'])}", "phone": "+44 **** ***${r.digits(3)}", "iban": "DE** **** **** **** **${r.digits(2)} ${r.digits(2)}", "dob": "****-**-**"}`,
  ]) },
  { source: S, name: 'hashed-user-keys', make: (r) => wrap28(r, [
    `${ts28(r)} analytics event chat_completed user_key=${r.hex(64)} email_sha256=${r.hex(64)}`,
    `bucket_key=${r.hex(32)} dedupe_key=${r.hex(40)}`,
  ]) },
  { source: S, name: 'finetune-ids', make: (r) => wrap28(r, [
    `${ddPrefix28(r)} fine-tune ftjob-${r.b62(24)} succeeded: model=ft:gpt-4o-mini-2024-07-18:acme::${r.b62(8)}`,
    `training_file=file-${r.b62(22)} checkpoint=ftckpt_${r.b62(24)}`,
  ]) },
  { source: S, name: 'pinecone-host-ids', make: (r) => wrap28(r, [
    `${ts28(r)} index host https://kb-${r.pick(['prod', 'eu'])}-${r.hex(7)}.svc.aped-${r.int(1000, 9999)}-${r.hex(4)}.pinecone.io namespace=__default__`,
    `describe_index_stats: {"dimension": 1536, "total_vector_count": ${r.int(1000, 9999999)}}`,
  ]) },
  { source: S, name: 'order-numbers', make: (r) => wrap28(r, [
    `${ts28(r)} tool lookup_order {"order_id": "${nonLuhn16(r)}", "tracking": "1Z${r.chars('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 16)}", "ticket": "#${r.int(100000, 999999)}"}`,
  ]) },
  { source: S, name: 'assistant-explains-keys', make: (r) => wrap28(r, [
    `${ts28(r)} completion: "To call the API, create a key in the dashboard (it starts with sk-proj-) and export it as OPENAI_API_KEY. Never paste the key into chat."`,
    `finish_reason=stop model=${model28(r)}`,
  ]) },
  { source: S, name: 'azure-request-headers', make: (r) => wrap28(r, [
    `< apim-request-id: ${r.uuid()}`,
    `< x-ms-region: ${r.pick(['Sweden Central', 'East US 2'])}`,
    `< x-ms-client-request-id: ${r.uuid()}`,
    `< azureml-model-session: d${r.int(100, 999)}-${r.digits(8)}`,
  ]) },
  { source: S, name: 'langfuse-trace-url', make: (r) => wrap28(r, [
    `${ts28(r)} trace: https://cloud.langfuse.com/project/${r.b62(25).toLowerCase()}/traces/${r.hex(32)}?observation=${r.hex(16)}`,
    `langsmith run: https://smith.langchain.com/o/${r.uuid()}/projects/p/${r.uuid()}/r/${r.uuid()}`,
  ]) },
  { source: S, name: 'nonce-and-signature-names', make: (r) => wrap28(r, [
    `${ddPrefix28(r)} webhook verified ok: signature_header=present timestamp=${r.int(1764000000, 1765000000)} tolerance=300s`,
    `nonce=${r.hex(24)} event_id=evt_${r.b62(24)} request_id=${reqId28(r)}`,
  ]) },
  { source: S, name: 'eval-synthetic-redacted', make: (r) => wrap28(r, [
    `${ts28(r)} eval case ${r.uuid()}: {"input": "My card is [CARD_NUMBER] and my email is [EMAIL]", "expected_redaction": true, "score": 1.0}`,
  ]) },
  { source: S, name: 'key-rotation-audit', make: (r) => wrap28(r, [
    `${ddPrefix28(r)} secret rotated name=${r.pick(['openai-prod', 'anthropic-prod', 'pinecone-kb'])} old_version=${r.int(1, 20)} new_version=${r.int(21, 40)} fingerprint=SHA256:${r.b64(32).replace(/=+$/, '')}`,
    `rotated_by=svc-rotator@acme-iam key_last4=${r.b62(4)}`,
  ]) },
  { source: S, name: 'sdk-repr-masked', make: (r) => wrap28(r, [
    `${ts28(r)} DEBUG client=OpenAI(api_key='sk-proj-${'*'.repeat(r.int(8, 20))}${r.b62(4)}', organization=None, project='proj_${r.b62(24)}', max_retries=${r.int(0, 5)})`,
    `${ts28(r)} DEBUG Anthropic(api_key=<redacted len=108>, base_url='https://api.anthropic.com')`,
  ]) },
  { source: S, name: 'mcp-env-references', make: (r) => wrap28(r, [
    `${ts28(r)} [mcp] resolved server config (secrets from environment)`,
    `{"servers": {"${r.pick(['github', 'linear', 'notion'])}": {"type": "stdio", "command": "docker", "args": ["run", "-i", "--rm", "-e", "API_TOKEN", "mcp/${r.pick(['github', 'linear'])}"], "env": {"API_TOKEN": "\${input:api_token}", "LOG_LEVEL": "debug"}}}}`,
  ]) },
  { source: S, name: 'tool-call-company-ids', make: (r) => wrap28(r, [
    `${ddPrefix28(r)} tool lookup_customer args={"customer_id": "cus_${r.b62(14)}", "account_id": "acct_${r.b62(16)}", "invoice": "in_${r.b62(24)}", "subscription": "sub_${r.b62(24)}"}`,
    `result: {"plan": "${r.pick(['pro', 'team', 'enterprise'])}", "seats": ${r.int(1, 500)}, "mrr_usd": ${r.int(20, 90000)}}`,
  ]) },
  { source: S, name: 'aws-sts-redacted', make: (r) => wrap28(r, [
    `${ts28(r)} DEBUG botocore.credentials: Found credentials from IAM Role: ${r.pick(['bedrock-invoker', 'rag-indexer-role'])}`,
    `AssumedRoleUser: arn:aws:sts::${r.digits(12)}:assumed-role/bedrock-invoker/botocore-session-${r.int(1764000000, 1765000000)} AccessKeyId=ASIA****************  Expiration=${ts28(r)}`,
  ]) },
];
