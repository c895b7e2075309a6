import type { BlindSetShape } from './blind-set-measure';
import { crashContext, type Gen83 } from './blind-set-83-common';
import { alb, apigw, cloudtrail, ecsTaskDef, lambda, s3access, stepfunctions } from './blind-set-83-aws';
import { appInsights, appService, azureActivity, azureFunctions, cloudRun, gcpAudit, keyvault, pubsubPush } from './blind-set-83-gcp-azure';
import { firebase, flyio, herokuConfig, herokuRouter, netlify, railway, render, supabase, vercel } from './blind-set-83-paas';
import { akamai, cfLogpush, fastly, wranglerTail } from './blind-set-83-edge';
import { cloudformation, dockerInspect, gha, gitlabCi, helm, k8sSecret, pulumi, terraform, tfstate } from './blind-set-83-iac';
import { NEGATIVES } from './blind-set-83-negatives';
import { hash83, Rng83 } from './blind-set-83-rng';
import { K83, type V83 } from './blind-set-83-values';

const SOURCES: Record<string, Gen83> = {
  'cloudtrail': cloudtrail, 'lambda': lambda, 'apigw-access': apigw, 'alb-access': alb, 's3-access': s3access, 'stepfunctions': stepfunctions, 'ecs-taskdef': ecsTaskDef,
  'gcp-audit': gcpAudit, 'cloud-run': cloudRun, 'pubsub-push': pubsubPush, 'azure-activity': azureActivity, 'app-service': appService, 'keyvault-audit': keyvault,
  'azure-functions': azureFunctions, 'appinsights': appInsights, 'heroku-router': herokuRouter, 'heroku-config': herokuConfig, 'vercel': vercel, 'netlify': netlify,
  'render': render, 'railway': railway, 'flyio': flyio, 'wrangler-tail': wranglerTail, 'cf-logpush': cfLogpush, 'fastly': fastly, 'akamai': akamai, 'supabase': supabase,
  'firebase': firebase, 'terraform': terraform, 'tfstate': tfstate, 'pulumi': pulumi, 'cloudformation': cloudformation, 'gha': gha, 'gitlab-ci': gitlabCi,
  'k8s-secret': k8sSecret, 'helm-values': helm, 'docker-inspect': dockerInspect,
};
const PER_SOURCE = 13;
/** Sources whose records carry mostly personal data get one more credential line. */
const HEAVY = new Set(['stepfunctions', 'heroku-router', 'netlify', 'appinsights', 'flyio', 'supabase', 'pubsub-push', 'keyvault-audit', 'azure-activity', 'wrangler-tail', 'lambda', 'vercel', 'firebase', 'apigw-access', 'alb-access']);
const NEG_PER = 6;
const MONITORS = ['Errors in prod logs', 'Unhandled exception rate', 'Audit: sensitive API call', 'Deploy failed', '5xx spike'];

/** How a Datadog log monitor forwards the matched log: as markdown, as the webhook's JSON (the log escaped in a string), or raw. */
function forward(r: Rng83, source: string, log: string, vals: readonly V83[]): string {
  const title = `[Triggered on {service:${source}}] ${r.pick(MONITORS)}`;
  const w = r.int(0, 2);
  if (w === 0) return `${title}\nMore than ${r.int(1, 20)} log events matched in the last 5m.\n%%%\n\`\`\`\n${log}\n\`\`\`\n%%%\n@webhook-herald @slack-oncall`;
  if (w === 1) {
    const j = JSON.stringify({ id: r.digits(19), title, alert_type: 'error', aggregate: r.hex(32), date: 1794000000000 + r.int(0, 9e6), org: { id: r.int(10000, 99999), name: 'Acme' }, logs_sample: log, tags: `service:${source},env:prod` });
    if (vals.every((v) => j.includes(v.value))) return j;
  }
  return log;
}

/** Sealed blind set 83: cloud platforms' own logs and audit trails as a Datadog monitor forwards them. */
export function buildBlindSet83(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: V83[] }[] = [];
  for (const [source, gen] of Object.entries(SOURCES)) {
    for (let i = 0; i < PER_SOURCE; i++) {
      const r = new Rng83(hash83(`${seed}/${source}/${i}`));
      const k = new K83(r);
      const log = `${gen(k)}\n${crashContext(k, HEAVY.has(source) ? 3 : 2)}`;
      const text = forward(r, source, log, k.vals);
      const seen = new Set<string>();
      const values = k.vals.filter((v) => {
        if (seen.has(v.value) || !text.includes(v.value)) return false;
        if (v.value.length <= 6 && text.split(v.value).length !== 2) return false;
        seen.add(v.value);
        return true;
      });
      positives.push({ id: `${source}/${i + 1}`, text, values });
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const [source, gen] of Object.entries(NEGATIVES)) {
    for (let i = 0; i < NEG_PER; i++) {
      const r = new Rng83(hash83(`${seed}/neg/${source}/${i}`));
      negatives.push({ id: `${source}/n${i + 1}`, text: forward(r, source, gen(r), []) });
    }
  }
  return { positives, negatives };
}
