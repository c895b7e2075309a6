/** Blind set 26 negatives: ordinary integration logs in the same formats as the positives, holding nothing personal and no secret. */
import type { Rng9 } from './blind-set-9-rng';
import { orderNo, traceId, ts } from './blind-set-26-values';
import { ean13, sscc, ups1z } from './blind-set-26-neg-ids';
import type { NegTemplate26 } from './blind-set-26-types';

const N = (source: string, name: string, make: (r: Rng9) => string): NegTemplate26 => ({ source, name, make });

/** Log-shaped negatives. */
export const NEG_LOGS: NegTemplate26[] = [
  N(
    'logs',
    'logback-mdc-timeout',
    (r) =>
      `${ts(r)} WARN  [http-nio-8080-exec-${r.int(1, 40)}] [traceId=${traceId(r)}, spanId=${r.hex(16)}, orderId=${orderNo(r)}] c.s.checkout.klarna.KlarnaClient - POST https://api.klarna.com/payments/v1/sessions timed out after ${r.int(3000, 30000)}ms (attempt ${r.int(1, 3)}/3, correlation_id=${r.uuid()})`,
  ),
  N('logs', 'serilog-amounts', (r) =>
    JSON.stringify({
      '@t': ts(r),
      '@mt': 'Captured {Amount} {Currency} for {OrderId} in {Elapsed} ms',
      '@l': 'Information',
      Amount: r.int(100, 999999) / 100,
      Currency: r.pick(['EUR', 'BRL', 'INR', 'JPY', 'MXN']),
      OrderId: orderNo(r),
      Elapsed: r.int(10, 4000),
      SourceContext: 'Shop.Payments.Capture',
      RequestId: `0HN${r.chars('0123456789ABCDEFGHIJKLMNOPQRSTUV', 9)}:00000003`,
    }),
  ),
  N(
    'logs',
    'monolog-rate-limit',
    (r) =>
      `[${ts(r).slice(0, 19)}] production.WARNING: Mollie rate limit hit, retrying in ${r.int(1, 30)}s {"endpoint":"/v2/payments","remaining":0,"reset":${r.int(1790000000, 1799999999)},"idempotency_key":"${r.uuid()}"} []`,
  ),
  N('logs', 'zap-retry-queue', (r) =>
    JSON.stringify({
      level: 'info',
      ts: 1793000000 + r.next(),
      caller: 'retry/queue.go:77',
      msg: 'requeued webhook delivery',
      delivery_id: r.uuid(),
      attempt: r.int(1, 8),
      next_attempt_at: ts(r),
      backoff_ms: r.int(1000, 600000),
      endpoint: 'https://hooks.partner.example/orders',
      sha256: r.hex(64),
    }),
  ),
  N(
    'logs',
    'nginx-access',
    (r) =>
      `10.0.${r.int(0, 9)}.${r.int(2, 250)} - - [03/Nov/2026:${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} +0000] "GET /api/v1/products?page=${r.int(1, 40)}&per_page=100&sort=price_desc HTTP/1.1" 200 ${r.int(1000, 99999)} "-" "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36" rt=${r.int(1, 900) / 1000} uct=0.00${r.int(1, 9)} req_id=${r.hex(32)}`,
  ),
  N(
    'logs',
    'k8s-events-plain',
    (r) =>
      `LAST SEEN   TYPE      REASON      OBJECT                               MESSAGE\n${r.int(1, 59)}s         Normal    Pulled      pod/payments-${r.hex(10)}-${r.b62(5).toLowerCase()}   Container image "registry.shop.example/payments@sha256:${r.hex(64)}" already present on machine\n${r.int(1, 59)}s         Warning   Unhealthy   pod/payments-${r.hex(10)}-${r.b62(5).toLowerCase()}   Readiness probe failed: HTTP probe failed with statuscode: 503`,
  ),
  N(
    'logs',
    'postgres-inventory',
    (r) =>
      `${ts(r).replace('T', ' ').slice(0, 23)} UTC [${r.int(100, 99999)}] inventory@shop LOG:  duration: ${r.int(500, 9000)}.${r.digits(3)} ms  execute <unnamed>: UPDATE stock SET qty = qty - $1 WHERE sku = $2 AND warehouse = $3\n${ts(r).replace('T', ' ').slice(0, 23)} UTC [${r.int(100, 99999)}] inventory@shop DETAIL:  parameters: $1 = '${r.int(1, 9)}', $2 = 'SKU-${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)}', $3 = 'DE-LEJ-1'`,
  ),
  N(
    'logs',
    'tsql-deadlock',
    (r) =>
      `System.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID ${r.int(50, 400)}) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.\nClientConnectionId:${r.uuid()}\nError Number:1205,State:51,Class:13\nexec sp_executesql N'UPDATE dbo.Orders SET Status=@p0 WHERE OrderId=@p1',N'@p0 int,@p1 bigint',@p0=${r.int(1, 9)},@p1=${r.digits(10)}`,
  ),
  N(
    'logs',
    'sidekiq-job-ok',
    (r) => `${ts(r)} pid=${r.int(10, 9999)} tid=${r.b62(6).toLowerCase()} class=ShipmentLabelJob jid=${r.hex(24)} elapsed=${r.int(1, 90)}.${r.digits(3)} INFO: done label=${ups1z(r)} sscc=${sscc(r)}`,
  ),
  N(
    'logs',
    'avalara-tax-breakdown',
    (r) =>
      `${ts(r)} INFO tax.avalara committed ${orderNo(r)} totalTax=${r.int(1, 900)}.${r.digits(2)} lines=[{"itemCode":"SKU-${r.digits(5)}","taxCode":"PC040100","rate":0.0${r.int(5, 9)}25,"jurisdiction":"IL STATE"},{"itemCode":"FR010000","taxCode":"FR020100","rate":0}] documentCode=${r.uuid()}`,
  ),
  N(
    'logs',
    'structlog-checkout-metrics',
    (r) =>
      `${ts(r)} [info     ] checkout.completed         [checkout.api] cart_items=${r.int(1, 12)} subtotal_minor=${r.int(100, 999999)} currency=${r.pick(['EUR', 'GBP', 'BRL'])} psp=${r.pick(['adyen', 'mollie', 'checkout'])} latency_ms=${r.int(100, 3000)} ab_bucket=${r.pick(['A', 'B'])} session_hash=${r.hex(40)}`,
  ),
  N(
    'logs',
    'git-build-info',
    (r) =>
      `${ts(r)} INFO boot: shop-payments version=4.${r.int(0, 40)}.${r.int(0, 9)} commit=${r.hex(40)} built=${ts(r)} go=go1.23.${r.int(0, 4)} image_digest=sha256:${r.hex(64)} config_checksum=${r.hex(32)}`,
  ),
  N(
    'logs',
    'idoc-status-segments',
    (r) =>
      `E1EDK01   EUR${' '.repeat(5)}${r.int(1, 99)}.${r.digits(2)}  ORDERS05\nE1EDKA1   AG        SHOPGLOBAL  Shop Global Distribution GmbH\nE1EDP01   000010    ${r.int(1, 90)}  ST  ${ean13(r)}\nE1EDP19   002       ${'0'.repeat(10)}${r.digits(8)}\nstatus 53: Application document posted (doc ${'0'.repeat(6)}${r.digits(10)})`,
  ),
  N(
    'logs',
    'fx-and-timestamps',
    (r) =>
      `${ts(r)} INFO fx.rates base=EUR BRL=${(5 + r.next()).toFixed(4)} INR=${(88 + r.next() * 5).toFixed(4)} JPY=${(150 + r.next() * 20).toFixed(3)} MXN=${(18 + r.next()).toFixed(4)} asof=${r.int(1790000000000, 1799999999999)} source=ECB ttl=3600`,
  ),
  N('logs', 'pino-healthcheck', (r) =>
    JSON.stringify({
      level: 30,
      time: 1793000000000 + r.int(0, 9999999),
      pid: r.int(10, 9999),
      hostname: `checkout-${r.hex(5)}`,
      reqId: `req-${r.int(1, 99999)}`,
      req: { method: 'GET', url: '/healthz', remotePort: r.int(30000, 65000) },
      res: { statusCode: 200 },
      responseTime: r.next() * 10,
      msg: 'request completed',
    }),
  ),
  N(
    'logs',
    'csv-sales-report',
    (r) =>
      `date,country,orders,gross,refunds,net,currency\n${Array.from({ length: 4 }, () => `2026-11-${String(r.int(1, 28)).padStart(2, '0')},${r.pick(['DE', 'BR', 'IN', 'JP', 'MX', 'NG'])},${r.int(10, 9000)},${r.int(1000, 999999)}.${r.digits(2)},${r.int(0, 9999)}.${r.digits(2)},${r.int(1000, 999999)}.${r.digits(2)},EUR`).join('\n')}`,
  ),
];
