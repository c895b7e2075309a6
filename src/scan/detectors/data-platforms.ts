import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { secretKeyKind } from '../key-names';
import { keyedSecretValue, secretValueOk } from '../secret-value';
import { foreignPasswordKey } from './foreign-key-names';

/**
 * Secrets in the configuration that data platforms echo when a job fails: Hadoop/Hive/Spark XML
 * properties, Spark's `key -> value` configuration dumps, Kafka Connect's schema-registry user
 * info, CLI boxes that print a key and its secret once, Meltano's `config list`.
 */

/** True when `v`, held under the name in group `k`, can be the secret itself (not a slot, a reference or a word). */
const namedSecret = (v: string, ctx: MatchContext): boolean => keyedSecretValue(ctx.key ?? '', v);

/** Secrets in data-platform configuration echoed by failing jobs. */
export const DATA_PLATFORM_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'hadoop-property-secret',
    name: 'Secret in a Hadoop-style XML property (Hive, Spark, HDFS, Oozie)',
    category: 'credential',
    severity: 'high',
    priority: 56,
    confidence: 0.85,
    keywords: ['</name>'],
    span: 1200,
    // `<property><name>javax.jdo.option.ConnectionPassword</name><value>…</value></property>`, also with a
    // line end or a `<description>` between the name and the value.
    pattern: /<name>\s{0,3}(?<k>[\w.$-]{1,160})\s{0,3}<\/name>\s{0,40}(?:<description>[^<]{0,400}<\/description>\s{0,40})?<value>\s{0,3}(?<v>[^<\r\n]{1,4096}?)\s{0,3}<\/value>/,
    mask: 'full',
    validate: namedSecret,
    remediation: 'Rotate this credential and keep it in a credential provider (hadoop.security.credential.provider.path), not in the site XML',
  }),
  defineDetector({
    id: 'azure-fs-account-key',
    name: 'Azure storage account key in a Hadoop/Spark filesystem setting',
    category: 'credential',
    severity: 'critical',
    priority: 62,
    confidence: 0.95,
    keywords: ['fs.azure.account.key'],
    span: 400,
    // `spark.hadoop.fs.azure.account.key.<account>.dfs.core.windows.net -> <key>` (Spark's conf dump), `=…`, `: …`,
    // or `</name><value>…` in core-site.xml.
    pattern: /fs\.azure\.account\.key\.[\w-]{1,64}\.(?:dfs|blob)\.core\.(?:windows\.net|chinacloudapi\.cn|usgovcloudapi\.net)["']?(?:\s{0,3}(?:->|=>|=|:)\s{0,3}|\s{0,3}<\/name>\s{0,40}<value>\s{0,3}|\s{1,3})["']?(?<v>[A-Za-z0-9+/]{86}==)/,
    mask: 'full',
    remediation: 'Rotate this storage account key in the Azure portal and give Spark a SAS token or a managed identity instead',
  }),
  defineDetector({
    id: 'schema-registry-user-info',
    name: 'Schema Registry / Kafka Connect basic-auth user info (key:secret)',
    category: 'credential',
    severity: 'high',
    priority: 56,
    confidence: 0.9,
    keywords: ['basic.auth.user.info', 'user.info=', 'basic-auth.user-info'],
    // Kafka clients and Connect: `schema.registry.basic.auth.user.info=<API key>:<API secret>` (Confluent Cloud), also quoted in JSON.
    // Flink's table option writes it with hyphens: `'value.avro-confluent.basic-auth.user-info'='KEY:SECRET'` (r63).
    pattern: /(?:(?:basic\.auth\.)?user\.info|basic-auth\.user-info)["']?\s{0,3}[=:]\s{0,3}["']?(?<v>[^\s:"']{1,128}:[^\s"',}]{8,256})/i,
    mask: 'full',
    validate: (v) => secretValueOk('secret', v.slice(v.indexOf(':') + 1)),
    remediation: 'Rotate this Schema Registry API key and load it from a config provider (${file:…}), not the connector config',
  }),
  defineDetector({
    id: 'box-row-secret',
    name: 'Secret in a CLI box row (`| API Secret | … |`)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    // Round l85: `| Pass |` and password words of other languages (`| Passwort |`, `| senha |`).
    keywords: ['| api ', '| secret', '| token', '| pass', '| access ', '| client secret', '|api ', '|secret', '|token', '|pass', '| kennwort', '| senha', '| contrase', '| mot de passe', '| mot_de_passe', '| wachtwoord', '| haslo', '| parola', '| salasana', '| passord', '| heslo', '| adgangskode', '| clave'],
    // A two-cell row of a CLI's key/value box (Confluent `api-key create`, cloud CLIs' `describe`): label, then value.
    pattern: /^[ \t]*\|[ \t]*(?<k>[A-Za-z][A-Za-z ._-]{1,40}?)[ \t]*\|[ \t]*(?<v>[^\s|]{8,512})[ \t]*\|[ \t]*$/m,
    mask: 'full',
    validate: (v, ctx) => {
      const key = (ctx.key ?? '').trim();
      // `API Key` beside `API Secret` names a key id that only works with its secret: reported with it.
      if (foreignPasswordKey(key)) return secretValueOk('password', v);
      return /^(?:api|access)[ _-]?key$/i.test(key) ? /^[A-Z0-9]{16,32}$/.test(v) || secretValueOk('secret', v) : namedSecret(v, { ...ctx, key });
    },
    remediation: 'Rotate this key and keep CLI output with secrets out of logs and tickets',
  }),
  defineDetector({
    id: 'config-list-secret',
    name: 'Secret in a CLI settings listing (Meltano `config list`)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['current value:'],
    // `password [env: TAP_POSTGRES_PASSWORD] current value: '…' (from …)`: the setting or its variable names a secret.
    pattern: /(?<k>[\w.-]{1,80})(?:[ \t]\[env:[ \t](?<e>[A-Za-z_][\w]{0,80})\])?[ \t]current value:[ \t](?:'(?<v>[^'\r\n]{1,1024})'|"(?<w>[^"\r\n]{1,1024})")/,
    mask: 'full',
    validate: (v, ctx) => {
      const env = /\[env: ([\w]+)\]/.exec(ctx.text.slice(ctx.matchStart ?? ctx.start, ctx.start))?.[1] ?? '';
      // The setting's name decides when it names a secret, else its variable's.
      return keyedSecretValue(secretKeyKind(ctx.key ?? '') !== null ? (ctx.key ?? '') : env, v);
    },
    remediation: 'Rotate this credential; `meltano config list` prints values: redact before sharing its output',
  }),
];
