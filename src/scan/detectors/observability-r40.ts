import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { csvColumnAt } from '../column-names';
import { secretKeyKind } from '../key-names';
import { secretValueOk } from '../secret-value';
import { isLowEntropy } from '../validators';
import { pwShape } from './hosting-r38';

/**
 * Round r40 (blind set 40: observability, logging pipelines and on-call tooling): credentials
 * as collectors, agents and on-call tools write them — Fluent Bit and Fluentd directives
 * (`HTTP_Passwd  <pw>`, `hec_token <uuid>`: key, spaces, value), Elasticsearch's service and
 * enrollment tokens and `elasticsearch-reset-password` output, Splunk On-Call REST endpoint keys,
 * Honeycomb SDK and CLI write keys, Airbrake project keys, a Datadog key nested under `api:`,
 * vendor keys in CSV columns and chat prose, and passwords that browser tests type into a password field.
 */

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** Fluent Bit / Fluentd / syslog-ng-style directives that hold a secret (space-separated `Key   Value`). */
const DIRECTIVES = ['http_passwd', 'http_password', 'aws_secret_access_key', 'hec_token', 'splunk_token', 'shared_key', 'license_key', 'logdna_api_key', 'passwd', 'password', 'api_key', 'apikey'];
const DIRECTIVE_KEYWORDS = DIRECTIVES.flatMap((k) => [`${k} `, `${k}\t`]);

/** On-call and telemetry vendors whose keys ops teams keep in tables and mention in chat. */
const VENDOR = String.raw`(?:pagerduty|pd|opsgenie|victorops|splunk_?on_?call|splunk_?hec|hec|datadog|dd|honeycomb|sentry|newrelic|new_relic|bugsnag|rollbar|airbrake|logzio|loggly|sumologic)`;
/** A CSV column named for a vendor's key (`old_pagerduty_key`, `new_opsgenie_key`, `datadog_api_key`). */
const VENDOR_COLUMN = new RegExp(String.raw`^(?:[a-z]{1,12}_)?${VENDOR}_(?:api_|integration_|routing_|service_|ingest_|license_)?(?:key|token)$`, 'i');
const VENDOR_COLUMN_KEYWORDS = ['pagerduty_key', 'pd_key', 'opsgenie_key', 'victorops_key', 'hec_token', 'datadog_key', 'datadog_api_key', 'dd_api_key', 'honeycomb_key', 'pagerduty_integration_key', 'pagerduty_routing_key', 'opsgenie_api_key', 'pagerduty_api_key', 'newrelic_license_key', 'sentry_token', 'rollbar_token', 'bugsnag_key', 'airbrake_key', 'logzio_token'];

/** A random key: hex or base62 of 20+, a UUID, not one character repeated. */
const randomKey = (v: string): boolean => v.length >= 20 && /\d/.test(v) && /[A-Za-z]/.test(v) && !isLowEntropy(v.replace(/-/g, ''));

function underVendorColumn(v: string, ctx: MatchContext): boolean {
  // The prefilter reads a cell only within the span (4000) after a header keyword; the header search reaches further
  // (HEADER_REACH). Ask for such a keyword up to the end of the cell's line and no more than the span before the cell's end,
  // so that a scan of the whole text finds what the windows find (r63: a far header named a quoted `jwt.sign` secret's cell).
  const from = Math.max(0, ctx.end - 4000);
  const eol = ctx.text.indexOf('\n', ctx.end);
  const near = ctx.text.slice(from, eol < 0 ? ctx.text.length : eol).toLowerCase();
  if (!VENDOR_COLUMN_KEYWORDS.some((k) => near.includes(k))) return false;
  const column = csvColumnAt(ctx.text, ctx.start, ctx.end);
  return column !== null && VENDOR_COLUMN.test(column.trim().replace(/^"|"$/g, '')) && randomKey(v);
}

/** Base64 of a JSON object with the fields `fields` (an Elasticsearch enrollment token: `ver`, `adr`, `fgr`, `key`). */
function base64JsonWith(v: string, fields: readonly string[]): boolean {
  try {
    const o = JSON.parse(Buffer.from(v, 'base64').toString('utf8')) as Record<string, unknown>;
    return fields.every((f) => typeof o[f] !== 'undefined');
  } catch {
    return false;
  }
}

