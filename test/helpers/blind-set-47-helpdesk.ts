import type { Tpl47 } from './blind-set-47-ccaas-a';

/** Zendesk, Freshdesk, Intercom, Help Scout, Gorgias, Kustomer. */
export const helpdesk47: Tpl47[] = [
  ['zendesk-curl', 6, (c) => `curl https://contoso.zendesk.com/api/v2/tickets.json -u ${c.ascii(c.first())}@contoso-cx.com/token:${c.b62('zendesk_api_token', 40)} -H "Content-Type: application/json" -d '{"ticket":{"subject":"Refund","requester":{"name":"${c.name()}","email":"${c.email()}"}}}'`],
  ['zendesk-ticket-json', 4, (c) => `$ curl -s -u ops@contoso-cx.com/token:${c.b62('zendesk_api_token', 40)} https://contoso.zendesk.com/api/v2/tickets/show_many.json\n` + JSON.stringify({
    ticket: {
      id: c.r.int(100000, 999999),
      subject: 'Charged twice for October',
      description: `Hi, I was charged twice on my card. My phone is ${c.phone()} and I now live at ${c.address()}.`,
      requester: { name: c.name(), email: c.email() },
      custom_fields: [{ id: 360012345678, value: c.iban() }, { id: 360012345679, value: 'billing_dispute' }],
      via: { channel: 'email', source: { from: { address: c.email() } } },
    },
  })],
  ['zendesk-app-settings', 13, (c) => [
    '{',
    '  "settings": {',
    `    "subdomain": "contoso",`,
    `    "oauth_token": "${c.hex('zendesk_oauth_token', 64)}",`,
    `    "crm_password": "${c.password(c.r.int(12, 20))}",`,
    `    "alert_webhook": "${c.slackHook()}"`,
    '  }',
    '}',
  ].join('\n')],
  ['freshdesk', 6, (c) => {
    const key = c.b62('freshdesk_api_key', 20);
    return [
      'import requests',
      `FRESHDESK_KEY = "${key}"`,
      'r = requests.post("https://contoso.freshdesk.com/api/v2/tickets", auth=(FRESHDESK_KEY, "X"),',
      `    json={"email": "${c.email()}", "phone": "${c.phone('e164')}", "subject": "Card not working", "description": "Card ${c.card(' ')} declined at checkout", "priority": 2, "status": 2})`,
    ].join('\n');
  }],
  ['intercom', 4, (c) => {
    const tok = c.c('intercom_access_token', Buffer.from(`tok:${c.r.uuid()}:1:0`).toString('base64').replace(/=+$/, '') + '=');
    return [
      `INTERCOM_ACCESS_TOKEN=${tok}`,
      '',
      JSON.stringify({ type: 'conversation', id: c.r.digits(12), source: { author: { type: 'user', name: c.name(), email: c.email() }, body: `<p>Please update my address to ${c.address()}</p>` }, custom_attributes: { last_seen_ip: c.ipv4() } }),
    ].join('\n');
  }],
  ['helpscout-yaml', 6, (c) => [
    'helpscout:',
    `  app_id: ${c.r.b62(32)}`,
    `  app_secret: ${c.b62('oauth_client_secret', 32)}`,
    '  mailbox_id: 184522',
    'sample_conversation:',
    '  customer:',
    `    first: ${c.p('person_name', c.first())}`,
    `    phone: "${c.phone('uk')}"`,
    `    email: ${c.email()}`,
  ].join('\n')],
  ['gorgias', 6, (c) => {
    const b = c.basic(`${c.ascii(c.first())}@contoso-shop.com`, c.r.hex(64));
    return [
      'GET /api/tickets/88123 HTTP/2',
      'Host: contoso-shop.gorgias.com',
      `authorization: Basic ${b}`,
      '',
      `{"messages":[{"body_text":"Ship it to ${c.address()} not the old one pls","sender":{"email":"${c.email()}","name":"${c.name()}"}}]}`,
    ].join('\n');
  }],
  ['kustomer', 4, (c) => {
    const t = c.jwt({ id: c.r.hex(24), user: c.r.hex(24), org: c.r.hex(24), orgName: 'contoso', usr: c.r.hex(24), exp: 0, pol: 'org.admin' }, 'HS256');
    return [
      `> POST https://api.kustomerapp.com/v1/customers`,
      `> Authorization: Bearer ${t}`,
      `> ${JSON.stringify({ name: c.name(), emails: [{ email: c.email() }], phones: [{ phone: c.phone('e164') }], custom: { ssnStr: c.ssn() } })}`,
    ].join('\n');
  }],
  ['macro-export', 13, (c) => JSON.stringify({
    macros: [{
      title: 'Escalate::Fraud',
      actions: [
        { field: 'comment_value_html', value: 'Escalated to fraud team.' },
        { field: 'notification_target', value: [c.r.digits(12), `{"url":"${c.slackHook()}"}`] },
        { field: 'notification_webhook', value: ['https://fraud-api.contoso-cx.net/v1/flag', `user=zd-target&password=${c.password(14)}`] },
      ],
    }],
  }, null, 2)],
  ['ticket-sql', 4, (c) => `2025-11-07 03:12:44.118 UTC [${c.r.int(1000, 9999)}] LOG:  duration: 2.118 ms  statement: INSERT INTO tickets (requester_name, requester_email, requester_phone, body, created_at) VALUES ('${c.name().replace(/'/g, "''")}', '${c.email()}', '${c.phone('us')}', 'refund to IBAN ${c.iban()}', now())`],
  ['freshdesk-csv', 4, (c) => {
    const rows = ['Ticket ID,Subject,Status,Full name,Email,Work phone,Description'];
    for (let i = 0; i < 1; i++) rows.push(`${c.r.int(20000, 90000)},"Login issue",Open,"${c.name()}",${c.email()},${c.phone('us')},"customer reports IP ${c.ipv4()} blocked"`);
    return rows.join('\n');
  }],
];
