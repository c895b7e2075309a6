import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/** A password as people type them: letters, a symbol, digits. */
const pw = (r: Rng): string => r.str(B62, r.int(8, 12)) + r.pick(['!', '#', '^', '*', '+', '.']) + r.str(DIG, 2);
const uuid = (r: Rng): string => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;
/** `n` hex digits with at least one digit and one letter. */
const hex = (r: Rng, n: number): string => r.str(HEX, n - 2) + r.str(DIG, 1) + r.pick(['a', 'b', 'c', 'd', 'e', 'f']);
/** `n` letters and digits with both cases and a digit. */
const an = (r: Rng, n: number): string => r.str(B62, n - 3) + r.str(UPPER, 1) + r.str(LOWER, 1) + r.str(DIG, 1);
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** CRC-16/XMODEM, written here independently of src/scan/detectors/nkey-seed.ts. */
function crc16(bytes: readonly number[]): number {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** A NATS nkey seed of `type` (`U` user, `A` account, `O` operator) with a valid CRC-16, as nsc encodes it. */
export function nkeySeed(r: Rng, type: 'U' | 'A' | 'O' = 'U'): string {
  const t = { U: 20 << 3, A: 0, O: 14 << 3 }[type];
  const bytes = [(18 << 3) | (t >> 5), (t & 31) << 3, ...Array.from({ length: 32 }, () => r.int(0, 255))];
  const crc = crc16(bytes);
  bytes.push(crc & 0xff, crc >> 8);
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += B32[(acc >> bits) & 31];
    }
    acc &= (1 << bits) - 1;
  }
  return bits > 0 ? out + B32[(acc << (5 - bits)) & 31] : out;
}

