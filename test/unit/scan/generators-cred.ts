import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/** A password as people type them: letters, a symbol, digits. */
const pw = (r: Rng): string => r.str(B62, r.int(6, 10)) + r.pick(['!', '#', '$', '&', '*', '@', '.']) + r.str(DIG, 2);
const HEXU = '0123456789ABCDEF';
const b64url = (r: Rng, n: number): string => r.str(B62 + '_-', n);

/** Sample generators for the credential detectors of branch issue-cred (see generators.ts). */
export const CRED_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'prose-password': (r) => [r.pick(['Hi, the new password is ', 'das neue Passwort für den Zugang lautet: ', 'votre mot de passe temporaire est : ', 'la contraseña nueva es ', 'a senha do servidor é ']), pw(r), ' (change it)'],
  'login-pair-password': (r) => [`support chat: Login: ${r.pick(['admin', 'svc-report', 'ops'])} / `, pw(r), ' thanks'],
  'honeycomb-key': (r) => ['OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=', 'hcaik_01' + r.str(LOWER + DIG, 56), ',x-honeycomb-dataset=api'],
  'honeycomb-team-header': (r) => ['exporter headers {"x-honeycomb-team": "', r.str(B62, 21) + r.int(0, 9), '"}'],
  'mandrill-api-key': (r) => ['mandrill send failed key=', 'md-' + r.str(UPPER, 3) + r.str(LOWER, 3) + r.str(DIG, 3) + r.str(B62, 13), ' status=invalid'],
  'brevo-smtp-key': (r) => ['smtp-relay.brevo.com auth failed pass=', 'xsmtpsib-' + r.str(HEX, 64) + '-' + r.str(B62, 16), ' 535'],
  'telnyx-api-key': (r) => ['POST https://api.telnyx.com/v2/messages with ', 'KEY01' + r.str(HEXU, 30) + '_' + r.str(B62, 22), ' -> 401'],
  'intercom-access-token': (r) => ['intercom sync token ', Buffer.from(`tok:${r.str(HEX, 8)}_${r.str(HEX, 4)}_${r.str(HEX, 4)}_${r.str(HEX, 4)}_${r.str(HEX, 12)}:1:0`).toString('base64'), ' 401'],
  'pagerduty-user-token': (r) => ['pd api call with user token ', 'u+' + r.str(B62, 16) + r.str(DIG, 2), ' failed'],
  'fastly-api-token': (r) => ['purge failed Fastly-Key: ', r.str(B62, 30) + r.str(DIG, 2), ' 403'],
  'woocommerce-key': (r) => ["new Client('https://shop.example', '", r.pick(['ck_', 'cs_']) + r.str(HEX, 40), "', ['version' => 'wc/v3'])"],
  'datadog-api-key-line': (r) => ['agent startup: DD_API_KEY is ', r.str(HEX, 30) + r.int(0, 9) + 'a', ' (from -e flag)'],
  'netlify-token': (r) => ['netlify deploy --auth ', 'nfp_' + r.str(B62, 34) + r.str(DIG, 2), ' failed'],
  'vercel-token': (r) => ['vercel deploy --token ', r.pick(['vcp_', 'vci_', 'vck_']) + r.str(B62, 30) + r.str(DIG, 2), ' 403'],
  'rubygems-api-key': (r) => ['gem push failed GEM_HOST_API_KEY ', 'rubygems_' + r.str(HEX, 48), ' 401'],
  'replicate-token': (r) => ['replicate.run failed token ', 'r8_' + r.str(B62, 35) + r.str(DIG, 2), ' 401'],
  'groq-api-key': (r) => ['groq chat completion 401 key ', 'gsk_' + r.str(B62, 50) + r.str(DIG, 2), ' invalid'],
  'pinecone-api-key': (r) => ['pinecone init failed api_key ', `pcsk_${r.str(B62, 5)}_${r.str(B62, 60)}${r.str(DIG, 2)}`, ' 401'],
  'supabase-secret-key': (r) => ['supabase admin client key ', 'sb_secret_' + r.str(B62, 30) + r.str(DIG, 2), ' rejected'],
  'firebase-fcm-server-key': (r) => ['fcm legacy send Authorization key=', `AAAA${r.str(B62, 7)}:APA91b${r.str(B62 + '_-', 134)}`, ' 401'],
  'asana-pat': (r) => ['asana importer token ', `2/${r.str(DIG, 16)}/${r.str(DIG, 16)}:${r.str(HEX, 32)}`, ' 401'],
  'secret-call-argument': (r) => ['weaviate init auth_credentials=Auth.api_key("', r.str(B62, 38) + r.str(DIG, 2), '")'],
  'secret-pair-argument': (r) => ['request.setHeader("X-Api-Key", "', r.str(B62, 28) + r.str(DIG, 2), '");'],
  'sdk-client-credential': (r) => ['co = cohere.Client("', r.str(UPPER, 4) + r.str(B62, 30) + r.str(LOWER, 2) + r.str(DIG, 2), '")'],
  'curl-user-api-key': (r) => ['+ curl -s -u ', r.str(B62, 18) + r.str(DIG, 2), ':X https://acme.freshdesk.com/api/v2/tickets'],
  'twilio-token-positional': (r) => ['const client = twilio(process.env.TWILIO_ACCOUNT_SID, "', r.str(HEX, 31) + 'a', '");'],
  'php-var-dump-secret': (r) => {
    const v = pw(r);
    return [`object(App\\Config)#12 (2) { ["dbPassword"]=>\n  string(${v.length}) "`, v, '"\n}'];
  },
  'php-print-r-secret': (r) => ['Array\n(\n    [host] => db\n    [password] => ', pw(r), '\n)'],
  'tostring-secret': (r) => ['bean created DataSourceConfig{url=jdbc:postgresql://db/app, username=app, password=', `${r.str(B62, 8)}&${r.str(DIG, 2)},x`, ', poolSize=10}'],
  'jwk-private-key': (r) => [`jwks loaded {"kty":"OKP","crv":"Ed25519","x":"${b64url(r, 43)}","d":"`, b64url(r, 41) + r.str(DIG, 2), '"}'],
  'secret-manager-payload': (r) => ['accessSecretVersion {"name":"projects/1/secrets/db/versions/3","payload":{"data":"', Buffer.from(pw(r) + r.str(B62, 6)).toString('base64'), '"}}'],
  'xml-secret-element-attributes': (r) => ['soap request <wsse:UsernameToken><wsse:Username>svc</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">', pw(r), '</wsse:Password>'],
  'go-mysql-dsn-password': (r) => ['sql.Open failed dsn="app:', pw(r).replace(/[@.]/g, '!'), '@tcp(db:3306)/orders?parseTime=true"'],
  'oauth1-signing-key': (r) => ['DEBUG oauthlib Signing key: ', `${r.str(LOWER + DIG, 14)}${r.int(0, 9)}a&${r.str(LOWER + DIG, 14)}${r.int(0, 9)}b`, ''],
  'oauth1-base-string-token': (r) => ['DEBUG base string POST&https%3A%2F%2Fapi.example%2F1%2Fpost&oauth_nonce%3Dabc%26oauth_token%3D', `${r.str(DIG, 9)}-${r.str(B62, 38)}${r.int(0, 9)}`, '%26oauth_version%3D1.0'],
  'auth-header-next-line': (r) => ['request headers dumped\nAuthorization: Bearer\n  ', r.str(HEX, 62) + r.int(0, 9) + 'f', '\nAccept: */*'],
};
