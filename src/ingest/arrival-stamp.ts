/** The last stamp this process gave out. */
let last = 0;

/**
 * Microseconds since the epoch when ingest took an alert (Alert.arrival): the wall clock at
 * sub-millisecond resolution, strictly increasing within the process (two webhooks in one
 * microsecond get consecutive stamps). Processes on one machine share the clock, so stamps of
 * several web processes compare too; it only breaks ties between equal Datadog event times.
 */
export function arrivalStamp(): number {
  const us = Math.floor((performance.timeOrigin + performance.now()) * 1000);
  last = us > last ? us : last + 1;
  return last;
}
