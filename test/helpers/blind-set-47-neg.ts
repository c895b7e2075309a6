import type { Tpl47 } from './blind-set-47-ccaas-a';

/** Negatives: close to leaks, but hold none. */
export const negatives47: Tpl47[] = [
  ['interaction-ids', 10, (c) => `2025-11-09T10:12:${c.r.int(10, 59)}Z INFO routing conversationId=${c.r.uuid()} queueId=${c.r.uuid()} participantId=${c.r.uuid()} wrapup=RESOLVED handle_ms=${c.r.int(30000, 900000)}`],
  ['twilio-sids', 10, (c) => `callSid=CA${c.r.hex(32)} taskSid=WT${c.r.hex(32)} workspaceSid=WS${c.r.hex(32)} status=completed duration=${c.r.int(20, 900)}`],
  ['masked-cards', 10, (c) => c.pick([
    `Payment captured: Visa •••• •••• •••• ${c.r.digits(4)} (auth ${c.r.hex(6).toUpperCase()})`,
    `card=XXXX-XXXX-XXXX-${c.r.digits(4)} exp=**/** cvv=***`,
    `Customer confirmed card ending in ${c.r.digits(4)}; token=tok_[redacted]`,
    `{"last4":"${c.r.digits(4)}","brand":"mastercard","fingerprint":"[masked]"}`,
  ])],
  ['placeholders', 10, (c) => `# .env.example @ ${c.r.hex(7)}\n` + c.pick([
    'TWILIO_AUTH_TOKEN=<your-auth-token>\nTWILIO_ACCOUNT_SID=<your-account-sid>',
    'GENESYS_CLOUD_CLIENT_SECRET=${GENESYS_CLIENT_SECRET}\nGENESYS_CLOUD_REGION=mypurecloud.ie',
    'five9.ws.password=changeme\nfive9.ws.username=your-username',
    'zendesk:\n  api_token: "xxxxxxxxxxxxxxxxxxxxxxxx"\n  email: agent@example.com',
    'AIRCALL_API_TOKEN={{ secrets.AIRCALL_API_TOKEN }}',
    'stripe_secret_key: sk_live_****' + c.r.digits(4),
  ])],
  ['aws-docs-example', 8, (c) => `aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE --profile ${c.pick(['connect-dev', 'cc-sandbox', 'default'])}\naws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\naws connect describe-contact --instance-id ${c.r.uuid()} --contact-id ${c.r.uuid()} --region ${c.pick(['us-east-1', 'eu-west-2', 'ap-southeast-2'])}`],
  ['publishable-keys', 10, (c) => c.pick([
    `<script>Stripe("pk_live_${c.r.b62(24)}")</script>`,
    `const firebaseConfig = { apiKey: "AIza${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 35)}", authDomain: "cc-widget.firebaseapp.com", projectId: "cc-widget" };`,
  ])],
  ['rfc2606', 10, (c) => c.pick([
    `From: Support Team <support@example.com>\nTo: customer@example.org\nSubject: Your ticket #${c.r.int(10000, 99999)} has been updated`,
    `webhook_url: https://hooks.example.net/cc/${c.r.hex(8)}`,
    `notify: agent${c.r.int(1, 99)}@contoso.test, escalations@helpdesk.example`,
    `callback: https://crm.invalid/lookup?ticket=${c.r.int(1000, 9999)}`,
  ])],
  ['private-ips', 10, (c) => `SIP/2.0 200 OK\nVia: SIP/2.0/UDP 10.${c.r.int(0, 255)}.${c.r.int(0, 255)}.${c.r.int(1, 254)}:5060;branch=z9hG4bK${c.r.hex(10)}\nContact: <sip:agent${c.r.int(1000, 1999)}@192.168.${c.r.int(0, 255)}.${c.r.int(1, 254)}:5060>\nCall-ID: ${c.r.hex(32)}@127.0.0.1`],
  ['build-shas', 10, (c) => `deploy agent-desktop@${c.r.hex(40)} image=registry.contoso-cx.net/ccp@sha256:${c.r.hex(64)} build=${c.r.int(1000, 9999)}`],
  ['metrics', 10, (c) => `interval=2025-11-09T${String(c.r.int(8, 20)).padStart(2, '0')}:30 queue=Billing_EN offered=${c.r.int(50, 900)} answered=${c.r.int(40, 800)} abandoned=${c.r.int(0, 40)} asa_s=${c.r.int(5, 300)} sl_pct=${c.r.int(60, 99)}.${c.r.digits(1)} aht_s=${c.r.int(200, 700)} occupancy=0.${c.r.digits(2)}`],
  ['base64-config', 9, (c) => `data-widget-config="${Buffer.from(JSON.stringify({ theme: c.pick(['dark', 'light']), position: 'bottom-right', greeting: 'Hi! How can we help?', locale: c.pick(['en-GB', 'de-DE', 'fr-FR']) })).toString('base64')}"`],
  ['trace-ids', 10, (c) => `traceparent: 00-${c.r.hex(32)}-${c.r.hex(16)}-01\nx-request-id: ${c.r.uuid()}\nx-amzn-trace-id: Root=1-${c.r.hex(8)}-${c.r.hex(24)}`],
  ['low-entropy', 9, (c) => `[fixture ${c.r.int(1, 400)}] ` + c.pick([
    'test_password=123456\nretry=3',
    'PIN entered: 0000 (rejected, default PIN not allowed)',
    'account_number=1111111111 # demo tenant fixture',
    `password: ${'x'.repeat(c.r.int(8, 16))}`,
    'api_key=abcdefghijklmnop',
  ])],
  ['ticket-links', 10, (c) => `See https://contoso.zendesk.com/agent/tickets/${c.r.int(100000, 999999)} and https://contoso.freshdesk.com/a/tickets/${c.r.int(1000, 99999)} (Case 000${c.r.digits(5)}, Intercom conv ${c.r.digits(15)})`],
  ['redacted-transcript', 10, (c) => [
    'AGENT: Could you read me the card number?',
    'CUSTOMER: [PCI REDACTED]',
    'AGENT: And the security code?',
    'CUSTOMER: [REDACTED]',
    `AGENT: Thanks, that payment of $${c.r.int(10, 500)}.${c.r.digits(2)} has gone through. Reference ${c.r.b62(10).toUpperCase()}.`,
  ].join('\n')],
  ['hashed-contacts', 9, (c) => `analytics_event=call_end caller_hash=sha256:${c.r.hex(64)} email_md5=${c.r.hex(32)} segment=${c.pick(['returning', 'new'])}`],
  ['masked-pii', 9, (c) => `Verified caller: DOB **/**/19**, phone +44 ••••• •••${c.r.digits(3)}, postcode ${c.pick(['LS', 'BS', 'CF'])}** ***, SSN ***-**-${c.r.digits(4).replace(/./g, '*')}`],
  ['wfm-schedule', 9, (c) => `shift_id=${c.r.uuid()} agent_id=A${c.r.digits(5)} start=2025-11-10T0${c.r.int(6, 9)}:00:00Z end=2025-11-10T1${c.r.int(4, 8)}:00:00Z activity=${c.pick(['Phones', 'Email', 'Training', 'Break'])} adherence=${c.r.int(80, 100)}%`],
  ['doc-snippet', 8, (c) => `<!-- docs/integrations/step-${c.r.int(1, 40)}.md -->\n` + c.pick([
    '# Replace YOUR_API_KEY with the key from Admin > Channels > API\ncurl -u agent@example.com/token:YOUR_API_KEY https://{subdomain}.zendesk.com/api/v2/tickets.json',
    'Authorization: Bearer <ACCESS_TOKEN>\nContent-Type: application/json',
    'export OPENAI_API_KEY="sk-..." # set in your shell, never commit',
  ])],
  ['recording-paths', 9, (c) => `s3://connect-${c.r.hex(12)}/connect/contoso/CallRecordings/2025/11/10/${c.r.uuid()}_20251110T08:${c.r.int(10, 59)}_UTC.wav etag="${c.r.hex(32)}" size=${c.r.int(100000, 9000000)}`],
];
