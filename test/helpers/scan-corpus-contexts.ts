/**
 * The places a value stands in real integration logs and config files: env lines, JSON
 * bodies, HTTP headers and URLs, YAML/properties/TOML/INI, stack traces, SQL, curl commands,
 * and assignments in code with every operator people use.
 */
import type { Rng } from './scan-corpus-values';

/** Where a value is put. */
export type ContextId =
  | 'env' | 'json' | 'header' | 'url' | 'yaml' | 'properties' | 'toml' | 'ini'
  | 'stack' | 'sql' | 'curl' | 'log' | 'assign';

/** Every context. */
export const ALL_CONTEXTS: readonly ContextId[] = ['env', 'json', 'header', 'url', 'yaml', 'properties', 'toml', 'ini', 'stack', 'sql', 'curl', 'log', 'assign'];

/** Contexts that keep a value with spaces or `&;#` intact (quoted or line-final). */
export const QUOTED_CONTEXTS: readonly ContextId[] = ['env', 'json', 'yaml', 'toml', 'sql', 'assign'];

/** Words of a key, for re-casing. */
function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** `GITHUB_TOKEN` from `githubToken` / `github.token` / `github-token`. */
export const envName = (key: string): string => words(key).join('_').toUpperCase();
/** `github-token`. */
export const kebab = (key: string): string => words(key).join('-');
/** `githubToken`. */
export const camel = (key: string): string => words(key).map((w, i) => (i ? w[0]!.toUpperCase() + w.slice(1) : w)).join('');
/** `GithubToken`. */
export const pascal = (key: string): string => words(key).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
/** `github.token`. */
export const dotted = (key: string): string => words(key).join('.');

const TS = (r: Rng): string => `2026-12-0${r.int(1, 9)}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(10, 59))}:${String(r.int(10, 59))}.${r.int(100, 999)}Z`;
const SVC = ['billing-sync', 'crm-bridge', 'payments-api', 'notifier', 'ingest-worker', 'hubspot-sync'];
const HOST = ['api.vendor.io', 'hooks.partner.net', 'gateway.acme-pay.com', 'eu.api.crm-cloud.com'];

/** Puts `value` under `key` in context `ctx`: [text before, value, text after]. */
export function place(r: Rng, ctx: ContextId, key: string, value: string): [string, string, string] {
  const svc = r.pick(SVC);
  switch (ctx) {
    case 'env':
      return r.next() < 0.5 ? [`${envName(key)}=`, value, ''] : [`export ${envName(key)}="`, value, '"'];
    case 'json': {
      const k = r.pick([key, camel(key), pascal(key)]);
      return [`{"ts":"${TS(r)}","level":"error","service":"${svc}","msg":"upstream rejected request","${k}":"`, value, `","status":401}`];
    }
    case 'header':
      return [`${TS(r)} DEBUG ${svc} request headers: ${pascal(key).replace(/(?<=[a-z])(?=[A-Z])/g, '-')}: `, value, `\r`];
    case 'url':
      return [`${TS(r)} WARN ${svc} GET https://${r.pick(HOST)}/v2/contacts?page=${r.int(1, 9)}&${r.pick([key, camel(key)])}=`, value, `&limit=100 -> 401`];
    case 'yaml':
      return r.next() < 0.5 ? [`  ${r.pick([key, camel(key)])}: `, value, ''] : [`    ${key}: "`, value, `"`];
    case 'properties':
      return [`${r.pick(['app', 'spring.integration', 'vendor.client'])}.${r.pick([dotted(key), camel(key)])}=`, value, ''];
    case 'toml':
      return [`${key} = "`, value, `"`];
    case 'ini':
      return [`${r.pick([key, pascal(key)])} = `, value, ''];
    case 'stack':
      return [
        `Error: request failed with status 401 (${r.pick([key, camel(key)])}=`,
        value,
        `)\n    at Client.request (/srv/app/node_modules/vendor-sdk/lib/client.js:${r.int(10, 400)}:${r.int(2, 40)})\n    at async Sync.run (/srv/app/dist/sync.js:88:7)`,
      ];
    case 'sql':
      return [`${TS(r)} LOG:  statement: UPDATE integrations SET ${key} = '`, value, `', updated_at = now() WHERE id = ${r.int(1, 9999)};`];
    case 'curl':
      return [`+ curl -sS -X POST https://${r.pick(HOST)}/v1/sync -H 'Content-Type: application/json' -d '{"${key}":"`, value, `"}'`];
    case 'log':
      return [`${TS(r)} ERROR ${svc}: upstream rejected credentials ${r.pick([key, camel(key), envName(key)])}=`, value, ` retry=${r.int(1, 5)}`];
    case 'assign': {
      const form = r.int(0, 5);
      if (form === 0) return [`\t${camel(key)} := "`, value, `"`];
      if (form === 1) return [`  :${key} => '`, value, `',`];
      if (form === 2) return [`${envName(key)} ?= `, value, ''];
      if (form === 3) return [`${envName(key)} ::= `, value, ''];
      if (form === 4) return [`$${camel(key)} .= '`, value, `';`];
      return [`const ${camel(key)} = '`, value, `';`];
    }
  }
}