/** Generators of values in the published formats of blind set 13's credential round. */
export const CRED13_VALUES = {
  circleci: (r: Rng): string => `CCIPAT_${an(r, 22)}_${hex(r, 40)}`,
  buildkite: (r: Rng): string => `bkua_${hex(r, 40)}`,
  jfrogKey: (r: Rng): string => `AKCp${an(r, 69)}`,
  jfrogRef: (r: Rng): string => `cmVmdGtuOjAxOj${an(r, 50)}`,
  harness: (r: Rng): string => `pat.${an(r, 22)}.${an(r, 24)}.${an(r, 20)}`,
  infisical: (r: Rng): string => `st.${uuid(r)}.${hex(r, 32)}.${hex(r, 32)}`,
  render: (r: Rng): string => `rnd_${an(r, 32)}`,
  bitbucketApp: (r: Rng): string => `ATBB${an(r, 24)}${r.str('0123456789ABCDEF', 8)}`,
  bitbucketAccess: (r: Rng): string => `ATCTT3xFfGN0${r.str(B62 + '_-', 170)}9x=${r.str('0123456789ABCDEF', 8)}`,
  trello: (r: Rng): string => `ATTA${hex(r, 64)}${r.str('0123456789ABCDEF', 8)}`,
  linearOauth: (r: Rng): string => `lin_oauth_${hex(r, 64)}`,
  tailscale: (r: Rng): string => `tskey-auth-k${an(r, 11)}CNTRL-${an(r, 33)}`,
  contentful: (r: Rng): string => `CFPAT-${an(r, 43)}`,
  figma: (r: Rng): string => `figd_${an(r, 40)}`,
  typeform: (r: Rng): string => `tfp_${an(r, 44)}_${an(r, 14)}`,
  clickup: (r: Rng): string => `pk_${r.str(DIG, 8)}_${r.str(UPPER + DIG, 30)}Q7`,
  klaviyo: (r: Rng): string => `pk_${hex(r, 34)}`,
  onesignal: (r: Rng): string => `os_v2_app_${r.str(LOWER + '234567', 110)}7q`,
  xai: (r: Rng): string => `xai-${an(r, 80)}`,
  resend: (r: Rng): string => `re_${an(r, 8)}_${an(r, 24)}`,
  skHex: (r: Rng): string => `sk-${hex(r, 32)}`,
  alibabaId: (r: Rng): string => `LTAI${an(r, 20)}`,
  tencentId: (r: Rng): string => `AKID${an(r, 32)}`,
  gcsHmacId: (r: Rng): string => `GOOG1E${r.str(UPPER + DIG, 53)}Q7`,
  mercadoPago: (r: Rng, test = false): string => `${test ? 'TEST' : 'APP_USR'}-${r.str(DIG, 16)}-${r.str(DIG, 6)}-${hex(r, 32)}-${r.str(DIG, 9)}`,
  razorpayId: (r: Rng, test = false): string => `rzp_${test ? 'test' : 'live'}_${an(r, 14)}`,
  razorpaySecret: (r: Rng): string => an(r, 24),
  prefect: (r: Rng): string => `pnu_${an(r, 36)}`,
  dbt: (r: Rng): string => `dbtc_${an(r, 50)}`,
  databricksOauth: (r: Rng): string => `dose${hex(r, 32)}`,
  neon: (r: Rng): string => `napi_${r.str(LOWER + DIG, 63)}7`,
  langsmith: (r: Rng): string => `lsv2_pt_${hex(r, 32)}_${hex(r, 10)}`,
  langfuse: (r: Rng): string => `sk-lf-${uuid(r)}`,
  helicone: (r: Rng): string => `sk-helicone-${[0, 1, 2, 3].map(() => r.str(LOWER + DIG, 6) + r.str(DIG, 1)).join('-')}`,
  openrouter: (r: Rng): string => `sk-or-v1-${hex(r, 64)}`,
  fireworks: (r: Rng): string => `fw_${an(r, 24)}`,
  elevenlabs: (r: Rng): string => `sk_${hex(r, 48)}`,
  hfOrg: (r: Rng): string => `api_org_${r.str(UPPER + LOWER, 32)}Qx`,
  paddle: (r: Rng, test = false): string => `pdl_${test ? 'sdbx' : 'live'}_apikey_${r.str(LOWER + DIG, 25)}7_${an(r, 22)}_${an(r, 3)}`,
  checkoutSandbox: (r: Rng): string => `sk_sbox_${r.str(LOWER + DIG, 25)}7`,
  mollie: (r: Rng): string => `live_${an(r, 30)}`,
  gocardless: (r: Rng): string => `live_${an(r, 38)}-Q`,
  flutterwave: (r: Rng, test = false): string => `FLWSECK${test ? '_TEST' : ''}-${hex(r, 32)}-X`,
  xendit: (r: Rng, test = false): string => `xnd_${test ? 'development' : 'production'}_${an(r, 50)}`,
  midtrans: (r: Rng, test = false): string => `${test ? 'SB-' : ''}Mid-server-${an(r, 24)}`,
  pw,
  an,
  hex,
  uuid,
};

const V = CRED13_VALUES;

