import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** A path part an issuer generated: not a run, and letters with digits or long enough to be random. */
const random = (v: string): boolean => !isLowEntropy(v) && (/\d/.test(v) || v.length >= 16);

/** One whole-URL webhook: the host and path shape whose every URL is the credential itself. */
function webhookUrl(id: string, name: string, keywords: string[], url: string, remediation: string, secretPart?: RegExp): Detector {
  return defineDetector({
    id,
    name,
    category: 'credential',
    severity: 'high',
    // Above the older detectors that report only the tail of these URLs, so the whole URL wins.
    priority: 92,
    keywords,
    pattern: new RegExp(String.raw`(?<![\w.-])(?<v>(?:https?://)?${url})`, 'i'),
    mask: 'full',
    validate: (v) => {
      const part = secretPart?.exec(v)?.[1] ?? v;
      return random(part);
    },
    remediation,
  });
}

/**
 * Webhook URLs that are secrets by themselves: whoever has the URL can post to it, so the whole
 * URL (scheme, host and path) is reported, not only its tail. Zapier catch hooks, Make
 * (Integromat) hooks, IFTTT Maker keys, Pipedream sources, n8n production and test webhooks
 * with a UUID path, Discord and Microsoft Teams (Office 365 connector and Power Automate) hooks.
 */
export const WEBHOOK_URL_DETECTORS: readonly Detector[] = [
  webhookUrl(
    'zapier-hook-url',
    'Zapier catch-hook URL',
    ['hooks.zapier.com/'],
    String.raw`hooks\.zapier\.com/hooks/catch/\d{1,12}/[A-Za-z0-9]{5,20}/?(?![A-Za-z0-9])`,
    'Turn this Zap off or change its webhook trigger (the URL is the credential) and stop logging it',
    /\/catch\/\d+\/([A-Za-z0-9]+)/,
  ),
  webhookUrl(
    'make-hook-url',
    'Make (Integromat) webhook URL',
    ['make.com/', 'integromat.com/'],
    String.raw`hook\.(?:[a-z]{2}\d\.)?(?:make|integromat)\.com/[a-z0-9]{24,40}(?![\w-])`,
    'Delete this Make webhook and create a new one (the URL is the credential)',
    /\.com\/([a-z0-9]+)/i,
  ),
  webhookUrl(
    'ifttt-maker-url',
    'IFTTT Maker webhook URL (with its key)',
    ['ifttt.com/'],
    String.raw`maker\.ifttt\.com/(?:trigger/[\w.-]{1,80}/(?:json/)?with/key|use)/[A-Za-z0-9_-]{16,64}(?![\w-])`,
    'Regenerate the IFTTT Webhooks key (Webhooks settings) and stop logging the URL',
    /\/([A-Za-z0-9_-]+)$/,
  ),
  webhookUrl(
    'pipedream-source-url',
    'Pipedream HTTP source URL',
    ['pipedream.net'],
    String.raw`eo[a-z0-9]{10,24}\.m\.pipedream\.net(?:/[\w./-]*)?`,
    'Delete this Pipedream HTTP source (or require authorization on it) and stop logging the URL',
    /^(?:https?:\/\/)?eo([a-z0-9]+)/i,
  ),
  webhookUrl(
    'n8n-webhook-url',
    'n8n webhook URL (UUID path)',
    ['/webhook/', '/webhook-test/'],
    String.raw`[a-z0-9.-]{3,80}(?::\d{2,5})?/webhook(?:-test)?/${UUID}(?![\w-])`,
    'Change this n8n workflow\'s webhook path (or add header auth) and stop logging the URL',
    new RegExp(`/(${UUID})`, 'i'),
  ),
  webhookUrl(
    'discord-webhook-url',
    'Discord webhook URL',
    ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'],
    String.raw`(?:ptb\.|canary\.)?discord(?:app)?\.com/api/(?:v\d+/)?webhooks/\d{17,20}/[\w-]{60,80}(?![\w-])`,
    'Delete this Discord webhook (Server settings > Integrations) and create a new one',
    /\/([\w-]{60,80})$/,
  ),
  webhookUrl(
    'teams-webhook-url',
    'Microsoft Teams incoming webhook URL',
    ['webhook.office.com/', 'logic.azure.com', 'environment.api.powerplatform.com'],
    String.raw`(?:[a-z0-9-]{1,60}\.webhook\.office\.com/webhookb2/${UUID}@${UUID}/IncomingWebhook/[0-9a-f]{32}/${UUID}(?:/[\w-]{20,80})?|prod-\d{1,3}\.[a-z0-9]{3,30}\.logic\.azure\.com(?::443)?/workflows/[0-9a-f]{32}/triggers/manual/paths/invoke\?[\w.%=&-]*?sig=[\w-]{30,60}|[a-z0-9.-]{5,80}\.environment\.api\.powerplatform\.com(?::443)?/powerautomate/automations/direct/workflows/[0-9a-f]{32}/triggers/manual/paths/invoke\?[\w.%=&-]*?sig=[\w-]{30,60})`,
    'Remove this Teams webhook (connector or workflow) and create a new one; the URL is the credential',
    /(?:IncomingWebhook\/([0-9a-f]{32})|sig=([\w-]+))/,
  ),
];
