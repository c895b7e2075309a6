import { B62 } from './blind-set-9-rng';
import { cred, fin, pers, type PosTemplate23 } from './blind-set-23-types';

/** AI APIs: OpenAI, Anthropic, Cohere, Mistral, Hugging Face, Replicate, Groq, Pinecone. */
export const aiCases23: PosTemplate23[] = [
  [
    'openai-python-401',
    (g) => {
      const key = `sk-proj-${g.chars(B62 + '-_', 74)}T3BlbkFJ${g.chars(B62 + '-_', 74)}`;
      return {
        text: `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************************************************************************************************************************************************${key.slice(-4)}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}
  client = OpenAI(api_key="${key}", organization="org-${g.b62(24)}", max_retries=2)`,
        values: [cred('openai-api-key', key)],
      };
    },
  ],
  [
    'openai-prompt-pii',
    (g) => {
      const key = `sk-svcacct-${g.chars(B62 + '-_', 74)}T3BlbkFJ${g.chars(B62 + '-_', 74)}`;
      const p = g.person();
      const email = g.email(p);
      const card = g.card('mc');
      return {
        text: `{"level":"warn","logger":"support-summarizer","msg":"openai 429 rate_limit_exceeded, parking request","retry_after_ms":${g.int(1000, 20000)},"request":{"model":"gpt-4o-mini","messages":[{"role":"system","content":"Summarise the ticket."},{"role":"user","content":"From: ${p.full} <${email}>\\nHi, I was charged twice on my card ${g.grouped(card, ' ')}, please refund one of them."}]},"auth":"Bearer ${key}"}`,
        values: [cred('openai-api-key', key), pers('email', email), fin('card', g.grouped(card, ' '))],
      };
    },
  ],
  [
    'anthropic-ts',
    (g) => {
      const key = `sk-ant-api03-${g.chars(B62 + '-_', 93)}AA`;
      return {
        text: `AuthenticationError: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_${g.b62(24)}"}
    at APIError.generate (/app/node_modules/@anthropic-ai/sdk/error.js:49:20)
    at Anthropic.makeStatusError (/app/node_modules/@anthropic-ai/sdk/core.js:275:33)
  headers sent: {"x-api-key":"${key}","anthropic-version":"2023-06-01","content-type":"application/json"}`,
        values: [cred('anthropic-api-key', key)],
      };
    },
  ],
  [
    'anthropic-admin',
    (g) => {
      const key = `sk-ant-admin01-${g.chars(B62 + '-_', 93)}AA`;
      return {
        text: `[usage-export] GET https://api.anthropic.com/v1/organizations/usage_report/messages?starting_at=2026-11-30T00:00:00Z 403 {"type":"error","error":{"type":"permission_error","message":"Your API key does not have permission to use the specified resource."}}
ANTHROPIC_ADMIN_KEY=${key}`,
        values: [cred('anthropic-admin-key', key)],
      };
    },
  ],
  [
    'cohere-embed',
    (g) => {
      const key = g.chars(B62, 40);
      return {
        text: `cohere.errors.unauthorized_error.UnauthorizedError: status_code: 401, body: {'message': 'invalid api token'}
  File "/srv/search/embed.py", line 22, in embed_batch
    co = cohere.ClientV2(api_key="${key}")`,
        values: [cred('cohere-api-key', key)],
      };
    },
  ],
  [
    'mistral-http',
    (g) => {
      const key = g.chars(B62, 32);
      return {
        text: `mistralai.models.sdkerror.SDKError: API error occurred: Status 401
{"message":"Unauthorized","request_id":"${g.hex(32)}"}
curl -s https://api.mistral.ai/v1/chat/completions -H "Authorization: Bearer ${key}" -d @payload.json`,
        values: [cred('mistral-api-key', key)],
      };
    },
  ],
  [
    'huggingface-hub',
    (g) => {
      const tok = `hf_${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`;
      return {
        text: `huggingface_hub.errors.HfHubHTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/api/models/acme/ticket-classifier/preupload/main (Request ID: Root=1-${g.hex(8)}-${g.hex(24)};${g.uuid()})
Invalid credentials in Authorization header
HF_TOKEN=${tok} python scripts/push_model.py --repo acme/ticket-classifier`,
        values: [cred('huggingface-token', tok)],
      };
    },
  ],
  [
    'replicate-token',
    (g) => {
      const tok = `r8_${g.chars(B62, 37)}`;
      return {
        text: `ReplicateError Details:
title: Unauthenticated
status: 401
detail: You did not pass a valid authentication token
replicate.Client(api_token='${tok}').run('stability-ai/sdxl:${g.hex(64)}', input={...})`,
        values: [cred('replicate-token', tok)],
      };
    },
  ],
  [
    'groq-key',
    (g) => {
      const key = `gsk_${g.chars(B62, 52)}`;
      return {
        text: `groq.AuthenticationError: Error code: 401 - {'error': {'message': 'Invalid API Key', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}
llm settings: {"provider":"groq","model":"llama-3.1-8b-instant","api_key":"${key}","timeout":20}`,
        values: [cred('groq-api-key', key)],
      };
    },
  ],
  [
    'pinecone-key',
    (g) => {
      const key = `pcsk_${g.chars(B62, 5)}_${g.chars(B62, 65)}`;
      return {
        text: `pinecone.exceptions.UnauthorizedException: (401)
Reason: Unauthorized
HTTP response headers: HTTPHeaderDict({'x-pinecone-api-version': '2024-07', 'content-length': '89'})
HTTP response body: {"error":{"code":"UNAUTHENTICATED","message":"Invalid API Key"},"status":401}
Pinecone(api_key='${key}', environment=None)`,
        values: [cred('pinecone-api-key', key)],
      };
    },
  ],
];
