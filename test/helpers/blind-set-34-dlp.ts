import type { PosTemplate34 } from './blind-set-34-kit';
import { ts34 } from './blind-set-34-kit';
import { card34, email34, expiry34, iban34, nino34, person34, routing34, account34, ssn34 } from './blind-set-34-people';
import { aws34, ghFine34, ghToken34, gApiKey34, npm34, pem34, sendgrid34, slackHook34, stripe34 } from './blind-set-34-secrets';

/** Secret-scanning and DLP templates: GitHub secret scanning, GitGuardian, TruffleHog, Macie, email DLP, Purview. */
export const DLP_TEMPLATES34: PosTemplate34[] = [
  {
    area: 'secscan', name: 'github-secret-scanning-webhook', draws: 12,
    make: (r, v) => {
      const p = person34(r);
      const k = r.int(0, 3);
      const secret = k === 0 ? ghToken34(r) : k === 1 ? ghFine34(r) : k === 2 ? npm34(r) : slackHook34(r);
      const type = ['github_personal_access_token', 'github_fine_grained_pat', 'npm_access_token', 'slack_incoming_webhook_url'][k]!;
      v.c(type, secret);
      const body = { action: 'created', alert: { number: r.int(1, 400), secret_type: type, secret, validity: 'active', push_protection_bypassed: true, push_protection_bypassed_by: { login: p.user, email: email34(r, p) } }, repository: { full_name: `${p.domain.split('.')[0]}/${r.pick(['infra', 'billing-api', 'terraform-live'])}` } };
      v.p('email', body.alert.push_protection_bypassed_by.email);
      return `X-GitHub-Event: secret_scanning_alert\n${JSON.stringify(body)}`;
    },
  },
  {
    area: 'secscan', name: 'gitguardian-incident', draws: 11,
    make: (r, v) => {
      const p = person34(r);
      const k = r.int(0, 2);
      const secret = k === 0 ? sendgrid34(r) : k === 1 ? gApiKey34(r) : stripe34(r);
      return `GitGuardian: new incident #${r.int(100000, 999999)} — ${['SendGrid Key', 'Google API Key', 'Stripe Keys'][k]} (validity: valid)
Commit ${r.hex(40)} by ${v.p('name', p.full)} <${v.p('email', email34(r, p))}> on ${ts34(r)}
File: config/settings.${r.pick(['py', 'yml', 'env'])}, line ${r.int(3, 300)}
  > ${r.pick(['API_KEY', 'apiKey:', 'key ='])} ${v.c(['sendgrid-key', 'google-api-key', 'stripe-key'][k]!, secret)}
Occurrences: 1  Presence: present  Tags: PUBLICLY_EXPOSED`;
    },
  },
  {
    area: 'secscan', name: 'trufflehog-jsonl', draws: 12,
    make: (r, v) => {
      const out: string[] = [];
      for (let i = 0; i < 2; i++) {
        const p = person34(r);
        const a = aws34(r);
        const rec = { SourceMetadata: { Data: { Git: { commit: r.hex(40), file: 'deploy/.env', email: email34(r, p), repository: 'https://github.com/northwind-labs/ops.git', timestamp: ts34(r), line: r.int(1, 40) } } }, SourceName: 'trufflehog - git', DetectorName: 'AWS', Verified: r.next() < 0.6, Raw: a.id, RawV2: `${a.id}:${a.secret}`, Redacted: a.id, ExtraData: { account: r.digits(12), arn: `arn:aws:iam::${r.digits(12)}:user/ci` } };
        v.p('email', rec.SourceMetadata.Data.Git.email);
        v.c('aws-access-key-id', a.id); v.c('aws-secret-key', a.secret);
        out.push(JSON.stringify(rec));
      }
      return out.join('\n');
    },
  },
  {
    area: 'secscan', name: 'trufflehog-private-key', draws: 10,
    make: (r, v) => {
      const p = person34(r);
      const key = pem34(r);
      return `Found verified result 🐷🔑
Detector Type: PrivateKey
Decoder Type: PLAIN
Raw result: ${v.c('private-key', key)}
Commit: ${r.hex(40)}
Email: ${v.p('name', p.full)} <${v.p('email', email34(r, p))}>
File: ansible/roles/bastion/files/id_ed25519
Line: 1`;
    },
  },
  {
    area: 'dlp', name: 'macie-sample-occurrences', draws: 12,
    make: (r, v) => {
      const rows: string[] = [];
      for (let i = 0; i < 3; i++) {
        rows.push(`${r.int(10000, 99999)},${v.p('ssn', ssn34(r))},${v.f('card-number', card34(r))},${expiry34(r)}`);
      }
      return `Macie finding SensitiveData:S3Object/Multiple (${r.uuid()})
bucket: crm-exports-prod  key: exports/${ts34(r).slice(0, 10)}/customers.csv
detections: CREDIT_CARD_NUMBER x${rows.length}, USA_SOCIAL_SECURITY_NUMBER x${rows.length}
revealed samples (retrieve sensitive data samples):
customer_id,ssn,card,exp
${rows.join('\n')}`;
    },
  },
  {
    area: 'dlp', name: 'email-dlp-block', draws: 12,
    make: (r, v) => {
      const s = person34(r);
      const t = person34(r);
      return `DLP policy "PCI - outbound" BLOCKED message ${r.hex(16)}@${s.domain}
From: ${v.p('email', email34(r, s))}
To: ${v.p('email', email34(r, t, true))}
Subject: Re: refund for your order
Matched content (3 of 3):
  ...the card we have on file is ${v.f('card-number', card34(r))} exp ${expiry34(r)} CVV ${v.f('card-cvv', r.digits(r.pick([3, 4])))}...
  ...please wire the difference to IBAN ${v.f('iban', iban34(r))}...
  ...or ACH routing ${routing34(r)} account ${v.f('bank-account', account34(r))}...`;
    },
  },
  {
    area: 'dlp', name: 'purview-uk-hr', draws: 11,
    make: (r, v) => {
      const p = person34(r);
      const ev1 = `Employee ${v.p('name', p.full)} NI ${v.p('nino', nino34(r))}`;
      const ev2 = `salary account ${v.f('iban', iban34(r, false))} sort code ${r.int(10, 99)}-${r.int(10, 99)}-${r.int(10, 99)}; previous ${v.f('iban', iban34(r, false))}`;
      return JSON.stringify({ Workload: 'SharePoint', Operation: 'DLPRuleMatch', PolicyName: 'UK HR data', UserId: 'svc-hr-sync@northwind-labs.com', SensitiveInfoTypeData: [{ Name: 'U.K. National Insurance Number (NINO)', Evidence: ev1 }, { Name: 'International Banking Account Number (IBAN)', Evidence: ev2 }], FilePath: `/sites/HR/Shared Documents/payroll-${r.int(1, 12)}.xlsx` });
    },
  },
  {
    area: 'dlp', name: 'fraud-case-export', draws: 12,
    make: (r, v) => {
      const p = person34(r);
      const c = { case_id: `FRD-${r.int(100000, 999999)}`, opened: ts34(r), risk_score: r.int(70, 99), reason: 'card testing then account takeover', customer: { name: v.p('name', p.full), email: v.p('email', email34(r, p, true)) }, instruments: [{ type: 'card', pan: v.f('card-number', card34(r, 'compact')), masked_pan_shown_to_agent: '************' + r.digits(4) }, { type: 'card', pan: v.f('card-number', card34(r, 'spaced')) }, { type: 'sepa', iban: v.f('iban', iban34(r)) }], device_fingerprint: r.hex(40) };
      return `Fraud alert escalated to #sec-fraud:\n${JSON.stringify(c, null, 2)}`;
    },
  },
  {
    area: 'dlp', name: 'chargeback-csv', draws: 11,
    make: (r, v) => {
      const rows: string[] = ['dispute_id,cardholder,card_number,amount,reason,bank_account'];
      for (let i = 0; i < 3; i++) {
        const p = person34(r);
        rows.push(`dp_${r.b62(14)},${v.p('name', p.full)},${v.f('card-number', card34(r))},${r.int(10, 999)}.${r.digits(2)},${r.pick(['fraudulent', 'product_not_received', 'duplicate'])},${v.f('bank-account', account34(r))}`);
      }
      return `chargeback-sync job failed on row 3 (schema mismatch); first rows:\n${rows.join('\n')}`;
    },
  },
];
