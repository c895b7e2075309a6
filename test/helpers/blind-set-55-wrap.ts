import type { Case55, G55 } from './blind-set-55-gen';

const SERVICES = ['checkout', 'payments-api', 'auth-gateway', 'user-profile', 'billing-worker', 'notifications', 'search-indexer', 'orders', 'ledger', 'onboarding', 'webhooks-relay', 'mobile-bff'];
const HOSTS = ['ip-10-12-4-201', 'i-0a3f9c2e71b4d5e88', 'gke-prod-pool-2-7f3c', 'aks-nodepool1-31718369-vmss000004', 'web-7d9f8b6c5-xk2pq', 'worker-02.fra1'];
const JAVA_LOGGERS = ['c.a.p.PaymentController', 'com.acme.auth.TokenService', 'o.s.w.s.DispatcherServlet', 'com.acme.billing.InvoiceJob', 'c.a.u.ProfileRepository'];

export const service = (g: G55): string => g.pick(SERVICES);
export const host = (g: G55): string => g.pick(HOSTS);

/** An ISO timestamp in November 2026. */
export function ts(g: G55): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `2026-11-${p(g.int(1, 28))}T${p(g.int(0, 23))}:${p(g.int(0, 59))}:${p(g.int(0, 59))}.${p(g.int(0, 999), 3)}Z`;
}

