import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';

/**
 * Round r70 (blind set 70), second file: credentials of payroll and tax integrations, ids and names under HR keys.
 * - a Slack token wrapped in mrkdwn italics (`_bot xoxb-…_`), whose closing `_` the Slack rules' boundary refuses;
 * - a Modern Treasury API key as the password of `-u <org uuid>:live-…`;
 * - an HMRC GovTalk gateway password (`<Authentication><Method>clear</Method>…<Value>…</Value>`);
 * - a Vertex O Series trusted id (`<TrustedId>`), a Vertex `license=` a few lines after a Vertex word, a CRA web access code;
 * - Avalara license keys (16 hex) after `--avalara-license`, `-PavataxLicense=` or `license key`; TaxJar keys (32 hex)
 *   after `--taxjar-key` or `sandbox key`; a Twilio auth token after `AC<sid>:` beside a Twilio word;
 * - a `client_secret` written with a space or tab; a bare `basic auth <base64 user:pass>` (or `gateway: …`), decoded;
 * - a Laravel `APP_KEY` and a `*_SECRET`/`*_TOKEN` in the tab-separated env table of a Whoops page;
 * - a session id under a JSON `"session"` key; an access token after `bearer=`;
 * - a token named as the previous, cached or stale one (`previous token (rotated 24d ago): …`); an env key with a suffix
 *   after TOKEN/SECRET (`DEEL_TOKEN_B=`);
 * - an Elixir `~D[…]` birth date, an EIN in W-2 `box_b`, a Luhn-valid SIN after a `SIN` label;
 * - person names under HR keys: ADP `givenName`/`familyName1`/`formattedName` (JS-inspect quotes too), IRS `<PersonNm>`,
 *   HMRC `<Fore>`/`<Sur>`, CRA T4 `<snm>`/`<gvn_nm>` (HTML entities decoded), `contractor`, `taxpayer`, `obligor`.
 * Left alone on purpose: names only prose places beside a person (`for Kayla Delgado`, `(member …)`), a Vertex
 * `CustomerCode` (a customer code is mostly a company's), DocuSign tab `value`s, a percent-encoded Stripe
 * `billing_details[name]`, and a lone `first_name` beside a title: each would need a rule that also reads the ids,
 * labels and company names written in the same places.
 */

/** A secret-looking value: letters and a digit, not a low-entropy run or a placeholder. */
const secretish = (v: string, min = 8): boolean =>
  v.length >= min && /[A-Za-z]/.test(v) && /\d/.test(v) && !isLowEntropy(v) && !/^(?:x+|\*+|changeme|password|placeholder|redacted|example|secret|your[\w-]*)$/i.test(v);

