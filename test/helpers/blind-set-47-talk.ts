import type { Tpl47 } from './blind-set-47-ccaas-a';

const ts = (m: number, s: number) => `[${String(10 + (m % 10)).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}]`;

/** Chat and call transcripts with speaker turns. */
export const transcripts47: Tpl47[] = [
  ['chat-plain', 4, (c) => {
    const m = c.r.int(0, 50);
    return [
      `${ts(m, 2)} Agent (ID 4471): Thanks for contacting Contoso Mobile, how can I help?`,
      `${ts(m, 40)} Visitor: hi my bill is wrong again, account under ${c.name()}`,
      `${ts(m + 1, 5)} Agent (ID 4471): Sorry to hear that. Can you confirm the email on the account?`,
      `${ts(m + 1, 31)} Visitor: ${c.email()}`,
      `${ts(m + 2, 3)} Visitor: or call me back on ${c.phone()}`,
      `${ts(m + 2, 44)} Visitor: and send the new sim to ${c.address()}`,
    ].join('\n');
  }],
  ['voice-asr-card', 6, (c) => {
    const card = c.card(' ');
    return [
      'AGENT: ok and which card would you like to use today',
      `CUSTOMER: the visa ending... actually the full number is ${card}`,
      'AGENT: and the expiry',
      `CUSTOMER: ${String(c.r.int(1, 12)).padStart(2, '0')} ${c.r.int(27, 31)}`,
      `CUSTOMER: security code ${c.cvv()}`,
      `AGENT: and the name on the card`,
      `CUSTOMER: ${c.name()}`,
    ].join('\n');
  }],
  ['id-verification', 4, (c) => [
    `Speaker 1 (00:00:04): Before I go into the account I need to verify you. Full name?`,
    `Speaker 2 (00:00:07): It's ${c.name()}.`,
    `Speaker 1 (00:00:10): Date of birth?`,
    `Speaker 2 (00:00:12): ${c.dob()}`,
    `Speaker 1 (00:00:15): And your National Insurance number?`,
    `Speaker 2 (00:00:18): ${c.nino(true)}`,
    `Speaker 1 (00:00:25): And the first line of the address we have?`,
    `Speaker 2 (00:00:29): ${c.address()}`,
  ].join('\n')],
  ['bank-change', 6, (c) => {
    const uk = c.r.int(0, 1) === 0;
    return uk ? [
      'Agent: Right, new bank details for the direct debit. Sort code?',
      `Caller: ${c.sortCode()}`,
      'Agent: And account number?',
      `Caller: ${c.bankAccount(8)}`,
      `Agent: Account holder ${c.name()}, is that right?`,
    ].join('\n') : [
      'Agent: Okay, what is the routing number on the new account?',
      `Caller: it's ${c.routing()}`,
      'Agent: and the account number',
      `Caller: ${c.bankAccount(c.r.int(10, 12))}, checking`,
      `Caller: also my tax ID for the business is ${c.ein()}`,
    ].join('\n');
  }],
  ['non-english', 7, (c) => c.pick([
    () => ['Agente: ¿Me puede indicar el número de la tarjeta?', `Cliente: Sí, es ${c.card(' ')}`, `Cliente: y mi correo es ${c.email()}`, `Agente: ¿Y su teléfono? Cliente: ${c.phone('spoken')}`].join('\n'),
    () => ['Mitarbeiter: Wie lautet Ihre IBAN für die Rückerstattung?', `Kunde: ${c.iban('DE', true)}`, `Kunde: Kontoinhaber ist ${c.name()}`, `Mitarbeiter: Geburtsdatum? Kunde: ${c.dob()}`].join('\n'),
    () => ['Conseiller : Pouvez-vous me donner votre IBAN ?', `Client : ${c.iban('FR', true)}`, `Client : mon adresse e-mail c'est ${c.email()}`, `Conseiller : et un numéro où vous joindre ? Client : ${c.phone('uk')}`].join('\n'),
    () => ['Atendente: Pode me informar seu CPF?', `Cliente: Claro, ${c.cpf()}`, `Cliente: meu nome completo é ${c.name()}`, `Atendente: e o cartão? Cliente: ${c.card(' ')}`].join('\n'),
  ])()],
  ['customer-secret', 13, (c) => c.pick([
    () => [`[${c.r.int(10, 23)}:0${c.r.int(0, 9)}] customer: I can't log in, my password is ${c.password(c.r.int(10, 16))} if that helps`, '[..] agent: Please never share your password — I have removed it from the chat and triggered a reset.'].join('\n'),
    () => [`customer: our integration broke, here is the key we use ${c.stripeSecret()}`, 'agent: Thanks, I would strongly recommend rolling that key now.'].join('\n'),
    () => [`Customer: the token from the dev portal is ${c.c('api_key', 'cnt_live_' + c.r.b62(40))}`, 'Agent: I have flagged this conversation for redaction.'].join('\n'),
    () => [`user: here's the webhook we registered ${c.slackHook()}`, `user: and the signing secret ${c.c('webhook_signing_secret', 'whsec_' + c.r.b62(32))}`].join('\n'),
  ])()],
  ['webvtt', 4, (c) => [
    'WEBVTT',
    '',
    '00:01:12.040 --> 00:01:15.900',
    '<v Agent>Can I get a good callback number?',
    '',
    '00:01:16.100 --> 00:01:21.330',
    `<v Caller>Yeah it's ${c.phone('spoken')} and my email's ${c.email()}`,
    '',
    '00:01:22.000 --> 00:01:27.410',
    `<v Caller>Passport number if you need it, ${c.passport()}`,
  ].join('\n')],
];

