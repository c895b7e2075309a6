import type { Tpl } from './blind-set-74-core';

/** Node ORMs and drivers: Prisma, Sequelize, TypeORM, Knex, Drizzle, node-postgres, pg-promise, Mongoose. */
export const ORM_JS: Tpl[] = [
  ['prisma-create-unique', (x) => {
    const u = x.person();
    return `PrismaClientKnownRequestError:
Invalid \`prisma.user.create()\` invocation in
/app/src/services/auth.ts:${x.r.int(20, 300)}:${x.r.int(5, 40)}

  ${x.r.int(20, 300)} const user = await prisma.user.create({
→ ${x.r.int(20, 300)}   data: {
        email: "${u.email}",
        name: "${u.name}",
        passwordHash: "${x.hash()}",
        phone: "${x.phone()}"
      }
    })
Unique constraint failed on the fields: (\`email\`)`;
  }],
  ['prisma-validation-dob', (x) => `PrismaClientValidationError:
Invalid \`prisma.patient.update()\` invocation:

{
  where: {
    id: ${x.id()}
  },
  data: {
    fullName: "${x.name()}",
    dateOfBirth: "${x.dob(1)}",
                 ~~~~~~~~~~~~
    insuranceNumber: "${x.nid()}"
  }
}

Invalid value for argument \`dateOfBirth\`: premature end of input. Expected ISO-8601 DateTime.`],
  ['prisma-apikey-upsert', (x) => `Invalid \`prisma.apiKey.upsert()\` invocation:
{
  where: { keyHash: "${x.r.hex(64)}" },
  create: { secret: "${x.tok()}", label: "zapier", ownerId: ${x.id()} },
  update: {}
}
Foreign key constraint failed on the field: \`ApiKey_ownerId_fkey (index)\``],
  ['prisma-env-url', (x) => `Error: P1000: Authentication failed against database server at \`${x.host()}\`, the provided database credentials for \`${x.dbUser()}\` are not valid.

Please make sure to provide valid database credentials for the database server at \`${x.host()}\`.
  env: DATABASE_URL="postgresql://${x.dbUser()}:${x.pw('url')}@${x.host()}:5432/${x.dbName()}?schema=public&connection_limit=5"`],
  ['sequelize-unique', (x) => {
    const em = x.email();
    return `SequelizeUniqueConstraintError: Validation error
    at Query.formatError (/app/node_modules/sequelize/lib/dialects/postgres/query.js:325:16) {
  name: 'SequelizeUniqueConstraintError',
  errors: [
    ValidationErrorItem {
      message: 'email must be unique',
      type: 'unique violation',
      path: 'email',
      value: '${em}',
      origin: 'DB',
    }
  ],
  fields: { email: '${em}' },
  parent: error: duplicate key value violates unique constraint "users_email_key"
  original: { detail: 'Key (email)=(${em}) already exists.', code: '23505' },
  sql: 'INSERT INTO "users" ("id","email","password","createdAt") VALUES (DEFAULT,$1,$2,$3) RETURNING *;',
  parameters: [ '${em}', '${x.hash()}', '${x.ts()}' ]
}`;
  }],
  ['sequelize-logging', (x) => `Executing (default): INSERT INTO \`customers\` (\`id\`,\`full_name\`,\`email\`,\`ssn\`,\`card_number\`,\`createdAt\`) VALUES (DEFAULT,'${x.name()}','${x.email()}','${x.ssn()}','${x.cardDigits()}','${x.ts().slice(0, 19).replace('T', ' ')}');`],
  ['typeorm-query-failed', (x) => {
    const u = x.person();
    return `QueryFailedError: duplicate key value violates unique constraint "UQ_97672ac88f789774dd47f7c8be3"
    at PostgresQueryRunner.query (/app/node_modules/typeorm/driver/postgres/PostgresQueryRunner.js:219:19) {
  query: 'INSERT INTO "user"("email", "firstName", "lastName", "password", "refreshToken") VALUES ($1, $2, $3, $4, $5) RETURNING "id"',
  parameters: [
    '${x.email()}',
    '${u.first}',
    '${u.last}',
    '${x.hash()}',
    '${x.jwt()}'
  ],
  driverError: error: duplicate key value violates unique constraint "UQ_97672ac88f789774dd47f7c8be3"`;
  }],
  ['typeorm-logger', (x) => `query failed: UPDATE "bank_account" SET "accountNumber" = $1, "routingNumber" = $2, "holderName" = $3 WHERE "id" = $4 -- PARAMETERS: ["${x.acct()}","${x.routing()}","${x.name()}",${x.id()}]
error: error: new row for relation "bank_account" violates check constraint "CHK_routing_len"`],
  ['knex-debug', (x) => `knex:query insert into "oauth_tokens" ("access_token", "provider", "refresh_token", "user_id") values ($1, $2, $3, $4) returning "id" undefined +2ms
knex:bindings [ '${x.tok('google-access-token')}', 'google', '${x.tok('google-refresh-token')}', ${x.id()} ] undefined +0ms
Error: insert into "oauth_tokens" - duplicate key value violates unique constraint "oauth_tokens_user_id_provider_unique"`],
  ['drizzle-failed-query', (x) => `DrizzleQueryError: Failed query: insert into "password_resets" ("id", "user_id", "token", "expires_at") values (default, $1, $2, $3)
params: ${x.id()},${x.reset()},${x.ts()}
    at NodePgPreparedQuery.queryWithCache (/app/node_modules/drizzle-orm/node-postgres/session.js:74:15)`],
  ['node-pg-error', (x) => `error: duplicate key value violates unique constraint "customers_tax_id_key"
    at /app/node_modules/pg/lib/client.js:535:17 {
  length: ${x.r.int(200, 320)},
  severity: 'ERROR',
  code: '23505',
  detail: 'Key (tax_id)=(${x.nid()}) already exists.',
  schema: 'public',
  table: 'customers',
  constraint: 'customers_tax_id_key',
  file: 'nbtinsert.c',
  routine: '_bt_check_unique'
}`],
  ['pg-monitor', (x) => `${x.ts().slice(11, 19)} query: INSERT INTO members(name, email, phone, address) VALUES('${x.name()}', '${x.email()}', '${x.phone()}', '${x.addr()}') RETURNING id
${x.ts().slice(11, 19)} error: duplicate key value violates unique constraint "members_email_key"`],
  ['node-pg-config', (x) => `Error: connect ECONNREFUSED 10.0.2.${x.r.int(2, 250)}:5432
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)
pool options: {
  host: '${x.host()}',
  user: '${x.dbUser()}',
  password: '${x.pw('nosq')}',
  database: '${x.dbName()}',
  max: 20,
  idleTimeoutMillis: 30000
}`],
  ['mongoose-validation', (x) => `ValidationError: Customer validation failed: dateOfBirth: Cast to Date failed for value "${x.dob(3)}" (type string) at path "dateOfBirth", phone: Validator failed for path \`phone\` with value \`${x.phone()}\`
    at model.Document.invalidate (/app/node_modules/mongoose/lib/document.js:3200:32)`],
  ['mongoose-e11000', (x) => {
    const em = x.email();
    return `MongoServerError: E11000 duplicate key error collection: app.users index: email_1 dup key: { email: "${em}" }
    at InsertOneOperation.execute (/app/node_modules/mongodb/lib/operations/insert.js:51:19) {
  index: 0,
  code: 11000,
  keyPattern: { email: 1 },
  keyValue: { email: '${em}' }
}`;
  }],
  ['redis-ioredis-options', (x) => `[ioredis] Unhandled error event: ReplyError: WRONGPASS invalid username-password pair or user is disabled.
    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)
options: { host: '${x.pick(['redis-14321.c256.us-east-1-2.ec2.cloud.redislabs.com', 'cache.internal', 'master.prod-cache.abc123.use1.cache.amazonaws.com'])}', port: 6379, username: 'default', password: '${x.pw('nosq')}', tls: {} }`],
  ['nest-typeorm-config', (x) => `[Nest] ${x.r.int(10, 99)}  - ${x.ts()}   ERROR [TypeOrmModule] Unable to connect to the database. Retrying (3)...
{"type":"mysql","host":"${x.host()}","port":3306,"username":"${x.dbUser()}","password":"${x.pw('nodq')}","database":"${x.dbName()}","synchronize":false}`],
  ['objection-graph', (x) => `UniqueViolationError: insert into "payment_methods" ("fingerprint", "pan", "holder_name", "iban") values ($1, $2, $3, $4) returning "id" - duplicate key value violates unique constraint "payment_methods_pan_key"
  nativeError: { detail: 'Key (pan)=(${x.cardDigits()}) already exists.' }
  data: { fingerprint: '${x.r.b62(16)}', holder_name: '${x.name()}', iban: '${x.iban()}' }`],
];
