import type { Metrics } from '../ops/metrics';
import type { HeraldJob, TimerJob } from '../queue/job-types';
import type { AlertPipeline } from './pipeline';

/** Handlers for timer jobs, by timer kind. */
export type TimerHandlers = Partial<Record<TimerJob['timer'], (job: TimerJob) => Promise<void>>>;

/** The queue processor: alerts through the pipeline, timers to their handler; times each job. */
export function jobHandler(pipeline: AlertPipeline, timers: TimerHandlers, metrics: Metrics): (job: HeraldJob) => Promise<void> {
  return async (job) => {
    const end = metrics.jobDuration.startTimer();
    try {
      if (job.kind === 'alert') await pipeline(job.alert);
      else await timers[job.timer]?.(job);
    } finally {
      end();
    }
  };
}
