import { B62, DIG, UPPER, type Rng, type Sample } from './sample-rng';

/** A password as people type them: letters, a symbol, digits. */
const pw = (r: Rng): string => r.str(B62, r.int(8, 12)) + r.pick(['!', '#', '$', '&', '*', '@', '.']) + r.str(DIG, 2);
const b64url = (r: Rng, n: number): string => r.str(B62 + '_-', n);
const b64 = (s: string): string => Buffer.from(s).toString('base64');

/** A Slack, Discord or Teams webhook URL. */
export function webhookUrl(r: Rng): string {
  return r.pick([
    `https://hooks.slack.com/services/T${r.str(UPPER + DIG, 10)}/B${r.str(UPPER + DIG, 10)}/${r.str(B62, 24)}`,
    `https://discord.com/api/webhooks/${r.int(1, 9)}${r.str(DIG, 18)}/${b64url(r, 68)}`,
    `https://acme.webhook.office.com/webhookb2/${r.str(DIG, 8)}-aaaa-bbbb-cccc-${r.str(DIG, 12)}@${r.str(DIG, 8)}-dddd-eeee-ffff-${r.str(DIG, 12)}/IncomingWebhook/${r.str('0123456789abcdef', 32)}/${r.str(DIG, 8)}-1111-2222-3333-${r.str(DIG, 12)}`,
  ]);
}

/** A Discord bot token: base64 of a snowflake user id, a 6-char timestamp, a 27-38 char HMAC. */
export function discordToken(r: Rng): string {
  return `${b64(String(r.int(1, 9)) + r.str(DIG, r.int(16, 18))).replace(/=+$/, '')}.${b64url(r, 6)}.${b64url(r, r.int(27, 38))}`;
}

/** A k8s `.dockerconfigjson` value (base64 of {"auths":{registry:{auth: base64 user:pass}}}). */
export function dockerConfig(r: Rng): string {
  return b64(JSON.stringify({ auths: { 'registry.example.io': { auth: b64(`ci:${pw(r)}`) } } }));
}

/** Sample generators for branch issue-s9cred's detectors (see generators.ts). */
export const S9CRED_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'webhook-url-encoded': (r) => ['POST /relay 400 body="channel=%23ops&webhook_url=', encodeURIComponent(webhookUrl(r)), '&text=done"'],
  'discord-bot-token': (r) => ['> Authorization: Bot ', discordToken(r), ''],
  'property-value-secret': (r) => ['{"properties":{"spring.datasource.password":{"value":"', pw(r), '"}}}'],
  'base64-wrapped-credential': (r) => ['imagePullSecret .dockerconfigjson: ', dockerConfig(r), ''],
  'smtp-auth-plain': (r) => ['[smtp] C: AUTH PLAIN ', b64(`\0ops@example.org\0${pw(r)}`), '\n[smtp] S: 235 ok'],
};
