import { SEP, defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { secretKeyKind } from '../key-names';
import { isPlaceholder } from '../placeholders';
import { isLowEntropy, shannonEntropy } from '../validators';
import { literalSecret } from './call-secrets';

/**
 * Round np (Nosey Parker's public rule examples): provider formats Herald lacked — Dependency-Track `odt_` keys,
 * TrueNAS API keys in JSON-RPC `params`, ThingsBoard device tokens in URL paths, New Relic admin keys and
 * region-prefixed license keys, legacy Grafana `eyJrIjoi…` keys anywhere — and provider secrets in shapes the
 * assignment rules do not read: CodeClimate reporter ids, Jenkins crumb headers, `sonar.login` passed as call
 * arguments, `facebook.key`, Postmark server tokens under a bare `postmark` key, Android `buildConfigField`.
 */

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** A generated token: letters and digits, no long run of one character, at least `bits` of entropy. */
const generated = (v: string, bits = 3.3): boolean => /\d/.test(v) && /[A-Za-z]/.test(v) && !isLowEntropy(v) && shannonEntropy(v) >= bits && !isPlaceholder(v);

/** True when a base64 text decodes to a Grafana API key's JSON (`{"k":"…","n":"…","id":1}`). */
function grafanaKeyJson(v: string): boolean {
  const t = Buffer.from(v, 'base64').toString('utf8');
  return /^\{"k":"[A-Za-z0-9]{16,64}","n":"[^"]{1,200}","id":\d{1,10}\}$/.test(t);
}

export const PROVIDER_NP_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'dependency-track-api-key',
    name: 'Dependency-Track API key (`odt_…`)',
    category: 'credential',
    severity: 'high',
    priority: 74,
    keywords: ['odt_'],
    // `odt_` and 32+ random characters (4.x keys); 4.13 puts an 8-character public id and `_` before the secret.
    pattern: /(?<![\w-])odt_(?:[A-Za-z0-9]{8}_)?[A-Za-z0-9]{32,64}(?![\w-])/,
    kind: /^odt_/,
    mask: 'prefix',
    validate: (v) => generated(v.slice(4).replace('_', '')),
    remediation: 'Regenerate this Dependency-Track API key (Administration > Access Management > Teams) and update its users',
  }),
  defineDetector({
    id: 'truenas-api-key-jsonrpc',
    name: 'TrueNAS API key in a JSON-RPC login call',
    category: 'credential',
    severity: 'critical',
    priority: 72,
    keywords: ['login_with_api_key'],
    span: 600,
    // `{"method":"auth.login_with_api_key","params":["3-<64 characters>"]}`: the key's numeric id, `-`, its secret.
    pattern: /"params"\s{0,8}:\s{0,8}\[\s{0,12}"(?<v>\d{1,6}-[A-Za-z0-9]{64})"/,
    mask: 'prefix',
    validate: (v, ctx) => generated(v.slice(v.indexOf('-') + 1), 4) && /login_with_api_key/.test(ctx.text.slice(Math.max(0, ctx.start - 600), ctx.start + 600)),
    remediation: 'Revoke this TrueNAS API key (Credentials > API Keys) and create a new one',
  }),
  defineDetector({
    id: 'thingsboard-device-token-url',
    name: 'ThingsBoard device access token in a device API URL',
    category: 'credential',
    severity: 'high',
    priority: 66,
    keywords: ['/telemetry', '/attributes', 'thingsboard'],
    // `https://tb.example.com/api/v1/<token>/telemetry`, `coap://…/api/v1/<token>/attributes`: the path segment is the device's credential.
    pattern: /\/api\/v1\/(?<v>[A-Za-z0-9]{16,32})\/(?:telemetry|attributes|rpc|claim|firmware|software)(?![\w-])/,
    mask: 'prefix',
    validate: (v) => generated(v, 3.2),
    remediation: 'Regenerate this device\'s access token in ThingsBoard (Device > Manage credentials) and reflash the device',
  }),
  defineDetector({
    id: 'newrelic-admin-key',
    name: 'New Relic admin API key (`NRAA-…`)',
    category: 'credential',
    severity: 'critical',
    priority: 74,
    keywords: ['nraa-'],
    pattern: /(?<![\w-])NRAA-[a-f0-9]{27}(?![\w-])/i,
    kind: /^NRAA-/i,
    mask: 'prefix',
    validate: (v) => generated(v.slice(5), 3),
    remediation: 'Delete this New Relic admin API key (API keys) and create a new one',
  }),
  defineDetector({
    id: 'newrelic-region-license-key',
    name: 'New Relic license key with a region prefix (`eu01xx…NRAL`)',
    category: 'credential',
    severity: 'high',
    priority: 74,
    keywords: ['nral'],
    needs: ['NRAL'],
    // EU and other non-US accounts: a 6-character region prefix (`eu01xx`), 30 hex characters, `NRAL` (40 in all).
    pattern: /(?<![\w-])[a-z]{2,3}\d{2}x{1,2}(?<=[\w]{6})[a-f0-9]{30}NRAL(?![\w-])/,
    mask: 'prefix',
    validate: (v) => /^[a-z0-9]{6}[a-f0-9]{30}NRAL$/.test(v) && generated(v.slice(6, 36), 3),
    remediation: 'Rotate this New Relic license key (API keys > Ingest - License) and update the agents that use it',
  }),
  defineDetector({
    id: 'grafana-legacy-api-key',
    name: 'Grafana API key (legacy base64 `eyJrIjoi…`)',
    category: 'credential',
    severity: 'high',
    priority: 72,
    keywords: ['eyjrijoi'],
    // base64 of `{"k":"<key>","n":"<name>","id":<org>}`, wherever it is passed (`GrafanaClient("eyJrIjoi…")`).
    pattern: /(?<![\w+/])eyJrIjoi[A-Za-z0-9+/]{40,400}={0,2}(?![\w+/=])/,
    mask: 'prefix',
    validate: (v) => grafanaKeyJson(v),
    remediation: 'Delete this Grafana API key (Configuration > API keys) and use a service account token',
  }),
  defineDetector({
    id: 'codeclimate-reporter-id',
    name: 'CodeClimate test reporter id / repo token',
    category: 'credential',
    severity: 'medium',
    priority: 66,
    keywords: ['cc_test_reporter_id', 'codeclimate_repo_token'],
    // `CC_TEST_REPORTER_ID: <64 hex>` in a workflow's env, `CODECLIMATE_REPO_TOKEN=<64 hex>`: it uploads coverage as the repo.
    pattern: new RegExp(String.raw`(?:CC_TEST_REPORTER_ID|CODECLIMATE_REPO_TOKEN)${SEP}(?<v>[a-f0-9]{64})(?![\w])`, 'i'),
    mask: 'prefix',
    validate: (v) => generated(v, 3),
    remediation: 'Regenerate the test reporter id in the repository\'s CodeClimate settings and keep it in CI secrets',
  }),
  defineDetector({
    id: 'jenkins-crumb-header',
    name: 'Jenkins crumb (CSRF token) in a request header',
    category: 'credential',
    severity: 'medium',
    priority: 60,
    keywords: ['jenkins-crumb'],
    // `-H 'Jenkins-Crumb:<32 hex>'`, `Jenkins-Crumb: <64 hex>`: valid with the session it was issued to.
    pattern: /Jenkins-Crumb["']?\s{0,2}[:=]\s{0,2}["']?(?<v>[0-9a-f]{32,64})(?![\w])/i,
    mask: 'prefix',
    validate: (v) => generated(v, 3),
    remediation: 'End the Jenkins session or API token the crumb was issued with, and stop logging request headers',
  }),
  defineDetector({
    id: 'sonar-token-argument',
    name: 'SonarQube token or password passed as a property argument',
    category: 'credential',
    severity: 'high',
    priority: 62,
    keywords: ['sonar.login', 'sonar.token', 'sonar.password'],
    // Gradle `property('sonar.login', '<token>')`, `systemProp("sonar.token", "…")`, Groovy maps `'sonar.login': '…'`.
    pattern: /sonar\.(?:login|token|password)["']\s{0,3}[,:]\s{0,3}["'](?<v>[^"'\s\\]{8,128})(?=["']|\s|$)/,
    mask: 'prefix',
    validate: (v) => /^sq[apu]_[0-9a-f]{40}$|^[0-9a-f]{40}$/.test(v) || literalSecret(v),
    remediation: 'Revoke this SonarQube token (My Account > Security) and pass a new one from CI secrets',
  }),
  defineDetector({
    id: 'facebook-key-setting',
    name: 'Facebook app secret under a `facebook…key` setting',
    category: 'credential',
    severity: 'high',
    priority: 62,
    keywords: ['facebook'],
    // `config.facebook.key = "<32 hex>"`, `facebook_app_key: <32 hex>`: an app id is digits, the 32 hex characters are the secret.
    pattern: new RegExp(String.raw`facebook[\w.-]{0,20}?[._-](?:app[._-]?)?(?:key|secret)${SEP}(?<v>[a-f0-9]{32})(?![\w])`, 'i'),
    mask: 'prefix',
    validate: (v) => generated(v, 3),
    remediation: 'Reset this Facebook app secret (App Dashboard > Settings > Basic) and load it from a secret store',
  }),
  defineDetector({
    id: 'postmark-server-token',
    name: 'Postmark server token under a `postmark` key',
    category: 'credential',
    severity: 'high',
    priority: 62,
    keywords: ['postmark'],
    // `postmark: "<uuid>"` (Rails credentials), `POSTMARK_API_TOKEN=<uuid>`, `postmark_server_key: …`; not message, stream or template ids.
    pattern: new RegExp(String.raw`(?<![\w.-])(?<k>postmark(?:[_.-]?(?:server|api|account))?(?:[_.-]?(?:token|key|secret))?)${SEP}(?<v>${UUID})(?![\w-])`, 'i'),
    mask: 'prefix',
    validate: (v) => generated(v.replace(/-/g, ''), 3),
    remediation: 'Rotate this Postmark server token (Server > API Tokens) and load it from a secret store',
  }),
  defineDetector({
    id: 'android-buildconfig-secret',
    name: 'Secret in an Android `buildConfigField`',
    category: 'credential',
    severity: 'high',
    priority: 60,
    keywords: ['buildconfigfield'],
    // `buildConfigField "String", "API_KEY", "\"…\""` (Groovy), `buildConfigField("String", "CLIENT_SECRET", "\"…\"")` (Kotlin): compiled into the APK.
    pattern: /buildConfigField[\s(]{1,3}["']String["']\s{0,3},\s{0,3}["'](?<k>[A-Za-z_][\w]{1,60})["']\s{0,3},\s{0,3}["']\\?"(?<v>[^"'\\\s]{8,256})\\?"["']/,
    mask: 'prefix',
    validate: (v: string, ctx: MatchContext) => secretKeyKind(ctx.key ?? '') !== null && (literalSecret(v) || (/^[0-9a-f]{32,}$/i.test(v) && generated(v, 3))),
    remediation: 'Rotate this key and keep it out of the APK (a backend call or the Android keystore)',
  }),
];
