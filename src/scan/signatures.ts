import { keyWords } from './key-names';

/** A hex or base64 digest. */
const DIGEST_RE = String.raw`(?:[0-9a-fA-F]{32,128}|[A-Za-z0-9+/]{27,88}={0,2})`;
/** One part of a signature header: `t=<unix time>`, `v1=`/`v0=`/`sha256=` and a digest, or Svix's `v1,<base64>`. */
const PART = String.raw`(?:t=\d{9,13}|[a-z]{1,6}\d{0,3}=${DIGEST_RE}|v\d{1,2},${DIGEST_RE})`;
/** Signature parts, comma-, semicolon- or space-separated (a value cut at its first comma is a lone `t=…`). */
const SIGNATURE_PARTS = new RegExp(String.raw`^${PART}(?:[,; ]\s?${PART})*$`);
/** A bare hex or base64 digest (what a `…-Signature` header carries without a scheme). */
const DIGEST = /^(?:[0-9a-fA-F]{32,128}|[A-Za-z0-9+/]{27,88}={0,2})$/;
/** An asymmetric signature in base64 (ECDSA ~96, RSA 172-684 characters): SendGrid's and Plaid's webhook signatures. */
const LONG_SIGNATURE = /^[A-Za-z0-9+/]{89,700}={0,2}$/;
/** The words a key ends with when it names an HMAC digest: `hmac`, `hmac_sha256`, `X-Shopify-Hmac-Sha256`, `hmacSignature`. */
const HMAC_TAIL = new Set(['hmac', 'signature', 'sig', 'sha1', 'sha256', 'sha512', 'digest']);

/**
 * True when `value` under `key` is a per-request signature, not a secret: an HMAC of one
 * request body that a webhook sender computes with its signing secret (`Stripe-Signature:
 * t=…,v1=<hex>`, `X-Slack-Signature: v0=<hex>`, `X-Hub-Signature-256: sha256=<hex>`). It
 * proves one request and cannot sign another, so it is not redacted as a leak. The key must
 * name a signature, and the value be versioned digest parts, or a bare digest under an HTTP
 * header name (`X-…-Signature`, `…-Signature`). Signing SECRETS (`whsec_…`,
 * `signing_secret=`) are other keys and other detectors and stay flagged.
 */
export function isRequestSignature(key: string, value: string, before = ''): boolean {
  const words = keyWords(key).filter((w) => !/^v?\d+$/.test(w)); // `X-HubSpot-Signature-v3`: the scheme's version
  const last = words[words.length - 1];
  // A key naming an HMAC (`hmac=`, `X-Shopify-Hmac-Sha256`, Adyen's `hmacSignature`) over a bare digest: one message's MAC.
  if (words.includes('hmac') && HMAC_TAIL.has(last ?? '') && DIGEST.test(value)) return true;
  if (last !== 'signature' && last !== 'sig') return false;
  if (SIGNATURE_PARTS.test(value)) return true;
  if (isSigV4Signature(key, value, before)) return true;
  if (isSnsSignature(key, value, before)) return true;
  return /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-Signature(?:-v?\d+)?$/i.test(key) && (DIGEST.test(value) || LONG_SIGNATURE.test(value));
}

/**
 * AWS Signature Version 4: the 64-hex `Signature=` of an `Authorization: AWS4-HMAC-SHA256
 * Credential=…, SignedHeaders=…, Signature=<hex>` header, and the `X-Amz-Signature` header or
 * field. An HMAC of one canonical request, like the webhook signatures above; the secret
 * access key that made it is never sent. `before` is the text before the key on its line.
 */
function isSigV4Signature(key: string, value: string, before: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(value)) return false;
  if (/^x-amz-signature$/i.test(key)) return true;
  return key === 'Signature' && /AWS4-HMAC-SHA256\b[^\n]*SignedHeaders=/.test(before);
}

/**
 * The `Signature` of an SNS message envelope (`"SignatureVersion":"1","Signature":"<base64>"`,
 * also JSON-escaped inside an SQS body or a dead letter): AWS's RSA signature of that one message,
 * checked with the public certificate at `SigningCertURL`. Public by design, no secret.
 */
function isSnsSignature(key: string, value: string, before: string): boolean {
  if (key !== 'Signature' || !/^[A-Za-z0-9+/]{100,700}={0,2}$/.test(value)) return false;
  if (/SignatureVersion\\{0,3}["']?\s{0,3}:\s{0,3}\\{0,3}["']?[12]\b/.test(before)) return true;
  // Round l86: pretty-printed, `SignatureVersion` sits on a line of its own above; the value's length is an RSA signature's
  // (128, 256 or 512 bytes in base64), which no API secret has.
  const n = value.replace(/=+$/, '').length;
  return (n >= 170 && n <= 172) || (n >= 341 && n <= 344) || (n >= 682 && n <= 684);
}

/**
 * Round r65: the `signature=` (64 hex) Shopify adds to every app-proxy request, beside its `timestamp=` and `shop=`
 * or `path_prefix=`: an HMAC of that one request's parameters, no reusable credential. Presigned URLs
 * (`X-Amz-Signature`, `Signature=` with `Expires=`) and Azure SAS `sig=` keep being read.
 */
export function shopifyProxySignature(v: string, text: string, start: number): boolean {
  if (!/^[0-9a-f]{64}$/.test(v) || !/[?&]signature=$/.test(text.slice(Math.max(0, start - 11), start))) return false;
  const q = text.lastIndexOf('?', start);
  if (q < 0 || start - q > 1200) return false;
  const rest = text.slice(start, start + 1024);
  const end = rest.search(/[\s"'<>#]|$/);
  const query = text.slice(q, start + end);
  return /[?&]timestamp=\d{9,13}(?:&|$)/.test(query) && /[?&](?:shop=[\w-]+\.myshopify\.com|path_prefix=)/.test(query) && !/(?:AWSAccessKeyId|X-Amz-|GoogleAccessId|Expires=|[?&]sv=|[?&]se=)/i.test(query);
}
