import { type BenignTemplate } from './benign-logs-fp28-a';

/** Config files whose secret-named keys hold switches, names, label keys, fetch options and file references. */
export const TEMPLATES_J: BenignTemplate[] = [
  { name: 'ini-sections', make: (r) => `[auth]\nmethod = oidc\nprovider = okta\n[token]\nlifetime = ${r.int(60, 86400)}\naudience = api\n[secret]\nbackend = vault\nmount = kv-v2` },
  { name: 'yaml-auth-blocks', make: (r) => `auth:\n  enabled: true\n  type: jwt\nsecret:\n  name: db-creds-${r.hex(4)}\n  namespace: prod\ntls:\n  secretName: api-tls\nimagePullSecrets:\n  - name: regcred\noauth:\n  clientId: web-app\n  scopes: [openid, email]` },
  { name: 'fetch-credentials', make: (r) => `fetch("/api/v1/session", { method: "POST", credentials: "include", headers: { "X-Request-Id": "${r.uuid()}" } }); axios.defaults.withCredentials = true; const auth = { type: "bearer" };` },
  { name: 'tf-variables', make: (r) => `variable "db_password" {\n  type      = string\n  sensitive = true\n}\nresource "aws_instance" "bastion" {\n  key_name = "ops-${r.int(1, 9)}"\n  connection { private_key = file("~/.ssh/id_ed25519") }\n}` },
  { name: 'k8s-selectors', make: (r) => `affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      nodeSelectorTerms:\n      - matchExpressions:\n        - key: topology.kubernetes.io/zone\n          operator: In\n          values: [eu-west-1${r.pick(['a', 'b', 'c'])}]\n        - key: app.kubernetes.io/name\n          operator: NotIn` },
  { name: 'routes-login', make: (r) => `routes: {"login": "/login", "logout": "/logout", "login_url": "https://sso.acme.io/login?next=%2Fdashboard", "token_endpoint": "/oauth/token", "auth_request": "/auth", "build": ${r.int(100, 999)}}` },
];
