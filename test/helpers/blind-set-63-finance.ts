import type { Tpl63 } from './blind-set-63-values';

/** Finance pipelines: payouts, ACH/SEPA/Bacs files, card vault migrations, reconciliation jobs. */
export const FINANCE63: Tpl63[] = [
  {
    s: 'airflow',
    t: 'nacha-entry-reject',
    f: (g) => {
      const p = g.person('us');
      const rt = g.routing();
      const acct = g.account();
      const nm = p.full.toUpperCase().slice(0, 22).padEnd(22);
      const pw = g.urlPw();
      return [
        `${g.afts()} {sftp.py:231} INFO - Uploading ACH_${g.iso().slice(0, 10).replace(/-/g, '')}.txt to sftp://payouts:${pw}@sftp.bankpartner.com:22/inbound/`,
        `${g.afts(3)} {nacha_validate.py:57} ERROR - Entry detail record rejected (R03 No Account/Unable to Locate Account):`,
        `622${rt}${acct.padEnd(17)}${String(g.int(100, 999999)).padStart(10, '0')}${String(g.int(1, 99999)).padStart(15, ' ')}${nm}  0${g.r.digits(15)}`,
        `${g.afts(3)} {nacha_validate.py:61} ERROR - routing=${rt} account=${acct} holder="${g.name(p)}"`,
      ].join('\n');
    },
  },
  {
    s: 'debezium',
    t: 'bank-accounts-update',
    f: (g) => {
      const p = g.person('us');
      const rt0 = g.routing();
      const a0 = g.account();
      const rt1 = g.routing();
      const a1 = g.account();
      const id = g.int(1000, 99999);
      return JSON.stringify({
        before: { id, holder_name: p.full, routing_number: rt0, account_number: a0, account_type: 'checking', verified: true },
        after: { id, holder_name: g.name(p), routing_number: rt1, account_number: a1, account_type: 'savings', verified: false },
        source: { connector: 'postgresql', name: 'payouts', db: 'payouts', schema: 'public', table: 'bank_accounts', lsn: g.int(1e7, 9e8) },
        op: 'u',
        ts_ms: g.ms(),
      });
    },
  },
  {
    s: 'spark',
    t: 'card-vault-migration',
    f: (g) => {
      const ak = g.awsId();
      const sk = g.awsSecret();
      const lines: string[] = [];
      for (let i = 0; i < 2; i++) {
        const p = g.person();
        lines.push(`  Row(customer_id=${g.int(100000, 999999)}, cardholder='${g.name(p)}', pan='${g.card()}', exp='${String(g.int(1, 12)).padStart(2, '0')}/${g.int(26, 31)}', iban='${g.iban()}')`);
      }
      return [
        `${g.sparkts()} ERROR vault_migration: tokenization call failed for batch ${g.int(1, 400)}; sample of rows that were not tokenized:`,
        ...lines,
        `${g.sparkts()} INFO vault_migration: boto3 session: aws_access_key_id=${ak} aws_secret_access_key=${sk} region=${g.awsRegion()}`,
      ].join('\n');
    },
  },
  {
    s: 'kafka',
    t: 'sepa-credit-transfers',
    f: (g) => {
      const lines: string[] = [`$ kcat -b kafka:9092 -t payments.sepa.outbound -C -o -2 -e -q`];
      for (let i = 0; i < 2; i++) {
        const p = g.person(g.pick(['de', 'fr', 'nl', 'es', 'it'] as const));
        const c = p.origin === 'de' ? 'DE' : p.origin === 'fr' ? 'FR' : p.origin === 'nl' ? 'NL' : p.origin === 'es' ? 'ES' : 'BE';
        lines.push(JSON.stringify({ end_to_end_id: `E2E-${g.hex(12).toUpperCase()}`, debtor_iban: g.iban('DE'), creditor: { name: g.name(p), iban: g.iban(c as 'DE') }, amount: { value: `${g.int(10, 9000)}.${g.int(10, 99)}`, currency: 'EUR' }, remittance: `INV-${g.int(10000, 99999)}` }));
      }
      return lines.join('\n');
    },
  },
  {
    s: 'dms',
    t: 'bacs-direct-debits',
    f: (g) => {
      const p = g.person('uk');
      const sc = g.sortCode();
      const acct = g.ukAccount();
      const pw = g.pw();
      return [
        `${g.iso()} [TARGET_LOAD     ]E:  Failed to load row into 'finance.direct_debit_mandates': ERROR: duplicate key value violates unique constraint "mandates_ref_key" (csv_target.c:1140)`,
        `  Key (reference)=(DD-${g.int(100000, 999999)}) row: ['${g.name(p)}', '${sc}', '${acct}', '${g.iban('GB')}', 'ACTIVE']`,
        `${g.iso(1)} [TARGET_LOAD     ]D:  target endpoint: host=finance-pg.internal user=dms_finance password=${pw}`,
      ].join('\n');
    },
  },
  {
    s: 'dbt',
    t: 'recon-test-failures',
    f: (g) => {
      const rows: string[] = [];
      for (let i = 0; i < 2; i++) {
        rows.push(`| po_${g.r.b62(14)} | ${g.iban(undefined, true).padEnd(34)} | ${g.routing()} | ${g.account().padEnd(12)} | ${g.int(10, 9999)}.${g.int(10, 99)} |`);
      }
      return [
        `${g.sqlts().slice(11, 19)}  Failure in test assert_payouts_match_bank_statement (tests/finance/assert_payouts_match_bank_statement.sql)`,
        `${g.sqlts().slice(11, 19)}    Got 2 results, configured to fail if != 0`,
        `| payout_id          | beneficiary_iban                   | routing   | account      | diff   |`,
        `| ------------------ | ---------------------------------- | --------- | ------------ | ------ |`,
        ...rows,
      ].join('\n');
    },
  },
  {
    s: 'redshift',
    t: 'card-load-error',
    f: (g) => {
      const p = g.person();
      const card = g.card(g.pick(['plain', 'space', 'dash'] as const));
      return [
        `ERROR:  Load into table 'legacy_orders' failed.  Check 'stl_load_errors' system table for details.`,
        `raw_field_value | ${card}`,
        `raw_line        | ${g.int(100000, 999999)},${g.name(p)},${card},${g.iban()},${g.int(10, 900)}.${g.int(10, 99)},EUR`,
        `err_reason      | String length exceeds DDL length`,
      ].join('\n');
    },
  },
  {
    s: 'airbyte',
    t: 'file-source-mandates',
    f: (g) => {
      const key = g.awsId();
      const sec = g.awsSecret();
      const lines = [`mandate_id;account_holder;iban;bic;signed_on`];
      for (let i = 0; i < 2; i++) {
        const p = g.person(g.pick(['de', 'fr', 'nl'] as const));
        lines.push(`MD${g.int(100000, 999999)};${g.name(p)};${g.iban(p.origin === 'de' ? 'DE' : p.origin === 'fr' ? 'FR' : 'NL', true)};${g.pick(['COBADEFFXXX', 'BNPAFRPPXXX', 'INGBNL2A'])};${g.iso().slice(0, 10)}`);
      }
      return [
        `${g.pyts()} source > Reading s3://acme-finance-drop/sepa/mandates.csv with provider {"storage": "S3", "aws_access_key_id": "${key}", "aws_secret_access_key": "${sec}"}`,
        `${g.pyts(1)} source > ParserError: Error tokenizing data. C error: Expected 5 fields in line 3, saw 6`,
        `${g.pyts(1)} source > first lines of file:`,
        ...lines,
      ].join('\n');
    },
  },
  {
    s: 'snowflake',
    t: 'masking-policy-bypass',
    f: (g) => {
      const rows: string[] = [];
      for (let i = 0; i < 2; i++) {
        const p = g.person();
        rows.push(`| ${String(g.int(100000, 999999)).padEnd(11)} | ${g.name(p).padEnd(30)} | ${g.card('plain').padEnd(16)} | ${g.iban().padEnd(27)} |`);
      }
      return [
        `-- audit alert: query ${`01b${g.hex(5)}-0${g.hex(3)}-${g.hex(4)}-0000-${g.hex(12)}`} by role SYSADMIN read PII.CARDS without masking policy`,
        `+-------------+--------------------------------+------------------+-----------------------------+`,
        `| CUSTOMER_ID | CARDHOLDER_NAME                | PAN              | IBAN                        |`,
        `|-------------+--------------------------------+------------------+-----------------------------|`,
        ...rows,
        `+-------------+--------------------------------+------------------+-----------------------------+`,
      ].join('\n');
    },
  },
  {
    s: 'stitch',
    t: 'tap-quickbooks-vendor',
    f: (g) => {
      const p = g.person('us');
      const at = g.jwt({ iss: 'intuit', aud: 'quickbooks', realmid: g.r.digits(19), exp: Math.floor(g.ms() / 1000) + 3600 }, 'HS256');
      return [
        `tap - DEBUG GET https://quickbooks.api.intuit.com/v3/company/${g.r.digits(19)}/query?query=select%20*%20from%20Vendor headers={'Authorization': 'Bearer ${at}'}`,
        `tap - WARNING Vendor ${g.int(100, 9999)} failed schema validation: {"DisplayName": "${g.name(p)}", "TaxIdentifier": "${g.ssn()}", "BankAccount": {"RoutingNumber": "${g.routing()}", "AccountNumber": "${g.account()}"}}`,
      ].join('\n');
    },
  },
  {
    s: 'fivetran',
    t: 'sftp-payout-csv',
    f: (g) => {
      const pw = g.pw();
      const lines = [`payee_name,bank_routing,bank_account,card_for_refund`];
      for (let i = 0; i < 2; i++) {
        const p = g.person('us');
        lines.push(`"${g.name(p)}",${g.routing()},${g.account()},${g.card()}`);
      }
      return [
        `${g.iso()} SEVERE [sftp] Failed to parse file /outbound/payouts_${g.iso().slice(0, 10)}.csv: Unexpected column count at line 3`,
        `${g.iso()} INFO   [sftp] connection: host=sftp.payroll-partner.com user=fivetran password=${pw} port=22`,
        ...lines,
      ].join('\n');
    },
  },
  {
    s: 'flink',
    t: 'fraud-window-dump',
    f: (g) => {
      const out: string[] = [];
      for (let i = 0; i < 2; i++) {
        out.push(`+I[${g.card()}, ${g.ip()}, ${g.int(3, 40)}, ${g.int(100, 9000)}.${g.int(10, 99)}]`);
      }
      return [
        `${g.pyts()} WARN  com.acme.fraud.VelocityJob [] - Window [${g.iso().slice(11, 19)}, ${g.iso(300).slice(11, 19)}) exceeded threshold; emitting to topic fraud.alerts:`,
        ...out,
      ].join('\n');
    },
  },
];
