import { G80, type Val80 } from './blind-set-80-creds';
import { negTpls } from './blind-set-80-neg';
import { hash80, Rng80 } from './blind-set-80-rng';
import { datadogTpls, otelTpls, sentryTpls, tracingTpls, type Tpl80 } from './blind-set-80-tpl-a';
import { azureTpls, cloudwatchTpls, envoyTpls, gcpTpls, k8sTpls, wafTpls } from './blind-set-80-tpl-b';
import { ciTpls, gatewayTpls, grafanaTpls, incidentTpls, nginxTpls, siemTpls, syslogTpls, vaultTpls } from './blind-set-80-tpl-c';

/** Every positive template of set 80, by source family. */
export const allTpls80: Tpl80[] = [
  ...sentryTpls, ...otelTpls, ...tracingTpls, ...datadogTpls, ...cloudwatchTpls, ...gcpTpls, ...azureTpls, ...k8sTpls, ...envoyTpls,
  ...wafTpls, ...gatewayTpls, ...nginxTpls, ...incidentTpls, ...grafanaTpls, ...siemTpls, ...ciTpls, ...vaultTpls, ...syslogTpls,
];

/** How many cases each negative template yields. */
const NEG_PER_TPL = 9;

/** Sealed blind set 80: observability and security pipelines relaying leaked data into alerts. */
export function buildBlindSet80(seed: number): { positives: { id: string; text: string; values: Val80[] }[]; negatives: { id: string; text: string }[] } {
  const positives: { id: string; text: string; values: Val80[] }[] = [];
  for (const [family, name, count, build] of allTpls80) {
    for (let k = 0; k < count; k++) {
      const id = `${family}/${name}/${k}`;
      const g = new G80(new Rng80(hash80(`${seed}:${id}`)));
      const text = build(g);
      const seen = new Set<string>();
      const values = g.vals.filter((v) => (seen.has(v.value) ? false : (seen.add(v.value), true)));
      positives.push({ id, text, values });
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const [family, name, build] of negTpls) {
    for (let k = 0; k < NEG_PER_TPL; k++) {
      const id = `${family}/neg-${name}/${k}`;
      negatives.push({ id, text: build(new Rng80(hash80(`${seed}:${id}`))) });
    }
  }
  return { positives, negatives };
}
