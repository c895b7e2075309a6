import YAML from 'yaml';
import type { Incident } from '../../incident/incident';
import { parseDuration } from '../../rules/duration';
import { compileMatcher } from '../../rules/match';
import { esc, plainText, truncate } from '../render/mrkdwn';
import { MAX_DURATION_MS } from './parse-command';

/** callback_id of the mute modal. */
export const MUTE_CALLBACK = 'herald_mute_modal';

/** What the modal can mute. */
export type MuteScope = 'monitor' | 'service' | 'custom';

/** A valid submission. */
export interface MuteSubmission {
  scope: MuteScope;
  matchers: Record<string, unknown>;
  durationMs: number;
  reason: string;
}

/** The matchers each preset scope stands for, given the incident. */
export function scopeMatchers(inc: Pick<Incident, 'monitorId' | 'service' | 'env'>): Partial<Record<MuteScope, Record<string, string>>> {
  const out: Partial<Record<MuteScope, Record<string, string>>> = {};
  if (inc.monitorId) out.monitor = { monitor_id: inc.monitorId };
  if (inc.service) out.service = inc.env ? { service: inc.service, env: inc.env } : { service: inc.service };
  return out;
}

function describe(m: Record<string, string>): string {
  return Object.entries(m).map(([k, v]) => `${k} = ${v}`).join(', ');
}

const opt = (text: string, value: string) => ({ text: { type: 'plain_text', text: truncate(plainText(text), 75) }, value });

/** What the mute modal carries in private_metadata. */
export interface MuteModalMeta {
  incident: string;
  /** The channel the button was clicked in (for channel-scoped roles). */
  channel?: string;
}

/** The mute modal for an incident (views.open payload's `view`). */
export function muteModal(inc: Incident, channel?: string): Record<string, unknown> {
  const presets = scopeMatchers(inc);
  const options = [
    ...(presets.monitor ? [opt(`This monitor (${describe(presets.monitor)})`, 'monitor')] : []),
    ...(presets.service ? [opt(`This service (${describe(presets.service)})`, 'service')] : []),
    opt('Custom matchers (below)', 'custom'),
  ];
  return {
    type: 'modal',
    callback_id: MUTE_CALLBACK,
    private_metadata: JSON.stringify({ incident: inc.id, ...(channel ? { channel } : {}) } satisfies MuteModalMeta),
    title: { type: 'plain_text', text: 'Mute alerts' },
    submit: { type: 'plain_text', text: 'Mute' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: truncate(`Mute alerts like *${inc.id}*: ${esc(inc.title)}\nMuted alerts are counted, not posted.`, 2900) } },
      { type: 'input', block_id: 'scope', label: { type: 'plain_text', text: 'What to mute' }, element: { type: 'radio_buttons', action_id: 'value', options, initial_option: options[0] } },
      {
        type: 'input',
        block_id: 'matchers',
        optional: true,
        label: { type: 'plain_text', text: 'Custom matchers (YAML or JSON)' },
        hint: { type: 'plain_text', text: 'Same syntax as a rule’s match, e.g. service: stripe-sync and env: prod on two lines. Used with “Custom”.' },
        element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 2000, placeholder: { type: 'plain_text', text: 'service: stripe-sync\nenv: prod' } },
      },
      {
        type: 'input',
        block_id: 'duration',
        label: { type: 'plain_text', text: 'For how long' },
        hint: { type: 'plain_text', text: 'e.g. 30m, 2h, 1d (at most 30d)' },
        element: { type: 'plain_text_input', action_id: 'value', initial_value: '2h', max_length: 20 },
      },
      { type: 'input', block_id: 'reason', label: { type: 'plain_text', text: 'Reason' }, element: { type: 'plain_text_input', action_id: 'value', max_length: 500 } },
    ],
  };
}

/** `view.state.values` as Slack sends it. */
export type ViewValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null }>>;

/**
 * Validate a mute modal submission (pure). Returns the mute to create, or field errors
 * keyed by block id (for `response_action: 'errors'`).
 */
export function parseMuteSubmission(values: ViewValues, inc: Pick<Incident, 'monitorId' | 'service' | 'env'>): { ok: true; mute: MuteSubmission } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const get = (block: string) => values[block]?.value;
  const scope = (get('scope')?.selected_option?.value ?? 'custom') as MuteScope;
  let matchers: Record<string, unknown> | undefined;
  if (scope === 'custom') {
    const text = (get('matchers')?.value ?? '').trim();
    if (!text) errors.matchers = 'Enter matchers, e.g. service: stripe-sync (or pick a preset above).';
    else {
      try {
        const raw: unknown = YAML.parse(text);
        if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('matchers must be a mapping of field: value');
        compileMatcher(raw);
        matchers = raw as Record<string, unknown>;
      } catch (e) {
        errors.matchers = truncate((e as Error).message.replace(/^invalid matchers \(\d+ problems?\):\s*/, '').split('\n')[0].trim(), 150);
      }
    }
  } else {
    matchers = scopeMatchers(inc)[scope];
    if (!matchers) errors.scope = 'This incident has nothing to mute by that; pick another option.';
  }
  const dText = (get('duration')?.value ?? '').trim();
  let durationMs = 0;
  try {
    durationMs = parseDuration(dText);
    if (durationMs < 60_000 || durationMs > MAX_DURATION_MS) errors.duration = 'Between 1m and 30d.';
  } catch {
    errors.duration = 'A duration like 30m, 2h or 1d.';
  }
  const reason = (get('reason')?.value ?? '').trim();
  if (!reason) errors.reason = 'Say why (it goes into the audit trail).';
  if (Object.keys(errors).length || !matchers) return { ok: false, errors };
  return { ok: true, mute: { scope, matchers, durationMs, reason } };
}
