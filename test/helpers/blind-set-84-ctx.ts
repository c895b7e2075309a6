/**
 * Blind set 84: the shared types (a planted value, one HTTP call) and the per-case context that
 * plants values, or in a negative case masks them the way a careful logger would.
 */
import { Rng } from './blind-set-84-rng';

/** The three groups a planted value belongs to. */
export type Group = 'credential' | 'personal' | 'financial';

/** One planted value: exactly the characters a reader must not see. */
export interface Planted {
  value: string;
  kind: string;
  group: Group;
}

/** A JSON value (request and response bodies kept as objects for the formatters that print them). */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Header pairs in the order a client sends them. */
export type Hdrs = [string, string][];

/** One failed (or logged) call to a third-party API, before a client library prints it. */
export interface Call {
  vendor: string;
  /** A client class name for loggers that print one (Feign, .NET named clients). */
  client: string;
  /** A method name (Feign `Client#method`, GraphQL operation). */
  op: string;
  method: string;
  url: string;
  headers: Hdrs;
  body: string;
  bodyType: 'json' | 'form' | 'xml' | 'none';
  json?: Json;
  status: number;
  statusText: string;
  respHeaders: Hdrs;
  respBody: string;
  respJson?: Json;
  /** Basic-auth user and (planted) password, for printers that show the pair. */
  auth?: { user: string; pass: string };
}

const CRED_MASKS = ['[REDACTED]', '***', '<redacted>', '********', '[Filtered]', '[FILTERED]', 'REDACTED', '*****'];
/** Kinds a server issues (tokens, signatures, sessions): a clean log masks them, it never shows a placeholder. */
const ISSUED = new Set(['jwt', 'refresh-token', 'salesforce-session', 'salesforce-refresh', 'docusign-token', 'intuit-token', 'intuit-refresh', 'zoho-token', 'google-token', 'oauth-access-token', 'github-token', 'slack-token', 'stripe-webhook-secret', 'stripe-client-secret', 'shopify-token', 'session-cookie', 'aws-signature', 'aws-session-token', 'azure-sas-sig', 'gcs-signature', 'oauth-code', 'code-verifier', 'private-key']);
const PLACEHOLDERS = ['${TOKEN}', '<token>', '{{api_key}}', '$API_KEY', '<YOUR_API_KEY>', '{{access_token}}', '${SECRET}', 'changeme'];

/**
 * The per-case context: a seeded stream and the values planted so far (none in a clean case). Apps
 * mask some personal fields themselves, so even a positive case prints part of them masked.
 */
export class Ctx {
  readonly planted: Planted[] = [];
  /** What a clean (or partly masked) case hid: kept so a check can prove none of it was printed. */
  readonly hidden: string[] = [];
  /** The mask style a clean case uses throughout. */
  readonly mask: string;
  private readonly placeholders: boolean;
  /** In a positive case, the share of personal values the app did not mask itself. */
  private readonly keepPersonal: number;

  constructor(
    readonly r: Rng,
    readonly clean: boolean,
    /** The case's slot in its source, which spreads vendors evenly over a source's cases. */
    readonly slot = -1,
  ) {
    this.mask = r.pick(CRED_MASKS);
    this.placeholders = r.chance(0.3);
    this.keepPersonal = r.pick([0.4, 0.5, 0.6]);
  }

  /** Plants a credential (or masks it in a clean case). */
  cred(kind: string, value: string): string {
    if (this.clean) return this.hide(value, this.placeholders && !ISSUED.has(kind) && this.r.chance(0.6) ? this.r.pick(PLACEHOLDERS) : this.mask);
    return this.plant(kind, value, 'credential');
  }

  /** Plants a personal value (or masks it). */
  pers(kind: string, value: string): string {
    if (this.clean || !this.r.chance(this.keepPersonal)) return this.hide(value, this.mask);
    return this.plant(kind, value, 'personal');
  }

  /** A name part (first or last name): masked in a clean case, planted when longer than six characters. */
  part(kind: string, value: string): string {
    if (this.clean || !this.r.chance(this.keepPersonal)) return this.hide(value, this.mask);
    return value.length > 6 ? this.plant(kind, value, 'personal') : value;
  }

