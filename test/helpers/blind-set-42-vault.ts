/** Set 42 positives: configuration bundles that hold several logistics credentials at once (compose, k8s, tfvars, Jenkins, Ansible). */
import { B62, B64URL } from './blind-set-9-rng';
import { gen, host, tpl, type Tpl42 } from './blind-set-42-gen';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

export const VAULT_TEMPLATES: Tpl42[] = [
  tpl('compose-wms-stack', (x) => {
    const r = x.r;
    return `services:
  wms-api:
    image: registry.tristate-dist.net/wms-api:${r.int(1, 9)}.${r.int(0, 30)}
    environment:
      - DB_PASSWORD=${x.c('postgres-password', gen.pass(r))}
      - SHIPSTATION_API_SECRET=${x.c('shipstation-api-secret', r.hex(32))}
      - EASYPOST_API_KEY=${x.c('easypost-api-key', gen.easypost(r))}
      - REDIS_URL=rediss://default:${x.c('redis-password', r.urlPassword(24))}@cache-wms.tristate-dist.net:6380/0
  edi-worker:
    environment:
      SFTP_PASSWORD: "${x.c('sftp-password', gen.wordPass(r))}"
      SLACK_WEBHOOK_URL: ${x.c('slack-webhook', gen.slackHook(r))}`;
  }),
  tpl('k8s-secret-carriers', (x) => {
    const r = x.r;
    const ups = gen.pass(r);
    const fx = r.hex(32);
    return `apiVersion: v1
kind: Secret
metadata:
  name: carrier-gateway-creds
  namespace: tms-${r.pick(['prod', 'prd'])}
type: Opaque
data:
  UPS_CLIENT_SECRET: ${x.c('k8s-secret-b64', b64(ups + r.b62(12)))}
  FEDEX_CLIENT_SECRET: ${x.c('k8s-secret-b64', b64(fx))}
stringData:
  DHL_API_KEY: "${x.c('dhl-api-key', r.b62(32))}"
  MAERSK_CONSUMER_KEY: "${x.c('maersk-consumer-key', r.b62(32))}"
  SAMSARA_API_TOKEN: "${x.c('samsara-api-token', gen.samsara(r))}"`;
  }),
  tpl('tfvars-integrations', (x) => {
    const r = x.r;
    return `# terraform.tfvars (integration platform, prod)
netsuite_token_secret   = "${x.c('netsuite-token-secret', r.hex(64))}"
coupa_client_secret     = "${x.c('coupa-client-secret', r.chars(B64URL, 43))}"
azure_sp_client_secret  = "${x.c('azure-ad-client-secret', gen.azureAdSecret(r))}"
datadog_api_key         = "${x.c('datadog-api-key', gen.datadog(r))}"
geotab_password         = "${x.c('geotab-password', gen.wordPass(r))}"
region                  = "${r.pick(['eu-central-1', 'us-east-2'])}"`;
  }),
  tpl('jenkins-credentials', (x) => {
    const r = x.r;
    return `<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
  <id>sap-rfc-${r.pick(['prd', 'qas'])}</id>
  <username>RFC_JENKINS</username>
  <password>${x.c('sap-rfc-password', gen.pass(r).replace(/[<&]/g, '_'))}</password>
</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
<org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
  <id>github-wms</id>
  <secret>${x.c('github-token', gen.ghp(r))}</secret>
</org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
<org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
  <id>shippo-live</id>
  <secret>${x.c('shippo-api-token', gen.shippo(r))}</secret>
</org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
<org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
  <id>sendgrid</id>
  <secret>${x.c('sendgrid-api-key', gen.sendgrid(r))}</secret>
</org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>`;
  }),
  tpl('ansible-decrypted-vars', (x) => {
    const r = x.r;
    return `$ ansible-vault view group_vars/mes/vault.yml
vault_opcua_password: "${x.c('opcua-password', gen.spacedPass(r))}"
vault_influx_token: ${x.c('influxdb-token', gen.influx(r))}
vault_mqtt_password: '${x.c('mqtt-password', gen.pass(r))}'
vault_iot_sas_key: "${x.c('azure-iot-sas-key', gen.sasKey(r))}"
vault_grafana_admin_password: ${x.c('grafana-admin-password', gen.wordPass(r))}`;
  }),
  tpl('spring-tms-yaml', (x) => {
    const r = x.r;
    return `spring:
  datasource:
    url: jdbc:sqlserver://${host(r)}:1433;databaseName=TMS
    username: tms_app
    password: ${x.c('mssql-password', gen.pass(r))}
  rabbitmq:
    addresses: amqps://tms:${x.c('rabbitmq-password', r.urlPassword(20))}@mq.${r.pick(['northwindfreight.com', 'tristate-dist.net'])}:5671
carriers:
  project44:
    client-secret: ${x.c('project44-client-secret', r.chars(B62, 40))}
  fourkites:
    api-key: ${x.c('fourkites-api-key', r.b62(40))}
  freightos:
    api-key: ${x.c('freightos-api-key', r.b62(32))}`;
  }),
  tpl('rotation-ticket', (x) => {
    const r = x.r;
    return `INC${r.digits(7)} - credentials exposed in shared drive export, rotate all of:
 * AWS key ${x.c('aws-access-key-id', gen.awsKeyId(r))} / ${x.c('aws-secret-access-key', gen.awsSecret(r))}
 * Stripe ${x.c('stripe-secret-key', gen.stripeSk(r))}
 * Infor ION service account secret ${x.c('infor-service-account-secret', r.chars(B64URL, 86))}
 * Odoo admin master password "${x.c('odoo-admin-password', gen.wordPass(r))}"
Owner: integration team. Due: today.`;
  }),
];
