import type { Draw, Template36 } from './blind-set-36-draw';

const t = (name: string, make: (d: Draw) => string): Template36 => ({ area: 'cache', name, make });

/** Caches and coordination: Redis, Memcached, etcd, Consul, ZooKeeper, Vault. */
export const CACHE36: Template36[] = [
  t('bullmq-redis-uri', (d) => {
    const pw = d.c('redis-password', d.urlPassword(d.r.int(20, 32)));
    const user = d.pick(['', 'default', 'queue-rw']);
    return `Error: connect ECONNREFUSED 10.8.${d.r.int(0, 255)}.${d.r.int(1, 254)}:6379
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {
  errno: -111, code: 'ECONNREFUSED', syscall: 'connect'
}
[ioredis] Unhandled error event; queue=webhooks-outbound url=rediss://${user}:${pw}@redis-${d.pick(['cache', 'queues', 'sessions'])}.${d.pick(['prod', 'eu'])}.internal:6380/2`;
  }),
  t('redis-monitor-session', (d) => {
    const pw = d.c('redis-password', d.password(24));
    const per = d.person();
    const email = d.p('email', d.email(per.first, per.last));
    const name = d.p('name', per.full);
    const sid = d.c('session-id', d.r.hex(40));
    return `${d.epoch()}.${d.r.digits(6)} [0 10.3.${d.r.int(0, 255)}.${d.r.int(1, 254)}:${d.r.int(30000, 60000)}] "AUTH" "${pw}"
${d.epoch()}.${d.r.digits(6)} [0 10.3.4.17:51210] "SET" "sess:${sid}" "{\\"uid\\":${d.r.int(1000, 999999)},\\"email\\":\\"${email}\\",\\"displayName\\":\\"${name}\\"}" "EX" "86400"
# redis MONITOR capture attached to INC-${d.r.int(1000, 9999)} (slow SET latency)`;
  }),
  t('dalli-memcached-sasl', (d) => {
    const pw = d.c('memcached-password', d.password(20));
    return `Dalli::RingError: No server available
  /app/config/initializers/cache.rb:${d.r.int(3, 20)}: Rails.cache = ActiveSupport::Cache::MemCacheStore.new("mc-${d.r.int(1, 3)}.cache.internal:11211", username: "app_cache", password: "${pw}", failover: true)
  dalli (3.2.8) lib/dalli/protocol/binary/sasl_authentication.rb:${d.r.int(20, 90)}:in 'authenticate_connection'`;
  }),
  t('etcd-auth', (d) => {
    const pw = d.c('etcd-password', d.password(d.r.int(14, 22)));
    const tok = d.c('etcd-simple-token', `${d.r.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 16)}.${d.r.int(10, 999)}`);
    return `+ etcdctl --endpoints=https://etcd-0.platform:2379 --user root:${pw} get /registry/secrets --prefix --keys-only
{"level":"warn","ts":"${d.ts()}","caller":"auth/store.go:${d.r.int(300, 1200)}","msg":"invalid auth token","token":"${tok}"}
Error: etcdserver: permission denied`;
  }),
  t('consul-acl-token', (d) => {
    const sec = d.c('consul-acl-token', d.r.uuid());
    const mgmt = d.c('consul-acl-token', d.r.uuid());
    return `2026/12/05 ${d.r.int(10, 23)}:${d.r.int(10, 59)}:${d.r.int(10, 59)} [ERR] (view) kv.list(platform/gateway/routes): Unexpected response code: 403 (rpc error making call: Permission denied: token with AccessorID '${d.r.uuid()}' lacks permission 'key:read' on "platform/gateway/routes")
consul-template env: CONSUL_HTTP_ADDR=https://consul.service.consul:8501 CONSUL_HTTP_TOKEN=${sec}
$ consul acl token read -self
AccessorID:       ${d.r.uuid()}
SecretID:         ${mgmt}
Description:      Bootstrap Token (Global Management)`;
  }),
  t('zookeeper-digest', (d) => {
    const pw = d.c('zookeeper-password', d.password(16));
    const sup = d.c('zookeeper-password', d.urlPassword(20));
    return `Server {
    org.apache.zookeeper.server.auth.DigestLoginModule required
    user_super="${sup}"
    user_kafka="${pw}";
};
${d.ts().slice(0, 23)} [myid:2] - WARN  [NIOWorkerThread-3:AuthenticationHelper@${d.r.int(60, 90)}] - Closing connection to /10.9.${d.r.int(0, 255)}.${d.r.int(1, 254)}:${d.r.int(30000, 60000)} because auth failed for scheme digest`;
  }),
  t('vault-token-approle', (d) => {
    const tok = d.c('vault-token', `hvs.${d.alnum(24)}`);
    const sid = d.c('vault-secret-id', d.r.uuid());
    return `Error making API request.

URL: PUT https://vault.platform.internal:8200/v1/auth/approle/login
Code: 400. Errors:

* invalid role or secret ID
debug: VAULT_TOKEN=${tok} role_id=${d.r.uuid()} secret_id=${sid}`;
  }),
];
