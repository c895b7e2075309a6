import type { Draw, Template36 } from './blind-set-36-draw';

const t = (name: string, make: (d: Draw) => string): Template36 => ({ area: 'platform', name, make });

/** The internal platform's own plumbing: CI syncs, broker definitions, compose stacks, replay tools. */
export const PLATFORM36: Template36[] = [
  t('ci-deck-sync', (d) => {
    const gh = d.c('github-token', d.ghToken(d.pick(['ghp_', 'ghs_'])));
    const admin = d.c('kong-admin-token', d.alnum(32));
    return `Run deck gateway sync --kong-addr https://kong-admin.gw.internal --headers "Kong-Admin-Token:${admin}" kong/
Error: syncing configuration: 2 errors occurred: while processing event: {Update} route orders-v2 failed: HTTP status 409
##[debug]Evaluating: secrets.PLATFORM_BOT_TOKEN
##[debug]git clone https://x-access-token:${gh}@github.com/acme-platform/gateway-config.git
##[error]Process completed with exit code 1.`;
  }),
  t('rabbitmq-definitions-export', (d) => {
    const h1 = d.c('rabbitmq-password-hash', d.r.b64(36));
    const h2 = d.c('rabbitmq-password-hash', d.r.b64(36));
    const pw = d.c('amqp-password', d.urlPassword(20));
    return `{"rabbit_version":"3.13.${d.r.int(0, 7)}","users":[{"name":"admin","password_hash":"${h1}","hashing_algorithm":"rabbit_password_hashing_sha256","tags":["administrator"]},{"name":"shovel","password_hash":"${h2}","hashing_algorithm":"rabbit_password_hashing_sha256","tags":[]}],"parameters":[{"component":"shovel","name":"dlq-to-dr","value":{"src-uri":"amqp://","dest-uri":"amqps://shovel:${pw}@rabbitmq-dr.mq.internal:5671/%2Fpayouts","src-queue":"payouts.dlq"}}]}
ERROR: import of definitions failed: vhost '/payouts' does not exist`;
  }),
  t('redis-sentinel-conf', (d) => {
    const a = d.c('redis-password', d.password(24));
    const b = d.c('redis-password', d.password(24));
    return `# /etc/redis/sentinel.conf (dumped by support bundle)
port 26379
sentinel monitor sessions-master 10.20.${d.r.int(0, 255)}.${d.r.int(1, 254)} 6379 2
sentinel auth-pass sessions-master ${a}
sentinel down-after-milliseconds sessions-master 5000
requirepass "${b}"
# +sdown master sessions-master 10.20.1.7 6379 (${d.ts()})`;
  }),
  t('mirrormaker-properties', (d) => {
    const a = d.c('sasl-password', d.password(20));
    const b = d.c('sasl-password', d.r.b64url(30));
    return `clusters = primary, dr
primary.bootstrap.servers = kafka-primary.internal:9094
primary.sasl.jaas.config = org.apache.kafka.common.security.scram.ScramLoginModule required username='mm2' password='${a}';
dr.bootstrap.servers = kafka-dr.internal:9094
dr.sasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username="mm2-dr" password="${b}";
[${d.ts()}] ERROR [MirrorSourceConnector|task-0] Failed to start task (org.apache.kafka.connect.runtime.Worker)`;
  }),
  t('dlq-replayer-cli', (d) => {
    const pw = d.c('amqp-password', d.urlPassword(18));
    const ak = d.c('aws-access-key-id', d.akid(d.pick(['AKIA', 'ASIA'])));
    const sk = d.c('aws-secret-access-key', d.awsSecret());
    return `$ dlq-replay --from 'amqps://replayer:${pw}@rabbitmq.mq.internal/orders?queue=orders.dlq' --to sqs://orders-inbound --aws-access-key-id ${ak} --aws-secret-access-key '${sk}' --max 500
replayed 0/500: AccessDenied: User is not authorized to perform: sqs:SendMessage on resource: arn:aws:sqs:us-east-1:${d.r.digits(12)}:orders-inbound`;
  }),
  t('compose-gateway-stack', (d) => {
    const a = d.c('database-password', d.password(18));
    const b = d.c('password', d.password(16));
    const c = d.c('password', d.urlPassword(20));
    return `services:
  kong-database:
    environment:
      POSTGRES_USER: kong
      POSTGRES_PASSWORD: "${a}"
  kong:
    environment:
      KONG_PG_PASSWORD: "${a}"
  keycloak:
    environment:
      KC_BOOTSTRAP_ADMIN_USERNAME: admin
      KC_BOOTSTRAP_ADMIN_PASSWORD: ${b}
  grafana:
    environment:
      - GF_SECURITY_ADMIN_PASSWORD=${c}
kong-1  | Error: [PostgreSQL error] failed to retrieve PostgreSQL server_version_num: FATAL: password authentication failed for user "kong"`;
  }),
  t('npmrc-plugin-registry', (d) => {
    const gh = d.c('github-token', d.ghToken('ghp_'));
    const npm = d.c('github-token', d.ghToken('npm_'));
    return `npm ERR! code E401
npm ERR! 401 Unauthorized - GET https://npm.pkg.github.com/@acme-platform%2fkong-plugin-tenant-router
$ cat ~/.npmrc
@acme-platform:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${gh}
//registry.npmjs.org/:_authToken=${npm}`;
  }),
];
