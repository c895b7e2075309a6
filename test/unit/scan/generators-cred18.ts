import type { Rng, Sample } from './sample-rng';
import { an, password, uuid } from './generators-cred16';

/** Published vendor formats of the credential round for blind set 18 (prefixed-tokens-18.ts). */
export const CRED18_TOKENS: Record<string, (r: Rng) => string> = {
  'axiom-token': (r) => `${r.pick(['xaat-', 'xapt-'])}${uuid(r)}`,
  'coralogix-key': (r) => `cxtp_${an(r, 30)}`,
  'honeybadger-personal-token': (r) => `hbp_${an(r, 36)}`,
  'gitlab-feature-flags-token': (r) => `glffct-${an(r, 20)}`,
  'apify-api-token': (r) => `apify_api_${an(r, 36)}`,
  'ory-oauth-token': (r) => `ory_at_${an(r, 43)}.${an(r, 43)}`,
};

/** A password without the characters the samples' forms use as delimiters. */
const pw = (r: Rng): string => password(r, 16).replace(/["'\\^\s#]/g, 'x');

/** Samples of the credential detectors of the round for blind set 18 (debugging and inspection artifacts), one realistic context each. */
export const CRED18_SAMPLES: Record<string, (r: Rng) => Sample> = {
  ...Object.fromEntries(Object.entries(CRED18_TOKENS).map(([id, tok]) => [id, (r: Rng): Sample => ['{"key":"http.request.header.authorization","value":{"stringValue":"Bearer ', tok(r), '"}}']])),
  'structured-session-cookie': (r) => ['{"request":{"url":"https://app.corp.io/login","cookies":[{"name":"_app_session","value":"', an(r, 40), '","path":"/","httpOnly":true}]}}'],
  'redis-auth-command': (r) => ['127.0.0.1:6379> AUTH ', pw(r), '\nOK'],
  'psql-expanded-secret': (r) => ['app=# SELECT * FROM integrations;\n-[ RECORD 1 ]-+----------\nid            | 7\nname          | billing\napi_token     | ', an(r, 40), '\n'],
  'environ-nul-secret': (r) => ['$ cat /proc/1/environ\nHOSTNAME=web-1\\0NODE_ENV=production\\0DB_PASSWORD=', pw(r), '\\0HOME=/root'],
  'har-name-value-secret': (r) => ['"headers": [\n  {\n    "name": "x-api-key",\n    "value": "', an(r, 40), '"\n  }\n]'],
};
