import { B62, DIGITS, LOWER } from './blind-set-9-rng';
import { aba, address, b64u, card, cpf, dob, iban, person, phone, ssn, type Tpl54 } from './blind-set-54-gen';

const host = (r: { pick<T>(xs: readonly T[]): T }) => r.pick(['db-prod-1.internal', 'billing.cluster-c9x2.eu-west-1.rds.amazonaws.com', '10.20.3.14', 'pg-primary.svc.cluster.local', 'acme-prod.postgres.database.azure.com']);

/** Databases, brokers, environment dumps, SQL errors holding customer rows. */
export const INFRA54: Record<string, Tpl54> = {
  'pg-conn-refused': (k) => `Error: connect ECONNREFUSED while connecting with DATABASE_URL=postgres://billing_svc:${k.c('password', k.r.urlPassword(k.r.int(14, 24)))}@${host(k.r)}:5432/billing?sslmode=require`,
  'mongo-srv': (k) => `MongoServerSelectionError: Server selection timed out after 30000 ms\n  uri: mongodb+srv://crm-sync:${k.c('password', k.r.urlPassword(20))}@cluster0.${low(k)}.mongodb.net/crm?retryWrites=true&w=majority`,
  'redis-auth': (k) => `[ioredis] Unhandled error event: ReplyError: WRONGPASS invalid username-password pair or user is disabled. (redis://default:${k.c('password', k.r.urlPassword(32))}@redis-12345.c1.eu-west-1-2.ec2.redns.redis-cloud.com:12345)`,
  'amqp-url': (k) => `pika.exceptions.ProbableAuthenticationError: ConnectionClosedByBroker: (403) 'ACCESS_REFUSED - Login was refused using authentication mechanism PLAIN.' url=amqps://orders:${k.c('password', k.r.urlPassword(18))}@rabbit.acme.internal:5671/%2Fprod`,
  'kafka-sasl': (k) => `org.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed\n  sasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username="${k.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}" password="${k.c('confluent_api_secret', k.r.chars(B62 + '+/', 64))}";`,
  'mysql-jdbc': (k) => `java.sql.SQLException: Access denied for user 'etl'@'10.0.4.17' (using password: YES)\n  url=jdbc:mysql://mysql.acme.internal:3306/crm?user=etl&password=${k.c('password', k.r.urlPassword(16))}&useSSL=true`,
  'smtp-creds': (k) => `smtplib.SMTPAuthenticationError: (535, b'5.7.8 Username and Password not accepted')\n  SMTP_HOST=smtp.sendgrid.net SMTP_USER=apikey SMTP_PASS=${k.c('sendgrid_api_key', `SG.${b64u(k.r, 22)}.${b64u(k.r, 43)}`)}`,
  'dotenv-dump': (k) => `== dump of .env at boot failure ==\nDATABASE_URL=mysql://app:${k.c('password', k.r.urlPassword(22))}@${host(k.r)}/app\nSESSION_SECRET=${k.c('session_secret', k.r.hex(64))}\nJWT_SIGNING_KEY=${k.c('jwt_signing_key', k.r.b64(48))}\nPORT=8080`,
  'k8s-secret': (k) => {
    const raw = k.r.password(20);
    const enc = k.c('k8s_secret_base64', Buffer.from(raw).toString('base64'));
    return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-api\ntype: Opaque\ndata:\n  STRIPE_KEY: ${k.c('k8s_secret_base64', Buffer.from(`sk_live_${k.r.b62(99)}`).toString('base64'))}\n  DB_PASSWORD: ${enc}`;
  },
  'docker-inspect': (k) => `"Env": [\n  "PATH=/usr/local/sbin:/usr/local/bin",\n  "REDIS_PASSWORD=${k.c('password', k.r.password(24))}",\n  "HUBSPOT_TOKEN=${k.c('hubspot_private_app_token', `pat-eu1-${k.r.uuid()}`)}",\n  "NODE_VERSION=20.11.1"\n],`,
  'sql-unique-violation': (k) => {
    const p = person(k.r);
    return `ERROR:  duplicate key value violates unique constraint "customers_email_key"\nDETAIL:  Key (email)=(${k.p('email', p.email)}) already exists.\nSTATEMENT:  INSERT INTO customers (full_name, email, phone, ssn, dob) VALUES ('${k.p('person_name', p.full).replace(/'/g, "''")}', '${p.email}', '${k.p('phone', phone(k.r))}', '${k.p('ssn', ssn(k.r))}', '${k.p('date_of_birth', dob(k.r, 0))}')`;
  },
  'sql-payment-method': (k) => `Query failed (23502 not_null_violation): UPDATE payment_methods SET iban = '${k.f('iban', iban(k.r))}', holder = '${k.p('person_name', person(k.r).full).replace(/'/g, "''")}', bic = NULL WHERE customer_id = ${k.r.int(1000, 99999)}`,
  'sql-ach': (k) => `psycopg2.errors.CheckViolation: new row for relation "bank_accounts" violates check constraint "acct_len"\nDETAIL:  Failing row contains (${k.r.int(100, 9999)}, ${k.f('aba_routing', aba(k.r))}, ${k.f('bank_account_number', k.r.digits(k.r.int(8, 12)))}, checking, ${k.p('person_name', person(k.r).full)}).`,
  'prisma-error': (k) => {
    const p = person(k.r);
    return `PrismaClientKnownRequestError: \nInvalid \`prisma.customer.create()\` invocation:\n{\n  data: {\n    name: "${k.p('person_name', p.full)}",\n    email: "${k.p('email', p.email)}",\n    taxId: "${k.p('cpf', cpf(k.r))}",\n    address: "${k.p('street_address', address(k.r))}"\n  }\n}\nUnique constraint failed on the fields: (\`email\`)`;
  },
  'okhttp-dump': (k) => {
    const p = person(k.r);
    return `okhttp.OkHttpClient: --> POST https://api.acme-billing.com/v2/cards\nokhttp.OkHttpClient: Authorization: Bearer ${k.c('bearer_token', b64u(k.r, 48))}\nokhttp.OkHttpClient: {"pan":"${k.f('card_number', card(k.r, 'plain'))}","cardholder":"${k.p('person_name', p.full)}","expiry":"0${k.r.int(1, 9)}/${k.r.int(27, 31)}"}\nokhttp.OkHttpClient: <-- 502 Bad Gateway (30012ms)`;
  },
  'requests-retry': (k) => `urllib3.connectionpool WARNING Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(...)': /api/v1/export?token=${k.c('api_token', k.r.b62(40))}&customer=${k.p('email', person(k.r).email)}`,
  'fetch-error': (k) => `FetchError: request to https://api.acme-partner.io/v1/refunds failed, reason: socket hang up\n  init: {"method":"POST","headers":{"X-Api-Key":"${k.c('api_key', `live_${k.r.hex(40)}`)}","Content-Type":"application/json"},"body":"{\\"iban\\":\\"${k.f('iban', iban(k.r))}\\",\\"amount\\":${k.r.int(100, 90000)}}"}`,
  'private-key-log': (k) => `DEBUG sftp: loaded key for partner upload (bank SEPA batch):\n${k.c('private_key', `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n${k.r.b64(48)}\n${k.r.b64(48)}\n${k.r.b64(24)}\n-----END OPENSSH PRIVATE KEY-----`)}`,
  'crash-env-json': (k) => {
    const p = person(k.r);
    return `{"level":"fatal","msg":"uncaught exception","err":"TypeError: Cannot read properties of undefined (reading 'id')","env":{"PLAID_SECRET":"${k.c('plaid_secret', k.r.hex(30))}","STRIPE_SECRET_KEY":"${k.c('stripe_secret_key', `sk_live_51${k.r.b62(97)}`)}"},"ctx":{"user":"${k.p('email', p.email)}"}}`;
  },
  'billing-customer-yaml': (k) => {
    const p = person(k.r);
    return `# failed dunning record dumped by invoice-worker\ncustomer:\n  name: ${k.p('person_name', p.full)}\n  email: ${k.p('email', p.email)}\n  phone: "${k.p('phone', phone(k.r))}"\n  billing_address: ${k.p('street_address', address(k.r))}\n  card: ${k.f('card_number', card(k.r))}\n  iban: ${k.f('iban', iban(k.r, false))}`;
  },
  'ach-nacha': (k) => `nacha-writer: invalid entry detail record (addenda flag) -> "6${k.r.pick(['22', '27'])}${k.f('aba_routing', aba(k.r))}${k.f('bank_account_number', k.r.digits(12)).padEnd(17)}${String(k.r.int(100, 999999)).padStart(10, '0')}${k.r.digits(6).padEnd(15)}${k.p('person_name', person(k.r).full.toUpperCase().slice(0, 22)).padEnd(22)}  0"`,
  'basic-auth-header': (k) => {
    const user = k.r.pick(['svc-billing', 'integration', 'etl']);
    const b = k.c('basic_auth', Buffer.from(`${user}:${k.r.password(18)}`).toString('base64'));
    return `curl: (22) The requested URL returned error: 401\n> GET /partner/api/v3/settlements HTTP/2\n> Host: partner.acme-bank.com\n> authorization: Basic ${b}\n> user-agent: curl/8.5.0`;
  },
};

function low(k: { r: { chars(a: string, n: number): string } }): string {
  return k.r.chars(LOWER + DIGITS, 5);
}
