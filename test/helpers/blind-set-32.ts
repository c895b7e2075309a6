import type { BlindSetShape } from './blind-set-measure';
import { Rng32, hash32 } from './blind-set-32-rng';
import { type Draft32, type NegTpl32, type Tpl32 } from './blind-set-32-kit';
import { CI_TEMPLATES } from './blind-set-32-ci';
import { IAC_TEMPLATES } from './blind-set-32-iac';
import { K8S_TEMPLATES } from './blind-set-32-k8s';
import { CONFIG_TEMPLATES } from './blind-set-32-config';
import { CLOUD_TEMPLATES } from './blind-set-32-cloud';
import { OPS_TEMPLATES } from './blind-set-32-ops';
import { PEOPLE_TEMPLATES } from './blind-set-32-people-cases';
import { BILLING_TEMPLATES } from './blind-set-32-billing';
import { NEGATIVE_TEMPLATES } from './blind-set-32-negatives';

/** The positive areas of set 32 with how many times each of their templates is drawn. */
export const AREAS_32: readonly { area: string; draws: number; templates: Record<string, Tpl32> }[] = [
  { area: 'ci', draws: 8, templates: CI_TEMPLATES },
  { area: 'iac', draws: 8, templates: IAC_TEMPLATES },
  { area: 'k8s', draws: 8, templates: K8S_TEMPLATES },
  { area: 'config', draws: 8, templates: CONFIG_TEMPLATES },
  { area: 'cloud', draws: 8, templates: CLOUD_TEMPLATES },
  { area: 'ops', draws: 8, templates: OPS_TEMPLATES },
  { area: 'people', draws: 4, templates: PEOPLE_TEMPLATES },
  { area: 'billing', draws: 13, templates: BILLING_TEMPLATES },
];

/** How many times each negative template is drawn. */
export const NEGATIVE_DRAWS_32 = 8;

/** Whether a draft is usable: every value inside the text, short values exactly once. */
function usable(d: Draft32): boolean {
  return d.values.every((v) => v.value.length > 0 && d.text.includes(v.value) && (v.value.length > 6 || d.text.split(v.value).length === 2));
}

/**
 * Sealed blind set 32 ("CI/CD, infrastructure-as-code and cloud operations"): failing CI jobs,
 * Terraform/Pulumi/CloudFormation artifacts, Kubernetes manifests and kubeconfigs, registry and
 * cloud CLI configs, Vault/monitoring/migration output, people in git and on-call data, and
 * billing exports; negatives hold only the domain's look-alikes. Every case is a function of the
 * seed and its id (a draw whose short value also occurs elsewhere is redrawn).
 */
export function buildBlindSet32(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Draft32['values'] }[] = [];
  for (const { area, draws, templates } of AREAS_32) {
    for (const [name, tpl] of Object.entries(templates)) {
      for (let d = 1; d <= draws; d++) {
        const id = `${area}/${name}/${d}`;
        let draft: Draft32 | undefined;
        for (let attempt = 0; attempt < 50 && !draft; attempt++) {
          const candidate = tpl(new Rng32(hash32(`32|${seed}|${id}|${attempt}`)));
          if (usable(candidate)) draft = candidate;
        }
        if (!draft) throw new Error(`blind set 32: no usable draw for ${id}`);
        positives.push({ id, text: draft.text, values: draft.values });
      }
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const [name, tpl] of Object.entries(NEGATIVE_TEMPLATES) as [string, NegTpl32][]) {
    for (let d = 1; d <= NEGATIVE_DRAWS_32; d++) {
      const id = `negative/${name}/${d}`;
      negatives.push({ id, text: tpl(new Rng32(hash32(`32|${seed}|${id}`))) });
    }
  }
  return { positives, negatives };
}
