import { randomUUID } from 'node:crypto';
import { answer, FakeApi, type ApiCall } from './fake-api';
import type { ScriptedAnswer } from './local-server';

/** An Opsgenie alert as the stand-in keeps it. */
export interface OgAlert {
  alias: string;
  message: string;
  priority: string;
  status: 'open' | 'closed';
  acknowledged: boolean;
  count: number;
  /** Actions received, in order (create, acknowledge, close). */
  actions: string[];
}

const took = () => Math.round(Math.random() * 100) / 1000;

/**
 * A local Opsgenie Alert API with the real paths, `Authorization: GenieKey <key>` check and
 * answer shapes: 202 `{result: "Request will be processed", took, requestId}`; 401
 * `{message: "Could not authenticate"}`; 422 `{message, errors: {field: text}}` for a bad
 * body. Create de-duplicates open alerts by alias; acknowledge and close take the alias with
 * `identifierType=alias`.
 */
export class FakeOpsgenie extends FakeApi {
  /** Alerts by alias (the latest for each alias). */
  readonly alerts = new Map<string, OgAlert>();

  constructor(private readonly apiKey: string) {
    super();
  }

  protected route(call: ApiCall): ScriptedAnswer {
    const requestId = randomUUID();
    if (call.headers.authorization !== `GenieKey ${this.apiKey}`) return answer(401, { message: 'Could not authenticate', took: took(), requestId });
    const accepted = answer(202, { result: 'Request will be processed', took: took(), requestId });
    if (call.method === 'POST' && call.path === '/v2/alerts') {
      const b = call.body ?? {};
      if (typeof b.message !== 'string' || !b.message.trim()) return this.unprocessable(requestId, { message: 'Message can not be empty.' });
      if (b.message.length > 130) return this.unprocessable(requestId, { message: 'Message can not be longer than 130 characters.' });
      if (typeof b.alias === 'string' && b.alias.length > 512) return this.unprocessable(requestId, { alias: 'Alias can not be longer than 512 characters.' });
      if (b.priority !== undefined && !/^P[1-5]$/.test(b.priority)) return this.unprocessable(requestId, { priority: 'Priority should be one of [P1, P2, P3, P4, P5]' });
      const alias = typeof b.alias === 'string' && b.alias ? b.alias : requestId;
      const cur = this.alerts.get(alias);
      if (cur && cur.status === 'open') {
        cur.count++;
        cur.actions.push('create');
      } else {
        this.alerts.set(alias, { alias, message: b.message, priority: b.priority ?? 'P3', status: 'open', acknowledged: false, count: 1, actions: ['create'] });
      }
      return accepted;
    }
    const m = /^\/v2\/alerts\/([^/]+)\/(acknowledge|close)$/.exec(call.path);
    if (call.method === 'POST' && m) {
      if (call.query.identifierType !== 'alias') return this.unprocessable(requestId, { identifier: 'Alert does not exist (this stand-in looks alerts up by alias only)' });
      const cur = this.alerts.get(decodeURIComponent(m[1]));
      if (cur && cur.status === 'open') {
        cur.actions.push(m[2]);
        if (m[2] === 'acknowledge') cur.acknowledged = true;
        else cur.status = 'closed';
      }
      return accepted; // processed asynchronously: a missing alert fails later, not here
    }
    return answer(404, { message: 'Not found', took: took(), requestId });
  }

  private unprocessable(requestId: string, errors: Record<string, string>): ScriptedAnswer {
    return answer(422, { message: 'Request body is not processable. Please check the errors.', errors, took: took(), requestId });
  }
}
