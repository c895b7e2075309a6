import { tpl, type Ctx69, type Tpl69 } from './blind-set-69-ctx';
import { host, reqId } from './blind-set-69-kit';

const ip10 = (c: Ctx69): string => c.pick([`10.${c.r.int(0, 255)}.${c.r.int(0, 255)}.${c.r.int(1, 254)}`, `192.168.${c.r.int(0, 255)}.${c.r.int(1, 254)}`]);
const inqId = (c: Ctx69): string => c.r.chars('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 24);
const ver = (c: Ctx69): string => `${c.r.int(1, 9)}.${c.r.int(0, 40)}.${c.r.int(0, 20)}`;

/** Negatives: provider identifiers, statuses and redacted or placeholder credentials. */
export const NEG_A: Tpl69[] = [
  tpl(
    'neg-onfido',
    'check-completed',
    (c) => `${c.ts()} INFO onfido-webhook: check.completed id=${c.r.uuid()} result=${c.pick(['clear', 'consider'])} href=https://api.eu.onfido.com/v3.6/checks/${c.r.uuid()} applicant_id=${c.r.uuid()}
${c.ts()} INFO onfido-webhook: reports=[document, facial_similarity_motion, watchlist_standard] duration_ms=${c.r.int(40, 900)}`,
  ),
  tpl(
    'neg-onfido',
    'redacted-token',
    (c) => `${c.ts()} ERROR onfido: 401 authorization_error on GET /v3.6/applicants/${c.r.uuid()}
request headers: {"Authorization":"Token token=${c.pick(['api_live.[REDACTED]', 'api_live.****************', '[FILTERED]', 'api_sandbox.<redacted>'])}","User-Agent":"onfido-node/${ver(c)}"}
hint: rotate the token in the Onfido dashboard and update the ONFIDO_API_TOKEN secret`,
  ),
  tpl(
    'neg-onfido',
    'docs-placeholder',
    (c) => `Runbook step ${c.r.int(2, 9)} failed validation: the example still contains placeholders
curl -X POST https://api.${c.pick(['eu', 'us', 'ca'])}.onfido.com/v3.6/applicants \\
  -H 'Authorization: Token token=${c.pick(['<YOUR_API_TOKEN>', '$ONFIDO_API_TOKEN', '{{onfido_token}}', 'YOUR_API_TOKEN'])}' \\
  -d '{"first_name":"<FIRST_NAME>","last_name":"<LAST_NAME>"}'`,
  ),
  tpl(
    'neg-persona',
    'inquiry-ids',
    (c) => `persona sync: inquiry inq_${inqId(c)} template itmpl_${inqId(c)} status=${c.pick(['completed', 'needs_review', 'expired'])}
verifications=[ver_${inqId(c)}, ver_${inqId(c)}] reports=[rep_${inqId(c)}] Persona-Version=2023-01-05 took ${c.r.int(80, 2000)}ms`,
  ),
  tpl(
    'neg-persona',
    'key-placeholder',
    (
      c,
    ) => `config error: PERSONA_API_KEY looks like a placeholder ("${c.pick(['persona_sandbox_<API_KEY>', 'persona_production_xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', '${PERSONA_API_KEY}', 'changeme'])}"), refusing to start
see https://docs.withpersona.com/reference/authentication`,
  ),
  tpl(
    'neg-jumio',
    'workflow-status',
    (
      c,
    ) => `jumio workflow ${c.r.uuid()} status=PROCESSED decision=${c.pick(['PASSED', 'REJECTED', 'WARNING'])} capabilities.usability=[PASSED] capabilities.liveness=[${c.pick(['PASSED', 'NOT_EXECUTED'])}]
account=${c.r.uuid()} credentials=[${c.r.uuid()}] dataCenter=${c.pick(['US', 'EU', 'SG'])} retrieved in ${c.r.int(90, 800)} ms`,
  ),
  tpl(
    'neg-veriff',
    'decision-codes',
    (
      c,
    ) => `veriff decision session=${c.r.uuid()} code=${c.pick(['9001', '9102', '9103', '9104'])} status=${c.pick(['approved', 'declined', 'resubmission_requested'])} reason_code=${c.pick(['null', '102', '106', '201'])}
X-HMAC-SIGNATURE verified (${c.r.hex(64)}) acceptanceTime=${c.ts()}`,
  ),
  tpl(
    'neg-sumsub',
    'applicant-ids',
    (
      c,
    ) => `sumsub applicantReviewed applicantId=${c.r.hex(24)} inspectionId=${c.r.hex(24)} correlationId=req-${c.r.uuid()} levelName=${c.pick(['basic-kyc-level', 'idv-and-phone-verification', 'kyb-level'])}
reviewResult={"reviewAnswer":"${c.pick(['GREEN', 'RED'])}","rejectLabels":[${c.pick(['', '"DOCUMENT_PAGE_MISSING"', '"SELFIE_MISMATCH"'])}]} createdAtMs=${c.ts()}`,
  ),
  tpl(
    'neg-sumsub',
    'signature-headers',
    (c) => `GET /resources/applicants/-;externalUserId=usr_${c.r.int(100000, 999999)}/one 200 in ${c.r.int(40, 600)}ms
X-App-Access-Ts: ${c.unix()}
X-App-Access-Sig: ${c.r.hex(64)}
X-App-Token: [masked]`,
  ),
  tpl(
    'neg-middesk',
    'business-status',
    (
      c,
    ) => `middesk business ${c.r.uuid()} "${c.pick(['Acme Holdings LLC', 'Northwind Traders Inc', 'Globex Corporation', 'Initech LLC'])}" status=${c.pick(['approved', 'in_review', 'open'])} tasks=[name:success, tin:${c.pick(['success', 'failure'])}, sos_match:success, watchlist:success]
registration: ${c.pick(['DE', 'TX', 'CA', 'NY'])} SOS file no. redacted, formation_date=20${c.r.int(10, 25)}-0${c.r.int(1, 9)}-1${c.r.int(0, 9)}`,
  ),
  tpl(
    'neg-ca',
    'search-meta',
    (
      c,
    ) => `complyadvantage search ${c.r.int(100000000, 999999999)} ref=${c.r.int(1600000000, 1700000000)}-${c.r.b62(8)} match_status=${c.pick(['no_match', 'false_positive', 'potential_match'])} total_hits=${c.r.int(0, 12)}
share_url=https://app.complyadvantage.com/public/search/${c.r.int(1600000000, 1700000000)}-${c.r.hex(8)}/${c.r.hex(12)} (api_key=[REDACTED])`,
  ),
  tpl(
    'neg-stripe',
    'publishable-key',
    (c) => `identity modal failed to open: verification_session vs_${c.r.b62(24)} is already verified
window.__CONFIG__ = {"stripePublishableKey":"pk_live_51${c.r.b62(95)}","identityReturnUrl":"https://app.example.com/kyc/return"}`,
  ),
  tpl(
    'neg-stripe',
    'test-card',
    (c) => `[staging] verification fee charged with Stripe test card 4242 4242 4242 4242 (exp 12/34, CVC 123) -> ch_${c.r.b62(24)} status=succeeded livemode=false
note: test cards only work with sk_test_ keys; see stripe.com/docs/testing`,
  ),
  tpl(
    'neg-aws',
    'docs-example-key',
    (c) => `Terraform example (docs/aws-kyc-bucket.md) copied verbatim:
provider "aws" {
  access_key = "AKIAIOSFODNN7EXAMPLE"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}
Error: InvalidClientTokenId: The security token included in the request is invalid. (request ${reqId(c)})`,
  ),
  tpl(
    'neg-docusign',
    'envelope-status',
    (c) => `docusign connect: envelope ${c.r.uuid()} status=${c.pick(['sent', 'delivered', 'completed', 'declined'])} account=${c.r.uuid()} recipients=${c.r.int(1, 4)} generatedDateTime=${c.ts()}
documentsUri=/envelopes/${c.r.uuid()}/documents certificateUri=/envelopes/${c.r.uuid()}/documents/certificate`,
  ),
  tpl(
    'neg-docusign',
    'consent-url',
    (c) => `consent_required: open this URL once as the impersonated user:
https://${c.pick(['account-d', 'account'])}.docusign.com/oauth/auth?response_type=code&scope=signature%20impersonation&client_id=${c.r.uuid()}&redirect_uri=https%3A%2F%2Fesign.example.com%2Fcallback&state=${c.r.hex(16)}`,
  ),
  tpl('neg-docusign', 'public-key', (c) => {
    const der = Buffer.concat([Buffer.from('30820122300d06092a864886f70d01010105000382010f003082010a0282010100', 'hex'), c.r.bytes(256), Buffer.from('0203010001', 'hex')]);
    return `uploaded RSA public key for integration ${c.r.uuid()} (keypair id ${c.r.uuid()}):
-----BEGIN PUBLIC KEY-----
${der
  .toString('base64')
  .replace(/(.{64})/g, '$1\n')
  .trim()}
-----END PUBLIC KEY-----
DocuSign returned: key already registered`;
  }),
  tpl(
    'neg-docusign',
    'hmac-verified',
    (c) => `connect listener: X-DocuSign-Signature-1=${c.r.b64(32)} verified with key #1 (key id ${c.r.uuid()}), X-DocuSign-Signature-2 absent
envelope ${c.r.uuid()} queued for archive (${c.r.int(1, 30)} pages, ${c.r.int(20, 4000)} KB)`,
  ),
  tpl(
    'neg-adobe',
    'agreement-ids',
    (c) => `adobe sign agreement CBJCHBCAABAA${c.r.b62(32)} status=${c.pick(['SIGNED', 'OUT_FOR_SIGNATURE', 'CANCELLED'])} webhook=${c.r.uuid()} event=AGREEMENT_WORKFLOW_COMPLETED
x-adobesign-clientid verified; shard=na${c.r.int(1, 4)} api_access_point=https://api.na${c.r.int(1, 4)}.adobesign.com/`,
  ),
  tpl(
    'neg-dropbox',
    'signature-request',
    (c) => `dropbox sign callback ok: signature_request_id=${c.r.hex(40)} event=${c.pick(['signature_request_all_signed', 'signature_request_viewed'])} event_hash=${c.r.hex(64)} (verified)
files_url=https://api.hellosign.com/v3/signature_request/files/${c.r.hex(40)}`,
  ),
  tpl(
    'neg-pandadoc',
    'document-ids',
    (c) => `pandadoc document ${c.r.b62(22)} moved to document.${c.pick(['completed', 'sent', 'viewed'])} (template ${c.r.b62(22)}, workspace ${c.r.b62(22)})
webhook delivery ${c.r.uuid()} signature=${c.r.hex(64)} status=200`,
  ),
  tpl(
    'neg-files',
    'document-hashes',
    (c) => `document stored: s3://kyc-docs-${c.pick(['eu', 'us'])}/${c.r.uuid()}/front.jpg sha256=${c.r.hex(64)} md5=${c.r.hex(32)} etag="${c.r.hex(32)}" size=${c.r.int(200000, 4000000)}
document stored: s3://kyc-docs-${c.pick(['eu', 'us'])}/${c.r.uuid()}/selfie.jpg sha256=${c.r.hex(64)} retention=P${c.r.int(1, 7)}Y`,
  ),
  tpl(
    'neg-deploy',
    'commit-shas',
    (c) => `deploy ${host(c)}: ${c.r.hex(7)}..${c.r.hex(7)} (${c.r.int(2, 30)} commits)
  ${c.r.hex(40)} kyc: retry Onfido 5xx with jitter
  ${c.r.hex(40)} esign: bump docusign-esign to ${ver(c)}
image sha256:${c.r.hex(64)} rollout failed: readiness probe timeout`,
  ),
];
void ip10;
export { ip10 };
