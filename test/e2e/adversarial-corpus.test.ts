import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALERT_LIMITS } from '../../src/alert/bound-alert';
import { tsOf } from '../../src/incident/message-state';
import { adversarialCorpus, encodingsOf, type CorpusCase } from '../fixtures/adversarial-corpus';
import { FakeDatadog } from '../helpers/fake-datadog';
import { FakeSlack } from '../helpers/fake-slack';
import { BROADCASTS, foreignMarkup, slackTexts } from '../helpers/markup';
import { deleteKeys, dumpKeys } from '../helpers/redis-cleanup';
import { freshSecrets } from '../helpers/secrets';
import { SIGNING_SECRET, SlackRequester, blockAction, viewSubmission, type TestUser } from '../helpers/slack-signing';
import { eventually, startHerald, type TestHerald } from '../helpers/start-herald';

/**
 * The redaction promise end to end: every body of the adversarial corpus goes through a
 * running Herald (local Slack and Datadog API servers, Datadog write-back on), people then
 * triage, mute and annotate with secrets of their own, and every sink is searched for every
 * raw value in every encoding: all Slack calls, every Redis key name and value of every
 * type under the test's prefix (Bull's keys and the audit stream included), the log
 * output and the Datadog API calls.
 */
const ADMIN: TestUser = { id: 'U0ADMIN', name: 'ada' };
const ALICE: TestUser = { id: 'U0ALICE', name: 'alice' };
const ADMIN_TOKEN = 'admin-token-0123456789abcdef';

let fake: FakeSlack;
let dd: FakeDatadog;
let h: TestHerald;
let slack: SlackRequester;
let corpus: CorpusCase[];
const typed: string[] = []; // secrets people typed (notes, reasons, names)
let seq = 0;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  dd = await new FakeDatadog().start();
  const dir = mkdtempSync(path.join(tmpdir(), 'herald-corpus-'));
  writeFileSync(path.join(dir, 'access.yaml'), 'default_role: responder\ngrants:\n  - role: admin\n    users: [U0ADMIN]\n');
  h = await startHerald({
    name: 'corpus',
    keepKeys: true,
    env: {
      SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl,
      DD_API_KEY: 'dd-api-key-test', DD_APP_KEY: 'dd-app-key-test', DD_API_URL: dd.url,
      HERALD_ACCESS_FILE: path.join(dir, 'access.yaml'), HERALD_ADMIN_TOKEN: ADMIN_TOKEN,
    },
    configure: (c) => {
      c.slack.storm.threshold = 1_000; // every incident gets its own message (buttons to click)
    },
  });
  slack = new SlackRequester(h.url);
  corpus = adversarialCorpus(ALERT_LIMITS.unparsableMessage);
}, 30_000);

afterAll(async () => {
  await h?.stop();
  await deleteKeys(h.prefix);
  await fake?.stop();
  await dd?.stop();
});

async function processed(): Promise<number> {
  const m = await (await fetch(`${h.url}/metrics`)).text();
  return [...m.matchAll(/herald_alerts_processed_total\{outcome="\w+"\} (\d+)/g)].reduce((s, x) => s + Number(x[1]), 0);
}

async function click(user: TestUser, actionId: string, inc: { id: string; channel: string; ts: string }): Promise<void> {
  await slack.interact(blockAction({ user, actionId, value: inc.id, message: inc, responseUrl: fake.responseUrl(`corpus-${++seq}`) }));
}

async function command(text: string, user: TestUser): Promise<string> {
  const r = await slack.command(text, user, fake.responseUrl(`corpus-cmd-${++seq}`), 'C0ALERTS');
  return String(r.json?.text ?? '');
}

