/** Set 42's case context and credential generators (real published shapes, fresh random bodies). */
import { B62, B64URL, DIGITS, HEX, LOWER, UPPER, Rng9 } from './blind-set-9-rng';
import { base62, crc32 } from './blind-set-42-check';

export type Group42 = 'credential' | 'personal' | 'financial';
export interface V42 {
  value: string;
  kind: string;
  group: Group42;
}

/** One case being built: its random stream and the values planted so far. */
export class Ctx42 {
  readonly vals: V42[] = [];
  constructor(readonly r: Rng9) {}
  /** Plants a credential and returns it. */
  c(kind: string, value: string): string {
    this.vals.push({ value, kind, group: 'credential' });
    return value;
  }
  /** Plants a personal value and returns it. */
  p(kind: string, value: string): string {
    this.vals.push({ value, kind, group: 'personal' });
    return value;
  }
  /** Plants a financial value and returns it. */
  f(kind: string, value: string): string {
    this.vals.push({ value, kind, group: 'financial' });
    return value;
  }
}

/** A template: a name and a maker that returns the text (planting values through the context). */
export interface Tpl42 {
  id: string;
  make: (x: Ctx42) => string;
}

export const tpl = (id: string, make: (x: Ctx42) => string): Tpl42 => ({ id, make });

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A CRC-tailed token in GitHub's scheme (also npm's). */
export const crcToken = (r: Rng9, prefix: string): string => {
  const body = r.b62(30);
  return `${prefix}_${body}${base62(crc32(body), 6)}`;
};

export const gen = {
  awsKeyId: (r: Rng9, p = 'AKIA') => p + r.chars(B32, 16),
  awsSecret: (r: Rng9) => r.chars(B62 + '+/', 40).replace(/^[+/]/, 'k'),
  ghp: (r: Rng9) => crcToken(r, r.pick(['ghp', 'ghp', 'gho', 'ghs'])),
  npm: (r: Rng9) => crcToken(r, 'npm'),
  glpat: (r: Rng9) => `glpat-${r.chars(B62 + '-_', 20)}`,
  slackHook: (r: Rng9) => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 10)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`,
  teamsHook: (r: Rng9) =>
    `https://${r.pick(['northwind', 'contosofreight', 'kraemerlogistik', 'alpinemfg'])}.webhook.office.com/webhookb2/${r.uuid()}@${r.uuid()}/IncomingWebhook/${r.hex(32)}/${r.uuid()}`,
  xoxb: (r: Rng9) => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}`,
  stripeSk: (r: Rng9) => `sk_live_51${r.b62(22)}${r.b62(72)}`,
  stripeRk: (r: Rng9) => `rk_live_51${r.b62(22)}${r.b62(72)}`,
  whsec: (r: Rng9) => `whsec_${r.b64(24).replace(/[+/=]/g, 'Q')}`,
  sendgrid: (r: Rng9) => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`,
  twilioToken: (r: Rng9) => r.hex(32),
  azureAdSecret: (r: Rng9) => `${r.chars(B62, 3)}${r.digits(1)}Q~${r.chars(B62 + '_~.-', 34)}`,
  azureStorageKey: (r: Rng9) => r.b64(64),
  sasKey: (r: Rng9) => r.b64(32),
  shpat: (r: Rng9) => `shpat_${r.hex(32)}`,
  shippo: (r: Rng9) => `shippo_live_${r.hex(40)}`,
  easypost: (r: Rng9) => `EZAK${r.hex(54)}`,
  samsara: (r: Rng9) => `samsara_api_${r.b62(30)}`,
  fedexKey: (r: Rng9) => `l7xx${r.hex(32)}`,
  grafana: (r: Rng9) => `glsa_${r.b62(32)}_${r.hex(8)}`,
  hvs: (r: Rng9) => `hvs.${r.chars(B64URL, 24)}`,
  openai: (r: Rng9) => `sk-proj-${r.chars(B64URL, 56)}T3BlbkFJ${r.chars(B64URL, 56)}`,
  influx: (r: Rng9) => r.b64url(64) + '==',
  datadog: (r: Rng9) => r.hex(32),
  atlassian: (r: Rng9) => `ATATT3xFfGF0${r.chars(B64URL, 170)}=${r.chars('0123456789ABCDEF', 8)}`,
  mailgun: (r: Rng9) => `key-${r.hex(32)}`,
  okta: (r: Rng9) => `00${r.chars(B62 + '-_', 40)}`,
  square: (r: Rng9) => `EAAA${r.chars(B64URL, 60)}`,
  hex: (r: Rng9, n: number) => r.hex(n),
  alnum: (r: Rng9, n: number) => r.b62(n),
  /** A password that reads like words, the way people choose them. */
  wordPass: (r: Rng9) =>
    `${r.pick(['Forklift', 'Pallet', 'Harbor', 'Diesel', 'Conveyor', 'Tundra', 'Gantry', 'Sprocket', 'Reefer', 'Dockyard', 'Lantern', 'Bosun'])}${r.pick(['!', '#', '@', '$', '.', '-', '_', '&'])}${r.pick(['Maple', 'Orbit', 'Cobalt', 'Falcon', 'Granite', 'Pepper', 'Willow', 'Quartz', 'Ember', 'Juniper'])}${r.int(10, 9999)}`,
  /** A password with spaces, the kind that needs quoting. */
  spacedPass: (r: Rng9) =>
    `${r.pick(['blue', 'rusty', 'quiet', 'seven', 'frozen', 'lucky', 'north'])} ${r.pick(['trailer', 'anchor', 'crate', 'bolt', 'ferry', 'pylon'])} ${r.pick(['moves', 'sleeps', 'hums', 'rolls'])} ${r.int(12, 98)}${r.pick(['!', '?', '%', '#'])}`,
  pass: (r: Rng9) => (r.next() < 0.5 ? r.password(r.int(12, 20)) : r.urlPassword(r.int(12, 18))),
  lower: (r: Rng9, n: number) => r.chars(LOWER, n),
  hexU: (r: Rng9, n: number) => r.chars(HEX.toUpperCase(), n),
};

