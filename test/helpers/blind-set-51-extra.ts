import type { Tpl51 } from './blind-set-51-ctx';

/** Configuration dumps and CI output across the areas: mostly credentials. Keyed by area. */
export const EXTRA51: Record<string, readonly Tpl51[]> = {
  dealer: [
    {
      name: 'wp-config',
      n: 12,
      make: (c) => {
        const salt = () => c.cred('wordpress_salt', c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}<>~+=,.;:/?|', 64));
        return `<?php // dealer website (${c.pick(['DealerInspire', 'Dealer.com export', 'self-hosted'])}) wp-config.php
define( 'DB_NAME', 'dealer_wp' );
define( 'DB_USER', 'wp_${c.lownum(5)}' );
define( 'DB_PASSWORD', '${c.pw()}' );
define( 'DB_HOST', '${c.host()}.mysql.database.azure.com' );
define( 'AUTH_KEY',         '${salt()}' );
define( 'SECURE_AUTH_KEY',  '${salt()}' );
define( 'LOGGED_IN_KEY',    '${salt()}' );
define( 'NONCE_KEY',        '${salt()}' );`;
      },
    },
    {
      name: 'compose-bridge',
      n: 10,
      make: (c) => `# docker-compose.override.yml (dms-bridge, rooftop ${c.int(10, 99)})
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: "${c.pw()}"
  mq:
    image: rabbitmq:3-management
    environment:
      - RABBITMQ_DEFAULT_USER=bridge
      - RABBITMQ_DEFAULT_PASS=${c.pw(16)}
  bridge:
    environment:
      CDK_3PA_PASSWORD: "${c.pw(14)}"
      DEALERSOCKET_API_KEY: "${c.alnum(32, 'api_key')}"`,
    },
  ],
  connected: [
    {
      name: 'k8s-maps-secret',
      n: 10,
      make: (c) => `apiVersion: v1
kind: Secret
metadata: { name: routing-keys, namespace: fleet-${c.pick(['prod', 'eu', 'na'])} }
type: Opaque
stringData:
  HERE_API_KEY: "${c.cred('api_key', c.b64url(32))}"
  TOMTOM_API_KEY: "${c.alnum(32, 'api_key')}"
  MAPBOX_SECRET_TOKEN: "${c.mapboxSk()}"
  GOOGLE_ROUTES_KEY: "${c.gmaps()}"`,
    },
    {
      name: 'high-mobility-json',
      n: 10,
      make: (c) => `{
  "app_id": "${c.upnum(24)}",
  "client_id": "${c.uuid()}",
  "client_secret": "${c.cred('oauth_client_secret', c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32))}",
  "client_private_key": "${c.ecPem('\\n')}",
  "certificate_signature": "${c.b64(64)}",
  "environment": "production"
}`,
    },
  ],
  ride: [
    {
      name: 'rails-credentials',
      n: 12,
      make: (c) => `$ EDITOR=cat bin/rails credentials:show --environment production
secret_key_base: ${c.hexSecret(128, 'secret_key_base')}
stripe:
  secret_key: ${c.stripeSk()}
  webhook_secret: ${c.whsec()}
twilio:
  auth_token: ${c.twilio()}
google:
  maps_key: ${c.gmaps()}`,
    },
    {
      name: 'ci-env-dump',
      n: 10,
      make: (c) => `#12 [build 5/9] RUN env | sort
#12 0.311 CI=true
#12 0.311 FIREBASE_TOKEN=${c.cred('firebase_token', `1//0${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 100)}`)}
#12 0.311 GITHUB_TOKEN=${c.ghp()}
#12 0.311 NODE_VERSION=20.${c.int(10, 18)}.0
#12 0.311 SENTRY_AUTH_TOKEN=${c.cred('sentry_token', `sntrys_${c.b64url(96)}`)}
#12 0.311 SLACK_BOT_TOKEN=${c.slackBot()}`,
    },
  ],
  parking: [
    {
      name: 'flowbird-properties',
      n: 10,
      make: (c) => `# pay-station-bridge application-prod.properties
flowbird.api.url=https://api.flowbird.example/v3
flowbird.api.username=ops_${c.lownum(5)}
flowbird.api.password=${c.pw()}
paybyphone.client.secret=${c.alnum(44, 'oauth_client_secret')}
cybersource.merchant.keyid=${c.uuid()}
cybersource.merchant.secretkey=${c.cred('cybersource_secret', c.b64(32))}
spring.rabbitmq.password=${c.pw(16)}`,
    },
  ],
  finance: [
    {
      name: 'apigee-keys',
      n: 10,
      make: (c) => `$ apigeecli apps get --name quote-partner-${c.pick(['jerry', 'gabi', 'insurify'])} --org ${c.pick(['insureco-prod', 'autofin-apis'])}
{"credentials":[{"consumerKey":"${c.alnum(48, 'api_key')}","consumerSecret":"${c.alnum(64, 'oauth_client_secret')}","status":"approved","expiresAt":"-1"}],
 "attributes":[{"name":"EQUIFAX_CLIENT_SECRET","value":"${c.alnum(32, 'oauth_client_secret')}"},{"name":"tier","value":"gold"}]}`,
    },
  ],
  history: [
    {
      name: 'aws-credentials-file',
      n: 10,
      make: (c) => {
        const [a1, s1] = c.awsKey();
        const [a2, s2] = c.awsKey();
        return `$ cat ~/.aws/credentials
[default]
aws_access_key_id = ${a1}
aws_secret_access_key = ${s1}

[vinlake-prod]
aws_access_key_id = ${a2}
aws_secret_access_key = ${s2}
region = us-west-2`;
      },
    },
    {
      name: 'carfax-soap',
      n: 10,
      make: (c) => `<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:cfx="http://www.carfax.com/partner">
<soap:Header><cfx:Auth><cfx:PartnerUser>${c.pick(['dlr', 'auct'])}_${c.lownum(6)}</cfx:PartnerUser><cfx:PartnerPassword>${c.pw()}</cfx:PartnerPassword><cfx:ProductDataId>${c.cred('api_key', c.upnum(16))}</cfx:ProductDataId></cfx:Auth></soap:Header>
<soap:Body><cfx:GetVehicleHistory><cfx:VIN>${c.vin()}</cfx:VIN><cfx:LocationId>${c.digits(6)}</cfx:LocationId></cfx:GetVehicleHistory></soap:Body></soap:Envelope>`,
    },
  ],
};
