import { B62, B64URL, DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';
import { cred, pos, type PosCase13 } from './blind-set-13-types';

const b64u = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
/** An HS256/RS256-shaped JWT with a plausible payload (signature random). */
export function jwt(r: Rng9, payload: object, alg = 'RS256'): string {
  return `${b64u({ alg, kid: r.b62(20), typ: 'JWT' })}.${b64u(payload)}.${r.b64url(alg === 'RS256' ? 256 : 32)}`;
}

/** Auth-library secrets, Kubernetes and CI output, MLOps, feature stores and CDPs. */
export const credPlatform: PosCase13[] = [
  (r) => {
    const k = `base64:${r.b64(32)}`;
    return pos('laravel/context-dump', `[2026-11-${r.int(10, 28)} 07:13:55] production.ERROR: The MAC is invalid. {"exception":"[object] (Illuminate\\\\Contracts\\\\Encryption\\\\DecryptException(code: 0): The MAC is invalid. at /var/www/vendor/laravel/framework/src/Illuminate/Encryption/Encrypter.php:245)"}\n[context] app.cipher=AES-256-CBC app.key=${k} app.env=production`, cred('laravel-app-key', k));
  },
  (r) => {
    const k = r.hex(128);
    const pk = r.b62(32);
    return pos('rails/credentials-show', `$ RAILS_ENV=production bin/rails credentials:show\n# aws:\n#   access_key_id: 123\nsecret_key_base: ${k}\nactive_record_encryption:\n  primary_key: ${pk}`, cred('rails-secret-key-base', k), cred('rails-ar-primary-key', pk));
  },
  (r) => {
    const s = r.b64(32);
    return pos('nextauth/vercel-build', `12:04:19.331 [next-auth][error][NO_SECRET]\n12:04:19.331 https://next-auth.js.org/errors#no_secret Please define a \`secret\` in production.\n12:04:19.402 Retrying with env from .env.production.local: NEXTAUTH_URL=https://app.acme.io NEXTAUTH_SECRET="${s}" DATABASE_URL=<redacted>`, cred('nextauth-secret', s));
  },
  (r) => {
    const s = r.b62(32);
    return pos('keycloak/spring-props', `2026-11-${r.int(10, 28)}T08:01:17.442Z  WARN 1 --- [main] o.s.b.c.p.PropertySourcesDeducer : dumping resolved properties for profile 'prod'\nspring.security.oauth2.client.registration.keycloak.client-id=orders-api\nspring.security.oauth2.client.registration.keycloak.client-secret=${s}\nspring.security.oauth2.client.provider.keycloak.issuer-uri=https://sso.acme.io/realms/acme`, cred('keycloak-client-secret', s));
  },
  (r) => {
    const pw = r.password(20);
    const b = Buffer.from(pw).toString('base64');
    return pos('k8s/secret-yaml', `$ kubectl get secret payments-db -n payments -o yaml\napiVersion: v1\ndata:\n  DB_HOST: ${Buffer.from('pg-payments.payments.svc').toString('base64')}\n  DB_PASSWORD: ${b}\n  DB_USER: ${Buffer.from('payments').toString('base64')}\nkind: Secret\nmetadata:\n  name: payments-db\ntype: Opaque`, cred('k8s-secret-b64', b));
  },
  (r) => {
    const t = jwt(r, { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'ci', 'kubernetes.io/serviceaccount/secret.name': `deployer-token-${r.chars(LOWER + DIGITS, 5)}`, sub: 'system:serviceaccount:ci:deployer' });
    return pos('k8s/kubeconfig-cat', `error: You must be logged in to the server (Unauthorized)\n+ cat $KUBECONFIG\nusers:\n- name: deployer\n  user:\n    token: ${t}\ncontexts:\n- context: {cluster: prod-eu, user: deployer}`, cred('k8s-sa-token', t));
  },
  (r) => {
    const pw = r.urlPassword(18);
    return pos('helm/ci-set', `[Pipeline] sh\n+ helm upgrade --install orders ./charts/orders -n orders --set image.tag=1.14.${r.int(0, 40)} --set postgresql.auth.password=${pw} --wait\nError: UPGRADE FAILED: context deadline exceeded\n[Pipeline] End of Pipeline`, cred('helm-set-password', pw));
  },
  (r) => {
    const t = `hvs.${r.chars(B62 + '-_', 24)}`;
    return pos('vault/ci-env', `Error making API request.\n\nURL: GET https://vault.acme.internal:8200/v1/kv/data/payments\nCode: 403. Errors:\n\n* permission denied\n+ printenv | sort | grep VAULT\nVAULT_ADDR=https://vault.acme.internal:8200\nVAULT_TOKEN=${t}`, cred('vault-token', t));
  },
  (r) => {
    const t = `${r.b62(14)}.atlasv1.${r.b62(67)}`;
    return pos('terraform/terraformrc', `│ Error: Failed to read organization "acme" at host app.terraform.io\n│ The "remote" backend encountered an unexpected error: unauthorized\n$ cat ~/.terraformrc\ncredentials "app.terraform.io" {\n  token = "${t}"\n}`, cred('terraform-cloud-token', t));
  },
  (r) => {
    const t = `npm_${r.b62(36)}`;
    return pos('npm/docker-build', `#11 [build 4/9] RUN echo "//registry.npmjs.org/:_authToken=${t}" > .npmrc && npm ci\n#11 2.114 npm ERR! code E401\n#11 2.115 npm ERR! Unable to authenticate, your authentication token seems to be invalid.`, cred('npm-token', t));
  },
  (r) => {
    const t = `glsa_${r.b62(32)}_${r.hex(8)}`;
    return pos('grafana/provisioning', `logger=plugin.grafana-image-renderer level=error msg="Rendering failed" error="401 Unauthorized"\n  renderer: url=http://renderer:8081/render callback_url=http://grafana:3000/ auth_token=${t}`, cred('grafana-sa-token', t));
  },
  (r) => {
    const k = `NRAK-${r.chars(UPPER + DIGITS, 27)}`;
    return pos('newrelic/graphql-curl', `+ curl -s https://api.eu.newrelic.com/graphql -H 'Content-Type: application/json' -H 'API-Key: ${k}' -d '{"query":"{ actor { user { name } } }"}'\n{"errors":[{"message":"Invalid API key"}]}`, cred('newrelic-user-key', k));
  },
  (r) => {
    const t = Buffer.from(JSON.stringify({ api_address: 'https://app.neptune.ai', api_url: 'https://app.neptune.ai', api_key: r.uuid() })).toString('base64');
    return pos('neptune/run-init', `neptune.exceptions.NeptuneInvalidApiTokenException:\n----NeptuneInvalidApiTokenException------------------------------------\nThe provided API token is invalid.\nMake sure you copied and provided your API token correctly.\n[train.py] neptune.init_run(project="acme/churn", api_token="${t}")`, cred('neptune-api-token', t));
  },
  (r) => {
    const k = r.hex(32);
    return pos('tecton/feature-repo', `tecton.TectonValidationError: Unauthorized: The API key provided is invalid or expired.\n  tecton login acme.tecton.ai\n  export TECTON_API_KEY=${k}\n  tecton apply --workspace prod`, cred('tecton-api-key', k));
  },
  (r) => {
    const pw = r.password(16);
    return pos('feast/feature-store-yaml', `feast.errors.FeastProviderLoginError: Redis connection refused\n--- feature_store.yaml ---\nproject: churn\nprovider: gcp\nonline_store:\n  type: redis\n  connection_string: "redis-feast.acme.internal:6379,ssl=true,password=${pw}"\nentity_key_serialization_version: 2`, cred('feast-redis-password', pw));
  },
  (r) => {
    const s = r.hex(32);
    return pos('amplitude/export-curl', `+ curl -u ${r.hex(32)}:${s} 'https://analytics.eu.amplitude.com/api/2/export?start=20261101T00&end=20261101T23' -o export.zip\ncurl: (22) The requested URL returned error: 403`, cred('amplitude-secret-key', s));
  },
  (r) => {
    const k = r.uuid();
    return pos('braze/json-error', `{"level":50,"time":${r.int(1700000000, 1790000000)}${r.digits(3)},"msg":"braze users/track failed","err":{"type":"HTTPError","message":"401 Unauthorized"},"req":{"url":"https://rest.fra-02.braze.eu/users/track","headers":{"Content-Type":"application/json","Authorization":"Bearer ${k}"}}}`, cred('braze-rest-key', k));
  },
  (r) => {
    const t = `r8_${r.chars(B62, 37)}`;
    return pos('replicate/node', `ApiError: Request to https://api.replicate.com/v1/predictions failed with status 401 Unauthorized: {"title":"Invalid token","detail":"The token you provided is invalid.","status":401}.\n    at Replicate.request (/app/node_modules/replicate/index.js:283:13)\n  replicate = new Replicate({ auth: "${t}" })`, cred('replicate-token', t));
  },
  (r) => {
    const k = `dckr_pat_${r.chars(B64URL, 27)}`;
    return pos('dockerhub/jenkins', `[Pipeline] withEnv\n+ docker login -u acmeci --password ${k}\nWARNING! Using --password via the CLI is insecure.\nunauthorized: incorrect username or password`, cred('dockerhub-pat', k));
  },
];
