import { ORGS, iso, spell } from './blind-set-87-kit';
import type { Rng87 } from './blind-set-87-rng';
import type { NegSource87 } from './blind-set-87-types';

/** Blind set 87 negatives: masked dumps, placeholders, prose about SSNs and passwords, signatures, deploy logs, payroll totals. */

const org = (r: Rng87) => r.pick(ORGS);
const time = (r: Rng87): number => 1711929600 + r.int(0, 90 * 86400);
const docIp = (r: Rng87): string => `${r.pick(['192.0.2', '198.51.100', '203.0.113'])}.${r.int(1, 254)}`;

const masked = (r: Rng87): string => {
  const t = time(r);
  const rec = { employeeId: r.num(6), name: '[REDACTED]', ssn: r.pick(['XXX-XX-' + r.digits(4), '***-**-' + r.digits(4), '[REDACTED]']), dateOfBirth: r.pick(['****-**-**', '[REDACTED]', 'XX/XX/XXXX']), email: '[REDACTED]', bankAccount: { routingNumber: '*********', accountNumber: r.pick(['******' + r.digits(4), 'XXXXXXXX' + r.digits(4)]), last4: r.digits(4) }, card: { brand: r.pick(['visa', 'mastercard', 'amex']), last4: r.digits(4), exp_month: r.int(1, 12), exp_year: r.int(2026, 2031) } };
  return r.pick([
    () => `${iso(t, true)} WARN payroll-sync validation failed for worker ${r.num(6)} (PII masked by log filter): ${JSON.stringify(rec)}`,
    () => `PID|1||[MASKED]^^^${org(r).short}^MR||***^***||********|U|||[MASKED]||[MASKED]|||||${'*'.repeat(9)}|XXX-XX-${r.digits(4)}\nnote: PHI masking applied by hl7-bridge (policy v${r.int(2, 5)}.${r.int(0, 9)})`,
    () => `NM1*IL*1*XXXXX*XXXXX****MI*XXXXXXXX${r.digits(3)}~DMG*D8*XXXXXXXX*U~REF*SY*XXXXX${r.digits(4)}~ (masked by edi-redactor)`,
    () => `Direct deposit updated: ${r.pick(['Chase', 'Wells Fargo', 'Ally Bank'])} checking ending in ${r.digits(4)}; card on file •••• ${r.digits(4)} (exp ${String(r.int(1, 12)).padStart(2, '0')}/${r.int(26, 31)}).`,
  ])();
};

const placeholders = (r: Rng87): string => {
  const o = org(r);
  const k = (w: string[]) => spell(r, w);
  return r.pick([
    () => [`# ${o.short} integration settings (values injected at deploy time)`, `${k(['sftp', 'host'])}: sftp.availity.com`, `${k(['sftp', 'password'])}: \${AVAILITY_SFTP_PASSWORD}`, `${k(['workday', 'isu', 'password'])}: "{{ vault \\"secret/workday/isu\\" }}"`, `${k(['epic', 'client', 'secret'])}: <set-in-vault>`, `${k(['pgp', 'private', 'key'])}: file:///run/secrets/edi_pgp.asc`, `${k(['database', 'url'])}: postgres://hr_sync:\${PGPASSWORD}@localhost:5432/hris`].join('\n'),
    () => `curl -u YOUR_API_KEY: https://api.checkr.com/v1/candidates -d first_name=Jane -d last_name=Doe -d email=jane.doe@example.com -d dob=1970-01-22 -d ssn=XXX-XX-XXXX\n# replace YOUR_API_KEY with the key from Account Settings > Developer Settings`,
    () => `AS2 partnership template:\n<attribute name="keystore_password" value="\${KEYSTORE_PASSWORD}"/>\n<attribute name="as2_url" value="https://as2.partner.example/receive"/>\nAuthorization: Basic <base64(user:password)>\nx-api-key: <your Adyen API key>`,
    () => `docs/onboarding.md: set GUSTO_API_TOKEN=<token>, RIPPLING_API_KEY=<key>, STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx and DD_API_KEY=**** in .env (never commit .env).`,
  ])();
};

const prose = (r: Rng87): string => {
  const o = org(r);
  return [r.pick([
    'Reminder: never paste SSNs, dates of birth or member IDs into Slack or tickets. Use the patient’s MRN reference link from the EHR instead.',
    'The 834 feed must carry the subscriber SSN in REF*0F only when the carrier requires it; otherwise send the employee ID.',
    'Passwords for ISU accounts rotate every 90 days. If the integration fails with "invalid username or password", ask Security to rotate it in Vault.',
    'Per HIPAA minimum necessary, the eligibility request should contain member ID, name and date of birth only; do not log the 271 response body.',
    'Bank account changes require a 3-business-day prenote (zero-dollar entry) before the first live ACH credit.',
    'E-Verify cases must be created no later than the third business day after the employee starts work for pay.',
    'Bitte keine Passwörter oder Steuer-IDs per E-Mail versenden.',
    'Merci de ne jamais transmettre de numéro de sécurité sociale par e-mail.',
  ]), '', `— ${r.pick(['Revenue Cycle Integrations', 'People Systems', 'HRIS Team', 'Interface Team'])}, ${o.name}`, `${o.phone} · ${o.office}`].join('\n');
};

