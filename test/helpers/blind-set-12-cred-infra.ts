import { B62, DIGITS, UPPER, type Rng12 } from './blind-set-12-rng';
import { cred, pos, type PosCase12 } from './blind-set-12-types';

const jwtWith = (r: Rng12, alg: string, payload: object): string =>
  `${Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${r.b64url(alg === 'EdDSA' ? 64 : 32)}`;

/** Databases, storage, hosting and infrastructure tooling. */
export const credInfra: PosCase12[] = [
  (r) => {
    const k = jwtWith(r, 'HS256', { iss: 'supabase', ref: r.chars('abcdefghijklmnopqrst', 20), role: 'service_role', iat: 1716000000, exp: 2031576000 });
    return pos('db/supabase-service-role', `SUPABASE_URL=https://${r.chars('abcdefghijklmnop', 20)}.supabase.co\nSUPABASE_SERVICE_ROLE_KEY=${k}\nError: new row violates row-level security policy`, cred('supabase-service', k));
  },
  (r) => {
    const pw = `npg_${r.b62(12)}`;
    return pos('db/neon-dsn', `error: password authentication failed for user "app_owner"\n    at Parser.parseErrorMessage (node_modules/pg-protocol/dist/parser.js:283:98)\nDATABASE_URL=postgresql://app_owner:${pw}@ep-${r.chars('abcdefghij', 6)}-${r.chars('abcdefghij', 6)}-a5${r.digits(4)}.us-east-2.aws.neon.tech/neondb?sslmode=require`, cred('password', pw));
  },
  (r) => {
    const pw = `pscale_pw_${r.b62(43)}`;
    return pos('db/planetscale-go', `Error 1045 (28000): Access denied for user '${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12)}'\nmain.go:41: dsn="${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12)}:${pw}@tcp(aws.connect.psdb.cloud)/inventory?tls=true"`, cred('planetscale-password', pw));
  },
  (r) => {
    const pw = `A${r.b62(3)}AAIj${r.b62(60)}`;
    return pos('db/upstash-rediss', `ReplyError: WRONGPASS invalid username-password pair\n  redis: rediss://default:${pw}@${r.pick(['fresh', 'usable', 'calm'])}-${r.pick(['mole', 'heron', 'lynx'])}-${r.int(10000, 99999)}.upstash.io:6379`, cred('password', pw));
  },
  (r) => {
    const t = jwtWith(r, 'EdDSA', { a: 'rw', iat: r.int(1.7e9, 1.75e9), id: r.uuid() });
    return pos('db/turso-toml', `[libsql]\nurl = "libsql://orders-${r.chars('abcdefghij', 8)}.turso.io"\nauth_token = "${t}"\n# LibsqlError: SERVER_ERROR: 401`, cred('turso-jwt', t));
  },
  (r) => {
    const t = r.uuid();
    return pos('host/railway-ci', `Run railway up --service api\n  env:\n    RAILWAY_TOKEN: ${t}\nUnauthorized. Please login with \`railway login\``, cred('railway-token', t));
  },
  (r) => {
    const k = `rnd_${r.b62(32)}`;
    return pos('host/render-api', `render deploy failed: 401 {"message":"unauthorized"}\n$ curl -H "Authorization: Bearer ${k}" https://api.render.com/v1/services?limit=20`, cred('render-key', k));
  },
  (r) => {
    const t = `FlyV1 fm2_${r.b64(96).replace(/[+/=]/g, 'k')}`;
    return pos('host/fly-deploy', `Error: failed to fetch an image or build from source: unauthorized\n  FLY_API_TOKEN="${t}"`, cred('fly-token', t.slice(6)));
  },
  (r) => {
    const id = r.hex(32);
    const sec = r.hex(64);
    return pos('storage/r2-rclone', `[r2]\ntype = s3\nprovider = Cloudflare\naccess_key_id = ${id}\nsecret_access_key = ${sec}\nendpoint = https://${r.hex(32)}.r2.cloudflarestorage.com\n# ERROR : SignatureDoesNotMatch`, cred('r2-secret', sec));
  },
  (r) => {
    const kid = `005${r.hex(22)}`.slice(0, 25);
    const key = `K005${r.b62(27)}`;
    return pos('storage/b2-cli', `b2 authorize-account ${kid} ${key}\nERROR: unauthorized: Invalid accountId or applicationKeyId`, cred('b2-key', key));
  },
  (r) => {
    const id = r.chars(UPPER + DIGITS, 20);
    const sec = r.chars(B62, 40);
    return pos('storage/wasabi-boto', `botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the PutObject operation\n  boto3.client('s3', endpoint_url='https://s3.eu-central-2.wasabisys.com', aws_access_key_id='${id}', aws_secret_access_key='${sec}')`, cred('wasabi-secret', sec));
  },
  (r) => {
    const pw = r.password(20);
    return pos('storage/minio-k8s', `spec:\n  containers:\n    - name: minio\n      env:\n        - name: MINIO_ROOT_USER\n          value: admin\n        - name: MINIO_ROOT_PASSWORD\n          value: "${pw}"\nBack-off restarting failed container`, cred('password', pw));
  },
  (r) => {
    const k = `tskey-auth-k${r.b62(10)}CNTRL-${r.b62(33)}`;
    return pos('net/tailscale-up', `tailscale up --authkey=${k} --hostname=ci-runner-${r.int(1, 40)}\nbackend error: invalid key: unable to validate API key`, cred('tailscale-key', k));
  },
  (r) => {
    const t = `2${r.b62(26)}_${r.b62(21)}`;
    return pos('net/ngrok-yml', `version: "2"\nauthtoken: ${t}\ntunnels:\n  web: { proto: http, addr: 3000 }\nERROR:  authentication failed: The authtoken you specified is invalid`, cred('ngrok-token', t));
  },
  (r) => {
    const t = `pul-${r.hex(40)}`;
    return pos('iac/pulumi', `error: PULUMI_ACCESS_TOKEN must be set for login during non-interactive CLI sessions\n  (value seen by step: "${t}" — rejected: 401)`, cred('pulumi-token', t));
  },
  (r) => {
    const t = `dp.st.prd.${r.b62(43)}`;
    return pos('secrets/doppler', `Doppler Error: Invalid Auth token\n  command: doppler run --token ${t} -- node server.js`, cred('doppler-token', t));
  },
  (r) => {
    const sec = r.hex(64);
    return pos('secrets/infisical', `InfisicalSDKError: Universal auth login failed (401)\n  {"clientId":"${r.uuid()}","clientSecret":"${sec}"}`, cred('infisical-secret', sec));
  },
  (r) => {
    const t = `ops_${Buffer.from(JSON.stringify({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r.b64url(16) }, email: `${r.chars('abcdefghij', 10)}@1passwordserviceaccounts.com`, srpX: r.hex(64), muk: { alg: 'A256GCM', ext: true, k: r.b64url(32), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${r.chars(UPPER + DIGITS, 6)}-${r.chars(UPPER + DIGITS, 6)}` })).toString('base64url')}`;
    return pos('secrets/1password-sa', `[ERROR] 2026/12/04 09:12:44 (op) authorization failed\nOP_SERVICE_ACCOUNT_TOKEN=${t}`, cred('1password-token', t));
  },
];
