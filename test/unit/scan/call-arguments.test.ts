import { describe, expect, it } from 'vitest';
import { b62, covered, leaks, pick } from '../../helpers/leak-checks';

const HEX = '0123456789abcdef';
/** A password; a draw with a run of x's (`xXxX`, what placeholders are made of) is drawn again, so the test does not flake. */
const pw = (): string => {
  for (;;) {
    const v = `${b62(8)}${pick('!#$&*%', 1)}${pick('0123456789', 2)}`;
    if (!/[xX]{3}/.test(v)) return v;
  }
};

describe('a secret passed to a secret-named function (secret-call-argument)', () => {
  it.each([
    ['Python SDK', (v: string) => `client = weaviate.connect_to_weaviate_cloud(cluster_url=url, auth_credentials=Auth.api_key("${v}"))`],
    ['JS setter', (v: string) => `sgMail.setApiKey('${v}');`],
    ['builder', (v: string) => `Client.builder().withToken("${v}").build()`],
    ['stack trace argument', (v: string) => `  at ApiClient.setAccessToken("${v}") (client.ts:42:7)`],
    ['password builder', (v: string) => `DataSource.builder().username("app").password("${v}").build()`],
  ])('%s', (_name, make) => {
    const v = _name === 'password builder' ? pw() : b62(32);
    expect(covered(make(v), v), make(v)).toBe(true);
  });

  it('names, lookups, references and paths are no secrets', () => {
    for (const t of [
      'sgMail.setApiKey(process.env.SENDGRID_API_KEY);',
      'const s = getSecret("prod/db/password2");',
      'const t = fetchToken("refresh_scope_v2");',
      'api_key("YOUR_API_KEY_HERE")',
      'setToken("undefined")',
      `hashPassword("${b62(4)}")`,
      'env.secret("DATABASE_PASSWORD")',
    ]) {
      expect(leaks(t), t).toEqual([]);
    }
  });
});

describe('a header or field name and its value as two arguments (secret-pair-argument)', () => {
  it.each([
    ['Node setHeader', (v: string) => `response.setHeader("X-Api-Key", "${v}");`],
    ['fetch Headers', (v: string) => `headers.set('Authorization', 'Token ${v}');`],
    ['Java Properties', (v: string) => `props.put("db.password", "${v}");`],
    ['OkHttp header', (v: string) => `.addHeader("X-Auth-Token", "${v}")`],
    ['System property', (v: string) => `System.setProperty("javax.net.ssl.keyStorePassword", "${v}");`],
  ])('%s', (name, make) => {
    const v = /password/i.test(make('')) ? pw() : b62(30);
    expect(covered(make(v), v), `${name}: ${make(v)}`).toBe(true);
  });

  it('ordinary headers and fields stay clean', () => {
    for (const t of [
      'response.setHeader("Content-Type", "application/json; charset=utf-8");',
      'cache.set("cache_key", "user:42:profile");',
      "headers.set('Authorization', 'Bearer ' + token);",
      'map.put("password_policy", "min12-upper-digit");',
      `props.put("db.password", "\${DB_PASSWORD}");`,
    ]) {
      expect(leaks(t), t).toEqual([]);
    }
  });
});

describe('a Twilio auth token after the account SID argument (twilio-token-positional)', () => {
  it.each([
    ['Node', (v: string) => `const client = twilio(process.env.TWILIO_ACCOUNT_SID, "${v}"); // authToken`],
    ['Python', (v: string) => `client = Client(os.environ["TWILIO_ACCOUNT_SID"], '${v}')`],
    ['C#', (v: string) => `TwilioClient.Init(accountSid, "${v}");`],
  ])('%s', (_name, make) => {
    const v = pick(HEX, 31) + 'e';
    expect(covered(make(v), v), make(v)).toBe(true);
  });

  it('a reference, a placeholder or a hex id without a SID before it is no token', () => {
    expect(leaks(`cache.get(userId, "${pick(HEX, 31)}e")`)).toEqual([]);
    expect(leaks('twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN)')).toEqual([]);
    expect(leaks('Client(account_sid, "00000000000000000000000000000000")')).toEqual([]);
  });
});

describe('API keys passed to SDK constructors and as the curl user (sdk-client-credential, curl-user-api-key)', () => {
  it.each([
    ['Cohere', (v: string) => `co = cohere.Client("${v}")`],
    ['Plivo after the auth id', (v: string) => `client = plivo.RestClient("MAODUZYTQ0Y2FMYJBLOW", "${v}")`],
    ['Mailjet key pair', (v: string) => `mailjet = Client(auth=("${pick(HEX, 32)}", "${v}"), version="v3.1")`],
  ])('%s', (_name, make) => {
    const v = _name.startsWith('Mailjet') ? pick(HEX, 31) + 'c' : `${b62(34)}aB3`;
    expect(covered(make(v), v), make(v)).toBe(true);
  });

  it.each([
    ['Freshdesk', (v: string) => `curl -v -u ${v}:X -H "Content-Type: application/json" https://acme.freshdesk.com/api/v2/tickets`],
    ['empty password', (v: string) => `curl https://api.example.com/v1/charges -u ${v}:`],
    ['continued command', (v: string) => `curl -X GET \\\n  --user "${v}:X" \\\n  https://acme.harvestapp.com/api/v2/users/me`],
  ])('curl user key: %s', (_name, make) => {
    const v = b62(24);
    expect(covered(make(v), v), make(v)).toBe(true);
  });

  it('model names, index names, environment references and plain users stay clean', () => {
    for (const t of [
      'openai.ChatCompletion.create(model="gpt-4o-mini-2024-07-18", messages=msgs)',
      'pinecone index "products-2026-embeddings-v3" created',
      `algoliasearch("6F9I5JG375", "${pick(HEX, 32)}") // search-only key, safe in the browser`,
      `posthog.init('phc_${b62(43)}', { api_host: 'https://eu.i.posthog.com' })`,
      'cohere.Client(api_key=os.environ["CO_API_KEY"])',
      'curl -u admin: https://localhost:9200/_cat/indices',
      'curl -u "${ES_USER}:${ES_PASS}" https://es.internal:9200',
    ]) {
      expect(leaks(t), t).toEqual([]);
    }
  });
});
