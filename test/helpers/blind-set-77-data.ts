import { B62, DIGITS, LOWER, UPPER } from './blind-set-77-rng';
import { b62, b64uChars, card, hex, iso, jwt, lower, now, person, reqId, ts, upperAlnum, type PosTpl } from './blind-set-77-gen';

const REGIONS = ['us-east-1', 'eu-central-1', 'us-west-2', 'ap-southeast-1'];

/** Serverless databases and data platforms: Upstash, Neon, PlanetScale, Turso, Xata, Fauna, Convex, Supabase, Atlas, Aiven, Redis Cloud, Confluent. */
export const DATA: PosTpl[] = [
  ['data', 'upstash-rest-token', (r, k) => {
    const host = `${r.pick(['eager', 'fleet', 'lucky', 'humble', 'prime'])}-${r.pick(['mole', 'gecko', 'finch', 'koala'])}-${r.int(10000, 99999)}`;
    return `UpstashError: WRONGPASS invalid or missing auth token, command was: ["get","session:${r.uuid()}"]
  at HttpClient.request (node_modules/@upstash/redis/chunk-${lower(r, 8)}.mjs:118:13)
  UPSTASH_REDIS_REST_URL=https://${host}.upstash.io
  UPSTASH_REDIS_REST_TOKEN=${k.cred('upstash-rest-token', `A${r.pick(['X', 'Y', 'Z'])}${b62(r, 4)}AAIjcDE${b64uChars(r, 50)}`)}`;
  }],
  ['data', 'upstash-redis-url', (r, k) => {
    return `ioredis: [ioredis] Unhandled error event: ReplyError: ERR max daily request limit exceeded
  redis options: rediss://default:${k.cred('redis-password', `A${b62(r, 3)}AAIjcDE${b62(r, 40)}`)}@${lower(r, 8)}-${r.int(10000, 99999)}.upstash.io:6379`;
  }],
  ['data', 'qstash-signature-verify', (r, k) => {
    return `qstash receiver: signature verification failed: "Invalid signature" (upstash-message-id=msg_${b62(r, 40)})
  QSTASH_CURRENT_SIGNING_KEY=${k.cred('qstash-signing-key', `sig_${b62(r, 28)}`)}
  QSTASH_NEXT_SIGNING_KEY=${k.cred('qstash-signing-key', `sig_${b62(r, 28)}`)}
  QSTASH_TOKEN=${k.cred('qstash-token', Buffer.from(JSON.stringify({ UserID: r.uuid(), Password: hex(r, 32) })).toString('base64'))}`;
  }],
  ['data', 'neon-connection-error', (r, k) => {
    const ep = `ep-${r.pick(['cool', 'silent', 'autumn', 'bold'])}-${r.pick(['darkness', 'river', 'meadow', 'sun'])}-${hex(r, 8)}`;
    return `error: password authentication failed for user 'neondb_owner'
    at /app/node_modules/pg-pool/index.js:45:11
  connectionString: 'postgresql://neondb_owner:${k.cred('db-password', `npg_${r.chars(B62, 12)}`)}@${ep}-pooler.${r.pick(REGIONS)}.aws.neon.tech/neondb?sslmode=require'`;
  }],
  ['data', 'neon-api-branch-create', (r, k) => {
    return `neonctl branches create --project-id ${r.pick(['red', 'wispy', 'still'])}-${r.pick(['sun', 'field', 'wave'])}-${r.int(10000000, 99999999)} --api-key ${k.cred('neon-api-key', `napi_${r.chars(LOWER + DIGITS, 60)}`)}
ERROR: request failed: 423 Locked (project has running operations) request_id=${r.uuid()}`;
  }],
  ['data', 'planetscale-password-dsn', (r, k) => {
    return `[mysql] ${ts(r)} packets.go:37: unexpected EOF
Error 1045 (28000): Access denied for user '${lower(r, 12)}'@'${lower(r, 6)}' (using password: YES)
DSN: ${lower(r, 12)}:${k.cred('planetscale-password', `pscale_pw_${b64uChars(r, 43)}`)}@tcp(aws.connect.psdb.cloud)/orders?tls=true&interpolateParams=true`;
  }],
  ['data', 'planetscale-service-token', (r, k) => {
    return `pscale deploy-request create orders main --org ${lower(r, 8)}
Error: unauthorized (service token id ${lower(r, 12)})
  PLANETSCALE_SERVICE_TOKEN_ID=${lower(r, 12)}
  PLANETSCALE_SERVICE_TOKEN=${k.cred('planetscale-service-token', `pscale_tkn_${b64uChars(r, 43)}`)}`;
  }],
  ['data', 'turso-libsql-auth', (r, k) => {
    const db = `${lower(r, 7)}-${lower(r, 8)}`;
    return `LibsqlError: SERVER_ERROR: Server returned HTTP status 401
  createClient({ url: "libsql://${db}.aws-us-east-1.turso.io", authToken: "${k.cred('turso-auth-token', jwt(r, { a: 'rw', iat: now(r), id: r.uuid() }, 'EdDSA'))}" })
  while syncing embedded replica /data/local.db`;
  }],
  ['data', 'xata-client-error', (r, k) => {
    const p = person(r);
    return `XataError: Unauthorized: You must provide a valid API key (status 401)
  XATA_API_KEY=${k.cred('xata-api-key', `xau_${b62(r, 36)}`)}
  XATA_BRANCH=main
  query: xata.db.customers.filter({ email: "${k.pers('email', p.email)}" }).getFirst()`;
  }],
  ['data', 'fauna-secret-query', (r, k) => {
    const p = person(r);
    return `fauna.errors.AuthenticationError: 401 unauthorized: Access token required
  Client(secret="${k.cred('fauna-secret', `fnA${r.pick(['E', 'F'])}${b64uChars(r, 36)}`)}", endpoint="https://db.fauna.com")
  query: Customer.byEmail("${k.pers('email', p.email)}").first() { name: "${k.pers('person-name', p.name)}" }`;
  }],
  ['data', 'convex-deploy-key', (r, k) => {
    const dep = `${r.pick(['happy', 'tidy', 'brave', 'quiet'])}-${r.pick(['otter', 'lynx', 'heron', 'bison'])}-${r.int(100, 999)}`;
    return `npx convex deploy
✖ Error: 401 Unauthorized: MissingAccessToken / BadDeployKey
  CONVEX_DEPLOY_KEY=${k.cred('convex-deploy-key', `prod:${dep}|${Buffer.from(JSON.stringify({ v2: hex(r, 32) })).toString('base64url')}`)}
  deployment: https://${dep}.convex.cloud`;
  }],
  ['data', 'supabase-service-role', (r, k) => {
    const ref = r.chars(LOWER, 20);
    const p = person(r);
    return `PostgrestError: {"code":"42501","message":"new row violates row-level security policy for table \\"profiles\\""}
  createClient("https://${ref}.supabase.co", "${k.cred('supabase-service-role-key', jwt(r, { iss: 'supabase', ref, role: 'service_role', iat: now(r), exp: now(r) + 315360000 }))}")
  insert: {"full_name":"${k.pers('person-name', p.name)}","email":"${k.pers('email', p.email)}","phone":"${k.pers('phone', p.phone)}"}`;
  }],
  ['data', 'supabase-secret-key-env', (r, k) => {
    const ref = r.chars(LOWER, 20);
    return `edge-function boot failed: Deno.env dump (redacted=false)
  SUPABASE_URL=https://${ref}.supabase.co
  SUPABASE_PUBLISHABLE_KEY=sb_publishable_${b64uChars(r, 22)}_${b64uChars(r, 8)}
  SUPABASE_SECRET_KEY=${k.cred('supabase-secret-key', `sb_secret_${b64uChars(r, 22)}_${b64uChars(r, 8)}`)}
  SUPABASE_DB_URL=postgresql://postgres.${ref}:${k.cred('db-password', r.urlPassword(22))}@aws-0-${r.pick(REGIONS)}.pooler.supabase.com:6543/postgres`;
  }],
  ['data', 'atlas-admin-api-digest', (r, k) => {
    return `atlas cli: Error: GET https://cloud.mongodb.com/api/atlas/v2/groups/${hex(r, 24)}/clusters: 401 (request ${reqId(r)}) You are not authorized for this resource.
  MONGODB_ATLAS_PUBLIC_API_KEY=${lower(r, 8)}
  MONGODB_ATLAS_PRIVATE_API_KEY=${k.cred('atlas-private-api-key', r.uuid())}`;
  }],
  ['data', 'atlas-srv-connection', (r, k) => {
    return `MongoServerSelectionError: bad auth : authentication failed
    at Topology.selectServer (/srv/app/node_modules/mongodb/lib/sdam/topology.js:303:38)
  uri: mongodb+srv://svc_orders:${k.cred('db-password', r.urlPassword(18))}@cluster0.${lower(r, 5)}.mongodb.net/orders?retryWrites=true&w=majority&appName=Cluster0`;
  }],
  ['data', 'aiven-avnadmin', (r, k) => {
    return `psycopg.OperationalError: connection failed: FATAL: password authentication failed for user "avnadmin"
  host=pg-${lower(r, 8)}-${lower(r, 6)}.aivencloud.com port=${r.int(10000, 29999)} dbname=defaultdb user=avnadmin password=${k.cred('aiven-service-password', `AVNS_${b64uChars(r, 23)}`)} sslmode=require`;
  }],
  ['data', 'aiven-api-token', (r, k) => {
    return `avn --auth-token ${k.cred('aiven-api-token', r.b64(r.pick([180, 220])))} service list --project ${lower(r, 9)}
ERROR	command failed: Error: {"errors":[{"message":"Invalid token","status":403}],"message":"Invalid token"}`;
  }],
  ['data', 'redis-cloud-api-keys', (r, k) => {
    return `redis-cloud terraform provider: Error: 401 Unauthorized
  GET https://api.redislabs.com/v1/subscriptions
  x-api-key: ${k.cred('redis-cloud-account-key', r.chars(B62, 50))}
  x-api-secret-key: ${k.cred('redis-cloud-secret-key', r.chars(B62, 50))}`;
  }],
  ['data', 'confluent-sasl-jaas', (r, k) => {
    return `org.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed
# client.properties
bootstrap.servers=pkc-${lower(r, 5)}.${r.pick(REGIONS)}.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='${upperAlnum(r, 16)}' password='${k.cred('confluent-api-secret', r.chars(B62 + '+/', 64))}';
schema.registry.basic.auth.user.info=${upperAlnum(r, 16)}:${k.cred('confluent-api-secret', r.chars(B62 + '+/', 64))}`;
  }],
];

