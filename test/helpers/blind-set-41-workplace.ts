import * as g from './blind-set-41-gen';
import { C, F, P, type Tpl } from './blind-set-41-gen';
import * as h from './blind-set-41-people';

/** Set 41 positives: workplace suites and their APIs (Microsoft Graph/Entra, Google Workspace, Slack, Zoom, Webex, Teams). */
export const workplaceTpls: [string, Tpl][] = [
  ['entra-credential-reset', (r) => {
    const s = g.entraSecret(r);
    const text = `$ az ad app credential reset --id ${r.uuid()} --display-name "zapier-graph-connector" --years 1\nThe output includes credentials that you must protect. Be sure that you do not include these credentials in your code or check the credentials into your source control.\n{\n  "appId": "${r.uuid()}",\n  "password": "${s}",\n  "tenant": "${r.uuid()}"\n}`;
    return { text, values: [C(s, 'entra-client-secret')] };
  }],
  ['graph-token-error', (r) => {
    const s = g.entraSecret(r);
    const p = h.person(r);
    const enc = encodeURIComponent(s);
    const text = `msal.ConfidentialClientApplication token request failed\nPOST https://login.microsoftonline.com/${r.uuid()}/oauth2/v2.0/token\nbody: client_id=${r.uuid()}&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&client_secret=${enc}&grant_type=client_credentials&login_hint=${encodeURIComponent(p.email)}\nresponse: {"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${r.uuid()}'.","error_codes":[7000215]}`;
    return { text, values: [C(enc, 'entra-client-secret'), P(encodeURIComponent(p.email), 'email-urlencoded')] };
  }],
  ['graph-users-page', (r) => {
    const a = h.person(r);
    const b = h.person(r);
    const tok = g.jwt(r, { typ: 'JWT', nonce: r.b64url(32), alg: 'RS256', x5t: r.b64url(20), kid: r.b64url(20) }, { aud: 'https://graph.microsoft.com', iss: `https://sts.windows.net/${r.uuid()}/`, iat: g.epoch(r), appid: r.uuid(), roles: ['User.Read.All'], tid: r.uuid() }, 256);
    const text = `GET https://graph.microsoft.com/v1.0/users?$select=displayName,mail,mobilePhone,birthday\nAuthorization: Bearer ${tok}\n\n{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users","value":[{"id":"${r.uuid()}","displayName":"${a.name}","mail":"${a.email}","mobilePhone":"${a.phone}"},{"id":"${r.uuid()}","displayName":"${b.name}","mail":"${b.email}","mobilePhone":"${b.phone}","birthday":"${b.dobIso}T00:00:00Z"}]}`;
    return { text, values: [C(tok, 'jwt-access-token'), P(a.email, 'email'), P(a.phone, 'phone'), P(b.email, 'email'), P(b.dobIso, 'date-of-birth')] };
  }],
  ['google-sa-key', (r) => {
    const pem = g.pemKey(r, 'PRIVATE KEY', '\\n');
    const proj = `${r.pick(['sheets-sync', 'gws-admin', 'drive-export'])}-${r.int(100000, 999999)}`;
    const text = `{\n  "type": "service_account",\n  "project_id": "${proj}",\n  "private_key_id": "${r.hex(40)}",\n  "private_key": "${pem}\\n",\n  "client_email": "zapier-sync@${proj}.iam.gserviceaccount.com",\n  "client_id": "1${r.digits(20)}",\n  "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n  "token_uri": "https://oauth2.googleapis.com/token",\n  "universe_domain": "googleapis.com"\n}`;
    return { text, values: [C(pem, 'pem-private-key-escaped')] };
  }],
  ['google-refresh-curl', (r) => {
    const cs = g.googleClientSecret(r);
    const rt = g.googleRefresh(r);
    const text = `# refresh failing in the Workspace → Airtable sync, reproducing by hand:\ncurl -s https://oauth2.googleapis.com/token \\\n  -d client_id=${r.digits(12)}-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com \\\n  -d client_secret=${cs} \\\n  -d refresh_token=${rt} \\\n  -d grant_type=refresh_token\n{\n  "error": "invalid_grant",\n  "error_description": "Token has been expired or revoked."\n}`;
    return { text, values: [C(cs, 'google-oauth-client-secret'), C(rt, 'google-refresh-token')] };
  }],
  ['gmail-apps-script', (r) => {
    const at = g.googleAccess(r);
    const p = h.person(r);
    const gcs = g.googleClientSecret(r);
    const text = `// script property GMAIL_CLIENT_SECRET=${gcs}\nfunction pollInbox() {\n  // TODO move to PropertiesService\n  const token = '${at}';\n  const res = UrlFetchApp.fetch('https://gmail.googleapis.com/gmail/v1/users/me/messages?q=label:invoices', {headers: {Authorization: 'Bearer ' + token}});\n  Logger.log(res.getContentText());\n}\n// Logger: {"messages":[{"id":"${r.hex(16)}","snippet":"From: ${p.name} <${p.email}> Re: invoice ${r.int(1000, 9999)}, call me on ${p.phone}"}]}`;
    return { text, values: [C(gcs, 'google-oauth-client-secret'), C(at, 'google-access-token'), P(p.name, 'full-name'), P(p.email, 'email'), P(p.phone, 'phone')] };
  }],
  ['sheets-expense-export', (r) => {
    const rows = [h.person(r), h.person(r), h.person(r)];
    const ibans = rows.map(() => h.iban(r, r.next() < 0.5));
    const at = g.googleAccess(r);
    const text = `# GET https://sheets.googleapis.com/v4/spreadsheets/${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 44)}/values/Form%20responses%201?alt=csv  (Authorization: Bearer ${at})\nTimestamp,Full name,Email address,IBAN for reimbursement,Amount (EUR)\n${rows.map((p, i) => `${r.int(1, 28)}/11/2025 ${r.int(8, 18)}:${r.int(10, 59)}:${r.int(10, 59)},${p.name},${p.email},${ibans[i]},${r.int(12, 900)}.${r.int(10, 99)}`).join('\n')}`;
    return { text, values: [C(at, 'google-access-token'), ...rows.flatMap((p, i) => [P(p.name, 'full-name'), P(p.email, 'email'), F(ibans[i]!, 'iban')])] };
  }],
  ['slack-app-env', (r) => {
    const b = g.slackBot(r);
    const ss = r.hex(32);
    const a = g.slackApp(r);
    const cs = r.hex(32);
    const q = r.pick(['', '"', "'"]);
    const text = `# .env (bolt app "Jira Triage Bot")\nSLACK_CLIENT_ID=${r.int(1000000000, 9999999999)}.${r.int(1000000000000, 9999999999999)}\nSLACK_CLIENT_SECRET=${q}${cs}${q}\nSLACK_SIGNING_SECRET=${q}${ss}${q}\nSLACK_BOT_TOKEN=${q}${b}${q}\nSLACK_APP_TOKEN=${q}${a}${q}\nJIRA_BASE_URL=https://kestrel.atlassian.net`;
    return { text, values: [C(cs, 'slack-client-secret'), C(ss, 'slack-signing-secret'), C(b, 'slack-bot-token'), C(a, 'slack-app-token')] };
  }],
  ['slack-webhook-python', (r) => {
    const hook = g.slackHook(r);
    const p = h.person(r);
    const text = `import requests\n\nSLACK_WEBHOOK = "${hook}"\n\ndef notify_refund(order):\n    requests.post(SLACK_WEBHOOK, json={"text": f"Refund issued for {order['id']}"})\n\n# notify_refund({"id": "R-${r.int(10000, 99999)}", "customer": "${p.name}", "email": "${p.email}"})`;
    return { text, values: [C(hook, 'slack-webhook-url'), P(p.email, 'email')] };
  }],
  ['slack-oauth-access', (r) => {
    const b = g.slackBot(r);
    const u = g.slackUser(r);
    const rf = g.slackRefresh(r);
    const text = `oauth.v2.access -> 200 {"ok":true,"app_id":"A${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}","authed_user":{"id":"U${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}","scope":"chat:write","access_token":"${u}","token_type":"user"},"scope":"channels:history,chat:write,users:read.email","token_type":"bot","access_token":"${b}","refresh_token":"${rf}","expires_in":43200,"bot_user_id":"U${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}","team":{"id":"T${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}","name":"Kestrel Freight"},"is_enterprise_install":false}`;
    return { text, values: [C(u, 'slack-user-token'), C(b, 'slack-bot-token'), C(rf, 'slack-refresh-token')] };
  }],
  ['zoom-s2s-oauth', (r) => {
    const cid = r.b62(22);
    const sec = g.zoomSecret(r);
    const basic = Buffer.from(`${cid}:${sec}`).toString('base64');
    const wh = r.b62(22);
    const text = `curl -X POST "https://zoom.us/oauth/token?grant_type=account_credentials&account_id=${r.b62(22)}" \\\n  -H "Authorization: Basic ${basic}"\n\n# and in the Zoom webhook receiver:\nZOOM_WEBHOOK_SECRET_TOKEN=${wh}\nZOOM_CLIENT_SECRET=${sec}`;
    return { text, values: [C(basic, 'basic-auth'), C(wh, 'zoom-webhook-secret'), C(sec, 'zoom-client-secret')] };
  }],
  ['zoom-participant-webhook', (r) => {
    const p = h.person(r);
    const ip = r.next() < 0.5 ? h.publicIp(r) : h.publicIp6(r);
    const zs = r.b62(22);
    const text = `# receiver config: ZOOM_SECRET_TOKEN=${zs}\nPOST /webhooks/zoom HTTP/1.1\nHost: hooks.kestrelfreight.com\nx-zm-request-timestamp: ${g.epoch(r)}\nx-zm-signature: v0=${r.hex(64)}\ncontent-type: application/json\n\n{"event":"meeting.participant_joined","event_ts":${g.epoch(r)}${r.digits(3)},"payload":{"account_id":"${r.b62(22)}","object":{"id":"${r.int(80000000000, 99999999999)}","topic":"Benefits enrolment Q&A","participant":{"user_id":"${r.int(16000000, 16999999)}","user_name":"${p.name}","email":"${p.email}","ip_address":"${ip}","join_time":"${g.isoTime(r)}"}}}}`;
    return { text, values: [C(zs, 'zoom-webhook-secret'), P(p.name, 'full-name'), P(p.email, 'email'), P(ip, ip.includes(':') ? 'ipv6' : 'ipv4')] };
  }],
  ['webex-bot-config', (r) => {
    const tok = g.webexToken(r);
    const sec = r.password(24);
    const text = `[webex]\nbot_name = ITSM Notifier\nbot_email = itsm-notifier@webex.bot\naccess_token = ${tok}\nwebhook_url = https://itsm.kestrelfreight.com/webex/events\nwebhook_secret = ${sec}\nroom_id = Y2lzY29zcGFyazovL3VzL1JPT00v${r.b64url(27)}`;
    return { text, values: [C(tok, 'webex-bot-token'), C(sec, 'webhook-secret')] };
  }],
  ['teams-webhook-ps', (r) => {
    const hook = g.teamsHook(r);
    const p = h.person(r);
    const text = `$uri = '${hook}'\n$body = @{ text = "Contract signed by ${p.name} (${p.email})" } | ConvertTo-Json\nInvoke-RestMethod -Method Post -Uri $uri -Body $body -ContentType 'application/json'`;
    return { text, values: [C(hook, 'teams-webhook-url'), P(p.email, 'email')] };
  }],
  ['gws-directory-csv', (r) => {
    const rows = [h.person(r), h.person(r)];
    const ids = rows.map(() => h.nationalId(r));
    const rt = g.googleRefresh(r);
    const text = `# gam csv users.csv gam create user ~Email  (oauth2.txt refresh_token=${rt})\nFirst Name [Required],Last Name [Required],Email Address [Required],Recovery Email,Home Phone,Employee ID,Custom [Personal] National ID\n${rows.map((p, i) => `${p.first},${p.last},${p.first.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}@kestrelfreight.com,${p.email},${p.phone},E${r.int(10000, 99999)},${ids[i]![0]}`).join('\n')}`;
    return { text, values: [C(rt, 'google-refresh-token'), ...rows.flatMap((p, i) => [P(p.email, 'email'), P(p.phone, 'phone'), P(ids[i]![0], ids[i]![1])])] };
  }],
  ['ms-graph-cert-pem', (r) => {
    const pem = g.pemKey(r, 'RSA PRIVATE KEY');
    const text = `# certs/graph-daemon.pem — used by the Power Automate custom connector backend\nBag Attributes\n    localKeyID: ${r.chars('0123456789ABCDEF', 40).match(/../g)!.join(' ')}\n    friendlyName: graph-daemon\nKey Attributes: <No Attributes>\n${pem}\n`;
    return { text, values: [C(pem, 'pem-private-key')] };
  }],
  ['outlook-qp-mail', (r) => {
    const p = h.person(r);
    const pw = r.password(14);
    const text = `From: IT Service Desk <servicedesk@kestrelfreight.com>\nTo: ${p.name} <${p.email}>\nSubject: Your new Workato service account\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\nHi ${p.first},=0A=0AYour service account svc_workato_${r.int(10, 99)} is ready. Temporary password: ${pw}=0A=\nPlease change it at first sign-in. Recovery phone on file: ${p.phone}.=0A`;
    return { text, values: [P(p.email, 'email'), C(pw, 'password'), P(p.phone, 'phone')] };
  }],
  ['stripe-charge-failed', (r) => {
    const sk = g.stripeSecret(r);
    const cc = h.card(r).replace(/[ -]/g, '');
    const cvc = String(r.int(100, 999));
    const p = h.person(r);
    const text = `Zap step 4 "Stripe: Create Charge (legacy)" — request\nPOST https://api.stripe.com/v1/charges\nAuthorization: Bearer ${sk}\nContent-Type: application/x-www-form-urlencoded\n\namount=${r.int(1000, 99999)}&currency=usd&source[object]=card&source[number]=${cc}&source[exp_month]=${r.int(1, 12)}&source[exp_year]=20${r.int(27, 31)}&source[cvc]=${cvc}&receipt_email=${encodeURIComponent(p.email)}\n→ 402 card_declined (insufficient_funds)`;
    return { text, values: [C(sk, 'stripe-secret-key'), F(cc, 'card-number'), F(cvc, 'card-cvc'), P(encodeURIComponent(p.email), 'email-urlencoded')] };
  }],
];
