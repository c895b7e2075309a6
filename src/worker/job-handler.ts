import type { HeraldJob, TimerJob } from '../queue/job-types';
import type { Metrics } from '../ops/metrics';
import { processAlert, type PipelineDeps } from './process-alert';

/** Handlers for timer jobs, by timer kind. */
export type TimerHandlers = Partial<Record<TimerJob['timer'], (job: TimerJob) => Promise<void>>>;

/** The queue processor: alerts through the pipeline, timers to their handler; times each job. */
export function jobHandler(deps: PipelineDeps, timers: TimerHandlers, metrics: Metrics): (job: HeraldJob) => Promise<void> {
  return async (job) => {
    const end = metrics.jobDuration.startTimer();
    try {
      if (job.kind === 'alert') await processAlert(job.alert, deps);
      else await timers[job.timer]?.(job);
    } finally {
      end();
    }
  };
}
