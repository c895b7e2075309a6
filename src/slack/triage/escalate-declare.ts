import { withHistory, type Incident } from '../../incident/incident';
import { messagesOf } from '../../incident/message-state';
import { esc, slackDate, slackLink, truncate } from '../render/mrkdwn';
import { audit, authorize, bestEffortDatadog, safely } from './guard';
import { mention } from './transitions';
import { done, type ActionResult, type Actor, type TriageDeps, type TriageVia } from './triage-deps';

/** A link to a Slack message (Slack redirects it to the workspace). */
export function messageLink(channel: string, ts: string): string | null {
  if (!/^[CGD][A-Z0-9]+$/.test(channel) || !/^\d+\.\d+$/.test(ts)) return null;
  return `https://slack.com/archives/${channel}/p${ts.replace('.', '')}`;
}

/** The text re-posted by Escalate: severity, title, id, who, link back, mentions. */
export function escalationText(inc: Incident, actor: Actor): string {
  const [home] = messagesOf(inc);
  const link = home ? messageLink(home.channel, home.ts) : null;
  const mentions = inc.decision.mentions.join(' ');
  const lines = [
    `:rotating_light: *Escalated* by ${mention(actor.id)}: *[${inc.severity.toUpperCase()}] ${esc(truncate(inc.title, 300))}* (${inc.id}, ${inc.count} alert(s), ${inc.state})`,
    link ? `<${link}|Original message>` : '',
    mentions,
  ];
  return truncate(lines.filter(Boolean).join('\n'), 2900);
}

/**
 * Is the incident's escalation still in force? It lasts until the incident is resolved: an
 * incident that was resolved after it and reopened may be escalated again.
 */
export function stillEscalated(inc: Incident): boolean {
  if (!inc.escalatedTo || inc.escalatedAt === undefined) return false;
  return !(inc.resolvedAt !== undefined && inc.resolvedAt >= inc.escalatedAt);
}

/**
 * Escalate: re-post the incident to its decision's escalation channel (else the default
 * channel) with its mentions and a link back, note it in the thread, audit it. Idempotent:
 * the claim is one compare-and-set on the incident in Redis, so a second click, a replayed
 * request or another process answers "already escalated by …" and posts nothing, for as
 * long as the escalation lasts (until the incident is resolved).
 */
export async function escalate(d: TriageDeps, id: string, actor: Actor, via: TriageVia): Promise<ActionResult> {
  const denied = await authorize(d, actor, 'escalate', via, id);
  if (denied) return done(false, denied);
  const now = d.clock();
  let target = d.defaultChannel;
  const r = await d.incidents.update(id, (cur) => {
    if (cur.state === 'resolved' || stillEscalated(cur)) return null;
    target = cur.decision.escalationChannel || d.defaultChannel;
    return withHistory({ ...cur, escalatedTo: target, escalatedBy: actor.id, escalatedAt: now }, { at: now, what: `escalated to ${target} (${via})`, by: actor.id });
  });
  if (!r) return done(false, `:grey_question: No incident ${id}.`);
  if (r.after === r.before) {
    const cur = r.before;
    if (cur.state !== 'resolved') {
      const by = cur.escalatedBy ? mention(cur.escalatedBy) : 'someone';
      await audit(d, { actor, action: 'escalate', via, outcome: 'noop', before: cur, after: cur, note: `already escalated to ${cur.escalatedTo} by ${cur.escalatedBy ?? 'someone'}` });
      return done(false, `:information_source: ${id} was already escalated by ${by} to ${esc(cur.escalatedTo ?? '')}${cur.escalatedAt ? ` ${slackDate(cur.escalatedAt)}` : ''}; not posted again.`, cur);
    }
    await audit(d, { actor, action: 'escalate', via, outcome: 'noop', before: r.before, after: r.before, note: 'already resolved' });
    return done(false, `:information_source: ${id} is already resolved; nothing to escalate.`, r.before);
  }
  const inc = r.after;
  await audit(d, { actor, action: 'escalate', via, outcome: 'ok', before: r.before, after: inc, note: `to ${target}` });
  return {
    ok: true,
    incident: inc,
    text: `:rotating_light: Escalated ${inc.id} to ${target}.`,
    followUp: async () => {
      const text = escalationText(inc, actor);
      const posted = await safely(d, 'escalation post', () => d.writer.postMessage({ channel: target, text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }], unfurl_links: false }));
      await safely(d, 'thread reply', () =>
        d.notifier.threadReply(inc, posted ? `:mega: Escalated to ${target} by ${mention(actor.id)}.` : `:warning: Escalation to ${target} by ${mention(actor.id)} could not be posted (see Herald's logs).`),
      );
    },
  };
}

/**
 * Declare a Datadog incident for this one (only with Datadog incidents enabled). The id is
 * claimed first (compare-and-set), so two clicks create one Datadog incident.
 */
export async function declare(d: TriageDeps, id: string, actor: Actor, via: TriageVia): Promise<ActionResult> {
  const denied = await authorize(d, actor, 'declare', via, id);
  if (denied) return done(false, denied);
  const dd = d.datadog;
  if (!d.declareEnabled || !dd) return done(false, ':information_source: Declaring Datadog incidents is not enabled (datadog.incidents in config/herald.yaml, plus DD_API_KEY/DD_APP_KEY).');
  const r = await d.incidents.update(id, (cur) => (cur.datadogIncidentId ? null : { ...cur, datadogIncidentId: 'pending' }));
  if (!r) return done(false, `:grey_question: No incident ${id}.`);
  if (r.after === r.before) {
    await audit(d, { actor, action: 'declare', via, outcome: 'noop', before: r.before, after: r.before, note: `already declared (${r.before.datadogIncidentId})` });
    return done(false, `:information_source: ${id} already has a Datadog incident (${r.before.datadogIncidentId}).`, r.before);
  }
  return {
    ok: true,
    incident: r.after,
    text: `:fire: Declaring a Datadog incident for ${id}…`,
    followUp: async () => {
      const inc = r.after;
      const created = await bestEffortDatadog(d, inc, 'declare the incident', () => dd.createIncident({ title: `[${inc.severity.toUpperCase()}] ${inc.title} (${inc.id})`.slice(0, 200) }));
      const now = d.clock();
      const u = await d.incidents.update(id, (cur) =>
        cur.datadogIncidentId !== 'pending'
          ? null
          : created
            ? withHistory({ ...cur, datadogIncidentId: created.publicId ?? created.id, datadogIncidentUuid: created.id }, { at: now, what: `declared Datadog incident ${created.publicId ?? created.id}`, by: actor.id })
            : { ...cur, datadogIncidentId: undefined },
      );
      const after = u?.after ?? inc;
      await audit(d, { actor, action: 'declare', via, outcome: created ? 'ok' : 'failed', before: r.before, after, note: created ? `Datadog incident ${created.publicId ?? created.id}` : 'Datadog call failed' });
      await safely(d, 'message update', () => d.notifier.update(after));
      if (created) {
        const name = esc(created.publicId ?? created.id);
        const label = slackLink(created.url, name) || name;
        await safely(d, 'thread reply', () => d.notifier.threadReply(after, `:fire: Datadog incident ${label} declared by ${mention(actor.id)}.`, true));
      }
    },
  };
}
