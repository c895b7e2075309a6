/**
 * Blind held-out set 22 — identity and access. Sealed: written without reading the scanner's source,
 * its docs, its fixtures or its tests, and never measured while written. First sight: to be measured
 * by the lead (the "covers" floors below are 0 % covered / 100 % flagged until then).
 *
 * Theme: error output and payloads of identity systems as they reach Datadog alerts.
 *   saml       SAMLResponse blobs (raw base64, URL-encoded form bodies, JSON, SAML-tracer exports, AD FS
 *              event 411 tokens), decoded assertions with NameID and attribute statements (e-mail, phone,
 *              birth date, national ids: SSN, NINO, BSN, personnummer, NIR, DNI; home addresses), SP
 *              signing keys (helm values, Keycloak realm export, SimpleSAMLphp escaped PEM)
 *   oidc       authorization codes in callbacks, implicit-flow fragments, token endpoint responses and
 *              requests (client secret, PKCE verifier), Basic client auth, device codes, JWKS and JWKs
 *              with private members, Google OAuth tokens, introspection, id-token claims, env dumps
 *   idp        Okta system log / SSWS tokens / inline hooks / session and activation tokens, Auth0 logs,
 *              Actions secrets, Terraform plans, Entra sign-in logs, app secrets, Graph users, Keycloak
 *              admin events / admin-cli / client secrets, PingFederate / PingOne, OneLogin, Cognito,
 *              Firebase Auth
 *   directory  ldapsearch -w, sssd, Spring LDAP, LDIF (userPassword:: base64 cleartext, unicodePwd::,
 *              base64 homePostalAddress), Get-ADUser, ldap3 tracebacks, secretsdump NT hashes, kinit,
 *              klist -K keys, keytabs (base64 secret, xxd dump), Entra Connect connector password
 *   scim       create / patch / bulk payloads with passwords, e-mails, phones, addresses; 409 errors;
 *              bearer tokens; custom extensions with national id and birth date
 *   hr         Workday, BambooHR, HiBob, Personio, Rippling, UK BACS, AFAS, Concur, ADP, Gusto: SSNs,
 *              national ids, birth dates, home addresses, IBANs (compact and spaced), ABA routing and
 *              account numbers, sort codes, corporate card numbers
 *   mfa        otpauth:// URIs, Okta factor enrolment secrets, recovery codes, SMS OTP logs, Duo skey,
 *              password-reset / magic-link / activation / Firebase oob links, Redis and PHP sessions,
 *              session cookies
 *   access     Kong / Apigee / API Gateway authorizer / nginx auth_request logs, GCP key JSON (escaped
 *              and base64), Azure SP env, AWS assumed-role env / STS XML / credentials file / Cognito
 *              identity credentials, Google server API key, HS256 secret and token
 *   extra      Shibboleth keystore / LDAP credentials, Keycloak LDAP federation bindCredential, okta-cli
 *              client secret, private_key_jwt client assertion, dex GitHub client secret and PAT, Slack
 *              bot / user tokens, Vault token with OIDC client secret, RADIUS secret and PAP password,
 *              expense and payout profiles (IBAN, card), Okta Workflows / Deel ACH, BACS sort codes
 *   neg-federation  IdP metadata and public certs, AuthnRequest redirects, InResponseTo errors, public
 *              JWKS / JWKs, discovery documents, authorize URLs (state, nonce, code_challenge), error
 *              redirects, masked token responses, the jwt.io doc token, client config, placeholders,
 *              device user codes
 *   neg-directory  IdP events for example.com test users, token listings without values, ids-only
 *              sign-in logs, secret hints, Keycloak pbkdf2 credentials, {SSHA} (plain and base64),
 *              bcrypt rows, prompted binds, SIDs / GUIDs, krb5 traces with abbreviated keys, klist
 *              tickets, SCIM test-user lists and schemas, masked HR fields, branding addresses, groups
 *   neg-access  documented TOTP example, WebAuthn registrations, masked factor lists, filtered reset
 *              links, session-store stats, redacted Kong logs, authorizer policies, AWS doc keys, role
 *              ARNs, GCP key ids, Azure manifests, Cognito pool config, trace ids, challenges,
 *              fingerprints, Okta object ids
 *
 * Counts (the same for every seed; only values and layouts change): 218 positives (109 cases drawn
 * twice) holding 408 planted values — 222 credential (54.4 %), 124 personal (30.4 %), 62 financial
 * (15.2 %) — and 156 negatives (52 cases drawn three times).
 *
 * Decisions (what is and is not a leak):
 *   - A SAMLResponse (or AD FS token) carrying an assertion is a bearer credential: the whole blob is
 *     planted in the encoding it appears in (base64 or URL-encoded base64). A SAMLRequest / AuthnRequest
 *     is not a secret (negative).
 *   - OAuth `state`, OIDC `nonce`, WebAuthn challenges, PKCE `code_challenge`, SAML ID / InResponseTo,
 *     `kid`s, client ids, tenant / object GUIDs, issuer and audience URLs, request / trace / event ids,
 *     device-flow user codes are not leaks. The PKCE `code_verifier`, authorization codes and device
 *     codes are credentials.
 *   - Salted slow password hashes ({SSHA}, bcrypt, Keycloak pbkdf2 secretData) are not leaks; unsalted
 *     NT hashes (usable for pass-the-hash) are credentials. LDIF `userPassword::` holding a base64
 *     cleartext and `unicodePwd::` are credentials.
 *   - Public certificates, public JWKS / JWKs, SHA fingerprints and thumbprints are not leaks; JWK
 *     private members (`d`, `p`) and PEM private keys are.
 *   - Masked values (`***-**-1234`, `XXXXXX6789`, `[REDACTED]`, `+1 XXX-XXX-1234`), placeholders,
 *     documented example values (jwt.io token, AWS docs AKIAIOSFODNN7EXAMPLE, the JBSWY3DPEHPK3PXP TOTP
 *     example), test users at example.com/org/net and public company addresses in IdP branding are not
 *     leaks.
 *   - Personal values planted: e-mail (also URL-encoded), phone, birth date, home / street address
 *     (also JSON-escaped and LDIF base64), national ids, full names where an IdP log pairs them with a
 *     login. Employee numbers are left unplanted (neither positive value nor negative on their own).
 *   - SMS one-time codes and MFA recovery codes are credentials. A keytab xxd dump plants the key
 *     bytes as printed (four hex groups of one line); krb5 traces that abbreviate keys are negatives.
 *
 * First sight, measured by the lead once per seed on main 81535ed (533 detectors: every round of the
 * 2026-12-05 afternoon session except the encodings round, none aimed at this theme; the cases were
 * committed in 9114d46 and not read before): values fully covered 80.9-82.6 % (330-337 of 408);
 * credential 73.4-74.8 %, personal 84.7-88.7 %, financial 100 %; negatives flagged 13.5 % (21 of 156)
 * on every seed. Seed 1: 81.9 %, credential 73.9, personal 87.1, 13.5 % flagged. Floors sit just under
 * the worst seed.
 * AFTER ROUNDS fix22a and fix22b (2026-12-05 10:15 UTC, main 9e6701c; tuned on this set, so an upper bound):
 * seeds 1-10 98.8-99.5 % covered (credential 98.6-100, personal 98.4, financial 100), 0 % flagged. Floors
 * raised to just under the worst seed.
 */
import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet22 } from '../../helpers/blind-set-22';
import { formatOk22 } from '../../helpers/blind-set-22-format';

describeBlindSet({
  n: 22,
  build: buildBlindSet22,
  formatOk: formatOk22,
  minSize: { positives: 180, values: 200, negatives: 110 },
  minCovered: 0.985,
  minByGroup: { credential: 0.98, personal: 0.98, financial: 0.99 },
  maxFlagged: 0.01,
});
