/** Set 42 negatives, part 2: ids, hashes, private addresses, documentation domains, bad checksums, low-entropy values. */
import { tpl, ts, type Tpl42 } from './blind-set-42-gen';
import { luhnOk, makeIban } from './blind-set-42-check';

/** A 16-digit number that fails Luhn (a PO or waybill number, not a card). */
const badLuhn = (r: import('./blind-set-9-rng').Rng9): string => {
  for (;;) {
    const n = `4${r.digits(15)}`;
    if (!luhnOk(n)) return n;
  }
};

/** An IBAN-shaped string whose check digits are wrong. */
const badIban = (r: import('./blind-set-9-rng').Rng9): string => {
  const good = makeIban('DE', r.digits(18));
  const check = (Number(good.slice(2, 4)) + r.int(1, 40)) % 97;
  return `DE${String(check < 2 ? check + 2 : check).padStart(2, '0')}${good.slice(4)}`;
};

export const NEG_TEMPLATES_B: Tpl42[] = [
  tpl('opcua-private-endpoints', (x) => {
    const r = x.r;
    return `opcua:
  endpoint: opc.tcp://${r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`])}:4840
  security_policy: Basic256Sha256
  user_identity:
    type: anonymous
mqtt:
  broker: tcp://127.0.0.1:1883
  client_id: line${r.int(1, 12)}-edge-${r.hex(6)}
  fallback: 169.254.${r.int(1, 254)}.${r.int(1, 254)}`;
  }),
  tpl('doc-domain-contacts', (x) => {
    const r = x.r;
    return `Subject: ASN ${r.int(100000, 999999)} rejected (AK9*R)
From: edi-alerts@example.com
To: carrier-onboarding@${r.pick(['example.org', 'example.net', 'tms.example', 'edi.test'])}
Callback: https://hooks.example.com/edi/${r.int(1, 999)}
Relay: 198.51.100.${r.int(1, 254)} / 203.0.113.${r.int(1, 254)} / 2001:db8::${r.hex(3)}`;
  }),
  tpl('bad-luhn-po', (x) => {
    const r = x.r;
    return `po_number,waybill,sscc,qty,weight_kg
PO-${r.digits(8)},${badLuhn(r)},00${r.digits(16)},${r.int(1, 99)},${r.int(10, 900)}.${r.int(0, 9)}
PO-${r.digits(8)},${badLuhn(r)},00${r.digits(16)},${r.int(1, 99)},${r.int(10, 900)}.${r.int(0, 9)}`;
  }),
  tpl('bad-iban-validation', (x) => {
    const r = x.r;
    return `${ts(r)} WARN vendor-master: IBAN ${badIban(r)} rejected for vendor ${r.int(100000, 999999)}: checksum mismatch (mod 97 != 1); keeping previous bank details`;
  }),
  tpl('low-entropy-config', (x) => {
    const r = x.r;
    return `samsara:
  api_token: ${r.pick(['samsara_api_XXXXXXXXXXXXXXXXXXXXXXXXXX', '"<samsara-api-token>"', '${SAMSARA_API_TOKEN}'])}
geotab:
  password: "${r.pick(['password', '12345678', 'xxxxxxxx'])}"
  session_id: ${r.pick(['0000000000000000000000', 'null'])}
shipstation:
  api_key: ${r.pick(['0123456789abcdef0123456789abcdef', 'abcdefabcdefabcdefabcdefabcdefab'])}
  api_secret: "{{ vault \`shipstation/api_secret\` }}"`;
  }),
  tpl('truncated-keys-docs', (x) => {
    const r = x.r;
    return `## Carrier credentials
Use a live secret key (it starts with \`sk_live_...\`); test with \`sk_test_...\`.
EasyPost production keys start with \`EZAK\`, test keys with \`EZTK\`; Shippo tokens look like \`shippo_live_<40 hex>\`.
FedEx client ids begin with \`l7xx\`. Never paste them in tickets (see runbook ${r.int(1, 40)}).`;
  }),
  tpl('hashes-and-ids', (x) => {
    const r = x.r;
    return `${ts(r)} edi-archiver stored DESADV_${r.digits(8)}.edi sha256=${r.hex(64)} md5=${r.hex(32)} size=${r.int(800, 90000)} object_version=${r.uuid()} x-amz-request-id=${r.hex(16).toUpperCase()}`;
  }),
  tpl('order-export', (x) => {
    const r = x.r;
    return `order_id,created_at,dc,carrier,service,tracking,cartons,status
${r.int(10000000, 99999999)},${ts(r)},DC${r.int(1, 30)},FEDEX,FEDEX_GROUND,${r.digits(12)},${r.int(1, 40)},SHIPPED
${r.int(10000000, 99999999)},${ts(r)},DC${r.int(1, 30)},UPS,GND,1Z${r.hex(16).toUpperCase()},${r.int(1, 40)},PICKED`;
  }),
  tpl('oauth-header-no-secret', (x) => {
    const r = x.r;
    return `${ts(r)} DEBUG ns-client: Authorization: OAuth realm="${r.int(1000000, 9999999)}", oauth_signature_method="HMAC-SHA256", oauth_timestamp="${1760000000 + r.int(0, 9999999)}", oauth_version="1.0" (consumer key/token redacted) -> HTTP 200 in ${r.int(40, 900)} ms`;
  }),
  tpl('telematics-positions', (x) => {
    const r = x.r;
    return `{"vehicleId":"${r.digits(15)}","time":"${ts(r)}","gps":{"lat":${r.int(30, 48)}.${r.digits(6)},"lng":-${r.int(75, 120)}.${r.digits(6)},"speedMph":${r.int(0, 70)}},"engineHours":${r.int(1000, 90000)},"odometerMeters":${r.int(100000, 999999999)},"vin":"1FUJ${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 13)}"}`;
  }),
  tpl('helm-values-secretref', (x) => {
    const r = x.r;
    return `carrierGateway:
  replicas: ${r.int(2, 8)}
  env:
    - name: UPS_CLIENT_SECRET
      valueFrom:
        secretKeyRef: { name: ups-oauth, key: client-secret }
    - name: FEDEX_CLIENT_SECRET
      valueFrom:
        secretKeyRef: { name: fedex-oauth, key: client-secret }
    - name: DHL_API_KEY
      value: "<dhl-api-key>"`;
  }),
  tpl('sequential-ids-report', (x) => {
    const r = x.r;
    return `Cycle count ${r.int(1, 52)}: bins 0000000001-0000000${r.int(100, 999)} counted, sample SKU 1234567890, lot 00000000, pallet license plate ${r.pick(['LPN', 'PLT'])}${r.digits(9)}; variance ${r.int(0, 9)}.${r.digits(2)}% (approved by supervisor id ${r.int(100, 999)})`;
  }),
];
