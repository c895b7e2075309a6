import * as G from './blind-set-39-values';
import type { Tpl39 } from './blind-set-39-values';

/** Customer and transaction rows leaking into error logs: failed row dumps, reject files, data-quality alerts. */
export const rows39: Tpl39[] = [
  ['rows/ge-validation', (r, v) => `Great Expectations checkpoint "payments_daily" FAILED (run_id ${G.ts(r)})
  expect_column_values_to_match_regex(column="card_last4", regex="^\\d{4}$")
    unexpected_count: 2, partial_unexpected_list: ["${v.f(G.cardFmt(G.card(r), ' '), 'card-number')}", "${v.f(G.cardFmt(G.card(r), '-'), 'card-number')}"]
  expect_column_values_to_not_be_null(column="billing_email")
    unexpected rows sample: customer ${v.p(G.fullName(r), 'person-name')} / ${v.p(G.usPhone(r, 1), 'phone')}`],
  ['rows/montecarlo-alert', (r, v) => `:rotating_light: *Monte Carlo* — Field health anomaly on \`prod.marts.${G.table(r)}.ssn\`
Null rate dropped 100% → 0% after deploy. Sample values now populated:
• ${v.p(G.ssn(r), 'ssn')} (customer_id ${r.int(100000, 999999)})
• ${v.p(G.ssn(r, false), 'ssn')} (customer_id ${r.int(100000, 999999)})
Owner: @${G.first(r).toLowerCase()} — incident ${r.uuid().slice(0, 8)}`],
  ['rows/soda-scan', (r, v) => `[${G.ts(r).slice(11, 19)}] Soda Core 3.3.${r.int(0, 9)}
[${G.ts(r).slice(11, 19)}] 1/4 checks FAILED:
[${G.ts(r).slice(11, 19)}]     raw_payouts in snowflake_prod
[${G.ts(r).slice(11, 19)}]       invalid_count(iban) = 0 [FAILED]
[${G.ts(r).slice(11, 19)}]         check_value: 2
[${G.ts(r).slice(11, 19)}]         failed rows: ('${v.p(G.fullName(r), 'person-name')}', '${v.f(G.iban(r, 'GB'), 'iban')}'), ('${v.p(G.fullName(r), 'person-name')}', '${v.f(G.ibanSpaced(G.iban(r, 'DE')), 'iban')}')`],
  ['rows/bq-load-error', (r, v) => `BigQuery error in load operation: Error processing job '${G.host(r)}-dw:bqjob_r${r.hex(16)}_0000019${r.hex(9)}_1': Error while reading data, error message: CSV table encountered too many errors, giving up. Rows: 1; errors: 1.
- gs://${G.host(r)}-landing/payments/2026-0${r.int(1, 9)}-1${r.int(0, 9)}.csv: Error while reading data, error message: Could not parse '${v.f(G.aba(r), 'routing-number')}/${v.f(G.acct(r), 'bank-account')}' as INT64 for field account_number (position 4) starting at location ${r.int(1000, 99999)} with message 'Unable to parse'; line: "${v.p(G.fullName(r), 'person-name')}","${v.p(G.address(r), 'street-address')}"`],
  ['rows/dead-letter', (r, v) => {
    const cc = G.card(r, 'visa');
    return `kafka-console-consumer --bootstrap-server kafka:9092 --topic payments.dlq --from-beginning --max-messages 1 --property print.headers=true
__connect.errors.exception.message:Converting byte[] to Kafka Connect data failed due to serialization error	{"order_id":"ord_${G.alnum(r, 14)}","cardholder":"${v.p(G.fullName(r), 'person-name')}","pan":"${v.f(cc, 'card-number')}","cvv":"${v.f(String(r.int(100, 999)), 'cvv')}","exp":"${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}","email":"${v.p(G.email(r), 'email')}"}`;
  }],
  ['rows/csv-reject', (r, v) => `$ head -3 rejects/customers_20260${r.int(1, 9)}1${r.int(0, 9)}.rej.csv
reject_reason,customer_id,first_name,last_name,date_of_birth,national_id,phone,email
DUPLICATE_KEY,${r.int(10000, 99999)},${G.first(r)},${G.last(r)},${v.p(G.dob(r), 'date-of-birth')},${v.p(G.esDni(r), 'national-id-es')},${v.p(G.intlPhone(r), 'phone')},${v.p(G.email(r), 'email')}
BAD_DATE,${r.int(10000, 99999)},${G.first(r)},${G.last(r)},1987-13-01,${v.p(G.nlBsn(r), 'national-id-nl')},${v.p(G.intlPhone(r), 'phone')},${v.p(G.email(r), 'email')}`],
  ['rows/ca-sin-dq', (r, v) => `DQ rule PII_IN_FREE_TEXT fired on crm.notes (${r.int(2, 40)} rows). Examples:
  note_id=${r.int(100000, 999999)} body="Client ${v.p(G.fullName(r), 'person-name')} called from ${v.p(G.usPhone(r, 3), 'phone')}, SIN ${v.p(G.caSin(r), 'national-id-ca')}, wants direct deposit to acct ${v.f(G.acct(r), 'bank-account')}"
  note_id=${r.int(100000, 999999)} body="UK customer, NI number ${v.p(G.ukNino(r), 'national-id-uk')}, passport ${v.p(G.passport(r), 'passport-number')}"`],
  ['rows/sql-constraint', (r, v) => `ERROR:  duplicate key value violates unique constraint "payout_accounts_iban_key"
DETAIL:  Key (iban)=(${v.f(G.iban(r), 'iban')}) already exists.
CONTEXT:  COPY payout_accounts, line ${r.int(2, 9000)}: "${r.int(1000, 99999)},${v.p(G.fullName(r), 'person-name')},${v.f(G.iban(r), 'iban')},${v.p(G.email(r), 'email')}"`],
  ['rows/mysql-truncation', (r, v) => `pymysql.err.DataError: (1406, "Data too long for column 'card_number' at row 1")
[SQL: INSERT INTO stg_orders (order_id, card_number, card_cvc, shipping_address) VALUES (%(order_id)s, %(card_number)s, %(card_cvc)s, %(shipping_address)s)]
[parameters: {'order_id': ${r.int(1000000, 9999999)}, 'card_number': '${v.f(G.card(r, 'amex'), 'card-number')}', 'card_cvc': '${v.f(r.digits(4), 'cvv')}', 'shipping_address': '${v.p(G.address(r), 'street-address')}'}]`],
  ['rows/airflow-xcom', (r, v) => `[${G.ts(r)}] {python.py:237} INFO - Done. Returned value was: [{'user_id': ${r.int(1000, 99999)}, 'name': '${v.p(G.fullName(r), 'person-name')}', 'dob': '${v.p(G.dob(r), 'date-of-birth')}', 'iban': '${v.f(G.iban(r), 'iban')}', 'last_login_ip': '${v.p(G.publicIp(r), 'ip-address')}'}]`],
  ['rows/spark-show', (r, v) => `>>> df.filter("chargeback = true").show(2, truncate=False)
+--------+-------------------+----------------+-----------+
|order_id|customer           |card            |routing    |
+--------+-------------------+----------------+-----------+
|${r.int(10000000, 99999999)}|${v.p(G.fullName(r), 'person-name')}|${v.f(G.card(r, 'mc'), 'card-number')}|${v.f(G.aba(r), 'routing-number')}|
|${r.int(10000000, 99999999)}|${v.p(G.fullName(r), 'person-name')}|${v.f(G.card(r, 'disc'), 'card-number')}|${v.f(G.aba(r), 'routing-number')}|
+--------+-------------------+----------------+-----------+`],
  ['rows/support-ticket', (r, v) => {
    const n = G.fullName(r);
    return `Subject: Re: [DATA-${r.int(1000, 9999)}] customer asks why their data is in the marketing sync
From: ${v.p(n, 'person-name')} <${v.p(G.email(r, n), 'email')}>
Date: Tue, ${r.int(1, 28)} Apr 2026 09:${r.int(10, 59)}:12 +0100

Hi, I unsubscribed months ago. My details are still in your Hightouch audience: ${v.p(G.address(r), 'street-address')}, phone ${v.p(G.intlPhone(r), 'phone')}. Please delete them and refund the charge to ${v.f(G.ibanSpaced(G.iban(r, 'FR')), 'iban')}.`;
  }],
  ['rows/fraud-export', (r, v) => `{"alert":"dbt snapshot drift","model":"snap_fraud_reviews","sample":[{"reviewer":"ops","subject_name":"${v.p(G.fullName(r), 'person-name')}","passport":"${v.p(G.passport(r), 'passport-number')}","device_id":"${v.p(r.uuid().toUpperCase(), 'device-id')}","ip":"${v.p(G.publicIp(r), 'ip-address')}","card":"${v.f(G.card(r), 'card-number')}"}]}`],
  ['rows/ach-batch', (r, v) => {
    const acct = v.f(G.acct(r), 'bank-account');
    const name = v.p(G.fullName(r).toUpperCase().slice(0, 22).trim(), 'person-name');
    return `ACH file validation error (NACHA) in s3://${G.host(r)}-payouts/outbound/ach_${r.int(100, 999)}.txt line ${r.int(3, 90)}:
6${r.pick(['22', '27', '32'])}${v.f(G.aba(r), 'routing-number')}${acct.padStart(17, ' ')}000${r.digits(7)}${r.digits(15)}${name.padEnd(22, ' ')}  0
   ^ field 'DFI account number' must be left-justified`;
  }],
  ['rows/pii-scan-report', (r, v) => `Column classification report — schema crm_raw (Purview scan ${r.uuid().slice(0, 8)})
contacts.primary_email      Email address      ${v.p(G.email(r), 'email')}
contacts.mobile             Phone number       ${v.p(G.phone(r), 'phone')}
contacts.tax_id             U.S. SSN           ${v.p(G.ssn(r), 'ssn')}
payments.pan                Credit card        ${v.f(G.card(r), 'card-number')}
payments.iban               IBAN               ${v.f(G.iban(r), 'iban')}`],
  ['rows/stripe-fivetran', (r, v) => `fivetran stripe connector WARNING: row skipped in STRIPE.CUSTOMER (id cus_${G.alnum(r, 14)}): column SHIPPING_ADDRESS_LINE_1 value too long
  name=${v.p(G.fullName(r), 'person-name')} email=${v.p(G.email(r), 'email')} phone=${v.p(G.usPhone(r, 0), 'phone')} address="${v.p(G.address(r), 'street-address')}"`],
  ['rows/payout-reconcile', (r, v) => `reconcile_payouts.py: 2 mismatches between ledger and bank statement (${G.ts(r).slice(0, 10)})
  ledger : payee="${v.p(G.fullName(r), 'person-name')}" routing=${v.f(G.aba(r), 'routing-number')} account=${v.f(G.acct(r), 'bank-account')} amount=${r.int(100, 9000)}.${r.digits(2)}
  bank   : payee_iban=${v.f(G.iban(r, 'NL'), 'iban')} card_refund=${v.f(G.cardFmt(G.card(r, 'amex'), ' '), 'card-number')}`],
];

