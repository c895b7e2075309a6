import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTriage, USERS, type Triage } from './triage-harness';

let t: Triage;
beforeAll(async () => {
  t = await startTriage('triage-noaccess', { access: null });
});
afterAll(async () => {
  await t?.stop();
});

describe('without an access file', () => {
  it('logs a warning at startup', () => {
    expect(t.h.logs.some((l) => l.includes('"level":"warn"') && l.includes('full workspace members are responders, guests are viewers'))).toBe(true);
  });

  it('every workspace member is a responder: may resolve, may not mute', async () => {
    const inc = await t.incident();
    await t.click(USERS.viewer, 'herald_resolve', inc);
    expect((await t.h.app.incidents.get(inc.id))?.resolvedBy).toBe('U0VIEW');
    const r = await t.slack.command('mute service=x 1h', USERS.viewer, t.fake.responseUrl('na-1'));
    expect(r.json.text).toMatch(/need the \*admin\* role to mute; your role is \*responder\*/);
  });
});
