import type { PosTemplate28 } from './blind-set-28-types';
import * as T from './blind-set-28-tokens';
import { asLines28, personFields28, plant28 } from './blind-set-28-plant';
import { ddPrefix28, model28, pyDict28, reqId28, shuffle28, ts28 } from './blind-set-28-noise';

import { wrapC28 } from './blind-set-28-creds';
const S = 'llm';

/** Model-provider SDK errors and HTTP client dumps. */
export const LLM28: PosTemplate28[] = [
  { source: S, name: 'openai-py-traceback', make: (r, b) => wrapC28(r, b, [
    'Traceback (most recent call last):',
    `  File "/app/${r.pick(['copilot', 'agents', 'api'])}/llm.py", line ${r.int(20, 400)}, in complete`,
    '    resp = client.chat.completions.create(**kwargs)',
    `openai.APIConnectionError: Connection error. client=OpenAI(api_key='${b.c('openai', T.openaiKey28(r))}', base_url='https://api.openai.com/v1', organization='org-${r.b62(24)}')`,
    `kwargs=${pyDict28([['model', model28(r)], ['user', plant28(b, 'personal', 'email', `${r.pick(['ana', 'tom', 'li'])}.${r.pick(['perez', 'ward', 'chen'])}${r.int(1, 99)}@gmail.com`)]])}`,
    ...asLines28(personFields28(r, b, r.int(1, 3)), ' = ').map((l) => `    # prompt var ${l}`),
  ]) },
  { source: S, name: 'anthropic-node-stack', make: (r, b) => wrapC28(r, b, [
    `${ddPrefix28(r)} AuthenticationError: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}`,
    '    at APIError.generate (/srv/node_modules/@anthropic-ai/sdk/error.js:45:20)',
    `    at Anthropic.makeStatusError (/srv/node_modules/@anthropic-ai/sdk/core.js:${r.int(200, 400)}:33)`,
    `  request.headers: { "x-api-key": "${b.c('anthropic', T.anthropicKey28(r))}", "anthropic-version": "2023-06-01", "content-type": "application/json" }`,
    `  request.body: {"model":"${model28(r)}","max_tokens":${r.int(256, 4096)},"messages":[{"role":"user","content":"${asLines28(personFields28(r, b, r.int(2, 4), 'json')).join('\\n')}"}]}`,
  ]) },
  { source: S, name: 'curl-verbose-groq', make: (r, b) => {
    const key = r.pick([['groq', T.groqKey28, 'api.groq.com/openai/v1/chat/completions'], ['pplx', T.pplxKey28, 'api.perplexity.ai/chat/completions'], ['xai', T.xaiKey28, 'api.x.ai/v1/chat/completions'], ['fireworks', T.fireworksKey28, 'api.fireworks.ai/inference/v1/chat/completions']] as const);
    return wrapC28(r, b, [
      `*   Trying ${r.int(10, 200)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:443...`,
      `> POST /${key[2].split('/').slice(1).join('/')} HTTP/2`,
      `> Host: ${key[2].split('/')[0]}`,
      `> ${r.pick(['Authorization', 'authorization'])}: Bearer ${b.c(key[0], key[1](r))}`,
      '> Content-Type: application/json',
      `> User-Agent: curl/8.${r.int(1, 9)}.0`,
      '>',
      `< HTTP/2 ${r.pick(['400', '413', '422'])}`,
      `< x-request-id: ${reqId28(r)}`,
      `{"error":{"message":"Request too large for model ${model28(r)}","type":"invalid_request_error"}}`,
      `# payload was: {"messages":[{"role":"user","content":"Refund for ${asLines28(personFields28(r, b, r.int(2, 3), 'json')).join(', ')}"}]}`,
    ]);
  } },
  { source: S, name: 'azure-openai-httpx', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} DEBUG httpx: Request options: {'method': 'post', 'url': '/deployments/${r.pick(['gpt4o-prod', 'chat-eu', 'support-gpt'])}/chat/completions', 'headers': {'api-key': '${b.c('azure', T.azureKey28(r))}', 'X-Stainless-Retry-Count': '${r.int(0, 2)}'}, 'params': {'api-version': '2024-${r.pick(['02-01', '06-01', '10-21'])}'}}`,
    `${ts28(r)} DEBUG httpx: json_data: {'messages': [{'role': 'system', 'content': 'You are a billing agent.'}, {'role': 'user', 'content': '${asLines28(personFields28(r, b, r.int(2, 4))).join('; ')}'}]}`,
    `${ts28(r)} ERROR openai.BadRequestError: Error code: 400 - {'error': {'code': 'content_filter', 'innererror': {'content_filter_result': {'self_harm': {'filtered': False}}}}}`,
  ]) },
  { source: S, name: 'bedrock-boto-debug', make: (r, b) => {
    const sts = r.next() < 0.5;
    const lines = [
      `${ts28(r)} DEBUG botocore.endpoint: Making request for OperationModel(name=InvokeModel) with params: {'url': 'https://bedrock-runtime.${r.pick(['us-east-1', 'eu-central-1', 'us-west-2'])}.amazonaws.com/model/anthropic.claude-3-5-sonnet-20240620-v1:0/invoke'}`,
      `${ts28(r)} DEBUG botocore.credentials: Found credentials in environment variables.`,
      `AWS_ACCESS_KEY_ID=${b.c('awsid', T.awsKeyId28(r, sts))}`,
      `AWS_SECRET_ACCESS_KEY=${b.c('awssecret', T.awsSecret28(r))}`,
    ];
    if (sts) lines.push(`AWS_SESSION_TOKEN=${b.c('awssession', T.awsSession28(r))}`);
    lines.push(`${ts28(r)} ERROR botocore.exceptions.ClientError: An error occurred (ValidationException) when calling the InvokeModel operation: prompt=${JSON.stringify(asLines28(personFields28(r, b, 2)).join(' | '))}`);
    return wrapC28(r, b, lines);
  } },
  { source: S, name: 'vertex-sa-json', make: (r, b) => {
    const proj = `${r.pick(['acme-genai', 'support-ai', 'ml-prod'])}-${r.int(100000, 999999)}`;
    const pem = plant28(b, 'credential', 'pem', T.pem28(r), 'json');
    return wrapC28(r, b, [
      `${ddPrefix28(r)} google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant'})`,
      `GOOGLE_APPLICATION_CREDENTIALS_JSON={"type": "service_account", "project_id": "${proj}", "private_key_id": "${r.hex(40)}", "private_key": "${pem}", "client_email": "vertex-caller@${proj}.iam.gserviceaccount.com", "client_id": "${r.digits(21)}", "token_uri": "https://oauth2.googleapis.com/token"}`,
      `vertexai.init(project="${proj}", location="${r.pick(['us-central1', 'europe-west4'])}")`,
    ]);
  } },
  { source: S, name: 'gemini-key-in-url', make: (r, b) => wrapC28(r, b, [
    `${ddPrefix28(r)} requests.exceptions.HTTPError: ${r.pick(['429', '503', '500'])} Server Error for url: https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key=${b.c('google', T.googleKey28(r))}`,
    `request body: {"contents":[{"parts":[{"text":"${asLines28(personFields28(r, b, r.int(2, 4), 'jsonA')).join('\\n')}"}]}]}`,
  ]) },
  { source: S, name: 'hf-inference-env', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} ERROR huggingface_hub.utils._errors.HfHubHTTPError: 403 Forbidden: Authorization error.`,
    `Cannot access gated repo for url https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/resolve/main/config.json.`,
    `Environment: ${shuffle28(r, [`HF_TOKEN=${b.c('hf', T.hfToken28(r))}`, `REPLICATE_API_TOKEN=${b.c('replicate', T.replicateKey28(r))}`, `TRANSFORMERS_CACHE=/mnt/cache`, `CUDA_VISIBLE_DEVICES=${r.int(0, 3)}`]).join(' ')}`,
  ]) },
  { source: S, name: 'mistral-cohere-config-dump', make: (r, b) => {
    const pairs: [string, string][] = shuffle28(r, [
      ['MISTRAL_API_KEY', b.c('mistral', T.mistralKey28(r))],
      ['CO_API_KEY', b.c('cohere', T.cohereKey28(r))],
      ['TOGETHER_API_KEY', b.c('together', T.togetherKey28(r))],
      ['LLM_TIMEOUT', String(r.int(10, 120))],
      ['DEFAULT_MODEL', model28(r)],
    ]);
    return wrapC28(r, b, [`${ddPrefix28(r)} settings loaded (pydantic): Settings(${pairs.map(([k, v]) => `${k.toLowerCase()}='${v}'`).join(', ')})`, `${ts28(r)} ERROR cohere.errors.UnauthorizedError: status_code: 401, body: {'message': 'invalid api token'}`]);
  } },
  { source: S, name: 'deepseek-requests-dump', make: (r, b) => {
    const fs = personFields28(r, b, r.int(2, 4), 'json');
    return wrapC28(r, b, [
      `${ts28(r)} DEBUG urllib3.connectionpool: https://api.deepseek.com:443 "POST /chat/completions HTTP/1.1" 402 None`,
      `${ts28(r)} ERROR request failed: headers={'Authorization': 'Bearer ${b.c('deepseek', T.deepseekKey28(r))}', 'Content-Type': 'application/json'}`,
      `body='{"model": "deepseek-chat", "messages": [{"role": "user", "content": "Draft a reminder letter. ${asLines28(fs).join('. ')}"}]}'`,
    ]);
  } },
  { source: S, name: 'openai-batch-jsonl-error', make: (r, b) => wrapC28(r, b, [
    `${ddPrefix28(r)} batch_${r.hex(32)} failed: 3 of ${r.int(50, 900)} requests errored`,
    ...[0, 1].map((i) => `{"custom_id": "ticket-${r.int(10000, 99999)}-${i}", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Summarise: ${asLines28(personFields28(r, b, r.int(2, 3), 'json')).join(' / ')}"}]}}`),
    `OPENAI_API_KEY used: ${b.c('openai', T.openaiKey28(r))}`,
  ]) },
  { source: S, name: 'litellm-proxy-config', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} LiteLLM Proxy: loaded config.yaml`,
    'model_list:',
    `  - model_name: claude\n    litellm_params:\n      model: anthropic/${model28(r)}\n      api_key: ${b.c('anthropic', T.anthropicKey28(r))}`,
    `  - model_name: gpt\n    litellm_params:\n      model: azure/gpt-4o\n      api_base: https://${r.pick(['contoso', 'acme', 'fabrikam'])}-openai.openai.azure.com\n      api_key: ${b.c('azure', T.azureKey28(r))}`,
    `general_settings:\n  master_key: ${b.c('secret', `sk-${r.b62(r.int(24, 40))}`)}\n  database_url: postgresql://litellm:${plant28(b, 'credential', 'password', T.urlyPassword28(r), 'url')}@db.internal:5432/litellm`,
  ]) },
  { source: S, name: 'groq-sse-python-repr', make: (r, b) => {
    const f = personFields28(r, b, r.int(2, 3));
    return wrapC28(r, b, [
      `${ts28(r)} ERROR groq.APIStatusError: Error code: 413 - {'error': {'message': 'Request too large', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}`,
      `  locals: api_key='${b.c('groq', T.groqKey28(r))}' model='llama-3.3-70b-versatile'`,
      `  messages=[{'role': 'user', 'content': "${asLines28(f).join(', ')}"}]`,
    ]);
  } },
];
