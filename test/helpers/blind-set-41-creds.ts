import * as g from './blind-set-41-gen';
import { C, F, P, type Tpl } from './blind-set-41-gen';
import * as h from './blind-set-41-people';
import { B62, B64URL, LOWER, DIGITS, UPPER } from './blind-set-9-rng';

/** Set 41 positives: more glue platforms (Logic Apps, Power Automate, IFTTT, Jitterbit, SnapLogic, Tines, Merge) and the finance connectors recipes call. */
export const credTpls: [string, Tpl][] = [
  ['logic-apps-trigger', (r) => {
    const url = `https://prod-${r.int(10, 99)}.westeurope.logic.azure.com:443/workflows/${r.hex(32)}/triggers/manual/paths/invoke?api-version=2016-10-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${r.chars(B64URL, 43)}`;
    const ib = h.iban(r, false);
    const text = `Power Automate flow "Supplier bank change → Teams approval"\nWhen a HTTP request is received: HTTP POST URL\n${url}\nSample body: {"supplierId":"S-${r.int(1000, 9999)}","newIban":"${ib}","requestedBy":"AP team"}`;
    return { text, values: [C(url, 'logic-apps-trigger-url'), F(ib, 'iban')] };
  }],
  ['ifttt-slack-trigger', (r) => {
    const ifttt = `https://maker.ifttt.com/trigger/${r.pick(['door_open', 'new_signup', 'invoice_paid'])}/with/key/${r.chars(B64URL, 22)}`;
    const trig = `https://hooks.slack.com/triggers/T${r.chars(UPPER + DIGITS, 10)}/${r.int(1000000000000, 9999999999999)}/${r.hex(32)}`;
    const text = `# home-office automations (wiki page "Glue we forgot about")\n- Door sensor → ${ifttt}\n- Slack Workflow Builder webhook trigger: ${trig}\n- both posted from the Raspberry Pi cron (see crontab -l)`;
    return { text, values: [C(ifttt, 'ifttt-webhook-url'), C(trig, 'slack-workflow-trigger-url')] };
  }],
  ['jitterbit-project-vars', (r) => {
    const sfp = g.anyPassword(r);
    const st = r.b62(24);
    const ftp = g.wordPassword(r);
    const ns = r.hex(64);
    const text = `<ProjectVariables>\n  <Variable name="sf.username" value="integration@kestrelfreight.com.prod"/>\n  <Variable name="sf.password" value="${sfp}"/>\n  <Variable name="sf.security_token" value="${st}"/>\n  <Variable name="ftp.host" value="ftp.3pl-partner.net"/>\n  <Variable name="ftp.password" value="${ftp}"/>\n  <Variable name="netsuite.token_secret" value="${ns}"/>\n</ProjectVariables>`;
    return { text, values: [C(sfp, 'password'), C(st, 'salesforce-security-token'), C(ftp, 'password'), C(ns, 'netsuite-token-secret')] };
  }],
  ['snaplogic-account', (r) => {
    const cs = r.b62(40);
    const rt = g.googleRefresh(r);
    const pw = r.password(20);
    const text = `{"class_fqid":"com-snaplogic-snaps-google-sheets_1-snsr_${r.int(100, 999)}","property_map":{"settings":{"clientId":{"value":"${r.digits(12)}-${r.chars(LOWER + DIGITS, 32)}.apps.googleusercontent.com"},"clientSecret":{"value":"${cs}"},"refreshToken":{"value":"${rt}"},"accessTokenExpiration":{"value":${g.epoch(r)}}}},"path":"/kestrel/shared/google-sheets-acct"}\n{"class_fqid":"com-snaplogic-snaps-jdbc_oracle_account","property_map":{"settings":{"username":{"value":"SNAP_RW"},"password":{"value":"${pw}"}}}}`;
    return { text, values: [C(cs, 'client-secret'), C(rt, 'google-refresh-token'), C(pw, 'password')] };
  }],
  ['tines-story', (r) => {
    const hook = `https://${r.pick(['wispy-forest-4821', 'calm-river-1093', 'bold-meadow-7730'])}.tines.com/webhook/${r.hex(32)}/${r.hex(32)}`;
    const api = r.b62(40);
    const text = `# Tines story "Offboarding → revoke SaaS access"\nwebhook_url: ${hook}\ncredentials:\n  tines_api_key: "${api}"\n  okta: "${g.oktaToken(r)}"`;
    const ok = text.match(/okta: "([^"]+)"/)![1]!;
    return { text, values: [C(hook, 'tines-webhook-url'), C(api, 'tines-api-key'), C(ok, 'okta-api-token')] };
  }],
  ['merge-unified-api', (r) => {
    const key = r.chars(B64URL, 64);
    const acct = r.chars(B62 + '-_', 43);
    const p = h.person(r);
    const text = `GET https://api.merge.dev/api/hris/v1/employees?expand=employments\nAuthorization: Bearer ${key}\nX-Account-Token: ${acct}\n\n{"results":[{"id":"${r.uuid()}","first_name":"${p.first}","last_name":"${p.last}","work_email":"${p.email}","ssn":"${h.ssn(r)}","date_of_birth":"${p.dobIso}T00:00:00Z"}]}`;
    const ssn = text.match(/"ssn":"([^"]+)"/)![1]!;
    return { text, values: [C(key, 'merge-api-key'), C(acct, 'merge-account-token'), P(p.email, 'email'), P(ssn, 'us-ssn')] };
  }],
  ['workato-developer-api', (r) => {
    const tok = `wrkaus${r.int(1, 4)}-${r.hex(64)}`;
    const hook = `https://webhooks.workato.com/webhooks/rest/${r.hex(32)}/${r.pick(['new-hire', 'po-approved', 'ticket-sync'])}`;
    const text = `$ curl -s -H "Authorization: Bearer ${tok}" https://www.workato.com/api/recipes?per_page=100 | jq '.items[].name'\n"New hire provisioning"\n"PO approved → NetSuite"\n# recipe 3 trigger: ${hook}`;
    return { text, values: [C(tok, 'workato-api-token'), C(hook, 'workato-webhook-url')] };
  }],
  ['zoom-jwt-legacy', (r) => {
    const key = r.b62(22);
    const sec = r.b62(36);
    const sdk = r.b62(36);
    const text = `# zoom_settings.py (legacy JWT app, deprecated June 2023 but still running in the room-booking sync)\nZOOM_API_KEY = "${key}"\nZOOM_API_SECRET = "${sec}"\nZOOM_SDK_SECRET = '${sdk}'\nZOOM_ACCOUNT_EMAIL = "rooms-admin@kestrelfreight.com"`;
    return { text, values: [C(sec, 'zoom-api-secret'), C(sdk, 'zoom-sdk-secret')] };
  }],
  ['google-installed-token', (r) => {
    const cs = g.googleClientSecret(r);
    const at = g.googleAccess(r);
    const rt = g.googleRefresh(r);
    const text = `==> credentials.json <==\n{"installed":{"client_id":"${r.digits(12)}-${r.chars(LOWER + DIGITS, 32)}.apps.googleusercontent.com","project_id":"gws-admin-${r.int(1000, 9999)}","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${cs}","redirect_uris":["http://localhost"]}}\n==> token.json <==\n{"token": "${at}", "refresh_token": "${rt}", "scopes": ["https://www.googleapis.com/auth/admin.directory.user"], "expiry": "${g.isoTime(r)}"}`;
    return { text, values: [C(cs, 'google-oauth-client-secret'), C(at, 'google-access-token'), C(rt, 'google-refresh-token')] };
  }],
  ['slack-config-token', (r) => {
    const cfg = `xoxe.xoxp-1-${r.chars(B62, 140)}`;
    const rf = g.slackRefresh(r);
    const text = `$ slack apps manifest update --token ${cfg}\nerror: token_expired\n$ curl -s -X POST https://slack.com/api/tooling.tokens.rotate -d refresh_token=${rf}\n{"ok":false,"error":"invalid_refresh_token"}`;
    return { text, values: [C(cfg, 'slack-config-token'), C(rf, 'slack-refresh-token')] };
  }],
  ['expense-virtual-cards', (r) => {
    const brex = `bxt_${r.b62(40)}`;
    const a = h.person(r);
    const c1 = h.card(r);
    const c2 = h.card(r);
    const text = `Zap "Brex card issued → Slack DM" — step 2 output\nauth: Bearer ${brex}\n{"cards":[{"owner":"${a.name}","card_name":"SaaS subscriptions","pan":"${c1}","cvv":"***","status":"ACTIVE"},{"owner":"Travel pool","pan":"${c2}","status":"LOCKED"}]}`;
    return { text, values: [C(brex, 'brex-api-token'), P(a.name, 'full-name'), F(c1, 'card-number'), F(c2, 'card-number')] };
  }],
  ['xero-qbo-connector', (r) => {
    const xs = r.chars(B64URL, 48);
    const qrt = `AB11${r.int(700000000, 799999999)}${r.chars(B62, 37)}`;
    const rt = h.aba(r);
    const acct = h.account(r);
    const text = `[xero]\nclient_id = ${r.chars('0123456789ABCDEF', 32)}\nclient_secret = ${xs}\n\n[quickbooks]\nrealm_id = ${r.int(1000000000, 9999999999)}${r.digits(9)}\nrefresh_token = ${qrt}\n\n[ach_default]\n# vendor payout account pushed into QBO bills\nrouting = ${rt}\naccount = ${acct}`;
    return { text, values: [C(xs, 'xero-client-secret'), C(qrt, 'quickbooks-refresh-token'), F(rt, 'aba-routing'), F(acct, 'bank-account')] };
  }],
  ['plaid-pipedream', (r) => {
    const sec = r.hex(30);
    const acc = `access-production-${r.uuid()}`;
    const rt = h.aba(r);
    const an = h.account(r);
    const text = `// Pipedream step "plaid_auth"\nconst client = new PlaidApi(new Configuration({ basePath: PlaidEnvironments.production, baseOptions: { headers: { 'PLAID-CLIENT-ID': '${r.hex(24)}', 'PLAID-SECRET': '${sec}' } } }));\nconst { data } = await client.authGet({ access_token: '${acc}' });\n// data.numbers.ach[0] => { account: '${an}', routing: '${rt}', wire_routing: null }`;
    return { text, values: [C(sec, 'plaid-secret'), C(acc, 'plaid-access-token'), F(an, 'bank-account'), F(rt, 'aba-routing')] };
  }],
  ['stripe-connect-payout', (r) => {
    const rk = g.stripeSecret(r);
    const wh = g.stripeWhsec(r);
    const rt = h.aba(r);
    const an = h.account(r);
    const text = `STRIPE_API_KEY=${rk}\nSTRIPE_WEBHOOK_SECRET=${wh}\n# failed payout retried by the Make scenario:\n# external_account: {"object":"bank_account","routing_number":"${rt}","account_number":"${an}","country":"US","currency":"usd"}`;
    return { text, values: [C(rk, 'stripe-secret-key'), C(wh, 'stripe-webhook-secret'), F(rt, 'aba-routing'), F(an, 'bank-account')] };
  }],
  ['gocardless-mandate', (r) => {
    const tok = `live_${r.chars(B64URL, 40)}`;
    const p = h.person(r);
    const ib = h.iban(r, r.next() < 0.5);
    const text = `POST https://api.gocardless.com/customer_bank_accounts\nAuthorization: Bearer ${tok}\nGoCardless-Version: 2015-07-06\n{"customer_bank_accounts":{"account_holder_name":"${p.name}","iban":"${ib}","links":{"customer":"CU${r.chars(UPPER + DIGITS, 12)}"}}}\n-> 422 validation_failed: iban "is a duplicate"`;
    return { text, values: [C(tok, 'gocardless-access-token'), P(p.name, 'full-name'), F(ib, 'iban')] };
  }],
  ['paypal-braintree', (r) => {
    const pps = r.chars(B64URL, 80);
    const btp = r.hex(32);
    const text = `paypal:\n  mode: live\n  client_id: A${r.chars(B64URL, 79)}\n  client_secret: ${pps}\nbraintree:\n  environment: production\n  merchant_id: ${r.chars(LOWER + DIGITS, 16)}\n  public_key: ${r.chars(LOWER + DIGITS, 16)}\n  private_key: ${btp}`;
    return { text, values: [C(pps, 'paypal-client-secret'), C(btp, 'braintree-private-key')] };
  }],
  ['adyen-notification', (r) => {
    const key = `AQE${r.chars(B62, 24)}${r.b64(42)}-${r.b64(32)}-${r.chars(B62, 16)}`;
    const hm = r.chars('0123456789ABCDEF', 64);
    const cc = h.card(r);
    const text = `ADYEN_API_KEY="${key}"\nADYEN_HMAC_KEY=${hm}\n# captured from the Celigo flow debugger:\n{"notificationItems":[{"NotificationRequestItem":{"eventCode":"AUTHORISATION","success":"false","additionalData":{"cardNumber":"${cc}"},"merchantAccountCode":"KestrelECOM"}}]}`;
    return { text, values: [C(key, 'adyen-api-key'), C(hm, 'adyen-hmac-key'), F(cc, 'card-number')] };
  }],
  ['twilio-sendgrid-mail', (r) => {
    const sk = `SK${r.hex(32)}`;
    const sec = r.b62(32);
    const mg = `key-${r.hex(32)}`;
    const pm = r.uuid();
    const text = `# notifications.ini\n[twilio]\napi_key_sid = ${sk}\napi_key_secret = ${sec}\n[mailgun]\napi_key = ${mg}\n[postmark]\nserver_token = ${pm}`;
    return { text, values: [C(sec, 'twilio-api-key-secret'), C(mg, 'mailgun-api-key'), C(pm, 'postmark-server-token')] };
  }],
  ['adp-workforce-connector', (r) => {
    const cs = r.chars(B62, 36);
    const certPw = g.wordPassword(r);
    const p = h.person(r);
    const an = h.account(r);
    const rt = h.aba(r);
    const text = `# Workato ADP Workforce Now connection (exported by mistake into the runbook)\nclient_id: ${r.uuid()}\nclient_secret: ${cs}\nssl_cert_password: ${certPw}\nlast_error: "worker ${p.name} deposit account ${an} / ABA ${rt} rejected: account closed"`;
    return { text, values: [C(cs, 'adp-client-secret'), C(certPw, 'password'), P(p.name, 'full-name'), F(an, 'bank-account'), F(rt, 'aba-routing')] };
  }],
  ['power-automate-connector', (r) => {
    const cs = g.entraSecret(r);
    const key = r.hex(32);
    const text = `# apiProperties.json / connection parameters of the custom connector "Kestrel Freight Tracking"\n{"properties":{"connectionParameters":{"token":{"type":"oauthSetting","oAuthSettings":{"identityProvider":"aad","clientId":"${r.uuid()}","clientSecret":"${cs}","scopes":["api://tracking/.default"]}}},"policyTemplateInstances":[{"templateId":"setheader","parameters":{"x-ms-apimTemplateParameter.name":"Ocp-Apim-Subscription-Key","x-ms-apimTemplateParameter.value":"${key}"}}]}}`;
    return { text, values: [C(cs, 'entra-client-secret'), C(key, 'apim-subscription-key')] };
  }],
  ['gusto-payroll-zap', (r) => {
    const tok = r.chars(B64URL, 43);
    const p = h.person(r);
    const rt = h.aba(r);
    const an = h.account(r);
    const text = `Zap "Gusto employee bank change → Slack #payroll-alerts" step 1 raw data\nGET https://api.gusto.com/v1/employees/${r.uuid()}/bank_accounts\nAuthorization: Bearer ${tok}\n[{"uuid":"${r.uuid()}","name":"${p.first}'s checking","routing_number":"${rt}","account_number":"${an}","account_type":"Checking"}]`;
    return { text, values: [C(tok, 'gusto-access-token'), F(rt, 'aba-routing'), F(an, 'bank-account')] };
  }],
  ['ramp-card-sync', (r) => {
    const cs = `ramp_sec_${r.b62(48)}`;
    const c1 = h.card(r);
    const ib = h.iban(r, true);
    const text = `RAMP_CLIENT_ID=ramp_id_${r.b62(40)}\nRAMP_CLIENT_SECRET=${cs}\n# Make scenario "Ramp → Xero" failed on bundle 7: {"card_number":"${c1}","merchant":"Figma","reimbursement_iban":"${ib}"}`;
    return { text, values: [C(cs, 'ramp-client-secret'), F(c1, 'card-number'), F(ib, 'iban')] };
  }],
  ['servicenow-basic', (r) => {
    const pw = g.anyPassword(r);
    const basic = Buffer.from(`zapier.integration:${pw}`).toString('base64');
    const text = `POST https://kestrel.service-now.com/api/now/table/incident HTTP/1.1\nAuthorization: Basic ${basic}\nAccept: application/json\n\nHTTP/1.1 401 Unauthorized\n{"error":{"message":"User Not Authenticated","detail":"Required to provide Auth information"},"status":"failure"}`;
    return { text, values: [C(basic, 'basic-auth')] };
  }],
  ['okta-workflows-conn', (r) => {
    const ok = g.oktaToken(r);
    const cs = r.chars(B64URL, 64);
    const text = `Okta Workflows — connection "Okta (prod)" test failed\n  domain: kestrelfreight.okta.com\n  client secret: ${cs}\n  fallback API token (SSWS): ${ok}\n  error: 403 The requested scope is invalid`;
    return { text, values: [C(cs, 'okta-client-secret'), C(ok, 'okta-api-token')] };
  }],
];
