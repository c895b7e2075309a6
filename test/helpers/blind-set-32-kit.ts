import { type Rng32 } from './blind-set-32-rng';

/** The three groups a planted value belongs to. */
export type Group32 = 'credential' | 'personal' | 'financial';

/** One planted value. */
export interface Val32 {
  value: string;
  kind: string;
  group: Group32;
}

/** What a template draws: the artifact's text and the values planted in it. */
export interface Draft32 {
  text: string;
  values: Val32[];
}

/** A positive template: one draw from a seeded stream. */
export type Tpl32 = (r: Rng32) => Draft32;

/** A negative template: a text holding only look-alikes. */
export type NegTpl32 = (r: Rng32) => string;

/** A credential value. */
export const cr = (value: string, kind: string): Val32 => ({ value, kind, group: 'credential' });
/** A personal value. */
export const pe = (value: string, kind: string): Val32 => ({ value, kind, group: 'personal' });
/** A financial value. */
export const fi = (value: string, kind: string): Val32 => ({ value, kind, group: 'financial' });

/** A log timestamp in one of the CI systems' styles. */
export function stamp(r: Rng32): string {
  const iso = r.iso();
  return r.pick([iso, iso.replace('T', ' ').slice(0, 19), `[${iso.slice(11, 19)}]`, `${iso.slice(0, 19)}.${r.digits(7)}Z`]);
}

/** A repository slug. */
export function repo(r: Rng32): string {
  return `${r.pick(['northwind', 'acme-platform', 'bluepeak', 'stellar-ops', 'quill-eng'])}/${r.pick(['billing-api', 'infra-live', 'web-frontend', 'payments-gateway', 'data-pipeline', 'edge-proxy', 'terraform-modules'])}`;
}

/** A hostname inside a company network. */
export function host(r: Rng32, role = r.pick(['db', 'pg', 'redis', 'nexus', 'vault', 'mq'])): string {
  return `${role}-${r.int(1, 9)}.${r.pick(['prod', 'stg', 'internal', 'eu-west-1'])}.${r.pick(['northwind.internal', 'acme.corp', 'bluepeak.net', 'svc.cluster.local'])}`;
}

/** An AWS region. */
export function region(r: Rng32): string {
  return r.pick(['us-east-1', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'us-west-2']);
}

/** A branch name. */
export function branch(r: Rng32): string {
  return r.pick(['main', 'release/2026.03', `feature/${r.pick(['PLAT', 'OPS', 'BILL'])}-${r.int(100, 9999)}-rotate-keys`, 'hotfix/db-failover', 'develop']);
}

/** A semantic version. */
export function semver(r: Rng32): string {
  return `${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 40)}`;
}

/** A short identifier-ish service name. */
export function svc(r: Rng32): string {
  return r.pick(['billing-api', 'checkout', 'ledger', 'notifier', 'ingest-worker', 'auth-gateway', 'reporting']);
}

/** A JSON string literal body (escaped, without the quotes). */
export function jsonEsc(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}
