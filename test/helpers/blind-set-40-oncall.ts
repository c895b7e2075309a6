import type { Template40 } from './blind-set-40';

/** On-call, incident tooling, alert routing and notification channels. */
export const ONCALL_TEMPLATES: readonly Template40[] = [
  {
    name: 'alertmanager-receivers',
    make: (c) => `global:
  slack_api_url: '${c.slackHook()}'
  smtp_smarthost: 'smtp.sendgrid.net:587'
  smtp_auth_username: apikey
  smtp_auth_password: ${c.sendgrid()}
receivers:
  - name: pager
    pagerduty_configs:
      - routing_key: ${c.hex32('pagerduty-routing-key')}
        severity: critical`,
  },
  {
    name: 'alertmanager-opsgenie-telegram',
    make: (c) => `receivers:
  - name: ops
    opsgenie_configs:
      - api_key: ${c.uuidKey('opsgenie-api-key')}
        responders: [{ name: 'SRE', type: team }]
  - name: tg
    telegram_configs:
      - bot_token: '${c.telegram()}'
        chat_id: -100${c.r.digits(10)}
  - name: chat
    discord_configs:
      - webhook_url: ${c.discordHook()}`,
  },
  {
    name: 'pagerduty-events-curl',
    make: (c) => `curl -X POST https://events.pagerduty.com/v2/enqueue -H 'Content-Type: application/json' -d '{
  "routing_key": "${c.hex32('pagerduty-routing-key')}",
  "event_action": "trigger",
  "payload": {"summary": "Disk 95% on db-primary-2", "source": "${c.host()}", "severity": "critical",
    "custom_details": {"oncall": "${c.name()}", "callback": "${c.phone()}"}}
}'`,
  },
  {
    name: 'pagerduty-rest-python',
    make: (c) => `import pdpyras
session = pdpyras.APISession("${c.pdApi()}", default_from="${c.email()}")
for inc in session.iter_all("incidents", params={"statuses[]": ["triggered"]}):
    print(inc["id"], inc["title"])`,
  },
  {
    name: 'pagerduty-user-export-csv',
    make: (c) => {
      const p = c.person(), q = c.person();
      return `id,name,email,contact_method,phone,time_zone,role
P${c.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6)},${c.name(p)},${c.email(p)},sms,${c.phone()},Europe/Berlin,responder
P${c.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6)},${c.name(q)},${c.email(q)},phone,${c.phone()},America/Chicago,manager`;
    },
  },
  {
    name: 'opsgenie-curl',
    make: (c) => `curl -X POST https://api.${c.pick(['', 'eu.'])}opsgenie.com/v2/alerts \\
    -H "Content-Type: application/json" \\
    -H "Authorization: GenieKey ${c.uuidKey('opsgenie-api-key')}" \\
    -d '{"message": "Checkout latency p99 > 2s", "responders":[{"username":"${c.email()}","type":"user"}], "details":{"caller":"${c.phone()}"}}'`,
  },
  {
    name: 'victorops-rest-endpoint',
    make: (c) => `# Splunk On-Call (VictorOps) REST integration used by the Nagios notifier
VO_URL="https://alert.victorops.com/integrations/generic/20131114/alert/${c.uuidKey('victorops-routing-key')}/database"
curl -s -H "X-VO-Api-Id: ${c.r.hex(8)}" -H "X-VO-Api-Key: ${c.hex32('victorops-api-key')}" https://api.victorops.com/api-public/v1/user/${c.person().local}/contact-methods/phones
{"contactMethods":[{"label":"mobile","value":"${c.phone()}","verified":"verified"}]}`,
  },
  {
    name: 'statuspage-api',
    make: (c) => `>>> requests.post("https://api.statuspage.io/v1/pages/${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12)}/incidents",
...     headers={"Authorization": "OAuth ${c.hex32('statuspage-api-key')}"},
...     json={"incident": {"name": "Degraded card payments", "status": "investigating"}})
<Response [201]>
>>> # subscriber export had: ${c.email()}, ${c.email()}`,
  },
  {
    name: 'incidentio-terraform',
    make: (c) => `provider "incident" {
  api_key = "${c.tokenOf('incidentio-api-key', 'abcdefghijklmnopqrstuvwxyz0123456789', 48, 'inc_')}"
}
provider "firehydrant" {
  api_key = "${c.tokenOf('firehydrant-api-key', 'abcdef0123456789', 40, 'fhb-')}"
}
resource "incident_schedule" "primary" { name = "Primary" }`,
  },
  {
    name: 'slack-bot-env',
    make: (c) => `# oncall-bot/.env.production
SLACK_BOT_TOKEN=${c.slackBot()}
SLACK_APP_TOKEN=${c.slackApp()}
SLACK_SIGNING_SECRET=${c.hex32('slack-signing-secret')}
PAGERDUTY_TOKEN=${c.pdApi()}
ONCALL_DB_URL=postgres://oncall:${c.urlPassword()}@oncall-db.internal:5432/oncall`,
  },
  {
    name: 'slack-api-log',
    make: (c) => `[${c.ts()}] DEBUG slack_sdk.web.base_client: Sending a request - url: https://slack.com/api/chat.postMessage, query_params: {}, json_body: {'channel': 'C0${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 8)}', 'text': ':rotating_light: paging ${c.name()} (${c.phone()})'}, headers: {'Content-Type': 'application/json;charset=utf-8', 'Authorization': 'Bearer ${c.slackUser()}', 'User-Agent': 'Python/3.11 slackclient/3.26.2'}`,
  },
  {
    name: 'teams-webhook-card',
    make: (c) => {
      const t = c.r.uuid(), g = c.r.uuid();
      return `Invoke-RestMethod -Method Post -ContentType 'application/json' -Uri "https://${c.pick(['contoso', 'fabrikam', 'northwind'])}.webhook.office.com/webhookb2/${g}@${t}/IncomingWebhook/${c.teamsSecret()}/${c.r.uuid()}/V2${c.C('teams-webhook-signature', c.r.b64url(32))}" -Body (@{
  text = "Escalation: on-call ${c.name()} did not ack within 15m"
} | ConvertTo-Json)`;
    },
  },
  {
    name: 'twilio-sms-notifier',
    make: (c) => `$ curl -X POST "https://api.twilio.com/2010-04-01/Accounts/AC${c.r.hex(32)}/Messages.json" \\
  --data-urlencode "Body=[P1] payments-api down, ack with 1" \\
  --data-urlencode "From=+1${c.int(201, 989)}5550${c.r.digits(3)}" \\
  --data-urlencode "To=${c.phone()}" \\
  -u "${c.twilioKey()}:${c.C('twilio-api-secret', c.r.b62(32))}"`,
  },
  {
    name: 'twilio-env',
    make: (c) => `TWILIO_ACCOUNT_SID=AC${c.r.hex(32)}
TWILIO_AUTH_TOKEN=${c.twilioTok()}
ONCALL_SMS_TO=${c.phone()}
MAILGUN_API_KEY=${c.mailgun()}
ALERT_EMAIL_TO=${c.email()}`,
  },
  {
    name: 'grafana-contact-points',
    make: (c) => `apiVersion: 1
contactPoints:
  - orgId: 1
    name: oncall
    receivers:
      - uid: ${c.r.b62(9)}
        type: slack
        settings:
          token: ${c.slackBot()}
          recipient: '#sre-alerts'
      - uid: ${c.r.b62(9)}
        type: webhook
        settings:
          url: https://hooks.internal/alerts
          authorization_credentials: ${c.glsa()}`,
  },
  {
    name: 'grafana-api-legacy',
    make: (c) => `$ curl -H "Authorization: Bearer ${c.grafanaLegacy()}" https://grafana.corp.net/api/alert-notifications
[{"id":3,"uid":"pd-sre","name":"PagerDuty SRE","type":"pagerduty","settings":{"integrationKey":"${c.hex32('pagerduty-routing-key')}","severity":"critical"}}]`,
  },
  {
    name: 'smtp-alert-email-headers',
    make: (c) => {
      const p = c.person();
      return `Return-Path: <alerts@monitoring.globex.io>
Received: from mail-relay-2 ([${c.ip()}]) by mx.google.com with ESMTPS id ${c.r.b62(12)}
From: Grafana Alerting <alerts@monitoring.globex.io>
To: "${c.name(p)}" <${c.email(p)}>
Subject: [FIRING:1] HighErrorRate checkout-api (prod)
X-Mailgun-Sending-Ip: ${c.ip()}
X-Alert-Signature: sha256=${c.r.hex(64)}`;
    },
  },
  {
    name: 'oncall-handoff-chat',
    make: (c) => `[09:0${c.int(0, 9)}] ${c.person().first.toLowerCase()}: handing over the pager. heads up, the escalation policy still points at my personal number ${c.phone()}
[09:1${c.int(0, 9)}] ${c.person().first.toLowerCase()}: also the opsgenie key we use in the runbook is ${c.uuidKey('opsgenie-api-key')}, we should rotate it after today
[09:1${c.int(0, 9)}] ${c.person().first.toLowerCase()}: ack, and the HEC token in the wiki (${c.uuidKey('splunk-hec-token', true)}) too`,
  },
];
