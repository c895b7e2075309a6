import { answer, FakeApi, type ApiCall } from './fake-api';
import type { ScriptedAnswer } from './local-server';

/** A PagerDuty alert as the stand-in keeps it (one per open dedup key). */
export interface PdAlert {
  dedupKey: string;
  status: 'triggered' | 'acknowledged' | 'resolved';
  summary: string;
  severity: string;
  /** Event actions received for this alert, in order. */
  events: string[];
}

const SEVERITIES = ['critical', 'error', 'warning', 'info'];
const invalid = (...errors: string[]) => answer(400, { status: 'invalid event', message: 'Event object is invalid', errors });

/**
 * A local PagerDuty Events API v2 (`POST /v2/enqueue`) with the real request checks and
 * answer shapes: 202 `{status: "success", message: "Event processed", dedup_key}`, 400
 * `{status: "invalid event", message, errors}` for a bad event or routing key. It keeps the
 * alerts (a trigger on an open key adds to it; after a resolve, a trigger opens a new one).
 */
export class FakePagerDuty extends FakeApi {
  /** Alerts by dedup key (the latest for each key). */
  readonly alerts = new Map<string, PdAlert>();
  /** Alerts resolved and then replaced by a new trigger. */
  readonly history: PdAlert[] = [];

  /** `routingKey`: the only key accepted (default: any 32-character key). */
  constructor(private readonly routingKey?: string) {
    super();
  }

  /** Forget calls, scripts and alerts. */
  override reset(): void {
    super.reset();
    this.alerts.clear();
    this.history.length = 0;
  }

  /** Events (enqueue calls) sent with `action`, optionally for one dedup key. */
  events(action?: string, dedupKey?: string): ApiCall[] {
    return this.callsTo('POST /v2/enqueue').filter((c) => (!action || c.body?.event_action === action) && (!dedupKey || c.body?.dedup_key === dedupKey));
  }

  protected route(call: ApiCall): ScriptedAnswer {
    if (call.method !== 'POST' || call.path !== '/v2/enqueue') return answer(404, { status: 'not found', message: 'Not found' });
    const e = call.body ?? {};
    const key = typeof e.routing_key === 'string' ? e.routing_key : '';
    if (key.length !== 32 || (this.routingKey !== undefined && key !== this.routingKey)) return invalid('Invalid routing key');
    const action = e.event_action;
    if (!['trigger', 'acknowledge', 'resolve'].includes(action)) return invalid("'event_action' is missing or invalid");
    const dedup = typeof e.dedup_key === 'string' ? e.dedup_key : '';
    if (dedup.length > 255) return invalid("'dedup_key' is too long");
    if (action === 'trigger') {
      const p = e.payload ?? {};
      if (typeof p.summary !== 'string' || !p.summary.trim() || p.summary.length > 1024) return invalid("'payload.summary' is missing, blank or too long");
      if (typeof p.source !== 'string' || !p.source.trim()) return invalid("'payload.source' is missing or blank");
      if (!SEVERITIES.includes(p.severity)) return invalid("'payload.severity' is missing or invalid");
      const k = dedup || `pd-${this.calls.length}`;
      const cur = this.alerts.get(k);
      if (cur && cur.status !== 'resolved') cur.events.push('trigger');
      else {
        if (cur) this.history.push(cur);
        this.alerts.set(k, { dedupKey: k, status: 'triggered', summary: p.summary, severity: p.severity, events: ['trigger'] });
      }
      return answer(202, { status: 'success', message: 'Event processed', dedup_key: k });
    }
    if (!dedup) return invalid("'dedup_key' is missing or blank");
    const cur = this.alerts.get(dedup);
    if (cur && cur.status !== 'resolved') {
      cur.events.push(action);
      cur.status = action === 'acknowledge' ? 'acknowledged' : 'resolved';
    }
    return answer(202, { status: 'success', message: 'Event processed', dedup_key: dedup });
  }
}
