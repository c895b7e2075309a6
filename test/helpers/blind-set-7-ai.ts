import { Rng } from './blind-set-7-rng';
import { jwt, epoch } from './blind-set-7-checks';
import { email } from './blind-set-7-people';
import * as t from './blind-set-7-tokens';
import { cred, pers, pos, type Blind7Positive } from './blind-set-7-types';

/** AI/LLM and vector-DB API clients: SDK debug logs, curl, env files, LangChain traces. */
export function aiCases(r: Rng): Blind7Positive[] {
  const out: Blind7Positive[] = [];
  const c = (name: string, text: string, ...v: Parameters<typeof pos>[2][]) => out.push(pos(`ai/${name}`, text, ...v));

  const k1 = t.openaiProj(r);
  c('openaiCurl', `curl https://api.openai.com/v1/chat/completions -H "Content-Type: application/json" -H "Authorization: Bearer ${k1}" -d '{"model":"gpt-4o-mini","messages":[]}'`, cred(k1, 'openai-key'));
  const k2 = t.openaiLegacy(r);
  c('openaiPyDebug', `DEBUG:openai._base_client:Request options: {'method': 'post', 'url': '/embeddings', 'headers': {'Authorization': 'Bearer ${k2}', 'OpenAI-Organization': 'org-${r.an(24)}'}}`, cred(k2, 'openai-key'));
  const k3 = t.openaiSvc(r);
  c('openaiEnvExport', `export OPENAI_API_KEY='${k3}'  # svc acct for batch jobs`, cred(k3, 'openai-key'));
  const k4 = t.anthropic(r);
  c('anthropicHeader', `> POST /v1/messages HTTP/1.1\r\n> Host: api.anthropic.com\r\n> x-api-key: ${k4}\r\n> anthropic-version: 2023-06-01`, cred(k4, 'anthropic-key'));
  const k5 = t.anthropicAdmin(r);
  c('anthropicTomlAdmin', `[providers.anthropic]\nadmin_key = "${k5}"\nworkspace = "wrkspc_${r.an(24)}"`, cred(k5, 'anthropic-key'));
  const k6 = t.cohere(r);
  c('cohereJsTrace', `CohereError: status 429 at fetch (node_modules/cohere-ai/core.js:88) config={"token":"${k6}","clientName":"ingest-worker"}`, cred(k6, 'cohere-key'));
  const k7 = t.cohere(r);
  c('cohereEnvNoQuote', `CO_API_KEY=${k7}\nCOHERE_MODEL=command-r-plus`, cred(k7, 'cohere-key'));
  const k8 = t.mistral(r);
  c('mistralYaml', `llm:\n  provider: mistral\n  mistralApiKey: ${k8}\n  model: mistral-large-latest`, cred(k8, 'mistral-key'));
  const k9 = t.groq(r);
  c('groqTwoOnLine', `GROQ_API_KEY=${k9} GROQ_BASE_URL=https://api.groq.com/openai/v1 node bench.js`, cred(k9, 'groq-key'));
  const k10 = t.replicate(r);
  c('replicateTokenHeader', `requests.post('https://api.replicate.com/v1/predictions', headers={'Authorization': 'Token ${k10}'}, json=payload)`, cred(k10, 'replicate-token'));
  const k11 = t.huggingface(r);
  c('hfCliLogin', `$ huggingface-cli login --token ${k11}\nToken is valid (permission: write).\nYour token has been saved to /home/ci/.cache/huggingface/token`, cred(k11, 'huggingface-token'));
  const k12 = t.huggingface(r);
  c('hfGitUrl', `remote: git clone https://hf_user:${k12}@huggingface.co/datasets/acme/support-tickets`, cred(k12, 'huggingface-token'));
  const k13 = t.pinecone(r);
  c('pineconeJson', `{"level":"error","msg":"upsert failed","pinecone":{"environment":"us-east-1-aws","apiKey":"${k13}","index":"docs-prod"}}`, cred(k13, 'pinecone-key'));
  const k14 = r.uuid();
  c('pineconeLegacyUuidHeader', `< 403 Forbidden from https://docs-prod-${r.hex(7)}.svc.us-east1-gcp.pinecone.io/query\n> Api-Key: ${k14}`, cred(k14, 'pinecone-key'));
  const k15 = r.an(40);
  c('weaviateClient', `weaviate.connect_to_weaviate_cloud(cluster_url="https://${r.an(12).toLowerCase()}.c0.europe-west3.gcp.weaviate.cloud", auth_credentials=Auth.api_key("${k15}"), headers={"X-Cohere-Api-Key": "${k6}"})`, cred(k15, 'weaviate-key'), cred(k6, 'cohere-key'));
  const k16 = jwt(r, { access: 'm', exp: epoch(r) });
  c('qdrantHeaderCurl', `curl -X GET 'https://${r.uuid()}.eu-central-1-0.aws.cloud.qdrant.io:6333/collections' --header 'api-key: ${k16}'`, cred(k16, 'qdrant-key'));
  const k17 = t.langsmith(r);
  const who = email(r);
  c('langsmithEnvAndUser', `LANGCHAIN_TRACING_V2=true;LANGCHAIN_API_KEY=${k17};LANGCHAIN_PROJECT=support-bot user=${who}`, cred(k17, 'langsmith-key'), pers(who, 'email'));
  const k18 = t.langsmith(r, 'sk');
  c('langsmithTraceInputs', `{"run_type":"llm","name":"ChatOpenAI","inputs":{"messages":[{"role":"user","content":"reset for ${who}"}]},"extra":{"invocation_params":{"openai_api_key":"${k1}"},"metadata":{"ls_api_key":"${k18}"}}}`, cred(k1, 'openai-key'), cred(k18, 'langsmith-key'), pers(who, 'email'));
  const k19 = t.openaiProj(r);
  c('openaiEscapedInJson', `{"message":"{\\"config\\":{\\"api_key\\":\\"${k19}\\",\\"timeout\\":30}}"}`, cred(k19, 'openai-key'));
  const k20 = t.anthropic(r);
  c('anthropicUrlEncoded', `body=provider%3Danthropic%26api_key%3D${encodeURIComponent(k20)}%26model%3Dclaude-sonnet`, cred(k20, 'anthropic-key'));
  return out;
}
