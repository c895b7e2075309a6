import type { NegTemplate28 } from './blind-set-28-types';
import { ddPrefix28, model28, reqId28, ts28, wrap28 } from './blind-set-28-noise';

const S = 'neg-ids';

/** Random-looking ids next to secret-sounding words: none of them a leak. */
export const NEG_IDS28: NegTemplate28[] = [
  { source: S, name: 'openai-response-ids', make: (r) => wrap28(r, [
    `${ddPrefix28(r)} completion ok id=chatcmpl-${r.b62(29)} system_fingerprint=fp_${r.hex(10)} model=${model28(r)}`,
    `x-request-id: req_${r.hex(32)} openai-organization: user-${r.b62(24).toLowerCase()} openai-processing-ms: ${r.int(100, 9000)}`,
  ]) },
  { source: S, name: 'anthropic-message-ids', make: (r) => wrap28(r, [
    `${ts28(r)} anthropic response {"id":"msg_01${r.b62(22)}","type":"message","stop_reason":"tool_use","content":[{"type":"tool_use","id":"toolu_01${r.b62(22)}","name":"lookup_customer","input":{"customer_id":"cus_${r.b62(14)}"}}]}`,
    `request-id: req_01${r.b62(22)}`,
  ]) },
  { source: S, name: 'assistants-ids', make: (r) => wrap28(r, [
    `${ddPrefix28(r)} run run_${r.b62(24)} on thread_${r.b62(24)} with asst_${r.b62(24)} attached file-${r.b62(22)} vector_store vs_${r.b62(24)}`,
    `batch_${r.hex(32)} status=completed output_file_id=file-${r.b62(22)}`,
  ]) },
  { source: S, name: 'trace-span-ids', make: (r) => wrap28(r, [
    `${ts28(r)} trace_id=${r.hex(32)} span_id=${r.hex(16)} parent_span_id=${r.hex(16)} run_id=${r.uuid()} session_id=${r.uuid()}`,
    `traceparent: 00-${r.hex(32)}-${r.hex(16)}-01`,
  ]) },
  { source: S, name: 'vector-ids-key-fields', make: (r) => wrap28(r, [
    `${ts28(r)} upserted ${r.int(10, 900)} vectors namespace=tenant-${r.int(1, 99)}`,
    `{"key": "${r.uuid()}", "vector_id": "${r.hex(32)}", "doc_key": "${r.hex(40)}", "partition_key": "${r.b62(16)}"}`,
    `cache_key=sha256:${r.hex(64)} idempotency_key=${r.uuid()}`,
  ]) },
  { source: S, name: 'model-hashes', make: (r) => wrap28(r, [
    `${ts28(r)} loading ${r.pick(['meta-llama/Llama-3.1-8B-Instruct', 'BAAI/bge-large-en-v1.5', 'openai/whisper-large-v3'])} revision=${r.hex(40)}`,
    `model.safetensors sha256=${r.hex(64)} etag="${r.hex(32)}"`,
    `docker image ghcr.io/acme/llm-proxy@sha256:${r.hex(64)}`,
  ]) },
  { source: S, name: 'embedding-arrays', make: (r) => wrap28(r, [
    `${ts28(r)} DEBUG embedding dims=1536 first=[${Array.from({ length: 8 }, () => `${r.int(0, 1) ? '-' : ''}0.0${r.digits(6)}`).join(', ')}]`,
    `usage={"prompt_tokens": ${r.int(5, 9000)}, "total_tokens": ${r.int(5, 9000)}}`,
  ]) },
  { source: S, name: 'png-base64-input', make: (r) => wrap28(r, [
    `${ts28(r)} vision request image_url=data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${r.pick(['AAEAAAABACAYAAABccqhmAAAAAXNSR0IArs4c6QAA', 'A4AAAAOACAYAAAAmTi2AAAAAXNSR0IArs4c6QAA'])}`,
    `detail=${r.pick(['low', 'high', 'auto'])} size=${r.int(10, 900)}KB`,
  ]) },
  { source: S, name: 'public-keys', make: (r) => wrap28(r, [
    `${ts28(r)} frontend config: LANGFUSE_PUBLIC_KEY=pk-lf-${r.uuid()} STRIPE_PUBLISHABLE_KEY=pk_live_${r.b62(24)}`,
    `posthog key phc_${r.b62(43)} is public by design`,
  ]) },
  { source: S, name: 'uuid-api-key-ids', make: (r) => wrap28(r, [
    `${ddPrefix28(r)} api key rotated key_id=${r.uuid()} key_name="${r.pick(['prod-agents', 'ci-evals'])}" created_by=user_${r.b62(16)}`,
    `apiKeyId: ak_${r.hex(16)} project_id: proj_${r.b62(24)}`,
  ]) },
  { source: S, name: 'token-counts', make: (r) => wrap28(r, [
    `${ts28(r)} tokens: input=${r.int(1000, 99999)} output=${r.int(10, 9999)} cached=${r.int(0, 50000)} reasoning=${r.int(0, 4000)} cost_usd=0.${r.digits(6)}`,
    `max_tokens=${r.int(256, 16384)} context_window=${r.pick([128000, 200000, 1048576])}`,
  ]) },
  { source: S, name: 'git-commit-and-build', make: (r) => wrap28(r, [
    `${ts28(r)} deploy llm-proxy commit=${r.hex(40)} build=${r.int(1000, 9999)} image_tag=${r.hex(12)}`,
    `prompt_template_version=${r.hex(8)} prompt_hash=${r.hex(64)}`,
  ]) },
  { source: S, name: 'masked-card-last4', make: (r) => wrap28(r, [
    `${ddPrefix28(r)} tool create_refund args={"card_last4": "${r.digits(4)}", "card_brand": "${r.pick(['visa', 'mastercard', 'amex'])}", "card": "**** **** **** ${r.digits(4)}", "amount": ${r.int(5, 500)}}`,
    `payment_method=pm_${r.b62(24)} charge=ch_${r.b62(24)}`,
  ]) },
  { source: S, name: 'doc-examples', make: (r) => wrap28(r, [
    `${ts28(r)} eval fixture loaded: example values from docs`,
    r.pick([`aws_access_key_id = AKIAIOSFODNN7EXAMPLE`, `card 4242 4242 4242 4242 exp 12/34`, `IBAN DE89 3704 0044 0532 0130 00 (sample)`, `SSN 123-45-6789 (documentation example)`]),
    `reqid=${reqId28(r)}`,
  ]) },
];
