import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { givenFamilyOk } from './given-names-l82';
import { NAME_T31 } from './voip-t31';
import { secretValueOk } from '../secret-value';
import { isPlaceholder } from '../placeholders';
import { generated } from './service-credentials';

/**
 * Lead round l85 (blind set 82 on a fresh seed, misses that real payloads share):
 * - a person's full name under a bare `name` or `holder` key, or the French, Spanish and Portuguese words for full name
 *   (`"name":"Grace Adeyemi"`, `Holder_1="Dmitri Haddad"`, `<nombreCompleto>…`, `NomComplet = Ingrid Moreau`), in any
 *   container: JSON, logfmt, YAML, XML, a table row, an HTML input, a multipart part; round l87: a chat user's `nickname`
 *   too when it holds a given and a family name (`"nickname" => "Duarte Pinto"`). The value must open with a common
 *   given name (given-names.ts), and the key must not name a thing (`hostName`, `productName`, `bank_name`);
 * - a base64 `user:password` pair under an `authorization` or `auth` key without its `Basic` scheme
 *   (`<authorization>cm9vdDo…</authorization>`, `| authorization | c3Zj… |`);
 * - (blind set 84) a credential header written as a name/value pair in an array, as Node's `kOutHeaders`, .NET's
 *   header lists and HAR-like dumps print it (`authorization: [ 'Authorization', 'Api-Key …' ]`, `[x-api-key, …]`).
 */

/** Header names in a pair whose value is an identifier, not a credential (`Idempotency-Key`, `X-Request-Id`). */
const ID_HEADER = /idempoten|cache|request|trace|correlation|public|publishable|client-?id|partition|sort|routing|dedup|event|message|signature-input/i;

/** What a key's own words may say before `name` so that the name is a thing's, not a person's. */
const THING_NAME = /(?:host|file|path|class|service|svc|app|application|bucket|db|database|table|column|queue|topic|job|task|func|function|method|event|metric|tag|label|key|index|schema|module|package|plan|product|project|repo|branch|image|container|pod|node|cluster|region|zone|domain|device|model|brand|company|org|organi[sz]ation|merchant|business|store|shop|team|group|role|tenant|workspace|channel|field|param|parameter|header|cookie|stage|env|environment|step|rule|template|theme|font|bank|city|country|street|state|province|category|item|sku|server|site|vendor|provider|partner|legal|trade|feature|flag|secret|cert|certificate|instance|resource|stack|function|lambda|login|first|last|given|family|middle|sur|maiden|middle|pet|variable|var|attr|attribute|property|prop|type|kind|config|setting|bot|agent|device|printer|network|ssid|realm|tenant|scope|audience|issuer|cn|dn|common|file|dir|folder|volume|disk|library|lib|crate|gem|artifact|release|version|build|pipeline|workflow|action|hook|webhook|endpoint|route|view|page|screen|component|widget|element|form|button|menu|tab|sheet|doc|document|report|dashboard|monitor|alert|campaign|list|segment|audience|event|experiment|variant|cohort)[\W_]*(?:name|holder)/i;

/** The key as written, its own words before the matched core included (`customer` of `customerNameProd`). */
function fullKey(ctx: MatchContext): string {
  const at = ctx.matchStart ?? ctx.start;
  const before = /[\w.[\]-]{0,40}$/.exec(ctx.text.slice(Math.max(0, at - 40), at))?.[0] ?? '';
  return before + (ctx.key ?? '');
}

/** The core word of a key that holds a person's full name, with a short suffix (`Name`, `Holder_1`, `NomComplet`, `nombre_completo`). */
const NAME_KEY = String.raw`(?<k>(?:[Nn]ame|NAME|[Hh]older|HOLDER|[Nn]om[_ .-]?[Cc]omplet|NOM_COMPLET|[Nn]ombre(?:[_ .-]?[Cc]ompleto)?|NOMBRE(?:_COMPLETO)?|[Nn]ome[_ .-]?[Cc]ompleto|NOME_COMPLETO)(?:[_.-]?[A-Za-z0-9]{1,12})?\]?)`;

/** Between the key and the value: an assignment (`:`, `=`, `:=`, `=>`, a table's `|`), an XML element's `>` (and a CDATA section's start), an HTML input's `" value="`, a multipart part's blank line. */
const TO_VALUE = String.raw`(?:(?:\\{0,3}["'])?[ \t]{0,3}(?:=>|->|:=|[:=|])[ \t]{0,3}(?:\\{0,3}["'])?|>(?:<!\[CDATA\[)?|\\{0,3}["'][ \t]{1,3}value=\\{0,3}["']|\\{0,3}"\r?\n\r?\n)`;

/** After the value: a quote, a tag, a cell's bar, a comma, a bracket or the line's end. */
const VALUE_END = String.raw`(?=\\{0,3}["'<|,;}\])]|[ \t]*(?:\r?\n|$)|[ \t]+[|,])`;

