import { audit, authorize } from './guard';
import { escalate } from './escalate-declare';
import { done, type ActionResult, type Actor, type TriageDeps, type TriageVia } from './triage-deps';

/**
 * `/herald escalate H-12 [step]`: run a step of the incident's escalation policy now (the one
 * given, or the step after the last one run), with the Escalate button's role. Without a
 * policy (or without escalation in this process), it does what the button does: re-post the
 * incident to its escalation channel.
 */
export async function escalateByHand(d: TriageDeps, id: string, step: number | null, actor: Actor, via: TriageVia): Promise<ActionResult> {
  const denied = await authorize(d, actor, 'escalate', via, id);
  if (denied) return done(false, denied);
  const r = d.escalation ? await d.escalation.byHand(id, step, actor.id) : ({ ok: false, reason: 'no-policy' } as const);
  if (r.ok) {
    await audit(d, { actor, action: 'escalate', via, outcome: 'ok', incident: id, note: `step ${r.step} of ${r.total}, by hand` });
    return done(true, `:rotating_light: Escalating ${id}: step ${r.step} of ${r.total} runs now (mentions, posts and pages as the step says).`);
  }
  switch (r.reason) {
    case 'not-found':
      return done(false, `:grey_question: No incident ${id}.`);
    case 'resolved':
      return done(false, `:information_source: ${id} is already resolved; nothing to escalate.`);
    case 'no-step':
      return done(false, `:warning: ${id}'s escalation policy has ${r.total} step${r.total === 1 ? '' : 's'}: pick one from 1 to ${r.total}.`);
    case 'no-policy':
      if (step !== null) return done(false, `:information_source: ${id} has no escalation policy, so it has no step ${step}. \`/herald escalate ${id}\` re-posts it to its escalation channel.`);
      return escalate(d, id, actor, via);
  }
}
