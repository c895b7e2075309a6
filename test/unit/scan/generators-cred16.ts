import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/** `n` hex digits with at least one digit and one letter. */
export const hex = (r: Rng, n: number): string => r.str(HEX, n - 2) + r.str(DIG, 1) + r.pick(['a', 'b', 'c', 'd', 'e', 'f']);
/** `n` letters and digits with both cases and a digit. */
export const an = (r: Rng, n: number): string => r.str(B62, n - 3) + r.str(UPPER, 1) + r.str(LOWER, 1) + r.str(DIG, 1);
/** `n` URL-safe characters with both cases and a digit. */
export const url = (r: Rng, n: number): string => r.str(B62 + '_-', n - 3) + r.str(UPPER, 1) + r.str(LOWER, 1) + r.str(DIG, 1);
/** `n` lowercase letters and digits, a digit included. */
export const lowerAn = (r: Rng, n: number): string => r.str(LOWER + DIG, n - 2) + r.str(LOWER, 1) + r.str(DIG, 1);
/** A password of `n` characters: both cases, digits and symbols (no quote, backslash or space). */
export const password = (r: Rng, n: number): string => r.str(UPPER, 1) + r.str(LOWER, 2) + r.str(DIG, 1) + r.pick(['!', '#', '%', '*', '-', '_', '.', '@', '^', '~']) + r.str(B62 + '!#%*-_.^~', n - 5);
/** A random UUID (v4 layout). */
export const uuid = (r: Rng): string => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;

/** Published vendor formats of the credential round for blind set 16 (prefixed-tokens-16.ts). */
export const CRED16_TOKENS: Record<string, (r: Rng) => string> = {
  'google-oauth-client-secret': (r) => `GOCSPX-${url(r, 28)}`,
  'gitlab-runner-reg-token': (r) => `GR1348941${url(r, 20)}`,
  'nuget-api-key': (r) => `oy2${lowerAn(r, 43)}`,
  'crates-io-token': (r) => `cio${an(r, 32)}`,
  'paypal-access-token': (r) => `A21AA${url(r, 92)}`,
  'stytch-secret': (r) => `secret-live-${url(r, 36)}`,
  'shippo-api-token': (r) => `shippo_live_${hex(r, 40)}`,
  'elastic-cloud-api-key': (r) => `essu_${an(r, 78)}==`,
  'ory-api-key': (r) => `ory_pat_${an(r, 32)}`,
  'deno-deploy-token': (r) => `ddp_${an(r, 36)}`,
  'posthog-personal-api-key': (r) => `phx_${an(r, 47)}`,
  'scaleway-access-key': (r) => `SCW${r.str(UPPER + DIG, 15)}${r.str(UPPER, 1)}${r.str(DIG, 1)}`,
  'yandex-cloud-credential': (r) => `AQVN${url(r, 36)}`,
  'mailersend-api-token': (r) => `mlsn.${hex(r, 64)}`,
  'clojars-deploy-token': (r) => `CLOJARS_${lowerAn(r, 60)}`,
  'readme-api-key': (r) => `rdme_${lowerAn(r, 70)}`,
  'scalingo-api-token': (r) => `tk-us-${url(r, 48)}`,
  'infracost-api-key': (r) => `ico-${an(r, 32)}`,
  'frameio-token': (r) => `fio-u-${url(r, 64)}`,
  'defined-networking-key': (r) => `dnkey-${lowerAn(r, 26)}-${lowerAn(r, 52)}`,
  'lob-api-key': (r) => `live_${hex(r, 35)}`,
  'nvidia-api-key': (r) => `nvapi-${url(r, 64)}`,
  'cerebras-api-key': (r) => `csk-${lowerAn(r, 48)}`,
  'together-api-key': (r) => `tgp_v1_${url(r, 43)}`,
  'jina-api-key': (r) => `jina_${hex(r, 32)}${url(r, 28)}`,
  'e2b-api-key': (r) => `e2b_${hex(r, 40)}`,
  'browserbase-api-key': (r) => `bb_live_${url(r, 27)}`,
  'tavily-api-key': (r) => `tvly-${r.pick(['', 'dev-'])}${an(r, 32)}`,
  'firecrawl-api-key': (r) => `fc-${hex(r, 32)}`,
  'voyage-api-key': (r) => `pa-${url(r, 43)}`,
  'azure-devops-pat': (r) => `${an(r, 76)}AZDO${an(r, 4)}`,
};

/** Samples of the credential detectors of the round for blind set 16, one realistic context each. */
export const CRED16_SAMPLES: Record<string, (r: Rng) => Sample> = {
  ...Object.fromEntries(Object.entries(CRED16_TOKENS).map(([id, tok]) => [id, (r: Rng): Sample => ['{"level":"error","msg":"upstream rejected credential","credential":"', tok(r), '"}']])),
  'powershell-secret-parameter': (r) => ['PS C:\\ops> Connect-AcmeService -Endpoint https://api.acme.io -ApiKey ', an(r, 32), ' -Verbose'],
  'option-wrapped-secret': (r) => ['opts = PgConnectOptions { host: "pg-ledger.internal", port: 5432, username: "ledger_rw", password: Some("', password(r, 18), '"), database: Some("ledger") }'],
  'sql-insert-secret-column': (r) => ["ERROR: duplicate key value violates unique constraint: INSERT INTO integrations (id, provider, api_secret) VALUES (7, 'acme', '", an(r, 32), "')"],
  'hibernate-bound-secret': (r) => [
    'Hibernate: insert into oauth_clients (client_id, client_secret, id) values (?, ?, ?)\n2026-09-30 TRACE o.h.t.d.s.BasicBinder - binding parameter [1] as [VARCHAR] - [acme-portal]\n2026-09-30 TRACE o.h.t.d.s.BasicBinder - binding parameter [2] as [VARCHAR] - [',
    url(r, 40),
    ']',
  ],
  'base64-pem-private-key': (r) => {
    const body = Array.from({ length: 6 }, () => r.str(B62 + '+/', 64)).join('\n');
    return ['  tls.key: ', Buffer.from(`-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n`).toString('base64'), ''];
  },
  'bracket-key-secret': (r) => ['10.0.4.2 - - "POST /users/sign_in HTTP/1.1" body=user%5Bemail%5D=ops%40acme.io&user%5Bpassword%5D=', encodeURIComponent(password(r, 14)), '&commit=Sign+in'],
  'erlang-binary-secret': (r) => ['** (exit) an exception was raised: [{username,<<"app">>},{password,<<"', password(r, 16), '">>},{host,"pg"}]'],
  'github-actions-mask-value': (r) => ['##[debug]Evaluating: format(\'::add-mask::{0}\', steps.token.outputs.value)\n::add-mask::', an(r, 32), ''],
  'argv-list-secret': (r) => ["subprocess.CalledProcessError: Command '['pg_dump', '-h', 'pg', '-U', 'app', '--password', '", password(r, 16), "']' returned non-zero exit status 1."],
  'django-debug-local-secret': (r) => ['<tr>\n  <td>api_key</td>\n  <td class="code"><pre>&#x27;', an(r, 32), '&#x27;</pre></td>\n</tr>'],
  'postman-apikey-value': (r) => ['{"auth":{"type":"apikey","apikey":[{"key":"value","value":"', an(r, 32), '","type":"string"},{"key":"key","value":"X-API-Key","type":"string"}]}}'],
};
