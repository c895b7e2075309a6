import type { PosTemplate27 } from './blind-set-27-types';
import { awsKey, brexToken, jwt, rampToken } from './blind-set-27-tokens';
import { bank, card, cardSpaced, iban, passport, person, spaced } from './blind-set-27-values';

/** Blind set 27: spend, travel, equity and payroll data (Expensify, Navan, Concur, Brex, Ramp, Carta, benefits and payroll exports). */
export const SPEND27: PosTemplate27[] = [
  {
    source: 'expensify',
    name: 'expensify-integration-server',
    make: (r, b) => {
      const p = person(r, 'US');
      const c = card(r);
      const sec = b.c('expensify-secret', r.hex(40));
      const job = JSON.stringify({ type: 'create', credentials: { partnerUserID: 'aa_hr_ops_acme_example', partnerUserSecret: sec }, inputSettings: { type: 'expenses', transactionList: [] } });
      const body = encodeURIComponent(job).replace(/%20/g, '+');
      return `[expensify] POST https://integrations.expensify.com/Integration-Server/ExpensifyIntegrations 200 {"responseCode":410,"responseMessage":"Invalid partnerUserSecret"}
[expensify] cookie authToken=${b.c('session-token', r.hex(64).toUpperCase())}
[expensify] form body: requestJobDescription=${body}
[expensify] offending transaction: merchant="Marriott Downtown" amount=41233 card=${b.f('card', c)} cardholder="${b.p('name', p.name)}" personal_card=${b.f('card', cardSpaced(card(r, 'visa')))}
[expensify] export SFTP password: ${b.c('password', r.password(16))}`;
    },
  },
  {
    source: 'navan',
    name: 'navan-trip-booking',
    make: (r, b) => {
      const p = person(r, r.pick(['US', 'GB', 'IN', 'DE'] as const));
      const pp = passport(r, p.cc);
      return `navan-sync ERROR booking ${r.b62(10).toUpperCase()} failed: TSA secure flight data rejected
  client: NavanClient(api_key='${b.c('api-key', r.b62(40))}', base='https://api.navan.com/v1')
  webhook_secret='${b.c('webhook-secret', r.b64url(32))}'
  traveler: {'legalName': '${p.name}', 'gender': 'X', 'passportNumber': '${b.p('passport', pp)}', 'knownTravelerNumber': '${b.p('known-traveler', r.digits(9))}'}
  payment: {'card': '${b.f('card', card(r, 'amex'))}', 'billingZip': 'withheld', 'incidentals_card': '${b.f('card', cardSpaced(card(r, 'mc')))}'}
  oauth: client_secret='${b.c('client-secret', r.b62(40))}'
  session cookie: navan_sid=${b.c('session-cookie', r.b64url(32))}`;
    },
  },
  {
    source: 'concur',
    name: 'concur-expense-report',
    make: (r, b) => {
      const p = person(r, r.pick(['FR', 'IT', 'ES', 'NL'] as const));
      const c = card(r, 'mc');
      return `2026-12-05 13:${r.int(10, 59)}:45.201 ERROR [concur-ingest] c.a.spend.ConcurPoller - failed to map report ${r.hex(32).toUpperCase()}
  OAuth: client_id=${r.uuid()} client_secret=${b.c('client-secret', r.uuid())} refresh_token=${b.c('refresh-token', r.uuid())}
  Report{EmployeeName='${b.p('name', p.name)}', ReimbursementIBAN='${b.f('iban', spaced(iban(r, p.cc)))}', Entries=[Entry{Vendor='Hotel Adlon', CardNumber='${b.f('card', c)}', Amount=612.40 EUR}]}
  companyRequestToken=${b.c('api-token', r.b62(32))}`;
    },
  },
  {
    source: 'brex',
    name: 'brex-card-issue',
    make: (r, b) => {
      const p = person(r, 'US');
      const c = card(r, 'mc');
      return `{"level":40,"msg":"brex webhook secret loaded","secret":"${b.c('webhook-secret', `whsec_${r.b64(24)}`)}"}
{"level":50,"time":${r.int(1796000000000, 1799999999999)},"msg":"brex card issue failed","err":{"type":"AxiosError","status":400,"config":{"url":"https://platform.brexapis.com/v2/cards","headers":{"Authorization":"Bearer ${b.c('brex-token', brexToken(r))}","Idempotency-Key":"${r.uuid()}"},"data":"{\\"owner\\":{\\"type\\":\\"USER\\",\\"user_id\\":\\"cuuser_${r.b62(20)}\\"},\\"card_name\\":\\"${p.name} travel\\",\\"mailing_address\\":{\\"line1\\":\\"${b.p('address', p.street)}\\",\\"postal_code\\":\\"${p.postcode}\\"}}"},"response":{"data":{"message":"duplicate card","existing_pan":"${b.f('card', c)}"}}}}
{"level":40,"msg":"replacement card","pan":"${b.f('card', card(r, 'visa'))}"}
{"level":30,"msg":"retrying with oauth","client_secret":"${b.c('client-secret', r.b62(40))}","refresh_token":"${b.c('refresh-token', r.b64url(40))}"}`;
    },
  },
  {
    source: 'ramp',
    name: 'ramp-reimbursement-sync',
    make: (r, b) => {
      const p = person(r, 'US');
      const [aba, acct] = bank(r, 'US');
      return `ramp_sync.py:211 ERROR reimbursement ${r.uuid()} -> ACH return R03 (no account)
  headers = {'Authorization': 'Bearer ${b.c('ramp-token', rampToken(r))}'}
  client_secret = '${b.c('client-secret', `ramp_sec_${r.b62(40)}`)}'
  reimbursement = {'user': '${b.p('name', p.name)}', 'amount': 1840.22, 'ach': {'routing': '${b.f(aba![0], aba![1])}', 'account': '${b.f(acct![0], acct![1])}'}}
  virtual_card = '${b.f('card', card(r, 'visa'))}'  webhook_secret = '${b.c('webhook-secret', r.b62(40))}'`;
    },
  },
  {
    source: 'carta',
    name: 'carta-option-grant',
    make: (r, b) => {
      const p = person(r, r.pick(['US', 'CA', 'GB'] as const));
      const tok = jwt(r, { iss: 'https://login.app.carta.com', sub: r.uuid(), scope: 'read_issuer_securities' });
      return `carta-export WARN grant ${r.pick(['ES', 'CS'])}-${r.int(100, 999)} holder mismatch
  Authorization: Bearer ${b.c('jwt', tok)}
  CARTA_CLIENT_SECRET=${b.c('client-secret', r.b62(40))}
  stakeholder: ${p.name} | tax id ${b.p(p.idKind, p.id)} | home ${b.p('address', p.address)} | 12,000 ISOs @ $3.41
  exercise proceeds -> ${bank(r, 'US')
    .map(([k, v]) => `${k} ${b.f(k, v)}`)
    .join(' / ')}; CARTA_REFRESH_TOKEN=${b.c('refresh-token', r.b64url(40))}`;
    },
  },
  {
    source: 'benefits',
    name: 'benefits-sql-bound-params',
    make: (r, b) => {
      const p = person(r, 'US');
      const dep = person(r, 'US');
      return `ERROR: duplicate key value violates unique constraint "dependents_ssn_key"
DETAIL:  Key (ssn)=(${b.p(dep.idKind, dep.id)}) already exists.
STATEMENT:  INSERT INTO dependents (employee_id, full_name, dob, ssn, relationship) VALUES ($1, $2, $3, $4, $5)
parameters: $1 = '${r.int(10000, 99999)}', $2 = '${b.p('name', dep.name)}', $3 = '${b.p('dob', dep.dob)}', $4 = '${dep.id}', $5 = 'child'
connection: postgres://benefits_app:${b.c('password', r.urlPassword(18))}@benefits-db.internal:5432/benefits (employee ${p.name})
carrier api key: ${b.c('api-key', r.b62(32))}
PGPASSWORD=${b.c('password', r.password(18))} psql -h benefits-db-replica.internal -U benefits_ro`;
    },
  },
  {
    source: 'payroll-export',
    name: 'payroll-tsv-s3-upload',
    make: (r, b) => {
      const [ak, sk] = awsKey(r);
      const rows = [0, 1, 2].map(() => {
        const cc = r.pick(['US', 'GB', 'AU', 'IN'] as const);
        const p = person(r, cc);
        return [r.int(10000, 99999), p.name, b.p(p.idKind, p.id), ...bank(r, cc).map(([k, v]) => b.f(k, v)), `${r.int(4, 19)}${r.int(100, 999)}.${r.int(10, 99)}`].join('\t');
      });
      return `upload: failed to upload ./out/payroll_2026-11.tsv to s3://acme-payroll-exports/2026/11/ An error occurred (AccessDenied)
AWS_ACCESS_KEY_ID=${b.c('aws-key-id', ak)}
AWS_SECRET_ACCESS_KEY=${b.c('aws-secret', sk)}
AWS_SESSION_TOKEN=${b.c('aws-session-token', `FwoGZXIvYXdzE${r.b64(220).replace(/=+$/, '')}`)}
head ./out/payroll_2026-11.tsv:
emp_id\tname\tnational_id\tbank_1\tbank_2\tnet_pay
${rows.join('\n')}
gpg --batch --passphrase ${b.c('passphrase', r.password(22))} -c ./out/payroll_2026-11.tsv`;
    },
  },
  {
    source: 'payroll-export',
    name: 'payroll-bank-file-sftp',
    make: (r, b) => {
      const lines = [0, 1, 2].map(() => {
        const p = person(r, r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'PL', 'SE', 'IE'] as const));
        return `<CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">${r.int(2100, 7900)}.${r.int(10, 99)}</InstdAmt></Amt><Cdtr><Nm>${p.name}</Nm></Cdtr><CdtrAcct><Id><IBAN>${b.f('iban', iban(r, p.cc))}</IBAN></Id></CdtrAcct><RmtInf><Ustrd>SALARY 2026-11</Ustrd></RmtInf></CdtTrfTxInf>`;
      });
      return `gpg: encrypting pain.001 with --passphrase ${b.c('passphrase', r.password(20))} (batch mode)
sftp-push[${r.int(100, 9999)}]: auth failed for payroll@sftp.bank.example (password ${b.c('password', r.password(18))}); pain.001 follows
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn><PmtInf><DbtrAcct><Id><IBAN>${b.f('iban', iban(r, 'DE'))}</IBAN></Id></DbtrAcct>
${lines.join('\n')}
</PmtInf></CstmrCdtTrfInitn></Document>
sftp-push: bank EBICS user key passphrase ${b.c('passphrase', r.password(16))}`;
    },
  },
];
