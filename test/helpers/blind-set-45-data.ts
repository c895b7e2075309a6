import type { Ctx } from './blind-set-45-ctx';
import { K } from './blind-set-45-creds';
import type { T45 } from './blind-set-45-types';

const a = 'data';

const sq = (s: string) => s.replace(/'/g, "''");

function customerRow(c: Ctx): string {
  const p = c.person();
  return `(${c.int(1000, 99999)}, '${sq(c.name(p))}', '${c.email(p)}', '${c.card('plain')}', '${c.iban()}', '${c.ssn()}')`;
}

/** Local database dumps, seed files, fixtures, exports and support tickets holding real customer rows. */
export const DATA45: T45[] = [
  { a, t: 'pg-dump-inserts', f: (c) => `--
-- PostgreSQL database dump (pg_dump 16.${c.int(1, 4)})
--
INSERT INTO public.customers (id, full_name, email, card_pan, payout_iban, ssn) VALUES
${customerRow(c)},
${customerRow(c)};
` },
  { a, t: 'pg-copy-block', f: (c) => `COPY public.payment_methods (id, customer_id, card_number, exp, holder_name, billing_zip) FROM stdin;
${c.int(1, 999)}\t${c.int(1000, 9999)}\t${c.card('plain')}\t0${c.int(1, 9)}/2${c.int(6, 9)}\t${c.name()}\t${c.r.digits(5)}
${c.int(1, 999)}\t${c.int(1000, 9999)}\t${c.card('plain')}\t1${c.int(0, 2)}/2${c.int(6, 9)}\t${c.name()}\t${c.r.digits(5)}
\\.
` },
  { a, t: 'mysql-dump-bank', f: (c) => `-- MySQL dump 10.13  Distrib 8.0.${c.int(30, 40)}
LOCK TABLES \`payees\` WRITE;
INSERT INTO \`payees\` VALUES (${c.int(1, 500)},'${sq(c.name())}','${c.aba()}','${c.account()}','checking','${c.date()}'),(${c.int(501, 999)},'${sq(c.name())}','${c.aba()}','${c.account()}','savings','${c.date()}');
UNLOCK TABLES;
` },
  { a, t: 'sqlite-dump', f: (c) => `sqlite> .dump users
CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT, email TEXT, iban TEXT, last_ip TEXT);
INSERT INTO users VALUES(${c.int(1, 99)},'${sq(c.name())}','${c.email()}','${c.iban()}','${c.ip4()}');
INSERT INTO users VALUES(${c.int(100, 199)},'${sq(c.name())}','${c.email()}','${c.iban()}','${c.ip6()}');
` },
  { a, t: 'rails-seeds', f: (c) => `# db/seeds.rb — copied from prod export for realistic demo data
User.create!(name: "${c.name()}", email: "${c.email()}", phone: "${c.phone()}", birthday: Date.parse("${c.dob()}"))
User.create!(email: "${c.email()}", birthday: Date.parse("${c.dob()}"))
BankAccount.create!(user: User.first, routing_number: "${c.aba()}", account_number: "${c.account()}")
BankAccount.create!(user: User.last, routing_number: "${c.aba()}", account_number: "${c.account()}")
` },
  { a, t: 'prisma-seed-ts', f: (c) => {
    const p = c.person();
    return `await prisma.customer.upsert({
  where: { email: '${c.email(p)}' },
  update: {},
  create: {
    name: '${sq(c.name(p)).replace(/''/g, "\\'")}',
    nationalId: '${c.pick([() => c.ssn(), () => c.nino(), () => c.bsn(), () => c.dni()])()}',
    iban: '${c.iban()}',
    vatNumber: '${c.vat()}',
    address: { create: { line1: '${sq(c.street()).replace(/''/g, "\\'")}', city: 'Leeds', postcode: 'LS6 2QT' } },
  },
});
`;
  } },
  { a, t: 'django-fixture-json', f: (c) => JSON.stringify([
    { model: 'accounts.profile', pk: c.int(1, 500), fields: { full_name: c.name(), email: c.email(), passport_no: c.passport(), payout_iban: c.iban() } },
    { model: 'billing.card', pk: c.int(1, 500), fields: { pan: c.card('plain'), holder: c.name(), cvc: c.cvc() } },
  ], null, 2) },
  { a, t: 'rails-fixture-yaml', f: (c) => `# test/fixtures/employees.yml
${c.pick(['alice', 'bob', 'carol'])}:
  name: ${c.name()}
  email: ${c.email()}
  sin: "${c.sin()}"
  home_address: "${c.address()}"
  payroll_iban: ${c.iban()}
${c.pick(['dave', 'erin', 'frank'])}:
  name: ${c.name()}
  email: ${c.email()}
  nino: "${c.nino()}"
  sort_code: "${c.sortCode()}"
  account_number: "${c.ukAccount()}"
` },
  { a, t: 'csv-customer-export', f: (c) => {
    const row = () => { const p = c.person(); return `${c.int(10000, 99999)},"${c.name(p)}",${c.email(p)},${c.card()},${c.iban()}`; };
    return `customer_id,name,email,card_number,refund_iban
${row()}
${row()}
`;
  } },
  { a, t: 'payroll-csv', f: (c) => {
    const row = () => `${c.name()};${c.ssn()};${c.aba()};${c.account()};${c.int(2000, 9000)}.${c.r.digits(2)}`;
    return `# ACH payroll batch ${c.date()} — company EIN ${c.ein()}
employee;ssn;routing;account;net_pay
${row()}
${row()}
`;
  } },
  { a, t: 'mongo-export-jsonl', f: (c) => `${JSON.stringify({ _id: { $oid: c.id(24) }, name: c.name(), email: c.email(), kyc: { passport: c.passport(), dob: c.dob('eu'), nationality: 'FR', nir: c.nir() }, lastLogin: { ip: c.ip4(), geo: c.geo() } })}
${JSON.stringify({ _id: { $oid: c.id(24) }, kyc: { driverLicence: c.dl() }, wallet: { card: c.card('plain'), iban: c.iban() }, lastLogin: { ip: c.ip6() } })}
` },
  { a, t: 'zendesk-ticket-export', f: (c) => JSON.stringify({
    ticket: { id: c.int(100000, 999999), subject: 'Double charge on my card', status: 'open',
      requester: { name: c.name(), email: c.email(), phone: c.phone() },
      description: `Hi, I was charged twice. Card ${c.card('space')} exp 0${c.int(1, 9)}/2${c.int(7, 9)} CVV ${c.cvc()}. Please refund to my bank instead: IBAN ${c.iban(true)}. Thanks!` },
  }, null, 2) },
  { a, t: 'support-chat-transcript', f: (c) => `[${c.date()} 09:${c.int(10, 59)}] Customer (${c.name()}): hi my account is locked, my date of birth is ${c.dob('us')} and ssn ${c.ssn()}
[${c.date()} 09:${c.int(10, 59)}] Agent Maya: thanks, can you confirm the address on file?
[${c.date()} 09:${c.int(10, 59)}] Customer: ${c.address()}. Also card ${c.card('space')} should be removed
[${c.date()} 09:${c.int(10, 59)}] Agent Maya: verified. Routing ${c.aba()} / account ${c.account()} updated for direct deposit.
` },
  { a, t: 'crash-dump-issue', f: (c) => `**Crash log** (pasted from Sentry, sorry for the size)

\`\`\`
TypeError: Cannot read properties of undefined (reading 'postalCode')
    at formatAddress (webpack-internal:///./src/checkout/address.ts:41:23)
    at CheckoutForm.submit (webpack-internal:///./src/checkout/form.tsx:212:9)
Request body: {"customer":{"name":"${c.name()}","email":"${c.email()}","phone":"${c.phone()}"},"payment":{"number":"${c.card('plain')}","cvc":"${c.cvc()}"}}
Headers: {"cookie":"sid=${K.session(c, 'session_cookie', 40)}","x-forwarded-for":"${c.ip4()}"}
\`\`\`
` },
  { a, t: 'sepa-pain008', f: (c) => `<DrctDbtTxInf>
  <PmtId><EndToEndId>E2E-${c.id(12).toUpperCase()}</EndToEndId></PmtId>
  <InstdAmt Ccy="EUR">${c.int(10, 999)}.${c.r.digits(2)}</InstdAmt>
  <DrctDbtTx><MndtRltdInf><MndtId>MNDT-${c.r.digits(8)}</MndtId><DtOfSgntr>${c.date()}</DtOfSgntr></MndtRltdInf></DrctDbtTx>
  <DbtrAgt><FinInstnId><BIC>${c.pick(['COBADEFFXXX', 'BNPAFRPPXXX', 'INGBNL2A'])}</BIC></FinInstnId></DbtrAgt>
  <Dbtr><Nm>${c.name()}</Nm><PstlAdr><AdrLine>${c.address()}</AdrLine></PstlAdr></Dbtr>
  <DbtrAcct><Id><IBAN>${c.iban(false)}</IBAN></Id></DbtrAcct>
</DrctDbtTxInf>
` },
  { a, t: 'invoice-seed-json', f: (c) => `{"invoices":[{"number":"INV-${c.r.digits(6)}","seller":{"name":"Kestrel Logistics Ltd","vat":"${c.vat()}","iban":"${c.iban()}"},"buyer":{"contact":"${c.name()}","email":"${c.email()}","taxId":"${c.ein()}"},"total":"${c.int(100, 9000)}.00"}]}` },
  { a, t: 'redis-cli-hgetall', f: (c) => `127.0.0.1:6379> HGETALL user:${c.int(1000, 99999)}
 1) "name"
 2) "${c.name()}"
 3) "email"
 4) "${c.email()}"
 5) "cpf"
 6) "${c.cpf()}"
 7) "last_ip"
 8) "${c.ip4()}"
127.0.0.1:6379> GET session:${c.id(16)}
"{\\"token\\":\\"${K.jwt(c, { sid: c.id(12) })}\\"}"
` },
  { a, t: 'mysql-general-log', f: (c) => `${c.ts()}\t   ${c.int(10, 99)} Query\tUPDATE customers SET email='${c.email()}', phone='${c.phone()}', dni='${c.dni()}' WHERE id=${c.int(1, 99999)}
${c.ts()}\t   ${c.int(10, 99)} Query\tINSERT INTO cards (customer_id, pan, cvv) VALUES (${c.int(1, 99999)}, '${c.card('plain')}', '${c.cvc()}')
${c.ts()}\t   ${c.int(10, 99)} Connect\tapp@${c.ip4()} on shop using TCP/IP
` },
  { a, t: 'es-source-hit', f: (c) => JSON.stringify({ _index: 'customers-2026.05', _id: c.id(20), _score: 3.2, _source: { customer: { full_name: c.name(), email: c.email(), personnummer: c.personnummer(), home: { street: c.street(), location: c.geo() } }, payout: { iban: c.iban(), bank_account: c.account() } } }) },
  { a, t: 'test-fixture-real-rows', f: (c) => `// __fixtures__/users.ts — TODO replace with faker, these are real staging users
export const users = [
  { id: ${c.int(1, 999)}, name: '${sq(c.name()).replace(/''/g, "\\'")}', email: '${c.email()}', ssn: '${c.ssn()}', card: '${c.card('dash')}' },
  { id: ${c.int(1000, 1999)}, name: '${sq(c.name()).replace(/''/g, "\\'")}', email: '${c.email()}', bsn: '${c.bsn()}', iban: '${c.iban()}' },
];
` },
  { a, t: 'kyc-api-log', f: (c) => `${c.ts()} INFO  kyc.verify request_id=${c.r.uuid()} applicant="${c.name()}" dob=${c.dob()} passport=${c.passport()} driver_license=${c.dl()} ip=${c.ip4()} result=manual_review
${c.ts()} INFO  kyc.verify request_id=${c.r.uuid()} nino=${c.nino()} payout_iban=${c.iban()} result=pass
` },
  { a, t: 'stripe-event-fixture', f: (c) => JSON.stringify({ id: `evt_${c.r.b62(24)}`, type: 'customer.updated', livemode: true, data: { object: { id: `cus_${c.r.b62(14)}`, name: c.name(), email: c.email(), phone: c.phone(), address: { line1: c.street(), city: 'Austin', postal_code: '78704', country: 'US' }, metadata: { tax_id: c.ein(), bank_routing: c.aba(), bank_account: c.account() } } } }, null, 2) },
  { a, t: 'nacha-ach-file', f: (c) => {
    const entry = () => `6${c.pick(['22', '27', '32'])}${c.aba()}${c.account().padEnd(17, ' ')}${String(c.int(10000, 999999)).padStart(10, '0')}${c.r.digits(15)}${c.pii('person_name', `${c.person().first} ${c.person().last}`.toUpperCase().slice(0, 22)).padEnd(22, ' ')}  0${c.r.digits(15)}`;
    return `101 ${c.aba()} ${c.r.digits(10)}${c.r.digits(6)}1200A094101${c.pick(['JPMORGAN CHASE', 'WELLS FARGO   '])}         ACME PAYROLL INC
5200ACME PAYROLL INC                    ${c.fin('us_ein', c.pick(['12', '20', '45', '61', '84']) + c.r.digits(7))}PPDPAYROLL   ${c.r.digits(6)}   1${c.r.digits(8)}0000001
${entry()}
${entry()}
`;
  } },
  { a, t: 'vendor-bank-csv', f: (c) => {
    const row = () => `"${c.pick(['Kestrel Freight GmbH', 'Moreau Conseil SARL', 'Brightpath Clinics BV', 'Harbor Print Ltd'])}",${c.vat()},${c.iban()},${c.pick(['COBADEFFXXX', 'BNPAFRPPXXX', 'INGBNL2A', 'BARCGB22'])}`;
    return `vendor,vat_id,iban,bic
${row()}
${row()}
${row()}
`;
  } },
  { a, t: 'card-vault-migration-log', f: (c) => `${c.ts()} WARN migrate_cards batch=${c.int(1, 90)} tokenization failed, falling back to raw pan=${c.card('plain')} exp=1${c.int(0, 2)}/2${c.int(7, 9)} customer_id=${c.int(1000, 99999)}
${c.ts()} WARN migrate_cards batch=${c.int(1, 90)} tokenization failed, falling back to raw pan=${c.card('plain')} exp=0${c.int(1, 9)}/2${c.int(7, 9)} customer_id=${c.int(1000, 99999)}
${c.ts()} INFO migrate_cards done migrated=${c.int(1000, 9000)} failed=2
` },
  { a, t: 'ticket-non-english', f: (c) => c.pick([
    () => `Betreff: Rückerstattung Bestellung ${c.r.digits(8)}
Sehr geehrte Damen und Herren, bitte überweisen Sie den Betrag auf mein Konto. Kontoinhaber: ${c.name()}, IBAN: ${c.iban(true)}. Meine Anschrift: ${c.address()}. Telefon: ${c.phone()}. Geburtsdatum: ${c.dob('eu')}.`,
    () => `Asunto: cargo duplicado
Hola, soy ${c.name()} (DNI ${c.dni()}). Me cobraron dos veces en la tarjeta ${c.card('space')}. Mi correo es ${c.email()} y mi teléfono ${c.phone()}. Cuenta para el reembolso: ${c.iban()}.`,
    () => `件名: 返金のお願い
お世話になっております。${c.name()}です。カード番号 ${c.card('dash')} で二重請求されました。連絡先: ${c.email()} / ${c.phone()}。住所: ${c.address()}`,
    () => `Objet : remboursement
Bonjour, je m'appelle ${c.name()}, né le ${c.dob('eu')}, numéro de sécurité sociale ${c.nir()}. Merci de rembourser sur l'IBAN ${c.iban(true)}. Adresse : ${c.address()}.`,
  ])() },
];
