import type { PositiveMaker } from './blind-set-3-types';

/**
 * Blind set 3, personal data cases: emails, phones (E.164 and national), SSNs, UK NI numbers,
 * public client IPs, dates of birth under key names, in log and payload contexts.
 */
export const PERSONAL: Record<string, PositiveMaker> = {
  'email-in-rails-log': (v) => {
    const e = v.email();
    return { text: `Completed 422 Unprocessable Entity in 41ms | user lookup failed for ${e}`, values: [e] };
  },
  'email-json-nested': (v) => {
    const e = v.email();
    return { text: `{"event":"signup","user":{"profile":{"email":"${e}","plan":"pro"}}}`, values: [e] };
  },
  'email-mailto-markdown': (v) => {
    const e = v.email();
    return { text: `Escalated by [${e}](mailto:${e}) at 14:02`, values: [e] };
  },
  'email-url-encoded-query': (v) => {
    const e = v.email();
    const enc = e.replace('@', '%40');
    return { text: `GET /api/v1/password-reset?email=${enc}&locale=en HTTP/2 200`, values: [enc] };
  },
  'email-smtp-rcpt': (v) => {
    const e = v.email();
    return { text: `postfix/smtp[1123]: 4F3A21C0: to=<${e}>, relay=mx.provider.net[203.0.113.7]:25, delay=1.2, status=bounced (550 5.1.1 user unknown)`, values: [e] };
  },
  'email-sql-where': (v) => {
    const e = v.email();
    return { text: `duration: 1203.112 ms  statement: SELECT id, name FROM customers WHERE email = '${e}' LIMIT 1`, values: [e] };
  },
  'email-graphql-variables': (v) => {
    const e = v.email();
    return { text: `{"errors":[{"message":"User not found","path":["inviteUser"]}],"extensions":{"variables":{"input":{"email":"${e}","role":"ADMIN"}}}}`, values: [e] };
  },
  'email-java-exception': (v) => {
    const e = v.email();
    return { text: `com.acme.billing.InvoiceException: could not deliver invoice INV-2026-0042 to ${e}\n\tat com.acme.billing.Mailer.send(Mailer.java:77)`, values: [e] };
  },
  'email-csv-row': (v) => {
    const e = v.email();
    return { text: `import row 88 rejected: "Okafor","Jude",${e},"GB",2026-10-01`, values: [e] };
  },
  'email-logfmt': (v) => {
    const e = v.email();
    return { text: `level=info msg="magic link sent" user_email=${e} ttl=15m`, values: [e] };
  },
  'phone-e164-twilio-error': (v) => {
    const p = v.phoneE164();
    return { text: `Twilio error 21610: Attempt to send to unsubscribed recipient To=${p} From=+18445550100`, values: [p] };
  },
  'phone-e164-json': (v) => {
    const p = v.phoneE164();
    return { text: `{"customer":{"id":"cus_${v.b62(14)}","phone":"${p}","name":"R. Alvarez"}}`, values: [p] };
  },
  'phone-us-national-ticket': (v) => {
    const p = v.phoneUsNational();
    return { text: `Zendesk ticket #48213: caller asked us to call back at ${p} regarding refund`, values: [p] };
  },
  'phone-uk-national-yaml': (v) => {
    const p = v.phoneUkNational();
    return { text: `contact:\n  name: Aisha Khan\n  mobile: "${p}"`, values: [p] };
  },
  'phone-url-encoded-plus': (v) => {
    const p = v.phoneE164();
    const enc = p.replace('+', '%2B');
    return { text: `POST /2010-04-01/Accounts/AC.../Messages.json body=To=${enc}&Body=Your+code+is+481516`, values: [enc] };
  },
  'phone-php-array': (v) => {
    const p = v.phoneE164();
    return { text: `[2026-11-03 15:10:00] local.WARNING: SMS failed {"to":"${p}","provider":"vonage","status":"rejected"}`, values: [p] };
  },
  'ssn-form-log': (v) => {
    const s = v.ssn();
    return { text: `kyc-service ERROR validation failed for applicant: {"first_name":"Dana","ssn":"${s}","state":"OH"}`, values: [s] };
  },
  'ssn-sql-insert': (v) => {
    const s = v.ssn();
    return { text: `ERROR:  duplicate key value violates unique constraint "applicants_ssn_key"\nDETAIL:  Key (ssn)=(${s}) already exists.`, values: [s] };
  },
  'ssn-plain-text': (v) => {
    const s = v.ssn();
    return { text: `Note from support: customer verified identity with SSN ${s} over the phone.`, values: [s] };
  },
  'uk-ni-spaced': (v) => {
    const n = v.ukNi(true);
    return { text: `payroll import: employee 1182 national_insurance_number="${n}" tax_code=1257L`, values: [n] };
  },
  'uk-ni-compact-json': (v) => {
    const n = v.ukNi();
    return { text: `{"employee":{"niNumber":"${n}","startDate":"2025-04-06"}}`, values: [n] };
  },
  'ip-nginx-remote-addr': (v) => {
    const ip = v.publicIp();
    return { text: `${ip} - - [03/Nov/2026:15:12:44 +0000] "POST /login HTTP/1.1" 401 64 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"`, values: [ip] };
  },
  'ip-x-forwarded-for-chain': (v) => {
    const ip = v.publicIp();
    return { text: `X-Forwarded-For: ${ip}, 10.0.3.21, 172.16.0.4`, values: [ip] };
  },
  'ip-json-client-ip': (v) => {
    const ip = v.publicIp();
    return { text: `{"msg":"rate limited","client_ip":"${ip}","route":"/api/v1/search","limit":100}`, values: [ip] };
  },
  'ip-envoy-downstream': (v) => {
    const ip = v.publicIp();
    return { text: `[2026-11-03T15:13:01.442Z] "GET /checkout HTTP/2" 503 UF 0 91 30001 - "${ip}" "Mozilla/5.0" "${v.r.uuid()}" "checkout.acme.io" "10.4.1.9:8080"`, values: [ip] };
  },
  'ip-ssh-auth-log': (v) => {
    const ip = v.publicIp();
    return { text: `Nov  3 15:14:09 bastion-1 sshd[8812]: Failed password for invalid user admin from ${ip} port 52144 ssh2`, values: [ip] };
  },
  'dob-json-key': (v) => {
    const d = v.dob();
    return { text: `{"patient":{"mrn":"${v.r.digits(8, true)}","date_of_birth":"${d}","sex":"F"}}`, values: [d] };
  },
  'dob-camel-logfmt': (v) => {
    const d = v.dob();
    return { text: `level=warn msg="age check failed" dateOfBirth=${d} country=DE`, values: [d] };
  },
  'dob-yaml': (v) => {
    const d = v.dob();
    return { text: `applicant:\n  name: Marta Nowak\n  dob: ${d}`, values: [d] };
  },
  'mixed-customer-record': (v) => {
    const e = v.email(),
      p = v.phoneE164();
    return { text: `Customer.update failed: #<Customer id: 9912, email: "${e}", phone: "${p}", created_at: "2024-02-11 08:00:00">`, values: [e, p] };
  },
  'email-python-repr-tuple': (v) => {
    const e = v.email();
    return {
      text: `psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "users_email_key" DETAIL: Key (email)=(${e}) already exists. [parameters: ('${e}', 'Kenji')]`,
      values: [e],
    };
  },
  'email-k8s-annotation': (v) => {
    const e = v.email();
    return { text: `metadata:\n  annotations:\n    owner: ${e}\n    team: payments`, values: [e] };
  },
  'phone-go-struct': (v) => {
    const p = v.phoneE164();
    return { text: `sms: delivery failed: &{To:${p} Template:otp Attempts:3}`, values: [p] };
  },
  'ip-go-http-error': (v) => {
    const ip = v.publicIp();
    return { text: `2026/11/03 15:16:00 http: TLS handshake error from ${ip}:61532: EOF`, values: [ip] };
  },
  'ip-syslog-sd': (v) => {
    const ip = v.publicIp();
    return { text: `<38>1 2026-11-03T15:17:00Z edge-3 waf - BLOCK [req@32473 src="${ip}" uri="/wp-login.php"] rule 942100`, values: [ip] };
  },
  'email-base64-basic-user': (v) => {
    const e = v.email();
    return { text: `AuthenticationFailed user=${e} reason=mfa_required`, values: [e] };
  },
};
