import { normalizeIncidentId } from '../../audit/parse-since';
import { parseDuration } from '../../rules/duration';

/** Which incidents `list` shows. */
export type ListFilter = 'open' | 'acked' | 'snoozed' | 'resolved' | 'active' | 'all';

/** A parsed `/herald` command. */
export type HeraldCommand =
  | { kind: 'help' }
  | { kind: 'list'; filter: ListFilter; service?: string }
  | { kind: 'show' | 'ack' | 'reopen' | 'unsnooze' | 'audit'; id: string }
  | { kind: 'resolve'; id: string; note?: string }
  | { kind: 'snooze'; id: string; durationMs: number }
  | { kind: 'mute'; matchers: Record<string, string>; durationMs: number; reason?: string }
  | { kind: 'unmute'; muteId: string }
  | { kind: 'mutes' }
  | { kind: 'muted'; service?: string }
  | { kind: 'stats'; windowMs: number; window: string }
  | { kind: 'oncall' }
  | { kind: 'escalate'; id: string; step: number | null };

/** The parse result: a command, or an error with the usage line of the subcommand. */
export type ParseResult = { ok: true; command: HeraldCommand } | { ok: false; error: string; usage: string };

/** One usage line per subcommand. */
export const USAGE: Record<string, string> = {
  list: '/herald list [open|acked|snoozed|resolved|active|all] [service]',
  oncall: '/herald oncall',
  escalate: '/herald escalate <id> [step]',
  show: '/herald show <id>',
  ack: '/herald ack <id>',
  resolve: '/herald resolve <id> [note]',
  reopen: '/herald reopen <id>',
  snooze: '/herald snooze <id> <duration, e.g. 30m, 2h, 1d>',
  unsnooze: '/herald unsnooze <id>',
  mute: '/herald mute <field=value,field=value> <duration> [reason]',
  unmute: '/herald unmute <mute-id>',
  mutes: '/herald mutes',
  muted: '/herald muted [service]',
  stats: '/herald stats [24h|7d]',
  audit: '/herald audit <id>',
  help: '/herald help',
};

/** Longest snooze or mute accepted (30 days). */
export const MAX_DURATION_MS = 30 * 86_400_000;

const FILTERS: Record<string, ListFilter> = { open: 'open', acked: 'acked', acknowledged: 'acked', snoozed: 'snoozed', resolved: 'resolved', active: 'active', all: 'all' };
const MUTE_ID = /^m-[a-z0-9]{8}$/;
const MATCHER = /^([A-Za-z_][A-Za-z0-9_.-]{0,99})=(.{1,200})$/;

class Bad extends Error {}

function duration(text: string | undefined, what: string): number {
  if (!text) throw new Bad(`missing ${what}`);
  let ms: number;
  try {
    ms = parseDuration(text);
  } catch {
    throw new Bad(`invalid ${what} ${JSON.stringify(text.slice(0, 40))}: use e.g. 30m, 2h, 1d`);
  }
  if (ms < 1000 || ms > MAX_DURATION_MS) throw new Bad(`${what} must be between 1s and 30d`);
  return ms;
}

function incidentId(text: string | undefined): string {
  if (!text) throw new Bad('missing incident id');
  const id = normalizeIncidentId(text);
  if (!id) throw new Bad(`${JSON.stringify(text.slice(0, 40))} is not an incident id (like H-1f)`);
  return id;
}

/** Parse `service=stripe-sync,env=prod` into a matcher mapping (field names are checked by the mute store). */
export function parseMatchers(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const m = MATCHER.exec(part.trim());
    if (!m) throw new Bad(`invalid matcher ${JSON.stringify(part.slice(0, 60))}: use field=value, e.g. service=stripe-sync,env=prod`);
    if (m[1] in out) throw new Bad(`matcher field ${m[1]} given twice`);
    out[m[1]] = m[2];
  }
  return out;
}

function rest(words: string[], from: number): string | undefined {
  const s = words.slice(from).join(' ').trim();
  return s ? s.slice(0, 500) : undefined;
}

function parseWords(sub: string, w: string[]): HeraldCommand {
  const extra = (n: number) => {
    if (w.length > n) throw new Bad(`unexpected ${JSON.stringify(w[n].slice(0, 40))}`);
  };
  switch (sub) {
    case 'help':
      return { kind: 'help' };
    case 'list': {
      const f = w[1] ? FILTERS[w[1].toLowerCase()] : undefined;
      const service = f ? w[2] : w[1];
      extra(f ? 3 : 2);
      return { kind: 'list', filter: f ?? 'open', ...(service ? { service } : {}) };
    }
    case 'show':
    case 'ack':
    case 'reopen':
    case 'unsnooze':
    case 'audit': {
      const id = incidentId(w[1]);
      extra(2);
      return { kind: sub, id };
    }
    case 'resolve': {
      const note = rest(w, 2);
      return { kind: 'resolve', id: incidentId(w[1]), ...(note ? { note } : {}) };
    }
    case 'snooze': {
      const id = incidentId(w[1]);
      const durationMs = duration(w[2], 'duration');
      extra(3);
      return { kind: 'snooze', id, durationMs };
    }
    case 'mute': {
      if (!w[1]) throw new Bad('missing matchers');
      const matchers = parseMatchers(w[1]);
      const durationMs = duration(w[2], 'duration');
      const reason = rest(w, 3);
      return { kind: 'mute', matchers, durationMs, ...(reason ? { reason } : {}) };
    }
    case 'unmute': {
      if (!w[1] || !MUTE_ID.test(w[1])) throw new Bad(w[1] ? `${JSON.stringify(w[1].slice(0, 40))} is not a mute id (like m-abcd1234)` : 'missing mute id');
      extra(2);
      return { kind: 'unmute', muteId: w[1] };
    }
    case 'mutes':
      extra(1);
      return { kind: 'mutes' };
    case 'muted':
      extra(2);
      if (w[1] && w[1].length > 200) throw new Bad('service name too long');
      return { kind: 'muted', ...(w[1] ? { service: w[1] } : {}) };
    case 'oncall':
      extra(1);
      return { kind: 'oncall' };
    case 'escalate': {
      const id = incidentId(w[1]);
      const step = w[2] === undefined ? null : /^[1-9]\d?$/.test(w[2]) ? Number(w[2]) : NaN;
      if (Number.isNaN(step)) throw new Bad(`${JSON.stringify(w[2]!.slice(0, 40))} is not a step number (1, 2, …)`);
      extra(3);
      return { kind: 'escalate', id, step };
    }
    case 'stats': {
      const window = w[1] ?? '24h';
      const windowMs = duration(window, 'window');
      extra(2);
      return { kind: 'stats', windowMs, window };
    }
    default:
      throw new Bad(`unknown subcommand ${JSON.stringify(sub.slice(0, 40))}`);
  }
}

/** Parse the text after `/herald` (pure). An empty text is `help`. */
export function parseCommand(text: string): ParseResult {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { ok: true, command: { kind: 'help' } };
  const sub = words[0].toLowerCase();
  try {
    return { ok: true, command: parseWords(sub, words) };
  } catch (e) {
    if (!(e instanceof Bad)) throw e;
    return { ok: false, error: e.message, usage: USAGE[sub] ?? Object.values(USAGE).join('\n') };
  }
}
