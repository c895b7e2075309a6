import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet64 } from '../../helpers/blind-set-64';
import { formatOk64 } from '../../helpers/blind-set-64-format';

/** Sealed blind set 64: identity, SSO and user provisioning as their logs and failures reach an alert — Okta System Log events, SDK and API errors, Auth0 tenant logs, Actions and Management API calls, Entra ID sign-in and provisioning logs, Graph, MSAL and az CLI output, Keycloak server logs, admin events and realm exports, Cognito triggers and SDK debug output, Google Workspace Directory API and GAM, SCIM 2.0 requests and responses, decoded SAML assertions and SP configs, OIDC/OAuth token exchanges, LDAP/AD binds and LDIF, HR-driven provisioning (Workday, BambooHR, Rippling, HiBob, ADP, Gusto, UK/NL payroll) with SSNs, birth dates and bank details, identity bridges' configuration dumps, and MFA enrolments (phones, TOTP seeds, recovery codes); seed 1: 595 positives from 119 templates, 1970 values (1040 credential, 640 personal, 290 financial), 184 negatives from 46 templates.
 *
 * First sight: seeds 1–5 95.9–96.2 % of values fully covered (credential 96.9–97.1 %, personal 93.1–93.8 %, financial 98.3 %),
 * 6.5 % of negatives flagged (12 of 184: XML-DSig signature values, auth0-deploy-cli replacement slots, Vault audit HMACs).
 * Tuned (round r64): seeds 1–5 100.0 % of values fully covered in every group, 0.0 % of negatives flagged.
 */
describeBlindSet({ n: 64, build: buildBlindSet64, formatOk: formatOk64, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.997, minByGroup: { credential: 0.997, personal: 0.996, financial: 0.996 }, maxFlagged: 0.005 });
