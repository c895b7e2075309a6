import { logPrefix30, type NegTemplate30 } from './blind-set-30-case';
import { sfOrgId } from './blind-set-30-tokens';

const SFID = (r: { b62: (n: number) => string }, p: string) => `${p}5e00000${r.b62(5)}AA${r.b62(1).toUpperCase()}`;

/** Look-alikes from CRM, email and engagement tools: ids, hashes, signatures, placeholders, aggregates. */
export const NEG_CRM30: NegTemplate30[] = [
  { id: 'neg-crm/sf-invalid-session', make: (r) => `${logPrefix30(r)} [sf-rest] GET /services/data/v60.0/sobjects/Opportunity/${SFID(r, '006')} -> 401 (${r.int(40, 300)} ms)
request headers: {"Authorization":"Bearer [REDACTED]","Sforce-Call-Options":"client=crm-sync"}
response: [{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]
will refresh token for org ${sfOrgId(r)} (attempt ${r.int(1, 3)})` },
  { id: 'neg-crm/sf-bulk-job-status', make: (r) => `bulk job ${SFID(r, '750')} state=Failed
${JSON.stringify({ id: SFID(r, '750'), operation: 'upsert', object: 'Contact', createdById: SFID(r, '005'), createdDate: r.iso(), state: 'Failed', externalIdFieldName: 'External_Id__c', concurrencyMode: 'Parallel', contentType: 'CSV', apiVersion: 60.0, jobType: 'V2Ingest', lineEnding: 'LF', columnDelimiter: 'COMMA', numberRecordsProcessed: r.int(1000, 90000), numberRecordsFailed: r.int(1, 900), retries: 0, totalProcessingTime: r.int(1000, 90000), errorMessage: 'InvalidBatch : Field name not found : Consent_Source__c' })}` },
  { id: 'neg-crm/sf-limits', make: (r) => {
    const lim = (max: number) => ({ Max: max, Remaining: r.int(0, max) });
    return `${logPrefix30(r, 'WARN')} salesforce org ${sfOrgId(r)} close to daily API limit
GET /services/data/v60.0/limits -> ${JSON.stringify({ DailyApiRequests: lim(1000000), DailyBulkV2QueryJobs: lim(10000), DailyAsyncApexExecutions: lim(250000), DataStorageMB: lim(90000), SingleEmail: lim(5000), HourlyPublishedPlatformEvents: lim(250000) })}`;
  } },
  { id: 'neg-crm/sf-apex-limits', make: (r) => `${r.int(10, 17)}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)} (${r.num(9)})|CODE_UNIT_STARTED|[EXTERNAL]|${SFID(r, '01p')}|LeadTrigger on Lead trigger event AfterInsert
${r.int(10, 17)}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)} (${r.num(9)})|LIMIT_USAGE_FOR_NS|(default)|
  Number of SOQL queries: ${r.int(1, 100)} out of 100
  Number of query rows: ${r.int(100, 50000)} out of 50000
  Number of DML statements: ${r.int(1, 150)} out of 150
  Maximum CPU time: ${r.int(100, 10000)} out of 10000 ******* CLOSE TO LIMIT
${r.int(10, 17)}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)} (${r.num(9)})|FATAL_ERROR|System.LimitException: Apex CPU time limit exceeded` },
  { id: 'neg-crm/hubspot-rate-limit', make: (r) => `${logPrefix30(r)} hubspot batch upsert failed after 3 retries
{"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT","correlationId":"${r.uuid()}","policyName":"TEN_SECONDLY_ROLLING","groupName":"publicapi:private-apps:${r.num(8)}:${r.num(8)}"}
x-hubspot-ratelimit-daily: 500000  x-hubspot-ratelimit-daily-remaining: ${r.int(0, 500000)}  x-hubspot-ratelimit-interval-milliseconds: 10000` },
  { id: 'neg-crm/hubspot-webhook-signature', make: (r) => `${logPrefix30(r, 'WARN')} hubspot webhook rejected: signature v3 mismatch (clock skew ${r.int(301, 900)}s)
X-HubSpot-Signature-v3: ${r.b64(32)}
X-HubSpot-Request-Timestamp: ${r.epoch()}${r.digits(3)}
${JSON.stringify([{ eventId: Number(r.num(10)), subscriptionId: Number(r.num(7)), portalId: Number(r.num(8)), appId: Number(r.num(7)), occurredAt: r.epoch() * 1000, subscriptionType: 'deal.propertyChange', attemptNumber: r.int(0, 5), objectId: Number(r.num(11)), propertyName: 'dealstage', propertyValue: 'closedwon', changeSource: 'CRM_UI' }])}` },
  { id: 'neg-crm/marketo-bulk-export', make: (r) => `marketo bulk lead export ${r.uuid()} status=Failed
${JSON.stringify({ requestId: `${r.hex(4)}#${r.hex(11)}`, result: [{ exportId: r.uuid(), format: 'CSV', status: 'Failed', createdAt: r.iso().replace(/\.\d+Z/, 'Z'), queuedAt: r.iso().replace(/\.\d+Z/, 'Z'), numberOfRecords: r.int(1000, 900000), fileSize: r.int(100000, 90000000), fileChecksum: `sha256:${r.hex(64)}` }], success: true })}
munchkin=${r.digits(3)}-${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 3)}-${r.digits(3)} daily export quota used: ${r.int(100, 500)}MB / 500MB` },
  { id: 'neg-crm/pardot-runbook', make: (r) => `Runbook: Pardot API v5 "Invalid Business Unit"
1. Get a token:  POST https://login.salesforce.com/services/oauth2/token  (client_id=<CONSUMER_KEY>, client_secret=<CONSUMER_SECRET>)
2. Call:  curl https://pi.pardot.com/api/v5/objects/prospects?fields=id,email -H "Authorization: Bearer <ACCESS_TOKEN>" -H "Pardot-Business-Unit-Id: 0Uv5e000000${r.b62(4)}CAA"
3. Expected error when the header is wrong: {"code":${r.pick([181, 184])},"message":"Invalid Business Unit ID"}
Last updated ${r.iso().slice(0, 10)} by RevOps` },
  { id: 'neg-email/mailchimp-campaign-report', make: (r) => `campaign report fetched: GET /3.0/reports/${r.hex(10)} (Authorization: apikey \${MAILCHIMP_API_KEY})
${JSON.stringify({ id: r.hex(10), campaign_title: `Spring sale ${r.int(1, 9)}`, type: 'regular', list_id: r.hex(10), emails_sent: r.int(10000, 900000), abuse_reports: r.int(0, 40), unsubscribed: r.int(10, 4000), bounces: { hard_bounces: r.int(10, 900), soft_bounces: r.int(10, 900) }, opens: { open_rate: Number(r.next().toFixed(4)) }, clicks: { click_rate: Number((r.next() / 10).toFixed(4)) } })}` },
  { id: 'neg-email/sendgrid-stats', make: (r) => `${logPrefix30(r, 'INFO')} sendgrid daily stats (GET /v3/stats?start_date=2024-0${r.int(1, 9)}-01&aggregated_by=day)
${JSON.stringify([{ date: `2024-0${r.int(1, 9)}-1${r.int(0, 9)}`, stats: [{ metrics: { blocks: r.int(0, 900), bounce_drops: r.int(0, 900), bounces: r.int(0, 900), clicks: r.int(0, 90000), deferred: r.int(0, 9000), delivered: r.int(10000, 900000), invalid_emails: r.int(0, 90), opens: r.int(0, 90000), processed: r.int(10000, 900000), spam_reports: r.int(0, 90) } }] }])}
alert: bounce rate ${(r.next() * 8).toFixed(2)}% above threshold 5%` },
  { id: 'neg-email/postmark-server', make: (r) => `postmark server settings changed (audit):
${JSON.stringify({ ID: Number(r.num(6)), Name: 'Transactional (prod)', ApiTokens: ['********-****-****-****-********' + r.hex(4)], Color: 'blue', SmtpApiActivated: true, TrackOpens: true, TrackLinks: 'HtmlOnly', InboundDomain: '', BounceHookUrl: 'https://hooks.brightpath.io/postmark/bounce', DeliveryType: 'Live' })}` },
  { id: 'neg-email/postfix-queue', make: (r) => {
    const q = () => r.chars('0123456789ABCDEF', 10);
    const a = q(), b = q();
    return `${r.pick(['May', 'Jun', 'Jul'])} ${r.int(10, 28)} 0${r.int(1, 9)}:${r.int(10, 59)}:${r.int(10, 59)} mkt-relay-0${r.int(1, 4)} postfix/smtpd[${r.int(1000, 40000)}]: connect from mta-out.internal[10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}]
