import { createHash } from 'node:crypto';
import type { FakeSlack, SlackCall } from '../helpers/fake-slack';
import { startHerald, type StartOptions, type TestHerald } from '../helpers/start-herald';
import { fixture } from '../helpers/fixtures';

/**
 * A distinct incident k (its own monitor id and scope), alert number `n` of it (0 = first).
 * The title carries a marker `[inc-0007]` so Slack calls can be traced back to the incident.
 */
export function incidentAlert(k: number, n = 0, o: { transition?: 'Triggered' | 'Recovered'; tag?: string } = {}): Record<string, any> {
  const f = fixture('11');
  const tag = o.tag ?? 'f';
  const marker = mark(k);
  const transition = o.transition ?? 'Triggered';
  const scope = `env:prod, service:svc-${tag}-${k}`;
  return {
    ...f,
    id: datadogId(`${tag}-${k}-${n}-${transition}`), // digits, as Datadog's $ID (other ids are hashed at ingest)
    title: `[P2] [${transition} on {env:prod,service:svc-${tag}-${k}}] ${marker} Sync error rate high`,
    service: `svc-${tag}-${k}`,
    tags: `env:prod, monitor, service:svc-${tag}-${k}, team:payments`,
    alert: {
      ...f.alert,
      id: String(70_000_000 + k),
      title: `[${transition} on {env:prod,service:svc-${tag}-${k}}] ${marker} Sync error rate high`,
      transition,
      priority: 'P2',
      scope,
    },
  };
}

/** A 19-digit `$ID` derived from a name: stable, distinct per name, kept as it is by ingest. */
export function datadogId(name: string): string {
  return `8${createHash('sha256').update(name).digest().readBigUInt64BE(0).toString().padStart(20, '0').slice(-18)}`;
}

/** The marker put in incident k's title. */
export function mark(k: number): string {
  return `[inc-${String(k).padStart(4, '0')}]`;
}

/** The incident number a Slack call is about (from the marker in its text), or -1. */
export function incidentOf(c: SlackCall): number {
  const m = /\[inc-(\d{4})\]/.exec(`${c.params.text ?? ''} ${JSON.stringify(c.params.blocks ?? '')}`);
  return m ? Number(m[1]) : -1;
}

/** Successful top-level posts (not thread replies). */
export function topPosts(s: FakeSlack): SlackCall[] {
  return s.callsOf('chat.postMessage').filter((c) => !c.params.thread_ts);
}

/** Successful top-level posts counted by `incident|channel`. */
export function postsByIncidentChannel(s: FakeSlack): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of topPosts(s)) {
    const key = `${incidentOf(c)}|${c.params.channel}`;
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  return m;
}

/** Distinct incidents with at least one successful top-level post. */
export function postedIncidents(s: FakeSlack): Set<number> {
  return new Set(topPosts(s).map(incidentOf));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Env that points Herald at a FakeSlack (a bot token, a signing secret, the API URL). */
export function slackEnv(fake: FakeSlack): Record<string, string> {
  return { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl };
}

/** Start Herald on a FakeSlack with storm mode out of the way (every incident gets its own message). */
export function startOnSlack(fake: FakeSlack, o: StartOptions = {}): Promise<TestHerald> {
  return startHerald({
    ...o,
    env: { ...slackEnv(fake), ...o.env },
    configure: (c) => {
      c.slack.storm.threshold = 1000;
      o.configure?.(c);
    },
  });
}

/** Alerts a Herald counted in `herald_alerts_processed_total`, all outcomes. */
export async function processedCount(h: TestHerald): Promise<number> {
  return (await h.app.metrics.alertsProcessed.get()).values.reduce((s, v) => s + v.value, 0);
}
