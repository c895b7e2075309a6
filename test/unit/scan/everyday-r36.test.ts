import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, str, UP, everydayProbe } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r36 (blind set 36: API gateways, service mesh, message brokers and the internal platform): secrets in the shapes
 * gateway configs, mesh config dumps, broker and platform tools print them (Kong flow sequences, Apigee traces,
 * `__Host-` cookies, `az` secret output, ConfigCat keys, Envoy inline generic secrets, curl/etcdctl/Sentinel/JAAS
 * passwords, Consul SecretIDs), names before `<+phone>` and in capitals with diacritics — in contexts other than the
 * set's, values drawn at test time; beside them the look-alikes that stay clean (vault references, node names, ids).
 */
const { found, clean } = everydayProbe();

/** Letters of both cases and digits. */
const mix = (n: number, extra = ''): string => `${str(UP, 1)}${str(LO, 1)}${str(DIG, 1)}${str(B62 + extra, n - 3)}`;
/** A password with a symbol. */
const pw = (): string => `${mix(8)}${'!#%_.~^'[randomInt(7)]}${mix(6)}`;
const uuid = (): string => `${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-9${str(HEX, 3)}-${str(HEX, 12)}`;
const GIVEN = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Casimir'];
const FAMILY = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
const person = (): string => `${GIVEN[randomInt(GIVEN.length)]} ${FAMILY[randomInt(FAMILY.length)]}`;

describe('round r36: API gateways', () => {
  it('finds a secret written as a one-element flow sequence (Kong plugin config), not a Kong vault reference there', () => {
    const s = mix(43, '-_');
    const t1 = `{"name":"openid-connect","config":{"client_id":["orders-web"],"client_secret":["${s}"],"scopes":["openid"]}}`;
    expect(found(t1, s), t1).toBe(true);
    const p = pw();
    const t2 = `plugins:\n- name: session\n  config:\n    secret: [ '${p}' ]`;
    expect(found(t2, p), t2).toBe(true);
    expect(clean(`config:\n  client_secret: [ "{vault://gcp/oidc/orders-web}" ]\n  session_secret: "{vault://hcv/kong/session}"\n  redis_password: "{vault://env/kong-redis-pw}"`)).toEqual([]);
  });

  it('finds an Apigee consumer key in a trace or request capture, not a lowercase hex client id', () => {
    const key = mix(48);
    const t1 = `verify-api-key fault: request.queryparams=[{"name":"client_id","value":"${key}"},{"name":"page","value":"2"}]`;
    expect(found(t1, key), t1).toBe(true);
    const k32 = mix(32);
    const t2 = `postman item: {"key":"consumer_key","value":"${k32}","type":"text"}`;
    expect(found(t2, k32), t2).toBe(true);
    expect(clean(`{"name":"client_id","value":"${str(HEX, 32)}"}`)).toEqual([]);
  });

  it('finds a __Host-/__Secure- session cookie in an access log line without a Cookie header, not a theme cookie', () => {
    const sid = mix(32, '-_');
    const t = `10.1.2.3 - - [04/Dec/2026:10:11:12 +0000] "GET /cart HTTP/1.1" 200 512 "consent=1; __Host-SID=${sid}"`;
    expect(found(t, sid), t).toBe(true);
    expect(clean(`"__Host-theme=${mix(24)}; lang=de"`)).toEqual([]);
  });

  it('finds the value an `az` secret command prints, not the value of another az command after it', () => {
    const key = `${mix(86, '+/')}==`;
    const t = `$ az storage account keys list -g rg-logs -n stlogs${randomInt(100, 999)}\n[\n  {\n    "keyName": "key1",\n    "permissions": "FULL",\n    "value": "${key}"\n  }\n]`;
    expect(found(t, key), t).toBe(true);
    const sec = mix(40, '+/');
    const t2 = `PS> az apim nv show-secret --service-name apim-${randomInt(1, 9)} -g rg --named-value-id partner-token\n{ "value": "${sec}" }`;
    expect(found(t2, sec), t2).toBe(true);
    expect(clean(`$ az keyvault secret show --vault-name kv --name x --query id\n$ az tag list\n[{"tagName":"env","values":[{"tagValue":"prod","count":{"type":"Total","value":"${mix(24)}"}}]}]`)).toEqual([]);
  });

  it('finds a ConfigCat SDK key with its published prefix', () => {
    const k = `configcat-sdk-1/${mix(22, '-_')}/${mix(22, '-_')}`;
    const t = `mobile-app config: ConfigCatClient.get("${k}", { pollInterval: 60 })`;
    expect(found(t, k), t).toBe(true);
  });
});

