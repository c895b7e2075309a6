import type { MatchContext } from './detector';
import { keyWords, NON_SECRET_ENV_KEYS, secretKeyKind } from './key-names';
import { isPlaceholder } from './placeholders';
import { isLowEntropy, shannonEntropy } from './validators';

/**
 * Keys named `key` with no secret word before it (`Key=`, `courier_key:`, `azure_key:`) and the values that make them
 * credentials anyway. Shared by secret-assignment (generic.ts) and the numbered forms (detectors/key-forms-more.ts).
 */

/**
 * Words before a bare `key` that make it a data key, not a credential: cache, storage and message keys, ids and
 * translations (`record_key`, `commitKey`, `s3_key`, `i18nKey`), on top of key-names' non-secret env words.
 */
const DATA_KEY_WORDS: ReadonlySet<string> = new Set(['commit', 'content', 'entity', 'item', 'record', 'node', 'doc', 'document', 'job', 'task', 'checksum', 'digest', 'blob', 'image', 'asset', 'upload', 'media', 'attachment', 'locale', 'host', 'column', 'field', 'table', 'dict', 'json', 'yaml', 'attr', 'attribute', 'property', 'prop', 'setting', 'option', 'param', 'name', 'hot', 'short', 'long', 'enum', 'type', 'kind', 'react', 'vue', 'list', 'child', 'parent', 'tree', 'menu', 'nav', 'route', 'url', 'link', 'css', 'style', 'theme', 'color', 'font', 'icon', 'button', 'form', 'input', 'modal', 'tab', 'step', 'row', 'ssh', 'gpg', 'pgp', 'publishable', 'public', 'pub', 'verify', 'verification', 'signature', 'sig', 'context', 'subject', 'anon', 'anonymous', 'guest', 'visitor', 'device', 'member', 'account', 'customer', 'tenant', 'org', 'project', 'workspace', 'aggreg', 'aggregation', 'alert', 'incident', 'monitor', 'dedup', 'group', 'fingerprint', 'report', 'export', 'download', 'result', 'query', 'search', 'lookup', 'object', 'file', 'event', 'message', 'request', 'trace', 'hash', 'row', 'partition', 'sort', 'index', 'map', 'shard', 'bucket']);

/** ULIDs (26 Crockford base32, time first) and UUIDs are the usual random ids of message, sort and idempotency keys. */
const ID_SHAPES = /^(?:[0-7][0-9A-HJKMNP-TV-Z]{25}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24})$/i;

/**
 * A value under a key that does not say "secret" on its own (`Key=`, `courier_key:`, `azure_key:`) that reads as
 * a generated credential anyway: 20+ characters of one token (no spaces, colons or path words), letters with digits,
 * no UUID or ULID, no words, not low-entropy, and 3.5 bits a character. Hex (a digest, an aggregation key) and a
 * one-case run under a bare `key` are taken only when the line says the key is used (`Using Key=…`) or a secret
 * stands beside it (`key=… secret=…`); a one-case run of 24+ under a vendor key (`azure_key`) is taken as it is.
 */
export function generatedKeyValue(v: string, bare: boolean, ctx: MatchContext): boolean {
  if (v.length < 20 || v.length > 1024 || !/^[A-Za-z0-9+/=_~.-]+$/.test(v) || !/\d/.test(v) || !/[A-Za-z]/.test(v)) return false;
  // `=` only as base64 padding: `kid=AbCd…` is another assignment, not the key.
  if (ID_SHAPES.test(v) || /=(?!=*$)/.test(v) || isLowEntropy(v) || isPlaceholder(v)) return false;
  // A bare `key` after the word that says which (`message key: …`, `cache key=…`, `partition key …`).
  if (bare && dataKeyBefore(ctx)) return false;
  // A key built from an id (`guest-<uuid>`, `order-<uuid>`) or from words (`node-modules-Linux-<sha>`, a CI cache key).
  if (/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(v)) return false;
  const words = v.split(/[-_.]/).filter((w) => /^(?:[a-z]{3,}|[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})*)\d{0,2}$/.test(w)).length;
  if (words >= 2 || (words === 1 && v.length < 32)) return false; // `Cart-2024-ABCdef123456`: a name, a year, a code
  // Standard base64 may hold `/`; a path (`uploads/2024/a.png`, `tenants/acme/42`) holds `.`, `_`, `-` or lowercase words.
  if (v.includes('/') && (!/^[A-Za-z0-9+/]+={0,2}$/.test(v) || /(?:^|\/)[a-z]{3,}(?:\/|$)/.test(v) || !/[A-Z]/.test(v))) return false;
  // Dotted values are ids and names (`checkout.button2.label`, `com.acme.app`) unless a JWT's three parts.
  if (v.includes('.') && !/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(v)) return false;
  const hex = /^[0-9a-f]+$/i.test(v);
  if (hex) {
    // Hex under a key that does not say secret is a digest or an aggregation key (Datadog's `aggreg_key`) unless used as a credential.
    if (v.length < 32 || shannonEntropy(v) < 3.2) return false;
    // 64 lower-case hex under a vendor's own key (`gorgiasKey`, `GORGIAS_KEY`): 32 random bytes as the vendor issues them.
    // Not under a key whose word before `key` names a digest or a stored object (`build_key`, `layer_key`).
    // Round l87 (blind set 87): 32 too under a product's API key (`greenhouse_harvest_key=7d2e…`, 16 random bytes); not under
    // any `<thing>_key` (`"ListingKey":"3164…"` of a real-estate feed is a record's key).
    if (!bare && (v.length === 64 || (v.length === 32 && apiKeyName(ctx.key))) && /^[0-9a-f]+$/.test(v) && vendorHexKey(ctx.key)) return true;
    return usedOrPaired(ctx);
  }
  if (shannonEntropy(v) < 3.5) return false;
  // One case with digits (`uie5tff7m5…`) under a vendor key is fine at 24+; a shorter one-case run is more often an id.
  return /[a-z]/.test(v) && /[A-Z]/.test(v) ? true : (!bare && v.length >= 24) || usedOrPaired(ctx);
}

