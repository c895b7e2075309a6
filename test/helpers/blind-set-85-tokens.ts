import { b64 } from './blind-set-85-enc';
import { githubChecksum } from './blind-set-85-format';
import type { Rng85 } from './blind-set-85-rng';

/** Blind set 85: integration credentials in each provider's published shape. */

const b64u = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

export function jwt(r: Rng85, payload: Record<string, unknown>, alg: 'HS256' | 'RS256' = 'HS256', kid?: string): string {
  const header: Record<string, unknown> = alg === 'RS256' ? { typ: 'JWT', alg, ...(kid ? { kid } : {}) } : { alg, typ: 'JWT' };
  return `${b64u(header)}.${b64u(payload)}.${r.b64url(alg === 'RS256' ? 342 : 43)}`;
}

export const T = {
  zendeskToken: (r: Rng85): string => r.alnum(40),
  zendeskOauth: (r: Rng85): string => r.hex(64),
  intercom: (r: Rng85): string => b64(`tok:${r.uuid().replace(/-/g, '_')}:1:0`),
  front: (r: Rng85, t: number): string => jwt(r, { scopes: ['shared:*', 'private:*'], iat: t, iss: 'front', sub: r.lowerAlnum(8), jti: r.hex(16) }),
  helpscout: (r: Rng85): string => r.hex(32),
  gorgias: (r: Rng85): string => r.hex(64),
  kustomer: (r: Rng85, t: number): string => jwt(r, { id: r.hex(24), user: r.hex(24), org: r.hex(24), orgName: r.lowerAlnum(7), userType: 'machine', pod: 'prod1', roles: ['org.user.message.read', 'org.user.conversation.write'], aud: 'urn:consumer', iss: 'urn:api', sub: r.hex(24), iat: t }),
  freshdesk: (r: Rng85): string => r.alnum(20),
  sfSession: (r: Rng85): string => `00D${r.alnum(12)}!AQ${r.pick(['0AQ', '8AQ', '4AQ'])}${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._', 92)}`,
  slackBot: (r: Rng85): string => `xoxb-${r.num(r.int(10, 13))}-${r.num(13)}-${r.alnum(24)}`,
  slackUser: (r: Rng85): string => `xoxp-${r.num(r.int(10, 13))}-${r.num(12)}-${r.num(13)}-${r.hex(32)}`,
  slackApp: (r: Rng85): string => `xapp-1-A${r.upperAlnum(10)}-${r.num(13)}-${r.hex(64)}`,
  slackSigning: (r: Rng85): string => r.hex(32),
  slackWebhook: (r: Rng85): string => `https://hooks.slack.com/services/T${r.upperAlnum(r.int(8, 10))}/B${r.upperAlnum(r.int(8, 10))}/${r.alnum(24)}`,
  teamsWebhook: (r: Rng85): string => `https://${r.pick(['contoso', 'acmecorp', 'northwind', 'fabrikam'])}${r.lowerAlnum(3)}.webhook.office.com/webhookb2/${r.uuid()}@${r.uuid()}/IncomingWebhook/${r.hex(32)}/${r.uuid()}/V2${r.b64url(43).replace(/[-_]/g, 'x')}`,
  graph: (r: Rng85, t: number, upn: string): string =>
    jwt(r, { aud: 'https://graph.microsoft.com', iss: `https://sts.windows.net/${r.uuid()}/`, iat: t, nbf: t, exp: t + 4199, app_displayname: 'Support Bridge', appid: r.uuid(), scp: 'Chat.ReadWrite ChannelMessage.Send User.Read', tid: r.uuid(), upn, ver: '1.0' }, 'RS256', r.b64url(27)),
  twilioToken: (r: Rng85): string => r.hex(32),
  twilioSid: (r: Rng85): string => `AC${r.hex(32)}`,
  twilioKeySecret: (r: Rng85): string => r.alnum(32),
  sendgrid: (r: Rng85): string => `SG.${r.b64url(22)}.${r.b64url(43)}`,
  mailgun: (r: Rng85): string => (r.chance(0.5) ? `key-${r.hex(32)}` : `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`),
  postmark: (r: Rng85): string => r.uuid(),
  meta: (r: Rng85): string => `EAA${r.pick(['G', 'J', 'B', 'I', 'N'])}${r.alnum(r.int(150, 200))}`,
  awsKey: (r: Rng85): string => `AKIA${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`,
  awsSecret: (r: Rng85): string => r.b64(40),
  ddApi: (r: Rng85): string => r.hex(32),
  ddApp: (r: Rng85): string => r.hex(40),
  stripe: (r: Rng85): string => `${r.pick(['sk', 'rk'])}_live_${r.alnum(r.chance(0.5) ? 24 : 99)}`,
  github: (r: Rng85): string => {
    const rnd = r.alnum(30);
    return `${r.pick(['ghp', 'gho', 'ghu'])}_${rnd}${githubChecksum(rnd)}`;
  },
  shopify: (r: Rng85): string => `shpat_${r.hex(32)}`,
  livechatPat: (r: Rng85): string => `${r.pick(['dal', 'fra'])}:${r.b64url(27)}`,
  drift: (r: Rng85): string => r.alnum(32),
  crispKey: (r: Rng85): string => r.hex(64),
  webhookSecret: (r: Rng85): string => r.pick([r.b64(43) + '=', r.hex(40), `whsec_${r.b64(32)}`]),
  openai: (r: Rng85): string => `sk-proj-${r.b64url(48)}T3BlbkFJ${r.b64url(48)}`,
};

