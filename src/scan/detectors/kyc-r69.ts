import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { cpfValid } from '../id-checksums';
import { isLowEntropy } from '../validators';

/**
 * Round r69 (blind set 69: identity verification (KYC/KYB/AML) and e-signature integrations), credentials and bank
 * values; the personal classes are in kyc-names-r69.ts. The generic classes of the set's misses:
 * - DocuSign access tokens (`eyJ0eXAiOiJNVCIs…`: a JWS whose header is `{"typ":"MT",…}` and whose body is no JSON,
 *   which the JWT rule leaves) wherever they are written (a Postman environment export);
 * - Adobe Acrobat Sign OAuth tokens (`3AAABLblqZh…`, ending in `*`, which the bearer rule cuts off);
 * - a Guzzle `'auth' => array (0 => '<user>', 1 => '<secret>')` option in a PHP `var_export` dump (Laravel logs);
 * - a webhook signing key named in a verification debug line (`hmac(sha256, key=…)`, `secret in use: …`, `hmac key #1 = …`,
 *   `computed with api key …`);
 * - the value inside a pydantic `SecretStr('…')` repr (printed once the field is read out of its wrapper);
 * - Middesk API keys (`mk_live_` + 32 hex) and Persona webhook secrets (`wbhsec_` + UUID) on any line;
 * - a Socure key (a UUID) under a Socure key name (`socureKey`, `SocureApiKey`);
 * - an Open Banking account `Identification` under `SchemeName: SortCodeAccountNumber` (Confirmation of Payee);
 * - a Brazilian account `numero` beside its `agencia` (a `conta` is bank-account-beside-branch's), and a CPF written as a Pix key (`chave=… tipo=CPF`).
 * Negatives the set flagged, now reported as ids (public: redacted, not a leak): Alloy entity, evaluation and application
 * tokens (`P-…`, `L-…`, `JA-…`: object ids in Alloy's API), Jumio `credentials=[<uuid>]` (the credential records of a workflow),
 * per-request HMACs (`X-App-Access-Sig: <hex>`, `signature=<hex>` on a webhook delivery line), and Rails-style
 * `Token token=` headers whose value is a placeholder or cut by a redaction (`api_live.[REDACTED]`, `YOUR_API_TOKEN`).
 * Left alone: a UUID or 64-hex secret with no name of its kind near it (nothing tells it from a request id or a digest).
 */

const UUID = String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;
/** Letters and digits both, and not a run of one character. */
const mixed = (v: string): boolean => /\d/.test(v) && /[A-Za-z]/.test(v) && !isLowEntropy(v);

