import type { Ctx51 } from './blind-set-51-ctx';

/** A negative template: its area (the report's source), a name and a text maker that plants nothing. */
export interface Neg51 {
  area: string;
  name: string;
  n: number;
  make: (c: Ctx51) => string;
}

/** Look-alikes from dealer systems and connected-car APIs: ids, placeholders, public keys, redactions. */
export const NEG51_A: readonly Neg51[] = [
  {
    area: 'dealer',
    name: 'fortellis-env-ref',
    n: 5,
    make: (c) => `$ curl -sS "https://api.fortellis.io/cdk/drive/vehicles/v1/${c.vin()}" \\
  -H "Authorization: Bearer \${FORTELLIS_TOKEN}" \\
  -H "Subscription-Id: ${c.uuid()}" -H "Request-Id: ${c.uuid()}"
HTTP/2 200  x-request-id: ${c.uuid()}  x-envoy-upstream-service-time: ${c.int(20, 900)}`,
  },
  {
    area: 'dealer',
    name: 'env-example',
    n: 5,
    make: (c) => `# .env.example — copy to .env and fill in
DEALERTRACK_DMS_USER=<your-opentrack-user>
DEALERTRACK_DMS_PASSWORD=changeme
DATABASE_URL=postgres://dms_sync:<password>@localhost:5432/dms
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
ROOFTOP_ID=${c.int(100, 999)}
LOG_LEVEL=${c.pick(['debug', 'info', 'warn'])}`,
  },
  {
    area: 'dealer',
    name: 'inventory-feed',
    n: 5,
    make: (c) => {
      const row = () => `${c.stock()},${c.vin()},${c.int(2018, 2025)},${c.pick(['Toyota,Camry,SE', 'Ford,Escape,ST-Line', 'Honda,Pilot,EX-L', 'Kia,EV6,Wind'])},${c.int(22, 68)}${c.pick(['995', '490', '750'])},${c.int(5, 60000)},${c.pick(['in stock', 'in transit'])}`;
      return `stock_no,vin,year,make,model,trim,price,mileage,status\n${row()}\n${row()}\n${row()}\n${row()}`;
    },
  },
  {
    area: 'dealer',
    name: 'repair-order',
    n: 5,
    make: (c) => `RO ${c.digits(6)}  Open ${c.ts().slice(0, 10)}  Adv# ${c.int(100, 999)}  Tech# ${c.int(1000, 9999)}
  Line A  OP ${c.pick(['01FZ', '03TR', '22BK'])}  ${c.pick(['LOF synthetic 0W-20', 'Rotate & balance', 'Replace front pads/rotors'])}  ${c.int(3, 30) / 10} hrs
  Parts   ${c.pick(['FL-500S', '04465-47090', '90915-YZZD3', 'BXT-48H6'])} x${c.int(1, 4)}  @ $${c.int(8, 210)}.${c.digits(2)}
  DTC     ${c.pick(['P0420', 'P0171', 'U0100', 'C1234'])} cleared, mileage in ${c.int(10000, 90000)}`,
  },
  {
    area: 'dealer',
    name: 'redacted-credit-app',
    n: 5,
    make: (c) => `${c.ts()} INFO  CreditAppController - submitted app ${c.uuid()} to lender ${c.pick(['ALLY', 'COAF', 'CHASE'])}: applicant.ssn=***-**-${c.digits(4)} applicant.dob=[REDACTED] bank.account=******${c.digits(4)} decision=${c.pick(['APPROVED', 'CONDITIONED', 'PENDING'])} tier=${c.pick(['A+', 'B', 'C'])}`,
  },
  {
    area: 'dealer',
    name: 'ddl-schema',
    n: 5,
    make: (c) => `CREATE TABLE deal_jacket_${c.int(2, 9)} (
  deal_no      BIGINT PRIMARY KEY,
  buyer_name   VARCHAR(120) NOT NULL,
  buyer_ssn    CHAR(11) ENCRYPTED WITH (COLUMN_ENCRYPTION_KEY = CEK_fi, ENCRYPTION_TYPE = Deterministic),
  buyer_dob    DATE,
  vin          CHAR(17),
  amount_financed NUMERIC(10,2) CHECK (amount_financed > ${c.int(0, 500)})
);`,
  },
  {
    area: 'dealer',
    name: 'dealer-contact',
    n: 5,
    make: (c) => {
      const [city, st, zip] = c.cityOf();
      return `<footer class="dealer-info"><strong>${c.pick(['Sunrise Toyota', 'Lakeside Ford', 'Metro Honda', 'Canyon Kia'])}</strong><br>
${c.int(1000, 9999)} Auto Mall Pkwy, ${city}, ${st} ${zip}<br>Sales: (800) 555-01${c.digits(2)} · Service: service@${c.pick(['sunrisetoyota', 'lakesideford'])}.com<br>
Hours Mon–Sat 9–8 · Dealer #${c.digits(5)} · <a href="/privacy">Privacy</a></footer>`;
    },
  },
  {
    area: 'dealer',
    name: 'helm-secret-ref',
    n: 5,
    make: (c) => `env:
  - name: ELEAD_CLIENT_SECRET
    valueFrom:
      secretKeyRef:
        name: elead-oauth
        key: client_secret
  - name: SPRING_DATASOURCE_PASSWORD
    valueFrom: { secretKeyRef: { name: crm-db-${c.pick(['prod', 'stg'])}, key: password } }
image: registry.internal/elead-connector@sha256:${c.hex(64)}`,
  },
  {
    area: 'connected',
    name: 'jwks',
    n: 5,
    make: (c) => `GET https://identity.fortellis.io/oauth2/aus1p1ixy7YL8cMq02p7/v1/keys
{"keys":[{"kty":"RSA","alg":"RS256","kid":"${c.b64url(32)}","use":"sig","e":"AQAB","n":"${c.b64url(256)}"}]}`,
  },
  {
    area: 'connected',
    name: 'public-key-pem',
    n: 5,
    make: (c) => {
      const body = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + c.b64(250).replace(/=+$/, '') + 'IDAQAB';
      const lines: string[] = [];
      for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
      return `# Tesla Fleet API: host this public key at /.well-known/appspecific/com.tesla.3p.public-key.pem\n-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----`;
    },
  },
  {
    area: 'connected',
    name: 'telemetry-kafka',
    n: 5,
    make: (c) => `[${c.ts()}] INFO consumer vehicle-signals-${c.int(0, 11)} partition=${c.int(0, 47)} offset=${c.nz(9)} vin=${c.vin()} odometer_km=${c.int(100, 250000)} soc=${c.int(5, 100)} tpms_kpa=[${c.int(220, 260)},${c.int(220, 260)},${c.int(220, 260)},${c.int(220, 260)}] fw=${c.int(2023, 2024)}.${c.int(2, 44)}.${c.int(1, 9)}`,
  },
  {
    area: 'connected',
    name: 'webhook-signature',
    n: 5,
    make: (c) => `POST /webhooks/smartcar HTTP/1.1
SC-Signature: ${c.hex(64)}
Content-Type: application/json

{"eventId":"${c.uuid()}","eventType":"VERIFY","vehicleId":"${c.uuid()}","payload":{"challenge":"${c.hex(32)}"},"meta":{"version":"2.0","webhookId":"${c.uuid()}","deliveredAt":${Date.UTC(2024, 5, 1) + c.int(0, 9e9)}}}`,
  },
  {
    area: 'connected',
    name: 'ocpp-boot',
    n: 5,
    make: (c) => `[2,"${c.uuid()}","BootNotification",{"chargePointVendor":"${c.pick(['ABB', 'Wallbox', 'Kempower', 'Alpitronic'])}","chargePointModel":"${c.pick(['Terra 184', 'Pulsar Plus', 'S-Series'])}","chargePointSerialNumber":"${c.upnum(4)}-${c.digits(6)}","firmwareVersion":"${c.int(1, 5)}.${c.int(0, 20)}.${c.int(0, 99)}"}]
[3,"${c.uuid()}",{"status":"Accepted","currentTime":"${c.ts()}","interval":${c.pick([60, 300, 900])}}]`,
  },
  {
    area: 'connected',
    name: 'otel-trace',
    n: 5,
    make: (c) => `{"resource":{"service.name":"tcu-ingest","service.version":"${c.int(1, 4)}.${c.int(0, 30)}.${c.int(0, 9)}"},"traceId":"${c.hex(32)}","spanId":"${c.hex(16)}","parentSpanId":"${c.hex(16)}","name":"POST /v1/vehicles/{vin}/signals","kind":2,"startTimeUnixNano":"${c.nz(19)}","status":{"code":1},"attributes":{"http.status_code":202,"net.peer.name":"tcu-gateway.internal"}}`,
  },
  {
    area: 'connected',
    name: 'aws-doc-example',
    n: 5,
    make: (c) => `# From the AWS IoT docs — example credentials, not real:
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
aws iot describe-endpoint --endpoint-type iot:Data-ATS --region ${c.pick(['us-east-1', 'eu-west-1', 'us-east-2'])}`,
  },
  {
    area: 'connected',
    name: 'can-frames-b64',
    n: 5,
    make: (c) => `{"vin":"${c.vin()}","bus":"can${c.int(0, 2)}","frames":[{"id":"0x${c.hex(3)}","data":"${c.b64(8)}"},{"id":"0x${c.hex(3)}","data":"${c.b64(8)}"},{"id":"0x${c.hex(3)}","data":"${c.b64(8)}"}],"capturedAt":"${c.ts()}"}`,
  },
  {
    area: 'connected',
    name: 'tf-vars',
    n: 5,
    make: (c) => `resource "azurerm_iothub_shared_access_policy" "tcu" {
  name                = "tcu-device-${c.pick(['reader', 'writer'])}"
  resource_group_name = var.resource_group
  iothub_name         = azurerm_iothub.fleet.name
  registry_read       = true
}
output "tcu_conn" { value = azurerm_iothub_shared_access_policy.tcu.primary_connection_string, sensitive = true }`,
  },
];
