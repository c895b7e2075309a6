import { CHARS } from './blind-set-4-rng';
import type { Negative4 } from './blind-set-4-types';

/** Ordinary operational log lines full of numbers, hex and ids that leak nothing. */
export const NEG_LOGS: Record<string, Negative4> = {
  nginxAccess: (g) =>
    `10.0.4.${g.r.int(2, 250)} - - [03/Dec/2026:04:40:12 +0000] "GET /api/v2/catalog?page=3&sort=price HTTP/1.1" 200 18233 "https://shop.northwind.io/" "Mozilla/5.0 (X11; Linux x86_64)" rt=0.0${g.r.int(10, 99)} uct=0.001 req_id=${g.t.hex(32)}`,
  k8sPulled: (g) =>
    `Normal  Pulled  12s  kubelet  Successfully pulled image "ghcr.io/northwind/api:v2.14.3@sha256:${g.t.hex(64)}" in 1.204s (1.204s including waiting). Image size: ${g.r.num(8)} bytes.`,
  jvmGc: (g) =>
    `[2026-12-03T04:38:01.118+0000][${g.r.num(6)}ms][info][gc] GC(${g.r.int(100, 9999)}) Pause Young (Normal) (G1 Evacuation Pause) 1843M->412M(4096M) ${g.r.int(2, 90)}.${g.r.chars(CHARS.dec, 3)}ms`,
  pgDuration: (g) =>
    `2026-12-03 04:37:12.004 UTC [${g.r.num(5)}] LOG:  duration: ${g.r.int(1, 900)}.${g.r.chars(CHARS.dec, 3)} ms  statement: SELECT id, status FROM orders WHERE created_at > now() - interval '1 hour' LIMIT 500`,
  redisInfo: (g) =>
    `# Server\nredis_version:7.2.5\nredis_git_sha1:00000000\nredis_build_id:${g.t.hex(16)}\nprocess_id:${g.r.num(4)}\nrun_id:${g.t.hex(40)}\ntcp_port:6379\nuptime_in_seconds:${g.r.num(7)}`,
  prometheusMetrics: (g) =>
    `http_requests_total{method="post",code="200",handler="/api/orders"} ${g.r.num(9)}\nprocess_resident_memory_bytes ${g.r.num(9)}\nprocess_start_time_seconds ${g.r.int(1764000000, 1765000000)}.${g.r.chars(CHARS.dec, 2)}`,
  uspsTracking: (g) =>
    `shipment label created: carrier=USPS tracking=9400 1${g.r.chars(CHARS.dec, 3)} ${g.r.chars(CHARS.dec, 4)} ${g.r.chars(CHARS.dec, 4)} ${g.r.chars(CHARS.dec, 4)} ${g.r.chars(CHARS.dec, 2)} weight_oz=14`,
  byteCounters: (g) => `transfer done bytes_sent=${g.r.num(10)} bytes_received=${g.r.num(8)} duration=${g.r.int(1, 600)}s throughput=${g.r.int(10, 900)}.${g.r.int(1, 9)}MB/s`,
  isoTimestamps: () => `window start=2026-12-03T04:00:00.000000000Z end=2026-12-03T04:59:59.999999999Z tz=+00:00 cron="0 */4 * * *"`,
  amounts: (g) =>
    `payment captured amount=${g.r.int(1, 9999)}.${g.r.chars(CHARS.dec, 2)} currency=EUR fee=0.${g.r.chars(CHARS.dec, 2)} balance_after=${g.r.num(6)}.${g.r.chars(CHARS.dec, 2)} order=ORD-2026-${g.r.num(6)}`,
  geoCoordinates: (g) => `geo: resolved store 118 to lat=52.${g.r.chars(CHARS.dec, 6)} lon=4.${g.r.chars(CHARS.dec, 6)} accuracy_m=${g.r.int(5, 60)}`,
  goroutineTrace: (g) =>
    `goroutine ${g.r.int(10, 9999)} [select, 4 minutes]:\nnet/http.(*persistConn).writeLoop(0xc000${g.t.hex(6)})\n\t/usr/local/go/src/net/http/transport.go:2458 +0xf0\ncreated by net/http.(*Transport).dialConn in goroutine ${g.r.int(10, 999)}`,
  gitShortShas: (g) => `Merge pull request #${g.r.int(100, 9999)} from northwind/fix-retry\n${g.t.hex(7)}..${g.t.hex(7)}  main -> main\n * [new tag]         v4.2.1 -> v4.2.1`,
  semverRanges: () => `npm WARN ERESOLVE overriding peer dependency: peer react@"^18.2.0 || ^19.0.0" from react-dom@19.0.0; found react@18.3.1`,
  grafanaUrlEpoch: (g) => `alert link: https://grafana.northwind.io/d/${g.opaque(9)}/checkout?orgId=1&from=${g.r.int(1764000000, 1764500000)}000&to=${g.r.int(1764500001, 1765000000)}000&var-env=prod`,
  dhlTracking: (g) => `carrier update: DHL JD01460000${g.r.chars(CHARS.dec, 10)} status=transit location=Leipzig Hub`,
  isbnCatalog: (g) => {
    const body = `978${g.r.chars(CHARS.dec, 9)}`;
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
    const isbn = `${body}${(10 - (sum % 10)) % 10}`;
    return `catalog import: ISBN ${isbn.slice(0, 3)}-${isbn.slice(3, 4)}-${isbn.slice(4, 8)}-${isbn.slice(8, 12)}-${isbn.slice(12)} "Logistics Handbook" price=39.90 stock=12`;
  },
  cronAndPids: (g) => `CRON[${g.r.num(6)}]: (root) CMD (/usr/local/bin/rotate-logs --keep 14 > /dev/null 2>&1) pid=${g.r.num(5)} ppid=1`,
  dockerPs: (g) =>
    `CONTAINER ID   IMAGE                      STATUS          PORTS\n${g.t.hex(12)}   northwind/api:4.2.1        Up 3 hours      0.0.0.0:8080->8080/tcp\n${g.t.hex(12)}   redis:7.2-alpine           Up 3 hours      6379/tcp`,
  systemdJournal: (g) =>
    `Dec 03 04:20:01 app-01 systemd[1]: Started session ${g.r.int(100, 9999)} of user deploy.\nDec 03 04:20:01 app-01 kernel: [${g.r.num(6)}.${g.r.chars(CHARS.dec, 6)}] TCP: request_sock_TCP: Possible SYN flooding on port 443.`,
  sipCallIds: (g) => `SIP/2.0 200 OK\nCall-ID: ${g.t.hex(32)}@10.20.0.7\nCSeq: ${g.r.int(1, 999)} INVITE\nContent-Length: 0`,
  httpCacheHeaders: (g) =>
    `HTTP/1.1 304 Not Modified\nETag: W/"${g.r.int(1000, 99999).toString(16)}-${g.opaque(27, CHARS.url)}"\nCache-Control: public, max-age=31536000, immutable\nAge: ${g.r.int(1, 86400)}`,
  kafkaOffsets: (g) => `Committed offsets for partition orders-events-${g.r.int(0, 11)}: offset=${g.r.num(10)} leaderEpoch=${g.r.int(1, 40)} metadata=''`,
  ciDurations: (g) => `✓ build (${g.r.int(1, 9)}m ${g.r.int(1, 59)}s)  ✓ test (${g.r.int(1, 9)}m ${g.r.int(1, 59)}s)  run #${g.r.num(8)} attempt 1 sha ${g.t.hex(40)}`,
  phoneLikeSkus: (g) => `warehouse pick list: SKU 44-${g.r.num(7)}-${g.r.num(2)} x2, SKU 44-${g.r.num(7)}-${g.r.num(2)} x1, bin 0${g.r.num(2)}-${g.r.num(3)}-${g.r.num(4)}`,
  uuidV7Events: (g) => `outbox: published event_id=0193${g.t.hex(4)}-${g.t.hex(4)}-7${g.t.hex(3)}-a${g.t.hex(3)}-${g.t.hex(12)} aggregate=Order version=${g.r.int(1, 40)}`,
  tlsHandshake: (g) => `TLSv1.3 handshake ok cipher=TLS_AES_256_GCM_SHA384 session_id=${g.t.hex(64)} peer=api.northwind.io:443 alpn=h2`,
  jwksPublic: (g) => `{"keys":[{"kty":"RSA","use":"sig","kid":"${g.t.hex(16)}","alg":"RS256","e":"AQAB","n":"${g.r.bytes(256).toString('base64url')}"}]}`,
  hashedEmailAnalytics: (g) => `analytics: identify user_hash=${g.t.hex(64)} (sha256 of normalized email) traits={"plan":"pro","seats":12}`,
  webpackChunkHashes: (g) => `asset main.${g.t.hex(20)}.js 412 KiB [emitted] [immutable] [minimized] (name: main)\nasset vendor.${g.t.hex(20)}.js 1.2 MiB [emitted] [immutable] [big]`,
  dnsQueryLog: (g) => `client 10.0.9.${g.r.int(2, 250)}#${g.r.int(1024, 65535)} (api.northwind.io): query: api.northwind.io IN AAAA +E(0)K (10.0.0.2)`,
  mobileDeviceIds: (g) => `push: registered device platform=ios app_version=4.12.0 (2026120${g.r.int(1, 4)}${g.r.chars(CHARS.dec, 2)}) installation_id=${g.r.uuid().toUpperCase()}`,
  lsblkSerials: (g) => `NAME    SIZE MODEL            SERIAL\nnvme0n1 1.8T Samsung SSD 990  S6${g.opaque(12, CHARS.AZ09)}\nnvme1n1 1.8T Samsung SSD 990  S6${g.opaque(12, CHARS.AZ09)}`,
};
