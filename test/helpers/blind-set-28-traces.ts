import type { PosTemplate28 } from './blind-set-28-types';
import * as T from './blind-set-28-tokens';
import { asJson28, asLines28, personFields28, plant28 } from './blind-set-28-plant';
import { ddPrefix28, model28, shuffle28, ts28 } from './blind-set-28-noise';
import { card28, email28, jsonEsc28 } from './blind-set-28-values';

import { wrapC28 } from './blind-set-28-creds';
const S = 'traces';

/** LangSmith / Langfuse / Helicone / W&B / Arize / OTel spans and eval datasets. */
export const TRACES28: PosTemplate28[] = [
  { source: S, name: 'otel-genai-span', make: (r, b) => {
    const fs = personFields28(r, b, r.int(2, 4), 'json');
    return wrapC28(r, b, [
      `${ts28(r)} otel span name="chat ${model28(r)}" trace_id=${r.hex(32)} span_id=${r.hex(16)}`,
      '  attributes:',
      `    gen_ai.system: ${r.pick(['openai', 'anthropic', 'aws.bedrock', 'vertex_ai'])}`,
      `    gen_ai.prompt: [{"role": "user", "content": "${asLines28(fs).join('\\n')}"}]`,
      `    gen_ai.completion: [{"role": "assistant", "content": "Thanks, I have updated the record."}]`,
      `    gen_ai.usage.input_tokens: ${r.int(50, 4000)}`,
    ]);
  } },
  { source: S, name: 'otel-tool-args', make: (r, b) => wrapC28(r, b, [
    `${ddPrefix28(r)} span execute_tool ${r.pick(['create_refund', 'update_bank_details', 'lookup_customer'])}`,
    `  gen_ai.tool.call.id=${r.pick(['call_', 'toolu_01'])}${r.b62(22)}`,
    `  gen_ai.tool.call.arguments={${asJson28(personFields28(r, b, r.int(3, 5), 'json')).join(', ')}}`,
  ]) },
  { source: S, name: 'otel-exporter-headers', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} opentelemetry.exporter.otlp WARN Transient error StatusCode.UNAVAILABLE exporting traces`,
    `OTEL_EXPORTER_OTLP_HEADERS=${r.pick([() => `Authorization=Basic%20${b.c('basic~b64', Buffer.from(`pk-lf-${r.uuid()}:${T.langfuseSk28(r)}`).toString('base64'))}`, () => `x-honeycomb-team=${b.c('secret', r.b62(32))}`, () => `api-key=${b.c('secret', r.b62(32))}`])()}`,
    `OTEL_EXPORTER_OTLP_ENDPOINT=https://${r.pick(['cloud.langfuse.com/api/public/otel', 'api.honeycomb.io', 'otlp.arize.com'])}`,
  ]) },
  { source: S, name: 'langsmith-run', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} langsmith.utils.LangSmithError: Failed to POST https://api.smith.langchain.com/runs/multipart: 401 {"detail":"Invalid token"}`,
    `  LANGCHAIN_API_KEY=${b.c('langsmith', T.langsmithKey28(r))} LANGCHAIN_PROJECT=${r.pick(['support-bot', 'prod-agents'])}`,
    `  run.inputs: {"question": "${asLines28(personFields28(r, b, r.int(2, 4), 'json')).join(', ')}"}`,
  ]) },
  { source: S, name: 'langfuse-client', make: (r, b) => {
    const pairs = shuffle28(r, [`secret_key="${b.c('langfuse', T.langfuseSk28(r))}"`, `public_key="pk-lf-${r.uuid()}"`, `host="https://${r.pick(['cloud', 'us.cloud'])}.langfuse.com"`]);
    return wrapC28(r, b, [
      `${ddPrefix28(r)} langfuse: error flushing batch of ${r.int(2, 50)} events`,
      `Langfuse(${pairs.join(', ')})`,
      `event.body.input: ${JSON.stringify({ messages: [{ role: 'user', content: 'x' }] }).replace('"x"', `"${asLines28(personFields28(r, b, r.int(2, 3), 'json')).join(' ')}"`)}`,
    ]);
  } },
  { source: S, name: 'helicone-proxy', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} helicone gateway 401`,
    `> Helicone-Auth: Bearer ${b.c('helicone', T.heliconeKey28(r))}`,
    `> Authorization: Bearer ${b.c('openai', T.openaiKey28(r))}`,
    `> Helicone-User-Id: ${b.p('email', email28(r))}`,
  ]) },
  { source: S, name: 'wandb-init', make: (r, b) => wrapC28(r, b, [
    `wandb: ERROR Error while calling W&B API: user is not logged in (<Response [401]>)`,
    `wandb: environment: WANDB_API_KEY=${b.c('wandb', T.wandbKey28(r))} WANDB_PROJECT=${r.pick(['rag-evals', 'finetune-v3'])}`,
    `wandb: logging table sample: ${asLines28(personFields28(r, b, r.int(2, 3))).join(' | ')}`,
  ]) },
  { source: S, name: 'eval-jsonl-rows', make: (r, b) => {
    const rows = [0, 1, 2].slice(0, r.int(2, 3)).map(() => `{"input": "${asLines28(personFields28(r, b, r.int(1, 2), 'json')).join('\\n')}", "expected": "${r.pick(['REFUND', 'ESCALATE', 'UPDATE'])}", "id": "${r.uuid()}"}`);
    return wrapC28(r, b, [`${ts28(r)} eval-runner: ${r.int(2, 9)} failures in dataset support-golden-v${r.int(1, 9)}.jsonl`, ...rows]);
  } },
  { source: S, name: 'prompt-cache-entry', make: (r, b) => wrapC28(r, b, [
    `${ddPrefix28(r)} semantic cache HIT sim=0.9${r.digits(2)} key=${r.hex(64)}`,
    `cached_prompt="${asLines28(personFields28(r, b, r.int(2, 4), 'json')).join('\\n')}"`,
    `cached_response="Your card ending ${r.digits(4)} was refunded."`,
  ]) },
  { source: S, name: 'guardrail-pii-log', make: (r, b) => {
    const card = b.f('card', card28(r));
    return wrapC28(r, b, [
      `${ts28(r)} guardrails WARN input validator DetectPII action=noop (shadow mode)`,
      `  original: "${r.pick(['charge my card', 'use this card', 'pay with'])} ${card} ${r.next() < 0.5 ? `cvv ${b.f('cvv', r.int(100, 999) + '')}` : ''} please"`,
      `  also: ${asLines28(personFields28(r, b, r.int(1, 3))).join(', ')}`,
    ]);
  } },
  { source: S, name: 'arize-phoenix-span', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} phoenix export error: PHOENIX_API_KEY=${b.c('jwt', T.jwt28(r))}`,
    `span.attributes["llm.input_messages.0.message.content"] = "${jsonEsc28(asLines28(personFields28(r, b, r.int(2, 3))).join('\n'))}"`,
  ]) },
  { source: S, name: 'langchain-callback-verbose', make: (r, b) => wrapC28(r, b, [
    `[chain/start] [1:chain:AgentExecutor] Entering Chain run with input:`,
    `{\n  "input": "${asLines28(personFields28(r, b, r.int(2, 4), 'jsonA')).join('. ')}"\n}`,
    `[llm/error] [1:chain:AgentExecutor > 2:llm:ChatOpenAI] [${r.int(1, 9)}.${r.digits(2)}s] LLM run errored with error: "AuthenticationError('Incorrect API key provided')"`,
    `ChatOpenAI(openai_api_key=SecretStr('**********'), openai_proxy='http://proxy:${plant28(b, 'credential', 'password', T.urlyPassword28(r), 'url')}@10.0.${r.int(0, 9)}.${r.int(2, 250)}:3128')`,
  ]) },
  { source: S, name: 'dd-llmobs-span', make: (r, b) => wrapC28(r, b, [
    `${ddPrefix28(r)} llmobs span kind=llm ml_app=${r.pick(['billing-bot', 'kyc-assistant'])}`,
    `meta.input.messages=[{"role":"user","content":"${asLines28(personFields28(r, b, r.int(3, 5), 'json')).join('; ')}"}]`,
  ]) },
];
