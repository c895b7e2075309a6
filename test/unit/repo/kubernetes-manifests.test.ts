/**
 * deploy/kubernetes/ against the app: every variable the pods set is one Herald reads
 * (secrets only as NAME_FILE, pointing into the mounted Secret), the command is a real
 * `serve --role`, ports and probes are the ones the app serves, the ConfigMap's files pass
 * their schemas, and the Service and PodDisruptionBudgets select the pods they mean.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, parse } from 'yaml';
import { isKnownEnv, SECRET_ENV } from '../../../src/config/env';
import { fileConfigSchema } from '../../../src/config/schema';
import { rulesFileSchema } from '../../../src/rules/rules-schema';
import { accessFileSchema } from '../../../src/slack/access/access-policy';

const ROOT = path.resolve(__dirname, '../../..');
const DIR = path.join(ROOT, 'deploy/kubernetes');
type Obj = Record<string, any>;

const docs: Obj[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parseAllDocuments(readFileSync(path.join(DIR, f), 'utf8')).map((d) => ({ ...(d.toJS() as Obj), __file: f })));
const byKind = (kind: string) => docs.filter((d) => d.kind === kind);
const deployments = byKind('Deployment');
const container = (d: Obj): Obj => d.spec.template.spec.containers[0];
const role = (d: Obj): string => container(d).args[2];
const matches = (selector: Obj, labels: Obj) => Object.entries(selector).every(([k, v]) => labels[k] === v);
const configMap = byKind('ConfigMap')[0];
const secret = byKind('Secret')[0];
const source = (p: string) => readFileSync(path.join(ROOT, p), 'utf8');

describe('deploy/kubernetes manifests', () => {
  it('has a web and a worker Deployment running `herald serve --role <role>`', () => {
    expect(deployments.map(role).sort()).toEqual(['web', 'worker']);
    for (const d of deployments) expect(container(d).args).toEqual(['serve', '--role', role(d)]);
    expect(source('src/cli/run-cli.ts')).toContain("rest.indexOf('--role')");
  });

  it('sets only environment variables Herald reads, secrets only as _FILE paths into the mounted Secret', () => {
    for (const d of deployments) {
      const c = container(d);
      const secretMount = c.volumeMounts.find((m: Obj) => d.spec.template.spec.volumes.find((v: Obj) => v.name === m.name)?.secret);
      expect(secretMount, d.metadata.name).toBeTruthy();
      for (const e of c.env as Obj[]) {
        expect(isKnownEnv(e.name), `${d.metadata.name}: ${e.name} is not read by Herald (src/config/env.ts)`).toBe(true);
        expect((SECRET_ENV as readonly string[]).includes(e.name), `${e.name} must come as ${e.name}_FILE`).toBe(false);
        expect(e.valueFrom, `${e.name}: no secretKeyRef/env values from Secrets`).toBeUndefined();
        if (e.name.endsWith('_FILE')) {
          expect(path.posix.dirname(e.value)).toBe(secretMount.mountPath);
          expect(Object.keys(secret.stringData)).toContain(path.posix.basename(e.value));
        }
      }
    }
  });

  it('listens where the probes, the Service and herald.yaml say, and probes the endpoints the app serves', () => {
    const herald = parse(configMap.data['herald.yaml']);
    const health = source('src/ops/health-router.ts');
    for (const d of deployments) {
      const c = container(d);
      const env = Object.fromEntries((c.env as Obj[]).map((e) => [e.name, e.value]));
      const port = c.ports.find((p: Obj) => p.name === 'http');
      expect(port.containerPort).toBe(Number(env.PORT));
      expect(port.containerPort).toBe(herald.server.port);
      expect(c.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
      expect(c.startupProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
      expect(c.readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'http' });
      for (const p of ['/healthz', '/readyz']) expect(health).toContain(`r.get('${p}'`);
    }
    const [svc] = byKind('Service');
    const selected = deployments.filter((d) => matches(svc.spec.selector, d.spec.template.metadata.labels));
    expect(selected.map(role)).toEqual(['web']);
    expect(svc.spec.ports[0].targetPort).toBe('http');
  });

  it('mounts a ConfigMap whose herald.yaml, rules.yaml and access.yaml pass their schemas and point at each other', () => {
    for (const d of deployments) {
      const env = Object.fromEntries((container(d).env as Obj[]).map((e) => [e.name, e.value]));
      const mount = container(d).volumeMounts.find((m: Obj) => m.name === 'config');
      expect(d.spec.template.spec.volumes.find((v: Obj) => v.name === 'config').configMap.name).toBe(configMap.metadata.name);
      expect(path.posix.dirname(env.HERALD_CONFIG)).toBe(mount.mountPath);
      expect(configMap.data).toHaveProperty(path.posix.basename(env.HERALD_CONFIG));
    }
    const herald = fileConfigSchema.parse(parse(configMap.data['herald.yaml']));
    expect(configMap.data).toHaveProperty(path.posix.basename(herald.rules!.file!));
    expect(configMap.data).toHaveProperty(path.posix.basename(herald.access!.file!));
    expect(rulesFileSchema.safeParse(parse(configMap.data['rules.yaml'])).success).toBe(true);
    expect(accessFileSchema.safeParse(parse(configMap.data['access.yaml'])).success).toBe(true);
  });

  it('runs non-root on a read-only root filesystem, with resources set', () => {
    for (const d of deployments) {
      const c = container(d);
      expect(d.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
      expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
      for (const k of ['requests', 'limits']) expect(Object.keys(c.resources[k]).sort()).toEqual(['cpu', 'memory']);
    }
  });

  it('has a PodDisruptionBudget for each Deployment, and kustomization.yaml lists files that exist', () => {
    const pdbs = byKind('PodDisruptionBudget');
    for (const d of deployments) {
      expect(pdbs.filter((p) => matches(p.spec.selector.matchLabels, d.spec.template.metadata.labels)), d.metadata.name).toHaveLength(1);
      expect(matches(d.spec.selector.matchLabels, d.spec.template.metadata.labels)).toBe(true);
    }
    const k = byKind('Kustomization')[0];
    for (const r of k.resources as string[]) expect(existsSync(path.join(DIR, r)), r).toBe(true);
    expect(k.resources).not.toContain('secret.example.yaml');
  });
});
