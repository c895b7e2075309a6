import type { PosTemplate34 } from './blind-set-34-kit';
import { host34, ip10, ipPub, ts34 } from './blind-set-34-kit';
import { email34, person34 } from './blind-set-34-people';
import { azureSecret34, gApiKey34, basic34, elasticKey34, ghToken34, okta34, pass34, slack34, stripe34, urlPass34, cookie34, aws34, hexKey34 } from './blind-set-34-secrets';

/** SIEM and log-pipeline templates: Splunk HEC, Elastic, Sumo Logic, Sentinel, Security Hub, Okta, Workspace, Chronicle, CEF/LEEF. */
export const SIEM_TEMPLATES34: PosTemplate34[] = [
  {
    area: 'siem', name: 'splunk-hec-retry', draws: 12,
    make: (r, v) => {
      const p = person34(r);
      return `[herald] forwarder error: HEC POST failed (503) after 5 retries
curl -sk https://splunk-hec.${p.domain}:8088/services/collector/event \\
  -H "Authorization: Splunk ${v.c('splunk-hec-token', r.next() < 0.5 ? r.uuid() : r.uuid().toUpperCase())}" \\
  -d '{"time":${r.int(1790000000, 1799999999)},"sourcetype":"o365:management:activity","event":{"UserId":"${v.p('email', email34(r, p))}","Operation":"UserLoggedIn","ClientIP":"${ipPub(r)}"}}'
queue depth=${r.int(1000, 90000)} index=o365 host=${host34(r)}
fallback: curl -sk -u admin:${v.c('password', urlPass34(r))} https://splunk-hec.${p.domain}:8089/services/data/inputs/http`;
    },
  },
  {
    area: 'siem', name: 'elastic-auditbeat-exec', draws: 12,
    make: (r, v) => {
      const p = person34(r);
      const pw = pass34(r);
      const ev = { '@timestamp': ts34(r), 'event.action': 'executed', 'process.command_line': `mysql -u root -p${pw} -h ${host34(r)} billing`, 'user.name': p.user, 'user.email': email34(r, p), 'host.name': host34(r) };
      v.c('password', pw); v.p('email', ev['user.email']);
      const key = v.c('elastic-api-key', elasticKey34(r));
      return `Kibana rule "Credential in process args" fired (rule_id ${r.uuid()}):
${JSON.stringify(ev)}
shipper: POST /_bulk 401 using header Authorization: ApiKey ${key}`;
    },
  },
  {
    area: 'siem', name: 'sumo-http-source', draws: 11,
    make: (r, v) => {
      const p = person34(r);
      const tok = v.c('sumo-collector-token', r.b64url(r.int(70, 90)));
      const inner = JSON.stringify({ user: v.p('email', email34(r, p)), action: 'password_reset', new_password: v.c('password', pass34(r)), totp_backup: v.c('password', pass34(r)) });
      return JSON.stringify({ level: 'error', msg: 'sumo upload failed', endpoint: `https://endpoint${r.int(1, 6)}.collection.us2.sumologic.com/receiver/v1/http/${tok}`, status: 429, payload: inner });
    },
  },
  {
    area: 'siem', name: 'sentinel-kql-signins', draws: 12,
    make: (r, v) => {
      const rows: string[] = ['TimeGenerated\tUserPrincipalName\tIPAddress\tResultType'];
      for (let i = 0; i < 2; i++) {
        const p = person34(r);
        rows.push(`${ts34(r)}\t${v.p('email', email34(r, p))}\t${ipPub(r)}\t50126`);
      }
      const app = r.uuid();
      return `Sentinel incident ${r.int(10000, 99999)} — "Password spray followed by SP credential add"
SigninLogs | where ResultType == 50126 | summarize by UserPrincipalName
${rows.join('\n')}
AuditLogs: Add service principal credentials, AppId ${app}, modifiedProperties.KeyDescription="${v.c('azure-client-secret', azureSecret34(r))}"
AuditLogs: Update application – Certificates and secrets management, newValue="${v.c('azure-client-secret', azureSecret34(r))}"`;
    },
  },
  {
    area: 'siem', name: 'securityhub-lambda-env', draws: 11,
    make: (r, v) => {
      const a = aws34(r);
      const finding = {
        SchemaVersion: '2018-10-08', Id: `arn:aws:securityhub:us-east-1:${r.digits(12)}:finding/${r.uuid()}`, GeneratorId: 'custom/lambda-env-secrets', Severity: { Label: 'CRITICAL' },
        Title: 'Lambda function environment holds plaintext secrets',
        Resources: [{ Type: 'AwsLambdaFunction', Id: `arn:aws:lambda:us-east-1:${r.digits(12)}:function:${r.pick(['payments-sync', 'ledger-export', 'crm-hook'])}`, Details: { AwsLambdaFunction: { Environment: { Variables: { DB_PASSWORD: v.c('password', pass34(r)), STRIPE_KEY: v.c('stripe-key', stripe34(r)), AWS_ACCESS_KEY_ID: v.c('aws-access-key-id', a.id), AWS_SECRET_ACCESS_KEY: v.c('aws-secret-key', a.secret), LOG_LEVEL: 'info' } } } } }],
      };
      return JSON.stringify(finding, null, r.pick([0, 2]));
    },
  },
  {
    area: 'siem', name: 'okta-system-log', draws: 12,
    make: (r, v) => {
      const p = person34(r);
      const ev = { uuid: r.uuid(), published: ts34(r), eventType: 'user.session.start', displayMessage: 'User login to Okta', actor: { id: `00u${r.b62(17)}`, type: 'User', alternateId: email34(r, p) }, client: { ipAddress: ipPub(r), userAgent: { rawUserAgent: 'Mozilla/5.0' } }, outcome: { result: 'FAILURE', reason: 'INVALID_CREDENTIALS' }, debugContext: { debugData: { requestUri: `/login/sessionCookieRedirect?token=${r.b62(20)}${r.b64url(12)}&redirectUrl=%2Fapp`, threatSuspected: 'true' } } };
      v.p('email', ev.actor.alternateId);
      v.c('okta-session-token', ev.debugContext.debugData.requestUri.split('token=')[1]!.split('&')[0]!);
      return `okta-poller: pulled ${r.int(2, 900)} events; first suspicious:
${JSON.stringify(ev)}
poller config: OKTA_ORG=https://${p.domain.split('.')[0]}.okta.com OKTA_API_TOKEN=${v.c('okta-api-token', okta34(r))}`;
    },
  },
  {
    area: 'siem', name: 'gws-admin-audit', draws: 11,
    make: (r, v) => {
      const admin = person34(r);
      const p = person34(r);
      const codes = [r.digits(4) + ' ' + r.digits(4), r.digits(4) + ' ' + r.digits(4)];
      return `Google Workspace admin audit — CHANGE_PASSWORD
actor.email: ${v.p('email', email34(r, admin))}
events[0].parameters: USER_EMAIL=${v.p('email', email34(r, p))}
Ticket note: reset done, temporary password is ${v.c('password', pass34(r))}, user must change at next login.
Backup verification codes handed over: ${v.c('backup-code', codes[0]!)}, ${v.c('backup-code', codes[1]!)}`;
    },
  },
  {
    area: 'siem', name: 'chronicle-udm-netuser', draws: 11,
    make: (r, v) => {
      const p = person34(r);
      const acct = r.pick(['svc_backup', 'helpdesk2', 'sqladmin', 'tmp_admin']);
      const pw = v.c('password', pass34(r));
      const udm = { metadata: { event_type: 'PROCESS_LAUNCH', product_name: 'Sysmon', event_timestamp: ts34(r) }, principal: { hostname: host34(r), user: { userid: p.user, email_addresses: [v.p('email', email34(r, p))] } }, target: { process: { command_line: `net user ${acct} ${pw} /add /domain`, parent_process: { command_line: `psexec.exe \\\\${host34(r)} -u CORP\\${p.user} -p ${v.c('password', urlPass34(r))} cmd.exe` } } } };
      return `Chronicle YARA-L detection "suspicious_account_creation" matched:\n${JSON.stringify(udm, null, 1)}`;
    },
  },
  {
    area: 'siem', name: 'cef-proxy-token', draws: 12,
    make: (r, v) => {
      const p = person34(r);
      const ck = cookie34(r);
      const tok = v.c('oauth-access-token', `ya29.${r.b64url(r.int(60, 90))}`);
      const cef = `CEF:0|Zscaler|NSSWeblog|6.1|Allowed|URL accessed|3|suser=${v.p('email', email34(r, p))} src=${ip10(r)} request=https://drive.example-files.net/api/upload?access_token=${tok}&uid=${r.int(1000, 9999)} requestMethod=POST cs1Label=dept cs1=Finance`;
      const leef = `LEEF:2.0|Forcepoint|Web|8.5|http|usrName=${p.user}\tcookie=${ck.name}=${v.c('session-cookie', ck.value)}\tcs2=apikey=${v.c('google-api-key', gApiKey34(r))}`;
      return `${cef}\n${leef}`;
    },
  },
  {
    area: 'siem', name: 'escaped-json-forwarder', draws: 11,
    make: (r, v) => {
      const p = person34(r);
      const inner = JSON.stringify({ ts: ts34(r), svc: 'auth-gateway', user: { email: email34(r, p) }, hdrs: { authorization: `Basic ${basic34(p.user, urlPass34(r))}` }, slack_token: slack34(r) });
      const parsed = JSON.parse(inner) as { user: { email: string }; hdrs: { authorization: string }; slack_token: string };
      v.p('email', parsed.user.email);
      v.c('basic-auth', parsed.hdrs.authorization.slice(6)); v.c('slack-token', parsed.slack_token);
      return JSON.stringify({ source: 'fluent-bit', tag: 'auth.gateway', log: inner, dd_api_key: v.c('datadog-api-key', hexKey34(r, 32)) });
    },
  },
  {
    area: 'siem', name: 'cloudtrail-console-login', draws: 10,
    make: (r, v) => {
      const p = person34(r);
      const gh = ghToken34(r);
      return `GuardDuty: UnauthorizedAccess:IAMUser/ConsoleLoginSuccess.B (severity 5.0)
userIdentity.arn: arn:aws:iam::${r.digits(12)}:user/${v.p('email', email34(r, p))}
additionalEventData.MFAUsed: No, sourceIPAddress: ${ipPub(r)}
analyst note: same IP also cloned repos with ${v.c('github-token', gh)}; revoking.`;
    },
  },
];
