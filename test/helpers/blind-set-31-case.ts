import type { Rng31 } from './blind-set-31-rng';

/** The three groups a planted value belongs to. */
export type Group31 = 'credential' | 'personal' | 'financial';

/** One planted value: its exact text, its own kind name and its group. */
export interface Planted31 {
  value: string;
  kind: string;
  group: Group31;
}

/** Records the values a template plants while it writes its text; each method returns the value. */
export class Plant31 {
  readonly values: Planted31[] = [];

  private add(kind: string, value: string, group: Group31): string {
    if (!this.values.some((v) => v.value === value && v.kind === kind)) this.values.push({ value, kind, group });
    return value;
  }

  /** Plants a credential (secret, token, password, private key). */
  c(kind: string, value: string): string {
    return this.add(kind, value, 'credential');
  }

  /** Plants personal data of a person. */
  p(kind: string, value: string): string {
    return this.add(kind, value, 'personal');
  }

  /** Plants a financial account number. */
  f(kind: string, value: string): string {
    return this.add(kind, value, 'financial');
  }
}

/** A positive template: writes one text with the values it plants. */
export interface Template31 {
  id: string;
  make: (r: Rng31, v: Plant31) => string;
}

/** A negative template: writes one text that holds no value. */
export interface NegTemplate31 {
  id: string;
  make: (r: Rng31) => string;
}

const CLOCK = new WeakMap<Rng31, number>();
const ORG = new WeakMap<Rng31, string>();

/** The case's clock in epoch milliseconds: a random moment of 2025 on first use, then a few ms to seconds later each call. */
function tick(r: Rng31): number {
  const prev = CLOCK.get(r);
  const t = prev === undefined ? r.int(1735689600, 1763900000) * 1000 + r.int(0, 999) : prev + r.int(3, 4000);
  CLOCK.set(r, t);
  return t;
}

/** Civil date and time of an epoch-ms instant (UTC), without the Date object. */
function civil(ms: number): { y: number; mo: number; d: number; h: number; mi: number; s: number; ms: number } {
  const days = Math.floor(ms / 86400000);
  const rem = ms - days * 86400000;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const mo = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (mo <= 2 ? 1 : 0), mo, d, h: Math.floor(rem / 3600000), mi: Math.floor(rem / 60000) % 60, s: Math.floor(rem / 1000) % 60, ms: rem % 1000 };
}

const p2 = (n: number): string => String(n).padStart(2, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An ISO-8601 UTC timestamp with milliseconds, on the case's clock. */
export function isoTs(r: Rng31): string {
  const c = civil(tick(r));
  return `${c.y}-${p2(c.mo)}-${p2(c.d)}T${p2(c.h)}:${p2(c.mi)}:${p2(c.s)}.${String(c.ms).padStart(3, '0')}Z`;
}

/** A syslog-style timestamp (`Mar 14 03:22:17`), on the case's clock. */
export function sysTs(r: Rng31): string {
  const c = civil(tick(r));
  return `${MONTHS[c.mo - 1]} ${String(c.d).padStart(2, ' ')} ${p2(c.h)}:${p2(c.mi)}:${p2(c.s)}`;
}

/** A plain `2025-05-03 14:02:11` timestamp, on the case's clock. */
export function plainTs(r: Rng31): string {
  const c = civil(tick(r));
  return `${c.y}-${p2(c.mo)}-${p2(c.d)} ${p2(c.h)}:${p2(c.mi)}:${p2(c.s)}`;
}

/** The case's clock as Unix epoch seconds. */
export function epoch(r: Rng31): number {
  return Math.floor(tick(r) / 1000);
}

/** A private IPv4 address. */
export function privIp(r: Rng31): string {
  return r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(2, 254)}`, `192.168.${r.int(0, 255)}.${r.int(2, 254)}`]);
}

/** A public-looking IPv4 address (cloud ranges). */
export function pubIp(r: Rng31): string {
  return `${r.pick(['3', '18', '34', '52', '54', '35', '20', '13', '104', '185'])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 254)}`;
}

/** The case's company slug used in host names and account names (one per case). */
export function org(r: Rng31): string {
  const known = ORG.get(r);
  if (known !== undefined) return known;
  const o = r.pick([
    'northwind',
    'acme-telco',
    'voltline',
    'fieldpro',
    'meterwise',
    'brightgrid',
    'routely',
    'cellbridge',
    'gridsense',
    'fleetcore',
    'ampere-iot',
    'kestrel-net',
    'harbourtel',
    'sparkfleet',
    'tidewater',
  ]);
  ORG.set(r, o);
  return o;
}

/** A short hex request id like many gateways log. */
export function reqId(r: Rng31): string {
  return r.hex(8) + '-' + r.hex(4) + '-' + r.hex(4);
}

/** The body of a JSON string literal for `s` (escapes quotes, backslashes, newlines). */
export function jsonEsc(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

/** A Datadog-style alert header line. */
export function ddHeader(r: Rng31, title: string): string {
  const env = r.pick(['prod', 'production', 'prod-eu', 'prod-us', 'staging']);
  const named = /^([a-z][a-z0-9-]+):/.exec(title);
  return `[${r.pick(['Triggered', 'Warn', 'Triggered', 'Re-Triggered'])}] ${title}\nenv:${env} service:${named ? named[1] : r.pick(['sms-gateway', 'notify-svc', 'iot-ingest', 'fleet-sync', 'billing-worker', 'voice-edge', 'porting-svc', 'device-provisioner', 'fsm-connector', 'meter-collector'])} monitor_id:${r.int(10000000, 99999999)}`;
}
