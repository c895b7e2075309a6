import { B62, type Rng9 } from './blind-set-9-rng';

/** An ISO timestamp on 2026-12-05. */
export function ts28(r: Rng9): string {
  return `2026-12-0${r.int(1, 5)}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.digits(3)}Z`;
}

/** A log level word. */
export const level28 = (r: Rng9) => r.pick(['ERROR', 'WARN', 'INFO', 'DEBUG', 'error', 'warning']);

/** A request id of one provider's shape. */
export const reqId28 = (r: Rng9) => r.pick([`req_${r.hex(32)}`, `req_${r.b62(24)}`, r.uuid()]);

/** A service name. */
export const service28 = (r: Rng9) => r.pick(['support-copilot', 'agent-gateway', 'rag-indexer', 'llm-proxy', 'billing-assistant', 'voice-bot', 'eval-runner', 'crm-summarizer']);

/** A model name. */
export const model28 = (r: Rng9) => r.pick(['gpt-4o-2024-08-06', 'gpt-4.1-mini', 'claude-3-5-sonnet-20241022', 'claude-sonnet-4-20250514', 'gemini-1.5-pro-002', 'mistral-large-latest', 'llama-3.3-70b-versatile', 'command-r-plus', 'deepseek-chat', 'grok-2-1212', 'sonar-pro']);

/** A Datadog-style prefix for a log line. */
export const ddPrefix28 = (r: Rng9) => `${ts28(r)} ${level28(r)} [${service28(r)}] dd.trace_id=${r.digits(19)} dd.span_id=${r.digits(19)}`;

/** Shuffles a copy of a list. */
export function shuffle28<T>(r: Rng9, xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) { const j = r.int(0, i); [a[i], a[j]] = [a[j]!, a[i]!]; }
  return a;
}

/** A few random noise lines to surround a payload. */
export function noise28(r: Rng9, n = r.int(0, 3)): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(r.pick([
    `${ts28(r)} INFO httpx: HTTP Request: POST https://api.openai.com/v1/chat/completions "HTTP/1.1 ${r.pick(['200 OK', '429 Too Many Requests', '500 Internal Server Error'])}"`,
    `${ts28(r)} DEBUG retrying request in ${r.int(1, 9)}.${r.digits(2)}s (attempt ${r.int(1, 4)}/5)`,
    `${ts28(r)} INFO usage prompt_tokens=${r.int(100, 9000)} completion_tokens=${r.int(5, 900)} total_tokens=${r.int(200, 9999)}`,
    `${ts28(r)} DEBUG span_id=${r.hex(16)} trace_id=${r.hex(32)} run_id=${r.uuid()}`,
    `${ts28(r)} WARN rate limit remaining=${r.int(0, 500)} reset=${r.int(1, 60)}s x-request-id=${reqId28(r)}`,
    `${ts28(r)} INFO cache miss key=prompt:${r.hex(40)}`,
    `    at processTicksAndRejections (node:internal/process/task_queues:${r.int(60, 105)}:${r.int(1, 9)})`,
    `    at async ${r.pick(['AgentExecutor', 'RunnableSequence', 'ToolNode'])}.invoke (/srv/node_modules/@langchain/${r.pick(['core', 'langgraph'])}/dist/${r.pick(['runnables/base', 'pregel/index'])}.js:${r.int(100, 2000)}:${r.int(5, 40)})`,
    `${ts28(r)} INFO uvicorn.access: 10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:${r.int(30000, 65000)} - "POST /v1/agent/${r.pick(['chat', 'invoke', 'stream'])} HTTP/1.1" ${r.pick([200, 500, 502, 422])}`,
    `${ts28(r)} DEBUG tiktoken encoding=${r.pick(['o200k_base', 'cl100k_base'])} n_tokens=${r.int(10, 120000)}`,
    `${ts28(r)} INFO langchain_core.callbacks: on_llm_end run_id=${r.uuid()} latency_ms=${r.int(100, 30000)}`,
    `${ts28(r)} DEBUG pod=${service28(r)}-${r.chars(B62.toLowerCase(), 10)}-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}`,
  ]));
  return out;
}

/** Joins lines with the noise before and after. */
export const wrap28 = (r: Rng9, lines: string[]) => [...noise28(r), ...lines, ...noise28(r)].join('\n');

/** A Python dict repr of string pairs, in single quotes. */
export const pyDict28 = (pairs: [string, string][]) => `{${pairs.map(([k, v]) => `'${k}': '${v}'`).join(', ')}}`;

/** A JSON object of string pairs, pretty or compact. */
export const jsonObj28 = (r: Rng9, pairs: [string, string][]) => (r.next() < 0.5 ? `{${pairs.map(([k, v]) => `"${k}":"${v}"`).join(',')}}` : `{\n${pairs.map(([k, v]) => `  "${k}": "${v}"`).join(',\n')}\n}`);
