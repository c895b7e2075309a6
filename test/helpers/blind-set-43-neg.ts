import type { NegTpl43 } from './blind-set-43-gen';

const SCH = ['lakeview', 'rivercounty', 'bearcreek', 'pinehill'];
const ts = (r: { int: (a: number, b: number) => number }) => `2027-0${r.int(1, 9)}-1${r.int(0, 9)}T0${r.int(0, 9)}:${r.int(10, 59)}:${r.int(10, 59)}Z`;

/** Near misses from the same systems: ids, hashes, placeholders, masked and public values. */
export const NEG43: NegTpl43[] = [
  { id: 'neg-sis/sync-trace', make: (r) => `${ts(r)} INFO powerschool-sync batch=${r.uuid()} trace_id=${r.hex(32)} span_id=${r.hex(16)} students_upserted=${r.int(10, 900)} duration_ms=${r.int(100, 9000)}` },
  { id: 'neg-sis/placeholder-env', make: (r) => `PS_BASE_URL=https://${r.pick(SCH)}.powerschool.com\nPS_CLIENT_ID=<your-plugin-client-id>\nPS_CLIENT_SECRET=<your-plugin-client-secret>\n# build ${r.hex(40)}` },
  { id: 'neg-lms/canvas-masked-token', make: (r) => `Settings > Approved Integrations: "Roster sync" token ${r.int(1, 9999)}~${'*'.repeat(8)}${r.b62(4)} created ${ts(r)}, last used ${r.int(2, 40)} min ago` },
  { id: 'neg-lms/moodle-course-url', make: (r) => `GET /course/view.php?id=${r.int(100, 99999)}&section=${r.int(0, 12)} 200 ${r.int(20, 400)}ms sesskey_checked=true request_id=${r.hex(24)}` },
  { id: 'neg-lms/lti-launch-ids', make: (r) => `LTI 1.3 launch: deployment_id=${r.int(1, 999)}:${r.hex(40)} resource_link_id=${r.uuid()} context_id=${r.hex(40)} nonce_verified=true` },
  { id: 'neg-roster/clever-ids', make: (r) => `clever sync: district ${r.hex(24)} school ${r.hex(24)} section ${r.hex(24)} — ${r.int(1, 400)} students, ${r.int(1, 30)} teachers (etag W/"${r.hex(32)}")` },
  { id: 'neg-roster/oneroster-template', make: (r) => `# oneroster.yml template\nclient_key: \${ONEROSTER_CLIENT_KEY}\nclient_secret: \${ONEROSTER_CLIENT_SECRET}\nbase_url: https://${r.pick(SCH)}.example.org/ims/oneroster/v1p1\npage_size: ${r.int(100, 1000)}` },
  { id: 'neg-admissions/ceeb-codes', make: (r) => `school_lookup ceeb=${r.int(100000, 999999)} nces_id=${r.digits(12)} ope_id=00${r.digits(4)}00 term=FA2027 decision_round=${r.pick(['ED', 'EA', 'RD'])}` },
  { id: 'neg-finaid/masked-ssn', make: (r) => `ISIR ${r.int(2026, 2027)} txn ${r.int(1, 9).toString().padStart(2, '0')} loaded: SSN ***-**-${r.digits(4)}, C-flags=${r.int(0, 3)}, SAI computed, batch ${r.hex(12)}` },
  { id: 'neg-finaid/masked-bank', make: (r) => `Refund preference saved: ACH to ${r.pick(['Checking', 'Savings'])} ••••${r.digits(4)} (routing ending ${r.digits(2)}X), effective ${ts(r)}` },
  { id: 'neg-identity/saml-metadata', make: (r) => `<md:EntityDescriptor entityID="https://idp.${r.pick(SCH)}.example.edu/idp/shibboleth"><md:IDPSSODescriptor><md:SingleSignOnService Location="https://idp.${r.pick(SCH)}.example.edu/idp/profile/SAML2/Redirect/SSO"/></md:IDPSSODescriptor></md:EntityDescriptor> <!-- sha256 ${r.hex(64)} -->` },
  { id: 'neg-identity/logingov-sandbox', make: (r) => `issuer: urn:gov:gsa:openidconnect.profiles:sp:sso:agency:sandbox\nidp_url: https://idp.int.identitysandbox.gov\nprivate_key_path: /run/secrets/logingov.key\nredirect_uri: https://benefits.test/auth/result   # request ${r.uuid()}` },
  { id: 'neg-identity/changeme', make: (r) => `idp.sealer.storePassword = changeme\nidp.authn.LDAP.bindDNCredential = %{idp.authn.LDAP.bindDNCredential}\nidp.persistentId.salt = ${'x'.repeat(r.int(16, 32))}` },
  { id: 'neg-gov/aws-doc-example', make: (r) => `# From the AWS docs — example only\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = us-gov-west-${r.int(1, 1)}` },
  { id: 'neg-gov/permit-ids', make: (r) => `permit BP-2027-${r.digits(5)} parcel ${r.digits(3)}-${r.digits(3)}-${r.digits(3)} inspection ${r.uuid()} result=PASS inspector_badge=${r.int(100, 999)} fee_receipt=RC${r.digits(9)}` },
  { id: 'neg-gov/311-private-ip', make: (r) => `${ts(r)} open311 request_id=${r.int(100000, 999999)} service_code=${r.int(100, 999)} upstream=10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:8080 lb=192.168.${r.int(0, 255)}.${r.int(1, 254)} status=202` },
  { id: 'neg-gov/court-case-number', make: (r) => `Envelope ${r.int(10000000, 99999999)} accepted: case ${r.int(2026, 2027)}-CV-${r.digits(6)}, filing code ${r.int(100000, 999999)}, document hash sha1:${r.hex(40)}` },
  { id: 'neg-fund/stripe-publishable', make: (r) => `<script>const stripe = Stripe('pk_live_${r.b62(24)}'); // publishable key, safe for the donate page</script>` },
  { id: 'neg-fund/masked-stripe-key', make: (r) => `Dashboard > Developers > API keys: Secret key sk_live_****${r.b62(4)} (created ${ts(r)}), restricted key rk_live_…${r.b62(4)}` },
  { id: 'neg-fund/firebase-web-config', make: (r) => `const firebaseConfig = { apiKey: "AIza${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 35)}", authDomain: "volunteer-app-${r.int(1000, 9999)}.firebaseapp.com", projectId: "volunteer-app-${r.int(1000, 9999)}", appId: "1:${r.digits(12)}:web:${r.hex(22)}" };` },
  { id: 'neg-fund/donation-ids', make: (r) => `gift ${r.uuid()} amount=${r.int(5, 900)}.00 USD campaign=GIVINGTUESDAY-${r.int(2026, 2027)} fund_code=${r.pick(['UNR', 'SCH', 'CAP'])}-${r.int(10, 99)} ch_ref=ch_${r.hex(8)}` },
  { id: 'neg-fund/example-donor', make: (r) => `Test donor: Jane Doe <jane.doe@example.org>, 123 Main St, Anytown — used in QA fixtures only (fixture ${r.hex(10)})` },
  { id: 'neg-grants/award-ids', make: (r) => `Award ${r.pick(['R01', 'U01', 'H79'])}${r.pick(['MH', 'TI', 'DA'])}0${r.digits(5)}-0${r.int(1, 5)} CFDA/ALN ${r.int(10, 97)}.${r.digits(3)} UEI ${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 12)} period ${r.int(2026, 2027)}-07-01` },
  { id: 'neg-grants/placeholder-keys', make: (r) => `SAM_API_KEY=\${SAM_API_KEY}\nSUBMITTABLE_API_KEY=your-submittable-key-here\nFLUXX_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n# rotated ${ts(r)}` },
  { id: 'neg-health/hl7-ack', make: (r) => `MSH|^~\\&|IIS|${r.pick(['WA', 'CA', 'TX'])}|SCHOOLNURSE|${r.int(1000, 9999)}|2027${r.digits(6)}||ACK^V04^ACK|${r.digits(10)}|P|2.5.1\nMSA|AA|${r.digits(10)}` },
  { id: 'neg-health/fhir-capability', make: (r) => `{"resourceType":"CapabilityStatement","id":"${r.uuid()}","status":"active","date":"2027-0${r.int(1, 9)}-01","fhirVersion":"4.0.1","format":["json"],"software":{"name":"IIS-FHIR","version":"${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}"}}` },
  { id: 'neg-health/redcap-token-doc', make: (r) => `# REDCap API: set token to your project token, e.g. token=0123456789ABCDEF0123456789ABCDEF (project ${r.int(10, 999)})` },
  { id: 'neg-infra/git-log', make: (r) => `commit ${r.hex(40)}\nMerge: ${r.hex(7)} ${r.hex(7)}\nAuthor: ci-bot <ci-bot@users.noreply.invalid>\n\n    Bump sis-etl to ${r.int(1, 4)}.${r.int(0, 30)}.${r.int(0, 9)} (#${r.int(100, 2000)})` },
  { id: 'neg-infra/docker-digest', make: (r) => `Pulling sis-api (ghcr.io/${r.pick(SCH)}/sis-api@sha256:${r.hex(64)})... Status: Downloaded newer image, layer ${r.hex(12)}` },
  { id: 'neg-infra/base64-config', make: (r) => `FEATURE_FLAGS_B64=${Buffer.from(JSON.stringify({ newGradebook: r.next() < 0.5, attendanceV2: true, maxUpload: r.int(5, 50) })).toString('base64')}` },
  { id: 'neg-infra/sequential-values', make: (r) => `LOADTEST_PIN=123456\nLOADTEST_CARD_LAST4=1111\nREQUEST_TIMEOUT_MS=${r.int(1000, 30000)}\nPOOL_SIZE=${r.int(2, 64)}` },
  { id: 'neg-infra/localhost-db', make: (r) => `DATABASE_URL=postgres://postgres:\${POSTGRES_PASSWORD}@localhost:5432/sis_dev\nREDIS_URL=redis://127.0.0.1:6379/${r.int(0, 15)}` },
  { id: 'neg-infra/k8s-events', make: (r) => `${ts(r)} Normal Scheduled pod/portal-${r.hex(10)}-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)} Successfully assigned ${r.pick(SCH)}/portal to ip-10-${r.int(0, 255)}-${r.int(0, 255)}-${r.int(1, 254)}.ec2.internal` },
];