const logfmt = (v: string): string => (/[\s="]/.test(v) || v === '' ? JSON.stringify(v) : v);
const obj = (fields: [string, string][]): Record<string, string> => Object.fromEntries(fields);

/**
 * One log line as a real logger writes it: pino, winston, bunyan, logback (JSON and pattern),
 * log4j2 JSON, Python logging, structlog, zap, logrus, slog, Lograge, Serilog, Monolog, Elixir.
 */
export function logLine(g: G55, level: 'error' | 'warn' | 'info', msg: string, fields: [string, string][]): string {
  const t = ts(g);
  const svc = service(g);
  const epoch = 1793000000000 + g.int(0, 2000000000);
  const up = level.toUpperCase();
  const num = { error: 50, warn: 40, info: 30 }[level];
  const kv = fields.map(([k, v]) => `${k}=${logfmt(v)}`).join(' ');
  const styles: (() => string)[] = [
    () => JSON.stringify({ level: num, time: epoch, pid: g.int(1, 99), hostname: host(g), ...obj(fields), msg }),
    () => JSON.stringify({ level, message: msg, service: svc, ...obj(fields), timestamp: t }),
    () => JSON.stringify({ name: svc, hostname: host(g), pid: g.int(7, 4000), level: num, ...obj(fields), msg, time: t, v: 0 }),
    () => JSON.stringify({ '@timestamp': t, '@version': '1', message: msg, logger_name: g.pick(JAVA_LOGGERS), thread_name: `http-nio-8080-exec-${g.int(1, 40)}`, level: up, level_value: num * 800, ...obj(fields) }),
    () => `${t.replace('T', ' ').replace('Z', '')} ${up.padStart(5)} 1 --- [nio-8080-exec-${g.int(1, 9)}] ${g.pick(JAVA_LOGGERS).padEnd(40)} : ${msg} ${kv}`,
    () => JSON.stringify({ instant: { epochSecond: Math.floor(epoch / 1000), nanoOfSecond: g.int(0, 999999) * 1000 }, thread: 'main', level: up, loggerName: g.pick(JAVA_LOGGERS), message: `${msg} ${kv}`, endOfBatch: false, loggerFqcn: 'org.apache.logging.slf4j.Log4jLogger' }),
    () => `${t.replace('T', ' ').replace('Z', '').replace('.', ',')} - app.${svc.replace('-', '_')} - ${up} - ${msg} ${kv}`,
    () => `${t} [${level.padEnd(9)}] ${msg.padEnd(28)} ${kv}`,
    () => JSON.stringify({ event: msg, level, logger: `${svc}.handlers`, timestamp: t, ...obj(fields) }),
    () => JSON.stringify({ level, ts: epoch / 1000, caller: `${g.pick(['handler', 'store', 'client'])}/${g.pick(['auth', 'pay', 'sync'])}.go:${g.int(20, 400)}`, msg, ...obj(fields) }),
    () => `time="${t}" level=${level} msg=${JSON.stringify(msg)} ${kv}`,
    () => `time=${t} level=${up} msg=${logfmt(msg)} ${kv}`,
    () => JSON.stringify({ time: t, level: up, msg, ...obj(fields) }),
    () => `method=POST path=/api/v2/${svc} format=json controller=Api::V2::${g.pick(['SessionsController', 'UsersController', 'ChargesController'])} action=create status=${g.pick([422, 500, 401])} duration=${g.int(5, 900)}.${g.int(10, 99)} params={${fields.map(([k, v]) => `"${k}"=>"${v}"`).join(', ')}}`,
    () => `[${t.slice(11, 19)} ${{ error: 'ERR', warn: 'WRN', info: 'INF' }[level]}] ${msg} ${fields.map(([k, v]) => `${k}: "${v}"`).join(', ')}`,
    () => JSON.stringify({ '@t': t, '@mt': `${msg} {${fields[0]?.[0] ?? 'Detail'}}`, '@l': { error: 'Error', warn: 'Warning', info: 'Information' }[level], ...obj(fields), SourceContext: 'Acme.Api.Controllers' }),
    () => `[${t.replace('Z', '+00:00')}] app.${up}: ${msg} ${JSON.stringify(obj(fields))} []`,
    () => `${t.slice(11, 23)} [${level}] ${msg} ${fields.map(([k, v]) => `${k}=${v}`).join(' ')}`,
  ];
  return g.pick(styles)();
}

/** Cuts a text with "…" somewhere after the last planted value, as Datadog truncates long samples. */
export function cutAfterValues(g: G55, c: Case55): string {
  let end = 0;
  for (const v of c.values) end = Math.max(end, c.text.indexOf(v.value) + v.value.length);
  if (c.text.length - end < 12 || g.next() < 0.6) return c.text;
  return c.text.slice(0, g.int(end + 1, c.text.length - 1)) + g.pick(['…', '...', ' [truncated]', '…(truncated)']);
}

const MENTIONS = ['@slack-sre-alerts', '@pagerduty-Payments', '@webhook-herald', '@oncall-platform@acme.io', '@slack-prod-incidents', '@opsgenie-core'];
const TITLES = ['Error rate above threshold', 'New error in logs', 'Auth failures spiking', 'Synthetics test failing', 'Unhandled exception', 'Job failed', 'Elevated 5xx'];

/** Wraps a body the way it reaches Herald: $EVENT_MSG markdown, $TEXT_ONLY_MSG, $LOGS_SAMPLE, a webhook JSON, a quote. */
export function wrapAlert(g: G55, body: string, keepLines = false): string {
  const svc = service(g);
  const title = `[${g.pick(['Triggered', 'Re-Triggered', 'Warn'])} on {service:${svc},env:prod}] ${g.pick(TITLES)}`;
  const mon = g.int(1000000, 199999999);
  const tags = `env:prod, service:${svc}, team:${g.pick(['payments', 'identity', 'core', 'growth'])}, version:${g.int(1, 9)}.${g.int(0, 40)}.${g.int(0, 9)}, kube_namespace:${svc}`;
  const link = `https://app.datadoghq.${g.pick(['com', 'eu'])}/monitors/${mon}?from_ts=${1793000000000 + g.int(0, 9999999)}`;
  const styles: (() => string)[] = [
    () => `%%%\n${g.pick(MENTIONS)} ${g.pick(MENTIONS)}\n**${title}**\n\nMore than ${g.int(1, 50)} log events matched in the last 5m against the monitored query: **status:error service:${svc}**\n\n\`\`\`\n${body}\n\`\`\`\n\n- - -\n[[Monitor Status](${link})] · [[Edit Monitor](https://app.datadoghq.com/monitors/${mon}/edit)] · [[Related Logs](https://app.datadoghq.com/logs?query=service%3A${svc})]\n%%%`,
    () => `${title}\n${body}\n\ntags: ${tags}\n${link}`,
    () => `{{#is_alert}}${g.pick(MENTIONS)}{{/is_alert}} ${title}\nLogs sample:\n| Host | Service | Content |\n|---|---|---|\n| ${host(g)} | ${svc} | ${body.replace(/\n/g, ' ⏎ ')} |`,
    () => `${title}\n\n> ${body.split('\n').join('\n> ')}\n\n${g.pick(MENTIONS)}`,
    () => `Monitor ID ${mon} · Priority P${g.int(1, 4)}\n${title}\n${body}\nTags: [${tags.split(', ').map((t) => `"${t}"`).join(', ')}]`,
    () => `${body}`,
  ];
  return g.pick(keepLines ? [styles[0]!, styles[1]!, styles[4]!, styles[5]!] : styles)();
}
