import type { IncidentState } from '../../incident/incident';
import { renderIncident } from '../render/render-incident';
import { formatAudit, formatList, helpText, type Reply } from './command-views';
import { authorize } from './guard';
import { escalateByHand } from './escalate-by-hand';
import { computeStats, formatStats } from './incident-stats';
import { formatOncall } from './oncall-view';
import { createMute, listMutes, unmute } from './mute-actions';
import { listMuted } from './muted-view';
import type { HeraldCommand, ListFilter } from './parse-command';
import { changeState } from './state-actions';
import type { ActionResult, Actor, TriageDeps } from './triage-deps';

/** A command's answer (shown ephemerally right away) and work to do after answering. */
export interface CommandOutcome {
  reply: Reply;
  followUp: () => Promise<void>;
}

const STATES: Record<ListFilter, IncidentState[] | undefined> = {
  open: ['open'],
  acked: ['acknowledged'],
  snoozed: ['snoozed'],
  resolved: ['resolved'],
  active: ['open', 'acknowledged', 'snoozed'],
  all: undefined,
};

const nothing = async () => undefined;
const text = (t: string): CommandOutcome => ({ reply: { text: t }, followUp: nothing });
const fromResult = (r: ActionResult): CommandOutcome => ({ reply: { text: r.text }, followUp: r.followUp });

/** Run one parsed `/herald` command for `actor` (role checks and audit inside). */
export async function runCommand(d: TriageDeps, cmd: HeraldCommand, actor: Actor): Promise<CommandOutcome> {
  const via = 'command';
  switch (cmd.kind) {
    case 'help':
      return text(helpText());
    case 'list': {
      const denied = await authorize(d, actor, 'list', via);
      if (denied) return text(denied);
      const incidents = await d.incidents.list({ states: STATES[cmd.filter], service: cmd.service, limit: 100 });
      return { reply: formatList(incidents, `${cmd.filter} incidents${cmd.service ? ` of ${cmd.service}` : ''}`), followUp: nothing };
    }
    case 'show': {
      const denied = await authorize(d, actor, 'show', via, cmd.id);
      if (denied) return text(denied);
      const inc = await d.incidents.get(cmd.id);
      if (!inc) return text(`:grey_question: No incident ${cmd.id}.`);
      const m = renderIncident(inc, { declareIncident: d.declareEnabled });
      return { reply: { text: m.text, blocks: m.blocks }, followUp: nothing };
    }
    case 'ack':
    case 'reopen':
    case 'unsnooze':
      return fromResult(await changeState(d, cmd.kind, cmd.id, actor, via));
    case 'resolve':
      return fromResult(await changeState(d, 'resolve', cmd.id, actor, via, { note: cmd.note }));
    case 'snooze':
      return fromResult(await changeState(d, 'snooze', cmd.id, actor, via, { durationMs: cmd.durationMs }));
    case 'mute':
      return fromResult(await createMute(d, { matchers: cmd.matchers, durationMs: cmd.durationMs, reason: cmd.reason }, actor, via));
    case 'unmute':
      return fromResult(await unmute(d, cmd.muteId, actor, via));
    case 'mutes':
      return text(await listMutes(d, actor, via));
    case 'muted':
      return text(await listMuted(d, cmd.service, actor, via));
    case 'stats': {
      const denied = await authorize(d, actor, 'stats', via);
      if (denied) return text(denied);
      const incidents = await d.incidents.list({ since: d.clock() - cmd.windowMs, limit: 2000 });
      return text(formatStats(computeStats(incidents), cmd.window));
    }
    case 'oncall': {
      const denied = await authorize(d, actor, 'list', via);
      if (denied) return text(denied);
      return { reply: formatOncall(await d.incidents.list({ states: STATES.active, limit: 200 })), followUp: nothing };
    }
    case 'escalate':
      return fromResult(await escalateByHand(d, cmd.id, cmd.step, actor, via));
    case 'audit': {
      const denied = await authorize(d, actor, 'audit', via, cmd.id);
      if (denied) return text(denied);
      return { reply: formatAudit(await d.audit.query({ incident: cmd.id, limit: 200 }), cmd.id), followUp: nothing };
    }
  }
}
