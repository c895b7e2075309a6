import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { secretKeyKind } from '../key-names';
import { isPlaceholder } from '../placeholders';
import { secretValueOk } from '../secret-value';
import { isLowEntropy } from '../validators';

/**
 * Round r32 (blind set 32: CI/CD, infrastructure-as-code and cloud operations): secrets as
 * deployment tools print them — kubeadm's control-plane certificate key
 * (`--certificate-key`, `certificateKey:`), a Vault AppRole `secret_id`, the values of
 * `terraform output -json` marked sensitive, and CloudFormation outputs and parameters under a
 * secret's name (`{"OutputKey": "DbPassword", "OutputValue": "…"}`).
 *
 * Not Sentry DSNs: a DSN's public key (`https://<key>@o1.ingest.sentry.io/2`) is public by Sentry's
 * design (browser SDKs ship it) and stays clean, as the older sets and blind-3-fixes have it; a legacy
 * DSN's secret half (`<key>:<secret>@`) is URL userinfo, which url-credentials reports.
 */

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** Hex that is no run of one digit and no counting sequence (a placeholder's `0000…`, `0123…`). */
const hexOk = (v: string): boolean => !/^(.)\1+$/.test(v) && !/^0123456789abcdef/i.test(v) && !/^(?:deadbeef|abcdef)/i.test(v) && !isLowEntropy(v);

/** A value a tool marked secret can hold: not a placeholder, a reference, a masked run or a tool's own redaction. */
const revealed = (v: string): boolean =>
  v.length >= 6 && !isPlaceholder(v) && !/^(?:\*+|•+|x+|\(sensitive(?: value)?\)|<sensitive>|\[?redacted\]?|\$\{.*\}|\{\{.*\}\}|\*\*\*\*\*\*\*\*)$/i.test(v) && !/^(.)\1+$/.test(v);

export const CICD_SECRET_R32_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'kubeadm-certificate-key',
    name: 'kubeadm control-plane certificate key (`--certificate-key`, `certificateKey:`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.9,
    keywords: ['certificate-key', 'certificatekey', 'certificate key'],
    // upload-certs prints the key on the line after its label.
    span: 80,
    // `kubeadm join … --control-plane --certificate-key 87ec…`, `kubeadm init phase upload-certs` (`Using certificate key:\n<hex>`), JoinConfiguration `certificateKey: "<hex>"`.
    pattern: /(?:--certificate-key(?:=|[ \t]{1,3})|\bcertificateKey["']?[ \t]{0,2}:[ \t]{0,2}|[Cc]ertificate key:\s{1,4})["']?(?<v>[0-9a-f]{64})(?![0-9A-Za-z])/,
    mask: 'full',
    validate: (v) => hexOk(v),
    remediation: 'Delete the uploaded certificates (`kubeadm init phase upload-certs --upload-certs` makes a new key) and keep join commands out of logs',
  }),
  defineDetector({
    id: 'vault-approle-secret-id',
    name: 'Vault AppRole secret_id',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['secret_id', 'secret-id', 'secretid'],
    // `{"role_id":"…","secret_id":"0f33…"}`, `vault write auth/approle/login role_id=… secret_id=…`, `VAULT_SECRET_ID=…`, `--secret-id …`.
    // Not `secret_id_accessor` (an accessor names the secret id; it does not log in).
    pattern: new RegExp(String.raw`(?<!\w|\w-)(?<k>(?:[A-Za-z]{2,12}_)?(?:secret_id|SECRET_ID|secretId|SecretId|secret-id))(?:\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["']?|[ \t]{1,3}["']?)(?<v>${UUID})(?![\w-])`),
    mask: 'tail',
    validate: (v, ctx) => {
      if (/^0{8}-/.test(v) || /^(.)\1{7}-/.test(v)) return false;
      const key = (ctx.key ?? '').toLowerCase();
      // AWS's `--secret-id` names a Secrets Manager secret (a name or an ARN, not a UUID); other prefixes than Vault's and AppRole's name other things.
      const prefix = key.replace(/_?secret[_-]?id$/, '');
      if (prefix !== '' && !/^(?:vault|approle|role)$/.test(prefix)) return false;
      // A line of Vault's or AppRole's, or a role_id beside it.
      const around = ctx.text.slice(Math.max(0, ctx.start - 300), ctx.end + 300);
      return /vault|approle|role_id|roleid|role-id/i.test(around);
    },
    remediation: 'Destroy this secret_id (`vault write auth/approle/role/<role>/secret-id-accessor/destroy`), issue a new one by response wrapping, and keep login payloads out of logs',
  }),
  defineDetector({
    id: 'terraform-sensitive-output',
    name: 'Value of a Terraform output marked sensitive (`terraform output -json`)',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.85,
    keywords: ['"sensitive": true', '"sensitive":true'],
    // `"db_admin_password": {"sensitive": true, "type": "string", "value": "t33n#…"}`: only string values (a map or list value is a structure).
    pattern: /"sensitive"\s{0,2}:\s{0,2}true\s{0,2},\s{0,4}"type"\s{0,2}:\s{0,2}"string"\s{0,2},\s{0,4}"value"\s{0,2}:\s{0,2}"(?<v>(?:[^"\\\r\n]|\\.){6,512})"/,
    mask: 'full',
    validate: (v) => revealed(v) && !/^(?:https?:\/\/[^@\s]*|[\w.-]+:\d{2,5})$/.test(v),
    remediation: 'Rotate this secret and do not print `terraform output -json` in CI logs (read single outputs with `-raw` into a masked variable)',
  }),
  defineDetector({
    id: 'cloudformation-output-secret',
    name: 'Secret in a CloudFormation stack output or parameter (`OutputKey`/`ParameterKey` named for a secret)',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['outputkey', 'parameterkey'],
    // `{"OutputKey": "DbMasterPassword", "OutputValue": "Fkso$…"}`, `{"ParameterKey":"ApiSecret","ParameterValue":"…"}` (describe-stacks JSON, change sets, events).
    pattern: /"(?:OutputKey|ParameterKey)"\s{0,2}:\s{0,2}"(?<k>[A-Za-z][\w.-]{0,80})"\s{0,2},\s{0,4}"(?:OutputValue|ParameterValue)"\s{0,2}:\s{0,2}"(?<v>(?:[^"\\\r\n]|\\.){4,512})"/,
    mask: 'full',
    validate: (v, ctx) => {
      const kind = secretKeyKind(ctx.key ?? '');
      // CloudFormation masks NoEcho parameters as `****`.
      return kind !== null && !/^\*+$/.test(v) && secretValueOk(kind, v);
    },
    remediation: 'Rotate this secret; declare the parameter NoEcho and do not export secrets as stack outputs (use Secrets Manager dynamic references)',
  }),
];
