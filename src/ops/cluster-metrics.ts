import { AggregatorRegistry, type Registry } from 'prom-client';

/** IPC message a cluster child sends the primary to get every child's metrics. */
export const CLUSTER_METRICS_REQ = 'herald:cluster-metrics-req';
/** The primary's answer: the aggregated Prometheus text, or why it could not collect it. */
export const CLUSTER_METRICS_RES = 'herald:cluster-metrics-res';

/** A child's request. */
export interface ClusterMetricsRequest {
  type: typeof CLUSTER_METRICS_REQ;
  id: number;
}

interface ClusterMetricsResponse {
  type: typeof CLUSTER_METRICS_RES;
  id: number;
  text?: string;
  error?: string;
}

/**
 * In a cluster child: hands `registry` to the primary when it collects, and returns a
 * function that asks the primary for every child's metrics aggregated (counters and
 * histograms summed, process metrics as prom-client aggregates them). Metrics marked with
 * the `omit` aggregator (cluster-wide gauges read from Redis) are left out: the child that
 * answers the scrape adds its own fresh values.
 */
export function clusterMetricsSource(registry: Registry, timeoutMs = 5_000): () => Promise<string> {
  new AggregatorRegistry(); // installs prom-client's child-side listener
  AggregatorRegistry.setRegistries([registry]);
  let next = 0;
  const waiting = new Map<number, (r: ClusterMetricsResponse) => void>();
  process.on('message', (m: ClusterMetricsResponse) => {
    if (m?.type === CLUSTER_METRICS_RES) waiting.get(m.id)?.(m);
  });
  return () =>
    new Promise<string>((resolve, reject) => {
      const id = next++;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error(`the cluster primary did not send metrics within ${timeoutMs} ms`));
      }, timeoutMs);
      waiting.set(id, (r) => {
        clearTimeout(timer);
        waiting.delete(id);
        if (r.error !== undefined || r.text === undefined) reject(new Error(r.error ?? 'no metrics'));
        else resolve(r.text);
      });
      process.send!({ type: CLUSTER_METRICS_REQ, id } satisfies ClusterMetricsRequest);
    });
}
