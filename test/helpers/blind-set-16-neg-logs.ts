import { withLuhn } from './blind-set-9-checks';
import { LOWER, DIGITS } from './blind-set-9-rng';
import { iso16, neg, type NegCase16 } from './blind-set-16-types';

/** Failure dumps with auth-shaped fields that hold nothing secret, plus numbers that only look like phones, IPs or cards. */
export const negLogs: NegCase16[] = [
  (r) => neg('logs/axios-no-auth', `AxiosError: timeout of 5000ms exceeded\n  code: 'ECONNABORTED',\n  config: { method: 'get', url: 'https://status.partner-corp.com/api/v2/summary.json', headers: Object [AxiosHeaders] { Accept: 'application/json', 'User-Agent': 'axios/1.7.${r.int(1, 9)}' }, timeout: 5000, withCredentials: false, auth: undefined }`),
  (r) => neg('logs/oauth-token-shape', `token refresh ok after retry: {"token_type":"Bearer","expires_in":${r.int(600, 86400)},"scope":"read:orders","refresh_token_expires_in":7776000,"id_token":null}`),
  (r) => neg('logs/grant-form-no-secret', `o.s.web.client.RestTemplate : Writing [{grant_type=[authorization_code], code_verifier=[<redacted>], redirect_uri=[https://app.corp-tools.io/callback]}] as "application/x-www-form-urlencoded"\nresponse 400 invalid_grant (attempt ${r.int(1, 5)})`),
  (r) => neg('logs/password-flags', `Django settings check: AUTH_PASSWORD_VALIDATORS=4 PASSWORD_RESET_TIMEOUT=${r.int(3600, 259200)} password_required=True has_usable_password=False token_ttl=900 secret_rotation_days=90`),
  (r) => neg('logs/null-secrets', `{"integration":"hubspot","client_secret":null,"api_key":"","access_token":false,"webhook_secret":"<unset>","status":"disconnected","updated_at":"${iso16(r)}"}`),
  (r) => neg('logs/version-strings', `Server: envoy/1.31.${r.int(0, 9)}\nX-Powered-By: PHP/8.3.${r.int(1, 14)}\nUser-Agent: Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0.6778.${r.int(10, 200)} Mobile Safari/537.36 okhttp/4.12.0`),
  (r) => neg('logs/dotted-versions', `dependency resolution failed: com.fasterxml.jackson.core:jackson-databind:2.17.${r.int(0, 3)} conflicts with 2.15.4.1; kernel 6.8.0-${r.int(10, 60)}-generic; driver 535.183.01.${r.int(1, 9)}`),
  (r) => neg('logs/oids', `x509: certificate has unknown extension 1.3.6.1.4.1.11129.2.4.2 and policy 2.23.140.1.2.${r.int(1, 3)}; SNMP poll of ifHCInOctets 1.3.6.1.2.1.31.1.1.1.6.${r.int(1, 48)} timed out`),
  (r) => neg('logs/timestamps', `retry schedule: ${iso16(r)}, ${iso16(r)}; epoch_ms=${1796000000000 + r.int(0, 9e8)} epoch=${1796000000 + r.int(0, 9e5)} uptime=${r.int(1000, 99999)}s Date: Fri, 04 Dec 2026 1${r.int(0, 9)}:0${r.int(0, 9)}:11 GMT`),
  (r) => neg('logs/order-and-invoice-numbers', `invoice INV-2026-${r.digits(6)} for order ${r.digits(10)} (PO ${r.digits(8)}) could not be synced to NetSuite: record ${r.digits(7)} locked`),
  (r) => neg('logs/phone-like-counters', `release notes: part number 100-${r.digits(4)}-${r.digits(2)} replaced; ticket 2026-1204-${r.digits(4)}; build 4.${r.int(10, 99)}.${r.digits(4)}; latency buckets 100-199-299 ms`),
  (r) => neg('logs/tracking-numbers', `carrier API 503 for shipments: DHL ${r.digits(10)}, USPS 9400${r.digits(18)}, tracking_url=https://track.partner-corp.com/t/${r.chars(LOWER + DIGITS, 12)}`),
  (r) => neg('logs/money-and-counts', `payout batch ${r.int(100, 999)} failed: total=EUR ${r.int(10000, 999999)}.${r.digits(2)} items=${r.int(10, 999)} fees=${r.int(1, 99)}.${r.digits(2)} avg_ticket=${r.int(10, 99)}.${r.digits(2)}`),
  (r) => neg('logs/long-numeric-ids', `Facebook Graph error (#100) for page ${r.digits(15)} and ad account act_${r.digits(15)}; fbtrace_id: A${r.chars(LOWER + DIGITS, 22)}`),
  (r) => neg('logs/nginx-clean', `- - - [04/Dec/2026:1${r.int(0, 9)}:2${r.int(0, 9)}:01 +0000] "GET /api/v1/products?page=${r.int(2, 40)}&per_page=50&sort=-updated_at&include=variants HTTP/2.0" 502 150 "-" "okhttp/4.12.0" rt=60.001`),
  (r) => neg('logs/curl-no-creds', `*   Trying [::1]:8080...\n* connect to ::1 port 8080 failed: Connection refused\n> GET /healthz HTTP/1.1\n> Host: localhost:8080\n> User-Agent: curl/8.5.0\n> Accept: */*\n< HTTP/1.1 503 Service Unavailable (attempt ${r.int(1, 9)})`),
  (r) => neg('logs/k8s-env-plain', `    Environment:\n      LOG_LEVEL:        debug\n      HTTP_PORT:        8080\n      OTEL_SERVICE_NAME: checkout\n      FEATURE_FLAGS:    new-cart,fast-pay\n      GOMAXPROCS:       ${r.int(2, 16)}\n      TZ:               UTC`),
  (r) => neg('logs/celery-args-plain', `Task reports.export[${r.uuid()}] raised unexpected: MemoryError()\nargs=(${r.int(100, 9999)}, '2026-11-01', '2026-11-30') kwargs={'format': 'xlsx', 'tz': 'Europe/Berlin', 'include_refunds': True}`),
  (r) => neg('logs/hibernate-plain-binds', `Hibernate: update inventory set quantity=?, updated_at=? where sku=?\nbinding parameter [1] as [INTEGER] - [${r.int(0, 500)}]\nbinding parameter [2] as [TIMESTAMP] - [${iso16(r)}]\nbinding parameter [3] as [VARCHAR] - [SKU-${r.digits(6)}-BLK]`),
  (r) => neg('logs/go-struct-plain', `ERRO[0012] request failed cfg="&{Endpoint:https://api.partner-corp.com Timeout:30s Retries:3 Region:eu-west-1 UserAgent:corp-sync/${r.int(1, 9)}.${r.int(0, 20)}.0 Debug:false}"`),
  (r) => neg('logs/tf-plan-sensitive', `  # aws_db_instance.ledger will be updated in-place\n  ~ resource "aws_db_instance" "ledger" {\n      ~ password   = (sensitive value)\n      ~ instance_class = "db.r6g.large" -> "db.r6g.${r.pick(['xlarge', '2xlarge'])}"\n    }`),
  (r) => neg('logs/dimensions-ratios', `image pipeline: resized 4032x3024 -> 1920x1440, quality 82, ratio 1.3333, ${r.int(100, 999)} KiB; video 3840x2160@59.94 bitrate ${r.int(1000, 9000)}k`),
  (r) => neg('logs/geo-coords', `geocoder returned low confidence for store #${r.int(10, 999)}: lat=52.${r.digits(6)} lon=13.${r.digits(6)} accuracy=${r.int(10, 500)}m`),
  (r) => {
    const body = `4000${r.digits(11)}`, bad = String((Number(withLuhn(body).slice(-1)) + r.int(1, 9)) % 10);
    return neg('logs/card-like-non-luhn', `settlement file SETL${r.digits(12)} row ${r.int(2, 999)}: batch reference ${body}${bad} amount 1${r.digits(3)}.00 rejected (duplicate)`);
  },
  (r) => neg('logs/k8s-resource-versions', `Operation cannot be fulfilled on deployments.apps "checkout": the object has been modified; please apply your changes to the latest version and try again (resourceVersion ${r.digits(9)}, generation ${r.int(10, 999)}, observedGeneration ${r.int(10, 999)})`),
  (r) => neg('logs/serilog-plain', `{"@t":"${iso16(r)}","@mt":"HTTP {Method} {Path} responded {StatusCode} in {Elapsed:0.0000} ms","Method":"POST","Path":"/api/carts/${r.int(1000, 99999)}/items","StatusCode":500,"Elapsed":${r.int(1, 999)}.${r.digits(4)},"RequestId":"0HN${r.digits(4)}QK:00000001"}`),
  (r) => neg('logs/laravel-plain', `[${iso16(r).replace('T', ' ').slice(0, 19)}] production.ERROR: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock {"userId":${r.int(1, 99999)},"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 40001))"}`),
  (r) => neg('logs/gha-plain', `##[group]Run actions/setup-node@v4\nwith:\n  node-version: 20.18.${r.int(0, 3)}\n  cache: npm\n  always-auth: false\n  check-latest: false\n  token: ***\n##[endgroup]`),
  (r) => neg('logs/kafka-connect-plain', `{"name":"jdbc-sink-orders","config":{"connector.class":"io.confluent.connect.jdbc.JdbcSinkConnector","tasks.max":"${r.int(1, 8)}","topics":"orders.v1","connection.url":"jdbc:postgresql://pg.internal:5432/dw","connection.user":"connect","connection.password":"\${file:/opt/secrets/jdbc.properties:password}","insert.mode":"upsert"}}`),
  (r) => neg('logs/dotnet-exception-plain', `System.Net.Http.HttpRequestException: Response status code does not indicate success: 429 (Too Many Requests).\n   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n   at Corp.Sync.PartnerClient.GetAsync(String path) in /src/Sync/PartnerClient.cs:line ${r.int(10, 400)}`),
  (r) => neg('logs/mobile-crash-plain', `Exception Type:  EXC_BAD_ACCESS (SIGSEGV)\nException Codes: KERN_INVALID_ADDRESS at 0x000000000000${r.hex(4)}\nThread 0 Crashed:\n0   Corp    0x0000000102${r.hex(6)} CartViewModel.apply(coupon:) + ${r.int(100, 999)}\nOS Version: iPhone OS 18.1.1 (22B91)`),
  (r) => neg('logs/python-locals-plain', `Local vars:\n  attempt    ${r.int(1, 5)}\n  backoff    2.5\n  endpoint   'https://api.partner-corp.com/v2/inventory'\n  page_size  200\n  token_url  'https://auth.partner-corp.com/oauth/token'`),
  (r) => neg('logs/rails-params-plain', `Parameters: {"cart"=>{"items"=>[{"sku"=>"SKU-${r.digits(6)}", "qty"=>"${r.int(1, 9)}"}], "coupon"=>"WINTER${r.int(10, 30)}"}, "locale"=>"de"}\nCompleted 500 Internal Server Error in ${r.int(10, 999)}ms (ActiveRecord: 12.${r.digits(1)}ms)`),
  (r) => neg('logs/cron-and-durations', `schedule "0 */${r.int(2, 6)} * * *" missed 3 runs; P1DT2H30M window; timeout 00:05:00; lag ${r.int(100, 9999)}ms; next ${iso16(r)}`),
  (r) => neg('logs/hex-colors-and-flags', `feature flags payload: {"theme":"#${r.hex(6)}","accent":"#${r.hex(6)}","bits":"0x${r.hex(8)}","rollout":${r.int(1, 99)}}`),
  (r) => neg('logs/short-codes', `sms gateway returned error 30007 for shortcode ${r.int(20000, 99999)}; OTP template id tpl_${r.chars(LOWER + DIGITS, 8)}; rate ${r.int(1, 9)}/s`),
];