describe('round r36: service mesh and platform tools', () => {
  it('finds an Envoy generic secret written inline (YAML and config dump), not an SDS reference by name', () => {
    const s = mix(44, '+/');
    const t1 = `  - name: oauth-token-hmac\n    generic_secret:\n      secret:\n        inline_bytes: ${s}`;
    expect(found(t1, s), t1).toBe(true);
    expect(clean(`token_secret: {name: token, sds_config: {path_config_source: {path: /etc/envoy/token.yaml}}}\ngeneric_secret: {secret: {filename: /etc/envoy/secrets/hmac}}`)).toEqual([]);
  });

  it('finds curl passwords after bundled short flags, not a shell variable', () => {
    const p = pw();
    const t = `debug: curl -sSu ops:"${p}" -X PUT http://mq-${randomInt(1, 9)}:15672/api/vhosts/orders`;
    expect(found(t, p), t).toBe(true);
    expect(clean(`curl -su admin:"$RABBITMQ_PASS" http://mq:15672/api/overview`)).toEqual([]);
  });

  it('finds etcdctl --user passwords and Sentinel auth-pass, not references', () => {
    const p = pw();
    const t1 = `etcdctl --endpoints https://etcd-${randomInt(0, 2)}:2379 --user admin:${p} member list`;
    expect(found(t1, p), t1).toBe(true);
    const q = pw();
    const t2 = `# sentinel.conf\nsentinel monitor cache-primary 10.0.0.${randomInt(2, 250)} 6379 2\nsentinel auth-pass cache-primary ${q}`;
    expect(found(t2, q), t2).toBe(true);
    expect(clean(`etcdctl --user root:$ETCD_ROOT_PASSWORD endpoint health\nsentinel auth-pass cache-primary \${REDIS_PASSWORD}`)).toEqual([]);
  });

  it('finds JAAS user_<name> passwords inside a login module, not user_ fields elsewhere', () => {
    const p = pw();
    const t = `Server {\n  org.apache.zookeeper.server.auth.DigestLoginModule required\n  user_admin="${p}";\n};`;
    expect(found(t, p), t).toBe(true);
    expect(clean(`profile: user_name="${person()}" user_tier="gold-${randomInt(1, 9)}" user_locale="de_DE"`)).toEqual([]);
  });

  it('finds a Consul SecretID, not its AccessorID or the built-in anonymous token', () => {
    const s = uuid();
    const t = `consul acl token create -policy-name=deploy\nAccessorID:       ${uuid()}\nSecretID:         ${s}\nLocal:            false`;
    expect(found(t, s), t).toBe(true);
    expect(clean(`AccessorID:       ${uuid()}\nSecretID:         00000000-0000-0000-0000-000000000002`)).toEqual([]);
  });

  it('finds a name before a phone number in angle brackets, and capital names with Latin Extended-A letters', () => {
    const n = person();
    const t1 = `notify: text sent to ${n} <+44 7700 ${str(DIG, 6)}>`;
    expect(found(t1, n), t1).toBe(true);
    const up = `${['ŁUKASZ', 'ZOFIA', 'ŽELJKO'][randomInt(3)]} ${['ŚLIWIŃSKA', 'DĄBROWSKI', 'KOVAČ'][randomInt(3)]}`;
    const t2 = `legacy payload: "HOLDER=${up}|EXP=12/29"`;
    expect(found(t2, up), t2).toBe(true);
    // A team before its number is no person (the number itself is the phone detectors' to judge).
    expect(clean(`escalation: Service Desk <+1 800 ${str(DIG, 3)} ${str(DIG, 4)}>`).filter((f) => f.startsWith('person'))).toEqual([]);
  });

  it('keeps Erlang node names clean (RabbitMQ, EMQX), and still finds a person\'s mailbox on the same kind of line', () => {
    expect(clean(`{"name":"orders.retry","node":"rabbit@mq-${randomInt(0, 2)}.mq-headless.prod","state":"running"}`)).toEqual([]);
    expect(clean(`cluster status: running_nodes: ["emqx@10.0.4.${randomInt(2, 250)}","emqx@broker-b.mq.internal"]`)).toEqual([]);
    const mail = `${GIVEN[randomInt(GIVEN.length)]!.toLowerCase()}.${FAMILY[randomInt(FAMILY.length)]!.toLowerCase()}@gmail.com`;
    const t = `{"queue":"orders.retry","owner":"${mail}","node":"rabbit@mq-0"}`;
    expect(found(t, mail), t).toBe(true);
  });
});
