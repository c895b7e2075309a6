import { defineDetector, NAMED_VALUE } from '../define-detector';
import type { Detector, Verdict } from '../detector';
import { secretKeyKind } from '../key-names';
import { isLowEntropy } from '../validators';
import { assignedValueVerdict } from './generic';
import { GATEWAYS_R66_PEOPLE_DETECTORS } from './gateways-r66-people';

/**
 * Round r66 (blind set 66: internal APIs, API gateways and service mesh as their errors reach an alert). The classes
 * (credentials here, people, bank pairs and the two no-secret rules in gateways-r66-people.ts):
 * - a secret header in an inspected map of header arrays (grpc-js `Metadata { internalRepr: Map { 'x-api-key' => [ '…' ] } }`,
 *   Rack/Ruby `"X-Api-Key" => ["…"]`);
 * - an `Authorization` header with a non-Bearer scheme (`Token`, `ApiKey`, `SSWS`, `Key`) written as a name/value pair (Hasura
 *   remote-schema errors, HAR, Postman, Envoy tap `{"key":"authorization","value":"Token …"}`);
 * - a secret in an XML element named by its `name`/`key` attribute (Apigee trace `<Header name="X-Api-Key">…</Header>`,
 *   `<Property name="kvm.adyen.ws_password">…</Property>`, Java properties XML `<entry key="db.password">…</entry>`);
 * - Tyk gateway keys (org id and 32 hex, or Tyk's base64 JSON key) in Tyk's own log lines (`key=… mw=AuthKey org_id=…`);
 * - NGINX Plus key-value store dumps whose keys are API keys (`/api/9/http/keyvals/api_clients` → `{"<key>":"partner"}`);
 * - an Azure APIM subscription key (32 hex) under an `apim_key`/`apimSubscriptionKey` key;
 * - a key after `signing with key=` / `signing secret:` in a request signer's debug lines.
 * Left alone on purpose: public keys and JWKS (`kid`), request signatures and digests, masked keys (`****abcd`).
 */

/** A secret-looking value: letters and a digit, not a low-entropy run or a placeholder word. */
const tokenish = (v: string): boolean => /\d/.test(v) && /[A-Za-z]/.test(v) && !isLowEntropy(v) && !/^(?:x+|\*+|your[\w-]*|redacted|changeme|placeholder)$/i.test(v);

/** What the shared assignment rules say of `value` under `key` (false for a non-secret key or value). */
function keyedValueOk(key: string, value: string, text: string, start: number): boolean | Verdict {
  const kind = secretKeyKind(key);
  if (kind === null) return false;
  const verdict = assignedValueVerdict(kind, key, value, true, text.slice(Math.max(0, start - 400), start));
  return verdict === 'letters' ? true : verdict;
}

