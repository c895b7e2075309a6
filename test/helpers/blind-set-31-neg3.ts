import { ddHeader, epoch, isoTs, org, plainTs, privIp, type NegTemplate31 } from './blind-set-31-case';
import type { Rng31 } from './blind-set-31-rng';

/** A 17-character VIN-like string (no I, O, Q). */
function vin(r: Rng31): string {
  return r.pick(['1FUJG', '3AKJH', '1XKYD', '4V4NC']) + r.chars('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 12);
}

/** Negatives of fleet, field service, billing and carrier operations. */
export const NEG_OPS_TEMPLATES: NegTemplate31[] = [
  {
    id: 'samsara-vehicle-stats',
    make: (r) => `${isoTs(r)} INFO fleet-sync vehicles/stats page=1 count=3
${[0, 1, 2].map(() => `{"id":"${r.num(15)}","name":"Truck ${r.int(100, 999)}","vin":"${vin(r)}","engineStates":[{"time":"${isoTs(r)}","value":"${r.pick(['On', 'Off', 'Idle'])}"}],"fuelPercents":[{"value":${r.int(5, 100)}}],"obdOdometerMeters":[{"value":${r.int(10000000, 900000000)}}]}`).join('\n')}`,
  },
  {
    id: 'geotab-fault-codes',
    make: (r) => `${plainTs(r)} [geotab-adapter] GetFeed FaultData fromVersion=${r.HEX(16)} toVersion=${r.HEX(16)} results=${r.int(1, 400)}
{"device":{"id":"b${r.HEX(3)}"},"diagnostic":{"id":"Dg${r.b62(20)}"},"controller":{"id":"ControllerObdPowertrainId"},"failureMode":{"id":"aMl${r.b62(19)}"},"faultState":"${r.pick(['Active', 'Pending'])}","dateTime":"${isoTs(r)}","code":"P0${r.int(100, 999)}","serialNumber":"G9${r.HEX(10)}"}`,
  },
  {
    id: 'servicetitan-jobs-summary',
    make: (r) => `${ddHeader(r, 'st-sync: jobs lag above 15 minutes')}
tenant:${r.int(100000000, 999999999)} business_unit:"${r.pick(['HVAC Service', 'Meter Install', 'Plumbing'])}" jobs_pending:${r.int(10, 400)} last_job:${r.int(10000000, 99999999)} last_invoice:INV-${r.num(8)}
request traceId=${r.hex(32)} st-app-key=ak1.*** (masked) retry_after=${r.int(5, 60)}s`,
  },
  {
    id: 'salesforce-fsl-ids',
    make: (r) => `${isoTs(r)} WARN fsm-connector optimization request a1${r.b62(16)} finished with ${r.int(1, 40)} unscheduled appointments
  WorkOrder 0WO${r.b62(15)} / ServiceAppointment 08p${r.b62(15)} / ServiceTerritory 0Hh${r.b62(15)}
  org 00D${r.b62(15)} policy "Customer First" horizon=7d instance=${org(r)}.my.salesforce.com api=v${r.int(58, 62)}.0 session=[not logged]`,
  },
  {
    id: 'motive-hos-summary',
    make: (r) => `Daily HOS summary (${plainTs(r).slice(0, 10)}) — carrier ${org(r)} Logistics
vehicle   violations  unidentified_miles  eld_malfunction
${[0, 1, 2, 3].map(() => `T-${r.int(100, 999)}     ${r.int(0, 4)}           ${r.int(0, 90)}.${r.digits(1)}               ${r.pick(['none', 'P', 'none', 'E'])}`).join('\n')}
source: GET /v1/hos_violations?start_date=...&per_page=100 (X-Api-Key: [filtered])`,
  },
  {
    id: 'parts-shipment-tracking',
    make: (r) => `${isoTs(r)} INFO parts-logistics shipment update for van stock replenishment (depot ${r.pick(['LDS', 'FRS', 'TIL', 'PAR'])}-${r.int(1, 9)})
order PO-${r.num(8)} carrier=UPS tracking=1Z${r.chars('0123456789ABCDEFGHJKLMNPRSTVWXYZ', 6)}${r.digits(10)} status=OUT_FOR_DELIVERY
order PO-${r.num(8)} carrier=FedEx tracking=${r.num(12)} status=IN_TRANSIT eta=${plainTs(r).slice(0, 10)}
items: SKU EM-${r.int(1000, 9999)} smart meter x${r.int(2, 40)}, SKU CT-${r.int(100, 999)} current clamp x${r.int(2, 40)}`,
  },
  {
    id: 'stripe-publishable-and-redacted',
    make: (r) => `// public/config.js served to the top-up page (publishable key is meant to be public)
window.TOPUP_CONFIG = { stripePublishableKey: "pk_live_51${r.b62(14)}${r.b62(83)}", currency: "${r.pick(['gbp', 'eur', 'usd'])}", minAmount: 5 };
${isoTs(r)} INFO topup-api stripe client init key=sk_live_****${r.b62(4)} api_version=2024-06-20 request_id=req_${r.b62(14)}`,
  },
  {
    id: 'invoice-run-summary',
    make: (
      r,
    ) => `${plainTs(r)} INFO billing-run ${r.pick(['2025-04', '2025-05', '2025-06'])} completed: invoices=${r.int(10000, 90000)} total=EUR ${r.int(100000, 9000000)}.${r.digits(2)} failed=${r.int(0, 40)}
  first=INV-${r.num(8)} last=INV-${r.num(8)} batch_id=${r.uuid()} checksum=sha256:${r.hex(64)}
  pdf bucket s3://${org(r)}-invoices/${r.int(2025, 2025)}/ objects=${r.int(10000, 90000)}`,
  },
  {
    id: 'masked-card-gateway-log',
    make: (r) =>
      `${isoTs(r)} INFO psp-adapter charge ${r.pick(['succeeded', 'declined'])} txn=${r.hex(24)} card=${r.pick(['411111', '545454', '378282'])}******${r.digits(4)} brand=${r.pick(['visa', 'mastercard', 'amex'])} exp=**/** 3ds=${r.pick(['frictionless', 'challenge'])} amount=${r.int(5, 90)}.00 ${r.pick(['GBP', 'EUR'])} rrn=${r.num(12)} stan=${r.num(6)}`,
  },
  {
    id: 'sepa-batch-summary',
    make: (
      r,
    ) => `${plainTs(r)} INFO sepa-export pain.008.001.08 MsgId=${org(r).toUpperCase().slice(0, 4)}-${r.num(10)} NbOfTxs=${r.int(100, 9000)} CtrlSum=${r.int(10000, 900000)}.${r.digits(2)} ReqdColltnDt=${plainTs(r).slice(0, 10)} SeqTp=RCUR
  file sha256=${r.hex(64)} uploaded to bank SFTP as SDD_${r.num(8)}.xml (EBICS order type CDD) — IBANs not logged`,
  },
  {
    id: 'meter-reading-export',
    make: (r) => `${isoTs(r)} WARN meter-collector ${r.int(2, 60)} estimated reads in export reads_${r.num(8)}.csv
meter_serial,read_at,register,kwh,quality
${[0, 1, 2].map(() => `${r.pick(['1ESY', '1LGZ', '1EMH'])}${r.num(10)},${isoTs(r)},${r.pick(['1.8.0', '2.8.0'])},${r.int(100, 99999)}.${r.digits(1)},${r.pick(['A', 'E', 'A'])}`).join('\n')}`,
  },
  {
    id: 'porting-status-summary',
    make: (r) => `${ddHeader(r, 'porting-svc: 5 port orders stuck in FOC pending')}
orders: ${[0, 1, 2].map(() => `PO-${r.num(7)}(${r.int(1, 40)} TNs, losing SPID ${r.int(1000, 9999)}, FOC ${plainTs(r).slice(0, 10)})`).join(', ')}
npac_region=${r.pick(['Southwest', 'Northeast', 'West Coast'])} soa_ack=${r.pick(['ok', 'late'])} correlation=${r.uuid()}`,
  },
  {
    id: 'ss7-map-error-counts',
    make: (r) => `${plainTs(r)} WARN hlr-gw MAP error counters (5 min) opc=${r.int(1000, 16000)} dpc=${r.int(1000, 16000)}
  absentSubscriber=${r.int(0, 900)} unknownSubscriber=${r.int(0, 90)} systemFailure=${r.int(0, 20)} teleserviceNotProvisioned=${r.int(0, 9)}
  sctp association ${r.int(1, 8)} to ${privIp(r)}:2905 state=ESTABLISHED retrans=${r.int(0, 40)}`,
  },
  {
    id: 'radius-auth-counters',
    make: (
      r,
    ) => `${isoTs(r)} INFO freeradius stats (last 60s) nas=pgw-${r.int(1, 4)} access-request=${r.int(100, 9000)} access-accept=${r.int(90, 8000)} access-reject=${r.int(0, 90)} acct-start=${r.int(0, 900)} acct-stop=${r.int(0, 900)} dup=${r.int(0, 9)}
  top reject reason: "APN not subscribed" (${r.int(1, 60)}) realm=${r.pick(['m2m', 'iot', 'fleet'])}.${org(r)}.net home_server=${privIp(r)}:1812 secret=<hidden>`,
  },
  {
    id: 'esim-smdp-health',
    make: (r) => `${isoTs(r)} WARN esim-orders ES9+ /gsma/rsp2/es9plus/authenticateClient p95=${r.int(800, 4000)}ms errors=${r.int(1, 40)}
  sample: transactionId=${r.HEX(32)} eid=89049032${r.num(24)} profileType=${org(r)}-iot-eu iccid=89${r.num(17)} state=${r.pick(['Released', 'Downloaded', 'Error'])}
  smdp=${r.pick(['rsp.truphone.com', 'smdp.io'])} cert=GSMA CI ${r.pick(['NIST', 'BRP'])} OID 2.999.${r.int(1, 20)}`,
  },
  {
    id: 'kubectl-secret-listing',
    make: (r) => `$ kubectl get secrets -n messaging
NAME                       TYPE                             DATA   AGE
sms-gateway-creds          Opaque                           4      ${r.int(2, 400)}d
telnyx-webhook-pubkey      Opaque                           1      ${r.int(2, 400)}d
regcred-ghcr               kubernetes.io/dockerconfigjson   1      ${r.int(2, 400)}d
sh.helm.release.v1.notify.v${r.int(10, 99)}   helm.sh/release.v1   1      ${r.int(1, 30)}h
$ kubectl rollout status deploy/notify-svc -n messaging
deployment "notify-svc" successfully rolled out (revision ${r.int(10, 300)}, image ghcr.io/${org(r)}/notify@sha256:${r.hex(64)})`,
  },
  {
    id: 'apm-trace-summary',
    make: (r) => `${ddHeader(r, 'p99 latency above 2s on POST /v1/topups')}
trace_id:${r.num(19)} span_id:${r.num(18)} service:topup-api resource:"POST /v1/topups" duration:${r.int(2000, 9000)}ms
children: psp-adapter.charge ${r.int(1500, 8000)}ms · postgres.query ${r.int(2, 90)}ms · redis.get ${r.int(1, 9)}ms
traceparent: 00-${r.hex(32)}-${r.hex(16)}-01 version:${r.int(1, 3)}.${r.int(0, 40)}.${r.int(0, 9)} git.commit.sha:${r.hex(40)} at ${epoch(r)}`,
  },
];
