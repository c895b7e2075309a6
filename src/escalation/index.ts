/** Escalation policies at run time: step timers, step actions, pages that follow the incident. */
export { Escalator, type ByHandResult } from './escalator';
export { PageJobs } from './page-jobs';
export { escalationSlack } from './slack-port';
export { createEscalation, missingPageCredentials, type EscalationOptions } from './create-escalation';
export type { EscalationDeps, EscalationSlack, EnqueueTimer, JobAttempt, EscalationLogger } from './types';
