import * as g from './blind-set-41-gen';
import { C, F, P, type Tpl } from './blind-set-41-gen';
import * as h from './blind-set-41-people';

/** Set 41 positives: configs, exports and messages around the recipes (SQL, Kubernetes, CI, SOAP, payroll CSVs, e-mail). */
export const recordTpls: [string, Tpl][] = [
  ['payroll-csv', (r) => {
    const rows = [h.person(r), h.person(r), h.person(r)];
    const fin = rows.map(() => [h.ssn(r), h.aba(r), h.account(r)] as const);
    const sftp = r.urlPassword(18);
    const text = `# uploaded by Boomi to sftp://payroll:${sftp}@sftp.adp-partner.net/inbound/\nemployee_id,legal_name,ssn,routing_number,account_number,pay_type\n${rows.map((p, i) => `E${r.int(1000, 9999)},"${p.name}",${fin[i]![0]},${fin[i]![1]},${fin[i]![2]},DD`).join('\n')}`;
    return { text, values: [C(sftp, 'password'), ...rows.flatMap((p, i) => [P(p.name, 'full-name'), P(fin[i]![0], 'us-ssn'), F(fin[i]![1], 'aba-routing'), F(fin[i]![2], 'bank-account')])] };
  }],
  ['sql-connections', (r) => {
    const cs = r.b64url(30);
    const rt = g.googleRefresh(r);
    const xb = g.slackBot(r);
    const text = `INSERT INTO connector_credentials (tenant_id, provider, client_id, client_secret, refresh_token, created_at) VALUES\n  (${r.int(100, 999)}, 'zoom', '${r.b62(22)}', '${cs}', NULL, '${g.isoTime(r)}'),\n  (${r.int(100, 999)}, 'google', '${r.digits(12)}.apps.googleusercontent.com', NULL, '${rt}', now()),\n  (${r.int(100, 999)}, 'slack', '${r.digits(10)}.${r.digits(13)}', NULL, '${xb}', now());`;
    return { text, values: [C(cs, 'client-secret'), C(rt, 'google-refresh-token'), C(xb, 'slack-bot-token')] };
  }],
  ['k8s-secret', (r) => {
    const n8n = r.b62(32);
    const pg = r.urlPassword(20);
    const slackB64 = Buffer.from(g.slackBot(r)).toString('base64');
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: n8n-worker-env\n  namespace: automation\ntype: Opaque\nstringData:\n  N8N_ENCRYPTION_KEY: "${n8n}"\n  DB_POSTGRESDB_PASSWORD: ${pg}\ndata:\n  SLACK_BOT_TOKEN: ${slackB64}`;
    return { text, values: [C(n8n, 'n8n-encryption-key'), C(pg, 'password'), C(slackB64, 'base64-slack-bot-token')] };
  }],
  ['gh-actions-notify', (r) => {
    const hook = g.slackHook(r);
    const ak = g.awsKeyId(r);
    const sk = g.awsSecret(r);
    const text = `name: export-airtable-to-s3\non:\n  schedule: [{cron: "0 3 * * *"}]\njobs:\n  export:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: ${ak}\n      AWS_SECRET_ACCESS_KEY: ${sk}\n      AWS_REGION: eu-west-1\n    steps:\n      - run: python export.py --base app${r.b62(14)} --bucket kestrel-airtable-backups\n      - if: failure()\n        run: curl -X POST -H 'Content-type: application/json' --data '{"text":"Airtable export failed"}' ${hook}`;
    return { text, values: [C(ak, 'aws-access-key-id'), C(sk, 'aws-secret-access-key'), C(hook, 'slack-webhook-url')] };
  }],
  ['mule-jdbc-stacktrace', (r) => {
    const pw = r.password(18);
    const text = `ERROR 2025-11-${r.int(10, 28)} 04:${r.int(10, 59)}:17,${r.int(100, 999)} [[MuleRuntime].uber.03] org.mule.runtime.core.internal.exception.OnErrorPropagateHandler:\n********************************************************************************\nMessage               : Could not obtain connection from data source\nError type            : DB:CONNECTIVITY\nCaused by             : java.sql.SQLException: Cannot create PoolableConnectionFactory (Login failed for user 'mule_sync'. url=jdbc:sqlserver://erp-sql01:1433;databaseName=ERP;user=mule_sync;password=${pw};encrypt=true)\n    at com.microsoft.sqlserver.jdbc.SQLServerException.makeFromDatabaseError(SQLServerException.java:265)\n    at org.mule.extension.db.internal.domain.connection.JdbcConnectionFactory.createConnection(JdbcConnectionFactory.java:54)`;
    return { text, values: [C(pw, 'password')] };
  }],
  ['soap-wsse', (r) => {
    const pw = g.spicyPassword(r);
    const p = h.person(r);
    const ib = h.iban(r, false);
    const esc = pw.replace(/&/g, '&amp;');
    const text = `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">\n  <soapenv:Header><wsse:Security><wsse:UsernameToken><wsse:Username>boomi_ws</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${esc}</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header>\n  <soapenv:Body><ns:CreateSupplier><ns:Name>${p.name}</ns:Name><ns:Email>${p.email}</ns:Email><ns:IBAN>${ib}</ns:IBAN></ns:CreateSupplier></soapenv:Body>\n</soapenv:Envelope>`;
    return { text, values: [C(esc, 'password'), P(p.name, 'full-name'), P(p.email, 'email'), F(ib, 'iban')] };
  }],
  ['intercom-webhook-relay', (r) => {
    const tok = Buffer.from(`tok:${r.uuid()}:1:0`).toString('base64');
    const p = h.person(r);
    const ip = h.publicIp(r);
    const text = `POST https://api.intercom.io/contacts 201\n  authorization: Bearer ${tok}\n  intercom-version: 2.11\n  body: {"role":"user","email":"${p.email}","name":"${p.name}","last_seen_ip":"${ip}","custom_attributes":{"source":"zapier"}}`;
    return { text, values: [C(tok, 'intercom-access-token'), P(p.email, 'email'), P(p.name, 'full-name'), P(ip, 'ipv4')] };
  }],
  ['celigo-netsuite-mail', (r) => {
    const cs = r.hex(64);
    const ts = r.hex(64);
    const text = `Subject: [integrator.io] Connection "NetSuite Production" went offline\nFrom: Celigo <no-reply@celigo.com>\n\nThe connection could not authenticate (INVALID_LOGIN_ATTEMPT).\nConnection details as last saved by ${r.pick(['M. Haddad', 'J. Brandt', 'C. Marchand'])}:\n  Account: ${r.int(1000000, 9999999)}\n  Consumer key: ${r.hex(64)}\n  Consumer secret: ${cs}\n  Token id: ${r.hex(64)}\n  Token secret: ${ts}`;
    return { text, values: [C(cs, 'netsuite-consumer-secret'), C(ts, 'netsuite-token-secret')] };
  }],
  ['zapier-cli-env', (r) => {
    const cs = r.b62(40);
    const ds = r.hex(32);
    const api = r.hex(32);
    const text = `$ zapier env:get 1.4.2\n┌─────────────────┬──────────────────────────────────────────┐\n│ Key             │ Value                                    │\n├─────────────────┼──────────────────────────────────────────┤\n│ CLIENT_ID       │ kestrel-portal                           │\n│ CLIENT_SECRET   │ ${cs.padEnd(40)} │\n│ SIGNING_SECRET  │ ${ds.padEnd(40)} │\n│ LEGACY_API_KEY  │ ${api.padEnd(40)} │\n└─────────────────┴──────────────────────────────────────────┘`;
    return { text, values: [C(cs, 'client-secret'), C(ds, 'signing-secret'), C(api, 'api-key')] };
  }],
  ['docker-compose-activepieces', (r) => {
    const pg = g.anyPassword(r);
    const jwtSecret = r.b64(48);
    const enc = r.hex(32);
    const redis = r.urlPassword(24);
    const text = `services:\n  activepieces:\n    image: ghcr.io/activepieces/activepieces:0.39.2\n    environment:\n      - AP_POSTGRES_PASSWORD=${pg}\n      - AP_JWT_SECRET=${jwtSecret}\n      - AP_ENCRYPTION_KEY=${enc}\n      - AP_REDIS_URL=redis://:${redis}@redis:6379/0\n      - AP_FRONTEND_URL=https://flows.kestrelfreight.com`;
    return { text, values: [C(pg, 'password'), C(jwtSecret, 'jwt-secret'), C(enc, 'encryption-key-hex'), C(redis, 'password')] };
  }],
  ['okta-scim-toml', (r) => {
    const ok = g.oktaToken(r);
    const pg = r.urlPassword(18);
    const text = `# scim-bridge.toml — Okta → Slack/Zoom/Box provisioning\n[okta]\norg_url = "https://kestrelfreight.okta.com"\napi_token = "${ok}"\n\n[store]\ndsn = "postgres://scim:${pg}@scim-db.prod:5432/scim?sslmode=require"\n\n[slack]\nscim_token = "${g.slackUser(r)}"`;
    const sl = text.match(/scim_token = "([^"]+)"/)![1]!;
    return { text, values: [C(ok, 'okta-api-token'), C(pg, 'password'), C(sl, 'slack-user-token')] };
  }],
  ['session-cookie-har', (r) => {
    const sess = r.b64url(48);
    const xs = r.b64url(32);
    const p = h.person(r);
    const text = `{"request":{"method":"GET","url":"https://kestrel.monday.com/boards/${r.int(1000000000, 9999999999)}","headers":[{"name":"cookie","value":"_session_id=${sess}; csrf-token=${xs}; lang=en"}]},"response":{"status":200,"content":{"text":"{\\"user\\":{\\"name\\":\\"${p.name}\\",\\"email\\":\\"${p.email}\\"}}"}}}`;
    return { text, values: [C(sess, 'session-cookie'), P(p.email, 'email')] };
  }],
  ['slack-dm-credentials', (r) => {
    const p = h.person(r);
    const pw = g.wordPassword(r);
    const k = g.sendgridKey(r);
    const text = `${p.first} ${r.int(9, 11)}:${r.int(10, 59)} AM\nhey can you add the SendGrid connection in Zapier? key is ${k}\nand the shared mailbox login for Jotform is jotform-admin / ${pw} (don't tell security 🙈)`;
    return { text, values: [C(k, 'sendgrid-api-key'), C(pw, 'password')] };
  }],
  ['refund-export-tsv', (r) => {
    const rows = [h.person(r), h.person(r)];
    const cards = rows.map(() => h.card(r));
    const ibs = rows.map(() => h.iban(r, true));
    const shp = g.shopifyToken(r);
    const text = `# shopify admin export (X-Shopify-Access-Token: ${shp})\norder\tcustomer\temail\tcard_used\trefund_to_iban\n${rows.map((p, i) => `#${r.int(100000, 999999)}\t${p.name}\t${p.email}\t${cards[i]}\t${ibs[i]}`).join('\n')}`;
    return { text, values: [C(shp, 'shopify-access-token'), ...rows.flatMap((p, i) => [P(p.name, 'full-name'), P(p.email, 'email'), F(cards[i]!, 'card-number'), F(ibs[i]!, 'iban')])] };
  }],
  ['hubspot-private-app', (r) => {
    const pat = g.hubspotPat(r);
    const cs = r.uuid();
    const p = h.person(r);
    const text = `HUBSPOT_PRIVATE_APP_TOKEN=${pat}\nHUBSPOT_CLIENT_SECRET=${cs}\n# test contact created by the Make scenario: ${p.name}, ${p.phone}`;
    return { text, values: [C(pat, 'hubspot-pat'), C(cs, 'hubspot-client-secret'), P(p.name, 'full-name'), P(p.phone, 'phone')] };
  }],
  ['workday-webhook-properties', (r) => {
    const pw = g.anyPassword(r);
    const p = h.person(r);
    const [nid, kind] = h.nationalId(r);
    const acc = h.iban(r, false);
    const text = `# workday-to-personio.properties\nworkday.tenant=kestrel_prod\nworkday.isu.user=ISU_Personio\nworkday.isu.password=${pw}\n# last failed worker (see INC-${r.int(10000, 99999)}):\n#   name=${p.name}; birth=${p.dob}; national_id=${nid}; bank=${acc}`;
    return { text, values: [C(pw, 'password'), P(p.name, 'full-name'), P(p.dob, 'date-of-birth'), P(nid, kind), F(acc, 'iban')] };
  }],
];
