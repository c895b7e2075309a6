import type { Rng9 } from './blind-set-9-rng';
import type { Bag28 } from './blind-set-28-types';
import * as T from './blind-set-28-tokens';
import { plant28 } from './blind-set-28-plant';
import { noise28, ts28 } from './blind-set-28-noise';

type Cred = [kind: string, env: string, header: string, gen: (r: Rng9) => string];

const POOL: Cred[] = [
  ['openai', 'OPENAI_API_KEY', 'Authorization: Bearer', T.openaiKey28], ['anthropic', 'ANTHROPIC_API_KEY', 'x-api-key:', T.anthropicKey28],
  ['groq', 'GROQ_API_KEY', 'Authorization: Bearer', T.groqKey28], ['hf', 'HF_TOKEN', 'Authorization: Bearer', T.hfToken28],
  ['replicate', 'REPLICATE_API_TOKEN', 'Authorization: Bearer', T.replicateKey28], ['pplx', 'PERPLEXITY_API_KEY', 'Authorization: Bearer', T.pplxKey28],
  ['xai', 'XAI_API_KEY', 'Authorization: Bearer', T.xaiKey28], ['google', 'GEMINI_API_KEY', 'x-goog-api-key:', T.googleKey28],
  ['azure', 'AZURE_OPENAI_API_KEY', 'api-key:', T.azureKey28], ['deepseek', 'DEEPSEEK_API_KEY', 'Authorization: Bearer', T.deepseekKey28],
  ['mistral', 'MISTRAL_API_KEY', 'Authorization: Bearer', T.mistralKey28], ['cohere', 'COHERE_API_KEY', 'Authorization: Bearer', T.cohereKey28],
  ['together', 'TOGETHER_API_KEY', 'Authorization: Bearer', T.togetherKey28], ['fireworks', 'FIREWORKS_API_KEY', 'Authorization: Bearer', T.fireworksKey28],
  ['langsmith', 'LANGSMITH_API_KEY', 'x-api-key:', T.langsmithKey28], ['langfuse', 'LANGFUSE_SECRET_KEY', 'x-langfuse-secret-key:', T.langfuseSk28],
  ['pinecone', 'PINECONE_API_KEY', 'Api-Key:', T.pineconeKey28], ['weaviate', 'WEAVIATE_API_KEY', 'Authorization: Bearer', T.weaviateKey28],
  ['qdrant', 'QDRANT_API_KEY', 'api-key:', T.qdrantKey28], ['zilliz', 'ZILLIZ_CLOUD_API_KEY', 'Authorization: Bearer', T.zillizKey28],
  ['elevenlabs', 'ELEVENLABS_API_KEY', 'xi-api-key:', T.elevenKey28], ['deepgram', 'DEEPGRAM_API_KEY', 'Authorization: Token', T.deepgramKey28],
  ['assemblyai', 'ASSEMBLYAI_API_KEY', 'authorization:', T.assemblyKey28], ['wandb', 'WANDB_API_KEY', 'x-wandb-key:', T.wandbKey28],
  ['helicone', 'HELICONE_API_KEY', 'Helicone-Auth: Bearer', T.heliconeKey28], ['whsec', 'STRIPE_WEBHOOK_SECRET', 'x-webhook-secret:', T.whsec28],
  ['stripe', 'STRIPE_SECRET_KEY', 'Authorization: Bearer', T.stripeSk28], ['github', 'GITHUB_TOKEN', 'Authorization: token', T.githubToken28],
  ['slack', 'SLACK_BOT_TOKEN', 'Authorization: Bearer', T.slackToken28], ['sendgrid', 'SENDGRID_API_KEY', 'Authorization: Bearer', T.sendgridKey28],
  ['jwt', 'SUPABASE_SERVICE_ROLE_KEY', 'Authorization: Bearer', T.jwt28], ['bearer', 'INTERNAL_API_TOKEN', 'Authorization: Bearer', T.bearer28],
  ['gsecret', 'GOOGLE_CLIENT_SECRET', 'x-client-secret:', T.googleClientSecret28], ['password', 'DB_PASSWORD', 'x-db-password:', T.password28],
];

/** One credential line in a random style (env, header, yaml, kwarg, JSON member, query string). */
export function credLine28(r: Rng9, b: Bag28): string {
  const [kind, env, header, gen] = r.pick(POOL);
  const raw = gen(r);
  const style = r.int(0, 6);
  if (style === 6 && kind !== 'password') {
    const aws = r.next() < 0.5;
    if (aws) return `AWS_ACCESS_KEY_ID=${b.c('awsid', T.awsKeyId28(r))} AWS_SECRET_ACCESS_KEY=${b.c('awssecret', T.awsSecret28(r))}`;
    return `DATABASE_URL=${r.pick(['postgresql', 'mysql', 'mongodb+srv'])}://${r.pick(['app', 'rag', 'agent_rw'])}:${plant28(b, 'credential', 'password', T.urlyPassword28(r), 'url')}@${r.pick(['db', 'cluster0.ab1cd', 'vec'])}.${r.pick(['internal', 'mongodb.net', 'rds.amazonaws.com'])}/${r.pick(['app', 'kb'])}`;
  }
  switch (style) {
    case 0: return `${env}=${b.c(kind, raw)}`;
    case 1: return `${r.pick(['> ', '  ', ''])}${header} ${b.c(kind, raw)}`;
    case 2: return `  ${env.toLowerCase()}: ${b.c(kind, raw)}`;
    case 3: return `${r.pick(['client', 'kwargs', 'settings'])}.${r.pick(['api_key', 'token', 'secret'])}='${b.c(kind, raw)}'`;
    case 4: return `"${env.toLowerCase()}": "${b.c(kind, raw)}"`;
    default: return `export ${env}="${b.c(kind, raw)}"`;
  }
}

/** Noise, the template's lines and 1–3 credential lines placed around them: what a crash log with an env dump looks like. */
export function wrapC28(r: Rng9, b: Bag28, lines: string[]): string {
  const n = r.pick([1, 1, 1, 2, 2, 3]);
  const creds = Array.from({ length: n }, () => credLine28(r, b));
  const head = r.pick([`${ts28(r)} context:`, `${ts28(r)} env snapshot (${r.pick(['sentry', 'crash handler', 'debug dump'])}):`, '--- config ---', '']);
  const block = head ? [head, ...creds] : creds;
  const out = r.next() < 0.5 ? [...lines, ...block] : [...block, ...lines];
  return [...noise28(r), ...out, ...noise28(r)].join('\n');
}
