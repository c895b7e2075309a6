import type { Detector, MatchContext, Verdict } from './detector';
import { inBusinessRecord, isLegalEntityName, opensWithLegalEntity } from './business-records';
import { facilityAddress } from './org-contexts';
import { isEncodedPlaceholder } from './encoded-placeholders';
import { kindPrefix } from './mask-value';
import { contextOf } from './match-context';
import { isCommonPassword, isPlaceholder } from './placeholders';
import { isSlotBody, isWordyPlaceholder } from './placeholder-tokens';
import { isPublishedTestId, isSandboxBankNumber } from './test-ids';
import { impossibleNanp, isBase64JsonCursor, isDocumentationPersona, isEncryptedEnvelope, isMaskAfterPrefix, isMaskMark, isSigV4CredentialScope, isUnsignedJwt, placeholderPhone } from './public-values';
import { isDocumentedExample, isMalformedProviderToken } from './provider-token-checks';
import { shannonEntropy } from './validators';

/** A match that passed validation; offsets are into the full scanned text. */
export interface RawMatch {
  detector: Detector;
  start: number;
  end: number;
  verdict: Verdict;
}

/** Last words of a mailbox's display name that name what it sends, not a person (`Acme Orders`, `Northwind Receipts`). */
const SENDER_NAME_END = /\s(?:Orders|Receipts|Notifications|Alerts|Billing|Payments|Invoices|Support|Team|Sales|Updates|Newsletter|Shipping|Returns|Helpdesk|Mailer|Noreply|Accounts|Payroll)$/;

