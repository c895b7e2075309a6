import { randomUUID } from 'node:crypto';
import { FakeApi, type ApiCall, type ApiScript } from './fake-api';
import type { ScriptedAnswer } from './local-server';

/** One recorded Datadog API call (path without the query string, headers lower-cased, parsed body). */
export type DatadogCall = ApiCall;

/** What a scripted answer returns (see LocalServer's ScriptedAnswer). */
export type DatadogAnswer = ScriptedAnswer;

/** A script decides the answer for a call; return undefined for the default answer. */
export type DatadogScript = ApiScript;

/** A log line to serve from the logs search (wrapped into Datadog's wire shape). */
export interface FakeLog {
  timestamp: string;
  message: string;
  host?: string;
  service?: string;
  status?: string;
  tags?: string[];
}

/** Options: when keys are given, requests with other keys get 403 like Datadog's. */
export interface FakeDatadogOptions {
  apiKey?: string;
  appKey?: string;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): DatadogAnswer => ({ status, body, headers });

/**
 * A local HTTP server speaking the Datadog API endpoints Herald calls, with the paths,
 * headers and response shapes of the real API (datadog.md B.8/B.9). It records every call,
 * serves configurable monitors, logs and service definitions, stores downtimes, events and
 * incidents, and lets tests script errors, 429s with rate-limit headers, and slow answers.
 */
export class FakeDatadog extends FakeApi {
  /** Monitors by id, in wire shape (`{ id, name, type, query, message, tags, options }`). */
  readonly monitors = new Map<string, Record<string, unknown>>();
  /** Service-definition schemas by service name, in wire shape (kebab-case keys). */
  readonly services = new Map<string, Record<string, unknown>>();
  /** Log lines served by the search (newest first), or a function of the request body. */
  logs: FakeLog[] | ((body: any) => FakeLog[]) = [];
  /** Downtimes created and not cancelled, by id (the request's attributes). */
  readonly downtimes = new Map<string, Record<string, unknown>>();
  /** Incidents declared, by UUID (title, public id, state: active until a PATCH resolves it). */
  readonly incidents = new Map<string, { title: string; publicId: number; state: string; customerImpacted: boolean }>();
  private seq = 0;

  constructor(private readonly opts: FakeDatadogOptions = {}) {
    super();
  }

  protected route(call: DatadogCall): DatadogAnswer {
    return this.auth(call) ?? this.answerFor(call);
  }

  /** Datadog answers 403 when a key is missing or wrong. Events and key validation need only the API key. */
  private auth(call: DatadogCall): DatadogAnswer | undefined {
    const api = call.headers['dd-api-key'];
    const app = call.headers['dd-application-key'];
    const needsApp = !(call.method === 'POST' && call.path === '/api/v1/events') && call.path !== '/api/v1/validate';
    const bad = !api || (this.opts.apiKey !== undefined && api !== this.opts.apiKey) ||
      (needsApp && (!app || (this.opts.appKey !== undefined && app !== this.opts.appKey)));
    return bad ? json(403, { errors: ['Forbidden'] }) : undefined;
  }

  private answerFor(call: DatadogCall): DatadogAnswer {
    const { method, path } = call;
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/api/v1/validate') return json(200, { valid: true });
    if (method === 'GET' && path === '/api/v1/monitor') {
      const size = Number(call.query.page_size ?? 100);
      return json(200, [...this.monitors.entries()].slice(0, size).map(([id, mon]) => ({ id: Number(id), options: {}, tags: [], ...mon })));
    }
    if (method === 'GET' && path === '/api/v2/services/definitions') {
      const size = Number(call.query['page[size]'] ?? 10);
      const data = [...this.services.entries()].slice(0, size).map(([name, schema]) => ({ id: `sd-${name}`, type: 'service-definition', attributes: { meta: {}, schema } }));
      return json(200, { data });
    }
    if (method === 'GET' && (m = /^\/api\/v1\/monitor\/(\d+)$/.exec(path))) {
      const mon = this.monitors.get(m[1]);
      return mon ? json(200, { id: Number(m[1]), options: {}, tags: [], ...mon }) : json(404, { errors: ['Monitor not found'] });
    }
    if (method === 'POST' && path === '/api/v2/logs/events/search') {
      const limit = Number(call.body?.page?.limit ?? 10);
      const lines = (typeof this.logs === 'function' ? this.logs(call.body) : this.logs).slice(0, limit);
      const data = lines.map((l, i) => ({
        id: `AQAAAY${i}`,
        type: 'log',
        attributes: { status: 'error', tags: [], attributes: {}, ...l },
      }));
      return json(200, { data, meta: { page: {}, status: 'done', elapsed: 3, request_id: 'req-1' } });
    }
    if (method === 'GET' && (m = /^\/api\/v2\/services\/definitions\/([^/]+)$/.exec(path))) {
      const name = decodeURIComponent(m[1]);
      const schema = this.services.get(name);
      if (!schema) return json(404, { errors: ['Service definition not found'] });
      const version = String(schema['schema-version'] ?? 'v2.2');
      return json(200, {
        data: {
          id: `sd-${name}`,
          type: 'service-definition',
          attributes: { meta: { 'ingested-schema-version': version, origin: 'api' }, schema },
        },
      });
    }
    if (method === 'POST' && path === '/api/v2/downtime') {
      const id = randomUUID();
      const attributes = call.body?.data?.attributes ?? {};
      this.downtimes.set(id, attributes);
      return json(200, { data: { id, type: 'downtime', attributes: { scope: attributes.scope, message: attributes.message, status: 'scheduled' } } });
    }
    if (method === 'DELETE' && (m = /^\/api\/v2\/downtime\/([^/]+)$/.exec(path))) {
      if (!this.downtimes.delete(m[1])) return json(404, { errors: ['Downtime not found'] });
      return { status: 204 };
    }
    if (method === 'POST' && path === '/api/v1/events') {
      const id = ++this.seq;
      return json(202, { status: 'ok', event: { id, title: call.body?.title, text: call.body?.text, tags: call.body?.tags ?? [] } });
    }
    if (method === 'POST' && path === '/api/v2/incidents') {
      const a = call.body?.data?.attributes ?? {};
      const publicId = ++this.seq;
      const id = randomUUID();
      const state = String(a.fields?.state?.value ?? 'active');
      this.incidents.set(id, { title: a.title, publicId, state, customerImpacted: !!a.customer_impacted });
      return json(201, {
        data: { id, type: 'incidents', attributes: { title: a.title, public_id: publicId, customer_impacted: !!a.customer_impacted, state } },
      });
    }
    if (method === 'PATCH' && (m = /^\/api\/v2\/incidents\/([^/]+)$/.exec(path))) {
      const inc = this.incidents.get(m[1]);
      if (!inc) return json(404, { errors: ['Incident not found'] });
      const a = call.body?.data?.attributes ?? {};
      if (a.fields?.state?.value) inc.state = String(a.fields.state.value);
      if (typeof a.title === 'string') inc.title = a.title;
      return json(200, { data: { id: m[1], type: 'incidents', attributes: { title: inc.title, public_id: inc.publicId, customer_impacted: inc.customerImpacted, state: inc.state } } });
    }
    return json(404, { errors: [`No route for ${method} ${path}`] });
  }
}