/** Passwords people really type (and paste), in many languages. */
export function password(r: Rng85): string {
  const words = ['Sommer', 'Hexe', 'soleil', 'Primavera', 'verano', 'Saudade', 'gattino', 'Zonnebloem', 'Kwiatek', 'sakura', 'Galatasaray', 'Blessed', 'Liverpool', 'Bayern', 'Bella', 'tulipan', 'Maison', 'pastel', 'Kedi', 'hanabi'];
  const sym = r.pick(['!', '#', '$', '*', '@', '?', '%', '&', '.', '_', '-', '+']);
  switch (r.int(0, 6)) {
    case 0:
      return `${r.pick(words)}${r.int(1960, 2025)}${sym}`;
    case 1:
      return `${r.pick(words)}${sym}${r.digits(r.int(2, 4))}${r.pick(words).toLowerCase()}`;
    case 2:
      return r.str('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', r.int(10, 16)) + sym;
    case 3:
      return `${r.pick(words)}.${r.pick(words)}.${r.digits(2)}`;
    case 4:
      return `${r.str('abcdefghijklmnopqrstuvwxyz', 4)}${r.digits(4)}${sym}${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2)}`;
    case 5:
      return r.pick(['Straße', 'Ağustos', 'Żółw', 'Coração', 'Château', 'Niño']) + r.digits(4) + sym;
    default:
      return `${r.pick(words)}${sym}${r.pick(words)}${r.digits(1)}`;
  }
}

/** A pasted third-party key a customer shares: [value, kind, label]. */
export function pastedKey(r: Rng85): [string, string, string] {
  switch (r.int(0, 9)) {
    case 0: return [T.stripe(r), 'stripe-key', 'Stripe secret key'];
    case 1: return [T.github(r), 'github-token', 'GitHub token'];
    case 2: return [T.shopify(r), 'shopify-token', 'Shopify admin token'];
    case 3: return [T.sendgrid(r), 'sendgrid-key', 'SendGrid key'];
    case 4: return [T.awsSecret(r), 'aws-secret-key', 'AWS secret'];
    case 5: return [T.slackBot(r), 'slack-token', 'Slack bot token'];
    case 6: return [T.openai(r), 'openai-key', 'OpenAI key'];
    case 7: return [T.zendeskToken(r), 'zendesk-token', 'Zendesk API token'];
    case 8: return [T.mailgun(r), 'mailgun-key', 'Mailgun API key'];
    default: return [T.intercom(r), 'intercom-token', 'Intercom access token'];
  }
}
