import { safeUrl } from './mrkdwn';

/** Datadog's own domains (every site: US1/3/5, EU, AP1/2, US1-FED), matched as whole labels. */
const DATADOG_DOMAINS = ['datadoghq.com', 'datadoghq.eu', 'ddog-gov.com'];

/** S3 buckets Datadog renders snapshots into (`dd-snapshots-prod`, older `dd-alerts-…`). */
const SNAPSHOT_BUCKET = /^dd-(snapshots|alerts)-[a-z0-9-]{1,40}$/;

function onDatadog(host: string): boolean {
  return DATADOG_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}

/** `<bucket>.s3[.region].amazonaws.com/…` or `s3[.region].amazonaws.com/<bucket>/…` with a Datadog snapshot bucket. */
function onSnapshotBucket(host: string, path: string): boolean {
  const virtual = /^([a-z0-9-]+)\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com$/.exec(host);
  if (virtual) return SNAPSHOT_BUCKET.test(virtual[1]);
  if (/^s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com$/.test(host)) return SNAPSHOT_BUCKET.test(path.split('/')[1] ?? '');
  return false;
}

/**
 * The `$SNAPSHOT` URL when Slack may embed it as an image: https only, no credentials or
 * port, and a host of Datadog's snapshot domains (p.datadoghq.com, p.datadoghq.eu, …) or one
 * of its S3 snapshot buckets. Anything else from outside is never embedded (null): it stays
 * a link at most.
 */
export function snapshotImageUrl(url: string | undefined | null): string | null {
  const u = safeUrl(url);
  if (!u) return null;
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return null;
  const host = parsed.hostname.toLowerCase();
  return onDatadog(host) || onSnapshotBucket(host, parsed.pathname) ? u : null;
}