/** A vendor key with its product's API word (`greenhouse_harvest_key`, `sumo_ingest_key`). */
function apiKeyName(key: string | undefined): boolean {
  const w = key === undefined ? [] : keyWords(key);
  return w.length === 3 && API_WORD.test(w[1]!);
}
const API_WORD = /^(?:harvest|ingest|server|admin|management|partner|service)$/;

/** Words before `key` that make 64 hex a digest or an object's key, not a vendor's API key. */
const DIGEST_KEY_WORDS = /^(?:build|artifact|layer|manifest|sha\d*|md5|blake\d*|cas|git|tree|pack|chunk|block|segment|part|store|snapshot|release|asset|bundle|archive|package|pkg|module|lock|seed|salt|nonce|iv)$/;

/** True for a key of two words, a vendor's name then `key` (`gorgiasKey`, `gorgias_key`), not a digest's key. */
function vendorHexKey(key: string | undefined): boolean {
  if (key === undefined) return false;
  const w = keyWords(key);
  // Round l87: a product's own API word between (`greenhouse_harvest_key`, `sumo_ingest_key`, `postmark_server_key`).
  if (w.length === 3 && w[2] === 'key' && API_WORD.test(w[1]!)) return w[0]!.length >= 4 && !DIGEST_KEY_WORDS.test(w[0]!) && !DATA_KEY_WORDS.has(w[0]!) && !NON_SECRET_ENV_KEYS.has(w[0]!);
  return w.length === 2 && w[1] === 'key' && w[0]!.length >= 4 && !DIGEST_KEY_WORDS.test(w[0]!) && !DATA_KEY_WORDS.has(w[0]!) && !NON_SECRET_ENV_KEYS.has(w[0]!);
}

/** True when the word right before a bare `key` names a data key (`message key:`, `sort key=`). */
function dataKeyBefore(ctx: MatchContext): boolean {
  const ms = ctx.matchStart ?? ctx.start;
  const w = /([A-Za-z0-9]+)[ \t]{1,3}$/.exec(ctx.text.slice(Math.max(0, ms - 24), ms))?.[1]?.toLowerCase();
  return w !== undefined && (NON_SECRET_ENV_KEYS.has(w) || DATA_KEY_WORDS.has(w));
}

/** True when the line says the key is used as a credential (`[DEBUG] Using Key=`) or a secret is assigned beside it. */
function usedOrPaired(ctx: MatchContext): boolean {
  const ms = ctx.matchStart ?? ctx.start;
  const ls = ctx.text.lastIndexOf('\n', ms - 1) + 1;
  if (/\busing\b[^=:\n]{0,40}$/i.test(ctx.text.slice(Math.max(ls, ms - 60), ms))) return true;
  let le = ctx.text.indexOf('\n', ctx.end);
  if (le < 0) le = ctx.text.length;
  const line = ctx.text.slice(ls, ms) + ' ' + ctx.text.slice(ctx.end, le);
  return /(?:secret|password|passwd|token)\w{0,8}["']?[ \t]{0,3}[=:-][ \t]{0,3}["']?[\w+/=.-]{16}/i.test(line);
}

/** Vendor key names already judged (logs repeat the same few keys: `cache_key`, `Key`). */
const VENDOR_KINDS = new Map<string, 'bare' | 'vendor' | null>();

/**
 * A key named `key` that key-names leaves (secretKeyKind null): `bare` for `key`/`Key` alone, `vendor` for a vendor
 * or product before it (`courier_key`, `azure_key`, `cloudconvertKey`, `bitmexkey`); null when a word says it is a
 * data key (`cache_key`, `sort_key`, `s3Key`, `record_key`, `i18nKey`) or the key is not about a key.
 */
export function vendorKeyName(key: string): 'bare' | 'vendor' | null {
  const known = VENDOR_KINDS.get(key);
  if (known !== undefined) return known;
  let kind: 'bare' | 'vendor' | null = null;
  if (/key$/i.test(key) && secretKeyKind(key) === null) {
    const words = keyWords(key);
    const last = words[words.length - 1] ?? '';
    const prev = last === 'key' ? words[words.length - 2] : last.slice(0, -3);
    if (prev === undefined) kind = 'bare';
    else if (prev !== '' && words.length <= 3 && !words.some((w) => NON_SECRET_ENV_KEYS.has(w) || DATA_KEY_WORDS.has(w)) && !NON_SECRET_ENV_KEYS.has(prev) && !DATA_KEY_WORDS.has(prev)) kind = 'vendor';
  }
  if (VENDOR_KINDS.size >= 1024) VENDOR_KINDS.clear();
  VENDOR_KINDS.set(key, kind);
  return kind;
}

/** A generated value under a vendor's own key (`gorgiasKey`, `courier_key`) as other forms than `key = value` hold it (name/value pairs, property lists). */
export function vendorKeyValue(key: string | undefined, v: string, ctx: MatchContext): boolean {
  return key !== undefined && vendorKeyName(key) === 'vendor' && generatedKeyValue(v, false, ctx);
}