/** HTML entities decoded (`&#233;` → `é`, `&#8217;` → `’`, `&amp;`). */
const decode = (v: string): string =>
  v.replace(/&#(\d{2,6});/g, (_m, d: string) => String.fromCodePoint(Number(d))).replace(/&#x([0-9a-f]{2,5});/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&').replace(/&apos;/g, "'");

/** Words a value under a name key may be instead of a person. */
const NOT_NAME = /^(?:string|null|none|undefined|n\/a|unknown|test|testing|sample|example|demo|john doe|jane doe|admin|user|employee|contractor|name|first|last|redacted|\*+|x+)$/i;
/** A word of a company's name (`contractor="Acme Consulting Group"` names a firm, not a person). */
const ORG_WORD = /\b(?:Group|Consulting|Consultants|Services|Solutions|Partners|Holdings|Labs?|Studio|Agency|Associates|Company|Corp|Corporation|Inc|LLC|LLP|Ltd|Limited|GmbH|S\.?A|B\.?V|Pty|PLC|Co)\b\.?/i;
/** One to four capitalised words of letters (apostrophes, hyphens, particles), as a person's name is written. */
const nameOk = (raw: string): boolean => {
  const v = decode(raw).trim();
  if (NOT_NAME.test(v) || ORG_WORD.test(v) || v.length < 2 || v.length > 60) return false;
  const words = v.split(/ +/);
  if (words.length > 5) return false;
  return words.every((w) => /^(?:[\p{Lu}][\p{L}'’.-]*|(?:van|von|de|del|der|da|dos|du|la|le|bin|al)|[\p{Lu}]\.)$/u.test(w)) && /\p{Ll}|^[\p{Lu}'’ -]+$/u.test(v);
};

export const PAYROLL_R70_KEY_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'slack-token-mrkdwn-italic',
    name: 'Slack token wrapped in mrkdwn italics (`_bot xoxb-…_`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.9,
    keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxe-'],
    pattern: /(?<![A-Za-z0-9-])(?<v>xox[bpae]-\d{8,14}-(?:\d{8,14}-)?(?:[A-Za-z0-9]{18,32}|[0-9a-f]{32}))(?=_(?:[\s*~.,;:!?)]|$))/,
    mask: 'prefix',
    kind: /^xox[bpae]-/,
    remediation: 'Revoke this Slack token (api.slack.com/apps > OAuth) and keep tokens out of alert text',
  }),
  defineDetector({
    id: 'modern-treasury-api-key-basic',
    name: 'Modern Treasury API key as the password of `-u <organization id>:live-…`',
    category: 'credential',
    severity: 'critical',
    priority: 62, // over curl-user-credentials (60): the key, not the whole `-u` pair, is named
    confidence: 0.9,
    keywords: [':live-', ':test-'],
    pattern: /(?<![\w-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:(?<v>(?:live|test)-[A-Za-z0-9]{32,80})(?![\w-])/,
    mask: 'prefix',
    kind: /^(?:live|test)-/,
    validate: (v) => !isLowEntropy(v.slice(5)),
    remediation: 'Revoke this Modern Treasury API key and pass it from a secret store, not a command line',
  }),
  defineDetector({
    id: 'hmrc-govtalk-password',
    name: 'HMRC Government Gateway password in a GovTalk `IDAuthentication` block (`<Method>clear</Method>…<Value>…</Value>`)',
    category: 'credential',
    severity: 'critical',
    priority: 60,
    confidence: 0.85,
    keywords: ['<method>clear</method>'],
    pattern: /<Method>clear<\/Method>[ \t]{0,4}(?:<Role>[^<\n]{0,30}<\/Role>[ \t]{0,4})?<Value>(?<v>[^<\s]{4,128})<\/Value>/i,
    mask: 'full',
    validate: (v) => !/^(?:\*+|x+|password|redacted|changeme)$/i.test(v),
    remediation: 'Change this Government Gateway password and log GovTalk submissions without the IDAuthentication block',
  }),
  defineDetector({
    id: 'vertex-trusted-id',
    name: 'Vertex O Series trusted id (`<TrustedId>…</TrustedId>`, `trustedId=`)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['trustedid', 'trusted_id'],
    pattern: /(?<![\w-])(?:<(?:\w{1,12}:)?TrustedId>|trusted_?id["']?[ \t]{0,3}[:=][ \t]{0,3}["']?)(?<v>[A-Za-z0-9+/=._-]{8,64})(?=<|["'\s,;]|$)/i,
    mask: 'full',
    validate: (v) => secretish(v),
    remediation: 'Reset this Vertex trusted id and keep SOAP envelopes with Login blocks out of logs',
  }),
  defineDetector({
    id: 'cra-web-access-code',
    name: 'CRA web access code (two letters and four digits after `web access code`)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['web access code', 'web_access_code', 'webaccesscode'],
    pattern: /(?<![\w-])web(?: access code|_access_code|accesscode)["']?[ \t]{0,3}[:=]?[ \t]{0,3}["']?(?<v>[A-Za-z]{2}\d{4})(?![\w-])/i,
    mask: 'full',
    remediation: 'Have the employer request a new web access code from the CRA and keep it out of logs',
  }),
  defineDetector({
    id: 'avalara-license-key-flag',
    name: 'Avalara AvaTax license key (16 hex) after `--avalara-license`, `-PavataxLicense=` or `license key`',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['avalara-license', 'avalara_license', 'avalaralicense', 'avatax-license', 'avatax_license', 'avataxlicense', 'license key', 'license_key', 'licensekey'],
    pattern: /(?<![\w])(?:-{0,2}P?(?:avalara|avatax)[-_]?license(?:[-_]?key)?|license[ _]?key)["']?(?:[ \t]{1,3}|[ \t]{0,3}[:=][ \t]{0,3})["']?(?<v>[0-9A-F]{16})(?![\w-])/i,
    mask: 'full',
    validate: (v) => /\d/.test(v) && /[A-Fa-f]/.test(v) && !isLowEntropy(v),
    remediation: 'Reset this AvaTax license key in the Avalara admin console and keep it out of build logs',
  }),
  defineDetector({
    id: 'taxjar-api-token-flag',
    name: 'TaxJar API token (32 hex) after `--taxjar-key` or a sandbox/live key label',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['taxjar-key', 'taxjar_key', 'taxjar-token', 'taxjar_token', 'sandbox key', 'sandbox_key', 'live key', 'live_key'],
    pattern: /(?<![\w])(?:-{0,2}taxjar[-_](?:key|token)|(?:sandbox|live)[ _]key)["']?(?:[ \t]{1,3}|[ \t]{0,3}[:=][ \t]{0,3})["']?(?<v>[0-9a-f]{32})(?![\w-])/i,
    mask: 'full',
    validate: (v) => !isLowEntropy(v),
    remediation: 'Regenerate this TaxJar token and keep it out of command lines and logs',
  }),
  defineDetector({
    id: 'twilio-auth-token-after-sid',
    name: 'Twilio auth token after its Account SID (`AC<32 hex>:<32 hex>`)',
    category: 'credential',
    severity: 'high',
    priority: 92,
    confidence: 0.85,
    keywords: ['twilio'],
    span: 400,
    // Over twilio-account-sid (90, public): the SID and the token are one finding where the resolver joins them.
    pattern: /(?<![\w])AC[0-9a-f]{32}:(?<v>[0-9a-f]{32})(?![\w])/,
    mask: 'full',
    // The keyword within 300 characters before: the prefilter's window from it (400) holds the token.
    validate: (v, ctx) => !isLowEntropy(v) && /twilio/i.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start)),
    remediation: 'Rotate this Twilio auth token and use API keys from a secret store',
  }),
  defineDetector({
    id: 'client-secret-space-separated',
    name: 'OAuth client secret written after `client_secret` with a space (`client_secret 4iY9… was rotated`)',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.7,
    keywords: ['client_secret ', 'client_secret\t', 'client secret ', 'client secret\t', 'clientsecret ', 'clientsecret\t'],
    pattern: /(?<![\w-])client[_ ]?secret[ \t]{1,3}(?<v>[A-Za-z0-9_~+/=.-]{20,128})(?=[\s,;)]|$)/i,
    mask: 'full',
    validate: (v) => secretish(v, 20) && /[a-z]/.test(v) && /[A-Z]/.test(v),
    remediation: 'Rotate this client secret and keep it out of hints and error text',
  }),
  defineDetector({
    id: 'basic-auth-bare-base64',
    name: 'A bare base64 `user:password` after `basic auth` (`resend with basic auth YWNtZV9…`)',
    category: 'credential',
    severity: 'high',
    priority: 44,
    confidence: 0.75,
    keywords: ['basic auth', 'basic-auth', 'basic_auth', 'basicauth', 'gateway:'],
    pattern: /(?<![\w-])(?:basic[ _-]?auth(?:entication)?["']?[ \t]{0,3}[:=]?|gateway:)[ \t]{1,3}["']?(?<v>[A-Za-z0-9+/]{12,256}={0,2})(?![\w+/=])/i,
    mask: 'full',
    validate: (v) => {
      let s = '';
      try {
        s = Buffer.from(v, 'base64').toString('utf8');
      } catch {
        return false;
      }
      return /^[\x21-\x7e]{1,80}:[\x20-\x7e]{3,120}$/.test(s);
    },
    remediation: 'Change this password and send Basic credentials from a secret store, not in messages',
  }),
  defineDetector({
    id: 'whoops-env-table-secret',
    name: 'A secret in the tab-separated environment table of a Whoops error page (`APP_KEY\t"base64:…"`, `*_SECRET\t"…"`)',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['key\t"', 'secret\t"', 'token\t"'],
    pattern: /(?<![\w])[A-Z][A-Z0-9_]{0,40}(?:_KEY|_SECRET|_TOKEN|SECRET|TOKEN)\t"(?<v>[^"\s]{12,256})"/,
    mask: 'full',
    validate: (v) => (v.startsWith('base64:') ? v.length > 20 : secretish(v, 12)),
    remediation: 'Rotate these secrets and turn off the debug page (APP_DEBUG=false) in production',
  }),
  defineDetector({
    id: 'session-id-json-session-key',
    name: 'A session id under a JSON `"session"` key of an audit event',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.7,
    keywords: ['"session":"', '"session": "'],
    pattern: /"session":[ ]?"(?<v>[A-Za-z0-9_~+/=.-]{24,256})"/,
    mask: 'full',
    validate: (v) => secretish(v, 24) && /[a-z]/.test(v) && /[A-Z]/.test(v),
    remediation: 'Log a session by a hash or its record id, not the session value',
  }),
  defineDetector({
    id: 'bearer-assignment-uuid',
    name: 'An access token after `bearer=` (`bearer=46e5c5cb-…`)',
    category: 'credential',
    severity: 'high',
    priority: 44,
    confidence: 0.75,
    keywords: ['bearer='],
    pattern: /(?<![\w-])bearer=["']?(?<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9._~+/-]{20,512}={0,2})(?![\w-])/i,
    mask: 'full',
    validate: (v) => !isLowEntropy(v.replace(/-/g, '')) && /\d/.test(v),
    remediation: 'Revoke this token and log requests without their Authorization values',
  }),
  defineDetector({
    id: 'token-named-stale-or-previous',
    name: 'A token named as the previous, cached or stale one (`previous token (rotated 24d ago): …`, `stale refresh_token in store: …`)',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.7,
    keywords: ['previous', 'old', 'cached', 'stale', 'expired', 'revoked'].flatMap((a) => [`${a} token`, `${a} access`, `${a} refresh`]),
    pattern: /(?<![\w-])(?:previous|old|cached|stale|expired|revoked) (?:(?:access|refresh)[ _])?token(?: in (?:store|cache|db|vault|redis))?(?: \([^()\n]{1,60}\))?[ \t]{0,2}[:=][ \t]{0,2}["'`]?(?<v>[A-Za-z0-9._~+/-]{20,1024}={0,2})(?![\w~+/=-])/i,
    mask: 'full',
    validate: (v) => secretish(v, 20) && !/^\d{4}-\d{2}-\d{2}/.test(v),
    remediation: 'Revoke old tokens when they are rotated and log a token by its id or a hash, not its value',
  }),
  defineDetector({
    id: 'secret-assignment-suffixed-key',
    name: 'A secret under an env key with a suffix after TOKEN/SECRET/KEY (`DEEL_TOKEN_B=…`, `API_KEY_OLD=…`, `CLIENT_SECRET_2=…`)',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.75,
    keywords: ['_token_', '_secret_', '_key_'],
    pattern: /(?<![\w-])[A-Z][A-Z0-9]{1,20}(?:_[A-Z0-9]{1,20}){0,3}_(?:TOKEN|SECRET|API_KEY|ACCESS_KEY|SECRET_KEY)_(?:[A-Z]|\d{1,2}|OLD|NEW|PREV|PREVIOUS|BACKUP|SECONDARY|PRIMARY|NEXT|ALT)=["']?(?<v>[A-Za-z0-9._~+/-]{16,512}={0,2})(?![\w~+/=-])/,
    mask: 'full',
    validate: (v) => secretish(v, 16),
    remediation: 'Rotate this secret and keep environment dumps out of logs',
  }),
  defineDetector({
    id: 'vertex-license-key-near',
    name: 'Vertex license key after `license=` on a Vertex error (a Vertex package or host within a few lines)',
    category: 'credential',
    severity: 'high',
    priority: 44,
    confidence: 0.7,
    keywords: ['vertex'],
    span: 600,
    pattern: /(?<![\w-])license(?:[_-]?key)?[ \t]{0,2}[=:][ \t]{0,2}["']?(?<v>[A-Za-z0-9]{24,64})(?![\w-])/i,
    mask: 'full',
    validate: (v, ctx) => /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && !isLowEntropy(v) && /vertex/i.test(ctx.text.slice(Math.max(0, ctx.start - 450), ctx.start)),
    remediation: 'Reset this Vertex license key and keep service configuration out of stack traces',
  }),
  defineDetector({
    id: 'date-of-birth-elixir-sigil',
    name: 'A birth date as an Elixir date sigil under a birth-date field (`birth_date: ~D[1960-06-06]`)',
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.8,
    keywords: ['~d['],
    pattern: /(?<![\w-])(?:birth_?date|date_of_birth|dob|birthday|born_on)["']?:?[ \t]{0,2}(?:=>[ \t]{0,2})?~D\[(?<v>(?:19|20)\d{2}-[01]\d-[0-3]\d)\]/i,
    mask: 'full',
    remediation: "Keep a person's birth date out of crash reports; inspect structs with sensitive fields redacted",
  }),
  defineDetector({
    id: 'ein-w2-box-b',
    name: 'Employer EIN in W-2 box b (`box_b=54-0423484`)',
    category: 'personal',
    severity: 'low',
    priority: 45,
    confidence: 0.75,
    keywords: ['box_b', 'box b', 'boxb'],
    pattern: /(?<![\w-])box[ _]?b["']?[ \t]{0,2}[:=][ \t]{0,2}["']?(?<v>\d{2}-\d{7})(?![\w-])/i,
    mask: 'full',
    // Prefixes the IRS has never assigned (00, 07-09, 17-19, 28-29, 49, 69-70, 78-79, 89, 96-97).
    validate: (v) => !/^(?:00|0[7-9]|1[7-9]|2[89]|49|69|70|7[89]|89|9[67])/.test(v) && !/^(\d)\1-\1{7}$/.test(v),
    remediation: 'Log W-2 validation by form id; a W-2 ties the employer to the employee',
  }),
  defineDetector({
    id: 'ca-sin-after-label',
    name: 'Canadian SIN after a `SIN` label (`employee SIN on file: 587 573 338`), Luhn-valid',
    category: 'personal',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['sin on file', 'sin:', 'sin=', 'sin #', 'sin no', 'sin number'],
    keywordBoundary: 'word',
    pattern: /(?<![\w-])SIN(?:(?: on file| no\.?| number)[ \t]{0,2}[:=#]?|[:=]| #)[ \t]{0,2}(?<v>\d{3}[ -]?\d{3}[ -]?\d{3})(?![\w-])/,
    mask: 'full',
    validate: (v) => {
      const d = v.replace(/\D/g, '');
      if (/^[08]/.test(d) || /^(\d)\1{8}$/.test(d)) return false;
      let sum = 0;
      for (let i = 0; i < 9; i++) {
        let x = Number(d[i]) * (i % 2 === 1 ? 2 : 1);
        if (x > 9) x -= 9;
        sum += x;
      }
      return sum % 10 === 0;
    },
    remediation: "Keep a person's SIN out of logs; refer to the employee by id",
  }),
  defineDetector({
    id: 'person-name-hr-name-key',
    name: 'A person under an HR name key (ADP `givenName`/`familyName1`/`formattedName`, `<PersonNm>`, `<Fore>`/`<Sur>`, T4 `<snm>`/`<gvn_nm>`)',
    category: 'personal',
    severity: 'medium',
    // Under person-name-full-under-split-name-key (36), which names a full name under the same keys.
    priority: 35,
    confidence: 0.7,
    keywords: ['givenname', 'familyname', 'formattedname', 'middlename', 'personnm', '<fore>', '<sur>', '<snm>', '<gvn_nm>', 'contractor', 'taxpayer', 'obligor'],
    pattern: /(?<![\w-])(?:(?:givenName|familyName\d?|formattedName|middleName|contractor|taxpayer|obligor)["']?[ \t]{0,2}[:=][ \t]{0,2}["']?|<(?:PersonNm|Fore|Sur|snm|gvn_nm)>)(?<v>(?:[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț\u1E00-\u1EFF'’.-]|&#\d{2,6};){1,40}(?: (?:[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț\u1E00-\u1EFF'’.-]|&#\d{2,6};){1,40}){0,3})(?=["'<]|[ \t]*(?:\r?\n|$))/i,
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Log an HR record by its id, not the person's name",
  }),
];
