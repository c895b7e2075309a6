/**
 * True when a value names where a secret is kept rather than holding it: a secret-store path
 * in lowercase words, such as Ansible's `hashi_vault` lookup `secret=secret/data/smtp:password`,
 * `kv/prod/db#password` or `database/creds/readonly`. Generated secrets mix cases, digits and
 * symbols; a path of two or more lowercase words (or one under a usual Vault mount) does not.
 */
export function isSecretStorePath(value: string): boolean {
  const m = /^((?:[a-z][a-z0-9_-]{0,40}\/){1,8}[a-z][a-z0-9_.-]{0,80})(?:[:#][A-Za-z_][\w.-]{0,40})?$/.exec(value);
  if (m === null) return false;
  const slashes = m[1]!.split('/').length - 1;
  return slashes >= 2 || /^(?:secret|secrets|kv|kv-v2|kv2|cubbyhole|vault)\//.test(value);
}
