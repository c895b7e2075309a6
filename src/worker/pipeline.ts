import type { Alert } from '../alert/alert';
import type { AlertJournal } from '../incident/alert-journal';
import type { IncidentStore } from '../incident/incident-store';
import type { Logger } from '../ops/logger';
import type { Metrics } from '../ops/metrics';
import type { HeraldJob, TimerJob } from '../queue/job-types';
import { classify } from './classify';
import type { Correlator } from './correlate';
import { enrich } from './enrich';
import type { GroupMemoryPort } from './group-memory';
import { escalate } from './escalate';
import { inhibit } from './inhibit';
import { mute } from './mute';
import type { Notify } from './notify';
import type { AlertOutcome } from './outcome';
import type { OutcomeSummary } from './outcome-summary';
import type { EnrichPort, EscalatePort, InhibitPort, MutePort, ResolveMentions, RulesPort } from './ports';
import { suppress } from './suppress';
import { isDone, type AlertFlow, type FlowAfter, type Stage } from './types';

/** What the alert stages are made of; app.ts builds each piece (the correlator and notify included). */
export interface StageDeps {
  rules: RulesPort;
  resolveMentions: ResolveMentions | null;
  /** Where grouped alerts went, for their recoveries (absent: recoveries use their own key). */
  groups?: GroupMemoryPort;
  mutes: MutePort;
  inhibit: InhibitPort;
  /** Datadog enrichment; null without Datadog keys. */
  enrich: EnrichPort | null;
  incidents: IncidentStore;
  journal: AlertJournal;
  correlator: Correlator;
  /** Escalation timers and pages; null: nothing escalates. */
  escalation: EscalatePort | null;
  notify: Notify;
  clock: () => number;
}

/**
 * The worker's path for one alert, in order. Each stage passes the alert on (with what it
 * adds) or ends its path with an outcome; the last one ends every alert. Adding, removing or
 * moving a stage is one line here: the compiler checks that each stage accepts what the one
 * before it gives, and that the list ends every alert (see alertPipeline).
 */
export function alertStages(d: StageDeps) {
  return [
    classify(d.rules, d.resolveMentions, d.groups ?? null),
    mute(d.mutes, d.journal, d.clock, (fingerprint) => d.incidents.stateOf(fingerprint)),
    suppress(d.journal, d.clock),
    inhibit(d.inhibit, d.incidents, (inc) => d.notify.refresh(inc), d.journal, d.clock),
    enrich(d.enrich, (fingerprint) => d.incidents.stateOf(fingerprint)),
    d.correlator,
    escalate(d.escalation),
    d.notify,
  ] as const;
}

/** Processes one alert through the stages; resolves with its outcome, counted once. */
export type AlertPipeline = (alert: Alert) => Promise<AlertOutcome>;

/**
 * Run alerts through `stages`. An alert ends in exactly one outcome, counted in
 * `herald_alerts_processed_total`, logged at debug (`alert processed`) and counted in the
 * periodic info summary (`o.summary`, see OutcomeSummary). A stage that throws fails
 * the job: Bull retries it, and the stages that must not repeat their work know (reruns.ts).
 * The rest parameter is empty for a complete list and otherwise names the stage that does
 * not accept what it is given: a compile error at the call.
 */
export function alertPipeline<const S extends readonly Stage[]>(
  stages: S,
  o: { metrics: Metrics; logger: Logger; summary?: OutcomeSummary },
  ..._complete: [FlowAfter<S, AlertFlow>] extends [never] ? [] : [incomplete: FlowAfter<S, AlertFlow>]
): AlertPipeline {
  return async (alert) => {
    const debug = o.logger.isDebugEnabled();
    let flow: object = { alert } satisfies AlertFlow;
    for (const stage of stages) {
      const r = stage.kind === 'filter' ? await stage.check(flow) : await stage.run(flow);
      if (r === null) continue;
      if (isDone(r)) {
        o.metrics.alertProcessed(r.done);
        o.summary?.count(r.done);
        if (debug) o.logger.debug('alert processed', { outcome: r.done, alertId: alert.id, fingerprint: alert.fingerprint, ...r.meta });
        return r.done;
      }
      flow = r;
    }
    throw new Error(`alert ${alert.id} left the pipeline without an outcome`);
  };
}

/** Which job and which try of it (the queue's retries). */
export interface JobMeta {
  id: string;
  attempt: number;
}

/** Handlers for timer jobs, by timer kind. */
export type TimerHandlers = Partial<Record<TimerJob['timer'], (job: TimerJob, meta?: JobMeta) => Promise<void>>>;

/** The queue processor: alert jobs through the pipeline, timer jobs to their handler; times each job. */
export function jobHandler(pipeline: AlertPipeline, timers: TimerHandlers, metrics: Metrics): (job: HeraldJob, meta?: JobMeta) => Promise<void> {
  return async (job, meta) => {
    const end = metrics.jobDuration.startTimer();
    try {
      if (job.kind === 'alert') await pipeline(job.alert);
      else await timers[job.timer]?.(job, meta);
    } finally {
      end();
    }
  };
}
