import { B62 } from './blind-set-9-rng';
import { cred, type PosTemplate23 } from './blind-set-23-types';

/** Platform SaaS and config dumps: Heroku, Vercel, Terraform Cloud, Vault, Doppler, Algolia, Mapbox, Airtable, Notion, Contentful, Grafana, New Relic, Laravel .env, Spring config. */
export const saasCases23: PosTemplate23[] = [
  [
    'heroku-cli',
    (g, k) => {
      const key = k === 1 ? `HRKU-AA${g.chars(B62 + '-_', 58)}` : g.uuid();
      return {
        text: `+ HEROKU_API_KEY=${key} heroku releases:rollback v${g.int(100, 999)} -a acme-webhooks-prod
 ›   Error: Invalid credentials provided.
 ›
 ›   Error ID: unauthorized`,
        values: [cred('heroku-api-key', key)],
      };
    },
  ],
  [
    'vercel-deploy',
    (g) => {
      const tok = g.chars(B62, 24);
      return {
        text: `Error: The specified token is not valid. Use \`vercel login\` to generate a new token.
[deploy-preview] command: npx vercel deploy --prebuilt --token=${tok} --scope acme --yes (exit 1)`,
        values: [cred('vercel-token', tok)],
      };
    },
  ],
  [
    'terraform-cloud',
    (g) => {
      const tok = `${g.chars(B62, 14)}.atlasv1.${g.chars(B62, 67)}`;
      return {
        text: `│ Error: Required token could not be found
│ 
│ Run the following command to generate a token for app.terraform.io:
│     terraform login
╵
debug: wrote credentials.tfrc.json {"credentials":{"app.terraform.io":{"token":"${tok}"}}} but TF_CLI_CONFIG_FILE points elsewhere`,
        values: [cred('terraform-cloud-token', tok)],
      };
    },
  ],
  [
    'vault-token',
    (g) => {
      const tok = `hvs.${g.chars(B62 + '-_', 90)}`;
      return {
        text: `Error making API request.

URL: GET https://vault.acme.internal:8200/v1/secret/data/integrations/stripe
Code: 403. Errors:

* permission denied
[entrypoint] VAULT_ADDR=https://vault.acme.internal:8200 VAULT_TOKEN=${tok} vault kv get -field=secret_key secret/integrations/stripe`,
        values: [cred('vault-token', tok)],
      };
    },
  ],
  [
    'doppler-service-token',
    (g) => {
      const tok = `dp.st.prd.${g.chars(B62, 43)}`;
      return {
        text: `Doppler Error: Unable to fetch secrets
Doppler Error: Invalid Service token
docker run -e DOPPLER_TOKEN="${tok}" ghcr.io/acme/webhook-relay:2026.12.1 (restart count 14)`,
        values: [cred('doppler-token', tok)],
      };
    },
  ],
  [
    'algolia-admin',
    (g) => {
      const key = g.hex(32);
      return {
        text: `AlgoliaSearch\\Exceptions\\BadRequestException: Method not allowed with this API key in /var/www/vendor/algolia/algoliasearch-client-php/src/RetryStrategy/ApiWrapper.php:275
SearchClient::create('${g.upperAlnum(10)}', '${key}')->initIndex('products_prod')->saveObjects($batch)  // ALGOLIA_ADMIN_KEY`,
        values: [cred('algolia-admin-key', key)],
      };
    },
  ],
  [
    'mapbox-secret',
    (g) => {
      const enc = Buffer.from(JSON.stringify({ u: 'acme-maps', a: g.lowerAlnum(25) })).toString('base64url');
      const tok = `sk.${enc}.${g.chars(B62 + '-_', 22)}`;
      return {
        text: `mapbox upload failed: 401 {"message":"Not Authorized - Invalid Token"} MAPBOX_SECRET_TOKEN=${tok} tileset=acme-maps.delivery-zones`,
        values: [cred('mapbox-secret-token', tok)],
      };
    },
  ],
  [
    'airtable-pat',
    (g) => {
      const pat = `pat${g.chars(B62, 14)}.${g.hex(64)}`;
      return {
        text: `AirtableError { error: 'AUTHENTICATION_REQUIRED', message: 'Authentication required', statusCode: 401 }
    at /app/node_modules/airtable/lib/run_action.js:51:33
  new Airtable({ apiKey: '${pat}' }).base('app${g.chars(B62, 14)}')`,
        values: [cred('airtable-pat', pat)],
      };
    },
  ],
  [
    'notion-integration',
    (g) => {
      const tok = `ntn_${g.digits(11)}${g.chars(B62, 35)}`;
      return {
        text: `APIResponseError: API token is invalid.
    at buildRequestError (/app/node_modules/@notionhq/client/build/src/errors.js:162:16)
    at Client.request (/app/node_modules/@notionhq/client/build/src/Client.js:378:54) {
  code: 'unauthorized', status: 401, headers: {...}, body: '{"object":"error","status":401,"code":"unauthorized","message":"API token is invalid.","request_id":"${g.uuid()}"}'
}
notion = new Client({ auth: "${tok}" })`,
        values: [cred('notion-token', tok)],
      };
    },
  ],
  [
    'contentful-cma',
    (g) => {
      const tok = `CFPAT-${g.chars(B62 + '-_', 43)}`;
      return {
        text: `AccessTokenInvalid: {"status":401,"statusText":"Unauthorized","message":"The access token you sent could not be found or is invalid.","details":{},"request":{"url":"https://api.contentful.com/spaces/${g.lowerAlnum(12)}/environments/master/entries","headers":{"Authorization":"Bearer ${tok}","X-Contentful-User-Agent":"sdk contentful-management.js/11.35.1"}},"requestId":"${g.hex(32)}"}`,
        values: [cred('contentful-pat', tok)],
      };
    },
  ],
  [
    'grafana-newrelic',
    (g) => {
      const gl = `glsa_${g.chars(B62, 32)}_${g.hex(8)}`;
      const nr = `NRAK-${g.upperAlnum(27)}`;
      return {
        text: `alert-forwarder: grafana POST /api/annotations 401 {"message":"invalid API key"} (GRAFANA_SA_TOKEN=${gl})
alert-forwarder: newrelic NerdGraph 401 {"errors":[{"message":"Invalid credentials"}]} (Api-Key: ${nr})`,
        values: [cred('grafana-service-token', gl), cred('newrelic-user-key', nr)],
      };
    },
  ],
  [
    'laravel-env-dump',
    (g) => {
      const appKey = `base64:${g.b64(32)}`;
      const db = g.password(18);
      const mail = g.chars(B62, 16);
      const stripe = `sk_live_${g.b62(24)}`;
      return {
        text: `Whoops\\Exception\\ErrorException: Undefined array key "payout_method" in /var/www/html/app/Http/Controllers/PayoutController.php:88
Environment Variables:
APP_ENV production
APP_KEY ${appKey}
DB_HOST orders-mysql.internal
DB_PASSWORD ${db}
MAIL_MAILER smtp
MAIL_PASSWORD ${mail}
STRIPE_SECRET ${stripe}`,
        values: [cred('laravel-app-key', appKey), cred('password', db), cred('smtp-password', mail), cred('stripe-secret-key', stripe)],
      };
    },
  ],
  [
    'spring-actuator-env',
    (g) => {
      const pw = g.password(16);
      const secret = g.chars(B62, 40);
      return {
        text: `o.s.b.a.e.EnvironmentEndpoint - /actuator/env exposed by misconfigured management.endpoints.web.exposure.include=*
{"name":"Config resource 'class path resource [application-prod.yml]'","properties":{"spring.datasource.url":{"value":"jdbc:postgresql://ledger-db:5432/ledger"},"spring.datasource.password":{"value":"${pw}"},"spring.security.oauth2.client.registration.okta.client-secret":{"value":"${secret}"}}}`,
        values: [cred('password', pw), cred('oauth-client-secret', secret)],
      };
    },
  ],
];
