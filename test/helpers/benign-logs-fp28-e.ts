import type { Rng9 } from './blind-set-9-rng';
import { ISO, PRIV, type BenignTemplate } from './benign-logs-fp28-a';

/** An EAN-13 with its check digit (a product's barcode, not a person's number). */
const ean13 = (r: Rng9): string => {
  const d = `400${r.digits(9)}`;
  let s = 0;
  for (let i = 0; i < 12; i++) s += +d[i]! * (i % 2 ? 3 : 1);
  return d + ((10 - (s % 10)) % 10);
};

/** Company data, product codes and numbers near personal-data words. */
export const TEMPLATES_E: BenignTemplate[] = [
  { name: 'company-registry', make: (r) => `invoice footer: Acme Software GmbH · Amtsgericht Charlottenburg HRB ${r.int(100000, 299999)} B · Geschäftsführer: siehe Impressum · Support-Hotline (Zentrale, kostenfrei): 0800 ${r.int(100, 999)} ${r.int(1000, 9999)}` },
  { name: 'product-codes', make: (r) => `catalog import: sku=ACM-${r.int(1000, 9999)}-${r.pick(['BLK', 'WHT'])} gtin=${ean13(r)} isbn=978-3-${r.int(10, 99)}-${r.int(100000, 999999)}-${r.int(0, 9)} mpn=${r.hex(8).toUpperCase()} qty=${r.int(1, 500)} price_cents=${r.int(100, 99999)}` },
  { name: 'k8s-get-pods', make: (r) => `NAME                          READY   STATUS    RESTARTS      AGE    IP            NODE\napi-${r.hex(10)}-${r.hex(5)}   1/1     Running   ${r.int(0, 9)} (${r.int(2, 59)}m ago)   ${r.int(2, 90)}d    ${PRIV(r)}   ip-10-${r.int(0, 255)}-${r.int(0, 255)}-${r.int(1, 254)}.ec2.internal` },
  { name: 'semver-dates', make: (r) => `release notes: v${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 20)}-rc.${r.int(1, 9)}+build.${r.int(1000, 9999)} supports min_date=1900-01-01 max_date=2099-12-31; date format YYYY-MM-DD; schema since 2019-0${r.int(1, 9)}-1${r.int(0, 9)}` },
  { name: 'profile-flags', make: (r) => `profile-service: updated profile ${r.uuid()} fields=[display_name, avatar_url, locale] phone_verified=false email_verified=true dob_set=false age_gate=passed (${r.int(1, 99)} ms)` },
  { name: 'uptime-durations', make: (r) => `node-exporter: uptime ${r.int(1, 400)}d ${r.int(0, 23)}h ${r.int(0, 59)}m load ${r.int(0, 9)}.${r.digits(2)} ${r.int(0, 9)}.${r.digits(2)} ${r.int(0, 9)}.${r.digits(2)} mem ${r.int(1000, 64000)} MiB swap 0 ctx_switches ${r.int(100000000, 999999999)}` },
  { name: 'pcap-summary', make: (r) => `tcpdump: ${r.int(10, 99999)} packets captured\n17:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(6)} IP ${PRIV(r)}.${r.int(30000, 60000)} > ${PRIV(r)}.443: Flags [P.], seq ${r.int(1000000, 4000000000)}:${r.int(1000000, 4000000000)}, ack ${r.int(1000000, 4000000000)}, win ${r.int(100, 65535)}, length ${r.int(0, 1448)}` },
  { name: 'cron-batches', make: (r) => `scheduler: batch ${r.digits(8)} of job nightly-export finished at ${ISO(r)}: ${r.int(0, 99999)} rows, ${r.int(0, 99)} errors, checksum ${r.hex(16)}, next run 0 ${r.int(0, 23)} * * *` },
  { name: 'mac-like-build-ids', make: (r) => `elf: Build ID: ${r.hex(40)}; loaded module at 0x${r.hex(12)}-0x${r.hex(12)} offset 0x${r.hex(6)} inode ${r.int(100000, 99999999)} dev fd:0${r.int(0, 9)}` },
];