/** A JWT whose header and payload are real JSON. */
export function jwt(r: Rng9, claims: Record<string, unknown>): string {
  const h = Buffer.from(JSON.stringify({ alg: r.pick(['RS256', 'HS256', 'ES256']), typ: 'JWT', kid: r.b62(12) })).toString('base64url');
  const p = Buffer.from(JSON.stringify({ ...claims, iat: 1760000000 + r.int(0, 9999999), exp: 1770000000 + r.int(0, 9999999), jti: r.uuid() })).toString('base64url');
  return `${h}.${p}.${r.b64url(r.pick([32, 64, 256]))}`;
}

/** A PEM private key with a random body, 64 columns. */
export function pem(r: Rng9, label = r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY'])): string {
  const n = label.startsWith('EC') ? 121 : label.startsWith('OPENSSH') ? 399 : r.pick([1190, 1217, 1218]);
  const body = r.b64(n).match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
}

/** HTTP Basic credentials as written in the header. */
export const basic = (user: string, pass: string): string => Buffer.from(`${user}:${pass}`).toString('base64');

/** A timestamp in ISO form. */
export const ts = (r: Rng9): string =>
  `2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.digits(3)}Z`;

/** A hostname inside a company domain (never a documentation domain). */
export const host = (r: Rng9): string =>
  `${r.pick(['erp', 's4p', 'mes', 'wms', 'edi', 'tms', 'as2', 'sftp'])}-${r.pick(['prd', 'qa', 'prod', 'p01'])}.${r.pick(['kraemer-logistik.de', 'northwindfreight.com', 'alpinemfg.io', 'bayside-cold.com', 'tristate-dist.net', 'vanderlinde-transport.nl'])}`;