export const KYC_R69_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'docusign-access-token',
    name: 'DocuSign access token (`eyJ0eXAiOiJNVCIs…`: a JWS of type `MT`)',
    category: 'credential',
    severity: 'critical',
    priority: 60,
    confidence: 0.95,
    keywords: ['eyj0exaioijnvcis'],
    pattern: /(?<![\w-])(?<v>eyJ0eXAiOiJNVCIs[A-Za-z0-9_-]{20,400}\.[A-Za-z0-9_-]{20,3000}\.[A-Za-z0-9_-]{20,1200})(?![\w-])/,
    mask: 'prefix',
    remediation: 'Revoke the DocuSign token (it expires in hours) and stop logging request headers and Postman environments',
  }),
  defineDetector({
    id: 'adobe-sign-access-token',
    name: 'Adobe Acrobat Sign OAuth token (`3AAABLblqZh…`, ending in `*`)',
    category: 'credential',
    severity: 'critical',
    priority: 60,
    confidence: 0.9,
    keywords: ['3aaablblqzh'],
    pattern: /(?<![\w-])(?<v>3AAABLblqZh[A-Za-z][A-Za-z0-9_-]{30,300}\*{0,2})(?![\w-])/,
    mask: 'prefix',
    validate: (v) => mixed(v.slice(12)),
    remediation: 'Revoke the Acrobat Sign token and stop logging request headers',
  }),
  defineDetector({
    id: 'guzzle-auth-array',
    name: "Guzzle `'auth' => array (0 => '<user>', 1 => '<secret>')` option in a PHP var_export dump",
    category: 'credential',
    severity: 'critical',
    priority: 45,
    confidence: 0.85,
    keywords: ["'auth' =>", '"auth" =>'],
    span: 240,
    // The two members as one value: the user is the API token of key/secret pairs (Jumio, Twilio-style), the second the secret.
    pattern: /["']auth["'] =>\s{0,12}(?:array \(|\[)\s{0,16}0 => '(?<v>[^'\n\\]{4,200}',\s{0,16}1 => '[^'\n\\]{4,200})'/,
    mask: 'full',
    validate: (v) => {
      const secret = v.slice(v.lastIndexOf("'") + 1);
      return secret.length >= 8 && !isLowEntropy(secret) && !/^\*+$/.test(secret);
    },
    remediation: 'Rotate the API secret and keep Guzzle client options out of exception context',
  }),
  defineDetector({
    id: 'webhook-key-in-verification-debug',
    name: 'Webhook signing key named in a verification debug line (`hmac(sha256, key=…)`, `secret in use: …`, `hmac key #1 = …`)',
    category: 'credential',
    severity: 'critical',
    priority: 45,
    confidence: 0.85,
    keywords: ['hmac(', 'secret in use', 'hmac key', 'computed with', 'signing key in use'],
    pattern:
      /(?:\bhmac\((?:sha\d{1,3}|md5)?,\s{0,2}key\s{0,2}=\s{0,2}|\b(?:secret|signing key) in use\s{0,2}[:=]\s{0,2}|\bhmac key(?: #\d{1,2})?\s{0,2}[:=]\s{0,2}|\bcomputed with (?:the )?(?:api |secret |signing )?key\s{0,2}[:=]?\s{0,2})["']?(?<v>[A-Za-z0-9+/_-]{16,128}={0,2})(?![\w+/=-])/i,
    mask: 'full',
    validate: (v) => mixed(v),
    remediation: 'Rotate the webhook signing secret and log only whether the signature matched',
  }),
  defineDetector({
    id: 'pydantic-secret-str-value',
    name: "Value inside a pydantic `SecretStr('…')` repr",
    category: 'credential',
    severity: 'critical',
    priority: 45,
    confidence: 0.9,
    keywords: ['secretstr(', 'secretbytes('],
    pattern: /\bSecret(?:Str|Bytes)\(b?(?<q>['"])(?<v>[^'"\s\\]{8,300})\k<q>\)/,
    mask: 'full',
    validate: (v) => !/^\*+$/.test(v) && /[A-Za-z]/.test(v) && /\d/.test(v) && !isLowEntropy(v),
    remediation: 'Rotate the secret; pydantic prints `SecretStr(\'**********\')` unless the value was read out and wrapped again',
  }),
  defineDetector({
    id: 'middesk-api-key',
    name: 'Middesk API key (`mk_live_`/`mk_test_` + 32 hex)',
    category: 'credential',
    severity: 'critical',
    priority: 60,
    confidence: 0.95,
    keywords: ['mk_live_', 'mk_test_', 'mk_sandbox_'],
    pattern: /(?<![\w-])(?<v>mk_(?:live|test|sandbox)_[0-9a-f]{32})(?![\w-])/,
    mask: 'prefix',
    validate: (v) => !isLowEntropy(v.slice(v.lastIndexOf('_') + 1)),
    remediation: 'Rotate the Middesk API key in the dashboard',
  }),
  defineDetector({
    id: 'persona-webhook-secret',
    name: 'Persona webhook secret (`wbhsec_` + UUID)',
    category: 'credential',
    severity: 'critical',
    priority: 60,
    confidence: 0.95,
    keywords: ['wbhsec_'],
    pattern: new RegExp(String.raw`(?<![\w-])(?<v>wbhsec_${UUID})(?![\w-])`, 'i'),
    mask: 'prefix',
    validate: (v) => !isLowEntropy(v.slice(7).replace(/-/g, '')),
    remediation: 'Roll the Persona webhook secret and log only whether the signature matched',
  }),
  defineDetector({
    id: 'socure-key-uuid',
    name: 'Socure API key (a UUID) under a Socure key name (`socureKey`, `SocureApiKey`, `SOCURE_API_KEY`)',
    category: 'credential',
    severity: 'critical',
    priority: 45,
    confidence: 0.85,
    keywords: ['socurekey', 'socureapikey', 'socure_api_key', 'socure_key', 'socure-api-key'],
    pattern: new RegExp(String.raw`socure[_-]?(?:api[_-]?)?key\\{0,3}["']?\s{0,3}[:=,]?\s{0,3}\\{0,3}["']?(?<v>${UUID})(?![\w-])`, 'i'),
    mask: 'full',
    validate: (v) => !isLowEntropy(v.replace(/-/g, '')),
    remediation: 'Rotate the Socure key and keep it out of request logs',
  }),
  defineDetector({
    id: 'open-banking-account-identification',
    name: 'Open Banking account number alone (7–8 digits) as `Identification` under `SchemeName: SortCodeAccountNumber` (Confirmation of Payee)',
    category: 'financial',
    severity: 'high',
    priority: 45,
    confidence: 0.85,
    keywords: ['sortcodeaccountnumber'],
    pattern:
      /SortCodeAccountNumber\\{0,3}["']?\s{0,3},\s{0,3}\\{0,3}["']?Identification\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["']?(?<v>\d{7,8})(?!\d)/,
    mask: 'tail',
    validate: (v) => !/^(\d)\1+$/.test(v.replace(/\D/g, '')),
    remediation: 'Log the payee check by its id and outcome, not the account it checked',
  }),
  defineDetector({
    id: 'br-bank-account-after-agencia',
    name: 'Brazilian account number under `numero` beside its branch (`agencia`: DICT/Pix account objects)',
    category: 'financial',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['agencia', 'agência'],
    pattern:
      /\bag[eê]ncia\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["']?\d{3,5}(?:-\d)?\\{0,3}["']?\s{0,3}[,;&\s]\s{0,3}\\{0,3}["']?(?:n[uú]mero(?:_?[cC]onta)?)\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["']?(?<v>\d{5,13}(?:-[\dxX])?)(?![\d-])/i,
    mask: 'tail',
    validate: (v) => !/^(\d)\1+$/.test(v.replace(/\D/g, '')),
    remediation: 'Log the Pix or transfer by its end-to-end id, not the account',
  }),
  defineDetector({
    id: 'br-cpf-pix-key',
    name: 'CPF written as a Pix key (`chave=… tipo=CPF`, `pix_key: …`)',
    category: 'personal',
    severity: 'high',
    priority: 45,
    confidence: 0.85,
    keywords: ['chave', 'pix_key', 'pixkey', 'pix key', 'chavepix'],
    pattern: /\b(?:chave(?:_?pix|Pix)?|pix_?key|pixKey|pix key)\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["']?(?<v>\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})(?![\d-])/i,
    mask: 'full',
    validate: (v) => cpfValid(v.replace(/\D/g, '')) && !/^(\d)\1+$/.test(v.replace(/\D/g, '')),
    remediation: 'Log the Pix key type and a hash, not the CPF',
  }),
  defineDetector({
    id: 'sumsub-app-token',
    name: 'Sumsub app token (`prd:`/`sbx:` + 24 characters, `.`, 32 characters)',
    category: 'credential',
    severity: 'critical',
    priority: 60,
    confidence: 0.9,
    keywords: ['prd:', 'sbx:'],
    pattern: /(?<![\w:-])(?<v>(?:prd|sbx):[A-Za-z0-9]{24}\.[A-Za-z0-9]{32})(?![\w.-])/,
    mask: 'prefix',
    validate: (v) => mixed(v.slice(4, 28)) && mixed(v.slice(29)),
    remediation: 'Rotate the Sumsub app token and its secret key in the dashboard',
  }),
  defineDetector({
    id: 'uuid-secret-in-kv-table',
    name: 'UUID under a secret-named key in a key/value table (`vault kv get`: `veriff_shared_secret   <uuid>`)',
    category: 'credential',
    severity: 'critical',
    priority: 45,
    confidence: 0.8,
    keywords: ['_secret ', '_api_key ', '_apikey ', '_secret_key ', '_token ', '_password '],
    precheck: { re: /[0-9a-f]{8}-[0-9a-f]{4}-/, reach: 80 },
    pattern: new RegExp(String.raw`(?<![^\n])[ \t]{0,4}[a-z][a-z0-9_]{0,40}(?:_secret|_api_?key|_secret_key|_token|_password)[ \t]{2,40}(?<v>${UUID})[ \t]{0,8}(?![^\r\n])`),
    mask: 'full',
    validate: (v) => !isLowEntropy(v.replace(/-/g, '')),
    remediation: 'Rotate the secret; `vault kv get` prints values: use `-field` into a variable, never into a log',
  }),
  // The set's false alarms: ids and per-request values, reported as public so the secret rules under them stand down.
  defineDetector({
    id: 'alloy-object-token',
    name: 'Alloy object token (`entity_token=P-…`, `evaluation_token=L-…`, `application_token=JA-…`): an id',
    category: 'credential',
    severity: 'low',
    priority: 62,
    confidence: 0.5,
    keywords: ['evaluation_token', 'entity_token', 'application_token', 'journey_token', 'journey_application_token', 'group_token'],
    pattern:
      /\b(?:evaluation|entity|application|journey(?:_application)?|group|document)_token\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["']?(?<v>(?:[LPSBDGE]|J[ABE])-[A-Za-z0-9]{18,26})(?![\w-])/,
    mask: 'full',
    placeholders: false,
    validate: () => ({ ok: true, public: true, severity: 'info' }),
    remediation: 'None: an Alloy object token names an entity or evaluation, it authenticates nothing',
  }),
  defineDetector({
    id: 'jumio-credential-ids',
    name: 'Jumio workflow `credentials=[<uuid>, …]`: the ids of its credential records',
    category: 'credential',
    severity: 'low',
    priority: 62,
    confidence: 0.5,
    keywords: ['credentials=[', 'credentials: ['],
    pattern: new RegExp(String.raw`\bcredentials(?:=|: )\[(?<v>${UUID}(?:,\s{0,2}${UUID}){0,5})\]`),
    mask: 'full',
    placeholders: false,
    validate: (_v, ctx) => (/\bworkflow\b|jumio|\baccount=/i.test(ctx.text) ? { ok: true, public: true, severity: 'info' } : false),
    remediation: 'None: these are record ids',
  }),
  defineDetector({
    id: 'request-signature-digest',
    name: 'Per-request HMAC (`X-App-Access-Sig: <hex>`, `signature=<hex>` on a webhook delivery line): no secret',
    category: 'credential',
    severity: 'low',
    priority: 62,
    confidence: 0.5,
    keywords: ['-sig:', '-sig":', 'webhook delivery'],
    pattern: /(?:\bX(?:-[A-Za-z0-9]{1,20}){1,4}-Sig\\{0,3}["']?\s{0,3}:|\bwebhook delivery\b[^\n]{0,160}?\bsignature=)\s{0,3}\\{0,3}["']?(?<v>[0-9a-f]{40,128})(?![\w-])/i,
    mask: 'full',
    placeholders: false,
    validate: () => ({ ok: true, public: true, severity: 'info' }),
    remediation: 'None: an HMAC of one request; the signing key is the secret',
  }),
  defineDetector({
    id: 'token-auth-placeholder',
    name: 'Rails-style `Token token=` header whose value is a placeholder or cut by a redaction marker',
    category: 'credential',
    severity: 'low',
    priority: 62,
    confidence: 0.5,
    keywords: ['token token='],
    pattern: /\bToken token=(?<v>[A-Za-z0-9_.-]{0,40}(?:\[[A-Za-z_ ]{3,20}\]|<[A-Za-z_ ]{3,20}>|\{\{[\w.-]{1,40}\}\}|\*{3,40})|[A-Z][A-Z0-9_]{3,40}(?![\w.-]))/,
    mask: 'full',
    placeholders: false,
    // A redaction marker or template slot after the kept prefix (`api_live.[REDACTED]`), or an upper-case name (`YOUR_API_TOKEN`).
    validate: (v) => (/[\]>}*]$/.test(v) || /^(?:YOUR|MY|THE|ONFIDO|API)_[A-Z0-9_]{2,40}$|^[A-Z]+_TOKEN$/.test(v) ? { ok: true, public: true, severity: 'info' } : false),
    remediation: 'None: a placeholder or a redacted value',
  }),
];