export const GATEWAYS_R66_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'secret-header-in-inspected-map-array',
    name: "Secret header in an inspected map of header arrays (grpc-js `'x-api-key' => [ '…' ]`, Ruby `\"X-Api-Key\" => [\"…\"]`)",
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ["=> [ '", "=> ['", '=> [ "', '=> ["'],
    pattern: /(?<q>['"])(?<k>[A-Za-z][\w.-]{0,60})\k<q>[ \t]{0,3}=>[ \t]{0,3}\[[ \t]{0,3}['"](?<v>[^'"\s]{8,512})['"]/,
    mask: 'full',
    validate: (v, ctx) => keyedValueOk(ctx.key ?? '', v, ctx.text, ctx.start),
    remediation: 'Rotate this key and log gRPC metadata and request headers without their credential entries',
  }),
  defineDetector({
    id: 'authorization-scheme-in-name-value-pair',
    name: 'Authorization header with a non-Bearer scheme in a name/value pair (`{"name":"Authorization","value":"Token …"}`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['authorization'],
    precheck: { re: /value\\{0,3}["']\s{0,3}:\s{0,3}\\{0,3}["'](?:Token|ApiKey|Api-Key|Key|SSWS|GenieKey|Splunk)[ =]/i, reach: 60 },
    pattern: new RegExp(
      String.raw`["'](?:proxy-)?authorization${NAMED_VALUE}(?:Token|ApiKey|Api-Key|Key|SSWS|GenieKey|Splunk)[ =](?<v>[A-Za-z0-9._~+/=:-]{16,512})(?=\\{0,3}["'])`,
      'i',
    ),
    mask: 'full',
    validate: (v) => tokenish(v),
    remediation: 'Rotate this token and log outgoing request headers without Authorization',
  }),
  defineDetector({
    id: 'secret-in-xml-named-element',
    name: 'Secret in an XML element named by its attribute (Apigee trace `<Header name="X-Api-Key">…</Header>`, `<Property name="…password">`, `<entry key="…">`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['<header name=', '<property name=', '<parameter name=', '<param name=', '<variable name=', '<entry key=', '<setting name=', '<attribute name='],
    pattern: /<(?<t>[Hh]eader|[Pp]roperty|[Pp]arameter|[Pp]aram|[Vv]ariable|[Ee]ntry|[Ss]etting|[Aa]ttribute) (?:name|key)="(?<k>[^"<>\n]{1,80})"[ \t]{0,3}>(?<v>[^<\s]{6,512})<\/\k<t>>/,
    mask: 'full',
    validate: (v, ctx) => keyedValueOk(ctx.key ?? '', v, ctx.text, ctx.start),
    remediation: 'Rotate this credential and turn off the gateway trace (or mask its headers and key-value-map properties)',
  }),
  defineDetector({
    id: 'tyk-gateway-key',
    name: 'Tyk gateway key (org id and 32 hex, or Tyk base64 JSON key) in a Tyk log line (`key=… mw=AuthKey org_id=…`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['mw=', 'org_id=', 'tyk'],
    precheck: { re: /key(?:_id)?[=:]\s?"?(?:[0-9a-f]{56}|eyJvcmci)/, reach: 12 },
    pattern: /(?<![\w-])(?:key|api_key|auth_key|key_id)[=:]\s?"?(?<v>[0-9a-f]{56}|eyJvcmci[A-Za-z0-9+/]{20,300}={0,2})(?![\w+/=])/,
    mask: 'full',
    validate: (v, ctx) => {
      if (v.startsWith('eyJ')) return true;
      // Tyk writes its own lines with the org and middleware beside the key.
      const line = ctx.text.slice(Math.max(0, ctx.start - 400), ctx.end + 400);
      return /\b(?:mw|org_id|api_id)=|tyk/i.test(line) && !isLowEntropy(v);
    },
    remediation: 'Revoke this Tyk key and turn on key hashing and obfuscation (hash_keys, obfuscate_keys) in the gateway config',
  }),
  defineDetector({
    id: 'nginx-plus-keyval-token-key',
    name: 'API key as the key of an NGINX Plus key-value store dump (`/api/9/http/keyvals/<zone>` → `{"<key>":"partner"}`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.75,
    keywords: ['/keyvals'],
    // The dump is on the line after the request (`curl … /keyvals/<zone>`, then its answer): the pattern looks back for the path.
    span: 1400,
    pattern: /[{,][ \t]{0,3}"(?<v>[A-Za-z0-9_~+/=-]{24,128})"(?<=\/keyvals\/[^\n]{0,300}\n?[^\n]{0,1000})[ \t]{0,3}:[ \t]{0,3}"/,
    mask: 'full',
    validate: (v) => tokenish(v) && (/[a-z]/.test(v) && /[A-Z]/.test(v) ? true : /^[0-9a-f]{32,}$/.test(v)),
    remediation: 'Rotate these API keys and store hashes, not keys, in the key-value zone',
  }),
  defineDetector({
    id: 'azure-apim-key-under-apim-key',
    name: 'Azure API Management subscription key (32 hex) under an `apim_key`/`apimSubscriptionKey` key',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['apim_key', 'apim-key', 'apimkey', 'apim_subscription', 'apim-subscription', 'apimsubscription'],
    pattern: /(?<![A-Za-z0-9])apim[_-]?(?:subscription[_-]?)?key\\{0,3}["']?[ \t]{0,3}(?:[:=]|=>)[ \t]{0,3}\\{0,3}["']?(?<v>[0-9a-f]{32})(?![0-9A-Za-z])/i,
    mask: 'full',
    validate: (v) => !isLowEntropy(v),
    remediation: 'Regenerate this APIM subscription key in the Azure portal and stop logging client settings',
  }),
  defineDetector({
    id: 'signing-key-after-signing-with',
    name: 'Key a request signer logs it signs with (`signing with key=…`, `signing secret: …`)',
    category: 'credential',
    severity: 'critical',
    priority: 45,
    confidence: 0.8,
    keywords: ['signing with key', 'signing with secret', 'sign with key', 'signing key=', 'signing key:', 'signing secret=', 'signing secret:'],
    pattern: /\b(?:[Ss]igning|[Ss]ign) (?:with (?:the )?)?(?:key|secret)[ \t]?[=:][ \t]?["']?(?<v>[A-Za-z0-9+/_=-]{16,256})/,
    mask: 'full',
    validate: (v) => tokenish(v) && (/^[0-9a-f]{32,}$/i.test(v) || /[a-z]/.test(v) && /[A-Z]/.test(v)),
    remediation: 'Rotate this signing key and stop logging the signer configuration',
  }),
  ...GATEWAYS_R66_PEOPLE_DETECTORS,
];
