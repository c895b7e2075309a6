import type { Tpl47 } from './blind-set-47-ccaas-a';

/** Chatbots and voice bots (LLM), QA, WFM. */
export const bots47: Tpl47[] = [
  ['llm-chat-log', 6, (c) => JSON.stringify({
    ts: '2025-11-08T10:00:00Z',
    request: {
      headers: { authorization: `Bearer ${c.openai()}`, 'openai-organization': `org-${c.r.b62(24)}` },
      body: { model: 'gpt-4o-mini', messages: [{ role: 'system', content: 'You are Contoso Bank support assistant.' }, { role: 'user', content: `move £200 to account ${c.bankAccount(8)} sort code ${c.sortCode()}, my name is ${c.name()}` }] },
    },
  })],
  ['voicebot-yaml', 13, (c) => [
    'voicebot:',
    '  asr:',
    '    provider: deepgram',
    `    api_key: ${c.hex('deepgram_api_key', 40)}`,
    '  tts:',
    '    provider: elevenlabs',
    `    xi_api_key: "sk_${c.hex('elevenlabs_api_key', 48)}"`,
    '  llm:',
    '    provider: anthropic',
    `    api_key: ${c.anthropic()}`,
    '  transfer_number: "+18005550100"',
  ].join('\n')],
  ['python-traceback', 6, (c) => {
    const key = c.openai();
    return [
      'Traceback (most recent call last):',
      '  File "/app/bot/handlers.py", line 88, in answer',
      '    resp = client.chat.completions.create(model=MODEL, messages=history)',
      '  File "/usr/local/lib/python3.12/site-packages/openai/_base_client.py", line 1037, in _request',
      '    raise self._make_status_error_from_response(err.response) from None',
      `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error'}}`,
      `locals: user_email='${c.email()}' user_phone='${c.phone('e164')}' session_id='${c.r.uuid()}'`,
    ].join('\n');
  }],
  ['dialogflow-webhook', 4, (c) => `Authorization: Bearer ${c.googleToken()}\n\n` + JSON.stringify({
    detectIntentResponseId: c.r.uuid(),
    sessionInfo: { session: `projects/cc-bot/locations/global/agents/${c.r.uuid()}/sessions/${c.r.hex(16)}`, parameters: { 'person-name': { original: c.name() }, 'phone-number': c.phone('us'), 'date-of-birth': c.dob(), 'policy-email': c.email() } },
    fulfillmentInfo: { tag: 'verify-caller' },
  }, null, 2)],
  ['tracker-store', 13, (c) => [
    'tracker_store:',
    '  type: SQL',
    '  dialect: postgresql',
    `  url: pg-rasa-${c.lower(5)}.internal`,
    '  username: rasa',
    `  password: "${c.dbPass()}"`,
    'lock_store:',
    `  url: redis://:${c.dbPass()}@redis-locks.internal:6379/1`,
  ].join('\n')],
  ['handoff-payload', 6, (c) => {
    const meta = JSON.stringify({ customer: { name: c.name(), email: c.email(), address: c.address() }, verified: true });
    return JSON.stringify({ event: 'handoff', bot: 'ada', chatter_token: c.c('session_token', c.r.b64url(40)), metadata: meta });
  }],
];

export const qa47: Tpl47[] = [
  ['evaluation-json', 4, (c) => JSON.stringify({
    evaluationId: c.r.uuid(),
    agent: { name: c.name(), email: c.email() },
    form: 'Billing QA v4',
    score: c.r.int(60, 100),
    notes: `Agent read back the full card number ${c.card(' ')} on the recording — PCI breach, also confirmed caller SSN ${c.ssn()} aloud.`,
  })],
  ['analytics-alert', 6, (c) => [
    `[speech-analytics] PII leak in transcript ${c.r.uuid()}: matched "${c.card('-')}" and "${c.email()}"`,
    `[speech-analytics] callback POST https://analytics.contoso-cx.net/v2/alerts?api_key=${c.b62('api_key', 32)}`,
  ].join('\n')],
  ['calibration-notes', 4, (c) => [
    '## Calibration — week 45',
    `- Call ${c.r.digits(10)}: customer ${c.name()} (${c.phone()}) asked for callback; agent didn't verify DOB ${c.dob()} before disclosing balance.`,
    `- Call ${c.r.digits(10)}: agent gave out routing ${c.routing()} / acct ${c.bankAccount(11)} to unverified third party.`,
  ].join('\n')],
];

