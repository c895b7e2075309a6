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
 */
describeBlindSet({ n: 32, build: buildBlindSet32, formatOk: formatOk32, minSize: { positives: 550, values: 1600, negatives: 170 }, minCovered: 0, minByGroup: {}, maxFlagged: 1 });
