import type { Tpl47 } from './blind-set-47-ccaas-a';

/** NICE CXone. */
export const cxone47: Tpl47[] = [
  ['token-form', 13, (c) => {
    const pw = c.r.password(c.r.int(12, 18)) + c.pick(['&', '#', '%', ' ']);
    const enc = encodeURIComponent(pw);
    c.c('password', enc);
    const sec = c.b62('oauth_client_secret', 44);
    return [
      'curl -s -X POST https://cxone.niceincontact.com/auth/token \\',
      "  -H 'Content-Type: application/x-www-form-urlencoded' \\",
      `  -d 'grant_type=password&username=svc-wfm%40contoso-cx.com&password=${enc}&client_id=${c.r.uuid()}&client_secret=${sec}'`,
    ].join('\n');
  }],
  ['studio-snippet', 6, (c) => [
    '// Studio SNIPPET action: BuildRequest',
    `ASSIGN crmBase = "https://api.contoso-cx.net/v1"`,
    `ASSIGN crmApiKey = "${c.c('api_key', 'cx_' + c.r.b62(36))}"`,
    `ASSIGN callerSsn = "${c.ssn()}"`,
    `ASSIGN callerName = "${c.name()}"`,
    'DYNAMIC req',
    'req.headers.authorization = "ApiKey {crmApiKey}"',
  ].join('\n')],
  ['api-log', 13, (c) => {
    const t = c.jwt({ iss: 'https://auth.nice-incontact.com', sub: `user:${c.r.uuid()}`, tenantId: c.r.uuid(), role: ['Administrator'], exp: c.now() });
    return `2025-11-05T07:41:09Z level=debug svc=cxone-reporting msg="GET /incontactapi/services/v27.0/contacts/completed?startDate=2025-11-04" auth="Bearer ${t}" status=200 bytes=${c.r.int(2000, 90000)}`;
  }],
  ['data-download-csv', 4, (c) => {
    const rows = [`# GET https://api-c${c.r.int(1, 59)}.incontact.com/incontactapi/services/v27.0/report-jobs/datadownload/${c.r.int(100, 999)} Authorization: Bearer ${c.jwt({ iss: 'https://auth.nice-incontact.com', sub: `user:${c.r.uuid()}`, exp: c.now() })}`, 'Contact_ID,Skill_Name,ANI_DIALNUM,Cust_Name,Cust_Email,Agent_No,Handle_Time'];
    for (let i = 0; i < 1; i++) rows.push(`${c.r.digits(11)},CS_Voice_EN,${c.phone('us')},${c.name()},${c.email()},${c.r.digits(7)},${c.r.int(60, 900)}`);
    return rows.join('\n');
  }],
];

/** Talkdesk. */
export const talkdesk47: Tpl47[] = [
  ['webhook', 4, (c) => {
    const t = c.jwt({ iss: 'talkdesk', aud: 'contoso-callflow', scope: 'callbacks:write', exp: c.now() }, 'HS256');
    return [
      'POST /hooks/talkdesk/call-finished HTTP/1.1',
      `Authorization: Bearer ${t}`,
      '',
      JSON.stringify({ event: 'call_finished', payload: { call_id: c.r.hex(32), contact: { name: c.name(), phone_number: c.phone('e164'), email: c.email() }, recording_url: `https://api.talkdeskapp.com/recordings/${c.r.hex(24)}` } }),
    ].join('\n');
  }],
  ['client-yaml', 13, (c) => [
    'talkdesk:',
    '  account: contoso',
    `  client_id: ${c.r.hex(32)}`,
    `  signing_key: "${c.pem('pkcs8', true)}"`,
    `  key_id: ${c.r.hex(32)}`,
  ].join('\n')],
  ['connections-log', 6, (c) => `talkdesk-connections[${c.r.int(100, 999)}]: action=update_contact http_target=https://hooks.contoso-cx.net/td?token=${c.b62('webhook_token', 32)} contact_phone=${c.phone('e164')} note="customer moved to ${c.address()}"`],
];

