import { createHash } from 'node:crypto';
import { B62 } from './blind-set-9-rng';
import { epoch22 } from './blind-set-22-values';
import { iso22, neg, type NegCase22 } from './blind-set-22-types';

/** Access look-alikes: MFA and session metadata, redacted gateway logs, cloud identity metadata and documented example keys. */
export const negAccessCases: Record<string, NegCase22> = {
  'otpauth-doc-example': (r, id) =>
    neg(
      id,
      `${r.pick(['docs/mfa.md', 'Key URI Format (reference)'])}: otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example — paste a URI of this form into the test harness (run ${r.hex(8)})`,
    ),
  'webauthn-register': (r, id) =>
    neg(
      id,
      `${iso22(r)} DEBUG webauthn: registration verified ${JSON.stringify({ id: r.b64url(32), rawId: r.b64url(32), type: 'public-key', response: { clientDataJSON: Buffer.from(JSON.stringify({ type: 'webauthn.create', challenge: r.b64url(32), origin: 'https://login.brightlake.io' })).toString('base64url'), attestationObject: `o2NmbXRkbm9uZWdhdHRTdG10oGhhdXRoRGF0YVj${r.b64url(150)}` }, authenticatorAttachment: 'platform' })}`,
    ),
  'factor-list-masked': (r, id) =>
    neg(
      id,
      `GET /api/v1/users/00u${r.b62(17)}/factors -> [{"id":"mbl${r.b62(17)}","factorType":"sms","provider":"OKTA","status":"ACTIVE","profile":{"phoneNumber":"+1 XXX-XXX-${r.digits(4)}"}},{"id":"uft${r.b62(17)}","factorType":"token:software:totp","provider":"GOOGLE","profile":{"credentialId":"qa.user@example.com"}}]`,
    ),
  'reset-link-filtered': (r, id) =>
    neg(
      id,
      `${iso22(r)} INFO mailer: delivered "Reset your password" to user ${r.uuid()} link=https://app.brightlake.io/reset-password?token=[FILTERED]&email=[FILTERED] (message-id <${r.hex(16)}@mail.brightlake.io>)`,
    ),
  'session-stats': (r, id) =>
    neg(
      id,
      `127.0.0.1:6379> INFO keyspace\n# Keyspace\ndb0:keys=${r.int(1000, 90000)},expires=${r.int(1000, 90000)},avg_ttl=${r.int(100000, 86400000)}\n127.0.0.1:6379> MEMORY USAGE sess:__count__\n(integer) ${r.int(48, 200)}\n(alert: session store memory ${r.int(70, 99)}%)`,
    ),
  'kong-redacted': (r, id) =>
    neg(
      id,
      `kong http-log ${JSON.stringify({ request: { method: 'POST', uri: '/v1/payments', headers: { authorization: 'Bearer [REDACTED]', apikey: '[REDACTED]', 'x-request-id': r.uuid() } }, response: { status: 401 }, consumer: { id: r.uuid() }, route: { id: r.uuid() }, started_at: epoch22(r) })}`,
    ),
  'authorizer-policy': (r, id) =>
    neg(
      id,
      `authorizer result: ${JSON.stringify({ principalId: r.uuid(), policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Deny', Resource: `arn:aws:execute-api:eu-west-1:${r.digits(12)}:${r.b62(10).toLowerCase()}/prod/*` }] }, context: { scope: 'orders:read', clientId: r.b62(26).toLowerCase() } })}`,
    ),
  'aws-doc-keys': (r, id) =>
    neg(
      id,
      `# from the AWS CLI docs (example values), config test ${r.hex(6)}\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = ${r.pick(['us-west-2', 'eu-west-1'])}`,
    ),
  'role-arns': (r, id) =>
    neg(
      id,
      `User: arn:aws:sts::${r.digits(12)}:assumed-role/AWSReservedSSO_ReadOnly_${r.hex(16)}/ci-bot is not authorized to perform: iam:PassRole on resource: arn:aws:iam::${r.digits(12)}:role/okta-sso-admin (Service: Iam, Status Code: 403, Request ID: ${r.uuid()})`,
    ),
  'gcp-key-list': (r, id) =>
    neg(
      id,
      `$ gcloud iam service-accounts keys list --iam-account=scim-sync@brightlake-prod.iam.gserviceaccount.com\nKEY_ID                                    CREATED_AT            EXPIRES_AT            DISABLED\n${r.hex(40)}  ${iso22(r).slice(0, 19)}Z  9999-12-31T23:59:59Z\n${r.hex(40)}  ${iso22(r).slice(0, 19)}Z  ${iso22(r).slice(0, 19)}Z  True`,
    ),
  'azure-manifest': (r, id) =>
    neg(
      id,
      `app manifest diff: ${JSON.stringify({ appId: r.uuid(), identifierUris: [`api://${r.uuid()}`], keyCredentials: [{ customKeyIdentifier: createHash('sha1').update(r.hex(8)).digest('hex').toUpperCase(), keyId: r.uuid(), type: 'AsymmetricX509Cert', usage: 'Verify', value: null }], requiredResourceAccess: [{ resourceAppId: '00000003-0000-0000-c000-000000000000', resourceAccess: [{ id: r.uuid(), type: 'Scope' }] }] })}`,
    ),
  'cognito-pool-config': (r, id) =>
    neg(
      id,
      `amplify config: {"aws_cognito_region":"eu-west-1","aws_user_pools_id":"eu-west-1_${r.b62(9)}","aws_user_pools_web_client_id":"${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26)}","oauth":{"domain":"auth.brightlake.io","scope":["email","openid"],"redirectSignIn":"https://app.brightlake.io/"}}`,
    ),
  'trace-ids': (r, id) =>
    neg(
      id,
      `[Datadog] Monitor "SSO error rate > 5%" triggered at ${iso22(r)}\ntrace_id=${r.digits(19)} span_id=${r.digits(19)} dd.env=prod service=sso-gateway version=${r.hex(7)} event_id=${r.uuid()} request_id=${r.b62(24)}`,
    ),
  'challenge-nonce': (r, id) => neg(id, `${iso22(r)} DEBUG webauthn: issued challenge=${r.b64url(32)} for session-bound ceremony ${r.uuid()} (nonce=${r.hex(24)}, ttl=300s)`),
  'sha256-fingerprints': (r, id) =>
    neg(
      id,
      `SAML certificate rotation plan: old SHA-256 fingerprint ${[...Array(32)].map(() => r.hex(2).toUpperCase()).join(':')} -> new ${[...Array(32)].map(() => r.hex(2).toUpperCase()).join(':')} (effective ${iso22(r).slice(0, 10)})`,
    ),
  'opaque-ids': (r, id) =>
    neg(
      id,
      `okta group rule ${`0pr${r.chars(B62, 17)}`} evaluated for app ${`0oa${r.chars(B62, 17)}`}: ${r.int(0, 50)} users matched (policy ${`00p${r.chars(B62, 17)}`}, authenticator ${`aut${r.chars(B62, 17)}`})`,
    ),
};