/** Realtime messaging: Ably, Pusher, PubNub, Stream. */
export const REALTIME: PosTpl[] = [
  ['realtime', 'ably-rest-key', (r, k) => {
    const app = b62(r, 6);
    return `[Ably] ${iso(r)} ERROR: Rest.request(): Unable to make request; err = [ErrorInfo: Invalid key in request; statusCode=401; code=40101]
  new Ably.Rest({ key: '${k.cred('ably-api-key', `${app}.${b64uChars(r, 6)}:${b64uChars(r, 43)}`)}', environment: 'production' })`;
  }],
  ['realtime', 'pusher-trigger-fail', (r, k) => {
    const p = person(r);
    return `Pusher::AuthenticationError: Unknown auth_key (app_id ${r.int(1000000, 1999999)}, key ${hex(r, 20)}, secret ${k.cred('pusher-secret', hex(r, 20))})
  channel private-user-${r.int(1000, 99999)} event=order.updated data={"customer":"${k.pers('person-name', p.name)}","email":"${k.pers('email', p.email)}"}`;
  }],
  ['realtime', 'pubnub-secret-grant', (r, k) => {
    return `PubNubException: status 403 Forbidden: "Invalid signature" during grantToken
  PNConfiguration(subscribeKey="sub-c-${r.uuid()}", publishKey="pub-c-${r.uuid()}", secretKey="${k.cred('pubnub-secret-key', `sec-c-${r.b64(36)}`)}", userId="svc-notifier")`;
  }],
  ['realtime', 'stream-chat-server', (r, k) => {
    const p = person(r);
    return `StreamChat error: code 5 UpsertUsers failed with error: "user ${r.uuid()} name too long" (status 400)
  StreamChat.getInstance('${lower(r, 12)}', '${k.cred('stream-api-secret', r.chars(LOWER + DIGITS, 64))}')
  user: {"id":"${r.uuid()}","name":"${k.pers('person-name', p.name)}","email":"${k.pers('email', p.email)}","image":null}`;
  }],
  ['realtime', 'stream-user-token', (r, k) => {
    return `[stream-video] ws connect failed: JWTAuth error: token signature is invalid
  connectUser({ id: "${r.uuid()}" }, "${k.cred('stream-user-jwt', jwt(r, { user_id: r.uuid(), iat: now(r) }))}")`;
  }],
];