/** Twilio and Twilio Flex. */
export const flex47: Tpl47[] = [
  ['plugin-env', 13, (c) => [
    `TWILIO_ACCOUNT_SID=AC${c.r.hex(32)}`,
    `TWILIO_AUTH_TOKEN=${c.hex('twilio_auth_token', 32)}`,
    `TWILIO_API_KEY=SK${c.r.hex(32)}`,
    `TWILIO_API_SECRET=${c.b62('twilio_api_secret', 32)}`,
    `FLEX_APP_SERVERLESS_DOMAIN=flex-plugins-${c.r.digits(4)}-dev.twil.io`,
  ].join('\n')],
  ['status-callback', 6, (c) => {
    const ph = '%2B1' + c.usPhoneDigits();
    c.p('phone', ph);
    const nm = c.rawName().toUpperCase().replace(' ', '+');
    c.p('person_name', nm);
    const tok = c.hex('twilio_auth_token', 32);
    return [
      `POST /voice/status HTTP/1.1`,
      `Host: ivr.contoso-cx.net`,
      `X-Twilio-Signature: ${c.r.b64(20)}`,
      '',
      `AccountSid=AC${c.r.hex(32)}&CallSid=CA${c.r.hex(32)}&CallStatus=completed&From=${ph}&CallerName=${nm}&FromCity=SEATTLE&To=%2B18005550199&Direction=inbound`,
      `# replay: curl -u AC${c.r.hex(32)}:${tok} https://api.twilio.com/2010-04-01/Accounts`,
    ].join('\n');
  }],
  ['node-stack', 13, (c) => {
    const tok = c.hex('twilio_auth_token', 32);
    return [
      'RestException [Error]: Authentication Error - invalid username',
      '    at success (/srv/flex-fn/node_modules/twilio/lib/base/Version.js:79:23)',
      '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
      `  config: { accountSid: 'AC${c.r.hex(32)}', authToken: '${tok}', edge: 'dublin' },`,
      `  status: 401, code: 20003, moreInfo: 'https://www.twilio.com/docs/errors/20003'`,
    ].join('\n');
  }],
  ['task-attributes', 4, (c) => {
    const inner = JSON.stringify({ name: c.name(), from: c.phone('e164'), email: c.email(), channelType: 'web', customers: { account_number: c.bankAccount(9) } });
    return JSON.stringify({ sid: `WT${c.r.hex(32)}`, assignment_status: 'reserved', attributes: inner, task_queue_friendly_name: 'Tier2' });
  }],
  ['access-token', 13, (c) => {
    const t = c.jwt({ jti: `SK${c.r.hex(32)}-${c.now()}`, grants: { identity: 'agent_2231', voice: { incoming: { allow: true } } }, iss: `SK${c.r.hex(32)}`, sub: `AC${c.r.hex(32)}`, exp: c.now() }, 'HS256', { cty: 'twilio-fpa;v=1' });
    return `flex-ui.js:2 [Flex] token refreshed {"token":"${t}","ttl":3600}`;
  }],
  ['gather-digits', 6, (c) => {
    const card = c.card('');
    const cv = c.cvv();
    return [
      `2025-11-05 16:20:03 INFO  ivr.pay call=CA${c.r.hex(32)} step=card_number Digits=${card} FinishedOnKey=#`,
      `2025-11-05 16:20:19 INFO  ivr.pay call=CA${c.r.hex(32)} step=security_code Digits=${cv}`,
      `2025-11-05 16:20:27 INFO  ivr.pay call=CA${c.r.hex(32)} step=postal Digits=${c.r.digits(5)}`,
    ].join('\n');
  }],
];

/** Aircall. */
export const aircall47: Tpl47[] = [
  ['curl', 6, (c) => `curl -u ${c.r.hex(32)}:${c.hex('aircall_api_token', 32)} "https://api.aircall.io/v1/calls/search?phone_number=${c.enc(c.phone('e164'))}&order=desc"`],
  ['webhook', 4, (c) => {
    const first = c.first();
    const last = c.last();
    c.p('person_name', first);
    c.p('person_name', last);
    return JSON.stringify({ resource: 'call', event: 'call.ended', timestamp: c.now(), token: c.hex('webhook_token', 32), data: { id: c.r.int(1e8, 9e8), raw_digits: c.phone('uk'), contact: { first_name: first, last_name: last, emails: [{ label: 'Work', value: c.email(`${first} ${last}`) }] } } });
  }],
  ['config-toml', 13, (c) => [
    '[aircall]',
    `api_id = "${c.r.hex(32)}"`,
    `api_token = "${c.hex('aircall_api_token', 32)}"`,
    '',
    '[hubspot]',
    `private_app_token = "${c.c('hubspot_token', `pat-eu1-${c.r.uuid()}`)}"`,
  ].join('\n')],
];
