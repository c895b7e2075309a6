import { B62, B64URL, DIGITS, HEX, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';

const B64S = UPPER + LOWER + DIGITS + '+/';
const AWS32 = UPPER + '234567';

/** OpenAI keys: project, service-account or legacy user key. */
export function openaiKey28(r: Rng9): string {
  return r.pick([
    () => `sk-proj-${r.chars(B64URL, 74)}T3BlbkFJ${r.chars(B64URL, 74)}`,
    () => `sk-svcacct-${r.chars(B64URL, 74)}T3BlbkFJ${r.chars(B64URL, 74)}`,
    () => `sk-${r.b62(20)}T3BlbkFJ${r.b62(20)}`,
  ])();
}
/** Anthropic API key. */
export const anthropicKey28 = (r: Rng9) => `sk-ant-api03-${r.chars(B64URL, 93)}AA`;
/** Groq key. */
export const groqKey28 = (r: Rng9) => `gsk_${r.b62(52)}`;
/** Hugging Face user access token. */
export const hfToken28 = (r: Rng9) => `hf_${r.chars(UPPER + LOWER, 34)}`;
/** Replicate token. */
export const replicateKey28 = (r: Rng9) => `r8_${r.b62(37)}`;
/** Perplexity key. */
export const pplxKey28 = (r: Rng9) => `pplx-${r.b62(48)}`;
/** xAI key. */
export const xaiKey28 = (r: Rng9) => `xai-${r.b62(80)}`;
/** Google API key (Gemini). */
export const googleKey28 = (r: Rng9) => `AIza${r.chars(B64URL, 35)}`;
/** Azure OpenAI api-key (32 hex). */
export const azureKey28 = (r: Rng9) => r.hex(32);
/** DeepSeek key. */
export const deepseekKey28 = (r: Rng9) => `sk-${r.hex(32)}`;
/** Mistral key (32 base62). */
export const mistralKey28 = (r: Rng9) => r.b62(32);
/** Cohere key (40 base62). */
export const cohereKey28 = (r: Rng9) => r.b62(40);
/** Together AI key. */
export const togetherKey28 = (r: Rng9) => (r.next() < 0.5 ? `tgp_v1_${r.chars(B64URL, 43)}` : r.hex(64));
/** Fireworks key. */
export const fireworksKey28 = (r: Rng9) => `fw_${r.b62(24)}`;
/** AWS access key id (long-term or STS). */
export const awsKeyId28 = (r: Rng9, sts = false) => `${sts ? 'ASIA' : 'AKIA'}${r.chars(AWS32, 16)}`;
/** AWS secret access key. */
export const awsSecret28 = (r: Rng9) => r.chars(B62 + '+/', 40);
/** AWS STS session token. */
export const awsSession28 = (r: Rng9) => `IQoJb3JpZ2luX2Vj${r.chars(B64S, r.int(300, 380))}`;
/** Langfuse secret key. */
export const langfuseSk28 = (r: Rng9) => `sk-lf-${r.uuid()}`;
/** LangSmith personal or service key. */
export const langsmithKey28 = (r: Rng9) => `lsv2_${r.pick(['pt', 'sk'])}_${r.hex(32)}_${r.hex(10)}`;
/** Pinecone key: pcsk_ or a legacy UUID. */
export const pineconeKey28 = (r: Rng9) => (r.next() < 0.65 ? `pcsk_${r.b62(6)}_${r.b62(63)}` : r.uuid());
/** Weaviate Cloud API key. */
export const weaviateKey28 = (r: Rng9) => r.b62(40);
/** Qdrant Cloud API key. */
export const qdrantKey28 = (r: Rng9) => `${r.chars(B64URL, 30)}${r.chars(UPPER, 2)}${r.chars(B64URL, 22)}`;
/** Zilliz Cloud API key (104 hex). */
export const zillizKey28 = (r: Rng9) => r.hex(104);
/** ElevenLabs key. */
export const elevenKey28 = (r: Rng9) => (r.next() < 0.6 ? `sk_${r.hex(48)}` : r.hex(32));
/** Deepgram key (40 hex). */
export const deepgramKey28 = (r: Rng9) => r.hex(40);
/** AssemblyAI key (32 hex). */
export const assemblyKey28 = (r: Rng9) => r.hex(32);
/** Weights & Biases key (40 hex). */
export const wandbKey28 = (r: Rng9) => r.hex(40);
/** Helicone key. */
export const heliconeKey28 = (r: Rng9) => `sk-helicone-${r.chars(LOWER + DIGITS, 7)}-${r.chars(LOWER + DIGITS, 7)}-${r.chars(LOWER + DIGITS, 7)}-${r.chars(LOWER + DIGITS, 7)}`;
/** Stripe-style webhook signing secret (also Svix). */
export const whsec28 = (r: Rng9) => (r.next() < 0.5 ? `whsec_${r.b62(32)}` : `whsec_${r.b64(24)}`);
/** Stripe live secret key. */
export const stripeSk28 = (r: Rng9) => `${r.pick(['sk_live_', 'rk_live_'])}${r.b62(99)}`;
/** GitHub token. */
export const githubToken28 = (r: Rng9) => r.pick([`ghp_${r.b62(36)}`, `github_pat_${r.b62(22)}_${r.b62(59)}`]);
/** Slack bot token. */
export const slackToken28 = (r: Rng9) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}`;
/** Google OAuth refresh token. */
export const googleRefresh28 = (r: Rng9) => `1//0${r.chars(B64URL, 99)}`;
/** Google OAuth client secret. */
export const googleClientSecret28 = (r: Rng9) => `GOCSPX-${r.chars(B64URL, 28)}`;
/** An opaque bearer token. */
export const bearer28 = (r: Rng9) => r.chars(B64URL, r.int(40, 64));
/** SendGrid key. */
export const sendgridKey28 = (r: Rng9) => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`;

/** A JWT with a real JSON header and payload and a random signature. */
export function jwt28(r: Rng9): string {
  const h = Buffer.from(JSON.stringify({ alg: r.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' })).toString('base64url');
  const p = Buffer.from(JSON.stringify({ sub: r.uuid(), iss: r.pick(['https://auth.acme-ai.io/', 'supabase', 'https://login.microsoftonline.com/']), role: r.pick(['service_role', 'authenticated', 'admin']), iat: 1764000000 + r.int(0, 999999), exp: 1767000000 + r.int(0, 999999) })).toString('base64url');
  return `${h}.${p}.${r.b64url(r.pick([32, 64]))}`;
}

/** A PKCS#8 RSA private key PEM with real line breaks. */
export function pem28(r: Rng9): string {
  const body = 'MIIEv' + r.pick(['QIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', 'gIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ']) + r.b64(r.int(900, 960)).replace(/=+$/, '');
  const lines = body.match(/.{1,64}/g)!;
  return `-----BEGIN PRIVATE KEY-----\n${lines.join('\n')}\n-----END PRIVATE KEY-----\n`;
}

/** A password with mixed classes. */
export const password28 = (r: Rng9) => r.password(r.int(12, 22));
/** A password that carries characters needing percent-encoding in a URL. */
export const urlyPassword28 = (r: Rng9) => `${r.b62(r.int(5, 9))}${r.pick(['@', '#', '%', '/', '?', ':'])}${r.b62(r.int(4, 8))}${r.pick(['!', '$', '&'])}${r.digits(2)}`;

/** A hex run of `n`, for negatives that look like keys. */
export const hexRun28 = (r: Rng9, n: number) => r.chars(HEX, n);