postfix/smtpd[${r.int(1000, 40000)}]: Anonymous TLS connection established from mta-out.internal: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
postfix/cleanup[${r.int(1000, 40000)}]: ${a}: message-id=<${r.hex(24)}@brightpath.io>
postfix/qmgr[${r.int(1000, 40000)}]: ${a}: removed
postfix/qmgr[${r.int(1000, 40000)}]: ${b}: deferred queue size ${r.int(2000, 9000)} exceeds alert threshold 1500
postfix/anvil[${r.int(1000, 40000)}]: statistics: max connection rate ${r.int(10, 90)}/60s for (smtp:10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}) at ${r.pick(['May', 'Jun'])} ${r.int(10, 28)} 0${r.int(1, 9)}:${r.int(10, 59)}:${r.int(10, 59)}`;
  } },
  { id: 'neg-email/dmarc-aggregate', make: (r) => `<feedback><report_metadata><org_name>google.com</org_name><report_id>${r.num(20)}</report_id><date_range>${((b) => `<begin>${b}</begin><end>${b + 86399}</end>`)(r.epoch())}</date_range></report_metadata>
<policy_published><domain>brightpath.io</domain><adkim>r</adkim><aspf>r</aspf><p>quarantine</p><pct>100</pct></policy_published>
<record><row><source_ip>149.72.${r.int(0, 255)}.${r.int(1, 254)}</source_ip><count>${r.int(100, 90000)}</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>fail</spf></policy_evaluated></row><identifiers><header_from>brightpath.io</header_from></identifiers><auth_results><dkim><domain>em${r.num(4)}.brightpath.io</domain><selector>s1</selector><result>pass</result></dkim></auth_results></record></feedback>` },
  { id: 'neg-email/sendgrid-docs', make: (r) => `# README — sending test mail locally
