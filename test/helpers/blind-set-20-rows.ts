import { fin, once20, pers, pos, pyts20, iso20, type PosCase20 } from './blind-set-20-types';
import { aba, bsn, btcLegacy, card, cpf, dni, iban, nir, pesel, sin, spaced, ssn } from './blind-set-20-values';
import { person, publicIp, publicIp6 } from './blind-set-20-people';

/** Rejected-record files, dead-letter rows, DataFrame prints and data-quality failures that carry customer rows. */
export const rowCases: Record<string, PosCase20> = {
  'rejects/csv-file': (r) => {
    const a = person(r);
    const b = person(r);
    return pos(`==> /data/rejects/contacts_${iso20(r).slice(0, 10)}.rej <==\n"reason","line","first_name","last_name","email","phone","street","city","state","zip"\n"zip not numeric",${r.int(2, 999)},"${a.first}","${a.last}","${a.email}","${a.phone}","${a.street}","${a.city}","${a.state}","${a.zip}x"\n"email missing @",${r.int(2, 999)},"${b.first}","${b.last}","${b.email.replace('@', '')}","${b.phone}","${b.street}","${b.city}","${b.state}","${b.zip}"`, pers('email', a.email), pers('phone', a.phone), pers('phone', b.phone), pers('street-address', a.street));
  },
  'rejects/tsv-ssn': (r) => {
    const p = person(r);
    const s = ssn(r);
    return pos(`load_applicants.py ${pyts20(r)} WARNING rejected 1 row(s) from applicants.tsv (column count 7 != 6):\n${r.int(10000, 99999)}\t${p.first}\t${p.last}\t${s}\t${p.dob}\t${p.email}\textra`, pers('ssn', s), pers('birth-date', p.dob), pers('email', p.email));
  },
  'rejects/jsonl-dlq': (r) => {
    const p = person(r);
    const ip = publicIp6(r);
    return pos(`gsutil cat gs://acme-dlq/events/2026/12/03/dlq-00007.jsonl | head -2\n{"error":"schema mismatch: field 'marketing_opt_in' expected BOOLEAN","row":{"user_id":"${r.uuid()}","email":"${p.email}","ip_address":"${ip}","marketing_opt_in":"yes"}}\n{"error":"schema mismatch","row":{"user_id":"${r.uuid()}","email":null}}`, pers('email', p.email), pers('customer-ip', ip));
  },
  'pandas/df-print': (r) => {
    const a = person(r);
    const b = person(r);
    return pos(`ValueError: cannot convert float NaN to integer\n\nDuring handling of the above exception, the failing frame was:\n   customer_id         full_name               email            phone         dob\n0        ${r.int(10000, 99999)}  ${a.first} ${a.last}  ${a.email}  ${a.phone}  ${a.dob}\n1        ${r.int(10000, 99999)}  ${b.first} ${b.last}  ${b.email}  ${b.phone}         NaN`, pers('email', a.email), pers('email', b.email), pers('birth-date', a.dob), pers('phone', b.phone));
  },
  'pandas/df-cards': (r) =>
    once20(() => {
      const c1 = card(r);
      const c2 = card(r);
      return pos(`>>> df[df.amount.isna()].head()\n       txn_id            card_number  amount    merchant\n412   t_${r.digits(8)}  ${c1}     NaN  ACME STORE ${r.int(10, 99)}\n977   t_${r.digits(8)}  ${c2}     NaN  ACME ONLINE`, fin('card', c1), fin('card', c2));
    }),
  'pyspark/row-repr': (r) => {
    const p = person(r);
    const i = iban(r, 'DE');
    return pos(`pyspark.errors.exceptions.captured.AnalysisException: [CAST_INVALID_INPUT] The value 'N/A' of the type "STRING" cannot be cast to "DECIMAL(12,2)"\nfailing row: Row(payee_name='${p.first} ${p.last}', payee_iban='${i}', payee_email='${p.email}', amount='N/A')`, fin('iban', i), pers('email', p.email));
  },
  'ge/unexpected-list': (r) => {
    const a = person(r);
    const b = person(r);
    return pos(`{"success": false, "expectation_config": {"expectation_type": "expect_column_values_to_match_regex", "kwargs": {"column": "phone", "regex": "^\\\\+[1-9]\\\\d{7,14}$"}}, "result": {"element_count": ${r.int(1000, 99999)}, "unexpected_count": 2, "partial_unexpected_list": ["${a.phone}", "${b.phone}"]}}`, pers('phone', a.phone), pers('phone', b.phone));
  },
  'ge/unexpected-ssn-index': (r) => {
    const s1 = ssn(r);
    const s2 = ssn(r);
    return pos(`Validation failed: expect_column_values_to_be_unique(column="tax_id") on batch hr.employees\n  unexpected_index_list: [{"employee_id": ${r.int(100, 999)}, "tax_id": "${s1}"}, {"employee_id": ${r.int(100, 999)}, "tax_id": "${s2}"}]`, pers('ssn', s1), pers('ssn', s2));
  },
  'dbt/test-accepted-values-rows': (r) => {
    const p = person(r);
    const id = sin(r);
    return pos(`${iso20(r).slice(11, 19)}  Warning in test not_null_stg_members_sin (models/staging/schema.yml)\n  Got 1 result, configured to warn if != 0\n  dbt show --select stg_members --limit 1\n| member_id | full_name | sin | email |\n| --------- | --------- | --- | ----- |\n| ${r.int(1000, 9999)} | ${p.first} ${p.last} | ${id} | ${p.email} |`, pers('sin', id), pers('email', p.email));
  },
  'sql/insert-values': (r) => {
    const p = person(r);
    const n = nir(r);
    return pos(`ERROR 1406 (22001) at line ${r.int(10, 9999)}: Data too long for column 'city' at row 1\nINSERT INTO patients (nir, nom, prenom, date_naissance, telephone, adresse) VALUES ('${n}', '${p.last}', '${p.first}', '${p.dob}', '${p.phone}', '${p.address}');`, pers('fr-nir', n), pers('birth-date', p.dob), pers('phone', p.phone));
  },
  'sql/copy-stdin': (r) => {
    const p = person(r);
    const q = person(r);
    return pos(`psql:restore.sql:${r.int(100, 9999)}: ERROR:  extra data after last expected column\nCONTEXT:  COPY customers, line 2: "${r.int(100, 999)}\t${q.email}\t${q.phone}\t${q.dob}\t\\N\textra"\nCOPY customers (id, email, phone, dob, deleted_at) FROM stdin;\n${r.int(100, 999)}\t${p.email}\t${p.phone}\t${p.dob}\t\\N`, pers('email', q.email), pers('email', p.email), pers('phone', p.phone));
  },
  'sql/ach-insert': (r) =>
    once20(() => {
      const rt = aba(r);
      const ac = r.digits(r.int(8, 12));
      return pos(`ERROR:  new row for relation "ach_payouts" violates check constraint "amount_positive"\nDETAIL:  Failing row contains (${r.int(10000, 99999)}, Hollis Creek Farms, ${rt}, ${ac}, checking, -${r.int(10, 9999)}.00, ${iso20(r).slice(0, 10)}).`, fin('aba-routing', rt), fin('bank-account', ac));
    }),
  'sql/failing-row-card': (r) =>
    once20(() => {
      const c = card(r);
      const cvc = r.digits(r.pick([3, 4]));
      return pos(`ERROR:  null value in column "merchant_id" of relation "card_auth_log" violates not-null constraint\nDETAIL:  Failing row contains (${r.int(100000, 999999)}, null, ${c}, ${cvc}, 12/${r.int(27, 31)}, ${r.int(1, 999)}.${r.digits(2)}, approved).`, fin('card', c), fin('cvc', cvc));
    }),
  'notebook/spaced-card-print': (r) =>
    once20(() => {
      const c = card(r);
      const s = spaced(c);
      return pos(`In [7]: print(chargebacks.iloc[0])\ncase_id               CB-${r.int(10000, 99999)}\ncardholder            Dana Whitcombe\npan                   ${s}\nreason_code           4837\nName: 0, dtype: object`, fin('card-spaced', s));
    }),
  'rejects/parquet-dump': (r) => {
    const p = person(r);
    const id = pesel(r);
    return pos(`parquet-tools cat --json s3://acme-lake/quarantine/pl_customers/part-00000.snappy.parquet\n{"customer_id":${r.int(1000, 9999)},"pesel":"${id}","imie":"${p.first}","nazwisko":"${p.last}","email":"${p.email}","_quarantine_reason":"pesel_checksum_unverified"}`, pers('pesel', id), pers('email', p.email));
  },
  'rejects/nl-bsn-xlsx': (r) => {
    const p = person(r);
    const id = bsn(r);
    return pos(`openpyxl import: sheet "Medewerkers" row ${r.int(2, 300)} rejected: column "IBAN" empty\nvalues: ['${p.last}', '${p.first}', '${id}', '${p.dob}', None, '${p.email}']`, pers('bsn', id), pers('email', p.email));
  },
  'rejects/br-cpf-json': (r) => {
    const p = person(r);
    const id = cpf(r);
    const raw = id.replace(/\D/g, '');
    return pos(`{"level":"warn","ts":"${iso20(r)}","msg":"cliente rejeitado","motivo":"CPF duplicado","cliente":{"cpf":"${raw}","nome":"${p.first} ${p.last}","celular":"${p.phone}"}}`, pers('cpf', raw), pers('phone', p.phone));
  },
  'rejects/es-dni-iban': (r) => {
    const d = dni(r);
    const i = iban(r, 'FR');
    return pos(`[ERROR] ${iso20(r)} sepa-import fila ${r.int(2, 999)}: mandato sin firma; titular NIF ${d}, cuenta ${i}`, pers('dni', d), fin('iban', i));
  },
  'ge/card-regex-failure': (r) =>
    once20(() => {
      const c = card(r, 'amex');
      const d = card(r, 'mc');
      return pos(`Expectation expect_column_values_to_not_match_regex(column="notes", regex="\\\\d{13,19}") FAILED on 2 of ${r.int(1000, 9999)} rows\npartial_unexpected_list: ["customer read card ${c} over phone", "refund to ${spaced(d, '-')} pls"]`, fin('card', c), fin('card-dashed', spaced(d, '-')));
    }),
  'pandas/iban-to-dict': (r) => {
    const a = iban(r);
    const b = iban(r);
    return pos(`KeyError: 'bic'\nrecord = {'vendor_id': ${r.int(100, 999)}, 'iban': '${a}', 'alt_iban': '${b}', 'bic': None}`, fin('iban', a), fin('iban', b));
  },
  'notebook/crypto-payouts': (r) => {
    const a = btcLegacy(r);
    return pos(`Out[22]:\n   payout_id   asset                             address   amount\n0  po_${r.hex(8)}  BTC  ${a}   0.0${r.digits(4)}`, fin('btc-address', a));
  },
  'rejects/bank-csv': (r) =>
    once20(() => {
      const rt = aba(r);
      const ac = r.digits(10);
      const p = person(r);
      return pos(`direct_deposit_import: row ${r.int(2, 400)} rejected (routing number not found in FedACH directory)\nemployee,email,routing,account,type\n"${p.last}, ${p.first}",${p.email},${rt},${ac},CHECKING`, fin('aba-routing', rt), fin('bank-account', ac), pers('email', p.email));
    }),
  'sql/update-where-email': (r) => {
    const p = person(r);
    return pos(`${iso20(r)} UTC [${r.int(1000, 99999)}] app@crm LOG:  duration: ${r.int(1000, 9999)}.${r.digits(3)} ms  statement: UPDATE customers SET phone = '${p.phone}', address_line1 = '${p.street}' WHERE email = '${p.email}'`, pers('phone', p.phone), pers('email', p.email), pers('street-address', p.street));
  },
  'ge/ip-failure': (r) => {
    const a = publicIp(r);
    const b = publicIp(r);
    return pos(`dbt_expectations.expect_column_values_to_be_in_set FAILED model=fct_logins column=login_country\nfailing rows (user_id, login_ip, login_country): (${r.uuid()}, ${a}, 'ZZ'), (${r.uuid()}, ${b}, 'ZZ')`, pers('customer-ip', a), pers('customer-ip', b));
  },
  'rejects/card-expiry-split': (r) =>
    once20(() => {
      const c = card(r, 'visa');
      const cvc = r.digits(3);
      return pos(`card_import WARN line ${r.int(2, 999)}: expiry "13/${r.int(27, 31)}" invalid\n| holder          | number           | exp   | cvc |\n| Rafaela Moretti | ${c} | 13/${r.int(27, 31)} | ${cvc} |`, fin('card', c), fin('cvc', cvc));
    }),
  'pyspark/show-accounts': (r) =>
    once20(() => {
      const p = iban(r, 'NL');
      const q = iban(r, 'GB');
      return pos(`+------+----------------------+--------+\n|vendor|iban                  |currency|\n+------+----------------------+--------+\n|V${r.digits(4)} |${p.padEnd(22)}|EUR     |\n|V${r.digits(4)} |${q.padEnd(22)}|GBP     |\n+------+----------------------+--------+`, fin('iban', p), fin('iban', q));
    }),
};
