import type { Incident } from '../incident/incident';
import { messagesOf, type WithMessages } from '../incident/message-state';
import type { SlackWriter } from './dispatcher';
import { renderIncident, type RenderOptions } from './render/render-incident';
import { snapshotImageUrl } from './render/snapshot-image';

/** Slack refused the blocks (an image it could not download answers `invalid_blocks`). */
function imageRefused(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 'invalid_blocks';
}

function hasImage(inc: Incident, o: RenderOptions): boolean {
  return o.images !== false && snapshotImageUrl(inc.alert.links.snapshot) !== null;
}

/** What a message update needs to know of an incident: its id, version and where its messages are. */
export type MessageOwner = Pick<Incident, 'id' | 'version'> & WithMessages;

/** An incident's Slack messages: post, update in place, reply in the thread, through the rate-limited writer. */
export class IncidentMessages {
  constructor(
    private readonly writer: SlackWriter,
    private readonly render: RenderOptions = {},
    /** The stored incident, read when an update is sent (it may be newer than the one queued). */
    private readonly latest?: (id: string) => Promise<Incident | null>,
  ) {}

  /**
   * Post a new top-level message for an incident; returns where it landed. When Slack cannot
   * fetch the graph image (`invalid_blocks`), it is posted again without the image.
   */
  async post(inc: Incident, channel: string): Promise<{ channel: string; ts: string }> {
    const send = (images: boolean) => {
      const m = renderIncident(inc, { ...this.render, images });
      return this.writer.postMessage({ channel, text: m.text, blocks: m.blocks, unfurl_links: false });
    };
    const r = await send(true).catch((e: unknown) => (imageRefused(e) && hasImage(inc, this.render) ? send(false) : Promise.reject(e)));
    return { channel: r.channel || channel, ts: r.ts };
  }

  /**
   * Re-render the incident's message(s) in place (all channels it was posted to). Given an
   * incident, or only its id, version and messages (a fast repeat): the render reads the
   * stored incident, and needs `latest` then.
   */
  async update(inc: Incident | MessageOwner): Promise<void> {
    const targets = messagesOf(inc);
    if (targets.length === 0) return;
    const latest = this.latest;
    if (!latest) {
      if (!('alert' in inc)) throw new Error(`incident ${inc.id}: an update by id needs the stored incident`);
      const m = renderIncident(inc, this.render);
      await Promise.all(targets.map((t) => this.writer.update({ channel: t.channel, ts: t.ts, text: m.text, blocks: m.blocks })));
      return;
    }
    // Rendered when the update is sent (once per Slack call, however many were coalesced),
    // from the stored incident if it is at least as new as this one.
    const render = (images: boolean) => async () => {
      const cur = await latest(inc.id).catch(() => null);
      const use = cur && cur.version >= inc.version ? cur : 'alert' in inc ? inc : cur;
      if (!use) throw new Error(`incident ${inc.id} is gone`);
      return renderIncident(use, { ...this.render, images });
    };
    const send = (t: { channel: string; ts: string }, images: boolean) => this.writer.update({ channel: t.channel, ts: t.ts, text: '', render: render(images) });
    await Promise.all(targets.map((t) => send(t, true).catch((e: unknown) => (imageRefused(e) && (!('alert' in inc) || hasImage(inc, this.render)) ? send(t, false) : Promise.reject(e)))));
  }

  /** A reply in the thread of the incident's first message (optionally also shown in the channel). */
  async threadReply(inc: Incident, text: string, broadcast = false): Promise<void> {
    const [home] = messagesOf(inc);
    if (!home) return;
    await this.writer.postMessage({ channel: home.channel, text, thread_ts: home.ts, reply_broadcast: broadcast || undefined, unfurl_links: false });
  }
}
