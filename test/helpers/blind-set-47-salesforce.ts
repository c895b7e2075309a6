import type { Tpl47 } from './blind-set-47-ccaas-a';

/** Salesforce Service Cloud and support email. */
export const salesforce47: Tpl47[] = [
  ['sfdx-auth', 13, (c) => [
    `SFDX_AUTH_URL=${c.c('sfdx_auth_url', `force://PlatformCLI::5Aep861${c.r.b62(80)}@contoso-service.my.salesforce.com`)}`,
    `SF_CONSUMER_SECRET=${c.c('oauth_client_secret', c.r.hex(64).toUpperCase())}`,
  ].join('\n')],
  ['access-token', 13, (c) => {
    const tok = c.c('salesforce_access_token', `00D${c.r.b62(12)}!${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.', 96)}`);
    return `[sf-sync] 2025-11-07T11:00:02Z refreshing session -> {"access_token":"${tok}","instance_url":"https://contoso-service.my.salesforce.com","token_type":"Bearer"}`;
  }],
  ['case-csv', 4, (c) => {
    const rows = [`# Bulk API 2.0 results (curl -H "Authorization: Bearer ${c.sfToken()}")`, 'CaseNumber,Subject,Contact.Name,Contact.Phone,Contact.Email,SuppliedEmail'];
    for (let i = 0; i < 1; i++) rows.push(`000${c.r.digits(5)},Billing,"${c.name()}",${c.phone('us')},${c.email()},`);
    return rows.join('\n');
  }],
  ['apex-debug', 4, (c) => [
    `13:22:01.4 (${c.r.digits(8)})|USER_DEBUG|[42]|DEBUG|Contact:{Name=${c.name()}, Phone=${c.phone('us')}, MailingStreet=${c.address()}, SSN__c=${c.ssn()}, Bank_Routing__c=${c.routing()}, Bank_Account__c=${c.bankAccount(10)}}`,
    `13:22:01.4 (${c.r.digits(8)})|USER_DEBUG|[57]|DEBUG|callout session=${c.sfToken()}`,
    `13:22:01.5 (${c.r.digits(8)})|CODE_UNIT_FINISHED|CaseTrigger on Case trigger event AfterInsert`,
  ].join('\n')],
  ['email-headers', 4, (c) => {
    const nm = c.name();
    return [
      `Received: from [${c.ipv4()}] by mx.contoso-cx.net with ESMTPSA; Fri, 07 Nov 2025 09:41:12 +0000`,
      `From: "${nm}" <${c.email(nm)}>`,
      'To: support@contoso-cx.net',
      'Subject: Re: [Case 00481234] refund',
      '',
      `Please pay the refund to ${c.iban(undefined, true)}. My number is ${c.phone('uk')}.`,
    ].join('\n');
  }],
];

/** CSAT / NPS surveys. */
export const survey47: Tpl47[] = [
  ['csat-webhook', 4, (c) => [
    `X-API-TOKEN: ${c.b62('qualtrics_api_token', 40)}`,
    '',
    JSON.stringify({ surveyId: `SV_${c.r.b62(15)}`, responseId: `R_${c.r.b62(15)}`, values: { recipientEmail: c.email(), recipientFirstName: c.p('person_name', c.first()), QID3_TEXT: `Agent was great but please stop calling ${c.phone()}`, ipAddress: c.ipv4(), location: c.geo(), csat: c.r.int(1, 5) } }),
  ].join('\n')],
  ['nps-csv', 4, (c) => {
    const rows = [`# curl -u ${c.b62('delighted_api_key', 32)}: https://api.delighted.com/v1/survey_responses.csv`, 'response_date,name,email,score,comment,ip'];
    for (let i = 0; i < 1; i++) rows.push(`2025-11-0${i + 1},"${c.name()}",${c.email()},${c.r.int(0, 10)},"${c.pick(['slow to answer', 'fixed on first call', 'had to repeat my details'])}",${c.pick([c.ipv4.bind(c), c.ipv6.bind(c)])()}`);
    return rows.join('\n');
  }],
  ['survey-config', 13, (c) => [
    'surveys:',
    '  provider: delighted',
    `  api_key: "${c.b62('delighted_api_key', 32)}"`,
    '  send_delay_hours: 2',
    'email:',
    `  sendgrid_key: "${c.c('sendgrid_api_key', `SG.${c.r.b64url(16)}.${c.r.b64url(32)}`)}"`,
    `  mailgun_key: "${c.c('mailgun_api_key', `key-${c.r.hex(32)}`)}"`,
  ].join('\n')],
];

/** Agent desktop, CTI and screen-pop CRM lookups. */
export const desktop47: Tpl47[] = [
  ['screen-pop-url', 4, (c) => {
    const q = new URLSearchParams({ ani: '+1' + c.usPhoneDigits(), name: c.rawName(), dob: c.r.int(1950, 2003) + '-0' + c.r.int(1, 9) + '-1' + c.r.int(0, 9), acct: c.r.digits(10) });
    const s = q.toString();
    for (const [k, v] of q) {
      const enc = new URLSearchParams({ [k]: v }).toString().slice(k.length + 1);
      if (k === 'ani') c.p('phone', enc);
      else if (k === 'name') c.p('person_name', enc);
      else if (k === 'dob') c.p('date_of_birth', enc);
      else c.f('bank_account', enc);
    }
    return `INFO  cti-adapter popUrl https://crm.contoso-cx.net/customer/lookup?${s}`;
  }],
  ['cti-console', 6, (c) => `[CTI] postMessage → {"type":"SCREEN_POP","session":{"cookie":"JSESSIONID=${c.c('session_cookie', c.r.hex(32).toUpperCase())}; crm_sid=${c.c('session_cookie', c.r.b64url(32))}"},"caller":{"number":"${c.phone('e164')}","name":"${c.name()}"}}`],
  ['crm-http', 4, (c) => [
    `GET /api/customers?phone=${c.enc(c.phone('e164'))} HTTP/1.1`,
    'Host: crm.contoso-cx.net',
    `Cookie: __Host-session=${c.c('session_cookie', c.r.b64url(48))}; theme=dark`,
    '',
    'HTTP/1.1 200 OK',
    JSON.stringify({ id: c.r.int(1e6, 9e6), fullName: c.name(), dob: c.dob(), address: c.address(), ssnLast4: '***-**-****', drivers_license: c.driverLicence() }),
  ].join('\n')],
  ['har', 6, (c) => JSON.stringify({
    log: { entries: [{ request: { method: 'GET', url: `https://desk.contoso-cx.net/api/v1/profile/${c.r.uuid()}`, headers: [{ name: 'Authorization', value: `Bearer ${c.jwt({ sub: c.r.uuid(), scope: 'desk.read', iat: c.now() })}` }, { name: 'X-Api-Key', value: c.b62('api_key', 32) }] }, response: { status: 200, content: { text: JSON.stringify({ email: c.email(), mobile: c.ukMobile(), nhs: c.nhs() }) } } }] },
  })],
];
