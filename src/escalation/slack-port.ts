import type { Incident } from '../incident/incident';
import type { SlackWriter } from '../slack/dispatcher';
import { messagesOf, type Notifier } from '../slack/notifier';
import { messageLink } from '../slack/triage/escalate-declare';
import type { EscalationSlack } from './types';

/** Escalation's Slack port over the app's Notifier (thread replies, message updates) and writer (channel posts). */
export function escalationSlack(notifier: Pick<Notifier, 'threadReply' | 'update'>, writer: Pick<SlackWriter, 'postMessage'>): EscalationSlack {
  return {
    threadReply: (inc, text) => notifier.threadReply(inc, text),
    post: (channel, text) => writer.postMessage({ channel, text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }], unfurl_links: false }),
    refresh: (inc) => notifier.update(inc),
    link: (inc: Incident) => {
      const [home] = messagesOf(inc);
      return home ? messageLink(home.channel, home.ts) : null;
    },
  };
}
