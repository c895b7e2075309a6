/**
 * Blind set 84: what surrounds a leak in real dumps and must not be taken for one: timestamps,
 * request and trace ids, idempotency keys, ETags, payload hashes, provider object ids, hosts.
 */
import { ALNUM, B64URL, Rng, b64 } from './blind-set-84-rng';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A moment of the case, in the forms loggers print it. */
export interface Moment {
  secs: number;
  iso: string;
  http: string;
  log: string;
  ruby: string;
  go: string;
}

/** A fresh timestamp near mid-2024. */
export function moment(r: Rng): Moment {
  const t = r.nowMs();
  const secs = Math.floor(t / 1000);
  const ms = t % 1000;
  const d = new Date(t);
  const iso = d.toISOString();
  const p = (n: number) => String(n).padStart(2, '0');
  const http = `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} GMT`;
  const log = `${iso.slice(0, 10)} ${iso.slice(11, 19)},${String(ms).padStart(3, '0')}`;
  const ruby = `${iso.slice(0, 19)}.${String(ms).padStart(3, '0')}${r.digits(3)}`;
  const go = `${iso.slice(0, 10).replace(/-/g, '/')} ${iso.slice(11, 19)}`;
  return { secs, iso, http, log, ruby, go };
}

/** A W3C traceparent. */
export function traceparent(r: Rng): string {
  return `00-${r.hex(32)}-${r.hex(16)}-01`;
}

/** Trace and request-id headers a client or proxy adds. */
export function traceHeaders(r: Rng): [string, string][] {
  const all: [string, string][] = [
    ['traceparent', traceparent(r)],
    ['x-datadog-trace-id', String(r.int(1e9, 9e9)) + r.digits(9)],
    ['x-datadog-parent-id', String(r.int(1e9, 9e9)) + r.digits(8)],
    ['x-b3-traceid', r.hex(16)],
    ['X-Request-Id', r.uuid()],
    ['X-Amzn-Trace-Id', `Root=1-${r.hex(8)}-${r.hex(24)}`],
  ];
  return r.shuffle(all).slice(0, r.int(0, 2));
}

/** A provider object id (cus_, ch_, pi_, acct_, evt_, req_, seti_, pm_…). */
export function stripeId(r: Rng, prefix: string): string {
  return `${prefix}_${r.chars(ALNUM, prefix === 'req' ? 14 : 24)}`;
}

/** A Salesforce 18-character record id of an object prefix. */
export function sfId(r: Rng, prefix = r.pick(['001', '003', '006', '00Q', '500'])): string {
  return `${prefix}${r.chars('0123456789', 2)}${r.chars(ALNUM, 13)}`;
}

/** A strong ETag. */
export function etag(r: Rng): string {
  return r.chance(0.5) ? `"${r.hex(32)}"` : `W/"${r.hex(8)}-${r.chars(ALNUM + '+/', 27)}"`;
}

/** A Content-MD5 (base64 of 16 bytes). */
export function contentMd5(r: Rng): string {
  return b64(r.bytes(16));
}

/** A git commit SHA. */
export function gitSha(r: Rng): string {
  return r.hex(40);
}

/** A Cloudflare ray id. */
export function cfRay(r: Rng): string {
  return `${r.hex(16)}-${r.pick(['IAD', 'FRA', 'LHR', 'SJC', 'AMS', 'NRT'])}`;
}

/** A Twilio SID of a kind (SM message, AC account, CA call, MG service). */
export function twilioId(r: Rng, prefix: string): string {
  return `${prefix}${r.hex(32)}`;
}

/** A HubSpot correlation id / object id pair. */
export function hubspotIds(r: Rng): { correlationId: string; objectId: string; portalId: string } {
  return { correlationId: r.uuid(), objectId: String(r.int(1e10, 9.9e10)), portalId: String(r.int(1e6, 4.9e7)) };
}

/** An Okta error id (`oae…`). */
export function oktaErrorId(r: Rng): string {
  return `oae${r.chars(ALNUM, 19)}`;
}

/** A Stripe publishable key (public by design). */
export function stripePk(r: Rng): string {
  return `pk_live_51${r.chars(ALNUM, 12)}${r.chars(ALNUM, 84)}`;
}

/** An x-amz-content-sha256 / payload hash. */
export function sha256Hex(r: Rng): string {
  return r.hex(64);
}

/** A client hostname / pod name. */
export function podName(r: Rng): string {
  return `${r.pick(['billing-worker', 'crm-sync', 'payments-api', 'notify-svc', 'integrations', 'ledger-export'])}-${r.hex(10).slice(0, 9)}-${r.chars('bcdfghjklmnpqrstvwxz2456789', 5)}`;
}

/** A base64url random id (Okta request ids, GitHub request ids…). */
export function reqIdB64(r: Rng, n = 22): string {
  return r.chars(B64URL, n);
}

/** A GitHub request id (`C1D2:3E4F:…`). */
export function githubReqId(r: Rng): string {
  return `${r.hex(4).toUpperCase()}:${r.hex(5).toUpperCase()}:${r.hex(7).toUpperCase()}:${r.hex(7).toUpperCase()}:${r.hex(8).toUpperCase()}`;
}
