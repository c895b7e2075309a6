import type { NegTemplate27 } from './blind-set-27-types';

/** Blind set 27 negatives: company-level data, public keys, dates that are not birth dates, documentation examples and metrics. */
export const NEG_LOGS27: NegTemplate27[] = [
  {
    source: 'neg-company',
    name: 'neg-employer-w2-header',
    make: (r) =>
      `[w2-gen] tax year 2026 batch ${r.int(100, 999)} ok: employer="Acme Robotics, Inc." employer_ein=${r.pick(['84', '47', '82', '93'])}-${r.int(1000000, 9999999)} state_employer_id=${r.pick(['CA', 'NY', 'TX'])} ${r.int(100, 999)}-${r.int(1000, 9999)}-${r.int(1, 9)} employer_address="500 Howard St, Suite ${r.int(100, 900)}, San Francisco, CA 94105" forms=${r.int(100, 2000)} control_numbers=${r.int(1, 9)}${r.digits(4)}-${r.int(1, 9)}${r.digits(4)}`,
  },
  {
    source: 'neg-company',
    name: 'neg-shared-mailbox-mail',
    make: (r) => `Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.${r.int(2, 250)}])
From: Acme People Team <people-ops@acme.example>
Reply-To: hr@acme.example
To: all-staff@acme.example
Message-ID: <CA+${r.b64url(30)}@mail.gmail.com>
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=acme.example; s=google; h=from:to:subject:date; bh=${r.b64(32)}; b=${r.b64(128)}
Subject: Open enrollment closes Friday ${r.pick(['12/12', '12/19'])}
List-Unsubscribe: <mailto:unsubscribe-${r.hex(12)}@acme.example>`,
  },
  {
    source: 'neg-company',
    name: 'neg-company-vcard',
    make: (r) => `BEGIN:VCARD\r
VERSION:3.0\r
ORG:Acme Robotics, Inc.;People Operations\r
FN:Acme People Team\r
EMAIL;TYPE=WORK:people-ops@acme.example\r
TEL;TYPE=WORK:+1 888 555 01${r.int(10, 99)}\r
ADR;TYPE=WORK:;;500 Howard St, Suite ${r.int(100, 900)};San Francisco;CA;94105;US\r
URL:https://careers.acme.example\r
REV:2026-12-0${r.int(1, 5)}T10:00:00Z\r
END:VCARD`,
  },
  {
    source: 'neg-org',
    name: 'neg-org-chart-export',
    make: (r) => {
      const titles = ['Senior Payroll Analyst', 'HR Business Partner', 'Talent Acquisition Lead', 'IT Support Engineer II', 'Benefits Specialist', 'People Data Analyst', 'Workplace Coordinator'];
      const depts = ['People Operations', 'Talent Acquisition', 'IT Service Desk', 'Finance - Payroll', 'Workplace & Facilities'];
      const rows = [0, 1, 2, 3].map(
        () =>
          `${r.int(10000, 99999)},${r.pick(titles)},${r.pick(depts)},CC-${r.int(100, 999)},${r.pick(['SF HQ', 'London', 'Berlin', 'Remote - US'])},L${r.int(2, 7)},${r.pick(['FTE', 'Contractor'])}`,
      );
      return `[org-export] wrote 4 rows to headcount_2026-12.csv
employee_id,job_title,department,cost_center,location,level,type
${rows.join('\n')}`;
    },
  },
  {
    source: 'neg-dates',
    name: 'neg-public-holidays',
    make: (r) =>
      `holiday-calendar: loaded ${r.pick(['US', 'UK', 'DE'])} 2027 calendar (Workday Holiday_Calendar_ID=HC_${r.int(100, 999)}): 2027-01-01 New Year's Day; 2027-01-18 Martin Luther King Jr. Day; 2027-05-31 Memorial Day; 2027-07-05 Independence Day (observed); 2027-11-25 Thanksgiving; 2027-12-24 Christmas Eve; 2027-12-25 Christmas Day; company shutdown 2027-12-27..2027-12-31`,
  },
  {
    source: 'neg-dates',
    name: 'neg-effective-dates',
    make: (r) =>
      `[comp-cycle] job change effective_date=2027-0${r.int(1, 4)}-01 pay_period_start=2026-12-${r.int(10, 16)} pay_period_end=2026-12-${r.int(24, 31)} check_date=2026-12-31 requisition R-${r.int(10000, 99999)} target_start=2027-02-0${r.int(1, 9)} approval_deadline=2026-12-${r.int(10, 20)} created_at=2026-12-05T11:${r.int(10, 59)}:00Z`,
  },
  {
    source: 'neg-docs',
    name: 'neg-doc-examples',
    make: (r) => `hr-api-docs: rendering examples page ${r.int(1, 40)}:
  AWS example: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
  IBAN format example: DE89 3704 0044 0532 0130 00
  NINO format: QQ 12 34 56 C (QQ prefix is reserved for examples)
  Test card (sandbox only): 4242 4242 4242 4242
  SSN field format: XXX-XX-XXXX`,
  },
  {
    source: 'neg-docs',
    name: 'neg-salary-bands',
    make: (r) =>
      `comp-bands: published ${r.pick(['Engineering', 'People', 'Sales'])} ranges for 2027: L3 ${r.int(90, 110)},000-${r.int(120, 140)},000 USD; L4 ${r.int(130, 150)},000-${r.int(160, 180)},000 USD; L5 ${r.int(170, 190)},000-${r.int(200, 230)},000 USD; merit budget ${r.int(2, 5)}.${r.int(0, 9)}%; ${r.int(100, 900)} employees in cycle`,
  },
  {
    source: 'neg-keys',
    name: 'neg-saml-idp-metadata',
    make: (r) => `okta-saml: refreshed IdP metadata for app "Workday" entityID=http://www.okta.com/exk${r.b62(17)}
<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIDpDCCAoygAwIBAgIGAY${r.b64(300).replace(/=+$/, '')}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://acme.okta.com/app/workday/exk${r.b62(17)}/sso/saml"/>`,
  },
  {
    source: 'neg-keys',
    name: 'neg-public-key-pem',
    make: (r) => {
      const body = ('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + r.b64(240)).replace(/=+$/, '');
      const lines: string[] = [];
      for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
      return `docusign-connect: verifying Connect payloads with the DocuSign public certificate (public key follows, safe to log):
-----BEGIN PUBLIC KEY-----
${lines.join('\n')}
-----END PUBLIC KEY-----`;
    },
  },
  {
    source: 'neg-keys',
    name: 'neg-k8s-secret-refs',
    make: (r) => `job.batch/payroll-export-${r.int(28000000, 29999999)} env:
  - name: ADP_CLIENT_SECRET
    valueFrom: { secretKeyRef: { name: adp-credentials, key: client_secret } }
  - name: VAULT_PATH
    value: secret/data/hr/adp
  - name: VAULT_ROLE
    value: payroll-export
  - name: DD_TRACE_AGENT_URL
    value: unix:///var/run/datadog/apm.socket
Back-off restarting failed container (exit code ${r.int(1, 2)}), resourceVersion ${r.int(10000000, 99999999)}, uid ${r.uuid()}`,
  },
  {
    source: 'neg-oauth',
    name: 'neg-oauth-public-params',
    make: (r) =>
      `GET /oauth/authorize?response_type=code&client_id=${r.hex(32)}&redirect_uri=https%3A%2F%2Fpeople.acme.example%2Fcallback%2Fcalendly&scope=default&code_challenge=${r.b64url(32)}&code_challenge_method=S256 302 (${r.int(5, 80)}ms) -> https://auth.calendly.com/oauth/authorize`,
  },
  {
    source: 'neg-queue',
    name: 'neg-celery-task-stats',
    make: (r) =>
      `[2026-12-05 12:${r.int(10, 59)}:00,${r.int(100, 999)}: INFO/MainProcess] Task screening.tasks.poll_checkr[${r.uuid()}] succeeded in ${r.int(1, 9)}.${r.digits(3)}s: {'reports_checked': ${r.int(1, 90)}, 'pending': ${r.int(0, 30)}, 'clear': ${r.int(0, 30)}, 'consider': ${r.int(0, 5)}, 'next_cursor': '${r.hex(24)}'}`,
  },
  {
    source: 'neg-ldap',
    name: 'neg-ldif-group',
    make: (r) => `# ldapsearch -LLL -H ldaps://ldap.corp.acme.example -b ou=groups,dc=acme,dc=example "(cn=${r.pick(['hr-admins', 'payroll', 'it-desk'])})"
dn: cn=${r.pick(['hr-admins', 'payroll', 'it-desk'])},ou=groups,dc=acme,dc=example
objectClass: groupOfNames
member: cn=svc-hr-sync,ou=service,dc=acme,dc=example
member: cn=svc-joiner,ou=service,dc=acme,dc=example
entryUUID: ${r.uuid()}
modifyTimestamp: 202612${String(r.int(1, 5)).padStart(2, '0')}101500Z`,
  },
  {
    source: 'neg-calendar',
    name: 'neg-all-hands-ics',
    make: (r) => `BEGIN:VEVENT
UID:${r.uuid()}@calendar.acme.example
DTSTART:20270114T170000Z
SUMMARY:People Ops office hours - benefits Q&A
LOCATION:https://acme.zoom.us/j/${r.int(80000000000, 99999999999)}
ORGANIZER;CN=Acme People Team:mailto:people-ops@acme.example
ATTENDEE;CUTYPE=GROUP;CN=All Staff:mailto:all-staff@acme.example
SEQUENCE:${r.int(0, 4)}
END:VEVENT`,
  },
  {
    source: 'neg-finance',
    name: 'neg-card-program-config',
    make: (r) =>
      `card-program: corporate card BIN range ${r.pick(['485932', '552433', '374245'])}xx (issuer ${r.pick(['Brex', 'Ramp', 'AmEx GBT'])}), default limit 5000 USD, MCC blocklist [7995, 5933, 6051], statement close day ${r.int(1, 28)}, GL account 6${r.int(100, 999)}-00 "Travel & Entertainment", cards issued this cycle: ${r.int(10, 300)}`,
  },
  {
    source: 'neg-finance',
    name: 'neg-expense-report-summary',
    make: (r) =>
      `expense-sync INFO report ${r.hex(16).toUpperCase()} approved: policy "${r.pick(['Global Travel 2026', 'US Field Sales'])}", total ${r.int(100, 4000)}.${r.int(10, 99)} USD, ${r.int(1, 20)} expenses, card last4 ${r.int(1000, 9999)}, export batch EXP-${r.int(10000, 99999)}, GL 6${r.int(100, 999)}, reimbursable 0.00`,
  },
  {
    source: 'neg-metrics',
    name: 'neg-hr-metrics',
    make: (r) =>
      `hr-dash: headcount=${r.int(800, 3000)} hires_mtd=${r.int(5, 90)} attrition_ttm=${r.int(5, 19)}.${r.int(0, 9)}% open_reqs=${r.int(20, 200)} avg_time_to_fill_days=${r.int(20, 70)} offer_accept_rate=${r.int(60, 95)}% background_checks_pending=${r.int(0, 40)} tickets_open{queue="HR Help"}=${r.int(0, 200)}`,
  },
  {
    source: 'neg-config',
    name: 'neg-webhook-endpoints',
    make: (r) =>
      `webhooks: registered ${r.pick(['greenhouse', 'lever', 'calendly', 'docusign'])} endpoint https://hooks.acme.example/${r.pick(['ats', 'esign', 'sched'])}/${r.hex(8)} events=[candidate.hired, offer.accepted] signature_header=${r.pick(['Signature', 'X-Hub-Signature-256', 'Calendly-Webhook-Signature'])} secret_ref=vault:secret/data/webhooks/${r.pick(['greenhouse', 'lever', 'calendly'])}#signing_key algorithm=HMAC-SHA256 created_by=svc-integrations`,
  },
  {
    source: 'neg-config',
    name: 'neg-sealed-secret',
    make: (r) => `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata: { name: greenhouse-credentials, namespace: hr-integrations }
spec:
  encryptedData:
    api_key: AgB${r.b64(180).replace(/=+$/, '')}
# sealed-secrets controller: unseal failed (no key could decrypt secret), generation ${r.int(1, 9)}`,
  },
];
