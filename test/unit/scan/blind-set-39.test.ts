import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet39 } from '../../helpers/blind-set-39';
import { formatOk39 } from '../../helpers/blind-set-39-format';

/** Sealed blind set 39: data engineering and analytics (warehouses and lakehouses, ELT/CDC, orchestration, Spark/EMR and notebooks, BI, reverse ETL, object storage, customer rows in error logs); seed 1: 615 positives, 1685 values (895 credential, 555 personal, 235 financial), 204 negatives. */
describeBlindSet({ n: 39, build: buildBlindSet39, formatOk: formatOk39, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: {}, maxFlagged: 1 });
