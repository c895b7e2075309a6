import { defineDetector, re, rei, SEP } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';
import { isRedactedPem } from './generic';

const B64 = 'A-Za-z0-9+/';

/** Cloud and infrastructure credentials: AWS, GCP, Azure, DigitalOcean, Heroku, Vault… */
export const CLOUD_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'aws-access-key-id',
    name: 'AWS access key ID',
    category: 'credential',
    severity: 'critical',
    keywords: ['akia', 'asia', 'abia', 'acca'],
    // Real ids are base32 ([A-Z2-7]), but hand-written, redacted-and-regenerated and test-tool ids
    // use any uppercase letter or digit (as gitleaks and trufflehog accept): a body outside base32
    // must not be a run or sequence (AKIA0000000000000000, AKIA0123456789ABCDEF).
    pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/,
    kind: /^(?:AKIA|ASIA|ABIA|ACCA)/,
    // Keys ending in EXAMPLE are AWS's documentation examples (AKIAIOSFODNN7EXAMPLE): redacted,
    // reported as example data (test, severity info), not a leak.
    validate: (v) =>
      v.endsWith('EXAMPLE')
        ? { ok: true, test: true, severity: 'info', confidence: 0.6 }
        : /[0189]/.test(v.slice(4)) && isLowEntropy(v.slice(4))
          ? false
          : { ok: true, severity: v.startsWith('ASIA') ? 'high' : 'critical' },
    remediation: 'Deactivate and rotate this AWS access key in IAM and review CloudTrail for its use',
  }),
  defineDetector({
    id: 'aws-secret-access-key',
    name: 'AWS secret access key',
    category: 'credential',
    severity: 'critical',
    priority: 80,
    keywords: ['aws_secret', 'aws-secret', 'awssecret', 'secret_access_key', 'secretaccesskey', 'aws secret'],
    pattern: rei`(?:aws[_-]?secret[_-]?(?:access[_-]?)?key|secret[_-]?access[_-]?key|aws secret access key)${SEP}(?<v>[${B64}]{40})(?![${B64}=])`,
    minEntropy: 3.5,
    remediation: 'Rotate this AWS secret access key in IAM and review CloudTrail for its use',
  }),
  defineDetector({
    id: 'aws-bedrock-api-key',
    name: 'Amazon Bedrock API key',
    category: 'credential',
    severity: 'critical',
    keywords: ['absk'],
    pattern: re`(?<![A-Za-z0-9])ABSK[${B64}]{109,269}={0,2}`,
    kind: /^ABSK/,
    remediation: 'Revoke this Amazon Bedrock API key in the AWS console',
  }),
  defineDetector({
    id: 'google-api-key',
    name: 'Google API key',
    category: 'credential',
    severity: 'high',
    keywords: ['aiza'],
    pattern: /(?<![\w-])AIza[\w-]{35}(?![\w-])/,
    kind: /^AIza/,
    // A Firebase web config spreads over lines (`apiKey:` first, `authDomain:` after it): the window reaches past the line.
    span: 400,
    // A Firebase web config's apiKey is public by design (it ships in every page): reported, not a leak. So is the key of an
    // Android `google-services.json` (`"current_key"`) or an iOS `GoogleService-Info.plist` (`GOOGLE_APP_ID`, `GCM_SENDER_ID`): it ships in every app.
    // Round r83: a note that names the key the web config's (`apiKey AIza… (public web config)`) says as much.
    // Round r81: and the `values.xml` the google-services Gradle plugin makes of that json (`google_api_key` beside `gcm_defaultSenderId`).
    // Read from the key's line start to 300 characters after it, the same in any window the scan uses.
    validate: (v, ctx) =>
      isLowEntropy(v.slice(6)) // `AIzaSyabcdefghijklmnopqrstuvwxyz1234567` in SDK samples
        ? false
        : /firebase|authDomain|messagingSenderId|storageBucket|measurementId|"current_key"|GOOGLE_APP_ID|GCM_SENDER_ID|gcm_defaultSenderId|\bweb[ _-]?config\b/i.test(ctx.text.slice(ctx.text.lastIndexOf('\n', ctx.start) + 1, ctx.end + 300))
          ? { ok: true, public: true, severity: 'info' }
          : true,
    remediation: 'Restrict or regenerate this Google API key in the Google Cloud console',
  }),
  defineDetector({
    id: 'google-oauth-token',
    name: 'Google OAuth access token',
    category: 'credential',
    severity: 'high',
    keywords: ['ya29.'],
    pattern: /(?<![\w-])ya29\.[\w-]{10,2048}/,
    kind: /^ya29\./,
    remediation: 'Revoke this Google OAuth token and check which client logged it',
  }),
  defineDetector({
    id: 'gcp-private-key-id',
    name: 'GCP service-account private key id',
    category: 'credential',
    severity: 'high',
    priority: 80,
    keywords: ['private_key_id'],
    pattern: re`private_key_id${SEP}(?<v>[a-f0-9]{40})(?![a-f0-9])`,
    // Round r41: the key's id names a key whose material is what must stay secret: in a key file whose `private_key` is
    // redacted (`-----BEGIN PRIVATE KEY-----\n<REDACTED>\n…`) it is an id beside a placeholder, no leak.
    span: 600,
    spanBack: 4,
    validate: (_v, ctx) => {
      const pk = /\\?["']?private_key\\?["']?\s{0,3}[:=]\s{0,3}\\?["']?(-----BEGIN [^"']{0,200})/.exec(ctx.text);
      if (pk !== null) return !isRedactedPem(pk[1]!);
      // Round r59: a key file logged with its `private_key` replaced by a placeholder (`"[REDACTED]"`, `"***"`): the id is no leak.
      return !/\\?["']private_key\\?["']\s{0,3}:\s{0,3}\\?["'](?:\[?(?:redacted|hidden|masked|filtered|removed|omitted)\]?|\*{3,}|<redacted>)\\?["']/i.test(ctx.text);
    },
    remediation: 'Delete this GCP service-account key in IAM and create a new one',
  }),
  defineDetector({
    id: 'azure-storage-key',
    name: 'Azure Storage account key',
    category: 'credential',
    severity: 'critical',
    keywords: ['accountkey'],
    pattern: rei`AccountKey${SEP}(?<v>[${B64}]{86,88}={0,2})`,
    remediation: 'Rotate this Azure Storage account key in the Azure portal',
  }),
  defineDetector({
    id: 'azure-sas-token',
    name: 'Azure SAS token signature',
    category: 'credential',
    severity: 'high',
    priority: 85,
    keywords: ['sig='],
    pattern: /[?&;]sig=(?<v>[A-Za-z0-9%+/=]{30,200})/,
    validate: (_v, ctx) => /[?&;]sv=\d{4}-\d{2}-\d{2}/.test(ctx.text) || /\.core\.windows\.net/.test(ctx.text),
    remediation: 'Revoke this Azure SAS token (rotate the signing key or the stored access policy)',
  }),
  defineDetector({
    id: 'azure-client-secret',
    name: 'Azure Entra client secret',
    category: 'credential',
    severity: 'critical',
    keywords: ['q~'],
    pattern: /(?<![\w~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![\w~.-])/,
    minEntropy: 3,
    remediation: 'Delete this Azure Entra client secret in the app registration and issue a new one',
  }),
  defineDetector({
    id: 'digitalocean-token',
    name: 'DigitalOcean token',
    category: 'credential',
    severity: 'critical',
    keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
    pattern: /(?<![\w])do[opr]_v1_[a-f0-9]{64}(?![\w])/,
    kind: /^do[opr]_v1_/,
    remediation: 'Revoke this DigitalOcean token in the control panel',
  }),
  defineDetector({
    id: 'heroku-api-key',
    name: 'Heroku API key',
    category: 'credential',
    severity: 'critical',
    keywords: ['hrku-', 'heroku'],
    pattern: rei`(?:(?<![\w-])(?<v>HRKU-AA[\w-]{58})(?![\w-])|heroku[\w.-]{0,20}?(?:api[_-]?)?(?:key|token)${SEP}(?<w>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))`,
    kind: /^HRKU-AA/,
    validate: (v) => !isLowEntropy(v), // `12345678-ABCD-ABCD-ABCD-1234567890AB` is a documentation value
    remediation: 'Regenerate this Heroku API key in the Heroku account settings',
  }),
  defineDetector({
    id: 'cloudflare-api-token',
    name: 'Cloudflare API token or key',
    category: 'credential',
    severity: 'high',
    priority: 80,
    keywords: ['v1.0-', 'cloudflare', 'cf_api'],
    pattern: rei`(?:(?<![\w-])(?<v>v1\.0-[a-f0-9]{24}-[a-f0-9]{146})|(?:cloudflare|cf_api)[\w.-]{0,20}?(?:token|key)${SEP}(?<w>[\w-]{37,40})(?![\w-]))`,
    minEntropy: 3,
    remediation: 'Roll this Cloudflare API token in the Cloudflare dashboard',
  }),
  defineDetector({
    id: 'vault-token',
    name: 'HashiCorp Vault token',
    category: 'credential',
    severity: 'critical',
    keywords: ['hvs.', 'hvb.', 'hvr.'],
    // Service, batch and recovery tokens: the prefix and 24+ URL-safe characters (the older, short
    // service tokens are 24; current ones 90+).
    pattern: /(?<![\w.])hv[sbr]\.[\w-]{24,300}(?![\w-])/,
    kind: /^hv[sbr]\./,
    minEntropy: 3,
    remediation: 'Revoke this Vault token (vault token revoke) and check its accessor in the audit log',
  }),
  defineDetector({
    id: 'terraform-cloud-token',
    name: 'Terraform Cloud token',
    category: 'credential',
    severity: 'critical',
    keywords: ['atlasv1'],
    pattern: /(?<![\w])[A-Za-z0-9]{14}\.atlasv1\.[\w=-]{60,70}(?![\w=-])/,
    minEntropy: 3.5,
    remediation: 'Delete this Terraform Cloud API token in the user or team settings',
  }),
  defineDetector({
    id: 'databricks-token',
    name: 'Databricks personal access token',
    category: 'credential',
    severity: 'critical',
    keywords: ['dapi'],
    pattern: /(?<![\w])dapi[a-f0-9]{32}(?:-\d)?(?![\w-])/,
    kind: /^dapi/,
    remediation: 'Revoke this Databricks token in User Settings, Access tokens',
  }),
  defineDetector({
    id: 'doppler-token',
    name: 'Doppler token',
    category: 'credential',
    severity: 'critical',
    keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
    // Personal, service, service-account, CLI, SCIM and audit tokens; a service token may carry its
    // config's name before the secret part (`dp.st.prd.…`, `dp.st.dev_eu.…`).
    pattern: /(?<![\w.])dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{1,64}\.)?[A-Za-z0-9]{40,44}(?![\w])/,
    kind: /^dp\.[a-z]+\./,
    remediation: 'Revoke this Doppler token in the Doppler dashboard',
  }),
  defineDetector({
    id: 'pulumi-token',
    name: 'Pulumi access token',
    category: 'credential',
    severity: 'critical',
    keywords: ['pul-'],
    pattern: /(?<![\w-])pul-[a-f0-9]{40}(?![\w])/,
    kind: /^pul-/,
    remediation: 'Delete this Pulumi access token in the Pulumi Cloud console',
  }),
  defineDetector({
    id: 'onepassword-token',
    name: '1Password service-account token',
    category: 'credential',
    severity: 'critical',
    keywords: ['ops_eyj'],
    pattern: /(?<![\w])ops_eyJ[\w+/=-]{250,2000}/,
    kind: /^ops_/,
    remediation: 'Revoke this 1Password service-account token',
  }),
  defineDetector({
    id: 'age-secret-key',
    name: 'age secret key',
    category: 'credential',
    severity: 'critical',
    keywords: ['age-secret-key-1'],
    pattern: /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}(?![A-Z0-9])/,
    kind: /^AGE-SECRET-KEY-1/,
    remediation: 'Re-encrypt the data protected by this age key with a new key',
  }),
  defineDetector({
    id: 'private-key',
    name: 'Private key (PEM, OpenSSH, PGP)',
    category: 'credential',
    severity: 'critical',
    keywords: ['private key'],
    span: 16384,
    // Round r35: the trailing escaped line end taken with one to three backslashes (a key in JSON inside a JSON string).
    pattern: /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:[A-Za-z0-9+/=\s\\:,]|-(?!-)){40,12000}(?:-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:\\{1,3}r)?(?:\\{1,3}n)?)?/,
    mask: 'pem',
    placeholders: false,
    validate: (v) => (v.replace(/-----[^-]*-----|\\[nr]|\s/g, '').match(/[A-Za-z0-9+/]/g)?.length ?? 0) >= 40,
    remediation: 'Replace this private key (revoke its certificate or deploy key) and stop logging it',
  }),
];
