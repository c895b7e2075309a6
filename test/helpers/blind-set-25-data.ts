import type { PosTemplate25 } from './blind-set-25-types';
import * as V from './blind-set-25-values';
import { bank, cardNo, natId } from './blind-set-25-ids';

/** Data in transit and at rest: SQL errors with bound parameters, CSV exports, quoted-printable mail, SOAP, JSON-in-JSON, gRPC metadata, Python/Ruby/Go dumps, stack traces with locals. */

export const DATA_TEMPLATES: PosTemplate25[] = [
  {
    source: 'data',
    name: 'postgres-bound-params',
    make: (r, b) => {
      const mail = V.email(r);
      const id = natId(r, b);
      return `2026-12-05 11:${r.int(10, 59)}:13.${r.digits(3)} UTC [${r.int(1000, 99999)}] crm@crm ERROR:  duplicate key value violates unique constraint "contacts_email_key"
2026-12-05 11:${r.int(10, 59)}:13.${r.digits(3)} UTC [${r.int(1000, 99999)}] crm@crm DETAIL:  Key (email)=(${b.p('email', mail)}) already exists.
2026-12-05 11:${r.int(10, 59)}:13.${r.digits(3)} UTC [${r.int(1000, 99999)}] crm@crm STATEMENT:  INSERT INTO contacts (email, national_id, phone, country) VALUES ($1, $2, $3, $4)
2026-12-05 11:${r.int(10, 59)}:13.${r.digits(3)} UTC [${r.int(1000, 99999)}] crm@crm DETAIL:  parameters: $1 = '${mail}', $2 = '${id.value}', $3 = '${b.p('phone', V.phone(r))}', $4 = '${id.country}'`;
    },
  },
  {
    source: 'data',
    name: 'sequelize-mysql',
    make: (r, b) => `SequelizeDatabaseError: Data truncated for column 'iban' at row 1
    at Query.formatError (/app/node_modules/sequelize/lib/dialects/mysql/query.js:265:16) {
  sql: 'INSERT INTO \`payees\` (\`id\`,\`holder\`,\`iban\`,\`card\`,\`createdAt\`) VALUES (DEFAULT,?,?,?,?);',
  parameters: [ '${b.p('name', V.fullName(r))}', '${b.f('iban', V.spacedIban(V.iban(r)))}', '${cardNo(r, b)}', '2026-12-05 11:02:13' ],
  original: Error: Data truncated for column 'iban' at row 1 { code: 'WARN_DATA_TRUNCATED', errno: 1265, sqlState: '01000' }
}`,
  },
  {
    source: 'data',
    name: 'snowflake-traceback-locals',
    make: (r, b) => `Traceback (most recent call last):
  File "/opt/etl/load.py", line 44, in connect
    conn = snowflake.connector.connect(user=user, password=password, account=account)
    Local variables:
      account = 'acme-xy${r.digits(5)}'
      user = 'SVC_ETL'
      password = '${b.c('password', V.pw(r, 20))}'
      private_key_passphrase = '${b.c('password', V.pw(r, 16))}'
snowflake.connector.errors.DatabaseError: 250001 (08001): Failed to connect to DB: acme-xy.snowflakecomputing.com:443. Incorrect username or password was specified.`,
  },
  {
    source: 'data',
    name: 'csv-export',
    make: (r, b) => {
      const row = () => {
        const id = natId(r, b);
        const f = (_k: string, v: string) => v;
        return `"${b.p('name', `${V.last(r)}, ${V.first(r)}`)}",${b.p('email', V.email(r))},${id.country},${id.value},"${bank(r, b, f).replace(/, /g, ' / ')}",${r.int(10, 9000)}.00`;
      };
      return `ERROR [exporter] S3 PutObject failed for s3://acme-exports/payouts/2026-12-05.csv (AccessDenied); first rows of the buffer:
payee,email,country,national_id,bank,amount
${row()}\r
${row()}\r
${row()}`;
    },
  },
  {
    source: 'data',
    name: 'quoted-printable-mail',
    make: (r, b) => {
      const pw = r.b62(5) + '=' + r.b62(8) + '=' + r.b62(3);
      const tok = r.b64url(45).replace(/[-_]/g, 'x');
      const link = `https://app.acme.io/reset?token=3D${tok.slice(0, 30)}=\r\n${tok.slice(30)}`;
      return `postfix/smtp[${r.int(1000, 99999)}]: ${V.hex(r, 10).toUpperCase()}: to=<${V.email(r)}>, status=bounced (message body follows)\r
Content-Type: text/plain; charset="utf-8"\r
Content-Transfer-Encoding: quoted-printable\r
\r
Hi ${V.first(r)},\r
Your temporary password is ${b.c('password~qp', V.qp(pw))} and your reset link is=\r
 ${link.replace(`${tok.slice(0, 30)}=\r\n${tok.slice(30)}`, b.c('access-token~qp', `${tok.slice(0, 30)}=\r\n${tok.slice(30)}`))}\r
We will call you on ${b.p('phone', V.phone(r))} to confirm delivery to ${b.p('address', V.street(r))}.\r
`;
    },
  },
  {
    source: 'data',
    name: 'soap-bank-xml',
    make: (r, b) => `org.apache.cxf.phase.PhaseInterceptorChain - Interceptor for {urn:payments}PayoutService has thrown exception, unwinding now
Outbound Message
---------------------------
Payload: <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header><wsse:Security><wsse:UsernameToken><wsse:Username>acme-payouts</wsse:Username><wsse:Password Type="PasswordText">${b.c('password~html', r.b62(6) + '&amp;' + r.b62(10))}</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header><soap:Body><CreatePayout><Beneficiary><Name>${b.p('name', V.fullName(r))}</Name><IBAN>${b.f('iban', V.iban(r))}</IBAN><Email>${b.p('email', V.email(r))}</Email><DateOfBirth>${b.p('birth-date', V.birthDate(r))}</DateOfBirth></Beneficiary></CreatePayout></soap:Body></soap:Envelope>
--------------------------------------`,
  },
  {
    source: 'data',
    name: 'json-in-json',
    make: (r, b) => {
      const mail = V.email(r);
      const inner = JSON.stringify({ level: 'error', msg: 'checkout failed', user: { email: 'EMAIL', phone: 'PHONE' }, card: 'CARD', password: 'PW' });
      const outer = JSON.stringify({ ddsource: 'nodejs', service: 'checkout', message: inner });
      return outer
        .replace('EMAIL', () => b.p('email~json', V.jsonU(mail).replace(/\\/g, '\\\\')))
        .replace('PHONE', () => b.p('phone', V.phone(r)))
        .replace('CARD', () => cardNo(r, b))
        .replace('PW', () => b.c('password', V.pw(r, 14).replace(/[\\"]/g, '_')));
    },
  },
  {
    source: 'data',
    name: 'grpc-metadata',
    make: (
      r,
      b,
    ) => `{"level":"error","ts":${r.int(1764900000, 1764990000)}.${r.digits(4)},"caller":"grpcclient/interceptor.go:71","msg":"rpc error","method":"/acme.payments.v1.Payouts/Create","code":"Unauthenticated","metadata":"map[:authority:[payouts.internal:443] authorization:[Bearer ${b.c('jwt', V.jwt(r, { sub: 'svc-payouts', aud: 'payouts' }, 'ES256'))}] x-api-key:[${b.c('api-key', r.b62(40))}] x-customer-email:[${b.p('email', V.email(r))}]]"}
E1205 11:${r.int(10, 59)}:22.${r.digits(6)}  ${r.int(10, 99)} _channel.py:${r.int(100, 999)}] grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with: status = StatusCode.UNAUTHENTICATED details = "invalid token" debug_error_string = "UNKNOWN:Error received from peer ipv4:10.4.2.17:443 {grpc_message:"invalid token", grpc_status:16}" metadata=(('authorization', 'Bearer ${b.c('access-token', r.b64url(40))}'), ('x-user-phone', '${b.p('phone', V.e164(r))}'))>`,
  },
  {
    source: 'data',
    name: 'go-struct-dump',
    make: (r, b) => {
      const id = natId(r, b);
      return `panic: runtime error: invalid memory address or nil pointer dereference [recovered]
	request: &{ID:${r.int(1000, 99999)} Customer:{Name:${b.p('name', V.fullName(r))} Email:${b.p('email', V.email(r))} TaxID:${id.value} DOB:${b.p('birth-date', V.birthDate(r))}} Payment:{Card:${cardNo(r, b)} Exp:0${r.int(1, 9)}/${r.int(27, 31)}} Auth:{APIKey:${b.c('stripe-key', V.stripeKey(r))} Secret:${b.c('webhook-signing-secret', V.whsec(r))}}}
goroutine ${r.int(10, 999)} [running]:
main.(*Handler).Checkout(0xc000${V.hex(r, 6)}, {0x1, 0x2})`;
    },
  },
  {
    source: 'data',
    name: 'python-repr-ruby-inspect',
    make: (r, b) => {
      const f = (k: string, v: string) => `${k}='${v}'`;
      return `ERROR payouts.worker: retry exhausted for PayoutRequest(recipient=Recipient(name='${b.p('name', V.fullName(r))}', email='${b.p('email', V.email(r))}', ${bank(r, b, f)}), amount=Decimal('${r.int(10, 9000)}.00'), idempotency_key='${r.uuid()}')
E, [2026-12-05T11:${r.int(10, 59)}:01] ERROR -- : #<User id: ${r.int(100, 99999)}, email: "${b.p('email', V.email(r))}", phone: "${b.p('phone', V.phone(r))}", encrypted_password: "$2a$12$${r.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}", otp_secret: "${b.c('api-key', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32))}">`;
    },
  },
  {
    source: 'data',
    name: 'java-stack-locals',
    make: (
      r,
      b,
    ) => `2026-12-05 11:${r.int(10, 59)}:55.${r.digits(3)} ERROR 1 --- [nio-8080-exec-${r.int(1, 9)}] c.a.k.KycController : verification failed for user [${b.p('email', V.email(r))}] passport [${b.p('passport', V.passport(r))}] licence [${b.p('drivers-licence', V.licence(r))}]
com.acme.kyc.VendorException: 401 from https://api.acme-kyc.io/v2/verify?apiKey=${b.c('api-key', r.b62(36))}
	at com.acme.kyc.VendorClient.verify(VendorClient.java:118)
	at com.acme.kyc.KycController.submit(KycController.java:64)
Caused by: org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: "{"error":"invalid_key"}"`,
  },
  {
    source: 'data',
    name: 'ansi-console',
    make: (r, b) => {
      const id = natId(r, b);
      return `\x1b[2m2026-12-05T11:${r.int(10, 59)}:09Z\x1b[0m \x1b[31mERROR\x1b[0m \x1b[1mkyc.sync\x1b[0m: vendor rejected record email=${V.ansi(b.p('email', V.email(r)), 36)} ${id.key}=${V.ansi(id.value, 33)} phone=${V.ansi(b.p('phone', V.phone(r)), 36)}
\x1b[2m2026-12-05T11:${r.int(10, 59)}:09Z\x1b[0m \x1b[33mWARN\x1b[0m retrying with token ${V.ansi(b.c('github-token', V.githubToken(r, r.pick(['ghp', 'gho', 'ghs']))), 35)}`;
    },
  },
];
