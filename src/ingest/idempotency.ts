/**
 * The Redis key that remembers a Datadog `$ID` for the idempotency TTL, so that an exact
 * redelivery is dropped. It is set in the same atomic step that enqueues the alert
 * (JobQueue.admit): an id is remembered if and only if its alert was queued.
 */
export function idempotencyKey(prefix: string, alertId: string): string {
  return `${prefix}:idem:${alertId}`;
}
