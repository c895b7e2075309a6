import { camel, dotted, kebab, pascal, snake, svc, tail, type Ctx57, type Provider57 } from './blind-set-57-ctx';
import type { Place57 } from './blind-set-57-place-a';

const L = (name: string, make: (c: Ctx57, p: Provider57) => string): Place57 => ({ name, make });
const urlSafe = (v: string): boolean => /^[A-Za-z0-9._~-]+$/.test(v);

/** Placements in config files, infrastructure code, command lines, HTTP and logs. */
export const PLACE_CFG: readonly Place57[] = [
  L('dotenv', (c, p) => `# ${svc(p)}\n${p.env}=${c.secret(p)}\nLOG_LEVEL=info`),
  L('dotenv-quoted', (c, p) => `${p.env}='${c.secret(p)}'`),
  L('yaml-nested', (c, p) => `${svc(p)}:\n  enabled: true\n  ${kebab(tail(p.env).toUpperCase())}: ${c.secret(p)}\n  timeout: 30s`),
  L('yaml-quoted', (c, p) => `integrations:\n  - name: ${svc(p)}\n    ${camel(tail(p.env).toUpperCase())}: "${c.secret(p)}"`),
  L('toml', (c, p) => `[${svc(p)}]\n${snake(tail(p.env).toUpperCase())} = "${c.secret(p)}"\nendpoint = "https://api.${svc(p)}.com"`),
  L('ini', (c, p) => `[${svc(p)}]\n${snake(tail(p.env).toUpperCase())}=${c.secret(p)}\nverify_ssl=true`),
  L('properties', (c, p) => `# ${svc(p)} integration\n${dotted(p.env)}=${c.secret(p)}\n${svc(p)}.connect-timeout=5000`),
  L('properties-colon', (c, p) => `${svc(p)}.${camel(tail(p.env).toUpperCase())}: ${c.secret(p)}`),
  L('json-flat', (c, p) => `{"${camel(p.env)}":"${c.secret(p)}","debug":false}`),
  L('json-nested', (c, p) => JSON.stringify({ integrations: { [svc(p)]: { [camel(tail(p.env).toUpperCase())]: c.secret(p), enabled: true } } }, null, 2)),
  L('appsettings', (c, p) => JSON.stringify({ Logging: { LogLevel: { Default: 'Information' } }, [pascal(svc(p).toUpperCase())]: { [pascal(tail(p.env).toUpperCase())]: c.secret(p) } }, null, 2)),
  L('xml-appsettings', (c, p) => `<appSettings>\n  <add key="${pascal(p.env)}" value="${c.secret(p)}" />\n</appSettings>`),
  L('xml-element', (c, p) => `<${camel(svc(p).toUpperCase())}>\n  <${camel(tail(p.env).toUpperCase())}>${c.secret(p)}</${camel(tail(p.env).toUpperCase())}>\n</${camel(svc(p).toUpperCase())}>`),
  L('cli-flag-eq', (c, p) => `$ ${svc(p)} configure --${kebab(tail(p.env).toUpperCase())}=${c.secret(p)} --profile prod`),
  L('cli-flag-space', (c, p) => `${svc(p)}-cli login --token ${c.secret(p)} --non-interactive`),
  L('curl-bearer', (c, p) => `curl -sS -X GET "https://api.${svc(p)}.com/v1/account" \\\n  -H "Authorization: Bearer ${c.secret(p)}" \\\n  -H "Accept: application/json"`),
  L('curl-header-key', (c, p) => `curl https://api.${svc(p)}.com/v2/status -H 'X-Api-Key: ${c.secret(p)}'`),
  L('http-header-raw', (c, p) => `GET /v1/projects HTTP/1.1\r\nHost: api.${svc(p)}.com\r\nUser-Agent: herald/1.4\r\nAuthorization: ${c.r.pick(['Bearer', 'Token', 'token', 'ApiKey', 'Key'])} ${c.secret(p)}\r\n\r\n`),
  L('url-query', (c, p) => {
    const v = c.secret(p);
    return urlSafe(v) ? `GET https://api.${svc(p)}.com/v2/items?${snake(tail(p.env).toUpperCase())}=${v}&limit=50 -> 200` : `POST https://api.${svc(p)}.com/v2/items headers={"x-${kebab(tail(p.env).toUpperCase())}": "${v}"} -> 200`;
  }),
  L('terraform-var', (c, p) => `variable "${snake(p.env)}" {\n  type      = string\n  default   = "${c.secret(p)}"\n  sensitive = true\n}`),
  L('terraform-provider', (c, p) => `provider "${svc(p)}" {\n  ${snake(tail(p.env).toUpperCase())} = "${c.secret(p)}"\n}`),
  L('tfvars', (c, p) => `${snake(p.env)} = "${c.secret(p)}"`),
  L('dockerfile-env', (c, p) => `FROM node:20-alpine\nWORKDIR /app\nENV ${p.env}=${c.secret(p)}\nRUN npm ci --omit=dev`),
  L('dockerfile-arg', (c, p) => `ARG ${p.env}="${c.secret(p)}"\nRUN echo "building with ${svc(p)}"`),
  L('k8s-secret-stringdata', (c, p) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${svc(p)}-credentials\ntype: Opaque\nstringData:\n  ${p.env}: ${c.secret(p)}`),
  L('k8s-env-value', (c, p) => `      containers:\n        - name: worker\n          env:\n            - name: ${p.env}\n              value: "${c.secret(p)}"`),
  L('gha-env', (c, p) => `jobs:\n  release:\n    runs-on: ubuntu-latest\n    env:\n      ${p.env}: ${c.secret(p)}\n    steps:\n      - uses: actions/checkout@v4`),
  L('compose-env', (c, p) => `services:\n  api:\n    image: ghcr.io/acme/api:1.9.2\n    environment:\n      - ${p.env}=${c.secret(p)}`),
  L('helm-set', (c, p) => `helm upgrade --install ${svc(p)}-exporter charts/exporter --set ${camel(svc(p).toUpperCase())}.${camel(tail(p.env).toUpperCase())}=${c.secret(p)} -n monitoring`),
  L('jupyter-cell', (c, p) => JSON.stringify({ cell_type: 'code', metadata: {}, source: ['import os\n', `os.environ["${p.env}"] = "${c.secret(p)}"\n`] }, null, 1)),
  L('escaped-json', (c, p) => JSON.stringify({ level: 'error', msg: 'config dump', config: JSON.stringify({ [camel(p.env)]: c.secret(p) }) })),
  L('log-kv', (c, p) => `${new Date(Date.UTC(2025, 4, 3, 10, c.r.int(0, 59), c.r.int(0, 59))).toISOString()} WARN  [${svc(p)}-client] 401 Unauthorized; retrying with ${snake(tail(p.env).toUpperCase())}=${c.secret(p)} attempt=2`),
  L('ansible-vars', (c, p) => `- name: configure ${svc(p)}\n  vars:\n    ${snake(p.env)}: "${c.secret(p)}"`),
  L('serverless-env', (c, p) => `provider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    ${p.env}: '${c.secret(p)}'`),
  L('systemd-env', (c, p) => `[Service]\nEnvironment="${p.env}=${c.secret(p)}"\nExecStart=/usr/local/bin/worker`),
  L('nginx-header', (c, p) => `location /upstream/ {\n    proxy_set_header X-${pascal(svc(p).toUpperCase())}-Key "${c.secret(p)}";\n    proxy_pass https://api.${svc(p)}.com/;\n}`),
  L('gitlab-ci-var', (c, p) => `variables:\n  ${p.env}: "${c.secret(p)}"\n  GIT_DEPTH: "10"`),
  L('vault-kv-put', (c, p) => `vault kv put secret/${svc(p)} ${snake(tail(p.env).toUpperCase())}=${c.secret(p)}`),
  L('sql-insert-config', (c, p) => `INSERT INTO integration_settings (provider, setting, value) VALUES ('${svc(p)}', '${snake(tail(p.env).toUpperCase())}', '${c.secret(p)}');`),
  L('csv-config', (c, p) => `provider,key_name,value\n${svc(p)},${p.env},${c.secret(p)}`),
];
