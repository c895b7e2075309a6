import type { NegTemplate27 } from './blind-set-27-types';
import { B62, DIGITS, UPPER } from './blind-set-9-rng';

/** Blind set 27 negatives: identifiers, masked, placeholder and redacted values in HR and service-desk logs. */
export const NEG_IDS27: NegTemplate27[] = [
  {
    source: 'neg-workday',
    name: 'neg-workday-wids',
    make: (r) =>
      `2026-12-05 09:${r.int(10, 59)}:02 INFO [hire-sync] Hire_Employee ok: Worker_Reference WID=${r.hex(32)} Employee_ID=${r.int(100000, 299999)} Position_ID=P-${r.int(10000, 99999)} Supervisory_Organization WID=${r.hex(32)} Job_Profile=JP_${r.int(1000, 9999)} Requisition=R-${r.int(10000, 99999)} Event WID=${r.hex(32)} (business process 8${r.digits(3)}$${r.int(100, 9999)})`,
  },
  {
    source: 'neg-entra',
    name: 'neg-entra-object-ids',
    make: (r) =>
      `{"time":"2026-12-05T10:${r.int(10, 59)}:11Z","category":"ProvisioningLogs","tenantId":"${r.uuid()}","properties":{"servicePrincipal":{"id":"${r.uuid()}","displayName":"Workday to Entra ID User Provisioning"},"sourceIdentity":{"id":"${r.int(100000, 299999)}","identityType":"Worker"},"targetIdentity":{"id":"${r.uuid()}","identityType":"User"},"jobId":"Workday2AAD.${r.hex(32)}.${r.uuid()}","cycleId":"${r.uuid()}","changeId":"${r.uuid()}","provisioningStatusInfo":{"status":"skipped","errorInformation":{"reason":"NotEffectivelyEntitled"}}},"correlationId":"${r.uuid()}"}`,
  },
  {
    source: 'neg-scim',
    name: 'neg-scim-group-patch',
    make: (r) =>
      `[scim] PATCH /scim/v2/Groups/${r.uuid()} 204 in ${r.int(20, 400)}ms body={"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"members","value":[{"value":"${r.uuid()}"},{"value":"${r.uuid()}"}]}]} meta.version=W/"${r.hex(40)}" externalId=grp-${r.pick(['people-ops', 'it-helpdesk', 'recruiting', 'payroll-admins'])}`,
  },
  {
    source: 'neg-docusign',
    name: 'neg-docusign-envelope-status',
    make: (r) =>
      `docusign-poller INFO envelope ${r.uuid()} status=sent->delivered templateId=${r.uuid()} accountId=${r.uuid()} brandId=${r.uuid()} recipients=2 purgeState=unpurged sender=people-ops@acme.example next poll in 900s`,
  },
  {
    source: 'neg-servicenow',
    name: 'neg-servicenow-incident',
    make: (r) =>
      `[snow] INC${String(r.int(1, 99999)).padStart(7, '0')} updated: state=In Progress assignment_group="IT Service Desk - EMEA" sys_id=${r.hex(32)} caller_id.sys_id=${r.hex(32)} related RITM${String(r.int(1, 99999)).padStart(7, '0')} / REQ${String(r.int(1, 99999)).padStart(7, '0')} / CHG${String(r.int(1, 99999)).padStart(7, '0')} sla_due=2026-12-0${r.int(6, 9)} 17:00:00`,
  },
  {
    source: 'neg-jira',
    name: 'neg-jsm-issue-keys',
    make: (r) =>
      `jsm-webhook INFO issue_updated HRSD-${r.int(100, 9999)} (requestTypeId=${r.int(10, 300)}, serviceDeskId=${r.int(1, 40)}) customfield_${r.int(10000, 10999)} changed, reporter accountId=${r.hex(24)}, assignee accountId=712020:${r.uuid()}, linked to ITSM-${r.int(100, 9999)}; changelog id ${r.int(100000, 999999)}`,
  },
  {
    source: 'neg-trace',
    name: 'neg-trace-ids',
    make: (r) =>
      `{"level":"warn","msg":"greenhouse rate limited, backing off","dd.trace_id":"${r.int(1, 9)}${r.digits(18)}","dd.span_id":"${r.int(1, 9)}${r.digits(17)}","traceparent":"00-${r.hex(32)}-${r.hex(16)}-01","x-request-id":"${r.uuid()}","retry_after":${r.int(1, 60)},"x-ratelimit-remaining":0}`,
  },
  {
    source: 'neg-hash',
    name: 'neg-hashes-checksums',
    make: (r) =>
      `eib-loader: uploaded Put_Applicant_EIB.xlsx sha256=${r.hex(64)} md5=${r.hex(32)} etag="${r.hex(32)}" build=${r.hex(40)} image=registry.acme.example/hr/eib-loader@sha256:${r.hex(64)}`,
  },
  {
    source: 'neg-masked',
    name: 'neg-masked-values',
    make: (r) =>
      `[payroll-audit] direct deposit changed for employee ${r.int(10000, 99999)}: ssn=***-**-${r.int(1000, 9999)} account=******${r.int(1000, 9999)} routing=*****${r.int(1000, 9999)} card=**** **** **** ${r.int(1000, 9999)} personal_email=${r.pick(['j', 'm', 'a', 's'])}***@gmail.com phone=+1 ***-***-${r.int(1000, 9999)} iban=${r.pick(['DE', 'NL', 'FR'])}** **** **** **** **${r.int(10, 99)} dob=**/**/${r.int(1960, 2000)}`,
  },
  {
    source: 'neg-placeholder',
    name: 'neg-placeholders-config',
    make: (r) => `# hr-integrations.env.example (rendered ${r.int(1, 28)}/11)
GREENHOUSE_API_KEY=\${GREENHOUSE_TOKEN}
LEVER_API_KEY=<API_KEY>
BAMBOOHR_API_KEY=${r.pick(['xxxx', 'xxxxxxxxxxxxxxxx', 'your-api-key-here'])}
OKTA_API_TOKEN={{ secrets.OKTA_API_TOKEN }}
SMTP_PASSWORD=changeme
DOCUSIGN_PRIVATE_KEY_PATH=/run/secrets/docusign_key
SLACK_BOT_TOKEN=xoxb-your-token
ZENDESK_API_TOKEN=%ZENDESK_API_TOKEN%`,
  },
  {
    source: 'neg-redacted',
    name: 'neg-rails-filtered',
    make: (r) => `Started PATCH "/admin/employees/${r.int(100, 9999)}/bank_account" for 10.2.${r.int(0, 255)}.${r.int(1, 254)}
Processing by Admin::BankAccountsController#update as HTML
  Parameters: {"authenticity_token"=>"[FILTERED]", "bank_account"=>{"routing_number"=>"[FILTERED]", "account_number"=>"[FILTERED]", "holder_name"=>"[FILTERED]"}, "ssn"=>"[FILTERED]", "id"=>"${r.int(100, 9999)}"}
Redirected to https://people.acme.example/admin/employees/${r.int(100, 9999)}
Completed 302 Found in ${r.int(20, 200)}ms`,
  },
  {
    source: 'neg-redacted',
    name: 'neg-redacted-headers',
    make: (r) =>
      `AxiosError: Request failed with status code 503 config.headers={"Authorization":"[REDACTED]","X-SmartToken":"********","Cookie":"[REDACTED]"} config.auth={"username":"[REDACTED]","password":"********"} url=https://api.smartrecruiters.com/candidates?limit=${r.int(10, 100)} code=ECONNRESET`,
  },
  {
    source: 'neg-redacted',
    name: 'neg-gha-masked',
    make: (r) => `2026-12-05T15:${r.int(10, 59)}:12.0000000Z + export OKTA_API_TOKEN=***
2026-12-05T15:${r.int(10, 59)}:12.0000000Z + curl -s -u ***:*** https://api.bamboohr.com/api/gateway.php/acme/v1/employees/directory
2026-12-05T15:${r.int(10, 59)}:13.0000000Z ##[warning]Unexpected input(s) 'bamboohr-subdomain', valid inputs are ['entryPoint', 'args']
2026-12-05T15:${r.int(10, 59)}:13.0000000Z Run ID ${r.int(1000000000, 9999999999)} attempt 1, sha ${r.hex(40)}`,
  },
  {
    source: 'neg-ats',
    name: 'neg-greenhouse-ids',
    make: (r) =>
      `[gh-sync] application ${r.int(10000000, 99999999)} moved to stage "Onsite" (job_id=${r.int(1000000, 9999999)}, requisition_id=REQ-2026-${String(r.int(1, 999)).padStart(4, '0')}, candidate_id=${r.int(10000000, 99999999)}, scorecard_id=${r.int(10000000, 99999999)}, offer_id=${r.int(1000000, 9999999)}, source="LinkedIn (Prospecting)")`,
  },
  {
    source: 'neg-slack',
    name: 'neg-slack-ids',
    make: (r) =>
      `[people-bot] chat.postMessage ok channel=C0${r.chars(UPPER + DIGITS, 9)} ts=${r.int(1796000000, 1799999999)}.${r.digits(6)} team=T0${r.chars(UPPER + DIGITS, 8)} bot_id=B0${r.chars(UPPER + DIGITS, 9)} app_id=A0${r.chars(UPPER + DIGITS, 9)} user=U0${r.chars(UPPER + DIGITS, 9)} thread_ts=${r.int(1796000000, 1799999999)}.${r.digits(6)} x-slack-req-id=${r.hex(32)}`,
  },
  {
    source: 'neg-twilio',
    name: 'neg-twilio-sids',
    make: (r) =>
      `flex-router INFO task WT${r.hex(32)} assigned to worker WK${r.hex(32)} in workspace WS${r.hex(32)}; call CA${r.hex(32)} queue WQ${r.hex(32)} account AC${r.hex(32)} (reservation WR${r.hex(32)})`,
  },
  {
    source: 'neg-okta',
    name: 'neg-okta-ids',
    make: (r) =>
      `okta-events: eventType=user.lifecycle.deactivate uuid=${r.uuid()} actor.id=00u${r.chars(B62, 17)} target.id=00u${r.chars(B62, 17)} app.id=0oa${r.chars(B62, 17)} group=00g${r.chars(B62, 17)} client_id=0oa${r.chars(B62, 17)} transaction.id=${r.b62(27)} debugContext.requestUri=/api/v1/users/00u${r.chars(B62, 17)}/lifecycle/deactivate`,
  },
  {
    source: 'neg-google',
    name: 'neg-google-directory-ids',
    make: (r) =>
      `directory-sync INFO users.update ok customerId=C0${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 7)} orgUnitPath=/Employees/${r.pick(['Engineering', 'Sales', 'People'])} etag="${r.b64url(27)}" id=1${r.digits(20)} service_account=directory-sync@acme-directory-sync.iam.gserviceaccount.com client_id=1${r.digits(20)} quotaUser=directory-sync`,
  },
  {
    source: 'neg-storage',
    name: 'neg-box-dropbox-ids',
    make: (r) =>
      `box-archiver: moved file ${r.int(1000000000, 1999999999)} (sha1 ${r.hex(40)}, version ${r.int(1000000000, 1999999999)}) to folder ${r.int(100000000, 299999999)} "HR/Policies/2027"; dropbox mirror id:${r.b64url(16)} rev ${r.hex(15)} content_hash ${r.hex(64)}`,
  },
  {
    source: 'neg-zoom',
    name: 'neg-zoom-meeting-ids',
    make: (r) =>
      `zoom-webhook INFO meeting.ended id=${r.int(80000000000, 99999999999)} uuid=${r.b64(16)} topic="Benefits open enrollment Q&A" host_id=${r.b62(22)} duration=${r.int(20, 90)} participants=${r.int(20, 400)} account_id=${r.b62(22)}`,
  },
];
