import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

/** [id, name, prefix(es), body pattern, remediation] of each vendor format below. */
type Row = readonly [string, string, string | readonly string[], string, string];

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Published formats (vendors' docs, secret-scanning partner lists) that no detector knew before the credential round for blind set 18. */
const ROWS: readonly Row[] = [
  ['axiom-token', 'Axiom API or personal token', ['xaat-', 'xapt-'], UUID, 'Delete this Axiom token (Settings > API tokens or Profile > Personal tokens) and create a new one'],
  ['coralogix-key', 'Coralogix API or send-your-data key', 'cxtp_', '[A-Za-z0-9]{30}', 'Revoke this Coralogix key (Data Flow > API Keys) and create a new one'],
  ['honeybadger-personal-token', 'Honeybadger personal auth token', 'hbp_', '[A-Za-z0-9]{36}', 'Reset this Honeybadger personal auth token (User settings > Authentication)'],
  ['gitlab-feature-flags-token', 'GitLab feature flags client token', 'glffct-', '[A-Za-z0-9_-]{20}', 'Reset this GitLab feature flags client token (Deploy > Feature flags > Configure)'],
  ['apify-api-token', 'Apify API token', 'apify_api_', '[A-Za-z0-9]{36}', 'Revoke this Apify API token (Settings > Integrations) and create a new one'],
  ['ory-oauth-token', 'Ory OAuth2 access or refresh token', ['ory_at_', 'ory_rt_', 'ory_ac_'], '[A-Za-z0-9_-]{40,120}(?:\\.[A-Za-z0-9_-]{20,120})?', 'Revoke this Ory OAuth2 token (admin API revoke) and stop logging it'],
];

/**
 * Vendor credentials with a published prefix added in the credential round for blind set 18 (debugging
 * and inspection artifacts: span attributes, HAR captures, env dumps): Axiom, Coralogix, Honeybadger,
 * GitLab feature flags, Apify, Ory.
 */
export const PREFIXED_TOKEN_18_DETECTORS: readonly Detector[] = ROWS.map(([id, name, prefix, body, remediation]) => prefixedToken({ id, name, prefix, body, remediation }));
