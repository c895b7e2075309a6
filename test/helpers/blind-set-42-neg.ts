/** Set 42 negatives, part 1: the same providers and key names holding placeholders, public keys, documentation values and masks. */
import { B62, UPPER, DIGITS } from './blind-set-9-rng';
import { tpl, ts, type Tpl42 } from './blind-set-42-gen';

export const NEG_TEMPLATES_A: Tpl42[] = [
  tpl('sap-jco-placeholders', (x) => {
    const r = x.r;
    return `jco.client.ashost=s4p-app${r.int(1, 9)}.corp.test
jco.client.sysnr=0${r.int(0, 9)}
jco.client.client=${r.pick(['100', '200'])}
jco.client.user=\${SAP_RFC_USER}
jco.client.passwd=\${SAP_RFC_PASSWORD}
jco.client.lang=EN`;
  }),
  tpl('netsuite-env-template', (x) => {
    const r = x.r;
    return `# copy to .env and fill in from the NetSuite integration record
NETSUITE_ACCOUNT_ID=${r.pick(['<your-account-id>', '1234567_SB1'])}
NETSUITE_CONSUMER_KEY=<your-consumer-key>
NETSUITE_CONSUMER_SECRET=<your-consumer-secret>
NETSUITE_TOKEN_ID=${r.pick(['', 'xxxxxxxxxxxxxxxx'])}
NETSUITE_TOKEN_SECRET=${r.pick(['changeme', 'REDACTED', '********'])}`;
  }),
  tpl('odoo-conf-sample', (x) => {
    const r = x.r;
    return `[options]
admin_passwd = ${r.pick(['admin', 'changeme', '********'])}
db_host = ${r.pick(['127.0.0.1', 'localhost', '10.20.4.11'])}
db_port = 5432
db_user = odoo
db_password = ${r.pick(['False', '{{ odoo_db_password }}', '${ODOO_DB_PASSWORD}'])}
workers = ${r.int(2, 12)}
limit_time_real = ${r.int(120, 1200)}`;
  }),
  tpl('stripe-pk-checkout', (x) => {
    const r = x.r;
    return `<script>
  const stripe = Stripe('pk_live_51${r.b62(22)}${r.b62(72)}');
  const elements = stripe.elements({ appearance: { theme: 'stripe' } });
  // freight marketplace checkout, order FM-${r.int(100000, 999999)}
</script>`;
  }),
  tpl('maps-browser-key', (x) => {
    const r = x.r;
    return `window.__DEPOT_LOCATOR_CONFIG__ = {
  googleMapsApiKey: "AIza${r.chars(B62 + '-_', 35)}",
  firebase: { apiKey: "AIza${r.chars(B62 + '-_', 35)}", authDomain: "depot-finder-${r.int(100, 999)}.firebaseapp.com", projectId: "depot-finder-${r.int(100, 999)}" },
  defaultZoom: ${r.int(4, 12)}
};`;
  }),
  tpl('sentry-dsn', (x) => {
    const r = x.r;
    return `Sentry.init({
  dsn: "https://${r.hex(32)}@o${r.int(100000, 999999)}.ingest.sentry.io/${r.int(1000000, 9999999)}",
  release: "driver-app@${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 20)}+${r.int(100, 9999)}",
  environment: "production",
  tracesSampleRate: 0.${r.int(1, 9)}
});`;
  }),
  tpl('aws-docs-example', (x) => {
    const r = x.r;
    return `# README for the EDI archive uploader (values from the AWS docs, not real)
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = ${r.pick(['us-east-1', 'eu-west-1'])}
# s3://tristate-edi-archive-${r.int(1, 9)}/x12/`;
  }),
  tpl('masked-cards-remit', (x) => {
    const r = x.r;
    const last = r.digits(4);
    return `Remittance ${r.int(100000, 999999)}: paid by Visa ****${last} (exp **/**), amount $${r.int(100, 9000)}.${r.digits(2)}; fuel card 4111********${r.digits(4)}; account on file XXXXXX${r.digits(4)}; routing ********* (masked)`;
  }),
  tpl('edi-isa-no-security', (x) => {
    const r = x.r;
    const ctl = r.digits(9);
    return `ISA*00*          *00*          *ZZ*${'TRISTATEDIST'.padEnd(15, ' ')}*12*${r.digits(10).padEnd(15, ' ')}*260312*${r.int(1000, 2359)}*U*00401*${ctl}*0*P*>~
GS*SH*TRISTATEDIST*${r.digits(10)}*20260312*1408*${r.int(1, 9999)}*X*004010~
ST*856*0001~
BSN*00*${r.digits(10)}*20260312*1408~
HL*1**S~
TD1*PLT${r.int(10, 90)}*${r.int(1, 26)}****G*${r.int(200, 9000)}*LB~
REF*BM*${r.digits(12)}~
MAN*GM*00${r.digits(18)}~
SE*8*0001~
GE*1*${r.int(1, 9999)}~
IEA*1*${ctl}~`;
  }),
  tpl('edifact-no-password', (x) => {
    const r = x.r;
    return `UNA:+.? '
UNB+UNOC:3+${r.digits(13)}:14+${r.digits(13)}:14+260312:0930+${r.digits(8)}++ORDERS'
UNH+1+ORDERS:D:96A:UN:EAN008'
BGM+220+PO${r.digits(7)}+9'
DTM+137:20260312:102'
NAD+BY+${r.digits(13)}::9'
NAD+DP+${r.digits(13)}::9'
LIN+1++${r.digits(13)}:EN'
QTY+21:${r.int(1, 900)}'
UNT+8+1'
UNZ+1+${r.digits(8)}'`;
  }),
  tpl('tracking-webhook', (x) => {
    const r = x.r;
    return `{"event":"tracker.updated","id":"evt_${r.hex(24)}","trace_id":"${r.hex(32)}","span_id":"${r.hex(16)}","result":{"tracking_code":"1Z${r.chars(UPPER + DIGITS, 16)}","carrier":"UPS","status":"in_transit","est_delivery_date":"${ts(r)}","shipment_id":"shp_${r.hex(32)}","container":"MSKU${r.digits(7)}","request_id":"${r.uuid()}"}}`;
  }),
  tpl('k8s-deploy-log', (x) => {
    const r = x.r;
    return `${ts(r)} deployment.apps/tms-api-${r.hex(10)} rolled out (image ghcr.io/northwind/tms-api@sha256:${r.hex(64)})
${ts(r)} pod/tms-api-${r.hex(10)}-${r.chars('bcdfghjklmnpqrstvwxz2456789', 5)} Ready; commit ${r.hex(40)} build #${r.int(1000, 99999)}
${ts(r)} configmap/carrier-endpoints etag "${r.hex(32)}" arn:aws:sqs:us-east-1:${r.digits(12)}:edi-inbound-${r.pick(['856', '810', '850'])}`;
  }),
  tpl('vendor-masked-bank', (x) => {
    const r = x.r;
    return `LIFNR;NAME;IBAN;BIC;ROUTING;ACCOUNT
${r.int(100000, 999999)};Ridgeline Haulage LLC;DE** **** **** **** **${r.digits(2)} ${r.digits(2)};COBADEFFXXX;*****${r.digits(4)};XXXXXXXX${r.digits(4)}
${r.int(100000, 999999)};Van Dijk Transport BV;NL**INGB********${r.digits(2)};INGBNL2A;;
# full bank data only in SAP table LFBK (auth object F_LFA1_BEK)`;
  }),
  tpl('x12-820-masked', (x) => {
    const r = x.r;
    return `ST*820*${r.digits(4)}~
BPR*C*${r.int(100, 99999)}.${r.digits(2)}*C*ACH*CCP*01*XXXXX${r.digits(4)}*DA*XXXXXX${r.digits(4)}*${r.digits(10)}**01*XXXXX${r.digits(4)}*DA*XXXXXX${r.digits(4)}*20260${r.int(1, 9)}15~
TRN*1*${r.digits(10)}~
N1*PE*RIDGELINE HAULAGE LLC~
RMR*IV*INV-${r.int(10000, 99999)}**${r.int(100, 9999)}.00~
SE*6*0001~`;
  }),
];
