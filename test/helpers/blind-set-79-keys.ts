import type { KeyFam } from './blind-set-79-cred';
import type { Rng79 } from './blind-set-79-rng';

/** A naming convention for a key made of words. */
export type Conv = 'snake' | 'camel' | 'pascal' | 'kebab' | 'screaming' | 'dotted' | 'title' | 'header';

/** All the conventions. */
export const ALL_CONVS: readonly Conv[] = ['snake', 'camel', 'pascal', 'kebab', 'screaming', 'dotted', 'title', 'header'];
/** Conventions that make a valid identifier. */
export const IDENT_CONVS: readonly Conv[] = ['snake', 'camel', 'pascal', 'screaming'];
/** Conventions for config keys (YAML, TOML, properties, INI). */
export const CONFIG_CONVS: readonly Conv[] = ['snake', 'camel', 'kebab', 'dotted', 'screaming'];

/** Key words by family: the many real names a secret goes by. */
export const FAM_KEYS: Record<KeyFam, readonly string[][]> = {
  password: [['password'], ['passwd'], ['pwd'], ['pass'], ['pw'], ['passphrase'], ['user', 'password'], ['root', 'password'], ['login', 'password'], ['admin', 'pass']],
  secret: [['secret'], ['client', 'secret'], ['secret', 'key'], ['app', 'secret'], ['consumer', 'secret'], ['jwt', 'secret'], ['encryption', 'key'], ['master', 'key'], ['secret', 'access', 'key']],
  apikey: [['api', 'key'], ['apikey'], ['x', 'api', 'key'], ['access', 'key'], ['api', 'token'], ['license', 'key'], ['private', 'token'], ['account', 'key']],
  token: [['token'], ['access', 'token'], ['refresh', 'token'], ['id', 'token'], ['auth', 'token'], ['bearer'], ['oauth', 'token'], ['bot', 'token']],
  session: [['session'], ['session', 'id'], ['sid'], ['cookie'], ['session', 'token'], ['remember', 'token']],
  dsn: [['dsn'], ['connection', 'string'], ['database', 'url'], ['conn', 'str'], ['broker', 'url'], ['db', 'uri']],
  private: [['private', 'key'], ['ssh', 'private', 'key'], ['tls', 'key'], ['signing', 'key']],
  creds: [['credentials'], ['creds'], ['auth'], ['authorization'], ['basic', 'auth']],
  sig: [['webhook', 'secret'], ['hmac', 'key'], ['signing', 'key'], ['signature', 'secret'], ['sig', 'key']],
};

/** Renders key words in a convention. */
export function conv79(words: readonly string[], c: Conv): string {
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  switch (c) {
    case 'snake': return words.join('_');
    case 'camel': return words.map((w, i) => (i === 0 ? w : cap(w))).join('');
    case 'pascal': return words.map(cap).join('');
    case 'kebab': return words.join('-');
    case 'screaming': return words.join('_').toUpperCase();
    case 'dotted': return words.join('.');
    case 'title': return words.map(cap).join(' ');
    case 'header': return words.map(cap).join('-');
  }
}

/** Whether a value looks like base64 (allows a `_b64` suffix on its key). */
function b64ish(v: string): boolean {
  return /^[A-Za-z0-9+/]{16,}={0,2}$/.test(v);
}

/**
 * Composes key words for a value: the family's base name, sometimes a vendor or service prefix
 * (stripe, db, smtp, redis, upstream...) and sometimes a suffix (_value, _b64, _enc, _raw, _1, _prod).
 */
export function keyWords79(r: Rng79, fam: KeyFam, vendor: readonly string[], value: string): string[] {
  let base = [...r.pick(FAM_KEYS[fam])];
  if (vendor.length > 0 && r.next() < 0.55) base = [...vendor, ...base.filter((w) => !vendor.includes(w))];
  else if (r.next() < 0.2) base = [r.pick(['upstream', 'prod', 'legacy', 'partner', 'primary', 'backup']), ...base];
  if (r.next() < 0.2) {
    const sufs = ['value', 'enc', 'raw', '1', 'prod', 'current', 'v2'];
    if (b64ish(value)) sufs.push('b64', 'b64');
    base.push(r.pick(sufs));
  }
  return base;
}

/** Renders a key, sometimes with a prefix in its own separator (`smtp.` + `password`, `STRIPE_` + `secretKey`). */
export function keyName79(r: Rng79, words: readonly string[], convs: readonly Conv[]): string {
  const c = r.pick(convs);
  if (words.length > 1 && r.next() < 0.12 && (c === 'camel' || c === 'snake' || c === 'kebab')) {
    const sep = r.pick(['.', '_', '-']);
    const pre = sep === '_' && r.next() < 0.5 ? words[0]!.toUpperCase() : words[0]!;
    return `${pre}${sep}${conv79(words.slice(1), c)}`;
  }
  return conv79(words, c);
}

/** Words for harmless sibling fields and nesting levels. */
export const PLAIN_KEYS: readonly string[][] = [['user', 'id'], ['tenant'], ['region'], ['retries'], ['timeout', 'ms'], ['enabled'], ['env'], ['host'], ['port'], ['version'], ['status'], ['plan'], ['created', 'at'], ['attempt']];
/** Words for nesting levels. */
export const NEST_KEYS: readonly string[] = ['config', 'data', 'payload', 'request', 'user', 'account', 'billing', 'auth', 'settings', 'integration', 'upstream', 'params', 'customer', 'spec', 'env', 'secrets', 'context', 'meta', 'profile', 'body'];

/** A harmless sibling value for a plain key. */
export function plainValue79(r: Rng79, key: readonly string[]): string {
  const k = key.join('_');
  if (k === 'user_id') return String(r.int(1000, 999999));
  if (k === 'tenant') return r.pick(['acme-eu', 'northwind', 'globex', 'initech']);
  if (k === 'region') return r.pick(['eu-west-1', 'us-east-2', 'ap-south-1']);
  if (k === 'retries' || k === 'attempt') return String(r.int(1, 5));
  if (k === 'timeout_ms') return String(r.pick([500, 2000, 30000]));
  if (k === 'enabled') return r.pick(['true', 'false']);
  if (k === 'env') return r.pick(['production', 'staging']);
  if (k === 'host') return r.pick(['api.internal', 'worker-3', 'gateway.prod.svc']);
  if (k === 'port') return String(r.pick([8080, 443, 5432, 9092]));
  if (k === 'version') return `${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}`;
  if (k === 'status') return r.pick(['active', 'failed', 'pending']);
  if (k === 'plan') return r.pick(['pro', 'enterprise', 'free']);
  if (k === 'created_at') return `2026-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(10, 28))}T${String(r.int(10, 23))}:${String(r.int(10, 59))}:${String(r.int(10, 59))}Z`;
  return 'ok';
}
