import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

/**
 * CI, artifact, secrets-manager and network tokens with a published prefix (blind set 13's
 * breadth round): CircleCI, Buildkite, JFrog, Harness, Infisical, Render, Bitbucket and Trello
 * (Atlassian), Linear OAuth, Tailscale. Found in any context, not only under a key name.
 */
export const CI_PREFIXED_TOKEN_DETECTORS: readonly Detector[] = [
  prefixedToken({
    id: 'circleci-token',
    name: 'CircleCI personal or project API token',
    // `CCIPAT_<22>_<40 hex>` (personal), `CCIPRJ_<22>_<40 hex>` (project).
    prefix: ['CCIPAT_', 'CCIPRJ_'],
    body: '[A-Za-z0-9]{20,26}_[a-f0-9]{40}',
    severity: 'critical',
    remediation: 'Delete this CircleCI API token (User Settings > Personal API Tokens, or the project settings) and create a new one',
  }),
  prefixedToken({
    id: 'buildkite-token',
    name: 'Buildkite API access token',
    prefix: 'bkua_',
    body: '[a-f0-9]{40}',
    severity: 'critical',
    remediation: 'Revoke this Buildkite API access token (Personal Settings > API Access Tokens)',
  }),
  prefixedToken({
    id: 'jfrog-api-key',
    name: 'JFrog Artifactory API key',
    prefix: 'AKCp',
    body: '[A-Za-z0-9]{69}',
    severity: 'critical',
    remediation: 'Revoke this Artifactory API key in the user profile and use an access token from the secret store',
  }),
  prefixedToken({
    id: 'jfrog-reference-token',
    name: 'JFrog reference (identity) token',
    // base64 of `reftkn:01:`.
    prefix: 'cmVmdGtuOjAxOj',
    body: '[A-Za-z0-9]{40,60}',
    severity: 'critical',
    remediation: 'Revoke this JFrog identity token (Administration > Identity and Access) and create a new one',
  }),
  prefixedToken({
    id: 'harness-api-key',
    name: 'Harness personal or service-account token',
    prefix: ['pat.', 'sat.'],
    body: String.raw`[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}`,
    severity: 'critical',
    remediation: 'Delete this Harness API token (My Profile > API Keys, or the service account) and create a new one',
  }),
  prefixedToken({
    id: 'infisical-token',
    name: 'Infisical service token',
    prefix: 'st.',
    body: String.raw`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[0-9a-f]{32}\.[0-9a-f]{32}`,
    severity: 'critical',
    remediation: 'Revoke this Infisical service token in the project settings and create a new one',
  }),
  prefixedToken({
    id: 'render-api-key',
    name: 'Render API key',
    prefix: 'rnd_',
    body: '[A-Za-z0-9]{28,40}',
    severity: 'critical',
    remediation: 'Revoke this Render API key (Account Settings > API Keys)',
  }),
  prefixedToken({
    id: 'bitbucket-app-password',
    name: 'Bitbucket app password',
    prefix: 'ATBB',
    body: '[A-Za-z0-9]{32,40}',
    severity: 'critical',
    remediation: 'Revoke this Bitbucket app password (Personal settings > App passwords)',
  }),
  prefixedToken({
    id: 'bitbucket-access-token',
    name: 'Bitbucket repository or workspace access token',
    // `ATCTT3xFfGN0` + base64url + `=` + 8 hex (Atlassian's token layout, as `ATATT3` API tokens).
    prefix: 'ATCTT3',
    body: String.raw`[\w=-]{100,300}`,
    severity: 'critical',
    remediation: 'Revoke this Bitbucket access token (Repository or Workspace settings > Access tokens)',
  }),
  prefixedToken({
    id: 'trello-token',
    name: 'Trello API token',
    prefix: 'ATTA',
    body: '[A-Fa-f0-9]{64,72}',
    remediation: 'Revoke this Trello token (Account > Applications) and authorise the integration again',
  }),
  prefixedToken({
    id: 'linear-oauth-token',
    name: 'Linear OAuth access token',
    prefix: 'lin_oauth_',
    body: '[a-f0-9]{64}',
    remediation: 'Revoke this Linear OAuth token (Settings > Security > Authorized applications)',
  }),
  prefixedToken({
    id: 'tailscale-key',
    name: 'Tailscale auth, API or OAuth client key',
    prefix: 'tskey-',
    body: String.raw`(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{6,40}-[A-Za-z0-9]{16,64}`,
    severity: 'critical',
    remediation: 'Revoke this Tailscale key in the admin console (Settings > Keys)',
  }),
];
