import type { Ctx, Tpl } from './blind-set-74-core';

/** Query results, shells and change events printing rows of tables that hold secrets or payment data. */
const PROVIDERS = ['stripe-secret', 'sendgrid-key', 'slack-token', 'github-pat', 'twilio-auth-token', 'mailgun-key', 'shopify-token', 'openai-key', 'anthropic-key', 'linear-key', 'gitlab-pat', 'digitalocean-token', 'npm-token', 'postman-key', 'datadog-api-key', 'stripe-restricted', 'github-fine-pat', 'vault-token', 'doppler-token', 'pypi-token'];
const prov = (x: Ctx): [string, string] => {
  const k = x.pick(PROVIDERS);
  return [k.replace(/-(secret|key|token|pat|auth-token|restricted)$/, ''), x.tok(k)];
};
const cols = (cells: string[]): string => ` ${cells.join(' | ')}`;

export const ROWS: Tpl[] = [
  ['psql-api-keys', (x) => `app_production=> SELECT id, account_id, label, token FROM api_keys ORDER BY id DESC LIMIT 3;
  id  | account_id |  label   | token
------+------------+----------+------------------------------------------
${[0, 1, 2].map(() => cols([String(x.id()), String(x.id()), x.pick(['zapier', 'ci', 'n8n', 'backend', 'mobile']), x.tok('internal-api-key')])).join('\n')}
(3 rows)`, 6],
  ['psql-oauth-tokens', (x) => ` provider |                access_token                 |              refresh_token
----------+---------------------------------------------+------------------------------------------
 google   | ${x.tok('google-access-token')} | ${x.tok('google-refresh-token')}
 github   | ${x.tok('github-pat')} |
 slack    | ${x.tok('slack-token')} | ${x.c('slack-refresh-token', `xoxe-1-${x.r.b62(48)}`)}`, 6],
  ['mysqldump-integrations', (x) => {
    const rows = [0, 1, 2, 3].map(() => {
      const [p, t] = prov(x);
      return `(${x.id()},${x.id()},'${p}','${t}','${x.ts().slice(0, 19).replace('T', ' ')}')`;
    });
    return `LOCK TABLES \`integrations\` WRITE;
/*!40000 ALTER TABLE \`integrations\` DISABLE KEYS */;
INSERT INTO \`integrations\` VALUES ${rows.join(',')};
UNLOCK TABLES;`;
  }, 6],
  ['redis-hgetall', (x) => `127.0.0.1:6379> HGETALL tenant:${x.id()}:integrations
 1) "stripe_secret_key"
 2) "${x.tok('stripe-secret')}"
 3) "sendgrid_api_key"
 4) "${x.tok('sendgrid-key')}"
 5) "slack_bot_token"
 6) "${x.tok('slack-token')}"
 7) "updated_at"
 8) "${x.r.int(1735689600, 1765000000)}"`, 6],
  ['mongo-find-connected', (x) => `rs0:PRIMARY> db.connectedAccounts.find({ userId: ObjectId("${x.r.hex(24)}") }).pretty()
{
	"_id" : ObjectId("${x.r.hex(24)}"),
	"provider" : "shopify",
	"accessToken" : "${x.tok('shopify-token')}",
	"webhookSecret" : "${x.tok('webhook-secret')}",
	"scopes" : [ "read_orders", "write_products" ]
}
{
	"_id" : ObjectId("${x.r.hex(24)}"),
	"provider" : "google",
	"accessToken" : "${x.tok('google-access-token')}",
	"refreshToken" : "${x.tok('google-refresh-token')}"
}`, 6],
  ['es-source-tenant', (x) => JSON.stringify({ _index: 'tenants-v2', _id: String(x.id()), _version: x.r.int(1, 40), found: true, _source: { name: x.pick(['Acme Freight', 'Bluebird Dental Group', 'Kestrel Analytics']), smtp: { host: 'smtp.sendgrid.net', user: 'apikey', password: x.tok('sendgrid-key') }, billing: { stripe_key: x.tok('stripe-secret') }, webhook_signing_secret: x.tok('webhook-secret') } }), 6],
  ['dynamo-scan-secrets', (x) => JSON.stringify({ Items: [0, 1].map(() => ({ pk: { S: `CLIENT#${x.r.uuid()}` }, clientSecret: { S: x.c('client-secret', x.r.b64url(32)) }, signingKey: { S: x.tok('internal-api-key') } })), Count: 2, ScannedCount: x.r.int(2, 900) }, null, 2), 6],
  ['csv-password-resets', (x) => `id,email,token,created_at,used
${[0, 1, 2].map(() => `${x.id()},${x.email()},${x.reset()},${x.ts()},f`).join('\n')}`, 4],
  ['csv-sessions', (x) => `"session_id","user_id","data","expires"
${[0, 1].map(() => `"${x.sess()}",${x.id()},"{""access_token"":""${x.jwt()}"",""remember"":true}",${x.r.int(1735689600, 1765000000)}`).join('\n')}`, 6],
  ['psql-users-otp', (x) => `  id   | otp_secret                       | encrypted_password
-------+----------------------------------+--------------------------------------------------------------
${[0, 1].map(() => cols([String(x.id()), x.totp(), x.hash()])).join('\n')}`, 6],
  ['rails-console-apikey', (x) => `irb(main):001> ApiKey.where(account_id: ${x.id()}).last
=> #<ApiKey:0x000070f1c2a3e9b8
 id: ${x.id()},
 account_id: ${x.id()},
 token: "${x.tok('internal-api-key')}",
 signing_secret: "${x.tok('webhook-secret')}",
 created_at: Fri, 14 Mar 2025 09:12:33.000000000 UTC +00:00>`, 6],
  ['drf-authtoken', (x) => `>>> from rest_framework.authtoken.models import Token
>>> Token.objects.filter(user__is_staff=True).values_list("user_id", "key")
<QuerySet [(${x.id()}, '${x.c('drf-token', x.r.hex(40))}'), (${x.id()}, '${x.c('drf-token', x.r.hex(40))}'), (${x.id()}, '${x.c('drf-token', x.r.hex(40))}')]>`, 6],
  ['sanctum-tokens', (x) => `> App\\Models\\User::find(${x.id()})->createToken('deploy')->plainTextToken
= "${x.c('sanctum-token', `${x.r.int(10, 9999)}|${x.r.b62(40)}`)}"
> App\\Models\\User::find(${x.id()})->createToken('mobile')->plainTextToken
= "${x.c('sanctum-token', `${x.r.int(10, 9999)}|${x.r.b62(40)}`)}"`, 6],
  ['mssql-service-creds', (x) => `1> SELECT Name, Username, Secret FROM dbo.ServiceCredentials;
2> GO
Name             Username              Secret
---------------- --------------------- ------------------------------------------------
SmtpRelay        apikey                ${x.tok('sendgrid-key')}
AwsUploader      ${x.akid()}  ${x.tok('aws-secret-key')}
LegacyFtp        ftp_orders            ${x.pw('plain')}

(3 rows affected)`, 6],
  ['oracle-app-config', (x) => `SQL> SELECT config_key, config_value FROM app_config WHERE config_key LIKE '%SECRET%' OR config_key LIKE '%PASSWORD%';

CONFIG_KEY                     CONFIG_VALUE
------------------------------ --------------------------------------------------
SMTP_PASSWORD                  ${x.pw('plain')}
S3_SECRET_ACCESS_KEY           ${x.tok('aws-secret-key')}
PAYMENT_GATEWAY_SECRET         ${x.tok('stripe-secret')}`, 6],
  ['sqlite-line-mode', (x) => `sqlite> .mode line
sqlite> SELECT * FROM credentials WHERE service = 'smtp';
     id = ${x.r.int(1, 90)}
service = smtp
   user = postmaster
 secret = ${x.pw('plain')}
  token = ${x.tok('mailgun-key')}`, 6],
  ['cqlsh-webhooks', (x) => `cqlsh:hooks> SELECT endpoint_id, url, secret FROM webhook_endpoints LIMIT 2;

 endpoint_id                          | url                                   | secret
--------------------------------------+---------------------------------------+------------------------------------------
 ${x.r.uuid()} | https://hooks.${x.pick(['partner-a.io', 'ledgerly.app'])}/in | ${x.tok('webhook-secret')}
 ${x.r.uuid()} | https://api.${x.pick(['fulfil.io', 'shipnow.dev'])}/webhooks | ${x.tok('webhook-secret')}

(2 rows)`, 6],
  ['debezium-event-keys', (x) => JSON.stringify({ before: null, after: { id: x.id(), tenant_id: x.id(), provider: 'stripe', secret_key: x.tok('stripe-secret'), webhook_secret: x.tok('webhook-secret') }, source: { connector: 'postgresql', db: x.dbName(), table: 'payment_providers', lsn: x.r.int(1e8, 9e8) }, op: 'c', ts_ms: x.r.int(1735689600000, 1765000000000) }), 6],
  ['config-table-dump', (x) => `COPY public.settings (key, value) FROM stdin;
smtp.password	${x.pw('plain')}
aws.secret_access_key	${x.tok('aws-secret-key')}
github.token	${x.tok('github-pat')}
site.name	Acme Support
\\.`, 6],
  ['snowflake-result-secrets', (x) => `+----------------+--------------------------------------------+
| CONNECTOR      | CLIENT_SECRET                              |
|----------------+--------------------------------------------|
| salesforce     | ${x.c('client-secret', x.r.b64url(32))} |
| hubspot        | ${x.c('client-secret', x.r.b64url(32))} |
+----------------+--------------------------------------------+
2 Row(s) produced. Time Elapsed: 0.${x.r.digits(3)}s`, 6],
  // financial-heavy
  ['psql-cards', (x) => `billing=> SELECT id, holder_name, pan, exp FROM cards WHERE created_at > now() - interval '1 day';
  id   |    holder_name     |       pan        |  exp
-------+--------------------+------------------+-------
${[0, 1, 2].map(() => cols([String(x.id()), x.name(), x.cardDigits(), `${x.r.int(1, 12)}/${x.r.int(26, 31)}`])).join('\n')}
(3 rows)`, 5],
  ['csv-payouts-iban', (x) => `payout_id,beneficiary,iban,bic,amount,currency
${[0, 1, 2].map(() => `po_${x.r.b62(14)},${x.pick(['Freelancer', 'Supplier', 'Affiliate'])},${x.ibanCompact()},${x.pick(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'CHASGB2L'])},${x.r.int(10, 9000)}.${x.r.digits(2)},EUR`).join('\n')}`, 5],
  ['ach-accounts', (x) => ` id | routing_number | account_number | type
----+----------------+----------------+----------
${[0, 1].map(() => cols([String(x.r.int(1, 900)), x.routing(), x.acct(), x.pick(['checking', 'savings'])])).join('\n')}`, 5],
  ['debezium-cards', (x) => JSON.stringify({ before: { id: 42, pan: x.cardDigits(), holder: x.name() }, after: { id: 42, pan: x.cardDigits(), holder: x.name() }, source: { table: 'payment_cards', db: 'billing' }, op: 'u' }), 5],
  ['mongo-wallets', (x) => `{ "_id": ObjectId("${x.r.hex(24)}"), "cards": [ { "number": "${x.card()}", "exp": "0${x.r.int(1, 9)}/2${x.r.int(6, 9)}" }, { "number": "${x.card()}" } ], "payoutIban": "${x.iban()}" }`, 5],
  ['es-invoice-doc', (x) => JSON.stringify({ _index: 'invoices', _id: `inv_${x.r.b62(12)}`, _source: { number: `INV-${x.r.digits(6)}`, pay_to_iban: x.iban(), card_on_file: x.card(), ach: { routing: x.routing(), account: x.acct() } } }), 5],
  ['dynamo-item-bank', (x) => `{"Item":{"pk":{"S":"PAYEE#${x.id()}"},"routingNumber":{"S":"${x.routing()}"},"accountNumber":{"S":"${x.acct()}"},"cardNumber":{"S":"${x.cardDigits()}"}}}`, 5],
  ['mysql-dup-card', (x) => `ERROR 1062 (23000): Duplicate entry '${x.cardDigits()}' for key 'cards.uniq_pan'
mysql> SELECT pan, iban FROM refunds_pending LIMIT 2;
| ${x.cardDigits()} | ${x.ibanCompact()} |
| ${x.cardDigits()} | ${x.ibanCompact()} |`, 5],
];
