import { B62, DIGITS, UPPER } from './blind-set-9-rng';
import * as g from './blind-set-44-gen';
import type { NegTpl } from './blind-set-44-gen';

/** Blind set 44 negatives: lines from the same systems that look close to a leak but hold none. */
const privIp = (r: import('./blind-set-9-rng').Rng9): string => r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, '127.0.0.1', `169.254.${r.int(0, 255)}.${r.int(1, 254)}`]);

export const NEGATIVES: [string, NegTpl[]][] = [
  ['ins', [
    ['gw-batch-log-clean', 7, (r) => `${g.logTs(r)} INFO  [ClaimCenter-BatchProcess-${r.int(1, 9)}] ClaimExceptionRule - claim=${g.claimNo(r)} publicID=cc:${r.digits(6)} exposures=${r.int(1, 4)} traceId=${r.hex(32)} spanId=${r.hex(16)} elapsed=${r.int(10, 900)}ms`],
    ['gw-config-placeholders', 7, (r) => `<dbcp-connection-pool jdbc-url="jdbc:sqlserver://\${GW_DB_HOST}:1433;databaseName=ClaimCenter;user=\${GW_DB_USER};password=\${GW_DB_PASSWORD}"/>
<s3 accessKeyId="AKIAIOSFODNN7EXAMPLE" secretKey="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" bucket="cc-archive-${r.pick(['dev', 'test'])}"/>`],
    ['fnol-masked', 7, (r) => JSON.stringify({ event: 'fnol.created', claimId: r.uuid(), reporter: { ssn: '***-**-' + r.digits(4), phone: '(***) ***-' + r.digits(4), email: 'j*****@e*****.com' }, payment: { card: '•••• •••• •••• ' + r.digits(4), bankAccount: 'XXXXXX' + r.digits(4) }, channel: 'ivr' })],
    ['rating-worksheet', 7, (r) => `rating_worksheet policy=${g.policyNo(r)} territory=${r.int(1, 99)} base_rate=${r.int(300, 900)}.${r.digits(2)} factors=[age:${(r.int(80, 160) / 100).toFixed(2)},credit_tier:${r.pick(['A', 'B', 'C'])},prior_claims:${r.int(0, 3)}] table_sha256=${r.hex(64)} premium=${g.money(r, 600, 4000)}`],
  ]],
  ['re', [
    ['reso-property-record', 7, (r) => `{"@odata.context":"https://api.bridgedataoutput.com/api/v2/OData/test/$metadata#Property","value":[{"ListingKey":"${r.hex(32)}","ListingId":"${g.mlsId(r)}","ListPrice":${r.int(200, 1900)}000,"BedroomsTotal":${r.int(1, 6)},"StandardStatus":"Active","ListAgentMlsId":"${r.digits(6)}","ModificationTimestamp":"${g.isoTs(r)}"}]}`],
    ['firebase-web-config', 7, (r) => `const firebaseConfig = {
  apiKey: "${g.googleKey(r)}",
  authDomain: "${r.pick(['nestwise', 'homefinder'])}-web.firebaseapp.com",
  projectId: "${r.pick(['nestwise', 'homefinder'])}-web",
  appId: "1:${r.digits(12)}:web:${r.hex(22)}"
};
const stripe = Stripe('pk_live_${r.b62(24)}');`],
    ['photo-cdn-urls', 7, (r) => `Media[0].MediaURL=https://photos.${r.pick(['zillowstatic.com/fp', 'rdcpix.com'])}/${r.hex(32)}-${r.pick(['cc_ft_960', 'od-w1024_h768'])}.jpg
Media[0].MediaKey=${r.hex(40)} Media[0].Order=1 Media[0].ImageSizeDescription=Large etag="${r.hex(32)}"`],
    ['odata-next-link', 7, (r) => `@odata.nextLink=https://api.mlsgrid.com/v2/Property?$skiptoken=${Buffer.from(JSON.stringify({ page: r.int(2, 90), sort: 'ModificationTimestamp', after: g.isoTs(r) })).toString('base64')}&$top=1000`],
  ]],
  ['mtg', [
    ['encompass-env-example', 7, (r) => `# .env.example — copy to .env and fill in
ENCOMPASS_INSTANCE_ID=BE${'1'.repeat(8)}
ENCOMPASS_CLIENT_ID=<your-client-id>
ENCOMPASS_CLIENT_SECRET=<your-client-secret>
ENCOMPASS_PASSWORD=changeme
BLEND_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx
# build ${r.hex(7)}`],
    ['loan-audit-trail', 7, (r) => `${g.isoTs(r)} audit loanGuid={${r.uuid()}} field=${r.pick(['4000', '1109', 'CX.RATELOCK', '3'])} oldValue=${r.int(1, 9)}.${r.digits(3)} newValue=${r.int(1, 9)}.${r.digits(3)} user=lo_${r.digits(3)} correlation=${r.hex(32)} host=${privIp(r)}`],
    ['wire-template-blank', 7, (r) => `WIRE INSTRUCTIONS (TEMPLATE v${r.int(2, 9)}) — do not send until verified by phone
  ABA Routing:     [provided on verification call]
  Account Number:  XXXXXXXX${r.digits(4)}
  Beneficiary:     <Escrow trust account name>
  Reference:       Escrow #${r.digits(8)}`],
    ['mismo-doc-hash', 7, (r) => `<DOCUMENT MISMOReferenceModelIdentifier="3.4.0${r.digits(2)}"><AUDIT_TRAIL><AUDIT_TRAIL_ENTRY_EVIDENCE><DigestValue>${r.b64(32)}</DigestValue><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/></AUDIT_TRAIL_ENTRY_EVIDENCE></AUDIT_TRAIL><LoanIdentifier>${r.int(2601, 2612)}${r.digits(6)}</LoanIdentifier></DOCUMENT>`],
  ]],
  ['pm', [
    ['portal-masked-keys', 7, (r) => `Integrations › AppFolio   status: connected   client id: ${r.hex(8)}…   secret: ••••••••••${r.hex(4)}
Integrations › Stripe     key: sk_live_****${r.digits(4)}   webhook: whsec_****   last sync ${g.isoTs(r)}`],
    ['yardi-wsdl-sample', 7, (r) => `<UserName>string</UserName>
<Password>string</Password>
<ServerName>string</ServerName>
<Database>string</Database>
<InterfaceLicense>string</InterfaceLicense>
<YardiPropertyId>${r.digits(4)}</YardiPropertyId>`],
    ['screening-status', 7, (r) => `screening_request=${r.uuid()} status=${r.pick(['COMPLETED', 'PENDING_APPLICANT', 'EXPIRED'])} score_band=${r.pick(['A', 'B', 'C'])} recommendation=${r.pick(['accept', 'conditional'])} report_id=${r.chars(UPPER + DIGITS, 12)} ttl=${r.int(1, 30)}d`],
    ['k8s-secret-refs', 7, (r) => `env:
  - name: BUILDIUM_CLIENT_SECRET
    valueFrom: { secretKeyRef: { name: buildium-${r.pick(['prod', 'stage'])}, key: client-secret } }
  - name: DB_PASSWORD
    valueFrom: { secretKeyRef: { name: pm-db, key: password } }
image: registry.internal/pm-sync@sha256:${r.hex(64)}`],
  ]],
  ['acc', [
    ['seam-docs-snippet', 7, (r) => `curl -X POST https://connect.getseam.com/locks/unlock_door \\
  -H "Authorization: Bearer \${SEAM_API_KEY}" \\
  -d '{"device_id":"${r.uuid()}"}'   # action_attempt_id ${r.uuid()}`],
    ['docusign-ids', 7, (r) => `envelopeId=${r.uuid()} accountId=${r.uuid()} status=completed recipients=${r.int(1, 5)} ds_client_id=${r.uuid()} private_key_path=/run/secrets/docusign.pem certificateHash=${r.hex(40).toUpperCase()}`],
    ['lock-telemetry', 7, (r) => `${g.isoTs(r)} lock=${r.chars(UPPER + DIGITS, 12)} state=${r.pick(['locked', 'unlocked', 'jammed'])} battery=${r.int(5, 100)}% rssi=-${r.int(40, 90)} fw=${r.int(1, 4)}.${r.int(0, 20)}.${r.int(0, 99)}+${r.hex(8)} gw=${privIp(r)}`],
    ['jwks-public', 7, (r) => `{"keys":[{"kty":"RSA","use":"sig","kid":"${r.b62(12)}","alg":"RS256","e":"AQAB","n":"${r.b64url(256)}"}]}`],
  ]],
  ['law', [
    ['pacer-docs-redacted', 7, (r) => `{"loginId":"${r.pick(['your_login', 'USERNAME'])}","password":"********","clientCode":"${r.chars(UPPER, 4)}","redactFlag":"1"}  -> loginResult=13 errorDescription="Login failed"`],
    ['clio-hook-delivery', 7, (r) => `${g.isoTs(r)} webhook delivery id=${r.digits(9)} model=matter event=updated status=200 X-Hook-Signature=${r.hex(64)} X-Request-Id=${r.uuid()} duration_ms=${r.int(20, 600)}`],
    ['privilege-log-example', 7, (r) => `Bates,Date,Author,Privilege
${r.chars(UPPER, 4)}-${r.digits(6)},2025-${r.int(10, 12)}-${r.int(10, 28)},"Jane Doe <jane.doe@example.com>",Attorney-Client
${r.chars(UPPER, 4)}-${r.digits(6)},2025-${r.int(10, 12)}-${r.int(10, 28)},"Counsel <counsel@firm.example>",Work Product`],
    ['schema-ddl', 7, (r) => `CREATE TABLE ${r.pick(['client', 'claimant', 'borrower'])} (id BIGSERIAL PRIMARY KEY, ssn CHAR(9) NOT NULL, dob DATE, iban VARCHAR(34), card_pan_token VARCHAR(64), api_key_hash CHAR(64));
COMMENT ON COLUMN ${r.pick(['client', 'claimant'])}.ssn IS 'encrypted at rest (KMS key alias/pii-${r.pick(['prod', 'stage'])})';`],
  ]],
  ['ops', [
    ['ci-build-log', 7, (r) => `#${r.int(100, 9999)} DONE ${r.int(1, 90)}.${r.digits(1)}s  commit ${r.hex(40)} image sha256:${r.hex(64)} tag v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)}-${r.hex(7)}`],
    ['private-ip-log', 7, (r) => `${privIp(r)} - - [${r.int(10, 28)}/Mar/2026:${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" upstream=${privIp(r)}:8080 fe80::${r.hex(4)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}`],
    ['rfc2606-contacts', 7, (r) => `notify: ["ops@example.com", "claims-alerts@${r.pick(['example.org', 'example.net', 'adjusters.test'])}", "noreply@portal.invalid"]  # user: jdoe@example.com`],
    ['low-entropy-values', 7, (r) => `test_fixture: { password: "${r.pick(['1111111111', 'password123', 'aaaaaaaaaa'])}", pin: "${r.pick(['123456', '000000', '111111'])}", account: "${r.pick(['000000000', '123456789'])}", token: "${'x'.repeat(r.int(24, 40))}" }`],
    ['env-template', 7, (r) => `# ${r.pick(['docker-compose.override.yml.sample', '.env.sample'])}
POSTGRES_PASSWORD=\${POSTGRES_PASSWORD:?set me}
SENDGRID_API_KEY=<your-sendgrid-key>
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX`],
    ['public-key-pem', 6, (r) => `-----BEGIN PUBLIC KEY-----\n${Buffer.concat([Buffer.from('3059301306072a8648ce3d020106082a8648ce3d03010703420004', 'hex'), r.bytes(64)]).toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----`],
    ['otel-span', 6, (r) => `{"traceId":"${r.hex(32)}","spanId":"${r.hex(16)}","parentSpanId":"${r.hex(16)}","name":"POST /rest/claim/v1/claims","attributes":{"http.status_code":201,"net.peer.ip":"${privIp(r)}","request.id":"${r.chars(B62, 22)}"}}`],
    ['hex-digests-manifest', 6, (r) => `sha256  ${r.hex(64)}  reso-dd-2.0.xlsx\nsha1    ${r.hex(40)}  mismo-3.4.xsd\nmd5     ${r.hex(32)}  acord-125.pdf\nbuild=${DIGITS[r.int(1, 9)]}${r.digits(5)}`],
  ]],
];