/** Headless CMS: Contentful, Sanity, Storyblok, Prismic, Strapi, Hygraph, DatoCMS. */
export const CMS: PosTpl[] = [
  ['cms', 'contentful-cma-token', (r, k) => {
    const p = person(r);
    return `contentful-migration: 🚨 Migration unsuccessful: AccessTokenInvalid (status 401, request ${hex(r, 32)})
  --space-id ${lower(r, 12)} --environment-id master --management-token ${k.cred('contentful-cma-token', `CFPAT-${b64uChars(r, 43)}`)}
  entry author: ${k.pers('person-name', p.name)} <${k.pers('email', p.email)}>`;
  }],
  ['cms', 'contentful-cda-retry', (r, k) => {
    return `fetch retry 2/3: GET https://cdn.contentful.com/spaces/${lower(r, 12)}/environments/master/entries?content_type=landingPage&include=3&access_token=${k.cred('contentful-delivery-token', b64uChars(r, 43))} -> ECONNRESET
  preview token CONTENTFUL_PREVIEW_TOKEN=${k.cred('contentful-preview-token', b64uChars(r, 43))}`;
  }],
  ['cms', 'sanity-write-token', (r, k) => {
    const p = person(r);
    return `ClientError: Insufficient permissions; permission "create" required (statusCode 403)
  createClient({ projectId: '${lower(r, 8)}', dataset: 'production', apiVersion: '2024-03-01', token: '${k.cred('sanity-token', `sk${b62(r, 180)}`)}', useCdn: false })
  mutation: create {_type: "testimonial", authorName: "${k.pers('person-name', p.name)}", authorEmail: "${k.pers('email', p.email)}"}`;
  }],
  ['cms', 'storyblok-mapi', (r, k) => {
    return `storyblok push-components failed: Unauthorized
  curl "https://mapi.storyblok.com/v1/spaces/${r.int(100000, 999999)}/components" -H "Authorization: ${k.cred('storyblok-personal-token', `${b62(r, 22)}-${r.int(10000, 99999)}-${b62(r, 20)}`)}"
  STORYBLOK_PREVIEW_TOKEN=${k.cred('storyblok-preview-token', b62(r, 24))}`;
  }],
  ['cms', 'prismic-access-token', (r, k) => {
    return `PrismicError: [@prismicio/client] Unable to retrieve ref: "Invalid access token" (401)
  createClient("${lower(r, 10)}", { accessToken: "${k.cred('prismic-access-token', Buffer.from(`0.${b64uChars(r, 30)}.${b64uChars(r, 20)}${r.chars(UPPER, 6)}`).toString('base64').replace(/=+$/, ''))}" })`;
  }],
  ['cms', 'strapi-api-token', (r, k) => {
    const p = person(r);
    return `[${ts(r)}] http: POST /api/newsletter-subscribers (403) 12 ms
  headers: { authorization: 'Bearer ${k.cred('strapi-api-token', hex(r, 256))}', 'content-type': 'application/json' }
  body: { data: { email: '${k.pers('email', p.email)}', firstName: '${k.pers('first-name', p.first)}', phone: '${k.pers('phone', p.phone)}' } }`;
  }],
  ['cms', 'strapi-env-secrets', (r, k) => {
    return `strapi build on render: env snapshot
APP_KEYS=${k.cred('strapi-app-key', r.b64(16))},${k.cred('strapi-app-key', r.b64(16))}
API_TOKEN_SALT=${k.cred('strapi-token-salt', r.b64(16))}
ADMIN_JWT_SECRET=${k.cred('jwt-secret', r.b64(16))}
TRANSFER_TOKEN_SALT=${k.cred('strapi-token-salt', r.b64(16))}
HOST=0.0.0.0 PORT=1337`;
  }],
  ['cms', 'hygraph-pat', (r, k) => {
    return `GraphQL error (Code: 401): {"errors":[{"message":"the provided token is invalid"}]}
  endpoint: https://${r.pick(REGIONS)}.cdn.hygraph.com/content/${b62(r, 25).toLowerCase()}/master
  headers: {"Authorization":"Bearer ${k.cred('hygraph-token', jwt(r, { version: 3, iat: now(r), aud: ['https://api-eu-central-1.hygraph.com/v2/x/master'], iss: 'https://management.hygraph.com/', sub: r.uuid(), jti: b62(r, 25) }, 'RS256', { kid: 'gcms-main-production' }))}"}`;
  }],
  ['cms', 'datocms-cma', (r, k) => {
    const p = person(r);
    return `ApiError: PUT https://site-api.datocms.com/items/${b62(r, 22)}: 401 INVALID_AUTHORIZATION_HEADER
  buildClient({ apiToken: "${k.cred('datocms-api-token', hex(r, 30))}" })
  item.attributes = { reviewer_name: "${k.pers('person-name', p.name)}", reviewer_email: "${k.pers('email', p.email)}" }`;
  }],
];

