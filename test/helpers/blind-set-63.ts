import type { BlindSetShape } from './blind-set-measure';
import { hash9 } from './blind-set-9-rng';
import { AIRFLOW63 } from './blind-set-63-airflow';
import { ELT63 } from './blind-set-63-elt';
import { FINANCE63 } from './blind-set-63-finance';
import { NEG63 } from './blind-set-63-negatives';
import { SECRETS63, SECRETS63B } from './blind-set-63-secrets';
import { STREAM63 } from './blind-set-63-stream';
import { G63, type Val63 } from './blind-set-63-values';
import { WAREHOUSE63 } from './blind-set-63-warehouse';

/** Every positive template of set 63 and the draws each gets. */
export const TEMPLATES63 = [...AIRFLOW63, ...WAREHOUSE63, ...ELT63, ...STREAM63, ...FINANCE63, ...SECRETS63, ...SECRETS63B];
const DRAWS = 5;
const NEG_DRAWS = 4;

/** A short value (<= 6 characters) must occur once in its text; a draw that breaks this is drawn again. */
const shortOnce = (text: string, vals: readonly Val63[]): boolean => vals.every((v) => v.value.length > 6 || text.split(v.value).length === 2);

/**
 * Sealed blind set 63: data pipelines, warehouses and change data capture as their failures reach an alert
 * (Airflow, dbt, Snowflake/BigQuery/Redshift/Databricks/ClickHouse, Fivetran/Airbyte/Stitch/Meltano/Singer,
 * Kafka Connect, Debezium, Spark/EMR, Flink, Glue, Data Factory, DMS, reverse ETL). Deterministic from the seed.
 */
export function buildBlindSet63(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Val63[] }[] = [];
  const negatives: { id: string; text: string }[] = [];
  for (const t of TEMPLATES63) {
    for (let k = 0; k < DRAWS; k++) {
      const id = `63-${t.s}-${t.t}-${k}`;
      for (let attempt = 0; ; attempt++) {
        const g = new G63(hash9(`${seed}/${id}/${attempt}`));
        const text = t.f(g);
        if (shortOnce(text, g.vals) || attempt > 40) {
          positives.push({ id, text, values: g.vals });
          break;
        }
      }
    }
  }
  for (const t of NEG63) {
    for (let k = 0; k < NEG_DRAWS; k++) {
      const id = `63-neg-${t.s}-${t.t}-${k}`;
      const g = new G63(hash9(`${seed}/${id}`));
      const text = t.f(g);
      if (g.vals.length > 0) throw new Error(`negative ${id} drew a value`);
      negatives.push({ id, text });
    }
  }
  return { positives, negatives };
}
