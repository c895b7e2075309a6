import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewSubmission } from '../../helpers/slack-signing';
import { startTriage, USERS, type Triage } from './triage-harness';

let t: Triage;
beforeAll(async () => {
  t = await startTriage('triage-mute');
});
afterAll(async () => {
  await t?.stop();
});

async function openMuteModal(): Promise<{ inc: { id: string; channel: string; ts: string }; view: any }> {
  const inc = await t.incident();
  await t.click(USERS.admin, 'herald_mute', inc);
  const view = t.fake.callsOf('views.open').at(-1)!.params.view;
  return { inc, view };
}

function submit(view: any, values: { scope: string; matchers?: string; duration: string; reason: string }, user = USERS.admin) {
  return t.slack.interact(
    viewSubmission({
      user,
      callbackId: view.callback_id,
      privateMetadata: view.private_metadata,
      values: {
        scope: { value: { type: 'radio_buttons', selected_option: { value: values.scope } } },
        matchers: { value: { type: 'plain_text_input', value: values.matchers ?? null } },
        duration: { value: { type: 'plain_text_input', value: values.duration } },
        reason: { value: { type: 'plain_text_input', value: values.reason } },
      },
    }),
  );
}

describe('mute modal', () => {
  it('offers this monitor, this service and custom matchers', async () => {
    const { view } = await openMuteModal();
    expect(view.callback_id).toBe('herald_mute_modal');
    const scope = view.blocks.find((b: any) => b.block_id === 'scope');
    expect(scope.element.options.map((o: any) => o.value)).toEqual(['monitor', 'service', 'custom']);
    expect(view.title.text.length).toBeLessThanOrEqual(24);
  });

  it('invalid input is answered with response_action errors, per field', async () => {
    const { view } = await openMuteModal();
    const r = await submit(view, { scope: 'custom', matchers: 'nonsense_field: 1', duration: 'forever', reason: '' });
    expect(r.status).toBe(200);
    expect(r.json.response_action).toBe('errors');
    expect(Object.keys(r.json.errors).sort()).toEqual(['duration', 'matchers', 'reason']);
    expect(r.json.errors.matchers).toContain('nonsense_field');
    const r2 = await submit(view, { scope: 'custom', matchers: 'service: [unclosed', duration: '1h', reason: 'x' });
    expect(r2.json.response_action).toBe('errors');
    expect(Object.keys(r2.json.errors)).toEqual(['matchers']);
    expect(await t.h.app.mutes.list()).toHaveLength(0);
  });

  it('a valid "this service" submission creates the mute, notes it in the thread and on the incident, audits it', async () => {
    const { inc, view } = await openMuteModal();
    const r = await submit(view, { scope: 'service', duration: '2h', reason: 'known upstream outage' });
    expect(r.status).toBe(200);
    expect(r.text).toBe('');
    const [mute] = await t.h.app.mutes.list();
    expect(mute).toMatchObject({ matchers: { service: 'invoice-api', env: 'prod' }, reason: 'known upstream outage', createdBy: 'U0ADMIN' });
    const stored = await t.h.app.incidents.get(inc.id);
    expect(stored?.muteId).toBe(mute.id);
    const note = t.fake.callsOf('chat.postMessage').filter((c) => c.params.thread_ts === inc.ts).at(-1)!;
    expect(note.params.text).toContain(`Muted by <@U0ADMIN> for 2h`);
    expect(note.params.text).toContain(mute.id);
    const res = await fetch(`${t.h.url}/api/audit?incident=${inc.id}`, { headers: { authorization: 'Bearer admin-token-0123456789abcdef' } });
    expect(((await res.json()) as any).entries).toContainEqual(expect.objectContaining({ action: 'mute', outcome: 'ok', via: 'button' }));
    await t.h.app.mutes.delete(mute.id, 'test');
  });

  it('a non-admin submitting the modal (role changed meanwhile) gets an error, no mute', async () => {
    const { view } = await openMuteModal();
    const r = await submit(view, { scope: 'monitor', duration: '1h', reason: 'x' }, USERS.alice);
    expect(r.json.response_action).toBe('errors');
    expect(r.json.errors.scope).toMatch(/admin/);
    expect(await t.h.app.mutes.list()).toHaveLength(0);
  });
});