/** Runs the detector's validation, placeholder and entropy guards; null when rejected. */
export function judge(det: Detector, value: string, ctx: MatchContext): Verdict | null {
  let verdict: Verdict = { ok: true };
  if (det.validate) {
    const r = det.validate(value, ctx);
    if (r === false) return null;
    if (r !== true) {
      if (!r.ok) return null;
      verdict = r;
    }
  }
  // Round l85: a mask in place of the value, plain or percent-encoded (`%5BFiltered%5D`, `REDACTED%40hooks.acme.com`).
  if (isMaskMark(value)) return null;
  // Round l88: a kind prefix and a mask (`xoxb-[REDACTED]`), also where validation ran the value on past what the pattern
  // read (`xoxb-` on to the mask); not for detectors that report such a mark themselves as public.
  if (!verdict.public && !verdict.test && isMaskAfterPrefix(verdict.trimEnd !== undefined && verdict.trimEnd > value.length ? ctx.text.slice(ctx.start, ctx.start + verdict.trimEnd) : value)) return null;
  // Published test national ids (the Dutch BSN `111222333`): documentation values, not a person's.
  if (det.category === 'personal' && !verdict.test && isPublishedTestId(value)) verdict = { ...verdict, test: true, severity: 'info', confidence: 0.5 };
  // Round r78: a payment provider's published sandbox account or routing number (Plaid's `1111222233330000`/`011401533`).
  if (det.category === 'financial' && !verdict.test && isSandboxBankNumber(value)) verdict = { ...verdict, test: true, severity: 'info', confidence: 0.5 };
  if (det.category === 'personal' && !verdict.test) {
    // Round r60: a `+1` number no line can have (`+1 (555) 010-0199`: area code or exchange opening with 0 or 1) is no phone.
    if ((det.id.includes('phone') && impossibleNanp(value)) || placeholderPhone(value, det.id.includes('phone'))) return null;
    // Round l88: a tariff code (HTS `8504.40.9510`, four digits, two, then two to four) is no phone.
    if (det.id.includes('phone') && /^\d{4}\.\d{2}\.\d{2,4}$/.test(value)) return null;
    // Round r60: an API reference's sample persona (its mailbox on example.com built from the name) is example data.
    if (det.id.startsWith('person-name') && isDocumentationPersona(value, ctx.text, ctx.start, ctx.end)) verdict = { ...verdict, test: true, severity: 'info', confidence: 0.5 };
    // Round r78: a company's name with its legal form (`Globex Corporation`) names no person.
    if (det.id.startsWith('person-name') && isLegalEntityName(value)) return null;
    // Round l85: a sender's display name that ends in what the mailbox sends (`Acme Orders`, `Brightpath Receipts`).
    if (det.id.startsWith('person-name') && SENDER_NAME_END.test(value)) return null;
    // Round r78: a phone, street line or postcode in a business's record (a CRM Account, a Location, a CompanyInfo) is public.
    if (!verdict.public && /phone|street|address|postcode|postal|zip/.test(det.id) && inBusinessRecord(ctx.text, ctx.start, ctx.end)) verdict = { ...verdict, public: true };
    // Round l88: a depot's, warehouse's or carrier's own address named as such on its line is a business's.
    if (!verdict.public && /street|address/.test(det.id) && facilityAddress(ctx.text, ctx.start)) verdict = { ...verdict, public: true };
    // Round l85: an address that opens with a company's name and legal form (`Acme GmbH, Friedrichstraße 68, 10117 Berlin`),
    // percent-encoded too.
    if (!verdict.public && opensWithLegalEntity(value)) verdict = { ...verdict, public: true };
  }
  if (det.category === 'credential') {
    // Round l88: a config value encrypted for its own store (jasypt `ENC(…)`, `{cipher}…`, `vault:v1:…`) shows no secret.
    if (isEncryptedEnvelope(value)) return null;
    // A provider prefix on a value that cannot be that provider's token (cut short, a wrong checksum): no credential.
    if (isMalformedProviderToken(value)) return null;
    // An unsigned JWT (`alg: none`, empty signature) under any key or scheme proves nothing: no credential.
    if (isUnsignedJwt(value)) return null;
    // Round l85: a pagination cursor in base64 JSON, a SigV4 credential scope (`X-Amz-Credential=AKIA…/date/region/s3/aws4_request`).
    if (isBase64JsonCursor(value) || isSigV4CredentialScope(value)) return null;
    // A key from a provider's documentation (`AKIAIOSFODNN7EXAMPLE`, Stripe's `sk_test_4eC39…`): example data, not a leak.
    if (isDocumentedExample(value)) return { ...verdict, test: true, severity: 'info', confidence: 0.6 };
  }
  // Round r78: a template of placeholders (`{email}/token:{api_token}`, `<user>:<password>`, `${USER}:${PASS}`) holds no secret.
  if (det.category === 'credential' && isPlaceholderTemplate(value)) return null;
  // A breach list's commonest password (`password123`): redacted, but reported as example data, not as a leak.
  if (det.category === 'credential' && !verdict.test && isCommonPassword(value)) return { ...verdict, test: true, severity: 'info', confidence: 0.5 };
  // A kept prefix with the rest masked (`Bearer sk_live_****…abcd`, `ghp_…`): no secret shown.
  if (det.category === 'credential' && maskedAfterPrefix(value, ctx)) return null;
  // Worded placeholders are placeholders for every key; slot runs also for test-mode keys
  // (`sk_test_xxxx…`), which skip the shared corpus below.
  if (det.placeholders && (isWordyPlaceholder(value) || (verdict.test && isSlotBody(value.slice(kindPrefix(det, value).length))))) return null;
  if (!verdict.test) {
    if (det.placeholders) {
      const body = value.slice(kindPrefix(det, value).length);
      if (isPlaceholder(body) || isPlaceholder(value) || isEncodedPlaceholder(value)) return null;
    }
    if (det.minEntropy > 0 && shannonEntropy(value) < det.minEntropy) return null;
  }
  return verdict;
}

/**
 * Round r78: true when `value` is made of brace, angle or dollar placeholders joined by short literals
 * (`{email}/token:{api_token}`, `<email>/token:<api_token>`, `${USER}:${PASS}`): a template, no secret.
 */
