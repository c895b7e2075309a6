import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r36 (blind set 36: API gateways, service mesh, message brokers and the internal platform): a sample for each
 * of the round's detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const B64URL = B62 + '-_';
const B64 = B62 + '+/';
/** Letters of both cases and digits, all present. */
const mix = (r: Rng, a: string, n: number): string => `${r.str(UPPER, 1)}${r.str(LOWER, 1)}${r.str(DIG, 1)}${r.str(a, n - 3)}`;
/** A password with a symbol in it. */
const pw = (r: Rng): string => `${mix(r, B62, r.int(6, 10))}${r.pick(['!', '#', '%', '_', '.', '~'])}${r.str(B62, r.int(4, 8))}`;
const uuid = (r: Rng): string => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;

export const R36_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'secret-flow-sequence': (r) => [`kong plugin oauth2-introspection: config: { introspection_client_secret: [ "`, mix(r, B64URL, 43), `" ], ttl: ${r.int(10, 90)} }`],
  'apigee-consumer-key-named-value': (r) => [`trace {"headers":[{"name":"apikey","value":"`, mix(r, B62, r.pick([48, 32])), `"}],"verb":"GET"}`],
  'host-prefixed-session-cookie': (r) => [`access: ${r.int(100, 599)} GET /account cookies="__Secure-session=`, mix(r, B64URL, r.int(24, 40)), `; lang=en"`],
  'azure-cli-secret-value': (r) => [`+ az keyvault secret show --vault-name kv-ops-${r.int(1, 9)} --name smtp-relay --query '{value:value}'\n{\n  "value": "`, mix(r, B64, 40), `"\n}`],
  'configcat-sdk-key': (r) => [`flags client init sdkKey=`, `configcat-sdk-1/${mix(r, B64URL, 22)}/${mix(r, B64URL, 22)}`, ' failed: 403'],
  'envoy-generic-secret-inline': (r) => [`resources:\n- "@type": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret\n  name: token-hmac\n  generic_secret:\n    secret:\n      inline_string: "`, mix(r, B64, 32), `"`],
  'curl-bundled-flag-user-password': (r) => [`probe: curl -ku monitor:`, pw(r), ` https://broker-${r.int(1, 9)}:15671/api/healthchecks/node`],
  'etcdctl-user-password': (r) => [`backup.sh: ETCDCTL_API=3 etcdctl --endpoints=https://127.0.0.1:2379 --user=backup:`, pw(r), ` snapshot save /var/backups/etcd-${r.int(1, 28)}.db`],
  'redis-sentinel-auth-pass': (r) => [`redis-cli -p 26379 SENTINEL SET cache-${r.int(1, 9)} auth-pass `, pw(r), ''],
  'jaas-user-password': (r) => [`KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  user_orders="`, pw(r), `";\n};`],
  'consul-acl-secret-id': (r) => [`{"AccessorID":"${uuid(r)}","SecretID":"`, uuid(r), `","Description":"ci deploy ${r.int(1, 99)}"}`],
  'person-name-angle-phone': (r) => [`sms fallback queued for `, `${r.pick(['Marta', 'Oskar', 'Lena', 'Tariq'])} ${r.pick(['Lindgren', 'Okafor', 'Brandt', 'Moreno'])}`, ` <+44 7700 ${r.str(DIG, 6)}> (attempt ${r.int(1, 5)})`],
};
