import { slackChannelOf } from './slack-channel';
import type { OwnerContact, OwnerInfo } from './types';

type Obj = Record<string, unknown>;

/** Unwrap the client's `UnparsedObject { _data }` (unknown oneOf variant or enum value). */
export function unwrap(x: unknown): unknown {
  let v = x;
  for (let i = 0; i < 3 && v && typeof v === 'object' && '_data' in (v as Obj); i++) v = (v as Obj)._data;
  return v;
}

function obj(x: unknown): Obj | undefined {
  const v = unwrap(x);
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

function list(x: unknown): unknown[] {
  const v = unwrap(x);
  return Array.isArray(v) ? v : [];
}

/** A string field read under its camelCase (typed model) or wire (kebab/snake) name. */
function str(o: Obj | undefined, ...keys: string[]): string | undefined {
  if (!o) return undefined;
  for (const k of keys) {
    const v = unwrap(o[k]);
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return undefined;
}

function links(o: Obj | undefined): { type: string; url: string }[] {
  const out: { type: string; url: string }[] = [];
  const add = (items: unknown[], type?: string) => {
    for (const it of items) {
      const l = obj(it);
      const url = str(l, 'url');
      if (url) out.push({ type: (type ?? str(l, 'type') ?? 'link').toLowerCase(), url });
    }
  };
  add(list(o?.links));
  add(list(o?.externalResources ?? o?.['external-resources']));
  const v1 = obj(o?.links);
  if (v1) {
    add(list(v1.runbooks), 'runbook');
    add(list(v1.dashboards), 'dashboard');
  }
  return out;
}

function contactsOf(o: Obj | undefined): OwnerContact[] {
  const out: OwnerContact[] = [];
  for (const it of list(o?.contacts)) {
    const c = obj(it);
    const type = str(c, 'type');
    const contact = str(c, 'contact');
    if (type && contact) out.push({ type, contact, ...(str(c, 'name') ? { name: str(c, 'name') } : {}) });
  }
  const v1 = obj(o?.contact);
  const email = str(v1, 'email');
  const slack = str(v1, 'slack');
  if (email) out.push({ type: 'email', contact: email });
  if (slack) out.push({ type: 'slack', contact: slack });
  return out;
}

function oncallOf(o: Obj | undefined, all: { type: string; url: string }[]): string | undefined {
  const integrations = obj(o?.integrations);
  const pd = unwrap(integrations?.pagerduty);
  const pdUrl = typeof pd === 'string' ? pd : str(obj(pd), 'serviceUrl', 'service-url');
  const og = str(obj(integrations?.opsgenie), 'serviceUrl', 'service-url');
  return pdUrl?.trim() || og || all.find((l) => l.type === 'oncall')?.url;
}

/**
 * The owner facts of a service-catalog schema of any version (v1, v2, v2.1, v2.2), typed
 * by the client (camelCase) or left as an `UnparsedObject` (wire keys, kebab-case).
 * Returns undefined when `schema` is not an object.
 */
export function ownerFromSchema(serviceName: string, schema: unknown): OwnerInfo | undefined {
  const s = obj(schema);
  if (!s) return undefined;
  const info = obj(s.info);
  const org = obj(s.org);
  const contacts = contactsOf(s);
  const all = links(s);
  const service = str(s, 'ddService', 'dd-service') ?? str(info, 'ddService', 'dd-service') ?? serviceName;
  const team = str(s, 'team', 'ddTeam', 'dd-team') ?? str(org, 'team');
  const tier = str(s, 'tier') ?? str(info, 'serviceTier', 'service-tier');
  const oncall = oncallOf(s, all);
  const slackChannel = slackChannelOf(contacts);
  const pick = (t: string) => [...new Set(all.filter((l) => l.type === t).map((l) => l.url))].slice(0, 5);
  return {
    service,
    ...(team ? { team } : {}),
    ...(slackChannel ? { slackChannel } : {}),
    contacts: contacts.slice(0, 10),
    ...(oncall ? { oncall } : {}),
    runbooks: pick('runbook'),
    dashboards: pick('dashboard'),
    ...(tier ? { tier } : {}),
  };
}
