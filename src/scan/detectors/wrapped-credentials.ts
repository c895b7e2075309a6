import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { secretKeyKind } from '../key-names';
import { vendorKeyValue } from '../vendor-keys';
import { runStarts, type StartFinder } from '../match-starts';

/** A path character of a webhook URL as form encoding writes it (`@` as `%40`). */
const ENC_PATH = String.raw`(?:[A-Za-z0-9_-]|%40)`;

/** True for a Discord bot token's first part: the base64 of a 17-20 digit snowflake (the bot's user id). */
function snowflakeB64(part: string): boolean {
  return /^[1-9]\d{16,19}$/.test(Buffer.from(part, 'base64url').toString('latin1'));
}

/** A base64url character (`[A-Za-z0-9_-]`). */
const b64url = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;

/** The first `.` at or after `from` with six base64url characters and a `.` after it: the middle part of a Discord bot token. */
const dotSixDot: StartFinder = (text, from) => {
  for (let q = text.indexOf('.', from); q >= 0; q = text.indexOf('.', q + 1)) {
    if (text.charCodeAt(q + 7) !== 46) continue;
    let k = 1;
    while (k <= 6 && b64url(text.charCodeAt(q + k))) k++;
    if (k === 7) return q;
  }
  return -1;
};

/** Credentials wrapped in another form: URL-encoded webhook URLs, Discord bot tokens, Spring actuator `{"value": …}` properties. */
export const WRAPPED_CREDENTIAL_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'webhook-url-encoded',
    name: 'Chat webhook URL (URL-encoded)',
    category: 'credential',
    severity: 'high',
    priority: 80,
    keywords: ['hooks.slack.com%2f', 'discord.com%2fapi%2fwebhooks', 'discordapp.com%2fapi%2fwebhooks', 'webhook.office.com%2fwebhookb2'],
    // `webhook_url=https%3A%2F%2Fhooks.slack.com%2Fservices%2FT…%2FB…%2F…` in a form body or query: the whole URL is the credential.
    pattern: new RegExp(String.raw`https?%3A%2F%2F(?:hooks\.slack\.com%2F(?:services|workflows|triggers)|discord(?:app)?\.com%2Fapi%2Fwebhooks|[\w-]{1,63}\.webhook\.office\.com%2Fwebhookb2)(?:%2F${ENC_PATH}{1,120}){2,6}(?!${ENC_PATH})`, 'i'),
    validate: (v) => {
      const path = decodeURIComponent(v).replace(/^https?:\/\/[^/]+\/[^/]+(?:\/webhooks)?\//i, '');
      return path.length >= 30 && /\d/.test(path) && /[A-Za-z]/.test(path);
    },
    remediation: 'Regenerate this webhook URL and stop logging the request body that carries it',
  }),
  defineDetector({
    id: 'discord-bot-token',
    name: 'Discord bot token',
    category: 'credential',
    severity: 'high',
    priority: 80,
    // Where bot tokens are written: `Authorization: Bot …`, `DISCORD_TOKEN=…`, `client.login("…")`.
    keywords: ['discord', 'bot ', 'token', 'login(', 'authorization'],
    pattern: /(?<![\w.-])[MNO][A-Za-z0-9_-]{22,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}(?![\w.-])/,
    // Tried only where a `.xxxxxx.` middle part is 23-27 base64url characters after a token's start (most lines of a log have none).
    starts: runStarts({ find: dotSixDot, reach: 27, run: b64url, blocks: (c) => b64url(c) || c === 46 }),
    validate: (v) => snowflakeB64(v.slice(0, v.indexOf('.'))),
    remediation: 'Reset this bot token in the Discord developer portal',
  }),
  defineDetector({
    id: 'property-value-secret',
    name: 'Secret property in a {"value": …} object (Spring actuator /env)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    keywords: ['"value"'],
    // `"spring.mail.password":{"value":"…"}`: the property's name says secret, its object holds the value.
    pattern: /"(?<k>[A-Za-z0-9_.[\]-]{1,100})"\s{0,3}:\s{0,3}\{\s{0,3}"value"\s{0,3}:\s{0,3}"(?<v>[^"\\\s]{4,256})"/,
    mask: 'full',
    // A vendor's own key (`gorgiasKey`) holding a generated value (vendor-keys.ts) too.
    validate: (v, ctx) => secretKeyKind(ctx.key ?? '') !== null || vendorKeyValue(ctx.key, v, ctx),
    remediation: 'Change this secret and mask the property in the actuator (management.endpoint.env.show-values)',
  }),
];
