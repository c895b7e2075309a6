import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';
import { isPlaceholder } from '../placeholders';
import { abaValid, isLowEntropy } from '../validators';

/**
 * Round r42 (blind set 42: logistics, manufacturing and the ERP back office): credentials and bank
 * details as ERP, carrier and EDI integrations write them — an Infor ION API `.ionapi` file's client
 * secret (`"cs"`) and service-account secret key (`"sask"`), Layer7 gateway API keys (`l7xx…`, the
 * keys FedEx's developer portal issues), the USPS Web Tools user id in a request's `USERID`
 * attribute, an OAuth client id sent beside its secret in a client-credentials grant, the X12
 * interchange security password (ISA04 after qualifier `01`), the EDIFACT interchange recipient's
 * password (UNB S005) and the routing number of an `ACH routing/account` pair. (An account number on
 * the line under a routing number is `bank-account-beside-routing`'s, since round r41.)
 */

/** A UUID, a run of one character or a hex digest: ids, not client ids that authenticate. */
const ID_LIKE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]+|(.)\1+)$/i;

/** Masked or templated secrets (`****`, `xxxx`, `${…}`, `{{…}}`, `<…>`). */
const notRealSecret = (s: string): boolean => /^[*x•.]+$/i.test(s) || /[*•]{3}|\$\{|\{\{|<[^>]*>|%[A-Z_]+%/.test(s) || isPlaceholder(s);

export const LOGISTICS_R42_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'infor-ionapi-secret',
    name: 'Infor ION API client secret or service-account secret key (`.ionapi` file: `"cs"`, `"sask"`)',
    category: 'credential',
    severity: 'critical',
    priority: 72,
    confidence: 0.9,
    keywords: ['"cs"', '"sask"'],
    span: 300,
    spanBack: 3,
    // `{"ti":"ACME_PRD","cn":"…","ci":"ACME_PRD~…","cs":"<secret>","iu":"https://mingle-ionapi…","saak":"ACME_PRD#…","sask":"<secret>"}`.
    pattern: /"(?:cs|sask)"\s{0,3}:\s{0,3}"(?<v>[A-Za-z0-9_~.+/=-]{30,})"/,
    mask: 'prefix',
    validate: (v, ctx) =>
      !isLowEntropy(v) && (nearby(/"ci"\s{0,3}:\s{0,3}"[A-Za-z0-9_]{2,40}~|"saak"\s{0,3}:|"(?:iu|pu)"\s{0,3}:\s{0,3}"https:\/\/[\w.-]*(?:ionapi|mingle|infor)/i, ctx.text, ctx.start, ctx.end, 400)),
    remediation: 'Rotate the ION API client (or the service account keys) in Infor ION API and keep `.ionapi` files out of logs and repositories',
  }),
  defineDetector({
    id: 'layer7-api-key',
    name: 'Layer7 API gateway key (`l7xx` and 32 hex digits: FedEx and other Layer7 developer portals)',
    category: 'credential',
    severity: 'high',
    priority: 70,
    confidence: 0.85,
    keywords: ['l7xx'],
    pattern: /(?<![A-Za-z0-9])(?<v>l7xx[0-9a-f]{32})(?![A-Za-z0-9])/,
    mask: 'prefix',
    validate: (v) => !/^l7xx(.)\1+$/.test(v) && !/^l7xx(?:0123456789abcdef){2}$/.test(v),
    remediation: 'Regenerate the API key in the provider developer portal (FedEx: Developer Portal > My Projects) and keep it in a secret store',
  }),
  defineDetector({
    id: 'usps-webtools-userid',
    name: 'USPS Web Tools user id (the `USERID` attribute of a ShippingAPI.dll request)',
    category: 'credential',
    severity: 'high',
    priority: 68,
    confidence: 0.8,
    keywords: ['request userid', 'request%20userid', 'request+userid'],
    // `<AddressValidateRequest USERID="123ACME4567">`, percent-encoded in the `XML=` query parameter.
    pattern: /Request(?:\s{1,3}|%20|\+)USERID(?:\s{0,2}=\s{0,2}|%3D)(?:"|%22|')(?<v>[A-Z0-9]{8,20})(?:"|%22|')/i,
    mask: 'prefix',
    validate: (v) => /\d/.test(v) && /[A-Za-z]/.test(v) && !/^(?:X+|YOUR|USER)/i.test(v),
    remediation: 'Request a new USPS Web Tools user id (or move to the USPS APIs with OAuth) and keep it out of logged request URLs',
  }),
  defineDetector({
    id: 'oauth-client-id-beside-secret',
    name: 'OAuth client id sent with its client secret in a client-credentials grant (both halves of the credential in one body)',
    category: 'credential',
    severity: 'medium',
    priority: 52,
    confidence: 0.7,
    keywords: ['client_credentials'],
    // `{"grant_type":"client_credentials","client_id":"…","client_secret":"…"}`, `grant_type=client_credentials&client_id=…&client_secret=…`.
    pattern: /(?<![\w-])client_?id(?:\\?"\s{0,2}:\s{0,2}\\?"|=)(?<v>[A-Za-z0-9_.-]{20,80})(?=\\?"|&|\s|$)/,
    mask: 'prefix',
    validate: (v, ctx) => {
      if (ID_LIKE.test(v) || !/\d/.test(v) || !/[A-Za-z]/.test(v) || isLowEntropy(v) || v.startsWith('l7xx')) return false;
      const around = ctx.text.slice(Math.max(0, ctx.start - 400), ctx.end + 400);
      if (!/grant_type\\?"?\s{0,2}[:=]\s{0,2}\\?"?client_credentials/.test(around)) return false;
      const s = /client_?secret(?:\\?"\s{0,2}:\s{0,2}\\?"|=)([^"&\s\\]{12,200})/.exec(around);
      return s !== null && !notRealSecret(s[1]!);
    },
    remediation: 'Rotate the client secret; send client credentials in the Authorization header and keep token requests out of logs',
  }),
  defineDetector({
    id: 'client-secret-in-credentials-grant',
    name: 'OAuth client secret in a client-credentials grant body (any shape of random value, letters only too)',
    category: 'credential',
    severity: 'high',
    priority: 53,
    confidence: 0.75,
    keywords: ['client_credentials'],
    // `{"grant_type":"client_credentials","client_id":"…","client_secret":"orsDHozmtOmMCojt"}`: the grant says what the value is.
    pattern: /(?<![\w-])client_?secret(?:\\?"\s{0,2}:\s{0,2}\\?"|=)(?<v>[A-Za-z0-9_.~+/=-]{12,200})(?=\\?"|&|\s|$)/,
    mask: 'full',
    validate: (v, ctx) =>
      !notRealSecret(v) && !isLowEntropy(v) && (/\d/.test(v) || (/[a-z]/.test(v) && /[A-Z]/.test(v))) &&
      /grant_type\\?"?\s{0,2}[:=]\s{0,2}\\?"?client_credentials/.test(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.end + 400)),
    remediation: 'Rotate the client secret; send client credentials in the Authorization header and keep token requests out of logs',
  }),
  defineDetector({
    id: 'x12-isa-security-password',
    name: 'X12 interchange security password (ISA04, after security qualifier `01`)',
    category: 'credential',
    severity: 'high',
    priority: 66,
    confidence: 0.8,
    keywords: ['isa*', 'isa|'],
    // `ISA*00*          *01*S3CRET    *ZZ*SENDER …`: ISA03 `01` says ISA04 holds a password (10 characters, space-padded).
    pattern: /(?<![A-Za-z0-9])ISA(?<s>[*|])\d\d\k<s>[^*|\n]{0,10}\k<s>01\k<s>(?<v>[^*|\s][^*|\n]{0,9}?) {0,9}\k<s>/,
    mask: 'full',
    validate: (v) => !/^0+$/.test(v) && !notRealSecret(v) && !/^(?:password|secret|passwd)$/i.test(v),
    remediation: 'Change the interchange password with the trading partner and keep raw X12 interchanges out of translator logs',
  }),
  defineDetector({
    id: 'edifact-unb-password',
    name: "EDIFACT interchange recipient's password (UNB S005 reference/password)",
    category: 'credential',
    severity: 'high',
    priority: 66,
    confidence: 0.75,
    keywords: ['unb+uno'],
    // `UNB+UNOC:3+SENDER:14+RECIPIENT:14+260312:0930+CTRLREF+PASSWORD:AA++DESADV'`.
    pattern: /UNB\+UNO[A-Z]:\d\+[^+'\n]{1,40}\+[^+'\n]{1,40}\+\d{6}:\d{4}\+[^+'\n]{1,14}\+(?<v>[^:+'\n]{4,14})(?::[A-Z0-9]{1,2})?(?=[+'])/,
    mask: 'full',
    validate: (v) => !/^\d+$/.test(v) && !/^[A-Z]+$/.test(v) && /[A-Za-z]/.test(v) && !notRealSecret(v) && !isLowEntropy(v),
    remediation: 'Change the interchange password with the trading partner or VAN and keep raw EDIFACT interchanges out of logs',
  }),
  defineDetector({
    id: 'aba-routing-in-ach-pair',
    name: 'US routing number of an `ACH routing/account` pair',
    category: 'financial',
    severity: 'medium',
    priority: 62,
    confidence: 0.8,
    keywords: [' ach ', 'ach:', 'ach=', '(ach)'],
    // `… or ACH 071558170/50888742`: the account is found by ach-routing-account-pair, the routing number here.
    pattern: /(?<![A-Za-z])ACH(?:\))?[ :=]{1,3}(?<v>\d{9})[:/]\d{4,17}(?![\d\w])/i,
    mask: 'tail',
    validate: (v) => abaValid(v) && !/^(\d)\1+$/.test(v),
    remediation: 'Keep bank details out of logs (a payout id is enough to trace a payment)',
  }),
];
