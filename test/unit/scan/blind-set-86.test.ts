import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet86 } from '../../helpers/blind-set-86';
import { formatOk86 } from '../../helpers/blind-set-86-format';

/**
 * Blind set 86 (sealed, held out, written without sight of the detectors): identity, access and
 * secrets infrastructure as integration and platform code logs it when something fails, forwarded
 * into an alert raw, inside a Datadog monitor's markdown message or JSON-escaped in a webhook body
 * (Alertmanager-style payloads escape it twice). 44 sources: Okta (System Log events with actor
 * alternateId, client ipAddress and debugContext session-token redirects, event-hook deliveries,
 * SDK errors and curl -v with `SSWS` tokens, OAuth token exchanges, password-import inline hooks),
 * Auth0 (tenant log streams of `f`/`fp`/`s` events, Management API errors, client-credentials
 * calls, Actions console logs of event.user and event.secrets), Keycloak (admin events with
 * representation JSON and credentials[].value, LOGIN_ERROR server lines, kcadm.sh traces), Entra ID
 * (Graph sign-in logs and Event Hub records, MSAL Python/Node debug, azure-identity errors), Google
 * Workspace (Reports, Directory API inserts, OAuth refreshes, service-account keys), AWS (STS
 * AssumeRoleWithSAML form bodies and XML responses, AssumeRoleWithWebIdentity, SSO CLI caches,
 * Identity Store CloudTrail and SCIM, Secrets Manager and SSM), SAML responses (XML and POST
 * bodies), OIDC token endpoints (form-encoded with client_secret, code, code_verifier; JSON with
 * JWTs), SCIM 2.0 POST/PATCH with enterprise and HR extensions, LDAP (ldapsearch LDIF with {SSHA}
 * hashes and base64 values, python-ldap, ldapjs, slapd and ldappasswd), Windows Security events
 * (4625/4720 XML, 4624 winlogbeat), Kerberos (KRB5_TRACE, klist -K keys), FreeRADIUS debug, Vault
 * (raw audit log, login and kv tables, agent logs), Duo (auth logs, signed Admin API calls),
 * 1Password (login, card and bank items, Connect), Doppler, Infisical, CyberArk (CCP, Conjur,
 * PVWA), MFA enrolment (otpauth URIs, recovery codes, WebAuthn options), magic links, reset mails,
 * SMS codes, cookie and session-store dumps, Clerk, WorkOS, OneLogin, PingOne, GitHub secret
 * scanning alerts and Slack pastes, and HR/payroll flows (Workday/BambooHR sync, Okta Workflows to
 * ADP, Gusto, Concur SCIM, Ramp and Stripe Issuing/Identity); most cases also carry an env/config
 * line of the integration's own loaded credentials, its keys spelled in six styles.
 * Planted: credentials (Okta SSWS tokens, client secrets, session tokens and access JWTs, Auth0
 * secrets and Management tokens, Keycloak secrets, Azure `…Q~…` secrets and refresh tokens, Google
 * `GOCSPX-` secrets, `1//` refresh and `ya29.` access tokens, service-account PEM keys, Duo ikeys and
 * skeys, Vault hvs./hvb./s. tokens, AppRole secret ids and unseal shares, AWS AKIA/ASIA keys,
 * secrets and session tokens, SAML responses, OAuth codes and PKCE verifiers, SCIM bearer tokens,
 * Stytch, Clerk, WorkOS, OneLogin, PingOne, Doppler, Infisical, 1Password Connect and service
 * account tokens, Conjur keys, RADIUS secrets, Kerberos keys, TOTP seeds, recovery codes, reset and
 * magic-link tokens, session cookies, Basic credentials, pasted GitHub (valid CRC), Slack, Stripe,
 * SendGrid and Twilio keys; passwords under keys in a dozen languages), personal data (names in
 * Latin, Cyrillic, Devanagari, Arabic, CJK scripts, work and personal mailboxes, phones in national
 * and E.164 forms, addresses, birth dates, national ids with their check digits: SSN, NINO,
 * Steuer-ID, NIR, DNI/NIE, CPF, BSN, PESEL, My Number, Aadhaar (Verhoeff), SNILS, Chinese resident
 * id, Emirates ID; public client IPv4/IPv6) and financial data (Luhn cards, CVCs and PINs, IBANs with
 * national checks, ABA routing and account numbers), each planted in the form its printer gives it
 * (JSON-, double-JSON-, XML-, form-, repr-, shell-escaped) and only where that form is contiguous.
 * Negatives: Vault audit `hmac-sha256:` values, SAML metadata and XML signatures with public
 * certificates, JWKS, WebAuthn attestation and public keys, OIDC discovery, authorize URLs with
 * state/nonce/code_challenge and public client ids, SCIM metadata and group lists, Kerberos service
 * principals, Duo integration info, Okta/Auth0 system events, Windows machine-account events with
 * SIDs and GUIDs, service-account LDIF, masked dumps, placeholders and templates, secret references
 * (ARNs, vault paths, op:// URIs, ExternalSecrets), certificate fingerprints and serials, prose about
 * passwords in five languages, role mailboxes, documentation and private IPs, versions and ids.
 * Seed 1: 500 positives, 3595 values (1880 credential, 1228 personal, 487 financial), 220 negatives.
 * First sight (lead, 2026-12-07 23:35 UTC, on the build after round l87's first commits, which were aimed at set 85 only):
 * seeds 1-2 92.9/93.3 % of values (credential 93.0/92.8 %, personal 92.4/93.7 %, financial 93.4/93.6 %), 39/38 of 220
 * negatives flagged (17.7/17.3 %: Duo integration keys, Kerberos service principals read as login pairs, an
 * ExternalSecret's variable name, identity teams' mailboxes, an RFC section number read as an IPv4 address).
 * After round l87 on it: seeds 1-2 95.0/95.5 %, 0/220 flagged; seed 4 (its cases not looked at) 95.1 %, 0/220.
 * Left: names in free text and non-Latin scripts, passwords under vendor-specific keys, Duo secret keys in vault tables,
 * TOTP seeds and recovery codes without a label, SCIM bearer tokens under custom headers.
 * A judgement call: Duo's integration key (`DI…`) is the public half of the pair (reported, no leak), though the set's
 * positives plant it as a credential in two sources (8 values at seed 1).
 * And an LDAP entry's hashed `userPassword: {SSHA}…` stays unreported (round fix21; sets 21 and 22 hold it a look-alike).
 * Round l88 (the left classes in general form: field objects naming a person, key/value table rows, Duo's `skey` under
 * every key reader, concealed fields pretty-printed): seeds 1/2/4 96.2/96.5/96.4 %, 0 flagged.
 */
describeBlindSet({ n: 86, build: buildBlindSet86, formatOk: formatOk86, minSize: { positives: 425, values: 3055, negatives: 187 }, minCovered: 0.945, minByGroup: { credential: 0.945, personal: 0.925, financial: 0.975 }, maxFlagged: 0.005 });
