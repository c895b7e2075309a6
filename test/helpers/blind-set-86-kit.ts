import { b64 } from './blind-set-86-enc';
import { card, iban, routing, usAccount } from './blind-set-86-money';
import { person, type Person86 } from './blind-set-86-people';
import type { Rng86 } from './blind-set-86-rng';
import { password, pastedKey, T } from './blind-set-86-tokens';
import type { Case86 } from './blind-set-86-types';

/** Blind set 86: what every printer starts from: an employee or user, the organisation's tenants, a time, ids. */

export interface Org86 {
  name: string;
  domain: string;
  /** Tenant slug shared by the IdP tenants (okta org, auth0 tenant, keycloak realm). */
  slug: string;
  netbios: string;
  base: string;
}

export const ORGS: readonly Org86[] = [
  ['Northwind Labs', 'northwind-labs.com'], ['Helixa', 'corp.helixa.io'], ['Brightloom GmbH', 'brightloom.de'], ['Tessera Health', 'tessera-health.com'],
  ['Kumo Systems K.K.', 'kumo-systems.co.jp'], ['Vantor Ltda.', 'vantor.com.br'], ['Ridgeway Ltd', 'ridgeway.co.uk'], ['LumenPay SAS', 'lumenpay.fr'],
].map(([name, domain]) => {
  const parts = domain!.split('.');
  const slug = parts[parts[0] === 'corp' ? 1 : 0]!;
  return { name: name!, domain: domain!, slug, netbios: slug.replace(/-.*/, '').toUpperCase().slice(0, 10), base: parts.map((x) => `dc=${x}`).join(',') };
});

export interface Kit86 {
  r: Rng86;
  p: Person86;
  org: Org86;
  t: number;
}

export function kit(c: Case86): Kit86 {
  const r = c.rng;
  const org = r.pick(ORGS);
  return { r, p: person(r, undefined, org.domain), org, t: 1714521600 + r.int(0, 90 * 86400) };
}

export function iso(t: number, ms = true): string {
  const s = new Date(t * 1000).toISOString();
  return ms ? s : s.replace(/\.\d{3}Z$/, 'Z');
}

export function isoMs(t: number, r: Rng86): string {
  return new Date(t * 1000 + r.int(0, 999)).toISOString();
}

/** A Basic credential `user:secret`, planted as the base64 the header carries. */
export function basic(c: Case86, user: string, secret: string): string {
  return c.cred(b64(`${user}:${secret}`), 'basic-auth');
}

export function hexId(r: Rng86, n = 32): string {
  return r.hex(n);
}

export function traceId(r: Rng86): string {
  return String(r.int(1, 9)) + r.digits(18);
}

/** Converts an env-style key (`OKTA_API_TOKEN`) to another spelling. */
export function spell(key: string, style: number): string {
  const w = key.toLowerCase().split('_');
  switch (style % 6) {
    case 0: return key;
    case 1: return w.join('_');
    case 2: return w[0] + w.slice(1).map((x) => x[0]!.toUpperCase() + x.slice(1)).join('');
    case 3: return w.join('-');
    case 4: return w.join('.');
    default: return w.map((x) => x[0]!.toUpperCase() + x.slice(1)).join('');
  }
}