export const NAME_KEYS_L85_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-given-first-under-name-key',
    name: "Person's full name (a common given name first) under a bare `name` or `holder` key, or `nom complet`/`nombre completo`",
    category: 'personal',
    severity: 'medium',
    priority: 29, // under every labelled name detector, which names the same spans more specifically
    confidence: 0.55,
    keywords: ['name', 'holder', 'nom', 'nombre', 'nome'],
    pattern: new RegExp(String.raw`(?:(?<![A-Za-z])|(?<=[a-z0-9])(?=[A-Z])|(?<=(?<![A-Za-z])(?:nick|NICK|Nick)))${NAME_KEY}${TO_VALUE}(?<v>${NAME_T31})${VALUE_END}`),
    mask: 'full',
    validate: (v, ctx) => givenFamilyOk(v) && !THING_NAME.test(fullKey(ctx)),
    remediation: "Log people by id: a record's name field is the person's name",
  }),
  defineDetector({
    id: 'person-name-multipart-name-part',
    name: "Person's full name (a common given name first) as the body of a multipart form part named for it (`name=\"nombre_completo\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 29,
    confidence: 0.55,
    keywords: ['form-data; name='],
    span: 400,
    pattern: new RegExp(String.raw`form-data; name=\\{0,3}"(?<k>[\w.[\]-]{1,60})\\{0,3}"(?:;[^\r\n]{0,120})?\r?\n(?:Content-[^\r\n]{1,120}\r?\n){0,2}\r?\n(?<v>${NAME_T31})[ \t]*(?=\r?\n|$)`),
    mask: 'full',
    validate: (v, ctx) => /(?:name|holder|nombre|nome|nom_?complet)[\w.-]{0,12}\]?$/i.test(ctx.key ?? '') && !THING_NAME.test(ctx.key ?? '') && givenFamilyOk(v),
    remediation: "Log a form's field names, not the values people typed into them",
  }),
  defineDetector({
    id: 'basic-credential-base64-under-auth-key',
    name: 'Base64 `user:password` under an `authorization` or `auth` key without its `Basic` scheme (`<authorization>cm9vdDo…</authorization>`)',
    category: 'credential',
    severity: 'high',
    priority: 39,
    confidence: 0.8,
    keywords: ['auth'],
    // Lines where `auth` names a service (`INFO auth: deployed …`, `"service":"auth"`) fail this at once.
    precheck: { re: /auth(?:ori[sz]ation)?(?:[_.-]?(?:header|basic|value))?[\]"'\\ \t\r\n|:=>-]{1,12}(?:value=["'\\]{1,4})?[A-Za-z0-9+/]{12}/i, reach: 8 },
    pattern: new RegExp(String.raw`(?<![A-Za-z])(?<k>(?:[Pp]roxy)?(?:[Aa]uthori[sz]ation|AUTHORI[SZ]ATION|[Aa]uth|AUTH)(?:[_.-]?(?:[Hh]eader|HEADER|[Bb]asic|BASIC|[Vv]alue|VALUE))?\]?)${TO_VALUE}(?<v>[A-Za-z0-9+/]{12,400}={0,2})(?![A-Za-z0-9+/=])`),
    mask: 'full',
    validate: (v) => {
      const s = Buffer.from(v, 'base64').toString('utf8');
      const m = /^([\w.@+\\-]{1,80}):([\x20-\x7e]{4,128})$/.exec(s);
      if (m === null) return false;
      const pass = m[2]!;
      // A relay id (`User:12345`, `Order:3f2a…`): a type and a number or a hex id, no password.
      return !/^(?:\d+|[0-9a-f-]{8,64})$/i.test(pass) && new Set(pass).size >= 4;
    },
    remediation: 'Change this password and keep Basic credentials out of logged configuration and payloads',
  }),
  defineDetector({
    id: 'credential-header-in-name-value-pair',
    name: "Credential header as a name/value pair in an array (`[ 'Authorization', 'Api-Key …' ]`, `[x-api-key, …]`)",
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['authorization', 'api-key', 'apikey', '-key', '-token', '-secret', 'x-auth'],
    precheck: { re: /\[\s{0,3}\\{0,3}["']?[\w-]{3,60}\\{0,3}["']?\s{0,3},\s{0,3}\\{0,3}["']?[\w-]/, reach: 0 },
    pattern: /\[\s{0,3}\\{0,3}["']?(?<k>(?:proxy-)?authorization|[a-z0-9-]{0,40}(?:api-?key|-key|-token|-secret|auth-token))\\{0,3}["']?\s{0,3},\s{0,3}\\{0,3}["']?(?:(?:bearer|basic|token|api-key|key|ssws|zoho-oauthtoken)\s{1,3})?(?<v>[A-Za-z0-9._~+/=:-]{12,4096})\\{0,3}["']?\s{0,3}\]/i,
    mask: 'full',
    validate: (v, ctx) => !ID_HEADER.test(ctx.key ?? '') && secretValueOk('secret', v),
    remediation: 'Rotate this key and keep request headers out of logged client objects',
  }),
  defineDetector({
    id: 'oauth-code-beside-client-secret',
    name: 'OAuth authorization code under `code` in a token exchange that also carries the client secret or the redirect URI',
    category: 'credential',
    severity: 'high',
    priority: 44,
    confidence: 0.75,
    keywords: ['client_secret', 'clientsecret', 'client-secret', 'redirect_uri', 'code_verifier'],
    // Shopify's `{"client_id":…,"client_secret":"shpss_…","code":"<32 hex>"}`, a got/axios options object over several lines.
    span: 500,
    spanBack: 5,
    pattern: /(?<![\w-])\\{0,3}["']?code\\{0,3}["']?\s{0,3}(?:=>|[:=])\s{0,3}\\{0,3}["']?(?<v>[\w.~+/%-]{16,512})(?![\w.~+/%-])/,
    mask: 'full',
    validate: (v, ctx) => {
      const near = ctx.text.slice(Math.max(0, ctx.start - 600), ctx.end + 600);
      return /client_?secret|client-secret|redirect_?uri|code_?verifier|authorization_code/i.test(near) && !isPlaceholder(v) && generated(v);
    },
    remediation: 'Authorization codes are single-use but short-lived: stop logging token request bodies',
  }),
];
