import type { Alert } from '../alert/alert';

/** A new alert to classify, enrich, correlate and notify. Its text is already redacted. */
export interface AlertJob {
  kind: 'alert';
  alert: Alert;
}

/** A timer that fires later (snooze end, repeat re-notification, storm check, escalation step, page). */
export interface TimerJob {
  kind: 'timer';
  timer: 'snooze-end' | 'repeat' | 'storm-check' | 'escalation' | 'page';
  /** Incident id (snooze/repeat/escalation/page) or channel (storm-check). */
  target: string;
  /** Guards against stale timers: the incident version/epoch the timer was set for. */
  token: string;
}

/** Everything the queue carries. */
export type HeraldJob = AlertJob | TimerJob;
