import type { Rng89 } from './blind-set-89-rng';

/** Credential generators in each provider's real shape. */
const b64u = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');
export const basic = (user: string, pass: string): string => Buffer.from(`${user}:${pass}`, 'utf8').toString('base64');

export function jwt(r: Rng89, claims: Record<string, unknown>, alg = r.pick(['RS256', 'HS256', 'ES256']), extra: Record<string, unknown> = {}): string {
  const now = 1735689600 + r.int(0, 25_000_000);
  const head = b64u(JSON.stringify({ alg, typ: 'JWT', ...extra }));
  const body = b64u(JSON.stringify({ ...claims, iat: now, exp: now + r.pick([900, 1799, 3600, 86400]) }));
  const sig = r.b64url(alg === 'RS256' ? 342 : alg === 'ES256' ? 86 : 43);
  return `${head}.${body}.${sig}`;
}

export const T = {
  awsKeyId: (r: Rng89) => r.pick(['AKIA', 'ASIA']) + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16),
  awsSecret: (r: Rng89) => r.b64(40).replace(/\+/g, 'x'),
  twilioSid: (r: Rng89) => `AC${r.hex(32)}`,
  twilioToken: (r: Rng89) => r.hex(32),
  twilioKeySid: (r: Rng89) => `SK${r.hex(32)}`,
  twilioKeySecret: (r: Rng89) => r.alnum(32),
  easypost: (r: Rng89) => `EZAK${r.hex(54)}`,
  easypostWebhook: (r: Rng89) => r.alnum(32),
  shippo: (r: Rng89) => `shippo_live_${r.hex(40)}`,
  hex32: (r: Rng89) => r.hex(32),
  alnum32: (r: Rng89) => r.alnum(32),
  upsClientId: (r: Rng89) => r.alnum(48),
  upsSecret: (r: Rng89) => r.alnum(64),
  fedexClientId: (r: Rng89) => `l7${r.hex(32)}`,
  fedexSecret: (r: Rng89) => r.hex(32),
  dhlKey: (r: Rng89) => r.alnum(32),
  googleKey: (r: Rng89) => `AIza${r.b64url(35)}`,
  mapboxSk: (r: Rng89) => `sk.${b64u(JSON.stringify({ u: r.pick(['fleetops', 'acme-logistics', 'routeplan', 'dispatch-eu']), a: r.lower(25) }))}.${r.b64url(22)}`,
  amadeusSecret: (r: Rng89) => r.alnum(16),
  amadeusToken: (r: Rng89) => r.alnum(28),
  duffel: (r: Rng89) => `duffel_live_${r.b64url(43)}`,
  kiwi: (r: Rng89) => r.b64url(32),
  ddSecret: (r: Rng89) => r.b64url(43),
  uberSecret: (r: Rng89) => r.b64url(40),
  uberToken: (r: Rng89) => `IA.${r.b64url(r.int(300, 380))}`,
  onfleet: (r: Rng89) => r.hex(32),
  vonageSecret: (r: Rng89) => r.alnum(16),
  plivoToken: (r: Rng89) => r.alnum(40),
  messagebird: (r: Rng89) => r.alnum(25),
  samsara: (r: Rng89) => `samsara_api_${r.alnum(30)}`,
  geotabSession: (r: Rng89) => r.b64url(22),
  stripe: (r: Rng89) => `sk_live_${r.alnum(99)}`,
  stripeWh: (r: Rng89) => `whsec_${r.alnum(32)}`,
  svixWh: (r: Rng89) => `whsec_${Buffer.from(r.hex(24), 'hex').toString('base64')}`,
  slackBot: (r: Rng89) => `xoxb-${r.num(12)}-${r.num(13)}-${r.alnum(24)}`,
  datadogApi: (r: Rng89) => r.hex(32),
  sendgrid: (r: Rng89) => `SG.${r.b64url(22)}.${r.b64url(43)}`,
  githubPat: (r: Rng89) => `ghp_${r.alnum(36)}`,
  navan: (r: Rng89) => r.alnum(48),
  smpp: (r: Rng89) => r.alnum(8),
  pin: (r: Rng89) => r.num(r.pick([6, 8])),
  sabreToken: (r: Rng89) => `Shared/IDL:IceSess\\/SessMgr:1\\.0.IDL/Common/!ICESMS\\/ACPCRTD!ICESMSLB\\/CRT.LB!-${r.num(19)}!${r.num(6)}!0!1!E2E-1`,
  sabreRest: (r: Rng89) => `T1RLAQ${r.b64(r.int(180, 240))}**`,
  lpa: (r: Rng89) => `LPA:1$${r.pick(['rsp.truphone.com', 'smdp.io', 'consumer.rsp.world', 'sm-dp-plus.gsma.oberthur.com', 'rsp-eu.simlessly.com'])}$${r.pick([`${r.upnum(4)}-${r.upnum(4)}-${r.upnum(4)}-${r.upnum(4)}`, `QR-G-${r.upnum(2)}-${r.upnum(3)}-${r.upnum(6)}`, r.upnum(24)])}`,
  concurRefresh: (r: Rng89) => r.b64url(r.int(60, 80)),
  hereKey: (r: Rng89) => r.b64url(43),
  pgPass: (r: Rng89) => r.alnum(r.int(16, 28)),
  hmacSecret: (r: Rng89) => r.hex(64),
  bandwidthPass: (r: Rng89) => r.password(14, 22),
  expediaKey: (r: Rng89) => r.lower(26),
  expediaSecret: (r: Rng89) => r.lower(13),
};
