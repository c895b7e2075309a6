import type { Rng, Sample } from './sample-rng';
import { an, password } from './generators-cred16';

/** Samples of the credential detectors of the round for blind set 18 (debugging and inspection artifacts), one realistic context each. */
export const CRED18_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'structured-session-cookie': (r) => ['{"request":{"url":"https://app.corp.io/login","cookies":[{"name":"_app_session","value":"', an(r, 40), '","path":"/","httpOnly":true}]}}'],
  'redis-auth-command': (r) => ['127.0.0.1:6379> AUTH ', password(r, 16).replace(/["'\s]/g, 'x'), '\nOK'],
  'psql-expanded-secret': (r) => ['app=# \\x\nExpanded display is on.\napp=# SELECT * FROM integrations;\n-[ RECORD 1 ]-+----------\nid            | 7\nname          | billing\napi_token     | ', an(r, 40), '\n'],
  'environ-nul-secret': (r) => ['$ cat /proc/1/environ\nHOSTNAME=web-1\\0NODE_ENV=production\\0DB_PASSWORD=', password(r, 16).replace(/[\\^]/g, 'x'), '\\0HOME=/root'],
};
