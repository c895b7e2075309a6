import { fixture } from '../../helpers/fixtures';

/** What varies between the alerts these tests send. */
export interface AlertSpec {
  /** `$ID` of the event (unique per delivery). */
  id: string;
  /** The monitor (`$ALERT_ID`). */
  monitor: string;
  transition?: 'Triggered' | 'Recovered' | 'Warn' | 'Re-Triggered';
  service?: string;
  /** The body text (what route regexes read). */
  text?: string;
  /** Extra tags, `key:value`. */
  tags?: string[];
  priority?: 'P1' | 'P2' | 'P3' | 'P4' | 'P5';
}

/** A Datadog webhook body built on fixture 11 (an APM monitor), varied by `s`. */
export function alertBody(s: AlertSpec): Record<string, any> {
  const f = fixture('11');
  const service = s.service ?? 'invoice-api';
  const transition = s.transition ?? 'Triggered';
  const priority = s.priority ?? 'P3';
  const title = `Monitor ${s.monitor} on ${service}`;
  f.id = s.id;
  f.title = `[${priority}] [${transition} on {env:prod,service:${service}}] ${title}`;
  f.date = String(Date.now());
  f.last_updated = f.date;
  f.body = `%%%\n${s.text ?? 'error rate is high'}\n%%%`;
  f.text_only_msg = s.text ?? 'error rate is high';
  f.tags = ['env:prod', `service:${service}`, 'team:billing', ...(s.tags ?? [])].join(', ');
  f.service = service;
  f.aggreg_key = `agg-${s.monitor}`;
  f.alert = { ...f.alert, id: s.monitor, cycle_key: `cycle-${s.monitor}`, title: `[${transition} on {env:prod,service:${service}}] ${title}`, transition, priority, type: transition === 'Recovered' ? 'success' : 'error', scope: `env:prod, service:${service}` };
  delete f.snapshot;
  return f;
}