/** Media pipelines: Cloudinary, Imgix, Mux, Bunny.net, Uploadcare, Filestack, Transloadit. */
export const MEDIA: PosTpl[] = [
  ['media', 'cloudinary-url-env', (r, k) => {
    return `cloudinary.exceptions.AuthorizationRequired: Invalid Signature ${hex(r, 40)}. String to sign - 'folder=avatars&timestamp=${now(r)}'.
  CLOUDINARY_URL=cloudinary://${r.digits(15)}:${k.cred('cloudinary-api-secret', b64uChars(r, 27))}@${lower(r, 8)}`;
  }],
  ['media', 'cloudinary-upload-id-doc', (r, k) => {
    const p = person(r);
    return `upload failed for kyc document of ${k.pers('person-name', p.name)} (${k.pers('email', p.email)})
  cloudinary.config(cloud_name="${lower(r, 8)}", api_key="${r.digits(15)}", api_secret="${k.cred('cloudinary-api-secret', b64uChars(r, 27))}")
  public_id=kyc/${r.uuid()} resource_type=image`;
  }],
  ['media', 'imgix-signed-url', (r, k) => {
    return `imgix 403 for signed render: https://${lower(r, 8)}.imgix.net/receipts/${r.uuid()}.png?w=800&fm=webp&s=${k.cred('signed-url-signature', hex(r, 32))}
  IMGIX_SECURE_URL_TOKEN=${k.cred('imgix-signing-token', b62(r, 16))}
  IMGIX_API_KEY=${k.cred('imgix-api-key', `ak_${hex(r, 60)}`)}`;
  }],
  ['media', 'mux-token-basic', (r, k) => {
    const id = r.uuid();
    const secret = `${b62(r, 20)}/${b62(r, 30)}+${b62(r, 24)}`;
    return `Mux API error: 401 Unauthorized POST https://api.mux.com/video/v1/assets
  MUX_TOKEN_ID=${id}
  MUX_TOKEN_SECRET=${k.cred('mux-token-secret', secret)}
  Authorization: Basic ${k.cred('basic-auth', Buffer.from(`${id}:${secret}`).toString('base64'))}`;
  }],
  ['media', 'mux-signing-key', (r, k) => {
    const pem = `-----BEGIN RSA PRIVATE KEY-----\n${r.b64(96)}\n-----END RSA PRIVATE KEY-----\n`;
    return `jwt sign for playback failed: error:1E08010C:DECODER routines::unsupported
  MUX_SIGNING_KEY_ID=${b62(r, 44)}
  MUX_SIGNING_KEY_PRIVATE=${k.cred('mux-signing-private-key', Buffer.from(pem).toString('base64'))}`;
  }],
  ['media', 'bunny-storage-put', (r, k) => {
    return `PUT https://storage.bunnycdn.com/${lower(r, 10)}/invoices/${r.int(10000, 99999)}.pdf -> 401 {"HttpCode":401,"Message":"Unauthorized"}
  AccessKey: ${k.cred('bunny-storage-password', `${r.uuid()}-${hex(r, 4)}-${hex(r, 4)}`)}
  (account AccessKey BUNNY_API_KEY=${k.cred('bunny-api-key', `${r.uuid()}${r.uuid()}`)})`;
  }],
  ['media', 'bunny-token-auth-url', (r, k) => {
    return `video-proxy: upstream 403 for https://vz-${hex(r, 8)}-${hex(r, 3)}.b-cdn.net/${r.uuid()}/playlist.m3u8?token=${k.cred('signed-url-signature', b64uChars(r, 43))}&expires=${now(r)}
  token_security_key=${k.cred('bunny-token-key', r.uuid())}`;
  }],
  ['media', 'uploadcare-simple-auth', (r, k) => {
    const pub = hex(r, 20);
    const p = person(r);
    return `pyuploadcare.exceptions.AuthenticationError: Incorrect authentication credentials.
  Authorization: Uploadcare.Simple ${pub}:${k.cred('uploadcare-secret-key', hex(r, 20))}
  file metadata: {"uploaded_by":"${k.pers('email', p.email)}","original_filename":"passport_${k.pers('last-name', p.last.replace(/[^A-Za-z]/g, ''))}.jpg"}`;
  }],
  ['media', 'filestack-policy', (r, k) => {
    return `filestack: 403 invalid security policy for handle ${b62(r, 20)}
  FILESTACK_API_KEY=A${b62(r, 21)}
  FILESTACK_APP_SECRET=${k.cred('filestack-app-secret', r.chars(UPPER + DIGITS, 26))}
  https://cdn.filestackcontent.com/security=p:${Buffer.from(JSON.stringify({ expiry: now(r), call: ['read'] })).toString('base64')},s:${k.cred('signed-url-signature', hex(r, 64))}/${b62(r, 20)}`;
  }],
  ['media', 'transloadit-assembly', (r, k) => {
    const p = person(r);
    return `TransloaditError: API_ERROR: INVALID_SIGNATURE - signature mismatch (assembly ${hex(r, 32)})
  new Transloadit({ authKey: '${hex(r, 32)}', authSecret: '${k.cred('transloadit-auth-secret', hex(r, 40))}' })
  fields: { customer_name: '${k.pers('person-name', p.name)}', customer_email: '${k.pers('email', p.email)}' }`;
  }],
  ['media', 'mux-card-on-file', (r, k) => {
    const p = person(r);
    return `billing-sync: mux invoice payment failed for ${k.pers('person-name', p.name)}; card on file ${k.fin('card-number', card(r, ' '))}
  token used: MUX_TOKEN_SECRET=${k.cred('mux-token-secret', b62(r, 75))}`;
  }],
];
