import type { Incident } from '../incident/incident';
import { messagesOf } from '../incident/message-state';
import type { SlackWriter } from '../slack/dispatcher';
import type { IncidentMessages } from '../slack/incident-messages';
import { messageLink } from '../slack/triage/escalate-declare';
import type { EscalationSlack } from './types';

/** Escalation's Slack port over the incident's messages (thread replies, updates) and the writer (channel posts). */
export function escalationSlack(messages: Pick<IncidentMessages, 'threadReply' | 'update'>, writer: Pick<SlackWriter, 'postMessage'>): EscalationSlack {
  return {
    threadReply: (inc, text) => messages.threadReply(inc, text),
    post: (channel, text) => writer.postMessage({ channel, text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }], unfurl_links: false }),
    refresh: (inc) => messages.update(inc),
    link: (inc: Incident) => {
      const [home] = messagesOf(inc);
      return home ? messageLink(home.channel, home.ts) : null;
    },
  };
}
