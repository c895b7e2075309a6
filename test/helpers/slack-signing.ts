import { createHmac } from 'node:crypto';

/** The signing secret e2e tests give Herald. */
export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

/** Headers Slack sends: v0 HMAC of `v0:<ts>:<body>`, bare form content type (no charset). */
export function signedHeaders(secret: string, body: string, ts = Math.floor(Date.now() / 1000)): Record<string, string> {
  const sig = 'v0=' + createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex');
  return { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Slack-Request-Timestamp': String(ts), 'X-Slack-Signature': sig };
}

/** An interaction body: the single form field `payload`. */
export function payloadBody(payload: unknown): string {
  return 'payload=' + encodeURIComponent(JSON.stringify(payload));
}

/** A slash command body (plain form fields). */
export function commandBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** A Slack user in tests. */
export interface TestUser {
  id: string;
  name: string;
}

/** Where a clicked message lives. */
export interface MessageRefLike {
  channel: string;
  ts: string;
}

/** A `block_actions` payload as Slack sends it for a button or a static_select. */
export function blockAction(o: {
  user: TestUser;
  actionId: string;
  value?: string;
  selected?: string;
  message: MessageRefLike;
  responseUrl: string;
  triggerId?: string;
  team?: string;
}): Record<string, unknown> {
  const action = o.selected !== undefined
    ? { type: 'static_select', action_id: o.actionId, block_id: 'b', selected_option: { text: { type: 'plain_text', text: 'x' }, value: o.selected }, action_ts: '1700000005.000001' }
    : { type: 'button', action_id: o.actionId, block_id: 'b', value: o.value, text: { type: 'plain_text', text: 'x' }, action_ts: '1700000005.000001' };
  return {
    type: 'block_actions',
    team: { id: o.team ?? 'T0001', domain: 'acme' },
    user: { id: o.user.id, username: o.user.name, name: o.user.name, team_id: o.team ?? 'T0001' },
    api_app_id: 'A123456',
    token: 'legacy-token',
    trigger_id: o.triggerId ?? `trig-${Math.random().toString(36).slice(2)}`,
    response_url: o.responseUrl,
    container: { type: 'message', message_ts: o.message.ts, channel_id: o.message.channel, is_ephemeral: false },
    channel: { id: o.message.channel, name: 'alerts' },
    message: { type: 'message', ts: o.message.ts, text: 'alert', blocks: [] },
    state: { values: {} },
    actions: [action],
  };
}

/** A `view_submission` payload. */
export function viewSubmission(o: { user: TestUser; callbackId: string; privateMetadata: string; values: Record<string, Record<string, unknown>> }): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: 'T0001', domain: 'acme' },
    user: { id: o.user.id, username: o.user.name, name: o.user.name, team_id: 'T0001' },
    api_app_id: 'A123456',
    token: 'legacy-token',
    trigger_id: 'trig-view',
    view: { id: 'V1', type: 'modal', callback_id: o.callbackId, private_metadata: o.privateMetadata, state: { values: o.values }, hash: 'h' },
  };
}

/** A client that posts signed requests to Herald's `/slack/events`. */
export class SlackRequester {
  constructor(
    private readonly baseUrl: string,
    private readonly secret = SIGNING_SECRET,
  ) {}

  /** POST a raw body, signed (override the timestamp or secret to test rejections). */
  async post(body: string, o: { ts?: number; secret?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; text: string; json: any }> {
    const headers = { ...signedHeaders(o.secret ?? this.secret, body, o.ts), ...(o.headers ?? {}) };
    const res = await fetch(`${this.baseUrl}/slack/events`, { method: 'POST', headers, body });
    const text = await res.text();
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, text, json };
  }

  /** Send an interaction payload. */
  async interact(payload: unknown): Promise<{ status: number; text: string; json: any }> {
    return this.post(payloadBody(payload));
  }

  /** Run `/herald <text>` as `user`, answers via `responseUrl`. */
  async command(text: string, user: TestUser, responseUrl: string, channel = 'C0ALERTS'): Promise<{ status: number; text: string; json: any }> {
    return this.post(
      commandBody({
        token: 'legacy-token', team_id: 'T0001', team_domain: 'acme', channel_id: channel, channel_name: 'alerts',
        user_id: user.id, user_name: user.name, command: '/herald', text, api_app_id: 'A123456', is_enterprise_install: 'false',
        response_url: responseUrl, trigger_id: 'trig-cmd',
      }),
    );
  }
}
