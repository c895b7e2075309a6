/*
 * DECISIONS — sealed blind set 28: "AI application and agent logs".
 *
 * Leaks (planted, measured):
 * - Credentials, whole: provider API keys in their published shapes (OpenAI sk-proj-/sk-svcacct-/legacy,
 *   Anthropic sk-ant-api03-, Groq gsk_, Hugging Face hf_, Replicate r8_, Perplexity pplx-, xAI xai-,
 *   Google AIza, Azure OpenAI 32-hex api-key, DeepSeek, Mistral/Cohere/Together/Fireworks under their key
 *   names), AWS AKIA/ASIA ids + secrets + session tokens, GCP service-account private_key PEM (JSON-escaped),
 *   Langfuse sk-lf-, LangSmith lsv2_pt_/lsv2_sk_, Pinecone pcsk_ and UUID keys under api-key fields,
 *   Weaviate/Qdrant/Zilliz keys, ElevenLabs/Deepgram/AssemblyAI keys under their headers, W&B keys,
 *   Helicone keys, passwords (in DB URLs only the password is planted), Bearer tokens, JWTs, webhook
 *   signing secrets, OAuth client secrets and refresh tokens, Basic auth (base64 of user:password).
 * - Personal: national ids with valid check digits (US SSN, UK NINO, CA SIN, FR NIR, DE Steuer-ID,
 *   ES DNI/NIE, NL BSN, PL PESEL, BR CPF, IN Aadhaar and PAN, AU TFN, SG NRIC), labelled dates of birth
 *   (also in prose), home addresses, personal phone numbers, personal e-mail addresses at consumer
 *   providers, passport and driver's licence numbers under their labels, full names only under a
 *   field or label naming the person (customer_name, Name:, cardholder).
 * - Financial: Luhn-valid card numbers (Visa, Mastercard, Amex, Discover, JCB; spaces, dashes, none),
 *   mod-97-valid IBANs (12 countries), bank account numbers with their routing number / sort code /
 *   BSB / IFSC (both planted), CVV next to a card.
 * - Encodings: a kind `base~enc` is a value of kind base after encoding enc (json: JSON string escape,
 *   url: percent-encoding, b64: base64, py: Python repr). The planted value is the exact substring.
 * Not leaks (negatives): masked keys as SDKs print them, placeholders and env-var names, secret
 *   references (vault paths, secretKeyRef), public keys (pk-lf-, pk_live_), ids that look random
 *   (req_, chatcmpl-, msg_, toolu_, run/trace/span ids, UUIDs, thread_/asst_/file-/batch_), model
 *   names and hashes, embeddings, token counts, documentation examples, last-4 / masked cards.
 * Not planted either way: password hashes, employer EINs, medical details and free-text notes,
 *   free-text names without a name label, company/work e-mail addresses.
 */
import { hash9, Rng9 } from './blind-set-9-rng';
import { Bag28, type NegTemplate28, type Negative28, type PosTemplate28, type Positive28 } from './blind-set-28-types';
import { LLM28 } from './blind-set-28-llm';
import { AGENTS28 } from './blind-set-28-agents';
import { RAG28 } from './blind-set-28-rag';
import { TRACES28 } from './blind-set-28-traces';
import { MEDIA28 } from './blind-set-28-media';
import { NEG_IDS28 } from './blind-set-28-neg-ids';
import { NEG_LOGS28 } from './blind-set-28-neg-logs';
import { NEG_NEAR28 } from './blind-set-28-neg-near';

/** All positive templates of set 28. */
export const POSITIVES28: readonly PosTemplate28[] = [...LLM28, ...AGENTS28, ...RAG28, ...TRACES28, ...MEDIA28];
/** All negative templates of set 28. */
export const NEGATIVES28: readonly NegTemplate28[] = [...NEG_IDS28, ...NEG_LOGS28, ...NEG_NEAR28];
/** Cases drawn per positive template. */
export const PER_POSITIVE28 = 5;
/** Cases drawn per negative template. */
export const PER_NEGATIVE28 = 4;

const stream = (name: string, seed: number) => new Rng9((hash9(`blind-28:${name}`) ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0);

/** True when every value sits in the text and each short value only once. */
function sound(text: string, b: Bag28): boolean {
  return b.values.length > 0 && b.values.every((v) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/** Builds set 28 for a seed: a pure function of the seed. A draw whose values collide is drawn again from the same stream. */
export function buildBlindSet28(seed: number): { positives: Positive28[]; negatives: Negative28[] } {
  const positives: Positive28[] = [];
  for (const t of POSITIVES28) {
    const r = stream(t.name, seed);
    for (let i = 0; i < PER_POSITIVE28; i++) {
      let b = new Bag28();
      let text = t.make(r, b);
      for (let k = 0; k < 40 && !sound(text, b); k++) { b = new Bag28(); text = t.make(r, b); }
      positives.push({ id: `${t.source}/${t.name}/${i}`, text, values: b.values });
    }
  }
  const negatives: Negative28[] = [];
  for (const t of NEGATIVES28) {
    const r = stream(t.name, seed);
    for (let i = 0; i < PER_NEGATIVE28; i++) negatives.push({ id: `${t.source}/${t.name}/${i}`, text: t.make(r) });
  }
  return { positives, negatives };
}
