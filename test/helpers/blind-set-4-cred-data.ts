import type { Positive4 } from './blind-set-4-types';

/** Credentials in structured logs (nested, escaped, double-encoded JSON), SQL and CI/CD output. */
export const CRED_DATA: Record<string, Positive4> = {
  jsonNestedPlaid: (g) => {
    const tok = g.t.plaid();
    const text = `{"ts":"2026-12-03T14:02:33.120Z","level":"error","svc":"payouts","err":{"msg":"item/get failed","code":"ITEM_LOGIN_REQUIRED","req":{"client_id":"${g.t.hex(24)}","access_token":"${tok}"}}}`;
    return { text, values: [tok] };
  },
  doubleEncodedSlackHook: (g) => {
    const url = g.t.slackHook();
    const secret = url.slice('https://hooks.slack.com/services/'.length);
    const text = `{"@timestamp":"2026-12-03T13:40:09Z","message":"{\\"event\\":\\"notifier_configured\\",\\"channel\\":\\"#deploys\\",\\"url\\":\\"${url}\\"}","logger":"notify"}`;
    return { text, values: [secret] };
  },
  escapedStsResponse: (g) => {
    const k = g.t.aws(true);
    const text = `{"level":"debug","msg":"assume-role response","body":"{\\"Credentials\\":{\\"AccessKeyId\\":\\"${k.id}\\",\\"SecretAccessKey\\":\\"${k.secret}\\",\\"SessionToken\\":\\"${k.session}\\",\\"Expiration\\":\\"2026-12-03T15:00:00Z\\"}}"}`;
    return { text, values: [k.id, k.secret, k.session] };
  },
  jsonPrettyNotion: (g) => {
    const tok = g.t.notion();
    const text = `{\n  "integration": "notion",\n  "settings": {\n    "workspace": "Northwind Ops",\n    "token": "${tok}",\n    "database_id": "${g.t.hex(32)}"\n  }\n}`;
    return { text, values: [tok] };
  },
  ecsHeaderField: (g) => {
    const tok = g.t.googleAccess();
    const text = `{"@timestamp":"2026-12-03T13:01:12.441Z","http.request.method":"GET","url.path":"/drive/v3/files","http.request.headers.authorization":"Bearer ${tok}","http.response.status_code":401}`;
    return { text, values: [tok] };
  },
  oauthTokenResponse: (g) => {
    const access = g.t.googleAccess();
    const refresh = g.t.googleRefresh();
    const text = `DEBUG token exchange ok: {"access_token": "${access}", "expires_in": 3599, "refresh_token": "${refresh}", "scope": "https://www.googleapis.com/auth/drive.readonly", "token_type": "Bearer"}`;
    return { text, values: [access, refresh] };
  },
  azureSasUrl: (g) => {
    const sig = encodeURIComponent(g.r.bytes(32).toString('base64'));
    const text = `2026-12-03 12:30:00 INFO backup: uploading to https://northwindbackups.blob.core.windows.net/nightly/db-2026-12-03.bak?sv=2023-11-03&ss=b&srt=o&sp=rwc&se=2026-12-05T00:00:00Z&st=2026-12-03T00:00:00Z&spr=https&sig=${sig}`;
    return { text, values: [sig] };
  },
  sqlInsertMailgun: (g) => {
    const key = g.t.mailgun();
    const text = `2026-12-03 12:11:40.221 UTC [812] LOG:  execute <unnamed>: INSERT INTO integrations (tenant_id, provider, api_key, created_at) VALUES (4411, 'mailgun', '${key}', now())`;
    return { text, values: [key] };
  },
  sqlUpdatePassword: (g) => {
    const pw = g.humanPassword();
    const text = `# Time: 2026-12-03T12:05:31.882104Z\n# Query_time: 2.104411  Lock_time: 0.000102 Rows_sent: 0  Rows_examined: 1\nUPDATE users SET password = '${pw}', updated_at = NOW() WHERE id = 99812;`;
    return { text, values: [pw] };
  },
  sqlCreateUser: (g) => {
    const pw = g.strongPassword(20);
    const text = `2026-12-03 11:58:02.017 UTC [2231] postgres@analytics LOG:  statement: CREATE ROLE report_ro WITH LOGIN PASSWORD '${pw}' VALID UNTIL '2027-06-30';`;
    return { text, values: [pw] };
  },
  mysqlIdentifiedBy: (g) => {
    const pw = g.humanPassword();
    const text = `2026-12-03T11:50:44.103211Z	   38 Query	ALTER USER 'svc_inventory'@'%' IDENTIFIED BY '${pw}'`;
    return { text, values: [pw] };
  },
  actionsNpmPublish: (g) => {
    const tok = g.t.npm();
    const text = [
      '2026-12-03T11:02:11.1234567Z ##[group]Run npm publish --access public',
      '2026-12-03T11:02:11.1240001Z npm publish --access public',
      '2026-12-03T11:02:11.1241002Z shell: /usr/bin/bash -e {0}',
      '2026-12-03T11:02:11.1242003Z env:',
      `2026-12-03T11:02:11.1243004Z   NODE_AUTH_TOKEN: ${tok}`,
      '2026-12-03T11:02:11.1244005Z ##[endgroup]',
    ].join('\n');
    return { text, values: [tok] };
  },
  gitlabSonarScanner: (g) => {
    const tok = g.t.sonar();
    const text = `$ export SONAR_TOKEN=${tok}\n$ sonar-scanner -Dsonar.host.url=https://sonar.northwind.io -Dsonar.projectKey=checkout -Dsonar.token=${tok}\nINFO: Scanner configuration file: /opt/sonar-scanner/conf/sonar-scanner.properties`;
    return { text, values: [tok] };
  },
  jenkinsAwsConfigure: (g) => {
    const k = g.t.aws();
    const text = `[Pipeline] sh\n+ aws configure set aws_access_key_id ${k.id}\n+ aws configure set aws_secret_access_key ${k.secret}\n+ aws configure set region eu-west-1`;
    return { text, values: [k.id, k.secret] };
  },
  terraformPlanEnv: (g) => {
    const tok = `u+${g.opaque(18, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}`;
    const text = `  # aws_lambda_function.pager_bridge will be updated in-place\n  ~ resource "aws_lambda_function" "pager_bridge" {\n      ~ environment {\n          ~ variables = {\n              ~ "PAGERDUTY_TOKEN" = "${tok}"\n                "LOG_LEVEL"       = "info"\n            }\n        }\n    }`;
    return { text, values: [tok] };
  },
  buildkiteExport: (g) => {
    const tok = g.t.buildkite();
    const text = `~~~ :key: Preparing environment\n$ export BUILDKITE_API_TOKEN="${tok}"\n~~~ Running pipeline upload`;
    return { text, values: [tok] };
  },
  ansibleTaskOutput: (g) => {
    const pw = g.strongPassword(18);
    const text = `TASK [postgres : create application user] *****\nok: [db-01.northwind.internal] => {"changed": false, "user": "app", "password": "${pw}", "role_attr_flags": "LOGIN"}`;
    return { text, values: [pw] };
  },
  buildkitEnvLine: (g) => {
    const tok = g.t.digitalocean();
    const text = `#7 [build 4/9] ENV DIGITALOCEAN_ACCESS_TOKEN=${tok}\n#7 DONE 0.0s\n#8 [build 5/9] RUN doctl registry login`;
    return { text, values: [tok] };
  },
  helmSetFlag: (g) => {
    const pw = g.humanPassword();
    const text = `+ helm upgrade --install grafana grafana/grafana -n monitoring --set persistence.enabled=true --set adminPassword='${pw}' --wait`;
    return { text, values: [pw] };
  },
  sqlCopyDoppler: (g) => {
    const tok = g.t.doppler();
    const text = `ERROR:  duplicate key value violates unique constraint "secrets_pkey"\nDETAIL:  Key (name)=(DOPPLER_TOKEN) already exists.\nSTATEMENT:  INSERT INTO deploy_secrets (name, value) VALUES ('DOPPLER_TOKEN', '${tok}')`;
    return { text, values: [tok] };
  },
  jsonEscapedPulumi: (g) => {
    const tok = g.t.pulumi();
    const text = `{"log":"time=\\"2026-12-03T10:41:22Z\\" level=debug msg=\\"pulumi login\\" PULUMI_ACCESS_TOKEN=${tok}\\n","stream":"stderr","time":"2026-12-03T10:41:22.5541Z"}`;
    return { text, values: [tok] };
  },
  circleciEnvDump: (g) => {
    const hf = g.t.huggingface();
    const pm = g.t.postman();
    const text = `#!/bin/bash -eo pipefail\nenv | sort | grep -E '^(HF|POSTMAN)_'\nHF_TOKEN=${hf}\nPOSTMAN_API_KEY=${pm}\n\nCIRCLE_BUILD_NUM=48812`;
    return { text, values: [hf, pm] };
  },
  argoWorkflowParams: (g) => {
    const sb = g.t.supabase();
    const sg = g.t.sourcegraph();
    const text = `  parameters:\n  - name: supabase-token\n    value: ${sb}\n  - name: src-access-token\n    value: ${sg}\n  - name: region\n    value: eu-central-1`;
    return { text, values: [sb, sg] };
  },
  jsonLogAirtable: (g) => {
    const pat = g.t.airtable();
    const text = `{"time":"2026-12-03T10:12:09Z","level":"INFO","msg":"airtable sync start","base":"app${g.opaque(14)}","auth":"Bearer ${pat}"}`;
    return { text, values: [pat] };
  },
  bitbucketPipelines: (g) => {
    const pw = g.t.bitbucket();
    const text = `+ git push https://northwind-ci:${pw}@bitbucket.org/northwind/mobile-app.git HEAD:release/4.2\nremote: Create pull request for release/4.2:`;
    return { text, values: [pw] };
  },
  azureDevopsPat: (g) => {
    const pat = g.t.azureDevops();
    const text = `##[debug]Evaluating: variables['System.AccessToken']\n##[command]git -c http.extraheader="AUTHORIZATION: basic ${g.b64(`:${pat}`)}" fetch --force --tags --prune origin\nAZURE_DEVOPS_EXT_PAT=${pat}`;
    return { text, values: [pat, g.b64(`:${pat}`)] };
  },
  sqlSlackApp: (g) => {
    const tok = g.t.slackApp();
    const user = g.t.slack('xoxp');
    const text = `SELECT id, team_id FROM slack_installs WHERE app_token = '${tok}' OR user_token = '${user}';`;
    return { text, values: [tok, user] };
  },
  sentryIssueNewRelic: (g) => {
    const key = g.t.newRelicUser();
    const grafana = g.t.grafana();
    const text = `ValueError: invalid observability config\n  File "/app/observability.py", line 31, in setup\n    nr = NerdGraph(api_key="${key}")\n  File "/app/observability.py", line 37, in setup\n    gf = GrafanaApi(url="https://grafana.northwind.io", token="${grafana}")`;
    return { text, values: [key, grafana] };
  },
  dockerfileHistory: (g) => {
    const tok = g.t.docker();
    const text = `IMAGE          CREATED        CREATED BY                                      SIZE\n3f2a9c1d7e44   2 days ago     RUN /bin/sh -c echo ${tok} | docker login -u northwindci --password-stdin   0B`;
    return { text, values: [tok] };
  },
  sfdxOrgDisplay: (g) => {
    const tok = g.t.salesforce();
    const text = `=== Org Description\nKEY              VALUE\n───────────────  ──────────────────────────────\nAccess Token     ${tok}\nAlias            northwind-prod\nApi Version      62.0\nInstance Url     https://northwind.my.salesforce.com`;
    return { text, values: [tok] };
  },
};
