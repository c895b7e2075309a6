import { idEnc, jsonEnc, type Enc } from './blind-set-79-enc';
import type { Rng79 } from './blind-set-79-rng';

/** A fragment set in its surroundings, and how the values inside it were transformed on the way. */
export interface Wrapped79 {
  source: string;
  text: string;
  t: Enc;
}

const SVCS = ['checkout-api', 'billing-worker', 'auth-gateway', 'notifier', 'ledger-sync', 'crm-bridge', 'payments-edge', 'onboarding-svc', 'webhook-relay', 'etl-nightly'];

/** A timestamp in late 2026. */
function ts(r: Rng79): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `2026-${p(r.int(9, 12))}-${p(r.int(1, 28))}T${p(r.int(0, 23))}:${p(r.int(0, 59))}:${p(r.int(0, 59))}.${String(r.int(0, 999)).padStart(3, '0')}Z`;
}

/** Surroundings by family: log prefix, stack trace, alert title, Datadog webhook body, PagerDuty, Slack, Kubernetes events, compose log prefixes, Sentry, syslog. */
export const WRAPPERS: readonly ((r: Rng79, frag: string, multi: boolean) => Wrapped79)[] = [
  (r, f, m) => ({ source: 'log', text: `${ts(r)} ${r.pick(['ERROR', 'WARN', 'DEBUG', 'INFO'])} [${r.pick(SVCS)}] ${r.pick(['pid=' + r.int(100, 65000), 'thread=worker-' + r.int(1, 16), 'req=' + r.hex(16)])} ${r.pick(['dumping request', 'loaded config', 'validation failed for', 'outbound call', 'unexpected payload'])}:${m || r.next() < 0.4 ? '\n' : ' '}${f}`, t: idEnc }),
  (r, f) => ({ source: 'trace', text: `${r.pick(['java.lang.IllegalStateException', 'org.springframework.web.client.HttpClientErrorException$Unauthorized', 'psycopg2.OperationalError', 'TypeError', 'RuntimeError'])}: ${r.pick(['could not process', 'rejected', 'invalid state for'])} ${f}\n\tat com.${r.pick(['acme', 'northwind', 'globex'])}.${r.pick(['sync', 'billing', 'auth'])}.${r.pick(['Client', 'Handler', 'Mapper'])}.${r.pick(['send', 'handle', 'map'])}(${r.pick(['Client', 'Handler', 'Mapper'])}.java:${r.int(20, 900)})\n\tat java.base/java.lang.Thread.run(Thread.java:1583)`, t: idEnc }),
  (r, f) => ({ source: 'alert', text: `[${r.pick(['Triggered', 'FIRING:1', 'Re-Triggered', 'P2'])}] ${r.pick(['High 5xx rate', 'Config drift detected', 'Webhook delivery failures', 'Login anomaly', 'Job crashed'])} on ${r.pick(SVCS)} (${r.pick(['prod', 'eu-prod', 'us-east'])})\n\n${f}\n\n— ${r.pick(['Alertmanager', 'Grafana OnCall', 'Opsgenie'])} · ${r.pick(['runbook: https://wiki.internal/rb/', 'dashboard: https://grafana.internal/d/'])}${r.chars('abcdefghijklmnop', 8)}`, t: idEnc }),
  (r, f) => ({ source: 'datadog', text: `{"id":"${r.int(1e9, 9e9)}","last_updated":"${ts(r)}","event_type":"${r.pick(['query_alert_monitor', 'log_alert', 'error_tracking_alert'])}","title":"[Triggered on {service:${r.pick(SVCS)}}] ${r.pick(['Error logs above threshold', 'Anomalous auth failures'])}","date":${1790000000000 + r.int(0, 9e9)},"org":{"id":"${r.int(100000, 999999)}","name":"${r.pick(['Acme Corp', 'Northwind'])}"},"body":"%%%\\n${jsonEnc(f)}\\n%%%","tags":"env:prod,team:${r.pick(['core', 'payments', 'identity'])}"}`, t: jsonEnc }),
  (r, f) => ({ source: 'pagerduty', text: `{"event":{"event_type":"incident.triggered","data":{"title":"${r.pick(['Unhandled exception', 'Health check failed', 'Queue backlog'])} in ${r.pick(SVCS)}","urgency":"high","body":{"details":"${jsonEnc(f)}"}}}}`, t: jsonEnc }),
  (r, f) => ({ source: 'slack', text: `:rotating_light: *${r.pick(SVCS)}* ${r.pick(['failed to start', 'returned 500 to caller', 'rejected an upstream response'])} (<https://logs.internal/x/${r.hex(12)}|logs>)\n\`\`\`\n${f}\n\`\`\``, t: idEnc }),
  (r, f) => ({ source: 'k8s', text: `Warning  ${r.pick(['BackOff', 'Failed', 'Unhealthy'])}  pod/${r.pick(SVCS)}-${r.chars('bcdfghjklmnpqrstvwxz2456789', 10)}-${r.chars('bcdfghjklmnpqrstvwxz2456789', 5)}  ${r.pick(['Error: container exited with output', 'Liveness probe failed; last log lines'])}:\n${f}`, t: idEnc }),
  (r, f) => {
    const pre = `${r.pick(SVCS)}-${r.int(1, 3)}  | `;
    return { source: 'compose', text: pre + f.replace(/\n/g, `\n${pre}`), t: (s) => s.replace(/\n/g, `\n${pre}`) };
  },
  (r, f) => ({ source: 'sentry', text: `Sentry issue ${r.pick(['CHECKOUT', 'AUTH', 'BILLING'])}-${r.chars('0123456789ABCDEFGHJK', 3)} · event ${r.hex(32)}\n${r.pick(['extra.request_data', 'context.payload', 'breadcrumb.data'])} =\n${f}`, t: idEnc }),
  (r, f, m) => ({ source: 'syslog', text: `<${r.int(128, 191)}>1 ${ts(r)} ${r.pick(['ip-10-0-3-17', 'node-7', 'web-02'])} ${r.pick(SVCS)} ${r.int(100, 65000)} - - ${m ? '\n' : ''}${f}`, t: idEnc }),
  (_r, f) => ({ source: 'bare', text: f, t: idEnc }),
];

/** Wraps a fragment in random realistic surroundings. */
export function wrap79(r: Rng79, frag: string, multi: boolean): Wrapped79 {
  return r.pick(WRAPPERS)(r, frag, multi);
}