/** One of the integration's own credentials, as its config names it: [env name, value]. */
export function integrationCred(c: Case86, t: number): [string, string] {
  const r = c.rng;
  switch (r.int(0, 21)) {
    case 0: return ['OKTA_API_TOKEN', c.cred(T.oktaApi(r), 'okta-token')];
    case 1: return ['OKTA_CLIENT_SECRET', c.cred(T.oktaSecret(r), 'okta-client-secret')];
    case 2: return ['AUTH0_CLIENT_SECRET', c.cred(T.auth0Secret(r), 'auth0-client-secret')];
    case 3: return ['AZURE_CLIENT_SECRET', c.cred(T.azureSecret(r), 'azure-client-secret')];
    case 4: return ['GOOGLE_CLIENT_SECRET', c.cred(T.googleSecret(r), 'google-client-secret')];
    case 5: return ['DUO_SKEY', c.cred(T.duoSkey(r), 'duo-skey')];
    case 6: return ['VAULT_TOKEN', c.cred(T.vaultToken(r), 'vault-token')];
    case 7: return ['AWS_SECRET_ACCESS_KEY', c.cred(T.awsSecret(r), 'aws-secret-key')];
    case 8: return ['STYTCH_SECRET', c.cred(T.stytch(r), 'stytch-secret')];
    case 9: return ['CLERK_SECRET_KEY', c.cred(T.clerk(r), 'clerk-secret')];
    case 10: return ['WORKOS_API_KEY', c.cred(T.workos(r), 'workos-key')];
    case 11: return ['DOPPLER_TOKEN', c.cred(T.doppler(r), 'doppler-token')];
    case 12: return ['INFISICAL_TOKEN', c.cred(T.infisical(r), 'infisical-token')];
    case 13: return ['KEYCLOAK_CLIENT_SECRET', c.cred(T.kcSecret(r), 'keycloak-client-secret')];
    case 14: return ['LDAP_BIND_PASSWORD', c.cred(password(r), 'password')];
    case 15: return ['RADIUS_SHARED_SECRET', c.cred(T.radiusSecret(r), 'radius-secret')];
    case 16: return ['ONELOGIN_CLIENT_SECRET', c.cred(T.onelogin(r), 'onelogin-secret')];
    case 17: return ['PINGONE_CLIENT_SECRET', c.cred(T.pingSecret(r), 'ping-client-secret')];
    case 18: return ['OP_CONNECT_TOKEN', c.cred(T.opConnect(r, t), 'op-connect-token')];
    case 19: return ['CONJUR_AUTHN_API_KEY', c.cred(T.conjur(r), 'conjur-api-key')];
    case 20: return ['SCIM_BEARER_TOKEN', c.cred(T.scimBearer(r), 'scim-token')];
    default: {
      const [v, kind, label] = pastedKey(r);
      return [label.includes('_') ? label.toUpperCase() : `${label.toUpperCase()}_TOKEN`, c.cred(v, kind)];
    }
  }
}

/** The credentials the integration loaded, as a config or env line it logs beside the failure. */
export function envLine(c: Case86, t: number): string {
  const r = c.rng;
  const [k, v] = integrationCred(c, t);
  const s = r.int(0, 5);
  const key = spell(k, s);
  if (r.chance(0.5)) {
    const [k2, v2] = integrationCred(c, t);
    const [k3, v3] = integrationCred(c, t);
    return r.pick([`env ${k}=${v} ${k2}_2=${v2} ${k3}_3=${v3}`, `${k}='${v}'\n${k2}_PRIMARY='${v2}'\n${k3}_SECONDARY='${v3}'`, `loaded secrets: ${JSON.stringify([{ name: key, value: v }, { name: spell(k2, s), value: v2 }, { name: spell(k3, s), value: v3 }])}`]);
  }
  if (r.chance(0.85)) {
    const [k2raw, v2] = integrationCred(c, t);
    const k2 = k2raw === k ? `${k2raw}_FALLBACK` : k2raw;
    const key2 = spell(k2, s);
    return r.pick([`env ${k}=${v} ${k2}=${v2}`, `config: {"${key}":"${v}","${key2}":"${v2}","timeout_ms":${r.int(2, 30) * 1000}}`, `${k}='${v}'\n${k2}='${v2}'`, `settings=${JSON.stringify({ [key]: v, retries: 3, [key2]: v2 })}`, `  ${key}: ${v}\n  ${key2}: "${v2}"`]);
  }
  return r.pick([`env ${k}=${v}`, `config.${key}: "${v}"`, `${k}="${v}"`, `--- loaded ${key} (${v}) from ${r.pick(['vault', 'ssm', 'doppler', '.env'])}`, `export ${k}=${v}`, `-D${spell(k, 4)}=${v}`, `${key} => "${v}"`]);
}

/** Payroll and expense attributes an HR-driven identity record carries: key/value pairs (planted). */
export function payroll(c: Case86, p: Person86, style: number): [string, string][] {
  const r = c.rng;
  const out: [string, string][] = [];
  const k = (s: string): string => spell(s, style);
  if (p.locale === 'en-US' || r.chance(0.1)) {
    out.push([k('BANK_ROUTING_NUMBER'), c.fin(routing(r), 'routing-number')]);
    out.push([k('BANK_ACCOUNT_NUMBER'), c.fin(usAccount(r), 'account-number')]);
  } else out.push([k('IBAN'), c.fin(iban(r, p.ibanCountry, r.chance(0.4)), 'iban')]);
  // Bank-detail changes carry the previous account beside the new one.
  if (r.chance(0.35)) out.push(p.locale === 'en-US' ? [k('PREVIOUS_ACCOUNT_NUMBER'), c.fin(usAccount(r), 'account-number')] : [k('PREVIOUS_IBAN'), c.fin(iban(r, p.ibanCountry, false), 'iban')]);
  if (r.chance(0.9)) out.push([k(r.pick(['CORPORATE_CARD_NUMBER', 'EXPENSE_CARD', 'PCARD_NUMBER'])), c.fin(card(r).printed, 'card')]);
  return out;
}