const signature = (r: Rng87): string => {
  const o = org(r);
  return [`Thank you for contacting ${o.name} ${r.pick(['Patient Financial Services', 'Benefits Service Center', 'Payroll Support', 'Health Information Management'])}.`, `Your request #${r.int(100000, 9999999)} has been received and will be answered within ${r.int(1, 5)} business days.`, '', `${o.name}`, `${o.office}`, `Main: ${o.phone} · Fax: ${o.phone.replace(/\d{4}$/, String(r.int(1000, 9999)))}`, `https://www.${o.domain} · EIN ${o.ein}`, `Hours: Mon–Fri 8:00–17:00 ${r.pick(['ET', 'CT', 'PT'])}`, '', 'CONFIDENTIALITY NOTICE: This message may contain protected health information. If you are not the intended recipient, delete it and notify the sender.'].join('\n');
};

const deploy = (r: Rng87): string => {
  const t = time(r);
  return [
    `${iso(t, true)} INFO  deploy ${r.pick(['hl7-bridge', 'edi-gateway', 'payroll-sync', 'hris-connector'])} v${r.int(1, 4)}.${r.int(0, 30)}.${r.int(0, 20)} (git ${r.hex(40)}) to prod-${r.pick(['use1', 'usw2', 'euc1'])}`,
    `image sha256:${r.hex(64)}`,
    `trace_id=${r.hex(32)} span_id=${r.hex(16)} dd.trace_id=${r.int(1, 9)}${r.digits(18)}`,
    `pods ready ${r.int(2, 8)}/${r.int(2, 8)}; endpoints ${docIp(r)}:8443, 10.${r.int(0, 40)}.${r.int(0, 255)}.${r.int(1, 254)}:8443, 172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}:8443`,
    `checksum config/partners.yaml md5=${r.hex(32)}; openssl ${r.pick(['3.0.13', '3.2.1'])}; node ${r.pick(['20.12.2', '22.1.0'])}; request id ${r.uuid()}`,
    `healthcheck ${docIp(r)} -> 200 in ${r.int(3, 90)}ms`,
  ].join('\n');
};

const payrollTotals = (r: Rng87): string => {
  const t = time(r);
  const o = org(r);
  return r.pick([
    () => `Payroll run ${iso(t).slice(0, 10)} for ${o.name}: ${r.int(40, 4000)} employees, gross $${r.int(1e5, 9e7).toLocaleString('en-US')}.${r.digits(2)}, employer taxes $${r.int(1e4, 9e6).toLocaleString('en-US')}.${r.digits(2)}, net pay $${r.int(1e5, 9e7).toLocaleString('en-US')}.${r.digits(2)}; ${r.int(0, 12)} live checks, ${r.int(0, 30)} prenotes. Pay date ${iso(t + 86400 * 3).slice(0, 10)}. Company ID ${`1${o.ein.replace('-', '')}`}.`,
    () => ['job_code,grade,band_min,band_mid,band_max,currency,headcount', ...Array.from({ length: r.int(3, 7) }, () => `${r.pick(['RN2', 'PAY1', 'SWE3', 'WHS1', 'HRBP'])}-${r.int(10, 99)},G${r.int(3, 12)},${r.int(40, 90)}000,${r.int(90, 140)}000,${r.int(140, 220)}000,USD,${r.int(1, 400)}`)].join('\n'),
    () => `Benefits renewal ${new Date(t * 1000).getUTCFullYear() + 1}: group ${r.num(6)}, plan ${r.pick(['PPO500', 'HDHP2800'])} (HIOS ${r.num(5)}${r.pick(['IL', 'OH', 'TX'])}${r.num(7)}-01), payer ID ${r.pick(['60054', '87726', '62308'])}, employer contribution ${r.int(60, 90)}%, employee monthly premium $${r.int(80, 400)}.${r.digits(2)}.`,
  ])();
};

const opsLog = (r: Rng87): string => {
  const t = time(r);
  return r.pick([
    () => `kubelet: Back-off restarting failed container edi-gateway in pod edi-gateway-${r.hex(10)}-${r.lowerAlnum(5)} (restarts ${r.int(2, 40)}); last state OOMKilled at ${iso(t)}; node ip-10-${r.int(0, 40)}-${r.int(0, 255)}-${r.int(1, 254)}.ec2.internal`,
    () => `${iso(t, true)} WARN  token refresh for tenant ${r.uuid()} succeeded after ${r.int(2, 5)} retries (expires_in=3600, scope=system/Patient.read system/Coverage.read, token_type=Bearer); jti ${r.uuid()}`,
    () => `${iso(t, true)} ERROR sftp: connection to ${docIp(r)}:22 reset by peer after banner exchange (kex: curve25519-sha256, hostkey fingerprint SHA256:${r.b64(43)})`,
    () => `rate limit: Workday returned 429 for Get_Workers page ${r.int(2, 90)}/${r.int(90, 300)} (Retry-After ${r.int(5, 60)}s); ${r.int(100, 900)} workers processed; batch ${r.uuid()}`,
  ])();
};

export const NEG_TEXT: readonly NegSource87[] = [
  { name: 'neg-masked', formats: [masked, masked] },
  { name: 'neg-placeholder', formats: [placeholders] },
  { name: 'neg-prose', formats: [prose] },
  { name: 'neg-signature', formats: [signature] },
  { name: 'neg-deploy', formats: [deploy, opsLog] },
  { name: 'neg-payroll', formats: [payrollTotals] },
];
