import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';
import { isLowEntropy } from '../validators';

/** Header names that carry a credential (`dhl-api-key`, `X-Auth-Token`, `Ocp-Apim-Subscription-Key`, `apikey`). */
const KEY_HEADER = String.raw`[A-Za-z0-9_-]{0,40}(?:api[_-]?key|apikey|[_-]key|token|secret|auth|signature|session|password|passwd|credential|access[_-]?key|subscription[_-]key)[A-Za-z0-9_-]{0,20}`;

/** Names that say key but hold none: cache, idempotency, partition and routing keys, token types. */
const NOT_SECRET_HEADER = /(?:cache|idempotency|partition|sort|primary|foreign|routing|object|bucket|dedupe?|row|trace|correlation|request|message|event|public)[_-]?key|token[_-]?type|signature[_-]?(?:method|version|algorithm)|auth[_-]?(?:type|scheme|method)|(?:next|page|continuation|csrf|xsrf)[_-]?token/i;

/** A header value that reads as generated: letters and digits mixed (or both cases), not an identifier, run or placeholder. */
function keyValue(v: string, key: string): boolean {
  if (NOT_SECRET_HEADER.test(key)) return false;
  const body = v.replace(/^(?:Bearer|Token|Basic|Key|App|ApiKey)\s+/i, '');
  if (body.length < 12 || isPlaceholder(body) || isLowEntropy(body) || /^[a-z]+(?:[_.-][a-z0-9]+)+$/.test(body)) return false;
  return /[A-Za-z]/.test(body) && (/\d/.test(body) || (/[a-z]/.test(body) && /[A-Z]/.test(body)));
}

/**
 * Credentials in header dumps of HTTP clients: Java/Kotlin `Map<String, List<String>>` toString
 * (`{Accept=[application/json], dhl-api-key=[…]}`), Go's `http.Header` (`map[Dhl-Api-Key:[…]]`), .NET `HttpHeaders` (`x-api-key: […]`) and
 * the `[name:"value"]`, `name=value` forms of OkHttp's and Spring's `HttpHeaders` toString, for
 * every header name that says key, token, secret, auth, signature or session; also JSON arrays of one value
 * (`"X-Api-Key":["…"]` in Guzzle/Monolog and Serilog contexts, OpenTelemetry `http.request.header.x-api-key`)
 * and form maps (`{client_secret=[…]}` in Spring's RestTemplate debug log).
 */
export const HEADER_MAP_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'header-map-credential',
    name: 'Credential in a dumped header map',
    category: 'credential',
    severity: 'high',
    priority: 58,
    keywords: ['=[', ': [', ':['],
    pattern: new RegExp(String.raw`(?<=[{,\[\s.]|^)["']?(?<k>${KEY_HEADER})["']?(?:=|: ?)\[(?:"|')?(?<v>[^\]\[,"'\s]{12,512}|(?:Bearer|Token|Key|App|ApiKey) [^\]\[,"'\s]{12,512})(?:"|')?\]`, 'i'),
    mask: 'full',
    validate: (v, ctx) => keyValue(v, ctx.key ?? ''),
    remediation: 'Rotate this key at its issuer and stop logging request headers',
  }),
];
