import type { Rng9 } from './blind-set-9-rng';
import { B62 } from './blind-set-9-rng';
import type { NegTemplate24 } from './blind-set-24-types';
import { fmtDate, recentDate, vin } from './blind-set-24-values';

/** Negatives from insurance, tax, payroll, education and integration config: look-alikes, examples, references, hashes, public keys. */

const BCRYPT = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** A brazilian CNPJ (a company's registry id, public) with both check digits. */
function cnpj(r: Rng9): string {
  const d = [...(r.digits(8) + '0001')].map(Number);
  const dv = (w: number[]) => {
    const s = w.reduce((a, x, i) => a + x * d[i]!, 0) % 11;
    return s < 2 ? 0 : 11 - s;
  };
  d.push(dv([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
  d.push(dv([6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
  const s = d.join('');
  return `${s.slice(0, 2)}.${s.slice(2, 5)}.${s.slice(5, 8)}/${s.slice(8, 12)}-${s.slice(12)}`;
}
const cert = (r: Rng9) =>
  Buffer.concat([Buffer.from([0x30, 0x82, 0x03, 0x5a, 0x30, 0x82, 0x02, 0x42, 0xa0, 0x03, 0x02, 0x01, 0x02]), r.bytes(420)])
    .toString('base64')
    .replace(/(.{64})/g, '$1\n');

export const NEG_OTHER_TEMPLATES: NegTemplate24[] = [
  {
    source: 'neg-ins',
    name: 'vin-only-quote',
    make: (r) =>
      `rating-engine WARN vehicle symbol lookup failed for VIN ${vin(r)} (model year ${r.int(2012, 2025)}, garaging ZIP ${r.digits(5)}), using default symbol ${r.int(10, 27)} for submission ${r.digits(10)}`,
  },
  {
    source: 'neg-ins',
    name: 'guidewire-batch',
    make: (r) =>
      `PolicyCenter batch "PolicyRenewalStart" finished with ${r.int(1, 40)} failures of ${r.int(500, 9000)} (work queue writer ${r.uuid()}); first failure: job PR-${r.digits(7)} policy ${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}-${r.digits(9)} "UW issue blocks renewal"`,
  },
  {
    source: 'neg-tax',
    name: 'woolworth-ssn-doc',
    make: (r) =>
      `tin-validator: rejecting known invalid SSN (documentation example) 078-05-1120 in test fixture ${r.pick(['w2_sample', 'mef_sample', 'onboarding_demo'])}.xml; also blocked 219-09-9999 and 000/666/9xx area numbers (rule TIN-${r.int(1, 40)})`,
  },
  {
    source: 'neg-tax',
    name: 'mef-accepted',
    make: (r) =>
      `efile-gateway: MeF ack ${r.digits(6)}2026${r.digits(7)} status=Accepted (tax year 2025, form 1040, state ${r.pick(['OH', 'WA', 'CA'])}), receipt ${fmtDate(recentDate(r), 'iso')}T${r.int(10, 23)}:${r.int(10, 59)}:00Z, elapsed ${r.int(2, 90)}s`,
  },
  {
    source: 'neg-tax',
    name: 'hmrc-fraud-headers',
    make: (r) =>
      `HMRC MTD WARN fraud-prevention header check: Gov-Client-Device-ID=${r.uuid()} Gov-Client-Timezone=UTC+00:00 Gov-Vendor-Version=herald-mtd=${r.int(1, 4)}.${r.int(0, 20)}.${r.int(0, 9)} Gov-Client-Local-IPs=10.0.${r.int(0, 255)}.${r.int(2, 250)} -> "INVALID_HEADER Gov-Client-Screens" correlationId=${r.hex(32)}`,
  },
  {
    source: 'neg-tax',
    name: 'business-tax-ids',
    make: (r) =>
      `vendor-master: supplier ${r.digits(6)} "${r.pick(['Clinica Vida Ltda', 'Farmacia Sao Jorge Ltda'])}" CNPJ ${cnpj(r)} and EU supplier "${r.pick(['Medizintechnik Nord GmbH', 'Laborbedarf Sued GmbH'])}" USt-IdNr DE${r.digits(9)} both failed VIES/Receita lookup (timeout after ${r.int(5, 30)}s)`,
  },
  {
    source: 'neg-pay',
    name: 'payroll-run-summary',
    make: (r) =>
      `payroll-run ${r.uuid()} for pay period ${fmtDate(recentDate(r), 'iso')}..${fmtDate(recentDate(r), 'iso')}: ${r.int(40, 4000)} employees, gross ${r.int(100, 9000)}${r.digits(3)}.${r.digits(2)} USD, ${r.int(1, 12)} off-cycle checks pending approval; NACHA batch ${r.digits(7)} queued`,
  },
  {
    source: 'neg-pay',
    name: 'doc-example-ibans',
    make: (r) =>
      `iban-validator self-test (${r.pick(['startup', 'nightly'])}): documentation examples GB82 WEST 1234 5698 7654 32 and DE89 3704 0044 0532 0130 00 validated; masked values in log: GB** **** **** **** ${r.digits(4)} ${r.digits(2)}, ****${r.digits(4)}`,
  },
  {
    source: 'neg-pay',
    name: 'sandbox-test-cards',
    make: (r) =>
      `billing-sandbox: e2e suite ran ${r.int(20, 80)} payments with published test cards 4111 1111 1111 1111, 4242424242424242 and 5555555555554444 (exp 12/${r.int(30, 34)}) against pk_test_${r.b62(24)}; ${r.int(0, 3)} flaky`,
  },
  {
    source: 'neg-pay',
    name: 'masked-card-account',
    make: (r) =>
      `payout-service: ACH return R01 for payout ${r.uuid()} to account ending ${r.digits(4)} (routing on file), card on file **** **** **** ${r.digits(4)} expires ${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}`,
  },
  {
    source: 'neg-edu',
    name: 'lti-platform-config',
    make: (r) =>
      `lti-registration: platform https://canvas.instructure.com client_id=${r.digits(17)} deployment_id=${r.int(1, 999)}:${r.hex(40)} jwks=https://sso.canvaslms.com/api/lti/security/jwks auth=https://sso.canvaslms.com/api/lti/authorize_redirect -> 404 on tool login initiation`,
  },
  {
    source: 'neg-edu',
    name: 'oneroster-classes',
    make: (r) =>
      `oneroster: classes.csv imported with ${r.int(1, 9)} warnings; e.g. sourcedId=${r.uuid()} classCode=${r.pick(['ALG1', 'BIO', 'ENG10', 'CHEM'])}-${r.int(1, 9)} termSourcedIds=${r.uuid()} course=${r.uuid()} school=${r.hex(24)} (district ${r.hex(24)})`,
  },
  {
    source: 'neg-cred',
    name: 'aws-example-keys',
    make: (r) =>
      `config-lint: ${r.pick(['deploy/.env.example', 'docs/edi-setup.md'])} contains AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE and AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY (AWS documentation values), allowed by rule EX-${r.int(1, 9)}`,
  },
  {
    source: 'neg-cred',
    name: 'secret-references',
    make: (r) =>
      `edi-worker config resolved: sftp.password=vault:secret/data/edi/${r.pick(['availity', 'optum'])}#password as2.keystore_password=op://Integrations/AS2 keystore/password db.password=\${DB_PASSWORD} smart.client_secret=arn:aws:secretsmanager:us-east-2:${r.digits(12)}:secret:smart/client-${r.b62(6)} (all references, fetched at runtime)`,
  },
  {
    source: 'neg-cred',
    name: 'salted-hashes',
    make: (r) =>
      `user-import: ${r.int(2, 50)} portal accounts migrated with their password hashes intact, e.g. $2b$12$${r.chars(BCRYPT, 53)} and pbkdf2_sha256$600000$${r.chars(B62, 22)}$${r.b64(32)} and $argon2id$v=19$m=65536,t=3,p=4$${r.b64(16).replace(/=+$/, '')}$${r.b64(32).replace(/=+$/, '')}`,
  },
  {
    source: 'neg-cred',
    name: 'as2-public-cert',
    make: (r) =>
      `as2: partner certificate expires in ${r.int(1, 29)} days (SHA-256 fingerprint ${r
        .hex(64)
        .toUpperCase()
        .replace(/(..)(?=.)/g, '$1:')}); current public certificate:\n-----BEGIN CERTIFICATE-----\n${cert(r)}\n-----END CERTIFICATE-----`,
  },
  {
    source: 'neg-cred',
    name: 'ssh-host-key',
    make: (r) =>
      `sftp: host key for mft.${r.pick(['optum', 'availity', 'waystar'])}.com changed! new fingerprint SHA256:${r.b64(32).replace(/=+$/, '')}\nknown_hosts entry: mft.partner.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(33)}`,
  },
  {
    source: 'neg-cred',
    name: 'public-jwks',
    make: (r) =>
      JSON.stringify({
        msg: 'published JWKS for SMART backend client',
        keys: [
          { kty: 'RSA', kid: r.hex(16), use: 'sig', alg: 'RS384', e: 'AQAB', n: r.b64url(256) },
          { kty: 'EC', crv: 'P-384', kid: r.hex(16), x: r.b64url(48), y: r.b64url(48) },
        ],
      }),
  },
  {
    source: 'neg-cred',
    name: 'role-mailboxes',
    make: (r) =>
      `notify: bounce from noreply@${r.pick(['clinicmail', 'carenotify'])}.com to support@${r.pick(['availity', 'waystar', 'gusto'])}.com (550 mailbox full); escalation phone (206) 555-01${r.int(10, 99)} on file for test tenant; privacy@${r.pick(['ridgeview', 'stateu'])}.org cc'd`,
  },
  {
    source: 'neg-cred',
    name: 'versions-digests',
    make: (r) =>
      `deploy ok: mirth-connect ${r.int(4, 4)}.${r.int(3, 5)}.${r.int(0, 2)} image sha256:${r.hex(64)} commit ${r.hex(40)} build ${r.int(1000, 9999)} fhir-sync v${r.int(1, 3)}.${r.int(0, 30)}.${r.int(0, 9)} (node 20.${r.int(10, 18)}.0) on 10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 250)} and 127.0.0.1`,
  },
  {
    source: 'neg-cred',
    name: 'placeholders',
    make: (r) =>
      `config template check passed: SFTP_PASSWORD=<changeme> AS2_KEYSTORE_PASSWORD=******** SMART_CLIENT_SECRET=[REDACTED] CLEARINGHOUSE_API_KEY=your-api-key-here DB_URL=postgres://user:password@localhost:5432/db (template ${r.pick(['v1', 'v2', 'v3'])}.${r.int(0, 9)})`,
  },
  {
    source: 'neg-cred',
    name: 'datadog-trace-ids',
    make: (r) =>
      `monitor ${r.int(1000000, 99999999)} "EDI 999 reject rate" triggered: dd.trace_id=${r.digits(19)} dd.span_id=${r.digits(19)} service=edi-ack env=prod version=${r.hex(7)} host=ip-10-${r.int(0, 255)}-${r.int(0, 255)}-${r.int(2, 250)} tags=team:rcm,partner:${r.pick(['availity', 'optum'])}`,
  },
];
