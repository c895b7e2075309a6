import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../helpers/fake-slack';
import { fixture } from '../../helpers/fixtures';
import { eventually, startHerald, type TestHerald } from '../../helpers/start-herald';

const GRAPH = 'https://p.datadoghq.com/snapshot/view/dd-snapshots-prod/org_2046173/2026-12-03/3f2a9c0d1e.png';

let fake: FakeSlack;
let h: TestHerald;
beforeAll(async () => {
  fake = await new FakeSlack().start();
  h = await startHerald({ name: 'snapshot', env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl },
    configure: (c) => {
      c.slack.storm.threshold = 1000; // a dozen alerts in a minute: not a storm here
    },
  });
});
afterAll(async () => {
  await h?.stop();
  await fake?.stop();
});

let n = 0;
/** Post fixture 07 (a metric monitor) with this `snapshot`, on a monitor of its own; resolves with the top-level post. */
async function post(snapshot: string | undefined): Promise<{ blocks: any[]; text: string }> {
  const f = fixture('07');
  const k = ++n;
  f.id = `84139000000000${String(10_000 + k)}`;
  if (f.alert) f.alert.alert_id = String(77_000_000 + k);
  if (snapshot === undefined) delete f.snapshot;
  else f.snapshot = snapshot;
  const r = await h.webhook(f);
  expect(r.status).toBe(202);
  let ts = '';
  await eventually(async () => {
    const inc = (await h.app.incidents.list({ limit: 100 })).find((i) => i.alert.id === f.id);
    ts = inc?.message.kind === 'posted' ? inc.message.ts : '';
    return ts !== '';
  }, 10_000, `alert ${f.id} posted`);
  const c = fake.callsOf('chat.postMessage').find((x) => !x.params.thread_ts && x.response?.ts === ts)!;
  return { blocks: c.params.blocks as any[], text: JSON.stringify(c.params.blocks) };
}

const images = (blocks: any[]) => blocks.filter((b) => b.type === 'image');

describe('the monitor graph ($SNAPSHOT) as an image block', () => {
  it('a Datadog snapshot URL becomes an image block', async () => {
    const { blocks } = await post(GRAPH);
    expect(images(blocks)).toEqual([expect.objectContaining({ type: 'image', image_url: GRAPH, alt_text: expect.stringContaining('Monitor graph') })]);
  });

  it('other hosts, plain http and look-alikes are never embedded (the link stays)', async () => {
    for (const url of ['https://evil.example.com/graph.png', 'http://p.datadoghq.com/snapshot/view/x.png', 'https://p.datadoghq.com.evil.example/x.png', 'https://user:pw@p.datadoghq.com/x.png', 'https://evil-datadoghq.com/x.png']) {
      const { blocks, text } = await post(url);
      expect(images(blocks), url).toEqual([]);
      if (url === 'https://evil.example.com/graph.png') expect(text).toContain('<https://evil.example.com/graph.png|Graph>');
    }
  });

  it('EU site and S3 snapshot buckets are embedded too; no snapshot, no image', async () => {
    expect(images((await post('https://p.datadoghq.eu/snapshot/view/dd-snapshots-eu1-prod/org_1/a.png')).blocks)).toHaveLength(1);
    expect(images((await post('https://s3.amazonaws.com/dd-snapshots-prod/org_1/2026-12-03/a.png')).blocks)).toHaveLength(1);
    expect(images((await post('https://s3.amazonaws.com/someone-else/a.png')).blocks)).toHaveLength(0);
    expect(images((await post(undefined)).blocks)).toHaveLength(0);
  });

  it('when Slack cannot fetch the image, the alert is posted without it', async () => {
    const undo = fake.script((c) => (c.method === 'chat.postMessage' && JSON.stringify(c.params.blocks ?? '').includes('"type":"image"') ? { body: { ok: false, error: 'invalid_blocks' } } : undefined));
    try {
      const { blocks } = await post('https://p.datadoghq.com/snapshot/view/dd-snapshots-prod/org_1/expired.png')
      expect(images(blocks)).toEqual([]);
      expect(fake.callsOf('chat.postMessage').some((c) => c.response?.ok === false && JSON.stringify(c.params.blocks).includes('expired.png'))).toBe(true);
    } finally {
      undo();
    }
  });
});
