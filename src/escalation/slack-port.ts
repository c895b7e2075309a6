import { HeraldError } from '../errors/herald-error';
import type { Incident } from '../incident/incident';
import { hasPendingPosts, messagesOf } from '../incident/message-state';
import type { SlackWriter } from '../slack/dispatcher';
import type { IncidentMessages } from '../slack/incident-messages';
import { messageLink } from '../slack/triage/escalate-declare';
import type { EscalationSlack } from './types';

/**
 * Escalation's Slack port over the incident's messages (thread replies, updates) and the
 * writer (channel posts). A reply waits for the incident's message: while it is still to be
 * posted, the reply throws a retryable error (the queue tries the job again); an incident
 * folded into a storm digest has no thread, so its replies go to its channel, named by id.
 */
export function escalationSlack(messages: Pick<IncidentMessages, 'threadReply' | 'update'>, writer: Pick<SlackWriter, 'postMessage'>): EscalationSlack {
  return {
    threadReply: async (inc, text) => {
      if (messagesOf(inc).length) return messages.threadReply(inc, text);
      if (inc.message.kind === 'pending' || hasPendingPosts(inc)) {
        throw new HeraldError('slack_api', `${inc.id}: its message is not posted yet`, { retryable: true });
      }
      if (inc.channel) await writer.postMessage({ channel: inc.channel, text: `*${inc.id}* ${text}`, unfurl_links: false });
    },
    post: (channel, text) => writer.postMessage({ channel, text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }], unfurl_links: false }),
    refresh: (inc) => messages.update(inc),
    link: (inc: Incident) => {
      const [home] = messagesOf(inc);
      return home ? messageLink(home.channel, home.ts) : null;
    },
  };
}
