import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet32 } from '../../helpers/blind-set-32';
import { formatOk32 } from '../../helpers/blind-set-32-format';

/**
 * Sealed blind set 32: CI/CD, infrastructure-as-code and cloud operations — failing CI jobs (GitHub
 * Actions, GitLab, Jenkins, CircleCI, Buildkite, Azure Pipelines, Bitbucket, TeamCity/Drone),
 * Terraform/OpenTofu/Pulumi/CloudFormation artifacts, Kubernetes/Helm/ArgoCD/Flux, registry and
 * Docker/Ansible/Chef configs, cloud CLI output, Vault/Consul/Nomad, migrations and monitoring
 * agents, people in git metadata/on-call/compliance data, and billing exports. Seeds 1-3 each:
 * 804 positives, 2,800 values (1,524 credential, 886 personal, 390 financial), 192 negatives.
 *
 * First sight (lead, 2026-12-05 23:20 UTC, main 2bded03, 804 detectors): seeds 1–3 86.6–86.8 % covered (credential 94.8,
 * personal 67.6–68.5, financial 97.4–98.2), 0 % flagged. After round r32 (817 detectors): seeds 1–5 98.4–98.6 % covered
 * (credential 97.9, personal 98.4–99.2, financial 100), 0 % flagged — names in git headers, trailers, blame and format
 * output, CI variables and role keys, webhook author objects, `… by <name>` prose, timelines, `e-mail (Name)` mailboxes
 * and card rows; kubeadm certificate keys, AppRole secret_ids, sensitive Terraform outputs, CloudFormation outputs, Pulumi
 * config tables, cards beside a Stripe PaymentMethod id. Left: Sentry DSN public keys (32 a seed: the set counts them as
 * credentials, but blind sets 16, 18 and 23 and blind-3-fixes hold a DSN's public key — `SENTRY_DSN=https://<key>@…` too —
 * as public by Sentry's design, and that convention is kept), a new hire's name and Indian home address in an HR ticket
 * (no label says who or where), on-call CSV rows whose only other cell is a Brazilian phone, a few bank-export names.
 * Floors sit just under these figures.
 */
describeBlindSet({
  n: 32,
  build: buildBlindSet32,
  formatOk: formatOk32,
  minSize: { positives: 550, values: 1600, negatives: 170 },
  minCovered: 0.98,
  minByGroup: { credential: 0.975, personal: 0.98, financial: 0.995 },
  maxFlagged: 0.01,
});