export SENDGRID_API_KEY='YOUR_API_KEY'   # looks like SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy
node scripts/send-test.js --template d-${'0'.repeat(32)} --to test@example.com
# expected output: 202 Accepted, x-message-id: <random id>
# Troubleshooting: 401 means the key is missing the mail.send scope (ticket MKT-${r.num(4)})` },
  { id: 'neg-engage/braze-canvas-stats', make: (r) => `GET https://rest.iad-0${r.int(1, 8)}.braze.com/canvas/data_summary?canvas_id=${r.uuid()}&length=7 (Authorization: Bearer \${BRAZE_REST_API_KEY})
${JSON.stringify({ data: { name: 'Onboarding v4', total_stats: { revenue: r.int(0, 90000) + 0.5, conversions: r.int(0, 9000), entries: r.int(1000, 900000) }, variant_stats: { [r.uuid()]: { name: 'Control', entries: r.int(100, 9000) } }, step_stats: { [r.uuid()]: { name: 'Welcome email', messages: { email: [{ sent: r.int(100, 90000), opens: r.int(100, 9000), bounces: r.int(0, 90) }] } } } }, message: 'success' })}` },
  { id: 'neg-engage/iterable-workflow', make: (r) => `${logPrefix30(r, 'WARN')} iterable workflow ${r.num(6)} node "Wait 2 days" backlog=${r.int(1000, 90000)}
${JSON.stringify({ workflowId: Number(r.num(6)), campaignId: Number(r.num(7)), templateId: Number(r.num(7)), messageTypeId: Number(r.num(5)), channelId: Number(r.num(5)), createdAt: r.iso(), projectId: r.int(1000, 9999), state: 'Running', lastError: 'Rate limited by SMS provider (429)' })}` },
  { id: 'neg-engage/klaviyo-metrics', make: (r) => `klaviyo metric aggregate (revision 2024-10-15) metric_id=${r.b62(6)} company public key=${r.b62(6)}
${JSON.stringify({ data: { type: 'metric-aggregate', id: r.uuid(), attributes: { dates: [`2024-0${r.int(1, 9)}-01T00:00:00+00:00`, `2024-0${r.int(1, 9)}-02T00:00:00+00:00`], data: [{ dimensions: ['Email'], measurements: { count: [r.int(100, 9000), r.int(100, 9000)], unique: [r.int(10, 900), r.int(10, 900)] } }] } } })}` },
  { id: 'neg-engage/customerio-broadcast', make: (r) => `customer.io broadcast ${r.int(2, 90)} triggered: {"id":${r.num(6)}} (recipients: segment ${r.int(2, 90)}, ~${r.int(1000, 90000)} people)
delivery ids sample: ${[0, 1, 2].map(() => r.b64url(18)).join(', ')}
status: ${r.pick(['running', 'completed with 12 errors', 'throttled'])}; next check in 60s` },
  { id: 'neg-support/intercom-stats', make: (r) => `${logPrefix30(r, 'INFO')} intercom inbox stats for team ${r.num(7)}
${JSON.stringify({ type: 'conversation.list', total_count: r.int(100, 9000), open: r.int(10, 900), snoozed: r.int(0, 90), median_first_response_seconds: r.int(30, 9000), app_id: r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 8), sample_conversation_ids: [r.num(12), r.num(12)] })}` },
  { id: 'neg-support/zendesk-sla', make: (r) => `zendesk SLA breach: ticket #${r.num(6)} policy "Enterprise P1" metric first_reply_time target ${r.pick([30, 60, 120])}m actual ${r.int(121, 900)}m
ticket_metric_event ${JSON.stringify({ id: Number(r.num(12)), ticket_id: Number(r.num(6)), metric: 'reply_time', instance_id: 1, type: 'breach', time: r.iso(), sla: { target: 60, business_hours: true, policy: { id: Number(r.num(12)), title: 'Enterprise P1' } } })}` },
  { id: 'neg-support/gong-stats', make: (r) => `gong daily stats job: ${r.int(100, 900)} calls processed, ${r.int(0, 9)} failed transcription
failed call ids: ${[0, 1, 2].map(() => r.num(19)).join(', ')}
workspace ${r.num(19)}; avg duration ${r.int(600, 3600)}s; talk ratio ${(r.next()).toFixed(2)}` },
];