  /** Plants a financial value (or masks it; card numbers keep their last four as PCI allows). */
  fin(kind: string, value: string): string {
    if (this.clean) return this.hide(value, kind === 'card' && this.r.chance(0.5) ? '*'.repeat(12) + value.replace(/\D/g, '').slice(-4) : this.mask);
    return this.plant(kind, value, 'financial');
  }

  private hide(value: string, shown: string): string {
    this.hidden.push(value);
    return shown;
  }

  private plant(kind: string, value: string, group: Group): string {
    this.planted.push({ value, kind, group });
    return value;
  }
}

/** The first value of a header (case-insensitive), or ''. */
export function hdr(h: Hdrs, name: string): string {
  const n = name.toLowerCase();
  return h.find(([k]) => k.toLowerCase() === n)?.[1] ?? '';
}

/** Headers without repeats of a name (the first one wins, case-insensitively). */
export function uniqHeaders(h: Hdrs): Hdrs {
  const seen = new Set<string>();
  return h.filter(([k]) => {
    const n = k.toLowerCase();
    if (seen.has(n)) return false;
    seen.add(n);
    return true;
  });
}

/** A client's default headers overridden in place (and extended) by the request's own. */
export function mergeHeaders(defaults: Hdrs, own: Hdrs): Hdrs {
  const out: Hdrs = defaults.map(([k, v]) => [k, v]);
  for (const [k, v] of own) {
    const i = out.findIndex(([d]) => d.toLowerCase() === k.toLowerCase());
    if (i >= 0) out[i] = [out[i]![0], v];
    else out.push([k, v]);
  }
  return out;
}

/** The host of a URL, without any user info. */
export function hostOf(url: string): string {
  const m = /^[a-z]+:\/\/(?:[^@/]*@)?([^/:?]+)/i.exec(url);
  return m ? m[1]! : 'localhost';
}

/** The path and query of a URL. */
export function pathOf(url: string): string {
  const m = /^[a-z]+:\/\/[^/]+(\/.*)?$/i.exec(url);
  return m?.[1] ?? '/';
}

/** A URL with its user info removed (as most clients print it in a request line). */
export function noUserInfo(url: string): string {
  return url.replace(/^([a-z]+:\/\/)[^@/]*@/i, '$1');
}

/** UTF-8 byte length of a text (a Content-Length). */
export function byteLen(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** JSON string escaping without the quotes. */
export function jsonEsc(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

/** Escapes every ASCII-unsafe character as \uXXXX (Python json.dumps ensure_ascii). */
export function asciiEsc(s: string): string {
  return s.replace(/[\u0080-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** A Python 3 `repr()` of a str (quote choice as CPython makes it). */
export function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  return q + (q === "'" ? body.replace(/'/g, "\\'") : body) + q;
}

/** A Python 3 `repr()` of bytes holding the UTF-8 of s. */
export function pyBytesRepr(s: string): string {
  const buf = Buffer.from(s, 'utf8');
  const q = buf.includes(0x27) && !buf.includes(0x22) ? '"' : "'";
  let out = '';
  for (const b of buf) {
    if (b === 0x5c) out += '\\\\';
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b === 0x09) out += '\\t';
    else if (q === "'" && b === 0x27) out += "\\'";
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += '\\x' + b.toString(16).padStart(2, '0');
  }
  return `b${q}${out}${q}`;
}

/** A Ruby/Elixir `inspect` of a string. */
export function rbInspect(s: string): string {
  return '"' + jsonEsc(s).replace(/#([{$@])/g, '\\#$1') + '"';
}

/** A Node `util.inspect` of a string (single quotes unless the text holds one). */
export function jsInspect(s: string): string {
  const e = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  if (!s.includes("'")) return `'${e}'`;
  if (!s.includes('"')) return `"${e}"`;
  if (!s.includes('`')) return '`' + e + '`';
  return `'${e.replace(/'/g, "\\'")}'`;
}

/** XML text escaping. */
export function xmlEsc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Apache HttpClient wire-log escaping of body bytes. */
export function wireEsc(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    if (b === 0x0d) out += '[\\r]';
    else if (b === 0x0a) out += '[\\n]';
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `[0x${b.toString(16)}]`;
  }
  return out;
}