/** IVR and payment-by-phone logs. */
export const ivr47: Tpl47[] = [
  ['dtmf-kv', 6, (c) => `ts=2025-11-06T12:00:${c.r.int(10, 59)}Z app=ivr-pay node=CollectCard session=${c.r.hex(16)} ani=${c.phone('e164')} pan=${c.card('')} exp=${String(c.r.int(1, 12)).padStart(2, '0')}${c.r.int(27, 31)} cvv2=${c.cvv()} result=captured`],
  ['stripe-request', 6, (c) => {
    const pan = c.card('');
    return [
      'POST /v1/payment_methods HTTP/1.1',
      'Host: api.stripe.com',
      `Authorization: Bearer ${c.stripeSecret()}`,
      `Idempotency-Key: ${c.r.uuid()}`,
      '',
      `type=card&card[number]=${pan}&card[exp_month]=${c.r.int(1, 12)}&card[exp_year]=20${c.r.int(27, 31)}&billing_details[name]=${c.p('person_name', encodeURIComponent(c.rawName()))}`,
    ].join('\n');
  }],
  ['vxml-log', 6, (c) => `<log expr="'account lookup: ssn=' + ssn"/> => "account lookup: ssn=${c.ssn('')}" acct=${c.bankAccount(12)} routing=${c.routing()} caller_id=${c.phone('e164')}`],
  ['pause-resume', 6, (c) => [
    `WARN  pci-pause: recording not paused for contact ${c.r.uuid()} (agent desktop lost websocket)`,
    `WARN  pci-pause: captured segment contains DTMF/speech: "${c.card(c.pick([' ', '-']))}"`,
    `WARN  pci-pause: escalate to pci-incident@contoso-cx.com, caller ${c.name()} ${c.phone('us')}`,
  ].join('\n')],
  ['gateway-config', 13, (c) => [
    '[payments.braintree]',
    `merchant_id = ${c.r.b62(16).toLowerCase()}`,
    `public_key = ${c.r.b62(16).toLowerCase()}`,
    `private_key = ${c.hex('braintree_private_key', 32)}`,
    '',
    '[payments.adyen]',
    `api_key = ${c.c('adyen_api_key', `AQE${c.r.chars('hjkpqrstuvwxyz', 1)}hmfxK${c.r.b62(38)}==-${c.r.b64(32).replace(/=+$/, '')}-${c.r.b62(8)}`)}`,
    `hmac_key = ${c.c('hmac_key', c.r.hex(64).toUpperCase())}`,
  ].join('\n')],
];

/** Call recordings' metadata and storage. */
export const recordings47: Tpl47[] = [
  ['s3-metadata', 4, (c) => `aws s3api head-object --bucket cc-recordings --key x # AWS_SECRET_ACCESS_KEY=${c.awsSecret()}\n` + JSON.stringify({ Key: `recordings/2025/11/06/${c.r.uuid()}.wav`, Metadata: { 'x-amz-meta-caller-number': c.phone('e164'), 'x-amz-meta-caller-name': c.name(), 'x-amz-meta-agent-email': c.email(), 'x-amz-meta-caller-ip': c.ipv4() }, ContentType: 'audio/wav' }, null, 2)],
  ['azure-sas', 13, (c) => [
    `RECORDINGS_CONN="DefaultEndpointsProtocol=https;AccountName=ccrec${c.r.digits(3)};AccountKey=${c.c('azure_storage_key', c.r.b64(64))};EndpointSuffix=core.windows.net"`,
    `PLAYBACK_URL="https://ccrec${c.r.digits(3)}.blob.core.windows.net/calls/${c.r.uuid()}.mp3?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-12-01T00:00:00Z&sig=${c.c('azure_sas_signature', encodeURIComponent(c.r.b64(32)))}"`,
  ].join('\n')],
  ['cdr-csv', 4, (c) => {
    const rows = ['call_date,ani,dnis,duration_s,caller_name,caller_location,disposition'];
    for (let i = 0; i < 1; i++) rows.push(`2025-11-0${i + 1} 08:1${i}:00,${c.phone('e164')},+18448720000,${c.r.int(30, 1800)},"${c.name()}","${c.geo()}",RESOLVED`);
    return rows.join('\n');
  }],
  ['gcs-service-account', 13, (c) => JSON.stringify({
    type: 'service_account',
    project_id: `cc-recordings-${c.r.digits(4)}`,
    private_key_id: c.r.hex(40),
    private_key: 'PLACEHOLDER',
    client_email: `rec-archiver@cc-recordings-${c.r.digits(4)}.iam.gserviceaccount.com`,
    client_id: c.r.digits(21),
  }, null, 2).replace('PLACEHOLDER', c.pem('pkcs8', true))],
];