describe('adversarial corpus: no raw value reaches any sink', () => {
  it('accepts every body (202), unparsable ones included', async () => {
    for (const c of corpus) {
      const r = await h.webhook(c.body, { contentType: c.contentType });
      expect(r.status, `${c.name}: ${JSON.stringify(r.json)}`).toBe(202);
    }
    await eventually(async () => (await processed()) >= corpus.length, 30_000, 'every alert processed');
    await fake.waitFor((calls) => calls.filter((x) => x.method === 'chat.postMessage' && !x.params.thread_ts).length >= corpus.length, 20_000);
  }, 60_000);

  it('people triage, annotate and mute with secrets of their own', async () => {
    const incidents = (await h.app.incidents.list({ limit: 100 })).filter((i) => i.message.kind === 'posted').map((i) => ({ ...i, ts: tsOf(i.message) }));
    expect(incidents.length).toBeGreaterThanOrEqual(2);
    const [a, b] = incidents as [(typeof incidents)[0], (typeof incidents)[0]];
    const s = freshSecrets();
    typed.push(s.github!.value, s.password!.value, s.email!.value, s.stripe!.value, s.jwt!.value, s.awsSecret!.value);
    await click(ALICE, 'herald_ack', a); // Datadog event with the incident's tags
    await click(ALICE, 'herald_details', a);
    await click(ALICE, 'herald_escalate', a);
    expect(await command(`resolve ${b.id} rotated ${encodeURIComponent(s.password!.text)} for ${s.email!.value}`, ALICE)).toMatch(/Resolved/);
    expect(await command(`show ${a.id}`, ALICE)).not.toBe('');
    const api = await fetch(`${h.url}/api/mutes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ matchers: { service: 'crm' }, duration: '1h', reason: `leaked ${s.stripe!.value}`, created_by: s.email!.value }),
    });
    expect(api.status).toBe(201);
    const refused = await fetch(`${h.url}/api/mutes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ matchers: { 'tags.owner': s.github!.value }, duration: '1h', reason: 'x' }),
    });
    expect(refused.status).toBe(400);
    const values = {
      scope: { value: { selected_option: { value: 'custom' } } },
      matchers: { value: { value: 'service: crm' } },
      duration: { value: { value: '2h' } },
      reason: { value: { value: `token ${s.jwt!.value} and ${s.awsSecret!.text}` } },
    };
    await slack.interact(viewSubmission({ user: ADMIN, callbackId: 'herald_mute_modal', privateMetadata: JSON.stringify({ incident: a.id, channel: a.channel }), values }));
    expect(await command('mutes', ALICE)).toMatch(/Active mutes/);
    expect(await command(`audit ${a.id}`, ALICE)).not.toBe('');
    await eventually(() => dd.callsTo('POST /api/v1/events').length >= 2, 10_000, 'Datadog write-back events');
    await eventually(async () => (await h.app.mutes.list()).length >= 2, 5_000, 'both mutes stored');
  }, 30_000);

  it('searches every sink for every raw value, in every encoding', async () => {
    await h.app.writer.drain(5_000);
    const sinks: Record<string, string> = {
      slack: JSON.stringify(fake.calls),
      redis: await dumpKeys(h.prefix),
      logs: h.logs.join('\n'),
      datadog: JSON.stringify(dd.calls),
    };
    expect(sinks.redis).toContain(`${h.prefix}:bull:alerts:`); // Bull's keys are in the dump
    expect(sinks.redis).toContain(`${h.prefix}:audit`); // and the audit stream
    expect(sinks.slack).toContain('[REDACTED:');
    expect(sinks.datadog).toContain('/api/v1/events');
    const hits: string[] = [];
    const raw = [...corpus.flatMap((c) => c.secrets.map((v) => [c.name, v] as const)), ...typed.map((v) => ['typed by people', v] as const)];
    for (const [name, value] of raw) {
      for (const form of encodingsOf(value)) {
        for (const [sink, text] of Object.entries(sinks)) if (text.includes(form)) hits.push(`${name}: ${form.slice(0, 12)}… in ${sink}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('no broadcast mention and no foreign link reaches Slack', () => {
    const texts = slackTexts(fake.calls.map((c) => c.params));
    const all = texts.join('\n');
    for (const b of BROADCASTS) expect(all).not.toContain(b);
    expect(all).not.toContain('<@U0VICTIM>');
    expect(foreignMarkup(texts, { users: [ADMIN.id, ALICE.id], hosts: ['app.datadoghq.com', 'slack.com', 'wiki.example', 'docs.example', 'snap.example'] })).toEqual([]);
  });

  it('bounded cost: the largest Redis value for a 256 KB webhook is under 1 MB', async () => {
    const r = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    let largest = 0;
    try {
      let cursor = '0';
      do {
        const [next, keys] = await r.scan(cursor, 'MATCH', `${h.prefix}*`, 'COUNT', 1000);
        cursor = next;
        for (const k of keys) {
          const t = await r.type(k);
          const size =
            t === 'string' ? Number(await r.strlen(k))
            : t === 'hash' ? Math.max(0, ...(Object.values(await r.hgetall(k)).map((v) => Buffer.byteLength(v))))
            : t === 'list' ? Math.max(0, ...(await r.lrange(k, 0, -1)).map((v) => Buffer.byteLength(v)))
            : t === 'stream' ? Math.max(0, ...(await r.xrange(k, '-', '+')).map(([, f]) => Buffer.byteLength(f.join(''))))
            : 0;
          largest = Math.max(largest, size);
        }
      } while (cursor !== '0');
    } finally {
      r.disconnect();
    }
    expect(corpus.some((c) => Buffer.byteLength(c.body) > 240_000)).toBe(true);
    expect(largest).toBeGreaterThan(0);
    console.log(`adversarial corpus: largest Redis value ${largest} bytes; largest body ${Math.max(...corpus.map((c) => Buffer.byteLength(c.body)))} bytes`);
    expect(largest, `largest value ${largest} bytes`).toBeLessThan(1_000_000);
    const m = await (await fetch(`${h.url}/metrics`)).text();
    const personal = Number(/herald_leaks_detected_total\{category="personal"\} (\d+)/.exec(m)?.[1] ?? 0);
    expect(personal).toBeGreaterThan(5_000); // every address counted, though each alert keeps 100 findings
  });
});