export const OBSERVABILITY_R40_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'log-shipper-directive-secret',
    name: 'Secret in a Fluent Bit or Fluentd directive (`HTTP_Passwd  <pw>`, `aws_secret_access_key <key>`, `hec_token <uuid>`)',
    category: 'credential',
    severity: 'high',
    priority: 41, // over password-assignment (40) on the same value
    confidence: 0.8,
    keywords: DIRECTIVE_KEYWORDS,
    // The whole line is the directive: indentation, the key, spaces or tabs, one value, the line end.
    pattern: new RegExp(String.raw`(?<=^|\n)[ \t]{0,12}(?<k>${DIRECTIVES.join('|')})[ \t]{1,24}(?<v>[^\s"'#][^\s"']{5,255})[ \t]*(?=\r?\n|$)`, 'i'),
    mask: 'full',
    validate: (v, ctx) => {
      const kind = secretKeyKind(ctx.key ?? '') ?? 'password';
      return secretValueOk(kind, v) && (kind !== 'password' || pwShape(v) || randomKey(v));
    },
    remediation: "Rotate the credential and load it from the shipper's environment (`${HTTP_PASSWD}`) or a secrets file",
  }),
  defineDetector({
    id: 'elasticsearch-service-token',
    name: 'Elasticsearch service account token (`AAEAAWVsYXN0aWMv…`)',
    category: 'credential',
    severity: 'high',
    priority: 72,
    keywords: ['aaeaawvsyxn0awmv'],
    keywordBoundary: 'word',
    // Base64 of `\0\1\0\1elastic/<service>/<name>:<secret>`.
    pattern: /(?<![\w+/])AAEAAWVsYXN0aWMv[A-Za-z0-9+/_-]{20,200}={0,2}(?![\w+/=])/,
    validate: (v) => {
      const text = Buffer.from(v, 'base64').toString('latin1');
      return text.startsWith(String.fromCharCode(0, 1, 0, 1)) && /^elastic\/[\w-]+\/[\w.-]+:\S{8,}$/.test(text.slice(4));
    },
    remediation: 'Delete this service token (`elasticsearch-service-tokens delete` or the security API) and create a new one',
  }),
  defineDetector({
    id: 'elasticsearch-enrollment-token',
    name: 'Elasticsearch enrollment token (base64 JSON with `ver`, `adr`, `fgr`, `key`)',
    category: 'credential',
    severity: 'high',
    priority: 72,
    keywords: ['eyj2zxiioii'],
    keywordBoundary: 'word',
    pattern: /(?<![\w+/])eyJ2ZXIiOiI[A-Za-z0-9+/]{60,1200}={0,2}(?![\w+/=])/,
    validate: (v) => base64JsonWith(v, ['ver', 'adr', 'key']),
    remediation: 'Enrollment tokens live 30 minutes; invalidate its API key and create a new token when it leaked within that time',
  }),
  defineDetector({
    id: 'elasticsearch-reset-password-output',
    name: 'Password printed by `elasticsearch-reset-password` (`New value: …`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.9,
    keywords: ['successfully reset'],
    span: 300,
    pattern: /user successfully reset\.[ \t]*\r?\n(?:[^\n]{0,120}\n){0,2}?[ \t]*New value: (?<v>\S{8,128})/,
    mask: 'full',
    validate: (v) => !isLowEntropy(v),
    remediation: 'Reset the password again without logging the output (`-i` to type it, or pipe it to a secrets store)',
  }),
  defineDetector({
    id: 'victorops-rest-endpoint-key',
    name: 'Splunk On-Call (VictorOps) REST endpoint key in its alert URL',
    category: 'credential',
    severity: 'high',
    priority: 70,
    keywords: ['victorops.com/integrations/'],
    pattern: new RegExp(String.raw`victorops\.com/integrations/[\w-]{1,40}/\d{8}/alert/(?<v>${UUID})(?![\w-])`, 'i'),
    mask: 'full',
    remediation: 'Rotate the REST endpoint key in Splunk On-Call (Integrations, REST Generic) and update the notifiers',
  }),
  defineDetector({
    id: 'honeycomb-sdk-write-key',
    name: 'Honeycomb write key in a Beeline/libhoney `writeKey` or a honeymarker/honeyvent `-k` flag',
    category: 'credential',
    severity: 'high',
    priority: 68,
    keywords: ['writekey', 'honeymarker', 'honeyvent', 'honeytail'],
    pattern: /(?:\bwrite_?key["']?\s{0,2}[:=]\s{0,2}(?:[\w.]{1,60}\s{0,2}(?:\|\||\?\?|or)\s{0,2})?["'](?<v>[a-f0-9]{32}|[A-Za-z0-9]{22})["']|\bhoney(?:marker|vent|tail)\b[^\n]{0,80}?(?:\s-k|--writekey)[ =](?<w>[a-f0-9]{32}|[A-Za-z0-9]{22}))(?![\w-])/i,
    mask: 'full',
    validate: (v, ctx) => randomKey(v) && (!/write_?key/i.test(ctx.text.slice(Math.max(0, ctx.start - 90), ctx.start)) || /honeycomb|beeline|libhoney/i.test(ctx.text)),
    remediation: 'Delete this Honeycomb key in Environment Settings, API Keys, and load the new one from the environment',
  }),
  defineDetector({
    id: 'airbrake-project-key',
    name: 'Airbrake project key (32 hex under `project_key`/`projectKey`)',
    category: 'credential',
    severity: 'high',
    priority: 66,
    keywords: ['project_key', 'projectkey', 'project-key'],
    pattern: /\bproject[_-]?key["']?\s{0,2}(?:=>|[:=])\s{0,2}["']?(?<v>[a-f0-9]{32})(?![\w-])/i,
    mask: 'full',
    validate: (v) => randomKey(v),
    remediation: 'Regenerate the Airbrake project key (Project settings) and load it from the environment',
  }),
  defineDetector({
    id: 'yaml-nested-api-key',
    name: 'API key under a YAML `api:` block (`api:` / `key: <32 hex>`, the Datadog exporter and agent form)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    keywords: ['api:'],
    span: 400,
    // `api:` ending its line, searched first: a logger named `auth_api:` on every line of a service's log costs one
    // search. The reach covers any indentation before it.
    precheck: { re: /api:[ \t]*\r?\n/, reach: 4096 },
    pattern: /(?<=^|\n)(?<i>[ \t]*)api:[ \t]*\r?\n(?:\k<i>[ \t]+[\w-]+:[^\n]*\n){0,4}?\k<i>[ \t]+(?:api_?)?key:[ \t]*["']?(?<v>[a-f0-9]{32}|[A-Za-z0-9]{40})["']?[ \t]*(?=\r?\n|$)/,
    mask: 'full',
    validate: (v) => randomKey(v),
    remediation: 'Rotate the API key and load it from the environment (`${env:DD_API_KEY}`) instead of the config file',
  }),
  defineDetector({
    id: 'vendor-key-csv-column',
    name: 'On-call or telemetry vendor key in a table column named for it (`old_pagerduty_key`, `new_opsgenie_key`)',
    category: 'credential',
    severity: 'high',
    priority: 43,
    confidence: 0.8,
    keywords: VENDOR_COLUMN_KEYWORDS,
    span: 4000,
    pattern: /(?<=(?:^|[\n,;\t|])[ \t]{0,3})(?:"(?<w>[^"\r\n]{20,128})"|(?<v>[^\s,;\t|"]{20,128}))(?=[ \t]{0,3}(?:[,;\t|\r\n]|$))/,
    mask: 'full',
    validate: underVendorColumn,
    remediation: 'Rotate the keys in this table and keep integration keys in the secrets store, not in migration sheets',
  }),
  defineDetector({
    id: 'vendor-key-in-prose',
    name: 'On-call or log vendor key named in a chat or note (`the opsgenie key … is <uuid>`, `HEC token … (<uuid>)`)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.75,
    keywords: ['opsgenie key', 'opsgenie api key', 'hec token', 'victorops key', 'pagerduty key', 'integration key', 'routing key'],
    pattern: new RegExp(
      String.raw`\b(?:opsgenie(?: api)?|hec|victorops|pagerduty|integration|routing) (?:key|token)\b[^\n"]{0,50}?(?:\bis:?|:|=|\()\s{0,2}(?<v>${UUID}|[a-f0-9]{32})(?![\w-])`,
      'i',
    ),
    mask: 'full',
    validate: (v) => !isLowEntropy(v.replace(/-/g, '')),
    remediation: 'Rotate the key and share integration keys through the secrets store, not chat or wiki pages',
  }),
  defineDetector({
    id: 'api-client-secret-note',
    name: 'API client secret noted beside its client name (`api client: ci@acme secret <uuid>`, the AppDynamics API client form)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.75,
    keywords: ['api client', 'api-client', 'api_client'],
    pattern: new RegExp(String.raw`\bapi[ _-]client\b[:=]?\s{1,3}[\w.-]{1,64}(?:@[\w.-]{1,64})?[,;]?\s{1,3}(?:client[ _-])?secret[:=]?\s{1,3}(?<v>${UUID}|[A-Za-z0-9_-]{24,64})(?![\w-])`, 'i'),
    mask: 'full',
    validate: (v) => randomKey(v),
    remediation: 'Rotate the API client secret (AppDynamics: Administration, API Clients) and keep it in the secrets store',
  }),
  defineDetector({
    id: 'browser-test-password-fill',
    name: 'Password a browser test types into a password field (Playwright `fill`, Puppeteer `type`, Cypress `.type`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['.fill(', '.type('],
    pattern:
      /(?:\.(?:fill|type)\(\s{0,2}(?<q>['"`])(?:(?!\k<q>)[^\n]){0,60}?pass(?:word|wd|phrase)?(?:(?!\k<q>)[^\n]){0,30}\k<q>\s{0,2},\s{0,2}|get\(\s{0,2}(?<p>['"`])(?:(?!\k<p>)[^\n]){0,60}?pass(?:word|wd)?(?:(?!\k<p>)[^\n]){0,30}\k<p>\s{0,2}\)\.type\(\s{0,2})(?<r>['"`])(?<v>[^'"`\n]{4,128})\k<r>/i,
    mask: 'full',
    validate: (v) => secretValueOk('password', v) && !/^(?:process\.env|Cypress\.env|\$\{)/.test(v),
    remediation: 'Change the test account password and read it from the CI secrets (`process.env.TEST_PASSWORD`)',
  }),
];
