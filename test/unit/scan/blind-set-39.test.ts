import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet39 } from '../../helpers/blind-set-39';
import { formatOk39 } from '../../helpers/blind-set-39-format';

/** Sealed blind set 39: data engineering and analytics (warehouses, ELT/CDC, orchestration, Spark and notebooks, BI, reverse ETL, object storage, leaked customer rows); seed 1: P positives, V values (c credential, p personal, f financial), G negatives. */
describeBlindSet({ n: 39, build: buildBlindSet39, formatOk: formatOk39, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: {}, maxFlagged: 1 });

const s = buildBlindSet39(Number(process.env['BLIND39_SEED'] ?? 1));
const vals = s.positives.flatMap((p) => p.values);
const g = (x: string) => vals.filter((v) => v.group === x).length;
console.log(`STATS39 positives=${s.positives.length} values=${vals.length} cred=${g('credential')} pers=${g('personal')} fin=${g('financial')} neg=${s.negatives.length}`);
