import { isSeverity, SEVERITIES, type Severity } from '../alert/severity';
import { parseDuration } from './duration';
import { FIELD_NAMES, lookupField } from './fields';
import { isPlainObject, show, suggest, type PathSeg, type ProblemList } from './problems';
import { parseEscalationRef, type PolicyTable } from './escalation-policy';
import type { EscalationPolicy } from './escalation-types';
import { OWNER_CHANNEL } from './owner-channel';
import { channelProblem, parseMention } from './slack-targets';

/** The actions a route (or `defaults`) sets explicitly; absent = inherited. */
export interface ActionSet {
  severity?: Severity;
  channels?: string[];
  mentions?: string[];
  /** True when a mention is @here/@channel (allowed only where severity is critical). */
  broadcast?: boolean;
  labels?: Record<string, string>;
  groupBy?: string[];
  repeatIntervalMs?: number | null;
  suppress?: boolean;
  escalationChannel?: string | null;
  /** Escalation policy (null: none). */
  escalation?: EscalationPolicy | null;
}

/** The action keys a route may set. */
export const ACTION_KEYS = [
  'severity',
  'channel',
  'mention',
  'labels',
  'group_by',
  'repeat_interval',
  'suppress',
  'escalation_channel',
  'escalation',
] as const;

const LABEL_KEY = /^[a-z_][a-z0-9_.-]{0,62}$/i;

/** Reads the action keys present in `obj` (others are left to the caller), recording problems. */
export function parseActions(obj: Record<string, unknown>, path: PathSeg[], p: ProblemList, policies: PolicyTable = new Map()): ActionSet {
  const out: ActionSet = {};
  const at = (k: string): PathSeg[] => [...path, k];
  if ('severity' in obj) {
    const v = obj.severity;
    if (isSeverity(v)) out.severity = v;
    else p.add(at('severity'), `severity is one of ${SEVERITIES.join(', ')}, got ${show(v)}${typeof v === 'string' ? suggest(v, SEVERITIES) : ''}`);
  }
  if ('channel' in obj) {
    const list = Array.isArray(obj.channel) ? obj.channel : [obj.channel];
    const chans: string[] = [];
    list.forEach((c, i) => {
      const problem = c === OWNER_CHANNEL ? null : channelProblem(c);
      if (problem) p.add(Array.isArray(obj.channel) ? [...at('channel'), i] : at('channel'), problem);
      else chans.push(c as string);
    });
    out.channels = [...new Set(chans)];
  }
  if ('mention' in obj) {
    const raw = obj.mention;
    const list = Array.isArray(raw) ? raw : raw === null ? [] : [raw];
    out.mentions = [];
    list.forEach((m, i) => {
      const r = parseMention(m);
      if (!r.ok) p.add(Array.isArray(raw) ? [...at('mention'), i] : at('mention'), r.problem);
      else {
        if (!out.mentions?.includes(r.mention)) out.mentions?.push(r.mention);
        if (r.broadcast) out.broadcast = true;
      }
    });
  }
  if ('labels' in obj) {
    const v = obj.labels;
    if (!isPlainObject(v)) p.add(at('labels'), `labels must be a mapping of name: value, got ${show(v)}`);
    else {
      out.labels = {};
      for (const [k, val] of Object.entries(v)) {
        if (!LABEL_KEY.test(k)) p.add([...at('labels'), k], `bad label name ${JSON.stringify(k)}`, true);
        else if (typeof val !== 'string' && typeof val !== 'number' && typeof val !== 'boolean') {
          p.add([...at('labels'), k], `label values are text, got ${show(val)}`);
        } else out.labels[k] = String(val);
      }
    }
  }
  if ('group_by' in obj) {
    const v = obj.group_by;
    if (!Array.isArray(v)) p.add(at('group_by'), `group_by is a list of field names, got ${show(v)}`);
    else {
      out.groupBy = [];
      v.forEach((f, i) => {
        if (typeof f !== 'string' || !lookupField(f)) {
          const hint = typeof f === 'string' ? suggest(f, FIELD_NAMES) : '';
          p.add([...at('group_by'), i], `unknown field ${show(f)}${hint}; fields: ${FIELD_NAMES.join(', ')}`);
        } else out.groupBy?.push(f);
      });
    }
  }
  if ('repeat_interval' in obj) {
    const v = obj.repeat_interval;
    if (v === 'never' || v === null) out.repeatIntervalMs = null;
    else {
      try {
        if (typeof v !== 'string') throw new Error(`repeat_interval is a duration like "4h" or "never", got ${show(v)}`);
        out.repeatIntervalMs = parseDuration(v);
      } catch (e) {
        p.add(at('repeat_interval'), (e as Error).message);
      }
    }
  }
  if ('suppress' in obj) {
    if (typeof obj.suppress === 'boolean') out.suppress = obj.suppress;
    else p.add(at('suppress'), `suppress is true or false, got ${show(obj.suppress)}`);
  }
  if ('escalation_channel' in obj) {
    const v = obj.escalation_channel;
    const problem = v === null ? null : channelProblem(v);
    if (problem) p.add(at('escalation_channel'), problem);
    else out.escalationChannel = v as string | null;
  }
  if ('escalation' in obj) out.escalation = parseEscalationRef(obj.escalation, at('escalation'), policies, p);
  return out;
}
