import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { keyedSecretValue } from '../secret-value';
import { isLowEntropy } from '../validators';

/**
 * Round r41 (blind set 41: integration platforms and workplace SaaS glue): the webhook URLs of
 * iPaaS and automation tools in their published shapes (Jira/Confluence Automation incoming
 * webhooks, Tines webhook actions, Workato webhook triggers), an Azure API Management
 * subscription key set as a named header's value (Power Platform custom connector policies),
 * secrets in the rows of box-drawn CLI tables (`zapier env:get`, `cli-table` output), and
 * passwords in Java `.properties` values whose `=` is escaped (`password\=…` inside a JDBC URL).
 */

/** One whole-URL webhook of a provider: the URL itself is the credential (whoever has it can trigger the flow). */
function hookUrl(id: string, name: string, keywords: string[], url: string, secretPart: RegExp, remediation: string): Detector {
  return defineDetector({
    id,
    name,
    category: 'credential',
    severity: 'high',
    priority: 80,
    keywords,
    pattern: new RegExp(String.raw`(?<![\w.-])(?<v>(?:https?://)?${url})`, 'i'),
    mask: 'full',
    validate: (v) => {
      const part = secretPart.exec(v)?.[1] ?? '';
      return part.length > 0 && !isLowEntropy(part) && /\d/.test(part) && /[a-f]/i.test(part);
    },
    remediation,
  });
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Box-drawing column rules of CLI tables (`│`, heavy `┃`, double `║`). */
const BAR = '[│┃║]';

export const GLUE_R41_DETECTORS: readonly Detector[] = [
  hookUrl(
    'atlassian-automation-webhook-url',
    'Jira / Confluence Automation incoming webhook URL',
    ['automation/webhooks/', 'automation.atlassian.com/pro/hooks/'],
    // Current: `api-private.atlassian.com/automation/webhooks/jira/a/<cloud id>/<webhook id>`; legacy: `automation.atlassian.com/pro/hooks/<40 hex>`.
    String.raw`(?:api-private\.atlassian\.com/automation/webhooks/(?:jira|confluence)/a/${UUID}/${UUID}|automation\.atlassian\.com/pro/hooks/[0-9a-f]{32,64})(?![\w-])`,
    new RegExp(String.raw`/(${UUID}|[0-9a-f]{32,64})$`, 'i'),
    'Regenerate the incoming webhook of this Automation rule (its URL is the credential) and stop logging it',
  ),
  hookUrl(
    'tines-webhook-url',
    'Tines webhook action URL (path and secret)',
    ['tines.com/webhook/', 'tines.io/webhook/'],
    // `https://<tenant>.tines.com/webhook/<path>/<secret>`: the secret is 32 hex.
    String.raw`[a-z0-9][a-z0-9-]{0,62}\.tines\.(?:com|io)/webhook/[\w-]{6,64}/[0-9a-f]{32}(?![\w-])`,
    /\/([0-9a-f]{32})$/i,
    'Change the secret of this Tines webhook action and stop logging its URL',
  ),
  hookUrl(
    'workato-webhook-url',
    'Workato webhook trigger URL',
    ['workato.com/webhooks/'],
    // `https://webhooks.workato.com/webhooks/rest/<32 hex>/<event name>` (regional hosts `webhooks.eu.workato.com`).
    String.raw`webhooks\.(?:[a-z]{2}\.)?workato\.com/webhooks/rest/[0-9a-f]{32}(?:/[\w.-]{1,80})?(?![\w/-])`,
    /\/rest\/([0-9a-f]{32})/i,
    'Rotate this Workato webhook (re-create the trigger) and stop logging its URL',
  ),
  defineDetector({
    id: 'apim-subscription-key-named-value',
    name: 'Azure API Management subscription key set as the value of a named `Ocp-Apim-Subscription-Key` header',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['ocp-apim-subscription-key'],
    // Power Platform connector policies (`"…name":"Ocp-Apim-Subscription-Key","…value":"<32 hex>"`), Postman and
    // header lists (`{"key":"Ocp-Apim-Subscription-Key","value":"…"}`): the header's name and its value are two fields.
    pattern: /ocp-apim-subscription-key\\?["']?[^\n]{0,120}?value\\?["']?\s{0,3}[:=]\s{0,3}\\?["']?(?<v>[0-9a-f]{32})(?![0-9a-z])/i,
    mask: 'full',
    validate: (v) => !isLowEntropy(v),
    remediation: 'Regenerate this API Management subscription key (primary or secondary) in the Azure portal',
  }),
  defineDetector({
    id: 'boxed-table-secret',
    name: 'Secret in a box-drawn CLI table row (`│ CLIENT_SECRET │ … │`)',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.7,
    // `zapier env:get`, `cli-table`/`tabulate` `fancy_grid` output. The prefilter's keywords are ASCII: the key name's
    // last word before its padding wakes the detector, and only a line with a box rule is searched.
    keywords: ['secret ', 'key ', 'token ', 'password ', 'passwd ', 'pwd ', 'pass ', 'credential ', 'secret\t', 'key\t', 'token\t', 'password\t'],
    precheck: { re: /[A-Za-z_][\w.-]{1,63}[ \t]{0,80}[│┃║]/, reach: 0 },
    pattern: new RegExp(String.raw`(?<=${BAR}[ \t]{0,8})(?<k>[A-Za-z_][\w.-]{1,63})[ \t]{0,80}${BAR}[ \t]{0,8}(?<v>[^\s│┃║]{8,512})[ \t]{0,200}(?=${BAR})`),
    mask: 'full',
    validate: (v, ctx) => !/^[A-Za-z_.-]+$/.test(v) && keyedSecretValue(ctx.key ?? '', v),
    remediation: 'Rotate this secret and keep CLI output that lists environment values out of logs and tickets',
  }),
  defineDetector({
    id: 'properties-escaped-password',
    name: "Password after an escaped equals sign in a Java .properties value (a JDBC URL's `password` parameter)",
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.75,
    // java.util.Properties#store escapes `=` and `:` inside values: a JDBC URL's query reads `password\=…`.
    keywords: ['password\\=', 'passwd\\=', 'pwd\\=', 'password\\:', 'secret\\='],
    pattern: /(?<![A-Za-z0-9])(?<k>[A-Za-z][\w.-]{0,40}?(?:password|passwd|pwd|secret)|password|passwd|pwd|secret)\\[=:](?<v>[^\s&;"'\\]{6,128})/i,
    mask: 'full',
    validate: (v, ctx) => keyedSecretValue(ctx.key ?? '', v),
    remediation: 'Change this password and reference it from the container secret store instead of the properties file',
  }),
];