function isPlaceholderTemplate(value: string): boolean {
  if (value.length > 200 || !/[{<]/.test(value)) return false;
  const literal = value.replace(/\$?\{\{?\s?[A-Za-z_][\w.-]{0,40}\s?\}\}?|<[A-Za-z_][\w .-]{2,40}>|%\([A-Za-z_]\w{0,40}\)s/g, '');
  if (literal === value) return false;
  // Round l85: the literals between slots are separators and words (`/token:`, `:`, `@`), not a password's punctuation
  // (`s4Iq<oQ>H]'F%5z` is a password with `<` and `>` in it).
  return !/[A-Za-z0-9+/=_-]{13,}/.test(literal) && /^[\w\s:/@.=&?,;+#()-]*$/.test(literal);
}

/** True for a match whose unquoted value (group `u`) has a key (group `k`) that `keyOk` rejects. */
function skipsKey(p: RegExpExecArray, keyOk: (key: string) => boolean): boolean {
  const g = p.groups;
  return p[0].length !== 0 && g?.['v'] === undefined && g?.['w'] === undefined && !keyOk(g?.['k'] ?? '');
}

/** Runs one detector over `text[start, end)` and appends validated matches to `out`. */
export function matchDetector(det: Detector, text: string, start: number, end: number, out: RawMatch[]): void {
  matchInSlice(det, start === 0 && end === text.length ? text : text.slice(start, end), start, out);
}

/**
 * Runs one detector over `slice` (which starts at `start` in the scanned text). `anchors`: where
 * the anchors of the detectors listed for the slice start in it, ascending (ScanWindow.anchors);
 * a detector with anchors (Detector.anchors) then searches for its starts there only.
 */
export function matchInSlice(det: Detector, slice: string, start: number, out: RawMatch[], anchors?: ArrayLike<number>): void {
  const starts = det.starts;
  const where = det.anchors !== null ? anchors : undefined;
  let at = 0;
  if (starts === null && det.precheck !== null) {
    const hit = slice.search(det.precheck.re);
    if (hit < 0) return;
    at = Math.max(0, hit - det.precheck.reach);
  }
  const re = det.pattern;
  const plain = det.plain;
  const sticky = det.sticky;
  const keyOk = det.keyOk;
  for (;;) {
    let m: RegExpExecArray | null;
    let s: number;
    let e: number;
    if (starts !== null && sticky !== null) {
      // Only where a match can start: the first such place where the pattern matches is where
      // the plain search would have found its match.
      const from = starts(slice, at, where);
      if (from < 0) return;
      sticky.lastIndex = from;
      const p = sticky.exec(slice);
      if (p === null) {
        at = from + 1;
        continue;
      }
      if (keyOk !== null && skipsKey(p, keyOk)) {
        at = sticky.lastIndex;
        continue;
      }
      if (det.valueLast && p[0].length !== 0) {
        // The value closes the match: its offsets need no second run with indices.
        const g = p.groups;
        m = p;
        e = sticky.lastIndex;
        s = e - (g?.['v'] ?? g?.['w'] ?? g?.['u'] ?? p[0]).length;
        at = e;
      } else if (p.indices !== undefined) {
        // A `d`-flagged sticky pattern (see Detector.sticky): the match has its offsets.
        m = p;
        [s, e] = valueSpan(p);
        at = sticky.lastIndex;
      } else {
        re.lastIndex = from;
        m = re.exec(slice);
        if (m === null) return;
        [s, e] = valueSpan(m);
        at = re.lastIndex;
      }
    } else {
      if (plain !== null && keyOk !== null) {
        // Without indices first: an unquoted value of a key validation rejects (`cache_key=…`)
        // is passed over here; a quoted one may hold a match of its own, so it is judged below.
        plain.lastIndex = at;
        const p = plain.exec(slice);
        if (p === null) return;
        if (skipsKey(p, keyOk)) {
          at = plain.lastIndex;
          continue;
        }
        at = p.index;
      }
      re.lastIndex = at;
      m = re.exec(slice);
      if (m === null) return;
      [s, e] = valueSpan(m);
      at = re.lastIndex;
    }
    if (m[0].length === 0) {
      at++;
      continue;
    }
    if (det.category === 'credential' && s > 0) {
      // Round l85: a quoted value that stops at an escaped quote of its own (`"passwort":"Ease@\"/8Un"`) runs to its closing quote.
      const x = escapedQuoteEnd(slice, s, e);
      if (x !== e) {
        e = x;
        at = Math.max(at, e);
      }
    }
    let verdict = judge(det, slice.slice(s, e), contextOf(slice, s, e, m.index, m.groups?.['k']));
    if (!verdict && e - s > 10 && slice.charCodeAt(e - 1) === 46 && slice.charCodeAt(e - 2) === 46) {
      // `tcpdump -A` prints CR LF as `..`: `X-Api-Key: <value>..Host: …` is the value, not a value cut short (`ops_eyJ..`).
      const cut = packetDumpValueEnd(slice, s, e);
      if (cut > s) {
        verdict = judge(det, slice.slice(s, cut), contextOf(slice, s, cut, m.index, m.groups?.['k']));
        if (verdict) verdict = { ...verdict, trimEnd: Math.min(verdict.trimEnd ?? cut - s, cut - s) };
      }
    }
    if (!verdict) {
      // A rejected quoted value may hold a match of its own (`"msg":"… token=…"`): look inside.
      // Only after a quote: the quoted value ends at the next quote, so the rescan stays linear.
      if (s > m.index && (slice.charCodeAt(s - 1) === 34 || slice.charCodeAt(s - 1) === 39)) at = s;
      continue;
    }
    const vEnd = verdict.trimEnd !== undefined ? s + verdict.trimEnd : e;
    out.push({ detector: det, start: start + s, end: start + vEnd, verdict });
  }
}

/**
 * Where a value that ends in dots ends in a packet dump (`tcpdump -A`, `ngrep`), which prints each
 * CR LF as `..`: the dots are followed by the next header (`..Host: api`) or end the line, and the
 * line shows a header after such dots elsewhere (`....Authorization: Bearer …`). -1 otherwise.
 */
function packetDumpValueEnd(text: string, s: number, e: number): number {
  let cut = e;
  while (cut > s && text.charCodeAt(cut - 1) === 46) cut--;
  if (e - cut > 8) return -1;
  if (/^[A-Za-z][\w-]{0,40}: /.test(text.slice(e, e + 44))) return cut;
  if (e < text.length && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) return -1;
  let ls = s;
  while (ls > 0 && s - ls < 400 && text.charCodeAt(ls - 1) !== 10) ls--;
  return /\.\.[A-Za-z][\w-]{0,40}: /.test(text.slice(ls, s)) ? cut : -1;
}

/**
 * Round l85: where a quoted value really ends when the match stopped at a quote escaped deeper than the value's own
 * opening quote: `"pw":"Ease@\"/8Un"` (opened by `"`, stopped at `\"`), `\"pw\":\"Pny%'0\\\"S8\"` (JSON in JSON).
 * The closing quote has exactly the opener's backslashes and a separator, a bracket, a space or the line's end after
 * it; `e` when there is no such quote within 300 characters of the line.
 */
export function escapedQuoteEnd(text: string, s: number, e: number): number {
  const q = text.charCodeAt(s - 1);
  if (q !== 34 && q !== 39) return e;
  let n = 0;
  while (s - 2 - n >= 0 && text.charCodeAt(s - 2 - n) === 92) n++;
  let m = 0;
  while (text.charCodeAt(e + m) === 92) m++;
  if (m <= n || text.charCodeAt(e + m) !== q) return e;
  const stop = Math.min(text.length, e + 300);
  for (let i = e + m + 1; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return e;
    if (c !== q) continue;
    let b = 0;
    while (text.charCodeAt(i - 1 - b) === 92) b++;
    if (b !== n) continue;
    if (i + 1 < text.length && !/[\s,;}\])\\]/.test(text[i + 1]!)) return e;
    // JSON written into the string (`"state":"{\"token\":null,…}"`) is an object, not a password with a quote in it.
    return /^[{[]/.test(text.slice(s, e)) || /\\"\s{0,2}[:,]/.test(text.slice(e, i)) ? e : i - n;
  }
  return e;
}

/** True when `value` ends in a separator (`_`, `-`, `.`, `:`) and a mask follows it at once (`*`, `…`, `•`, `...`). */
function maskedAfterPrefix(value: string, ctx: MatchContext): boolean {
  const last = value.charCodeAt(value.length - 1);
  if (last !== 95 && last !== 45 && last !== 46 && last !== 58) return false;
  const c = ctx.text.charCodeAt(ctx.end);
  return c === 42 || c === 0x2026 || c === 0x2022 || (c === 46 && ctx.text.startsWith('..', ctx.end + 1));
}

/** The offsets of a `d`-flagged match's sensitive part: group `v`, `w` or `u`, else the whole match. */
function valueSpan(m: RegExpExecArray): [number, number] {
  const g = m.indices!.groups;
  return g?.['v'] ?? g?.['w'] ?? g?.['u'] ?? m.indices![0]!;
}