/** Sample generators for branch issue-cred13's detectors (see generators.ts). */
export const CRED13_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'circleci-token': (r) => ['circleci: GET /api/v2/me -> 401; Circle-Token: ', V.circleci(r), ''],
  'buildkite-token': (r) => ['bk configure --org acme --token ', V.buildkite(r), ' failed: 401'],
  'jfrog-api-key': (r) => ['jfrog rt ping --apikey=', V.jfrogKey(r), ' --url=https://acme.jfrog.io/artifactory'],
  'jfrog-reference-token': (r) => ['Artifactory response 401 for token ', V.jfrogRef(r), ''],
  'harness-api-key': (r) => ['harness: invalid x-api-key ', V.harness(r), ' for account'],
  'infisical-token': (r) => ['infisical export failed (401) with service token ', V.infisical(r), ''],
  'render-api-key': (r) => ['render deploy: token ', V.render(r), ' rejected'],
  'bitbucket-app-password': (r) => ['git clone https://ci:', V.bitbucketApp(r), '@bitbucket.org/acme/api.git'],
  'bitbucket-access-token': (r) => ['fatal: Authentication failed using ', V.bitbucketAccess(r), ''],
  'trello-token': (r) => ['GET https://api.trello.com/1/members/me?key=abc&token=', V.trello(r), ' 401'],
  'linear-oauth-token': (r) => ['linear webhook replay failed; token ', V.linearOauth(r), ' revoked'],
  'tailscale-key': (r) => ['tailscale up --authkey=', V.tailscale(r), ' --hostname=ci-runner'],
  'contentful-pat': (r) => ['contentful space export failed: token ', V.contentful(r), ' (401)'],
  'figma-pat': (r) => ['figma export: X-Figma-Token ', V.figma(r), ' is invalid'],
  'typeform-token': (r) => ['typeform webhook sync: token ', V.typeform(r), ' expired'],
  'clickup-token': (r) => ['ClickUp API 401 OAUTH_025 for token ', V.clickup(r), ''],
  'klaviyo-private-key': (r) => ['klaviyo-api: 403 for key ', V.klaviyo(r), ' (scope events:write)'],
  'onesignal-api-key': (r) => ['OneSignal 403: key ', V.onesignal(r), ' cannot send to app'],
  'xai-api-key': (r) => ['grok request failed for key ', V.xai(r), ''],
  'resend-api-key': (r) => ['resend.emails.send failed (401) with ', V.resend(r), ''],
  'sk-api-key': (r) => ['deepseek chat failed, key ', V.skHex(r), ' (402 insufficient balance)'],
  'alibaba-access-key-id': (r) => ['oss2.exceptions.AccessDenied: {"RequestId": "x", "AccessKeyId": "', V.alibabaId(r), '"}'],
  'tencent-secret-id': (r) => ['TencentCloudSDKException: [AuthFailure.SecretIdNotFound] SecretId ', V.tencentId(r), ' not found'],
  'gcp-hmac-access-id': (r) => ['gsutil: 403 SignatureDoesNotMatch for access id ', V.gcsHmacId(r), ''],
  'mercadopago-access-token': (r) => ['mercadopago.SDK("', V.mercadoPago(r), '") -> 401 unauthorized'],
  'razorpay-key-id': (r) => ['curl -u ', V.razorpayId(r), `:${V.razorpaySecret(r)} https://api.razorpay.com/v1/payments`],
  'cloud-key-pair-secret': (r) => [`cred = credential.Credential("${V.tencentId(r)}", "`, V.an(r, 32), '")'],
  'oracle-connect-password': (r) => ['java.sql.SQLException: ORA-01017 url=jdbc:oracle:thin:scott/', V.pw(r), '@//db.acme.io:1521/ORCL'],
  'terraform-plan-secret': (r) => [`      ~ master_password = "${V.an(r, 20)}" -> "`, V.pw(r), '"'],
  'password-stdin-echo': (r) => ['+ echo "', V.pw(r), '" | docker login -u ci --password-stdin registry.acme.io'],
  'bundler-credentials': (r) => ['BUNDLE_GEMS__CONTRIBSYS__COM=acme:', V.hex(r, 8) + V.an(r, 8), ''],
  'go-header-secret': (r) => ['req: &http.Request{Method:"GET", Header:http.Header{"X-Api-Key":[]string{"', V.an(r, 40), '"}}}'],
  'url-encoded-json-secret': (r) => ['POST /hooks body=payload=%7B%22api_key%22%3A%22', V.an(r, 36), '%22%2C%22event%22%3A%22ping%22%7D'],
  'value-before-name-secret': (r) => ['"environment": [{"value": "', V.an(r, 40), '", "name": "PAYMENT_API_TOKEN"}]'],
  'api-key-in-message': (r) => ['AuthenticationError: Incorrect API key provided: ', V.an(r, 48), '. You can find your API key in the dashboard.'],
  'nats-nkey-seed': (r) => ['-----BEGIN USER NKEY SEED-----\n', nkeySeed(r), '\n------END USER NKEY SEED------'],
  'mqtt-cli-password': (r) => ['mosquitto_pub -h mqtt.acme.io -u sensor -P ', V.pw(r), ' -t plant/1 -m 20.5'],
  'powershell-plaintext-secret': (r) => ["$cred = New-Object PSCredential('ACME\\svc', (ConvertTo-SecureString '", V.pw(r), "' -AsPlainText -Force))"],
  'cli-secret-setter': (r) => ['gh secret set NPM_TOKEN --body "', V.an(r, 36), '" --repo acme/web'],
  'prefect-api-key': (r) => ['prefect.exceptions.Unauthorized: key ', V.prefect(r), ' is not valid'],
  'dbt-cloud-token': (r) => ['dbt-cloud job run failed: 401 for token ', V.dbt(r), ''],
  'databricks-oauth-secret': (r) => ['databricks auth: invalid_client for secret ', V.databricksOauth(r), ''],
  'neon-api-key': (r) => ['neonctl: 401 Unauthorized with key ', V.neon(r), ''],
  'langsmith-api-key': (r) => ['langsmith.utils.LangSmithAuthError: key ', V.langsmith(r), ' rejected'],
  'langfuse-secret-key': (r) => ['Langfuse client error: secret ', V.langfuse(r), ' invalid'],
  'helicone-api-key': (r) => ['Helicone-Auth: Bearer ', V.helicone(r), ''],
  'openrouter-api-key': (r) => ['openrouter 401 No auth credentials found for ', V.openrouter(r), ''],
  'fireworks-api-key': (r) => ['fireworks.client.error.AuthenticationError: key ', V.fireworks(r), ''],
  'elevenlabs-api-key': (r) => ['elevenlabs.core.api_error.ApiError: status 401, key ', V.elevenlabs(r), ''],
  'paddle-api-key': (r) => ['Paddle API 403 forbidden, key ', V.paddle(r), ''],
  'checkout-sandbox-key': (r) => ['checkout_sdk.exception.CheckoutAuthorizationException: key ', V.checkoutSandbox(r), ''],
  'live-api-key': (r) => ['mollie.api.error.UnauthorizedError: key ', V.mollie(r), ' is invalid'],
  'flutterwave-secret-key': (r) => ['Rave error 401: invalid secret ', V.flutterwave(r), ''],
  'xendit-secret-key': (r) => ['XenditError INVALID_API_KEY for ', V.xendit(r), ''],
  'midtrans-server-key': (r) => ['midtransclient.error_midtrans.MidtransAPIError: 401 for ', V.midtrans(r), ''],
  'foreign-password-assignment': (r) =>
    r.pick<Sample>([
      ['PagSeguroException: 401 {"usuario":"loja@acme.com.br","senha":"', V.pw(r), '"}'],
      ['ERP sync: contraseña=', V.pw(r), ' servidor=erp.acme.es'],
      ['{"chave_api":"', V.an(r, 32), '","ambiente":"producao"}'],
    ]),
  'riot-api-key': (r) => ['riot api 403 Forbidden for key ', `RGAPI-${uuid(r)}`, ''],
  'twitch-oauth-token': (r) => ['< PASS ', `oauth:${r.str(LOWER + DIG, 29)}7`, '\r\n< NICK acme_bot'],
  'deepl-api-key': (r) => ['deepl.exceptions.AuthorizationException: check auth_key ', `${uuid(r)}:fx`, ''],
  'header-pair-secret': (r) =>
    r.pick<Sample>([
      // Go's `map[x-api-key:[…]]` is header-map-credential's (it outranks this detector there).
      ['%Tesla.Env{status: 401, headers: [{"x-api-key", "', V.an(r, 40), '"}, {"accept", "application/json"}]}'],
      ['headers=[(Accept, application/json), (X-Auth-Token, ', V.an(r, 40), ')]'],
    ]),
  'arrow-pair-secret': (r) =>
    r.pick<Sample>([
      ['sttp.client3.HttpError: 401 headers=Map(Accept -> application/json, X-Api-Key -> ', V.an(r, 40), ')'],
      ['headers = { ["Accept"] = "application/json", ["X-Api-Key"] = "', V.an(r, 40), '" }'],
    ]),
  'url-mailbox-user-password': (r) => ['EMAIL_URL=smtp+tls://postmaster@mg.acme.io:', V.pw(r), '@smtp.mailgun.org:587'],
};
