import type { BlindSetShape } from './blind-set-measure';
import { hash9, Rng9 } from './blind-set-9-rng';
import { CONFIG_64 } from './blind-set-64-config';
import { ENTRA_KC_64 } from './blind-set-64-entra-kc';
import { GWS_OIDC_LDAP_64 } from './blind-set-64-gws-oidc-ldap';
import { HR_MFA_64 } from './blind-set-64-hr-mfa';
import { NEG_64 } from './blind-set-64-neg';
import { OKTA_AUTH0_64 } from './blind-set-64-okta-auth0';
import { SCIM_SAML_64 } from './blind-set-64-scim-saml';
import { Ctx64, type Tpl64, type Val64 } from './blind-set-64-values';

/** Every positive template of set 64. */
export const TEMPLATES_64: readonly Tpl64[] = [...OKTA_AUTH0_64, ...ENTRA_KC_64, ...GWS_OIDC_LDAP_64, ...SCIM_SAML_64, ...HR_MFA_64, ...CONFIG_64];

const DRAWS = 5;
const NEG_DRAWS = 4;

/**
 * Sealed blind set 64: identity, SSO and user provisioning as their logs and failures reach an alert
 * (Okta, Auth0, Entra ID, Keycloak, Cognito, Google Workspace, SCIM, SAML, OIDC, LDAP/AD, HR feeds, MFA).
 * Every value is drawn fresh from the seed; ids are `64-<source>-<t>-<k>`.
 */
export function buildBlindSet64(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Val64[] }[] = [];
  for (const tpl of TEMPLATES_64) {
    for (let k = 0; k < DRAWS; k++) {
      const c = new Ctx64(new Rng9(hash9(`64/${seed}/${tpl.src}/${tpl.t}/${k}`)));
      const text = tpl.make(c);
      positives.push({ id: `64-${tpl.src}-${tpl.t}-${k}`, text, values: c.vals });
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const tpl of NEG_64) {
    for (let k = 0; k < NEG_DRAWS; k++) {
      const c = new Ctx64(new Rng9(hash9(`64/${seed}/neg/${tpl.src}/${tpl.t}/${k}`)));
      negatives.push({ id: `64-neg-${tpl.src}-${tpl.t}-${k}`, text: tpl.make(c) });
    }
  }
  return { positives, negatives };
}
