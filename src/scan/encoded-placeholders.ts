import { isPlaceholder } from './placeholders';
import { isVariableReference } from './references';

/** A value with percent escapes (`%24%7BVAR%7D`, `%3Cyour-key%3E`). */
const PERCENT = /%[0-9A-Fa-f]{2}/;
/** A standard or URL-safe base64 string of 8 or more characters, padded or not. */
const BASE64 = /^[A-Za-z0-9+/_-]{8,}={0,2}$/;

/** True when `v` as written is a slot: the shared placeholder list or a variable reference (`${X}`, `$(X)`, `$X`). A decoded document (JSON, several lines) is no one value and no slot. */
function isSlot(v: string): boolean {
  if (v.length === 0 || v.length > 128 || /["\n]/.test(v)) return false;
  return isPlaceholder(v) || isVariableReference(v);
}

/** `value` with its percent escapes (and form `+` spaces) decoded, or null when it has none or does not decode. */
function percentDecoded(value: string): string | null {
  if (!PERCENT.test(value)) return null;
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** `value` decoded from base64 when it is base64 of printable ASCII text, else null. */
function base64Text(value: string): string | null {
  if (!BASE64.test(value) || value.length % 4 === 1) return null;
  // Its first 12 characters first (9 bytes): most secrets decode to bytes that are not text at once.
  if (value.length > 16 && !PRINTABLE.test(decode64(value.slice(0, 12)))) return null;
  const text = decode64(value);
  return PRINTABLE.test(text) ? text : null;
}

/** Printable ASCII, three characters or more. */
const PRINTABLE = /^[\x20-\x7e]{3,}$/;

/** Standard or URL-safe base64 decoded, as Latin-1. */
function decode64(value: string): string {
  return Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
}

/**
 * True when `value` is a placeholder or a variable reference under one layer of encoding: after
 * percent-decoding (`%24%7BSF_CLIENT_SECRET%7D` is `${SF_CLIENT_SECRET}`, `%3Cyour-token%3E`), or
 * base64 of one (a Kubernetes Secret's `data:` value `JHtEQl9QQVNTV09SRH0=` is `${DB_PASSWORD}`;
 * a Docker `auth` of `user:${TOKEN}`, where the part after the first colon is the slot). The
 * decoded text is judged by the same placeholder rules as a value written plainly.
 */
export function isEncodedPlaceholder(value: string): boolean {
  const p = percentDecoded(value);
  if (p !== null && isSlot(p)) return true;
  const b = base64Text(value);
  if (b === null) return false;
  if (isSlot(b)) return true;
  const colon = b.indexOf(':');
  // `<key>:x` / `<key>:` is an API key sent as the user name (BambooHR, Stripe, Freshdesk): the key is the secret.
  if (colon >= 16 && /^[\w.-]+$/.test(b.slice(0, colon)) && !isSlot(b.slice(0, colon))) return false;
  return colon > 0 && colon < 100 && isSlot(b.slice(colon + 1));
}
