import type { Incident } from '../../incident/incident';

/** Action ids of every interactive element Herald renders. */
export const ACTION = {
  ack: 'herald_ack',
  resolve: 'herald_resolve',
  reopen: 'herald_reopen',
  snooze: 'herald_snooze',
  unsnooze: 'herald_unsnooze',
  escalate: 'herald_escalate',
  mute: 'herald_mute',
  details: 'herald_details',
  declare: 'herald_declare',
  digestList: 'herald_digest_list',
} as const;

/** Snooze choices: label → seconds. */
export const SNOOZE_OPTIONS: [string, number][] = [
  ['30 minutes', 1800],
  ['1 hour', 3600],
  ['4 hours', 14400],
  ['1 day', 86400],
];

function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): Record<string, unknown> {
  return { type: 'button', text: { type: 'plain_text', text, emoji: true }, action_id: actionId, value, ...(style ? { style } : {}) };
}

/** The actions block: only the buttons that make sense in the incident's state. */
export function actionsBlock(inc: Incident, opts: { declareIncident?: boolean } = {}): Record<string, unknown> {
  const v = inc.id;
  const els: Record<string, unknown>[] = [];
  if (inc.state === 'resolved') {
    els.push(button('Reopen', ACTION.reopen, v));
  } else {
    if (inc.state !== 'acknowledged') els.push(button('Acknowledge', ACTION.ack, v, 'primary'));
    els.push(button('Resolve', ACTION.resolve, v));
    if (inc.state === 'snoozed') els.push(button('Unsnooze', ACTION.unsnooze, v));
    else
      els.push({
        type: 'static_select',
        action_id: ACTION.snooze,
        placeholder: { type: 'plain_text', text: 'Snooze…' },
        options: SNOOZE_OPTIONS.map(([label, secs]) => ({ text: { type: 'plain_text', text: label }, value: `${v}|${secs}` })),
      });
    els.push(button('Escalate', ACTION.escalate, v, 'danger'));
  }
  els.push(button('Mute', ACTION.mute, v));
  els.push(button('Details', ACTION.details, v));
  if (opts.declareIncident && inc.severity === 'critical' && inc.state !== 'resolved' && !inc.datadogIncidentId) {
    els.push(button('Declare incident', ACTION.declare, v, 'danger'));
  }
  return { type: 'actions', block_id: `herald_actions_${inc.id}`, elements: els };
}
