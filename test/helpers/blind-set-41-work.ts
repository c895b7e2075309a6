import * as g from './blind-set-41-gen';
import { C, F, P, type Tpl } from './blind-set-41-gen';
import * as h from './blind-set-41-people';

/** Set 41 positives: work management and docs (Jira, Confluence, Bitbucket, Notion, Airtable, Asana, Monday.com, ClickUp, Linear, Smartsheet, Coda). */
export const workTpls: [string, Tpl][] = [
  ['jira-curl', (r) => {
    const t = g.atlassianToken(r);
    const p = h.person(r);
    const text = `$ curl -s -u ${p.email}:${t} \\\n    -H "Accept: application/json" \\\n    "https://kestrel.atlassian.net/rest/api/3/search?jql=project%3DOPS%20AND%20status%3D%22Waiting%22"\n{"errorMessages":["The value 'OPS' does not exist for the field 'project'."],"warningMessages":[]}`;
    return { text, values: [P(p.email, 'email'), C(t, 'atlassian-api-token')] };
  }],
  ['jira-ticket-comment', (r) => {
    const p = h.person(r);
    const cc = h.card(r);
    const auto = `https://api-private.atlassian.com/automation/webhooks/jira/a/${r.uuid()}/${r.uuid()}`;
    const text = `SUP-${r.int(1000, 9999)} · Customer reply via Jira Service Management e-mail channel\nReporter: ${p.name} <${p.email}>\n\nHello, the payment link from your Calendly booking page didn't work so here are my details: card ${cc}, expiry 0${r.int(1, 9)}/${r.int(26, 30)}. You can reach me on ${p.phone}.\n\n-- \nSent from my iPhone\n[Automation for Jira] rule "Card data detected" fired: POST ${auto}`;
    return { text, values: [C(auto, 'jira-automation-webhook-url'), P(p.name, 'full-name'), P(p.email, 'email'), F(cc, 'card-number'), P(p.phone, 'phone')] };
  }],
  ['confluence-vendor-table', (r) => {
    const rows = [h.person(r), h.person(r)];
    const uk = [`${h.sortCode(r)}`, `${r.int(10000000, 99999999)}`];
    const ib = h.iban(r, true);
    const text = `<table><tbody><tr><th>Vendor</th><th>Contact</th><th>E-mail</th><th>Bank details</th></tr>\n<tr><td>Halvorsen Bau GmbH</td><td>${rows[0]!.name}</td><td>${rows[0]!.email}</td><td>IBAN ${ib}</td></tr>\n<tr><td>Tidewater Legal LLP</td><td>${rows[1]!.name}</td><td>${rows[1]!.email}</td><td>Sort code ${uk[0]} / Acct ${uk[1]}</td></tr></tbody></table>`;
    return { text, values: [P(rows[0]!.name, 'full-name'), P(rows[0]!.email, 'email'), F(ib, 'iban'), P(rows[1]!.name, 'full-name'), P(rows[1]!.email, 'email'), F(uk[0]!, 'uk-sort-code'), F(uk[1]!, 'bank-account')] };
  }],
  ['bitbucket-pipelines', (r) => {
    const ap = g.bitbucketAppPw(r);
    const rt = g.bitbucketRepoToken(r);
    const user = r.pick(['kestrel-ci', 'deploybot', 'mhaddad']);
    const text = `# bitbucket-pipelines.yml\nimage: node:20\npipelines:\n  branches:\n    main:\n      - step:\n          name: Publish Forge app\n          script:\n            - git clone https://${user}:${ap}@bitbucket.org/kestrelfreight/forge-jira-sync.git\n            - export BITBUCKET_ACCESS_TOKEN="${rt}"\n            - npm ci && npx forge deploy -e production`;
    return { text, values: [C(ap, 'bitbucket-app-password'), C(rt, 'bitbucket-access-token')] };
  }],
  ['notion-client-error', (r) => {
    const t = g.notionToken(r);
    const text = `@notionhq/client warn: request fail {\n  code: 'object_not_found',\n  message: 'Could not find database with ID: ${r.uuid()}. Make sure the relevant pages and databases are shared with your integration.'\n}\n[debug] request headers: { 'Notion-Version': '2022-06-28', authorization: 'Bearer ${t}', 'user-agent': 'notionhq-client/2.2.15' }`;
    return { text, values: [C(t, 'notion-token')] };
  }],
  ['notion-candidates-csv', (r) => {
    const rows = [h.person(r), h.person(r)];
    const nt = g.notionToken(r);
    const text = `# notion-export --token ${nt} --database Candidates --format tsv\nName\tStage\tEmail\tPhone\tOwner\n${rows.map((p) => `${p.name}\t${r.pick(['Phone screen', 'Onsite', 'Offer'])}\t${p.email}\t${p.phone}\t@${r.pick(['recruiting', 'talent-ops'])}`).join('\n')}`;
    return { text, values: [C(nt, 'notion-token'), ...rows.flatMap((p) => [P(p.name, 'full-name'), P(p.email, 'email')])] };
  }],
  ['airtable-automation-script', (r) => {
    const pat = g.airtablePat(r);
    const p = h.person(r);
    const [nid, kind] = h.nationalId(r);
    const text = `// Airtable automation: "Sync new hires to BambooHR"\nconst AIRTABLE_TOKEN = "${pat}";\nlet rec = input.config();\n// rec = {"name":"${p.name}","dob":"${p.dob}","national_id":"${nid}","email":"${p.email}"}\nlet res = await fetch("https://api.airtable.com/v0/app${r.b62(14)}/tbl${r.b62(14)}", {headers: {Authorization: \`Bearer \${AIRTABLE_TOKEN}\`}});\nconsole.log(res.status); // 422 INVALID_VALUE_FOR_COLUMN`;
    return { text, values: [C(pat, 'airtable-pat'), P(p.dob, 'date-of-birth'), P(nid, kind), P(p.email, 'email')] };
  }],
  ['asana-config', (r) => {
    const t = g.asanaPat(r);
    const wh = r.hex(32);
    const text = `# ~/.config/asana-sync/config.toml\n[asana]\nworkspace_gid = "${r.int(1000000000000, 9999999999999)}"\npersonal_access_token = "${t}"\n\n[webhook]\n# X-Hook-Secret handed back by Asana on the handshake\nhook_secret = "${wh}"\ntarget = "https://sync.kestrelfreight.com/asana/hook"`;
    return { text, values: [C(t, 'asana-pat'), C(wh, 'asana-hook-secret')] };
  }],
  ['monday-graphql', (r) => {
    const t = g.jwt(r, { alg: 'HS256' }, { tid: r.int(100000000, 499999999), aai: r.int(10, 99999), uid: r.int(10000000, 79999999), iad: g.isoTime(r), per: 'me:write', actid: r.int(1000000, 29999999), rgn: r.pick(['use1', 'euc1']) });
    const p = h.person(r);
    const text = `curl -X POST https://api.monday.com/v2 \\\n  -H 'Content-Type: application/json' \\\n  -H 'Authorization: ${t}' \\\n  -d '{"query":"mutation { create_item (board_id: ${r.int(1000000000, 9999999999)}, item_name: \\"${p.name}\\", column_values: \\"{\\\\\\"email\\\\\\":{\\\\\\"email\\\\\\":\\\\\\"${p.email}\\\\\\",\\\\\\"text\\\\\\":\\\\\\"work\\\\\\"},\\\\\\"phone\\\\\\":\\\\\\"${p.phone}\\\\\\"}\\") { id } }"}'`;
    return { text, values: [C(t, 'monday-api-token'), P(p.email, 'email'), P(p.phone, 'phone')] };
  }],
  ['clickup-contractor-payout', (r) => {
    const t = g.clickupToken(r);
    const p = h.person(r);
    const rt = h.aba(r);
    const acct = h.account(r);
    const text = `GET https://api.clickup.com/api/v2/task/${r.chars('0123456789abcdefghijklmnopqrstuvwxyz', 9)}\nAuthorization: ${t}\n\n{"name":"Pay contractor invoice #${r.int(100, 999)}","description":"Payee: ${p.name}\\nBank: Chase — routing ${rt}, account ${acct}\\nAddress: ${p.address}","status":{"status":"to do"},"assignees":[{"email":"${p.email}"}]}`;
    return { text, values: [C(t, 'clickup-api-token'), P(p.name, 'full-name'), F(rt, 'aba-routing'), F(acct, 'bank-account'), P(p.email, 'email')] };
  }],
  ['linear-env', (r) => {
    const k = g.linearKey(r);
    const wh = `lin_wh_${r.b62(32)}`;
    const gh = g.githubToken(r, r.pick(['ghp_', 'gho_', 'ghs_']));
    const text = `export LINEAR_API_KEY=${k}\nexport LINEAR_WEBHOOK_SECRET=${wh}\nexport GITHUB_TOKEN=${gh}\nnode scripts/sync-linear-github.js --team ENG --since 2025-10-01`;
    return { text, values: [C(k, 'linear-api-key'), C(wh, 'linear-webhook-secret'), C(gh, 'github-pat')] };
  }],
  ['linear-oauth-log', (r) => {
    const t = g.linearOauth(r);
    const cs = r.hex(32);
    const text = `level=error msg="linear oauth refresh failed" status=400 body="{\\"error\\":\\"invalid_client\\"}" client_id=${r.hex(32)} client_secret=${cs} access_token=${t} ts=${g.isoTime(r)}`;
    return { text, values: [C(cs, 'linear-client-secret'), C(t, 'linear-oauth-token')] };
  }],
  ['smartsheet-sdk-log', (r) => {
    const t = r.b62(37);
    const p = h.person(r);
    const s = h.sin(r);
    const text = `DEBUG smartsheet.smartsheet: {"request": {"command": "POST https://api.smartsheet.com/2.0/sheets/${r.int(1000000000000000, 8999999999999999)}/rows", "headers": {"Authorization": "Bearer ${t}", "User-Agent": "smartsheet-python-sdk/3.0.4"}}}\nDEBUG smartsheet.smartsheet: {"body": [{"toBottom": true, "cells": [{"columnId": ${r.int(1000000, 9999999)}, "value": "${p.name}"}, {"columnId": ${r.int(1000000, 9999999)}, "value": "${s}"}, {"columnId": ${r.int(1000000, 9999999)}, "value": "${p.phone}"}]}]}`;
    return { text, values: [C(t, 'smartsheet-token'), P(s, 'ca-sin'), P(p.phone, 'phone')] };
  }],
  ['coda-pack', (r) => {
    const rk = g.stripeSecret(r);
    const p = h.person(r);
    const text = `import * as coda from "@codahq/packs-sdk";\nexport const pack = coda.newPack();\npack.addNetworkDomain("stripe.com");\n// FIXME: use pack.setSystemAuthentication instead of this\nconst STRIPE_KEY = "${rk}";\npack.addFormula({\n  name: "CustomerByEmail",\n  description: "e.g. CustomerByEmail(\\"${p.email}\\")",\n  parameters: [coda.makeParameter({type: coda.ParameterType.String, name: "email", description: "Customer e-mail"})],\n  resultType: coda.ValueType.String,\n  execute: async ([email], ctx) => (await ctx.fetcher.fetch({method: "GET", url: \`https://api.stripe.com/v1/customers/search?query=email:'\${email}'\`, headers: {Authorization: \`Bearer \${STRIPE_KEY}\`}})).body.data[0]?.id,\n});`;
    return { text, values: [C(rk, 'stripe-secret-key'), P(p.email, 'email')] };
  }],
  ['jira-webhook-secret', (r) => {
    const sec = r.b64url(32);
    const pw = g.anyPassword(r);
    const text = `# Jira DC → ServiceNow bridge, application.properties\njira.webhook.url=https://bridge.kestrelfreight.com/jira/events\njira.webhook.secret=${sec}\nservicenow.instance=kestrel.service-now.com\nservicenow.username=jira.integration\nservicenow.password=${pw}\nspring.datasource.url=jdbc:postgresql://bridge-db:5432/bridge`;
    return { text, values: [C(sec, 'webhook-secret'), C(pw, 'password')] };
  }],
  ['confluence-pat-script', (r) => {
    const pat = Buffer.concat([Buffer.from(`${r.int(100000000000, 999999999999)}:`), r.bytes(20)]).toString('base64');
    const p = h.person(r);
    const text = `#!/usr/bin/env bash\n# export space OPS from Confluence DC to PDF (requested by ${p.name}, ${p.email})\nCONF_PAT='${pat}'\ncurl -sf -H "Authorization: Bearer $CONF_PAT" "https://wiki.kestrelfreight.com/rest/api/space/OPS/content?limit=200" -o ops.json`;
    return { text, values: [C(pat, 'confluence-pat'), P(p.email, 'email')] };
  }],
];
