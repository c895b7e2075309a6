import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet63 } from '../../helpers/blind-set-63';
import { formatOk63 } from '../../helpers/blind-set-63-format';

/** Sealed blind set 63: data pipelines, warehouses and change data capture as their failures reach an alert (Airflow task logs, connections, variables and configuration; dbt runs, profiles.yml and dbt Cloud; Snowflake, BigQuery, Redshift, Databricks and ClickHouse client errors, configs and connection strings; Fivetran, Airbyte, Stitch, Meltano and Singer taps; Kafka Connect configs and REST errors, Debezium change events with customer rows, Spark/EMR, Flink, Glue, Data Factory, DMS; reverse ETL to HubSpot, Salesforce, Zendesk and Braze) carrying database passwords, warehouse keys, cloud keys, SaaS source tokens and the customer and payment rows they move; seed 1: 670 positives from 134 templates, 1955 values (1020 credential, 645 personal, 290 financial), 200 negatives from 50 templates.
 * First sight: seeds 1–5 95.9–96.0 % covered (credential 97.5 %, personal 94.6–94.9 %, financial 93.1 %), 0.0 % flagged.
 * Tuned (round r63): Vietnamese-lettered names in rows, under customer keys and as JSON escapes; a name before a routing
 * number and an account; UK sort codes, accounts and spaced NINOs as quoted cells with the name beside them; DNI and
 * birth-date cells beside a mailbox; birth dates in date-parse errors; spark-defaults, Flink configuration and
 * SecureString secrets; Flink's hyphenated Schema Registry user-info; Dutch house-number suffixes. Seeds 1–5 100.0 %, 0.0 % flagged.
 */
describeBlindSet({ n: 63, build: buildBlindSet63, formatOk: formatOk63, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.998, minByGroup: { credential: 0.998, personal: 0.997, financial: 0.997 }, maxFlagged: 0.005 });
