import { tpl, type Tpl69 } from './blind-set-69-ctx';
import { host, reqId } from './blind-set-69-kit';
import { ip10 } from './blind-set-69-neg-a';

/** Negatives: encoded non-secrets, redacted PII, metrics, schedules, amounts and other look-alikes. */
export const NEG_B: Tpl69[] = [
  tpl('neg-encoded', 'base64-payload', (c) => {
    const body = JSON.stringify({ resource_type: 'check', action: c.pick(['check.completed', 'check.started']), object: { id: c.r.uuid(), status: 'complete' } });
    return `queue message (base64) could not be acked after 3 attempts:\n${Buffer.from(body).toString('base64')}\nmessageId=${c.r.uuid()} receiveCount=${c.r.int(3, 9)}`;
  }),
  tpl(
    'neg-encoded',
    'jwt-header-only',
    (
      c,
    ) => `jwt verify: unsupported alg in header ${Buffer.from(JSON.stringify({ alg: c.pick(['RS512', 'ES256', 'PS256']), typ: 'JWT', kid: c.r.uuid() })).toString('base64url')} (token body omitted from logs)
jwks=https://${c.pick(['auth.amer-1.jumio.ai', 'account.docusign.com'])}/.well-known/jwks.json cache_age=${c.r.int(1, 3600)}s`,
  ),
  tpl(
    'neg-redacted',
    'pii-masked',
    (c) =>
      `{"level":"warn","msg":"applicant update rejected","applicant":{"first_name":"[REDACTED]","last_name":"[REDACTED]","email":"${c.pick(['***@***', '[email]', 'r***@g***.com'])}","ssn":"${c.pick(['***-**-****', 'XXX-XX-XXXX', '[SSN]'])}","dob":"****-**-**"},"reason":"dob_in_future","trace":"${reqId(c)}"}`,
  ),
  tpl(
    'neg-redacted',
    'iban-masked',
    (c) =>
      `payout ${c.r.uuid()} held: IBAN ${c.pick(['DE** **** **** **** **** 00', 'GB**NWBK************', 'FR76 **** **** **** **** ***'])} failed name check (result=${c.pick(['NO_MATCH', 'CLOSE_MATCH'])}), amount=€${c.r.int(10, 9000)}.${c.r.int(10, 99)}`,
  ),
  tpl(
    'neg-example',
    'rfc2606-emails',
    (c) => `e2e suite: signer invitation bounced for ${c.pick(['applicant+e2e@example.com', 'signer1@example.org', 'kyc-bot@example.net'])} (${c.pick(['550 5.1.1', '552 5.2.2'])})
cc: ${c.pick(['compliance@example.com', 'esign-alerts@example.org'])}; run ${c.r.hex(8)} on runner ${ip10(c)}`,
  ),
  tpl(
    'neg-example',
    'doc-iban',
    (
      c,
    ) => `unit test failure in iban_validator_spec.rb: expected "GB82 WEST 1234 5698 7654 32" (ISO 13616 documentation example) to be valid after normalisation, got "${c.pick(['invalid_length', 'bad_checksum'])}"
seed ${c.r.int(1000, 99999)}, ${c.r.int(100, 900)} examples, 1 failure`,
  ),
  tpl(
    'neg-net',
    'private-ips',
    (c) => `dial tcp ${ip10(c)}:${c.pick(['443', '5432', '6379'])}: connect: connection refused (kyc-worker -> ${c.pick(['postgres', 'redis', 'docusign-proxy'])})
retrying in ${c.r.int(1, 30)}s; upstream ${ip10(c)} marked unhealthy by ${host(c)}`,
  ),
  tpl(
    'neg-net',
    'access-log',
    (c) =>
      `${ip10(c)} - - [04/Mar/2026:${c.r.int(10, 23)}:${c.r.int(10, 59)}:${c.r.int(10, 59)} +0000] "POST /webhooks/${c.pick(['onfido', 'persona', 'veriff', 'docusign'])}/${c.r.uuid()} HTTP/1.1" ${c.pick(['401', '500', '502'])} ${c.r.int(20, 900)} "-" "${c.pick(['Onfido-Webhooks/1.0', 'DocuSign Connect', 'Persona-Webhooks'])}" rt=${c.r.int(1, 900) / 1000}`,
  ),
  tpl(
    'neg-metrics',
    'prometheus',
    (c) => `kyc_provider_requests_total{provider="${c.pick(['onfido', 'jumio', 'sumsub'])}",status="401"} ${c.r.int(1, 9000)}
kyc_provider_latency_seconds_bucket{provider="${c.pick(['persona', 'veriff'])}",le="0.5"} ${c.r.int(1, 90000)}
esign_envelopes_failed_total{provider="docusign",reason="consent_required"} ${c.r.int(1, 300)}
alert KycProvider401Rate firing for ${c.r.int(5, 60)}m`,
  ),
  tpl(
    'neg-ratelimit',
    'retry-after',
    (c) => `${c.pick(['Trulioo', 'ComplyAdvantage', 'Middesk', 'Socure'])} returned 429 Too Many Requests; retry-after=${c.r.int(1, 120)} x-ratelimit-remaining=0 x-ratelimit-reset=${c.unix()}
job ${c.r.uuid()} rescheduled (attempt ${c.r.int(2, 6)}/6), request id ${reqId(c)}`,
  ),
  tpl(
    'neg-schedule',
    'cron',
    (c) =>
      `CronJob/kyc-rescreen schedule "${c.r.int(0, 59)} ${c.r.int(0, 23)} * * *" missed ${c.r.int(1, 5)} runs (startingDeadlineSeconds=300); last success ${c.ts()}, duration PT${c.r.int(1, 59)}M${c.r.int(1, 59)}S`,
  ),
  tpl(
    'neg-money',
    'payout-batch',
    (c) =>
      `payout batch PB-${c.r.int(20260101, 20261231)}-${c.r.int(100, 999)}: ${c.r.int(10, 900)} transfers, total ${c.pick(['€', '£', '$'])}${c.r.int(1000, 900000)}.${c.r.int(10, 99)}, ${c.r.int(1, 9)} held for KYC (order numbers ORD-${c.r.int(100000, 999999)}, ORD-${c.r.int(100000, 999999)})`,
  ),
  tpl(
    'neg-shipping',
    'tracking',
    (c) =>
      `id-card courier tracking stalled: UPS 1Z${c.r.chars('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 6)}${c.r.digits(10)} / DHL ${c.r.digits(10)} last scan ${c.ts()} (facility ${c.pick(['Leipzig Hub', 'Louisville Worldport', 'East Midlands'])})`,
  ),
  tpl(
    'neg-vault',
    'secret-refs',
    (c) => `helm upgrade kyc ./chart failed: values.secrets.onfido.existingSecret "kyc-provider-keys" not found
values: {onfido: {apiTokenSecretKey: ONFIDO_API_TOKEN, region: EU}, docusign: {privateKeyPath: /var/run/secrets/docusign/key.pem, vaultPath: kv/esign/docusign}, persona: {apiKey: "\${PERSONA_API_KEY}"}} (revision ${c.r.int(2, 90)})`,
  ),
  tpl(
    'neg-ci',
    'masked-env',
    (c) => `Run ./scripts/verify-webhooks.sh
  env:
    ONFIDO_API_TOKEN: ***
    DOCUSIGN_SECRET_KEY: ***
    SUMSUB_SECRET_KEY: ***
Error: webhook ${c.r.uuid()} points to https://hooks.example.com/${c.pick(['onfido', 'sumsub'])} (expected https://hooks.${c.pick(['staging', 'prod'])}.internal)`,
  ),
  tpl(
    'neg-versions',
    'sdk-versions',
    (
      c,
    ) => `dependency audit: onfido-node ${c.r.int(2, 3)}.${c.r.int(0, 9)}.${c.r.int(0, 9)} -> 4.0.0 (breaking), docusign-esign 8.${c.r.int(0, 4)}.${c.r.int(0, 9)}, @sumsub/websdk 2.${c.r.int(0, 9)}.${c.r.int(0, 20)}, persona-react 5.${c.r.int(0, 9)}.${c.r.int(0, 9)}
lockfile sha512-${Buffer.from(c.r.hex(48)).toString('base64').slice(0, 86)}== mismatch for stripe@${c.r.int(14, 17)}.${c.r.int(0, 20)}.0`,
  ),
  tpl(
    'neg-trulioo',
    'transaction-record',
    (c) =>
      `trulioo TransactionRecordID=${c.r.uuid()} CountryCode=${c.pick(['BR', 'MX', 'IN', 'DE'])} Record.RecordStatus=${c.pick(['match', 'nomatch'])} DatasourceResults=[${c.pick(['"Credit Agency"', '"National ID"', '"Telco"'])}: ${c.pick(['match', 'nomatch'])}] ProductName="Identity Verification" UploadedDt=${c.ts()}`,
  ),
  tpl(
    'neg-socure',
    'reason-codes',
    (c) =>
      `socure referenceId=${c.r.uuid()} decision=${c.pick(['accept', 'refer', 'reject'])} modelVersion=${c.r.int(3, 9)} reasonCodes=[${c.pick(['R186', 'I553', 'R207', 'I196'])}, ${c.pick(['R610', 'I618', 'R004'])}] sigma.score=0.${c.r.digits(3)} deviceSessionId=${c.r.uuid()}`,
  ),
  tpl(
    'neg-alloy',
    'tokens-ids',
    (c) =>
      `alloy evaluation_token=L-${c.r.b62(20)} entity_token=P-${c.r.b62(20)} application_token=JA-${c.r.b62(20)} outcome=${c.pick(['Approved', 'Manual Review', 'Denied'])} journey=${c.pick(['consumer-onboarding', 'business-kyb'])} version=${c.r.int(3, 40)}`,
  ),
  tpl(
    'neg-kyb',
    'company-names',
    (c) =>
      `KYB ownership tree incomplete for ${c.pick(['Brightvault Capital Ltd', 'Quanta Lending Partners LLC', 'Orbit Payroll Inc', 'Tallyhome Services LLC'])} (company no. ${c.r.digits(8)}, SIC ${c.r.int(10000, 99999)}): ${c.r.int(1, 4)} corporate shareholders unresolved, UBO threshold 25 %`,
  ),
  tpl(
    'neg-watchlist',
    'list-meta',
    (c) =>
      `watchlist refresh: OFAC SDN version ${c.r.int(2026, 2026)}-${c.r.int(10, 99)} (${c.r.int(12000, 18000)} entries), EU consolidated ${c.ts().slice(0, 10)} (${c.r.int(4000, 6000)}), UK HMT ${c.r.int(3000, 5000)}; fuzziness=0.${c.r.int(4, 8)}; ${c.r.int(0, 40)} new potential matches queued`,
  ),
];
