import * as G from './blind-set-39-values';
import type { Tpl39 } from './blind-set-39-values';

/** More negatives of the theme: run ids, offsets, lineage events, redacted and key-less auth, documentation test data. */
export const negatives39b: Tpl39[] = [
  ['neg/airbyte-sync-summary', (r) => `${G.ts(r)} replication-orchestrator > sync summary: {"status":"completed","recordsSynced":${r.int(1e3, 9e7)},"bytesSynced":${r.int(1e6, 9e10)},"startTime":${1767000000000 + r.int(0, 9e9)},"totalStats":{"recordsEmitted":${r.int(1e3, 9e7)},"stateMessagesEmitted":${r.int(1, 900)}}} jobId=${r.int(10000, 999999)} attempt=0 connectionId=${r.uuid()}`],
  ['neg/gx-success', (r) => `Validation Result: SUCCESS  (${r.int(20, 90)} of ${r.int(20, 90)} expectations)
run_id: {"run_name": "20260${r.int(1, 9)}1${r.int(0, 9)}-0${r.int(1, 9)}00${r.int(10, 59)}-nightly", "run_time": "${G.ts(r)}"}
batch_id: ${r.hex(32)}
data_asset: snowflake_prod.marts.${G.table(r)}`],
  ['neg/looker-sql-runner', (r) => `-- Looker SQL Runner, slug ${G.alnum(r, 22)}
SELECT MD5(LOWER(email)) AS email_md5, SHA2(phone, 256) AS phone_sha256, COUNT(*) AS orders
FROM marts.${G.table(r)}
WHERE created_at >= DATEADD(day, -${r.int(7, 90)}, CURRENT_DATE)
GROUP BY 1, 2  -- query ${r.int(1e6, 9e7)} (cache key ${r.hex(32)})`],
  ['neg/powerbi-refresh-history', (r) => `{"value":[{"requestId":"${r.uuid()}","id":${r.int(1e8, 9e9)},"refreshType":"ViaApi","startTime":"${G.ts(r)}","endTime":"${G.ts(r)}","status":"Completed"}],"@odata.context":"https://api.powerbi.com/v1.0/myorg/groups/${r.uuid()}/datasets/${r.uuid()}/refreshes"}`],
  ['neg/debezium-offsets', (r) => `{"file":"mysql-bin.00${r.int(1000, 9999)}","pos":${r.int(1e4, 9e8)},"gtids":"${r.uuid()}:1-${r.int(1e5, 9e7)},${r.uuid()}:1-${r.int(10, 9e4)}","row":1,"server_id":${r.int(1e8, 9e9)},"event":2,"ts_sec":${1767000000 + r.int(0, 9e6)}}`],
  ['neg/openlineage-event', (r) => `{"eventType":"COMPLETE","eventTime":"${G.ts(r)}","run":{"runId":"${r.uuid()}"},"job":{"namespace":"airflow://prod","name":"load_customers.extract"},"inputs":[{"namespace":"snowflake://${G.sfAccount(r)}","name":"RAW.CRM.CONTACTS"}],"producer":"https://github.com/apache/airflow/tree/providers-openlineage/1.${r.int(8, 14)}.0","schemaURL":"https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"}`],
  ['neg/sas-redacted', (r) => `azcopy: INFO: Source: https://${G.host(r)}share.blob.core.windows.net/partner-drop/?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T00:00:00Z&spr=https&sig=-REDACTED-
azcopy: Job ${r.uuid()} has started; log file /root/.azcopy/${r.uuid()}.log`],
  ['neg/iam-jdbc', (r) => `jdbc:redshift:iam://${G.host(r)}-dw.c${G.lower(r, 11)}.${G.region(r)}.redshift.amazonaws.com:5439/dev?DbUser=looker&AutoCreate=true&Profile=bi-readonly
jdbc:snowflake://${G.sfAccount(r)}.snowflakecomputing.com/?authenticator=externalbrowser&user=ANALYST&role=REPORTER
jdbc:databricks://adb-${r.digits(16)}.${r.int(1, 19)}.azuredatabricks.net:443/default;transportMode=http;ssl=1;AuthMech=11;Auth_Flow=2`],
  ['neg/k8s-secret-refs', (r) => `        env:
        - name: SNOWFLAKE_PASSWORD
          valueFrom:
            secretKeyRef: { name: dbt-snowflake, key: password }
        - name: GIT_SHA
          value: "${r.hex(40)}"
        image: ${r.digits(12)}.dkr.ecr.${G.region(r)}.amazonaws.com/dbt-runner@sha256:${r.hex(64)}`],
  ['neg/sts-identity', (r) => `$ aws sts get-caller-identity
{
    "UserId": "AROA${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}:botocore-session-${r.digits(10)}",
    "Account": "${r.digits(12)}",
    "Arn": "arn:aws:sts::${r.digits(12)}:assumed-role/emr-ec2-role/botocore-session-${r.digits(10)}"
}`],
  ['neg/iceberg-snapshot', (r) => `{"snapshot-id":${r.int(1, 9)}${r.digits(18)},"parent-snapshot-id":${r.int(1, 9)}${r.digits(18)},"sequence-number":${r.int(1, 9000)},"timestamp-ms":${1767000000000 + r.int(0, 9e9)},"manifest-list":"s3://${G.host(r)}-lake/warehouse/orders/metadata/snap-${r.digits(19)}-1-${r.uuid()}.avro","summary":{"operation":"append","added-data-files":"${r.int(1, 90)}"}}`],
  ['neg/delta-commit', (r) => `{"commitInfo":{"timestamp":${1767000000000 + r.int(0, 9e9)},"userId":"${r.digits(16)}","operation":"MERGE","operationParameters":{"predicate":"[\\"(id#${r.int(100, 9999)}L = id#${r.int(100, 9999)}L)\\"]"},"notebook":{"notebookId":"${r.digits(16)}"},"clusterId":"0${r.digits(3)}-${r.digits(6)}-${G.lower(r, 8)}","readVersion":${r.int(1, 900)},"isolationLevel":"WriteSerializable","txnId":"${r.uuid()}"}}`],
  ['neg/dbt-cloud-run', (r) => `{"data":{"id":${r.int(1e8, 9e8)},"trigger":{"cause":"Triggered via API","git_sha":"${r.hex(40)}"},"job_definition_id":${r.int(1e5, 9e5)},"status_humanized":"Success","duration_humanized":"${r.int(1, 59)} minutes, ${r.int(1, 59)} seconds","href":"https://cloud.getdbt.com/deploy/${r.int(1e4, 9e4)}/projects/${r.int(1e5, 9e5)}/runs/${r.int(1e8, 9e8)}/"}}`],
  ['neg/test-fixtures', (r) => `# staging smoke test (Stripe test mode and the documentation IBAN; no real data)
STRIPE_KEY=sk_test_${'x'.repeat(24)}
card: 4242 4242 4242 4242, any CVC, any future expiry
iban: GB82 WEST 1234 5698 7654 32
expected decline code for card 4000 0000 0000 0002: card_declined (fixture ${r.int(1, 90)})`],
  ['neg/census-run', (r) => `Census sync ${r.int(1e4, 9e5)} run ${r.int(1e6, 9e7)}: completed. source=marts.${G.table(r)} destination=salesforce objects=Contact records_processed=${r.int(10, 9e5)} records_updated=${r.int(10, 9e5)} records_failed=0 invalid_records=0 started=${G.ts(r)}`],
];
