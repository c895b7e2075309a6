import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { keyWords, secretKeyKind } from '../key-names';
import { secretValueOk } from '../secret-value';
import { isLowEntropy } from '../validators';
import { generated } from './service-credentials';

/** Secret words as the end of a name, followed by `suffix`: prefilter keywords for one call form. */
const endings = (suffixes: string[]): string[] =>
  ['key', 'token', 'secret', 'password', 'passwd', 'pwd', 'credential', 'credentials', 'auth', 'authorization'].flatMap((w) => suffixes.map((s) => w + s));

/** Verbs before a secret's name in a function that takes its name, not its value (`getSecret("db")`). */
const LOOKUP_VERBS: ReadonlySet<string> = new Set(['get', 'fetch', 'load', 'read', 'lookup', 'find', 'resolve', 'describe', 'delete', 'remove', 'list', 'has', 'is', 'require', 'rotate', 'revoke', 'create', 'generate', 'new', 'gen', 'random', 'make', 'hash', 'encode', 'decode', 'parse', 'mask', 'redact', 'env', 'getenv']);

/** The kind of secret a function's name says it takes (`api_key(…)`, `setApiKey(…)`, `withToken(…)`), or null. */
function calleeKind(name: string): 'password' | 'secret' | null {
  const words = keyWords(name);
  if (words.some((w) => LOOKUP_VERBS.has(w))) return null;
  while (words.length > 1 && /^(?:set|with|use|add|put|to|by|from)$/.test(words[0]!)) words.shift();
  return secretKeyKind(words.join('_'));
}

/** True when a header or field named `key` holds the value: an `Authorization` value after its scheme, other names by key-names.ts. */
function pairValue(v: string, ctx: MatchContext): boolean {
  const key = ctx.key ?? '';
  if (/^(?:proxy-)?authorization$/i.test(key)) {
    const token = v.replace(/^[A-Za-z][\w-]{0,24}\s{1,3}/, '');
    return token.length >= 12 && generated(token);
  }
  const kind = secretKeyKind(key);
  return kind !== null && secretValueOk(kind, v) && (kind === 'password' || generated(v));
}

/**
 * SDKs whose constructors take secret API keys as positional string arguments (`cohere.Client("…")`,
 * `plivo.RestClient(id, "…")`). Not browser SDKs, whose keys are public: `algoliasearch(app, searchKey)`, `posthog.init('phc_…')`.
 */
const SDKS = ['cohere', 'plivo', 'mailjet', 'segment', 'pinecone', 'mistral', 'together', 'voyageai', 'fireworks', 'elevenlabs', 'deepgram', 'assemblyai', 'vonage', 'nexmo', 'messagebird', 'sinch', 'postmark', 'sparkpost', 'resend', 'mailersend', 'razorpay', 'mollie', 'shippo', 'easypost', 'contentful', 'launchdarkly', 'rollbar', 'bugsnag', 'honeybadger', 'typesense', 'meilisearch', 'weaviate', 'qdrant', 'replicate', 'groq'];

/** 32+ hex, or random base62 with digits and both cases; `gpt-4o-mini-2024-07-18` or `products-v3` is a name. */
function sdkKey(v: string): boolean {
  return /^[0-9a-f]{32,64}$/.test(v) ? !isLowEntropy(v) : generated(v) && /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && (v.length >= 32 || !/[-_]/.test(v));
}

