import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeSlack, type SlackCall } from '../../helpers/fake-slack';
import { fixture } from '../../helpers/fixtures';
import { SIGNING_SECRET, SlackRequester, blockAction, type TestUser } from '../../helpers/slack-signing';
import { eventually, startHerald, type StartOptions, type TestHerald } from '../../helpers/start-herald';

/** Users of the default test access file. */
export const USERS = {
  admin: { id: 'U0ADMIN', name: 'ada' },
  alice: { id: 'U0ALICE', name: 'alice' },
  bob: { id: 'U0BOB', name: 'bob' },
  carol: { id: 'U0CAROL', name: 'carol' }, // responder through user group S0ONCALL
  viewer: { id: 'U0VIEW', name: 'victor' }, // default role
} satisfies Record<string, TestUser>;

/** The admin token the tests configure. */
export const ADMIN_TOKEN = 'admin-token-0123456789abcdef';

/** The default access file: viewers by default, responders and one admin. */
export const ACCESS_YAML = `
default_role: viewer
group_cache_ttl: 1m
grants:
  - role: admin
    users: [U0ADMIN]
  - role: responder
    users: [U0ALICE, U0BOB]
  - role: responder
    groups: [S0ONCALL]
`;

/** A running Herald with a fake Slack and a signed-request client. */
export interface Triage {
  h: TestHerald;
  fake: FakeSlack;
  slack: SlackRequester;
  /** Post a variant of fixture 11 (its own monitor id) and return the incident once posted. */
  incident(n?: number): Promise<{ id: string; channel: string; ts: string }>;
  /** Click a button (or pick a menu option) on an incident's message. */
  click(user: TestUser, actionId: string, inc: { id: string; channel: string; ts: string }, o?: { selected?: string; value?: string; respondId?: string }): Promise<{ status: number; text: string }>;
  /** response_url posts made for one respond id. */
  responses(id: string): SlackCall[];
  stop(): Promise<void>;
}

let seq = 0;

/** Start Herald for triage tests. `access: null` = no access file at all. */
export async function startTriage(name: string, o: { access?: string | null; env?: Record<string, string>; configure?: StartOptions['configure'] } = {}): Promise<Triage> {
  const fake = await new FakeSlack().start();
  fake.script((c) => (c.method === 'usergroups.users.list' && c.params.usergroup === 'S0ONCALL' ? { body: { ok: true, users: ['U0CAROL'] } } : undefined));
  const dir = mkdtempSync(path.join(tmpdir(), 'herald-triage-'));
  const accessFile = path.join(dir, 'access.yaml');
  if (o.access !== null) writeFileSync(accessFile, o.access ?? ACCESS_YAML);
  const h = await startHerald({
    name,
    env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, HERALD_ACCESS_FILE: accessFile, HERALD_ADMIN_TOKEN: ADMIN_TOKEN, ...o.env },
    configure: o.configure,
  });
  const slack = new SlackRequester(h.url);
  return {
    h,
    fake,
    slack,
    async incident(n = ++seq) {
      const f = fixture('11');
      f.id = `${f.id.slice(0, -4)}${String(1000 + n).slice(-4)}`;
      f.alert.id = String(48_000_000 + n);
      const before = fake.callsOf('chat.postMessage').filter((x) => !x.params.thread_ts).length;
      const r = await h.webhook(f);
      if (r.status !== 202) throw new Error(`webhook answered ${r.status}: ${JSON.stringify(r.json)}`);
      await fake.waitFor((c) => c.filter((x) => x.method === 'chat.postMessage' && !x.params.thread_ts).length > before);
      let found: { id: string; channel: string; ts: string } | undefined;
      await eventually(async () => {
        const inc = (await h.app.incidents.list({ limit: 100 })).find((i) => i.monitorId === f.alert.id);
        if (inc?.message.kind === 'posted') found = { id: inc.id, channel: inc.channel, ts: inc.message.ts }; // the ts is stored just after the post
        return Boolean(found);
      }, 5_000, `incident for monitor ${f.alert.id}`);
      return found!;
    },
    async click(user, actionId, inc, co = {}) {
      const respondId = co.respondId ?? `${actionId}-${user.id}-${++seq}`;
      const payload = blockAction({ user, actionId, value: co.value ?? inc.id, selected: co.selected, message: inc, responseUrl: fake.responseUrl(respondId) });
      return slack.interact(payload);
    },
    responses(id) {
      return fake.calls.filter((c) => c.method === 'respond' && c.path === `/respond/${id}`);
    },
    async stop() {
      await h.stop();
      await fake.stop();
    },
  };
}
