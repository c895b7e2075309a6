import type { v1, v2 } from '@datadog/datadog-api-client';
import { HeraldError } from '../errors/herald-error';
import type { DatadogCaller } from './datadog-caller';
import { downtimeScope } from './search-query';
import type { CreateIncidentArgs, DatadogWriteBack, RedactText } from './types';

/** Dependencies of the write-back. */
export interface WriteBackDeps {
  downtimes: Pick<v2.DowntimesApi, 'createDowntime' | 'cancelDowntime'>;
  events: Pick<v1.EventsApi, 'createEvent'>;
  incidents: Pick<v2.IncidentsApi, 'createIncident' | 'updateIncident'>;
  caller: DatadogCaller;
  incidentsEnabled: boolean;
  redactText: RedactText;
  clock: () => number;
  appUrl?: string;
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function invalid(msg: string): HeraldError {
  return new HeraldError('invalid_payload', msg, { retryable: false });
}

/**
 * Datadog write-back for triage: downtimes (v2) for "mute" (one monitor, or a service's monitors by tag), events (v1) for ack/resolve,
 * incidents (v2, unstable, only when enabled) for "declare" and resolving what was declared. Text sent to Datadog is
 * redacted first. Failures throw HeraldErrors (`datadog_api`, `timeout`, `invalid_payload`).
 */
export function createWriteBack(deps: WriteBackDeps): DatadogWriteBack {
  const red = (text: string, path: string) => (text ? deps.redactText(text, path).text : text);
  return {
    incidentsEnabled: deps.incidentsEnabled,

    async createDowntime({ monitorId, monitorTags, scope, endsAt, message }) {
      if (monitorId !== undefined && !/^\d{1,18}$/.test(monitorId)) throw invalid(`create downtime: monitor id must be numeric, got ${JSON.stringify(cut(monitorId, 40))}`);
      if (monitorId === undefined && (!monitorTags?.length || monitorTags.some((t) => !/^[A-Za-z0-9_.:/@-]{1,200}$/.test(t)))) throw invalid('create downtime: give a monitor id or monitor tags like service:name');
      if (!Number.isFinite(endsAt) || endsAt <= deps.clock()) throw invalid('create downtime: the end must be in the future');
      const res = await deps.caller.call('createDowntime', 'create downtime', () =>
        deps.downtimes.createDowntime({
          body: {
            data: {
              type: 'downtime',
              attributes: {
                scope: downtimeScope(scope),
                monitorIdentifier: monitorId !== undefined ? { monitorId: Number(monitorId) } : { monitorTags: monitorTags!.slice(0, 10) },
                message: cut(red(message, 'downtime.message'), 2000),
                schedule: { end: new Date(Math.ceil(endsAt / 1000) * 1000) }, // sent in whole seconds
              },
            },
          },
        }),
      );
      const id = res.data?.id;
      if (!id) throw new HeraldError('datadog_api', 'create downtime: Datadog answered without a downtime id');
      return id;
    },

    async cancelDowntime(id) {
      if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) throw invalid('cancel downtime: invalid downtime id');
      const r = await deps.caller.attempt('cancelDowntime', 'cancel downtime', () => deps.downtimes.cancelDowntime({ downtimeId: id }));
      if (!r.ok && r.kind !== 'not_found') throw r.error; // already gone counts as cancelled
    },

    async postEvent({ title, text, tags, alertType, aggregationKey }) {
      const body = cut(red(text, 'event.text'), 3980);
      await deps.caller.call('createEvent', 'post event', () =>
        deps.events.createEvent({
          body: {
            title: cut(red(title, 'event.title'), 100),
            text: `%%% \n${body}\n %%%`,
            tags: tags.slice(0, 50),
            alertType,
            ...(aggregationKey ? { aggregationKey: aggregationKey.slice(0, 100) } : {}),
            sourceTypeName: 'herald',
          },
        }),
      );
    },

    async createIncident(args: CreateIncidentArgs) {
      if (!deps.incidentsEnabled) {
        throw new HeraldError(
          'datadog_api',
          'create incident: Datadog incidents are disabled; set `datadog.incidents: true` in the config to enable them',
          { retryable: false, details: { reason: 'incidents_disabled' } },
        );
      }
      const impacted = args.customerImpacted === true;
      const res = await deps.caller.call('createIncident', 'create incident', () =>
        deps.incidents.createIncident({
          body: {
            data: {
              type: 'incidents',
              attributes: {
                title: cut(red(args.title, 'incident.title'), 200),
                customerImpacted: impacted,
                ...(impacted ? { customerImpactScope: cut(red(args.customerImpactScope || 'Customers affected', 'incident.scope'), 500) } : {}),
                fields: {
                  state: { type: 'dropdown', value: 'active' },
                  ...(args.severity ? { severity: { type: 'dropdown', value: args.severity } } : {}),
                },
              },
              ...(args.commanderUserId
                ? { relationships: { commanderUser: { data: { type: 'users', id: args.commanderUserId } } } }
                : {}),
            },
          },
        }),
      );
      const id = res.data?.id;
      if (!id) throw new HeraldError('datadog_api', 'create incident: Datadog answered without an incident id');
      const publicId = res.data.attributes?.publicId;
      return {
        id,
        ...(publicId !== undefined ? { publicId: String(publicId) } : {}),
        ...(deps.appUrl && publicId !== undefined ? { url: `${deps.appUrl}/incidents/${publicId}` } : {}),
      };
    },

    async resolveIncident(id) {
      if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) throw invalid('resolve incident: invalid incident id');
      const r = await deps.caller.attempt('updateIncident', 'resolve incident', () =>
        deps.incidents.updateIncident({
          incidentId: id,
          body: { data: { id, type: 'incidents', attributes: { fields: { state: { type: 'dropdown', value: 'resolved' } } } } },
        }),
      );
      if (!r.ok && r.kind !== 'not_found') throw r.error; // deleted in Datadog: nothing left to resolve
    },
  };
}