export const wfm47: Tpl47[] = [
  ['integration-ini', 13, (c) => [
    '[verint]',
    'host = wfo.contoso-cx.net',
    `user = svc_wfm`,
    `password = "${c.password(c.r.int(14, 20)).replace(/"/g, '')}"`,
    '',
    '[sftp]',
    'host = sftp.calabrio.contoso-cx.net',
    'key_file_contents = <<EOF',
    c.pem('rsa'),
    'EOF',
  ].join('\n')],
  ['roster-csv', 4, (c) => {
    const rows = ['agent_id,full_name,email,mobile,home_address,ssn,routing,account'];
    for (let i = 0; i < 1; i++) rows.push(`A${c.r.digits(5)},"${c.name()}",${c.email()},${c.phone('us')},"${c.address()}",${c.ssn()},${c.routing()},${c.bankAccount(c.r.int(9, 12))}`);
    return rows.join('\n');
  }],
  ['assembled-log', 13, (c) => `2025-11-08T06:00:01Z wfm-sync INFO pushing 412 shifts to https://api.assembledhq.com/v0/activities using key=${c.c('api_key', 'sk_live_' + c.r.b62(32))} (Authorization: Basic ${c.basic(c.r.b62(20), '')})`],
  ['payroll-json', 6, (c) => JSON.stringify({ contractor: { legal_name: c.name(), tax_id: c.ein(), payout: { iban: c.iban(), bic: 'NWBKGB2L' }, home: { line1: c.address() } } }, null, 2)],
];

export const infra47: Tpl47[] = [
  ['alertmanager', 13, (c) => [
    'receivers:',
    '  - name: cc-oncall',
    '    slack_configs:',
    `      - api_url: ${c.slackHook()}`,
    '        channel: "#cc-alerts"',
    '    pagerduty_configs:',
    `      - routing_key: ${c.hex('pagerduty_integration_key', 32)}`,
  ].join('\n')],
  ['pjsip-conf', 13, (c) => [
    `[agent${c.r.int(1000, 1999)}-auth]`,
    'type=auth',
    'auth_type=userpass',
    `username=agent${c.r.int(1000, 1999)}`,
    `password=${c.password(c.r.int(12, 18))}`,
    '',
    '[trunk-voip-provider]',
    'type=registration',
    `client_uri=sip:${c.r.digits(8)}:${c.c('sip_password', c.r.urlPassword(16))}@sip.voip-carrier.net`,
  ].join('\n')],
  ['compose', 13, (c) => [
    'services:',
    '  coturn:',
    '    image: coturn/coturn:4.6',
    `    command: ["--static-auth-secret=${c.c('turn_secret', c.r.hex(40))}", "--realm=webrtc.contoso-cx.net"]`,
    '  softphone-api:',
    '    environment:',
    `      REDIS_URL: "rediss://default:${c.dbPass()}@cache.contoso-cx.net:6380/0"`,
    `      KAFKA_SASL_JAAS: 'org.apache.kafka.common.security.plain.PlainLoginModule required username="cc-events" password="${c.c('password', c.r.password(20))}";'`,
  ].join('\n')],
  ['gha-workflow', 13, (c) => [
    'jobs:',
    '  deploy-ccp:',
    '    runs-on: ubuntu-latest',
    '    env:',
    `      GH_TOKEN: ${c.c('github_token', 'ghp_' + c.r.b62(36))}`,
    `      DATADOG_API_KEY: ${c.hex('datadog_api_key', 32)}`,
    `      NPM_TOKEN: ${c.c('npm_token', 'npm_' + c.r.b62(36))}`,
  ].join('\n')],
];
