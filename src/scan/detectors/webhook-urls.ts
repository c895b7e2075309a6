import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** A path part an issuer generated: not a run, and letters with digits or long enough to be random. */
const random = (v: string): boolean => !isLowEntropy(v) && (/\d/.test(v) || v.length >= 16);

/**
 * Round r41: a hook on a documentation or loopback host (RFC 2606/6761 `.test`, `.example`, `.invalid`, `.localhost`,
 * `example.com`, `localhost`, `127.x`) is a sample or a local editor's test URL, not a reachable credential.
 */
function documentationHost(url: string): boolean {
  const host = /^(?:https?:\/\/)?([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';
  return /(?:^|\.)(?:localhost|test|example|invalid|example\.(?:com|net|org))$/.test(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** One whole-URL webhook: the host and path shape whose every URL is the credential itself. */
function webhookUrl(id: string, name: string, keywords: string[], url: string, remediation: string, secretPart?: RegExp): Detector {
  return defineDetector({
    id,
    name,
    category: 'credential',
    severity: 'high',
    priority: 80,
    keywords,
    pattern: new RegExp(String.raw`(?<![\w.-])(?<v>(?:https?://)?${url})`, 'i'),
    mask: 'full',
    validate: (v) => {
      const part = secretPart?.exec(v)?.[1] ?? v;
      return random(part) && !documentationHost(v);
    },
    remediation,
  });
}

/**
 * Webhook URLs that are secrets by themselves: whoever has the URL can post to it, so the whole
 * URL (scheme, host and path) is reported, not only its tail. Make (Integromat) hooks, IFTTT
 * Maker keys, Pipedream sources, n8n production and test webhooks with a UUID path. (Slack,
 * Teams, Discord and Zapier hooks are whole-URL findings of their own, in messaging.ts.)
 */
export const WEBHOOK_URL_DETECTORS: readonly Detector[] = [
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
];