/** Credentials passed to a function: a secret-named function's one argument, a header's name and value, an SDK's positional token. */
export const CALL_ARGUMENT_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'secret-call-argument',
    name: 'Secret passed to a secret-named function',
    category: 'credential',
    severity: 'high',
    priority: 39,
    confidence: 0.75,
    keywords: endings(['("', "('", '( "', "( '"]),
    // `Auth.api_key("…")`, `sgMail.setApiKey('…')`, `client.with_token("…")`, `.password("…")` (builders).
    pattern: /(?<![\w$])(?<k>[A-Za-z_][\w]{0,40})\(\s{0,3}(?:"(?<v>[^"\s\\]{8,512})"|'(?<w>[^'\s\\]{8,512})')\s{0,3}\)/,
    mask: 'full',
    validate: (v, ctx) => {
      const kind = calleeKind(ctx.key ?? '');
      return kind !== null && secretValueOk(kind, v) && (kind === 'password' || generated(v)) && !/^[\w.-]+\/[\w./-]+$/.test(v);
    },
    remediation: 'Rotate this secret and read it from the environment or a secret store instead of the source',
  }),
  defineDetector({
    id: 'secret-pair-argument',
    name: 'Secret passed with its header or field name',
    category: 'credential',
    severity: 'high',
    priority: 39,
    confidence: 0.75,
    keywords: endings(['",', "',", '" ,', "' ,"]),
    // `setHeader("X-Api-Key", "…")`, `headers.set('Authorization', 'Token …')`, `props.put("db.password", "…")`.
    pattern: /\(\s{0,3}["'](?<k>[A-Za-z_][\w.-]{0,63})["']\s{0,3},\s{0,3}(?:"(?<v>[^"\r\n\\]{6,512})"|'(?<w>[^'\r\n\\]{6,512})')\s{0,3}[,)]/,
    mask: 'full',
    validate: pairValue,
    remediation: 'Rotate this secret and read it from the environment or a secret store instead of the source',
  }),
  defineDetector({
    id: 'sdk-client-credential',
    name: 'API key passed to an SDK client constructor',
    category: 'credential',
    severity: 'high',
    priority: 43,
    confidence: 0.75,
    keywords: SDKS,
    // The call's random-looking string arguments (consecutive ones in one finding): `cohere.Client("…")`,
    // `mailjet = Client(auth=("<key>", "<secret>"))`, `plivo.RestClient("MA…", "…")`; short ids before them are skipped;
    // Ruby's `MessageBird::Client.new("…")`.
    pattern: new RegExp(
      String.raw`(?<![\w.])(?:${SDKS.join('|')})(?:[\w.]|::){0,30}(?:\s{0,2}=\s{0,2}[\w.]{1,40})?\s{0,2}\((?:[^"'()\n]{0,60}\()?[^"'()\n]{0,60}(?:["'][^"'\n]{0,24}["'][^"'()\n]{0,30}){0,2}?["'](?<v>[A-Za-z0-9_-]{20,128}(?:["']\s{0,3},\s{0,3}["'][A-Za-z0-9_-]{20,128}){0,2})["']`,
      'i',
    ),
    mask: 'full',
    validate: (v) => v.split(/["']\s{0,3},\s{0,3}["']/).some(sdkKey),
    remediation: 'Rotate this API key at the provider and read it from the environment instead of the source',
  }),
  defineDetector({
    id: 'curl-user-api-key',
    name: 'API key as the curl user (-u KEY:X)',
    category: 'credential',
    severity: 'high',
    priority: 61,
    keywords: ['curl'],
    span: 600,
    // Freshdesk, Stripe, Mailchimp, Chargebee, Harvest: `-u <key>:X`, `-u <key>:` (the password is a dummy or empty).
    pattern: /(?<![\w-])(?:-u|--user)(?:=|\s{1,3})["']?(?<v>[A-Za-z0-9_-]{16,128}):(?:X|x)?(?=["'\s]|$)/,
    mask: 'full',
    // Round r60: a key of random letters only (Freshdesk's 20 base62 characters lack a digit now and then) counts
    // when the dummy password `X` follows it and it holds both cases.
    validate: (v, ctx) =>
      /curl/i.test(ctx.text.slice(0, ctx.start)) &&
      generated(v) &&
      (/\d/.test(v) || (v.length >= 20 && /[a-z]/.test(v) && /[A-Z]/.test(v) && /^:[Xx]/.test(ctx.text.slice(ctx.end, ctx.end + 2)))),
    remediation: 'Rotate this API key and pass curl credentials with --netrc-file or a config file, not the command line',
  }),
  defineDetector({
    id: 'twilio-token-positional',
    name: 'Twilio auth token (positional argument after the SID)',
    category: 'credential',
    severity: 'critical',
    priority: 80,
    keywords: ['sid'],
    // `twilio(process.env.TWILIO_ACCOUNT_SID, "<32 hex>")`, `Client(os.environ["TWILIO_SID"], '<32 hex>')`, `new Twilio(accountSid, "…")`.
    pattern: /\(\s{0,3}[^,()\n]{0,80}?sid["'\]]{0,3}\s{0,3},\s{0,3}["'](?<v>[0-9a-f]{32})["']\s{0,3}[,)]/i,
    // `session(sid, "<hex>")` is no Twilio call: the line names Twilio or an account SID.
    validate: (v, ctx) => !isLowEntropy(v) && /twilio|account[_ -]?sid/i.test(ctx.text),
    remediation: 'Rotate this Twilio auth token in the Twilio console',
  }),
];
