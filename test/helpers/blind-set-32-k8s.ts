import { cr, pe, svc, host, type Tpl32 } from './blind-set-32-kit';
import { basicB64, ghToken, k8sSaToken, privateKeyPem, vendorToken } from './blind-set-32-creds';
import { certPem, opensshEd25519 } from './blind-set-32-pem';
import { email, person } from './blind-set-32-people';

const b64 = (s: string) => Buffer.from(s).toString('base64');

/** Kubernetes manifests, kubeconfigs, Helm, ArgoCD/Flux and kubectl output. */
export const K8S_TEMPLATES: Record<string, Tpl32> = {
  'secret-data-b64': (r) => {
    const pw = b64(r.password(20));
    const api = b64(vendorToken(r, 'stripe-secret-key'));
    const jwtKey = b64(r.hex(64));
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${svc(r)}-secrets\n  namespace: ${r.pick(['prod', 'payments', 'default'])}\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: ""\ntype: Opaque\ndata:\n  DB_PASSWORD: ${pw}\n  STRIPE_SECRET_KEY: ${api}\n  JWT_SIGNING_KEY: ${jwtKey}\n  LOG_LEVEL: ${b64('info')}`;
    return { text, values: [cr(pw, 'k8s-secret-b64'), cr(api, 'k8s-secret-b64'), cr(jwtKey, 'k8s-secret-b64')] };
  },
  'secret-stringdata': (r) => {
    const pw = r.urlPassword(18);
    const rp = r.password(16);
    const sk = vendorToken(r, 'stripe-secret-key');
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${svc(r)}-env\ntype: Opaque\nstringData:\n  DATABASE_URL: "postgresql://app_user:${pw}@${host(r, 'pg')}:5432/${svc(r).replace(/-/g, '_')}?sslmode=require"\n  REDIS_PASSWORD: '${rp}'\n  STRIPE_API_KEY: ${sk}\n---\nThe Secret "${svc(r)}-env" is invalid: metadata.name: Invalid value`;
    return { text, values: [cr(pw, 'db-password'), cr(rp, 'redis-password'), cr(sk, 'stripe-key')] };
  },
  'kubeconfig-client-key': (r) => {
    const key = b64(privateKeyPem(r, r.pick(['ec', 'rsa'])));
    const a = person(r);
    const e = email(r, a, 'work');
    const tok = k8sSaToken(r, r.pick(['ci', 'argocd', 'kube-system']), r.pick(['deployer', 'gitlab-runner', 'argocd-manager']));
    const text = `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${b64(certPem(r))}\n    server: https://${r.hex(32).toUpperCase()}.gr7.${r.pick(['eu-west-1', 'us-east-1'])}.eks.amazonaws.com\n  name: prod\ncontexts:\n- context: {cluster: prod, user: ${e}}\n  name: prod\ncurrent-context: prod\nusers:\n- name: ${e}\n  user:\n    client-key-data: ${key}\n- name: ci-deployer\n  user:\n    token: ${tok}`;
    return { text, values: [pe(e, 'kube-user-email'), cr(key, 'kube-client-key'), cr(tok, 'k8s-sa-token')] };
  },
  'helm-set-cli': (r) => {
    const pg = r.password(18);
    const smtp = r.password(14);
    const dsn = vendorToken(r, 'sentry-dsn-key');
    const text = `+ helm upgrade --install ${svc(r)} ./charts/${svc(r)} -n prod --atomic --timeout 5m --set image.tag=${r.sha().slice(0, 8)} --set postgresql.auth.password='${pg}' --set smtp.password=${smtp} --set sentry.dsn=https://${dsn}@o${r.int(10000, 99999)}.ingest.sentry.io/${r.int(100000, 999999)}\nError: UPGRADE FAILED: release ${svc(r)} failed, and has been rolled back due to atomic being set: timed out waiting for the condition`;
    return { text, values: [cr(pg, 'db-password'), cr(smtp, 'smtp-password'), cr(dsn, 'sentry-dsn-key')] };
  },
  'helm-values-file': (r) => {
    const admin = r.password(16);
    const a = person(r);
    const e = email(r, a, 'work');
    const redis = r.password(20);
    const gf = vendorToken(r, 'opsgenie-api-key');
    const text = `# values-prod.yaml\ngrafana:\n  adminUser: admin\n  adminPassword: "${admin}"\n  grafana.ini:\n    smtp:\n      from_address: "${e}"\n      from_name: "${a.full}"\nredis:\n  auth:\n    enabled: true\n    password: ${redis}\nalertmanager:\n  config:\n    receivers:\n      - name: opsgenie\n        opsgenie_configs:\n          - api_key: ${gf}`;
    return { text, values: [cr(admin, 'admin-password'), pe(e, 'smtp-sender-email'), pe(a.full, 'smtp-sender-name'), cr(redis, 'redis-password'), cr(gf, 'opsgenie-key')] };
  },
  'kubectl-describe-pod': (r) => {
    const pw = r.password(18);
    const dd = vendorToken(r, 'datadog-api-key');
    const tw = vendorToken(r, 'twilio-auth-token');
    const name = `${svc(r)}-${r.hex(10)}-${r.chars('bcdfghjklmnpqrstvwxz2456789', 5)}`;
    const text = `Name:             ${name}\nNamespace:        prod\nStatus:           Running\nContainers:\n  app:\n    Image:          ghcr.io/acme/${svc(r)}@sha256:${r.hex(64)}\n    State:          Waiting\n      Reason:       CrashLoopBackOff\n    Environment:\n      NODE_ENV:             production\n      PGPASSWORD:           ${pw}\n      DD_API_KEY:           ${dd}\n      TWILIO_AUTH_TOKEN:    ${tw}\n      POD_IP:                (v1:status.podIP)\nEvents:\n  Warning  BackOff  ${r.int(1, 59)}s (x${r.int(2, 40)} over ${r.int(2, 20)}m)  kubelet  Back-off restarting failed container app`;
    return { text, values: [cr(pw, 'db-password'), cr(dd, 'datadog-api-key'), cr(tw, 'twilio-token')] };
  },
  'argocd-repo-secret': (r) => {
    const gh = ghToken(r, 'ghp');
    const key = opensshEd25519(r, r.pick(['argocd', 'deploy-key', 'flux']));
    const indented = key.split('\n').map((l) => `    ${l}`).join('\n');
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: repo-${r.hex(6)}\n  namespace: argocd\n  labels:\n    argocd.argoproj.io/secret-type: repository\nstringData:\n  url: https://github.com/${r.pick(['acme', 'northwind'])}/gitops.git\n  username: not-used\n  password: ${gh}\n  sshPrivateKey: |\n${indented}`;
    return { text, values: [cr(gh, 'github-token'), cr(indented.trimStart(), 'ssh-private-key')] };
  },
  'kubeadm-join': (r) => {
    const tok = vendorToken(r, 'k8s-bootstrap-token');
    const ck = r.hex(64);
    const text = `You can now join any number of control-plane nodes by running the following command on each as root:\n\n  kubeadm join ${r.ip()}:6443 --token ${tok} \\\n\t--discovery-token-ca-cert-hash sha256:${r.hex(64)} \\\n\t--control-plane --certificate-key ${ck}\n\n[preflight] Running pre-flight checks\nerror execution phase preflight: couldn't validate the identity of the API Server: could not find a JWS signature in the cluster-info ConfigMap for token ID "${tok.slice(0, 6)}"`;
    return { text, values: [cr(tok, 'k8s-bootstrap-token'), cr(ck, 'kubeadm-certificate-key')] };
  },
  'docker-registry-secret': (r) => {
    const user = r.pick(['robot$ci', 'deployer', 'AWS']);
    const pw = r.password(22);
    const auth = basicB64(user, pw);
    const a = person(r);
    const e = email(r, a, 'work');
    const text = `+ kubectl create secret docker-registry regcred --docker-server=harbor.${r.pick(['acme.corp', 'bluepeak.net'])} --docker-username='${user}' --docker-password='${pw}' --docker-email=${e} --dry-run=client -o yaml\napiVersion: v1\ndata:\n  .dockerconfigjson: ${b64(JSON.stringify({ auths: { 'harbor.acme.corp': { username: user, password: '<see above>', auth } } }))}\nkind: Secret\n# decoded auth: ${auth}`;
    return { text, values: [cr(pw, 'registry-password'), pe(e, 'registry-user-email'), cr(auth, 'docker-auth-b64')] };
  },
  'flux-bootstrap': (r) => {
    const gh = ghToken(r, 'ghp');
    const a = person(r);
    const e = email(r, a, 'work');
    const text = `$ export GITHUB_TOKEN=${gh}\n$ flux bootstrap github --owner=${r.pick(['acme', 'northwind'])} --repository=fleet-infra --branch=main --path=clusters/prod --author-name="${a.full}" --author-email=${e} --personal=false\n► connecting to github.com\n✗ failed to get Git repository "https://github.com/acme/fleet-infra": provider error: GET https://api.github.com/repos/acme/fleet-infra: 401 Bad credentials []`;
    return { text, values: [cr(gh, 'github-token'), pe(a.full, 'commit-author-name'), pe(e, 'commit-author-email')] };
  },
  'kubectl-logs-init': (r) => {
    const mq = r.urlPassword(16);
    const mongo = r.urlPassword(20);
    const text = `$ kubectl logs -n prod deploy/${svc(r)} -c migrate --previous\n${r.iso()} INFO  connecting to amqp://svc_${svc(r).replace(/-/g, '_')}:${mq}@${host(r, 'mq')}:5672/prod\n${r.iso()} INFO  connecting to mongodb+srv://root:${mongo}@cluster0.${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/?retryWrites=true&w=majority\n${r.iso()} ERROR MongoServerSelectionError: connection <monitor> to ${r.ip()}:27017 closed\n    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:${r.int(200, 400)}:38)`;
    return { text, values: [cr(mq, 'amqp-password'), cr(mongo, 'mongodb-password')] };
  },
};
