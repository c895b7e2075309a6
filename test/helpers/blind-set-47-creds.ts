import type { Tpl47 } from './blind-set-47-ccaas-a';

/** Integration glue around the contact centre: SDK configs, SSO secrets, deploy manifests. */
export const integrations47: Tpl47[] = [
  ['genesys-python-sdk', 9, (c) => [
    'import PureCloudPlatformClientV2 as gc',
    'gc.configuration.host = gc.PureCloudRegionHosts.eu_west_1.get_api_host()',
    `api_client = gc.api_client.ApiClient().get_client_credentials_token("${c.r.uuid()}", "${c.c('oauth_client_secret', c.r.b64url(32))}")`,
  ].join('\n')],
  ['zendesk-jwt-sso', 9, (c) => [
    '# config/initializers/zendesk_sso.rb',
    `ZENDESK_SHARED_SECRET = "${c.c('sso_shared_secret', c.r.b62(48))}"`,
    `ZENDESK_SUBDOMAIN = "contoso"`,
    `INTERCOM_IDENTITY_SECRET = '${c.c('hmac_secret', c.r.b64url(32))}'`,
  ].join('\n')],
  ['sf-soap-login', 9, (c) => {
    const pw = c.r.password(14);
    const tok = c.r.b62(25);
    c.c('password', pw + tok);
    return [
      '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:partner.soap.sforce.com">',
      '  <soapenv:Body><urn:login>',
      `    <urn:username>integration.cti@contoso-service.com</urn:username>`,
      `    <urn:password>${pw}${tok}</urn:password>`,
      '  </urn:login></soapenv:Body>',
      '</soapenv:Envelope>',
    ].join('\n');
  }],
  ['shopify-gorgias', 9, (c) => `GORGIAS_SHOPIFY_TOKEN=${c.c('shopify_access_token', 'shpat_' + c.r.hex(32))}\nSHOPIFY_API_SECRET=${c.c('shopify_shared_secret', 'shpss_' + c.r.hex(32))}\nGORGIAS_API_KEY=${c.hex('gorgias_api_key', 64)}`],
  ['k8s-secret', 9, (c) => {
    const pw = c.r.password(18);
    const b = c.c('base64_secret', Buffer.from(pw).toString('base64'));
    const tok = c.c('base64_secret', Buffer.from(c.r.hex(32)).toString('base64'));
    return ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: ccp-bridge', 'type: Opaque', 'data:', `  FIVE9_PASSWORD: ${b}`, `  TWILIO_AUTH_TOKEN: ${tok}`, 'stringData:', `  TALKDESK_CLIENT_SECRET: "${c.b62('oauth_client_secret', 40)}"`].join('\n');
  }],
  ['jdbc-stack', 9, (c) => [
    'org.postgresql.util.PSQLException: FATAL: password authentication failed for user "wfm_ro"',
    '\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)',
    '\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:476)',
    `Caused by: config jdbc:postgresql://wfm-db.contoso-cx.net:5432/iex?user=wfm_ro&password=${c.dbPass()}&ssl=true`,
  ].join('\n')],
  ['langchain-env', 9, (c) => [
    `OPENAI_API_KEY=${c.openai()}`,
    `PINECONE_API_KEY=${c.c('pinecone_api_key', 'pcsk_' + c.r.b62(5) + '_' + c.r.b62(60))}`,
    `COHERE_API_KEY=${c.b62('cohere_api_key', 40)}`,
    `LANGCHAIN_API_KEY=${c.c('langsmith_api_key', `lsv2_pt_${c.r.hex(32)}_${c.r.hex(10)}`)}`,
  ].join('\n')],
  ['sftp-url', 9, (c) => `2025-11-10 02:00:03 [wfm-export] uploading adherence_20251109.csv to sftp://verint_drop:${c.c('sftp_password', c.r.urlPassword(18))}@sftp.wfo-partner.net:22/inbound/ ... done (412 KB)`],
  ['kustomer-webhook-secret', 9, (c) => JSON.stringify({ hook: { name: 'order-sync', url: 'https://api.contoso-cx.net/kustomer/hook', secret: c.c('webhook_signing_secret', c.r.hex(40)), headers: { 'x-api-key': c.b62('api_key', 40) } } }, null, 2)],
  ['twilio-function-context', 9, (c) => [
    'exports.handler = async function (context, event, callback) {',
    `  const client = require('twilio')('AC${c.r.hex(32)}', '${c.hex('twilio_auth_token', 32)}');`,
    `  const sg = require('@sendgrid/mail'); sg.setApiKey('${c.c('sendgrid_api_key', `SG.${c.r.b64url(16)}.${c.r.b64url(32)}`)}');`,
    '  callback(null, { ok: true });',
    '};',
  ].join('\n')],
  ['connect-ccp-config', 9, (c) => [
    'connect.core.initCCP(container, {',
    "  ccpUrl: 'https://contoso.my.connect.aws/ccp-v2/',",
    `  loginUrl: 'https://sso.contoso-cx.net/saml?client_secret=${c.c('oauth_client_secret', c.r.b62(40))}',`,
    '  softphone: { allowFramedSoftphone: true },',
    `  // temp: sessionToken: '${c.awsSession()}'`,
    '});',
  ].join('\n')],
  ['helpscout-token', 9, (c) => `[helpscout] 2025-11-10T09:00:00Z oauth2 refresh ok {"token_type":"bearer","access_token":"${c.c('oauth_access_token', c.r.b62(32))}","refresh_token":"${c.c('oauth_refresh_token', c.r.b62(32))}","expires_in":172800}`],
];
