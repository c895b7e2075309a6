import { cr, pe, svc, host, repo, jsonEsc, type Tpl32 } from './blind-set-32-kit';
import { grafanaCloud, grafanaSa, sentryOrgToken, slackBot, slackWebhook, vaultToken, vendorToken } from './blind-set-32-creds';
import { opensshEd25519, sshEd25519Pub } from './blind-set-32-pem';
import { email, person } from './blind-set-32-people';

/** Vault/Consul/Nomad, SSH deploy keys, migration tools and monitoring agent configs. */
export const OPS_TEMPLATES: Record<string, Tpl32> = {
  'vault-login-kv': (r) => {
    const t = vaultToken(r, r.pick(['hvs', 'hvs-long']));
    const pw = r.password(20);
    const api = vendorToken(r, 'stripe-secret-key');
    const text = `$ vault login -method=oidc role=${r.pick(['ops', 'deployer'])}\nSuccess! You are now authenticated.\n\nKey                  Value\n---                  -----\ntoken                ${t}\ntoken_accessor       ${r.b62(24)}\ntoken_duration       8h\ntoken_policies       ["default" "ops"]\n$ vault kv get -mount=secret ${svc(r)}/prod\n====== Data ======\nKey            Value\n---            -----\ndb_password    ${pw}\nstripe_key     ${api}\nError writing data to secret/data/${svc(r)}/prod: Code: 403. Errors: * permission denied`;
    return { text, values: [cr(t, 'vault-token'), cr(pw, 'db-password'), cr(api, 'stripe-key')] };
  },
  'vault-approle': (r) => {
    const sid = r.uuid();
    const ct = vaultToken(r, r.pick(['hvs', 'hvb', 's']));
    const text = `+ curl -s --request POST --data '{"role_id":"${r.uuid()}","secret_id":"${sid}"}' https://${host(r, 'vault')}:8200/v1/auth/approle/login\n{"request_id":"${r.uuid()}","lease_id":"","renewable":false,"lease_duration":0,"data":null,"wrap_info":null,"warnings":null,"auth":{"client_token":"${ct}","accessor":"${r.b62(24)}","policies":["default","ci"],"token_policies":["default","ci"],"metadata":{"role_name":"ci"},"lease_duration":2764800,"renewable":true,"entity_id":"${r.uuid()}","token_type":"service","orphan":true}}\n+ vault kv put secret/${svc(r)} foo=bar\nError making API request. Code: 403. Errors: * 1 error occurred: * permission denied`;
    return { text, values: [cr(sid, 'vault-secret-id'), cr(ct, 'vault-token')] };
  },
  'consul-nomad-tokens': (r) => {
    const c = vendorToken(r, 'consul-token');
    const n = vendorToken(r, 'nomad-token');
    const text = `+ curl -sf -H "X-Consul-Token: ${c}" http://${host(r, 'consul')}:8500/v1/kv/config/${svc(r)}?raw\ncurl: (22) The requested URL returned error: 403\n+ NOMAD_ADDR=https://${host(r, 'nomad')}:4646 NOMAD_TOKEN=${n} nomad job run deploy/${svc(r)}.nomad.hcl\nError getting job struct: Error getting jobfile from "deploy/${svc(r)}.nomad.hcl": ACL token not found`;
    return { text, values: [cr(c, 'consul-token'), cr(n, 'nomad-token')] };
  },
  'ssh-deploy-key-echo': (r) => {
    const a = person(r);
    const e = email(r, a, 'work');
    const key = opensshEd25519(r, e);
    const text = `+ mkdir -p ~/.ssh && echo "$DEPLOY_KEY" > ~/.ssh/id_ed25519\n+ cat ~/.ssh/id_ed25519   # debugging permissions\n${key}\n+ ssh-keygen -y -f ~/.ssh/id_ed25519\n${sshEd25519Pub(r, e)}\n+ git clone git@github.com:${repo(r)}.git\ngit@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.`;
    return { text, values: [cr(key, 'ssh-private-key'), pe(e, 'key-owner-email')] };
  },
  'flyway-liquibase': (r) => {
    const p1 = r.password(16);
    const p2 = r.password(18);
    const text = `+ flyway -url=jdbc:postgresql://${host(r, 'pg')}:5432/${svc(r).replace(/-/g, '_')} -user=flyway -password=${p1} migrate\nFlyway Community Edition 10.${r.int(0, 20)}.0 by Redgate\nERROR: Unable to obtain connection from database: FATAL: password authentication failed for user "flyway"\n+ cat liquibase.properties\nchangeLogFile=db/changelog/db.changelog-master.yaml\nurl=jdbc:mysql://${host(r, 'mysql')}:3306/${svc(r).replace(/-/g, '_')}\nusername=liquibase\npassword=${p2}\nUnexpected error running Liquibase: Access denied for user 'liquibase'@'${r.ip()}'`;
    return { text, values: [cr(p1, 'db-password'), cr(p2, 'db-password')] };
  },
  'prisma-alembic': (r) => {
    const p1 = r.urlPassword(18);
    const p2 = r.urlPassword(16);
    const text = `Environment variables loaded from .env\nPrisma schema loaded from prisma/schema.prisma\nDatasource "db": PostgreSQL database "${svc(r).replace(/-/g, '_')}", schema "public" at "${host(r, 'pg')}:5432"\nError: P1000: Authentication failed against database server, the provided database credentials for \`app\` are not valid.\n  DATABASE_URL="postgresql://app:${p1}@${host(r, 'pg')}:5432/${svc(r).replace(/-/g, '_')}?schema=public"\n---\n$ alembic upgrade head\nsqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (1045, "Access denied for user 'migrator'@'${r.ip()}' (using password: YES)")\n[SQL: SELECT 1] (alembic.ini sqlalchemy.url = mysql+pymysql://migrator:${p2}@${host(r, 'mysql')}/${svc(r).replace(/-/g, '_')})`;
    return { text, values: [cr(p1, 'db-password'), cr(p2, 'db-password')] };
  },
  'datadog-newrelic-agents': (r) => {
    const dd = vendorToken(r, 'datadog-api-key');
    const nr = vendorToken(r, 'newrelic-license-key');
    const nu = vendorToken(r, 'newrelic-user-key');
    const text = `==> /etc/datadog-agent/datadog.yaml <==\napi_key: ${dd}\nsite: datadoghq.eu\nlogs_enabled: true\n==> /etc/newrelic-infra.yml <==\nlicense_key: ${nr}\ndisplay_name: ${host(r, 'app')}\n==> deploy-marker.sh <==\ncurl -X POST https://api.newrelic.com/graphql -H 'API-Key: ${nu}' -d '{"query":"mutation { changeTrackingCreateDeployment(...) }"}'\n${r.iso()} | CORE | ERROR | (pkg/forwarder/transaction/transaction.go:${r.int(300, 450)} in internalProcess) | API Key invalid, dropping transaction for https://${r.int(7, 7)}-${r.int(10, 60)}-0-app.agent.datadoghq.eu/api/v2/series`;
    return { text, values: [cr(dd, 'datadog-api-key'), cr(nr, 'newrelic-license-key'), cr(nu, 'newrelic-user-key')] };
  },
  'sentry-grafana': (r) => {
    const dsn = vendorToken(r, 'sentry-dsn-key');
    const org = r.pick(['acme', 'northwind', 'bluepeak']);
    const st = sentryOrgToken(r, org);
    const gs = grafanaSa(r);
    const gc = grafanaCloud(r);
    const text = `SENTRY_DSN=https://${dsn}@o${r.int(100000, 9999999)}.ingest.${r.pick(['', 'us.', 'de.'])}sentry.io/${r.int(1000000, 9999999)}\nSENTRY_AUTH_TOKEN=${st}\n+ npx @sentry/cli releases new ${svc(r)}@${r.sha().slice(0, 7)} --org ${org}\nerror: API request failed\n  caused by: sentry reported an error: Invalid token (http status: 401)\n+ curl -H "Authorization: Bearer ${gs}" https://grafana.${org}.net/api/annotations -d @annotation.json\n+ alloy run --stability.level=generally-available config.alloy  # GCLOUD_RW_API_KEY=${gc}\n{"message":"invalid API key"}`;
    return { text, values: [cr(dsn, 'sentry-dsn-key'), cr(st, 'sentry-token'), cr(gs, 'grafana-token'), cr(gc, 'grafana-cloud-token')] };
  },
  'alertmanager-receivers': (r) => {
    const pd = vendorToken(r, 'pagerduty-routing-key');
    const og = vendorToken(r, 'opsgenie-api-key');
    const wh = slackWebhook(r);
    const a = person(r);
    const e = email(r, a, 'work');
    const text = `global:\n  resolve_timeout: 5m\n  slack_api_url: '${wh}'\nreceivers:\n  - name: pagerduty-critical\n    pagerduty_configs:\n      - routing_key: ${pd}\n  - name: opsgenie\n    opsgenie_configs:\n      - api_key: ${og}\n        responders:\n          - username: ${e}\n            type: user\nlevel=error component=configuration msg="Loading configuration file failed" err="yaml: unmarshal errors: line ${r.int(20, 80)}: field routing_keys not found"`;
    return { text, values: [cr(wh, 'slack-webhook'), cr(pd, 'pagerduty-routing-key'), cr(og, 'opsgenie-key'), pe(e, 'responder-email')] };
  },
  'slack-notify-step': (r) => {
    const wh = slackWebhook(r);
    const bt = slackBot(r);
    const a = person(r);
    const payload = JSON.stringify({ text: `:rotating_light: Deploy of ${svc(r)} failed, triggered by ${a.full}` });
    const text = `+ curl -X POST -H 'Content-type: application/json' --data '${payload}' ${wh}\ninvalid_token\n+ curl -s -F channel=C0${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)} -F text="failed" -H "Authorization: Bearer ${bt}" https://slack.com/api/chat.postMessage\n{"ok":false,"error":"invalid_auth"}`;
    return { text, values: [cr(wh, 'slack-webhook'), pe(a.full, 'deployer-name'), cr(bt, 'slack-token')] };
  },
  'codecov-sonar-snyk': (r) => {
    const cc = vendorToken(r, 'codecov-token');
    const sq = vendorToken(r, 'sonar-token');
    const sn = vendorToken(r, 'snyk-token');
    const text = `[${r.iso()}] ['info'] Uploading to codecov with token=${cc}\n[${r.iso()}] ['error'] There was an error running the uploader: Error uploading to https://codecov.io: Error: There was an error fetching the storage URL during POST: 401 - {"detail":"Invalid token."}\n+ sonar-scanner -Dsonar.projectKey=${svc(r)} -Dsonar.host.url=https://sonar.${r.pick(['acme.corp', 'bluepeak.net'])} -Dsonar.token=${sq}\nERROR: Not authorized. Analyzing this project requires authentication.\n+ SNYK_TOKEN=${sn} snyk test --severity-threshold=high\nAuthentication error (SNYK-0005)`;
    return { text, values: [cr(cc, 'codecov-token'), cr(sq, 'sonar-token'), cr(sn, 'snyk-token')] };
  },
  'doppler-gitlab-runner': (r) => {
    const dp = vendorToken(r, 'doppler-token');
    const rr = vendorToken(r, 'gitlab-runner-reg');
    const text = `+ doppler secrets download --no-file --format env --token ${dp}\nDoppler Error: Invalid Service token\n+ gitlab-runner register --non-interactive --url https://gitlab.${r.pick(['acme.corp', 'bluepeak.net'])}/ --registration-token ${rr} --executor docker --docker-image alpine:3.20\nERROR: Registering runner... forbidden (check registration token)  runner=${rr.slice(0, 8)}\nPANIC: Failed to register the runner.`;
    return { text, values: [cr(dp, 'doppler-token'), cr(rr, 'gitlab-runner-token')] };
  },
  'escaped-env-in-json-event': (r) => {
    const pw = r.password(18);
    const dd = vendorToken(r, 'datadog-app-key');
    const a = person(r);
    const e = email(r, a, 'work');
    const env = `DB_PASS=${pw}\nDD_APP_KEY=${dd}\nOWNER=${e}`;
    const text = `{"alert":"Deployment ${svc(r)} failed","tags":["env:prod"],"body":"${jsonEsc(`container env:\n${env}`)}"}`;
    return { text, values: [cr(pw, 'db-password'), cr(dd, 'datadog-app-key'), pe(e, 'owner-email')] };
  },
};

